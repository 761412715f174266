# Entitle: Albanian.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons = trafikimi i personave; human trafficking = trafikimi i qenieve njerëzore (source: Albanian Criminal Code, art. 110/a "Trafikimi i personave"; Albanian text of the Palermo Protocol, ratified by Albania in 2002, seen at http://www.infocip.org/al/?p=6512; Albanian text of the Council of Europe Convention, ratified by Law No. 9642 of 20.11.2006, seen at https://infocip.org/al/?p=3721 and http://www.magjistratura.edu.al/473-konventa-per-masat-kunder-trafikimit-te-qenieve-njerezore-ligji-nr-9642-20-11-2006.html)
# glossary: forced labour = punë e detyruar (ose e detyrueshme) (source: ILO Convention No. 105 as ratified by Albania, Law No. 8086 of 13.3.1996, http://www.magjistratura.edu.al/481-konventa-nr-105-e-organizates-nderkombetare-te-punes-mbi-heqjen-e-punes-se-detyruar-ligji-nr-8086-13-3-1996.html)
# glossary: exploitation = shfrytëzim; victim = viktimë (source: Council of Europe Convention, art. 4, Albanian text of Law No. 9642/2006, https://infocip.org/al/?p=3721)
# glossary: smuggling of migrants = kontrabandimi i migrantëve (no official Albanian text of the UN Smuggling Protocol found; term used by the Kosovo Criminal Code No. 06/L-074, art. 164 "Kontrabandimi me migrantë", https://gzk.rks-gov.net/ActDocumentDetail.aspx?ActID=18413, and by Albanian civil society, http://em-al.org)
# glossary: residence permit = leje qëndrimi (term of the Albanian text of the Council of Europe Convention, art. 14, and of the Albanian Ministry of Interior, https://mb.gov.al; article wording not re-checked)
# glossary: recovery and reflection period = periudha e rimëkëmbjes dhe e reflektimit (Council of Europe Convention, art. 13, Albanian text of Law No. 9642/2006; article wording not re-checked)
# glossary: asylum = azil; international protection = mbrojtje ndërkombëtare; refugee = refugjat (no treaty text checked; terms used by the asylum laws of Albania and Kosovo and by UNHCR in Albanian)
# glossary: compensation = kompensim (no official text checked for Palermo art. 6(6); term used in Albanian anti-trafficking materials; "dëmshpërblim" is the civil-law word for damages)
# glossary: debt bondage = skllavëri për borxh (no official translation found; term used by NGOs and media; the Albanian text of ILO C182, Law No. 8774/2001, seems to use "detyrim skllavërues")
# glossary: servitude = robëri (as in the Albanian translation of ECHR art. 4 "skllavëri ose robëri"; not re-checked here)

## Rreth kësaj gjuhe (shfaqet në faqen “Rreth këtij mjeti”)
locale-translation-note = Ky tekst është përkthyer nga anglishtja me ndihmën e një modeli të inteligjencës artificiale (IA).
locale-review-note = Ai NUK është rishikuar ende nga një person që e ka shqipen gjuhë amtare.

## Titulli i faqes: neutral, që një vështrim te skeda të mos tregojë asgjë.
page-title = Informacion

## Dilni nga kjo faqe
exit-this-page = Dilni nga kjo faqe
exit-emergency = Urgjencë
exit-shift-pressed-once = Shift: shtypeni edhe 2 herë për të dalë.
exit-shift-pressed-twice = Shift: shtypeni edhe 1 herë për të dalë.

## Zgjedhja e gjuhës dhe fundi i faqes
language-picker-label = Gjuha
language-picker-toggle = Gjuha: { $language }
language-picker-loading = Po ngarkohen gjuhët e tjera…
language-picker-offline = Gjuhët e tjera kanë nevojë për internet një herë. Lidhuni, pastaj hapeni përsëri këtë listë.
footer-not-advice = Ky është informacion, jo këshillë ligjore.
about-link = Rreth këtij mjeti
footer-site-name = Kjo faqe ofrohet nga { $name }.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = Për pronarin e kësaj faqeje: skedari i cilësimeve site.json nuk u përdor, prandaj aplikacioni punon me cilësimet e veta. Problemi është te { $field }: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] teksti nuk është JSON i vlefshëm që nga kjo pikë.
    [twice] kjo fushë është shkruar dy herë.
    [unknown] nuk ka asnjë cilësim me këtë emër.
    [missing] ky cilësim është i domosdoshëm.
    [not-text] kjo duhet të jetë tekst në thonjëza.
    [not-list] kjo duhet të jetë një listë në [ ].
    [not-object] kjo duhet të jetë një grup cilësimesh në { "{" } { "}" }.
    [not-true-or-false] kjo duhet të jetë true ose false.
    [version] kjo duhet të jetë 1.
    [country] ky nuk është një vend që e mbulon aplikacioni (përdorni një kod si GB).
    [language] kjo nuk është një gjuhë që e flet aplikacioni (përdorni një kod si fr).
    [language-tag] kjo duhet të jetë një kod gjuhe si pl ose pt-BR, ose interpreters.
    [need] kjo nuk është një nga nevojat që i njeh aplikacioni.
    [phone] kjo duhet të jetë një numër me 3 deri në 15 shifra, me + përpara për një numër ndërkombëtar, dhe pa hapësira.
    [web] kjo duhet të jetë një adresë interneti që fillon me https://.
    [days] kjo duhet të jetë mon_fri, mon_sat ose every_day.
    [time] kjo duhet të jetë një orë si 09:00.
    [hours] përdorni ose always: true, ose days me opens dhe closes.
    [length] kjo është bosh ose shumë e gjatë.
    [too-many] kjo listë është shumë e gjatë.
    [no-way-to-reach] ky kontakt ka nevojë për phone, sms ose web.
    [repeated] kjo është tashmë në listë.
    [display-without-phone] phone_display ka nevojë edhe për phone.
   *[other] kjo vlerë nuk lejohet.
}

## Faqja e parë
start-heading = Shihni çfarë ndihme dhe çfarë të drejtash mund të keni
start-what-this-is = Përgjigjuni disa pyetjeve të shkurtra për punën dhe udhëtimin tuaj. Do t’ju tregojmë shenjat e dëmit në përgjigjet tuaja, të drejtat që mund t’ju mbrojnë dhe ku të gjeni ndihmë.
start-danger-heading = Nëse jeni në rrezik tani
start-danger-body = Telefononi numrin e urgjencës të vendit ku ndodheni. Mund të telefononi edhe nëse nuk keni dokumente.
start-privacy-heading = Përgjigjet tuaja mbeten në këtë telefon
start-privacy-body = Asgjë nga përgjigjet tuaja nuk dërgohet askund. Asgjë nuk ruhet. Kur ta mbyllni këtë faqe, përgjigjet tuaja fshihen.
start-leave-heading = Largohuni shpejt
start-leave-body = Prekni “Dilni nga kjo faqe” në çdo kohë, ose shtypni tastin Shift 3 herë. Kjo faqe do të mbyllet dhe do të hapet një faqe me motin.
start-not-heading = Çfarë nuk është ky mjet
start-not-body = Ky është informacion, jo këshillë ligjore. Ai nuk mund të vendosë nëse jeni viktimë e një krimi. Këtë mund ta vendosin vetëm autoritetet. Një avokat ose një organizatë mbështetëse mund t’ju ndihmojë.
start-button = Fillo

## Pyetjet: fjalë të përbashkëta
back = Prapa
continue = Vazhdo
change = Ndrysho
not-provided = Nuk është dhënë
select-placeholder = Zgjidhni një
progress = Pyetja { $n } nga { $total } më së shumti
error-summary-title = Ka një problem
error-choose-one = Zgjidhni një përgjigje. Mund të zgjidhni “Nuk e di” ose “Preferoj të mos e them”.
error-number-range = Shkruani një numër të plotë nga 0 deri në { $most }.
reply-yes = Po
reply-no = Jo
reply-dont_know = Nuk e di
reply-prefer_not_to_say = Preferoj të mos e them
answer-maybe_under_18 = Nuk e di me siguri. Mund të jem nën 18 vjeç.
answer-years = { $years ->
        [one] { $years } vjeç
       *[other] { $years } vjeç
    }
answer-count = { $count }

## Vendet
country-AU = Australia
country-CA = Kanadaja
country-FR = Franca
country-DE = Gjermania
country-IT = Italia
country-NL = Holanda
country-PH = Filipinet
country-QA = Katari
country-ES = Spanja
country-TH = Tajlanda
country-GB = Mbretëria e Bashkuar
country-US = Shtetet e Bashkuara
country-EU = Një vend tjetër i BE-së, Islanda, Lihtenshtajni, Norvegjia ose Zvicra
country-ZZ = Një vend tjetër

## Pyetjet. Secila ka një rresht ndihmës poshtë.
question-country_now = Në cilin vend ndodheni tani?
question-country_now-hint = Rregullat dhe ndihma që ju tregojmë varen nga kjo.
question-in_danger_now = A jeni në rrezik tani?
question-in_danger_now-hint = Për shembull, dikush mund t’ju lëndojë sot.
question-nationality = Cila është shtetësia juaj?
question-nationality-hint = Vendi i pasaportës suaj.
question-age = Sa vjeç jeni?
question-age-hint = Rregullat për fëmijët janë të ndryshme. Fëmijë është kushdo nën 18 vjeç.
question-age-number = E di moshën time
question-under_18_when_it_began = A ishit nën 18 vjeç kur filloi kjo punë ose ky udhëtim?
question-under_18_when_it_began-hint = Disa të drejta varen nga mosha juaj atëherë, jo tani.
question-work_kind = Çfarë pune bëni, ose çfarë pune bënit?
question-work_kind-hint = Zgjidhni punën kryesore.
option-work_kind-domestic = Punë në një shtëpi (pastrim, gatim, kujdes për fëmijët)
option-work_kind-agriculture = Punë në fermë
option-work_kind-construction = Punë në ndërtim
option-work_kind-fishing = Peshkim ose punë në një anije
option-work_kind-care = Kujdes për të moshuar ose të sëmurë
option-work_kind-factory = Punë në fabrikë
option-work_kind-hospitality = Hotele, restorante ose pastrim
option-work_kind-sex_work = Punë seksuale
option-work_kind-criminal_activity = Krime, si kultivim droge, shitje droge ose vjedhje
option-work_kind-begging = Lypje
option-work_kind-other = Punë tjetër
question-recruited = A jua gjeti dikush këtë punë, ose jua organizoi udhëtimin?
question-recruited-hint = Për shembull, një agjent, një i afërm ose dikush në internet.
question-recruited_by = Kush jua gjeti punën ose jua organizoi udhëtimin?
question-recruited_by-hint = Zgjidhni atë që përshtatet më mirë.
option-recruited_by-agency = Një agjenci ose një agjent
option-recruited_by-relative = Një i afërm
option-recruited_by-partner = I dashuri, e dashura, burri ose gruaja
option-recruited_by-friend = Një mik ose një mike
option-recruited_by-stranger = Dikush që nuk e njihja
option-recruited_by-online = Dikush në internet
option-recruited_by-employer = Punëdhënësi
option-recruited_by-other = Dikush tjetër
question-forced_to_go = A ju morën me vete, ose ju detyruan të shkonit, kundër vullnetit tuaj?
question-forced_to_go-hint = Për shembull, dikush ju detyroi të udhëtonit ose ju mori me forcë.
question-moved_by_others = A ju çuan njerëz të tjerë nga një vend në tjetrin?
question-moved_by_others-hint = Për shembull, ju çuan me makinë në një vend të ri ose ju dorëzuan te njerëz të tjerë.
question-promise_broken = A janë puna, paga ose vendi ku jetoni ndryshe nga ç’ju premtuan?
question-promise_broken-hint = Për shembull, një punë tjetër, më pak para ose një banesë më e keqe.
question-deceived_about_work = A është puna ndryshe nga puna që ju premtuan?
question-deceived_about_work-hint = Për shembull, ju premtuan punë në një dyqan, por punoni në një fermë.
question-deceived_about_pay = A është paga juaj më e vogël se ç’ju premtuan?
question-deceived_about_pay-hint = Mendoni për paratë që merrni në të vërtetë.
question-deceived_about_conditions = A janë orari, banesa ose puna më të këqija se ç’ju premtuan?
question-deceived_about_conditions-hint = Për shembull, ditë pune më të gjata ose një vend më i keq për të jetuar.
question-deceived_about_papers = A ju premtuan një vizë ose dokumente që nuk i morët?
question-deceived_about_papers-hint = Për shembull, një leje pune.
question-paid_recruitment_fee = A paguat para për të marrë këtë punë ose këtë udhëtim?
question-paid_recruitment_fee-hint = Për shembull, një tarifë për një agjent.
question-owes_debt = A u keni borxh para shefit, një agjenti ose njerëzve që ju sollën?
question-owes_debt-hint = Për shembull, për udhëtimin, ushqimin ose banesën.
question-debt_grows = A vazhdon borxhi të rritet, edhe kur punoni?
question-debt_grows-hint = Për shembull, ata shtojnë shpenzime gjatë gjithë kohës.
question-must_work_off_debt = A ju thonë se nuk mund të largoheni derisa ta paguani borxhin?
question-must_work_off_debt-hint = Ose se duhet të punoni derisa të paguhet.
question-journey = Si hytë në këtë vend?
question-journey-hint = Zgjidhni atë që përshtatet më mirë.
option-journey-regular = Me vizë ose leje, përmes kontrollit kufitar
option-journey-smuggled = I pagova dikujt që të më fuste pa dokumentet e duhura
option-journey-false_papers = Me dokumente të rreme, ose me dokumente që nuk ishin të miat
option-journey-no_border = Nuk kalova asnjë kufi
question-harmed_on_journey = Gjatë udhëtimit, a ju rrahën, ju lënduan ose abuzuan me ju njerëzit që ju transportonin?
question-harmed_on_journey-hint = Përfshini çdo lloj dëmi.
question-held_on_journey = Gjatë udhëtimit, a ju mbajtën kundër vullnetit tuaj, ose ju mbajtën për para?
question-held_on_journey-hint = Për shembull, ju mbajtën të mbyllur derisa dikush pagoi.
question-pay_problem = A jua mbajnë pagën, jua presin, ose nuk jua paguajnë fare?
question-pay_problem-hint = Edhe nëse një pjesë e madhe e saj merret për banesë, ushqim, tarifa ose gjoba.
question-documents_kept = A jua ka marrë dhe jua mban dikush pasaportën ose dokumentin e identitetit?
question-documents_kept-hint = Për shembull, shefi, një agjent ose personi që ju solli këtu.
question-documents_held_by = Kush e ka tani pasaportën ose dokumentin tuaj të identitetit?
question-documents_held_by-hint = Zgjidhni atë që përshtatet më mirë.
option-documents_held_by-themselves = E kam unë
option-documents_held_by-employer = Shefi im
option-documents_held_by-agent = Një agjent
option-documents_held_by-smuggler = Njerëzit që më kaluan kufirin
option-documents_held_by-authorities = Policia ose shërbimi i migracionit
option-documents_held_by-other = Dikush tjetër
option-documents_held_by-lost = Ka humbur ose është shkatërruar
question-hurt_or_threatened = A ju ka lënduar dikush, ose a ju ka kërcënuar juve ose familjen tuaj?
question-hurt_or_threatened-hint = Këtu hyjnë edhe kërcënimet se do të thërrasin policinë ose shërbimin e migracionit.
question-threatened = A ju ka kërcënuar dikush?
question-threatened-hint = Për shembull, ju ka thënë se do t’ju lëndojë.
question-family_threatened = A e ka kërcënuar dikush familjen tuaj?
question-family_threatened-hint = Këtu ose në vendin tuaj.
question-threatened_with_authorities = A ju ka thënë dikush se do t’ju denoncojë në polici ose te shërbimi i migracionit?
question-threatened_with_authorities-hint = Për shembull, që të vazhdoni të punoni.
question-physical_violence = A ju ka goditur ose lënduar dikush?
question-physical_violence-hint = Në punë ose aty ku jetoni.
question-sexual_violence = A ju ka detyruar dikush të bëni seks, ose a ju ka prekur seksualisht kundër vullnetit tuaj?
question-sexual_violence-hint = Mund të zgjidhni “Preferoj të mos e them”.
question-locked_in = A ju mbajnë të mbyllur, ose nuk ju lënë të dilni?
question-locked_in-hint = Në punë ose aty ku jetoni.
question-watched = A ju vëzhgojnë ose ju ndjekin gjatë gjithë kohës?
question-watched-hint = Për shembull, dikush vjen gjithmonë me ju.
question-isolated = A ju pengojnë të flisni me familjen tuaj ose me njerëz të tjerë?
question-isolated-hint = Për shembull, jua morën telefonin.
question-cannot_leave = Nëse do të donit ta linit këtë punë, a do t’ju ndalonin?
question-cannot_leave-hint = Apo do t’ju ndodhte diçka e keqe?
question-lives_at_workplace = A jetoni aty ku punoni, ose aty ku vendos shefi juaj?
question-lives_at_workplace-hint = Për shembull, në shtëpinë e shefit.
question-residence_status = Çfarë dokumentesh keni për të qëndruar në këtë vend?
question-residence_status-hint = Zgjidhni atë që përshtatet më mirë.
option-residence_status-citizen = Kam shtetësinë e këtij vendi
option-residence_status-permanent_resident = Mund të qëndroj këtu përgjithmonë
option-residence_status-work_permit = Vizë pune ose leje pune
option-residence_status-student_or_visitor = Vizë studenti ose vizitori
option-residence_status-asylum_seeker = Kam kërkuar azil
option-residence_status-refugee = Kam statusin e refugjatit këtu
option-residence_status-expired = Viza ose leja ime ka skaduar
option-residence_status-no_papers = Nuk kam dokumente
question-tied_to_employer = A thotë viza juaj se mund të punoni vetëm për këtë shef?
question-tied_to_employer-hint = Apo ju duhet leja e shefit për të ndërruar punë?
question-wages_withheld = A jua mbajnë pagën, ose nuk ju paguajnë fare?
question-wages_withheld-hint = Për shembull, shefi thotë se do t’ju paguajë më vonë.
question-large_deductions = A merret një pjesë e madhe e pagës suaj për banesë, ushqim, tarifa ose gjoba?
question-large_deductions-hint = Para që ju mbahen para se ta merrni pagën.
question-hard_conditions = A janë orët shumë të gjata, puna e rrezikshme, ose vendi ku flini shumë i keq?
question-hard_conditions-hint = Për shembull, asnjë ditë pushimi, asnjë pajisje sigurie, ose një dhomë e mbushur plot dhe e pistë.
question-hours_per_day = Sa orë punoni në një ditë të zakonshme pune?
question-hours_per_day-hint = Numëroni të gjitha orët, bashkë me pushimet.
question-hours_per_day-number = E di numrin e orëve
question-days_off_per_week = Sa ditë pushimi keni në një javë të zakonshme?
question-days_off_per_week-hint = Ditë pa asnjë punë fare.
question-days_off_per_week-number = E di numrin e ditëve
question-unsafe_work = A është puna juaj e rrezikshme, pa mbrojtjen ose trajnimin që ju nevojitet?
question-unsafe_work-hint = Për shembull, kimikate pa doreza ose pa maska.
question-degrading_living = A është vendi ku jetoni shumë i keq?
question-degrading_living-hint = Për shembull, shumë njerëz, pisllëk, pa ujë ose pa privatësi.
question-made_to_do_things = A ju ka detyruar dikush të bëni punë seksuale ose krime, të martoheni, ose të jepni një pjesë të trupit tuaj?
question-made_to_do_things-hint = Mund të zgjidhni “Preferoj të mos e them”.
question-sexual_exploitation = A ju detyrojnë të bëni seks me njerëz, ose të bëni punë seksuale, që dikush tjetër të fitojë para?
question-sexual_exploitation-hint = Mund të zgjidhni “Preferoj të mos e them”.
question-made_to_break_law = A ju kanë detyruar të shkelni ligjin?
question-made_to_break_law-hint = Për shembull, të kultivoni ose të shisni drogë, të vidhni, ose të përdorni dokumente të rreme.
question-forced_marriage = A ju detyruan, ose a po ju detyrojnë, të martoheni?
question-forced_marriage-hint = Një martesë për të cilën nuk keni rënë dakord.
question-organ_removal = A ju ka marrë dikush një pjesë të trupit, si një veshkë, ose a është përpjekur t’ju detyrojë ta jepni?
question-organ_removal-hint = Edhe nëse ju premtuan para për këtë.
question-fear_of_return = A keni frikë nga ajo që mund t’ju ndodhte nëse do të ktheheshit në vendin tuaj?
question-fear_of_return-hint = Mendoni për rrezikun që ju kanoset atje.
question-fear_reason = Pse keni frikë të ktheheni?
question-fear_reason-hint = Zgjidhni arsyen kryesore.
option-fear_reason-traffickers = Njerëzit që më shfrytëzuan, ose frika se do të bie përsëri në kurth
option-fear_reason-persecution = Për shkak të racës, fesë, kombësisë, grupit ose bindjeve të mia politike
option-fear_reason-torture = Tortura ose trajtim shumë mizor
option-fear_reason-family_or_community = Dhuna nga familja ose komuniteti im
option-fear_reason-other = Një arsye tjetër
question-wants_to_go_home = A doni të ktheheni në shtëpi?
question-wants_to_go_home-hint = Në vendin nga keni ardhur.
question-needs_help_now = A keni nevojë tani për ndihmë me shëndetin, me gjuhën, me fëmijët tuaj, ose për t’u kthyer në shtëpi?
question-needs_help_now-hint = Nëse po, ju pyesim edhe pak, për t’ju treguar ndihmën e duhur.
question-children_with_them = A keni fëmijë me vete?
question-children_with_them-hint = Fëmijë nën 18 vjeç që jetojnë me ju.
question-health_needs = A keni nevojë për mjek ose për kujdes mjekësor?
question-health_needs-hint = Për trupin ose për mendjen tuaj.
question-speaks_local_language = A e flisni gjuhën e vendit ku ndodheni?
question-speaks_local_language-hint = Aq sa të flisni me një mjek ose me policinë.
question-still_there = A punoni ende atje, ose a jeni ende me këta njerëz?
question-still_there-hint = Disa të drejta varen nga kjo.
question-reported_to_police = A i keni treguar policisë?
question-reported_to_police-hint = Për atë që ju ndodhi.
question-willing_to_help_police = A do të ishit të gatshëm ta ndihmonit policinë në një hetim?
question-willing_to_help_police-hint = Disa të drejta varen nga kjo. Mund të merrni ndihmë edhe nëse thoni jo.

## Kontrolloni përgjigjet tuaja
check-heading = Kontrolloni përgjigjet tuaja
check-intro = Mund ta ndryshoni çdo përgjigje para se të shihni rezultatet.
check-continue = Shihni çfarë tregojnë përgjigjet tuaja

## Rreth mjetit
about-heading = Rreth këtij mjeti
about-what = Ky mjet i ndihmon migrantët të kontrollojnë nëse ka shenja trafikimi, pune të detyruar dhe dëmesh të tjera, dhe tregon të drejtat dhe ndihmën që mund të vlejnë për ta. Është informacion, jo këshillë ligjore.
about-translation-heading = Rreth kësaj gjuhe
about-sources-heading = Nga vijnë faktet ligjore
about-sources = Çdo e drejtë që tregohet vjen me burimin e saj ligjor dhe me datën nga e cila vlen. Faktet që nuk mundëm t’i kontrollonim me tekstin zyrtar janë shënuar si të pakontrolluara.
protection-more = Më shumë për këtë të drejtë
loading-wait = Ende po përgatitet. Ju lutemi provoni përsëri pas pak.

## Pyetjet për pagën
question-work_out_pay = A doni të llogaritni sa pagë mund t’ju detyrohet?
question-work_out_pay-hint = Janë rreth gjashtë pyetje të tjera. Një avokat mund ta përdorë shifrën.
question-work_began = Kur e filluat këtë punë?
question-work_began-hint = Mjaftojnë muaji dhe viti.
question-work_ended = Kur mbaroi kjo punë?
question-work_ended-hint = Nëse punoni ende atje, zgjidhni këtë përgjigje.
question-pay_promised = Sa pagë ju premtuan?
question-pay_promised-hint = Shkruani shumën dhe zgjidhni nëse ishte për një orë, një ditë, një javë apo një muaj.
question-pay_received = Sa pagë morët në të vërtetë, gjithsej?
question-pay_received-hint = Mblidhni të gjitha paratë që morët për këtë punë. Mjafton një shifër e përafërt.
question-deductions_total = Sa ju mbajtën nga paga, gjithsej?
question-deductions_total-hint = Për shembull, për banesë, ushqim, tarifa, gjoba ose një “borxh”. Mjafton një shifër e përafërt.
question-recruitment_fees_paid = Sa paguat për të marrë këtë punë ose udhëtimin?
question-recruitment_fees_paid-hint = Mblidhni të gjitha tarifat që u paguat agjentëve ose të tjerëve.
question-paid_to_someone_else = A iu dha paga juaj dikujt tjetër, dhe jo juve?
question-paid_to_someone_else-hint = Për shembull, një agjenti ose një shefi.
answer-kind-month = E di muajin
answer-still_working = Punoj ende atje
answer-kind-amount = E di shumën
input-month = Muaji
input-year = Viti
input-amount = Shuma
input-currency = Monedha
input-per = Periudha
per-hour = në orë
per-day = në ditë
per-week = në javë
per-month = në muaj
answer-pay = { $amount } { $per }
error-month = Zgjidhni një muaj dhe shkruani vitin me katër shifra, si 2024.
error-amount = Shkruani shumën me shifra, si 1200 ose 1200.50.

## Paga në rezultate

## Përmbledhja e rastit

## Ruajtja dhe hapja e përgjigjeve (vetë faqet janë në law-files.ftl)

save-link = Ruaj përgjigjet e mia
open-link = Hap përgjigjet e ruajtura

## Listen
listen = Dëgjo
listen-stop = Ndalo
about-listen-heading = Leximi me zë
about-listen-some = Butoni Dëgjo i lexon fjalët me zë, me një zë që ndodhet në këtë pajisje. Fjalët nuk largohen kurrë nga pajisja. Kjo pajisje mund të lexojë me zë në: { $languages }.
about-listen-none = Kjo pajisje nuk ka asnjë zë për të lexuar me zë, ndaj nuk ka buton Dëgjo. Mjeti përdor vetëm një zë që ndodhet në pajisje, kështu që fjalët nuk largohen kurrë prej saj.

# Entitle: Romanian.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons = trafic de persoane (source: Protocolul privind prevenirea, reprimarea și pedepsirea traficului de persoane, în special al femeilor și copiilor, ratificat prin Legea nr. 565/2002, https://legislatie.just.ro/Public/FormaPrintabila/00000G3VBEEX59NIHCF1PHD3LLXLA2X9; the Council of Europe Convention, ratified by Legea nr. 300/2006, says "trafic de ființe umane")
# glossary: smuggling of migrants = trafic ilegal de migranți (source: Protocolul împotriva traficului ilegal de migranți pe calea terestră, a aerului și pe mare, same Legea nr. 565/2002, link above)
# glossary: forced labour = muncă forțată (sau obligatorie) (source: Convenția OIM nr. 29/1930 privind munca forțată sau obligatorie, Romanian text in Buletinul Oficial nr. 4/1958, https://lege5.ro/en/Gratuit/g42tenrx/conventia-nr-29-1930-privind-munca-fortata-sau-obligatorie)
# glossary: victim = victimă (source: Legea nr. 678/2001 privind prevenirea și combaterea traficului de persoane; Directiva 2011/36/UE, Romanian text, EUR-Lex)
# glossary: residence permit = permis de ședere (source: Directiva 2004/81/CE a Consiliului privind permisul de ședere eliberat resortisanților țărilor terțe care sunt victime ale traficului de persoane..., Romanian text, https://eur-lex.europa.eu/legal-content/RO/TXT/HTML/?uri=CELEX:32004L0081)
# glossary: recovery and reflection period = perioadă de recuperare și de reflecție (source: Convenția Consiliului Europei privind lupta împotriva traficului de ființe umane, art. 13, Romanian text with Legea nr. 300/2006, http://www.monitoruljuridic.ro/act/lege-nr-300-din-11-iulie-2006-pentru-ratificarea-conventiei-consiliului-europei-privind-lupta-impotriva-traficului-de-fiinte-umane-adoptata-la-3-mai-2005-deschisa-spre-semnare-si-semnata-73577.html; article wording not checked line by line; EU Commission reports on Directive 2004/81/CE also say "perioada de gândire")
# glossary: compensation = despăgubire (source: Directiva 2004/80/CE privind despăgubirea victimelor infracționalității, Romanian summary, https://eur-lex.europa.eu/legal-content/RO/TXT/HTML/?uri=LEGISSUM:l33174; Directiva 2011/36/UE, art. 17)
# glossary: labour exploitation = exploatare prin muncă (no official translation found; term used by the Romanian anti-trafficking agency ANITP and Romanian reports, e.g. CPE, "traficul de persoane în scop de exploatare prin muncă")
# glossary: servitude = aservire (source: Romanian text of the European Convention on Human Rights, art. 4, and Codul penal art. 182; not checked against the text in this session)
# glossary: debt bondage = servitute pentru datorii (no official translation found; term used in Romanian-language materials on forced labour)
# glossary: asylum / international protection / refugee = azil / protecție internațională / refugiat (source: Legea nr. 122/2006 privind azilul în România; not checked in this session)

## About this language (shown on the About page)
locale-translation-note = Acest text a fost tradus din engleză cu ajutorul unui model de inteligență artificială (IA).
locale-review-note = Textul NU a fost încă verificat de un vorbitor nativ de limba română.

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = Informații

## Exit this page
exit-this-page = Ieșiți de pe pagină
exit-emergency = Urgență
exit-shift-pressed-once = Shift: mai apăsați de 2 ori ca să ieșiți.
exit-shift-pressed-twice = Shift: mai apăsați o dată ca să ieșiți.

## Language picker and footer
language-picker-label = Limba
language-picker-toggle = Limba: { $language }
language-picker-loading = Se încarcă celelalte limbi…
language-picker-offline = Celelalte limbi au nevoie o singură dată de internet. Conectați-vă, apoi deschideți din nou această listă.
footer-not-advice = Acestea sunt informații, nu consultanță juridică.
about-link = Despre acest instrument
footer-site-name = Această pagină vă este oferită de { $name }.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = Pentru proprietarul acestui site: fișierul de setări site.json nu a fost folosit, așa că aplicația funcționează cu setările ei proprii. Problema este la { $field }: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] de aici, textul nu mai este JSON valid.
    [twice] acest câmp este scris de două ori.
    [unknown] nu există nicio setare cu acest nume.
    [missing] această setare este obligatorie.
    [not-text] aici trebuie un text între ghilimele.
    [not-list] aici trebuie o listă între [ ].
    [not-object] aici trebuie un grup de setări între { "{" } { "}" }.
    [not-true-or-false] aici trebuie true sau false.
    [version] aici trebuie 1.
    [country] aplicația nu acoperă această țară (folosiți un cod cum ar fi GB).
    [language] aplicația nu are această limbă (folosiți un cod cum ar fi fr).
    [language-tag] aici trebuie un cod de limbă cum ar fi pl sau pt-BR, sau interpreters.
    [need] aplicația nu cunoaște această nevoie.
    [phone] aici trebuie un număr de 3 până la 15 cifre, cu + în față pentru un număr internațional, fără spații.
    [web] aici trebuie o adresă web care începe cu https://.
    [days] aici trebuie mon_fri, mon_sat sau every_day.
    [time] aici trebuie o oră cum ar fi 09:00.
    [hours] folosiți fie always: true, fie days cu opens și closes.
    [length] textul este gol sau prea lung.
    [too-many] lista este prea lungă.
    [no-way-to-reach] acest contact are nevoie de phone, sms sau o adresă web.
    [repeated] acest element este deja în listă.
    [display-without-phone] phone_display are nevoie și de phone.
   *[other] această valoare nu este permisă.
}

## Opening page
start-heading = Aflați ce ajutor și ce drepturi puteți avea
start-what-this-is = Răspundeți la câteva întrebări scurte despre munca și călătoria dumneavoastră. Vă vom arăta ce semne de rău apar în răspunsurile dumneavoastră, ce drepturi vă pot proteja și unde puteți primi ajutor.
start-danger-heading = Dacă sunteți în pericol acum
start-danger-body = Sunați la numărul de urgență al țării în care vă aflați. Puteți suna chiar dacă nu aveți acte.
start-privacy-heading = Răspunsurile rămân pe acest telefon
start-privacy-body = Nimic din ce răspundeți nu este trimis nicăieri. Nimic nu este salvat. Când închideți această pagină, răspunsurile dispar.
start-leave-heading = Ieșiți repede
start-leave-body = Apăsați oricând pe „Ieșiți de pe pagină” sau apăsați de 3 ori tasta Shift. Această pagină se va închide și se va deschide o pagină cu vremea.
start-not-heading = Ce nu este acest instrument
start-not-body = Acestea sunt informații, nu consultanță juridică. Instrumentul nu poate hotărî dacă sunteți victima unei infracțiuni. Doar autoritățile pot hotărî acest lucru. Un avocat sau o organizație de sprijin vă poate ajuta.
start-button = Începeți

## Questions: common words
back = Înapoi
continue = Continuați
change = Schimbați
not-provided = Fără răspuns
select-placeholder = Alegeți una
progress = Întrebarea { $n } din cel mult { $total }
error-summary-title = Există o problemă
error-choose-one = Alegeți un răspuns. Puteți alege „Nu știu” sau „Prefer să nu spun”.
error-number-range = Scrieți un număr întreg de la 0 la { $most }.
reply-yes = Da
reply-no = Nu
reply-dont_know = Nu știu
reply-prefer_not_to_say = Prefer să nu spun
answer-maybe_under_18 = Nu sunt sigur(ă). Este posibil să am sub 18 ani.
answer-years = { $years ->
        [one] { $years } an
        [few] { $years } ani
       *[other] { $years } de ani
    }
answer-count = { $count }

## Countries
country-AU = Australia
country-CA = Canada
country-FR = Franța
country-DE = Germania
country-IT = Italia
country-NL = Țările de Jos
country-PH = Filipine
country-QA = Qatar
country-ES = Spania
country-TH = Thailanda
country-GB = Regatul Unit
country-US = Statele Unite
country-EU = Altă țară din UE, Islanda, Liechtenstein, Norvegia sau Elveția
country-ZZ = Altă țară

## The questions. Each has a hint line under it.
question-country_now = În ce țară vă aflați acum?
question-country_now-hint = Regulile și ajutorul pe care le arătăm depind de acest lucru.
question-in_danger_now = Sunteți în pericol chiar acum?
question-in_danger_now-hint = De exemplu, cineva v-ar putea face rău astăzi.
question-nationality = Ce cetățenie aveți?
question-nationality-hint = Țara din pașaportul dumneavoastră.
question-age = Câți ani aveți?
question-age-hint = Regulile pentru copii sunt diferite. Copil este oricine are sub 18 ani.
question-age-number = Îmi știu vârsta
question-under_18_when_it_began = Aveați sub 18 ani când a început această muncă sau această călătorie?
question-under_18_when_it_began-hint = Unele drepturi depind de vârsta pe care o aveați atunci, nu de cea de acum.
question-work_kind = Ce fel de muncă faceți sau ați făcut?
question-work_kind-hint = Alegeți munca principală.
option-work_kind-domestic = Muncă într-o casă (curățenie, gătit, îngrijirea copiilor)
option-work_kind-agriculture = Muncă la fermă sau la câmp
option-work_kind-construction = Construcții
option-work_kind-fishing = Pescuit sau muncă pe o ambarcațiune
option-work_kind-care = Îngrijirea persoanelor în vârstă sau bolnave
option-work_kind-factory = Muncă în fabrică
option-work_kind-hospitality = Hoteluri, restaurante sau curățenie
option-work_kind-sex_work = Muncă sexuală
option-work_kind-criminal_activity = Infracțiuni, cum ar fi cultivarea sau vânzarea de droguri sau furtul
option-work_kind-begging = Cerșit
option-work_kind-other = Altă muncă
question-recruited = V-a găsit cineva această muncă sau v-a organizat călătoria?
question-recruited-hint = De exemplu, un agent, o rudă sau cineva de pe internet.
question-recruited_by = Cine v-a găsit munca sau v-a organizat călătoria?
question-recruited_by-hint = Alegeți răspunsul care se potrivește cel mai bine.
option-recruited_by-agency = O agenție sau un agent
option-recruited_by-relative = O rudă
option-recruited_by-partner = Un iubit, o iubită, soțul sau soția
option-recruited_by-friend = Un prieten sau o prietenă
option-recruited_by-stranger = Cineva pe care nu îl cunoșteam
option-recruited_by-online = Cineva de pe internet
option-recruited_by-employer = Angajatorul
option-recruited_by-other = Altcineva
question-forced_to_go = V-a luat cineva sau v-a obligat cineva să plecați împotriva voinței dumneavoastră?
question-forced_to_go-hint = De exemplu, cineva v-a forțat să călătoriți sau v-a luat cu sine.
question-moved_by_others = V-au mutat alte persoane dintr-un loc în altul?
question-moved_by_others-hint = De exemplu, ați fost dus(ă) cu mașina într-un loc nou sau predat(ă) altor persoane.
question-promise_broken = Munca, plata sau locul unde locuiți sunt altfel decât vi s-a promis?
question-promise_broken-hint = De exemplu, altă muncă, mai puțini bani sau o locuință mai proastă.
question-deceived_about_work = Munca este alta decât cea care vi s-a promis?
question-deceived_about_work-hint = De exemplu, vi s-a promis o slujbă într-un magazin, dar lucrați la o fermă.
question-deceived_about_pay = Primiți mai puțini bani decât vi s-a promis?
question-deceived_about_pay-hint = Gândiți-vă la banii pe care îi primiți cu adevărat.
question-deceived_about_conditions = Programul, locuința sau munca sunt mai rele decât vi s-a promis?
question-deceived_about_conditions-hint = De exemplu, zile mai lungi sau un loc mai prost unde să locuiți.
question-deceived_about_papers = Vi s-a promis o viză sau acte pe care nu le-ați primit?
question-deceived_about_papers-hint = De exemplu, un permis de muncă.
question-paid_recruitment_fee = Ați plătit bani ca să obțineți această muncă sau această călătorie?
question-paid_recruitment_fee-hint = De exemplu, o taxă unui agent.
question-owes_debt = Datorați bani șefului, unui agent sau celor care v-au adus?
question-owes_debt-hint = De exemplu, pentru călătorie, mâncare sau locuință.
question-debt_grows = Datoria tot crește, chiar dacă munciți?
question-debt_grows-hint = De exemplu, adaugă mereu costuri noi.
question-must_work_off_debt = Vi se spune că nu puteți pleca până nu plătiți datoria?
question-must_work_off_debt-hint = Sau că trebuie să munciți până când datoria este plătită.
question-journey = Cum ați intrat în această țară?
question-journey-hint = Alegeți răspunsul care se potrivește cel mai bine.
option-journey-regular = Cu viză sau permis, prin controlul de la frontieră
option-journey-smuggled = Am plătit pe cineva să mă aducă fără actele necesare
option-journey-false_papers = Cu acte false sau cu acte care nu erau ale mele
option-journey-no_border = Nu am trecut nicio frontieră
question-harmed_on_journey = În timpul călătoriei, v-au lovit, v-au rănit sau v-au abuzat cei care vă transportau?
question-harmed_on_journey-hint = Includeți orice fel de rău.
question-held_on_journey = În timpul călătoriei, ați fost ținut(ă) împotriva voinței dumneavoastră sau pentru bani?
question-held_on_journey-hint = De exemplu, închis(ă) până când cineva a plătit.
question-pay_problem = Banii pentru muncă vă sunt reținuți, tăiați sau nu vă sunt plătiți deloc?
question-pay_problem-hint = Și dacă o mare parte din ei vă este luată pentru locuință, mâncare, taxe sau amenzi.
question-documents_kept = V-a luat cineva pașaportul sau actul de identitate și l-a păstrat?
question-documents_kept-hint = De exemplu, șeful, un agent sau persoana care v-a adus aici.
question-documents_held_by = Cine are acum pașaportul sau actul dumneavoastră de identitate?
question-documents_held_by-hint = Alegeți răspunsul care se potrivește cel mai bine.
option-documents_held_by-themselves = Îl am eu
option-documents_held_by-employer = Șeful meu
option-documents_held_by-agent = Un agent
option-documents_held_by-smuggler = Cei care m-au trecut peste frontieră
option-documents_held_by-authorities = Poliția sau serviciul de imigrări
option-documents_held_by-other = Altcineva
option-documents_held_by-lost = S-a pierdut sau a fost distrus
question-hurt_or_threatened = V-a rănit cineva sau v-a amenințat pe dumneavoastră sau familia dumneavoastră?
question-hurt_or_threatened-hint = Aici intră și amenințările că vor chema poliția sau serviciul de imigrări.
question-threatened = V-a amenințat cineva?
question-threatened-hint = De exemplu, v-a spus că vă va face rău.
question-family_threatened = V-a amenințat cineva familia?
question-family_threatened-hint = Aici sau în țara dumneavoastră.
question-threatened_with_authorities = V-a spus cineva că vă va denunța la poliție sau la serviciul de imigrări?
question-threatened_with_authorities-hint = De exemplu, ca să vă facă să munciți în continuare.
question-physical_violence = V-a lovit sau v-a rănit cineva?
question-physical_violence-hint = La muncă sau acolo unde locuiți.
question-sexual_violence = V-a forțat cineva să întrețineți relații sexuale sau v-a atins sexual împotriva voinței dumneavoastră?
question-sexual_violence-hint = Puteți alege „Prefer să nu spun”.
question-locked_in = Sunteți încuiat(ă) sau sunteți împiedicat(ă) să ieșiți?
question-locked_in-hint = La muncă sau acolo unde locuiți.
question-watched = Sunteți supravegheat(ă) sau urmărit(ă) tot timpul?
question-watched-hint = De exemplu, cineva merge mereu cu dumneavoastră.
question-isolated = Sunteți împiedicat(ă) să vorbiți cu familia sau cu alte persoane?
question-isolated-hint = De exemplu, vi s-a luat telefonul.
question-cannot_leave = Dacă ați vrea să plecați de la această muncă, ați fi oprit(ă)?
question-cannot_leave-hint = Sau vi s-ar întâmpla ceva rău?
question-lives_at_workplace = Locuiți acolo unde munciți sau acolo unde hotărăște șeful?
question-lives_at_workplace-hint = De exemplu, în casa șefului.
question-residence_status = Ce acte aveți ca să stați în această țară?
question-residence_status-hint = Alegeți răspunsul care se potrivește cel mai bine.
option-residence_status-citizen = Sunt cetățean al acestei țări
option-residence_status-permanent_resident = Pot rămâne aici definitiv
option-residence_status-work_permit = O viză sau un permis de muncă
option-residence_status-student_or_visitor = O viză de student sau de vizitator
option-residence_status-asylum_seeker = Am cerut azil
option-residence_status-refugee = Sunt refugiat(ă) aici
option-residence_status-expired = Viza sau permisul mi-a expirat
option-residence_status-no_papers = Nu am acte
question-tied_to_employer = Scrie în viza dumneavoastră că puteți lucra doar pentru acest șef?
question-tied_to_employer-hint = Sau aveți nevoie de permisiunea șefului ca să schimbați locul de muncă?
question-wages_withheld = Banii pentru muncă vă sunt reținuți sau nu vă sunt plătiți deloc?
question-wages_withheld-hint = De exemplu, șeful spune că veți fi plătit(ă) mai târziu.
question-large_deductions = Vi se ia o mare parte din plată pentru locuință, mâncare, taxe sau amenzi?
question-large_deductions-hint = Bani luați înainte să primiți plata.
question-hard_conditions = Programul este foarte lung, munca este periculoasă sau locul unde dormiți este foarte rău?
question-hard_conditions-hint = De exemplu, nicio zi liberă, niciun echipament de protecție sau o cameră aglomerată și murdară.
question-hours_per_day = Câte ore munciți într-o zi obișnuită de lucru?
question-hours_per_day-hint = Numărați toate orele, cu pauze cu tot.
question-hours_per_day-number = Știu numărul de ore
question-days_off_per_week = Câte zile libere aveți într-o săptămână obișnuită?
question-days_off_per_week-hint = Zile în care nu munciți deloc.
question-days_off_per_week-number = Știu numărul de zile
question-unsafe_work = Munca dumneavoastră este periculoasă, fără protecția sau instruirea de care aveți nevoie?
question-unsafe_work-hint = De exemplu, substanțe chimice fără mănuși sau mască.
question-degrading_living = Locul unde locuiți este foarte rău?
question-degrading_living-hint = De exemplu, prea mulți oameni, murdărie, fără apă sau fără intimitate.
question-made_to_do_things = V-a obligat cineva să faceți muncă sexuală sau infracțiuni, să vă căsătoriți sau să dați o parte din corpul dumneavoastră?
question-made_to_do_things-hint = Puteți alege „Prefer să nu spun”.
question-sexual_exploitation = Sunteți obligat(ă) să întrețineți relații sexuale cu alte persoane sau să faceți muncă sexuală, ca altcineva să ia banii?
question-sexual_exploitation-hint = Puteți alege „Prefer să nu spun”.
question-made_to_break_law = Ați fost obligat(ă) să încălcați legea?
question-made_to_break_law-hint = De exemplu, să cultivați sau să vindeți droguri, să furați sau să folosiți acte false.
question-forced_marriage = Ați fost obligat(ă) sau sunteți obligat(ă) acum să vă căsătoriți?
question-forced_marriage-hint = O căsătorie cu care nu ați fost de acord.
question-organ_removal = V-a luat cineva o parte din corp, cum ar fi un rinichi, sau a încercat să vă oblige să o dați?
question-organ_removal-hint = Și dacă vi s-au promis bani pentru asta.
question-fear_of_return = Vă este frică de ce s-ar întâmpla dacă v-ați întoarce în țara dumneavoastră?
question-fear_of_return-hint = Gândiți-vă la pericolul pentru dumneavoastră acolo.
question-fear_reason = De ce vă este frică să vă întoarceți?
question-fear_reason-hint = Alegeți motivul principal.
option-fear_reason-traffickers = De cei care m-au exploatat sau că voi fi prins(ă) din nou
option-fear_reason-persecution = Din cauza rasei, religiei, naționalității, grupului din care fac parte sau a opiniilor mele politice
option-fear_reason-torture = Tortură sau tratamente foarte crude
option-fear_reason-family_or_community = Violență din partea familiei sau a comunității mele
option-fear_reason-other = Alt motiv
question-wants_to_go_home = Vreți să vă întoarceți acasă?
question-wants_to_go_home-hint = În țara din care ați venit.
question-needs_help_now = Aveți nevoie de ajutor acum cu sănătatea, cu o limbă, cu copiii sau ca să ajungeți acasă?
question-needs_help_now-hint = Dacă da, vă mai punem câteva întrebări, ca să vă arătăm ajutorul potrivit.
question-children_with_them = Aveți copii cu dumneavoastră?
question-children_with_them-hint = Copii sub 18 ani care locuiesc cu dumneavoastră.
question-health_needs = Aveți nevoie de un medic sau de îngrijire medicală?
question-health_needs-hint = Pentru corp sau pentru minte.
question-speaks_local_language = Vorbiți limba țării în care vă aflați?
question-speaks_local_language-hint = Destul cât să vorbiți cu un medic sau cu poliția.
question-still_there = Mai munciți acolo sau mai sunteți cu acele persoane?
question-still_there-hint = Unele drepturi depind de acest lucru.
question-reported_to_police = Ați spus poliției?
question-reported_to_police-hint = Despre ce vi s-a întâmplat.
question-willing_to_help_police = Ați fi dispus(ă) să ajutați poliția într-o anchetă?
question-willing_to_help_police-hint = Unele drepturi depind de acest lucru. Puteți primi ajutor chiar dacă spuneți nu.

## Check your answers
check-heading = Verificați-vă răspunsurile
check-intro = Puteți schimba orice răspuns înainte să vedeți rezultatele.
check-continue = Vedeți ce arată răspunsurile dumneavoastră

## About
about-heading = Despre acest instrument
about-what = Acest instrument îi ajută pe migranți să verifice dacă există semne de trafic de persoane, muncă forțată sau alt rău și arată drepturile și ajutorul care s-ar putea aplica. Sunt informații, nu consultanță juridică.
about-translation-heading = Despre această limbă
about-sources-heading = De unde provin informațiile juridice
about-sources = Fiecare drept arătat are sursa sa juridică și data de la care se aplică. Informațiile pe care nu le-am putut verifica în textul oficial sunt marcate ca neverificate.
protection-more = Mai multe despre acest drept
loading-wait = Încă se pregătește. Vă rugăm să încercați din nou peste câteva momente.

## The pay claim's questions
question-work_out_pay = Vreți să calculați câți bani vi s-ar putea datora pentru muncă?
question-work_out_pay-hint = Mai sunt cam șase întrebări. Un avocat poate folosi suma.
question-work_began = Când ați început această muncă?
question-work_began-hint = Ajung luna și anul.
question-work_ended = Când s-a terminat această muncă?
question-work_ended-hint = Dacă încă lucrați acolo, alegeți acest răspuns.
question-pay_promised = Cât vi s-a promis că veți fi plătit(ă)?
question-pay_promised-hint = Scrieți suma și alegeți dacă era pe oră, pe zi, pe săptămână sau pe lună.
question-pay_received = Câți bani ați primit cu adevărat, în total?
question-pay_received-hint = Adunați toți banii primiți pentru această muncă. Ajunge și o estimare.
question-deductions_total = Cât vi s-a luat din plată, în total?
question-deductions_total-hint = De exemplu, pentru locuință, mâncare, taxe, amenzi sau o „datorie”. Ajunge și o estimare.
question-recruitment_fees_paid = Cât ați plătit ca să obțineți această muncă sau călătoria?
question-recruitment_fees_paid-hint = Adunați toate taxele plătite agenților sau altor persoane.
question-paid_to_someone_else = Plata dumneavoastră a fost dată altcuiva, nu dumneavoastră?
question-paid_to_someone_else-hint = De exemplu, unui agent sau unui șef.
answer-kind-month = Știu luna
answer-still_working = Încă lucrez acolo
answer-kind-amount = Știu suma
input-month = Luna
input-year = Anul
input-amount = Suma
input-currency = Moneda
input-per = Pe ce perioadă
per-hour = pe oră
per-day = pe zi
per-week = pe săptămână
per-month = pe lună
answer-pay = { $amount } { $per }
error-month = Alegeți o lună și scrieți anul cu patru cifre, de exemplu 2024.
error-amount = Scrieți suma în cifre, de exemplu 1200 sau 1200.50.

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = Salvați răspunsurile mele
open-link = Deschideți răspunsurile salvate

## Listen
listen = Ascultați
listen-stop = Opriți
about-listen-heading = Citire cu voce tare
about-listen-some = Butonul Ascultați citește cuvintele cu voce tare, cu o voce care este pe acest dispozitiv. Cuvintele nu pleacă niciodată de pe dispozitiv. Acest dispozitiv poate citi cu voce tare în: { $languages }.
about-listen-none = Acest dispozitiv nu are nicio voce pentru citire cu voce tare, așa că nu există butonul Ascultați. Instrumentul folosește doar o voce care este pe dispozitiv, așa că cuvintele nu pleacă niciodată de pe el.

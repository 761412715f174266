# Entitle: Albanian. The words of the pay claim on the results and of the case summary for a lawyer.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.

claim-heading = Paga që mund t’ju detyrohet
claim-lead-owed_against_minimum = Për { $months } { $months ->
        [one] muaj
       *[other] muaj
    } pune, përgjigjet tuaja tregojnë se ju detyrohen rreth { $amount } sipas pagës minimale ligjore.
claim-lead-owed_against_promise = Për { $months } { $months ->
        [one] muaj
       *[other] muaj
    } pune, përgjigjet tuaja tregojnë se ju detyrohen rreth { $amount } sipas asaj që ju premtuan.
claim-no-figure = Nuk mundëm të llogarisnim një shifër nga përgjigjet tuaja. Përmbledhja tregon çfarë mungon.
claim-deadline-next = Afati i parë që është ende i hapur mbaron më { $date } ({ $route }).
claim-deadline-soon = Veproni shpejt: një afat mbaron më { $date } ({ $route }).
claim-deadline-passed = Disa afate mund të kenë kaluar. Një avokat mund të gjejë ende një rrugë.
summary-open = Shihni përmbledhjen për avokatin
route-labour_inspectorate = inspektorët e punës
route-labour_tribunal = gjykata ose tribunali i punës
route-civil_court = gjykata civile
route-criminal_compensation = gjykata penale
route-state_fund = fondi i shtetit për viktimat e krimit
summary-heading = Përmbledhje e rastit për një avokat ose punonjës rasti
summary-intro = Përgatitur në këtë pajisje më { $date }, nga vetë përgjigjet e personit, sipas rregullave { $code ->
        [GB] të Mbretërisë së Bashkuar
        [US] të Shteteve të Bashkuara
        [NL] të Holandës
        [PH] të Filipineve
        [AU] të Australisë
        [CA] të Kanadasë
        [FR] të Francës
        [DE] të Gjermanisë
        [IT] të Italisë
        [ES] të Spanjës
        [QA] të Katarit
        [TH] të Tajlandës
        [EU] të një vendi tjetër të BE-së, të Islandës, të Lihtenshtajnit, të Norvegjisë ose të Zvicrës
        [ZZ] të së drejtës ndërkombëtare
       *[other] të vendit: { $country }
    }. Tregon shenja, jo vendime.
summary-chronology = Çfarë ndodhi
stage-recruitment = Rekrutimi
stage-journey = Udhëtimi
stage-work = Puna
stage-leaving_and_now = Largimi, dhe tani
summary-signs = Shenjat në përgjigje, dhe elementet e tyre ligjore
summary-no-signs = Përgjigjet nuk tregojnë asnjë shenjë.
presence-present = tregohet
presence-absent = nuk tregohet
presence-unknown = nuk dihet
element-act = Një veprim: rekrutimi, lëvizja, dorëzimi ose mbajtja e personit
element-means = Një mjet: kërcënime, forcë, mashtrim ose shpërdorim pushteti
element-purpose = Një qëllim: shfrytëzimi
element-child = Personi ishte nën 18 vjeç
element-under_18 = Personi është ose mund të jetë nën 18 vjeç
element-menace_of_penalty = Kërcënim me dëm ose me ndëshkim
element-involuntary = Punë që nuk jepet vullnetarisht
element-coercion = Shtrëngim
element-cannot_change_situation = Nuk mund ta ndryshojë situatën
element-lives_at_workplace = Jeton aty ku vendos punëdhënësi
element-wages_withheld = Pagë e mbajtur
element-pay_below_promise = Pagë më e ulët se ç’u premtua
element-large_deductions = Shuma të mëdha të mbajtura nga paga
element-excessive_hours = Orë shumë të gjata
element-recruitment_fees = Tarifa të paguara për punën
element-smuggled = Kalim i parregullt i kufirit me ndihmën e të tjerëve
element-fear_of_return = Frikë nga kthimi
element-protected_reason = Një arsye që e mbron e drejta e refugjatëve
element-documents_kept = Pasaporta ose dokumenti i identitetit mbahet nga të tjerë
element-unsafe_or_degrading = Punë e pasigurt ose kushte jetese poshtëruese
element-violence_at_work = Dhunë në punë
element-harmed_or_held = Dëmtim ose mbajtje me forcë gjatë udhëtimit
summary-indicators = Treguesit e ILO-s për punën e detyruar, dhe dimensionet ILO–BE
summary-no-indicators = Përgjigjet nuk tregojnë asnjë nga treguesit e ILO-s.
indicator-ilo-fl-abuse_of_vulnerability = Abuzimi me cenueshmërinë
indicator-ilo-fl-deception = Mashtrimi
indicator-ilo-fl-restriction_of_movement = Kufizimi i lëvizjes
indicator-ilo-fl-isolation = Izolimi
indicator-ilo-fl-physical_and_sexual_violence = Dhuna fizike dhe seksuale
indicator-ilo-fl-intimidation_and_threats = Frikësimi dhe kërcënimet
indicator-ilo-fl-retention_of_identity_documents = Mbajtja e dokumenteve të identitetit
indicator-ilo-fl-withholding_of_wages = Mbajtja e pagave
indicator-ilo-fl-debt_bondage = Skllavëria për borxh
indicator-ilo-fl-abusive_working_and_living_conditions = Kushte abuzive pune dhe jetese
indicator-ilo-fl-excessive_overtime = Orë shtesë të tepërta
summary-dimension = Dimensioni
summary-strong-medium-weak = Treguesit: të fortë / mesatarë / të dobët
summary-positive = Pozitiv
dimension-deceptive_recruitment = Rekrutim me mashtrim
dimension-coercive_recruitment = Rekrutim me shtrëngim
dimension-recruitment_by_abuse_of_vulnerability = Rekrutim me abuzim me cenueshmërinë
dimension-exploitative_conditions_of_work = Kushte pune shfrytëzuese
dimension-coercion_at_destination = Shtrëngim në vendin e destinacionit
dimension-abuse_of_vulnerability_at_destination = Abuzim me cenueshmërinë në vendin e destinacionit
summary-protections = Mbrojtjet që mund të vlejnë, dhe bazat e tyre ligjore
summary-english-copy = Kopje në anglisht për avokatin
summary-claim = Kërkesa për pagën, me llogaritjen
summary-claim-period = Nga { $began } deri në { $ended }: { $months } { $months ->
        [one] muaj
       *[other] muaj
    }.
summary-claim-period-ongoing = Nga { $began }, dhe puna vazhdon: { $months } { $months ->
        [one] muaj
       *[other] muaj
    } deri tani.
figure-owed_against_promise = Detyrimi sipas premtimit
figure-owed_against_minimum = Detyrimi sipas pagës minimale ligjore
figure-arrears_at_current_rate = E njëjta shumë, e llogaritur me minimumin e sotëm
figure-overtime_at_minimum = Orët shtesë, përveç kësaj, me minimumin
figure-liquidated_damages = Edhe një shumë e barabartë (dëmshpërblim i paracaktuar)
figure-restitution_at_least = Shuma më e vogël që do të urdhëronte një gjykatë penale
working-step = Hapi
working-formula = Llogaritja
working-amount = Shuma
working-value = Vlera e përdorur, dhe burimi i saj
working-value-from = Në fuqi që nga { $date }.
value-verified = Kontrolluar në tekstin zyrtar.
step-promised_for_months = Paga e premtuar për muajt e punuar
step-months_at_rate = Minimumi në fuqi në ditën e parë të çdo muaji
step-sum = Gjithsej
step-less_received = Minus ajo që u mor
step-overtime_premium = Shtesa për orët shtesë
step-arrears_at_current_rate = E llogaritur me nivelin e sotëm
step-liquidated_damages_equal = Minimumi dhe orët shtesë të papaguara, të detyruara edhe një herë
step-restitution_greater_of_gain_or_minimum = Vlera e punës me minimumin dhe orët shtesë; më shumë nëse autori fitoi më shumë
summary-not-counted = Çfarë nuk mund të llogarisnin shifrat
formula-hour = { $count } orë
formula-day = { $count } ditë
formula-week = { $count } javë
formula-month = { $count } muaj
not-counted-period = Muajt e punuar nuk dihen, prandaj nuk u llogarit asgjë.
not-counted-promise = Paga e premtuar nuk dihet.
not-counted-received = Nuk dihet sa u mor, prandaj nuk u zbrit asgjë.
not-counted-hours = Orët ose ditët e punuara nuk dihen.
not-counted-age = Mosha nuk dihet, prandaj u përdor niveli për të rriturit.
not-counted-no_minimum_wage = Nuk kemi pagë minimale ligjore për këtë vend.
not-counted-months_before_first_rate = Disa muaj janë para nivelit të parë minimal që kemi, ose për atë moshë nuk kishte nivel në atë kohë.
not-counted-other_currency = Një pjesë e pagës ishte në një monedhë tjetër, prandaj nuk u zbrit.
not-counted-deductions = Nga paga u mbajtën para. Nuk kemi rregull se cila pjesë e tyre ishte e paligjshme: një avokat mund ta kontrollojë.
not-counted-recruitment_fees = U paguan tarifa për punën. Nuk kemi këtu rregull që i llogarit ato: një avokat mund ta kontrollojë.
not-counted-later_rate_missing = Ligji cakton një pagë minimale të re në data të rregullta, dhe niveli i fundit që kemi mund të jetë zëvendësuar para se të mbaronte puna. Për muajt e fundit mund t'ju detyrohen më shumë: një avokat mund të kontrollojë nivelin zyrtar.
summary-caveats = Çfarë duhet të dijë një avokat për këto shifra
summary-deadlines = Afatet për të bërë kërkesë
summary-no-deadlines = Nuk kemi afate për këtë vend.
deadline-length = { $months } { $months ->
        [one] muaj
       *[other] muaj
    } nga { $from }.
runs-from-last_payment = pagesa e fundit e mangët
runs-from-end_of_work = fundi i punës
runs-from-end_of_exploitation = fundi i shfrytëzimit
runs-from-offence = krimi
runs-from-final_judgment = vendimi përfundimtar në çështjen penale
runs-from-end_of_year = fundi i vitit kur duhej paguar paga
deadline-not_started = Nuk ka filluar: puna vazhdon.
deadline-open = Duke numëruar nga fundi i muajit kur mbaroi puna, afati mbaron më { $date }.
deadline-soon = Duke numëruar nga fundi i muajit kur mbaroi puna, afati mbaron së shpejti, më { $date }.
deadline-passed = Duke numëruar nga fundi i muajit kur mbaroi puna, afati mbaroi më { $date }. Një avokat mund të dijë ndonjë përjashtim.
deadline-unknown = Fundi i punës nuk dihet.
deadline-after_judgment = Afati fillon nga një vendim gjykate, data e të cilit nuk dihet.

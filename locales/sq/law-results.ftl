# Entitle: the results page's words (sq), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Rezultatet
results-heading = Çfarë tregojnë përgjigjet tuaja
results-meta = Sipas rregullave { $code ->
        [GB] në Mbretërinë e Bashkuar
        [US] në Shtetet e Bashkuara
        [NL] në Holandë
        [PH] në Filipine
        [AU] në Australi
        [CA] në Kanada
        [FR] në Francë
        [DE] në Gjermani
        [IT] në Itali
        [ES] në Spanjë
        [QA] në Katar
        [TH] në Tajlandë
        [EU] në një vend tjetër të BE-së, në Islandë, Lihtenshtajn, Norvegji ose Zvicër
        [ZZ] të së drejtës ndërkombëtare
       *[other] të vendit: { $country }
    }, më { $date }.
danger-call = Prekni për të telefonuar numrin e urgjencës. Mund të telefononi edhe nëse nuk keni dokumente.
next-steps-heading = Çfarë mund të bëni tani
next-step-why = Pse: { $why }.
next-step-call_child_helpline = Telefononi një linjë ndihme për fëmijë
next-step-call_child_helpline-say = Mund të thoni: “Jam nën 18 vjeç dhe kam nevojë për ndihmë.”
next-step-call_trafficking_helpline = Telefononi linjën e ndihmës për njerëzit që shfrytëzohen
next-step-call_trafficking_helpline-say = Ata mund t’ju gjejnë mbështetje. Mund të thoni: “Mendoj se po më shfrytëzojnë dhe kam nevojë për ndihmë.”
next-step-ask_for_protection = Pyetni për mbrojtje, që të mos ju kthejnë drejt rrezikut
next-step-ask_for_protection-say = Mund të thoni: “Kam frikë të kthehem në vendin tim.”
next-step-claim_unpaid_pay = Pyetni inspektorët e punës për pagën e papaguar
next-step-claim_unpaid_pay-say = Mund të thoni: “Punëdhënësi im nuk më ka paguar atë që më detyrohet.”
next-step-call_exploitation_helpline = Telefononi një linjë ndihme për punëtorët që trajtohen padrejtësisht
next-step-call_exploitation_helpline-say = Mund të thoni: “Më trajtojnë keq në punë dhe kam nevojë për këshilla.”
next-step-get_legal_advice = Merrni këshilla ligjore falas për të drejtat tuaja
next-step-get_legal_advice-say = Mund të thoni: “Kam nevojë për këshilla për të drejtat dhe dokumentet e mia.”
danger-local-number = Telefononi numrin lokal të urgjencës të vendit ku ndodheni.
call-number = Telefononi { $number }
text-number = Dërgoni SMS te { $number }
results-signs-heading = Shenjat në përgjigjet tuaja
results-signs-intro = Këto janë vetëm shenja. Nuk janë një vendim për ju.
results-not-found = Shenjat që nuk i gjetëm
results-needs-heading = Për çfarë mund të keni nevojë tani
results-protections-heading = Të drejta që mund të vlejnë për ju
results-protections-none = Nuk gjetëm këtu mbrojtje që u përshtaten përgjigjeve tuaja. Shërbimet e ndihmës më poshtë mund t’ju ndihmojnë gjithsesi.
results-protections-not = Të drejta që nuk u përshtaten përgjigjeve tuaja
rights-time_to_recover = Kohë për të pushuar dhe për t’u rimëkëmbur
rights-permission_to_stay = Leje për të qëndruar
rights-money_owed = Paratë që ju detyrohen, dhe kompensimi
rights-no_punishment = Pa dënim për atë që ju detyruan të bënit
rights-no_sending_back = Të mos ju kthejnë drejt rrezikut
rights-going_home = Kthimi i sigurt në shtëpi
rights-childrens_rights = Të drejtat e fëmijëve
rights-support_and_advice = Ndihmë, mbështetje dhe këshilla
rights-rules = { $count ->
        [one] Rregulli i plotë
       *[other] Të gjitha { $count } rregullat e plota
    }
results-help-heading = Ku të gjeni ndihmë
results-limits-heading = Çfarë nuk mund t’ju tregojë ky mjet
results-limits-body = Kjo tregon vetëm atë që nënkuptojnë përgjigjet tuaja. Rregullat ndryshojnë, dhe ne nuk pyetëm për gjithçka. Flisni me një avokat ose me një organizatë mbështetëse para se të veproni.
results-print = Printoni ose ruajeni si PDF
start-again = Fillo nga e para dhe harro përgjigjet e mia
because-heading = Pse e themi këtë
missing-heading = Përgjigjja e kësaj pyetjeje mund ta ndryshojë rezultatin
sources-heading = Burimet ligjore
source-line = { $instrument }, neni { $article } (që nga { $from })
source-secondary = Kontrolluar vetëm në një burim dytësor.
source-unverified = Ende i pakontrolluar me tekstin zyrtar.
delphi-met = Edhe një test i dytë, treguesit e ILO-s dhe të Komisionit Evropian, flet për trafikim.
delphi-not-met = Një test i dytë, treguesit e ILO-s dhe të Komisionit Evropian, nuk flet për trafikim me këto përgjigje.
delphi-not-applicable = Testi i dytë, treguesit e ILO-s dhe të Komisionit Evropian, nuk mund të përdorej për këto përgjigje.

## Gjetjet: një titull dhe një fjali për çdo nivel
finding-trafficking-title = Trafikimi i qenieve njerëzore
finding-trafficking-strong = Përgjigjet tuaja tregojnë shenja të forta të trafikimit të qenieve njerëzore.
finding-trafficking-some = Përgjigjet tuaja tregojnë disa shenja të trafikimit të qenieve njerëzore.
finding-trafficking-none_found = Përgjigjet tuaja nuk tregojnë shenja të trafikimit të qenieve njerëzore.
finding-trafficking-not_enough_information = Nuk dimë ende mjaftueshëm për të thënë nëse ka shenja të trafikimit të qenieve njerëzore.
finding-forced_labour-title = Punë e detyruar
finding-forced_labour-strong = Përgjigjet tuaja tregojnë shenja të forta të punës së detyruar.
finding-forced_labour-some = Përgjigjet tuaja tregojnë disa shenja të punës së detyruar.
finding-forced_labour-none_found = Përgjigjet tuaja nuk tregojnë shenja të punës së detyruar.
finding-forced_labour-not_enough_information = Nuk dimë ende mjaftueshëm për të thënë nëse ka shenja të punës së detyruar.
finding-servitude-title = Robëri
finding-servitude-strong = Përgjigjet tuaja tregojnë shenja të forta të robërisë: detyrim për të punuar dhe për të jetuar nën kontrollin e dikujt.
finding-servitude-some = Përgjigjet tuaja tregojnë disa shenja të robërisë: detyrim për të punuar dhe për të jetuar nën kontrollin e dikujt.
finding-servitude-none_found = Përgjigjet tuaja nuk tregojnë shenja të robërisë.
finding-servitude-not_enough_information = Nuk dimë ende mjaftueshëm për të thënë nëse ka shenja të robërisë.
finding-labour_exploitation-title = Punë e padrejtë ose abuzive
finding-labour_exploitation-strong = Përgjigjet tuaja tregojnë shenja të forta të punës së padrejtë ose abuzive.
finding-labour_exploitation-some = Përgjigjet tuaja tregojnë disa shenja të punës së padrejtë ose abuzive.
finding-labour_exploitation-none_found = Përgjigjet tuaja nuk tregojnë shenja të punës së padrejtë ose abuzive.
finding-labour_exploitation-not_enough_information = Nuk dimë ende mjaftueshëm për të thënë nëse ka shenja të punës së padrejtë ose abuzive.
finding-smuggling_abuse-title = Dëm gjatë udhëtimit
finding-smuggling_abuse-strong = Përgjigjet tuaja tregojnë shenja të forta se ju dëmtuan njerëzit që ju transportuan.
finding-smuggling_abuse-some = Përgjigjet tuaja tregojnë disa shenja se ju dëmtuan njerëzit që ju transportuan.
finding-smuggling_abuse-none_found = Përgjigjet tuaja nuk tregojnë shenja dëmi gjatë udhëtimit.
finding-smuggling_abuse-not_enough_information = Nuk dimë ende mjaftueshëm për të thënë nëse u dëmtuat gjatë udhëtimit.
finding-international_protection-title = Rrezik nëse ktheheni
finding-international_protection-strong = Përgjigjet tuaja tregojnë shenja të forta se mund t’ju duhet mbrojtje që të mos ju kthejnë.
finding-international_protection-some = Përgjigjet tuaja tregojnë disa shenja se mund t’ju duhet mbrojtje që të mos ju kthejnë.
finding-international_protection-none_found = Përgjigjet tuaja nuk tregojnë frikë nga kthimi.
finding-international_protection-not_enough_information = Nuk dimë ende mjaftueshëm për të thënë nëse ju duhet mbrojtje që të mos ju kthejnë.
finding-possible_child-title = Të drejtat e fëmijëve
finding-possible_child-strong = Përgjigjet tuaja thonë se jeni nën 18 vjeç. Fëmijët kanë të drejta shtesë.
finding-possible_child-some = Mund të jeni nën 18 vjeç, ose mund të ishit kur filloi kjo. Derisa të dihet mosha juaj, duhet t’ju trajtojnë si fëmijë.
finding-possible_child-none_found = Përgjigjet tuaja thonë se jeni 18 vjeç ose më shumë.
finding-possible_child-not_enough_information = Nuk e dimë ende moshën tuaj. Fëmijët kanë të drejta shtesë.
finding-possible_child-not_enough_information-when_it_began = Nuk e dimë ende nëse ishit nën 18 vjeç kur filloi kjo. Nëse ishit, të drejtat e fëmijëve mund t’ju ndihmojnë ende.

## Nevojat
need-immediate_safety = Siguri tani
need-medical_care = Një mjek ose kujdes mjekësor
need-safe_housing = Një vend i sigurt për të qëndruar
need-interpretation = Një përkthyes për gjuhën tuaj
need-legal_advice = Këshilla nga një avokat
need-children = Ndihmë për fëmijët
need-going_home = Kthim i sigurt në shtëpi
need-fear_of_return = Mbrojtje që të mos ju kthejnë
need-unpaid_wages = Marrja e pagës që ju detyrohet

## Mbrojtjet: statusi, kushtet dhe faktet
status-applies = Kjo vlen për ju sipas fakteve. Nuk ka nevojë ta vendosë askush.
status-may_apply = Kjo mund të vlejë për ju. E vendos një autoritet.
status-needs_information = Kjo mund të vlejë. Na duhen më shumë përgjigje për ta ditur.
status-does_not_apply = Kjo nuk u përshtatet përgjigjeve tuaja.
protection-conditions = Çfarë kërkon
protection-requires = Çfarë duhet të ndodhë më parë
condition-any-of = Mjafton një nga këto:
protection-outside-scope = Kjo është për njerëzit, përgjigjet e të cilëve tregojnë shenja të: { $signs }. Përgjigjet tuaja nuk i tregojnë ende këto shenja. Është këtu sepse mund t’i përgjigjet një nevoje që na treguat.
requires-positive_reasonable_grounds_decision = Autoriteti që identifikon viktimat vendos se ka arsye të bazuara për të besuar se jeni trafikuar ose shfrytëzuar.
requires-positive_conclusive_grounds_decision = Autoriteti që identifikon viktimat merr një vendim përfundimtar se jeni trafikuar ose shfrytëzuar.
requires-law_enforcement_request = Policia ose një organ tjetër i zbatimit të ligjit e kërkon këtë për ju.
protection-values = Sa zgjat ose sa është
protection-decided-by = Kush vendos
protection-how-to-ask = Si ta kërkoni
protection-cooperation = A duhet ta ndihmoni policinë?
protection-unknown = Ende nuk dihet
protection-unverified = Ky rregull ende nuk është kontrolluar me tekstin zyrtar.
cooperation-required = Po, kjo kërkon që ta ndihmoni policinë ose prokurorët.
cooperation-not-required = Jo.
condition-met = (po)
condition-not-met = (jo)
condition-unknown = (nuk dihet)
condition-not_a_national = Nuk keni shtetësinë e këtij vendi
condition-third_country_national = Nuk keni shtetësinë e një vendi të BE-së, të Hapësirës Ekonomike Evropiane ose të Zvicrës
condition-irregular_status = Tani nuk keni dokumente për të qëndruar
condition-child = Jeni nën 18 vjeç, ose mund të jeni
condition-adult = Jeni 18 vjeç ose më shumë
condition-cooperation = Jeni të gatshëm ta ndihmoni policinë
condition-reported_to_police = I keni treguar policisë
condition-fear_of_return = Keni frikë të ktheheni
condition-wants_to_go_home = Doni të ktheheni në shtëpi
condition-made_to_break_law = Ju detyruan të shkelni ligjin
condition-smuggled = Ju futën në vend kontrabandistët
condition-owed_wages = Ju detyrohen pagë
condition-no_longer_there = Nuk jeni më me njerëzit që ju shfrytëzuan
condition-particularly_exploitative = Puna juaj ishte e pasigurt, ju dëmtoi shëndetin ose dinjitetin, ose kishte tepër shumë orë
condition-unable_to_cooperate = Trauma, sëmundja ose një rrezik i rëndë jua bëjnë shumë të vështirë ta ndihmoni policinë (këtë e vendos autoriteti)
decider-no_decision = Askush: kjo rrjedh nga ligji.
decider-competent_authority = Zyra që vendos se kush është viktimë e trafikimit.
decider-immigration_authority = Zyra e migracionit.
decider-police = Policia.
decider-prosecutor = Prokurori.
decider-court = Një gjykatë.
decider-labour_inspectorate = Inspektorët e punës.
decider-child_protection = Shërbimet për mbrojtjen e fëmijëve.
decider-asylum_authority = Zyra e azilit.
decider-support_provider = Një organizatë mbështetëse.
referrer-self_ = Mund ta kërkoni vetë, më mirë me ndihmën e një avokati.
referrer-first_responder = Duhet t’ju referojë një “reagues i parë”: policia ose një organizatë mbështetëse e caktuar me emër.
referrer-police = Policia duhet ta kërkojë.
referrer-prosecutor = Prokurori duhet ta kërkojë.
referrer-prosecutor_or_labour_inspectorate = Prokurori ose inspektorati i punës duhet ta kërkojë.
referrer-ngo = Një organizatë mbështetëse mund t’ju ndihmojë ta kërkoni.
referrer-lawyer = Një avokat mund t’ju ndihmojë ta kërkoni.
referrer-nobody = Nuk keni nevojë ta kërkoni.
value-amount_minor = Shuma: { $value } { $currency }
value-annual_cap = Kufiri çdo vit: { $value ->
        [one] { $value } person
       *[other] { $value } persona
    }
value-days = { $value ->
        [one] { $value } ditë
       *[other] { $value } ditë
    }
value-food_allowance_amount_minor = Shtesa për ushqim: { $value } { $currency }
value-housing_allowance_amount_minor = Shtesa për banim: { $value } { $currency }
value-initial_months = Periudha e parë: { $value ->
        [one] { $value } muaj
       *[other] { $value } muaj
    }
value-initial_years = Periudha e parë: { $value ->
        [one] { $value } vit
       *[other] { $value } vjet
    }
value-limitation_years = Afati për të bërë kërkesë: { $value ->
        [one] { $value } vit
       *[other] { $value } vjet
    }
value-max_days = Deri në { $value ->
        [one] { $value } ditë
       *[other] { $value } ditë
    }
value-max_months = Deri në { $value ->
        [one] { $value } muaj
       *[other] { $value } muaj
    }
value-max_years = Deri në { $value ->
        [one] { $value } vit
       *[other] { $value } vjet
    }
value-min_days = Të paktën { $value ->
        [one] { $value } ditë
       *[other] { $value } ditë
    }
value-min_hourly_wage = Paga minimale për një orë: { $value } { $currency }
value-min_months = Të paktën { $value ->
        [one] { $value } muaj
       *[other] { $value } muaj
    }
value-months = { $value ->
        [one] { $value } muaj
       *[other] { $value } muaj
    }
value-notice_months = Njoftimi që duhet dhënë: { $value ->
        [one] { $value } muaj
       *[other] { $value } muaj
    }
value-notice_months_after_two_years = Njoftimi pas dy vjetësh në punë: { $value ->
        [one] { $value } muaj
       *[other] { $value } muaj
    }
value-presumed_min_months = Puna juaj konsiderohet se ka zgjatur të paktën { $value ->
        [one] { $value } muaj
       *[other] { $value } muaj
    }
value-renewal_months = Rinovimi: { $value ->
        [one] { $value } muaj
       *[other] { $value } muaj
    }
value-years = { $value ->
        [one] { $value } vit
       *[other] { $value } vjet
    }
value-years_in_scheme = Pas { $value ->
        [one] { $value } viti
       *[other] { $value } vjetësh
    }

## Ndihma
help-kind-emergency = Urgjencë
help-kind-trafficking_helpline = Linjë ndihme për trafikimin
help-kind-exploitation_helpline = Linjë ndihme për shfrytëzimin në punë
help-kind-labour_inspectorate = Inspektorët e punës: ankesa për punën dhe pagën
help-kind-legal_aid = Ndihmë juridike falas
help-kind-ngo = Organizatë mbështetëse
help-kind-asylum = Ndihmë për azilin dhe për refugjatët
help-kind-child_helpline = Linjë ndihme për fëmijë
help-kind-international = Listë ndërkombëtare kontaktesh
hours-always = Hapur ditë e natë, çdo ditë.
hours-days = Hapur { $days }, nga ora { $opens } deri në { $closes }.
days-mon_fri = nga e hëna deri të premten
days-mon_sat = nga e hëna deri të shtunën
days-every_day = çdo ditë
help-interpreters = Përkthyes për shumë gjuhë.
help-languages = Gjuhët: { $languages }
help-free = Falas.
help-checked = Të dhënat u kontrolluan më { $date }.
help-not-checked = Këto të dhëna nuk janë kontrolluar ende.
help-more = Hollësi
help-from-site = Nga { $name }, që e mban këtë faqe.
help-from-this-site = Nga organizata që e mban këtë faqe.
help-meets = Mund të ndihmojë me: { $needs }

# Entitle: the results page's words (ro), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Results
results-heading = Ce arată răspunsurile dumneavoastră
results-meta = Pe baza regulilor { $code ->
        [GB] din Regatul Unit
        [US] din Statele Unite
        [NL] din Țările de Jos
        [PH] din Filipine
        [EU] dintr-o altă țară din UE, Islanda, Liechtenstein, Norvegia sau Elveția
        [ZZ] dreptului internațional
       *[other] din { $country }
    }, valabile la { $date }.
danger-call = Apăsați ca să sunați la numărul de urgență. Puteți suna chiar dacă nu aveți acte.
next-steps-heading = Ce puteți face acum
next-step-why = De ce: { $why }.
next-step-call_child_helpline = Sunați la o linie de ajutor pentru copii
next-step-call_child_helpline-say = Puteți spune: „Am sub 18 ani și am nevoie de ajutor.”
next-step-call_trafficking_helpline = Sunați la linia de ajutor pentru persoanele exploatate
next-step-call_trafficking_helpline-say = Vă pot găsi sprijin. Puteți spune: „Cred că sunt exploatat(ă) și am nevoie de ajutor.”
next-step-ask_for_protection = Cereți informații despre protecție, ca să nu fiți trimis(ă) înapoi în pericol
next-step-ask_for_protection-say = Puteți spune: „Mi-e frică să mă întorc în țara mea.”
next-step-claim_unpaid_pay = Întrebați inspectorii de muncă despre banii neplătiți
next-step-claim_unpaid_pay-say = Puteți spune: „Angajatorul nu mi-a plătit banii pe care mi-i datorează.”
next-step-call_exploitation_helpline = Sunați la o linie de ajutor pentru lucrătorii tratați nedrept
next-step-call_exploitation_helpline-say = Puteți spune: „Sunt tratat(ă) rău la muncă și am nevoie de sfaturi.”
next-step-get_legal_advice = Cereți consultanță juridică gratuită despre drepturile dumneavoastră
next-step-get_legal_advice-say = Puteți spune: „Am nevoie de sfaturi despre drepturile și actele mele.”
danger-local-number = Sunați la numărul local de urgență al țării în care vă aflați.
call-number = Sunați la { $number }
text-number = Trimiteți SMS la { $number }
results-signs-heading = Semne în răspunsurile dumneavoastră
results-signs-intro = Acestea sunt doar semne. Nu sunt o hotărâre despre dumneavoastră.
results-not-found = Semne pe care nu le-am găsit
results-needs-heading = De ce ați putea avea nevoie acum
results-protections-heading = Drepturi care s-ar putea aplica
results-protections-none = Nu am găsit aici protecții care să se potrivească răspunsurilor dumneavoastră. Serviciile de ajutor de mai jos vă pot ajuta totuși.
results-protections-not = Drepturi care nu se potrivesc răspunsurilor dumneavoastră
rights-time_to_recover = Timp să vă odihniți și să vă refaceți
rights-permission_to_stay = Dreptul de a rămâne
rights-money_owed = Banii care vi se datorează și despăgubiri
rights-no_punishment = Nicio pedeapsă pentru ce ați fost obligat(ă) să faceți
rights-no_sending_back = Să nu fiți trimis(ă) înapoi în pericol
rights-going_home = Întoarcerea acasă în siguranță
rights-childrens_rights = Drepturile copiilor
rights-support_and_advice = Ajutor, sprijin și sfaturi
rights-rules = { $count ->
        [one] Textul complet al regulii
        [few] Textul complet al celor { $count } reguli
       *[other] Textul complet al celor { $count } de reguli
    }
results-help-heading = Unde puteți primi ajutor
results-limits-heading = Ce nu vă poate spune acest instrument
results-limits-body = Instrumentul arată doar ce indică răspunsurile dumneavoastră. Regulile se schimbă și nu am întrebat despre toate lucrurile. Vorbiți cu un avocat sau cu o organizație de sprijin înainte să faceți ceva.
results-print = Tipăriți sau salvați ca PDF
start-again = Începeți din nou și uitați răspunsurile mele
because-heading = De ce spunem asta
missing-heading = Dacă răspundeți la asta, rezultatul s-ar putea schimba
sources-heading = Surse juridice
source-line = { $instrument }, articolul { $article } (în vigoare de la { $from })
source-secondary = Verificat doar într-o sursă secundară.
source-unverified = Încă neverificat în textul oficial.
delphi-met = Un al doilea test, indicatorii Organizației Internaționale a Muncii (OIM) și ai Comisiei Europene, indică și el trafic de persoane.
delphi-not-met = Un al doilea test, indicatorii Organizației Internaționale a Muncii (OIM) și ai Comisiei Europene, nu indică trafic de persoane pe baza acestor răspunsuri.
delphi-not-applicable = Al doilea test, indicatorii Organizației Internaționale a Muncii (OIM) și ai Comisiei Europene, nu a putut fi folosit pentru aceste răspunsuri.

## Findings: a title and one sentence for each level
finding-trafficking-title = Trafic de persoane
finding-trafficking-strong = Răspunsurile dumneavoastră arată semne puternice de trafic de persoane.
finding-trafficking-some = Răspunsurile dumneavoastră arată unele semne de trafic de persoane.
finding-trafficking-none_found = Răspunsurile dumneavoastră nu arată semne de trafic de persoane.
finding-trafficking-not_enough_information = Încă nu știm destul ca să spunem dacă există semne de trafic de persoane.
finding-forced_labour-title = Muncă forțată
finding-forced_labour-strong = Răspunsurile dumneavoastră arată semne puternice de muncă forțată.
finding-forced_labour-some = Răspunsurile dumneavoastră arată unele semne de muncă forțată.
finding-forced_labour-none_found = Răspunsurile dumneavoastră nu arată semne de muncă forțată.
finding-forced_labour-not_enough_information = Încă nu știm destul ca să spunem dacă există semne de muncă forțată.
finding-servitude-title = Aservire
finding-servitude-strong = Răspunsurile dumneavoastră arată semne puternice de aservire: să fiți obligat(ă) să munciți și să trăiți sub controlul cuiva.
finding-servitude-some = Răspunsurile dumneavoastră arată unele semne de aservire: să fiți obligat(ă) să munciți și să trăiți sub controlul cuiva.
finding-servitude-none_found = Răspunsurile dumneavoastră nu arată semne de aservire.
finding-servitude-not_enough_information = Încă nu știm destul ca să spunem dacă există semne de aservire.
finding-labour_exploitation-title = Muncă nedreaptă sau abuzivă
finding-labour_exploitation-strong = Răspunsurile dumneavoastră arată semne puternice de muncă nedreaptă sau abuzivă.
finding-labour_exploitation-some = Răspunsurile dumneavoastră arată unele semne de muncă nedreaptă sau abuzivă.
finding-labour_exploitation-none_found = Răspunsurile dumneavoastră nu arată semne de muncă nedreaptă sau abuzivă.
finding-labour_exploitation-not_enough_information = Încă nu știm destul ca să spunem dacă există semne de muncă nedreaptă sau abuzivă.
finding-smuggling_abuse-title = Rău suferit în timpul călătoriei
finding-smuggling_abuse-strong = Răspunsurile dumneavoastră arată semne puternice că v-au făcut rău cei care v-au transportat.
finding-smuggling_abuse-some = Răspunsurile dumneavoastră arată unele semne că v-au făcut rău cei care v-au transportat.
finding-smuggling_abuse-none_found = Răspunsurile dumneavoastră nu arată semne de rău suferit în timpul călătoriei.
finding-smuggling_abuse-not_enough_information = Încă nu știm destul ca să spunem dacă vi s-a făcut rău în timpul călătoriei.
finding-international_protection-title = Pericol dacă vă întoarceți
finding-international_protection-strong = Răspunsurile dumneavoastră arată semne puternice că ați putea avea nevoie de protecție, ca să nu fiți trimis(ă) înapoi.
finding-international_protection-some = Răspunsurile dumneavoastră arată unele semne că ați putea avea nevoie de protecție, ca să nu fiți trimis(ă) înapoi.
finding-international_protection-none_found = Răspunsurile dumneavoastră nu arată o teamă de întoarcere.
finding-international_protection-not_enough_information = Încă nu știm destul ca să spunem dacă aveți nevoie de protecție, ca să nu fiți trimis(ă) înapoi.
finding-possible_child-title = Drepturile copiilor
finding-possible_child-strong = Din răspunsurile dumneavoastră reiese că aveți sub 18 ani. Copiii au drepturi în plus.
finding-possible_child-some = Este posibil să aveți sub 18 ani sau să fi avut sub 18 ani când a început totul. Până când se știe vârsta dumneavoastră, ar trebui să fiți tratat(ă) ca un copil.
finding-possible_child-none_found = Din răspunsurile dumneavoastră reiese că aveți 18 ani sau mai mult.
finding-possible_child-not_enough_information = Încă nu vă știm vârsta. Copiii au drepturi în plus.
finding-possible_child-not_enough_information-when_it_began = Încă nu știm dacă aveați sub 18 ani când a început totul. Dacă aveați, drepturile copiilor vă pot ajuta și acum.

## Needs
need-immediate_safety = Siguranță chiar acum
need-medical_care = Un medic sau îngrijire medicală
need-safe_housing = Un loc sigur unde să stați
need-interpretation = Un interpret pentru limba dumneavoastră
need-legal_advice = Sfaturi de la un avocat
need-children = Ajutor pentru copii
need-going_home = Întoarcerea acasă în siguranță
need-fear_of_return = Protecție, ca să nu fiți trimis(ă) înapoi
need-unpaid_wages = Primirea banilor care vi se datorează

## Protections: status, conditions and facts
status-applies = Pe baza faptelor, acest drept vi se aplică. Nu trebuie să hotărască nimeni acest lucru.
status-may_apply = Acest drept vi s-ar putea aplica. Hotărăște o autoritate.
status-needs_information = Acest drept s-ar putea aplica. Avem nevoie de mai multe răspunsuri ca să știm.
status-does_not_apply = Acest drept nu se potrivește răspunsurilor dumneavoastră.
protection-conditions = Ce condiții sunt necesare
protection-requires = Ce trebuie să se întâmple mai întâi
condition-any-of = Una dintre acestea este suficientă:
protection-outside-scope = Acest drept este pentru persoanele ale căror răspunsuri arată semne de: { $signs }. Răspunsurile dumneavoastră nu arată încă aceste semne. Îl arătăm pentru că ar putea răspunde unei nevoi despre care ne-ați spus.
requires-positive_reasonable_grounds_decision = Autoritatea care identifică victimele hotărăște că există motive rezonabile să se creadă că ați fost victimă a traficului de persoane sau a exploatării.
requires-positive_conclusive_grounds_decision = Autoritatea care identifică victimele ia o hotărâre finală că ați fost victimă a traficului de persoane sau a exploatării.
requires-law_enforcement_request = Poliția sau o altă autoritate de aplicare a legii o cere pentru dumneavoastră.
protection-values = Cât durează sau cât este
protection-decided-by = Cine hotărăște
protection-how-to-ask = Cum cereți
protection-cooperation = Trebuie să ajutați poliția?
protection-unknown = Încă necunoscut
protection-unverified = Această regulă nu a fost încă verificată în textul oficial.
cooperation-required = Da, pentru acest drept trebuie să ajutați poliția sau procurorii.
cooperation-not-required = Nu.
condition-met = (da)
condition-not-met = (nu)
condition-unknown = (nu se știe)
condition-not_a_national = Nu sunteți cetățean al acestei țări
condition-third_country_national = Nu sunteți cetățean al unei țări din UE, din SEE sau al Elveției
condition-irregular_status = Acum nu aveți acte ca să stați aici
condition-child = Aveți sub 18 ani sau este posibil să aveți
condition-adult = Aveți 18 ani sau mai mult
condition-cooperation = Sunteți dispus(ă) să ajutați poliția
condition-reported_to_police = Ați spus poliției
condition-fear_of_return = Vă este frică să vă întoarceți
condition-wants_to_go_home = Vreți să vă întoarceți acasă
condition-made_to_break_law = Ați fost obligat(ă) să încălcați legea
condition-smuggled = Ați fost adus(ă) în țară de persoane care se ocupă cu trafic ilegal de migranți
condition-owed_wages = Vi se datorează bani pentru muncă
condition-no_longer_there = Nu mai sunteți cu persoanele care v-au exploatat
condition-particularly_exploitative = Munca a fost periculoasă, v-a afectat sănătatea sau demnitatea, sau a avut mult prea multe ore
condition-unable_to_cooperate = Trauma, boala sau un pericol grav vă face prea greu să ajutați poliția (hotărăște autoritatea)
decider-no_decision = Nimeni: reiese direct din lege.
decider-competent_authority = Biroul care hotărăște cine este victimă a traficului de persoane.
decider-immigration_authority = Biroul de imigrări.
decider-police = Poliția.
decider-prosecutor = Procurorul.
decider-court = O instanță.
decider-labour_inspectorate = Inspectorii de muncă.
decider-child_protection = Serviciile de protecție a copilului.
decider-asylum_authority = Biroul pentru azil.
decider-support_provider = O organizație de sprijin.
referrer-self_ = Puteți cere singur(ă), cel mai bine cu ajutorul unui avocat.
referrer-first_responder = Trebuie să vă îndrume cineva care intervine primul: poliția sau o organizație de sprijin desemnată.
referrer-police = Poliția trebuie să ceară.
referrer-prosecutor = Procurorul trebuie să ceară.
referrer-prosecutor_or_labour_inspectorate = Procurorul sau inspecția muncii trebuie să ceară.
referrer-ngo = O organizație de sprijin vă poate ajuta să cereți.
referrer-lawyer = Un avocat vă poate ajuta să cereți.
referrer-nobody = Nu trebuie să cereți.
value-amount_minor = Suma: { $value } { $currency }
value-annual_cap = Limită pe an: { $value ->
        [one] { $value } persoană
        [few] { $value } persoane
       *[other] { $value } de persoane
    }
value-days = { $value ->
        [one] { $value } zi
        [few] { $value } zile
       *[other] { $value } de zile
    }
value-food_allowance_amount_minor = Bani pentru mâncare: { $value } { $currency }
value-housing_allowance_amount_minor = Bani pentru locuință: { $value } { $currency }
value-initial_months = Prima perioadă: { $value ->
        [one] { $value } lună
        [few] { $value } luni
       *[other] { $value } de luni
    }
value-initial_years = Prima perioadă: { $value ->
        [one] { $value } an
        [few] { $value } ani
       *[other] { $value } de ani
    }
value-limitation_years = Termen pentru a cere: { $value ->
        [one] { $value } an
        [few] { $value } ani
       *[other] { $value } de ani
    }
value-max_days = Până la { $value ->
        [one] { $value } zi
        [few] { $value } zile
       *[other] { $value } de zile
    }
value-max_months = Până la { $value ->
        [one] { $value } lună
        [few] { $value } luni
       *[other] { $value } de luni
    }
value-max_years = Până la { $value ->
        [one] { $value } an
        [few] { $value } ani
       *[other] { $value } de ani
    }
value-min_days = Cel puțin { $value ->
        [one] { $value } zi
        [few] { $value } zile
       *[other] { $value } de zile
    }
value-min_hourly_wage = Plata minimă pe oră: { $value } { $currency }
value-min_months = Cel puțin { $value ->
        [one] { $value } lună
        [few] { $value } luni
       *[other] { $value } de luni
    }
value-months = { $value ->
        [one] { $value } lună
        [few] { $value } luni
       *[other] { $value } de luni
    }
value-notice_months = Preaviz de dat: { $value ->
        [one] { $value } lună
        [few] { $value } luni
       *[other] { $value } de luni
    }
value-notice_months_after_two_years = Preaviz după doi ani la același loc de muncă: { $value ->
        [one] { $value } lună
        [few] { $value } luni
       *[other] { $value } de luni
    }
value-presumed_min_months = Se consideră că munca a durat cel puțin { $value ->
        [one] { $value } lună
        [few] { $value } luni
       *[other] { $value } de luni
    }
value-renewal_months = Reînnoire: { $value ->
        [one] { $value } lună
        [few] { $value } luni
       *[other] { $value } de luni
    }
value-years = { $value ->
        [one] { $value } an
        [few] { $value } ani
       *[other] { $value } de ani
    }
value-years_in_scheme = După { $value ->
        [one] { $value } an
        [few] { $value } ani
       *[other] { $value } de ani
    }

## Help
help-kind-emergency = Urgență
help-kind-trafficking_helpline = Linie de ajutor pentru trafic de persoane
help-kind-exploitation_helpline = Linie de ajutor pentru exploatare la locul de muncă
help-kind-labour_inspectorate = Inspectorii de muncă: plângeri despre muncă și plată
help-kind-legal_aid = Ajutor juridic gratuit
help-kind-ngo = Organizație de sprijin
help-kind-asylum = Ajutor pentru azil și refugiați
help-kind-child_helpline = Linie de ajutor pentru copii
help-kind-international = Listă internațională de contacte
hours-always = Deschis zi și noapte, în fiecare zi.
hours-days = Deschis { $days }, între { $opens } și { $closes }.
days-mon_fri = de luni până vineri
days-mon_sat = de luni până sâmbătă
days-every_day = în fiecare zi
help-interpreters = Interpreți pentru multe limbi.
help-languages = Limbi: { $languages }
help-free = Gratuit.
help-checked = Date verificate la { $date }.
help-not-checked = Aceste date nu au fost încă verificate.
help-more = Detalii
help-from-site = De la { $name }, care administrează această pagină.
help-from-this-site = De la organizația care administrează această pagină.
help-meets = Poate ajuta cu: { $needs }

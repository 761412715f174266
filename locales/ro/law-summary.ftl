# Entitle: Romanian. Cuvintele cererii privind banii pentru muncă, din rezultate, și ale rezumatului cazului pentru un avocat.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.

claim-heading = Banii care vi s-ar putea datora pentru muncă
claim-lead-owed_against_minimum = Pentru { $months } { $months ->
        [one] lună
        [few] luni
       *[other] de luni
    } de muncă, răspunsurile dumneavoastră arată că vi se datorează aproximativ { $amount }, față de salariul minim legal.
claim-lead-owed_against_promise = Pentru { $months } { $months ->
        [one] lună
        [few] luni
       *[other] de luni
    } de muncă, răspunsurile dumneavoastră arată că vi se datorează aproximativ { $amount }, față de ce vi s-a promis.
claim-no-figure = Nu am putut calcula o sumă din răspunsurile dumneavoastră. Rezumatul spune ce lipsește.
claim-deadline-next = Primul termen care este încă deschis se termină la { $date } ({ $route }).
claim-deadline-soon = Acționați repede: un termen se termină la { $date } ({ $route }).
claim-deadline-passed = Unele termene s-ar putea să fi trecut. Un avocat ar putea găsi totuși o cale.
summary-open = Vedeți rezumatul pentru un avocat
route-labour_inspectorate = inspectorii de muncă
route-labour_tribunal = instanța pentru litigii de muncă
route-civil_court = instanța civilă
route-criminal_compensation = instanța penală
route-state_fund = fondul statului pentru victimele infracțiunilor
summary-heading = Rezumatul cazului pentru un avocat sau un asistent social
summary-intro = Făcut pe acest dispozitiv la { $date }, din răspunsurile persoanei, conform regulilor { $code ->
        [GB] din Regatul Unit
        [US] din Statele Unite
        [NL] din Țările de Jos
        [PH] din Filipine
        [EU] dintr-o altă țară din UE, Islanda, Liechtenstein, Norvegia sau Elveția
        [ZZ] dreptului internațional
       *[other] din { $country }
    }. Arată semne, nu hotărâri.
summary-chronology = Ce s-a întâmplat
stage-recruitment = Recrutarea
stage-journey = Călătoria
stage-work = Munca
stage-leaving_and_now = Plecarea și situația de acum
summary-signs = Semnele din răspunsuri și elementele lor juridice
summary-no-signs = Răspunsurile nu arată niciun semn.
presence-present = prezent
presence-absent = absent
presence-unknown = necunoscut
element-act = O faptă: recrutarea, transportarea, predarea sau ținerea persoanei
element-means = Un mijloc: amenințări, forță, înșelăciune sau abuz de putere
element-purpose = Un scop: exploatarea
element-child = Persoana avea sub 18 ani
element-under_18 = Persoana are sau ar putea avea sub 18 ani
element-menace_of_penalty = O amenințare cu rău sau cu pedeapsă
element-involuntary = Muncă prestată fără consimțământ liber
element-coercion = Constrângere
element-cannot_change_situation = Nu își poate schimba situația
element-lives_at_workplace = Locuiește unde hotărăște angajatorul
element-wages_withheld = Plată reținută
element-pay_below_promise = Plată mai mică decât s-a promis
element-large_deductions = Sume mari luate din plată
element-excessive_hours = Program foarte lung
element-recruitment_fees = Taxe plătite pentru locul de muncă
element-smuggled = Trecută ilegal peste frontieră de alte persoane
element-fear_of_return = Teamă de întoarcere
element-protected_reason = Un motiv protejat de dreptul refugiaților
element-documents_kept = Pașaport sau act de identitate păstrat de alții
element-unsafe_or_degrading = Muncă periculoasă sau condiții de locuit degradante
element-violence_at_work = Violență la locul de muncă
element-harmed_or_held = Rănită sau reținută în timpul călătoriei
summary-indicators = Indicatorii OIM ai muncii forțate și dimensiunile OIM–UE
summary-no-indicators = Răspunsurile nu arată niciunul dintre indicatorii OIM.
indicator-ilo-fl-abuse_of_vulnerability = Abuz de vulnerabilitate
indicator-ilo-fl-deception = Înșelăciune
indicator-ilo-fl-restriction_of_movement = Restrângerea libertății de mișcare
indicator-ilo-fl-isolation = Izolare
indicator-ilo-fl-physical_and_sexual_violence = Violență fizică și sexuală
indicator-ilo-fl-intimidation_and_threats = Intimidare și amenințări
indicator-ilo-fl-retention_of_identity_documents = Reținerea documentelor de identitate
indicator-ilo-fl-withholding_of_wages = Reținerea salariilor
indicator-ilo-fl-debt_bondage = Servitute pentru datorii
indicator-ilo-fl-abusive_working_and_living_conditions = Condiții abuzive de muncă și de viață
indicator-ilo-fl-excessive_overtime = Ore suplimentare excesive
summary-dimension = Dimensiune
summary-strong-medium-weak = Indicatori: puternici / medii / slabi
summary-positive = Pozitiv
dimension-deceptive_recruitment = Recrutare prin înșelăciune
dimension-coercive_recruitment = Recrutare prin constrângere
dimension-recruitment_by_abuse_of_vulnerability = Recrutare prin abuz de vulnerabilitate
dimension-exploitative_conditions_of_work = Condiții de muncă de exploatare
dimension-coercion_at_destination = Constrângere la destinație
dimension-abuse_of_vulnerability_at_destination = Abuz de vulnerabilitate la destinație
summary-protections = Protecții care s-ar putea potrivi și temeiurile lor juridice
summary-english-copy = Copie în engleză pentru avocat
summary-claim = Cererea privind banii pentru muncă, cu calculul
summary-claim-period = De la { $began } până la { $ended }: { $months } { $months ->
        [one] lună
        [few] luni
       *[other] de luni
    }.
summary-claim-period-ongoing = De la { $began }, iar munca continuă: { $months } { $months ->
        [one] lună
        [few] luni
       *[other] de luni
    } până acum.
figure-owed_against_promise = Datorat față de ce s-a promis
figure-owed_against_minimum = Datorat față de salariul minim legal
figure-arrears_at_current_rate = Aceeași sumă, socotită la minimul de azi
figure-overtime_at_minimum = Ore suplimentare în plus, la nivelul minimului
figure-liquidated_damages = Încă o dată aceeași sumă (despăgubiri forfetare, liquidated damages)
figure-restitution_at_least = Suma minimă pe care ar dispune-o o instanță penală
working-step = Pas
working-formula = Calcul
working-amount = Sumă
working-value = Valoarea folosită și sursa ei
working-value-from = În vigoare de la { $date }.
value-verified = Verificat în textul oficial.
step-promised_for_months = Plata promisă pentru lunile lucrate
step-months_at_rate = Minimul în vigoare în prima zi a fiecărei luni
step-sum = Adunat
step-less_received = Minus ce s-a primit
step-overtime_premium = Sporul pentru ore suplimentare
step-arrears_at_current_rate = Socotit la nivelul de azi
step-liquidated_damages_equal = Minimul și orele suplimentare neplătite, datorate încă o dată
step-restitution_greater_of_gain_or_minimum = Valoarea muncii la nivelul minimului și al orelor suplimentare; mai mult, dacă autorul a câștigat mai mult
summary-not-counted = Ce nu au putut socoti sumele
formula-hour = { $count } h
formula-day = { $count ->
        [one] { $count } zi
        [other] { $count } de zile
       *[few] { $count } zile
    }
formula-week = { $count ->
        [one] { $count } săptămână
        [other] { $count } de săptămâni
       *[few] { $count } săptămâni
    }
formula-month = { $count ->
        [one] { $count } lună
        [other] { $count } de luni
       *[few] { $count } luni
    }
not-counted-period = Lunile lucrate nu se cunosc, așa că nu s-a putut socoti nimic.
not-counted-promise = Plata promisă nu se cunoaște.
not-counted-received = Nu se știe ce s-a primit, așa că nu s-a scăzut nimic.
not-counted-hours = Orele sau zilele lucrate nu se cunosc.
not-counted-age = Vârsta nu se cunoaște, așa că s-a folosit tariful pentru adulți.
not-counted-no_minimum_wage = Nu avem un salariu minim legal pentru această țară.
not-counted-months_before_first_rate = Unele luni sunt înainte de primul tarif minim pe care îl avem, sau pentru vârsta respectivă nu exista atunci un tarif.
not-counted-other_currency = O parte din plată a fost în altă monedă, așa că nu a fost scăzută.
not-counted-deductions = Din plată s-au luat bani. Nu avem nicio regulă care să spună ce parte a fost ilegală: un avocat poate verifica.
not-counted-recruitment_fees = S-au plătit taxe pentru locul de muncă. Nu avem aici nicio regulă care să le socotească: un avocat poate verifica.
not-counted-later_rate_missing = Legea stabilește un nou salariu minim la date fixe, iar este posibil ca ultimul tarif pe care îl avem să fi fost înlocuit înainte de sfârșitul muncii. Pentru ultimele luni vi se poate datora mai mult: un avocat poate verifica tariful oficial.
summary-caveats = Ce ar trebui să știe un avocat despre aceste sume
summary-deadlines = Termene pentru a cere
summary-no-deadlines = Nu avem termene pentru această țară.
deadline-length = { $months } { $months ->
        [one] lună
        [few] luni
       *[other] de luni
    } de la { $from }.
runs-from-last_payment = ultima plată incompletă
runs-from-end_of_work = sfârșitul muncii
runs-from-end_of_exploitation = sfârșitul exploatării
runs-from-offence = săvârșirea infracțiunii
runs-from-final_judgment = hotărârea definitivă din procesul penal
runs-from-end_of_year = sfârșitul anului în care trebuia plătit salariul
deadline-not_started = Nu a început: munca continuă.
deadline-open = Socotit de la sfârșitul lunii în care s-a terminat munca, se termină la { $date }.
deadline-soon = Socotit de la sfârșitul lunii în care s-a terminat munca, se termină curând, la { $date }.
deadline-passed = Socotit de la sfârșitul lunii în care s-a terminat munca, s-a terminat la { $date }. Un avocat ar putea cunoaște o excepție.
deadline-unknown = Nu se știe când s-a terminat munca.
deadline-after_judgment = Curge de la o hotărâre judecătorească a cărei dată nu o cunoaștem.

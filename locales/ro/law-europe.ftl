# Entitle: Romanian. Mesaje pentru datele juridice ale Germaniei, Țărilor de Jos, Italiei, Spaniei și Franței. Scrise de echipa Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Germania
protection-de-aufenthg-s_59_7-reflection_period = Timp să vă odihniți și să hotărâți
protection-de-aufenthg-s_59_7-reflection_period-gives = Ați putea rămâne în Germania o vreme, ca să vă odihniți și să primiți sprijin. Puteți lua timp să hotărâți dacă vreți să depuneți mărturie despre ce s-a întâmplat.
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = Permis de ședere ca martor
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = Ați putea primi un permis ca să locuiți în Germania cât timp durează procesul penal împotriva celor care v-au făcut rău.
caveat-prosecutor_must_deem_presence_appropriate = Procurorul sau instanța trebuie să fie de acord că au nevoie de dumneavoastră în țară pentru acest caz. Nu putem ști dacă vor fi de acord.
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = Permis de ședere după o muncă ilegală foarte nedreaptă
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = Ați putea primi un permis ca să locuiți în Germania cât timp durează procesul penal despre munca dumneavoastră și despre angajator.
instrument-de-aufenthg = Legea germană privind șederea, 2004 (Aufenthaltsgesetz, AufenthG)

## Țările de Jos
protection-nl-vc_2000-b8_3-reflection_period = Timp să vă odihniți, cu adăpost și sprijin
protection-nl-vc_2000-b8_3-reflection_period-gives = Ați putea rămâne în Țările de Jos o vreme, cu un loc sigur unde să dormiți și bani de trai. În acest timp puteți hotărî dacă vreți să denunțați infracțiunea.
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = Permis de ședere cât timp durează cazul
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = Ați putea primi gratuit un permis ca să locuiți în Țările de Jos cât timp poliția face ancheta și cât timp durează procesul penal.
caveat-exempt_from_cooperation_if_unable = Dacă nu puteți ajuta poliția pentru că sunteți bolnav(ă), aveți sub 18 ani sau sunteți în pericol grav, ați putea primi totuși acest permis.
protection-nl-vb_2000-art_3_51_1_k-continued_residence = Să rămâneți și după ce se termină cazul
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = Ați putea primi un permis ca să locuiți în continuare în Țările de Jos după ce s-a terminat procesul penal.
caveat-after_conviction_or_three_years = De obicei, pentru asta trebuie ca cineva să fie găsit vinovat în cazul dumneavoastră sau ca dumneavoastră să fi avut timp de trei ani permisul pentru victimele traficului de persoane.
instrument-nl-vw_2000 = Legea olandeză privind străinii, 2000 (Vreemdelingenwet 2000, Vw 2000)
instrument-nl-vb_2000 = Decretul olandez privind străinii, 2000 (Vreemdelingenbesluit 2000, Vb 2000)
instrument-nl-vc_2000 = Circulara olandeză privind străinii, 2000 (Vreemdelingencirculaire 2000, Vc 2000)

## Italia
protection-it-tui-art_18-special_permit_social_track = Permis special prin intermediul unei organizații de sprijin
protection-it-tui-art_18-special_permit_social_track-gives = Ați putea primi un permis ca să locuiți și să lucrați în Italia și ați putea intra într-un program care vă ajută să fiți în siguranță și să vă construiți o viață nouă.
caveat-concrete_danger_assessed_by_authority = Șeful poliției trebuie să hotărască dacă sunteți într-un pericol real. Nu am întrebat despre asta, așa că nu putem spune dacă se potrivește în cazul dumneavoastră.
protection-it-tui-art_18-special_permit_judicial_track = Permis special prin intermediul unui proces penal
protection-it-tui-art_18-special_permit_judicial_track-gives = Ați putea primi un permis ca să locuiți și să lucrați în Italia și ați putea intra într-un program care vă ajută să fiți în siguranță și să vă construiți o viață nouă.
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = Permis dacă denunțați un șef care v-a exploatat grav
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = Ați putea primi un permis ca să locuiți în Italia cât timp durează procesul penal împotriva angajatorului.
caveat-particularly_exploitative_conditions_only = Acest permis era doar pentru munca în condiții de exploatare deosebit de grave, ceea ce înseamnă mai mult decât semnele pe care le căutăm noi.
protection-it-tui-art_18_ter-permit_for_labour_exploitation = Permis pentru lucrătorii care au fost exploatați
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = Ați putea primi un permis ca să locuiți și să lucrați în Italia după ce ajutați să iasă la iveală adevărul despre cum ați fost tratat(ă) la muncă.
caveat-judicial_authority_or_labour_inspectorate_covers_family = Un procuror sau un judecător trebuie să îl ceară, sau inspectorii de muncă trebuie să susțină cererea. Permisul poate fi dat și membrilor familiei dumneavoastră.
instrument-it-tui = Textul unic italian privind imigrația, Decretul legislativ 286/1998 (Testo unico sull’immigrazione, TUI)
instrument-it-dl_145_2024 = Decretul-lege italian 145/2024 (Decreto Flussi)
instrument-it-dl_146_2025 = Decretul-lege italian 146/2025 (Decreto Flussi 2025)
instrument-it-dpr_394_1999 = Decretul prezidențial italian 394/1999 (regulamentul de aplicare a legii imigrației)

## Spania
protection-es-loex-art_59_bis-reflection_period = Timp să vă refaceți și să hotărâți
protection-es-loex-art_59_bis-reflection_period-gives = Ați putea rămâne în Spania o vreme, ca să vă refaceți și să vă gândiți dacă ajutați poliția. În acest timp, pașii pentru a vă trimite din țară ar trebui să se oprească.
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = Nicio pedeapsă pentru că sunteți în Spania fără acte
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = Ați putea scăpa de amenda sau de expulzarea pe care le-ați putea primi pentru că stați în Spania fără actele necesare.
protection-es-loex-art_59_bis-permit_personal_situation = Permis din cauza situației dumneavoastră personale
protection-es-loex-art_59_bis-permit_personal_situation-gives = Ați putea primi un permis ca să locuiți și să lucrați în Spania din cauza situației dumneavoastră personale, chiar dacă nu ajutați poliția.
caveat-after_exemption_from_liability = Mai întâi, autoritățile trebuie să hotărască să nu vă pedepsească pentru că sunteți în Spania fără acte. Apoi, de obicei, puteți cere acest permis.
protection-es-loex-art_59_bis-permit_for_cooperation = Permis pentru că ajutați poliția sau instanța
protection-es-loex-art_59_bis-permit_for_cooperation-gives = Ați putea primi un permis ca să locuiți și să lucrați în Spania pentru că ajutați la anchetă sau în procesul de la instanță.
protection-es-loex-art_59-permit_for_cooperation_against_networks = Permis pentru că ajutați la oprirea rețelelor care exploatează oameni
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = Ați putea primi un permis ca să locuiți și să lucrați în Spania și ați putea scăpa de pedeapsa pentru că ați stat fără acte.
instrument-es-loex = Legea spaniolă privind străinii, Legea organică 4/2000 (LOEX)
instrument-es-rloex = Regulamentul spaniol privind străinii, Decretul regal 557/2011 (RLOEX)
instrument-es-rloex_2024 = Regulamentul spaniol privind străinii, Decretul regal 1155/2024 (în vigoare de la 20 mai 2025)

## Franța
protection-fr-ceseda-r_425_2-reflection_period = Timp să vă odihniți și să vă gândiți
protection-fr-ceseda-r_425_2-reflection_period-gives = Ați putea primi un act care vă permite să rămâneți în Franța cât timp vă odihniți și hotărâți dacă vreți să faceți plângere. Actul v-ar putea permite și să lucrați.
protection-fr-ceseda-l_425_1-temporary_residence_card = Carte de ședere dacă faceți plângere sau dați declarații ca martor
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = Ați putea primi o carte ca să locuiți și să lucrați în Franța cât timp durează procesul penal.
caveat-complaint_or_testimony_required = Trebuie să faceți plângere la poliție sau să dați declarații în acest caz. Nu ajunge doar să spuneți că sunteți dispus(ă) să ajutați.
protection-fr-ceseda-l_425_2-allowance = Bani de trai
protection-fr-ceseda-l_425_2-allowance-gives = Ați putea primi bani în mod regulat, care să vă ajute să plătiți mâncarea și alte nevoi de bază.
protection-fr-ceseda-l_425_3-resident_card = Carte de rezident pe termen lung
protection-fr-ceseda-l_425_3-resident_card-gives = Ați putea primi o carte ca să locuiți și să lucrați în Franța mulți ani.
caveat-only_after_final_conviction = Acest lucru este posibil doar după ce persoana acuzată a fost găsită vinovată definitiv de instanță. Nu putem ști cum se va termina un proces.
protection-fr-ceseda-l_425_4-exit_programme_permit = Permis cât timp urmați un program de ieșire din prostituție
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = Ați putea primi un permis ca să rămâneți în Franța, cu ajutor ca să începeți o viață nouă, departe de munca sexuală.
caveat-only_for_prostitution_exit_programme = Acest permis este doar pentru persoanele care nu mai vând sex. Ele trebuie să urmeze un plan oficial de ieșire din munca sexuală, împreună cu o organizație de sprijin.
instrument-fr-ceseda = Codul francez privind intrarea și șederea străinilor și dreptul de azil (CESEDA, versiunea din 2020)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-de-milog = Legea salariului minim (Mindestlohngesetz, MiLoG, 2014)
instrument-de-bgb = Codul civil (Bürgerliches Gesetzbuch, BGB)
instrument-de-sgb_14 = Codul social, cartea a XIV-a: compensații sociale (SGB XIV, 2019)
instrument-es-et_2015 = Statutul lucrătorilor (Estatuto de los Trabajadores, 2015)
instrument-es-ley_35_1995 = Legea 35/1995 privind ajutorul pentru victimele infracțiunilor violente și sexuale
instrument-fr-code_travail = Codul muncii (Code du travail)
instrument-fr-code_procedure_penale = Codul de procedură penală (Code de procédure pénale)
instrument-it-cc = Codul civil (Codice civile)
instrument-it-l_228_2003 = Legea 228/2003 privind măsurile împotriva traficului de persoane
instrument-nl-wml = Legea privind salariul minim și indemnizația minimă de concediu (Wet minimumloon en minimumvakantiebijslag)
instrument-nl-bw_3 = Codul civil, cartea a 3-a (Burgerlijk Wetboek)
instrument-nl-wsg = Legea privind Fondul de despăgubire pentru infracțiuni violente (Wet schadefonds geweldsmisdrijven)
caveat-backdating_limit_not_a_bar = Puteți cere și după un an. Dar primiți plăți doar începând cu luna în care cereți, în afară de cazul în care nu ați putut cere mai devreme.
caveat-each_month_runs_separately = Plata fiecărei luni are propriii ei cinci ani, așa că lunile cele mai vechi expiră primele. O cerere scrisă către angajator face ca termenul să înceapă din nou.
caveat-es_domestic_hourly_external_only = Nu am inclus minimul pe oră pentru lucrătorii casnici plătiți cu ora care nu locuiesc la angajator. Unui lucrător casnic care locuiește la angajator i se datorează minimul lunar.
caveat-es_each_payment_own_year_interruptible = Fiecare salariu neplătit trebuie cerut în termen de un an de la ziua de plată, așa că lunile cele mai vechi expiră primele. O cerere oficială către angajator sau o cerere de conciliere face ca anul să înceapă din nou.
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = Acest ajutor este doar pentru infracțiunile violente care au provocat moartea sau un rău grav și pentru infracțiunile sexuale. Termenul se oprește cât timp durează un proces penal.
caveat-es_smi_floor_14_payments = Minimul se plătește în 14 tranșe pe an. Cele două plăți în plus nu sunt socotite aici, așa că vi se poate datora mai mult.
caveat-fr_civi_prosecution_extends_relief_possible = Dacă există un proces penal, puteți cere și până la un an după hotărârea definitivă. Comisia poate accepta o cerere întârziată pentru un motiv întemeiat. Pentru un copil, termenul începe la 18 ani.
caveat-fr_smic_floor_mayotte_minors = Acesta este minimul pentru Franța continentală. Mayotte are un minim mai mic. Acordurile colective cer adesea mai mult. Unii lucrători tineri și ucenici pot fi plătiți mai puțin.
caveat-fr_wage_claim_each_payday_three_years_before_end = Plata fiecărei luni trebuie cerută în termen de trei ani, așa că lunile cele mai vechi expiră primele. După ce se termină munca, puteți cere plata pentru ultimii trei ani ai acesteia.
caveat-intentional_injury_damages_only = Cei 30 de ani sunt doar pentru despăgubiri pentru un rău făcut intenționat vieții, corpului, sănătății sau libertății dumneavoastră. Nu sunt pentru plata neprimită.
caveat-it_longer_if_crime = Dacă răul este și o infracțiune cu un termen mai lung, cum ar fi traficul de persoane sau sclavia, cererea de despăgubiri are și ea acel termen mai lung.
caveat-it_wage_limit_private_sector_interruptible = Cei cinci ani încep la sfârșitul muncii doar în cazul angajatorilor privați. Fiecare cerere scrisă de plată face ca cei cinci ani să înceapă din nou.
caveat-late_application_if_reasonable = Fondul poate accepta și o cerere întârziată, dacă a fost făcută de îndată ce a fost rezonabil posibil. Fondul plătește doar pentru vătămări grave provocate de o infracțiune violentă.
caveat-monthly_minimum_for_full_time_week = Înainte de 2024, minimul era o sumă lunară pentru o săptămână de lucru cu normă întreagă. Noi îl socotim pentru o săptămână de 40 de ore, cea mai lungă săptămână obișnuită. Dacă săptămâna a fost mai scurtă, se datorează mai mult.
caveat-runs_from_end_of_year = Cei trei ani încep la sfârșitul anului în care trebuia plătit salariul. O cerere în instanță oprește termenul.
caveat-runs_from_knowledge_longer_against_offender = Cei cinci ani încep când aflați de rău și de cine l-a provocat. O cerere împotriva autorului poate fi făcută cel puțin atât timp cât acesta poate fi urmărit penal.
caveat-sector_minimum_wages_and_exclusions = Unele sectoare au un minim mai mare. Acest minim nu se aplică persoanelor sub 18 ani fără formare profesională, ucenicilor, unor stagiari și voluntarilor.
caveat-youth_minimum_not_encoded = Lucrătorii sub 21 de ani au un minim mai mic, care nu este socotit aici.

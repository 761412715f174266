# Entitle: Romanian. Mesaje pentru datele juridice ale Filipinelor, Qatarului, Thailandei și ASEAN. Scrise de echipa Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Filipine
protection-ph-ra_9208-s_17-not_penalised = Nicio pedeapsă pentru infracțiunile la care ați fost obligat(ă)
protection-ph-ra_9208-s_17-not_penalised-gives = Nu ar trebui să fiți pedepsit(ă) pentru infracțiunile pe care traficanții v-au pus să le faceți sau care au venit din faptul că ați fost victimă a traficului de persoane.
protection-ph-ra_9208-s_18-witness_protection = Protecție ca martor
protection-ph-ra_9208-s_18-witness_protection-gives = Ați putea intra în programul guvernului care îi ține pe martori în siguranță, de exemplu cu un loc sigur unde să locuiți.
protection-ph-ra_9208-s_19-continued_presence = Dreptul de a rămâne în Filipine
protection-ph-ra_9208-s_19-continued_presence-gives = Ați putea primi dreptul să rămâneți în Filipine pentru o vreme, ca să nu trebuiască să plecați imediat din țară.
protection-ph-ra_9208-s_19-assistance = Același ajutor pe care îl primesc supraviețuitorii filipinezi
protection-ph-ra_9208-s_19-assistance-gives = Ați putea primi aceeași protecție, același ajutor și aceleași servicii pe care le primesc filipinezii aflați în situația dumneavoastră.
protection-ph-ra_9208-s_3_a-child_without_means = Copiii nu trebuie să arate că au fost forțați sau mințiți
protection-ph-ra_9208-s_3_a-child_without_means-gives = Nu trebuie să arătați că cineva v-a forțat, v-a păcălit sau v-a amenințat. Ce vi s-a făcut poate fi considerat totuși trafic de persoane.
caveat-section_number_from_2003_act = Numărul secțiunii vine din legea din 2003, iar modificările ulterioare ale legii ar fi putut muta sau schimba această regulă.
caveat-tied_to_prosecution = Cât timp puteți rămâne depinde de ce are nevoie cazul împotriva traficanților, nu doar de ce aveți nevoie dumneavoastră.
caveat-child_includes_adults_unable_to_protect_themselves = Legea îi tratează ca pe copii și pe unii adulți, dacă o boală sau o dizabilitate îi face să nu se poată proteja singuri. Această aplicație nu întreabă despre asta.
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003, Philippines, Republic Act No. 9208 (legea filipineză din 2003 împotriva traficului de persoane)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012, Philippines, Republic Act No. 10364 (legea filipineză extinsă din 2012 împotriva traficului de persoane)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022, Philippines, Republic Act No. 11862 (legea filipineză extinsă din 2022 împotriva traficului de persoane)

## Qatar
protection-qa-law_17_2020-art_2-minimum_wage = Un salariu minim pentru fiecare lucrător
protection-qa-law_17_2020-art_2-minimum_wage-gives = Ar trebui să primiți cel puțin un salariu de bază în fiecare lună, plus bani pentru mâncare și locuință dacă angajatorul nu vi le dă.
protection-qa-law_18_2020-law-change_employer_without_noc = Schimbarea angajatorului fără permisiunea angajatorului
protection-qa-law_18_2020-law-change_employer_without_noc-gives = Puteți trece la un nou angajator înainte să se termine contractul, fără o scrisoare de permisiune de la angajatorul actual.
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = Plecarea din Qatar fără permisiunea angajatorului
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = Puteți pleca din Qatar, pentru o călătorie scurtă sau definitiv, fără să cereți angajatorului un permis de ieșire.
protection-qa-law_13_2017-committees-wage_claim = Cererea salariilor neplătite la un comitet pentru litigii de muncă
protection-qa-law_13_2017-committees-wage_claim-gives = Puteți face o cerere la un comitet special pentru litigii de muncă, pentru salariile și ceilalți bani pe care vi-i datorează angajatorul.
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = Un fond plătește salariile pe care angajatorul nu le plătește
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = Dacă câștigați o cerere pentru salarii și angajatorul tot nu plătește, un fond al guvernului v-ar putea plăti banii în locul lui.
protection-qa-law_15_2011-art_2-identification_as_victim = Recunoașterea ca persoană traficată
protection-qa-law_15_2011-art_2-identification_as_victim-gives = Ați putea fi recunoscut(ă) ca persoană care a fost victimă a traficului de persoane. Acest lucru poate deschide calea către protecție, cum ar fi un adăpost sigur.
caveat-amounts_reviewed_yearly = Guvernul verifică aceste sume cel puțin o dată pe an, așa că s-ar putea să se fi schimbat de când le-am verificat noi ultima dată.
caveat-which_law_removed_noc_disputed = Sursele nu sunt de acord care lege din 2020 a eliminat nevoia permisiunii angajatorului, așa că vă arătăm ambele legi.
caveat-domestic_workers_from_2020_and_five_percent_exception = Lucrătorii casnici au fost incluși abia în ianuarie 2020. Angajatorii pot numi totuși câțiva angajați care au nevoie de permisiunea lor ca să plece. Un comitet soluționează plângerile.
caveat-domestic_workers_coverage_not_checked = Nu am verificat dacă lucrătorii casnici își pot duce cererile la aceste comitete.
caveat-payment_conditions_and_caps = Fondul plătește doar în anumite cazuri, iar unele rapoarte spun că există o limită a sumei pe care o plătește.
caveat-victim_protection_articles_not_verified = Nu am putut citi părțile acestei legi despre protecția persoanelor traficate, așa că detaliile de aici nu sunt confirmate.
instrument-qa-law_17_2020 = Legea nr. 17 din 2020 a Qatarului privind salariul minim
instrument-qa-law_18_2020 = Legea nr. 18 din 2020 a Qatarului de modificare a Legii muncii
instrument-qa-law_19_2020 = Legea nr. 19 din 2020 a Qatarului de modificare a Legii privind intrarea, ieșirea și șederea expatriaților
instrument-qa-law_13_2018 = Legea nr. 13 din 2018 a Qatarului de modificare a Legii privind intrarea, ieșirea și șederea expatriaților
instrument-qa-law_13_2017 = Legea nr. 13 din 2017 a Qatarului de modificare a Legii muncii (comitetele de soluționare a litigiilor de muncă)
instrument-qa-law_17_2018 = Legea nr. 17 din 2018 a Qatarului de înființare a Fondului de sprijin și asigurare a lucrătorilor
instrument-qa-law_15_2011 = Legea nr. 15 din 2011 a Qatarului privind combaterea traficului de ființe umane

## Thailanda
protection-th-atipa_2551-s_33-assistance = Adăpost, îngrijire medicală și alt ajutor
protection-th-atipa_2551-s_33-assistance-gives = Ați putea primi mâncare, un loc unde să stați, îngrijire medicală, ajutor ca să vă refaceți, ajutor juridic și ajutor ca să vă întoarceți acasă.
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = Informarea despre despăgubiri și ajutor juridic
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = Funcționarii ar trebui să vă spună imediat că puteți cere bani pentru răul care vi s-a făcut și că puteți primi ajutor juridic.
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = Procurorul poate cere despăgubiri pentru dumneavoastră
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = Dacă vreți bani pentru răul care vi s-a făcut, procurorul îi poate cere instanței în numele dumneavoastră.
protection-th-atipa_2551-s_37-temporary_stay_and_work = Dreptul de a rămâne și de a lucra pentru o vreme
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = Ați putea primi dreptul să rămâneți în Thailanda pentru o vreme și să lucrați cât timp sunteți acolo.
protection-th-atipa_2551-s_38-return_home = Ajutor ca să vă întoarceți acasă în siguranță
protection-th-atipa_2551-s_38-return_home-gives = Ați putea primi ajutor ca să vă întoarceți în țara dumneavoastră cât mai repede posibil.
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = Fără acuzații pentru că ați intrat sau ați stat fără acte
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = Nu ar trebui să fiți acuzat(ă) pentru că ați intrat sau ați stat în Thailanda fără permisiune, sau pentru că ați avut acte false sau greșite.
caveat-purpose_limited_stay = Șederea este pentru lucruri cum ar fi un proces, un tratament, refacerea sau o cerere de bani. Nu știm cât durează sau dacă este dată întotdeauna.
caveat-minister_may_permit_prosecution = Ministrul justiției poate totuși permite să fiți acuzat(ă), dar trebuie să o facă în scris.
instrument-th-atipa_2551 = Legea Thailandei împotriva traficului de persoane, B.E. 2551 (2008)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = Să nu fiți închis(ă) fără un motiv întemeiat
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = Nu ar trebui să fiți reținut(ă) sau închis(ă) fără un motiv întemeiat.
caveat-identified_victims_only = Acest drept îi ajută doar pe cei despre care autoritățile au stabilit deja că au fost victime ale traficului de persoane. Această hotărâre trebuie să vină mai întâi.
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children, 2015 (Convenția ASEAN împotriva traficului de persoane, în special de femei și copii)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-ph-labor_code = Labor Code of the Philippines, 1974 (Codul muncii din Filipine)
instrument-ph-ra_7309 = Republic Act No. 7309, Philippines, 1992 (legea filipineză care a înființat Board of Claims)
instrument-qa-labour_law_14_2004 = Legea muncii, Legea nr. 14 din 2004 (Qatar)
instrument-qa-law_15_2017 = Legea nr. 15 din 2017 privind lucrătorii casnici (Qatar)
instrument-th-lpa_2541 = Legea Thailandei privind protecția muncii, B.E. 2541 (1998)
instrument-th-ccc_book1_2535 = Codul civil și comercial al Thailandei, cartea I (revizuit în B.E. 2535)
instrument-th-victim_compensation_act_2544 = Legea Thailandei privind despăgubirile pentru persoana vătămată și compensațiile și cheltuielile pentru acuzat în cauzele penale, B.E. 2544 (2001)
caveat-ph_board_of_claims_violent_crimes = Board of Claims plătește doar victimele infracțiunilor violente și cel mult 10.000 de pesos.
caveat-ph_money_claims_any_forum = Aceiași trei ani se aplică oricărei cereri de bani legate de muncă, oriunde ar fi făcută.
caveat-ph_ncr_only = Acesta este minimul doar pentru Metro Manila. Alte regiuni au propriul minim pe zi, adesea mai mic. Folosiți suma doar pentru munca din Metro Manila.
caveat-qa_domestic_workers_own_limit = Lucrătorii casnici au propria lege. Și ea dă un an de la sfârșitul contractului sau de la ziua în care au plecat.
caveat-qa_food_and_housing_allowances = Acesta este doar salariul de bază. Dacă angajatorul nu a asigurat mâncare și locuință decente, datorează în plus 300 de riyali pe lună pentru mâncare și 500 pentru locuință.
caveat-qa_one_year_of_365_days_stopped_by_complaint = Cererea trebuie făcută în cel mult 365 de zile de la sfârșitul contractului. Termenul se oprește cât timp este analizată o plângere la Ministerul Muncii.
caveat-qa_overtime_daily_night_and_exclusions = Orele suplimentare se datorează și după 8 ore pe zi (6 în Ramadan) și se plătesc mai mult noaptea. Nu se aplică lucrătorilor casnici. Nu sunt socotite aici.
caveat-th_each_unpaid_wage_runs_separately = Fiecare salariu neplătit are propriii lui doi ani, așa că lunile cele mai vechi expiră primele. Dacă angajatorul recunoaște datoria în scris sau plătește o parte din ea, cei doi ani încep din nou.
caveat-th_fund_listed_crimes_from_knowledge = Plățile statului sunt doar pentru victimele unor infracțiuni, cum ar fi vătămarea corporală și infracțiunile sexuale. Anul începe când aflați de infracțiune.
caveat-th_lowest_provincial_rate = Acesta este cel mai mic minim pe zi din toată Thailanda. Tariful din provincia dumneavoastră este adesea mai mare, și acela este cel datorat.
caveat-th_overtime_daily_and_holiday = Orele suplimentare se datorează după programul normal al fiecărei zile, iar munca într-o zi de sărbătoare se plătește mai mult. Acestea nu sunt socotite aici.

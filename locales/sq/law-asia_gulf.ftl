# Entitle: Albanian. Messages for the legal data of the Philippines, Qatar, Thailand and ASEAN.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Filipinet
protection-ph-ra_9208-s_17-not_penalised = Pa dënim për krimet që ju detyruan t’i kryenit
protection-ph-ra_9208-s_17-not_penalised-gives = Nuk duhet t’ju dënojnë për krimet që trafikantët ju detyruan t’i kryenit, ose që ndodhën për shkak se u trafikuat.
protection-ph-ra_9208-s_18-witness_protection = Mbrojtje si dëshmitar
protection-ph-ra_9208-s_18-witness_protection-gives = Mund të keni mundësi të hyni në programin e qeverisë që mbron dëshmitarët, për shembull me një vend të sigurt për të jetuar.
protection-ph-ra_9208-s_19-continued_presence = Leje për të qëndruar në Filipine
protection-ph-ra_9208-s_19-continued_presence-gives = Mund t’ju lejojnë të qëndroni në Filipine për një kohë, që të mos jeni të detyruar të largoheni menjëherë nga vendi.
protection-ph-ra_9208-s_19-assistance = E njëjta ndihmë që marrin të mbijetuarit filipinas
protection-ph-ra_9208-s_19-assistance-gives = Mund të merrni të njëjtën mbrojtje, ndihmë dhe shërbime që marrin filipinasit në situatën tuaj.
protection-ph-ra_9208-s_3_a-child_without_means = Fëmijët nuk kanë nevojë të tregojnë forcë ose gënjeshtra
protection-ph-ra_9208-s_3_a-child_without_means-gives = Nuk është e nevojshme të tregoni se dikush ju detyroi, ju mashtroi ose ju kërcënoi. Ajo që ju bënë mund të quhet gjithsesi trafikim.
caveat-section_number_from_2003_act = Numri i seksionit vjen nga ligji i vitit 2003, dhe ndryshimet e mëvonshme të ligjit mund ta kenë zhvendosur ose ndryshuar këtë rregull.
caveat-tied_to_prosecution = Sa kohë mund të qëndroni varet nga ajo që i duhet çështjes kundër trafikantëve, jo vetëm nga ajo që ju duhet juve.
caveat-child_includes_adults_unable_to_protect_themselves = Ligji i trajton si fëmijë edhe disa të rritur, nëse një sëmundje ose paaftësi nuk i lejon ta mbrojnë veten. Ky aplikacion nuk pyet për këtë.
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208) (ligji filipinas i vitit 2003 kundër trafikimit të personave)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364) (ligji filipinas i zgjeruar i vitit 2012 kundër trafikimit të personave)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862) (ligji filipinas i zgjeruar i vitit 2022 kundër trafikimit të personave)

## Katari
protection-qa-law_17_2020-art_2-minimum_wage = Pagë minimale për çdo punëtor
protection-qa-law_17_2020-art_2-minimum_wage-gives = Duhet t’ju paguajnë të paktën një pagë bazë çdo muaj, plus para për ushqim dhe banim nëse punëdhënësi nuk jua jep këto.
protection-qa-law_18_2020-law-change_employer_without_noc = Ndërrimi i punëdhënësit pa lejen e punëdhënësit
protection-qa-law_18_2020-law-change_employer_without_noc-gives = Mund të kaloni te një punëdhënës i ri para se të mbarojë kontrata juaj, pa një letër leje nga punëdhënësi që keni tani.
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = Largimi nga Katari pa lejen e punëdhënësit
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = Mund të largoheni nga Katari, për një udhëtim të shkurtër ose përgjithmonë, pa i kërkuar punëdhënësit leje daljeje.
protection-qa-law_13_2017-committees-wage_claim = Kërkesë për pagën e papaguar te një komision pune
protection-qa-law_13_2017-committees-wage_claim-gives = Mund t’i paraqitni një komisioni të posaçëm pune kërkesë për pagën dhe për paratë e tjera që ju detyrohet punëdhënësi.
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = Një fond paguan pagën që punëdhënësi nuk e paguan
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = Nëse e fitoni një kërkesë për pagën dhe punëdhënësi përsëri nuk paguan, një fond qeveritar mund t’jua paguajë paratë në vend të tij.
protection-qa-law_15_2011-art_2-identification_as_victim = Njohja si person i trafikuar
protection-qa-law_15_2011-art_2-identification_as_victim-gives = Mund t’ju njohin si dikush që është trafikuar. Kjo mund t’ju hapë rrugën drejt mbrojtjes, si një strehë e sigurt.
caveat-amounts_reviewed_yearly = Qeveria i shqyrton këto shuma të paktën një herë në vit, prandaj mund të kenë ndryshuar që kur i kontrolluam për herë të fundit.
caveat-which_law_removed_noc_disputed = Burimet nuk pajtohen se cili ligj i vitit 2020 e hoqi nevojën për lejen e punëdhënësit, prandaj i tregojmë të dy ligjet.
caveat-domestic_workers_from_2020_and_five_percent_exception = Punëtorët shtëpiakë u përfshinë vetëm në janar 2020. Punëdhënësit mund të caktojnë ende disa punonjës që kanë nevojë për lejen e tyre për t’u larguar. Ankesat i shqyrton një komision.
caveat-domestic_workers_coverage_not_checked = Nuk e kemi kontrolluar nëse punëtorët shtëpiakë mund t’i çojnë kërkesat e tyre te këto komisione.
caveat-payment_conditions_and_caps = Fondi paguan vetëm në raste të caktuara, dhe raportet thonë se ka një kufi për sa paguan.
caveat-victim_protection_articles_not_verified = Nuk mundëm t’i lexonim pjesët e këtij ligji për mbrojtjen e personave të trafikuar, prandaj hollësitë këtu nuk janë të konfirmuara.
instrument-qa-law_17_2020 = Ligji i Katarit nr. 17 i vitit 2020 për pagën minimale
instrument-qa-law_18_2020 = Ligji i Katarit nr. 18 i vitit 2020 që ndryshon Ligjin e Punës
instrument-qa-law_19_2020 = Ligji i Katarit nr. 19 i vitit 2020 që ndryshon Ligjin për hyrjen, daljen dhe qëndrimin e të huajve
instrument-qa-law_13_2018 = Ligji i Katarit nr. 13 i vitit 2018 që ndryshon Ligjin për hyrjen, daljen dhe qëndrimin e të huajve
instrument-qa-law_13_2017 = Ligji i Katarit nr. 13 i vitit 2017 që ndryshon Ligjin e Punës (komisionet për zgjidhjen e mosmarrëveshjeve të punës)
instrument-qa-law_17_2018 = Ligji i Katarit nr. 17 i vitit 2018 për krijimin e Fondit të Mbështetjes dhe Sigurimit të Punëtorëve
instrument-qa-law_15_2011 = Ligji i Katarit nr. 15 i vitit 2011 për luftën kundër trafikimit të qenieve njerëzore

## Tajlanda
protection-th-atipa_2551-s_33-assistance = Strehë, kujdes shëndetësor dhe ndihmë tjetër
protection-th-atipa_2551-s_33-assistance-gives = Mund të merrni ushqim, një vend për të qëndruar, kujdes mjekësor, ndihmë për t’u rimëkëmbur, ndihmë ligjore dhe ndihmë për t’u kthyer në shtëpi.
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = T’ju tregojnë për kompensimin dhe ndihmën ligjore
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = Zyrtarët duhet t’ju tregojnë menjëherë se mund të kërkoni para për dëmin që ju është bërë, dhe se mund të merrni ndihmë ligjore.
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = Prokurori mund të kërkojë kompensim për ju
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = Nëse doni para për dëmin që ju është bërë, prokurori publik mund t’ia kërkojë gjykatës për ju.
protection-th-atipa_2551-s_37-temporary_stay_and_work = Leje për të qëndruar dhe për të punuar për një kohë
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = Mund t’ju lejojnë të qëndroni në Tajlandë për një kohë, dhe të punoni ndërsa jeni atje.
protection-th-atipa_2551-s_38-return_home = Ndihmë për t’u kthyer në shtëpi në mënyrë të sigurt
protection-th-atipa_2551-s_38-return_home-gives = Mund të merrni ndihmë për t’u kthyer në vendin tuaj sa më shpejt që të jetë e mundur.
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = Pa akuzë për hyrje ose qëndrim pa dokumente
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = Nuk duhet t’ju akuzojnë sepse hytë ose qëndruat në Tajlandë pa leje, ose sepse kishit dokumente të rreme ose të gabuara.
caveat-purpose_limited_stay = Qëndrimi jepet për gjëra si një çështje gjyqësore, mjekim, rimëkëmbje ose një kërkesë për para. Nuk e dimë sa zgjat, ose nëse jepet gjithmonë.
caveat-minister_may_permit_prosecution = Ministri i Drejtësisë mund të lejojë gjithsesi që t’ju akuzojnë, por duhet ta bëjë këtë me shkrim.
instrument-th-atipa_2551 = Ligji i Tajlandës kundër trafikimit të personave, B.E. 2551 (2008)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = Pa ndalim pa një arsye të mirë
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = Nuk duhet t’ju mbajnë të ndaluar ose të mbyllur pa një arsye të mirë.
caveat-identified_victims_only = Kjo i ndihmon vetëm njerëzit që autoritetet i kanë njohur tashmë si të trafikuar. Ky vendim duhet të vijë i pari.
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015) (Konventa e ASEAN-it kundër trafikimit të personave, veçanërisht të grave dhe fëmijëve)

## Kërkesat për pagën: ligjet që caktojnë pagën minimale dhe afatet, dhe çfarë duhet të dijë një avokat për secilën shifër
instrument-ph-labor_code = Labor Code of the Philippines (1974) (Kodi i Punës i Filipineve)
instrument-ph-ra_7309 = Republic Act No. 7309 (Board of Claims, 1992) (ligji filipinas që krijoi Board of Claims)
instrument-qa-labour_law_14_2004 = Ligji i Punës, Ligji nr. 14 i vitit 2004 (Katar)
instrument-qa-law_15_2017 = Ligji nr. 15 i vitit 2017 për punëtorët shtëpiakë (Katar)
instrument-th-lpa_2541 = Ligji për mbrojtjen e punës, B.E. 2541 (1998) (Tajlandë)
instrument-th-ccc_book1_2535 = Kodi Civil dhe Tregtar, Libri I (i rishikuar B.E. 2535) (Tajlandë)
instrument-th-victim_compensation_act_2544 = Ligji për dëmshpërblimin e të dëmtuarit dhe për kompensimin dhe shpenzimet e të akuzuarit në çështjet penale, B.E. 2544 (2001) (Tajlandë)
caveat-ph_board_of_claims_violent_crimes = Board of Claims u paguan vetëm viktimave të krimeve të dhunshme, dhe jo më shumë se 10 000 peso.
caveat-ph_money_claims_any_forum = Të njëjtët tre vjet vlejnë për çdo kërkesë për para nga puna, kudo që të bëhet.
caveat-ph_ncr_only = Ky është minimumi vetëm për Metro Manila. Rajonet e tjera kanë minimumin e tyre ditor, shpesh më të ulët. Përdoreni shifrën vetëm për punë në Metro Manila.
caveat-qa_domestic_workers_own_limit = Punëtorët shtëpiakë kanë ligjin e tyre. Edhe ai jep një vit nga fundi i kontratës ose nga dita kur u larguan.
caveat-qa_food_and_housing_allowances = Kjo është vetëm paga bazë. Nëse punëdhënësi nuk dha ushqim dhe banim të denjë, ai detyrohet të paguajë edhe 300 riale në muaj për ushqim dhe 500 për banim.
caveat-qa_one_year_of_365_days_stopped_by_complaint = Kërkesa duhet bërë brenda 365 ditëve pasi mbaron kontrata. Afati ndalet ndërsa shqyrtohet një ankesë në Ministrinë e Punës.
caveat-qa_overtime_daily_night_and_exclusions = Orët shtesë detyrohen edhe pas 8 orësh në ditë (6 gjatë Ramazanit), dhe më shumë natën. Kjo nuk vlen për punëtorët shtëpiakë. Nuk llogaritet këtu.
caveat-th_each_unpaid_wage_runs_separately = Çdo pagë e papaguar ka dy vjetët e saj, prandaj muajt më të vjetër skadojnë të parët. Nëse punëdhënësi e pranon borxhin me shkrim ose paguan një pjesë të tij, dy vjetët fillojnë nga e para.
caveat-th_fund_listed_crimes_from_knowledge = Pagesat e shtetit janë vetëm për viktimat e disa krimeve, si dëmtimi i trupit dhe krimet seksuale. Viti fillon kur mësoni për krimin.
caveat-th_lowest_provincial_rate = Ky është minimumi ditor më i ulët kudo në Tajlandë. Niveli në provincën tuaj është shpesh më i lartë, dhe detyrohet ai.
caveat-th_overtime_daily_and_holiday = Orët shtesë detyrohen pas orëve normale të çdo dite, dhe puna në ditë feste paguhet më shumë. Kjo nuk llogaritet këtu.

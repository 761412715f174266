# Entitle: Albanian. Messages for the legal data of Germany, the Netherlands, Italy, Spain and France.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Gjermania
protection-de-aufenthg-s_59_7-reflection_period = Kohë për të pushuar dhe për të vendosur
protection-de-aufenthg-s_59_7-reflection_period-gives = Mund të qëndroni në Gjermani për një kohë, për të pushuar dhe për të marrë mbështetje. Mund të merrni kohë për të vendosur nëse doni të dëshmoni për atë që ndodhi.
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = Leje qëndrimi si dëshmitar
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = Mund të merrni një leje për të jetuar në Gjermani ndërsa vazhdon çështja penale kundër njerëzve që ju dëmtuan.
caveat-prosecutor_must_deem_presence_appropriate = Prokurori ose gjykata duhet të pranojë se ju kanë nevojë në vend për çështjen. Ne nuk mund ta dimë nëse do ta pranojnë.
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = Leje qëndrimi pas një pune të paligjshme shumë të padrejtë
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = Mund të merrni një leje për të jetuar në Gjermani ndërsa vazhdon çështja penale për punën tuaj dhe për punëdhënësin tuaj.
instrument-de-aufenthg = Ligji gjerman për qëndrimin, 2004 (Aufenthaltsgesetz, AufenthG)

## Holanda
protection-nl-vc_2000-b8_3-reflection_period = Kohë për të pushuar, me strehim dhe mbështetje
protection-nl-vc_2000-b8_3-reflection_period-gives = Mund të qëndroni në Holandë për një kohë, me një vend të sigurt për të fjetur dhe me para për të jetuar. Gjatë kësaj kohe mund të vendosni nëse doni ta denonconi krimin.
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = Leje qëndrimi ndërsa vazhdon çështja
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = Mund të merrni falas një leje për të jetuar në Holandë ndërsa policia heton dhe vazhdon çështja penale.
caveat-exempt_from_cooperation_if_unable = Nëse nuk mund ta ndihmoni policinë sepse jeni të sëmurë, nën 18 vjeç ose në rrezik të rëndë, mund ta merrni gjithsesi këtë leje.
protection-nl-vb_2000-art_3_51_1_k-continued_residence = Qëndrimi edhe pasi mbaron çështja
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = Mund të merrni një leje për të vazhduar të jetoni në Holandë pasi të ketë mbaruar çështja penale.
caveat-after_conviction_or_three_years = Zakonisht kjo kërkon që dikush të jetë shpallur fajtor në çështjen tuaj, ose që ju ta keni pasur lejen për trafikim për tre vjet.
instrument-nl-vw_2000 = Ligji holandez për të huajt, 2000 (Vreemdelingenwet 2000, Vw 2000)
instrument-nl-vb_2000 = Dekreti holandez për të huajt, 2000 (Vreemdelingenbesluit 2000, Vb 2000)
instrument-nl-vc_2000 = Qarkorja holandeze për të huajt, 2000 (Vreemdelingencirculaire 2000, Vc 2000)

## Italia
protection-it-tui-art_18-special_permit_social_track = Leje e posaçme përmes një organizate mbështetëse
protection-it-tui-art_18-special_permit_social_track-gives = Mund të merrni një leje për të jetuar dhe për të punuar në Itali, dhe të hyni në një program që ju ndihmon të jeni të sigurt dhe të ndërtoni një jetë të re.
caveat-concrete_danger_assessed_by_authority = Shefi i policisë duhet të vendosë se jeni në rrezik real. Ne nuk pyetëm për këtë, prandaj nuk mund ta themi nëse kjo vlen për ju.
protection-it-tui-art_18-special_permit_judicial_track = Leje e posaçme përmes një çështjeje penale
protection-it-tui-art_18-special_permit_judicial_track-gives = Mund të merrni një leje për të jetuar dhe për të punuar në Itali, dhe të hyni në një program që ju ndihmon të jeni të sigurt dhe të ndërtoni një jetë të re.
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = Leje nëse denonconi një shef që ju shfrytëzoi rëndë
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = Mund të merrni një leje për të jetuar në Itali ndërsa vazhdon çështja penale kundër punëdhënësit tuaj.
caveat-particularly_exploitative_conditions_only = Kjo ishte vetëm për punë me shfrytëzim veçanërisht të rëndë, që është një kusht më i lartë se shenjat që kërkojmë ne.
protection-it-tui-art_18_ter-permit_for_labour_exploitation = Leje për punëtorët që u shfrytëzuan
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = Mund të merrni një leje për të jetuar dhe për të punuar në Itali pasi të ndihmoni të dalë e vërteta për mënyrën si ju trajtuan në punë.
caveat-judicial_authority_or_labour_inspectorate_covers_family = Duhet ta kërkojë një prokuror ose gjyqtar, ose duhet ta mbështesin inspektorët e punës. Leja mund të mbulojë edhe anëtarët e familjes suaj.
instrument-it-tui = Teksti i unifikuar italian për imigracionin, Dekreti Legjislativ 286/1998 (Testo unico sull’immigrazione, TUI)
instrument-it-dl_145_2024 = Dekret-ligji italian 145/2024 (Decreto Flussi)
instrument-it-dl_146_2025 = Dekret-ligji italian 146/2025 (Decreto Flussi 2025)
instrument-it-dpr_394_1999 = Dekreti presidencial italian 394/1999 (rregullorja e ligjit për imigracionin)

## Spanja
protection-es-loex-art_59_bis-reflection_period = Kohë për t’u rimëkëmbur dhe për të vendosur
protection-es-loex-art_59_bis-reflection_period-gives = Mund të qëndroni në Spanjë për një kohë, për t’u rimëkëmbur dhe për të menduar nëse do ta ndihmoni policinë. Gjatë kësaj kohe duhet të ndalen hapat për t’ju dëbuar.
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = Pa dënim për qëndrim në Spanjë pa dokumente
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = Mund t’ju falen gjoba ose dëbimi që mund t’ju jepeshin sepse qëndruat në Spanjë pa dokumentet e duhura.
protection-es-loex-art_59_bis-permit_personal_situation = Leje për shkak të situatës suaj personale
protection-es-loex-art_59_bis-permit_personal_situation-gives = Mund të merrni një leje për të jetuar dhe për të punuar në Spanjë për shkak të situatës suaj personale, edhe nëse nuk e ndihmoni policinë.
caveat-after_exemption_from_liability = Së pari, autoritetet duhet të vendosin të mos ju dënojnë për qëndrimin në Spanjë pa dokumente. Pastaj zakonisht mund ta kërkoni këtë leje.
protection-es-loex-art_59_bis-permit_for_cooperation = Leje sepse ndihmoni policinë ose gjykatën
protection-es-loex-art_59_bis-permit_for_cooperation-gives = Mund të merrni një leje për të jetuar dhe për të punuar në Spanjë sepse ndihmoni në hetim ose në çështjen gjyqësore.
protection-es-loex-art_59-permit_for_cooperation_against_networks = Leje sepse ndihmoni të ndalohen bandat që shfrytëzojnë
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = Mund të merrni një leje për të jetuar dhe për të punuar në Spanjë, dhe t’ju falet dënimi për qëndrimin pa dokumente.
instrument-es-loex = Ligji spanjoll për të huajt, Ligji Organik 4/2000 (LOEX)
instrument-es-rloex = Rregullorja spanjolle për të huajt, Dekreti Mbretëror 557/2011 (RLOEX)
instrument-es-rloex_2024 = Rregullorja spanjolle për të huajt, Dekreti Mbretëror 1155/2024 (në fuqi që nga 20 maji 2025)

## Franca
protection-fr-ceseda-r_425_2-reflection_period = Kohë për të pushuar dhe për të menduar
protection-fr-ceseda-r_425_2-reflection_period-gives = Mund të merrni një dokument që ju lejon të qëndroni në Francë ndërsa pushoni dhe vendosni nëse doni të bëni kallëzim. Ai mund t’ju lejojë edhe të punoni.
protection-fr-ceseda-l_425_1-temporary_residence_card = Kartë qëndrimi nëse bëni kallëzim ose dëshmoni
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = Mund të merrni një kartë për të jetuar dhe për të punuar në Francë ndërsa vazhdon çështja penale.
caveat-complaint_or_testimony_required = Duhet të bëni kallëzim në polici ose të dëshmoni në çështje. Nuk mjafton vetëm të thoni se jeni të gatshëm të ndihmoni.
protection-fr-ceseda-l_425_2-allowance = Para për të jetuar
protection-fr-ceseda-l_425_2-allowance-gives = Mund të merrni rregullisht para që t’ju ndihmojnë të paguani ushqimin dhe nevoja të tjera bazë.
protection-fr-ceseda-l_425_3-resident_card = Kartë banimi afatgjatë
protection-fr-ceseda-l_425_3-resident_card-gives = Mund të merrni një kartë për të jetuar dhe për të punuar në Francë për shumë vjet.
caveat-only_after_final_conviction = Kjo është e mundur vetëm pasi i akuzuari të jetë shpallur fajtor me vendim përfundimtar në gjykatë. Ne nuk mund ta dimë si do të mbarojë një gjyq.
protection-fr-ceseda-l_425_4-exit_programme_permit = Leje gjatë një programi për të dalë nga prostitucioni
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = Mund të merrni një leje për të qëndruar në Francë, me ndihmë për të filluar një jetë të re larg punës seksuale.
caveat-only_for_prostitution_exit_programme = Kjo është vetëm për njerëzit që kanë ndaluar së shituri seks. Ata duhet të ndjekin një plan zyrtar për të dalë nga puna seksuale, me një organizatë mbështetëse.
instrument-fr-ceseda = Kodi francez për hyrjen dhe qëndrimin e të huajve dhe për të drejtën e azilit (CESEDA, versioni i vitit 2020)

## Kërkesat për pagën: ligjet që caktojnë pagën minimale dhe afatet, dhe çfarë duhet të dijë një avokat për secilën shifër
instrument-de-milog = Ligji për pagën minimale (Mindestlohngesetz, MiLoG, 2014)
instrument-de-bgb = Kodi Civil (Bürgerliches Gesetzbuch, BGB)
instrument-de-sgb_14 = Kodi Social, Libri XIV: Kompensimi social (SGB XIV, 2019)
instrument-es-et_2015 = Statuti i Punëtorëve (Estatuto de los Trabajadores, 2015)
instrument-es-ley_35_1995 = Ligji 35/1995 për ndihmën për viktimat e krimeve të dhunshme dhe seksuale
instrument-fr-code_travail = Kodi i Punës (Code du travail)
instrument-fr-code_procedure_penale = Kodi i Procedurës Penale (Code de procédure pénale)
instrument-it-cc = Kodi Civil (Codice civile)
instrument-it-l_228_2003 = Ligji 228/2003 për masat kundër trafikimit të personave
instrument-nl-wml = Ligji për pagën minimale dhe shtesën minimale për pushime (Wet minimumloon en minimumvakantiebijslag)
instrument-nl-bw_3 = Kodi Civil, Libri 3 (Burgerlijk Wetboek)
instrument-nl-wsg = Ligji për Fondin e Kompensimit për Krimet e Dhunshme (Wet schadefonds geweldsmisdrijven)
caveat-backdating_limit_not_a_bar = Mund të bëni kërkesë edhe pas një viti. Por pagesat i merrni vetëm nga muaji kur bëni kërkesën, përveç nëse nuk mund ta bënit më herët.
caveat-each_month_runs_separately = Paga e çdo muaji ka pesë vjetët e saj, prandaj muajt më të vjetër skadojnë të parët. Një kërkesë me shkrim drejtuar punëdhënësit e nis afatin nga e para.
caveat-es_domestic_hourly_external_only = Nuk është përfshirë minimumi për orë për punëtorët shtëpiakë që paguhen me orë dhe nuk jetojnë në shtëpinë ku punojnë. Punëtorit shtëpiak që jeton në shtëpinë ku punon i detyrohet minimumi mujor.
caveat-es_each_payment_own_year_interruptible = Çdo pagë e papaguar duhet kërkuar brenda një viti nga dita kur duhej paguar, prandaj muajt më të vjetër skadojnë të parët. Një kërkesë zyrtare te punëdhënësi, ose një kërkesë për pajtim, e nis vitin nga e para.
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = Kjo ndihmë është vetëm për krime të dhunshme që shkaktuan vdekje ose dëm të rëndë, dhe për krime seksuale. Afati ndalet ndërsa vazhdon një çështje penale.
caveat-es_smi_floor_14_payments = Minimumi paguhet në 14 pagesa në vit. Dy pagesat shtesë nuk llogariten këtu, prandaj mund t’ju detyrohet më shumë.
caveat-fr_civi_prosecution_extends_relief_possible = Nëse ka një çështje penale, mund të bëni kërkesë edhe deri në një vit pas vendimit përfundimtar. Komisioni mund të pranojë një kërkesë të vonuar për një arsye të mirë. Për një fëmijë, afati fillon në moshën 18 vjeç.
caveat-fr_smic_floor_mayotte_minors = Ky është minimumi për Francën kontinentale. Mayotte ka një minimum më të ulët. Marrëveshjet shpesh kërkojnë më shumë. Disa punëtorë të rinj dhe nxënës zanati mund të paguhen më pak.
caveat-fr_wage_claim_each_payday_three_years_before_end = Paga e çdo muaji duhet kërkuar brenda tre vjetësh, prandaj muajt më të vjetër skadojnë të parët. Pasi mbaron puna, mund të kërkoni pagën për tre vjetët e fundit të saj.
caveat-intentional_injury_damages_only = 30 vjetët janë vetëm për dëmshpërblimin për dëm të bërë me qëllim ndaj jetës, trupit, shëndetit ose lirisë suaj. Nuk janë për pagën e papaguar.
caveat-it_longer_if_crime = Nëse dëmi është edhe krim me afat më të gjatë, si trafikimi ose skllavëria, kërkesa për dëmshpërblim ka po atë afat më të gjatë.
caveat-it_wage_limit_private_sector_interruptible = Pesë vjetët fillojnë në fund të punës vetëm për punëdhënësit privatë. Çdo kërkesë me shkrim për pagesë i nis pesë vjetët nga e para.
caveat-late_application_if_reasonable = Fondi mund të pranojë gjithsesi një kërkesë të vonuar nëse u bë sa më shpejt që mundët në mënyrë të arsyeshme. Ai paguan vetëm për lëndime të rënda nga një krim i dhunshëm.
caveat-monthly_minimum_for_full_time_week = Para vitit 2024, minimumi ishte një shumë mujore për një javë me kohë të plotë. Ne e llogarisim për një javë 40-orëshe, javën më të gjatë të zakonshme. Nëse java ishte më e shkurtër, detyrohet më shumë.
caveat-runs_from_end_of_year = Tre vjetët fillojnë në fund të vitit në të cilin duhej paguar paga. Një padi në gjykatë e ndal afatin.
caveat-runs_from_knowledge_longer_against_offender = Pesë vjetët fillojnë kur mësoni për dëmin dhe për atë që e shkaktoi. Një kërkesë kundër autorit zgjat të paktën aq sa ai mund të ndiqet penalisht.
caveat-sector_minimum_wages_and_exclusions = Disa sektorë kanë një minimum më të lartë. Ky minimum nuk mbulon të miturit nën 18 vjeç pa kualifikim, nxënësit e zanatit, disa praktikantë dhe vullnetarët.
caveat-youth_minimum_not_encoded = Punëtorët nën 21 vjeç kanë një minimum më të ulët, i cili nuk llogaritet këtu.

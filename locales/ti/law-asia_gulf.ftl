# Entitle: Tigrinya. Messages for the legal data of the Philippines, Qatar, Thailand and ASEAN.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Philippines
protection-ph-ra_9208-s_17-not_penalised = ብግዲ ንዝፈጸምኩምዎ ገበናት መቕጻዕቲ የለን
protection-ph-ra_9208-s_17-not_penalised-gives = ነጋዶ ደቂ ሰብ ክትፍጽምዎ ንዘገደዱኹም ገበናት፣ ወይ ካብ ንግዲ ደቂ ሰብ ንዝመጹ ገበናት፣ ክትቕጽዑ የብልኩምን።
protection-ph-ra_9208-s_18-witness_protection = ከም ምስክር ሓለዋ
protection-ph-ra_9208-s_18-witness_protection-gives = ናብቲ ንምስክራት ውሑሳት ዝገብር መደብ መንግስቲ ክትጽንበሩ ትኽእሉ ትኾኑ፣ ንኣብነት ምስ ውሑስ መንበሪ ቦታ።
protection-ph-ra_9208-s_19-continued_presence = ኣብ ፊሊፒንስ ንምጽናሕ ፍቓድ
protection-ph-ra_9208-s_19-continued_presence-gives = ንግዜ ኣብ ፊሊፒንስ ክትጸንሑ ክፍቀደልኩም ይኽእል፣ ስለዚ ብቕጽበት ካብታ ሃገር ክትወጹ ኣይትግደዱን።
protection-ph-ra_9208-s_19-assistance = ፊሊፒናውያን ዝደሓኑ ዝረኽብዎ ተመሳሳሊ ሓገዝ
protection-ph-ra_9208-s_19-assistance-gives = ኣብ ከም ኩነታትኩም ዘለዉ ፊሊፒናውያን ዝረኽብዎ ተመሳሳሊ ሓለዋ፣ ሓገዝን ኣገልግሎታትን ክትረኽቡ ትኽእሉ ኢኹም።
protection-ph-ra_9208-s_3_a-child_without_means = ቆልዑ ሓይሊ ወይ ሓሶት ከርእዩ ኣየድልዮምን
protection-ph-ra_9208-s_3_a-child_without_means-gives = ሓደ ሰብ ከም ዘገደደኩም፣ ዘታለለኩም ወይ ዘፈራርሓኩም ከተርእዩ ኣየድልየኩምን። እቲ ኣብ ልዕሊኹም ዝተፈጸመ ሕጂ'ውን ከም ንግዲ ደቂ ሰብ ክቑጸር ይኽእል።
caveat-section_number_from_2003_act = ቁጽሪ እዚ ክፍሊ ካብቲ ሕጊ 2003 እዩ። ድሕሪኡ ዝተገብሩ ለውጥታት ሕጊ ነዚ ሕጊ ኣግዒዞሞ ወይ ቀይሮሞ ክኾኑ ይኽእሉ።
caveat-tied_to_prosecution = ክንደይ ግዜ ክትጸንሑ ከም እትኽእሉ ዝውሰን፣ በቲ ኣንጻር ነጋዶ ደቂ ሰብ ዘሎ ጉዳይ ዘድልዮ እዩ፣ በቲ ንዓኹም ዘድልየኩም ጥራሕ ኣይኮነን።
caveat-child_includes_adults_unable_to_protect_themselves = እቲ ሕጊ ንገለ ዓበይቲ'ውን ከም ቆልዑ ይሕዞም፣ ሕማም ወይ ስንክልና ንርእሶም ክሕልዉ ዘይኽእሉ እንተገይሩዎም። እዚ ኣፕ ብዛዕባ እዚ ኣይሓትትን።
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208) (ሕጊ ኣንጻር ንግዲ ደቂ ሰብ፣ ፊሊፒንስ)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364) (ዝተስፋሕፍሐ ሕጊ ኣንጻር ንግዲ ደቂ ሰብ፣ ፊሊፒንስ)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862) (ዝተስፋሕፍሐ ሕጊ ኣንጻር ንግዲ ደቂ ሰብ 2022፣ ፊሊፒንስ)

## Qatar
protection-qa-law_17_2020-art_2-minimum_wage = ንነፍሲ ወከፍ ሰራሕተኛ ዝተሓተ ደሞዝ
protection-qa-law_17_2020-art_2-minimum_wage-gives = ኣብ ወርሒ እንተወሓደ መሰረታዊ ደሞዝ ክኽፈለኩም ይግባእ። ወሃቢ ስራሕኩም መግብን መንበርን እንተዘይሂቡኩም፣ ንዓታቶም ዝኸውን ገንዘብ'ውን ይግባእ።
protection-qa-law_18_2020-law-change_employer_without_noc = ብዘይ ፍቓድ ወሃቢ ስራሕኩም ወሃቢ ስራሕ ምቕያር
protection-qa-law_18_2020-law-change_employer_without_noc-gives = ውዕልኩም ቅድሚ ምውዳኡ ናብ ሓድሽ ወሃቢ ስራሕ ክትሰጋገሩ ትኽእሉ ኢኹም። ካብቲ ሕጂ ዘለኩም ወሃቢ ስራሕ ደብዳቤ ፍቓድ ኣየድልየኩምን።
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = ብዘይ ፍቓድ ወሃቢ ስራሕኩም ካብ ቐጠር ምውጻእ
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = ንሓጺር ጉዕዞ ወይ ንሓዋሩ ካብ ቐጠር ክትወጹ ትኽእሉ ኢኹም። ንወሃቢ ስራሕኩም ፍቓድ ምውጻእ (exit permit) ክትሓቱ ኣየድልየኩምን።
protection-qa-law_13_2017-committees-wage_claim = ኣብ ኮሚተ ስራሕ ዘይተኸፈለ ደሞዝ ምሕታት
protection-qa-law_13_2017-committees-wage_claim-gives = ወሃቢ ስራሕኩም ዝግብኣኩም ደሞዝን ካልእ ገንዘብን ንምሕታት፣ ናብ ፍሉይ ኮሚተ ስራሕ ጠለብ ከተቕርቡ ትኽእሉ ኢኹም።
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = ወሃቢ ስራሕ ዘይከፍሎ ደሞዝ ፈንድ ይኸፍሎ
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = ጠለብ ደሞዝ ተዓዊትኩም ወሃቢ ስራሕኩም ገና እንተዘይከፊሉ፣ ፈንድ መንግስቲ ኣብ ክንድኡ ነቲ ገንዘብ ክኸፍለኩም ይኽእል።
protection-qa-law_15_2011-art_2-identification_as_victim = ከም ግዳይ ንግዲ ደቂ ሰብ ምፍላጥ
protection-qa-law_15_2011-art_2-identification_as_victim-gives = ከም ግዳይ ንግዲ ደቂ ሰብ ክትፍለጡ ትኽእሉ ኢኹም። እዚ ናብ ሓለዋ፣ ከም ውሑስ መዕቆቢ፣ መገዲ ክኸፍት ይኽእል።
caveat-amounts_reviewed_yearly = መንግስቲ ነዞም መጠናት እንተወሓደ ኣብ ዓመት ሓንሳብ ይርእዮም። ስለዚ ካብ ናይ መወዳእታ ምርግጋጽና ጀሚሮም ተቐይሮም ክኾኑ ይኽእሉ።
caveat-which_law_removed_noc_disputed = ኣየናይ ሕጊ 2020 ነቲ ናይ ፍቓድ ወሃቢ ስራሕ ግዴታ ከም ዘወገዶ ምንጭታት ኣይሰማምዑን። ስለዚ ክልቲኦም ሕግታት ነርኢ።
caveat-domestic_workers_from_2020_and_five_percent_exception = ሰራሕተኛታት ገዛ ኣብ ጥሪ 2020 ጥራሕ እዮም ተወሲኾም። ወሃብቲ ስራሕ፣ ንምውጻእ ፍቓዶም ዘድልዮም ውሑዳት ሰራሕተኛታት ገና ክሰምዩ ይኽእሉ። ኮሚተ ጥርዓናት ይሰምዕ።
caveat-domestic_workers_coverage_not_checked = ሰራሕተኛታት ገዛ ጠለባቶም ናብዞም ኮሚተታት ከቕርቡ ይኽእሉ እንተኾይኖም ኣየረጋገጽናን።
caveat-payment_conditions_and_caps = እቲ ፈንድ ኣብ ገለ ኩነታት ጥራሕ እዩ ዝኸፍል። ጸብጻባት ድማ ኣብ ዝኸፍሎ መጠን ገደብ ከም ዘሎ ይብሉ።
caveat-victim_protection_articles_not_verified = ነቶም ብዛዕባ ሓለዋ ግዳያት ንግዲ ደቂ ሰብ ዝዛረቡ ክፋላት ናይዚ ሕጊ ከንብቦም ኣይከኣልናን። ስለዚ ኣብዚ ዘለዉ ዝርዝራት ኣይተረጋገጹን።
instrument-qa-law_17_2020 = Qatar Law No. 17 of 2020 on the Minimum Wage (ሕጊ ቐጠር ብዛዕባ ዝተሓተ ደሞዝ)
instrument-qa-law_18_2020 = Qatar Law No. 18 of 2020 amending the Labour Law (ሕጊ ቐጠር ዘመሓይሽ ሕጊ ስራሕ)
instrument-qa-law_19_2020 = Qatar Law No. 19 of 2020 amending the Law on Entry, Exit and Residence of Expatriates (ሕጊ ቐጠር ዘመሓይሽ ሕጊ ምእታው፣ ምውጻእን መንበርን ወጻእተኛታት)
instrument-qa-law_13_2018 = Qatar Law No. 13 of 2018 amending the Law on Entry, Exit and Residence of Expatriates (ሕጊ ቐጠር ዘመሓይሽ ሕጊ ምእታው፣ ምውጻእን መንበርን ወጻእተኛታት)
instrument-qa-law_13_2017 = Qatar Law No. 13 of 2017 amending the Labour Law (Labour Dispute Settlement Committees) (ሕጊ ቐጠር ብዛዕባ ኮሚተታት ምፍታሕ ግርጭት ስራሕ)
instrument-qa-law_17_2018 = Qatar Law No. 17 of 2018 establishing the Workers' Support and Insurance Fund (ሕጊ ቐጠር ዘቖመ ፈንድ ደገፍን ውሕስነትን ሰራሕተኛታት)
instrument-qa-law_15_2011 = Qatar Law No. 15 of 2011 on Combating Trafficking in Human Beings (ሕጊ ቐጠር ኣንጻር ንግዲ ደቂ ሰብ)

## Thailand
protection-th-atipa_2551-s_33-assistance = መዕቆቢ፣ ክንክን ጥዕናን ካልእ ሓገዝን
protection-th-atipa_2551-s_33-assistance-gives = መግቢ፣ መጽንሒ ቦታ፣ ሕክምና፣ ንምሕዋይ ሓገዝ፣ ሕጋዊ ሓገዝ፣ ከምኡ'ውን ናብ ዓዲ ንምምላስ ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = ብዛዕባ ካሕሳን ሕጋዊ ሓገዝን ምንጋር
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = ሰበ ስልጣን ብቕጽበት ክነግሩኹም ይግባእ: ንዝወረደኩም ጉድኣት ገንዘብ ክትሓቱ ከም እትኽእሉ፣ ሕጋዊ ሓገዝ'ውን ክትረኽቡ ከም እትኽእሉ።
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = ዓቃቢ ሕጊ ምእንታኹም ካሕሳ ክሓትት ይኽእል
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = ንዝወረደኩም ጉድኣት ገንዘብ እንተደሊኹም፣ ዓቃቢ ሕጊ ህዝቢ ምእንታኹም ንቤት ፍርዲ ክሓቶ ይኽእል።
protection-th-atipa_2551-s_37-temporary_stay_and_work = ንግዜ ንምጽናሕን ንምስራሕን ፍቓድ
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = ንግዜ ኣብ ታይላንድ ክትጸንሑ፣ ኣብኡ ከለኹም ድማ ክትሰርሑ ክፍቀደልኩም ይኽእል።
protection-th-atipa_2551-s_38-return_home = ብሰላም ናብ ዓዲ ንምምላስ ሓገዝ
protection-th-atipa_2551-s_38-return_home-gives = ብዝተኻእለ መጠን ቀልጢፍኩም ናብ ሃገርኩም ንምምላስ ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = ብዘይ ወረቐት ብምእታውን ብምጽናሕን ክሲ የለን
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = ብዘይ ፍቓድ ናብ ታይላንድ ብምእታውኩም ወይ ኣብኣ ብምጽናሕኩም፣ ወይ ናይ ሓሶት ወይ ጌጋ ወረቐት ብምሓዝኩም፣ ክትክሰሱ የብልኩምን።
caveat-purpose_limited_stay = እቲ ምጽናሕ ንከም ጉዳይ ቤት ፍርዲ፣ ሕክምና፣ ምሕዋይ ወይ ጠለብ ገንዘብ ዝኣመሰሉ ነገራት እዩ። ክንደይ ከም ዝጸንሕ፣ ወይ ኩሉ ግዜ ከም ዝወሃብ ኣይንፈልጥን።
caveat-minister_may_permit_prosecution = ሚኒስተር ፍትሒ ክትክሰሱ ሕጂ'ውን ከፍቅድ ይኽእል፣ ግን ብጽሑፍ ክገብሮ ኣለዎ።
instrument-th-atipa_2551 = Thailand Anti-Trafficking in Persons Act B.E. 2551 (2008) (ሕጊ ኣንጻር ንግዲ ደቂ ሰብ፣ ታይላንድ)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = ብዘይ ሰናይ ምኽንያት ዘይምእሳር
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = ብዘይ ሰናይ ምኽንያት ክትተሓዙ ወይ ክትእሰሩ የብልኩምን።
caveat-identified_victims_only = እዚ ዝሕግዝ ነቶም ሰበ ስልጣን ድሮ ግዳያት ንግዲ ደቂ ሰብ ምዃኖም ዝወሰኑሎም ጥራሕ እዩ። እቲ ውሳነ ቅድም ክመጽእ ኣለዎ።
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015) (ስምምዕ ASEAN ኣንጻር ንግዲ ደቂ ሰብ፣ ብፍላይ ደቂ ኣንስትዮን ቆልዑን)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-ph-labor_code = Labor Code of the Philippines (1974) (ሕጊ ስራሕ ፊሊፒንስ)
instrument-ph-ra_7309 = Republic Act No. 7309 (Board of Claims, 1992) (ሕጊ ብዛዕባ ቦርድ ጠለባት፣ ፊሊፒንስ)
instrument-qa-labour_law_14_2004 = Labour Law, Law No. 14 of 2004 (Qatar) (ሕጊ ስራሕ ቐጠር)
instrument-qa-law_15_2017 = Law No. 15 of 2017 on domestic workers (Qatar) (ሕጊ ቐጠር ብዛዕባ ሰራሕተኛታት ገዛ)
instrument-th-lpa_2541 = Labour Protection Act B.E. 2541 (1998) (ሕጊ ሓለዋ ሰራሕተኛታት፣ ታይላንድ)
instrument-th-ccc_book1_2535 = Civil and Commercial Code, Book I (as revised B.E. 2535) (ሲቪላውን ንግዳውን ሕጊ፣ መጽሓፍ I፣ ታይላንድ)
instrument-th-victim_compensation_act_2544 = Damages for the Injured Person and Compensation and Expense for the Accused in Criminal Case Act B.E. 2544 (2001) (ሕጊ ካሕሳ ንግዳያትን ንተኸሰስትን ኣብ ገበናዊ ጉዳይ፣ ታይላንድ)
caveat-ph_board_of_claims_violent_crimes = Board of Claims ንግዳያት ዓመጻውያን ገበናት ጥራሕ እዩ ዝኸፍል፣ እንተበዝሐ ድማ 10,000 ፔሶ።
caveat-ph_money_claims_any_forum = ተመሳሳሊ ሰለስተ ዓመት ንኹሉ ካብቲ ስራሕ ዝመጽእ ጠለብ ገንዘብ ይምልከት፣ ኣበይ ይቕረብ ብዘየገድስ።
caveat-ph_ncr_only = እዚ ዝተሓተ ደሞዝ ናይ Metro Manila ጥራሕ እዩ። ካልኦት ዞባታት ናቶም ናይ መዓልቲ ዝተሓተ ደሞዝ ኣለዎም፣ መብዛሕትኡ ግዜ ዝወሓደ። ነዚ ኣሃዝ ንስራሕ ኣብ Metro Manila ጥራሕ ተጠቐሙሉ።
caveat-qa_domestic_workers_own_limit = ሰራሕተኛታት ገዛ ናቶም ሕጊ ኣለዎም። ንሱ'ውን ካብ መወዳእታ ውዕል ወይ ካብ ዝወጽኡሉ መዓልቲ ሓደ ዓመት ይህብ።
caveat-qa_food_and_housing_allowances = እዚ መሰረታዊ ደሞዝ ጥራሕ እዩ። ወሃቢ ስራሕ ግቡእ መግብን መንበርን እንተዘይሂቡ፣ ኣብ ወርሒ 300 ሪያል ንመግቢ፣ 500 ድማ ንመንበሪ'ውን ይግብኦ።
caveat-qa_one_year_of_365_days_stopped_by_complaint = እቲ ጠለብ ድሕሪ ምውዳእ ውዕል ኣብ ውሽጢ 365 መዓልቲ ክቐርብ ኣለዎ። ናብ ሚኒስትሪ ስራሕ ዝቐረበ ጥርዓን ክሳብ ዝርአ፣ እቲ ግዜ ደው ይብል።
caveat-qa_overtime_daily_night_and_exclusions = ኣብ መዓልቲ ድሕሪ 8 ሰዓት (ኣብ ረመዳን 6) ተወሳኺ ሰዓት ይግባእ፣ ብለይቲ ድማ ዝያዳ። ንሰራሕተኛታት ገዛ ኣይምልከትን። ኣብዚ ኣይተቖጽረን።
caveat-th_each_unpaid_wage_runs_separately = ነፍሲ ወከፍ ዘይተኸፈለ ደሞዝ ናቱ ክልተ ዓመት ኣለዎ፣ ስለዚ እቶም ዝኣረጉ ኣዋርሕ ቀዲሞም ይውድኡ። ወሃቢ ስራሕ ነቲ ዕዳ ብጽሑፍ እንተኣሚኑ ወይ ገለ ክፋሉ እንተኸፊሉ፣ እቶም ክልተ ዓመት ካብ ፈለማ ይጅምሩ።
caveat-th_fund_listed_crimes_from_knowledge = ክፍሊታት መንግስቲ ንግዳያት ገለ ገበናት ጥራሕ እዩ፣ ከም ኣብ ኣካል ዝወርድ ጉድኣትን ጾታውያን ገበናትን። እቲ ዓመት ብዛዕባ እቲ ገበን ምስ ፈለጥኩም ይጅምር።
caveat-th_lowest_provincial_rate = እዚ ኣብ ታይላንድ እቲ ዝተሓተ ናይ መዓልቲ ዝተሓተ ደሞዝ እዩ። ኣብ ክፍለ ሃገርኩም ዘሎ መጠን መብዛሕትኡ ግዜ ዝለዓለ እዩ፣ ንሱ ድማ ይግባእ።
caveat-th_overtime_daily_and_holiday = ድሕሪ ንቡር ሰዓታት ነፍሲ ወከፍ መዓልቲ ተወሳኺ ሰዓት ይግባእ። ኣብ በዓል ዝስራሕ ስራሕ ድማ ዝያዳ ይኽፈሎ። ኣብዚ ኣይተቖጽረን።

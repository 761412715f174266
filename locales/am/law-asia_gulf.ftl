# Entitle: Amharic. Messages for the legal data of the Philippines, Qatar, Thailand and ASEAN. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Philippines
protection-ph-ra_9208-s_17-not_penalised = እንዲፈጽሙ በተገደዱት ወንጀል አለመቀጣት
protection-ph-ra_9208-s_17-not_penalised-gives = ሕገወጥ የሰዎች አዘዋዋሪዎቹ እንዲፈጽሙ ባስገደዱዎት ወንጀል፣ ወይም በሕገወጥ ዝውውር ምክንያት በተፈጸመ ወንጀል ሊቀጡ አይገባም።
protection-ph-ra_9208-s_18-witness_protection = እንደ ምስክር ጥበቃ
protection-ph-ra_9208-s_18-witness_protection-gives = ምስክሮችን ከአደጋ የሚጠብቀውን የመንግሥት ፕሮግራም መቀላቀል ይችሉ ይሆናል፤ ለምሳሌ ደኅንነቱ የተጠበቀ መኖሪያ በማግኘት።
protection-ph-ra_9208-s_19-continued_presence = በፊሊፒንስ የመቆየት ፈቃድ
protection-ph-ra_9208-s_19-continued_presence-gives = አገሩን ወዲያውኑ ለቀው መውጣት እንዳይኖርብዎ፣ በፊሊፒንስ ለተወሰነ ጊዜ እንዲቆዩ ሊፈቀድልዎ ይችላል።
protection-ph-ra_9208-s_19-assistance = የፊሊፒንስ ዜጎች የሆኑ ተጎጂዎች የሚያገኙትን ያህል እርዳታ
protection-ph-ra_9208-s_19-assistance-gives = በእርስዎ ዓይነት ሁኔታ ያሉ የፊሊፒንስ ዜጎች የሚያገኙትን ጥበቃ፣ እርዳታና አገልግሎቶች ሊያገኙ ይችላሉ።
protection-ph-ra_9208-s_3_a-child_without_means = ልጆች ኃይል ወይም ውሸት መኖሩን ማሳየት አያስፈልጋቸውም
protection-ph-ra_9208-s_3_a-child_without_means-gives = ማንም እንዳስገደደዎት፣ እንዳታለለዎት ወይም እንዳስፈራራዎት ማሳየት አያስፈልግዎትም። የተደረገብዎ ነገር አሁንም እንደ ሕገወጥ የሰዎች ዝውውር ሊቆጠር ይችላል።
caveat-section_number_from_2003_act = የክፍሉ ቁጥር የመጣው ከ2003ቱ ሕግ ነው፤ በሕጉ ላይ የተደረጉ በኋላ ያሉ ለውጦች ይህን ደንብ አንቀሳቅሰውት ወይም ቀይረውት ሊሆን ይችላል።
caveat-tied_to_prosecution = ለምን ያህል ጊዜ መቆየት እንደሚችሉ የሚወሰነው በእርስዎ ፍላጎት ብቻ ሳይሆን በአዘዋዋሪዎቹ ላይ ያለው ክስ በሚያስፈልገው ነገር ነው።
caveat-child_includes_adults_unable_to_protect_themselves = ሕጉ አንዳንድ አዋቂዎችንም፣ በሕመም ወይም በአካል ጉዳት ምክንያት ራሳቸውን ከአደጋ መጠበቅ ካልቻሉ፣ እንደ ልጆች ይቆጥራቸዋል። ይህ መተግበሪያ ስለዚህ አይጠይቅም።
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208) (የፊሊፒንስ የፀረ ሕገወጥ የሰዎች ዝውውር ሕግ)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364) (የፊሊፒንስ የተስፋፋ የፀረ ሕገወጥ የሰዎች ዝውውር ሕግ)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862) (የፊሊፒንስ የተስፋፋ የፀረ ሕገወጥ የሰዎች ዝውውር ሕግ)

## Qatar
protection-qa-law_17_2020-art_2-minimum_wage = ለእያንዳንዱ ሠራተኛ ዝቅተኛ ደመወዝ
protection-qa-law_17_2020-art_2-minimum_wage-gives = በየወሩ ቢያንስ መሠረታዊ ደመወዝ ሊከፈልዎ ይገባል፤ አሠሪዎ ምግብና መኖሪያ ካልሰጠዎት ለእነዚህም ገንዘብ ሊከፈልዎ ይገባል።
protection-qa-law_18_2020-law-change_employer_without_noc = ያለ አሠሪዎ ፈቃድ አሠሪ መቀየር
protection-qa-law_18_2020-law-change_employer_without_noc-gives = ከአሁኑ አሠሪዎ የፈቃድ ደብዳቤ ሳያስፈልግዎ፣ ውልዎ ከማለቁ በፊት ወደ አዲስ አሠሪ መዛወር ይችላሉ።
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = ያለ አሠሪዎ ፈቃድ ከኳታር መውጣት
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = አሠሪዎን የመውጫ ፈቃድ (exit permit) ሳይጠይቁ፣ ለአጭር ጉዞም ይሁን በቋሚነት ከኳታር መውጣት ይችላሉ።
protection-qa-law_13_2017-committees-wage_claim = ያልተከፈለ ደመወዝን በሠራተኛ ጉዳይ ኮሚቴ መጠየቅ
protection-qa-law_13_2017-committees-wage_claim-gives = አሠሪዎ ያለብዎትን ደመወዝና ሌላ ገንዘብ ለማግኘት ለልዩ የሠራተኛ ጉዳይ ኮሚቴ ጥያቄ ማቅረብ ይችላሉ።
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = አሠሪዎ የማይከፍለውን ደመወዝ ፈንድ ይከፍላል
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = የደመወዝ ጥያቄዎን አሸንፈው አሠሪዎ አሁንም ካልከፈለ፣ የመንግሥት ፈንድ በምትኩ ገንዘቡን ሊከፍልዎ ይችላል።
protection-qa-law_15_2011-art_2-identification_as_victim = የሕገወጥ የሰዎች ዝውውር ተጎጂ ተብሎ መታወቅ
protection-qa-law_15_2011-art_2-identification_as_victim-gives = ሕገወጥ የሰዎች ዝውውር የተፈጸመበት ሰው ተብለው ሊታወቁ ይችላሉ። ይህ እንደ ደኅንነቱ የተጠበቀ መጠለያ ላሉ ጥበቃዎች በር ሊከፍት ይችላል።
caveat-amounts_reviewed_yearly = መንግሥት እነዚህን መጠኖች ቢያንስ በዓመት አንድ ጊዜ ይገመግማል፤ ስለዚህ ለመጨረሻ ጊዜ ካረጋገጥን በኋላ ተቀይረው ሊሆን ይችላል።
caveat-which_law_removed_noc_disputed = የአሠሪውን ፈቃድ አስፈላጊነት ያስቀረው የትኛው የ2020 ሕግ እንደሆነ ምንጮች አይስማሙም፤ ስለዚህ ሁለቱንም ሕጎች እናሳያለን።
caveat-domestic_workers_from_2020_and_five_percent_exception = የቤት ሠራተኞች የተካተቱት ከጥር 2020 (እ.ኤ.አ.) ጀምሮ ብቻ ነው። አሠሪዎች ለመውጣት ፈቃዳቸው የሚያስፈልጋቸውን ጥቂት ሠራተኞች አሁንም መሰየም ይችላሉ። አቤቱታዎችን አንድ ኮሚቴ ይሰማል።
caveat-domestic_workers_coverage_not_checked = የቤት ሠራተኞች ጥያቄዎቻቸውን ወደ እነዚህ ኮሚቴዎች መውሰድ ይችሉ እንደሆነ አላረጋገጥንም።
caveat-payment_conditions_and_caps = ፈንዱ የሚከፍለው በተወሰኑ ሁኔታዎች ብቻ ነው፤ ሪፖርቶችም በሚከፍለው መጠን ላይ ገደብ እንዳለ ይገልጻሉ።
caveat-victim_protection_articles_not_verified = የዚህን ሕግ የሕገወጥ የሰዎች ዝውውር ተጎጂዎችን ስለ መጠበቅ የሚያወሩትን ክፍሎች ማንበብ አልቻልንም፤ ስለዚህ እዚህ ያሉት ዝርዝሮች አልተረጋገጡም።
instrument-qa-law_17_2020 = Qatar Law No. 17 of 2020 on the Minimum Wage (የኳታር የዝቅተኛ ደመወዝ ሕግ)
instrument-qa-law_18_2020 = Qatar Law No. 18 of 2020 amending the Labour Law (የኳታርን የሠራተኛ ሕግ የሚያሻሽል ሕግ)
instrument-qa-law_19_2020 = Qatar Law No. 19 of 2020 amending the Law on Entry, Exit and Residence of Expatriates (የውጭ ዜጎች መግቢያ፣ መውጫና መኖሪያ ሕግን የሚያሻሽል የኳታር ሕግ)
instrument-qa-law_13_2018 = Qatar Law No. 13 of 2018 amending the Law on Entry, Exit and Residence of Expatriates (የውጭ ዜጎች መግቢያ፣ መውጫና መኖሪያ ሕግን የሚያሻሽል የኳታር ሕግ)
instrument-qa-law_13_2017 = Qatar Law No. 13 of 2017 amending the Labour Law (Labour Dispute Settlement Committees) (የሠራተኛ ክርክር መፍቻ ኮሚቴዎችን የሚመለከት የኳታር ሕግ)
instrument-qa-law_17_2018 = Qatar Law No. 17 of 2018 establishing the Workers' Support and Insurance Fund (የሠራተኞች ድጋፍና መድን ፈንድን የሚያቋቁም የኳታር ሕግ)
instrument-qa-law_15_2011 = Qatar Law No. 15 of 2011 on Combating Trafficking in Human Beings (ሕገወጥ የሰዎች ዝውውርን ለመዋጋት የወጣ የኳታር ሕግ)

## Thailand
protection-th-atipa_2551-s_33-assistance = መጠለያ፣ የጤና እንክብካቤ እና ሌላ እርዳታ
protection-th-atipa_2551-s_33-assistance-gives = ምግብ፣ መቆያ ቦታ፣ የሕክምና እንክብካቤ፣ ለማገገም እርዳታ፣ የሕግ እርዳታ እና ወደ አገርዎ ለመመለስ እርዳታ ሊያገኙ ይችላሉ።
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = ስለ ካሳና ስለ ሕግ እርዳታ መነገር
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = ባለሥልጣናት ለደረሰብዎ ጉዳት ገንዘብ መጠየቅ እንደሚችሉና የሕግ እርዳታ ማግኘት እንደሚችሉ ወዲያውኑ ሊነግሩዎት ይገባል።
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = ዐቃቤ ሕጉ ለእርስዎ ካሳ ሊጠይቅልዎ ይችላል
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = ለደረሰብዎ ጉዳት ገንዘብ ከፈለጉ፣ የመንግሥት ዐቃቤ ሕግ ለእርስዎ ፍርድ ቤቱን ሊጠይቅልዎ ይችላል።
protection-th-atipa_2551-s_37-temporary_stay_and_work = ለተወሰነ ጊዜ የመቆየትና የመሥራት ፈቃድ
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = በታይላንድ ለተወሰነ ጊዜ እንዲቆዩ፣ እዚያ እያሉም እንዲሠሩ ሊፈቀድልዎ ይችላል።
protection-th-atipa_2551-s_38-return_home = በደኅና ወደ አገር ለመመለስ እርዳታ
protection-th-atipa_2551-s_38-return_home-gives = በተቻለ ፍጥነት ወደ ትውልድ አገርዎ ለመመለስ እርዳታ ሊያገኙ ይችላሉ።
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = ያለ ሰነድ በመግባት ወይም በመቆየት አለመከሰስ
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = ያለ ፈቃድ ወደ ታይላንድ በመግባትዎ ወይም በመቆየትዎ፣ ወይም ሐሰተኛ ወይም የተሳሳተ ሰነድ በመያዝዎ ሊከሰሱ አይገባም።
caveat-purpose_limited_stay = ቆይታው እንደ የፍርድ ቤት ጉዳይ፣ ሕክምና፣ ማገገም ወይም የገንዘብ ጥያቄ ላሉ ነገሮች ነው። ለምን ያህል ጊዜ እንደሚቆይ፣ ወይም ሁልጊዜ ይሰጥ እንደሆነ አናውቅም።
caveat-minister_may_permit_prosecution = የፍትሕ ሚኒስትሩ አሁንም እንዲከሰሱ ሊፈቅድ ይችላል፤ ነገር ግን ይህን በጽሑፍ ማድረግ አለበት።
instrument-th-atipa_2551 = Thailand Anti-Trafficking in Persons Act B.E. 2551 (2008) (የታይላንድ የፀረ ሕገወጥ የሰዎች ዝውውር ሕግ)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = ያለ በቂ ምክንያት አለመታሰር
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = ያለ በቂ ምክንያት ሊያዙ ወይም ሊታሰሩ አይገባም።
caveat-identified_victims_only = ይህ የሚረዳው ባለሥልጣናት ሕገወጥ የሰዎች ዝውውር እንደተፈጸመባቸው አስቀድመው የለዩአቸውን ሰዎች ብቻ ነው። ያ ውሳኔ መቅደም አለበት።
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015) (በተለይ የሴቶችና የሕፃናትን ሕገወጥ ዝውውር የሚከላከል የASEAN ስምምነት)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-ph-labor_code = Labor Code of the Philippines (1974) (የፊሊፒንስ የሠራተኛ ሕግ)
instrument-ph-ra_7309 = Republic Act No. 7309 (Board of Claims, 1992) (የፊሊፒንስ የካሳ ጥያቄዎች ቦርድ ሕግ)
instrument-qa-labour_law_14_2004 = Labour Law, Law No. 14 of 2004 (Qatar) (የኳታር የሠራተኛ ሕግ)
instrument-qa-law_15_2017 = Law No. 15 of 2017 on domestic workers (Qatar) (ስለ ቤት ሠራተኞች የኳታር ሕግ)
instrument-th-lpa_2541 = Labour Protection Act B.E. 2541 (1998) (የታይላንድ የሠራተኛ ጥበቃ ሕግ)
instrument-th-ccc_book1_2535 = Civil and Commercial Code, Book I (as revised B.E. 2535) (የታይላንድ የፍትሐ ብሔርና የንግድ ሕግ)
instrument-th-victim_compensation_act_2544 = Damages for the Injured Person and Compensation and Expense for the Accused in Criminal Case Act B.E. 2544 (2001) (በወንጀል ጉዳይ ለተጎዱ ሰዎች ካሳ የታይላንድ ሕግ)
caveat-ph_board_of_claims_violent_crimes = የካሳ ጥያቄዎች ቦርድ (Board of Claims) የሚከፍለው ለኃይል ወንጀሎች ተጎጂዎች ብቻ ሲሆን፣ ቢበዛ 10,000 ፔሶ ነው።
caveat-ph_money_claims_any_forum = ከሥራው ለሚነሳ ለእያንዳንዱ የገንዘብ ጥያቄ፣ የትም ቢቀርብ፣ ያው ሦስት ዓመት ይሠራል።
caveat-ph_ncr_only = ይህ ለሜትሮ ማኒላ (Metro Manila) ብቻ ያለ ዝቅተኛ ደመወዝ ነው። ሌሎች ክልሎች የራሳቸው፣ ብዙውን ጊዜ ያነሰ፣ የቀን ዝቅተኛ ደመወዝ አላቸው። አኃዙን በሜትሮ ማኒላ ለተሠራ ሥራ ብቻ ይጠቀሙበት።
caveat-qa_domestic_workers_own_limit = የቤት ሠራተኞች የራሳቸው ሕግ አላቸው። እሱም ውሉ ካለቀበት ወይም ከለቀቁበት ቀን ጀምሮ አንድ ዓመት ይሰጣል።
caveat-qa_food_and_housing_allowances = ይህ መሠረታዊ ደመወዝ ብቻ ነው። አሠሪው ተገቢ ምግብና መኖሪያ ካልሰጠ፣ በወር ለምግብ 300 ሪያል እና ለመኖሪያ 500 ሪያልም ይገባል።
caveat-qa_one_year_of_365_days_stopped_by_complaint = ጥያቄው ውሉ ካለቀ በኋላ በ365 ቀናት ውስጥ መቅረብ አለበት። ለሠራተኛ ሚኒስቴር የቀረበ አቤቱታ እየታየ ባለበት ጊዜ የጊዜ ቆጠራው ይቆማል።
caveat-qa_overtime_daily_night_and_exclusions = በቀን ከ8 ሰዓት በኋላ (በረመዳን ከ6 ሰዓት በኋላ) የትርፍ ሰዓት ክፍያም ይገባል፤ በሌሊት ደግሞ የበለጠ። ይህ ለቤት ሠራተኞች አይሠራም። እዚህ አልተቆጠረም።
caveat-th_each_unpaid_wage_runs_separately = እያንዳንዱ ያልተከፈለ ደመወዝ የራሱ ሁለት ዓመት አለው፤ ስለዚህ በጣም የቆዩት ወራት ቀድመው ያልፋሉ። አሠሪው ዕዳውን በጽሑፍ ካመነ ወይም የተወሰነውን ከከፈለ፣ ሁለቱ ዓመታት እንደገና ይጀምራሉ።
caveat-th_fund_listed_crimes_from_knowledge = የመንግሥት ክፍያዎች ለአንዳንድ ወንጀሎች ተጎጂዎች ብቻ ናቸው፤ ለምሳሌ በሰውነት ላይ ለደረሰ ጉዳትና ለወሲባዊ ወንጀሎች። ዓመቱ የሚጀምረው ስለ ወንጀሉ ሲያውቁ ነው።
caveat-th_lowest_provincial_rate = ይህ በታይላንድ ውስጥ በየትኛውም ቦታ ያለ ዝቅተኛው የቀን ዝቅተኛ ደመወዝ ነው። በእርስዎ ክፍለ ግዛት ያለው ተመን ብዙውን ጊዜ ከፍ ያለ ነው፤ የሚገባውም ያ ነው።
caveat-th_overtime_daily_and_holiday = ከእያንዳንዱ ቀን መደበኛ ሰዓት በኋላ የትርፍ ሰዓት ክፍያ ይገባል፤ በበዓል ቀን ለሚሠራ ሥራም የበለጠ ይከፈላል። እዚህ አልተቆጠረም።

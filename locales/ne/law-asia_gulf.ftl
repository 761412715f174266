# Entitle: Nepali. फिलिपिन्स, कतार, थाइल्यान्ड र आसियान (ASEAN) को कानुनी तथ्याङ्कका सन्देशहरू। Entitle टोलीले लेखेको।
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## फिलिपिन्स
protection-ph-ra_9208-s_17-not_penalised = बाध्य पारेर गराइएका अपराधका लागि सजाय नहुने
protection-ph-ra_9208-s_17-not_penalised-gives = बेचबिखनकर्ताहरूले तपाईंलाई गर्न लगाएका, वा बेचबिखनमा परेकै कारण भएका अपराधका लागि तपाईंलाई सजाय दिइनु हुँदैन।
protection-ph-ra_9208-s_18-witness_protection = साक्षीका रूपमा संरक्षण
protection-ph-ra_9208-s_18-witness_protection-gives = साक्षीहरूलाई सुरक्षित राख्ने सरकारी कार्यक्रममा तपाईं सामेल हुन पाउन सक्नुहुन्छ, जस्तै बस्ने सुरक्षित ठाउँसहित।
protection-ph-ra_9208-s_19-continued_presence = फिलिपिन्समा बस्ने अनुमति
protection-ph-ra_9208-s_19-continued_presence-gives = तपाईंलाई केही समय फिलिपिन्समा बस्न दिइन सक्छ, ताकि तपाईंले तुरुन्तै देश छोड्नु नपरोस्।
protection-ph-ra_9208-s_19-assistance = फिलिपिनो पीडितहरूले पाउने जस्तै सहयोग
protection-ph-ra_9208-s_19-assistance-gives = तपाईंजस्तै अवस्थामा रहेका फिलिपिनो मानिसले पाउने जस्तै संरक्षण, सहयोग र सेवाहरू तपाईंले पाउन सक्नुहुन्छ।
protection-ph-ra_9208-s_3_a-child_without_means = बालबालिकाले बल प्रयोग वा झूट देखाउनुपर्दैन
protection-ph-ra_9208-s_3_a-child_without_means-gives = कसैले तपाईंलाई बाध्य पार्‍यो, झुक्यायो वा धम्की दियो भनेर तपाईंले देखाउनुपर्दैन। तपाईंमाथि जे गरियो, त्यो अझै पनि बेचबिखन मानिन सक्छ।
caveat-section_number_from_2003_act = दफा नम्बर 2003 को कानुनबाट लिइएको हो, र कानुनमा पछि भएका संशोधनले यो नियम सारेको वा बदलेको हुन सक्छ।
caveat-tied_to_prosecution = तपाईं कति समय बस्न पाउनुहुन्छ भन्ने कुरा तपाईंको आवश्यकतामा मात्र होइन, बेचबिखनकर्ताविरुद्धको मुद्दालाई के चाहिन्छ भन्नेमा पनि भर पर्छ।
caveat-child_includes_adults_unable_to_protect_themselves = रोग वा अपाङ्गताका कारण आफूलाई सुरक्षित राख्न नसक्ने केही वयस्कलाई पनि कानुनले बालबालिकाकै रूपमा व्यवहार गर्छ। यो एपले त्यसबारे सोध्दैन।
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208) (फिलिपिन्सको मानव बेचबिखनविरुद्धको ऐन)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364) (फिलिपिन्सको विस्तारित मानव बेचबिखनविरुद्धको ऐन)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862) (फिलिपिन्सको विस्तारित मानव बेचबिखनविरुद्धको ऐन)

## कतार
protection-qa-law_17_2020-art_2-minimum_wage = हरेक कामदारका लागि न्यूनतम तलब
protection-qa-law_17_2020-art_2-minimum_wage-gives = तपाईंले हरेक महिना कम्तीमा आधारभूत तलब पाउनुपर्छ, र रोजगारदाताले खाना र बस्ने ठाउँ दिँदैन भने त्यसका लागि पनि पैसा पाउनुपर्छ।
protection-qa-law_18_2020-law-change_employer_without_noc = रोजगारदाताको अनुमतिबिना रोजगारदाता बदल्ने
protection-qa-law_18_2020-law-change_employer_without_noc-gives = तपाईं आफ्नो सम्झौता सकिनुअघि, अहिलेको रोजगारदाताको अनुमतिपत्र (NOC) बिना नै नयाँ रोजगारदाताकहाँ जान सक्नुहुन्छ।
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = रोजगारदाताको अनुमतिबिना कतार छोड्ने
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = छोटो यात्राका लागि होस् वा सधैँका लागि, तपाईं रोजगारदातासँग एक्जिट परमिट नमागी कतार छोड्न सक्नुहुन्छ।
protection-qa-law_13_2017-committees-wage_claim = श्रम समितिमा नपाएको तलब दाबी गर्ने
protection-qa-law_13_2017-committees-wage_claim-gives = रोजगारदाताले तपाईंलाई तिर्न बाँकी तलब र अन्य रकमका लागि तपाईं विशेष श्रम समितिमा दाबी गर्न सक्नुहुन्छ।
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = रोजगारदाताले नतिरेको तलब कोषले तिर्छ
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = तपाईंले तलब दाबी जित्नुभयो तर रोजगारदाताले अझै तिरेन भने, सरकारी कोषले त्यसको सट्टा तपाईंलाई त्यो रकम तिर्न सक्छ।
protection-qa-law_15_2011-art_2-identification_as_victim = बेचबिखनमा परेको व्यक्तिका रूपमा पहिचान
protection-qa-law_15_2011-art_2-identification_as_victim-gives = तपाईंलाई बेचबिखनमा परेको व्यक्तिका रूपमा पहिचान गरिन सक्छ। यसले सुरक्षित आश्रयजस्ता संरक्षणको बाटो खोल्न सक्छ।
caveat-amounts_reviewed_yearly = सरकारले यी रकमहरू वर्षमा कम्तीमा एक पटक हेर्छ, त्यसैले हामीले पछिल्लो पटक जाँचेपछि यी बदलिएका हुन सक्छन्।
caveat-which_law_removed_noc_disputed = रोजगारदाताको अनुमति चाहिने नियम 2020 को कुन कानुनले हटायो भन्नेमा स्रोतहरू सहमत छैनन्, त्यसैले हामी दुवै कानुन देखाउँछौँ।
caveat-domestic_workers_from_2020_and_five_percent_exception = घरेलु कामदारलाई जनवरी 2020 मा मात्र समावेश गरियो। रोजगारदाताले अझै पनि छोड्न आफ्नो अनुमति चाहिने केही कर्मचारीको नाम तोक्न सक्छन्। उजुरी एउटा समितिले सुन्छ।
caveat-domestic_workers_coverage_not_checked = घरेलु कामदारले यी समितिमा आफ्नो दाबी लैजान सक्छन् कि सक्दैनन्, हामीले जाँचेका छैनौँ।
caveat-payment_conditions_and_caps = कोषले निश्चित अवस्थामा मात्र रकम तिर्छ, र यसले तिर्ने रकममा सीमा छ भनी प्रतिवेदनहरूले भन्छन्।
caveat-victim_protection_articles_not_verified = बेचबिखनमा परेका मानिसको संरक्षणबारे यो कानुनका भागहरू हामीले पढ्न सकेनौँ, त्यसैले यहाँका विवरण पुष्टि भएका छैनन्।
instrument-qa-law_17_2020 = Qatar Law No. 17 of 2020 on the Minimum Wage (न्यूनतम तलबसम्बन्धी कतारको कानुन)
instrument-qa-law_18_2020 = Qatar Law No. 18 of 2020 amending the Labour Law (श्रम कानुन संशोधन गर्ने कतारको कानुन)
instrument-qa-law_19_2020 = Qatar Law No. 19 of 2020 amending the Law on Entry, Exit and Residence of Expatriates (विदेशीहरूको प्रवेश, निकास र बसोबाससम्बन्धी कानुन संशोधन गर्ने कतारको कानुन)
instrument-qa-law_13_2018 = Qatar Law No. 13 of 2018 amending the Law on Entry, Exit and Residence of Expatriates (विदेशीहरूको प्रवेश, निकास र बसोबाससम्बन्धी कानुन संशोधन गर्ने कतारको कानुन)
instrument-qa-law_13_2017 = Qatar Law No. 13 of 2017 amending the Labour Law (Labour Dispute Settlement Committees) (श्रम कानुन संशोधन गर्ने कतारको कानुन: श्रम विवाद समाधान समितिहरू)
instrument-qa-law_17_2018 = Qatar Law No. 17 of 2018 establishing the Workers' Support and Insurance Fund (कामदार सहयोग तथा बीमा कोष स्थापना गर्ने कतारको कानुन)
instrument-qa-law_15_2011 = Qatar Law No. 15 of 2011 on Combating Trafficking in Human Beings (मानव बेचबिखनविरुद्धको कतारको कानुन)

## थाइल्यान्ड
protection-th-atipa_2551-s_33-assistance = आश्रय, स्वास्थ्य उपचार र अन्य सहयोग
protection-th-atipa_2551-s_33-assistance-gives = तपाईंले खाना, बस्ने ठाउँ, उपचार, तङ्ग्रिन सहयोग, कानुनी सहायता, र घर फर्कन सहयोग पाउन सक्नुहुन्छ।
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = क्षतिपूर्ति र कानुनी सहायताबारे जानकारी पाउने
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = तपाईंलाई पुगेको हानिबापत तपाईं पैसा माग्न सक्नुहुन्छ र कानुनी सहायता पाउन सक्नुहुन्छ भनेर अधिकारीहरूले तपाईंलाई तुरुन्तै बताउनुपर्छ।
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = सरकारी वकिलले तपाईंका लागि क्षतिपूर्ति दाबी गर्न सक्छन्
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = तपाईंलाई पुगेको हानिबापत पैसा चाहनुहुन्छ भने, सरकारी वकिलले तपाईंका लागि अदालतमा त्यो माग्न सक्छन्।
protection-th-atipa_2551-s_37-temporary_stay_and_work = केही समय बस्ने र काम गर्ने अनुमति
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = तपाईंलाई केही समय थाइल्यान्डमा बस्न, र त्यहाँ हुँदा काम गर्न दिइन सक्छ।
protection-th-atipa_2551-s_38-return_home = सुरक्षित रूपमा घर फर्कन सहयोग
protection-th-atipa_2551-s_38-return_home-gives = तपाईंले सकेसम्म चाँडो आफ्नो देश फर्कन सहयोग पाउन सक्नुहुन्छ।
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = कागजपत्रबिना आएको वा बसेकोमा मुद्दा नचल्ने
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = अनुमतिबिना थाइल्यान्ड आएको वा बसेकोमा, वा नक्कली वा गलत कागजपत्र भएकोमा तपाईंमाथि मुद्दा चलाइनु हुँदैन।
caveat-purpose_limited_stay = यो बसाइ अदालतको मुद्दा, उपचार, तङ्ग्रिने वा पैसाको दाबीजस्ता कामका लागि हो। यो कति लामो हुन्छ, वा सधैँ दिइन्छ कि दिइँदैन, हामीलाई थाहा छैन।
caveat-minister_may_permit_prosecution = न्यायमन्त्रीले अझै पनि तपाईंमाथि मुद्दा चलाउन अनुमति दिन सक्छन्, तर त्यो लिखित रूपमा दिनुपर्छ।
instrument-th-atipa_2551 = Thailand Anti-Trafficking in Persons Act B.E. 2551 (2008) (थाइल्यान्डको मानव बेचबिखनविरुद्धको ऐन)

## आसियान (ASEAN)
protection-asean-actip-art_14_8-no_unreasonable_detention = उचित कारणबिना थुनामा नराखिने
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = उचित कारणबिना तपाईंलाई नियन्त्रणमा वा थुनामा राखिनु हुँदैन।
caveat-identified_victims_only = यसले अधिकारीहरूले बेचबिखनमा परेको भनी पहिले नै पहिचान गरेका मानिसलाई मात्र मद्दत गर्छ। त्यो निर्णय पहिले हुनुपर्छ।
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015) (मानव, विशेषगरी महिला र बालबालिकाको बेचबिखनविरुद्धको आसियान महासन्धि)

## तलब दाबी: न्यूनतम तलब र समयसीमा तोक्ने कानुनहरू, र हरेक अङ्कबारे वकिलले जान्नुपर्ने कुरा
instrument-ph-labor_code = Labor Code of the Philippines (1974) (फिलिपिन्सको श्रम संहिता)
instrument-ph-ra_7309 = Republic Act No. 7309 (Board of Claims, 1992) (फिलिपिन्सको दाबी बोर्डसम्बन्धी ऐन)
instrument-qa-labour_law_14_2004 = Labour Law, Law No. 14 of 2004 (Qatar) (कतारको श्रम कानुन)
instrument-qa-law_15_2017 = Law No. 15 of 2017 on domestic workers (Qatar) (घरेलु कामदारसम्बन्धी कतारको कानुन)
instrument-th-lpa_2541 = Labour Protection Act B.E. 2541 (1998) (थाइल्यान्डको श्रम संरक्षण ऐन)
instrument-th-ccc_book1_2535 = Civil and Commercial Code, Book I (as revised B.E. 2535) (थाइल्यान्डको देवानी तथा वाणिज्य संहिता, पुस्तक I)
instrument-th-victim_compensation_act_2544 = Damages for the Injured Person and Compensation and Expense for the Accused in Criminal Case Act B.E. 2544 (2001) (फौजदारी मुद्दामा पीडितलाई क्षतिपूर्ति र अभियुक्तलाई खर्चसम्बन्धी थाइल्यान्डको ऐन)
caveat-ph_board_of_claims_violent_crimes = दाबी बोर्ड (Board of Claims) ले हिंसात्मक अपराधका पीडितलाई मात्र, र बढीमा 10,000 पेसोसम्म रकम दिन्छ।
caveat-ph_money_claims_any_forum = कामबाट हुने पैसाका हरेक दाबीमा, जहाँ गरिए पनि, उही तीन वर्ष लागू हुन्छ।
caveat-ph_ncr_only = यो मेट्रो मनिलाका लागि मात्रको न्यूनतम तलब हो। अरू क्षेत्रका आफ्नै, प्रायः कम, दैनिक न्यूनतम तलब छन्। यो अङ्क मेट्रो मनिलाको कामका लागि मात्र प्रयोग गर्नुहोस्।
caveat-qa_domestic_workers_own_limit = घरेलु कामदारका लागि आफ्नै कानुन छ। त्यसले पनि सम्झौता सकिएको वा उनीहरूले काम छोडेको दिनदेखि एक वर्ष दिन्छ।
caveat-qa_food_and_housing_allowances = यो आधारभूत तलब मात्र हो। रोजगारदाताले राम्रो खाना र बस्ने ठाउँ दिएन भने, उसले खानाका लागि महिनाको 300 रियाल र बस्ने ठाउँका लागि 500 रियाल पनि तिर्नुपर्छ।
caveat-qa_one_year_of_365_days_stopped_by_complaint = सम्झौता सकिएको 365 दिनभित्र दाबी गर्नुपर्छ। श्रम मन्त्रालयमा गरिएको उजुरी हेरिँदै गर्दा समय रोकिन्छ।
caveat-qa_overtime_daily_night_and_exclusions = दिनमा 8 घण्टा (रमजानमा 6 घण्टा) पछि पनि ओभरटाइम पाउनुपर्छ, र रातिको कामका लागि अझ बढी। यो घरेलु कामदारमा लागू हुँदैन। यो यहाँ गनिएको छैन।
caveat-th_each_unpaid_wage_runs_separately = हरेक नपाएको तलबको आफ्नै दुई वर्ष हुन्छ, त्यसैले सबैभन्दा पुराना महिनाको म्याद पहिले सकिन्छ। रोजगारदाताले ऋण लिखित रूपमा स्वीकार गरेमा वा केही भाग तिरेमा, दुई वर्ष फेरि सुरु हुन्छ।
caveat-th_fund_listed_crimes_from_knowledge = राज्यले शरीरमा हानि र यौन अपराधजस्ता केही अपराधका पीडितलाई मात्र रकम दिन्छ। तपाईंले अपराधबारे थाहा पाएदेखि वर्ष सुरु हुन्छ।
caveat-th_lowest_provincial_rate = यो थाइल्यान्डभरिकै सबैभन्दा कम दैनिक न्यूनतम तलब हो। तपाईंको प्रान्तको दर प्रायः बढी हुन्छ, र त्यही पाउनुपर्छ।
caveat-th_overtime_daily_and_holiday = हरेक दिनको सामान्य समयपछि ओभरटाइम पाउनुपर्छ, र बिदाको दिनको कामका लागि बढी तलब हुन्छ। यो यहाँ गनिएको छैन।

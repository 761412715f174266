# Entitle: Nepali. जर्मनी, नेदरल्यान्ड्स, इटाली, स्पेन र फ्रान्सको कानुनी तथ्याङ्कका सन्देशहरू। Entitle टोलीले लेखेको।
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## जर्मनी
protection-de-aufenthg-s_59_7-reflection_period = आराम गर्ने र निर्णय गर्ने समय
protection-de-aufenthg-s_59_7-reflection_period-gives = आराम गर्न र सहयोग पाउन तपाईं केही समय जर्मनीमा बस्न पाउन सक्नुहुन्छ। के भयो भनेर गवाही दिने कि नदिने, निर्णय गर्न तपाईं समय लिन सक्नुहुन्छ।
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = साक्षीका रूपमा बस्ने अनुमतिपत्र
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = तपाईंलाई हानि गर्ने मानिसहरूविरुद्धको फौजदारी मुद्दा चलिरहँदा तपाईंले जर्मनीमा बस्ने अनुमतिपत्र पाउन सक्नुहुन्छ।
caveat-prosecutor_must_deem_presence_appropriate = मुद्दाका लागि तपाईं देशमै हुनु आवश्यक छ भनेर सरकारी वकिल वा अदालत सहमत हुनुपर्छ। उनीहरू सहमत हुन्छन् कि हुँदैनन्, हामी जान्न सक्दैनौँ।
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = निकै अन्यायपूर्ण गैरकानुनी कामपछि बस्ने अनुमतिपत्र
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = तपाईंको काम र रोजगारदाताबारेको फौजदारी मुद्दा चलिरहँदा तपाईंले जर्मनीमा बस्ने अनुमतिपत्र पाउन सक्नुहुन्छ।
instrument-de-aufenthg = German Residence Act 2004 (AufenthG) (जर्मनीको बसोबाससम्बन्धी ऐन)

## नेदरल्यान्ड्स
protection-nl-vc_2000-b8_3-reflection_period = आश्रय र सहयोगसहित आराम गर्ने समय
protection-nl-vc_2000-b8_3-reflection_period-gives = तपाईं सुत्ने सुरक्षित ठाउँ र खर्चका लागि पैसासहित केही समय नेदरल्यान्ड्समा बस्न पाउन सक्नुहुन्छ। त्यो समयमा तपाईं अपराधको उजुरी गर्ने कि नगर्ने भनेर निर्णय गर्न सक्नुहुन्छ।
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = मुद्दा चलिरहँदा बस्ने अनुमतिपत्र
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = प्रहरीले अनुसन्धान गरिरहँदा र फौजदारी मुद्दा चलिरहँदा तपाईंले नेदरल्यान्ड्समा बस्ने निःशुल्क अनुमतिपत्र पाउन सक्नुहुन्छ।
caveat-exempt_from_cooperation_if_unable = तपाईं बिरामी भएर, उमेर 18 वर्षभन्दा कम भएर वा गम्भीर खतरामा भएर प्रहरीलाई मद्दत गर्न सक्नुहुन्न भने पनि, तपाईंले यो अनुमतिपत्र पाउन सक्नुहुन्छ।
protection-nl-vb_2000-art_3_51_1_k-continued_residence = मुद्दा सकिएपछि पनि बस्न पाउने
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = फौजदारी मुद्दा सकिएपछि पनि नेदरल्यान्ड्समा बसिरहन तपाईंले अनुमतिपत्र पाउन सक्नुहुन्छ।
caveat-after_conviction_or_three_years = यसका लागि प्रायः तपाईंको मुद्दामा कोही दोषी ठहर हुनुपर्छ, वा तपाईंसँग बेचबिखनसम्बन्धी अनुमतिपत्र तीन वर्षसम्म भएको हुनुपर्छ।
instrument-nl-vw_2000 = Dutch Aliens Act 2000 (Vw 2000) (नेदरल्यान्ड्सको विदेशीसम्बन्धी ऐन)
instrument-nl-vb_2000 = Dutch Aliens Decree 2000 (Vb 2000) (नेदरल्यान्ड्सको विदेशीसम्बन्धी आदेश)
instrument-nl-vc_2000 = Dutch Aliens Circular 2000 (Vc 2000) (नेदरल्यान्ड्सको विदेशीसम्बन्धी परिपत्र)

## इटाली
protection-it-tui-art_18-special_permit_social_track = सहयोगी संस्थामार्फत विशेष अनुमतिपत्र
protection-it-tui-art_18-special_permit_social_track-gives = तपाईंले इटालीमा बस्ने र काम गर्ने अनुमतिपत्र पाउन सक्नुहुन्छ, र सुरक्षित हुन तथा नयाँ जीवन सुरु गर्न मद्दत गर्ने कार्यक्रममा सहभागी हुन सक्नुहुन्छ।
caveat-concrete_danger_assessed_by_authority = तपाईं साँच्चै खतरामा हुनुहुन्छ भनेर प्रहरी प्रमुखले निर्णय गर्नुपर्छ। हामीले यसबारे सोधेनौँ, त्यसैले यो तपाईंमा मिल्छ कि मिल्दैन भन्न सक्दैनौँ।
protection-it-tui-art_18-special_permit_judicial_track = फौजदारी मुद्दामार्फत विशेष अनुमतिपत्र
protection-it-tui-art_18-special_permit_judicial_track-gives = तपाईंले इटालीमा बस्ने र काम गर्ने अनुमतिपत्र पाउन सक्नुहुन्छ, र सुरक्षित हुन तथा नयाँ जीवन सुरु गर्न मद्दत गर्ने कार्यक्रममा सहभागी हुन सक्नुहुन्छ।
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = तपाईंको चर्को शोषण गर्ने मालिकविरुद्ध उजुरी गरेमा अनुमतिपत्र
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = तपाईंको रोजगारदाताविरुद्धको फौजदारी मुद्दा चलिरहँदा तपाईंले इटालीमा बस्ने अनुमतिपत्र पाउन सक्नुहुन्छ।
caveat-particularly_exploitative_conditions_only = यो विशेष गरी कठोर शोषणमा गरिएको कामका लागि मात्र थियो। यो हामीले हेर्ने संकेतहरूभन्दा कडा सर्त हो।
protection-it-tui-art_18_ter-permit_for_labour_exploitation = शोषणमा परेका कामदारहरूका लागि अनुमतिपत्र
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = काममा तपाईंलाई कस्तो व्यवहार गरियो भन्ने सत्य बाहिर ल्याउन मद्दत गरेपछि तपाईंले इटालीमा बस्ने र काम गर्ने अनुमतिपत्र पाउन सक्नुहुन्छ।
caveat-judicial_authority_or_labour_inspectorate_covers_family = सरकारी वकिल वा न्यायाधीशले यो माग्नुपर्छ, वा श्रम निरीक्षकहरूले यसलाई समर्थन गर्नुपर्छ। यो अनुमतिपत्रले तपाईंका परिवारका सदस्यहरूलाई पनि समेट्न सक्छ।
instrument-it-tui = Italian Consolidated Immigration Act, Legislative Decree 286/1998 (TUI) (इटालीको एकीकृत आप्रवाससम्बन्धी ऐन)
instrument-it-dl_145_2024 = Italian Decree-Law 145/2024 (Flows Decree) (इटालीको आदेश-कानुन)
instrument-it-dl_146_2025 = Italian Decree-Law 146/2025 (Flows Decree 2025) (इटालीको आदेश-कानुन)
instrument-it-dpr_394_1999 = Italian Presidential Decree 394/1999 (Immigration Act Regulation) (इटालीको राष्ट्रपतीय आदेश: आप्रवास ऐनको नियमावली)

## स्पेन
protection-es-loex-art_59_bis-reflection_period = तङ्ग्रिने र निर्णय गर्ने समय
protection-es-loex-art_59_bis-reflection_period-gives = तङ्ग्रिन र प्रहरीलाई मद्दत गर्नेबारे सोच्न तपाईं केही समय स्पेनमा बस्न पाउन सक्नुहुन्छ। यो समयमा तपाईंलाई बाहिर पठाउने कारबाही रोकिनुपर्छ।
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = कागजपत्रबिना स्पेनमा बसेकोमा सजाय नहुने
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = सही कागजपत्रबिना स्पेनमा बसेकोमा हुन सक्ने जरिवाना वा देशनिकालाबाट तपाईंलाई छुट दिइन सक्छ।
protection-es-loex-art_59_bis-permit_personal_situation = तपाईंको व्यक्तिगत अवस्थाका कारण अनुमतिपत्र
protection-es-loex-art_59_bis-permit_personal_situation-gives = तपाईंले प्रहरीलाई मद्दत नगरे पनि, तपाईंको आफ्नै अवस्थाका कारण स्पेनमा बस्ने र काम गर्ने अनुमतिपत्र पाउन सक्नुहुन्छ।
caveat-after_exemption_from_liability = पहिले, कागजपत्रबिना स्पेनमा बसेकोमा तपाईंलाई सजाय नगर्ने निर्णय अधिकारीहरूले गर्नुपर्छ। त्यसपछि प्रायः तपाईं यो अनुमतिपत्र माग्न सक्नुहुन्छ।
protection-es-loex-art_59_bis-permit_for_cooperation = प्रहरी वा अदालतलाई मद्दत गरेबापत अनुमतिपत्र
protection-es-loex-art_59_bis-permit_for_cooperation-gives = तपाईंले अनुसन्धान वा अदालतको मुद्दामा मद्दत गरेकाले स्पेनमा बस्ने र काम गर्ने अनुमतिपत्र पाउन सक्नुहुन्छ।
protection-es-loex-art_59-permit_for_cooperation_against_networks = शोषण गर्ने गिरोह रोक्न मद्दत गरेबापत अनुमतिपत्र
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = तपाईंले स्पेनमा बस्ने र काम गर्ने अनुमतिपत्र पाउन सक्नुहुन्छ, र कागजपत्रबिना बसेबापतको सजायबाट छुट पाउन सक्नुहुन्छ।
instrument-es-loex = Spanish Foreigners Act, Organic Law 4/2000 (LOEX) (स्पेनको विदेशीसम्बन्धी ऐन)
instrument-es-rloex = Spanish Foreigners Regulation, Royal Decree 557/2011 (RLOEX) (स्पेनको विदेशीसम्बन्धी नियमावली)
instrument-es-rloex_2024 = Spanish Foreigners Regulation, Royal Decree 1155/2024 (in force from 20 May 2025) (स्पेनको विदेशीसम्बन्धी नियमावली, 20 मे 2025 देखि लागू)

## फ्रान्स
protection-fr-ceseda-r_425_2-reflection_period = आराम गर्ने र सोच्ने समय
protection-fr-ceseda-r_425_2-reflection_period-gives = तपाईं आराम गर्दै उजुरी गर्ने कि नगर्ने भनेर निर्णय गरिरहँदा फ्रान्समा बस्न दिने कागज पाउन सक्नुहुन्छ। यसले तपाईंलाई काम गर्न पनि दिन सक्छ।
protection-fr-ceseda-l_425_1-temporary_residence_card = उजुरी वा गवाही दिएमा बस्ने कार्ड
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = फौजदारी मुद्दा चलिरहँदा तपाईंले फ्रान्समा बस्ने र काम गर्ने कार्ड पाउन सक्नुहुन्छ।
caveat-complaint_or_testimony_required = तपाईंले प्रहरीमा उजुरी गर्नुपर्छ वा मुद्दामा गवाही दिनुपर्छ। मद्दत गर्न तयार छु भनेर मात्र भन्नु पर्याप्त हुँदैन।
protection-fr-ceseda-l_425_2-allowance = गुजाराका लागि पैसा
protection-fr-ceseda-l_425_2-allowance-gives = खाना र अन्य आधारभूत आवश्यकताको खर्च तिर्न मद्दत गर्ने नियमित पैसा तपाईंले पाउन सक्नुहुन्छ।
protection-fr-ceseda-l_425_3-resident_card = लामो अवधिको बसोबास कार्ड
protection-fr-ceseda-l_425_3-resident_card-gives = तपाईंले धेरै वर्षसम्म फ्रान्समा बस्ने र काम गर्ने कार्ड पाउन सक्नुहुन्छ।
caveat-only_after_final_conviction = अभियुक्त व्यक्ति अदालतमा अन्तिम रूपमा दोषी ठहर भएपछि मात्र यो सम्भव हुन्छ। मुद्दा कसरी टुङ्गिन्छ, हामी जान्न सक्दैनौँ।
protection-fr-ceseda-l_425_4-exit_programme_permit = वेश्यावृत्ति छोड्ने कार्यक्रममा हुँदा अनुमतिपत्र
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = यौन कार्यबाट टाढा नयाँ जीवन सुरु गर्न सहयोगसहित तपाईंले फ्रान्समा बस्ने अनुमतिपत्र पाउन सक्नुहुन्छ।
caveat-only_for_prostitution_exit_programme = यो यौन बिक्री छोडिसकेका मानिसहरूका लागि मात्र हो। उनीहरूले सहयोगी संस्थासँग मिलेर यौन कार्य छोड्ने आधिकारिक योजना पालना गर्नुपर्छ।
instrument-fr-ceseda = French Code on the Entry and Stay of Foreigners and the Right of Asylum (CESEDA, 2020 version) (विदेशीहरूको प्रवेश, बसोबास र शरणको अधिकारसम्बन्धी फ्रान्सेली संहिता)

## तलब दाबी: न्यूनतम तलब र समयसीमा तोक्ने कानुनहरू, र हरेक अङ्कबारे वकिलले जान्नुपर्ने कुरा
instrument-de-milog = Minimum Wage Act (Mindestlohngesetz, MiLoG, 2014) (जर्मनीको न्यूनतम पारिश्रमिकसम्बन्धी ऐन)
instrument-de-bgb = Civil Code (Bürgerliches Gesetzbuch, BGB) (जर्मनीको देवानी संहिता)
instrument-de-sgb_14 = Social Code Book XIV: Social Compensation (SGB XIV, 2019) (जर्मनीको सामाजिक संहिता, पुस्तक XIV: सामाजिक क्षतिपूर्ति)
instrument-es-et_2015 = Workers’ Statute (Estatuto de los Trabajadores, 2015) (स्पेनको कामदारसम्बन्धी विधान)
instrument-es-ley_35_1995 = Law 35/1995 on aid to victims of violent and sexual crimes (हिंसात्मक र यौन अपराधका पीडितहरूलाई सहायतासम्बन्धी स्पेनको कानुन)
instrument-fr-code_travail = Labour Code (Code du travail) (फ्रान्सको श्रम संहिता)
instrument-fr-code_procedure_penale = Code of Criminal Procedure (Code de procédure pénale) (फ्रान्सको फौजदारी कार्यविधि संहिता)
instrument-it-cc = Civil Code (Codice civile) (इटालीको देवानी संहिता)
instrument-it-l_228_2003 = Law 228/2003 on measures against trafficking in persons (मानव बेचबिखनविरुद्धका उपायसम्बन्धी इटालीको कानुन)
instrument-nl-wml = Minimum Wage and Minimum Holiday Allowance Act (Wet minimumloon en minimumvakantiebijslag) (नेदरल्यान्ड्सको न्यूनतम पारिश्रमिक र न्यूनतम बिदा भत्तासम्बन्धी ऐन)
instrument-nl-bw_3 = Civil Code, Book 3 (Burgerlijk Wetboek) (नेदरल्यान्ड्सको देवानी संहिता, पुस्तक 3)
instrument-nl-wsg = Violent Crimes Compensation Fund Act (Wet schadefonds geweldsmisdrijven) (नेदरल्यान्ड्सको हिंसात्मक अपराध क्षतिपूर्ति कोषसम्बन्धी ऐन)
caveat-backdating_limit_not_a_bar = एक वर्षपछि पनि तपाईं निवेदन दिन सक्नुहुन्छ। तर तपाईंले अघि नै निवेदन दिन नसकेको अवस्थामा बाहेक, निवेदन दिएको महिनादेखि मात्र रकम पाउनुहुन्छ।
caveat-each_month_runs_separately = हरेक महिनाको तलबको आफ्नै पाँच वर्ष हुन्छ, त्यसैले सबैभन्दा पुराना महिनाको म्याद पहिले सकिन्छ। रोजगारदातालाई लिखित माग पठाएमा समय फेरि सुरु हुन्छ।
caveat-es_domestic_hourly_external_only = घण्टाका दरले तलब पाउने र रोजगारदाताको घरमा नबस्ने घरेलु कामदारको प्रतिघण्टा न्यूनतम तलब यहाँ समावेश गरिएको छैन। रोजगारदाताकै घरमा बस्ने घरेलु कामदारले मासिक न्यूनतम तलब पाउनुपर्छ।
caveat-es_each_payment_own_year_interruptible = हरेक नपाएको तलब त्यसको तलब दिने दिनबाट एक वर्षभित्र दाबी गर्नुपर्छ, त्यसैले सबैभन्दा पुराना महिनाको म्याद पहिले सकिन्छ। रोजगारदातासँग औपचारिक दाबी गरेमा, वा मेलमिलाप माग गरेमा, वर्ष फेरि सुरु हुन्छ।
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = यो सहायता मृत्यु वा गम्भीर हानि पुर्‍याएका हिंसात्मक अपराध, र यौन अपराधका लागि मात्र हो। फौजदारी मुद्दा चलिरहँदा समय रोकिन्छ।
caveat-es_smi_floor_14_payments = न्यूनतम तलब वर्षमा 14 किस्तामा दिइन्छ। दुई थप किस्ता यहाँ गनिएका छैनन्, त्यसैले अझ बढी पाउनुपर्ने हुन सक्छ।
caveat-fr_civi_prosecution_extends_relief_possible = फौजदारी मुद्दा छ भने, अन्तिम निर्णयपछि एक वर्षसम्म तपाईं अझै माग्न सक्नुहुन्छ। उचित कारण भए आयोगले ढिलो आएको निवेदन स्वीकार गर्न सक्छ। बालबालिकाका लागि, समय 18 वर्ष पुगेपछि सुरु हुन्छ।
caveat-fr_smic_floor_mayotte_minors = यो मूल भूमिको फ्रान्सको न्यूनतम तलब हो। मायोटमा यो कम छ। सम्झौताहरूले प्रायः बढी तोक्छन्। केही युवा कामदार र प्रशिक्षार्थीलाई कम तलब दिइन सक्छ।
caveat-fr_wage_claim_each_payday_three_years_before_end = हरेक महिनाको तलब तीन वर्षभित्र दाबी गर्नुपर्छ, त्यसैले सबैभन्दा पुराना महिनाको म्याद पहिले सकिन्छ। काम सकिएपछि, तपाईं त्यसको अन्तिम तीन वर्षको दाबी गर्न सक्नुहुन्छ।
caveat-intentional_injury_damages_only = 30 वर्ष भनेको तपाईंको ज्यान, शरीर, स्वास्थ्य वा स्वतन्त्रतामा जानीजानी पुर्‍याइएको हानिको क्षतिपूर्तिका लागि मात्र हो। नपाएको तलबका लागि होइन।
caveat-it_longer_if_crime = त्यो हानि लामो समयसीमा भएको अपराध पनि हो भने, जस्तै बेचबिखन वा दासता, क्षतिपूर्ति दाबीको समयसीमा पनि त्यति नै लामो हुन्छ।
caveat-it_wage_limit_private_sector_interruptible = पाँच वर्ष काम सकिएदेखि सुरु हुने नियम निजी रोजगारदाताका लागि मात्र हो। भुक्तानीका लागि हरेक लिखित मागले पाँच वर्ष फेरि सुरु गर्छ।
caveat-late_application_if_reasonable = तपाईंले मनासिब रूपमा सकेसम्म चाँडो निवेदन दिनुभएको थियो भने, कोषले ढिलो निवेदन पनि स्वीकार गर्न सक्छ। यसले हिंसात्मक अपराधबाट भएको गम्भीर चोटका लागि मात्र रकम दिन्छ।
caveat-monthly_minimum_for_full_time_week = 2024 अघि न्यूनतम तलब पूरा समयको हप्ताका लागि मासिक रकम थियो। हामी यसलाई 40 घण्टाको हप्ताका लागि गन्छौँ, जुन सामान्यतया सबैभन्दा लामो हप्ता हो। हप्ता छोटो थियो भने, अझ बढी पाउनुपर्छ।
caveat-runs_from_end_of_year = तीन वर्ष तलब दिनुपर्ने वर्ष सकिएदेखि सुरु हुन्छ। अदालतमा दाबी गरेमा समय रोकिन्छ।
caveat-runs_from_knowledge_longer_against_offender = पाँच वर्ष तपाईंले हानि र त्यो कसले गर्‍यो भन्ने थाहा पाएदेखि सुरु हुन्छ। कसुरदारविरुद्धको दाबी कम्तीमा उसमाथि मुद्दा चलाउन सकिने समयसम्म टिक्छ।
caveat-sector_minimum_wages_and_exclusions = केही क्षेत्रमा न्यूनतम तलब बढी हुन्छ। यो न्यूनतम तलबले तालिम नपाएका 18 वर्षभन्दा कम उमेरका, प्रशिक्षार्थी, केही इन्टर्न र स्वयंसेवकलाई समेट्दैन।
caveat-youth_minimum_not_encoded = 21 वर्षभन्दा कम उमेरका कामदारको न्यूनतम तलब कम हुन्छ, जुन यहाँ गनिएको छैन।

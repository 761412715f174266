# Entitle: Nepali. संयुक्त अधिराज्य (बेलायत), संयुक्त राज्य अमेरिका, क्यानडा र अस्ट्रेलियाको कानुनी तथ्याङ्कका सन्देशहरू। Entitle टोलीले लेखेको।
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## संयुक्त अधिराज्य (बेलायत)
protection-gb-nrm_guidance-first_responders-nrm_referral = आधिकारिक सहयोगका लागि सिफारिस गरिनु
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = प्रहरी अधिकारी, स्थानीय निकाय (council) का कर्मचारी वा सहयोगी परोपकारी संस्थाले तपाईंको विवरण UK को सहयोग प्रणालीमा पठाउन सक्छन्। त्यसपछि तपाईंको मामला हेरिन सक्छ र तपाईंले सहयोग पाउन सक्नुहुन्छ।
caveat-first_responder_only_adults_consent = तपाईं आफैँले आफ्नो सिफारिस गर्न सक्नुहुन्न। प्रहरी, स्थानीय निकाय (council) वा मान्यताप्राप्त परोपकारी संस्थाले गर्नुपर्छ। तपाईं वयस्क हुनुहुन्छ भने, उनीहरूले पहिले तपाईंको सहमति लिनुपर्छ।
protection-gb-nrm_guidance-recovery-recovery_period = सहयोगसहित आराम गर्ने र तङ्ग्रिने समय
protection-gb-nrm_guidance-recovery-recovery_period-gives = तपाईंको मामला हेरिँदै गर्दा तपाईंले बस्ने सुरक्षित ठाउँ, स्वास्थ्य उपचार, दोभाषे र तपाईंलाई साथ दिने एक जना व्यक्ति पाउन सक्नुहुन्छ।
caveat-public_order_disqualification = तपाईं जनताका लागि खतरा हुनुहुन्छ भन्ने Home Office लाई लागे, उसले यो सहयोग अस्वीकार गर्न सक्छ। के भयो भन्नेबारे तपाईं इमानदार हुनुहुन्नथ्यो भन्ने उसलाई लागे पनि अस्वीकार गर्न सक्छ।
protection-gb-msa_2015-s_45_1-defence_for_adults = कानुन तोड्न बाध्य पारिएमा बचाउ
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = तपाईंको शोषण भएकाले तपाईंलाई कुनै गैरकानुनी काम गर्न बाध्य पारिएको थियो भने, तपाईं अदालतलाई भन्न सक्नुहुन्छ। यो अभियोगविरुद्ध बचाउ हुन सक्छ।
protection-gb-msa_2015-s_45_4-defence_for_children = कानुन तोड्न लगाइएका बालबालिकाका लागि बचाउ
protection-gb-msa_2015-s_45_4-defence_for_children-gives = तपाईंको शोषण भइरहेकाले तपाईंले कुनै गैरकानुनी काम गर्नुभएको थियो भने, तपाईं अदालतलाई भन्न सक्नुहुन्छ, र यो बचाउ हुन सक्छ। तपाईंलाई बाध्य पारिएको थियो भनेर देखाउनुपर्दैन।
caveat-schedule_4_offences_excluded = यो बचाउले हत्या वा गम्भीर हिंसात्मक वा यौन अपराधजस्ता केही निकै गम्भीर अपराधलाई समेट्दैन। यो इङ्ल्यान्ड र वेल्समा मात्र लागू हुन्छ।
protection-gb-msa_2015-s_8-reparation_order = तपाईंको शोषण गर्ने व्यक्तिबाट भुक्तानी गर्ने आदेश
protection-gb-msa_2015-s_8-reparation_order-gives = अदालतले तपाईंको शोषण गर्ने व्यक्तिलाई तपाईंलाई पुर्‍याएको हानिबापत तपाईंलाई पैसा तिर्न आदेश दिन सक्छ।
caveat-needs_conviction_and_confiscation_order = त्यो व्यक्ति दोषी ठहर भएमा र अदालतले उसबाट पैसा जफत गरेमा मात्र यो हुन्छ। अदालतले जफत गरेभन्दा बढी तपाईं पाउन सक्नुहुन्न।
protection-gb-naba_2022-s_65-temporary_permission_to_stay = UK मा बस्ने अस्थायी अनुमति
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = तपाईंलाई केही समय UK मा बस्न दिइन सक्छ। यो तङ्ग्रिन, तपाईंलाई पुगेको हानिबापत पैसा माग्न, वा प्रहरीलाई मद्दत गर्नका लागि हुन सक्छ।
caveat-recovery_ground_paused = अहिले Home Office ले तङ्ग्रिनका लागि बस्न दिने निवेदनहरूमा निर्णय गरिरहेको छैन। देशनिकालाको आदेश भएका व्यक्तिको कुनै पनि निवेदनमा पनि निर्णय गरिरहेको छैन।

## संयुक्त राज्य अमेरिका
protection-us-t_rule_2002-s_214_11-t_status_adult = वयस्कका लागि T भिसा (पुराना नियम)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = तपाईं केही वर्ष अमेरिकामा बस्न र काम गर्न दिने भिसा माग्न सक्नुहुन्छ। पछि तपाईं स्थायी रूपमा बस्न निवेदन दिन सक्नुहुन्छ होला।
caveat-trauma_exception_and_extreme_hardship = आघात (ट्रमा) का कारण प्रहरीलाई मद्दत गर्न निकै गाह्रो छ भने, तपाईंले मद्दत गर्नु नपर्न सक्छ। तर अमेरिका छोड्नुपर्दा तपाईंलाई निकै ठूलो हानि हुन्छ भनेर देखाउनुपर्छ।
protection-us-t_rule_2002-s_214_11-t_status_child = बालबालिकाका लागि T भिसा (पुराना नियम)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = तपाईं केही वर्ष अमेरिकामा बस्न, पढ्न र काम गर्न दिने भिसा माग्न सक्नुहुन्छ। पछि तपाईं स्थायी रूपमा बस्न निवेदन दिन सक्नुहुन्छ होला।
caveat-extreme_hardship_required = अमेरिका छोड्न बाध्य पारिँदा तपाईंलाई निकै गम्भीर हानि हुन्छ भनेर तपाईंले देखाउनुपर्छ।
protection-us-t_rule_2024-s_214_202-t_status_adult = वयस्कका लागि T भिसा
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = तपाईं केही वर्ष अमेरिकामा बस्न र काम गर्न दिने भिसा माग्न सक्नुहुन्छ। पछि तपाईं स्थायी रूपमा बस्न निवेदन दिन सक्नुहुन्छ होला।
protection-us-t_rule_2024-s_214_202-t_status_child = बालबालिकाका लागि T भिसा
protection-us-t_rule_2024-s_214_202-t_status_child-gives = तपाईं केही वर्ष अमेरिकामा बस्न, पढ्न र काम गर्न दिने भिसा माग्न सक्नुहुन्छ। पछि तपाईं स्थायी रूपमा बस्न निवेदन दिन सक्नुहुन्छ होला।
protection-us-tvpa_2000-s_107_c_3-continued_presence = प्रहरीको मुद्दा चलिरहँदा बस्ने अनुमति
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = तपाईंविरुद्ध भएको अपराधको अनुसन्धान भइरहँदा तपाईंलाई अमेरिकामा बस्न र कानुनी रूपमा काम गर्न दिइन सक्छ।
caveat-requested_by_law_enforcement_only = तपाईं आफैँ यो माग्न सक्नुहुन्न। प्रहरी वा कानुन कार्यान्वयन गर्ने अर्को कार्यालयले मात्र तपाईंका लागि यो माग्न सक्छ।
protection-us-ina-s_101_a_15_u-u_status = गम्भीर अपराधबाट हानि भोगेकाहरूका लागि U भिसा
protection-us-ina-s_101_a_15_u-u_status-gives = तपाईं केही वर्ष अमेरिकामा बस्न र काम गर्न दिने भिसा माग्न सक्नुहुन्छ। पछि तपाईं स्थायी रूपमा बस्न निवेदन दिन सक्नुहुन्छ होला।
caveat-certification_and_substantial_abuse_required = तपाईंले उनीहरूलाई मद्दत गर्नुभयो भनी प्रहरी वा अर्को निकायले हस्ताक्षर गरेको फारम तपाईंलाई चाहिन्छ। अपराधले तपाईंको शरीर वा मनमा गम्भीर चोट पुर्‍यायो भनेर पनि देखाउनुपर्छ।
protection-us-usc_18-s_1593-mandatory_restitution = तपाईंले गुमाएकोबापत अदालतले आदेश दिएको भुक्तानी
protection-us-usc_18-s_1593-mandatory_restitution-gives = अदालतले तपाईंको शोषण गर्ने व्यक्तिलाई तपाईंको नोक्सानीबापत, तपाईंले पाउनुपर्ने तलबसमेत, तिर्न आदेश दिन सक्छ।
caveat-only_on_conviction = त्यो व्यक्ति फौजदारी अदालतमा दोषी ठहर भएमा मात्र तपाईंले यो पैसा पाउनुहुन्छ।
protection-us-usc_18-s_1595-civil_action = हानिबापत पैसाका लागि अदालतमा माग
protection-us-usc_18-s_1595-civil_action-gives = तपाईंको शोषण गर्ने व्यक्तिबाट पैसा माग्न तपाईं आफ्नै मुद्दा दायर गर्न सक्नुहुन्छ। त्यसबाट जानीजानी पैसा कमाउने जोसुकैसँग पनि माग्न सक्नुहुन्छ।
caveat-stayed_during_criminal_case = उही अपराधबारे फौजदारी मुद्दा छ भने, त्यो मुद्दा नसकिएसम्म तपाईंको आफ्नो मुद्दा पर्खिनुपर्छ।
protection-us-flsa-s_16_b-back_wages = नपाएको तलब फिर्ता पाउनुहोस्
protection-us-flsa-s_16_b-back_wages-gives = तपाईंले पाउनुपर्ने न्यूनतम तलब र ओभरटाइम माग्न सक्नुहुन्छ, साथै थप रकमका रूपमा त्यति नै रकम फेरि माग्न सक्नुहुन्छ।
caveat-any_immigration_status = तपाईंसँग कागजपत्र नभए पनि यो लागू हुन्छ भनी सरकार भन्छ। तर केही अदालतहरूले कागजपत्र नभएका कामदारका लागि अन्य प्रकारको गुमेको तलबमा सीमा लगाउँछन्।

## क्यानडा
protection-ca-irpa-s_24-vtip_trp_until_2025 = क्यानडामा बस्ने अनुमतिपत्र (पुराना नियम)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = तपाईं केही समय क्यानडामा कानुनी रूपमा बस्ने अनुमतिपत्र माग्न सक्नुहुन्छ। त्यसपछि तपाईं आराम गर्न, तङ्ग्रिन र अब के गर्ने भनेर निर्णय गर्न सक्नुहुन्छ।
protection-ca-irpa-s_24-vtip_trp = क्यानडामा बस्ने अनुमतिपत्र
protection-ca-irpa-s_24-vtip_trp-gives = सुरक्षित हुन, तङ्ग्रिन र अब के गर्ने भनेर योजना बनाउन, तपाईं क्यानडामा कानुनी रूपमा बस्ने अनुमतिपत्र माग्न सक्नुहुन्छ।
protection-ca-ircc_vtip-subsequent_trp-further_permit = बसिरहन नयाँ अनुमतिपत्र
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = तपाईंको अनुमतिपत्रको म्याद सकिन लाग्दा, क्यानडामा अझ लामो समय बस्न तपाईं नयाँ अनुमतिपत्र माग्न सक्नुहुन्छ।
caveat-later_permits_refused_after_criminal_case = नियमअनुसार तपाईंले प्रहरीलाई मद्दत गर्नुपर्दैन। तर फौजदारी मुद्दा सकिएपछि केही मानिसलाई नयाँ अनुमतिपत्र दिन अस्वीकार गरियो।
protection-ca-ircc_vtip-interim_federal_health-health_coverage = अनुमतिपत्र हुँदासम्म स्वास्थ्य उपचार
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = तपाईंले सरकारले खर्च बेहोर्ने स्वास्थ्य उपचार र परामर्श पाउन सक्नुहुन्छ।
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = क्यानडामा काम गर्ने अनुमतिपत्र
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = सुरक्षित रूपमा पैसा कमाउन सक्ने गरी, तपाईं क्यानडामा कानुनी रूपमा काम गर्न दिने अनुमतिपत्र माग्न सक्नुहुन्छ।

## अस्ट्रेलिया
protection-au-stpp-intensive_support_stream-support = बस्ने ठाउँ, स्वास्थ्य र सल्लाहमा सहयोग
protection-au-stpp-intensive_support_stream-support-gives = तपाईंले बस्ने सुरक्षित ठाउँ, स्वास्थ्य उपचार, परामर्श र दोभाषे पाउन सक्नुहुन्छ। कानुन र भिसाबारे सल्लाह, र तपाईंलाई मद्दत गर्ने सहयोगकर्मी पनि पाउन सक्नुहुन्छ।
caveat-afp_referral_required = Australian Federal Police ले तपाईंलाई सिफारिस गरेमा मात्र तपाईंले यो सहयोग पाउन सक्नुहुन्छ।
protection-au-stpp-additional_referral_pathway-referral_without_police = प्रहरीकहाँ नगई सहयोग पाउनुहोस्
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = सुरक्षित रहनेबारे तपाईं सहयोग सेवासँग कुरा गर्न र निःशुल्क कानुनी सल्लाह लिन सक्नुहुन्छ। उनीहरूले तपाईंलाई प्रहरीकहाँ नगई सहयोग कार्यक्रममा सामेल हुन मद्दत गर्न सक्छन्।
caveat-under_16_without_guardian_referred_to_child_protection = तपाईंको उमेर 16 वर्षभन्दा कम छ र तपाईंलाई हेरचाह गर्ने सुरक्षित वयस्क छैन भने, सेवाले तपाईंलाई यसको सट्टा बाल संरक्षण र प्रहरीकहाँ पठाउनुपर्छ।
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = प्रहरीकहाँ नगई सहयोग पाउनुहोस् (थप)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = सुरक्षित रहनेबारे तपाईं सहयोग सेवासँग कुरा गर्न र निःशुल्क कानुनी सल्लाह लिन सक्नुहुन्छ। उनीहरूले तपाईंलाई प्रहरीकहाँ नगई सहयोग कार्यक्रममा सामेल हुन मद्दत गर्न सक्छन्।
caveat-extension_end_date_unknown = सहयोग पाउने यो बाटो लम्ब्याइएको थियो, तर यो कहिले सकिन्छ हामीलाई थाहा छैन, त्यसैले यो अझै खुला छ कि छैन जाँच्नुहोस्।
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = आराम गर्न र तङ्ग्रिन छोटो भिसा
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = तपाईं आराम गर्दै, तङ्ग्रिँदै र अब के गर्ने भनेर सोच्दै गर्दा अस्ट्रेलियामा कानुनी रूपमा बस्न मिल्ने छोटो भिसा पाउन सक्नुहुन्छ।
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = अस्ट्रेलियामा बस्ने स्थायी भिसा
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = तपाईं सधैँका लागि अस्ट्रेलियामा बस्न र यहाँ आफ्नो जीवन बनाउन पाउन सक्नुहुन्छ।
caveat-certificate_of_contribution_required = तपाईंले प्रहरीको मुद्दा वा सुनुवाइमा पहिले नै मद्दत गरिसक्नुभएको छ भनी सरकारी कागज तपाईंलाई चाहिन्छ; मद्दत गर्न तयार हुनु मात्र पर्याप्त हुँदैन।

## कानुनी स्रोतहरूका नाम
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (आधुनिक दासतासम्बन्धी बेलायती ऐन)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (राष्ट्रियता र सीमासम्बन्धी बेलायती ऐन)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009) (राष्ट्रिय सिफारिस संयन्त्रसम्बन्धी Home Office को निर्देशिका)
instrument-us-ina = US Immigration and Nationality Act of 1952 (अमेरिकाको आप्रवासन र राष्ट्रियतासम्बन्धी ऐन)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (बेचबिखन पीडित संरक्षणसम्बन्धी अमेरिकी ऐन)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948) (अमेरिकी संहिता, शीर्षक 18: अपराध र फौजदारी कार्यविधि)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002) (T गैरआप्रवासी हैसियतसम्बन्धी अमेरिकी नियम)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024) (T गैरआप्रवासी हैसियतसम्बन्धी अमेरिकी अन्तिम नियम)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007) (U गैरआप्रवासी हैसियतसम्बन्धी अमेरिकी नियम)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (उचित श्रम मापदण्डसम्बन्धी अमेरिकी ऐन)
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001) (क्यानडाको आप्रवासन र शरणार्थी संरक्षणसम्बन्धी ऐन)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006) (मानव बेचबिखनका पीडितका लागि अस्थायी बसोबास अनुमतिपत्रसम्बन्धी IRCC को निर्देशन)
instrument-au-stpp = Australian Support for Trafficked People Program (2004) (बेचबिखनमा परेका मानिसलाई सहयोग गर्ने अस्ट्रेलियाली कार्यक्रम)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (अस्ट्रेलियाको आप्रवास नियमावली)

## तलब दाबी: न्यूनतम तलब र समयसीमा तोक्ने कानुनहरू, र हरेक अङ्कबारे वकिलले जान्नुपर्ने कुरा
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australia) (अस्ट्रेलियाको उचित कामसम्बन्धी ऐन)
instrument-ca-clc = Canada Labour Code (1985) (क्यानडाको श्रम संहिता)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (बेलायतको राष्ट्रिय न्यूनतम पारिश्रमिकसम्बन्धी ऐन)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (बेलायतको राष्ट्रिय न्यूनतम पारिश्रमिक नियमावली)
instrument-gb-era_1996 = Employment Rights Act 1996 (बेलायतको रोजगारी अधिकारसम्बन्धी ऐन)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (बेलायतको हदम्यादसम्बन्धी ऐन)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (बेलायतको अपराधजन्य चोट क्षतिपूर्ति योजना)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (कामको समय र तलब दाबीसम्बन्धी अमेरिकी ऐन)
caveat-above_compulsory_school_age = यो दर युवाले अनिवार्य विद्यालय शिक्षा छोडेपछि मात्र सुरु हुन्छ, 16 औँ जन्मदिनमा होइन।
caveat-apprentice_rate_conditions = प्रशिक्षार्थी (अप्रेन्टिस) को कम दर यहाँ समावेश गरिएको छैन। यो 19 वर्षभन्दा कम उमेरका, वा पहिलो वर्षमा रहेका प्रशिक्षार्थीका लागि मात्र हो। अरू सबैले आफ्नो उमेरको दर पाउँछन्।
caveat-au_awards_set_higher_minima = धेरैजसो कामदारको अवार्ड वा सम्झौतामा बढी न्यूनतम तलब हुन्छ, त्यसैले उनीहरूले प्रायः बढी पाउनुपर्छ। 21 वर्षभन्दा कम उमेरका कामदार र प्रशिक्षार्थीका आफ्नै दर छन्, जुन यहाँ गनिएका छैनन्।
caveat-au_state_victims_schemes_vary = हरेक राज्य र क्षेत्र (territory) मा अपराध पीडितका लागि आफ्नै भुक्तानी र आफ्नै समयसीमा छ। यहाँ कुनै पनि गनिएको छैन।
caveat-ca_federal_complaint_24_month_cap = यो उजुरी सङ्घीय कानुनअन्तर्गतका कामका लागि मात्र हो। यसले उजुरी गर्नुअघिका 24 महिनाको तलब मात्र फिर्ता दिलाउन सक्छ। अरू कामदारले आफ्नो प्रान्तको कानुनअन्तर्गत उजुरी गर्छन्।
caveat-ca_federal_sectors_only = यो सङ्घीय दर बैंक, हवाई कम्पनी र प्रान्तहरूबीचको यातायातजस्ता सङ्घीय क्षेत्रका कामका लागि मात्र हो। धेरैजसो कामदारलाई आफ्नो प्रान्तको दर लागू हुन्छ। त्यो बढी छ भने, त्यही पाउनुपर्छ।
caveat-ca_overtime_daily_limit_and_exemptions = एक दिनमा 8 घण्टाभन्दा बढी कामका लागि पनि ओभरटाइम पाउनुपर्छ। व्यवस्थापक र केही कामहरूमा अरू नियम लागू हुन्छन्।
caveat-cics_exceptions_and_crime_of_violence = यो योजनाले ग्रेट ब्रिटेनमा भएको हिंसात्मक अपराधबाट लागेको चोटका लागि मात्र रकम दिन्छ। बाल्यकालमा भएको दुर्व्यवहारका लागि अरू समयसीमा लागू हुन्छन्। विशेष अवस्थामा ढिलो दाबी पनि स्वीकार गर्न सकिन्छ।
caveat-counts_back_from_notice = छ वर्ष तपाईंले उजुरी गरेको दिनबाट होइन, अधिकारीले सूचना पठाएको दिनबाट पछाडि गनिन्छ। त्यसैले निकाय ढिलो भयो भने फिर्ता पाउन सकिने रकम घट्छ।
caveat-each_payment_separately = कम तलब दिइएको हरेक दिनको आफ्नै छ वर्ष हुन्छ, त्यसैले सबैभन्दा पुराना महिनाको म्याद पहिले सकिन्छ।
caveat-early_conciliation_and_two_year_backstop = प्रारम्भिक मेलमिलाप (ACAS) मा हुँदा तीन महिना लम्बिन्छ। तर न्यायाधिकरणले दाबी गर्नुअघिका दुई वर्षमा काटिएको रकम मात्र दिलाउन सक्छ।
caveat-good_faith_may_reduce = रोजगारदाताले असल नियतले काम गरेको देखायो भने, अदालतले थप रकम घटाउन वा अस्वीकार गर्न सक्छ।
caveat-live_in_domestic_workers_exempt = रोजगारदाताको घरमै बस्ने घरेलु कामदारले ओभरटाइम पाउँदैनन्। तर उनीहरूले हरेक घण्टाका लागि न्यूनतम तलब भने पाउनुपर्छ। एजेन्सीले काममा राखेको भए यो लागू हुँदैन।
caveat-nmw_exclusions = केही मानिसले न्यूनतम तलब पाउँदैनन्, जस्तै आफूले काम गर्ने परिवारसँगै बस्ने र परिवारकै सदस्यजस्तो व्यवहार पाउने व्यक्ति। वकिलले यो जाँच्न सक्छन्।
caveat-state_and_local_minimums_often_higher = यो सङ्घीय न्यूनतम तलब मात्र हो। धेरै राज्य र सहरमा यो बढी छ, र बढी भएको नै पाउनुपर्छ। ती हामीसँग छैनन्।
caveat-ten_years_after_18_if_minor = तपाईंको उमेर 18 वर्षभन्दा कम थियो भने, तपाईंको 18 औँ जन्मदिनपछि 10 वर्षसम्म (त्यो पछि पर्छ भने) दाबी गर्न सक्नुहुन्छ।
caveat-three_years_if_willful = रोजगारदातालाई आफूले कानुन तोडिरहेको थाहा थियो भने समयसीमा तीन वर्ष हुन्छ। कम तलब दिइएको हरेक दिनको आफ्नै समयसीमा हुन्छ, त्यसैले सबैभन्दा पुराना हप्ताको म्याद पहिले सकिन्छ।

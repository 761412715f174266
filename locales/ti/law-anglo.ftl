# Entitle: Tigrinya. Messages for the legal data of the United Kingdom, the United States, Canada and Australia.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## United Kingdom
protection-gb-nrm_guidance-first_responders-nrm_referral = ንወግዓዊ ደገፍ ምቕራብ
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = ኣባል ፖሊስ፣ ሰራሕተኛ ምምሕዳር ከባቢ (council) ወይ ግብረ-ሰናይ ትካል ደገፍ፣ ዝርዝር ሓበሬታኹም ናብ ስርዓት ደገፍ ዓባይ ብሪጣንያ ክሰዶ ይኽእል። ድሕሪኡ ጉዳይኩም ክርአ፣ ሓገዝ'ውን ክትረኽቡ ትኽእሉ ኢኹም።
caveat-first_responder_only_adults_consent = ባዕልኹም ንርእስኹም ከተቕርቡ ኣይትኽእሉን። ፖሊስ፣ ምምሕዳር ከባቢ ወይ ዝተፈቕደ ግብረ-ሰናይ ትካል ክገብሮ ኣለዎ። ዓቢ ሰብ (18 ዓመት ወይ ልዕሊኡ) እንተኾንኩም፣ ቅድም ስምምዕኩም የድልዮም።
protection-gb-nrm_guidance-recovery-recovery_period = ምስ ደገፍ ንምዕራፍን ንምሕዋይን ግዜ
protection-gb-nrm_guidance-recovery-recovery_period-gives = ጉዳይኩም ክሳብ ዝርአ፣ ውሑስ መንበሪ ቦታ፣ ክንክን ጥዕና፣ ተርጓሚ ከምኡ'ውን ዝድግፈኩም ሰብ ክትረኽቡ ትኽእሉ ኢኹም።
caveat-public_order_disqualification = Home Office ንህዝቢ ሓደጋ ኢኹም ኢሉ እንተሓሲቡ ነዚ ሓገዝ ክኣብየኩም ይኽእል። ብዛዕባ ዘጋጠመኩም ቅኑዓት ኣይነበርኩምን ኢሉ እንተሓሰበ'ውን ክኣብየኩም ይኽእል።
protection-gb-msa_2015-s_45_1-defence_for_adults = ሕጊ ክትጥሕሱ እንተተገዲድኩም ምክልኻል
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = ስለ ዝተዘመዝኩም ዘይሕጋዊ ነገር ክትገብሩ እንተተገዲድኩም፣ ንቤት ፍርዲ ክትነግሩ ትኽእሉ ኢኹም። እዚ ኣንጻር እቲ ክሲ ምክልኻል ክኸውን ይኽእል።
protection-gb-msa_2015-s_45_4-defence_for_children = ሕጊ ክጥሕሱ ንዝተገብሩ ቆልዑ ምክልኻል
protection-gb-msa_2015-s_45_4-defence_for_children-gives = ስለ እትዝመዙ ዝነበርኩም ዘይሕጋዊ ነገር እንተገይርኩም፣ ንቤት ፍርዲ ክትነግሩ ትኽእሉ ኢኹም፣ እዚ ድማ ምክልኻል ክኸውን ይኽእል። ከም ዝተገደድኩም ከተርእዩ ኣየድልየኩምን።
caveat-schedule_4_offences_excluded = እዚ ምክልኻል ገለ ኣዝዮም ከበድቲ ገበናት ኣይሽፍንን፣ ከም ቅትለት ወይ ከበድቲ ዓመጻውያን ወይ ጾታውያን ገበናት። ኣብ እንግሊዝን ዌልስን ጥራሕ እዩ ዝሰርሕ።
protection-gb-msa_2015-s_8-reparation_order = ካብቲ ዝዘመዘኩም ሰብ ክኽፈል ዝእዘዝ ገንዘብ
protection-gb-msa_2015-s_8-reparation_order-gives = ቤት ፍርዲ ነቲ ዝዘመዘኩም ሰብ፣ ንዘብጽሓልኩም ጉድኣት ገንዘብ ክኸፍለኩም ክእዝዞ ይኽእል።
caveat-needs_conviction_and_confiscation_order = እዚ ዝኸውን እቲ ሰብ ገበነኛ እንተተባሂሉን ቤት ፍርዲ ካብኡ ገንዘብ እንተወሲዱን ጥራሕ እዩ። ካብቲ ቤት ፍርዲ ዝወሰዶ ዝበዝሐ ክትረኽቡ ኣይትኽእሉን።
protection-gb-naba_2022-s_65-temporary_permission_to_stay = ኣብ ዓባይ ብሪጣንያ ንግዜ ንምጽናሕ ፍቓድ
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = ንግዜ ኣብ ዓባይ ብሪጣንያ ክትጸንሑ ክፍቀደልኩም ይኽእል። ንምሕዋይ፣ ንዝወረደኩም ጉድኣት ገንዘብ ንምሕታት፣ ወይ ንፖሊስ ንምሕጋዝ ክኸውን ይኽእል።
caveat-recovery_ground_paused = ሕጂ Home Office ንምሕዋይ ዝቐርቡ ሕቶታት ምጽናሕ ኣይውስንን ኣሎ። ካብ ትእዛዝ ምስጓግ (deportation order) ዘለዎ ሰብ ዝቐርብ ዝኾነ ሕቶ'ውን ኣይውስንን ኣሎ።

## United States
protection-us-t_rule_2002-s_214_11-t_status_adult = T ቪዛ ንዓበይቲ (ናይ ቀደም ሕግታት)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = ንገለ ዓመታት ኣብ ኣመሪካ ንምንባርን ንምስራሕን ዘፍቅድ ቪዛ ክትሓቱ ትኽእሉ ኢኹም። ድሒርኩም ንሓዋሩ ንምጽናሕ ከተመልክቱ ትኽእሉ ትኾኑ።
caveat-trauma_exception_and_extreme_hardship = ከቢድ ስንባደ (ትራውማ) ንፖሊስ ምሕጋዝ ኣዝዩ ከቢድ እንተገይሩልኩም፣ ክትሕግዙ ዘየድልየኩም ክኸውን ይኽእል። ግን ካብ ኣመሪካ ምውጻእ ኣዝዩ ብርቱዕ ጉድኣት ከም ዘብጽሓልኩም ከተርእዩ ኣለኩም።
protection-us-t_rule_2002-s_214_11-t_status_child = T ቪዛ ንቆልዑ (ናይ ቀደም ሕግታት)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = ንገለ ዓመታት ኣብ ኣመሪካ ንምንባር፣ ንምምሃርን ንምስራሕን ዘፍቅድ ቪዛ ክትሓቱ ትኽእሉ ኢኹም። ድሒርኩም ንሓዋሩ ንምጽናሕ ከተመልክቱ ትኽእሉ ትኾኑ።
caveat-extreme_hardship_required = ካብ ኣመሪካ ክትወጹ ምግዳድኩም ኣዝዩ ከቢድ ጉድኣት ከም ዘስዕበልኩም ከተርእዩ ኣለኩም።
protection-us-t_rule_2024-s_214_202-t_status_adult = T ቪዛ ንዓበይቲ
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = ንገለ ዓመታት ኣብ ኣመሪካ ንምንባርን ንምስራሕን ዘፍቅድ ቪዛ ክትሓቱ ትኽእሉ ኢኹም። ድሒርኩም ንሓዋሩ ንምጽናሕ ከተመልክቱ ትኽእሉ ትኾኑ።
protection-us-t_rule_2024-s_214_202-t_status_child = T ቪዛ ንቆልዑ
protection-us-t_rule_2024-s_214_202-t_status_child-gives = ንገለ ዓመታት ኣብ ኣመሪካ ንምንባር፣ ንምምሃርን ንምስራሕን ዘፍቅድ ቪዛ ክትሓቱ ትኽእሉ ኢኹም። ድሒርኩም ንሓዋሩ ንምጽናሕ ከተመልክቱ ትኽእሉ ትኾኑ።
protection-us-tvpa_2000-s_107_c_3-continued_presence = ኣብ እዋን ጉዳይ ፖሊስ ንምጽናሕ ፍቓድ
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = እቲ ኣብ ልዕሊኹም ዝተፈጸመ ገበን ክሳብ ዝምርመር፣ ኣብ ኣመሪካ ክትጸንሑን ብሕጋዊ ክትሰርሑን ክፍቀደልኩም ይኽእል።
caveat-requested_by_law_enforcement_only = ነዚ ባዕልኹም ክትሓትዎ ኣይትኽእሉን። ፖሊስ ወይ ካልእ ቤት ጽሕፈት ምኽባር ሕጊ ጥራሕ እዩ ምእንታኹም ክሓቶ ዝኽእል።
protection-us-ina-s_101_a_15_u-u_status = ብከበድቲ ገበናት ንዝተጎድኡ ሰባት U ቪዛ
protection-us-ina-s_101_a_15_u-u_status-gives = ንገለ ዓመታት ኣብ ኣመሪካ ንምንባርን ንምስራሕን ዘፍቅድ ቪዛ ክትሓቱ ትኽእሉ ኢኹም። ድሒርኩም ንሓዋሩ ንምጽናሕ ከተመልክቱ ትኽእሉ ትኾኑ።
caveat-certification_and_substantial_abuse_required = ካብ ፖሊስ ወይ ካልእ ኣካል፣ ከም ዝሓገዝኩምዎም ዝገልጽ ዝተፈርመ ቅጥዒ የድልየኩም። እቲ ገበን ብኣካል ወይ ብኣእምሮ ኣዝዩ ከም ዝጎድኣኩም'ውን ከተርእዩ ኣለኩም።
protection-us-usc_18-s_1593-mandatory_restitution = ቤት ፍርዲ ዝእዝዞ ክፍሊት ንዝጠፍኣኩም
protection-us-usc_18-s_1593-mandatory_restitution-gives = ቤት ፍርዲ ነቲ ዝዘመዘኩም ሰብ፣ ንዝጠፍኣኩም ክኸፍለኩም ክእዝዞ ይኽእል። እዚ ክኽፈለኩም ዝነበሮ ደሞዝ'ውን የጠቓልል።
caveat-only_on_conviction = ነዚ ገንዘብ እትረኽቡ፣ እቲ ሰብ ኣብ ገበናዊ ቤት ፍርዲ ገበነኛ እንተተባሂሉ ጥራሕ እዩ።
protection-us-usc_18-s_1595-civil_action = ንጉድኣት ገንዘብ ካብ ቤት ፍርዲ ምሕታት
protection-us-usc_18-s_1595-civil_action-gives = ካብቲ ዝዘመዘኩም ሰብ ገንዘብ ንምሕታት፣ ናይ ገዛእ ርእስኹም ጉዳይ ኣብ ቤት ፍርዲ ክትከፍቱ ትኽእሉ ኢኹም። ብፍላጥ ካብኡ ገንዘብ ዝረኸበ ዝኾነ ሰብ'ውን ክትሓቱ ትኽእሉ ኢኹም።
caveat-stayed_during_criminal_case = ብዛዕባ ተመሳሳሊ ገበን ገበናዊ ጉዳይ እንተሃልዩ፣ ናይ ገዛእ ርእስኹም ጉዳይ ክሳብ እቲ ጉዳይ ዝውዳእ ክጽበ ኣለዎ።
protection-us-flsa-s_16_b-back_wages = ዘይተኸፈለኩም ደሞዝ ምምላስ
protection-us-flsa-s_16_b-back_wages-gives = ዝግብኣኩም ዝተሓተ ደሞዝን ተወሳኺ ሰዓትን ክኽፈለኩም ክትሓቱ ትኽእሉ ኢኹም። ከም ተወሳኺ ገንዘብ ድማ ተመሳሳሊ መጠን ደጊሙ።
caveat-any_immigration_status = መንግስቲ እዚ ወረቐት እንተዘይብልኩም'ውን ይሰርሕ ይብል። ግን ገለ ኣብያተ ፍርዲ ንሰራሕተኛታት ብዘይ ወረቐት፣ ካልእ ዓይነት ዝጠፍአ ደሞዝ ይገድቡ።

## Canada
protection-ca-irpa-s_24-vtip_trp_until_2025 = ኣብ ካናዳ ንምጽናሕ ፍቓድ (ናይ ቀደም ሕግታት)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = ንግዜ ኣብ ካናዳ ብሕጋዊ ንምጽናሕ ፍቓድ ክትሓቱ ትኽእሉ ኢኹም። ድሕሪኡ ክትዓርፉ፣ ክትሓውዩ፣ ቀጺሉ እንታይ ከም እትገብሩ'ውን ክትውስኑ ትኽእሉ ኢኹም።
protection-ca-irpa-s_24-vtip_trp = ኣብ ካናዳ ንምጽናሕ ፍቓድ
protection-ca-irpa-s_24-vtip_trp-gives = ኣብ ካናዳ ብሕጋዊ ንምጽናሕ ፍቓድ ክትሓቱ ትኽእሉ ኢኹም። ውሑሳት ክትኮኑ፣ ክትሓውዩ፣ ቀጺሉ እንታይ ከም እትገብሩ'ውን ክትሓስቡ ምእንቲ።
protection-ca-ircc_vtip-subsequent_trp-further_permit = ምጽናሕ ንምቕጻል ሓድሽ ፍቓድ
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = ፍቓድኩም ክውዳእ ከሎ፣ ኣብ ካናዳ ዝያዳ ንምጽናሕ ሓድሽ ፍቓድ ክትሓቱ ትኽእሉ ኢኹም።
caveat-later_permits_refused_after_criminal_case = እቲ ሕግታት ንፖሊስ ክትሕግዙ ኣየድልየኩምን ይብል። ግን ገለ ሰባት ድሕሪ ምብቃዕ ገበናዊ ጉዳይ ሓድሽ ፍቓድ ተኣብዮም እዮም።
protection-ca-ircc_vtip-interim_federal_health-health_coverage = ፍቓድ ክሳብ ዘለኩም ክንክን ጥዕና
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = ብመንግስቲ ዝኽፈል ክንክን ጥዕናን ምኽሪ ስነ-ኣእምሮን ክትረኽቡ ትኽእሉ ኢኹም።
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = ኣብ ካናዳ ንምስራሕ ፍቓድ
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = ኣብ ካናዳ ብሕጋዊ ክትሰርሑ ዘፍቅድ ፍቓድ ክትሓቱ ትኽእሉ ኢኹም፣ ብውሕስነት ገንዘብ ክትረኽቡ ምእንቲ።

## Australia
protection-au-stpp-intensive_support_stream-support = ደገፍ መንበሪ፣ ጥዕናን ምኽርን
protection-au-stpp-intensive_support_stream-support-gives = ውሑስ መንበሪ ቦታ፣ ክንክን ጥዕና፣ ምኽሪ ስነ-ኣእምሮ ከምኡ'ውን ተርጓሚ ክትረኽቡ ትኽእሉ ኢኹም። ብዛዕባ ሕግን ቪዛን ምኽሪ፣ ከምኡ'ውን ዝሕግዘኩም ሰራሕተኛ ደገፍ'ውን ክትረኽቡ ትኽእሉ ኢኹም።
caveat-afp_referral_required = ነዚ ደገፍ ክትረኽቡ እትኽእሉ፣ ፖሊስ ፈደራል ኣውስትራልያ (Australian Federal Police) እንተኣቕሪቡኩም ጥራሕ እዩ።
protection-au-stpp-additional_referral_pathway-referral_without_police = ብዘይ ፖሊስ ሓገዝ ምርካብ
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = ብዛዕባ ድሕንነትኩም ምስ ኣገልግሎት ደገፍ ክትዛረቡን ናጻ ሕጋዊ ምኽሪ ክትረኽቡን ትኽእሉ ኢኹም። ናብ ፖሊስ ከይከድኩም ነቲ መደብ ደገፍ ክትጽንበሩ ክሕግዙኹም ይኽእሉ።
caveat-under_16_without_guardian_referred_to_child_protection = ትሕቲ 16 ዓመት እንተኾንኩምን ዝኣልየኩም ውሑስ ዓቢ ሰብ እንተዘየለን፣ እቲ ኣገልግሎት ኣብ ክንድኡ ናብ ሓለዋ ቆልዑን ፖሊስን ክሰደኩም ኣለዎ።
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = ብዘይ ፖሊስ ሓገዝ ምርካብ (ቀጻሊ)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = ብዛዕባ ድሕንነትኩም ምስ ኣገልግሎት ደገፍ ክትዛረቡን ናጻ ሕጋዊ ምኽሪ ክትረኽቡን ትኽእሉ ኢኹም። ናብ ፖሊስ ከይከድኩም ነቲ መደብ ደገፍ ክትጽንበሩ ክሕግዙኹም ይኽእሉ።
caveat-extension_end_date_unknown = እዚ መገዲ ሓገዝ ተናዊሑ እዩ፣ ግን መዓስ ከም ዝውዳእ ኣይንፈልጥን። ስለዚ ገና ክፉት ምዃኑ ኣረጋግጹ።
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = ንምዕራፍን ንምሕዋይን ሓጺር ቪዛ
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = ሓጺር ቪዛ ክትረኽቡ ትኽእሉ ኢኹም። በዚ፣ ክትዓርፉ፣ ክትሓውዩን ቀጺሉ እንታይ ከም እትገብሩ ክትሓስቡን ከለኹም፣ ኣብ ኣውስትራልያ ብሕጋዊ ክትጸንሑ ትኽእሉ ኢኹም።
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = ኣብ ኣውስትራልያ ንምጽናሕ ቀዋሚ ቪዛ
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = ኣብ ኣውስትራልያ ንሓዋሩ ክትጸንሑን ህይወትኩም ኣብኡ ክትሃንጹን ትኽእሉ ትኾኑ።
caveat-certificate_of_contribution_required = ድሮ ንጉዳይ ፖሊስ ወይ ፍርዲ ከም ዝሓገዝኩም ዝገልጽ ወረቐት መንግስቲ የድልየኩም። ክትሕግዙ ድሉዋት ምዃንኩም ጥራሕ ኣይኣክልን።

## Names of legal sources
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (ሕጊ ዘመናዊ ባርነት፣ ዓባይ ብሪጣንያ)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (ሕጊ ዜግነትን ዶባትን፣ ዓባይ ብሪጣንያ)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009) (መምርሒ Home Office ብዛዕባ ሃገራዊ ስርዓት ምቕራብ ግዳያት)
instrument-us-ina = US Immigration and Nationality Act of 1952 (ሕጊ ኢሚግሬሽንን ዜግነትን፣ ኣመሪካ)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (ሕጊ ሓለዋ ግዳያት ንግዲ ደቂ ሰብ፣ ኣመሪካ)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948) (ሕጊ ኣመሪካ፣ ኣርእስቲ 18: ገበናትን ስነ-ስርዓት ገበንን)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002) (ደንቢ ኣመሪካ ብዛዕባ T ቪዛ)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024) (ናይ መወዳእታ ደንቢ ኣመሪካ ብዛዕባ T ቪዛ)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007) (ደንቢ ኣመሪካ ብዛዕባ U ቪዛ)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (ሕጊ ፍትሓዊ ደረጃታት ስራሕ፣ ኣመሪካ)
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001) (ሕጊ ኢሚግሬሽንን ሓለዋ ስደተኛታትን፣ ካናዳ)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006) (መምርሒ IRCC ብዛዕባ ግዝያዊ ፍቓድ መንበሪ ንግዳያት ንግዲ ደቂ ሰብ፣ ካናዳ)
instrument-au-stpp = Australian Support for Trafficked People Program (2004) (መደብ ደገፍ ንግዳያት ንግዲ ደቂ ሰብ፣ ኣውስትራልያ)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (ደንብታት ስደት፣ ኣውስትራልያ)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australia) (ሕጊ ፍትሓዊ ስራሕ፣ ኣውስትራልያ)
instrument-ca-clc = Canada Labour Code (1985) (ሕጊ ስራሕ ካናዳ)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (ሕጊ ሃገራዊ ዝተሓተ ደሞዝ)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (ደንብታት ሃገራዊ ዝተሓተ ደሞዝ)
instrument-gb-era_1996 = Employment Rights Act 1996 (ሕጊ መሰላት ስራሕ)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (ሕጊ ገደብ ግዜ)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (መደብ ካሕሳ ንመጉዳእቲ ገበን)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (ሕጊ ኣመሪካ ብዛዕባ ዝቑጸሩ ሰዓታት ስራሕ)
caveat-above_compulsory_school_age = እዚ መጠን ዝጅምር እቲ መንእሰይ ግዴታዊ ትምህርቲ ምስ ወድአ ጥራሕ እዩ፣ ኣብ መበል 16 ዓመት ልደቱ ኣይኮነን።
caveat-apprentice_rate_conditions = ንተለማመድቲ ዝኸውን ዝተሓተ መጠን ኣይተሓወሰን። ንሱ ንትሕቲ 19 ዓመት ዝኾኑ ተለማመድቲ፣ ወይ ኣብ ቀዳማይ ዓመቶም ንዘለዉ ጥራሕ እዩ። ካልኦት ኩሎም ናይ ዕድሚኦም መጠን ይረኽቡ።
caveat-au_awards_set_higher_minima = መብዛሕትኦም ሰራሕተኛታት ዝለዓለ ዝተሓተ ደሞዝ ዘለዎ award ወይ ስምምዕ ኣለዎም፣ ስለዚ መብዛሕትኡ ግዜ ዝያዳ ይግብኦም። ትሕቲ 21 ዓመት ዝዕድሚኦም ሰራሕተኛታትን ተለማመድትን ናቶም መጠናት ኣለዎም፣ ኣብዚ ኣይተቖጽሩን።
caveat-au_state_victims_schemes_vary = ነፍሲ ወከፍ ክፍለ ሃገርን ግዝኣትን ንግዳያት ገበን ናቱ ክፍሊታትን ናቱ ገደብ ግዜን ኣለዎ። ሓደ'ኳ ኣብዚ ኣይተቖጽረን።
caveat-ca_federal_complaint_24_month_cap = እዚ ጥርዓን ኣብ ትሕቲ ፈደራላዊ ሕጊ ንዘለዉ ስራሓት ጥራሕ እዩ። ቅድሚ ጥርዓንኩም ዝነበሩ 24 ኣዋርሕ ደሞዝ ጥራሕ ክመልስ ይኽእል። ካልኦት ሰራሕተኛታት ብሕጊ ክፍለ ሃገሮም (province) ይጣዓሱ።
caveat-ca_federal_sectors_only = እዚ ፈደራላዊ መጠን ኣብ ፈደራላውያን ዘርፍታት ንዘለዉ ስራሓት ጥራሕ እዩ፣ ከም ባንክታት፣ መንገዲ ኣየርን ኣብ መንጎ ክፍለ ሃገራት ዝካየድ መጓዓዝያን። መብዛሕትኦም ሰራሕተኛታት ናይ ክፍለ ሃገሮም መጠን ኣለዎም። እዚ ዝለዓለ እንተኾይኑ፣ ንሱ ይግባእ።
caveat-ca_overtime_daily_limit_and_exemptions = ኣብ ሓደ መዓልቲ ካብ 8 ሰዓት ንላዕሊ ንዝተሰርሐ'ውን ተወሳኺ ሰዓት ይግባእ። ኣመሓደርትን ገለ ስራሓትን ካልኦት ሕግታት ይኽተሉ።
caveat-cics_exceptions_and_crime_of_violence = እዚ መደብ ኣብ Great Britain ብዓመጻዊ ገበን ንዝወረደ መጉዳእቲ ጥራሕ እዩ ዝኸፍል። ኣብ ቁልዕነት ንዝወረደ በደል ካልኦት ገደባት ግዜ ይምልከቱ። ኣብ ፍሉያት ኩነታት ዝደንጎየ ጠለብ ክቕበል ይኽእል።
caveat-counts_back_from_notice = እቶም ሽዱሽተ ዓመታት ዝቑጸሩ፣ እቲ ሓላፊ ነቲ ምልክታ ካብ ዝሰደሉ መዓልቲ ንድሕሪት እዩ፣ ካብ እትጣዓሱሉ መዓልቲ ኣይኮነን። ስለዚ ዝደንጎየ ኣካል ነቲ ክምለስ ዝኽእል ገንዘብ የጉድሎ።
caveat-each_payment_separately = ነፍሲ ወከፍ ጎደሎ ዝተኸፈለሉ መዓልቲ ክፍሊት ናቱ ሽዱሽተ ዓመት ኣለዎ፣ ስለዚ እቶም ዝኣረጉ ኣዋርሕ ቀዲሞም ይውድኡ።
caveat-early_conciliation_and_two_year_backstop = እቶም ሰለስተ ኣዋርሕ፣ ብመስርሕ ቀዳማይ ዕርቂ (ACAS) ክትሓልፉ ከለኹም ይነውሑ። ግን ትሪብዩናል ቅድሚ ጠለብኩም ኣብ ዝነበሩ ክልተ ዓመታት ዝተወስደ ጥራሕ ክውስነልኩም ይኽእል።
caveat-good_faith_may_reduce = ወሃቢ ስራሕ ብሰናይ ልቢ (good faith) ከም ዝተንቀሳቐሰ እንተኣርእዩ፣ ቤት ፍርዲ ነቲ ተወሳኺ መጠን ከጉድሎ ወይ ክኣብዮ ይኽእል።
caveat-live_in_domestic_workers_exempt = ኣብ ገዛ ወሃቢ ስራሑ ዝነብር ሰራሕተኛ ገዛ፣ ተወሳኺ ሰዓት ኣይግብኦን። ግን ንነፍሲ ወከፍ ሰዓት ዝተሓተ ደሞዝ ሕጂ'ውን ይግብኦ። ኤጀንሲ እንተቘጺሩዎ እዚ ኣይምልከትን።
caveat-nmw_exclusions = ገለ ሰባት ዝተሓተ ደሞዝ ኣይረኽቡን፣ ንኣብነት ምስቲ ዝሰርሓሉ ስድራ ዝነብርን ከም ሓደ ካብኣቶም ዝተሓዝን ሰብ። ጠበቓ ነዚ ከረጋግጽ ይኽእል።
caveat-state_and_local_minimums_often_higher = እዚ ፈደራላዊ ዝተሓተ ደሞዝ ጥራሕ እዩ። ብዙሓት ክፍለ ሃገራትን ከተማታትን ዝለዓለ ኣለዎም፣ እቲ ዝለዓለ ድማ ይግባእ። ንሳቶም ኣይሓዝናዮምን።
caveat-ten_years_after_18_if_minor = ትሕቲ 18 ዓመት እንተነይርኩም፣ ክሳብ 10 ዓመት ድሕሪ መበል 18 ዓመት ልደትኩም ክትሓቱ ትኽእሉ ኢኹም፣ እዚ እንተደንጎየ።
caveat-three_years_if_willful = ወሃቢ ስራሕ ሕጊ ይጥሕስ ምንባሩ እንተፈሊጡ፣ እቲ ገደብ ሰለስተ ዓመት እዩ። ነፍሲ ወከፍ ጎደሎ መዓልቲ ክፍሊት ናቱ ገደብ ኣለዎ፣ ስለዚ እቶም ዝኣረጉ ሰሙናት ቀዲሞም ይውድኡ።

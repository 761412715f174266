# Entitle: Amharic. Messages for the legal data of the United Kingdom, the United States, Canada and Australia. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## United Kingdom
protection-gb-nrm_guidance-first_responders-nrm_referral = ለይፋዊ ድጋፍ መመራት
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = የፖሊስ መኮንን፣ የአካባቢ አስተዳደር (council) ሠራተኛ ወይም የድጋፍ በጎ አድራጎት ድርጅት ዝርዝር መረጃዎን ወደ ዩናይትድ ኪንግደም የድጋፍ ሥርዓት ሊልክ ይችላል። ከዚያም ጉዳይዎ ሊታይና እርዳታ ሊያገኙ ይችላሉ።
caveat-first_responder_only_adults_consent = ራስዎን ማቅረብ አይችሉም። ይህን ማድረግ ያለበት ፖሊስ፣ የአካባቢ አስተዳደር (council) ወይም ዕውቅና ያለው በጎ አድራጎት ድርጅት ነው። ለአካለ መጠን የደረሱ አዋቂ ከሆኑ፣ በመጀመሪያ የእርስዎን ስምምነት ማግኘት አለባቸው።
protection-gb-nrm_guidance-recovery-recovery_period = ከድጋፍ ጋር ለማረፍና ለማገገም የሚሰጥ ጊዜ
protection-gb-nrm_guidance-recovery-recovery_period-gives = ጉዳይዎ እየታየ ባለበት ጊዜ ደኅንነቱ የተጠበቀ መኖሪያ፣ የጤና እንክብካቤ፣ አስተርጓሚ እና የሚደግፍዎ ሰው ሊያገኙ ይችላሉ።
caveat-public_order_disqualification = Home Office ለሕዝብ አደገኛ ነዎት ብሎ ካሰበ ይህን እርዳታ ሊከለክል ይችላል። ስለደረሰብዎ ነገር እውነተኛ አልነበሩም ብሎ ካሰበም ሊከለክል ይችላል።
protection-gb-msa_2015-s_45_1-defence_for_adults = ሕግ እንዲጥሱ ከተገደዱ የሚሰጥ መከላከያ
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = ብዝበዛ ስለደረሰብዎ ሕገወጥ ነገር እንዲያደርጉ ከተገደዱ፣ ለፍርድ ቤቱ መናገር ይችላሉ። ይህ በክሱ ላይ መከላከያ ሊሆን ይችላል።
protection-gb-msa_2015-s_45_4-defence_for_children = ሕግ እንዲጥሱ ለተደረጉ ልጆች የሚሰጥ መከላከያ
protection-gb-msa_2015-s_45_4-defence_for_children-gives = ብዝበዛ እየደረሰብዎ ስለነበረ ሕገወጥ ነገር ካደረጉ፣ ለፍርድ ቤቱ መናገር ይችላሉ፤ ይህም መከላከያ ሊሆን ይችላል። መገደድዎን ማሳየት አያስፈልግዎትም።
caveat-schedule_4_offences_excluded = ይህ መከላከያ አንዳንድ በጣም ከባድ ወንጀሎችን አይሸፍንም፤ ለምሳሌ ግድያን ወይም ከባድ የኃይል ወይም ወሲባዊ ወንጀሎችን። የሚሠራው በእንግሊዝ (England) እና በዌልስ (Wales) ብቻ ነው።
protection-gb-msa_2015-s_8-reparation_order = የበዘበዘዎት ሰው እንዲከፍል የሚታዘዝ ክፍያ
protection-gb-msa_2015-s_8-reparation_order-gives = ፍርድ ቤቱ የበዘበዘዎት ሰው ላደረሰብዎ ጉዳት ገንዘብ እንዲከፍልዎ ሊያዝዝ ይችላል።
caveat-needs_conviction_and_confiscation_order = ይህ የሚሆነው ሰውየው ጥፋተኛ ከተባለና ፍርድ ቤቱ ከእሱ ገንዘብ ከወረሰ ብቻ ነው። ፍርድ ቤቱ ከወረሰው በላይ ማግኘት አይችሉም።
protection-gb-naba_2022-s_65-temporary_permission_to_stay = በዩናይትድ ኪንግደም ጊዜያዊ የመቆየት ፈቃድ
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = በዩናይትድ ኪንግደም ለተወሰነ ጊዜ እንዲቆዩ ሊፈቀድልዎ ይችላል። ይህም ለማገገም፣ ለደረሰብዎ ጉዳት ገንዘብ ለመጠየቅ ወይም ፖሊስን ለመርዳት ሊሆን ይችላል።
caveat-recovery_ground_paused = በአሁኑ ጊዜ Home Office ለማገገም የመቆየት ጥያቄዎችን አይወስንም። ከአገር የማስወጣት ትእዛዝ (deportation order) ካለበት ሰው የሚቀርብ ማንኛውንም ጥያቄም አይወስንም።

## United States
protection-us-t_rule_2002-s_214_11-t_status_adult = ለአዋቂዎች T ቪዛ (የቆዩ ደንቦች)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = በአሜሪካ ለተወሰኑ ዓመታት ለመኖርና ለመሥራት የሚያስችል ቪዛ መጠየቅ ይችላሉ። በኋላ በቋሚነት ለመቆየት ማመልከት ይችሉ ይሆናል።
caveat-trauma_exception_and_extreme_hardship = የሥነ ልቦና ጉዳት ፖሊስን መርዳት በጣም ከባድ ካደረገብዎ፣ መርዳት ላያስፈልግዎት ይችላል። ነገር ግን አሜሪካን ለቀው መውጣት በጣም ከባድ ጉዳት እንደሚያደርስብዎ ማሳየት አለብዎት።
protection-us-t_rule_2002-s_214_11-t_status_child = ለልጆች T ቪዛ (የቆዩ ደንቦች)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = በአሜሪካ ለተወሰኑ ዓመታት ለመኖር፣ ለመማርና ለመሥራት የሚያስችል ቪዛ መጠየቅ ይችላሉ። በኋላ በቋሚነት ለመቆየት ማመልከት ይችሉ ይሆናል።
caveat-extreme_hardship_required = አሜሪካን ለቀው እንዲወጡ መደረግ በጣም ከባድ ጉዳት እንደሚያደርስብዎ ማሳየት አለብዎት።
protection-us-t_rule_2024-s_214_202-t_status_adult = ለአዋቂዎች T ቪዛ
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = በአሜሪካ ለተወሰኑ ዓመታት ለመኖርና ለመሥራት የሚያስችል ቪዛ መጠየቅ ይችላሉ። በኋላ በቋሚነት ለመቆየት ማመልከት ይችሉ ይሆናል።
protection-us-t_rule_2024-s_214_202-t_status_child = ለልጆች T ቪዛ
protection-us-t_rule_2024-s_214_202-t_status_child-gives = በአሜሪካ ለተወሰኑ ዓመታት ለመኖር፣ ለመማርና ለመሥራት የሚያስችል ቪዛ መጠየቅ ይችላሉ። በኋላ በቋሚነት ለመቆየት ማመልከት ይችሉ ይሆናል።
protection-us-tvpa_2000-s_107_c_3-continued_presence = የፖሊስ ጉዳዩ በሚቀጥልበት ጊዜ የመቆየት ፈቃድ
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = በእርስዎ ላይ የተፈጸመው ወንጀል እየተመረመረ ባለበት ጊዜ በአሜሪካ እንዲቆዩና በሕጋዊ መንገድ እንዲሠሩ ሊፈቀድልዎ ይችላል።
caveat-requested_by_law_enforcement_only = ይህን ራስዎ መጠየቅ አይችሉም። ለእርስዎ ሊጠይቅልዎት የሚችለው ፖሊስ ወይም ሌላ የሕግ አስከባሪ መሥሪያ ቤት ብቻ ነው።
protection-us-ina-s_101_a_15_u-u_status = ከባድ ወንጀል ጉዳት ላደረሰባቸው ሰዎች U ቪዛ
protection-us-ina-s_101_a_15_u-u_status-gives = በአሜሪካ ለተወሰኑ ዓመታት ለመኖርና ለመሥራት የሚያስችል ቪዛ መጠየቅ ይችላሉ። በኋላ በቋሚነት ለመቆየት ማመልከት ይችሉ ይሆናል።
caveat-certification_and_substantial_abuse_required = እንደረዷቸው የሚገልጽ፣ ከፖሊስ ወይም ከሌላ መሥሪያ ቤት የተፈረመ ቅጽ ያስፈልግዎታል። ወንጀሉ በሰውነትዎ ወይም በአእምሮዎ ላይ ከባድ ጉዳት እንዳደረሰብዎም ማሳየት አለብዎት።
protection-us-usc_18-s_1593-mandatory_restitution = ላጡት ነገር ፍርድ ቤት የሚያዝዘው ክፍያ
protection-us-usc_18-s_1593-mandatory_restitution-gives = ፍርድ ቤቱ የበዘበዘዎት ሰው ላጡት ነገር፣ መከፈል የነበረበትን ደመወዝ ጨምሮ፣ እንዲከፍልዎ ሊያዝዝ ይችላል።
caveat-only_on_conviction = ይህን ገንዘብ የሚያገኙት ሰውየው በወንጀል ፍርድ ቤት ጥፋተኛ ከተባለ ብቻ ነው።
protection-us-usc_18-s_1595-civil_action = ለጉዳት ገንዘብ እንዲከፈልዎ ፍርድ ቤትን መጠየቅ
protection-us-usc_18-s_1595-civil_action-gives = ከበዘበዘዎት ሰው ገንዘብ ለመጠየቅ የራስዎን የፍርድ ቤት ክስ መመሥረት ይችላሉ። እያወቀ ከዚህ ገንዘብ ያገኘ ማንኛውንም ሰውም መጠየቅ ይችላሉ።
caveat-stayed_during_criminal_case = በዚያው ወንጀል ላይ የወንጀል ክስ ካለ፣ የእርስዎ ክስ ያ ክስ እስኪያልቅ ድረስ መጠበቅ አለበት።
protection-us-flsa-s_16_b-back_wages = ያልተከፈለዎትን ደመወዝ መመለስ
protection-us-flsa-s_16_b-back_wages-gives = የሚገባዎትን ዝቅተኛ ደመወዝና የትርፍ ሰዓት ክፍያ፣ እንዲሁም እንደ ተጨማሪ ገንዘብ ያንኑ ያህል መጠን፣ እንዲከፈልዎ መጠየቅ ይችላሉ።
caveat-any_immigration_status = መንግሥት ይህ ምንም ሰነድ ባይኖርዎትም ይሠራል ይላል። ነገር ግን አንዳንድ ፍርድ ቤቶች ሰነድ ለሌላቸው ሠራተኞች ሌሎች የጠፋ ክፍያ ዓይነቶችን ይገድባሉ።

## Canada
protection-ca-irpa-s_24-vtip_trp_until_2025 = በካናዳ የመቆየት ፈቃድ (የቆዩ ደንቦች)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = በካናዳ ለተወሰነ ጊዜ በሕጋዊ መንገድ ለመቆየት ፈቃድ መጠየቅ ይችላሉ። ከዚያም ማረፍ፣ ማገገምና ቀጥሎ ምን እንደሚያደርጉ መወሰን ይችላሉ።
protection-ca-irpa-s_24-vtip_trp = በካናዳ የመቆየት ፈቃድ
protection-ca-irpa-s_24-vtip_trp-gives = ደኅንነትዎ ተጠብቆ ለማገገምና ቀጥሎ የሚያደርጉትን ለማቀድ፣ በካናዳ በሕጋዊ መንገድ ለመቆየት ፈቃድ መጠየቅ ይችላሉ።
protection-ca-ircc_vtip-subsequent_trp-further_permit = መቆየትዎን ለመቀጠል አዲስ ፈቃድ
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = ፈቃድዎ ሊያበቃ ሲል፣ በካናዳ ረዘም ላለ ጊዜ ለመቆየት አዲስ ፈቃድ መጠየቅ ይችላሉ።
caveat-later_permits_refused_after_criminal_case = ደንቦቹ ፖሊስን መርዳት አያስፈልግዎትም ይላሉ። ነገር ግን አንዳንድ ሰዎች የወንጀል ክሱ ካለቀ በኋላ አዲስ ፈቃድ ተከልክለዋል።
protection-ca-ircc_vtip-interim_federal_health-health_coverage = ፈቃድዎ በሚቆይበት ጊዜ የጤና እንክብካቤ
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = ወጪው በመንግሥት የሚሸፈን የጤና እንክብካቤና የምክር አገልግሎት ሊያገኙ ይችላሉ።
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = በካናዳ የመሥራት ፈቃድ
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = በደኅና ገንዘብ ማግኘት እንዲችሉ፣ በካናዳ በሕጋዊ መንገድ ለመሥራት የሚያስችል ፈቃድ መጠየቅ ይችላሉ።

## Australia
protection-au-stpp-intensive_support_stream-support = በመኖሪያ፣ በጤና እና በምክር ድጋፍ
protection-au-stpp-intensive_support_stream-support-gives = ደኅንነቱ የተጠበቀ መኖሪያ፣ የጤና እንክብካቤ፣ የምክር አገልግሎት እና አስተርጓሚ ሊያገኙ ይችላሉ። ስለ ሕግና ስለ ቪዛ ምክር፣ እንዲሁም የሚረዳዎ የድጋፍ ሠራተኛም ሊያገኙ ይችላሉ።
caveat-afp_referral_required = ይህን ድጋፍ ማግኘት የሚችሉት የአውስትራሊያ ፌዴራል ፖሊስ (Australian Federal Police) ካቀረብዎ ብቻ ነው።
protection-au-stpp-additional_referral_pathway-referral_without_police = ወደ ፖሊስ ሳይሄዱ እርዳታ ማግኘት
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = ደኅንነትዎን ስለ መጠበቅ ከድጋፍ አገልግሎት ጋር መነጋገርና ነጻ የሕግ ምክር ማግኘት ይችላሉ። ወደ ፖሊስ ሳይሄዱ የድጋፍ ፕሮግራሙን እንዲቀላቀሉ ሊረዱዎት ይችላሉ።
caveat-under_16_without_guardian_referred_to_child_protection = ዕድሜዎ ከ16 በታች ከሆነና የሚንከባከብዎ ደኅንነቱ የተጠበቀ አዋቂ ከሌለ፣ አገልግሎቱ በምትኩ ወደ ሕፃናት ጥበቃና ወደ ፖሊስ መላክ አለበት።
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = ያለ ፖሊስ እርዳታ ማግኘት (የቀጠለ)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = ደኅንነትዎን ስለ መጠበቅ ከድጋፍ አገልግሎት ጋር መነጋገርና ነጻ የሕግ ምክር ማግኘት ይችላሉ። ወደ ፖሊስ ሳይሄዱ የድጋፍ ፕሮግራሙን እንዲቀላቀሉ ሊረዱዎት ይችላሉ።
caveat-extension_end_date_unknown = ይህ እርዳታ የማግኛ መንገድ ተራዝሟል፤ ነገር ግን መቼ እንደሚያበቃ አናውቅም፤ ስለዚህ አሁንም ክፍት መሆኑን ያረጋግጡ።
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = ለማረፍና ለማገገም አጭር ቪዛ
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = እያረፉ፣ እያገገሙና ቀጥሎ ስለሚያደርጉት እያሰቡ በአውስትራሊያ በሕጋዊ መንገድ እንዲቆዩ አጭር ቪዛ ሊያገኙ ይችላሉ።
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = በአውስትራሊያ ለመቆየት ቋሚ ቪዛ
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = በአውስትራሊያ በቋሚነት ቆይተው ሕይወትዎን እዚህ ሊገነቡ ይችሉ ይሆናል።
caveat-certificate_of_contribution_required = የፖሊስ ጉዳይን ወይም የፍርድ ሂደትን አስቀድመው እንደረዱ የሚገልጽ የመንግሥት ሰነድ ያስፈልግዎታል፤ ለመርዳት ፈቃደኛ መሆን ብቻ በቂ አይደለም።

## Names of legal sources
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (የዩናይትድ ኪንግደም የዘመናዊ ባርነት ሕግ)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (የዩናይትድ ኪንግደም የዜግነትና የድንበር ሕግ)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009) (ስለ ብሔራዊ የማስተላለፊያ ሥርዓት የHome Office መመሪያ)
instrument-us-ina = US Immigration and Nationality Act of 1952 (የአሜሪካ የኢሚግሬሽንና የዜግነት ሕግ)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (የአሜሪካ የሕገወጥ የሰዎች ዝውውር ተጎጂዎች ጥበቃ ሕግ)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948) (የአሜሪካ ሕግ፣ ርዕስ 18፦ ወንጀሎችና የወንጀል ሥነ ሥርዓት)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002) (ስለ T ቪዛ የአሜሪካ ደንብ)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024) (ስለ T ቪዛ የአሜሪካ የመጨረሻ ደንብ)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007) (ስለ U ቪዛ የአሜሪካ ደንብ)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (የአሜሪካ የፍትሐዊ የሥራ ደረጃዎች ሕግ)
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001) (የካናዳ የኢሚግሬሽንና የስደተኞች ጥበቃ ሕግ)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006) (ለሕገወጥ የሰዎች ዝውውር ተጎጂዎች ስለሚሰጥ ጊዜያዊ የመኖሪያ ፈቃድ የIRCC መመሪያዎች)
instrument-au-stpp = Australian Support for Trafficked People Program (2004) (የሕገወጥ የሰዎች ዝውውር ተጎጂዎችን የሚደግፍ የአውስትራሊያ ፕሮግራም)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (የአውስትራሊያ የፍልሰት ደንቦች)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australia) (የአውስትራሊያ የሥራ ሕግ)
instrument-ca-clc = Canada Labour Code (1985) (የካናዳ የሥራ ሕግ)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (የዩናይትድ ኪንግደም የብሔራዊ ዝቅተኛ ደመወዝ ሕግ)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (የዩናይትድ ኪንግደም የብሔራዊ ዝቅተኛ ደመወዝ ደንቦች)
instrument-gb-era_1996 = Employment Rights Act 1996 (የዩናይትድ ኪንግደም የሥራ መብቶች ሕግ)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (የዩናይትድ ኪንግደም የይርጋ ሕግ)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (በወንጀል ለደረሰ ጉዳት የካሳ ሥርዓት)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (የአሜሪካ ሕግ)
caveat-above_compulsory_school_age = ይህ ተመን የሚጀምረው ወጣቱ የግዴታ ትምህርትን ከጨረሰ በኋላ ብቻ ነው፤ 16ኛ ልደቱ ላይ አይደለም።
caveat-apprentice_rate_conditions = ለተለማማጆች ያለው ዝቅተኛ ተመን እዚህ አልተካተተም። ያ ተመን ከ19 ዓመት በታች ለሆኑ ወይም በመጀመሪያ ዓመታቸው ላይ ላሉ ተለማማጆች ብቻ ነው። ሌሎች ሁሉ ለዕድሜያቸው ያለውን ተመን ያገኛሉ።
caveat-au_awards_set_higher_minima = አብዛኞቹ ሠራተኞች ከፍ ያለ ዝቅተኛ ክፍያ የሚወስን award ወይም ስምምነት አላቸው፤ ስለዚህ ብዙውን ጊዜ ከዚህ የበለጠ ይገባቸዋል። ከ21 ዓመት በታች ያሉ ሠራተኞችና ተለማማጆች የራሳቸው ተመን አላቸው፤ እዚህ አልተቆጠረም።
caveat-au_state_victims_schemes_vary = እያንዳንዱ ክፍለ ግዛትና ግዛት (state and territory) ለወንጀል ተጎጂዎች የራሱ ክፍያዎችና የራሱ የጊዜ ገደብ አለው። አንዳቸውም እዚህ አልተቆጠሩም።
caveat-ca_federal_complaint_24_month_cap = ይህ አቤቱታ በፌዴራል ሕግ ሥር ላሉ ሥራዎች ብቻ ነው። መልሶ ማስገኘት የሚችለው አቤቱታ ከማቅረብዎ በፊት ያሉትን 24 ወራት ክፍያ ብቻ ነው። ሌሎች ሠራተኞች አቤቱታ የሚያቀርቡት በክፍለ ግዛታቸው (province) ሕግ መሠረት ነው።
caveat-ca_federal_sectors_only = ይህ የፌዴራል ተመን በፌዴራል ዘርፎች ላሉ ሥራዎች ብቻ ነው፤ ለምሳሌ ባንኮች፣ አየር መንገዶች እና በክፍለ ግዛቶች መካከል ያለ ትራንስፖርት። አብዛኞቹ ሠራተኞች የክፍለ ግዛታቸው ተመን አላቸው። ያ ከፍ ያለ ከሆነ፣ ያ ይገባቸዋል።
caveat-ca_overtime_daily_limit_and_exemptions = በአንድ ቀን ከ8 ሰዓት በላይ ለሚሠራም የትርፍ ሰዓት ክፍያ ይገባል። ሥራ አስኪያጆችና አንዳንድ ሥራዎች ሌሎች ደንቦችን ይከተላሉ።
caveat-cics_exceptions_and_crime_of_violence = ይህ ሥርዓት የሚከፍለው በታላቋ ብሪታንያ (Great Britain) በኃይል ወንጀል ለደረሰ ጉዳት ብቻ ነው። በልጅነት ለደረሰ በደል ሌሎች የጊዜ ገደቦች አሉ። በልዩ ሁኔታዎች ዘግይቶ የቀረበ ጥያቄ ሊቀበል ይችላል።
caveat-counts_back_from_notice = ስድስቱ ዓመታት ወደ ኋላ የሚቆጠሩት ኃላፊው ማስታወቂያውን ከሚልክበት ቀን ጀምሮ ነው እንጂ አቤቱታ ካቀረቡበት ቀን አይደለም። ስለዚህ የሚዘገይ ባለሥልጣን መልሶ ሊገኝ የሚችለውን መጠን ያሳንሳል።
caveat-each_payment_separately = ያነሰ ክፍያ የተከፈለበት እያንዳንዱ የክፍያ ቀን የራሱ ስድስት ዓመት አለው፤ ስለዚህ በጣም የቆዩት ወራት ቀድመው ያልፋሉ።
caveat-early_conciliation_and_two_year_backstop = ቀደምት ዕርቅ (early conciliation, ACAS) በሚያካሂዱበት ጊዜ ሦስቱ ወራት ይረዝማሉ። ነገር ግን ችሎቱ (tribunal) ሊወስን የሚችለው ጥያቄዎን ከማቅረብዎ በፊት ባሉት ሁለት ዓመታት የተወሰደውን ብቻ ነው።
caveat-good_faith_may_reduce = አሠሪው በቅን ልቦና እንደሠራ ካሳየ፣ ፍርድ ቤቱ ተጨማሪውን መጠን ሊቀንስ ወይም ሊከለክል ይችላል።
caveat-live_in_domestic_workers_exempt = በአሠሪው ቤት የሚኖር የቤት ሠራተኛ የትርፍ ሰዓት ክፍያ አይገባውም። ለእያንዳንዱ ሰዓት ግን ዝቅተኛው ክፍያ አሁንም ይገባዋል። ይህ ኤጀንሲ ሲቀጥራቸው አይመለከትም።
caveat-nmw_exclusions = አንዳንድ ሰዎች ዝቅተኛ ደመወዝ አያገኙም፤ ለምሳሌ ከሚሠራለት ቤተሰብ ጋር የሚኖርና እንደ ቤተሰብ አባል የሚታይ ሰው። ጠበቃ ይህን ሊያጣራ ይችላል።
caveat-state_and_local_minimums_often_higher = ይህ የፌዴራል ዝቅተኛ ደመወዝ ብቻ ነው። ብዙ ግዛቶችና ከተሞች ከፍ ያለ ዝቅተኛ ደመወዝ አላቸው፤ የሚገባውም ከፍ ያለው ነው። እነዚያን አልያዝንም።
caveat-ten_years_after_18_if_minor = ዕድሜዎ ከ18 በታች ከነበረ፣ ያ ዘግይቶ የሚመጣ ከሆነ 18ኛ ልደትዎ ካለፈ 10 ዓመት እስኪሆን ድረስ መጠየቅ ይችላሉ።
caveat-three_years_if_willful = አሠሪው ሕጉን እየጣሰ መሆኑን ያውቅ ከነበረ የጊዜ ገደቡ ሦስት ዓመት ነው። ያነሰ ክፍያ የተከፈለበት እያንዳንዱ የክፍያ ቀን የራሱ የጊዜ ገደብ አለው፤ ስለዚህ በጣም የቆዩት ሳምንታት ቀድመው ያልፋሉ።

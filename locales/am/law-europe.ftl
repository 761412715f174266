# Entitle: Amharic. Messages for the legal data of Germany, the Netherlands, Italy, Spain and France. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Germany
protection-de-aufenthg-s_59_7-reflection_period = ለማረፍና ለመወሰን የሚሰጥ ጊዜ
protection-de-aufenthg-s_59_7-reflection_period-gives = ለማረፍና ድጋፍ ለማግኘት በጀርመን ለተወሰነ ጊዜ ሊቆዩ ይችላሉ። ስለደረሰብዎ ነገር ማስረጃ ለመስጠት ይፈልጉ እንደሆነ ለመወሰን ጊዜ መውሰድ ይችላሉ።
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = እንደ ምስክር የመቆየት ፈቃድ
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = በጎዱዎት ሰዎች ላይ የተከፈተው የወንጀል ክስ እስኪያልቅ ድረስ በጀርመን ለመኖር ፈቃድ ሊያገኙ ይችላሉ።
caveat-prosecutor_must_deem_presence_appropriate = ለክሱ በአገሩ ውስጥ እንዲኖሩ እንደሚያስፈልጉ ዐቃቤ ሕጉ ወይም ፍርድ ቤቱ መስማማት አለበት። ይስማሙ እንደሆነ ልናውቅ አንችልም።
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = በጣም ፍትሐዊ ያልሆነ ሕገወጥ ሥራ ከሠሩ በኋላ የመቆየት ፈቃድ
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = ስለ ሥራዎና ስለ አሠሪዎ የተከፈተው የወንጀል ክስ እስኪያልቅ ድረስ በጀርመን ለመኖር ፈቃድ ሊያገኙ ይችላሉ።
instrument-de-aufenthg = German Residence Act 2004 (AufenthG) (የጀርመን የመኖሪያ ሕግ)

## Netherlands
protection-nl-vc_2000-b8_3-reflection_period = ከመጠለያና ከድጋፍ ጋር ለማረፍ የሚሰጥ ጊዜ
protection-nl-vc_2000-b8_3-reflection_period-gives = ደኅንነቱ የተጠበቀ የመኝታ ቦታና ለመኖሪያ የሚሆን ገንዘብ አግኝተው በኔዘርላንድ ለተወሰነ ጊዜ ሊቆዩ ይችላሉ። በዚያ ጊዜ ውስጥ ወንጀሉን ሪፖርት ለማድረግ ይፈልጉ እንደሆነ መወሰን ይችላሉ።
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = ጉዳዩ እስኪያልቅ ድረስ የመቆየት ፈቃድ
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = ፖሊስ ምርመራ እያካሄደና የወንጀል ክሱ እየቀጠለ ባለበት ጊዜ በኔዘርላንድ ለመኖር ነጻ ፈቃድ ሊያገኙ ይችላሉ።
caveat-exempt_from_cooperation_if_unable = ስለታመሙ፣ ዕድሜዎ ከ18 በታች ስለሆነ ወይም ከባድ አደጋ ላይ ስለሆኑ ፖሊስን መርዳት ካልቻሉ፣ ይህን ፈቃድ አሁንም ሊያገኙ ይችሉ ይሆናል።
protection-nl-vb_2000-art_3_51_1_k-continued_residence = ጉዳዩ ካለቀ በኋላ መቆየት
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = የወንጀል ክሱ ካለቀ በኋላ በኔዘርላንድ መኖርዎን ለመቀጠል ፈቃድ ሊያገኙ ይችላሉ።
caveat-after_conviction_or_three_years = ይህ ብዙውን ጊዜ በጉዳይዎ አንድ ሰው ጥፋተኛ መባሉን፣ ወይም የሕገወጥ የሰዎች ዝውውር ፈቃዱን ለሦስት ዓመት መያዝዎን ይጠይቃል።
instrument-nl-vw_2000 = Dutch Aliens Act 2000 (Vw 2000) (የኔዘርላንድ የውጭ ዜጎች ሕግ)
instrument-nl-vb_2000 = Dutch Aliens Decree 2000 (Vb 2000) (የኔዘርላንድ የውጭ ዜጎች ድንጋጌ)
instrument-nl-vc_2000 = Dutch Aliens Circular 2000 (Vc 2000) (የኔዘርላንድ የውጭ ዜጎች ሰርኩላር)

## Italy
protection-it-tui-art_18-special_permit_social_track = በድጋፍ ድርጅት በኩል የሚሰጥ ልዩ ፈቃድ
protection-it-tui-art_18-special_permit_social_track-gives = በጣሊያን ለመኖርና ለመሥራት ፈቃድ ሊያገኙ፣ እንዲሁም ደኅንነትዎ እንዲጠበቅና አዲስ ሕይወት እንዲገነቡ የሚረዳ ፕሮግራም ውስጥ ሊገቡ ይችላሉ።
caveat-concrete_danger_assessed_by_authority = የፖሊስ ኃላፊው በእውነተኛ አደጋ ላይ መሆንዎን መወሰን አለበት። ስለዚህ አልጠየቅንም፤ ስለዚህ ከእርስዎ ሁኔታ ጋር ይስማማ እንደሆነ ልንናገር አንችልም።
protection-it-tui-art_18-special_permit_judicial_track = በወንጀል ክስ በኩል የሚሰጥ ልዩ ፈቃድ
protection-it-tui-art_18-special_permit_judicial_track-gives = በጣሊያን ለመኖርና ለመሥራት ፈቃድ ሊያገኙ፣ እንዲሁም ደኅንነትዎ እንዲጠበቅና አዲስ ሕይወት እንዲገነቡ የሚረዳ ፕሮግራም ውስጥ ሊገቡ ይችላሉ።
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = ክፉኛ የበዘበዘዎትን አሠሪ ሪፖርት ካደረጉ የሚሰጥ ፈቃድ
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = በአሠሪዎ ላይ የተከፈተው የወንጀል ክስ እስኪያልቅ ድረስ በጣሊያን ለመኖር ፈቃድ ሊያገኙ ይችላሉ።
caveat-particularly_exploitative_conditions_only = ይህ የነበረው በተለይ ከባድ ብዝበዛ ለደረሰበት ሥራ ብቻ ነው፤ ይህም እኛ ከምንፈልጋቸው ምልክቶች የበለጠ ከፍ ያለ መስፈርት ነው።
protection-it-tui-art_18_ter-permit_for_labour_exploitation = ብዝበዛ ለደረሰባቸው ሠራተኞች የሚሰጥ ፈቃድ
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = በሥራ ቦታ የደረሰብዎን አያያዝ እውነቱ እንዲወጣ ከረዱ በኋላ፣ በጣሊያን ለመኖርና ለመሥራት ፈቃድ ሊያገኙ ይችላሉ።
caveat-judicial_authority_or_labour_inspectorate_covers_family = ዐቃቤ ሕግ ወይም ዳኛ ሊጠይቀው፣ ወይም የሥራ ሁኔታ ተቆጣጣሪዎች ሊደግፉት ይገባል። ፈቃዱ የቤተሰብዎን አባላትም ሊያካትት ይችላል።
instrument-it-tui = Italian Consolidated Immigration Act, Legislative Decree 286/1998 (TUI) (የጣሊያን የተጠቃለለ የኢሚግሬሽን ሕግ)
instrument-it-dl_145_2024 = Italian Decree-Law 145/2024 (Flows Decree) (የጣሊያን ድንጋጌ ሕግ)
instrument-it-dl_146_2025 = Italian Decree-Law 146/2025 (Flows Decree 2025) (የጣሊያን ድንጋጌ ሕግ)
instrument-it-dpr_394_1999 = Italian Presidential Decree 394/1999 (Immigration Act Regulation) (የጣሊያን የኢሚግሬሽን ሕግ ደንብ)

## Spain
protection-es-loex-art_59_bis-reflection_period = ለማገገምና ለመወሰን የሚሰጥ ጊዜ
protection-es-loex-art_59_bis-reflection_period-gives = ለማገገምና ፖሊስን ስለ መርዳት ለማሰብ በስፔን ለተወሰነ ጊዜ ሊቆዩ ይችላሉ። በዚህ ጊዜ ውስጥ እርስዎን ከአገር ለማስወጣት የሚወሰዱ እርምጃዎች መቆም አለባቸው።
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = ያለ ሰነድ በስፔን በመገኘትዎ አለመቀጣት
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = ያለ ትክክለኛ ሰነድ በስፔን በመቆየትዎ ሊጣልብዎ ከሚችለው የገንዘብ ቅጣት ወይም ከአገር መባረር ነጻ ሊሆኑ ይችላሉ።
protection-es-loex-art_59_bis-permit_personal_situation = በግል ሁኔታዎ ምክንያት የሚሰጥ ፈቃድ
protection-es-loex-art_59_bis-permit_personal_situation-gives = ፖሊስን ባይረዱም እንኳ፣ በራስዎ ሁኔታ ምክንያት በስፔን ለመኖርና ለመሥራት ፈቃድ ሊያገኙ ይችላሉ።
caveat-after_exemption_from_liability = በመጀመሪያ ባለሥልጣናቱ ያለ ሰነድ በስፔን በመገኘትዎ እንዳይቀጡ መወሰን አለባቸው። ከዚያ በኋላ ብዙውን ጊዜ ይህን ፈቃድ መጠየቅ ይችላሉ።
protection-es-loex-art_59_bis-permit_for_cooperation = ፖሊስን ወይም ፍርድ ቤትን ስለረዱ የሚሰጥ ፈቃድ
protection-es-loex-art_59_bis-permit_for_cooperation-gives = በምርመራው ወይም በፍርድ ቤቱ ጉዳይ ስለሚረዱ በስፔን ለመኖርና ለመሥራት ፈቃድ ሊያገኙ ይችላሉ።
protection-es-loex-art_59-permit_for_cooperation_against_networks = በዝባዥ ቡድኖችን ለማስቆም ስለረዱ የሚሰጥ ፈቃድ
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = በስፔን ለመኖርና ለመሥራት ፈቃድ ሊያገኙ፣ ያለ ሰነድ በመቆየትዎ ከሚጣለው ቅጣትም ነጻ ሊሆኑ ይችላሉ።
instrument-es-loex = Spanish Foreigners Act, Organic Law 4/2000 (LOEX) (የስፔን የውጭ ዜጎች ሕግ)
instrument-es-rloex = Spanish Foreigners Regulation, Royal Decree 557/2011 (RLOEX) (የስፔን የውጭ ዜጎች ደንብ)
instrument-es-rloex_2024 = Spanish Foreigners Regulation, Royal Decree 1155/2024 (የስፔን የውጭ ዜጎች ደንብ፤ ከሜይ 20 ቀን 2025 እ.ኤ.አ. ጀምሮ ተፈጻሚ)

## France
protection-fr-ceseda-r_425_2-reflection_period = ለማረፍና ለማሰብ የሚሰጥ ጊዜ
protection-fr-ceseda-r_425_2-reflection_period-gives = እያረፉ አቤቱታ ማቅረብ ይፈልጉ እንደሆነ በሚወስኑበት ጊዜ በፈረንሳይ እንዲቆዩ የሚያስችል ሰነድ ሊያገኙ ይችላሉ። እንዲሠሩም ሊፈቅድልዎ ይችላል።
protection-fr-ceseda-l_425_1-temporary_residence_card = አቤቱታ ካቀረቡ ወይም ከመሰከሩ የሚሰጥ የመኖሪያ ካርድ
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = የወንጀል ክሱ እስኪያልቅ ድረስ በፈረንሳይ ለመኖርና ለመሥራት ካርድ ሊያገኙ ይችላሉ።
caveat-complaint_or_testimony_required = ለፖሊስ አቤቱታ ማቅረብ ወይም በጉዳዩ ላይ ማስረጃ መስጠት አለብዎት። ለመርዳት ፈቃደኛ ነኝ ማለት ብቻ በቂ አይደለም።
protection-fr-ceseda-l_425_2-allowance = ለኑሮ የሚሆን ገንዘብ
protection-fr-ceseda-l_425_2-allowance-gives = ለምግብና ለሌሎች መሠረታዊ ፍላጎቶች ለመክፈል የሚረዳዎ መደበኛ ገንዘብ ሊያገኙ ይችላሉ።
protection-fr-ceseda-l_425_3-resident_card = የረጅም ጊዜ የነዋሪነት ካርድ
protection-fr-ceseda-l_425_3-resident_card-gives = በፈረንሳይ ለብዙ ዓመታት ለመኖርና ለመሥራት ካርድ ሊያገኙ ይችላሉ።
caveat-only_after_final_conviction = ይህ የሚቻለው ተከሳሹ በፍርድ ቤት በመጨረሻ ውሳኔ ጥፋተኛ ከተባለ በኋላ ብቻ ነው። የፍርድ ሂደት እንዴት እንደሚያበቃ ልናውቅ አንችልም።
protection-fr-ceseda-l_425_4-exit_programme_permit = ከሴተኛ አዳሪነት ለመውጣት በፕሮግራም ላይ ሳሉ የሚሰጥ ፈቃድ
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = ከወሲብ ሥራ ርቀው አዲስ ሕይወት ለመጀመር ከሚያግዝ እርዳታ ጋር በፈረንሳይ ለመቆየት ፈቃድ ሊያገኙ ይችላሉ።
caveat-only_for_prostitution_exit_programme = ይህ ወሲብ መሸጥ ላቆሙ ሰዎች ብቻ ነው። ከድጋፍ ድርጅት ጋር ሆነው ከወሲብ ሥራ ለመውጣት የተዘጋጀ ይፋዊ ዕቅድ መከተል አለባቸው።
instrument-fr-ceseda = French Code on the Entry and Stay of Foreigners and the Right of Asylum (CESEDA, 2020 version) (የውጭ ዜጎች መግቢያ፣ ቆይታ እና የጥገኝነት መብት የፈረንሳይ ሕግ)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-de-milog = Minimum Wage Act (Mindestlohngesetz, MiLoG, 2014) (የጀርመን የዝቅተኛ ደመወዝ ሕግ)
instrument-de-bgb = Civil Code (Bürgerliches Gesetzbuch, BGB) (የጀርመን የፍትሐ ብሔር ሕግ)
instrument-de-sgb_14 = Social Code Book XIV: Social Compensation (SGB XIV, 2019) (የጀርመን የማኅበራዊ ካሳ ሕግ)
instrument-es-et_2015 = Workers’ Statute (Estatuto de los Trabajadores, 2015) (የስፔን የሠራተኞች ሕግ)
instrument-es-ley_35_1995 = Law 35/1995 on aid to victims of violent and sexual crimes (ለኃይልና ለወሲባዊ ወንጀሎች ተጎጂዎች እርዳታ የስፔን ሕግ)
instrument-fr-code_travail = Labour Code (Code du travail) (የፈረንሳይ የሥራ ሕግ)
instrument-fr-code_procedure_penale = Code of Criminal Procedure (Code de procédure pénale) (የፈረንሳይ የወንጀለኛ መቅጫ ሥነ ሥርዓት ሕግ)
instrument-it-cc = Civil Code (Codice civile) (የጣሊያን የፍትሐ ብሔር ሕግ)
instrument-it-l_228_2003 = Law 228/2003 on measures against trafficking in persons (ሕገወጥ የሰዎች ዝውውርን ለመከላከል እርምጃዎች የጣሊያን ሕግ)
instrument-nl-wml = Minimum Wage and Minimum Holiday Allowance Act (Wet minimumloon en minimumvakantiebijslag) (የኔዘርላንድ የዝቅተኛ ደመወዝ ሕግ)
instrument-nl-bw_3 = Civil Code, Book 3 (Burgerlijk Wetboek) (የኔዘርላንድ የፍትሐ ብሔር ሕግ)
instrument-nl-wsg = Violent Crimes Compensation Fund Act (Wet schadefonds geweldsmisdrijven) (የኔዘርላንድ የኃይል ወንጀሎች ካሳ ፈንድ ሕግ)
caveat-backdating_limit_not_a_bar = ከአንድ ዓመት በኋላም ማመልከት ይችላሉ። ነገር ግን ቀደም ብለው ማመልከት ያልቻሉ ካልሆነ በስተቀር፣ ክፍያ የሚያገኙት ካመለከቱበት ወር ጀምሮ ብቻ ነው።
caveat-each_month_runs_separately = የእያንዳንዱ ወር ክፍያ የራሱ አምስት ዓመት አለው፤ ስለዚህ በጣም የቆዩት ወራት ቀድመው ያልፋሉ። ለአሠሪው በጽሑፍ የሚቀርብ ጥያቄ ጊዜውን እንደገና ያስጀምራል።
caveat-es_domestic_hourly_external_only = በሰዓት ለሚከፈላቸውና በአሠሪው ቤት ለማይኖሩ የቤት ሠራተኞች ያለው የሰዓት ዝቅተኛ ክፍያ እዚህ አልተካተተም። በአሠሪው ቤት የሚኖር የቤት ሠራተኛ የወር ዝቅተኛ ክፍያ ይገባዋል።
caveat-es_each_payment_own_year_interruptible = እያንዳንዱ ያልተከፈለ ደመወዝ ከክፍያ ቀኑ በአንድ ዓመት ውስጥ መጠየቅ አለበት፤ ስለዚህ በጣም የቆዩት ወራት ቀድመው ያልፋሉ። ለአሠሪው የሚቀርብ መደበኛ ጥያቄ፣ ወይም ዕርቅ (conciliation) መጠየቅ፣ ዓመቱን እንደገና ያስጀምራል።
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = ይህ እርዳታ ሞት ወይም ከባድ ጉዳት ላደረሱ የኃይል ወንጀሎችና ለወሲባዊ ወንጀሎች ብቻ ነው። የወንጀል ክስ በሚቀጥልበት ጊዜ የጊዜ ቆጠራው ይቆማል።
caveat-es_smi_floor_14_payments = ዝቅተኛው ደመወዝ በዓመት በ14 ክፍያዎች ይከፈላል። ሁለቱ ተጨማሪ ክፍያዎች እዚህ አልተቆጠሩም፤ ስለዚህ ከዚህ የበለጠ ሊገባዎት ይችላል።
caveat-fr_civi_prosecution_extends_relief_possible = የወንጀል ክስ ካለ፣ ከመጨረሻው ውሳኔ በኋላ እስከ አንድ ዓመት ድረስ አሁንም መጠየቅ ይችላሉ። ኮሚሽኑ በቂ ምክንያት ካለ ዘግይቶ የቀረበ ጥያቄን ሊቀበል ይችላል። ለልጅ፣ ጊዜው የሚጀምረው 18 ዓመት ሲሞላ ነው።
caveat-fr_smic_floor_mayotte_minors = ይህ ለዋናው የፈረንሳይ ግዛት ያለው ዝቅተኛ ደመወዝ ነው። ማዮት (Mayotte) ያነሰ ዝቅተኛ ደመወዝ አላት። የጋራ ስምምነቶች ብዙውን ጊዜ ከዚህ የበለጠ ይጠይቃሉ። አንዳንድ ወጣት ሠራተኞችና ተለማማጆች ያነሰ ሊከፈላቸው ይችላል።
caveat-fr_wage_claim_each_payday_three_years_before_end = የእያንዳንዱ ወር ክፍያ በሦስት ዓመት ውስጥ መጠየቅ አለበት፤ ስለዚህ በጣም የቆዩት ወራት ቀድመው ያልፋሉ። ሥራው ካበቃ በኋላ፣ ለመጨረሻዎቹ ሦስት ዓመታት መጠየቅ ይችላሉ።
caveat-intentional_injury_damages_only = 30ዎቹ ዓመታት የሚመለከቱት በሕይወትዎ፣ በሰውነትዎ፣ በጤናዎ ወይም በነጻነትዎ ላይ ሆን ተብሎ ለደረሰ ጉዳት የሚጠየቅ ካሳን ብቻ ነው። ላልተከፈለ ደመወዝ አይደሉም።
caveat-it_longer_if_crime = ጉዳቱ ረዘም ያለ የጊዜ ገደብ ያለው ወንጀል ከሆነ፣ ለምሳሌ ሕገወጥ የሰዎች ዝውውር ወይም ባርነት፣ የካሳ ጥያቄውም ያንኑ ረዘም ያለ የጊዜ ገደብ ያገኛል።
caveat-it_wage_limit_private_sector_interruptible = አምስቱ ዓመታት ሥራው ሲያበቃ የሚጀምሩት ለግል አሠሪዎች ብቻ ነው። ክፍያ ለመጠየቅ በጽሑፍ የሚቀርብ እያንዳንዱ ጥያቄ አምስቱን ዓመታት እንደገና ያስጀምራል።
caveat-late_application_if_reasonable = ፈንዱ ጥያቄው በተቻለ ፍጥነት ከቀረበ ዘግይቶ የቀረበ ጥያቄን አሁንም ሊቀበል ይችላል። የሚከፍለው በኃይል ወንጀል ለደረሰ ከባድ ጉዳት ብቻ ነው።
caveat-monthly_minimum_for_full_time_week = ከ2024 በፊት ዝቅተኛው ደመወዝ ለሙሉ ጊዜ ሳምንት የሚሰጥ የወር መጠን ነበር። እኛ ለ40 ሰዓት ሳምንት እንቆጥረዋለን፤ ይህም ረጅሙ የተለመደ ሳምንት ነው። ሳምንቱ አጭር ከነበረ፣ ከዚህ የበለጠ ይገባዎታል።
caveat-runs_from_end_of_year = ሦስቱ ዓመታት የሚጀምሩት ክፍያው መከፈል በነበረበት ዓመት መጨረሻ ነው። በፍርድ ቤት የሚቀርብ ጥያቄ ጊዜውን ያቆማል።
caveat-runs_from_knowledge_longer_against_offender = አምስቱ ዓመታት የሚጀምሩት ጉዳቱንና ጉዳቱን ያደረሰውን ሰው ሲያውቁ ነው። በወንጀል ፈጻሚው ላይ የሚቀርብ ጥያቄ ቢያንስ ሰውየው ሊከሰስ የሚችልበትን ጊዜ ያህል ይቆያል።
caveat-sector_minimum_wages_and_exclusions = አንዳንድ ዘርፎች ከፍ ያለ ዝቅተኛ ደመወዝ አላቸው። ይህ ዝቅተኛ ደመወዝ ሥልጠና የሌላቸውን ከ18 በታች የሆኑትን፣ ተለማማጆችን፣ አንዳንድ የልምምድ ሠራተኞችንና በጎ ፈቃደኞችን አይሸፍንም።
caveat-youth_minimum_not_encoded = ከ21 ዓመት በታች ያሉ ሠራተኞች ያነሰ ዝቅተኛ ደመወዝ አላቸው፤ ይህም እዚህ አልተቆጠረም።

# Entitle: Amharic. Messages for the legal data of the United Nations, ILO, Council of Europe and European Union layers and the international baseline. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## United Nations
protection-un-palermo_tip-art_6_3-recovery_assistance = ከጉዳት በኋላ ለማገገም የሚሰጥ እርዳታ
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = ደኅንነቱ የተጠበቀ መኖሪያ፣ የጤና እንክብካቤ እና በሚገባዎት ቋንቋ እርዳታ ሊያገኙ ይችላሉ።
protection-un-palermo_tip-art_6_6-compensation = ለደረሰብዎ ጉዳት የሚከፈል ገንዘብ
protection-un-palermo_tip-art_6_6-compensation-gives = ለደረሰብዎ ጉዳት ማካካሻ የሚሆን ገንዘብ (ካሳ) መጠየቅ ይችላሉ።
protection-un-palermo_tip-art_7-permission_to_remain = በአገሩ ውስጥ የመቆየት ፈቃድ
protection-un-palermo_tip-art_7-permission_to_remain-gives = በአገሩ ውስጥ ለተወሰነ ጊዜ፣ ወይም ለረዘመ ጊዜ፣ እንዲቆዩ ሊፈቀድልዎ ይችላል።
protection-un-palermo_tip-art_8-safe_return = በደኅና ወደ አገር መመለስ
protection-un-palermo_tip-art_8-safe_return-gives = ወደ አገርዎ መመለስ ከፈለጉ፣ በደኅና ለመመለስ እርዳታ መጠየቅ ይችላሉ።
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = በሕገወጥ መንገድ ድንበር በመሻገርዎ ብቻ አለመቀጣት
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = አንድ ሰው በሕገወጥ መንገድ ድንበር አሻግሮ ወደ አገሩ ስላስገባዎት ብቻ በወንጀል ሊከሰሱ አይገባም።
protection-un-smuggling_protocol-art_16-protection_from_violence = ከጥቃት ጥበቃ
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = አንድ ሰው ቢጎዳዎት ወይም ቢያስፈራራዎት ጥበቃ መጠየቅ ይችላሉ። ሕይወትዎ ወይም ደኅንነትዎ አደጋ ላይ ከሆነ እርዳታ መጠየቅ ይችላሉ።
protection-un-refugee_convention-art_33-non_refoulement = ወደ አደጋ አለመመለስ
protection-un-refugee_convention-art_33-non_refoulement-gives = ሕይወትዎ ወይም ነጻነትዎ አደጋ ላይ ወደሚወድቅበት አገር እንዳይላኩ መጠየቅ ይችላሉ።
protection-un-cat-art_3-no_return_to_torture = ወደ ማሰቃየት አለመመለስ
protection-un-cat-art_3-no_return_to_torture-gives = ሊሰቃዩ ወደሚችሉበት አገር እንዳይላኩ መጠየቅ ይችላሉ።
protection-un-crc-art_39-child_recovery = ለልጆች እንክብካቤና ፈውስ
protection-un-crc-art_39-child_recovery-gives = ጉዳት የደረሰባቸው ወይም የተበዘበዙ ልጆች በሰውነትም በአእምሮም እንዲፈወሱ፣ ደኅንነቱ በተጠበቀ ቦታ እንክብካቤ ሊያገኙ ይችላሉ።
protection-un-icrmw-art_25-equal_pay_even_if_irregular = ሰነድ ባይኖርም ፍትሐዊ ክፍያ
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = ምንም ሰነድ ባይኖርዎትም፣ የአገሩ ሠራተኞች የሚያገኙትን ያህል ክፍያና ተመሳሳይ የሥራ ደንቦች መጠየቅ ይችላሉ።
caveat-shall_consider = አገሩ ይህን ስለ መስጠት ማሰብ አለበት፤ ነገር ግን የመስጠት ግዴታ የለበትም።
caveat-other_offences_still_possible = በዚያ አገር ወንጀል በሆኑ ሌሎች ባደረጓቸው ነገሮች አሁንም ሊከሰሱ ይችላሉ።
instrument-un-icrmw = የሁሉንም ስደተኛ ሠራተኞችና የቤተሰቦቻቸውን አባላት መብቶች ለመጠበቅ የወጣ ዓለም አቀፍ ስምምነት (International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families, 1990)
instrument-un-palermo_tip = የተባበሩት መንግሥታት የሕገወጥ የሰዎች ዝውውር ፕሮቶኮል (UN Trafficking in Persons Protocol፣ Palermo Protocol፣ 2000)
instrument-un-smuggling_protocol = ሰዎችን በየብስ፣ በባሕርና በአየር በሕገወጥ መንገድ ድንበር ማሻገርን የሚከላከል የተባበሩት መንግሥታት ፕሮቶኮል (UN Protocol against the Smuggling of Migrants by Land, Sea and Air, 2000)
instrument-un-refugee_convention = የተባበሩት መንግሥታት የስደተኞች ስምምነት (UN Refugee Convention, 1951)
instrument-un-cat = የተባበሩት መንግሥታት ማሰቃየትን የሚከለክል ስምምነት (UN Convention against Torture, 1984)
instrument-un-crc = የተባበሩት መንግሥታት የሕፃናት መብቶች ስምምነት (UN Convention on the Rights of the Child, 1989)
instrument-unhcr-gip_7 = የUNHCR ዓለም አቀፍ ጥበቃ መመሪያ ቁ. 7፦ የሕገወጥ የሰዎች ዝውውር ተጎጂዎች (UNHCR Guidelines on International Protection No. 7, 2006)

## International Labour Organization
protection-ilo-p29-art_3-identification_and_recovery = ነጻ ለመውጣትና ለማገገም የሚሰጥ እርዳታ
protection-ilo-p29-art_3-identification_and_recovery-gives = ከግዴታ ሥራ ለመውጣት እርዳታ፣ ደኅንነቱ የተጠበቀ መቆያ ቦታ እና የጤና እንክብካቤ ሊያገኙ ይችላሉ።
protection-ilo-p29-art_4_1-remedies_and_compensation = ለግዴታ ሥራ የሚከፈል ገንዘብ
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = ለደረሰብዎ ጉዳትና ላልተከፈለዎት ክፍያ ገንዘብ መጠየቅ ይችላሉ።
protection-ilo-p29-art_4_2-non_punishment = እንዲያደርጉ በተገደዱት ነገር አለመቀጣት
protection-ilo-p29-art_4_2-non_punishment-gives = በግዴታ ሥራ ውስጥ በነበሩበት ጊዜ እንዲያደርጉ በተገደዱት ነገር ላይቀጡ ይችላሉ።
instrument-ilo-c189 = የILO የቤት ሠራተኞች ድንጋጌ፣ 2011 (ቁ. 189) (ILO Domestic Workers Convention, 2011, No. 189)
instrument-ilo-fl_indicators = የILO የግዴታ ሥራ አመልካቾች (ILO Indicators of Forced Labour, 2012)
instrument-ilo-icls_2018_fl = የግዴታ ሥራን ስለ መለካት የILO መመሪያዎች (ILO Guidelines concerning the measurement of forced labour, 2018)
instrument-ilo-c29 = የILO የግዴታ ሥራ ድንጋጌ፣ 1930 (ቁ. 29) (ILO Forced Labour Convention, 1930, No. 29)
instrument-ilo-p29 = የ2014 የILO የግዴታ ሥራ ድንጋጌ ፕሮቶኮል (ILO Protocol of 2014 to the Forced Labour Convention)
instrument-ilo-fair_recruitment = ለፍትሐዊ የሠራተኛ ቅጥር የILO አጠቃላይ መርሆዎችና የአሠራር መመሪያዎች (ILO General Principles and Operational Guidelines for Fair Recruitment, 2019)
instrument-ilo-delphi_2009 = የILO እና የአውሮፓ ኮሚሽን የሕገወጥ የሰዎች ዝውውር የአሠራር አመልካቾች (ILO and European Commission Operational Indicators of Trafficking in Human Beings, 2009)

## Council of Europe
protection-coe-ecat-art_10_2-no_removal_during_identification = ጉዳይዎ እስኪጣራ ድረስ ከአገር አለመባረር
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = ባለሥልጣናት የደረሰብዎን ነገር እያጣሩ ባሉበት ጊዜ ከአገሩ እንዲወጡ ሊደረጉ አይገባም።
protection-coe-ecat-art_10_3-presumed_child = ዕድሜ ግልጽ ካልሆነ እንደ ልጅ መታየት
protection-coe-ecat-art_10_3-presumed_child-gives = ዕድሜዎ ስንት እንደሆነ ማንም እርግጠኛ ካልሆነ፣ እስኪረጋገጥ ድረስ እንደ ልጅ ሊታዩና የሕፃናት ጥበቃ ሊያገኙ ይችላሉ።
protection-coe-ecat-art_12-assistance = በመኖሪያ፣ በጤና እና በምክር እርዳታ
protection-coe-ecat-art_12-assistance-gives = ደኅንነቱ የተጠበቀ መኖሪያ፣ የጤና እንክብካቤ፣ አስተርጓሚ እና ስለ መብቶችዎ ምክር ሊያገኙ ይችላሉ። ይህን እርዳታ ለማግኘት ምስክር መሆን አያስፈልግዎትም።
protection-coe-ecat-art_13-recovery_period = ለማረፍና ለማገገም የሚሰጥ ጊዜ
protection-coe-ecat-art_13-recovery_period-gives = ለማረፍ፣ የበለጠ ደኅንነት እንዲሰማዎትና ምን እንደሚያደርጉ ለመወሰን ጊዜ ሊያገኙ ይችላሉ። በዚህ ጊዜ ውስጥ ከአገሩ እንዲወጡ ሊደረጉ አይገባም።
protection-coe-ecat-art_14-residence_permit = ለተወሰነ ጊዜ የመቆየት ፈቃድ
protection-coe-ecat-art_14-residence_permit-gives = በአገሩ ውስጥ ለተወሰነ ጊዜ ለመኖር የመኖሪያ ፈቃድ ሊያገኙ ይችላሉ፤ እንዲታደስም መጠየቅ ይችላሉ።
protection-coe-ecat-art_15-compensation_and_legal_aid = ለጉዳት ካሳ እና የሕግ እርዳታ
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = መረጃ እና የሕግ እርዳታ ማግኘት ይችላሉ፤ ከጎዱዎት ሰዎችም ገንዘብ (ካሳ) መጠየቅ ይችላሉ።
protection-coe-ecat-art_16-safe_return = በደኅና ወደ አገር መመለስ
protection-coe-ecat-art_16-safe_return-gives = ወደ አገርዎ መመለስ ከፈለጉ፣ ደኅንነትዎና መብቶችዎ ታሳቢ ተደርገው በደኅና ለመመለስ እርዳታ መጠየቅ ይችላሉ።
protection-coe-ecat-art_26-non_punishment = እንዲያደርጉ በተገደዱት ነገር አለመቀጣት
protection-coe-ecat-art_26-non_punishment-gives = እንዲፈጽሙ በተገደዱት ወንጀል ላይቀጡ ይችላሉ።
caveat-state_chooses_personal_or_cooperation = ይህን ፈቃድ የሚሰጥበትን ምክንያት እያንዳንዱ አገር ይወስናል፦ በግል ሁኔታዎ ምክንያት፣ ፖሊስን ስለሚረዱ፣ ወይም በሁለቱም ምክንያት።
instrument-coe-ecat = ሕገወጥ የሰዎች ዝውውርን ለመከላከል የአውሮፓ ምክር ቤት ስምምነት (Council of Europe Convention on Action against Trafficking in Human Beings, 2005)
instrument-coe-echr = የአውሮፓ የሰብዓዊ መብቶች ስምምነት (European Convention on Human Rights, 1950)
instrument-echr-siliadin = Siliadin v. France፣ የአውሮፓ የሰብዓዊ መብቶች ፍርድ ቤት (2005)

## European Union
protection-eu-directive_2011_36-art_11-assistance = በመኖሪያ፣ በጤና እና በቋንቋ እርዳታ
protection-eu-directive_2011_36-art_11-assistance-gives = ደኅንነቱ የተጠበቀ መኖሪያ፣ የጤና እንክብካቤ እና አስተርጓሚ ሊያገኙ ይችላሉ። ይህን እርዳታ ለማግኘት ፖሊስን መርዳት አያስፈልግዎትም።
protection-eu-directive_2011_36-art_8-non_prosecution = እንዲያደርጉ በተገደዱት ነገር አለመቀጣት
protection-eu-directive_2011_36-art_8-non_prosecution-gives = እንዲፈጽሙ በተገደዱት ወንጀል ላይከሰሱ ወይም ላይቀጡ ይችላሉ።
protection-eu-directive_2011_36-art_12-free_legal_representation = ነጻ ጠበቃ እና የሕግ ምክር
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = የሕግ ምክር ማግኘት ይችላሉ፤ መክፈል ካልቻሉም ጠበቃ በነጻ ሊያገኙ ይችላሉ።
protection-eu-directive_2011_36-art_13_2-presumed_child = ዕድሜ ግልጽ ካልሆነ እንደ ልጅ መታየት
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = ዕድሜዎ ስንት እንደሆነ ማንም እርግጠኛ ካልሆነ፣ እንደ ልጅ ሊታዩና ለልጆች የሚሰጥ እርዳታ ወዲያውኑ ሊያገኙ ይችላሉ።
protection-eu-directive_2011_36-art_17-compensation = ለደረሰብዎ ጉዳት የሚከፈል ገንዘብ
protection-eu-directive_2011_36-art_17-compensation-gives = ለደረሰብዎ ጉዳት ማካካሻ እንዲሆን፣ አገሩ የኃይል ወንጀል ተጎጂዎችን ለመካስ ካቋቋመው ፈንድ ገንዘብ መጠየቅ ይችላሉ።
protection-eu-directive_2004_81-art_6-reflection_period = ለማሰብና ለማገገም የሚሰጥ ጊዜ
protection-eu-directive_2004_81-art_6-reflection_period-gives = ለማገገም፣ ከጎዱዎት ሰዎች ለመራቅ፣ እና ፖሊስን መርዳት ይፈልጉ እንደሆነ ለመወሰን ጊዜ ሊያገኙ ይችላሉ።
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = በሚረዱበት ጊዜ የመቆየት ፈቃድ
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = ፖሊስን ወይም ፍርድ ቤትን በጉዳዩ ላይ በሚረዱበት ጊዜ በአገሩ ውስጥ ለመቆየት ፈቃድ ሊያገኙ ይችላሉ።
protection-eu-directive_2009_52-art_6-back_pay = ከአሠሪዎ የሚገባዎት ክፍያ
protection-eu-directive_2009_52-art_6-back_pay-gives = የመሥራት መብት ባይኖርዎትም እንኳ፣ ያልተከፈለዎትን ክፍያ አሠሪዎን መጠየቅ ይችላሉ።
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = በጣም መጥፎ ከሆነ ሥራ በኋላ የመቆየት ፈቃድ
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = በጣም መጥፎ አያያዝ ባደረገብዎ አሠሪ ላይ አቤቱታ ካቀረቡ፣ ጉዳዩ እስኪያልቅ ድረስ የመቆየት ፈቃድ ሊያገኙ ይችላሉ።
protection-eu-directive_2012_29-art_8-victim_support = ከወንጀል በኋላ ነጻ ድጋፍ
protection-eu-directive_2012_29-art_8-victim_support-gives = ወንጀሉን ሪፖርት ባያደርጉም፣ ከድጋፍ አገልግሎት ነጻና ምስጢራዊ ድጋፍና ምክር ማግኘት ይችላሉ።
caveat-may_grant = አገሩ ይህን እንዲሰጥዎ ተፈቅዶለታል፤ ነገር ግን የመስጠት ግዴታ የለበትም።
instrument-eu-directive_2011_36 = EU Anti-Trafficking Directive 2011/36/EU (የአውሮፓ ኅብረት የፀረ ሕገወጥ የሰዎች ዝውውር መመሪያ)
instrument-eu-directive_2024_1712 = Directive (EU) 2024/1712 (የአውሮፓ ኅብረትን የፀረ ሕገወጥ የሰዎች ዝውውር መመሪያ የሚያሻሽል መመሪያ)
instrument-eu-directive_2004_81 = EU Directive 2004/81/EC (ለሕገወጥ የሰዎች ዝውውር ተጎጂዎች ስለሚሰጥ የመኖሪያ ፈቃድ የአውሮፓ ኅብረት መመሪያ)
instrument-eu-directive_2009_52 = EU Employer Sanctions Directive 2009/52/EC (በአሠሪዎች ላይ ስለሚጣሉ ቅጣቶች የአውሮፓ ኅብረት መመሪያ)
instrument-eu-directive_2012_29 = EU Victims' Rights Directive 2012/29/EU (የወንጀል ተጎጂዎች መብቶች የአውሮፓ ኅብረት መመሪያ)

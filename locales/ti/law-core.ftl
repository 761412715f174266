# Entitle: Tigrinya. Messages for the legal data of the United Nations, ILO, Council of Europe and European Union layers and the international baseline.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## United Nations
protection-un-palermo_tip-art_6_3-recovery_assistance = ድሕሪ ጉድኣት ንምሕዋይ ሓገዝ
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = ውሑስ መንበሪ ቦታ፣ ክንክን ጥዕና፣ ከምኡ'ውን ብእትርድእዎ ቋንቋ ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።
protection-un-palermo_tip-art_6_6-compensation = ንዝወረደኩም ጉድኣት ገንዘብ (ካሕሳ)
protection-un-palermo_tip-art_6_6-compensation-gives = ንዝወረደኩም ጉድኣት ዝኽሕስ ገንዘብ ክትሓቱ ትኽእሉ ኢኹም።
protection-un-palermo_tip-art_7-permission_to_remain = ኣብታ ሃገር ንምጽናሕ ፍቓድ
protection-un-palermo_tip-art_7-permission_to_remain-gives = ኣብታ ሃገር ንግዜ፣ ወይ ንዝነውሐ ግዜ፣ ክትጸንሑ ክፍቀደልኩም ይኽእል።
protection-un-palermo_tip-art_8-safe_return = ብሰላም ናብ ዓዲ ምምላስ
protection-un-palermo_tip-art_8-safe_return-gives = ናብ ዓድኹም ክትምለሱ እንተደሊኹም፣ ብሰላም ንምጉዓዝ ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = ብኣሰጋገርቲ ስለ ዝኣተኹም ጥራሕ መቕጻዕቲ የለን
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = ሓደ ሰብ ብዘይሕጋዊ መገዲ ናብታ ሃገር ስለ ዘእተወኩም ጥራሕ፣ ብገበን ክትክሰሱ የብልኩምን።
protection-un-smuggling_protocol-art_16-protection_from_violence = ካብ ዓመጽ ሓለዋ
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = ሓደ ሰብ እንተጎድኣኩም ወይ እንተፈራሪሑኩም ሓለዋ ክትሓቱ ትኽእሉ ኢኹም። ህይወትኩም ወይ ድሕንነትኩም ኣብ ሓደጋ እንተሃልዩ፣ ሓገዝ ክትሓቱ ትኽእሉ ኢኹም።
protection-un-refugee_convention-art_33-non_refoulement = ናብ ሓደጋ ዘይምምላስ
protection-un-refugee_convention-art_33-non_refoulement-gives = ህይወትኩም ወይ ናጽነትኩም ኣብ ሓደጋ ናብ ዝወድቀላ ሃገር ከይትስደዱ ክትሓቱ ትኽእሉ ኢኹም።
protection-un-cat-art_3-no_return_to_torture = ናብ ስቓይ ዘይምምላስ
protection-un-cat-art_3-no_return_to_torture-gives = ስቓይ (ቶርቸር) ክበጽሓኩም ናብ ዝኽእል ሃገር ከይትስደዱ ክትሓቱ ትኽእሉ ኢኹም።
protection-un-crc-art_39-child_recovery = ንቆልዑ ክንክንን ምሕዋይን
protection-un-crc-art_39-child_recovery-gives = ዝተጎድኡ ወይ ዝተዘምዙ ቆልዑ፣ ኣብ ውሑስ ቦታ፣ ብኣካልን ብኣእምሮን ንምሕዋይ ክንክን ክረኽቡ ይኽእሉ።
protection-un-icrmw-art_25-equal_pay_even_if_irregular = ወረቐት እንተዘይብልኩም'ውን ፍትሓዊ ደሞዝ
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = ወረቐት እንተዘይብልኩም'ውን፣ ከም ሰራሕተኛታት ናይታ ሃገር ማዕረ ደሞዝን ሕግታት ስራሕን ክትሓቱ ትኽእሉ ኢኹም።
caveat-shall_consider = እታ ሃገር ነዚ ክትህበኩም ክትሓስበሉ ኣለዋ፣ ግን ክትህበኩም ግዴታ የብላን።
caveat-other_offences_still_possible = ኣብታ ሃገር ገበን ብዝኾኑ ካልኦት ዝገበርኩምዎም ነገራት ግን ሕጂ'ውን ክትክሰሱ ትኽእሉ ኢኹም።
instrument-un-icrmw = International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (1990) (ኣህጉራዊ ስምምዕ ንሓለዋ መሰላት ኩሎም ስደተኛታት ሰራሕተኛታትን ስድራቤቶምን)
instrument-un-palermo_tip = UN Trafficking in Persons Protocol (Palermo Protocol, 2000) (ፕሮቶኮል ሕቡራት ሃገራት ኣንጻር ንግዲ ደቂ ሰብ)
instrument-un-smuggling_protocol = UN Protocol against the Smuggling of Migrants by Land, Sea and Air (2000) (ፕሮቶኮል ሕቡራት ሃገራት ኣንጻር ብዘይሕጋዊ መገዲ ምስግጋር ስደተኛታት ብመሬት፣ ብባሕርን ብኣየርን)
instrument-un-refugee_convention = UN Refugee Convention (1951) (ስምምዕ ሕቡራት ሃገራት ብዛዕባ ስደተኛታት)
instrument-un-cat = UN Convention against Torture (1984) (ስምምዕ ሕቡራት ሃገራት ኣንጻር ስቓይ)
instrument-un-crc = UN Convention on the Rights of the Child (1989) (ስምምዕ ሕቡራት ሃገራት ብዛዕባ መሰላት ቆልዑ)
instrument-unhcr-gip_7 = UNHCR Guidelines on International Protection No. 7: Victims of Trafficking (2006) (መምርሒ UNHCR ቁ. 7 ብዛዕባ ኣህጉራዊ ሓለዋ: ግዳያት ንግዲ ደቂ ሰብ)

## International Labour Organization
protection-ilo-p29-art_3-identification_and_recovery = ሓራ ንምውጻእን ንምሕዋይን ሓገዝ
protection-ilo-p29-art_3-identification_and_recovery-gives = ካብ ግዱድ ስራሕ ንምውጻእ ሓገዝ፣ ውሑስ መጽንሒ ቦታ፣ ከምኡ'ውን ክንክን ጥዕና ክትረኽቡ ትኽእሉ ኢኹም።
protection-ilo-p29-art_4_1-remedies_and_compensation = ንግዱድ ስራሕ ገንዘብ (ካሕሳ)
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = ንዝወረደኩም ጉድኣትን ንዘይተኸፈለኩም ደሞዝን ገንዘብ ክትሓቱ ትኽእሉ ኢኹም።
protection-ilo-p29-art_4_2-non_punishment = ብግዲ ንዝገበርኩምዎ ነገር መቕጻዕቲ የለን
protection-ilo-p29-art_4_2-non_punishment-gives = ኣብ ግዱድ ስራሕ ከለኹም ብግዲ ዝገበርኩምዎም ነገራት፣ ክትቕጽዑ የብልኩምን።
instrument-ilo-c189 = ILO Domestic Workers Convention, 2011 (No. 189) (ስምምዕ ILO ብዛዕባ ሰራሕተኛታት ገዛ)
instrument-ilo-fl_indicators = ILO Indicators of Forced Labour (2012) (መለክዒታት ILO ናይ ግዱድ ስራሕ)
instrument-ilo-icls_2018_fl = ILO Guidelines concerning the measurement of forced labour (2018) (መምርሒታት ILO ንምዕቃን ግዱድ ስራሕ)
instrument-ilo-c29 = ILO Forced Labour Convention, 1930 (No. 29) (ስምምዕ ILO ብዛዕባ ግዱድ ስራሕ)
instrument-ilo-p29 = ILO Protocol of 2014 to the Forced Labour Convention (ፕሮቶኮል 2014 ናይ ስምምዕ ILO ብዛዕባ ግዱድ ስራሕ)
instrument-ilo-fair_recruitment = ILO General Principles and Operational Guidelines for Fair Recruitment (2019) (ሓፈሻዊ መትከላትን መምርሒታትን ILO ንፍትሓዊ ምልመላ)
instrument-ilo-delphi_2009 = ILO and European Commission Operational Indicators of Trafficking in Human Beings (2009) (መለክዒታት ILOን ኮሚሽን ኤውሮጳን ናይ ንግዲ ደቂ ሰብ)

## Council of Europe
protection-coe-ecat-art_10_2-no_removal_during_identification = ጉዳይኩም ክሳብ ዝምርመር ምስጓግ የለን
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = ሰበ ስልጣን እንታይ ከም ዘጋጠመኩም ክሳብ ዝምርምሩ፣ ካብታ ሃገር ክትስጎጉ የብልኩምን።
protection-coe-ecat-art_10_3-presumed_child = ዕድመ ንጹር እንተዘይኮይኑ ከም ቆልዓ ምትሓዝ
protection-coe-ecat-art_10_3-presumed_child-gives = ዕድመኹም ክንደይ ምዃኑ ዝኾነ ሰብ ርግጸኛ እንተዘይኮይኑ፣ ክሳብ ዝፍለጥ ከም ቆልዓ ክትተሓዙን ሓለዋ ቆልዑ ክትረኽቡን ትኽእሉ ኢኹም።
protection-coe-ecat-art_12-assistance = ሓገዝ መንበሪ፣ ጥዕናን ምኽርን
protection-coe-ecat-art_12-assistance-gives = ውሑስ መንበሪ ቦታ፣ ክንክን ጥዕና፣ ተርጓሚ፣ ከምኡ'ውን ብዛዕባ መሰላትኩም ምኽሪ ክትረኽቡ ትኽእሉ ኢኹም። ነዚ ሓገዝ ንምርካብ ምስክር ክትኮኑ ኣየድልየኩምን።
protection-coe-ecat-art_13-recovery_period = ንምዕራፍን ንምሕዋይን ግዜ
protection-coe-ecat-art_13-recovery_period-gives = ንምዕራፍ፣ ዝያዳ ውሕስነት ንምስማዕ፣ እንታይ ከም እትገብሩ ንምውሳንን ግዜ ክወሃበኩም ይኽእል። ኣብዚ ግዜ ክትስጎጉ የብልኩምን።
protection-coe-ecat-art_14-residence_permit = ንግዜ ንምጽናሕ ፍቓድ
protection-coe-ecat-art_14-residence_permit-gives = ኣብታ ሃገር ንግዜ ንምንባር ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም። ክሕደሰልኩም'ውን ክትሓቱ ትኽእሉ ኢኹም።
protection-coe-ecat-art_15-compensation_and_legal_aid = ንጉድኣት ገንዘብን ሕጋዊ ሓገዝን
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = ሓበሬታን ሕጋዊ ሓገዝን ክትረኽቡ ትኽእሉ ኢኹም። ካብቶም ዝጎድኡኹም ሰባት ድማ ገንዘብ (ካሕሳ) ክትሓቱ ትኽእሉ ኢኹም።
protection-coe-ecat-art_16-safe_return = ብሰላም ናብ ዓዲ ምምላስ
protection-coe-ecat-art_16-safe_return-gives = ናብ ዓድኹም ክትምለሱ እንተደሊኹም፣ ብሰላም ንምምላስ ሓገዝ ክትሓቱ ትኽእሉ ኢኹም። ድሕንነትኩምን መሰላትኩምን ኣብ ግምት ክኣቱ ኣለዎ።
protection-coe-ecat-art_26-non_punishment = ብግዲ ንዝገበርኩምዎ ነገር መቕጻዕቲ የለን
protection-coe-ecat-art_26-non_punishment-gives = ብግዲ ንዝፈጸምኩምዎም ገበናት ክትቕጽዑ የብልኩምን።
caveat-state_chooses_personal_or_cooperation = ነፍሲ ወከፍ ሃገር ነዚ ፍቓድ ብምንታይ ምኽንያት ከም እትህቦ ትውስን: ብሰንኪ ውልቃዊ ኩነታትኩም፣ ንፖሊስ ስለ እትሕግዙ፣ ወይ ብኽልቲኡ።
instrument-coe-ecat = Council of Europe Convention on Action against Trafficking in Human Beings (2005) (ስምምዕ ባይቶ ኤውሮጳ ኣንጻር ንግዲ ደቂ ሰብ)
instrument-coe-echr = European Convention on Human Rights (1950) (ኤውሮጳዊ ስምምዕ ሰብኣዊ መሰላት)
instrument-echr-siliadin = Siliadin v. France, European Court of Human Rights (2005) (ጉዳይ ሲልያዲን ምስ ፈረንሳ፣ ኤውሮጳዊ ቤት ፍርዲ ሰብኣዊ መሰላት)

## European Union
protection-eu-directive_2011_36-art_11-assistance = ሓገዝ መንበሪ፣ ጥዕናን ቋንቋን
protection-eu-directive_2011_36-art_11-assistance-gives = ውሑስ መንበሪ ቦታ፣ ክንክን ጥዕና፣ ከምኡ'ውን ተርጓሚ ክትረኽቡ ትኽእሉ ኢኹም። ነዚ ሓገዝ ንምርካብ ንፖሊስ ክትሕግዙ ኣየድልየኩምን።
protection-eu-directive_2011_36-art_8-non_prosecution = ብግዲ ንዝገበርኩምዎ ነገር መቕጻዕቲ የለን
protection-eu-directive_2011_36-art_8-non_prosecution-gives = ብግዲ ንዝፈጸምኩምዎም ገበናት ክትክሰሱ ወይ ክትቕጽዑ የብልኩምን።
protection-eu-directive_2011_36-art_12-free_legal_representation = ናጻ ጠበቓን ሕጋዊ ምኽርን
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = ሕጋዊ ምኽሪ ክትረኽቡ ትኽእሉ ኢኹም። ክትከፍሉ እንተዘይክኢልኩም፣ ብናጻ ጠበቓ ክትረኽቡ ትኽእሉ ኢኹም።
protection-eu-directive_2011_36-art_13_2-presumed_child = ዕድመ ንጹር እንተዘይኮይኑ ከም ቆልዓ ምትሓዝ
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = ዕድመኹም ክንደይ ምዃኑ ዝኾነ ሰብ ርግጸኛ እንተዘይኮይኑ፣ ከም ቆልዓ ክትተሓዙን ብቕጽበት ሓገዝ ቆልዑ ክትረኽቡን ትኽእሉ ኢኹም።
protection-eu-directive_2011_36-art_17-compensation = ንዝወረደኩም ጉድኣት ገንዘብ (ካሕሳ)
protection-eu-directive_2011_36-art_17-compensation-gives = ንዝወረደኩም ጉድኣት ንምክሓስ፣ ካብ ፈንድ እታ ሃገር ንግዳያት ዓመጻዊ ገበን ገንዘብ ክትሓቱ ትኽእሉ ኢኹም።
protection-eu-directive_2004_81-art_6-reflection_period = ንምሕሳብን ንምሕዋይን ግዜ
protection-eu-directive_2004_81-art_6-reflection_period-gives = ንምሕዋይ፣ ካብቶም ዝጎድኡኹም ሰባት ንምርሓቕ፣ ከምኡ'ውን ንፖሊስ ክትሕግዙ እንተደሊኹም ንምውሳን ግዜ ክወሃበኩም ይኽእል።
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = እናሓገዝኩም ንምጽናሕ ፍቓድ
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = ንፖሊስ ወይ ንቤት ፍርዲ ኣብቲ ጉዳይ እናሓገዝኩም፣ ኣብታ ሃገር ንምጽናሕ ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
protection-eu-directive_2009_52-art_6-back_pay = ካብ ወሃቢ ስራሕኩም ዝግብኣኩም ደሞዝ
protection-eu-directive_2009_52-art_6-back_pay-gives = መሰል ስራሕ እንተዘይነበረኩም'ውን፣ ዘይረኸብኩምዎ ደሞዝ ካብ ወሃቢ ስራሕኩም ክትሓቱ ትኽእሉ ኢኹም።
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = ድሕሪ ኣዝዩ ሕማቕ ስራሕ ንምጽናሕ ፍቓድ
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = ኣንጻር ኣዝዩ ብሕማቕ ዝሓዘኩም ወሃቢ ስራሕ ጥርዓን እንተኣቕሪብኩም፣ እቲ ጉዳይ ክሳብ ዝቕጽል ንምጽናሕ ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
protection-eu-directive_2012_29-art_8-victim_support = ድሕሪ ገበን ናጻ ደገፍ
protection-eu-directive_2012_29-art_8-victim_support-gives = ነቲ ገበን ንፖሊስ እንተዘይሓቢርኩም'ውን፣ ካብ ኣገልግሎት ደገፍ ናጻን ምስጢራውን ደገፍን ምኽርን ክትረኽቡ ትኽእሉ ኢኹም።
caveat-may_grant = እታ ሃገር ነዚ ክትህበኩም ይፍቀደላ እዩ፣ ግን ክትህበኩም ግዴታ የብላን።
instrument-eu-directive_2011_36 = EU Anti-Trafficking Directive 2011/36/EU (መምርሒ ኤውሮጳዊ ሕብረት ኣንጻር ንግዲ ደቂ ሰብ)
instrument-eu-directive_2024_1712 = Directive (EU) 2024/1712 amending the EU Anti-Trafficking Directive (ነቲ መምርሒ ኤውሮጳዊ ሕብረት ኣንጻር ንግዲ ደቂ ሰብ ዘመሓይሽ መምርሒ)
instrument-eu-directive_2004_81 = EU Directive 2004/81/EC on residence permits for victims of trafficking (መምርሒ ኤውሮጳዊ ሕብረት ብዛዕባ ፍቓድ መንበሪ ንግዳያት ንግዲ ደቂ ሰብ)
instrument-eu-directive_2009_52 = EU Employer Sanctions Directive 2009/52/EC (መምርሒ ኤውሮጳዊ ሕብረት ብዛዕባ መቕጻዕቲ ወሃብቲ ስራሕ)
instrument-eu-directive_2012_29 = EU Victims' Rights Directive 2012/29/EU (መምርሒ ኤውሮጳዊ ሕብረት ብዛዕባ መሰላት ግዳያት)

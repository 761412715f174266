# Entitle: Tigrinya. Messages for the legal data of Germany, the Netherlands, Italy, Spain and France.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Germany
protection-de-aufenthg-s_59_7-reflection_period = ንምዕራፍን ንምውሳንን ግዜ
protection-de-aufenthg-s_59_7-reflection_period-gives = ንምዕራፍን ደገፍ ንምርካብን ንግዜ ኣብ ጀርመን ክትጸንሑ ትኽእሉ ኢኹም። ብዛዕባ ዘጋጠመኩም ምስክርነት ክትህቡ እንተደሊኹም ንምውሳን ግዜ ክትወስዱ ትኽእሉ ኢኹም።
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = ከም ምስክር ንምጽናሕ ፍቓድ
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = ኣንጻር እቶም ዝጎድኡኹም ሰባት ዘሎ ገበናዊ ጉዳይ ክሳብ ዝቕጽል፣ ኣብ ጀርመን ንምንባር ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
caveat-prosecutor_must_deem_presence_appropriate = ዓቃቢ ሕጊ ወይ ቤት ፍርዲ ንጉዳዩ ኣብታ ሃገር ክትህልዉ ከም ዘድልዩ ክሰማማዕ ኣለዎ። ክሰማምዑ እንተኾይኖም ክንፈልጥ ኣይንኽእልን።
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = ድሕሪ ኣዝዩ ዘይፍትሓዊ ዘይሕጋዊ ስራሕ ንምጽናሕ ፍቓድ
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = ብዛዕባ ስራሕኩምን ወሃቢ ስራሕኩምን ዘሎ ገበናዊ ጉዳይ ክሳብ ዝቕጽል፣ ኣብ ጀርመን ንምንባር ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
instrument-de-aufenthg = German Residence Act 2004 (AufenthG) (ሕጊ መንበሪ ጀርመን)

## Netherlands
protection-nl-vc_2000-b8_3-reflection_period = ምስ መጽለሊን ደገፍን ንምዕራፍ ግዜ
protection-nl-vc_2000-b8_3-reflection_period-gives = ውሑስ መደቀሲ ቦታን ንመነባብሮ ዝኸውን ገንዘብን ሒዝኩም፣ ንግዜ ኣብ ኔዘርላንድ ክትጸንሑ ትኽእሉ ኢኹም። ኣብቲ ግዜ፣ ነቲ ገበን ንፖሊስ ክትሕብሩ እንተደሊኹም ክትውስኑ ትኽእሉ ኢኹም።
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = እቲ ጉዳይ ክሳብ ዝቕጽል ንምጽናሕ ፍቓድ
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = ፖሊስ ክሳብ ዝምርምርን እቲ ገበናዊ ጉዳይ ክሳብ ዝቕጽልን፣ ኣብ ኔዘርላንድ ንምንባር ናጻ ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
caveat-exempt_from_cooperation_if_unable = ሕሙማት ስለ ዝኾንኩም፣ ትሕቲ 18 ዓመት ስለ ዝኾንኩም፣ ወይ ኣብ ከቢድ ሓደጋ ስለ ዘለኹም ንፖሊስ ክትሕግዙ እንተዘይክኢልኩም፣ ሕጂ'ውን ነዚ ፍቓድ ክትረኽቡ ትኽእሉ ትኾኑ።
protection-nl-vb_2000-art_3_51_1_k-continued_residence = ድሕሪ ምብቃዕ እቲ ጉዳይ ምጽናሕ
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = እቲ ገበናዊ ጉዳይ ምስ ተወድአ፣ ኣብ ኔዘርላንድ ምንባር ንምቕጻል ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
caveat-after_conviction_or_three_years = እዚ መብዛሕትኡ ግዜ ሓደ ካብዞም የድሊ: ኣብ ጉዳይኩም ሓደ ሰብ ገበነኛ ክብሃል፣ ወይ ንሰለስተ ዓመት ናይ ንግዲ ደቂ ሰብ ፍቓድ ሒዝኩም ክትጸንሑ።
instrument-nl-vw_2000 = Dutch Aliens Act 2000 (Vw 2000) (ሕጊ ወጻእተኛታት ኔዘርላንድ)
instrument-nl-vb_2000 = Dutch Aliens Decree 2000 (Vb 2000) (ኣዋጅ ወጻእተኛታት ኔዘርላንድ)
instrument-nl-vc_2000 = Dutch Aliens Circular 2000 (Vc 2000) (መምርሒ ወጻእተኛታት ኔዘርላንድ)

## Italy
protection-it-tui-art_18-special_permit_social_track = ብማሕበር ደገፍ ኣቢሉ ዝወሃብ ፍሉይ ፍቓድ
protection-it-tui-art_18-special_permit_social_track-gives = ኣብ ኢጣልያ ንምንባርን ንምስራሕን ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም። ውሑሳት ክትኮኑን ሓድሽ ህይወት ክትሃንጹን ዝሕግዝ መደብ'ውን ክትጽንበሩ ትኽእሉ ኢኹም።
caveat-concrete_danger_assessed_by_authority = ሓላፊ ፖሊስ ኣብ ሓቀኛ ሓደጋ ከም ዘለኹም ክውስን ኣለዎ። ብዛዕባ እዚ ኣይሓተትናን፣ ስለዚ ምስኹም ይሰማማዕ እንተኾይኑ ክንብል ኣይንኽእልን።
protection-it-tui-art_18-special_permit_judicial_track = ብገበናዊ ጉዳይ ኣቢሉ ዝወሃብ ፍሉይ ፍቓድ
protection-it-tui-art_18-special_permit_judicial_track-gives = ኣብ ኢጣልያ ንምንባርን ንምስራሕን ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም። ውሑሳት ክትኮኑን ሓድሽ ህይወት ክትሃንጹን ዝሕግዝ መደብ'ውን ክትጽንበሩ ትኽእሉ ኢኹም።
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = ኣዝዩ ዝዘመዘኩም ኣስራሒ እንተሓቢርኩም ዝወሃብ ፍቓድ
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = ኣንጻር ወሃቢ ስራሕኩም ዘሎ ገበናዊ ጉዳይ ክሳብ ዝቕጽል፣ ኣብ ኢጣልያ ንምንባር ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
caveat-particularly_exploitative_conditions_only = እዚ ኣብ ትሕቲ ፍሉይ ከቢድ ምዝመዛ ንዝነበረ ስራሕ ጥራሕ ነይሩ። እዚ ካብቶም ንሕና እንደልዮም ምልክታት ዝለዓለ ደረጃ እዩ።
protection-it-tui-art_18_ter-permit_for_labour_exploitation = ንዝተዘምዙ ሰራሕተኛታት ዝወሃብ ፍቓድ
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = ኣብ ስራሕ ብኸመይ ከም ዝተታሕዝኩም ሓቂ ንምውጻእ ድሕሪ ምሕጋዝኩም፣ ኣብ ኢጣልያ ንምንባርን ንምስራሕን ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
caveat-judicial_authority_or_labour_inspectorate_covers_family = ዓቃቢ ሕጊ ወይ ዳኛ ክሓቶ ኣለዎ፣ ወይ ተቖጻጸርቲ ስራሕ ክድግፍዎ ኣለዎም። እቲ ፍቓድ ንኣባላት ስድራኹም'ውን ክሽፍን ይኽእል።
instrument-it-tui = Italian Consolidated Immigration Act, Legislative Decree 286/1998 (TUI) (ሓፈሻዊ ሕጊ ኢሚግሬሽን ኢጣልያ)
instrument-it-dl_145_2024 = Italian Decree-Law 145/2024 (Flows Decree) (ኣዋጅ-ሕጊ ኢጣልያ 145/2024)
instrument-it-dl_146_2025 = Italian Decree-Law 146/2025 (Flows Decree 2025) (ኣዋጅ-ሕጊ ኢጣልያ 146/2025)
instrument-it-dpr_394_1999 = Italian Presidential Decree 394/1999 (Immigration Act Regulation) (ደንቢ ሕጊ ኢሚግሬሽን ኢጣልያ)

## Spain
protection-es-loex-art_59_bis-reflection_period = ንምሕዋይን ንምውሳንን ግዜ
protection-es-loex-art_59_bis-reflection_period-gives = ንምሕዋይን ንፖሊስ ምሕጋዝ ንምሕሳብን ንግዜ ኣብ ስጳኛ ክትጸንሑ ትኽእሉ ኢኹም። ኣብዚ ግዜ፣ ንምስጓጕኩም ዝግበሩ ስጉምትታት ደው ክብሉ ይግባእ።
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = ብዘይ ወረቐት ኣብ ስጳኛ ብምህላውኩም መቕጻዕቲ የለን
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = ብዘይ ቅኑዕ ወረቐት ኣብ ስጳኛ ብምጽናሕኩም ክበጽሓኩም ዝኽእል ገንዘባዊ መቕጻዕቲ ወይ ምስጓግ ክተርፈልኩም ይኽእል።
protection-es-loex-art_59_bis-permit_personal_situation = ብሰንኪ ውልቃዊ ኩነታትኩም ዝወሃብ ፍቓድ
protection-es-loex-art_59_bis-permit_personal_situation-gives = ንፖሊስ እንተዘይሓገዝኩም'ውን፣ ብሰንኪ ናይ ገዛእ ርእስኹም ኩነታት ኣብ ስጳኛ ንምንባርን ንምስራሕን ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
caveat-after_exemption_from_liability = ቅድም ሰበ ስልጣን፣ ብዘይ ወረቐት ኣብ ስጳኛ ብምህላውኩም ከይቐጽዑኹም ክውስኑ ኣለዎም። ድሕሪኡ መብዛሕትኡ ግዜ ነዚ ፍቓድ ክትሓቱ ትኽእሉ ኢኹም።
protection-es-loex-art_59_bis-permit_for_cooperation = ንፖሊስ ወይ ንቤት ፍርዲ ብምሕጋዝ ዝወሃብ ፍቓድ
protection-es-loex-art_59_bis-permit_for_cooperation-gives = ኣብ መርመራ ወይ ኣብ ጉዳይ ቤት ፍርዲ ስለ እትሕግዙ፣ ኣብ ስጳኛ ንምንባርን ንምስራሕን ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
protection-es-loex-art_59-permit_for_cooperation_against_networks = ንዘዝምዙ ጉጅለታት ደው ንምባል ብምሕጋዝ ዝወሃብ ፍቓድ
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = ኣብ ስጳኛ ንምንባርን ንምስራሕን ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም። ብዘይ ወረቐት ብምጽናሕኩም ዝበጽሓኩም መቕጻዕቲ'ውን ክተርፈልኩም ይኽእል።
instrument-es-loex = Spanish Foreigners Act, Organic Law 4/2000 (LOEX) (ሕጊ ወጻእተኛታት ስጳኛ)
instrument-es-rloex = Spanish Foreigners Regulation, Royal Decree 557/2011 (RLOEX) (ደንቢ ወጻእተኛታት ስጳኛ)
instrument-es-rloex_2024 = Spanish Foreigners Regulation, Royal Decree 1155/2024 (in force from 20 May 2025) (ደንቢ ወጻእተኛታት ስጳኛ፣ ካብ 20 ግንቦት 2025 ዝጸንዐ)

## France
protection-fr-ceseda-r_425_2-reflection_period = ንምዕራፍን ንምሕሳብን ግዜ
protection-fr-ceseda-r_425_2-reflection_period-gives = ክትዓርፉን ጥርዓን ከተቕርቡ እንተደሊኹም ክትውስኑን ከለኹም፣ ኣብ ፈረንሳ ክትጸንሑ ዘፍቅድ ወረቐት ክትረኽቡ ትኽእሉ ኢኹም። ክትሰርሑ'ውን ከፍቅደልኩም ይኽእል።
protection-fr-ceseda-l_425_1-temporary_residence_card = እንተሓቢርኩም ወይ ምስክርነት እንተሂብኩም ዝወሃብ ካርድ መንበሪ
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = እቲ ገበናዊ ጉዳይ ክሳብ ዝቕጽል፣ ኣብ ፈረንሳ ንምንባርን ንምስራሕን ካርድ ክትረኽቡ ትኽእሉ ኢኹም።
caveat-complaint_or_testimony_required = ናብ ፖሊስ ጥርዓን ከተቕርቡ፣ ወይ ኣብቲ ጉዳይ ምስክርነት ክትህቡ ኣለኩም። ክትሕግዙ ድሉዋት ምዃንኩም ምግላጽ ጥራሕ ኣይኣክልን።
protection-fr-ceseda-l_425_2-allowance = ንመነባብሮ ዝኸውን ገንዘብ
protection-fr-ceseda-l_425_2-allowance-gives = ንመግብን ንካልኦት መሰረታዊ ድሌታትን ንምኽፋል ዝሕግዝ ስሩዕ ገንዘብ ክትረኽቡ ትኽእሉ ኢኹም።
protection-fr-ceseda-l_425_3-resident_card = ንነዊሕ ግዜ ዝወሃብ ካርድ መንበሪ
protection-fr-ceseda-l_425_3-resident_card-gives = ኣብ ፈረንሳ ንብዙሕ ዓመታት ንምንባርን ንምስራሕን ካርድ ክትረኽቡ ትኽእሉ ኢኹም።
caveat-only_after_final_conviction = እዚ ዝከኣል እቲ ተኸሳሲ ኣብ ቤት ፍርዲ ብናይ መወዳእታ ውሳነ ገበነኛ ምስ ተባህለ ጥራሕ እዩ። ፍርዲ ብኸመይ ከም ዝውዳእ ክንፈልጥ ኣይንኽእልን።
protection-fr-ceseda-l_425_4-exit_programme_permit = ካብ ምሻጥ ጾታዊ ርክብ ንምውጻእ ኣብ መደብ ከለኹም ዝወሃብ ፍቓድ
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = ካብ ስራሕ ጾታ ርሒቕኩም ሓድሽ ህይወት ንምጅማር ሓገዝ ሒዝኩም፣ ኣብ ፈረንሳ ንምጽናሕ ፍቓድ ክትረኽቡ ትኽእሉ ኢኹም።
caveat-only_for_prostitution_exit_programme = እዚ ጾታዊ ርክብ ምሻጥ ንዘቋረጹ ሰባት ጥራሕ እዩ። ምስ ማሕበር ደገፍ ኮይኖም፣ ካብ ስራሕ ጾታ ንምውጻእ ወግዓዊ መደብ ክኽተሉ ኣለዎም።
instrument-fr-ceseda = French Code on the Entry and Stay of Foreigners and the Right of Asylum (CESEDA, 2020 version) (ሕጊ ፈረንሳ ብዛዕባ ምእታውን ምጽናሕን ወጻእተኛታትን መሰል ዑቕባን)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-de-milog = Minimum Wage Act (Mindestlohngesetz, MiLoG, 2014) (ሕጊ ዝተሓተ ደሞዝ፣ ጀርመን)
instrument-de-bgb = Civil Code (Bürgerliches Gesetzbuch, BGB) (ሲቪላዊ ሕጊ፣ ጀርመን)
instrument-de-sgb_14 = Social Code Book XIV: Social Compensation (SGB XIV, 2019) (ማሕበራዊ ሕጊ XIV: ማሕበራዊ ካሕሳ፣ ጀርመን)
instrument-es-et_2015 = Workers’ Statute (Estatuto de los Trabajadores, 2015) (ሕጊ ሰራሕተኛታት፣ ስጳኛ)
instrument-es-ley_35_1995 = Law 35/1995 on aid to victims of violent and sexual crimes (ሕጊ ብዛዕባ ሓገዝ ንግዳያት ዓመጻውያንን ጾታውያንን ገበናት፣ ስጳኛ)
instrument-fr-code_travail = Labour Code (Code du travail) (ሕጊ ስራሕ፣ ፈረንሳ)
instrument-fr-code_procedure_penale = Code of Criminal Procedure (Code de procédure pénale) (ሕጊ ስነ-ስርዓት ገበን፣ ፈረንሳ)
instrument-it-cc = Civil Code (Codice civile) (ሲቪላዊ ሕጊ፣ ኢጣልያ)
instrument-it-l_228_2003 = Law 228/2003 on measures against trafficking in persons (ሕጊ ብዛዕባ ስጉምትታት ኣንጻር ንግዲ ደቂ ሰብ፣ ኢጣልያ)
instrument-nl-wml = Minimum Wage and Minimum Holiday Allowance Act (Wet minimumloon en minimumvakantiebijslag) (ሕጊ ዝተሓተ ደሞዝን ዝተሓተ ኣበል ዕረፍትን፣ ኔዘርላንድ)
instrument-nl-bw_3 = Civil Code, Book 3 (Burgerlijk Wetboek) (ሲቪላዊ ሕጊ፣ መጽሓፍ 3፣ ኔዘርላንድ)
instrument-nl-wsg = Violent Crimes Compensation Fund Act (Wet schadefonds geweldsmisdrijven) (ሕጊ ፈንድ ካሕሳ ንዓመጻውያን ገበናት፣ ኔዘርላንድ)
caveat-backdating_limit_not_a_bar = ድሕሪ ሓደ ዓመት'ውን ክትሓቱ ትኽእሉ ኢኹም። ግን ክፍሊት እትረኽቡ ካብቲ ዝሓተትኩምሉ ወርሒ ጀሚሩ ጥራሕ እዩ፣ ቀልጢፍኩም ክትሓቱ ዘይክኢልኩም እንተዘይኮንኩም።
caveat-each_month_runs_separately = ደሞዝ ነፍሲ ወከፍ ወርሒ ናቱ ሓሙሽተ ዓመት ኣለዎ፣ ስለዚ እቶም ዝኣረጉ ኣዋርሕ ቀዲሞም ይውድኡ። ንወሃቢ ስራሕ ብጽሑፍ ዝቐርብ ጠለብ ነቲ ግዜ ካብ ፈለማ የጀምሮ።
caveat-es_domestic_hourly_external_only = ንብሰዓት ዝኽፈሎምን ኣብቲ ገዛ ዘይነብሩን ሰራሕተኛታት ገዛ ዝኸውን ናይ ሰዓት ዝተሓተ ደሞዝ ኣይተሓወሰን። ኣብቲ ገዛ ዝነብር ሰራሕተኛ ገዛ ወርሓዊ ዝተሓተ ደሞዝ ይግብኦ።
caveat-es_each_payment_own_year_interruptible = ነፍሲ ወከፍ ዘይተኸፈለ ደሞዝ ካብ መዓልቲ ክፍሊቱ ኣብ ውሽጢ ሓደ ዓመት ክሕተት ኣለዎ፣ ስለዚ እቶም ዝኣረጉ ኣዋርሕ ቀዲሞም ይውድኡ። ንወሃቢ ስራሕ ዝቐርብ ወግዓዊ ጠለብ፣ ወይ ዕርቂ ምሕታት፣ ነቲ ዓመት ካብ ፈለማ የጀምሮ።
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = እዚ ሓገዝ ሞት ወይ ከቢድ ጉድኣት ንዘስዓቡ ዓመጻውያን ገበናትን ንጾታውያን ገበናትን ጥራሕ እዩ። ገበናዊ ጉዳይ ክሳብ ዝቕጽል እቲ ግዜ ደው ይብል።
caveat-es_smi_floor_14_payments = እቲ ዝተሓተ ደሞዝ ኣብ ዓመት ብ14 ክፍሊታት እዩ ዝኽፈል። እቶም ክልተ ተወሰኽቲ ክፍሊታት ኣብዚ ኣይተቖጽሩን፣ ስለዚ ዝያዳ ክግባእ ይኽእል።
caveat-fr_civi_prosecution_extends_relief_possible = ገበናዊ ጉዳይ እንተሃልዩ፣ ድሕሪ ናይ መወዳእታ ውሳነ ክሳብ ሓደ ዓመት ክትሓቱ ትኽእሉ ኢኹም። እቲ ኮሚሽን ብሰናይ ምኽንያት ዝደንጎየ ሕቶ ክቕበል ይኽእል። ንቆልዓ፣ እቲ ግዜ ኣብ 18 ዓመት ይጅምር።
caveat-fr_smic_floor_mayotte_minors = እዚ ዝተሓተ ደሞዝ ናይ ቀንዲ መሬት ፈረንሳ እዩ። ማዮት (Mayotte) ዝተሓተ ኣለዋ። ስምምዓት ስራሕ መብዛሕትኡ ግዜ ዝያዳ ይሓቱ። ገለ መንእሰያት ሰራሕተኛታትን ተለማመድትን ዝወሓደ ክኽፈሎም ይኽእል።
caveat-fr_wage_claim_each_payday_three_years_before_end = ደሞዝ ነፍሲ ወከፍ ወርሒ ኣብ ውሽጢ ሰለስተ ዓመት ክሕተት ኣለዎ፣ ስለዚ እቶም ዝኣረጉ ኣዋርሕ ቀዲሞም ይውድኡ። እቲ ስራሕ ምስ ተወድአ፣ ንናይ መወዳእታ ሰለስተ ዓመታቱ ክትሓቱ ትኽእሉ ኢኹም።
caveat-intentional_injury_damages_only = እቶም 30 ዓመታት ንህይወትኩም፣ ኣካልኩም፣ ጥዕናኹም ወይ ናጽነትኩም ብፍላጥ ንዝወረደ ጉድኣት ንዝኸውን ካሕሳ ጥራሕ እዮም። ንዘይተኸፈለ ደሞዝ ኣይኮኑን።
caveat-it_longer_if_crime = እቲ ጉድኣት ዝነውሐ ገደብ ዘለዎ ገበን'ውን እንተኾይኑ፣ ከም ንግዲ ደቂ ሰብ ወይ ባርነት፣ ጠለብ ካሕሳ'ውን እቲ ዝነውሐ ገደብ ይህልዎ።
caveat-it_wage_limit_private_sector_interruptible = እቶም ሓሙሽተ ዓመታት ኣብ መወዳእታ ስራሕ ዝጅምሩ ንብሕታውያን ወሃብቲ ስራሕ ጥራሕ እዩ። ነፍሲ ወከፍ ብጽሑፍ ዝቐርብ ጠለብ ክፍሊት ነቶም ሓሙሽተ ዓመታት ካብ ፈለማ የጀምሮም።
caveat-late_application_if_reasonable = እቲ ፈንድ ዝደንጎየ ሕቶ ክቕበል ይኽእል፣ ብርትዓዊ መገዲ ብዝተኻእለ ቀልጢፉ እንተቐሪቡ። ብዓመጻዊ ገበን ንዝመጸ ከቢድ መጉዳእቲ ጥራሕ እዩ ዝኸፍል።
caveat-monthly_minimum_for_full_time_week = ቅድሚ 2024፣ እቲ ዝተሓተ ደሞዝ ንምሉእ ግዜ ሰሙን ወርሓዊ መጠን ነይሩ። ንሕና ን40 ሰዓት ሰሙን ንቖጽሮ፣ እዚ እቲ ዝነውሐ ልሙድ ሰሙን እዩ። እቲ ሰሙን ዝሓጸረ እንተነይሩ፣ ዝያዳ ይግባእ።
caveat-runs_from_end_of_year = እቶም ሰለስተ ዓመታት እቲ ደሞዝ ዝግብኣሉ ዓመት ኣብ ዝውድኣሉ ይጅምሩ። ኣብ ቤት ፍርዲ ዝቐርብ ጠለብ ነቲ ግዜ ደው የብሎ።
caveat-runs_from_knowledge_longer_against_offender = እቶም ሓሙሽተ ዓመታት ብዛዕባ እቲ ጉድኣትን መን ከም ዘብጽሖን ምስ ፈለጥኩም ይጅምሩ። ኣንጻር እቲ ገበነኛ ዝቐርብ ጠለብ፣ እንተወሓደ ክሳብ ክኽሰስ ዝኽእለሉ ግዜ ይጸንሕ።
caveat-sector_minimum_wages_and_exclusions = ገለ ዘርፍታት ዝለዓለ ዝተሓተ ደሞዝ ኣለዎም። እዚ ዝተሓተ ደሞዝ ንትሕቲ 18 ዓመት ብዘይ ስልጠና፣ ንተለማመድቲ፣ ንገለ ሰልጣንቲ ከምኡ'ውን ንወለንተኛታት ኣይሽፍንን።
caveat-youth_minimum_not_encoded = ትሕቲ 21 ዓመት ዝዕድሚኦም ሰራሕተኛታት ዝወሓደ ዝተሓተ ደሞዝ ኣለዎም። እዚ ኣብዚ ኣይተቖጽረን።

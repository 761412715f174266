# Entitle: Nepali. संयुक्त राष्ट्रसङ्घ, ILO, युरोप परिषद् र युरोपेली संघका तहहरू तथा अन्तर्राष्ट्रिय आधाररेखाको कानुनी तथ्याङ्कका सन्देशहरू। Entitle टोलीले लेखेको।
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## संयुक्त राष्ट्रसङ्घ
protection-un-palermo_tip-art_6_3-recovery_assistance = हानिपछि तङ्ग्रिन सहयोग
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = तपाईंले बस्ने सुरक्षित ठाउँ, स्वास्थ्य उपचार, र तपाईंले बुझ्ने भाषामा सहयोग पाउन सक्नुहुन्छ।
protection-un-palermo_tip-art_6_6-compensation = तपाईंलाई पुगेको हानिबापत पैसा
protection-un-palermo_tip-art_6_6-compensation-gives = तपाईंले भोग्नुभएको हानिको पूर्ति गर्न तपाईं पैसा (क्षतिपूर्ति) माग्न सक्नुहुन्छ।
protection-un-palermo_tip-art_7-permission_to_remain = देशमा बस्ने अनुमति
protection-un-palermo_tip-art_7-permission_to_remain-gives = तपाईंलाई केही समय, वा अझ लामो समय देशमा बस्न दिइन सक्छ।
protection-un-palermo_tip-art_8-safe_return = सुरक्षित रूपमा घर फर्कने
protection-un-palermo_tip-art_8-safe_return-gives = तपाईं घर फर्कन चाहनुहुन्छ भने, सुरक्षित रूपमा फर्कने यात्राका लागि सहयोग माग्न सक्नुहुन्छ।
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = तस्करी गरेर ल्याइएकै कारण सजाय नहुने
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = कसैले तपाईंलाई तस्करी गरेर देशभित्र ल्याएको कारणले मात्र तपाईंमाथि अपराधको मुद्दा चलाइनु हुँदैन।
protection-un-smuggling_protocol-art_16-protection_from_violence = हिंसाबाट संरक्षण
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = कसैले तपाईंलाई चोट पुर्‍याए वा धम्की दिए तपाईं संरक्षण माग्न सक्नुहुन्छ। तपाईंको ज्यान वा सुरक्षा खतरामा छ भने, तपाईं सहयोग माग्न सक्नुहुन्छ।
protection-un-refugee_convention-art_33-non_refoulement = खतरातर्फ फिर्ता नपठाइने
protection-un-refugee_convention-art_33-non_refoulement-gives = तपाईंको ज्यान वा स्वतन्त्रता खतरामा पर्ने देशमा तपाईंलाई नपठाइयोस् भनेर तपाईं माग्न सक्नुहुन्छ।
protection-un-cat-art_3-no_return_to_torture = यातनातर्फ फिर्ता नपठाइने
protection-un-cat-art_3-no_return_to_torture-gives = तपाईंलाई यातना दिइन सक्ने देशमा नपठाइयोस् भनेर तपाईं माग्न सक्नुहुन्छ।
protection-un-crc-art_39-child_recovery = बालबालिकाका लागि हेरचाह र उपचार
protection-un-crc-art_39-child_recovery-gives = चोट पाएका वा दुरुपयोग गरिएका बालबालिकाले सुरक्षित ठाउँमा शरीर र मन निको पार्ने हेरचाह पाउन सक्छन्।
protection-un-icrmw-art_25-equal_pay_even_if_irregular = कागजपत्र नभए पनि उचित तलब
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = तपाईंसँग कागजपत्र नभए पनि, स्थानीय कामदारलाई जस्तै तलब र कामका नियम तपाईं माग्न सक्नुहुन्छ।
caveat-shall_consider = देशले तपाईंलाई यो दिने बारे विचार गर्नुपर्छ, तर दिनैपर्छ भन्ने छैन।
caveat-other_offences_still_possible = त्यो देशमा अपराध मानिने तपाईंले गरेका अन्य कामका लागि भने तपाईंमाथि अझै मुद्दा चल्न सक्छ।
instrument-un-icrmw = International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (1990) (सबै आप्रवासी कामदार र तिनका परिवारका सदस्यहरूको अधिकार संरक्षणसम्बन्धी अन्तर्राष्ट्रिय महासन्धि)
instrument-un-palermo_tip = UN Trafficking in Persons Protocol (Palermo Protocol, 2000) (मानव बेचबिखनसम्बन्धी संयुक्त राष्ट्रसङ्घीय प्रोटोकल, पालेर्मो प्रोटोकल)
instrument-un-smuggling_protocol = UN Protocol against the Smuggling of Migrants by Land, Sea and Air (2000) (स्थल, समुद्र र हवाई मार्गबाट हुने आप्रवासीको तस्करीविरुद्धको संयुक्त राष्ट्रसङ्घीय प्रोटोकल)
instrument-un-refugee_convention = UN Refugee Convention (1951) (शरणार्थीसम्बन्धी संयुक्त राष्ट्रसङ्घीय महासन्धि)
instrument-un-cat = UN Convention against Torture (1984) (यातनाविरुद्धको संयुक्त राष्ट्रसङ्घीय महासन्धि)
instrument-un-crc = UN Convention on the Rights of the Child (1989) (बालअधिकारसम्बन्धी संयुक्त राष्ट्रसङ्घीय महासन्धि)
instrument-unhcr-gip_7 = UNHCR Guidelines on International Protection No. 7: Victims of Trafficking (2006) (अन्तर्राष्ट्रिय संरक्षणसम्बन्धी UNHCR निर्देशिका नं. 7: बेचबिखनका पीडितहरू)

## अन्तर्राष्ट्रिय श्रम सङ्गठन (ILO)
protection-ilo-p29-art_3-identification_and_recovery = मुक्त हुन र तङ्ग्रिन सहयोग
protection-ilo-p29-art_3-identification_and_recovery-gives = तपाईंले जबरजस्ती श्रमबाट निस्कन सहयोग, बस्ने सुरक्षित ठाउँ, र स्वास्थ्य उपचार पाउन सक्नुहुन्छ।
protection-ilo-p29-art_4_1-remedies_and_compensation = जबरजस्ती श्रमबापत पैसा
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = तपाईंलाई पुगेको हानिबापत र तपाईंले नपाएको तलबबापत तपाईं पैसा माग्न सक्नुहुन्छ।
protection-ilo-p29-art_4_2-non_punishment = जबरजस्ती गराइएको कामका लागि सजाय नहुने
protection-ilo-p29-art_4_2-non_punishment-gives = जबरजस्ती श्रममा हुँदा तपाईंलाई बाध्य पारेर गराइएका कामका लागि तपाईंलाई सजाय नहुन सक्छ।
instrument-ilo-c189 = ILO Domestic Workers Convention, 2011 (No. 189) (घरेलु कामदारसम्बन्धी ILO महासन्धि)
instrument-ilo-fl_indicators = ILO Indicators of Forced Labour (2012) (जबरजस्ती श्रमका ILO सूचकहरू)
instrument-ilo-icls_2018_fl = ILO Guidelines concerning the measurement of forced labour (2018) (जबरजस्ती श्रम मापनसम्बन्धी ILO निर्देशिका)
instrument-ilo-c29 = ILO Forced Labour Convention, 1930 (No. 29) (जबरजस्ती श्रमसम्बन्धी ILO महासन्धि)
instrument-ilo-p29 = ILO Protocol of 2014 to the Forced Labour Convention (जबरजस्ती श्रमसम्बन्धी महासन्धिको 2014 को ILO प्रोटोकल)
instrument-ilo-fair_recruitment = ILO General Principles and Operational Guidelines for Fair Recruitment (2019) (उचित भर्नासम्बन्धी ILO का सामान्य सिद्धान्त र सञ्चालन निर्देशिका)
instrument-ilo-delphi_2009 = ILO and European Commission Operational Indicators of Trafficking in Human Beings (2009) (मानव बेचबिखनका ILO र युरोपेली आयोगका सञ्चालन सूचकहरू)

## युरोप परिषद्
protection-coe-ecat-art_10_2-no_removal_during_identification = तपाईंको मामला जाँच हुँदा देशबाट नहटाइने
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = तपाईंलाई के भयो भनेर अधिकारीहरूले जाँच गरिरहँदा तपाईंलाई देशबाहिर पठाइनु हुँदैन।
protection-coe-ecat-art_10_3-presumed_child = उमेर स्पष्ट नभए बालबालिकाको रूपमा व्यवहार
protection-coe-ecat-art_10_3-presumed_child-gives = तपाईंको उमेर कति हो भनेर कसैलाई पक्का थाहा छैन भने, उमेर पत्ता नलागेसम्म तपाईंलाई बालबालिकाको रूपमा व्यवहार गरी बाल संरक्षण दिइन सक्छ।
protection-coe-ecat-art_12-assistance = बस्ने ठाउँ, स्वास्थ्य र सल्लाहमा सहयोग
protection-coe-ecat-art_12-assistance-gives = तपाईंले बस्ने सुरक्षित ठाउँ, स्वास्थ्य उपचार, दोभाषे, र आफ्ना अधिकारबारे सल्लाह पाउन सक्नुहुन्छ। यो सहयोग पाउन तपाईं साक्षी बन्नुपर्दैन।
protection-coe-ecat-art_13-recovery_period = आराम गर्ने र तङ्ग्रिने समय
protection-coe-ecat-art_13-recovery_period-gives = तपाईंले आराम गर्न, आफूलाई अझ सुरक्षित महसुस गर्न र के गर्ने भनेर निर्णय गर्न समय पाउन सक्नुहुन्छ। यो समयमा तपाईंलाई बाहिर पठाइनु हुँदैन।
protection-coe-ecat-art_14-residence_permit = केही समय बस्ने अनुमति
protection-coe-ecat-art_14-residence_permit-gives = तपाईंले केही समय देशमा बस्ने अनुमतिपत्र पाउन सक्नुहुन्छ, र त्यसलाई नवीकरण गर्न माग्न सक्नुहुन्छ।
protection-coe-ecat-art_15-compensation_and_legal_aid = हानिबापत पैसा र कानुनी सहायता
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = तपाईंले जानकारी र कानुनी सहायता पाउन सक्नुहुन्छ, र तपाईंलाई हानि गर्ने मानिसहरूबाट पैसा (क्षतिपूर्ति) माग्न सक्नुहुन्छ।
protection-coe-ecat-art_16-safe_return = सुरक्षित रूपमा घर फर्कने
protection-coe-ecat-art_16-safe_return-gives = तपाईं घर फर्कन चाहनुहुन्छ भने, तपाईंको सुरक्षा र अधिकारमा ध्यान दिँदै सुरक्षित रूपमा फर्कन सहयोग माग्न सक्नुहुन्छ।
protection-coe-ecat-art_26-non_punishment = जबरजस्ती गराइएको कामका लागि सजाय नहुने
protection-coe-ecat-art_26-non_punishment-gives = तपाईंलाई बाध्य पारेर गराइएका अपराधका लागि तपाईंलाई सजाय नहुन सक्छ।
caveat-state_chooses_personal_or_cooperation = यो अनुमतिपत्र किन दिने भनेर हरेक देशले आफैँ निर्णय गर्छ: तपाईंको आफ्नै अवस्थाका कारण, तपाईंले प्रहरीलाई मद्दत गर्नुभएका कारण, वा दुवै कारण।
instrument-coe-ecat = Council of Europe Convention on Action against Trafficking in Human Beings (2005) (मानव बेचबिखनविरुद्ध कारबाहीसम्बन्धी युरोप परिषद्को महासन्धि)
instrument-coe-echr = European Convention on Human Rights (1950) (मानव अधिकारसम्बन्धी युरोपेली महासन्धि)
instrument-echr-siliadin = Siliadin v. France, European Court of Human Rights (2005) (सिलियादिन विरुद्ध फ्रान्स, मानव अधिकारसम्बन्धी युरोपेली अदालत)

## युरोपेली संघ
protection-eu-directive_2011_36-art_11-assistance = बस्ने ठाउँ, स्वास्थ्य र भाषामा सहयोग
protection-eu-directive_2011_36-art_11-assistance-gives = तपाईंले बस्ने सुरक्षित ठाउँ, स्वास्थ्य उपचार र दोभाषे पाउन सक्नुहुन्छ। यो सहयोग पाउन तपाईंले प्रहरीलाई मद्दत गर्नुपर्दैन।
protection-eu-directive_2011_36-art_8-non_prosecution = जबरजस्ती गराइएको कामका लागि सजाय नहुने
protection-eu-directive_2011_36-art_8-non_prosecution-gives = तपाईंलाई बाध्य पारेर गराइएका अपराधका लागि तपाईंमाथि मुद्दा नचलाइन वा सजाय नहुन सक्छ।
protection-eu-directive_2011_36-art_12-free_legal_representation = निःशुल्क वकिल र कानुनी सल्लाह
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = तपाईंले कानुनी सल्लाह पाउन सक्नुहुन्छ, र तिर्न सक्नुहुन्न भने निःशुल्क वकिल पाउन सक्नुहुन्छ।
protection-eu-directive_2011_36-art_13_2-presumed_child = उमेर स्पष्ट नभए बालबालिकाको रूपमा व्यवहार
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = तपाईंको उमेर कति हो भनेर कसैलाई पक्का थाहा छैन भने, तपाईंलाई बालबालिकाको रूपमा व्यवहार गरी तुरुन्तै बालबालिकाका लागि सहयोग दिइन सक्छ।
protection-eu-directive_2011_36-art_17-compensation = तपाईंलाई पुगेको हानिबापत पैसा
protection-eu-directive_2011_36-art_17-compensation-gives = तपाईंलाई पुगेको हानिको पूर्ति गर्न, हिंसात्मक अपराधका पीडितहरूका लागि देशको कोषबाट तपाईं पैसा माग्न सक्नुहुन्छ।
protection-eu-directive_2004_81-art_6-reflection_period = सोचविचार गर्ने र तङ्ग्रिने समय
protection-eu-directive_2004_81-art_6-reflection_period-gives = तपाईंले तङ्ग्रिन, तपाईंलाई हानि गर्ने मानिसहरूबाट टाढा जान, र प्रहरीलाई मद्दत गर्ने कि नगर्ने भनेर निर्णय गर्न समय पाउन सक्नुहुन्छ।
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = मद्दत गरिरहँदा बस्ने अनुमतिपत्र
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = तपाईंले मुद्दामा प्रहरी वा अदालतलाई मद्दत गरिरहँदा देशमा बस्ने अनुमतिपत्र पाउन सक्नुहुन्छ।
protection-eu-directive_2009_52-art_6-back_pay = रोजगारदाताबाट पाउनुपर्ने तलब
protection-eu-directive_2009_52-art_6-back_pay-gives = तपाईंलाई काम गर्ने अधिकार नभए पनि, तपाईंले नपाएको तलब रोजगारदातासँग माग्न सक्नुहुन्छ।
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = निकै खराब कामपछि बस्ने अनुमतिपत्र
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = तपाईंलाई निकै नराम्रो व्यवहार गर्ने रोजगारदाताविरुद्ध उजुरी गर्नुभयो भने, मुद्दा चलिरहँदा तपाईंले बस्ने अनुमतिपत्र पाउन सक्नुहुन्छ।
protection-eu-directive_2012_29-art_8-victim_support = अपराधपछि निःशुल्क सहयोग
protection-eu-directive_2012_29-art_8-victim_support-gives = तपाईंले अपराधको उजुरी नगरे पनि, सहयोग सेवाबाट निःशुल्क र गोप्य सहयोग र सल्लाह पाउन सक्नुहुन्छ।
caveat-may_grant = देशले तपाईंलाई यो दिन सक्छ, तर दिनैपर्छ भन्ने छैन।
instrument-eu-directive_2011_36 = EU Anti-Trafficking Directive 2011/36/EU (मानव बेचबिखनविरुद्धको EU निर्देशन)
instrument-eu-directive_2024_1712 = Directive (EU) 2024/1712 amending the EU Anti-Trafficking Directive (मानव बेचबिखनविरुद्धको EU निर्देशन संशोधन गर्ने निर्देशन)
instrument-eu-directive_2004_81 = EU Directive 2004/81/EC on residence permits for victims of trafficking (बेचबिखनका पीडितहरूका लागि बस्ने अनुमतिपत्रसम्बन्धी EU निर्देशन)
instrument-eu-directive_2009_52 = EU Employer Sanctions Directive 2009/52/EC (रोजगारदातालाई दण्डसम्बन्धी EU निर्देशन)
instrument-eu-directive_2012_29 = EU Victims' Rights Directive 2012/29/EU (पीडितका अधिकारसम्बन्धी EU निर्देशन)

# Entitle: the results page's words (ne), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Results
results-heading = तपाईंका उत्तरहरूले के देखाउँछन्
results-meta = { $date } मा { $code ->
        [GB] संयुक्त अधिराज्य (बेलायत) मा
        [US] संयुक्त राज्य अमेरिकामा
        [NL] नेदरल्यान्ड्समा
        [PH] फिलिपिन्समा
        [ZZ] अन्तर्राष्ट्रिय कानुनअन्तर्गत
       *[other] { $country }मा
    } लागू नियमहरूमा आधारित।
danger-call = आपतकालीन नम्बरमा फोन गर्न थिच्नुहोस्। तपाईंसँग कागजपत्र नभए पनि फोन गर्न सक्नुहुन्छ।
next-steps-heading = तपाईं अहिले के गर्न सक्नुहुन्छ
next-step-why = कारण: { $why }।
next-step-call_child_helpline = बालबालिकाका लागि हेल्पलाइनमा फोन गर्नुहोस्
next-step-call_child_helpline-say = तपाईं यसो भन्न सक्नुहुन्छ: “मेरो उमेर 18 वर्षभन्दा कम छ र मलाई सहयोग चाहिन्छ।”
next-step-call_trafficking_helpline = शोषणमा परेका मानिसहरूका लागि हेल्पलाइनमा फोन गर्नुहोस्
next-step-call_trafficking_helpline-say = उनीहरूले तपाईंलाई सहयोग खोजिदिन सक्छन्। तपाईं यसो भन्न सक्नुहुन्छ: “मलाई लाग्छ मेरो शोषण भइरहेको छ र मलाई सहयोग चाहिन्छ।”
next-step-ask_for_protection = खतरामा फिर्ता नपठाइयोस् भनेर संरक्षणबारे सोध्नुहोस्
next-step-ask_for_protection-say = तपाईं यसो भन्न सक्नुहुन्छ: “मलाई आफ्नो देश फर्कन डर लाग्छ।”
next-step-claim_unpaid_pay = नपाएको तलबबारे श्रम निरीक्षकहरूलाई सोध्नुहोस्
next-step-claim_unpaid_pay-say = तपाईं यसो भन्न सक्नुहुन्छ: “मेरो रोजगारदाताले मैले पाउनुपर्ने तलब दिएका छैनन्।”
next-step-call_exploitation_helpline = अन्यायपूर्ण व्यवहार भोगिरहेका कामदारहरूका लागि हेल्पलाइनमा फोन गर्नुहोस्
next-step-call_exploitation_helpline-say = तपाईं यसो भन्न सक्नुहुन्छ: “काममा मलाई नराम्रो व्यवहार गरिन्छ र मलाई सल्लाह चाहिन्छ।”
next-step-get_legal_advice = आफ्ना अधिकारबारे निःशुल्क कानुनी सल्लाह लिनुहोस्
next-step-get_legal_advice-say = तपाईं यसो भन्न सक्नुहुन्छ: “मलाई मेरा अधिकार र कागजपत्रबारे सल्लाह चाहिन्छ।”
danger-local-number = तपाईं जुन देशमा हुनुहुन्छ, त्यहाँको स्थानीय आपतकालीन नम्बरमा फोन गर्नुहोस्।
call-number = { $number } मा फोन गर्नुहोस्
text-number = { $number } मा SMS पठाउनुहोस्
results-signs-heading = तपाईंका उत्तरहरूमा देखिएका संकेतहरू
results-signs-intro = यी संकेत मात्र हुन्। यी तपाईंबारे गरिएको निर्णय होइनन्।
results-not-found = हामीले नभेटेका संकेतहरू
results-needs-heading = तपाईंलाई अहिले के चाहिन सक्छ
results-protections-heading = लागू हुन सक्ने अधिकारहरू
results-protections-none = तपाईंका उत्तरहरूसँग मिल्ने संरक्षण हामीले यहाँ भेटेनौँ। तल दिइएका सहयोग सेवाहरूले अझै पनि तपाईंलाई मद्दत गर्न सक्छन्।
results-protections-not = तपाईंका उत्तरहरूसँग नमिल्ने अधिकारहरू
rights-time_to_recover = आराम गर्ने र तङ्ग्रिने समय
rights-permission_to_stay = बस्ने अनुमति
rights-money_owed = तपाईंले पाउनुपर्ने पैसा र क्षतिपूर्ति
rights-no_punishment = जबरजस्ती गराइएको कामका लागि सजाय नहुने
rights-no_sending_back = खतरातर्फ फिर्ता नपठाइने
rights-going_home = सुरक्षित रूपमा घर फर्कने
rights-childrens_rights = बालबालिकाका अधिकार
rights-support_and_advice = सहयोग, सहायता र सल्लाह
rights-rules = { $count ->
        [one] पूरा नियम
       *[other] सबै { $count } नियम पूरा
    }
results-help-heading = सहयोग कहाँ पाइन्छ
results-limits-heading = यसले के बताउन सक्दैन
results-limits-body = यसले तपाईंका उत्तरहरूले के संकेत गर्छन् भन्ने मात्र देखाउँछ। नियमहरू बदलिन्छन्, र हामीले सबै कुरा सोधेका छैनौँ। केही गर्नुअघि वकिल वा सहयोगी संस्थासँग कुरा गर्नुहोस्।
results-print = प्रिन्ट गर्नुहोस् वा PDF का रूपमा सेभ गर्नुहोस्
start-again = फेरि सुरु गर्नुहोस् र मेरा उत्तरहरू मेटाउनुहोस्
because-heading = हामी यो किन भन्छौँ
missing-heading = यसको उत्तर दिँदा नतिजा बदलिन सक्छ
sources-heading = कानुनी स्रोतहरू
source-line = { $instrument }, धारा { $article } ({ $from } देखि)
source-secondary = दोस्रो स्रोतमा मात्र जाँच गरिएको।
source-unverified = आधिकारिक पाठसँग अझै जाँच गरिएको छैन।
delphi-met = दोस्रो जाँच, अर्थात् ILO र युरोपेली आयोगका सूचकहरूले पनि मानव बेचबिखनतर्फ संकेत गर्छन्।
delphi-not-met = दोस्रो जाँच, अर्थात् ILO र युरोपेली आयोगका सूचकहरूले यी उत्तरहरूमा मानव बेचबिखनतर्फ संकेत गर्दैनन्।
delphi-not-applicable = दोस्रो जाँच, अर्थात् ILO र युरोपेली आयोगका सूचकहरू, यी उत्तरहरूमा प्रयोग गर्न सकिएन।

## Findings: a title and one sentence for each level
finding-trafficking-title = मानव बेचबिखन
finding-trafficking-strong = तपाईंका उत्तरहरूमा मानव बेचबिखनका बलिया संकेतहरू देखिन्छन्।
finding-trafficking-some = तपाईंका उत्तरहरूमा मानव बेचबिखनका केही संकेतहरू देखिन्छन्।
finding-trafficking-none_found = तपाईंका उत्तरहरूमा मानव बेचबिखनका संकेतहरू देखिँदैनन्।
finding-trafficking-not_enough_information = मानव बेचबिखनका संकेतहरू छन् कि छैनन् भन्न हामीलाई अझै पर्याप्त थाहा छैन।
finding-forced_labour-title = जबरजस्ती श्रम
finding-forced_labour-strong = तपाईंका उत्तरहरूमा जबरजस्ती श्रमका बलिया संकेतहरू देखिन्छन्।
finding-forced_labour-some = तपाईंका उत्तरहरूमा जबरजस्ती श्रमका केही संकेतहरू देखिन्छन्।
finding-forced_labour-none_found = तपाईंका उत्तरहरूमा जबरजस्ती श्रमका संकेतहरू देखिँदैनन्।
finding-forced_labour-not_enough_information = जबरजस्ती श्रमका संकेतहरू छन् कि छैनन् भन्न हामीलाई अझै पर्याप्त थाहा छैन।
finding-servitude-title = बाँधा (दासजस्तो अवस्था)
finding-servitude-strong = तपाईंका उत्तरहरूमा बाँधाका बलिया संकेतहरू देखिन्छन्: अरू कसैको नियन्त्रणमा काम गर्न र बस्न बाध्य हुनु।
finding-servitude-some = तपाईंका उत्तरहरूमा बाँधाका केही संकेतहरू देखिन्छन्: अरू कसैको नियन्त्रणमा काम गर्न र बस्न बाध्य हुनु।
finding-servitude-none_found = तपाईंका उत्तरहरूमा बाँधाका संकेतहरू देखिँदैनन्।
finding-servitude-not_enough_information = बाँधाका संकेतहरू छन् कि छैनन् भन्न हामीलाई अझै पर्याप्त थाहा छैन।
finding-labour_exploitation-title = अन्यायपूर्ण वा दुर्व्यवहारपूर्ण काम
finding-labour_exploitation-strong = तपाईंका उत्तरहरूमा अन्यायपूर्ण वा दुर्व्यवहारपूर्ण कामका बलिया संकेतहरू देखिन्छन्।
finding-labour_exploitation-some = तपाईंका उत्तरहरूमा अन्यायपूर्ण वा दुर्व्यवहारपूर्ण कामका केही संकेतहरू देखिन्छन्।
finding-labour_exploitation-none_found = तपाईंका उत्तरहरूमा अन्यायपूर्ण वा दुर्व्यवहारपूर्ण कामका संकेतहरू देखिँदैनन्।
finding-labour_exploitation-not_enough_information = अन्यायपूर्ण वा दुर्व्यवहारपूर्ण कामका संकेतहरू छन् कि छैनन् भन्न हामीलाई अझै पर्याप्त थाहा छैन।
finding-smuggling_abuse-title = यात्रामा भएको हानि
finding-smuggling_abuse-strong = तपाईंका उत्तरहरूमा तपाईंलाई लैजाने मानिसहरूबाट तपाईंलाई हानि भएका बलिया संकेतहरू देखिन्छन्।
finding-smuggling_abuse-some = तपाईंका उत्तरहरूमा तपाईंलाई लैजाने मानिसहरूबाट तपाईंलाई हानि भएका केही संकेतहरू देखिन्छन्।
finding-smuggling_abuse-none_found = तपाईंका उत्तरहरूमा यात्रामा हानि भएका संकेतहरू देखिँदैनन्।
finding-smuggling_abuse-not_enough_information = यात्रामा तपाईंलाई हानि भयो कि भएन भन्न हामीलाई अझै पर्याप्त थाहा छैन।
finding-international_protection-title = फर्कनुभयो भने खतरा
finding-international_protection-strong = तपाईंका उत्तरहरूमा फिर्ता पठाइनबाट तपाईंलाई संरक्षण चाहिन सक्ने बलिया संकेतहरू देखिन्छन्।
finding-international_protection-some = तपाईंका उत्तरहरूमा फिर्ता पठाइनबाट तपाईंलाई संरक्षण चाहिन सक्ने केही संकेतहरू देखिन्छन्।
finding-international_protection-none_found = तपाईंका उत्तरहरूमा फर्कनुपर्ने डर देखिँदैन।
finding-international_protection-not_enough_information = फिर्ता पठाइनबाट तपाईंलाई संरक्षण चाहिन्छ कि चाहिँदैन भन्न हामीलाई अझै पर्याप्त थाहा छैन।
finding-possible_child-title = बालबालिकाका अधिकार
finding-possible_child-strong = तपाईंका उत्तरहरूअनुसार तपाईंको उमेर 18 वर्षभन्दा कम छ। बालबालिकाका थप अधिकार हुन्छन्।
finding-possible_child-some = तपाईंको उमेर 18 वर्षभन्दा कम हुन सक्छ, वा यो सुरु हुँदा 18 वर्षभन्दा कम थियो। तपाईंको उमेर थाहा नभएसम्म तपाईंलाई बालबालिकाको रूपमा व्यवहार गरिनुपर्छ।
finding-possible_child-none_found = तपाईंका उत्तरहरूअनुसार तपाईंको उमेर 18 वर्ष वा सोभन्दा बढी छ।
finding-possible_child-not_enough_information = हामीलाई अझै तपाईंको उमेर थाहा छैन। बालबालिकाका थप अधिकार हुन्छन्।
finding-possible_child-not_enough_information-when_it_began = यो सुरु हुँदा तपाईंको उमेर 18 वर्षभन्दा कम थियो कि थिएन, हामीलाई अझै थाहा छैन। थियो भने, बालबालिकाका अधिकारले अझै तपाईंलाई मद्दत गर्न सक्छन्।

## Needs
need-immediate_safety = अहिले नै सुरक्षा
need-medical_care = डाक्टर वा उपचार
need-safe_housing = बस्ने सुरक्षित ठाउँ
need-interpretation = तपाईंको भाषा अनुवाद गरिदिने कोही (दोभाषे)
need-legal_advice = वकिलको सल्लाह
need-children = बालबालिकाका लागि सहयोग
need-going_home = सुरक्षित रूपमा घर फर्कने
need-fear_of_return = फिर्ता पठाइनबाट संरक्षण
need-unpaid_wages = पाउनुपर्ने तलब पाउने

## Protections: status, conditions and facts
status-applies = तथ्यहरूका आधारमा यो तपाईंमा लागू हुन्छ। कसैले यसको निर्णय गर्नुपर्दैन।
status-may_apply = यो तपाईंमा लागू हुन सक्छ। कुनै निकायले निर्णय गर्छ।
status-needs_information = यो लागू हुन सक्छ। थाहा पाउन हामीलाई थप उत्तर चाहिन्छ।
status-does_not_apply = यो तपाईंका उत्तरहरूसँग मिल्दैन।
protection-conditions = यसका लागि के चाहिन्छ
protection-requires = पहिले के हुनुपर्छ
condition-any-of = यीमध्ये एउटा भए पुग्छ:
protection-outside-scope = यो ती मानिसहरूका लागि हो जसका उत्तरहरूमा यी संकेत देखिन्छन्: { $signs }। तपाईंका उत्तरहरूमा अझै यी संकेत देखिँदैनन्। तपाईंले हामीलाई बताउनुभएको कुनै आवश्यकता यसले पूरा गर्न सक्ने भएकाले यो यहाँ राखिएको हो।
requires-positive_reasonable_grounds_decision = पीडित पहिचान गर्ने निकायले तपाईं बेचबिखन वा शोषणमा पर्नुभएको हो भनेर विश्वास गर्ने मनासिब आधार छ भन्ने निर्णय गर्छ।
requires-positive_conclusive_grounds_decision = पीडित पहिचान गर्ने निकायले तपाईं बेचबिखन वा शोषणमा पर्नुभएको हो भन्ने अन्तिम निर्णय गर्छ।
requires-law_enforcement_request = प्रहरी वा कानुन कार्यान्वयन गर्ने अर्को निकायले तपाईंका लागि यो माग्छ।
protection-values = कति लामो वा कति
protection-decided-by = कसले निर्णय गर्छ
protection-how-to-ask = कसरी माग्ने
protection-cooperation = के तपाईंले प्रहरीलाई मद्दत गर्नुपर्छ?
protection-unknown = अझै थाहा छैन
protection-unverified = यो नियम आधिकारिक पाठसँग अझै जाँच गरिएको छैन।
cooperation-required = हो, यसका लागि तपाईंले प्रहरी वा सरकारी वकिललाई मद्दत गर्नुपर्छ।
cooperation-not-required = होइन।
condition-met = (हो)
condition-not-met = (होइन)
condition-unknown = (थाहा छैन)
condition-not_a_national = तपाईं यो देशको नागरिक हुनुहुन्न
condition-third_country_national = तपाईं EU वा EEA को कुनै देश वा स्विट्जरल्यान्डको नागरिक हुनुहुन्न
condition-irregular_status = अहिले तपाईंसँग बस्ने कागजपत्र छैन
condition-child = तपाईंको उमेर 18 वर्षभन्दा कम छ, वा हुन सक्छ
condition-adult = तपाईंको उमेर 18 वर्ष वा सोभन्दा बढी छ
condition-cooperation = तपाईं प्रहरीलाई मद्दत गर्न तयार हुनुहुन्छ
condition-reported_to_police = तपाईंले प्रहरीलाई भन्नुभएको छ
condition-fear_of_return = तपाईंलाई फर्कन डर लाग्छ
condition-wants_to_go_home = तपाईं घर फर्कन चाहनुहुन्छ
condition-made_to_break_law = तपाईंलाई कानुन तोड्न बाध्य पारिएको थियो
condition-smuggled = तपाईंलाई तस्करहरूले भित्र ल्याएका थिए
condition-owed_wages = तपाईंले तलब पाउन बाँकी छ
condition-no_longer_there = तपाईं अब तपाईंको शोषण गर्ने मानिसहरूसँग हुनुहुन्न
condition-particularly_exploitative = तपाईंको काम असुरक्षित थियो, तपाईंको स्वास्थ्य वा मर्यादामा हानि पुर्‍याउँथ्यो, वा त्यसमा निकै धेरै घण्टा काम गर्नुपर्थ्यो
condition-unable_to_cooperate = आघात (ट्रमा), रोग वा गम्भीर खतराका कारण प्रहरीलाई मद्दत गर्न तपाईंलाई निकै गाह्रो छ (यो कुरा सम्बन्धित निकायले निर्णय गर्छ)
decider-no_decision = कसैले पनि होइन: यो कानुनबाटै हुन्छ।
decider-competent_authority = मानव बेचबिखनको पीडित को हो भनेर निर्णय गर्ने कार्यालय।
decider-immigration_authority = अध्यागमन कार्यालय।
decider-police = प्रहरी।
decider-prosecutor = सरकारी वकिल।
decider-court = अदालत।
decider-labour_inspectorate = श्रम निरीक्षकहरू।
decider-child_protection = बाल संरक्षण सेवा।
decider-asylum_authority = शरणसम्बन्धी कार्यालय।
decider-support_provider = सहयोगी संस्था।
referrer-self_ = तपाईं आफैँ माग्न सक्नुहुन्छ, वकिलको मद्दत लिएर माग्नु राम्रो हुन्छ।
referrer-first_responder = पहिलो सम्पर्क गर्ने निकायले (प्रहरी वा तोकिएको सहयोगी संस्थाले) तपाईंलाई सिफारिस गरी पठाउनुपर्छ।
referrer-police = प्रहरीले यो माग्नुपर्छ।
referrer-prosecutor = सरकारी वकिलले यो माग्नुपर्छ।
referrer-prosecutor_or_labour_inspectorate = सरकारी वकिल वा श्रम निरीक्षणालयले यो माग्नुपर्छ।
referrer-ngo = सहयोगी संस्थाले माग्न तपाईंलाई मद्दत गर्न सक्छ।
referrer-lawyer = वकिलले माग्न तपाईंलाई मद्दत गर्न सक्छन्।
referrer-nobody = तपाईंले माग्नुपर्दैन।
value-amount_minor = रकम: { $value } { $currency }
value-annual_cap = हरेक वर्षको सीमा: { $value ->
        [one] { $value } जना
       *[other] { $value } जना
    }
value-days = { $value ->
        [one] { $value } दिन
       *[other] { $value } दिन
    }
value-food_allowance_amount_minor = खाना भत्ता: { $value } { $currency }
value-housing_allowance_amount_minor = आवास भत्ता: { $value } { $currency }
value-initial_months = पहिलो अवधि: { $value ->
        [one] { $value } महिना
       *[other] { $value } महिना
    }
value-initial_years = पहिलो अवधि: { $value ->
        [one] { $value } वर्ष
       *[other] { $value } वर्ष
    }
value-limitation_years = दाबी गर्ने समयसीमा: { $value ->
        [one] { $value } वर्ष
       *[other] { $value } वर्ष
    }
value-max_days = बढीमा { $value ->
        [one] { $value } दिन
       *[other] { $value } दिन
    }
value-max_months = बढीमा { $value ->
        [one] { $value } महिना
       *[other] { $value } महिना
    }
value-max_years = बढीमा { $value ->
        [one] { $value } वर्ष
       *[other] { $value } वर्ष
    }
value-min_days = कम्तीमा { $value ->
        [one] { $value } दिन
       *[other] { $value } दिन
    }
value-min_hourly_wage = प्रतिघण्टा न्यूनतम तलब: { $value } { $currency }
value-min_months = कम्तीमा { $value ->
        [one] { $value } महिना
       *[other] { $value } महिना
    }
value-months = { $value ->
        [one] { $value } महिना
       *[other] { $value } महिना
    }
value-notice_months = दिनुपर्ने पूर्वसूचना: { $value ->
        [one] { $value } महिना
       *[other] { $value } महिना
    }
value-notice_months_after_two_years = कामको दुई वर्षपछि पूर्वसूचना: { $value ->
        [one] { $value } महिना
       *[other] { $value } महिना
    }
value-presumed_min_months = तपाईंको काम कम्तीमा { $value ->
        [one] { $value } महिना
       *[other] { $value } महिना
    } चलेको मानिन्छ
value-renewal_months = नवीकरण: { $value ->
        [one] { $value } महिना
       *[other] { $value } महिना
    }
value-years = { $value ->
        [one] { $value } वर्ष
       *[other] { $value } वर्ष
    }
value-years_in_scheme = { $value ->
        [one] { $value } वर्ष
       *[other] { $value } वर्ष
    }पछि

## Help
help-kind-emergency = आपतकाल
help-kind-trafficking_helpline = मानव बेचबिखनसम्बन्धी हेल्पलाइन
help-kind-exploitation_helpline = श्रम शोषणसम्बन्धी हेल्पलाइन
help-kind-labour_inspectorate = श्रम निरीक्षक: काम र तलबबारे उजुरी
help-kind-legal_aid = निःशुल्क कानुनी सहायता
help-kind-ngo = सहयोगी संस्था
help-kind-asylum = शरण र शरणार्थीका लागि सहयोग
help-kind-child_helpline = बालबालिकाका लागि हेल्पलाइन
help-kind-international = अन्तर्राष्ट्रिय निर्देशिका
hours-always = हरेक दिन, दिनरात खुला।
hours-days = { $days }, { $opens } देखि { $closes } सम्म खुला।
days-mon_fri = सोमबारदेखि शुक्रबारसम्म
days-mon_sat = सोमबारदेखि शनिबारसम्म
days-every_day = हरेक दिन
help-interpreters = धेरै भाषाका दोभाषे उपलब्ध।
help-languages = भाषाहरू: { $languages }
help-free = निःशुल्क।
help-checked = विवरण { $date } मा जाँच गरिएको।
help-not-checked = यी विवरण अझै जाँच गरिएका छैनन्।
help-more = विवरण
help-from-site = यो पेज चलाउने { $name } बाट।
help-from-this-site = यो पेज चलाउने संस्थाबाट।
help-meets = यसमा मद्दत गर्न सक्छ: { $needs }

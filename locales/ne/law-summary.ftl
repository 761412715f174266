# Entitle: Nepali. नतिजामा देखिने तलब दाबी र वकिलका लागि मामलाको सारांशका शब्दहरू।
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

# Fetched after the first page, with the law's words.

claim-heading = तपाईंले पाउनुपर्ने हुन सक्ने तलब
claim-lead-owed_against_minimum = { $months } { $months ->
        [one] महिना
       *[other] महिना
    }को कामका लागि, तपाईंका उत्तरहरूअनुसार कानुनी न्यूनतम तलबको हिसाबले तपाईंले करिब { $amount } पाउन बाँकी देखिन्छ।
claim-lead-owed_against_promise = { $months } { $months ->
        [one] महिना
       *[other] महिना
    }को कामका लागि, तपाईंका उत्तरहरूअनुसार तपाईंलाई वाचा गरिएको तलबको हिसाबले तपाईंले करिब { $amount } पाउन बाँकी देखिन्छ।
claim-no-figure = तपाईंका उत्तरहरूबाट हामीले कुनै अङ्क निकाल्न सकेनौँ। के नपुगेको छ भनेर सारांशमा लेखिएको छ।
claim-deadline-next = अझै खुला रहेको पहिलो समयसीमा { $date } मा सकिन्छ ({ $route })।
claim-deadline-soon = छिट्टै कदम चाल्नुहोस्: एउटा समयसीमा { $date } मा सकिन्छ ({ $route })।
claim-deadline-passed = केही समयसीमा सकिइसकेका हुन सक्छन्। वकिलले अझै कुनै बाटो भेट्टाउन सक्छन्।
summary-open = वकिलका लागि सारांश हेर्नुहोस्
route-labour_inspectorate = श्रम निरीक्षक
route-labour_tribunal = श्रम अदालत वा न्यायाधिकरण
route-civil_court = देवानी अदालत
route-criminal_compensation = फौजदारी अदालत
route-state_fund = अपराध पीडितका लागि राज्यको कोष
summary-heading = वकिल वा केसवर्करका लागि मामलाको सारांश
summary-intro = यो सारांश { $date } मा यही उपकरणमा, व्यक्तिका आफ्नै उत्तरहरूबाट, { $code ->
        [GB] संयुक्त अधिराज्य (बेलायत) का
        [US] संयुक्त राज्य अमेरिकाका
        [NL] नेदरल्यान्ड्सका
        [PH] फिलिपिन्सका
        [ZZ] अन्तर्राष्ट्रिय कानुनका
       *[other] { $country }का
    } नियमअनुसार बनाइएको हो। यसले संकेतहरू देखाउँछ, निर्णयहरू होइन।
summary-chronology = के भयो
stage-recruitment = भर्ना
stage-journey = यात्रा
stage-work = काम
stage-leaving_and_now = छोड्दा, र अहिले
summary-signs = उत्तरहरूमा देखिएका संकेतहरू, र तिनका कानुनी तत्त्वहरू
summary-no-signs = उत्तरहरूमा कुनै संकेत देखिँदैन।
presence-present = देखिएको
presence-absent = नदेखिएको
presence-unknown = थाहा नभएको
element-act = कार्य: व्यक्तिलाई भर्ना गर्ने, सार्ने, जिम्मा लगाउने वा राख्ने
element-means = माध्यम: धम्की, बल प्रयोग, छल वा शक्तिको दुरुपयोग
element-purpose = उद्देश्य: शोषण
element-child = व्यक्तिको उमेर 18 वर्षभन्दा कम थियो
element-under_18 = व्यक्तिको उमेर 18 वर्षभन्दा कम छ वा हुन सक्छ
element-menace_of_penalty = हानि वा सजायको धम्की
element-involuntary = स्वेच्छाले नगरिएको काम
element-coercion = करकाप
element-cannot_change_situation = अवस्था बदल्न नसक्ने
element-lives_at_workplace = रोजगारदाताले तोकेको ठाउँमा बस्ने
element-wages_withheld = तलब रोकिएको
element-pay_below_promise = वाचाभन्दा कम तलब
element-large_deductions = तलबबाट ठूलो रकम काटिएको
element-excessive_hours = निकै लामो कामको समय
element-recruitment_fees = कामका लागि तिरेको शुल्क
element-smuggled = अरूले अनियमित रूपमा सीमा पार गराएको
element-fear_of_return = फर्कने डर
element-protected_reason = शरणार्थी कानुनले संरक्षण गर्ने कारण
element-documents_kept = पासपोर्ट वा परिचयपत्र अरूले राखेको
element-unsafe_or_degrading = असुरक्षित काम वा अपमानजनक बसाइको अवस्था
element-violence_at_work = काममा हिंसा
element-harmed_or_held = यात्रामा चोट वा थुनामा
summary-indicators = जबरजस्ती श्रमका ILO सूचकहरू, र ILO–EU आयामहरू
summary-no-indicators = उत्तरहरूमा ILO को कुनै सूचक देखिँदैन।
indicator-ilo-fl-abuse_of_vulnerability = कमजोर अवस्थाको दुरुपयोग
indicator-ilo-fl-deception = छल
indicator-ilo-fl-restriction_of_movement = आवतजावतमा रोक
indicator-ilo-fl-isolation = एक्लो पारिनु
indicator-ilo-fl-physical_and_sexual_violence = शारीरिक र यौन हिंसा
indicator-ilo-fl-intimidation_and_threats = डरत्रास र धम्की
indicator-ilo-fl-retention_of_identity_documents = परिचय कागजात कब्जामा राखिनु
indicator-ilo-fl-withholding_of_wages = तलब रोकिनु
indicator-ilo-fl-debt_bondage = ऋण बन्धन
indicator-ilo-fl-abusive_working_and_living_conditions = दुर्व्यवहारपूर्ण काम र बसाइको अवस्था
indicator-ilo-fl-excessive_overtime = अत्यधिक ओभरटाइम
summary-dimension = आयाम
summary-strong-medium-weak = सूचकहरू: बलियो / मध्यम / कमजोर
summary-positive = सकारात्मक
dimension-deceptive_recruitment = छलपूर्ण भर्ना
dimension-coercive_recruitment = करकापपूर्ण भर्ना
dimension-recruitment_by_abuse_of_vulnerability = कमजोर अवस्थाको दुरुपयोग गरी भर्ना
dimension-exploitative_conditions_of_work = शोषणपूर्ण कामको अवस्था
dimension-coercion_at_destination = गन्तव्यमा करकाप
dimension-abuse_of_vulnerability_at_destination = गन्तव्यमा कमजोर अवस्थाको दुरुपयोग
summary-protections = मिल्न सक्ने संरक्षणहरू, र तिनका कानुनी आधार
summary-english-copy = वकिलका लागि अङ्ग्रेजी प्रति
summary-claim = तलब दाबी, हिसाबसहित
summary-claim-period = { $began } देखि { $ended } सम्म: { $months } { $months ->
        [one] महिना
       *[other] महिना
    }।
summary-claim-period-ongoing = { $began } देखि, र काम जारी छ: अहिलेसम्म { $months } { $months ->
        [one] महिना
       *[other] महिना
    }।
figure-owed_against_promise = वाचाअनुसार पाउनुपर्ने
figure-owed_against_minimum = कानुनी न्यूनतम तलबअनुसार पाउनुपर्ने
figure-arrears_at_current_rate = उही रकम, आजको न्यूनतम दरमा गनिएको
figure-overtime_at_minimum = माथिबाट थप ओभरटाइम, न्यूनतम दरमा
figure-liquidated_damages = फेरि उति नै रकम (liquidated damages)
figure-restitution_at_least = फौजदारी अदालतले आदेश दिने न्यूनतम रकम
working-step = चरण
working-formula = हिसाब
working-amount = रकम
working-value = प्रयोग गरिएको मान, र त्यसको स्रोत
working-value-from = { $date } देखि लागू।
value-verified = आधिकारिक पाठमा जाँच गरिएको।
step-promised_for_months = काम गरेका महिनाहरूको वाचा गरिएको तलब
step-months_at_rate = हरेक महिनाको पहिलो दिन लागू रहेको न्यूनतम दर
step-sum = जम्मा
step-less_received = पाएको रकम घटाएर
step-overtime_premium = ओभरटाइमको थप दर
step-arrears_at_current_rate = आजको दरमा गनिएको
step-liquidated_damages_equal = नपाएको न्यूनतम तलब र ओभरटाइम, फेरि पाउनुपर्ने
step-restitution_greater_of_gain_or_minimum = न्यूनतम दर र ओभरटाइममा कामको मूल्य; कसुरदारले बढी फाइदा लिएको भए बढी
summary-not-counted = अङ्कहरूले गन्न नसकेका कुरा
formula-hour = { $count } घण्टा
formula-day = { $count } दिन
formula-week = { $count } हप्ता
formula-month = { $count } महिना
not-counted-period = काम गरेका महिना थाहा छैन, त्यसैले केही गन्न सकिएन।
not-counted-promise = वाचा गरिएको तलब थाहा छैन।
not-counted-received = के पाइयो थाहा छैन, त्यसैले केही घटाइएन।
not-counted-hours = काम गरेका घण्टा वा दिन थाहा छैन।
not-counted-age = उमेर थाहा छैन, त्यसैले वयस्कको दर प्रयोग गरियो।
not-counted-no_minimum_wage = यो देशको कानुनी न्यूनतम तलब हामीसँग छैन।
not-counted-months_before_first_rate = केही महिना हामीसँग भएको पहिलो न्यूनतम दरभन्दा अघिका छन्, वा त्यो बेला त्यो उमेरको कुनै दर थिएन।
not-counted-other_currency = केही तलब अर्कै मुद्रामा थियो, त्यसैले त्यो घटाइएन।
not-counted-deductions = तलबबाट पैसा काटिएको थियो। त्यसमध्ये कति गैरकानुनी थियो भन्ने नियम हामीसँग छैन: वकिलले जाँच्न सक्छन्।
not-counted-recruitment_fees = कामका लागि शुल्क तिरिएको थियो। यहाँ त्यसलाई गन्ने नियम हामीसँग छैन: वकिलले जाँच्न सक्छन्।
not-counted-later_rate_missing = कानूनले तोकिएको समयमा नयाँ न्यूनतम ज्याला तोक्छ, र हामीसँग भएको पछिल्लो दर काम सकिनुअघि नै बदलिएको हुन सक्छ। पछिल्ला महिनाहरूका लागि तपाईंलाई बढी तिर्नुपर्ने हुन सक्छ: वकिलले आधिकारिक दर जाँच गर्न सक्नुहुन्छ।
summary-caveats = यी अङ्कहरूबारे वकिलले जान्नुपर्ने कुरा
summary-deadlines = दाबी गर्ने समयसीमा (हदम्याद)
summary-no-deadlines = यो देशका लागि हामीसँग कुनै समयसीमा छैन।
deadline-length = { $from } देखि { $months } { $months ->
        [one] महिना
       *[other] महिना
    }।
runs-from-last_payment = पछिल्लो पटक कम तलब दिइएको दिन
runs-from-end_of_work = काम सकिएको दिन
runs-from-end_of_exploitation = शोषण अन्त्य भएको दिन
runs-from-offence = अपराध भएको दिन
runs-from-final_judgment = फौजदारी मुद्दाको अन्तिम फैसला
runs-from-end_of_year = तलब दिनुपर्ने वर्षको अन्त्य
deadline-not_started = यो सुरु भएको छैन: काम जारी छ।
deadline-open = काम सकिएको महिनाको अन्त्यदेखि गन्दा, यो { $date } मा सकिन्छ।
deadline-soon = काम सकिएको महिनाको अन्त्यदेखि गन्दा, यो छिट्टै, { $date } मा सकिन्छ।
deadline-passed = काम सकिएको महिनाको अन्त्यदेखि गन्दा, यो { $date } मा सकियो। वकिललाई कुनै अपवाद थाहा हुन सक्छ।
deadline-unknown = काम सकिएको दिन थाहा छैन।
deadline-after_judgment = यो अदालतको एउटा निर्णयदेखि गनिन्छ, जसको दिन हामीलाई थाहा छैन।

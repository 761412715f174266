# Entitle: Nepali.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons / human trafficking = मानव बेचबिखन (source: मानव बेचबिखन तथा ओसारपसार (नियन्त्रण) ऐन, २०६४, name and preamble, Nepal Law Commission, http://www.lawcommission.gov.np/np/archives/35697; no official Nepali text of the Palermo Protocol (ratified by Nepal 2020) found; Nepali government press (Gorkhapatra) also uses मानव बेचबिखन for it)
# glossary: victim = पीडित (source: same Act, s. 2(ग), http://www.lawcommission.gov.np/np/archives/35697)
# glossary: exploitation = शोषण; slavery / servitude = दास / बाँधा (source: same Act, s. 2(ङ) "दास तुल्याउने, बाँधा बनाउने कार्य")
# glossary: labour exploitation = श्रम शोषण (source: श्रम ऐन, २०७४, preamble, https://lawcommission.gov.np/content/13309/labor-act--2017)
# glossary: forced labour = जबरजस्ती श्रम (source: श्रम ऐन, २०७४, s. 4 and its explanation, https://lawcommission.gov.np/content/13309/labor-act--2017; no published Nepali text of ILO C29, C105 or P29 found)
# glossary: compensation = क्षतिपूर्ति (source: मानव बेचबिखन तथा ओसारपसार (नियन्त्रण) ऐन, २०६४, chapter 4 "दण्ड सजाय तथा क्षतिपूर्ति सम्बन्धी व्यवस्था", http://www.lawcommission.gov.np/np/archives/35690)
# glossary: debt bondage = ऋण बन्धन (no official translation found; "बाँधा" as in the Act, s. 2(ङ); term used in Nepali NGO and press texts)
# glossary: smuggling of migrants = आप्रवासीको तस्करी (no official translation found; Nepal is not a party to the Smuggling Protocol; "मानव तस्करी" is used loosely by Nepal Police and the press)
# glossary: refugee = शरणार्थी; asylum = शरण (no official translation found; terms used by UNHCR and the Government of Nepal in Nepali texts)
# glossary: residence permit = बस्ने अनुमतिपत्र (no official translation found; plain term chosen for this app)
# glossary: recovery and reflection period = आराम र सोचविचार गर्ने अवधि (no official translation found; plain term chosen for this app)

## About this language (shown on the About page)
locale-translation-note = यो पाठ अङ्ग्रेजीबाट कृत्रिम बुद्धिमत्ता (AI) मोडेलको सहायताले अनुवाद गरिएको हो।
locale-review-note = नेपाली मातृभाषा भएका व्यक्तिले यसलाई अझै जाँच गर्नुभएको छैन।

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = जानकारी

## Exit this page
exit-this-page = यो पेजबाट निस्कनुहोस्
exit-emergency = आपतकाल
exit-shift-pressed-once = Shift: निस्कन अझै 2 पटक थिच्नुहोस्।
exit-shift-pressed-twice = Shift: निस्कन अझै 1 पटक थिच्नुहोस्।

## Language picker and footer
language-picker-label = भाषा
language-picker-toggle = भाषा: { $language }
language-picker-loading = अन्य भाषाहरू ल्याउँदै…
language-picker-offline = अन्य भाषाहरूका लागि एक पटक इन्टरनेट चाहिन्छ। इन्टरनेट जोडेर यो सूची फेरि खोल्नुहोस्।
footer-not-advice = यो जानकारी हो, कानुनी सल्लाह होइन।
about-link = यो उपकरणको बारेमा
footer-site-name = यो पेज { $name } ले उपलब्ध गराएको हो।
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = यो साइटका सञ्चालकका लागि: सेटिङ फाइल site.json प्रयोग गरिएन, त्यसैले एप आफ्नै सेटिङहरूमा चलिरहेको छ। समस्या { $field } मा छ: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] यहाँदेखि पाठ मान्य JSON होइन।
    [twice] यो फिल्ड दुई पटक लेखिएको छ।
    [unknown] यस नामको कुनै सेटिङ छैन।
    [missing] यो सेटिङ आवश्यक छ।
    [not-text] यो उद्धरण चिह्नभित्रको पाठ हुनुपर्छ।
    [not-list] यो सूची हुनुपर्छ, [ ] भित्र।
    [not-object] यो सेटिङहरूको समूह हुनुपर्छ, { "{" } { "}" } भित्र।
    [not-true-or-false] यो true वा false हुनुपर्छ।
    [version] यो 1 हुनुपर्छ।
    [country] एपले समेट्ने देश यो होइन (GB जस्तो कोड प्रयोग गर्नुहोस्)।
    [language] एपले बोल्ने भाषा यो होइन (fr जस्तो कोड प्रयोग गर्नुहोस्)।
    [language-tag] यो pl वा pt-BR जस्तो भाषा कोड, वा interpreters हुनुपर्छ।
    [need] एपले चिनेका आवश्यकताहरूमध्ये यो एउटा होइन।
    [phone] यो 3 देखि 15 अङ्कसम्मको नम्बर हुनुपर्छ, अन्तर्राष्ट्रिय नम्बर भए अगाडि + राखेर, र बीचमा खाली ठाउँ नराखी।
    [web] यो https:// बाट सुरु हुने वेब ठेगाना हुनुपर्छ।
    [days] यो mon_fri, mon_sat वा every_day हुनुपर्छ।
    [time] यो 09:00 जस्तो समय हुनुपर्छ।
    [hours] कि always: true प्रयोग गर्नुहोस्, कि opens र closes सहित days प्रयोग गर्नुहोस्।
    [length] यो खाली छ वा धेरै लामो छ।
    [too-many] यो सूची धेरै लामो छ।
    [no-way-to-reach] यो सम्पर्कमा phone, sms वा web ठेगाना चाहिन्छ।
    [repeated] यो सूचीमा पहिले नै छ।
    [display-without-phone] phone_display का लागि phone पनि चाहिन्छ।
   *[other] यो मान स्वीकार्य छैन।
}

## Opening page
start-heading = तपाईंलाई कस्तो सहयोग र अधिकार हुन सक्छन्, जाँच्नुहोस्
start-what-this-is = तपाईंको काम र यात्राबारे केही छोटा प्रश्नहरूको उत्तर दिनुहोस्। तपाईंका उत्तरहरूमा देखिने हानिका संकेतहरू, तपाईंलाई जोगाउन सक्ने अधिकारहरू, र सहयोग कहाँ पाइन्छ भन्ने हामी देखाउनेछौँ।
start-danger-heading = तपाईं अहिले खतरामा हुनुहुन्छ भने
start-danger-body = तपाईं जुन देशमा हुनुहुन्छ, त्यहाँको आपतकालीन नम्बरमा फोन गर्नुहोस्। तपाईंसँग कागजपत्र नभए पनि फोन गर्न सक्नुहुन्छ।
start-privacy-heading = तपाईंका उत्तरहरू यही फोनमा रहन्छन्
start-privacy-body = तपाईंले दिएको कुनै पनि उत्तर कतै पठाइँदैन। केही पनि सेभ हुँदैन। यो पेज बन्द गरेपछि तपाईंका उत्तरहरू मेटिन्छन्।
start-leave-heading = छिटो निस्कनुहोस्
start-leave-body = जुनसुकै बेला “यो पेजबाट निस्कनुहोस्” मा थिच्नुहोस्, वा Shift कुञ्जी 3 पटक थिच्नुहोस्। यो पेज बन्द हुन्छ र मौसमको एउटा पेज खुल्छ।
start-not-heading = यो के होइन
start-not-body = यो जानकारी हो, कानुनी सल्लाह होइन। तपाईं कुनै अपराधको पीडित हुनुहुन्छ कि हुनुहुन्न भनेर यसले निर्णय गर्न सक्दैन। त्यो निर्णय अधिकारीहरूले मात्र गर्न सक्छन्। वकिल वा सहयोगी संस्थाले तपाईंलाई मद्दत गर्न सक्छन्।
start-button = सुरु गर्नुहोस्

## Questions: common words
back = पछाडि
continue = अगाडि बढ्नुहोस्
change = बदल्नुहोस्
not-provided = दिइएको छैन
select-placeholder = एउटा छान्नुहोस्
progress = बढीमा { $total } मध्ये प्रश्न { $n }
error-summary-title = एउटा समस्या छ
error-choose-one = एउटा उत्तर छान्नुहोस्। तपाईं “मलाई थाहा छैन” वा “म भन्न चाहन्नँ” पनि छान्न सक्नुहुन्छ।
error-number-range = 0 देखि { $most } सम्मको पूरा सङ्ख्या लेख्नुहोस्।
reply-yes = हो
reply-no = होइन
reply-dont_know = मलाई थाहा छैन
reply-prefer_not_to_say = म भन्न चाहन्नँ
answer-maybe_under_18 = मलाई पक्का थाहा छैन। मेरो उमेर 18 वर्षभन्दा कम हुन सक्छ।
answer-years = { $years ->
        [one] { $years } वर्ष
       *[other] { $years } वर्ष
    }
answer-count = { $count }

## Countries
country-AU = अस्ट्रेलिया
country-CA = क्यानडा
country-FR = फ्रान्स
country-DE = जर्मनी
country-IT = इटाली
country-NL = नेदरल्यान्ड्स
country-PH = फिलिपिन्स
country-QA = कतार
country-ES = स्पेन
country-TH = थाइल्यान्ड
country-GB = संयुक्त अधिराज्य (बेलायत)
country-US = संयुक्त राज्य अमेरिका
country-EU = युरोपेली संघ (EU) को अर्को देश, आइसल्यान्ड, लिक्टेनस्टाइन, नर्वे वा स्विट्जरल्यान्ड
country-ZZ = अर्को देश

## The questions. Each has a hint line under it.
question-country_now = तपाईं अहिले कुन देशमा हुनुहुन्छ?
question-country_now-hint = हामीले देखाउने नियम र सहयोग यसैमा भर पर्छन्।
question-in_danger_now = के तपाईं अहिले नै खतरामा हुनुहुन्छ?
question-in_danger_now-hint = जस्तै, कसैले तपाईंलाई आजै चोट पुर्‍याउन सक्छ।
question-nationality = तपाईं कुन देशको नागरिक हुनुहुन्छ?
question-nationality-hint = तपाईंको पासपोर्ट भएको देश।
question-age = तपाईंको उमेर कति हो?
question-age-hint = बालबालिकाका लागि नियम फरक हुन्छन्। 18 वर्षभन्दा कम उमेरका सबै बालबालिका हुन्।
question-age-number = मलाई मेरो उमेर थाहा छ
question-under_18_when_it_began = यो काम वा यात्रा सुरु हुँदा के तपाईंको उमेर 18 वर्षभन्दा कम थियो?
question-under_18_when_it_began-hint = केही अधिकारहरू अहिलेको होइन, त्यो बेलाको उमेरमा भर पर्छन्।
question-work_kind = तपाईं कस्तो काम गर्नुहुन्छ, वा गर्नुहुन्थ्यो?
question-work_kind-hint = मुख्य काम छान्नुहोस्।
option-work_kind-domestic = घरको काम (सरसफाइ, खाना पकाउने, बच्चा हेर्ने)
option-work_kind-agriculture = खेतीपातीको काम
option-work_kind-construction = निर्माणको काम
option-work_kind-fishing = माछा मार्ने वा डुङ्गा/जहाजमा काम
option-work_kind-care = वृद्ध वा बिरामी मानिसको हेरचाह
option-work_kind-factory = कारखानाको काम
option-work_kind-hospitality = होटल, रेस्टुरेन्ट वा सरसफाइ
option-work_kind-sex_work = यौन कार्य
option-work_kind-criminal_activity = अपराध, जस्तै लागूऔषध उमार्ने, बेच्ने वा चोरी गर्ने
option-work_kind-begging = भीख माग्ने
option-work_kind-other = अरू काम
question-recruited = के कसैले तपाईंलाई यो काम खोजिदिएको वा तपाईंको यात्राको व्यवस्था गरिदिएको थियो?
question-recruited-hint = जस्तै, कुनै एजेन्ट, आफन्त वा अनलाइनमा भेटिएको कोही।
question-recruited_by = तपाईंलाई काम कसले खोजिदियो वा यात्राको व्यवस्था कसले गर्‍यो?
question-recruited_by-hint = सबैभन्दा मिल्ने एउटा छान्नुहोस्।
option-recruited_by-agency = कुनै एजेन्सी वा एजेन्ट
option-recruited_by-relative = आफन्त
option-recruited_by-partner = प्रेमी, प्रेमिका, श्रीमान् वा श्रीमती
option-recruited_by-friend = साथी
option-recruited_by-stranger = मैले नचिनेको कोही
option-recruited_by-online = अनलाइनमा भेटिएको कोही
option-recruited_by-employer = रोजगारदाता
option-recruited_by-other = अरू कोही
question-forced_to_go = के तपाईंलाई तपाईंको इच्छाविरुद्ध लगियो वा जान बाध्य पारियो?
question-forced_to_go-hint = जस्तै, कसैले तपाईंलाई जबरजस्ती यात्रा गरायो वा लग्यो।
question-moved_by_others = के अरू मानिसहरूले तपाईंलाई एक ठाउँबाट अर्को ठाउँमा सारे?
question-moved_by_others-hint = जस्तै, तपाईंलाई गाडीमा नयाँ ठाउँमा पुर्‍याइयो वा अरू मानिसलाई जिम्मा लगाइयो।
question-promise_broken = के तपाईंको काम, तलब वा बस्ने ठाउँ तपाईंलाई दिइएको वाचाभन्दा फरक छ?
question-promise_broken-hint = जस्तै, अर्कै काम, कम पैसा, वा अझ खराब बस्ने ठाउँ।
question-deceived_about_work = के काम तपाईंलाई वाचा गरिएको कामभन्दा फरक छ?
question-deceived_about_work-hint = जस्तै, पसलमा काम दिने वाचा गरियो तर खेतमा काम गराइयो।
question-deceived_about_pay = के तपाईंको तलब वाचा गरिएभन्दा कम छ?
question-deceived_about_pay-hint = तपाईंले साँच्चै पाउने पैसाबारे सोच्नुहोस्।
question-deceived_about_conditions = के तपाईंको कामको समय, बस्ने ठाउँ वा काम वाचा गरिएभन्दा खराब छ?
question-deceived_about_conditions-hint = जस्तै, लामो दिन वा अझ खराब बस्ने ठाउँ।
question-deceived_about_papers = के तपाईंलाई भिसा वा कागजपत्र दिने वाचा गरियो तर पाउनुभएन?
question-deceived_about_papers-hint = जस्तै, कामको अनुमतिपत्र (वर्क परमिट)।
question-paid_recruitment_fee = के तपाईंले यो काम वा यात्रा पाउन पैसा तिर्नुभयो?
question-paid_recruitment_fee-hint = जस्तै, एजेन्टलाई शुल्क।
question-owes_debt = के तपाईंले आफ्नो मालिक, एजेन्ट वा तपाईंलाई ल्याउने मानिसहरूलाई पैसा तिर्न बाँकी छ?
question-owes_debt-hint = जस्तै, यात्रा, खाना वा बस्ने ठाउँको खर्च।
question-debt_grows = के तपाईंले काम गर्दा पनि ऋण बढिरहन्छ?
question-debt_grows-hint = जस्तै, उनीहरूले सधैँ नयाँ खर्च थपिरहन्छन्।
question-must_work_off_debt = के उनीहरू ऋण नतिरेसम्म तपाईं छोडेर जान पाउनुहुन्न भन्छन्?
question-must_work_off_debt-hint = वा ऋण नचुकेसम्म तपाईंले काम गर्नैपर्छ भन्छन्।
question-journey = तपाईं यो देशमा कसरी आउनुभयो?
question-journey-hint = सबैभन्दा मिल्ने एउटा छान्नुहोस्।
option-journey-regular = भिसा वा अनुमतिपत्र लिएर, सीमा जाँच (बोर्डर कन्ट्रोल) हुँदै
option-journey-smuggled = सही कागजपत्रबिना भित्र ल्याइदिन मैले कसैलाई पैसा तिरेँ
option-journey-false_papers = नक्कली कागजपत्र, वा अरू कसैको कागजपत्र लिएर
option-journey-no_border = मैले कुनै सीमा पार गरिनँ
question-harmed_on_journey = यात्राका बेला तपाईंलाई लैजाने मानिसहरूले तपाईंलाई कुटे, चोट पुर्‍याए वा दुर्व्यवहार गरे?
question-harmed_on_journey-hint = कुनै पनि प्रकारको हानि समावेश गर्नुहोस्।
question-held_on_journey = यात्राका बेला के तपाईंलाई इच्छाविरुद्ध राखियो, वा पैसाका लागि बन्धक बनाइयो?
question-held_on_journey-hint = जस्तै, कसैले पैसा नतिरेसम्म थुनेर राखियो।
question-pay_problem = के तपाईंको तलब रोकिन्छ, काटिन्छ, वा पूरै दिइँदैन?
question-pay_problem-hint = बस्ने ठाउँ, खाना, शुल्क वा जरिवानाका लागि धेरै पैसा काटिन्छ भने पनि।
question-documents_kept = के कसैले तपाईंको पासपोर्ट वा परिचयपत्र लिएर आफूसँग राखेको छ?
question-documents_kept-hint = जस्तै, तपाईंको मालिक, एजेन्ट वा तपाईंलाई यहाँ ल्याउने व्यक्ति।
question-documents_held_by = अहिले तपाईंको पासपोर्ट वा परिचयपत्र कोसँग छ?
question-documents_held_by-hint = सबैभन्दा मिल्ने एउटा छान्नुहोस्।
option-documents_held_by-themselves = मसँगै छ
option-documents_held_by-employer = मेरो मालिकसँग
option-documents_held_by-agent = एजेन्टसँग
option-documents_held_by-smuggler = मलाई सीमा पार गराउने मानिसहरूसँग
option-documents_held_by-authorities = प्रहरी वा अध्यागमनसँग
option-documents_held_by-other = अरू कसैसँग
option-documents_held_by-lost = हराएको वा नष्ट भएको छ
question-hurt_or_threatened = के कसैले तपाईंलाई चोट पुर्‍याएको, वा तपाईं वा तपाईंको परिवारलाई धम्की दिएको छ?
question-hurt_or_threatened-hint = प्रहरी वा अध्यागमनलाई बोलाउने धम्की पनि यसमा पर्छ।
question-threatened = के कसैले तपाईंलाई धम्की दिएको छ?
question-threatened-hint = जस्तै, तपाईंलाई चोट पुर्‍याउँछु भनेको।
question-family_threatened = के कसैले तपाईंको परिवारलाई धम्की दिएको छ?
question-family_threatened-hint = यहाँ वा तपाईंको आफ्नो देशमा।
question-threatened_with_authorities = के कसैले तपाईंको बारेमा प्रहरी वा अध्यागमनलाई खबर गर्छु भनेको छ?
question-threatened_with_authorities-hint = जस्तै, तपाईंलाई काम गरिरहन बाध्य पार्न।
question-physical_violence = के कसैले तपाईंलाई कुटेको वा चोट पुर्‍याएको छ?
question-physical_violence-hint = काममा वा तपाईं बस्ने ठाउँमा।
question-sexual_violence = के कसैले तपाईंलाई जबरजस्ती यौन सम्पर्क गराएको, वा तपाईंको इच्छाविरुद्ध यौन रूपमा छोएको छ?
question-sexual_violence-hint = तपाईं “म भन्न चाहन्नँ” छान्न सक्नुहुन्छ।
question-locked_in = के तपाईंलाई थुनेर राखिन्छ, वा बाहिर जान दिइँदैन?
question-locked_in-hint = काममा वा तपाईं बस्ने ठाउँमा।
question-watched = के तपाईंलाई सधैँ निगरानी गरिन्छ वा पछ्याइन्छ?
question-watched-hint = जस्तै, कोही सधैँ तपाईंसँगै जान्छ।
question-isolated = के तपाईंलाई आफ्नो परिवार वा अरू मानिसहरूसँग कुरा गर्न दिइँदैन?
question-isolated-hint = जस्तै, तपाईंको फोन खोसियो।
question-cannot_leave = तपाईंले यो काम छोड्न चाहनुभयो भने, के तपाईंलाई रोकिन्छ?
question-cannot_leave-hint = वा तपाईंलाई केही नराम्रो हुन्छ?
question-lives_at_workplace = के तपाईं काम गर्ने ठाउँमै, वा मालिकले तोकेको ठाउँमा बस्नुहुन्छ?
question-lives_at_workplace-hint = जस्तै, मालिकको घरमा।
question-residence_status = यो देशमा बस्न तपाईंसँग कस्ता कागजपत्र छन्?
question-residence_status-hint = सबैभन्दा मिल्ने एउटा छान्नुहोस्।
option-residence_status-citizen = म यहाँको नागरिक हुँ
option-residence_status-permanent_resident = म यहाँ सधैँका लागि बस्न पाउँछु
option-residence_status-work_permit = कामको भिसा वा अनुमतिपत्र
option-residence_status-student_or_visitor = विद्यार्थी वा भ्रमण भिसा
option-residence_status-asylum_seeker = मैले शरण मागेको छु
option-residence_status-refugee = म यहाँ शरणार्थी हुँ
option-residence_status-expired = मेरो भिसा वा अनुमतिपत्रको म्याद सकिएको छ
option-residence_status-no_papers = मसँग कुनै कागजपत्र छैन
question-tied_to_employer = के तपाईंको भिसामा तपाईंले यही मालिककहाँ मात्र काम गर्न पाउने भनिएको छ?
question-tied_to_employer-hint = वा काम बदल्न तपाईंलाई मालिकको अनुमति चाहिन्छ?
question-wages_withheld = के तपाईंको तलब रोकिन्छ, वा तपाईंलाई पूरै तलब दिइँदैन?
question-wages_withheld-hint = जस्तै, मालिक पछि दिन्छु भन्छन्।
question-large_deductions = के तपाईंको तलबको ठूलो भाग बस्ने ठाउँ, खाना, शुल्क वा जरिवानाका लागि काटिन्छ?
question-large_deductions-hint = तलब हातमा आउनुअघि नै काटिने पैसा।
question-hard_conditions = के कामको समय निकै लामो छ, काम खतरनाक छ, वा सुत्ने ठाउँ निकै खराब छ?
question-hard_conditions-hint = जस्तै, बिदा नै नहुने, सुरक्षा सामग्री नहुने, वा भीडभाड र फोहोर कोठा।
question-hours_per_day = सामान्य कामको दिनमा तपाईं कति घण्टा काम गर्नुहुन्छ?
question-hours_per_day-hint = विश्रामसहित सबै घण्टा गन्नुहोस्।
question-hours_per_day-number = मलाई घण्टाको सङ्ख्या थाहा छ
question-days_off_per_week = सामान्य हप्तामा तपाईंलाई कति दिन बिदा हुन्छ?
question-days_off_per_week-hint = कुनै पनि काम नगर्ने दिन।
question-days_off_per_week-number = मलाई दिनको सङ्ख्या थाहा छ
question-unsafe_work = के तपाईंको काम खतरनाक छ, र चाहिने सुरक्षा वा तालिम छैन?
question-unsafe_work-hint = जस्तै, पन्जा वा मास्कबिना रसायनसँग काम।
question-degrading_living = के तपाईं बस्ने ठाउँ निकै खराब छ?
question-degrading_living-hint = जस्तै, धेरै मानिस, फोहोर, पानी नहुने वा निजी ठाउँ नहुने।
question-made_to_do_things = के कसैले तपाईंलाई यौन कार्य वा अपराध गर्न, विवाह गर्न, वा शरीरको कुनै अङ्ग दिन बाध्य पारेको छ?
question-made_to_do_things-hint = तपाईं “म भन्न चाहन्नँ” छान्न सक्नुहुन्छ।
question-sexual_exploitation = के अरू कसैले पैसा कमाउने गरी तपाईंलाई मानिसहरूसँग यौन सम्पर्क वा यौन कार्य गर्न बाध्य पारिन्छ?
question-sexual_exploitation-hint = तपाईं “म भन्न चाहन्नँ” छान्न सक्नुहुन्छ।
question-made_to_break_law = के तपाईंलाई कानुन तोड्न बाध्य पारिएको छ?
question-made_to_break_law-hint = जस्तै, लागूऔषध उमार्न वा बेच्न, चोरी गर्न, वा नक्कली कागजपत्र प्रयोग गर्न।
question-forced_marriage = के तपाईंलाई विवाह गर्न बाध्य पारिएको थियो, वा अहिले बाध्य पारिँदैछ?
question-forced_marriage-hint = तपाईंले मन्जुरी नदिएको विवाह।
question-organ_removal = के कसैले तपाईंको शरीरको कुनै अङ्ग, जस्तै मिर्गौला, झिकेको छ, वा दिन बाध्य पार्न खोजेको छ?
question-organ_removal-hint = त्यसका लागि पैसा दिने वाचा गरिएको भए पनि।
question-fear_of_return = आफ्नो देश फर्कनुभयो भने के होला भनेर तपाईंलाई डर लाग्छ?
question-fear_of_return-hint = त्यहाँ तपाईंलाई हुने खतराबारे सोच्नुहोस्।
question-fear_reason = तपाईंलाई फर्कन किन डर लाग्छ?
question-fear_reason-hint = मुख्य कारण छान्नुहोस्।
option-fear_reason-traffickers = मलाई शोषण गर्ने मानिसहरू, वा फेरि फसिने डर
option-fear_reason-persecution = मेरो जाति, धर्म, राष्ट्रियता, समूह वा राजनीतिक विचारका कारण
option-fear_reason-torture = यातना वा निकै क्रूर व्यवहार
option-fear_reason-family_or_community = मेरो परिवार वा समुदायबाट हुने हिंसा
option-fear_reason-other = अर्को कारण
question-wants_to_go_home = के तपाईं घर फर्कन चाहनुहुन्छ?
question-wants_to_go_home-hint = तपाईं जुन देशबाट आउनुभयो, त्यहाँ।
question-needs_help_now = के तपाईंलाई अहिले स्वास्थ्य, भाषा, बालबालिका, वा घर फर्कने कुरामा सहयोग चाहिन्छ?
question-needs_help_now-hint = चाहिन्छ भने, सही सहयोग देखाउन हामी अलि थप सोध्छौँ।
question-children_with_them = के तपाईंसँग बालबालिका छन्?
question-children_with_them-hint = तपाईंसँगै बस्ने 18 वर्षभन्दा कम उमेरका बालबालिका।
question-health_needs = के तपाईंलाई डाक्टर वा उपचार चाहिन्छ?
question-health_needs-hint = शरीर वा मनका लागि।
question-speaks_local_language = तपाईं अहिले भएको देशको भाषा बोल्न सक्नुहुन्छ?
question-speaks_local_language-hint = डाक्टर वा प्रहरीसँग कुरा गर्न पुग्ने गरी।
question-still_there = के तपाईं अझै त्यहाँ काम गर्दै हुनुहुन्छ, वा अझै ती मानिसहरूसँग हुनुहुन्छ?
question-still_there-hint = केही अधिकारहरू यसमा भर पर्छन्।
question-reported_to_police = के तपाईंले प्रहरीलाई भन्नुभएको छ?
question-reported_to_police-hint = तपाईंलाई के भयो भन्ने बारेमा।
question-willing_to_help_police = के तपाईं कुनै अनुसन्धानमा प्रहरीलाई मद्दत गर्न तयार हुनुहुन्छ?
question-willing_to_help_police-hint = केही अधिकारहरू यसमा भर पर्छन्। तपाईंले होइन भन्नुभयो भने पनि सहयोग पाउन सक्नुहुन्छ।

## Check your answers
check-heading = आफ्ना उत्तरहरू जाँच्नुहोस्
check-intro = नतिजा हेर्नुअघि तपाईं जुनसुकै उत्तर बदल्न सक्नुहुन्छ।
check-continue = तपाईंका उत्तरहरूले के देखाउँछन्, हेर्नुहोस्

## About
about-heading = यो उपकरणको बारेमा
about-what = यो उपकरणले आप्रवासीहरूलाई मानव बेचबिखन, जबरजस्ती श्रम र अन्य हानिका संकेतहरू जाँच्न मद्दत गर्छ, र लागू हुन सक्ने अधिकार र सहयोग देखाउँछ। यो जानकारी हो, कानुनी सल्लाह होइन।
about-translation-heading = यो भाषाको बारेमा
about-sources-heading = कानुनी तथ्यहरू कहाँबाट आउँछन्
about-sources = देखाइएको हरेक अधिकारसँग त्यसको कानुनी स्रोत र त्यो लागू भएको मिति दिइएको छ। आधिकारिक पाठसँग हामीले जाँच्न नसकेका तथ्यहरूमा जाँच नगरिएको भनी चिनो लगाइएको छ।
protection-more = यो अधिकारबारे थप
loading-wait = अझै तयार हुँदैछ। कृपया एकछिनपछि फेरि प्रयास गर्नुहोस्।

## The pay claim's questions
question-work_out_pay = तपाईंले कति तलब पाउन बाँकी हुन सक्छ, हिसाब गर्न चाहनुहुन्छ?
question-work_out_pay-hint = यसमा करिब छ वटा थप प्रश्न हुन्छन्। वकिलले यो अङ्क प्रयोग गर्न सक्छन्।
question-work_began = तपाईंले यो काम कहिले सुरु गर्नुभयो?
question-work_began-hint = महिना र वर्ष भए पुग्छ।
question-work_ended = यो काम कहिले सकियो?
question-work_ended-hint = तपाईं अझै त्यहाँ काम गर्नुहुन्छ भने, त्यही छान्नुहोस्।
question-pay_promised = तपाईंलाई कति तलब दिने वाचा गरिएको थियो?
question-pay_promised-hint = रकम लेख्नुहोस्, र त्यो प्रतिघण्टा, प्रतिदिन, प्रतिहप्ता वा प्रतिमहिना थियो, छान्नुहोस्।
question-pay_received = तपाईंले जम्मा साँच्चै कति तलब पाउनुभयो?
question-pay_received-hint = यो कामका लागि पाएको सबै पैसा जोड्नुहोस्। अनुमान गरे पनि हुन्छ।
question-deductions_total = तपाईंको तलबबाट जम्मा कति काटियो?
question-deductions_total-hint = जस्तै, बस्ने ठाउँ, खाना, शुल्क, जरिवाना वा “ऋण” का लागि। अनुमान गरे पनि हुन्छ।
question-recruitment_fees_paid = यो काम वा यात्रा पाउन तपाईंले कति तिर्नुभयो?
question-recruitment_fees_paid-hint = एजेन्ट वा अरूलाई तिरेका सबै शुल्क जोड्नुहोस्।
question-paid_to_someone_else = के तपाईंको तलब तपाईंलाई नभई अरू कसैलाई दिइयो?
question-paid_to_someone_else-hint = जस्तै, एजेन्ट वा मालिकलाई।
answer-kind-month = मलाई महिना थाहा छ
answer-still_working = म अझै त्यहाँ काम गर्छु
answer-kind-amount = मलाई रकम थाहा छ
input-month = महिना
input-year = वर्ष
input-amount = रकम
input-currency = मुद्रा
input-per = प्रति
per-hour = घण्टा
per-day = दिन
per-week = हप्ता
per-month = महिना
answer-pay = { $amount } प्रति{ $per }
error-month = महिना छान्नुहोस्, र वर्ष चार अङ्कमा लेख्नुहोस्, जस्तै 2024।
error-amount = रकम अङ्कमा लेख्नुहोस्, जस्तै 1200 वा 1200.50।

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = मेरा उत्तरहरू सेभ गर्नुहोस्
open-link = सेभ गरिएका उत्तरहरू खोल्नुहोस्

## Listen
listen = सुन्नुहोस्
listen-stop = रोक्नुहोस्
about-listen-heading = ठूलो स्वरमा पढ्ने
about-listen-some = "सुन्नुहोस्" बटनले यही फोनमा भएको आवाजले शब्दहरू ठूलो स्वरमा पढ्छ। शब्दहरू कहिल्यै फोनबाट बाहिर जाँदैनन्। यो फोनले यी भाषामा ठूलो स्वरमा पढ्न सक्छ: { $languages }।
about-listen-none = यो फोनमा ठूलो स्वरमा पढ्ने कुनै आवाज छैन, त्यसैले "सुन्नुहोस्" बटन छैन। यहाँ फोनमै भएको आवाज मात्र प्रयोग हुन्छ, त्यसैले शब्दहरू कहिल्यै फोनबाट बाहिर जाँदैनन्।

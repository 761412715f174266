# Entitle: Bengali. Messages for the legal data of the Philippines, Qatar, Thailand and ASEAN.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## ফিলিপাইন
protection-ph-ra_9208-s_17-not_penalised = যে অপরাধ করতে বাধ্য করা হয়েছে, তার জন্য শাস্তি নয়
protection-ph-ra_9208-s_17-not_penalised-gives = পাচারকারীরা আপনাকে দিয়ে যে অপরাধ করিয়েছে, বা পাচারের শিকার হওয়ার কারণে যে অপরাধ ঘটেছে, তার জন্য আপনাকে শাস্তি দেওয়া উচিত নয়।
protection-ph-ra_9208-s_18-witness_protection = সাক্ষী হিসেবে সুরক্ষা
protection-ph-ra_9208-s_18-witness_protection-gives = সাক্ষীদের নিরাপদ রাখার সরকারি কর্মসূচিতে আপনি হয়তো যোগ দিতে পারবেন, যেমন থাকার একটি নিরাপদ জায়গাসহ।
protection-ph-ra_9208-s_19-continued_presence = ফিলিপাইনে থাকার অনুমতি
protection-ph-ra_9208-s_19-continued_presence-gives = আপনাকে কিছু সময় ফিলিপাইনে থাকতে দেওয়া হতে পারে, যাতে সঙ্গে সঙ্গে দেশ ছাড়তে না হয়।
protection-ph-ra_9208-s_19-assistance = ফিলিপাইনের বেঁচে ফেরা মানুষেরা যে সাহায্য পান, সেই একই সাহায্য
protection-ph-ra_9208-s_19-assistance-gives = আপনার মতো অবস্থায় থাকা ফিলিপাইনের মানুষেরা যে সুরক্ষা, সাহায্য ও সেবা পান, আপনিও তা পেতে পারেন।
protection-ph-ra_9208-s_3_a-child_without_means = শিশুদের বলপ্রয়োগ বা প্রতারণা দেখাতে হয় না
protection-ph-ra_9208-s_3_a-child_without_means-gives = কেউ আপনাকে জোর করেছে, ঠকিয়েছে বা হুমকি দিয়েছে, তা আপনাকে দেখাতে হবে না। আপনার সঙ্গে যা করা হয়েছে, তা তবুও মানব পাচার হিসেবে গণ্য হতে পারে।
caveat-section_number_from_2003_act = ধারার নম্বরটি 2003 সালের আইন থেকে নেওয়া; পরে আইনের পরিবর্তনে এই নিয়মটি অন্য ধারায় সরে যেতে বা বদলে যেতে পারে।
caveat-tied_to_prosecution = আপনি কত দিন থাকতে পারবেন, তা শুধু আপনার প্রয়োজনের ওপর নয়, পাচারকারীদের বিরুদ্ধে মামলার প্রয়োজনের ওপরও নির্ভর করে।
caveat-child_includes_adults_unable_to_protect_themselves = কোনো অসুস্থতা বা প্রতিবন্ধিতার কারণে যারা নিজেদের নিরাপদ রাখতে পারেন না, আইন এমন কিছু প্রাপ্তবয়স্ককেও শিশু হিসেবে গণ্য করে। এই অ্যাপ সে বিষয়ে প্রশ্ন করে না।
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208) (ফিলিপাইনের 2003 সালের মানব পাচারবিরোধী আইন)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364) (ফিলিপাইনের 2012 সালের সম্প্রসারিত মানব পাচারবিরোধী আইন)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862) (ফিলিপাইনের 2022 সালের সম্প্রসারিত মানব পাচারবিরোধী আইন)

## কাতার
protection-qa-law_17_2020-art_2-minimum_wage = প্রত্যেক শ্রমিকের জন্য ন্যূনতম মজুরি
protection-qa-law_17_2020-art_2-minimum_wage-gives = প্রতি মাসে আপনার অন্তত একটি মৌলিক মজুরি পাওয়ার কথা; আর নিয়োগকর্তা খাবার ও থাকার ব্যবস্থা না দিলে, তার জন্যও টাকা পাওয়ার কথা।
protection-qa-law_18_2020-law-change_employer_without_noc = নিয়োগকর্তার অনুমতি ছাড়াই নিয়োগকর্তা বদলানো
protection-qa-law_18_2020-law-change_employer_without_noc-gives = চুক্তি শেষ হওয়ার আগেই, আপনার এখনকার নিয়োগকর্তার অনুমতির চিঠি (এনওসি) ছাড়াই আপনি নতুন নিয়োগকর্তার কাছে যেতে পারেন।
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = নিয়োগকর্তার অনুমতি ছাড়াই কাতার ছাড়া
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = অল্প দিনের সফরে হোক বা একেবারে, নিয়োগকর্তার কাছে এক্সিট পারমিট না চেয়েই আপনি কাতার ছাড়তে পারেন।
protection-qa-law_13_2017-committees-wage_claim = শ্রম কমিটিতে না-পাওয়া মজুরি দাবি করুন
protection-qa-law_13_2017-committees-wage_claim-gives = নিয়োগকর্তার কাছে পাওনা মজুরি ও অন্যান্য টাকার জন্য আপনি একটি বিশেষ শ্রম কমিটিতে দাবি জানাতে পারেন।
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = নিয়োগকর্তা যে মজুরি দেয় না, তা একটি তহবিল দেয়
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = মজুরির দাবিতে আপনি জেতার পরও নিয়োগকর্তা টাকা না দিলে, একটি সরকারি তহবিল হয়তো সেই টাকা আপনাকে দেবে।
protection-qa-law_15_2011-art_2-identification_as_victim = পাচারের শিকার ব্যক্তি হিসেবে স্বীকৃতি
protection-qa-law_15_2011-art_2-identification_as_victim-gives = আপনাকে পাচারের শিকার ব্যক্তি হিসেবে স্বীকৃতি দেওয়া হতে পারে। এতে সুরক্ষার পথ খুলতে পারে, যেমন একটি নিরাপদ আশ্রয় কেন্দ্র।
caveat-amounts_reviewed_yearly = সরকার এই পরিমাণগুলো অন্তত বছরে একবার পর্যালোচনা করে, তাই আমরা শেষবার যাচাই করার পর এগুলো বদলে থাকতে পারে।
caveat-which_law_removed_noc_disputed = 2020 সালের কোন আইনটি নিয়োগকর্তার অনুমতির প্রয়োজন শেষ করেছে, তা নিয়ে উৎসগুলো একমত নয়, তাই আমরা দুটি আইনই দেখাচ্ছি।
caveat-domestic_workers_from_2020_and_five_percent_exception = গৃহকর্মীদের শুধু 2020 সালের জানুয়ারিতে এর আওতায় আনা হয়েছে। নিয়োগকর্তারা এখনো অল্প কয়েকজন কর্মীর নাম দিতে পারেন, যাদের দেশ ছাড়তে তাদের অনুমতি লাগবে। একটি কমিটি অভিযোগ শোনে।
caveat-domestic_workers_coverage_not_checked = গৃহকর্মীরা তাদের দাবি এই কমিটিগুলোতে নিতে পারেন কি না, আমরা যাচাই করিনি।
caveat-payment_conditions_and_caps = তহবিলটি শুধু কিছু নির্দিষ্ট ক্ষেত্রে টাকা দেয়, এবং বিভিন্ন প্রতিবেদন অনুযায়ী কত টাকা দেবে তার একটি সীমা আছে।
caveat-victim_protection_articles_not_verified = পাচারের শিকার ব্যক্তিদের সুরক্ষা নিয়ে এই আইনের অংশগুলো আমরা পড়তে পারিনি, তাই এখানকার বিস্তারিত নিশ্চিত নয়।
instrument-qa-law_17_2020 = Qatar Law No. 17 of 2020 on the Minimum Wage (ন্যূনতম মজুরি বিষয়ে কাতারের আইন)
instrument-qa-law_18_2020 = Qatar Law No. 18 of 2020 amending the Labour Law (কাতারের শ্রম আইন সংশোধনকারী আইন)
instrument-qa-law_19_2020 = Qatar Law No. 19 of 2020 amending the Law on Entry, Exit and Residence of Expatriates (প্রবাসীদের প্রবেশ, প্রস্থান ও বসবাস বিষয়ে কাতারের আইন সংশোধনকারী আইন)
instrument-qa-law_13_2018 = Qatar Law No. 13 of 2018 amending the Law on Entry, Exit and Residence of Expatriates (প্রবাসীদের প্রবেশ, প্রস্থান ও বসবাস বিষয়ে কাতারের আইন সংশোধনকারী আইন)
instrument-qa-law_13_2017 = Qatar Law No. 13 of 2017 amending the Labour Law (Labour Dispute Settlement Committees) (কাতারের শ্রম আইন সংশোধনকারী আইন: শ্রম বিরোধ নিষ্পত্তি কমিটি)
instrument-qa-law_17_2018 = Qatar Law No. 17 of 2018 establishing the Workers' Support and Insurance Fund (শ্রমিক সহায়তা ও বিমা তহবিল গঠন বিষয়ে কাতারের আইন)
instrument-qa-law_15_2011 = Qatar Law No. 15 of 2011 on Combating Trafficking in Human Beings (মানব পাচার দমন বিষয়ে কাতারের আইন)

## থাইল্যান্ড
protection-th-atipa_2551-s_33-assistance = আশ্রয়, স্বাস্থ্যসেবা ও অন্যান্য সাহায্য
protection-th-atipa_2551-s_33-assistance-gives = আপনি খাবার, থাকার জায়গা, চিকিৎসা, সেরে ওঠার জন্য সাহায্য, আইনি সাহায্য, এবং দেশে ফেরার সাহায্য পেতে পারেন।
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = ক্ষতিপূরণ ও আইনি সাহায্যের কথা জানানো
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = কর্মকর্তাদের উচিত আপনাকে সঙ্গে সঙ্গে জানানো যে আপনার ক্ষতির জন্য আপনি টাকা চাইতে পারেন, এবং আইনি সাহায্য পেতে পারেন।
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = সরকারি কৌঁসুলি আপনার হয়ে ক্ষতিপূরণ দাবি করতে পারেন
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = আপনার ক্ষতির জন্য আপনি টাকা চাইলে, সরকারি কৌঁসুলি আপনার হয়ে আদালতের কাছে তা চাইতে পারেন।
protection-th-atipa_2551-s_37-temporary_stay_and_work = কিছু সময় থাকা ও কাজ করার অনুমতি
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = আপনাকে কিছু সময় থাইল্যান্ডে থাকতে, এবং সেখানে থাকার সময় কাজ করতে দেওয়া হতে পারে।
protection-th-atipa_2551-s_38-return_home = নিরাপদে দেশে ফেরার সাহায্য
protection-th-atipa_2551-s_38-return_home-gives = যত তাড়াতাড়ি সম্ভব নিজের দেশে ফিরে যেতে আপনি সাহায্য পেতে পারেন।
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = কাগজপত্র ছাড়া আসা বা থাকার জন্য মামলা নয়
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = অনুমতি ছাড়া থাইল্যান্ডে আসা বা থাকার জন্য, অথবা জাল বা ভুল কাগজপত্র থাকার জন্য আপনার বিরুদ্ধে মামলা করা উচিত নয়।
caveat-purpose_limited_stay = এই থাকার অনুমতি আদালতের মামলা, চিকিৎসা, সেরে ওঠা বা টাকার দাবির মতো কাজের জন্য। এটি কত দিন চলে, বা সবসময় দেওয়া হয় কি না, আমরা জানি না।
caveat-minister_may_permit_prosecution = বিচারমন্ত্রী তবুও আপনার বিরুদ্ধে মামলার অনুমতি দিতে পারেন, কিন্তু তা লিখিতভাবে দিতে হবে।
instrument-th-atipa_2551 = Thailand Anti-Trafficking in Persons Act B.E. 2551 (2008) (থাইল্যান্ডের মানব পাচারবিরোধী আইন)

## আসিয়ান
protection-asean-actip-art_14_8-no_unreasonable_detention = উপযুক্ত কারণ ছাড়া আটক নয়
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = উপযুক্ত কারণ ছাড়া আপনাকে আটকে বা বন্দি করে রাখা উচিত নয়।
caveat-identified_victims_only = এটি শুধু তাদের সাহায্য করে, যাদের কর্তৃপক্ষ ইতিমধ্যে পাচারের শিকার হিসেবে শনাক্ত করেছে। সেই সিদ্ধান্ত আগে হতে হবে।
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015) (মানব পাচার, বিশেষ করে নারী ও শিশু পাচারের বিরুদ্ধে আসিয়ান কনভেনশন)

## বেতনের দাবি: যে আইন ন্যূনতম মজুরি ও সময়সীমা ঠিক করে, এবং প্রতিটি অঙ্ক সম্পর্কে একজন আইনজীবীর যা জানা উচিত
instrument-ph-labor_code = Labor Code of the Philippines (1974) (ফিলিপাইনের শ্রম আইনসংহিতা)
instrument-ph-ra_7309 = Republic Act No. 7309 (Board of Claims, 1992) (ফিলিপাইনের আইন: দাবি বোর্ড)
instrument-qa-labour_law_14_2004 = Labour Law, Law No. 14 of 2004 (Qatar) (কাতারের শ্রম আইন)
instrument-qa-law_15_2017 = Law No. 15 of 2017 on domestic workers (Qatar) (গৃহকর্মী বিষয়ে কাতারের আইন)
instrument-th-lpa_2541 = Labour Protection Act B.E. 2541 (1998) (থাইল্যান্ডের শ্রম সুরক্ষা আইন)
instrument-th-ccc_book1_2535 = Civil and Commercial Code, Book I (as revised B.E. 2535) (থাইল্যান্ডের দেওয়ানি ও বাণিজ্যিক আইনসংহিতা, খণ্ড I)
instrument-th-victim_compensation_act_2544 = Damages for the Injured Person and Compensation and Expense for the Accused in Criminal Case Act B.E. 2544 (2001) (ফৌজদারি মামলায় ক্ষতিগ্রস্ত ব্যক্তির ক্ষতিপূরণ এবং অভিযুক্তের ক্ষতিপূরণ ও খরচ বিষয়ে থাইল্যান্ডের আইন)
caveat-ph_board_of_claims_violent_crimes = দাবি বোর্ড (Board of Claims) শুধু সহিংস অপরাধের শিকার ব্যক্তিদের টাকা দেয়, এবং সর্বোচ্চ 10,000 পেসো।
caveat-ph_money_claims_any_forum = চাকরি থেকে টাকার প্রতিটি দাবির ক্ষেত্রে একই তিন বছর প্রযোজ্য, দাবি যেখানেই করা হোক।
caveat-ph_ncr_only = এটি শুধু মেট্রো ম্যানিলার ন্যূনতম মজুরি। অন্য অঞ্চলগুলোর নিজস্ব দৈনিক ন্যূনতম মজুরি আছে, যা প্রায়ই কম। এই অঙ্কটি শুধু মেট্রো ম্যানিলায় কাজের ক্ষেত্রে ব্যবহার করুন।
caveat-qa_domestic_workers_own_limit = গৃহকর্মীদের জন্য আলাদা আইন আছে। সেটিও চুক্তি শেষ হওয়ার দিন, বা তারা চলে যাওয়ার দিন থেকে এক বছর সময় দেয়।
caveat-qa_food_and_housing_allowances = এটি শুধু মৌলিক মজুরি। নিয়োগকর্তা উপযুক্ত খাবার ও থাকার ব্যবস্থা না দিলে, খাবারের জন্য মাসে আরও 300 রিয়াল এবং থাকার জন্য 500 রিয়াল পাওনা।
caveat-qa_one_year_of_365_days_stopped_by_complaint = চুক্তি শেষ হওয়ার পর 365 দিনের মধ্যে দাবি করতে হবে। শ্রম মন্ত্রণালয়ে করা অভিযোগ বিবেচনাধীন থাকার সময় সময় গণনা থেমে থাকে।
caveat-qa_overtime_daily_night_and_exclusions = দিনে 8 ঘণ্টার পর (রমজানে 6 ঘণ্টার পর) ওভারটাইমও পাওনা, আর রাতে আরও বেশি। এটি গৃহকর্মীদের ক্ষেত্রে প্রযোজ্য নয়। এটি এখানে গোনা হয়নি।
caveat-th_each_unpaid_wage_runs_separately = প্রতিটি না-পাওয়া মজুরির জন্য আলাদা দুই বছর আছে, তাই সবচেয়ে পুরোনো মাসগুলোর সময় আগে শেষ হয়। নিয়োগকর্তা লিখিতভাবে দেনা স্বীকার করলে বা এর কিছু অংশ দিলে, দুই বছর আবার নতুন করে শুরু হয়।
caveat-th_fund_listed_crimes_from_knowledge = রাষ্ট্রীয় অর্থ সহায়তা শুধু কিছু অপরাধের শিকার ব্যক্তিদের জন্য, যেমন শারীরিক ক্ষতি ও যৌন অপরাধ। অপরাধের কথা আপনি জানার দিন থেকে বছর শুরু হয়।
caveat-th_lowest_provincial_rate = এটি থাইল্যান্ডের যেকোনো জায়গার সবচেয়ে কম দৈনিক ন্যূনতম মজুরি। আপনার প্রদেশের হার প্রায়ই বেশি, আর সেটিই পাওনা।
caveat-th_overtime_daily_and_holiday = প্রতিদিনের স্বাভাবিক কাজের সময়ের পর ওভারটাইম পাওনা, আর ছুটির দিনে কাজ করলে বেশি টাকা পাওনা। এটি এখানে গোনা হয়নি।

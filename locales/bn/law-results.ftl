# Entitle: the results page's words (bn), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## ফলাফল
results-heading = আপনার উত্তর কী দেখায়
results-meta = { $code ->
        [GB] যুক্তরাজ্যের
        [US] যুক্তরাষ্ট্রের
        [NL] নেদারল্যান্ডসের
        [PH] ফিলিপাইনের
        [CA] কানাডার
        [QA] কাতারের
        [FR] ফ্রান্সের
        [DE] জার্মানির
        [IT] ইতালির
        [ES] স্পেনের
        [AU] অস্ট্রেলিয়ার
        [TH] থাইল্যান্ডের
        [ZZ] আন্তর্জাতিক আইনের
       *[other] এই দেশের ({ $country })
    } নিয়ম অনুযায়ী, { $date } তারিখের হিসাবে।
danger-call = জরুরি নম্বরে ফোন করতে চাপ দিন। কাগজপত্র না থাকলেও আপনি ফোন করতে পারেন।
next-steps-heading = আপনি এখন কী করতে পারেন
next-step-why = কারণ: { $why }।
next-step-call_child_helpline = শিশুদের হেল্পলাইনে ফোন করুন
next-step-call_child_helpline-say = আপনি বলতে পারেন: “আমার বয়স 18-এর কম, আমার সাহায্য দরকার।”
next-step-call_trafficking_helpline = শোষণের শিকার মানুষদের হেল্পলাইনে ফোন করুন
next-step-call_trafficking_helpline-say = তারা আপনার জন্য সহায়তা খুঁজে দিতে পারে। আপনি বলতে পারেন: “আমার মনে হয় আমাকে শোষণ করা হচ্ছে, আমার সাহায্য দরকার।”
next-step-ask_for_protection = সুরক্ষার কথা জিজ্ঞেস করুন, যাতে আপনাকে বিপদের মুখে ফেরত পাঠানো না হয়
next-step-ask_for_protection-say = আপনি বলতে পারেন: “আমি নিজের দেশে ফিরে যেতে ভয় পাচ্ছি।”
next-step-claim_unpaid_pay = না-পাওয়া বেতন নিয়ে শ্রম পরিদর্শকদের জিজ্ঞেস করুন
next-step-claim_unpaid_pay-say = আপনি বলতে পারেন: “আমার মালিক আমার পাওনা টাকা দেয়নি।”
next-step-call_exploitation_helpline = অন্যায় আচরণের শিকার শ্রমিকদের হেল্পলাইনে ফোন করুন
next-step-call_exploitation_helpline-say = আপনি বলতে পারেন: “কাজের জায়গায় আমার সঙ্গে খারাপ আচরণ করা হচ্ছে, আমার পরামর্শ দরকার।”
next-step-get_legal_advice = আপনার অধিকার নিয়ে বিনা খরচে আইনি পরামর্শ নিন
next-step-get_legal_advice-say = আপনি বলতে পারেন: “আমার অধিকার আর আমার কাগজপত্র নিয়ে আমার পরামর্শ দরকার।”
danger-local-number = আপনি যে দেশে আছেন, সেখানকার জরুরি নম্বরে ফোন করুন।
call-number = { $number } নম্বরে ফোন করুন
text-number = { $number } নম্বরে এসএমএস পাঠান
results-signs-heading = আপনার উত্তরে যে লক্ষণ দেখা যাচ্ছে
results-signs-intro = এগুলো শুধু লক্ষণ। এগুলো আপনার বিষয়ে কোনো সিদ্ধান্ত নয়।
results-not-found = যে লক্ষণ আমরা পাইনি
results-needs-heading = এখন আপনার যা দরকার হতে পারে
results-protections-heading = যে অধিকারগুলো প্রযোজ্য হতে পারে
results-protections-none = এখানে আপনার উত্তরের সঙ্গে মেলে এমন কোনো সুরক্ষা আমরা পাইনি। নিচের সাহায্য সেবাগুলো তবুও আপনাকে সাহায্য করতে পারে।
results-protections-not = যে অধিকারগুলো আপনার উত্তরের সঙ্গে মেলে না
rights-time_to_recover = বিশ্রাম নেওয়া ও সেরে ওঠার সময়
rights-permission_to_stay = থাকার অনুমতি
rights-money_owed = আপনার পাওনা টাকা ও ক্ষতিপূরণ
rights-no_punishment = যা করতে বাধ্য করা হয়েছে, তার জন্য শাস্তি নয়
rights-no_sending_back = বিপদের মুখে ফেরত পাঠানো নয়
rights-going_home = নিরাপদে দেশে ফেরা
rights-childrens_rights = শিশুদের অধিকার
rights-support_and_advice = সাহায্য, সহায়তা ও পরামর্শ
rights-rules = { $count ->
        [one] { $count }টি নিয়মের পুরো লেখা
       *[other] { $count }টি নিয়মের পুরো লেখা
    }
results-help-heading = কোথায় সাহায্য পাবেন
results-limits-heading = এটি যা বলতে পারে না
results-limits-body = এটি শুধু দেখায় আপনার উত্তর কোন দিকে ইঙ্গিত করে। নিয়ম বদলায়, আর আমরা সব বিষয়ে প্রশ্ন করিনি। কিছু করার আগে একজন আইনজীবী বা কোনো সহায়তা সংস্থার সঙ্গে কথা বলুন।
results-print = প্রিন্ট করুন, বা PDF হিসেবে সংরক্ষণ করুন
start-again = আবার শুরু করুন, আর আমার উত্তরগুলো মুছে ফেলুন
because-heading = আমরা কেন এটা বলছি
missing-heading = এর উত্তর দিলে ফলাফল বদলে যেতে পারে
sources-heading = আইনি উৎস
source-line = { $instrument }, অনুচ্ছেদ { $article } ({ $from } থেকে)
source-secondary = শুধু একটি দ্বিতীয় পর্যায়ের উৎসে যাচাই করা হয়েছে।
source-unverified = এখনো সরকারি মূল পাঠের সঙ্গে মিলিয়ে দেখা হয়নি।
delphi-met = দ্বিতীয় একটি পরীক্ষা, অর্থাৎ আইএলও ও ইউরোপীয় কমিশনের সূচকগুলোও মানব পাচারের দিকে ইঙ্গিত করে।
delphi-not-met = দ্বিতীয় একটি পরীক্ষা, অর্থাৎ আইএলও ও ইউরোপীয় কমিশনের সূচকগুলো, এই উত্তরগুলোর ভিত্তিতে মানব পাচারের দিকে ইঙ্গিত করে না।
delphi-not-applicable = দ্বিতীয় পরীক্ষাটি, অর্থাৎ আইএলও ও ইউরোপীয় কমিশনের সূচকগুলো, এই উত্তরগুলোর ক্ষেত্রে ব্যবহার করা যায়নি।

## ফলাফল: প্রতিটি মাত্রার জন্য একটি শিরোনাম ও একটি বাক্য
finding-trafficking-title = মানব পাচার
finding-trafficking-strong = আপনার উত্তরে মানব পাচারের জোরালো লক্ষণ দেখা যাচ্ছে।
finding-trafficking-some = আপনার উত্তরে মানব পাচারের কিছু লক্ষণ দেখা যাচ্ছে।
finding-trafficking-none_found = আপনার উত্তরে মানব পাচারের লক্ষণ দেখা যাচ্ছে না।
finding-trafficking-not_enough_information = মানব পাচারের লক্ষণ আছে কি না, তা বলার মতো যথেষ্ট তথ্য আমরা এখনো জানি না।
finding-forced_labour-title = জোর করে কাজ করানো
finding-forced_labour-strong = আপনার উত্তরে জোর করে কাজ করানোর জোরালো লক্ষণ দেখা যাচ্ছে।
finding-forced_labour-some = আপনার উত্তরে জোর করে কাজ করানোর কিছু লক্ষণ দেখা যাচ্ছে।
finding-forced_labour-none_found = আপনার উত্তরে জোর করে কাজ করানোর লক্ষণ দেখা যাচ্ছে না।
finding-forced_labour-not_enough_information = জোর করে কাজ করানোর লক্ষণ আছে কি না, তা বলার মতো যথেষ্ট তথ্য আমরা এখনো জানি না।
finding-servitude-title = দাসত্বের মতো অবস্থা
finding-servitude-strong = আপনার উত্তরে দাসত্বের মতো অবস্থার জোরালো লক্ষণ দেখা যাচ্ছে: অন্য কারো নিয়ন্ত্রণে থেকে কাজ করতে ও থাকতে বাধ্য হওয়া।
finding-servitude-some = আপনার উত্তরে দাসত্বের মতো অবস্থার কিছু লক্ষণ দেখা যাচ্ছে: অন্য কারো নিয়ন্ত্রণে থেকে কাজ করতে ও থাকতে বাধ্য হওয়া।
finding-servitude-none_found = আপনার উত্তরে দাসত্বের মতো অবস্থার লক্ষণ দেখা যাচ্ছে না।
finding-servitude-not_enough_information = দাসত্বের মতো অবস্থার লক্ষণ আছে কি না, তা বলার মতো যথেষ্ট তথ্য আমরা এখনো জানি না।
finding-labour_exploitation-title = অন্যায্য বা নিপীড়নমূলক কাজ
finding-labour_exploitation-strong = আপনার উত্তরে অন্যায্য বা নিপীড়নমূলক কাজের জোরালো লক্ষণ দেখা যাচ্ছে।
finding-labour_exploitation-some = আপনার উত্তরে অন্যায্য বা নিপীড়নমূলক কাজের কিছু লক্ষণ দেখা যাচ্ছে।
finding-labour_exploitation-none_found = আপনার উত্তরে অন্যায্য বা নিপীড়নমূলক কাজের লক্ষণ দেখা যাচ্ছে না।
finding-labour_exploitation-not_enough_information = অন্যায্য বা নিপীড়নমূলক কাজের লক্ষণ আছে কি না, তা বলার মতো যথেষ্ট তথ্য আমরা এখনো জানি না।
finding-smuggling_abuse-title = যাত্রাপথে ক্ষতি
finding-smuggling_abuse-strong = আপনার উত্তরে জোরালো লক্ষণ দেখা যাচ্ছে যে যারা আপনাকে নিয়ে গেছে, তারা আপনার ক্ষতি করেছে।
finding-smuggling_abuse-some = আপনার উত্তরে কিছু লক্ষণ দেখা যাচ্ছে যে যারা আপনাকে নিয়ে গেছে, তারা আপনার ক্ষতি করেছে।
finding-smuggling_abuse-none_found = আপনার উত্তরে যাত্রাপথে ক্ষতির লক্ষণ দেখা যাচ্ছে না।
finding-smuggling_abuse-not_enough_information = যাত্রাপথে আপনার ক্ষতি হয়েছে কি না, তা বলার মতো যথেষ্ট তথ্য আমরা এখনো জানি না।
finding-international_protection-title = ফিরে গেলে বিপদ
finding-international_protection-strong = আপনার উত্তরে জোরালো লক্ষণ দেখা যাচ্ছে যে ফেরত পাঠানো থেকে আপনার সুরক্ষা দরকার হতে পারে।
finding-international_protection-some = আপনার উত্তরে কিছু লক্ষণ দেখা যাচ্ছে যে ফেরত পাঠানো থেকে আপনার সুরক্ষা দরকার হতে পারে।
finding-international_protection-none_found = আপনার উত্তরে ফিরে যাওয়ার ভয় দেখা যাচ্ছে না।
finding-international_protection-not_enough_information = ফেরত পাঠানো থেকে আপনার সুরক্ষা দরকার কি না, তা বলার মতো যথেষ্ট তথ্য আমরা এখনো জানি না।
finding-possible_child-title = শিশুদের অধিকার
finding-possible_child-strong = আপনার উত্তর অনুযায়ী আপনার বয়স 18-এর কম। শিশুদের বাড়তি অধিকার আছে।
finding-possible_child-some = আপনার বয়স হয়তো 18-এর কম, বা এটি শুরুর সময় কম ছিল। আপনার বয়স জানা না যাওয়া পর্যন্ত আপনাকে শিশু হিসেবে গণ্য করা উচিত।
finding-possible_child-none_found = আপনার উত্তর অনুযায়ী আপনার বয়স 18 বা তার বেশি।
finding-possible_child-not_enough_information = আমরা এখনো আপনার বয়স জানি না। শিশুদের বাড়তি অধিকার আছে।
finding-possible_child-not_enough_information-when_it_began = এটি শুরুর সময় আপনার বয়স 18-এর কম ছিল কি না, আমরা এখনো জানি না। কম থেকে থাকলে, শিশুদের অধিকার এখনো আপনাকে সাহায্য করতে পারে।

## প্রয়োজন
need-immediate_safety = এই মুহূর্তে নিরাপত্তা
need-medical_care = ডাক্তার বা চিকিৎসা
need-safe_housing = থাকার একটি নিরাপদ জায়গা
need-interpretation = আপনার ভাষার একজন দোভাষী
need-legal_advice = আইনজীবীর পরামর্শ
need-children = শিশুদের জন্য সাহায্য
need-going_home = নিরাপদে দেশে ফেরা
need-fear_of_return = ফেরত পাঠানো থেকে সুরক্ষা
need-unpaid_wages = পাওনা বেতন আদায়

## সুরক্ষা: অবস্থা, শর্ত ও তথ্য
status-applies = ঘটনার ভিত্তিতেই এটি আপনার জন্য প্রযোজ্য। কাউকে এটি ঠিক করতে হয় না।
status-may_apply = এটি আপনার জন্য প্রযোজ্য হতে পারে। কোনো কর্তৃপক্ষ তা ঠিক করে।
status-needs_information = এটি প্রযোজ্য হতে পারে। নিশ্চিত হতে আমাদের আরও উত্তর দরকার।
status-does_not_apply = এটি আপনার উত্তরের সঙ্গে মেলে না।
protection-conditions = এর জন্য যা লাগে
protection-requires = আগে যা ঘটতে হবে
condition-any-of = এগুলোর যেকোনো একটিই যথেষ্ট:
protection-outside-scope = এটি তাদের জন্য, যাদের উত্তরে এই লক্ষণগুলো দেখা যায়: { $signs }। আপনার উত্তরে এখনো এই লক্ষণগুলো দেখা যাচ্ছে না। এটি এখানে আছে, কারণ আপনি আমাদের যে প্রয়োজনের কথা বলেছেন, এটি তা পূরণ করতে পারে।
requires-positive_reasonable_grounds_decision = যে কর্তৃপক্ষ পাচারের শিকার ব্যক্তিদের শনাক্ত করে, তারা সিদ্ধান্ত নেয় যে আপনি পাচার বা শোষণের শিকার হয়েছেন বলে বিশ্বাস করার যুক্তিসংগত কারণ আছে।
requires-positive_conclusive_grounds_decision = যে কর্তৃপক্ষ পাচারের শিকার ব্যক্তিদের শনাক্ত করে, তারা চূড়ান্ত সিদ্ধান্ত নেয় যে আপনি পাচার বা শোষণের শিকার হয়েছেন।
requires-law_enforcement_request = পুলিশ বা অন্য কোনো আইন প্রয়োগকারী সংস্থা আপনার জন্য এটি চায়।
protection-values = কত দিন বা কত টাকা
protection-decided-by = কে সিদ্ধান্ত নেয়
protection-how-to-ask = কীভাবে চাইবেন
protection-cooperation = আপনাকে কি পুলিশকে সাহায্য করতে হবে?
protection-unknown = এখনো জানা নেই
protection-unverified = এই নিয়মটি এখনো সরকারি মূল পাঠের সঙ্গে মিলিয়ে দেখা হয়নি।
cooperation-required = হ্যাঁ, এর জন্য আপনাকে পুলিশ বা সরকারি কৌঁসুলিদের সাহায্য করতে হবে।
cooperation-not-required = না।
condition-met = (হ্যাঁ)
condition-not-met = (না)
condition-unknown = (জানা নেই)
condition-not_a_national = আপনি এই দেশের নাগরিক নন
condition-third_country_national = আপনি ইউরোপীয় ইউনিয়ন বা ইইএ-ভুক্ত কোনো দেশের, বা সুইজারল্যান্ডের নাগরিক নন
condition-irregular_status = এখন থাকার জন্য আপনার কোনো কাগজপত্র নেই
condition-child = আপনার বয়স 18-এর কম, বা কম হতে পারে
condition-adult = আপনার বয়স 18 বা তার বেশি
condition-cooperation = আপনি পুলিশকে সাহায্য করতে রাজি
condition-reported_to_police = আপনি পুলিশকে জানিয়েছেন
condition-fear_of_return = আপনি ফিরে যেতে ভয় পান
condition-wants_to_go_home = আপনি দেশে ফিরে যেতে চান
condition-made_to_break_law = আপনাকে আইন ভাঙতে বাধ্য করা হয়েছিল
condition-smuggled = চোরাচালানকারীরা আপনাকে এই দেশে এনেছে
condition-owed_wages = আপনার বেতন পাওনা আছে
condition-no_longer_there = যারা আপনাকে শোষণ করেছে, আপনি আর তাদের সঙ্গে নেই
condition-particularly_exploitative = আপনার কাজ অনিরাপদ ছিল, আপনার স্বাস্থ্য বা মর্যাদার ক্ষতি করেছে, বা কাজের সময় ছিল অনেক বেশি
condition-unable_to_cooperate = মানসিক আঘাত (ট্রমা), অসুস্থতা বা গুরুতর বিপদের কারণে পুলিশকে সাহায্য করা আপনার পক্ষে খুব কঠিন (এটি কর্তৃপক্ষ ঠিক করে)
decider-no_decision = কেউ না: এটি আইন থেকেই আসে।
decider-competent_authority = যে দপ্তর ঠিক করে কে মানব পাচারের শিকার।
decider-immigration_authority = ইমিগ্রেশন (অভিবাসন) দপ্তর।
decider-police = পুলিশ।
decider-prosecutor = সরকারি কৌঁসুলি।
decider-court = আদালত।
decider-labour_inspectorate = শ্রম পরিদর্শকেরা।
decider-child_protection = শিশু সুরক্ষা সেবা।
decider-asylum_authority = আশ্রয় (অ্যাসাইলাম) বিষয়ক দপ্তর।
decider-support_provider = একটি সহায়তা সংস্থা।
referrer-self_ = আপনি নিজেই এটি চাইতে পারেন; আইনজীবীর সাহায্য নিয়ে চাওয়াই সবচেয়ে ভালো।
referrer-first_responder = প্রথম সাড়াদানকারী কাউকে আপনার বিষয়টি পাঠাতে হবে: পুলিশ, বা নির্দিষ্ট কোনো সহায়তা সংস্থা।
referrer-police = পুলিশকে এটি চাইতে হবে।
referrer-prosecutor = সরকারি কৌঁসুলিকে এটি চাইতে হবে।
referrer-prosecutor_or_labour_inspectorate = সরকারি কৌঁসুলি বা শ্রম পরিদর্শন দপ্তরকে এটি চাইতে হবে।
referrer-ngo = একটি সহায়তা সংস্থা আপনাকে এটি চাইতে সাহায্য করতে পারে।
referrer-lawyer = একজন আইনজীবী আপনাকে এটি চাইতে সাহায্য করতে পারেন।
referrer-nobody = আপনাকে এটি চাইতে হবে না।
value-amount_minor = পরিমাণ: { $value } { $currency }
value-annual_cap = প্রতি বছরের সীমা: { $value ->
        [one] { $value } জন
       *[other] { $value } জন
    }
value-days = { $value ->
        [one] { $value } দিন
       *[other] { $value } দিন
    }
value-food_allowance_amount_minor = খাবার ভাতা: { $value } { $currency }
value-housing_allowance_amount_minor = বাসস্থান ভাতা: { $value } { $currency }
value-initial_months = প্রথম মেয়াদ: { $value ->
        [one] { $value } মাস
       *[other] { $value } মাস
    }
value-initial_years = প্রথম মেয়াদ: { $value ->
        [one] { $value } বছর
       *[other] { $value } বছর
    }
value-limitation_years = দাবি করার সময়সীমা: { $value ->
        [one] { $value } বছর
       *[other] { $value } বছর
    }
value-max_days = সর্বোচ্চ { $value ->
        [one] { $value } দিন
       *[other] { $value } দিন
    }
value-max_months = সর্বোচ্চ { $value ->
        [one] { $value } মাস
       *[other] { $value } মাস
    }
value-max_years = সর্বোচ্চ { $value ->
        [one] { $value } বছর
       *[other] { $value } বছর
    }
value-min_days = কমপক্ষে { $value ->
        [one] { $value } দিন
       *[other] { $value } দিন
    }
value-min_hourly_wage = ঘণ্টাপ্রতি ন্যূনতম মজুরি: { $value } { $currency }
value-min_months = কমপক্ষে { $value ->
        [one] { $value } মাস
       *[other] { $value } মাস
    }
value-months = { $value ->
        [one] { $value } মাস
       *[other] { $value } মাস
    }
value-notice_months = নোটিশ দিতে হবে: { $value ->
        [one] { $value } মাস
       *[other] { $value } মাস
    }
value-notice_months_after_two_years = চাকরিতে দুই বছর পর নোটিশ: { $value ->
        [one] { $value } মাস
       *[other] { $value } মাস
    }
value-presumed_min_months = আপনার চাকরি কমপক্ষে { $value ->
        [one] { $value } মাস
       *[other] { $value } মাস
    } চলেছে বলে ধরে নেওয়া হয়
value-renewal_months = নবায়ন: { $value ->
        [one] { $value } মাস
       *[other] { $value } মাস
    }
value-years = { $value ->
        [one] { $value } বছর
       *[other] { $value } বছর
    }
value-years_in_scheme = { $value ->
        [one] { $value } বছর
       *[other] { $value } বছর
    } পর

## সাহায্য
help-kind-emergency = জরুরি সেবা
help-kind-trafficking_helpline = মানব পাচার বিষয়ক হেল্পলাইন
help-kind-exploitation_helpline = কাজে শোষণ বিষয়ক হেল্পলাইন
help-kind-labour_inspectorate = শ্রম পরিদর্শক: কাজ ও বেতন নিয়ে অভিযোগ
help-kind-legal_aid = বিনা খরচে আইনি সহায়তা
help-kind-ngo = সহায়তা সংস্থা
help-kind-asylum = আশ্রয় (অ্যাসাইলাম) ও শরণার্থী বিষয়ক সাহায্য
help-kind-child_helpline = শিশুদের হেল্পলাইন
help-kind-international = আন্তর্জাতিক তালিকা
hours-always = দিনরাত, প্রতিদিন খোলা।
hours-days = খোলা: { $days }, { $opens } থেকে { $closes } পর্যন্ত।
days-mon_fri = সোমবার থেকে শুক্রবার
days-mon_sat = সোমবার থেকে শনিবার
days-every_day = প্রতিদিন
help-interpreters = অনেক ভাষার দোভাষী আছে।
help-languages = ভাষা: { $languages }
help-free = বিনা খরচে।
help-checked = তথ্যগুলো { $date } তারিখে যাচাই করা হয়েছে।
help-not-checked = এই তথ্যগুলো এখনো যাচাই করা হয়নি।
help-more = বিস্তারিত
help-from-site = { $name } থেকে, যারা এই পেজটি চালায়।
help-from-this-site = যে সংস্থা এই পেজটি চালায়, তাদের কাছ থেকে।
help-meets = যে বিষয়ে সাহায্য করতে পারে: { $needs }

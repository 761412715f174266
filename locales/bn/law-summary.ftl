# Entitle: Bengali. The words of the pay claim on the results and of the case summary for a lawyer.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.
# $from (deadline-length) is one of the runs-from-… phrases below: “কাজ শেষ হওয়ার দিন থেকে 12 মাস”.

claim-heading = আপনার পাওনা থাকতে পারে এমন বেতন
claim-lead-owed_against_minimum = { $months } { $months ->
        [one] মাস
       *[other] মাস
    } কাজের জন্য, আপনার উত্তর অনুযায়ী আইনি ন্যূনতম মজুরির হিসাবে প্রায় { $amount } পাওনা।
claim-lead-owed_against_promise = { $months } { $months ->
        [one] মাস
       *[other] মাস
    } কাজের জন্য, আপনার উত্তর অনুযায়ী আপনাকে যা কথা দেওয়া হয়েছিল তার হিসাবে প্রায় { $amount } পাওনা।
claim-no-figure = আপনার উত্তর থেকে আমরা কোনো অঙ্ক হিসাব করতে পারিনি। কোন তথ্য নেই, তা সারসংক্ষেপে বলা আছে।
claim-deadline-next = এখনো খোলা থাকা প্রথম সময়সীমাটি শেষ হবে { $date } তারিখে ({ $route })।
claim-deadline-soon = তাড়াতাড়ি পদক্ষেপ নিন: একটি সময়সীমা শেষ হবে { $date } তারিখে ({ $route })।
claim-deadline-passed = কিছু সময়সীমা হয়তো পার হয়ে গেছে। একজন আইনজীবী তবুও কোনো উপায় খুঁজে পেতে পারেন।
summary-open = আইনজীবীর জন্য সারসংক্ষেপ দেখুন
route-labour_inspectorate = শ্রম পরিদর্শক
route-labour_tribunal = শ্রম আদালত বা ট্রাইব্যুনাল
route-civil_court = দেওয়ানি আদালত
route-criminal_compensation = ফৌজদারি আদালত
route-state_fund = অপরাধের শিকার ব্যক্তিদের জন্য রাষ্ট্রীয় তহবিল
summary-heading = আইনজীবী বা কেসওয়ার্কারের জন্য মামলার সারসংক্ষেপ
summary-intro = এই ডিভাইসে { $date } তারিখে ব্যক্তির নিজের উত্তর থেকে তৈরি, { $code ->
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
    } নিয়ম অনুযায়ী। এতে লক্ষণ দেখানো হয়েছে, সিদ্ধান্ত নয়।
summary-chronology = কী ঘটেছে
stage-recruitment = নিয়োগ
stage-journey = যাত্রা
stage-work = কাজ
stage-leaving_and_now = চলে আসা, এবং এখন
summary-signs = উত্তরে পাওয়া লক্ষণ, এবং সেগুলোর আইনি উপাদান
summary-no-signs = উত্তরে কোনো লক্ষণ দেখা যায়নি।
presence-present = দেখা গেছে
presence-absent = দেখা যায়নি
presence-unknown = জানা নেই
element-act = একটি কাজ: ব্যক্তিকে নিয়োগ, স্থানান্তর, হস্তান্তর বা আটকে রাখা
element-means = একটি উপায়: হুমকি, বলপ্রয়োগ, প্রতারণা বা ক্ষমতার অপব্যবহার
element-purpose = একটি উদ্দেশ্য: শোষণ
element-child = ব্যক্তির বয়স 18-এর কম ছিল
element-under_18 = ব্যক্তির বয়স 18-এর কম, বা কম হতে পারে
element-menace_of_penalty = ক্ষতি বা শাস্তির হুমকি
element-involuntary = স্বেচ্ছায় করা নয় এমন কাজ
element-coercion = জবরদস্তি
element-cannot_change_situation = পরিস্থিতি বদলাতে পারেন না
element-lives_at_workplace = নিয়োগকর্তা যেখানে ঠিক করে, সেখানে থাকেন
element-wages_withheld = বেতন আটকে রাখা
element-pay_below_promise = কথা দেওয়ার চেয়ে কম বেতন
element-large_deductions = বেতন থেকে বড় অঙ্ক কেটে নেওয়া
element-excessive_hours = খুব লম্বা কাজের সময়
element-recruitment_fees = চাকরির জন্য ফি দেওয়া
element-smuggled = অন্যদের মাধ্যমে অনিয়মিতভাবে সীমান্ত পার করানো
element-fear_of_return = ফিরে যাওয়ার ভয়
element-protected_reason = শরণার্থী আইন সুরক্ষা দেয় এমন একটি কারণ
element-documents_kept = পাসপোর্ট বা পরিচয়পত্র অন্যের কাছে রাখা
element-unsafe_or_degrading = অনিরাপদ কাজ, বা অমর্যাদাকর থাকার অবস্থা
element-violence_at_work = কাজের জায়গায় সহিংসতা
element-harmed_or_held = যাত্রাপথে আঘাত বা আটক
summary-indicators = জবরদস্তিমূলক শ্রমের আইএলও সূচক, এবং আইএলও–ইইউ মাত্রাগুলো
summary-no-indicators = উত্তরে আইএলওর কোনো সূচক দেখা যায়নি।
indicator-ilo-fl-abuse_of_vulnerability = অসহায়ত্বের অপব্যবহার
indicator-ilo-fl-deception = প্রতারণা
indicator-ilo-fl-restriction_of_movement = চলাফেরায় বাধা
indicator-ilo-fl-isolation = বিচ্ছিন্ন করে রাখা
indicator-ilo-fl-physical_and_sexual_violence = শারীরিক ও যৌন সহিংসতা
indicator-ilo-fl-intimidation_and_threats = ভয়ভীতি প্রদর্শন ও হুমকি
indicator-ilo-fl-retention_of_identity_documents = পরিচয়পত্র আটকে রাখা
indicator-ilo-fl-withholding_of_wages = মজুরি আটকে রাখা
indicator-ilo-fl-debt_bondage = ঋণ-দাসত্ব
indicator-ilo-fl-abusive_working_and_living_conditions = নিপীড়নমূলক কাজ ও থাকার অবস্থা
indicator-ilo-fl-excessive_overtime = অতিরিক্ত ওভারটাইম
summary-dimension = মাত্রা
summary-strong-medium-weak = সূচক: জোরালো / মাঝারি / দুর্বল
summary-positive = ইতিবাচক
dimension-deceptive_recruitment = প্রতারণামূলক নিয়োগ
dimension-coercive_recruitment = জবরদস্তিমূলক নিয়োগ
dimension-recruitment_by_abuse_of_vulnerability = অসহায়ত্বের অপব্যবহার করে নিয়োগ
dimension-exploitative_conditions_of_work = শোষণমূলক কাজের অবস্থা
dimension-coercion_at_destination = গন্তব্যে জবরদস্তি
dimension-abuse_of_vulnerability_at_destination = গন্তব্যে অসহায়ত্বের অপব্যবহার
summary-protections = যে সুরক্ষাগুলো মিলতে পারে, এবং সেগুলোর আইনি ভিত্তি
summary-english-copy = আইনজীবীর জন্য ইংরেজি কপি
summary-claim = বেতনের দাবি, হিসাবসহ
summary-claim-period = { $began } থেকে { $ended } পর্যন্ত: { $months } { $months ->
        [one] মাস
       *[other] মাস
    }।
summary-claim-period-ongoing = { $began } থেকে, এবং কাজ এখনো চলছে: এ পর্যন্ত { $months } { $months ->
        [one] মাস
       *[other] মাস
    }।
figure-owed_against_promise = প্রতিশ্রুতি অনুযায়ী পাওনা
figure-owed_against_minimum = আইনি ন্যূনতম মজুরি অনুযায়ী পাওনা
figure-arrears_at_current_rate = একই হিসাব, আজকের ন্যূনতম হারে
figure-overtime_at_minimum = এর ওপর ওভারটাইম, ন্যূনতম হারে
figure-liquidated_damages = আবার সমান পরিমাণ (liquidated damages, নির্ধারিত ক্ষতিপূরণ)
figure-restitution_at_least = ফৌজদারি আদালত সর্বনিম্ন যে পরিমাণ দেওয়ার আদেশ দেবে
working-step = ধাপ
working-formula = হিসাব
working-amount = পরিমাণ
working-value = ব্যবহৃত মান, এবং তার উৎস
working-value-from = { $date } থেকে কার্যকর।
value-verified = সরকারি মূল পাঠে যাচাই করা হয়েছে।
step-promised_for_months = কাজ করা মাসগুলোর জন্য প্রতিশ্রুত বেতন
step-months_at_rate = প্রতি মাসের প্রথম দিনে কার্যকর ন্যূনতম মজুরি
step-sum = যোগফল
step-less_received = বাদ: যা পাওয়া গেছে
step-overtime_premium = ওভারটাইমের বাড়তি হার
step-arrears_at_current_rate = আজকের হারে হিসাব
step-liquidated_damages_equal = না-পাওয়া ন্যূনতম মজুরি ও ওভারটাইম, আবার পাওনা
step-restitution_greater_of_gain_or_minimum = ন্যূনতম মজুরি ও ওভারটাইম হারে কাজের মূল্য; অপরাধী এর চেয়ে বেশি লাভ করে থাকলে তার চেয়ে বেশি
summary-not-counted = অঙ্কগুলোতে যা গোনা যায়নি
formula-hour = { $count } ঘণ্টা
formula-day = { $count } দিন
formula-week = { $count } সপ্তাহ
formula-month = { $count } মাস
not-counted-period = কত মাস কাজ করা হয়েছে তা জানা নেই, তাই কিছুই গোনা যায়নি।
not-counted-promise = প্রতিশ্রুত বেতন জানা নেই।
not-counted-received = কত পাওয়া গেছে তা জানা নেই, তাই কিছুই বাদ দেওয়া হয়নি।
not-counted-hours = কত ঘণ্টা বা কত দিন কাজ করা হয়েছে, তা জানা নেই।
not-counted-age = বয়স জানা নেই, তাই প্রাপ্তবয়স্কের হার ব্যবহার করা হয়েছে।
not-counted-no_minimum_wage = এই দেশের কোনো আইনি ন্যূনতম মজুরি আমাদের কাছে নেই।
not-counted-months_before_first_rate = কিছু মাস আমাদের কাছে থাকা প্রথম ন্যূনতম হারের আগের, অথবা তখন ওই বয়সের জন্য কোনো হার ছিল না।
not-counted-other_currency = কিছু বেতন অন্য মুদ্রায় ছিল, তাই তা বাদ দেওয়া হয়নি।
not-counted-deductions = বেতন থেকে টাকা কেটে নেওয়া হয়েছে। এর কোন অংশ বেআইনি ছিল, সে বিষয়ে আমাদের কাছে কোনো নিয়ম নেই: একজন আইনজীবী তা যাচাই করতে পারেন।
not-counted-recruitment_fees = চাকরির জন্য ফি দেওয়া হয়েছে। এখানে সেগুলো গোনার কোনো নিয়ম আমাদের কাছে নেই: একজন আইনজীবী তা যাচাই করতে পারেন।
not-counted-later_rate_missing = আইন নির্দিষ্ট সময় পরপর নতুন ন্যূনতম মজুরি ঠিক করে, আর আমাদের কাছে থাকা শেষ হারটি কাজ শেষ হওয়ার আগেই বদলে গিয়ে থাকতে পারে। শেষ কয়েক মাসের জন্য আপনার পাওনা বেশি হতে পারে: একজন আইনজীবী সরকারি হারটি যাচাই করতে পারেন।
summary-caveats = এই অঙ্কগুলো সম্পর্কে একজন আইনজীবীর যা জানা উচিত
summary-deadlines = দাবি করার সময়সীমা
summary-no-deadlines = এই দেশের কোনো সময়সীমা আমাদের কাছে নেই।
deadline-length = { $from } থেকে { $months } { $months ->
        [one] মাস
       *[other] মাস
    }।
runs-from-last_payment = কম দেওয়া শেষ বেতনের দিন
runs-from-end_of_work = কাজ শেষ হওয়ার দিন
runs-from-end_of_exploitation = শোষণ শেষ হওয়ার দিন
runs-from-offence = অপরাধের দিন
runs-from-final_judgment = ফৌজদারি মামলার চূড়ান্ত রায়ের দিন
runs-from-end_of_year = যে বছরে বেতন পাওনা হয়েছিল, সেই বছরের শেষ
deadline-not_started = এটি শুরু হয়নি: কাজ এখনো চলছে।
deadline-open = কাজ যে মাসে শেষ হয়েছে, সেই মাসের শেষ থেকে গুনলে এটি শেষ হবে { $date } তারিখে।
deadline-soon = কাজ যে মাসে শেষ হয়েছে, সেই মাসের শেষ থেকে গুনলে এটি শিগগিরই শেষ হবে, { $date } তারিখে।
deadline-passed = কাজ যে মাসে শেষ হয়েছে, সেই মাসের শেষ থেকে গুনলে এটি { $date } তারিখে শেষ হয়ে গেছে। একজন আইনজীবী হয়তো কোনো ব্যতিক্রম জানেন।
deadline-unknown = কাজ কবে শেষ হয়েছে, তা জানা নেই।
deadline-after_judgment = এটি এমন একটি আদালতের সিদ্ধান্ত থেকে শুরু হয়, যার তারিখ আমরা জানি না।

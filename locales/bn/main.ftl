# Entitle: Bengali. The main messages of the app: questions, results, help and the About page.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons / human trafficking = মানব পাচার (source: মানব পাচার প্রতিরোধ ও দমন আইন, ২০১২, ধারা ৩, http://bdlaws.minlaw.gov.bd/act-1086/section-41708.html)
# glossary: victim of trafficking = মানব পাচারের শিকার ব্যক্তি (source: same Act, ধারা ২(১) and ৩৪, http://bdlaws.minlaw.gov.bd/act-1086/section-41740.html)
# glossary: exploitation / labour exploitation = শোষণ / শ্রম শোষণ (source: same Act, ধারা ৩, "শ্রম শোষণ ... শোষণ বা নিপীড়নের (exploitation)")
# glossary: forced labour = জবরদস্তিমূলক শ্রম (no official Bangla text of ILO C29/P29 found; term used by the Ministry of Labour and Employment and the Cabinet Division on ratifying the 2014 Protocol, and the Act of 2012, ধারা ৯ "জবরদস্তি বা দাসত্বমূলক শ্রম বা সেবা", http://bdlaws.minlaw.gov.bd/act-1086/section-41714.html); plain wording in the app: জোর করে কাজ করানো
# glossary: debt bondage = ঋণ-দাসত্ব (source: মানব পাচার প্রতিরোধ ও দমন আইন, ২০১২, ধারা ২(৩), http://bdlaws.minlaw.gov.bd/act-1086/section-41707.html)
# glossary: smuggling of migrants = অভিবাসী চোরাচালান (source: মানব পাচার ও অভিবাসী চোরাচালান প্রতিরোধ ও দমন অধ্যাদেশ, ২০২৫, preamble, seen at https://laws.nitimala.com/acts/1598/print, an unofficial copy; Bangladesh is not a party to the Smuggling Protocol)
# glossary: compensation = ক্ষতিপূরণ (source: মানব পাচার প্রতিরোধ ও দমন আইন, ২০১২, ধারা ৩৪(২))
# glossary: migrant worker = অভিবাসী কর্মী (source: বৈদেশিক কর্মসংস্থান ও অভিবাসী আইন, ২০১৩, ধারা ২(৩), http://bdlaws.minlaw.gov.bd/act-1131/section-43281.html)
# glossary: servitude = দাসত্বের মতো অবস্থা (no official translation found; own rendering, built on দাসত্ব as used in the Act of 2012)
# glossary: refugee = শরণার্থী; asylum = আশ্রয় (অ্যাসাইলাম) (no official Bangla text of the 1951 Convention found; terms used in Bangladesh government and UNHCR Bangla materials)
# glossary: residence permit = বসবাসের অনুমতিপত্র (no official translation found; common administrative usage)
# glossary: recovery and reflection period = বিশ্রাম নেওয়া ও সেরে ওঠার সময় / ভাবার সময় (no official translation found; plain rendering)

## এই ভাষা সম্পর্কে (About পেজে দেখানো হয়)
locale-translation-note = এই লেখাটি ইংরেজি থেকে একটি কৃত্রিম বুদ্ধিমত্তা (AI) মডেলের সাহায্যে অনুবাদ করা হয়েছে।
locale-review-note = বাংলা যাঁর মাতৃভাষা, এমন কেউ এখনো এই অনুবাদটি যাচাই করেননি।

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = তথ্য

## এই পেজ থেকে বের হওয়া
exit-this-page = এই পেজ থেকে বের হোন
exit-emergency = জরুরি
exit-shift-pressed-once = Shift: বের হতে আরও 2 বার চাপুন।
exit-shift-pressed-twice = Shift: বের হতে আরও 1 বার চাপুন।

## ভাষা বাছাই ও পেজের নিচের অংশ
language-picker-label = ভাষা
language-picker-toggle = ভাষা: { $language }
language-picker-loading = অন্য ভাষাগুলো আনা হচ্ছে…
language-picker-offline = অন্য ভাষাগুলোর জন্য একবার ইন্টারনেট লাগবে। ইন্টারনেটে যুক্ত হয়ে তালিকাটি আবার খুলুন।
footer-not-advice = এটি তথ্য, আইনি পরামর্শ নয়।
about-link = এই টুল সম্পর্কে
footer-site-name = এই পেজটি দিচ্ছে { $name }।
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = এই সাইটের মালিকের জন্য: site.json সেটিংস ফাইলটি ব্যবহার করা হয়নি, তাই অ্যাপটি নিজের সেটিংসে চলছে। সমস্যাটি এখানে: { $field }: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] এখান থেকে লেখাটি বৈধ JSON নয়।
    [twice] এই ঘরটি দুবার লেখা হয়েছে।
    [unknown] এই নামে কোনো সেটিং নেই।
    [missing] এই সেটিংটি দরকার।
    [not-text] এটি উদ্ধৃতিচিহ্নের মধ্যে লেখা টেক্সট হতে হবে।
    [not-list] এটি [ ] এর মধ্যে একটি তালিকা হতে হবে।
    [not-object] এটি { "{" } { "}" } এর মধ্যে কয়েকটি সেটিংসের একটি দল হতে হবে।
    [not-true-or-false] এটি true অথবা false হতে হবে।
    [version] এটি 1 হতে হবে।
    [country] অ্যাপটি এই দেশের তথ্য রাখে না (GB-এর মতো একটি কোড ব্যবহার করুন)।
    [language] অ্যাপটি এই ভাষায় চলে না (fr-এর মতো একটি কোড ব্যবহার করুন)।
    [language-tag] এটি pl বা pt-BR-এর মতো একটি ভাষা-কোড, অথবা interpreters হতে হবে।
    [need] অ্যাপ যে প্রয়োজনগুলো চেনে, এটি তার কোনোটি নয়।
    [phone] এটি 3 থেকে 15 অঙ্কের একটি নম্বর হতে হবে; আন্তর্জাতিক নম্বর হলে সামনে + থাকবে, আর কোনো ফাঁকা জায়গা থাকবে না।
    [web] এটি https:// দিয়ে শুরু হওয়া একটি ওয়েব ঠিকানা হতে হবে।
    [days] এটি mon_fri, mon_sat অথবা every_day হতে হবে।
    [time] এটি 09:00-এর মতো একটি সময় হতে হবে।
    [hours] হয় always: true লিখুন, নয়তো opens ও closes সহ days লিখুন।
    [length] এটি খালি, বা খুব লম্বা।
    [too-many] এই তালিকাটি খুব লম্বা।
    [no-way-to-reach] এই যোগাযোগের জন্য একটি phone, sms বা web ঠিকানা দরকার।
    [repeated] এটি তালিকায় আগেই আছে।
    [display-without-phone] phone_display-এর সঙ্গে একটি phone-ও দরকার।
   *[other] এই মানটি চলবে না।
}

## প্রথম পেজ
start-heading = আপনার কী কী সাহায্য ও অধিকার থাকতে পারে, দেখে নিন
start-what-this-is = আপনার কাজ ও যাত্রা নিয়ে কয়েকটি ছোট প্রশ্নের উত্তর দিন। আপনার উত্তরে ক্ষতির কোনো লক্ষণ আছে কি না, কোন অধিকার আপনাকে সুরক্ষা দিতে পারে, আর কোথায় সাহায্য পাবেন, তা আমরা দেখাব।
start-danger-heading = আপনি যদি এখনই বিপদে থাকেন
start-danger-body = আপনি যে দেশে আছেন, সেই দেশের জরুরি নম্বরে ফোন করুন। আপনার কাগজপত্র না থাকলেও ফোন করতে পারেন।
start-privacy-heading = আপনার উত্তর এই ফোনেই থাকে
start-privacy-body = আপনার কোনো উত্তর কোথাও পাঠানো হয় না। কিছুই সংরক্ষণ করা হয় না। এই পেজ বন্ধ করলে আপনার উত্তরগুলো মুছে যায়।
start-leave-heading = দ্রুত বের হয়ে যান
start-leave-body = যেকোনো সময় “এই পেজ থেকে বের হোন” চাপুন, অথবা Shift কী 3 বার চাপুন। এই পেজ বন্ধ হয়ে আবহাওয়ার একটি পেজ খুলবে।
start-not-heading = এটি কী নয়
start-not-body = এটি তথ্য, আইনি পরামর্শ নয়। আপনি কোনো অপরাধের শিকার কি না, এটি তা ঠিক করতে পারে না। শুধু কর্তৃপক্ষই তা ঠিক করতে পারে। একজন আইনজীবী বা কোনো সহায়তা সংস্থা আপনাকে সাহায্য করতে পারে।
start-button = শুরু করুন

## প্রশ্ন: সাধারণ শব্দ
back = পেছনে
continue = এগিয়ে যান
change = বদলান
not-provided = দেওয়া হয়নি
select-placeholder = একটি বেছে নিন
progress = প্রশ্ন { $n } (সর্বোচ্চ { $total }টির মধ্যে)
error-summary-title = একটি সমস্যা হয়েছে
error-choose-one = একটি উত্তর বেছে নিন। আপনি “আমি জানি না” বা “আমি বলতে চাই না” বেছে নিতে পারেন।
error-number-range = 0 থেকে { $most } পর্যন্ত একটি পূর্ণ সংখ্যা লিখুন।
reply-yes = হ্যাঁ
reply-no = না
reply-dont_know = আমি জানি না
reply-prefer_not_to_say = আমি বলতে চাই না
answer-maybe_under_18 = আমি নিশ্চিত নই। আমার বয়স 18-এর কম হতে পারে।
answer-years = { $years ->
        [one] { $years } বছর
       *[other] { $years } বছর
    }
answer-count = { $count }

## দেশ
country-AU = অস্ট্রেলিয়া
country-CA = কানাডা
country-FR = ফ্রান্স
country-DE = জার্মানি
country-IT = ইতালি
country-NL = নেদারল্যান্ডস
country-PH = ফিলিপাইন
country-QA = কাতার
country-ES = স্পেন
country-TH = থাইল্যান্ড
country-GB = যুক্তরাজ্য
country-US = যুক্তরাষ্ট্র
country-EU = ইউরোপীয় ইউনিয়নের অন্য কোনো দেশ, আইসল্যান্ড, লিশটেনস্টাইন, নরওয়ে বা সুইজারল্যান্ড
country-ZZ = অন্য কোনো দেশ

## প্রশ্নগুলো। প্রতিটির নিচে একটি সহায়ক লাইন থাকে।
question-country_now = আপনি এখন কোন দেশে আছেন?
question-country_now-hint = আমরা কোন নিয়ম ও কোন সাহায্য দেখাব, তা এর ওপর নির্ভর করে।
question-in_danger_now = আপনি কি এই মুহূর্তে বিপদে আছেন?
question-in_danger_now-hint = যেমন, আজই কেউ আপনার ক্ষতি করতে পারে।
question-nationality = আপনি কোন দেশের নাগরিক?
question-nationality-hint = আপনার পাসপোর্ট যে দেশের।
question-age = আপনার বয়স কত?
question-age-hint = শিশুদের জন্য নিয়ম আলাদা। 18 বছরের কম বয়সী যে কেউ শিশু।
question-age-number = আমি আমার বয়স জানি
question-under_18_when_it_began = এই কাজ বা যাত্রা যখন শুরু হয়েছিল, তখন কি আপনার বয়স 18-এর কম ছিল?
question-under_18_when_it_began-hint = কিছু অধিকার এখনকার বয়সের ওপর নয়, তখনকার বয়সের ওপর নির্ভর করে।
question-work_kind = আপনি কী ধরনের কাজ করেন, বা করতেন?
question-work_kind-hint = প্রধান কাজটি বেছে নিন।
option-work_kind-domestic = বাসাবাড়ির কাজ (পরিষ্কার করা, রান্না, শিশুর দেখাশোনা)
option-work_kind-agriculture = খামার বা ক্ষেতের কাজ
option-work_kind-construction = নির্মাণকাজ
option-work_kind-fishing = মাছ ধরা, বা নৌকা বা জাহাজে কাজ
option-work_kind-care = বয়স্ক বা অসুস্থ মানুষের সেবাযত্ন
option-work_kind-factory = কারখানার কাজ
option-work_kind-hospitality = হোটেল, রেস্তোরাঁ বা পরিচ্ছন্নতার কাজ
option-work_kind-sex_work = যৌনকর্ম
option-work_kind-criminal_activity = অপরাধমূলক কাজ, যেমন মাদকের চাষ, মাদক বিক্রি বা চুরি
option-work_kind-begging = ভিক্ষা করা
option-work_kind-other = অন্য কাজ
question-recruited = কেউ কি আপনাকে এই কাজ জোগাড় করে দিয়েছে, বা আপনার যাত্রার ব্যবস্থা করেছে?
question-recruited-hint = যেমন কোনো এজেন্ট বা দালাল, কোনো আত্মীয়, বা অনলাইনে পরিচয় হওয়া কেউ।
question-recruited_by = কে আপনাকে কাজটি জোগাড় করে দিয়েছে, বা যাত্রার ব্যবস্থা করেছে?
question-recruited_by-hint = যেটি সবচেয়ে বেশি মেলে, সেটি বেছে নিন।
option-recruited_by-agency = কোনো এজেন্সি বা এজেন্ট (দালাল)
option-recruited_by-relative = একজন আত্মীয়
option-recruited_by-partner = প্রেমিক, প্রেমিকা, স্বামী বা স্ত্রী
option-recruited_by-friend = একজন বন্ধু
option-recruited_by-stranger = এমন কেউ, যাকে আমি চিনতাম না
option-recruited_by-online = অনলাইনে পরিচয় হওয়া কেউ
option-recruited_by-employer = নিয়োগকর্তা (মালিক)
option-recruited_by-other = অন্য কেউ
question-forced_to_go = আপনাকে কি আপনার ইচ্ছার বিরুদ্ধে নিয়ে যাওয়া হয়েছে, বা যেতে বাধ্য করা হয়েছে?
question-forced_to_go-hint = যেমন, কেউ আপনাকে জোর করে ভ্রমণ করিয়েছে, বা তুলে নিয়ে গেছে।
question-moved_by_others = অন্য লোকেরা কি আপনাকে এক জায়গা থেকে আরেক জায়গায় নিয়ে গেছে?
question-moved_by_others-hint = যেমন, আপনাকে গাড়িতে করে নতুন জায়গায় নেওয়া হয়েছে, বা অন্য লোকের হাতে তুলে দেওয়া হয়েছে।
question-promise_broken = আপনার কাজ, বেতন বা থাকার জায়গা কি যা কথা দেওয়া হয়েছিল তার থেকে আলাদা?
question-promise_broken-hint = যেমন, অন্য কাজ, কম টাকা, বা আরও খারাপ থাকার জায়গা।
question-deceived_about_work = যে কাজের কথা দেওয়া হয়েছিল, কাজটি কি তার থেকে আলাদা?
question-deceived_about_work-hint = যেমন, দোকানে চাকরির কথা বলা হয়েছিল, কিন্তু আপনি খামারে কাজ করছেন।
question-deceived_about_pay = আপনার বেতন কি যা কথা দেওয়া হয়েছিল তার চেয়ে কম?
question-deceived_about_pay-hint = আপনি আসলে যে টাকা হাতে পান, সেটা ভাবুন।
question-deceived_about_conditions = আপনার কাজের সময়, থাকার জায়গা বা কাজ কি যা কথা দেওয়া হয়েছিল তার চেয়ে খারাপ?
question-deceived_about_conditions-hint = যেমন, আরও লম্বা কাজের দিন, বা থাকার আরও খারাপ জায়গা।
question-deceived_about_papers = আপনাকে কি ভিসা বা কাগজপত্রের কথা দেওয়া হয়েছিল, যা আপনি পাননি?
question-deceived_about_papers-hint = যেমন, কাজের অনুমতিপত্র (ওয়ার্ক পারমিট)।
question-paid_recruitment_fee = এই চাকরি বা এই যাত্রার জন্য কি আপনি টাকা দিয়েছেন?
question-paid_recruitment_fee-hint = যেমন, এজেন্টকে কোনো ফি।
question-owes_debt = আপনার মালিক, কোনো এজেন্ট, বা যারা আপনাকে এনেছে, তাদের কাছে কি আপনার দেনা আছে?
question-owes_debt-hint = যেমন, আপনার যাত্রা, খাবার বা থাকার খরচের জন্য।
question-debt_grows = কাজ করার পরও কি দেনা বাড়তেই থাকে?
question-debt_grows-hint = যেমন, তারা সবসময় নতুন নতুন খরচ যোগ করে।
question-must_work_off_debt = তারা কি বলে যে দেনা শোধ না করা পর্যন্ত আপনি চলে যেতে পারবেন না?
question-must_work_off_debt-hint = অথবা দেনা শোধ না হওয়া পর্যন্ত আপনাকে কাজ করে যেতে হবে।
question-journey = আপনি এই দেশে কীভাবে এসেছেন?
question-journey-hint = যেটি সবচেয়ে বেশি মেলে, সেটি বেছে নিন।
option-journey-regular = ভিসা বা অনুমতিপত্র নিয়ে, সীমান্তের ইমিগ্রেশন পার হয়ে
option-journey-smuggled = সঠিক কাগজপত্র ছাড়া আমাকে দেশে ঢোকানোর জন্য আমি কাউকে টাকা দিয়েছি
option-journey-false_papers = জাল কাগজপত্র নিয়ে, বা এমন কাগজপত্র নিয়ে যা আমার নয়
option-journey-no_border = আমি কোনো সীমান্ত পার হইনি
question-harmed_on_journey = যাত্রাপথে, যারা আপনাকে নিয়ে যাচ্ছিল তারা কি আপনাকে মেরেছে, আঘাত করেছে বা অত্যাচার করেছে?
question-harmed_on_journey-hint = যেকোনো ধরনের ক্ষতির কথা ধরুন।
question-held_on_journey = যাত্রাপথে কি আপনাকে ইচ্ছার বিরুদ্ধে আটকে রাখা হয়েছিল, বা টাকার জন্য আটকে রাখা হয়েছিল?
question-held_on_journey-hint = যেমন, কেউ টাকা না দেওয়া পর্যন্ত আপনাকে তালাবন্ধ করে রাখা হয়েছিল।
question-pay_problem = আপনার বেতন কি আটকে রাখা হয়, কেটে নেওয়া হয়, বা একেবারেই দেওয়া হয় না?
question-pay_problem-hint = বেতনের অনেকটাই যদি থাকা, খাওয়া, ফি বা জরিমানার নামে কেটে নেওয়া হয়, সেটাও ধরুন।
question-documents_kept = কেউ কি আপনার পাসপোর্ট বা পরিচয়পত্র নিয়ে নিজের কাছে রেখে দিয়েছে?
question-documents_kept-hint = যেমন আপনার মালিক, কোনো এজেন্ট, বা যে আপনাকে এখানে এনেছে।
question-documents_held_by = আপনার পাসপোর্ট বা পরিচয়পত্র এখন কার কাছে?
question-documents_held_by-hint = যেটি সবচেয়ে বেশি মেলে, সেটি বেছে নিন।
option-documents_held_by-themselves = আমার নিজের কাছে
option-documents_held_by-employer = আমার মালিকের কাছে
option-documents_held_by-agent = একজন এজেন্টের কাছে
option-documents_held_by-smuggler = যারা আমাকে সীমান্ত পার করিয়েছে, তাদের কাছে
option-documents_held_by-authorities = পুলিশ বা ইমিগ্রেশনের কাছে
option-documents_held_by-other = অন্য কারো কাছে
option-documents_held_by-lost = এটি হারিয়ে গেছে বা নষ্ট হয়ে গেছে
question-hurt_or_threatened = কেউ কি আপনাকে আঘাত করেছে, বা আপনাকে বা আপনার পরিবারকে হুমকি দিয়েছে?
question-hurt_or_threatened-hint = পুলিশ বা ইমিগ্রেশনকে খবর দেওয়ার হুমকিও এর মধ্যে পড়ে।
question-threatened = কেউ কি আপনাকে হুমকি দিয়েছে?
question-threatened-hint = যেমন, বলেছে যে আপনার ক্ষতি করবে।
question-family_threatened = কেউ কি আপনার পরিবারকে হুমকি দিয়েছে?
question-family_threatened-hint = এখানে, বা আপনার নিজের দেশে।
question-threatened_with_authorities = কেউ কি বলেছে যে আপনার কথা পুলিশ বা ইমিগ্রেশনকে জানিয়ে দেবে?
question-threatened_with_authorities-hint = যেমন, আপনাকে দিয়ে কাজ চালিয়ে যাওয়ানোর জন্য।
question-physical_violence = কেউ কি আপনাকে মেরেছে বা আঘাত করেছে?
question-physical_violence-hint = কাজের জায়গায়, বা যেখানে থাকেন সেখানে।
question-sexual_violence = কেউ কি আপনাকে জোর করে যৌন সম্পর্ক করতে বাধ্য করেছে, বা আপনার ইচ্ছার বিরুদ্ধে যৌনভাবে স্পর্শ করেছে?
question-sexual_violence-hint = আপনি “আমি বলতে চাই না” বেছে নিতে পারেন।
question-locked_in = আপনাকে কি তালাবন্ধ করে রাখা হয়, বা বাইরে যেতে দেওয়া হয় না?
question-locked_in-hint = কাজের জায়গায়, বা যেখানে থাকেন সেখানে।
question-watched = আপনার ওপর কি সবসময় নজর রাখা হয়, বা আপনার পিছু নেওয়া হয়?
question-watched-hint = যেমন, কেউ সবসময় আপনার সঙ্গে যায়।
question-isolated = আপনাকে কি পরিবার বা অন্য লোকের সঙ্গে কথা বলতে দেওয়া হয় না?
question-isolated-hint = যেমন, আপনার ফোন নিয়ে নেওয়া হয়েছে।
question-cannot_leave = আপনি এই কাজ ছেড়ে যেতে চাইলে কি আপনাকে আটকানো হবে?
question-cannot_leave-hint = অথবা আপনার সঙ্গে খারাপ কিছু ঘটবে?
question-lives_at_workplace = আপনি কি কাজের জায়গাতেই থাকেন, বা মালিক যেখানে ঠিক করে দেয় সেখানে থাকেন?
question-lives_at_workplace-hint = যেমন, মালিকের বাড়িতে।
question-residence_status = এই দেশে থাকার জন্য আপনার কী কাগজপত্র আছে?
question-residence_status-hint = যেটি সবচেয়ে বেশি মেলে, সেটি বেছে নিন।
option-residence_status-citizen = আমি এখানকার নাগরিক
option-residence_status-permanent_resident = আমি এখানে স্থায়ীভাবে থাকতে পারি
option-residence_status-work_permit = কাজের ভিসা বা অনুমতিপত্র
option-residence_status-student_or_visitor = ছাত্র ভিসা বা ভ্রমণ ভিসা
option-residence_status-asylum_seeker = আমি আশ্রয় (অ্যাসাইলাম) চেয়েছি
option-residence_status-refugee = আমি এখানে শরণার্থী
option-residence_status-expired = আমার ভিসা বা অনুমতিপত্রের মেয়াদ শেষ হয়ে গেছে
option-residence_status-no_papers = আমার কোনো কাগজপত্র নেই
question-tied_to_employer = আপনার ভিসায় কি বলা আছে যে আপনি শুধু এই মালিকের কাছেই কাজ করতে পারবেন?
question-tied_to_employer-hint = অথবা চাকরি বদলাতে কি আপনার মালিকের অনুমতি লাগে?
question-wages_withheld = আপনার বেতন কি আটকে রাখা হয়, বা আপনাকে একেবারেই বেতন দেওয়া হয় না?
question-wages_withheld-hint = যেমন, মালিক বলে পরে বেতন দেবে।
question-large_deductions = আপনার বেতনের বড় একটা অংশ কি থাকা, খাওয়া, ফি বা জরিমানার নামে কেটে নেওয়া হয়?
question-large_deductions-hint = বেতন হাতে পাওয়ার আগেই যে টাকা কেটে নেওয়া হয়।
question-hard_conditions = কাজের সময় কি খুব লম্বা, কাজ কি বিপজ্জনক, বা ঘুমানোর জায়গা কি খুব খারাপ?
question-hard_conditions-hint = যেমন, কোনো ছুটির দিন নেই, সুরক্ষার সরঞ্জাম নেই, বা ঘিঞ্জি ও নোংরা ঘর।
question-hours_per_day = সাধারণ একটি কাজের দিনে আপনি কত ঘণ্টা কাজ করেন?
question-hours_per_day-hint = বিরতিসহ সব ঘণ্টা গুনুন।
question-hours_per_day-number = আমি ঘণ্টার সংখ্যা জানি
question-days_off_per_week = সাধারণ এক সপ্তাহে আপনার কত দিন ছুটি থাকে?
question-days_off_per_week-hint = যে দিনগুলোতে একেবারেই কোনো কাজ নেই।
question-days_off_per_week-number = আমি দিনের সংখ্যা জানি
question-unsafe_work = আপনার কাজ কি বিপজ্জনক, অথচ দরকারি সুরক্ষা বা প্রশিক্ষণ ছাড়াই করতে হয়?
question-unsafe_work-hint = যেমন, গ্লাভস বা মাস্ক ছাড়া রাসায়নিক নিয়ে কাজ।
question-degrading_living = আপনি যেখানে থাকেন, সেই জায়গা কি খুব খারাপ?
question-degrading_living-hint = যেমন, অনেক বেশি লোক, নোংরা, পানি নেই, বা কোনো আড়াল নেই।
question-made_to_do_things = কেউ কি আপনাকে দিয়ে জোর করে যৌনকর্ম বা অপরাধ করিয়েছে, বিয়ে করতে বাধ্য করেছে, বা শরীরের কোনো অঙ্গ দিতে বাধ্য করেছে?
question-made_to_do_things-hint = আপনি “আমি বলতে চাই না” বেছে নিতে পারেন।
question-sexual_exploitation = আপনাকে কি মানুষের সঙ্গে যৌন সম্পর্ক করতে বা যৌনকর্ম করতে বাধ্য করা হয়, যাতে অন্য কেউ টাকা পায়?
question-sexual_exploitation-hint = আপনি “আমি বলতে চাই না” বেছে নিতে পারেন।
question-made_to_break_law = আপনাকে কি আইন ভাঙতে বাধ্য করা হয়েছে?
question-made_to_break_law-hint = যেমন, মাদকের চাষ বা মাদক বিক্রি, চুরি, বা জাল কাগজপত্র ব্যবহার করতে।
question-forced_marriage = আপনাকে কি বিয়ে করতে বাধ্য করা হয়েছে, বা এখন বাধ্য করা হচ্ছে?
question-forced_marriage-hint = এমন বিয়ে, যাতে আপনি রাজি ছিলেন না।
question-organ_removal = কেউ কি আপনার শরীরের কোনো অঙ্গ, যেমন কিডনি, নিয়ে নিয়েছে, বা দিতে বাধ্য করার চেষ্টা করেছে?
question-organ_removal-hint = এর জন্য আপনাকে টাকার কথা দেওয়া হয়ে থাকলেও।
question-fear_of_return = নিজের দেশে ফিরে গেলে কী হবে, তা নিয়ে কি আপনি ভয় পান?
question-fear_of_return-hint = সেখানে আপনার কী বিপদ হতে পারে, তা ভাবুন।
question-fear_reason = ফিরে যেতে আপনি ভয় পান কেন?
question-fear_reason-hint = প্রধান কারণটি বেছে নিন।
option-fear_reason-traffickers = যারা আমাকে শোষণ করেছে তারা, বা আবার ফাঁদে পড়ার ভয়
option-fear_reason-persecution = আমার জাতি, ধর্ম, জাতীয়তা, গোষ্ঠী বা রাজনৈতিক মতের কারণে
option-fear_reason-torture = নির্যাতন, বা খুব নিষ্ঠুর আচরণ
option-fear_reason-family_or_community = আমার পরিবার বা সমাজের লোকের সহিংসতা
option-fear_reason-other = অন্য কোনো কারণ
question-wants_to_go_home = আপনি কি দেশে ফিরে যেতে চান?
question-wants_to_go_home-hint = যে দেশ থেকে এসেছেন, সেখানে।
question-needs_help_now = আপনার কি এখনই স্বাস্থ্য, ভাষা, আপনার সন্তান, বা দেশে ফেরা নিয়ে সাহায্য দরকার?
question-needs_help_now-hint = দরকার হলে, সঠিক সাহায্য দেখানোর জন্য আমরা আরও কয়েকটি প্রশ্ন করব।
question-children_with_them = আপনার সঙ্গে কি কোনো সন্তান বা শিশু আছে?
question-children_with_them-hint = 18 বছরের কম বয়সী শিশু, যারা আপনার সঙ্গে থাকে।
question-health_needs = আপনার কি ডাক্তার বা চিকিৎসা দরকার?
question-health_needs-hint = শরীরের জন্য, বা মনের জন্য।
question-speaks_local_language = আপনি যে দেশে আছেন, সেই দেশের ভাষা কি বলতে পারেন?
question-speaks_local_language-hint = ডাক্তার বা পুলিশের সঙ্গে কথা বলার মতো যথেষ্ট।
question-still_there = আপনি কি এখনো সেখানে কাজ করছেন, বা এখনো ওই লোকদের সঙ্গে আছেন?
question-still_there-hint = কিছু অধিকার এর ওপর নির্ভর করে।
question-reported_to_police = আপনি কি পুলিশকে জানিয়েছেন?
question-reported_to_police-hint = আপনার সঙ্গে যা ঘটেছে, সে বিষয়ে।
question-willing_to_help_police = পুলিশের তদন্তে সাহায্য করতে কি আপনি রাজি থাকবেন?
question-willing_to_help_police-hint = কিছু অধিকার এর ওপর নির্ভর করে। না বললেও আপনি সাহায্য পেতে পারেন।

## উত্তরগুলো দেখে নিন
check-heading = আপনার উত্তরগুলো দেখে নিন
check-intro = ফলাফল দেখার আগে আপনি যেকোনো উত্তর বদলাতে পারেন।
check-continue = আপনার উত্তর কী দেখায়, দেখুন

## এই টুল সম্পর্কে
about-heading = এই টুল সম্পর্কে
about-what = এই টুলটি অভিবাসীদের মানব পাচার, জোর করে কাজ করানো ও অন্যান্য ক্ষতির লক্ষণ যাচাই করতে সাহায্য করে, এবং প্রযোজ্য হতে পারে এমন অধিকার ও সাহায্য দেখায়। এটি তথ্য, আইনি পরামর্শ নয়।
about-translation-heading = এই ভাষা সম্পর্কে
about-sources-heading = আইনি তথ্য কোথা থেকে আসে
about-sources = দেখানো প্রতিটি অধিকারের সঙ্গে তার আইনি উৎস, আর কোন তারিখ থেকে তা কার্যকর, তা দেওয়া আছে। যে তথ্য আমরা সরকারি মূল পাঠের সঙ্গে মিলিয়ে দেখতে পারিনি, সেগুলোকে “যাচাই করা হয়নি” হিসেবে চিহ্নিত করা আছে।
protection-more = এই অধিকার সম্পর্কে আরও
loading-wait = এখনো প্রস্তুত হচ্ছে। একটু পরে আবার চেষ্টা করুন।

## বেতনের দাবির প্রশ্ন
question-work_out_pay = আপনার কত বেতন পাওনা থাকতে পারে, তা কি হিসাব করে দেখতে চান?
question-work_out_pay-hint = এর জন্য আরও প্রায় ছয়টি প্রশ্ন লাগবে। একজন আইনজীবী এই হিসাব কাজে লাগাতে পারেন।
question-work_began = এই কাজ আপনি কবে শুরু করেছিলেন?
question-work_began-hint = মাস আর বছর বললেই যথেষ্ট।
question-work_ended = এই কাজ কবে শেষ হয়েছে?
question-work_ended-hint = আপনি যদি এখনো সেখানে কাজ করেন, সেটি বেছে নিন।
question-pay_promised = আপনাকে কত বেতনের কথা দেওয়া হয়েছিল?
question-pay_promised-hint = পরিমাণটি লিখুন, আর বেছে নিন সেটা এক ঘণ্টা, এক দিন, এক সপ্তাহ না এক মাসের জন্য ছিল।
question-pay_received = আসলে আপনি মোট কত বেতন পেয়েছেন?
question-pay_received-hint = এই কাজের জন্য যত টাকা পেয়েছেন, সব যোগ করুন। আন্দাজে বললেও চলবে।
question-deductions_total = আপনার বেতন থেকে মোট কত টাকা কেটে নেওয়া হয়েছে?
question-deductions_total-hint = যেমন থাকা, খাওয়া, ফি, জরিমানা বা কোনো “দেনা”-র জন্য। আন্দাজে বললেও চলবে।
question-recruitment_fees_paid = এই চাকরি বা যাত্রার জন্য আপনি কত টাকা দিয়েছেন?
question-recruitment_fees_paid-hint = এজেন্ট বা অন্যদের যত ফি দিয়েছেন, সব যোগ করুন।
question-paid_to_someone_else = আপনার বেতন কি আপনাকে না দিয়ে অন্য কাউকে দেওয়া হয়েছে?
question-paid_to_someone_else-hint = যেমন, কোনো এজেন্ট বা মালিককে।
answer-kind-month = আমি মাসটি জানি
answer-still_working = আমি এখনো সেখানে কাজ করি
answer-kind-amount = আমি পরিমাণটি জানি
input-month = মাস
input-year = বছর
input-amount = পরিমাণ
input-currency = মুদ্রা
input-per = কত সময়ের জন্য
per-hour = ঘণ্টা
per-day = দিন
per-week = সপ্তাহ
per-month = মাস
# $per is one of the words above (ঘণ্টা, দিন, সপ্তাহ, মাস): “1200 EUR, প্রতি মাস”.
answer-pay = { $amount }, প্রতি { $per }
error-month = একটি মাস বেছে নিন, আর বছরটি চার অঙ্কে লিখুন, যেমন 2024।
error-amount = পরিমাণটি সংখ্যায় লিখুন, যেমন 1200 বা 1200.50।

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = আমার উত্তর সংরক্ষণ করুন
open-link = সংরক্ষিত উত্তর খুলুন

## Listen
listen = শুনুন
listen-stop = থামান
about-listen-heading = জোরে পড়ে শোনানো
about-listen-some = "শুনুন" বাটনটি এই ফোনে থাকা একটি কণ্ঠস্বর দিয়ে লেখাগুলো জোরে পড়ে শোনায়। লেখাগুলো কখনো ফোন থেকে বাইরে যায় না। এই ফোন এই ভাষাগুলোতে পড়ে শোনাতে পারে: { $languages }।
about-listen-none = এই ফোনে জোরে পড়ে শোনানোর মতো কোনো কণ্ঠস্বর নেই, তাই "শুনুন" বাটন দেখানো হয় না। এখানে শুধু ফোনে থাকা কণ্ঠস্বরই ব্যবহার করা হয়, তাই লেখাগুলো কখনো ফোন থেকে বাইরে যায় না।

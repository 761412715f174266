# Entitle: Bengali. Messages for the legal data of Germany, the Netherlands, Italy, Spain and France.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## জার্মানি
protection-de-aufenthg-s_59_7-reflection_period = বিশ্রাম নেওয়া ও সিদ্ধান্ত নেওয়ার সময়
protection-de-aufenthg-s_59_7-reflection_period-gives = বিশ্রাম নিতে ও সহায়তা পেতে আপনি কিছু সময় জার্মানিতে থাকতে পারেন। যা ঘটেছে তা নিয়ে সাক্ষ্য দিতে চান কি না, তা ঠিক করতে আপনি সময় নিতে পারেন।
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = সাক্ষী হিসেবে থাকার অনুমতিপত্র
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = যারা আপনার ক্ষতি করেছে তাদের বিরুদ্ধে ফৌজদারি মামলা চলার সময় আপনি জার্মানিতে বসবাসের অনুমতিপত্র পেতে পারেন।
caveat-prosecutor_must_deem_presence_appropriate = সরকারি কৌঁসুলি বা আদালতকে একমত হতে হবে যে মামলার জন্য আপনার দেশে থাকা দরকার। তারা একমত হবে কি না, আমরা জানতে পারি না।
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = খুব অন্যায্য অবৈধ কাজের পর থাকার অনুমতিপত্র
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = আপনার কাজ ও আপনার নিয়োগকর্তাকে নিয়ে ফৌজদারি মামলা চলার সময় আপনি জার্মানিতে বসবাসের অনুমতিপত্র পেতে পারেন।
instrument-de-aufenthg = German Residence Act 2004 (AufenthG) (জার্মানির বসবাস আইন)

## নেদারল্যান্ডস
protection-nl-vc_2000-b8_3-reflection_period = বিশ্রামের সময়, আশ্রয় ও সহায়তাসহ
protection-nl-vc_2000-b8_3-reflection_period-gives = আপনি কিছু সময় নেদারল্যান্ডসে থাকতে পারেন, ঘুমানোর একটি নিরাপদ জায়গা আর চলার মতো টাকা পেতে পারেন। এই সময়ে আপনি ঠিক করতে পারেন অপরাধটি পুলিশকে জানাবেন কি না।
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = মামলা চলার সময় থাকার অনুমতিপত্র
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = পুলিশের তদন্ত ও ফৌজদারি মামলা চলার সময় নেদারল্যান্ডসে বসবাসের জন্য আপনি বিনা খরচে একটি অনুমতিপত্র পেতে পারেন।
caveat-exempt_from_cooperation_if_unable = আপনি অসুস্থ, 18 বছরের কম বয়সী, বা গুরুতর বিপদে আছেন বলে পুলিশকে সাহায্য করতে না পারলেও, হয়তো এই অনুমতিপত্র পেতে পারেন।
protection-nl-vb_2000-art_3_51_1_k-continued_residence = মামলা শেষ হওয়ার পরও থেকে যাওয়া
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = ফৌজদারি মামলা শেষ হওয়ার পরও নেদারল্যান্ডসে বসবাস চালিয়ে যাওয়ার জন্য আপনি অনুমতিপত্র পেতে পারেন।
caveat-after_conviction_or_three_years = এর জন্য সাধারণত আপনার মামলায় কাউকে দোষী সাব্যস্ত হতে হয়, অথবা আপনাকে তিন বছর ধরে মানব পাচার সংক্রান্ত অনুমতিপত্রটি থাকতে হয়।
instrument-nl-vw_2000 = Dutch Aliens Act 2000 (Vw 2000) (নেদারল্যান্ডসের বিদেশি নাগরিক আইন)
instrument-nl-vb_2000 = Dutch Aliens Decree 2000 (Vb 2000) (নেদারল্যান্ডসের বিদেশি নাগরিক ডিক্রি)
instrument-nl-vc_2000 = Dutch Aliens Circular 2000 (Vc 2000) (নেদারল্যান্ডসের বিদেশি নাগরিক সার্কুলার)

## ইতালি
protection-it-tui-art_18-special_permit_social_track = সহায়তা সংস্থার মাধ্যমে বিশেষ অনুমতিপত্র
protection-it-tui-art_18-special_permit_social_track-gives = আপনি ইতালিতে বসবাস ও কাজের অনুমতিপত্র পেতে পারেন, এবং এমন একটি কর্মসূচিতে যোগ দিতে পারেন যা আপনাকে নিরাপদ হতে ও নতুন জীবন গড়তে সাহায্য করে।
caveat-concrete_danger_assessed_by_authority = পুলিশ প্রধানকে সিদ্ধান্ত নিতে হবে যে আপনি সত্যিই বিপদে আছেন। আমরা এ বিষয়ে প্রশ্ন করিনি, তাই এটি আপনার ক্ষেত্রে মেলে কি না বলতে পারি না।
protection-it-tui-art_18-special_permit_judicial_track = ফৌজদারি মামলার মাধ্যমে বিশেষ অনুমতিপত্র
protection-it-tui-art_18-special_permit_judicial_track-gives = আপনি ইতালিতে বসবাস ও কাজের অনুমতিপত্র পেতে পারেন, এবং এমন একটি কর্মসূচিতে যোগ দিতে পারেন যা আপনাকে নিরাপদ হতে ও নতুন জীবন গড়তে সাহায্য করে।
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = যে মালিক আপনাকে চরমভাবে শোষণ করেছে, তার কথা জানালে অনুমতিপত্র
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = আপনার নিয়োগকর্তার বিরুদ্ধে ফৌজদারি মামলা চলার সময় আপনি ইতালিতে বসবাসের অনুমতিপত্র পেতে পারেন।
caveat-particularly_exploitative_conditions_only = এটি শুধু বিশেষভাবে কঠোর শোষণের মধ্যে কাজের ক্ষেত্রে ছিল; আমরা যে লক্ষণগুলো দেখি, এর মানদণ্ড তার চেয়ে উঁচু।
protection-it-tui-art_18_ter-permit_for_labour_exploitation = শোষণের শিকার শ্রমিকদের জন্য অনুমতিপত্র
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = কাজের জায়গায় আপনার সঙ্গে কেমন আচরণ করা হয়েছে, সেই সত্য বের করে আনতে সাহায্য করার পর আপনি ইতালিতে বসবাস ও কাজের অনুমতিপত্র পেতে পারেন।
caveat-judicial_authority_or_labour_inspectorate_covers_family = একজন সরকারি কৌঁসুলি বা বিচারককে এটি চাইতে হবে, অথবা শ্রম পরিদর্শকদের এটি সমর্থন করতে হবে। এই অনুমতিপত্র আপনার পরিবারের সদস্যদেরও দেওয়া যেতে পারে।
instrument-it-tui = Italian Consolidated Immigration Act, Legislative Decree 286/1998 (TUI) (ইতালির সমন্বিত অভিবাসন আইন)
instrument-it-dl_145_2024 = Italian Decree-Law 145/2024 (Flows Decree) (ইতালির ডিক্রি-আইন, অভিবাসী প্রবাহ বিষয়ে)
instrument-it-dl_146_2025 = Italian Decree-Law 146/2025 (Flows Decree 2025) (ইতালির ডিক্রি-আইন, অভিবাসী প্রবাহ বিষয়ে, 2025)
instrument-it-dpr_394_1999 = Italian Presidential Decree 394/1999 (Immigration Act Regulation) (ইতালির রাষ্ট্রপতির ডিক্রি: অভিবাসন আইনের বিধিমালা)

## স্পেন
protection-es-loex-art_59_bis-reflection_period = সেরে ওঠা ও সিদ্ধান্ত নেওয়ার সময়
protection-es-loex-art_59_bis-reflection_period-gives = সেরে উঠতে এবং পুলিশকে সাহায্য করার কথা ভাবতে আপনি কিছু সময় স্পেনে থাকতে পারেন। এই সময়ে আপনাকে দেশ থেকে বের করে দেওয়ার পদক্ষেপ বন্ধ থাকার কথা।
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = কাগজপত্র ছাড়া স্পেনে থাকার জন্য শাস্তি নয়
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = সঠিক কাগজপত্র ছাড়া স্পেনে থাকার জন্য আপনার যে জরিমানা বা বহিষ্কার হতে পারত, তা থেকে আপনাকে রেহাই দেওয়া হতে পারে।
protection-es-loex-art_59_bis-permit_personal_situation = আপনার ব্যক্তিগত পরিস্থিতির কারণে অনুমতিপত্র
protection-es-loex-art_59_bis-permit_personal_situation-gives = আপনি পুলিশকে সাহায্য না করলেও, আপনার নিজের পরিস্থিতির কারণে স্পেনে বসবাস ও কাজের অনুমতিপত্র পেতে পারেন।
caveat-after_exemption_from_liability = প্রথমে কর্তৃপক্ষকে সিদ্ধান্ত নিতে হবে যে কাগজপত্র ছাড়া স্পেনে থাকার জন্য আপনাকে শাস্তি দেবে না। তারপর সাধারণত আপনি এই অনুমতিপত্রের জন্য আবেদন করতে পারেন।
protection-es-loex-art_59_bis-permit_for_cooperation = পুলিশ বা আদালতকে সাহায্য করার জন্য অনুমতিপত্র
protection-es-loex-art_59_bis-permit_for_cooperation-gives = তদন্তে বা আদালতের মামলায় আপনি সাহায্য করছেন বলে স্পেনে বসবাস ও কাজের অনুমতিপত্র পেতে পারেন।
protection-es-loex-art_59-permit_for_cooperation_against_networks = শোষণকারী চক্র থামাতে সাহায্য করার জন্য অনুমতিপত্র
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = আপনি স্পেনে বসবাস ও কাজের অনুমতিপত্র পেতে পারেন, এবং কাগজপত্র ছাড়া থাকার শাস্তি থেকে রেহাই পেতে পারেন।
instrument-es-loex = Spanish Foreigners Act, Organic Law 4/2000 (LOEX) (স্পেনের বিদেশি নাগরিক আইন)
instrument-es-rloex = Spanish Foreigners Regulation, Royal Decree 557/2011 (RLOEX) (স্পেনের বিদেশি নাগরিক বিধিমালা)
instrument-es-rloex_2024 = Spanish Foreigners Regulation, Royal Decree 1155/2024 (স্পেনের বিদেশি নাগরিক বিধিমালা, 20 মে 2025 থেকে কার্যকর)

## ফ্রান্স
protection-fr-ceseda-r_425_2-reflection_period = বিশ্রাম নেওয়া ও ভাবার সময়
protection-fr-ceseda-r_425_2-reflection_period-gives = আপনি এমন একটি কাগজ পেতে পারেন, যা দিয়ে বিশ্রাম নেওয়ার এবং অভিযোগ করবেন কি না তা ঠিক করার সময় ফ্রান্সে থাকতে পারবেন। এটি দিয়ে হয়তো কাজও করতে পারবেন।
protection-fr-ceseda-l_425_1-temporary_residence_card = অভিযোগ করলে বা সাক্ষ্য দিলে বসবাসের কার্ড
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = ফৌজদারি মামলা চলার সময় ফ্রান্সে বসবাস ও কাজের জন্য আপনি একটি কার্ড পেতে পারেন।
caveat-complaint_or_testimony_required = আপনাকে পুলিশের কাছে অভিযোগ করতে হবে, বা মামলায় সাক্ষ্য দিতে হবে। শুধু সাহায্য করতে রাজি আছেন বললে যথেষ্ট নয়।
protection-fr-ceseda-l_425_2-allowance = চলার মতো টাকা
protection-fr-ceseda-l_425_2-allowance-gives = খাবার ও অন্যান্য মৌলিক প্রয়োজনের খরচ মেটাতে আপনি নিয়মিত টাকা পেতে পারেন।
protection-fr-ceseda-l_425_3-resident_card = দীর্ঘমেয়াদি বসবাসের কার্ড
protection-fr-ceseda-l_425_3-resident_card-gives = অনেক বছর ফ্রান্সে বসবাস ও কাজের জন্য আপনি একটি কার্ড পেতে পারেন।
caveat-only_after_final_conviction = অভিযুক্ত ব্যক্তি আদালতে চূড়ান্তভাবে দোষী সাব্যস্ত হওয়ার পরই কেবল এটি সম্ভব। বিচার কীভাবে শেষ হবে, আমরা জানতে পারি না।
protection-fr-ceseda-l_425_4-exit_programme_permit = পতিতাবৃত্তি ছাড়ার কর্মসূচিতে থাকার সময় অনুমতিপত্র
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = আপনি ফ্রান্সে থাকার অনুমতিপত্র পেতে পারেন, আর যৌনকর্ম থেকে দূরে নতুন জীবন শুরু করতে সাহায্য পেতে পারেন।
caveat-only_for_prostitution_exit_programme = এটি শুধু তাদের জন্য, যারা যৌনকর্ম ছেড়ে দিয়েছেন। তাদের একটি সহায়তা সংস্থার সঙ্গে যৌনকর্ম ছাড়ার একটি সরকারি পরিকল্পনা মেনে চলতে হবে।
instrument-fr-ceseda = French Code on the Entry and Stay of Foreigners and the Right of Asylum (CESEDA, 2020 version) (বিদেশিদের প্রবেশ ও বসবাস এবং আশ্রয়ের অধিকার বিষয়ে ফ্রান্সের আইনসংহিতা)

## বেতনের দাবি: যে আইন ন্যূনতম মজুরি ও সময়সীমা ঠিক করে, এবং প্রতিটি অঙ্ক সম্পর্কে একজন আইনজীবীর যা জানা উচিত
instrument-de-milog = Minimum Wage Act (Mindestlohngesetz, MiLoG, 2014) (জার্মানির ন্যূনতম মজুরি আইন)
instrument-de-bgb = Civil Code (Bürgerliches Gesetzbuch, BGB) (জার্মানির দেওয়ানি আইনসংহিতা)
instrument-de-sgb_14 = Social Code Book XIV: Social Compensation (SGB XIV, 2019) (জার্মানির সামাজিক আইনসংহিতা, খণ্ড XIV: সামাজিক ক্ষতিপূরণ)
instrument-es-et_2015 = Workers’ Statute (Estatuto de los Trabajadores, 2015) (স্পেনের শ্রমিক আইন)
instrument-es-ley_35_1995 = Law 35/1995 on aid to victims of violent and sexual crimes (সহিংস ও যৌন অপরাধের শিকার ব্যক্তিদের সহায়তা বিষয়ে স্পেনের আইন)
instrument-fr-code_travail = Labour Code (Code du travail) (ফ্রান্সের শ্রম আইনসংহিতা)
instrument-fr-code_procedure_penale = Code of Criminal Procedure (Code de procédure pénale) (ফ্রান্সের ফৌজদারি কার্যবিধি)
instrument-it-cc = Civil Code (Codice civile) (ইতালির দেওয়ানি আইনসংহিতা)
instrument-it-l_228_2003 = Law 228/2003 on measures against trafficking in persons (মানব পাচারবিরোধী ব্যবস্থা বিষয়ে ইতালির আইন)
instrument-nl-wml = Minimum Wage and Minimum Holiday Allowance Act (Wet minimumloon en minimumvakantiebijslag) (নেদারল্যান্ডসের ন্যূনতম মজুরি ও ন্যূনতম ছুটি ভাতা আইন)
instrument-nl-bw_3 = Civil Code, Book 3 (Burgerlijk Wetboek) (নেদারল্যান্ডসের দেওয়ানি আইনসংহিতা, খণ্ড 3)
instrument-nl-wsg = Violent Crimes Compensation Fund Act (Wet schadefonds geweldsmisdrijven) (নেদারল্যান্ডসের সহিংস অপরাধ ক্ষতিপূরণ তহবিল আইন)
caveat-backdating_limit_not_a_bar = এক বছর পরেও আপনি আবেদন করতে পারেন। কিন্তু আপনি শুধু আবেদনের মাস থেকে টাকা পাবেন; তবে আগে আবেদন করা আপনার পক্ষে সম্ভব না হয়ে থাকলে নিয়ম আলাদা।
caveat-each_month_runs_separately = প্রতি মাসের বেতনের জন্য আলাদা পাঁচ বছর সময় আছে, তাই সবচেয়ে পুরোনো মাসগুলোর সময় আগে শেষ হয়। নিয়োগকর্তার কাছে লিখিতভাবে দাবি করলে সময় আবার নতুন করে শুরু হয়।
caveat-es_domestic_hourly_external_only = যে গৃহকর্মীরা ঘণ্টা হিসেবে বেতন পান এবং মালিকের বাড়িতে থাকেন না, তাদের ঘণ্টাপ্রতি ন্যূনতম মজুরি এখানে ধরা হয়নি। মালিকের বাড়িতে থাকা গৃহকর্মীর মাসিক ন্যূনতম মজুরি পাওনা।
caveat-es_each_payment_own_year_interruptible = প্রতিটি না-পাওয়া বেতন তার বেতনের দিন থেকে এক বছরের মধ্যে দাবি করতে হবে, তাই সবচেয়ে পুরোনো মাসগুলোর সময় আগে শেষ হয়। নিয়োগকর্তার কাছে আনুষ্ঠানিক দাবি, বা আপস-মীমাংসার আবেদন করলে বছরটি আবার নতুন করে শুরু হয়।
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = এই সহায়তা শুধু সেই সহিংস অপরাধের জন্য যা মৃত্যু বা গুরুতর ক্ষতি ঘটিয়েছে, এবং যৌন অপরাধের জন্য। ফৌজদারি মামলা চলার সময় সময় গণনা থেমে থাকে।
caveat-es_smi_floor_14_payments = ন্যূনতম মজুরি বছরে 14 কিস্তিতে দেওয়া হয়। বাড়তি দুটি কিস্তি এখানে গোনা হয়নি, তাই আরও বেশি পাওনা থাকতে পারে।
caveat-fr_civi_prosecution_extends_relief_possible = ফৌজদারি মামলা থাকলে, চূড়ান্ত রায়ের পর এক বছর পর্যন্ত আপনি আবেদন করতে পারেন। ভালো কারণ থাকলে কমিশন দেরিতে করা আবেদনও গ্রহণ করতে পারে। শিশুর ক্ষেত্রে সময় শুরু হয় 18 বছর বয়সে।
caveat-fr_smic_floor_mayotte_minors = এটি মূল ভূখণ্ডের ফ্রান্সের ন্যূনতম মজুরি। মায়োতে এর চেয়ে কম। চুক্তিগুলোতে প্রায়ই আরও বেশি দেওয়ার কথা থাকে। কিছু তরুণ শ্রমিক ও শিক্ষানবিশকে কম বেতন দেওয়া যেতে পারে।
caveat-fr_wage_claim_each_payday_three_years_before_end = প্রতি মাসের বেতন তিন বছরের মধ্যে দাবি করতে হবে, তাই সবচেয়ে পুরোনো মাসগুলোর সময় আগে শেষ হয়। চাকরি শেষ হওয়ার পর, আপনি চাকরির শেষ তিন বছরের জন্য দাবি করতে পারেন।
caveat-intentional_injury_damages_only = 30 বছরের এই সময় শুধু আপনার জীবন, শরীর, স্বাস্থ্য বা স্বাধীনতার ইচ্ছাকৃত ক্ষতির জন্য ক্ষতিপূরণের ক্ষেত্রে। এটি না-পাওয়া বেতনের জন্য নয়।
caveat-it_longer_if_crime = ক্ষতিটি যদি এমন কোনো অপরাধও হয় যার সময়সীমা আরও লম্বা, যেমন মানব পাচার বা দাসত্ব, তাহলে ক্ষতিপূরণের দাবিরও সেই লম্বা সময়সীমা থাকে।
caveat-it_wage_limit_private_sector_interruptible = পাঁচ বছর চাকরি শেষ হওয়ার সময় থেকে শুরু হয় শুধু বেসরকারি নিয়োগকর্তার ক্ষেত্রে। প্রতিবার লিখিতভাবে টাকা দাবি করলে পাঁচ বছর আবার নতুন করে শুরু হয়।
caveat-late_application_if_reasonable = আপনি যুক্তিসংগতভাবে যত তাড়াতাড়ি পারতেন তত তাড়াতাড়ি আবেদন করে থাকলে, তহবিল দেরিতে করা আবেদনও গ্রহণ করতে পারে। এটি শুধু সহিংস অপরাধে গুরুতর আঘাতের জন্য টাকা দেয়।
caveat-monthly_minimum_for_full_time_week = 2024 সালের আগে ন্যূনতম মজুরি ছিল পূর্ণকালীন সপ্তাহের জন্য একটি মাসিক পরিমাণ। আমরা এটি 40 ঘণ্টার সপ্তাহ ধরে হিসাব করি, যা সাধারণত সবচেয়ে লম্বা সপ্তাহ। সপ্তাহ এর চেয়ে ছোট হলে আরও বেশি পাওনা।
caveat-runs_from_end_of_year = যে বছরে বেতন পাওনা হয়েছিল, সেই বছরের শেষ থেকে তিন বছর শুরু হয়। আদালতে দাবি করলে সময় থেমে যায়।
caveat-runs_from_knowledge_longer_against_offender = ক্ষতি এবং কে ক্ষতি করেছে, তা আপনি জানার সময় থেকে পাঁচ বছর শুরু হয়। অপরাধীর বিরুদ্ধে দাবি অন্তত ততদিন চলে, যতদিন তার বিরুদ্ধে ফৌজদারি মামলা করা যায়।
caveat-sector_minimum_wages_and_exclusions = কিছু খাতে ন্যূনতম মজুরি বেশি। এই ন্যূনতম মজুরি প্রশিক্ষণ ছাড়া 18 বছরের কম বয়সী, শিক্ষানবিশ, কিছু ইন্টার্ন ও স্বেচ্ছাসেবকদের জন্য প্রযোজ্য নয়।
caveat-youth_minimum_not_encoded = 21 বছরের কম বয়সী শ্রমিকদের ন্যূনতম মজুরি কম, যা এখানে গোনা হয়নি।

# Entitle: Bengali. Messages for the legal data of the United Nations, ILO, Council of Europe and European Union layers and the international baseline.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## জাতিসংঘ
protection-un-palermo_tip-art_6_3-recovery_assistance = ক্ষতির পর সেরে উঠতে সাহায্য
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = আপনি থাকার একটি নিরাপদ জায়গা, স্বাস্থ্যসেবা, এবং আপনি বোঝেন এমন ভাষায় সাহায্য পেতে পারেন।
protection-un-palermo_tip-art_6_6-compensation = আপনার যে ক্ষতি করা হয়েছে, তার জন্য টাকা
protection-un-palermo_tip-art_6_6-compensation-gives = আপনার যে ক্ষতি হয়েছে, তা পুষিয়ে দেওয়ার জন্য আপনি টাকা (ক্ষতিপূরণ) চাইতে পারেন।
protection-un-palermo_tip-art_7-permission_to_remain = দেশে থাকার অনুমতি
protection-un-palermo_tip-art_7-permission_to_remain-gives = আপনাকে কিছু সময়ের জন্য, বা আরও বেশি দিনের জন্য দেশে থাকতে দেওয়া হতে পারে।
protection-un-palermo_tip-art_8-safe_return = নিরাপদে দেশে ফেরা
protection-un-palermo_tip-art_8-safe_return-gives = আপনি দেশে ফিরতে চাইলে, নিরাপদে ফেরার জন্য সাহায্য চাইতে পারেন।
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = শুধু চোরাচালানের মাধ্যমে আসার জন্য শাস্তি নয়
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = কেউ আপনাকে চোরাচালানের মাধ্যমে দেশে এনেছে, শুধু এই কারণে আপনার বিরুদ্ধে অপরাধের মামলা করা উচিত নয়।
protection-un-smuggling_protocol-art_16-protection_from_violence = সহিংসতা থেকে সুরক্ষা
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = কেউ আপনাকে আঘাত করলে বা হুমকি দিলে আপনি সুরক্ষা চাইতে পারেন। আপনার জীবন বা নিরাপত্তা বিপদে থাকলে আপনি সাহায্য চাইতে পারেন।
protection-un-refugee_convention-art_33-non_refoulement = বিপদের মুখে ফেরত পাঠানো নয়
protection-un-refugee_convention-art_33-non_refoulement-gives = যে দেশে আপনার জীবন বা স্বাধীনতা বিপদে পড়বে, সেখানে আপনাকে না পাঠানোর জন্য আপনি অনুরোধ করতে পারেন।
protection-un-cat-art_3-no_return_to_torture = নির্যাতনের মুখে ফেরত পাঠানো নয়
protection-un-cat-art_3-no_return_to_torture-gives = যে দেশে আপনার ওপর নির্যাতন হতে পারে, সেখানে আপনাকে না পাঠানোর জন্য আপনি অনুরোধ করতে পারেন।
protection-un-crc-art_39-child_recovery = শিশুদের যত্ন ও সেরে ওঠা
protection-un-crc-art_39-child_recovery-gives = যে শিশুদের আঘাত করা হয়েছে বা ব্যবহার করা হয়েছে, তারা একটি নিরাপদ জায়গায় শরীর ও মনে সেরে ওঠার জন্য যত্ন পেতে পারে।
protection-un-icrmw-art_25-equal_pay_even_if_irregular = কাগজপত্র না থাকলেও ন্যায্য বেতন
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = আপনার কাগজপত্র না থাকলেও, আপনি স্থানীয় শ্রমিকদের মতো একই বেতন ও কাজের একই নিয়ম চাইতে পারেন।
caveat-shall_consider = দেশটিকে আপনাকে এটি দেওয়ার কথা বিবেচনা করতে হবে, কিন্তু দিতেই হবে এমন নয়।
caveat-other_offences_still_possible = আপনি অন্য এমন কিছু করে থাকলে যা সেই দেশে অপরাধ, তার জন্য আপনার বিরুদ্ধে তবুও মামলা হতে পারে।
instrument-un-icrmw = সকল অভিবাসী শ্রমিক ও তাদের পরিবারের সদস্যদের অধিকার সুরক্ষা বিষয়ক আন্তর্জাতিক কনভেনশন (1990)
instrument-un-palermo_tip = জাতিসংঘের মানব পাচার বিষয়ক প্রটোকল (পালেরমো প্রটোকল, 2000)
instrument-un-smuggling_protocol = স্থল, সমুদ্র ও আকাশপথে অভিবাসী চোরাচালানের বিরুদ্ধে জাতিসংঘ প্রটোকল (2000)
instrument-un-refugee_convention = জাতিসংঘ শরণার্থী কনভেনশন (1951)
instrument-un-cat = জাতিসংঘ নির্যাতনবিরোধী কনভেনশন (1984)
instrument-un-crc = জাতিসংঘ শিশু অধিকার সনদ (1989)
instrument-unhcr-gip_7 = আন্তর্জাতিক সুরক্ষা বিষয়ে ইউএনএইচসিআর নির্দেশিকা নং 7: মানব পাচারের শিকার ব্যক্তি (2006)

## আন্তর্জাতিক শ্রম সংস্থা (আইএলও)
protection-ilo-p29-art_3-identification_and_recovery = মুক্ত হতে ও সেরে উঠতে সাহায্য
protection-ilo-p29-art_3-identification_and_recovery-gives = জোর করে করানো কাজ থেকে বেরিয়ে আসতে সাহায্য, থাকার একটি নিরাপদ জায়গা, এবং স্বাস্থ্যসেবা আপনি পেতে পারেন।
protection-ilo-p29-art_4_1-remedies_and_compensation = জোর করে কাজ করানোর জন্য টাকা
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = আপনার যে ক্ষতি করা হয়েছে, এবং যে বেতন আপনি পাননি, তার জন্য আপনি টাকা চাইতে পারেন।
protection-ilo-p29-art_4_2-non_punishment = যা করতে বাধ্য করা হয়েছে, তার জন্য শাস্তি নয়
protection-ilo-p29-art_4_2-non_punishment-gives = জোর করে কাজ করানোর সময় যা করতে আপনাকে বাধ্য করা হয়েছে, তার জন্য হয়তো আপনাকে শাস্তি দেওয়া হবে না।
instrument-ilo-c189 = আইএলও গৃহকর্মী কনভেনশন, 2011 (নং 189)
instrument-ilo-fl_indicators = জবরদস্তিমূলক শ্রমের আইএলও সূচক (2012)
instrument-ilo-icls_2018_fl = জবরদস্তিমূলক শ্রম পরিমাপ বিষয়ে আইএলও নির্দেশিকা (2018)
instrument-ilo-c29 = আইএলও জবরদস্তিমূলক শ্রম কনভেনশন, 1930 (নং 29)
instrument-ilo-p29 = আইএলও জবরদস্তিমূলক শ্রম কনভেনশনের 2014 সালের প্রটোকল
instrument-ilo-fair_recruitment = ন্যায্য নিয়োগ বিষয়ে আইএলওর সাধারণ নীতি ও কার্যকরী নির্দেশিকা (2019)
instrument-ilo-delphi_2009 = মানব পাচারের কার্যকরী সূচক, আইএলও ও ইউরোপীয় কমিশন (2009)

## ইউরোপ কাউন্সিল
protection-coe-ecat-art_10_2-no_removal_during_identification = আপনার বিষয়টি যাচাইয়ের সময় দেশ থেকে বের করে দেওয়া নয়
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = আপনার সঙ্গে কী ঘটেছে, কর্তৃপক্ষ তা যাচাই করার সময় আপনাকে দেশ থেকে বের করে দেওয়া উচিত নয়।
protection-coe-ecat-art_10_3-presumed_child = বয়স স্পষ্ট না হলে শিশু হিসেবে গণ্য করা
protection-coe-ecat-art_10_3-presumed_child-gives = আপনার বয়স কত, তা কেউ নিশ্চিত না হলে, তারা খুঁজে বের করার সময় পর্যন্ত আপনাকে শিশু হিসেবে গণ্য করা হতে পারে, এবং আপনি শিশু সুরক্ষা পেতে পারেন।
protection-coe-ecat-art_12-assistance = থাকা, স্বাস্থ্য ও পরামর্শে সাহায্য
protection-coe-ecat-art_12-assistance-gives = আপনি থাকার একটি নিরাপদ জায়গা, স্বাস্থ্যসেবা, একজন দোভাষী, এবং আপনার অধিকার নিয়ে পরামর্শ পেতে পারেন। এই সাহায্য পেতে আপনাকে সাক্ষী হতে হবে না।
protection-coe-ecat-art_13-recovery_period = বিশ্রাম নেওয়া ও সেরে ওঠার সময়
protection-coe-ecat-art_13-recovery_period-gives = বিশ্রাম নিতে, আরও নিরাপদ বোধ করতে, এবং কী করবেন তা ঠিক করতে আপনি সময় পেতে পারেন। এই সময়ে আপনাকে দেশ থেকে পাঠিয়ে দেওয়া উচিত নয়।
protection-coe-ecat-art_14-residence_permit = কিছু সময়ের জন্য থাকার অনুমতি
protection-coe-ecat-art_14-residence_permit-gives = আপনি কিছু সময়ের জন্য দেশে বসবাসের অনুমতিপত্র পেতে পারেন, এবং তা নবায়নের জন্য আবেদন করতে পারেন।
protection-coe-ecat-art_15-compensation_and_legal_aid = ক্ষতির জন্য টাকা ও আইনি সাহায্য
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = আপনি তথ্য ও আইনি সাহায্য পেতে পারেন, এবং যারা আপনার ক্ষতি করেছে তাদের কাছ থেকে টাকা (ক্ষতিপূরণ) চাইতে পারেন।
protection-coe-ecat-art_16-safe_return = নিরাপদে দেশে ফেরা
protection-coe-ecat-art_16-safe_return-gives = আপনি দেশে ফিরতে চাইলে, আপনার নিরাপত্তা ও অধিকারের দিকে খেয়াল রেখে নিরাপদে ফেরার জন্য সাহায্য চাইতে পারেন।
protection-coe-ecat-art_26-non_punishment = যা করতে বাধ্য করা হয়েছে, তার জন্য শাস্তি নয়
protection-coe-ecat-art_26-non_punishment-gives = যে অপরাধ করতে আপনাকে বাধ্য করা হয়েছে, তার জন্য হয়তো আপনাকে শাস্তি দেওয়া হবে না।
caveat-state_chooses_personal_or_cooperation = প্রতিটি দেশ নিজে ঠিক করে কেন এই অনুমতিপত্র দেবে: আপনার নিজের পরিস্থিতির কারণে, আপনি পুলিশকে সাহায্য করছেন বলে, নাকি দুটো কারণেই।
instrument-coe-ecat = Council of Europe Convention on Action against Trafficking in Human Beings (2005) (মানব পাচারের বিরুদ্ধে পদক্ষেপ বিষয়ে ইউরোপ কাউন্সিলের কনভেনশন)
instrument-coe-echr = European Convention on Human Rights (1950) (ইউরোপীয় মানবাধিকার কনভেনশন)
instrument-echr-siliadin = Siliadin v. France, European Court of Human Rights (2005) (সিলিয়াদিন বনাম ফ্রান্স, ইউরোপীয় মানবাধিকার আদালত)

## ইউরোপীয় ইউনিয়ন
protection-eu-directive_2011_36-art_11-assistance = থাকা, স্বাস্থ্য ও ভাষায় সাহায্য
protection-eu-directive_2011_36-art_11-assistance-gives = আপনি থাকার একটি নিরাপদ জায়গা, স্বাস্থ্যসেবা ও একজন দোভাষী পেতে পারেন। এই সাহায্য পেতে আপনাকে পুলিশকে সাহায্য করতে হবে না।
protection-eu-directive_2011_36-art_8-non_prosecution = যা করতে বাধ্য করা হয়েছে, তার জন্য শাস্তি নয়
protection-eu-directive_2011_36-art_8-non_prosecution-gives = যে অপরাধ করতে আপনাকে বাধ্য করা হয়েছে, তার জন্য হয়তো আপনার বিরুদ্ধে মামলা হবে না বা শাস্তি দেওয়া হবে না।
protection-eu-directive_2011_36-art_12-free_legal_representation = বিনা খরচে আইনজীবী ও আইনি পরামর্শ
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = আপনি আইনি পরামর্শ পেতে পারেন, আর খরচ দিতে না পারলে বিনা খরচে একজন আইনজীবী পেতে পারেন।
protection-eu-directive_2011_36-art_13_2-presumed_child = বয়স স্পষ্ট না হলে শিশু হিসেবে গণ্য করা
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = আপনার বয়স কত, তা কেউ নিশ্চিত না হলে, আপনাকে শিশু হিসেবে গণ্য করা হতে পারে, এবং আপনি সঙ্গে সঙ্গে শিশুদের জন্য সাহায্য পেতে পারেন।
protection-eu-directive_2011_36-art_17-compensation = আপনার যে ক্ষতি করা হয়েছে, তার জন্য টাকা
protection-eu-directive_2011_36-art_17-compensation-gives = আপনার যে ক্ষতি করা হয়েছে তা পুষিয়ে দিতে, সহিংস অপরাধের শিকার ব্যক্তিদের জন্য দেশের তহবিল থেকে আপনি টাকা চাইতে পারেন।
protection-eu-directive_2004_81-art_6-reflection_period = ভাবার ও সেরে ওঠার সময়
protection-eu-directive_2004_81-art_6-reflection_period-gives = সেরে উঠতে, যারা আপনার ক্ষতি করেছে তাদের কাছ থেকে দূরে সরে যেতে, এবং পুলিশকে সাহায্য করতে চান কি না তা ঠিক করতে আপনি সময় পেতে পারেন।
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = সাহায্য করার সময় থাকার অনুমতিপত্র
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = মামলায় আপনি পুলিশ বা আদালতকে সাহায্য করার সময় দেশে থাকার অনুমতিপত্র পেতে পারেন।
protection-eu-directive_2009_52-art_6-back_pay = নিয়োগকর্তার কাছে আপনার পাওনা বেতন
protection-eu-directive_2009_52-art_6-back_pay-gives = আপনার কাজ করার অধিকার না থাকলেও, যে বেতন আপনি পাননি তা নিয়োগকর্তার কাছে চাইতে পারেন।
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = খুব খারাপ কাজের পর থাকার অনুমতিপত্র
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = যে নিয়োগকর্তা আপনার সঙ্গে খুব খারাপ আচরণ করেছে, তার বিরুদ্ধে অভিযোগ করলে মামলা চলার সময় আপনি থাকার অনুমতিপত্র পেতে পারেন।
protection-eu-directive_2012_29-art_8-victim_support = অপরাধের পর বিনা খরচে সহায়তা
protection-eu-directive_2012_29-art_8-victim_support-gives = অপরাধের কথা পুলিশকে না জানালেও, কোনো সহায়তা সেবা থেকে আপনি বিনা খরচে ও গোপনে সহায়তা ও পরামর্শ পেতে পারেন।
caveat-may_grant = দেশটি আপনাকে এটি দিতে পারে, কিন্তু দিতেই হবে এমন নয়।
instrument-eu-directive_2011_36 = EU Anti-Trafficking Directive 2011/36/EU (মানব পাচারবিরোধী ইউরোপীয় ইউনিয়ন নির্দেশনা)
instrument-eu-directive_2024_1712 = Directive (EU) 2024/1712 amending the EU Anti-Trafficking Directive (মানব পাচারবিরোধী নির্দেশনা সংশোধনকারী ইউরোপীয় ইউনিয়ন নির্দেশনা)
instrument-eu-directive_2004_81 = EU Directive 2004/81/EC on residence permits for victims of trafficking (পাচারের শিকার ব্যক্তিদের বসবাসের অনুমতিপত্র বিষয়ে ইউরোপীয় ইউনিয়ন নির্দেশনা)
instrument-eu-directive_2009_52 = EU Employer Sanctions Directive 2009/52/EC (নিয়োগকর্তাদের শাস্তি বিষয়ে ইউরোপীয় ইউনিয়ন নির্দেশনা)
instrument-eu-directive_2012_29 = EU Victims' Rights Directive 2012/29/EU (অপরাধের শিকার ব্যক্তিদের অধিকার বিষয়ে ইউরোপীয় ইউনিয়ন নির্দেশনা)

# Entitle: Bengali. Messages for the legal data of the United Kingdom, the United States, Canada and Australia.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## যুক্তরাজ্য
protection-gb-nrm_guidance-first_responders-nrm_referral = সরকারি সহায়তার জন্য আপনার নাম পাঠানো
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = একজন পুলিশ কর্মকর্তা, স্থানীয় কাউন্সিলের কর্মী, বা কোনো সহায়তাকারী দাতব্য সংস্থা আপনার তথ্য যুক্তরাজ্যের সহায়তা ব্যবস্থায় পাঠাতে পারে। তারপর আপনার বিষয়টি দেখা হতে পারে, এবং আপনি সাহায্য পেতে পারেন।
caveat-first_responder_only_adults_consent = আপনি নিজে নিজের নাম পাঠাতে পারবেন না। পুলিশ, কাউন্সিল বা অনুমোদিত কোনো দাতব্য সংস্থাকে তা করতে হবে। আপনি প্রাপ্তবয়স্ক হলে, তাদের আগে আপনার সম্মতি নিতে হবে।
protection-gb-nrm_guidance-recovery-recovery_period = সহায়তাসহ বিশ্রাম নেওয়া ও সেরে ওঠার সময়
protection-gb-nrm_guidance-recovery-recovery_period-gives = আপনার বিষয়টি দেখার সময় আপনি থাকার একটি নিরাপদ জায়গা, স্বাস্থ্যসেবা, একজন দোভাষী, এবং আপনাকে সহায়তা করার মতো একজন মানুষ পেতে পারেন।
caveat-public_order_disqualification = হোম অফিস যদি মনে করে আপনি জনসাধারণের জন্য বিপজ্জনক, তাহলে এই সাহায্য দিতে অস্বীকার করতে পারে। যা ঘটেছে সে বিষয়ে আপনি সৎ ছিলেন না বলে মনে করলেও অস্বীকার করতে পারে।
protection-gb-msa_2015-s_45_1-defence_for_adults = আইন ভাঙতে বাধ্য হলে আত্মপক্ষ সমর্থন
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = শোষণের কারণে আপনাকে বেআইনি কিছু করতে বাধ্য করা হলে, আপনি তা আদালতকে বলতে পারেন। অভিযোগের বিরুদ্ধে এটি আত্মপক্ষ সমর্থনের যুক্তি হতে পারে।
protection-gb-msa_2015-s_45_4-defence_for_children = আইন ভাঙতে বাধ্য শিশুদের জন্য আত্মপক্ষ সমর্থন
protection-gb-msa_2015-s_45_4-defence_for_children-gives = শোষণের শিকার হচ্ছিলেন বলে আপনি বেআইনি কিছু করে থাকলে, তা আদালতকে বলতে পারেন, এবং এটি আত্মপক্ষ সমর্থনের যুক্তি হতে পারে। আপনাকে বাধ্য করা হয়েছিল, তা দেখাতে হবে না।
caveat-schedule_4_offences_excluded = এই আত্মপক্ষ সমর্থন কিছু খুব গুরুতর অপরাধের ক্ষেত্রে খাটে না, যেমন খুন, বা গুরুতর সহিংস বা যৌন অপরাধ। এটি শুধু ইংল্যান্ড ও ওয়েলসে প্রযোজ্য।
protection-gb-msa_2015-s_8-reparation_order = যে আপনাকে শোষণ করেছে, তাকে টাকা দেওয়ার আদেশ
protection-gb-msa_2015-s_8-reparation_order-gives = যে আপনাকে শোষণ করেছে, আপনার যে ক্ষতি সে করেছে তার জন্য আদালত তাকে আপনাকে টাকা দিতে আদেশ দিতে পারে।
caveat-needs_conviction_and_confiscation_order = এটি শুধু তখনই হয়, যখন ব্যক্তিটি দোষী সাব্যস্ত হয় এবং আদালত তার কাছ থেকে টাকা বাজেয়াপ্ত করে। আদালত যত টাকা নিয়েছে, তার বেশি আপনি পাবেন না।
protection-gb-naba_2022-s_65-temporary_permission_to_stay = যুক্তরাজ্যে থাকার সাময়িক অনুমতি
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = আপনাকে কিছু সময় যুক্তরাজ্যে থাকতে দেওয়া হতে পারে। এটি সেরে ওঠার জন্য, আপনার ক্ষতির জন্য টাকা চাওয়ার জন্য, বা পুলিশকে সাহায্য করার জন্য হতে পারে।
caveat-recovery_ground_paused = এই মুহূর্তে হোম অফিস সেরে ওঠার জন্য থাকার আবেদনের সিদ্ধান্ত নিচ্ছে না। বহিষ্কারের আদেশ (ডিপোর্টেশন অর্ডার) আছে এমন কারো কোনো আবেদনেরও সিদ্ধান্ত নিচ্ছে না।

## যুক্তরাষ্ট্র
protection-us-t_rule_2002-s_214_11-t_status_adult = প্রাপ্তবয়স্কদের জন্য T ভিসা (পুরোনো নিয়ম)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = আপনি এমন একটি ভিসার আবেদন করতে পারেন, যা দিয়ে কয়েক বছর যুক্তরাষ্ট্রে বসবাস ও কাজ করতে পারবেন। পরে হয়তো স্থায়ীভাবে থাকার আবেদন করতে পারবেন।
caveat-trauma_exception_and_extreme_hardship = মানসিক আঘাতের (ট্রমা) কারণে পুলিশকে সাহায্য করা খুব কঠিন হলে, হয়তো আপনাকে তা করতে হবে না। কিন্তু আপনাকে দেখাতে হবে যে যুক্তরাষ্ট্র ছেড়ে গেলে আপনার খুব গুরুতর ক্ষতি হবে।
protection-us-t_rule_2002-s_214_11-t_status_child = শিশুদের জন্য T ভিসা (পুরোনো নিয়ম)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = আপনি এমন একটি ভিসার আবেদন করতে পারেন, যা দিয়ে কয়েক বছর যুক্তরাষ্ট্রে বসবাস, পড়াশোনা ও কাজ করতে পারবেন। পরে হয়তো স্থায়ীভাবে থাকার আবেদন করতে পারবেন।
caveat-extreme_hardship_required = আপনাকে দেখাতে হবে যে যুক্তরাষ্ট্র ছাড়তে বাধ্য করা হলে আপনার খুব গুরুতর ক্ষতি হবে।
protection-us-t_rule_2024-s_214_202-t_status_adult = প্রাপ্তবয়স্কদের জন্য T ভিসা
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = আপনি এমন একটি ভিসার আবেদন করতে পারেন, যা দিয়ে কয়েক বছর যুক্তরাষ্ট্রে বসবাস ও কাজ করতে পারবেন। পরে হয়তো স্থায়ীভাবে থাকার আবেদন করতে পারবেন।
protection-us-t_rule_2024-s_214_202-t_status_child = শিশুদের জন্য T ভিসা
protection-us-t_rule_2024-s_214_202-t_status_child-gives = আপনি এমন একটি ভিসার আবেদন করতে পারেন, যা দিয়ে কয়েক বছর যুক্তরাষ্ট্রে বসবাস, পড়াশোনা ও কাজ করতে পারবেন। পরে হয়তো স্থায়ীভাবে থাকার আবেদন করতে পারবেন।
protection-us-tvpa_2000-s_107_c_3-continued_presence = পুলিশের মামলা চলার সময় থাকার অনুমতি
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = আপনার বিরুদ্ধে হওয়া অপরাধের তদন্ত চলার সময় আপনাকে যুক্তরাষ্ট্রে থাকতে এবং বৈধভাবে কাজ করতে দেওয়া হতে পারে।
caveat-requested_by_law_enforcement_only = আপনি নিজে এটি চাইতে পারবেন না। শুধু পুলিশ বা অন্য কোনো আইন প্রয়োগকারী দপ্তর আপনার জন্য এটি চাইতে পারে।
protection-us-ina-s_101_a_15_u-u_status = গুরুতর অপরাধে ক্ষতিগ্রস্ত মানুষের জন্য U ভিসা
protection-us-ina-s_101_a_15_u-u_status-gives = আপনি এমন একটি ভিসার আবেদন করতে পারেন, যা দিয়ে কয়েক বছর যুক্তরাষ্ট্রে বসবাস ও কাজ করতে পারবেন। পরে হয়তো স্থায়ীভাবে থাকার আবেদন করতে পারবেন।
caveat-certification_and_substantial_abuse_required = আপনার লাগবে পুলিশ বা অন্য কোনো সংস্থার স্বাক্ষর করা একটি ফর্ম, যাতে বলা থাকবে যে আপনি তাদের সাহায্য করেছেন। আপনাকে এটাও দেখাতে হবে যে অপরাধটি আপনার শরীর বা মনের গুরুতর ক্ষতি করেছে।
protection-us-usc_18-s_1593-mandatory_restitution = আপনার ক্ষতির জন্য আদালতের আদেশে টাকা
protection-us-usc_18-s_1593-mandatory_restitution-gives = যে আপনাকে শোষণ করেছে, আদালত তাকে আপনার ক্ষতির টাকা দিতে আদেশ দিতে পারে; যে বেতন আপনার পাওয়ার কথা ছিল, তাও এর মধ্যে পড়ে।
caveat-only_on_conviction = ব্যক্তিটি ফৌজদারি আদালতে দোষী সাব্যস্ত হলেই শুধু আপনি এই টাকা পাবেন।
protection-us-usc_18-s_1595-civil_action = ক্ষতির জন্য আদালতে টাকা চাওয়া
protection-us-usc_18-s_1595-civil_action-gives = যে আপনাকে শোষণ করেছে, তার কাছ থেকে টাকা চাইতে আপনি নিজেই আদালতে মামলা করতে পারেন। এ থেকে যে জেনেশুনে টাকা কামিয়েছে, তার কাছেও চাইতে পারেন।
caveat-stayed_during_criminal_case = একই অপরাধ নিয়ে ফৌজদারি মামলা চললে, সেই মামলা শেষ না হওয়া পর্যন্ত আপনার নিজের মামলাকে অপেক্ষা করতে হবে।
protection-us-flsa-s_16_b-back_wages = আপনার না-পাওয়া মজুরি ফেরত পান
protection-us-flsa-s_16_b-back_wages-gives = আপনার পাওনা ন্যূনতম মজুরি ও ওভারটাইম আপনি চাইতে পারেন, এবং বাড়তি টাকা হিসেবে আবার একই পরিমাণ চাইতে পারেন।
caveat-any_immigration_status = সরকার বলে, কাগজপত্র না থাকলেও এটি প্রযোজ্য। কিন্তু কিছু আদালত কাগজপত্রহীন শ্রমিকদের অন্যান্য ধরনের হারানো বেতন সীমিত করে।

## কানাডা
protection-ca-irpa-s_24-vtip_trp_until_2025 = কানাডায় থাকার অনুমতিপত্র (পুরোনো নিয়ম)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = কিছু সময় বৈধভাবে কানাডায় থাকার জন্য আপনি অনুমতিপত্রের আবেদন করতে পারেন। তখন আপনি বিশ্রাম নিতে, সেরে উঠতে, এবং এরপর কী করবেন তা ঠিক করতে পারবেন।
protection-ca-irpa-s_24-vtip_trp = কানাডায় থাকার অনুমতিপত্র
protection-ca-irpa-s_24-vtip_trp-gives = কানাডায় বৈধভাবে থাকার জন্য আপনি অনুমতিপত্রের আবেদন করতে পারেন, যাতে নিরাপদে থাকতে, সেরে উঠতে, এবং এরপর কী করবেন তার পরিকল্পনা করতে পারেন।
protection-ca-ircc_vtip-subsequent_trp-further_permit = থাকা চালিয়ে যেতে নতুন অনুমতিপত্র
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = আপনার অনুমতিপত্রের মেয়াদ শেষ হয়ে এলে, কানাডায় আরও বেশি দিন থাকতে নতুন একটির আবেদন করতে পারেন।
caveat-later_permits_refused_after_criminal_case = নিয়মে বলা আছে আপনাকে পুলিশকে সাহায্য করতে হবে না। কিন্তু ফৌজদারি মামলা শেষ হওয়ার পর কিছু মানুষকে নতুন অনুমতিপত্র দিতে অস্বীকার করা হয়েছে।
protection-ca-ircc_vtip-interim_federal_health-health_coverage = অনুমতিপত্র থাকা অবস্থায় স্বাস্থ্যসেবা
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = সরকারের খরচে আপনি স্বাস্থ্যসেবা ও কাউন্সেলিং পেতে পারেন।
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = কানাডায় কাজের অনুমতিপত্র
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = কানাডায় বৈধভাবে কাজ করার জন্য আপনি অনুমতিপত্রের আবেদন করতে পারেন, যাতে নিরাপদে টাকা আয় করতে পারেন।

## অস্ট্রেলিয়া
protection-au-stpp-intensive_support_stream-support = থাকা, স্বাস্থ্য ও পরামর্শে সহায়তা
protection-au-stpp-intensive_support_stream-support-gives = আপনি থাকার একটি নিরাপদ জায়গা, স্বাস্থ্যসেবা, কাউন্সেলিং ও একজন দোভাষী পেতে পারেন। আইন ও ভিসা নিয়ে পরামর্শ, এবং আপনাকে সাহায্য করার জন্য একজন সহায়তাকর্মীও পেতে পারেন।
caveat-afp_referral_required = অস্ট্রেলিয়ান ফেডারেল পুলিশ এর জন্য আপনার নাম পাঠালেই শুধু আপনি এই সহায়তা পেতে পারেন।
protection-au-stpp-additional_referral_pathway-referral_without_police = পুলিশের কাছে না গিয়েও সাহায্য পান
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = নিরাপদে থাকার বিষয়ে আপনি একটি সহায়তা সেবার সঙ্গে কথা বলতে পারেন, এবং বিনা খরচে আইনি পরামর্শ পেতে পারেন। পুলিশের কাছে না গিয়েই তারা আপনাকে সহায়তা কর্মসূচিতে যোগ দিতে সাহায্য করতে পারে।
caveat-under_16_without_guardian_referred_to_child_protection = আপনার বয়স 16-এর কম হলে, এবং দেখাশোনা করার মতো কোনো নিরাপদ প্রাপ্তবয়স্ক না থাকলে, সেবাটিকে এর বদলে আপনাকে শিশু সুরক্ষা সেবা ও পুলিশের কাছে পাঠাতে হবে।
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = পুলিশ ছাড়াই সাহায্য পান (মেয়াদ বাড়ানো)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = নিরাপদে থাকার বিষয়ে আপনি একটি সহায়তা সেবার সঙ্গে কথা বলতে পারেন, এবং বিনা খরচে আইনি পরামর্শ পেতে পারেন। পুলিশের কাছে না গিয়েই তারা আপনাকে সহায়তা কর্মসূচিতে যোগ দিতে সাহায্য করতে পারে।
caveat-extension_end_date_unknown = সাহায্য পাওয়ার এই পথের মেয়াদ বাড়ানো হয়েছিল, কিন্তু কবে শেষ হবে আমরা জানি না, তাই এটি এখনো খোলা আছে কি না দেখে নিন।
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = বিশ্রাম ও সেরে ওঠার জন্য স্বল্পমেয়াদি ভিসা
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = বিশ্রাম নেওয়া, সেরে ওঠা এবং এরপর কী করবেন তা ভাবার সময় অস্ট্রেলিয়ায় বৈধভাবে থাকার জন্য আপনি একটি স্বল্পমেয়াদি ভিসা পেতে পারেন।
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = অস্ট্রেলিয়ায় থাকার স্থায়ী ভিসা
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = আপনি হয়তো স্থায়ীভাবে অস্ট্রেলিয়ায় থেকে এখানে জীবন গড়তে পারবেন।
caveat-certificate_of_contribution_required = আপনার লাগবে সরকারের একটি কাগজ, যাতে বলা থাকবে যে আপনি ইতিমধ্যে পুলিশের কোনো মামলা বা বিচারে সাহায্য করেছেন; শুধু সাহায্য করতে রাজি থাকা যথেষ্ট নয়।

## আইনি উৎসের নাম
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (যুক্তরাজ্যের আধুনিক দাসত্ব আইন)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (যুক্তরাজ্যের জাতীয়তা ও সীমান্ত আইন)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009) (জাতীয় রেফারাল ব্যবস্থা বিষয়ে যুক্তরাজ্যের হোম অফিসের নির্দেশিকা)
instrument-us-ina = US Immigration and Nationality Act of 1952 (যুক্তরাষ্ট্রের অভিবাসন ও জাতীয়তা আইন)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (যুক্তরাষ্ট্রের পাচারের শিকার ব্যক্তি সুরক্ষা আইন)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948) (যুক্তরাষ্ট্রের আইনসংহিতা, টাইটেল 18: অপরাধ ও ফৌজদারি কার্যবিধি)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002) (T অনভিবাসী মর্যাদা বিষয়ে যুক্তরাষ্ট্রের বিধি)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024) (T অনভিবাসী মর্যাদা বিষয়ে যুক্তরাষ্ট্রের চূড়ান্ত বিধি)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007) (U অনভিবাসী মর্যাদা বিষয়ে যুক্তরাষ্ট্রের বিধি)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (যুক্তরাষ্ট্রের ন্যায্য শ্রম মানদণ্ড আইন)
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001) (কানাডার অভিবাসন ও শরণার্থী সুরক্ষা আইন)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006) (মানব পাচারের শিকার ব্যক্তিদের সাময়িক বসবাসের অনুমতিপত্র বিষয়ে কানাডার IRCC-র নির্দেশনা)
instrument-au-stpp = Australian Support for Trafficked People Program (2004) (পাচারের শিকার মানুষের জন্য অস্ট্রেলিয়ার সহায়তা কর্মসূচি)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (অস্ট্রেলিয়ার অভিবাসন বিধিমালা)

## বেতনের দাবি: যে আইন ন্যূনতম মজুরি ও সময়সীমা ঠিক করে, এবং প্রতিটি অঙ্ক সম্পর্কে একজন আইনজীবীর যা জানা উচিত
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australia) (অস্ট্রেলিয়ার ন্যায্য কাজ আইন)
instrument-ca-clc = Canada Labour Code (1985) (কানাডার শ্রম আইনসংহিতা)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (যুক্তরাজ্যের জাতীয় ন্যূনতম মজুরি আইন)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (যুক্তরাজ্যের জাতীয় ন্যূনতম মজুরি বিধিমালা)
instrument-gb-era_1996 = Employment Rights Act 1996 (যুক্তরাজ্যের কর্মসংস্থান অধিকার আইন)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (যুক্তরাজ্যের তামাদি আইন)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (অপরাধে আঘাতের ক্ষতিপূরণ বিষয়ে যুক্তরাজ্যের প্রকল্প)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (কাজের সময় গণনা বিষয়ে যুক্তরাষ্ট্রের আইন)
caveat-above_compulsory_school_age = এই হার শুরু হয় কেবল তরুণটি বাধ্যতামূলক স্কুলশিক্ষার বয়স পার হওয়ার পর, তার 16তম জন্মদিনে নয়।
caveat-apprentice_rate_conditions = শিক্ষানবিশদের জন্য একটি কম হার এখানে ধরা হয়নি। এটি শুধু 19 বছরের কম বয়সী শিক্ষানবিশদের, বা প্রথম বছরের শিক্ষানবিশদের জন্য। বাকি সবাই তাদের বয়সের হার পান।
caveat-au_awards_set_higher_minima = বেশির ভাগ শ্রমিকের একটি অ্যাওয়ার্ড বা চুক্তি আছে, যাতে ন্যূনতম মজুরি বেশি, তাই প্রায়ই তাদের আরও বেশি পাওনা থাকে। 21 বছরের কম বয়সী শ্রমিক ও শিক্ষানবিশদের নিজস্ব হার আছে, যা এখানে গোনা হয়নি।
caveat-au_state_victims_schemes_vary = প্রতিটি রাজ্য ও টেরিটরির অপরাধের শিকার ব্যক্তিদের জন্য নিজস্ব অর্থ সহায়তা আর নিজস্ব সময়সীমা আছে। এর কোনোটিই এখানে গোনা হয়নি।
caveat-ca_federal_complaint_24_month_cap = এই অভিযোগ শুধু ফেডারেল আইনের আওতাভুক্ত চাকরির জন্য। অভিযোগের আগের 24 মাসের বেতনই শুধু ফেরত পাওয়া যায়। অন্য শ্রমিকেরা তাদের প্রদেশের আইনে অভিযোগ করেন।
caveat-ca_federal_sectors_only = এই ফেডারেল হার শুধু ফেডারেল খাতের চাকরির জন্য, যেমন ব্যাংক, বিমান সংস্থা, এবং এক প্রদেশ থেকে আরেক প্রদেশে পরিবহন। বেশির ভাগ শ্রমিকের জন্য তাদের প্রদেশের হার প্রযোজ্য। সেটি বেশি হলে সেটিই পাওনা।
caveat-ca_overtime_daily_limit_and_exemptions = এক দিনে 8 ঘণ্টার বেশি কাজের জন্যও ওভারটাইম পাওনা। ম্যানেজার ও কিছু চাকরির জন্য অন্য নিয়ম প্রযোজ্য।
caveat-cics_exceptions_and_crime_of_violence = এই প্রকল্প শুধু গ্রেট ব্রিটেনে সহিংস অপরাধে আঘাতের জন্য টাকা দেয়। শৈশবের নির্যাতনের ক্ষেত্রে অন্য সময়সীমা প্রযোজ্য। বিশেষ ক্ষেত্রে দেরিতে করা দাবিও গ্রহণ করা যায়।
caveat-counts_back_from_notice = ছয় বছর গোনা হয় কর্মকর্তা যেদিন নোটিশ পাঠান সেদিন থেকে পেছনের দিকে, আপনি যেদিন অভিযোগ করেন সেদিন থেকে নয়। তাই কর্তৃপক্ষ ধীরে কাজ করলে ফেরত পাওয়ার পরিমাণ কমে যায়।
caveat-each_payment_separately = কম দেওয়া প্রতিটি বেতনের দিনের জন্য আলাদা ছয় বছর আছে, তাই সবচেয়ে পুরোনো মাসগুলোর সময় আগে শেষ হয়।
caveat-early_conciliation_and_two_year_backstop = আপনি প্রাথমিক আপস-মীমাংসার (ACAS) মধ্য দিয়ে গেলে তিন মাসের সময় বেড়ে যায়। কিন্তু ট্রাইব্যুনাল শুধু দাবি করার আগের দুই বছরে যা কেটে নেওয়া হয়েছে, ততটুকুই দেওয়ার আদেশ দিতে পারে।
caveat-good_faith_may_reduce = নিয়োগকর্তা সরল বিশ্বাসে কাজ করেছে বলে দেখাতে পারলে, আদালত বাড়তি পরিমাণটি কমাতে বা না দিতে পারে।
caveat-live_in_domestic_workers_exempt = নিয়োগকর্তার বাড়িতে থাকা গৃহকর্মীর ওভারটাইম পাওনা হয় না। তবু প্রতিটি ঘণ্টার জন্য তার ন্যূনতম মজুরি পাওনা। কোনো এজেন্সি তাকে নিয়োগ দিলে এই ব্যতিক্রম প্রযোজ্য নয়।
caveat-nmw_exclusions = কিছু মানুষ কোনো ন্যূনতম মজুরি পান না, যেমন যিনি যে পরিবারের জন্য কাজ করেন তাদের সঙ্গেই থাকেন এবং তাকে পরিবারের একজন হিসেবে দেখা হয়। একজন আইনজীবী এটি যাচাই করতে পারেন।
caveat-state_and_local_minimums_often_higher = এটি শুধু ফেডারেল ন্যূনতম মজুরি। অনেক রাজ্য ও শহরে এর চেয়ে বেশি, এবং বেশিটাই পাওনা। সেগুলো আমাদের কাছে নেই।
caveat-ten_years_after_18_if_minor = আপনার বয়স 18-এর কম থাকলে, 18তম জন্মদিনের পর 10 বছর পর্যন্ত দাবি করতে পারেন, যদি সেটি পরে হয়।
caveat-three_years_if_willful = নিয়োগকর্তা জানত যে সে আইন ভাঙছে, এমন হলে সময়সীমা তিন বছর। কম দেওয়া প্রতিটি বেতনের দিনের আলাদা সময়সীমা আছে, তাই সবচেয়ে পুরোনো সপ্তাহগুলোর সময় আগে শেষ হয়।

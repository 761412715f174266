# Entitle: العربية. رسائل البيانات القانونية للفلبين وقطر وتايلاند ورابطة آسيان. كتبها فريق Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## الفلبين
protection-ph-ra_9208-s_17-not_penalised = لا عقاب على جرائم أُجبرت عليها
protection-ph-ra_9208-s_17-not_penalised-gives = لا ينبغي أن تُعاقَب على جرائم جعلك المتّجرون بالأشخاص ترتكبها، أو جاءت نتيجة الاتجار بك.
protection-ph-ra_9208-s_18-witness_protection = الحماية كشاهد
protection-ph-ra_9208-s_18-witness_protection-gives = قد تستطيع الانضمام إلى برنامج الحكومة الذي يحمي الشهود، مثلًا بمكان آمن للعيش.
protection-ph-ra_9208-s_19-continued_presence = إذن بالبقاء في الفلبين
protection-ph-ra_9208-s_19-continued_presence-gives = قد يُسمح لك بالبقاء في الفلبين لمدة، حتى لا تضطر إلى مغادرة البلد فورًا.
protection-ph-ra_9208-s_19-assistance = نفس المساعدة التي يحصل عليها الناجون الفلبينيون
protection-ph-ra_9208-s_19-assistance-gives = قد تحصل على نفس الحماية والمساعدة والخدمات التي يحصل عليها الفلبينيون الذين هم في مثل وضعك.
protection-ph-ra_9208-s_3_a-child_without_means = الأطفال لا يحتاجون إلى إثبات الإجبار أو الكذب
protection-ph-ra_9208-s_3_a-child_without_means-gives = لست مضطرًا أن تُثبت أن أحدًا أجبرك أو خدعك أو هددك. ما حدث لك يمكن مع ذلك أن يُعتبر اتجارًا بالأشخاص.
caveat-section_number_from_2003_act = رقم المادة مأخوذ من قانون 2003، وقد تكون التعديلات اللاحقة على القانون نقلت هذه القاعدة أو غيّرتها.
caveat-tied_to_prosecution = مدة بقائك تتوقف على ما تحتاجه القضية ضد المتّجرين بالأشخاص، لا على ما تحتاجه أنت فقط.
caveat-child_includes_adults_unable_to_protect_themselves = يعامل القانون أيضًا بعض البالغين كأطفال إذا كان مرض أو إعاقة يمنعهم من حماية أنفسهم، لكن هذا التطبيق لا يسأل عن ذلك.
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208) (قانون مكافحة الاتجار بالأشخاص في الفلبين لعام 2003)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364) (قانون مكافحة الاتجار بالأشخاص الموسَّع في الفلبين لعام 2012)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862) (قانون مكافحة الاتجار بالأشخاص الموسَّع في الفلبين لعام 2022)

## قطر
protection-qa-law_17_2020-art_2-minimum_wage = حد أدنى للأجر لكل عامل
protection-qa-law_17_2020-art_2-minimum_wage-gives = يجب أن تحصل كل شهر على أجر أساسي على الأقل، ومعه مال للطعام والسكن إذا كان صاحب العمل لا يعطيك هذين.
protection-qa-law_18_2020-law-change_employer_without_noc = تغيير صاحب العمل دون إذن منه
protection-qa-law_18_2020-law-change_employer_without_noc-gives = يمكنك أن تنتقل إلى صاحب عمل جديد قبل انتهاء عقدك، دون رسالة إذن (عدم ممانعة) من صاحب عملك الحالي.
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = مغادرة قطر دون إذن صاحب العمل
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = يمكنك أن تغادر قطر، في رحلة قصيرة أو بشكل نهائي، دون أن تطلب من صاحب عملك تصريح خروج.
protection-qa-law_13_2017-committees-wage_claim = المطالبة بالأجر غير المدفوع أمام لجنة عمالية
protection-qa-law_13_2017-committees-wage_claim-gives = يمكنك أن تقدّم مطالبة إلى لجنة عمالية خاصة بالأجر والأموال الأخرى التي يدين بها لك صاحب العمل.
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = صندوق يدفع الأجر الذي لا يدفعه صاحب العمل
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = إذا ربحت مطالبة بالأجر وظل صاحب العمل لا يدفع، قد يدفع لك صندوق حكومي المال بدلًا منه.
protection-qa-law_15_2011-art_2-identification_as_victim = الاعتراف بك كشخص تعرّض للاتجار بالأشخاص
protection-qa-law_15_2011-art_2-identification_as_victim-gives = قد يُعترف بك كشخص تعرّض للاتجار بالأشخاص. وهذا يمكن أن يفتح لك الطريق إلى الحماية، مثل مأوى آمن.
caveat-amounts_reviewed_yearly = تراجع الحكومة هذه المبالغ مرة في السنة على الأقل، لذلك قد تكون تغيّرت منذ آخر مرة تحققنا منها.
caveat-which_law_removed_noc_disputed = المصادر لا تتفق على أي قانون من قوانين 2020 ألغى الحاجة إلى إذن صاحب العمل، لذلك نعرض القانونين.
caveat-domestic_workers_from_2020_and_five_percent_exception = العمال المنزليون لم يُشمَلوا إلا ابتداءً من يناير 2020، ولا يزال يمكن لأصحاب العمل أن يحددوا عددًا قليلًا من الموظفين يحتاجون إلى إذن للمغادرة؛ وهناك لجنة تنظر في الشكاوى.
caveat-domestic_workers_coverage_not_checked = لم نتحقق إن كان العمال المنزليون يستطيعون أن يقدّموا مطالباتهم إلى هذه اللجان.
caveat-payment_conditions_and_caps = الصندوق يدفع فقط في حالات معينة، وتقول تقارير إن هناك حدًا لما يدفعه.
caveat-victim_protection_articles_not_verified = لم نستطع قراءة أجزاء هذا القانون التي تتعلق بحماية ضحايا الاتجار بالأشخاص، لذلك التفاصيل هنا غير مؤكدة.
instrument-qa-law_17_2020 = القانون القطري رقم (17) لسنة 2020 بشأن تحديد الحد الأدنى لأجور العمال والمستخدمين في المنازل
instrument-qa-law_18_2020 = القانون القطري رقم (18) لسنة 2020 بتعديل بعض أحكام قانون العمل
instrument-qa-law_19_2020 = القانون القطري رقم (19) لسنة 2020 بتعديل بعض أحكام قانون تنظيم دخول وخروج الوافدين وإقامتهم
instrument-qa-law_13_2018 = القانون القطري رقم (13) لسنة 2018 بتعديل بعض أحكام قانون تنظيم دخول وخروج الوافدين وإقامتهم
instrument-qa-law_13_2017 = القانون القطري رقم (13) لسنة 2017 بتعديل بعض أحكام قانون العمل (لجان فض المنازعات العمالية)
instrument-qa-law_17_2018 = القانون القطري رقم (17) لسنة 2018 بإنشاء صندوق دعم وتأمين العمال
instrument-qa-law_15_2011 = القانون القطري رقم (15) لسنة 2011 بشأن مكافحة الاتجار بالبشر

## تايلاند
protection-th-atipa_2551-s_33-assistance = مأوى ورعاية صحية ومساعدة أخرى
protection-th-atipa_2551-s_33-assistance-gives = قد تحصل على طعام، ومكان للإقامة، ورعاية طبية، ومساعدة على التعافي، ومساعدة قانونية، ومساعدة للعودة إلى بلدك.
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = أن يخبروك عن التعويض والمساعدة القانونية
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = يجب على الموظفين الرسميين أن يخبروك فورًا أنك تستطيع أن تطلب مالًا مقابل الأذى الذي لحق بك، وأنك تستطيع أن تحصل على مساعدة قانونية.
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = يمكن للنيابة العامة أن تطالب بالتعويض عنك
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = إذا كنت تريد مالًا مقابل الأذى الذي لحق بك، يمكن للمدعي العام أن يطلبه لك من المحكمة.
protection-th-atipa_2551-s_37-temporary_stay_and_work = إذن بالبقاء والعمل لمدة
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = قد يُسمح لك بالبقاء في تايلاند لمدة، وبالعمل وأنت هناك.
protection-th-atipa_2551-s_38-return_home = مساعدة للعودة إلى بلدك بأمان
protection-th-atipa_2551-s_38-return_home-gives = قد تحصل على مساعدة للعودة إلى بلدك بأسرع ما يمكن.
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = لا اتهام بمخالفات الهجرة أو الأوراق
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = لا ينبغي أن تُتّهم بسبب دخولك تايلاند أو بقائك فيها دون إذن، أو بسبب أوراق مزوّرة أو غير صحيحة معك.
caveat-purpose_limited_stay = البقاء هو لأمور مثل قضية في المحكمة، أو علاج، أو تعافٍ، أو مطالبة بتعويض؛ لا نعرف كم يستمر أو إن كان يُعطى دائمًا.
caveat-minister_may_permit_prosecution = يمكن لوزير العدل مع ذلك أن يسمح باتهامك، لكن يجب أن يفعل ذلك كتابةً.
instrument-th-atipa_2551 = Thailand Anti-Trafficking in Persons Act B.E. 2551 (2008) (قانون مكافحة الاتجار بالأشخاص في تايلاند)

## آسيان
protection-asean-actip-art_14_8-no_unreasonable_detention = لا حبس بدون سبب مقبول
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = لا ينبغي أن تُحتجز أو تُحبس بدون سبب مقبول.
caveat-identified_victims_only = هذا يحمي فقط الأشخاص الذين اعترفت السلطات بالفعل بأنهم تعرّضوا للاتجار بالأشخاص، لذلك يجب أن يتم الاعتراف بك أولًا.
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015) (اتفاقية آسيان لمكافحة الاتجار بالأشخاص، وبخاصة النساء والأطفال)

## المطالبة بالأجر: القوانين التي تحدد الحد الأدنى للأجور والمهل، وما يجب أن يعرفه المحامي عن كل رقم
instrument-ph-labor_code = قانون العمل الفلبيني لسنة 1974 (Labor Code of the Philippines)
instrument-ph-ra_7309 = القانون الجمهوري رقم 7309 بشأن مجلس المطالبات، لسنة 1992 (Republic Act No. 7309, Board of Claims)
instrument-qa-labour_law_14_2004 = القانون القطري رقم (14) لسنة 2004 بإصدار قانون العمل
instrument-qa-law_15_2017 = القانون القطري رقم (15) لسنة 2017 بشأن المستخدمين في المنازل
instrument-th-lpa_2541 = قانون حماية العمل، سنة 2541 بالتقويم البوذي (1998)
instrument-th-ccc_book1_2535 = القانون المدني والتجاري، الكتاب الأول (بعد تعديله سنة 2535 بالتقويم البوذي)
instrument-th-victim_compensation_act_2544 = قانون تعويض المتضرر، وتعويض المتهم ونفقاته في القضايا الجنائية، سنة 2544 بالتقويم البوذي (2001)
caveat-ph_board_of_claims_violent_crimes = مجلس المطالبات يدفع فقط لضحايا جرائم العنف، وبحد أقصى 10,000 بيزو.
caveat-ph_money_claims_any_forum = مهلة السنوات الثلاث نفسها تنطبق على كل مطالبة بمال من العمل، أينما قُدّمت.
caveat-ph_ncr_only = هذا هو الحد الأدنى في مانيلا الكبرى (Metro Manila) فقط. المناطق الأخرى لها حد أدنى يومي خاص بها، وكثيرًا ما يكون أقل. استعمل هذا الرقم فقط للعمل في مانيلا الكبرى.
caveat-qa_domestic_workers_own_limit = العمال المنزليون لهم قانون خاص بهم. وهو أيضًا يعطي مهلة سنة من نهاية العقد أو من يوم تركهم العمل.
caveat-qa_food_and_housing_allowances = هذا هو الأجر الأساسي فقط. إذا لم يوفّر صاحب العمل طعامًا وسكنًا لائقين، فعليه أيضًا أن يدفع 300 ريال في الشهر للطعام و500 ريال للسكن.
caveat-qa_one_year_of_365_days_stopped_by_complaint = يجب أن تُقدَّم المطالبة خلال 365 يومًا بعد انتهاء العقد. وتتوقف المدة بينما تنظر وزارة العمل في شكوى.
caveat-qa_overtime_daily_night_and_exclusions = أجر الساعات الإضافية مستحق أيضًا بعد 8 ساعات في اليوم (6 ساعات في رمضان)، ويكون أكثر في الليل. ولا ينطبق هذا على العمال المنزليين. ولم نحسبه هنا.
caveat-th_each_unpaid_wage_runs_separately = كل أجر لم يُدفع له مهلة سنتين خاصة به، لذلك تنتهي مهلة أقدم الأشهر أولًا. وإذا اعترف صاحب العمل بالدين كتابةً أو دفع جزءًا منه، تبدأ السنتان من جديد.
caveat-th_fund_listed_crimes_from_knowledge = مدفوعات الدولة هي فقط لضحايا بعض الجرائم، مثل إيذاء الجسم والجرائم الجنسية. وتبدأ السنة عندما تعرف بالجريمة.
caveat-th_lowest_provincial_rate = هذا هو أقل حد أدنى يومي في أي مكان في تايلاند. الحد الأدنى في محافظتك غالبًا أعلى، وهو المستحق.
caveat-th_overtime_daily_and_holiday = أجر الساعات الإضافية مستحق بعد الساعات العادية في كل يوم، والعمل في يوم عطلة أجره أعلى. ولم نحسبه هنا.

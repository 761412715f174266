# Entitle: العربية. رسائل البيانات القانونية للمملكة المتحدة والولايات المتحدة وكندا وأستراليا. كتبها فريق Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## المملكة المتحدة
protection-gb-nrm_guidance-first_responders-nrm_referral = أن تُحال إلى الدعم الرسمي
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = يمكن لضابط شرطة، أو موظف في البلدية، أو جمعية خيرية للدعم، أن يرسل معلوماتك إلى نظام الدعم في المملكة المتحدة، حتى تُدرس حالتك وتحصل على المساعدة.
caveat-first_responder_only_adults_consent = لا يمكنك أن تحيل نفسك: يجب أن تفعل ذلك الشرطة أو البلدية أو جمعية خيرية معتمدة، وإذا كنت بالغًا فهم يحتاجون إلى موافقتك أولًا.
protection-gb-nrm_guidance-recovery-recovery_period = وقت للراحة والتعافي مع الدعم
protection-gb-nrm_guidance-recovery-recovery_period-gives = قد تحصل على مكان آمن للعيش، ورعاية صحية، ومترجم، وشخص يدعمك بينما تُدرس حالتك.
caveat-public_order_disqualification = يمكن لوزارة الداخلية أن ترفض هذه المساعدة إذا رأت أنك خطر على الناس، أو أنك لم تكن صادقًا فيما حدث.
protection-gb-msa_2015-s_45_1-defence_for_adults = دفاع إذا أُجبرت على مخالفة القانون
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = إذا أُجبرت على فعل شيء مخالف للقانون لأنك كنت مستغَلًّا، يمكنك أن تخبر المحكمة بذلك، وقد يكون هذا دفاعًا ضد التهمة.
protection-gb-msa_2015-s_45_4-defence_for_children = دفاع للأطفال الذين أُجبروا على مخالفة القانون
protection-gb-msa_2015-s_45_4-defence_for_children-gives = إذا فعلت شيئًا مخالفًا للقانون لأنك كنت مستغَلًّا، يمكنك أن تخبر المحكمة بذلك، وقد يكون هذا دفاعًا. لست مضطرًا أن تُثبت أنك أُجبرت.
caveat-schedule_4_offences_excluded = هذا الدفاع لا يشمل بعض الجرائم الخطيرة جدًا، مثل القتل أو جرائم العنف أو الجرائم الجنسية الخطيرة، وهو يُطبَّق فقط في إنجلترا وويلز.
protection-gb-msa_2015-s_8-reparation_order = دفع مال تأمر به المحكمة من الشخص الذي استغلك
protection-gb-msa_2015-s_8-reparation_order-gives = يمكن للمحكمة أن تأمر الشخص الذي استغلك بأن يدفع لك مالًا مقابل الأذى الذي سببه لك.
caveat-needs_conviction_and_confiscation_order = هذا يحدث فقط إذا أُدين الشخص وأخذت المحكمة منه مالًا أيضًا، ولا يمكنك أن تحصل على أكثر مما أخذته المحكمة.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = إذن مؤقت بالبقاء في المملكة المتحدة
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = قد يُسمح لك بالبقاء في المملكة المتحدة لمدة لتتعافى، أو لتطلب مالًا مقابل الأذى الذي لحق بك، أو لتساعد الشرطة.
caveat-recovery_ground_paused = في الوقت الحالي، لا تبتّ وزارة الداخلية في طلبات البقاء من أجل التعافي، ولا تبتّ في أي طلبات من أشخاص صدر ضدهم قرار ترحيل.

## الولايات المتحدة
protection-us-t_rule_2002-s_214_11-t_status_adult = تأشيرة T للبالغين (القواعد القديمة)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = يمكنك أن تطلب تأشيرة تسمح لك بالعيش والعمل في الولايات المتحدة لعدة سنوات. وبعد ذلك قد تستطيع أن تطلب البقاء بشكل دائم.
caveat-trauma_exception_and_extreme_hardship = إذا كانت الصدمة النفسية تجعل مساعدة الشرطة صعبة جدًا عليك، قد لا تُطالَب بها، لكن يجب أن تُثبت أن مغادرة الولايات المتحدة ستسبب لك ضررًا خطيرًا جدًا.
protection-us-t_rule_2002-s_214_11-t_status_child = تأشيرة T للأطفال (القواعد القديمة)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = يمكنك أن تطلب تأشيرة تسمح لك بالعيش والدراسة والعمل في الولايات المتحدة لعدة سنوات. وبعد ذلك قد تستطيع أن تطلب البقاء بشكل دائم.
caveat-extreme_hardship_required = يجب أن تُثبت أن إجبارك على مغادرة الولايات المتحدة سيسبب لك ضررًا خطيرًا جدًا.
protection-us-t_rule_2024-s_214_202-t_status_adult = تأشيرة T للبالغين
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = يمكنك أن تطلب تأشيرة تسمح لك بالعيش والعمل في الولايات المتحدة لعدة سنوات. وبعد ذلك قد تستطيع أن تطلب البقاء بشكل دائم.
protection-us-t_rule_2024-s_214_202-t_status_child = تأشيرة T للأطفال
protection-us-t_rule_2024-s_214_202-t_status_child-gives = يمكنك أن تطلب تأشيرة تسمح لك بالعيش والدراسة والعمل في الولايات المتحدة لعدة سنوات. وبعد ذلك قد تستطيع أن تطلب البقاء بشكل دائم.
protection-us-tvpa_2000-s_107_c_3-continued_presence = إذن بالبقاء خلال قضية الشرطة
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = قد يُسمح لك بالبقاء في الولايات المتحدة والعمل بشكل قانوني بينما يجري التحقيق في الجريمة التي وقعت عليك.
caveat-requested_by_law_enforcement_only = لا يمكنك أن تطلب هذا بنفسك: الشرطة أو جهة أخرى من جهات إنفاذ القانون هي فقط التي يمكنها أن تطلبه لك.
protection-us-ina-s_101_a_15_u-u_status = تأشيرة U للأشخاص الذين تضرروا من جرائم خطيرة
protection-us-ina-s_101_a_15_u-u_status-gives = يمكنك أن تطلب تأشيرة تسمح لك بالعيش والعمل في الولايات المتحدة لعدة سنوات. وبعد ذلك قد تستطيع أن تطلب البقاء بشكل دائم.
caveat-certification_and_substantial_abuse_required = تحتاج إلى استمارة موقّعة من الشرطة أو من جهة أخرى تقول إنك ساعدتهم، ويجب أن تُثبت أن الجريمة آذتك كثيرًا في جسمك أو نفسيتك.
protection-us-usc_18-s_1593-mandatory_restitution = مال تأمر به المحكمة مقابل ما خسرته
protection-us-usc_18-s_1593-mandatory_restitution-gives = يمكن للمحكمة أن تأمر الشخص الذي استغلك بأن يدفع لك مقابل خسائرك، ومنها الأجر الذي كان يجب أن تحصل عليه.
caveat-only_on_conviction = لا تحصل على هذا المال إلا إذا أُدين الشخص في محكمة جنائية.
protection-us-usc_18-s_1595-civil_action = اطلب من المحكمة مالًا مقابل الأذى
protection-us-usc_18-s_1595-civil_action-gives = يمكنك أن ترفع قضيتك الخاصة أمام المحكمة لتطلب مالًا من الشخص الذي استغلك، أو من أي شخص كسب مالًا من ذلك وهو يعرف.
caveat-stayed_during_criminal_case = إذا كانت هناك قضية جنائية عن نفس الجريمة، يجب أن تنتظر قضيتك حتى تنتهي تلك القضية.
protection-us-flsa-s_16_b-back_wages = استرجع أجرك الذي لم يُدفع
protection-us-flsa-s_16_b-back_wages-gives = يمكنك أن تطلب دفع الحد الأدنى للأجر وأجر الساعات الإضافية المستحقة لك، ومبلغًا مساويًا له كمال إضافي.
caveat-any_immigration_status = تقول الحكومة إن هذا ينطبق حتى لو لم تكن معك أوراق، لكن بعض المحاكم تحدّ من أنواع أخرى من الأجر الضائع للعمال الذين ليست معهم أوراق.

## كندا
protection-ca-irpa-s_24-vtip_trp_until_2025 = تصريح بالبقاء في كندا (القواعد القديمة)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = يمكنك أن تطلب تصريحًا بالبقاء في كندا بشكل قانوني لمدة، لكي ترتاح وتتعافى وتقرر ماذا تفعل بعد ذلك.
protection-ca-irpa-s_24-vtip_trp = تصريح بالبقاء في كندا
protection-ca-irpa-s_24-vtip_trp-gives = يمكنك أن تطلب تصريحًا بالبقاء في كندا بشكل قانوني، لكي تكون في أمان وتتعافى وتخطط لما تفعله بعد ذلك.
protection-ca-ircc_vtip-subsequent_trp-further_permit = تصريح جديد لتستمر في البقاء
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = عندما يقترب تصريحك من نهايته، يمكنك أن تطلب تصريحًا جديدًا لتبقى في كندا مدة أطول.
caveat-later_permits_refused_after_criminal_case = تقول القواعد إنك لست مضطرًا أن تساعد الشرطة، لكن بعض الأشخاص رُفض طلبهم لتصريح جديد بعد انتهاء القضية الجنائية.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = رعاية صحية ما دام تصريحك ساريًا
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = قد تحصل على رعاية صحية ودعم نفسي تدفع الحكومة ثمنهما.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = تصريح بالعمل في كندا
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = يمكنك أن تطلب تصريحًا يسمح لك بالعمل بشكل قانوني في كندا، لكي تكسب المال بأمان.

## أستراليا
protection-au-stpp-intensive_support_stream-support = دعم في السكن والصحة والنصيحة
protection-au-stpp-intensive_support_stream-support-gives = قد تحصل على مكان آمن للعيش، ورعاية صحية، ودعم نفسي، ومترجم، ونصيحة عن القانون والتأشيرات، مع موظف دعم يساعدك.
caveat-afp_referral_required = لا يمكنك أن تحصل على هذا الدعم إلا إذا أحالتك إليه الشرطة الفيدرالية الأسترالية.
protection-au-stpp-additional_referral_pathway-referral_without_police = احصل على المساعدة دون الذهاب إلى الشرطة
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = يمكنك أن تتكلم مع خدمة دعم عن كيف تبقى في أمان، وتحصل على نصيحة قانونية مجانية. يمكنهم أن يساعدوك على الانضمام إلى برنامج الدعم دون الذهاب إلى الشرطة.
caveat-under_16_without_guardian_referred_to_child_protection = إذا كان عمرك أقل من 16 سنة وليس معك شخص بالغ آمن يرعاك، يجب على الخدمة أن ترسلك إلى حماية الطفل والشرطة بدلًا من ذلك.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = احصل على المساعدة دون الشرطة (تكملة)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = يمكنك أن تتكلم مع خدمة دعم عن كيف تبقى في أمان، وتحصل على نصيحة قانونية مجانية. يمكنهم أن يساعدوك على الانضمام إلى برنامج الدعم دون الذهاب إلى الشرطة.
caveat-extension_end_date_unknown = تم تمديد هذه الطريقة للحصول على المساعدة، لكننا لا نعرف متى تنتهي، فتأكد أنها ما زالت متاحة.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = تأشيرة قصيرة للراحة والتعافي
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = قد تحصل على تأشيرة قصيرة لكي تبقى في أستراليا بشكل قانوني بينما ترتاح وتتعافى وتفكر فيما تفعله بعد ذلك.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = تأشيرة دائمة للبقاء في أستراليا
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = قد تستطيع البقاء في أستراليا بشكل دائم وبناء حياتك هنا.
caveat-certificate_of_contribution_required = تحتاج إلى ورقة من الحكومة تقول إنك ساعدت فعلًا في قضية للشرطة أو في محاكمة؛ الاستعداد للمساعدة وحده لا يكفي.

## أسماء المصادر القانونية
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (قانون العبودية الحديثة في المملكة المتحدة)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (قانون الجنسية والحدود في المملكة المتحدة)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009) (إرشادات وزارة الداخلية البريطانية بشأن الآلية الوطنية للإحالة)
instrument-us-ina = US Immigration and Nationality Act of 1952 (قانون الهجرة والجنسية الأمريكي)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (قانون حماية ضحايا الاتجار بالأشخاص الأمريكي)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948) (قانون الولايات المتحدة، الباب 18: الجرائم والإجراءات الجنائية)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002) (القاعدة الأمريكية بشأن وضع T لغير المهاجرين)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024) (القاعدة الأمريكية النهائية بشأن وضع T لغير المهاجرين)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007) (القاعدة الأمريكية بشأن وضع U لغير المهاجرين)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (قانون معايير العمل العادلة الأمريكي)
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001) (قانون الهجرة وحماية اللاجئين الكندي)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006) (تعليمات وزارة الهجرة الكندية بشأن تصاريح الإقامة المؤقتة لضحايا الاتجار بالبشر)
instrument-au-stpp = Australian Support for Trafficked People Program (2004) (برنامج أستراليا لدعم ضحايا الاتجار بالأشخاص)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (لوائح الهجرة الأسترالية)

## المطالبة بالأجر: القوانين التي تحدد الحد الأدنى للأجور والمهل، وما يجب أن يعرفه المحامي عن كل رقم
instrument-au-fair_work_act_2009 = قانون العمل العادل الأسترالي لسنة 2009 (Fair Work Act 2009)
instrument-ca-clc = قانون العمل الكندي لسنة 1985 (Canada Labour Code)
instrument-gb-nmwa_1998 = قانون الحد الأدنى الوطني للأجور لسنة 1998 (National Minimum Wage Act 1998)
instrument-gb-nmw_regs_2015 = لوائح الحد الأدنى الوطني للأجور لسنة 2015 (National Minimum Wage Regulations 2015)
instrument-gb-era_1996 = قانون حقوق العمل لسنة 1996 (Employment Rights Act 1996)
instrument-gb-limitation_act_1980 = قانون التقادم لسنة 1980 (Limitation Act 1980)
instrument-gb-cics_2012 = نظام التعويض عن الإصابات الناتجة عن الجرائم لسنة 2012 (Criminal Injuries Compensation Scheme 2012)
instrument-us-portal_to_portal_act = قانون «من البوابة إلى البوابة» لسنة 1947 (Portal-to-Portal Act of 1947)
caveat-above_compulsory_school_age = لا يبدأ هذا الحد الأدنى إلا بعد أن يتجاوز الشاب سنّ المدرسة الإلزامية، وليس في يوم بلوغه 16 سنة.
caveat-apprentice_rate_conditions = لم نحسب هنا حدًا أدنى أقل خاصًا بالمتدربين المهنيين. هذا الحد الأقل هو فقط للمتدربين الذين أعمارهم أقل من 19 سنة، أو الذين في سنتهم الأولى. كل الآخرين لهم الحد الأدنى الخاص بعمرهم.
caveat-au_awards_set_higher_minima = معظم العمال لهم نظام أجور خاص بمهنتهم (award) أو اتفاق عمل، فيه حد أدنى أعلى، لذلك يكون المستحق لهم أكثر في الغالب. العمال الذين أعمارهم أقل من 21 سنة والمتدربون المهنيون لهم حدود دنيا خاصة بهم، ولم نحسبها هنا.
caveat-au_state_victims_schemes_vary = كل ولاية وإقليم له مدفوعات خاصة لضحايا الجرائم، ولها مهلة خاصة بها. لم نحسب أيًّا منها هنا.
caveat-ca_federal_complaint_24_month_cap = هذه الشكوى فقط للأعمال التي يحكمها القانون الاتحادي. ولا يمكن أن تسترجع بها إلا أجر الأشهر الـ24 التي قبل شكواك. العمال الآخرون يشتكون حسب قانون مقاطعتهم.
caveat-ca_federal_sectors_only = هذا الحد الأدنى الاتحادي هو فقط للأعمال في القطاعات الاتحادية، مثل البنوك وشركات الطيران والنقل بين المقاطعات. معظم العمال يسري عليهم الحد الأدنى في مقاطعتهم. وإذا كان ذلك أعلى، فهو المستحق.
caveat-ca_overtime_daily_limit_and_exemptions = أجر الساعات الإضافية مستحق أيضًا عن العمل أكثر من 8 ساعات في يوم واحد. المديرون وبعض الأعمال لها قواعد أخرى.
caveat-cics_exceptions_and_crime_of_violence = هذا النظام يدفع فقط عن إصابة سببتها جريمة عنف في بريطانيا العظمى (إنجلترا واسكتلندا وويلز). وهناك مهل أخرى للإساءة في الطفولة. ويمكن أن يُقبل طلب متأخر في حالات خاصة.
caveat-counts_back_from_notice = تُحسب السنوات الست إلى الوراء من يوم يرسل الموظف المختص الإشعار، وليس من يوم شكواك. لذلك إذا تأخرت الجهة الرسمية، يقلّ ما يمكن استرجاعه.
caveat-each_payment_separately = كل دفعة أجر ناقصة لها مهلة ست سنوات خاصة بها، لذلك تنتهي مهلة أقدم الأشهر أولًا.
caveat-early_conciliation_and_two_year_backstop = تطول مهلة الأشهر الثلاثة خلال محاولة الصلح المبكرة (ACAS). لكن محكمة العمل لا تستطيع أن تحكم لك إلا بما أُخذ منك في السنتين اللتين قبل مطالبتك.
caveat-good_faith_may_reduce = قد تخفّض المحكمة المبلغ الإضافي أو ترفضه إذا أثبت صاحب العمل أنه تصرّف بحسن نية.
caveat-live_in_domestic_workers_exempt = العامل المنزلي الذي يسكن في بيت صاحب العمل ليس له أجر عن الساعات الإضافية. لكن له الحد الأدنى للأجر عن كل ساعة. ولا ينطبق هذا إذا كانت وكالة هي التي توظفه.
caveat-nmw_exclusions = بعض الناس ليس لهم حد أدنى للأجر، مثلًا من يسكن مع العائلة التي يعمل عندها ويُعامَل كواحد منها. يستطيع المحامي أن يتحقق من ذلك.
caveat-state_and_local_minimums_often_higher = هذا هو الحد الأدنى الاتحادي فقط. كثير من الولايات والمدن لها حد أدنى أعلى، والأعلى هو المستحق. ليست عندنا هذه الحدود.
caveat-ten_years_after_18_if_minor = إذا كان عمرك أقل من 18 سنة، يمكنك أن تطالب حتى 10 سنوات بعد أن تبلغ 18 سنة، إذا كان هذا الموعد أبعد.
caveat-three_years_if_willful = تكون المهلة ثلاث سنوات إذا كان صاحب العمل يعرف أنه يخالف القانون. كل دفعة أجر ناقصة لها مهلة خاصة بها، لذلك تنتهي مهلة أقدم الأسابيع أولًا.

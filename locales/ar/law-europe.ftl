# Entitle: العربية. رسائل البيانات القانونية لألمانيا وهولندا وإيطاليا وإسبانيا وفرنسا. كتبها فريق Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## ألمانيا
protection-de-aufenthg-s_59_7-reflection_period = وقت للراحة واتخاذ القرار
protection-de-aufenthg-s_59_7-reflection_period-gives = قد تبقى في ألمانيا لفترة لترتاح، وتحصل على الدعم، وتقرر بهدوء إن كنت تريد أن تشهد عمّا حدث.
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = تصريح بالبقاء كشاهد
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = قد تحصل على تصريح للعيش في ألمانيا ما دامت القضية الجنائية ضد الأشخاص الذين آذوك مستمرة.
caveat-prosecutor_must_deem_presence_appropriate = يجب أن توافق النيابة العامة أو المحكمة على أنهم يحتاجون إلى وجودك في البلد من أجل القضية. لا يمكننا أن نعرف إن كانوا سيوافقون.
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = تصريح بالبقاء بعد عمل غير قانوني وظالم جدًا
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = قد تحصل على تصريح للعيش في ألمانيا ما دامت القضية الجنائية عن عملك وصاحب عملك مستمرة.
instrument-de-aufenthg = German Residence Act 2004 (AufenthG) (قانون الإقامة الألماني)

## هولندا
protection-nl-vc_2000-b8_3-reflection_period = وقت للراحة، مع مأوى ودعم
protection-nl-vc_2000-b8_3-reflection_period-gives = قد تبقى في هولندا لفترة، مع مكان آمن للنوم ومال للعيش، بينما تقرر إن كنت تريد أن تبلّغ عن الجريمة.
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = تصريح بالبقاء ما دامت القضية مستمرة
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = قد تحصل على تصريح مجاني للعيش في هولندا بينما تحقق الشرطة وتستمر القضية الجنائية.
caveat-exempt_from_cooperation_if_unable = إذا لم تستطع مساعدة الشرطة لأنك مريض، أو عمرك أقل من 18 سنة، أو في خطر كبير، قد تستطيع مع ذلك أن تحصل على هذا التصريح.
protection-nl-vb_2000-art_3_51_1_k-continued_residence = البقاء بعد انتهاء القضية
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = قد تحصل على تصريح لتستمر في العيش في هولندا بعد انتهاء القضية الجنائية.
caveat-after_conviction_or_three_years = هذا يحتاج عادة إلى أن يُدان أحد في قضيتك، أو أن يكون معك تصريح الاتجار بالأشخاص منذ ثلاث سنوات.
instrument-nl-vw_2000 = Dutch Aliens Act 2000 (Vw 2000) (قانون الأجانب الهولندي)
instrument-nl-vb_2000 = Dutch Aliens Decree 2000 (Vb 2000) (مرسوم الأجانب الهولندي)
instrument-nl-vc_2000 = Dutch Aliens Circular 2000 (Vc 2000) (تعميم الأجانب الهولندي)

## إيطاليا
protection-it-tui-art_18-special_permit_social_track = تصريح خاص عن طريق منظمة دعم
protection-it-tui-art_18-special_permit_social_track-gives = قد تحصل على تصريح للعيش والعمل في إيطاليا، وتنضم إلى برنامج يساعدك على أن تكون في أمان وتبني حياة جديدة.
caveat-concrete_danger_assessed_by_authority = يجب أن يقرر رئيس الشرطة أنك في خطر حقيقي. لم نسأل عن هذا، لذلك لا نستطيع أن نعرف إن كان ينطبق عليك.
protection-it-tui-art_18-special_permit_judicial_track = تصريح خاص عن طريق قضية جنائية
protection-it-tui-art_18-special_permit_judicial_track-gives = قد تحصل على تصريح للعيش والعمل في إيطاليا، وتنضم إلى برنامج يساعدك على أن تكون في أمان وتبني حياة جديدة.
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = تصريح بعد التبليغ عن صاحب عمل يستغل العمال بشدة
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = قد تحصل على تصريح للعيش في إيطاليا ما دامت القضية الجنائية ضد صاحب عملك مستمرة.
caveat-particularly_exploitative_conditions_only = كان هذا فقط للعمل تحت استغلال قاسٍ بشكل خاص، وهذا مستوى أعلى من العلامات التي نبحث عنها.
protection-it-tui-art_18_ter-permit_for_labour_exploitation = تصريح للعمال الذين تعرّضوا للاستغلال
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = قد تحصل على تصريح للعيش والعمل في إيطاليا بعد أن تساعد في كشف الحقيقة عن طريقة معاملتك في العمل.
caveat-judicial_authority_or_labour_inspectorate_covers_family = يجب أن يطلبه وكيل نيابة أو قاضٍ، أو أن يدعمه مفتشو العمل. ويمكن أن يشمل التصريح أيضًا أفراد عائلتك.
instrument-it-tui = Italian Consolidated Immigration Act, Legislative Decree 286/1998 (TUI) (القانون الموحد للهجرة في إيطاليا)
instrument-it-dl_145_2024 = Italian Decree-Law 145/2024 (Flows Decree) (مرسوم بقانون إيطالي، «مرسوم التدفقات»)
instrument-it-dl_146_2025 = المرسوم بقانون الإيطالي 146/2025 (مرسوم التدفقات 2025)
instrument-it-dpr_394_1999 = Italian Presidential Decree 394/1999 (Immigration Act Regulation) (مرسوم رئاسي إيطالي، لائحة قانون الهجرة)

## إسبانيا
protection-es-loex-art_59_bis-reflection_period = وقت للتعافي واتخاذ القرار
protection-es-loex-art_59_bis-reflection_period-gives = قد تبقى في إسبانيا لفترة لتتعافى وتفكر في مساعدة الشرطة. يجب أن تتوقف إجراءات ترحيلك خلال هذا الوقت.
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = لا عقاب على وجودك في إسبانيا بدون أوراق
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = قد تُعفى من الغرامة أو الترحيل الذي قد تواجهه بسبب بقائك في إسبانيا بدون الأوراق الصحيحة.
protection-es-loex-art_59_bis-permit_personal_situation = تصريح بسبب وضعك الشخصي
protection-es-loex-art_59_bis-permit_personal_situation-gives = قد تحصل على تصريح للعيش والعمل في إسبانيا بسبب وضعك الخاص، حتى لو لم تساعد الشرطة.
caveat-after_exemption_from_liability = عادةً لا يمكنك أن تطلب هذا التصريح إلا بعد أن تُعفيك السلطات من العقوبة على وجودك في إسبانيا بدون أوراق.
protection-es-loex-art_59_bis-permit_for_cooperation = تصريح مقابل مساعدة الشرطة أو المحكمة
protection-es-loex-art_59_bis-permit_for_cooperation-gives = قد تحصل على تصريح للعيش والعمل في إسبانيا لأنك تساعد في التحقيق أو في القضية أمام المحكمة.
protection-es-loex-art_59-permit_for_cooperation_against_networks = تصريح مقابل المساعدة في إيقاف العصابات التي تستغل الناس
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = قد تحصل على تصريح للعيش والعمل في إسبانيا، وتُعفى من العقوبة على البقاء بدون أوراق.
instrument-es-loex = Spanish Foreigners Act, Organic Law 4/2000 (LOEX) (قانون الأجانب الإسباني)
instrument-es-rloex = Spanish Foreigners Regulation, Royal Decree 557/2011 (RLOEX) (لائحة قانون الأجانب الإسبانية)
instrument-es-rloex_2024 = Spanish Foreigners Regulation, Royal Decree 1155/2024 (لائحة قانون الأجانب الإسبانية، سارية منذ 20 مايو 2025)

## فرنسا
protection-fr-ceseda-r_425_2-reflection_period = وقت للراحة والتفكير
protection-fr-ceseda-r_425_2-reflection_period-gives = قد تحصل على ورقة تسمح لك بالبقاء في فرنسا بينما ترتاح وتقرر إن كنت تريد أن تقدّم شكوى. وقد تسمح لك أيضًا بالعمل.
protection-fr-ceseda-l_425_1-temporary_residence_card = بطاقة إقامة إذا بلّغت أو شهدت
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = قد تحصل على بطاقة للعيش والعمل في فرنسا ما دامت القضية الجنائية مستمرة.
caveat-complaint_or_testimony_required = يجب أن تقدّم شكوى إلى الشرطة أو أن تشهد في القضية. لا يكفي أن تقول فقط إنك مستعد للمساعدة.
protection-fr-ceseda-l_425_2-allowance = مال للعيش
protection-fr-ceseda-l_425_2-allowance-gives = قد تحصل على مال بشكل منتظم يساعدك على دفع ثمن الطعام والاحتياجات الأساسية الأخرى.
protection-fr-ceseda-l_425_3-resident_card = بطاقة إقامة طويلة
protection-fr-ceseda-l_425_3-resident_card-gives = قد تحصل على بطاقة للعيش والعمل في فرنسا لسنوات كثيرة.
caveat-only_after_final_conviction = هذا ممكن فقط بعد أن يصدر حكم نهائي بإدانة الشخص المتهم. لا يمكننا أن نعرف كيف ستنتهي المحاكمة.
protection-fr-ceseda-l_425_4-exit_programme_permit = تصريح خلال برنامج لترك الدعارة
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = قد تحصل على تصريح بالبقاء في فرنسا، مع مساعدة لتبدأ حياة جديدة بعيدًا عن العمل في الجنس.
caveat-only_for_prostitution_exit_programme = هذا فقط للأشخاص الذين توقفوا عن بيع الجنس ويتبعون برنامجًا رسميًا لترك الدعارة، مع منظمة دعم.
instrument-fr-ceseda = French Code on the Entry and Stay of Foreigners and the Right of Asylum (CESEDA, 2020 version) (قانون دخول وإقامة الأجانب وحق اللجوء في فرنسا)

## المطالبة بالأجر: القوانين التي تحدد الحد الأدنى للأجور والمهل، وما يجب أن يعرفه المحامي عن كل رقم
instrument-de-milog = قانون الحد الأدنى للأجور (Mindestlohngesetz, MiLoG, 2014)
instrument-de-bgb = القانون المدني (Bürgerliches Gesetzbuch, BGB)
instrument-de-sgb_14 = قانون الضمان الاجتماعي، الكتاب الرابع عشر: التعويض الاجتماعي (SGB XIV, 2019)
instrument-es-et_2015 = النظام الأساسي للعمال (Estatuto de los Trabajadores, 2015)
instrument-es-ley_35_1995 = القانون 35/1995 بشأن مساعدة ضحايا جرائم العنف والجرائم الجنسية
instrument-fr-code_travail = قانون العمل (Code du travail)
instrument-fr-code_procedure_penale = قانون الإجراءات الجنائية (Code de procédure pénale)
instrument-it-cc = القانون المدني (Codice civile)
instrument-it-l_228_2003 = القانون 228/2003 بشأن تدابير مكافحة الاتجار بالأشخاص
instrument-nl-wml = قانون الحد الأدنى للأجر والحد الأدنى لبدل العطلة (Wet minimumloon en minimumvakantiebijslag)
instrument-nl-bw_3 = القانون المدني، الكتاب 3 (Burgerlijk Wetboek)
instrument-nl-wsg = قانون صندوق تعويض ضحايا جرائم العنف (Wet schadefonds geweldsmisdrijven)
caveat-backdating_limit_not_a_bar = يمكنك أن تقدّم الطلب حتى بعد سنة. لكنك لا تحصل على المدفوعات إلا من الشهر الذي قدّمت فيه الطلب، إلا إذا لم تستطع أن تقدّمه قبل ذلك.
caveat-each_month_runs_separately = أجر كل شهر له مهلة خمس سنوات خاصة به، لذلك تنتهي مهلة أقدم الأشهر أولًا. وإذا طالبت صاحب العمل كتابةً، تبدأ المدة من جديد.
caveat-es_domestic_hourly_external_only = لم نحسب هنا الحد الأدنى بالساعة للعمال المنزليين الذين يُدفع لهم بالساعة ولا يسكنون في بيت صاحب العمل. العامل المنزلي الذي يسكن في البيت له الحد الأدنى الشهري.
caveat-es_each_payment_own_year_interruptible = يجب أن تطالب بكل أجر لم يُدفع خلال سنة من يوم دفعه، لذلك تنتهي مهلة أقدم الأشهر أولًا. والمطالبة الرسمية لصاحب العمل، أو طلب الصلح، يجعل السنة تبدأ من جديد.
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = هذه المساعدة فقط لجرائم العنف التي سببت موتًا أو أذى خطيرًا، وللجرائم الجنسية. وتتوقف المدة ما دامت هناك قضية جنائية مستمرة.
caveat-es_smi_floor_14_payments = يُدفع الحد الأدنى على 14 دفعة في السنة. الدفعتان الإضافيتان لم نحسبهما هنا، لذلك قد يكون المستحق أكثر.
caveat-fr_civi_prosecution_extends_relief_possible = إذا كانت هناك قضية جنائية، يمكنك أن تقدّم الطلب حتى سنة بعد القرار النهائي. ويمكن للجنة أن تقبل طلبًا متأخرًا لسبب مقبول. بالنسبة للطفل، تبدأ المدة عندما يبلغ 18 سنة.
caveat-fr_smic_floor_mayotte_minors = هذا هو الحد الأدنى في فرنسا القارية. في مايوت حد أدنى أقل. وكثيرًا ما تفرض اتفاقات العمل أجرًا أعلى. وقد يُدفع لبعض العمال الصغار في السن وللمتدربين المهنيين أقل.
caveat-fr_wage_claim_each_payday_three_years_before_end = يجب أن تطالب بأجر كل شهر خلال ثلاث سنوات، لذلك تنتهي مهلة أقدم الأشهر أولًا. وبعد انتهاء العمل، يمكنك أن تطالب بأجر آخر ثلاث سنوات منه.
caveat-intentional_injury_damages_only = مهلة الثلاثين سنة هي فقط للتعويض عن أذى متعمَّد لحياتك أو جسمك أو صحتك أو حريتك. وهي ليست للأجر غير المدفوع.
caveat-it_longer_if_crime = إذا كان الأذى أيضًا جريمة لها مهلة أطول، مثل الاتجار بالأشخاص أو الاسترقاق، فإن المطالبة بالتعويض لها أيضًا تلك المهلة الأطول.
caveat-it_wage_limit_private_sector_interruptible = لا تبدأ السنوات الخمس من نهاية العمل إلا عند أصحاب العمل في القطاع الخاص. وكل مطالبة مكتوبة بالدفع تبدأ السنوات الخمس من جديد.
caveat-late_application_if_reasonable = يمكن للصندوق مع ذلك أن يقبل طلبًا متأخرًا إذا قدّمته في أقرب وقت كان ممكنًا لك بشكل معقول. وهو يدفع فقط عن إصابة خطيرة سببتها جريمة عنف.
caveat-monthly_minimum_for_full_time_week = قبل سنة 2024 كان الحد الأدنى مبلغًا شهريًا عن أسبوع عمل كامل. نحن نحسبه على أساس أسبوع من 40 ساعة، وهو أطول أسبوع معتاد. إذا كان الأسبوع أقصر، فالمستحق أكثر.
caveat-runs_from_end_of_year = تبدأ السنوات الثلاث من نهاية السنة التي كان يجب أن يُدفع فيها الأجر. والمطالبة أمام المحكمة توقف المدة.
caveat-runs_from_knowledge_longer_against_offender = تبدأ السنوات الخمس عندما تعرف بالأذى وبمن سببه. والمطالبة ضد الجاني تبقى ممكنة على الأقل ما دام يمكن أن يُحاكَم.
caveat-sector_minimum_wages_and_exclusions = بعض القطاعات لها حد أدنى أعلى. وهذا الحد الأدنى لا يشمل من أعمارهم أقل من 18 سنة وليس لهم تدريب مهني، ولا المتدربين المهنيين، ولا بعض من يعملون في فترة تدريب عملي، ولا المتطوعين.
caveat-youth_minimum_not_encoded = العمال الذين أعمارهم أقل من 21 سنة لهم حد أدنى أقل، ولم نحسبه هنا.

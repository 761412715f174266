# Entitle: العربية. رسائل البيانات القانونية للأمم المتحدة ومنظمة العمل الدولية ومجلس أوروبا والاتحاد الأوروبي والحد الأدنى الدولي. كتبها فريق Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## الأمم المتحدة
protection-un-palermo_tip-art_6_3-recovery_assistance = مساعدة على التعافي بعد الأذى
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = قد تحصل على مكان آمن للعيش، ورعاية صحية، ومساعدة بلغة تفهمها.
protection-un-palermo_tip-art_6_6-compensation = مال مقابل الأذى الذي لحق بك
protection-un-palermo_tip-art_6_6-compensation-gives = يمكنك أن تطلب مالًا تعويضًا عن الأذى الذي عانيت منه.
protection-un-palermo_tip-art_7-permission_to_remain = إذن بالبقاء في البلد
protection-un-palermo_tip-art_7-permission_to_remain-gives = قد يُسمح لك بالبقاء في البلد لمدة، أو لمدة أطول.
protection-un-palermo_tip-art_8-safe_return = العودة إلى بلدك بأمان
protection-un-palermo_tip-art_8-safe_return-gives = إذا أردت العودة إلى بلدك، يمكنك أن تطلب مساعدة لتسافر بأمان.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = لا عقاب لمجرد أنه تم تهريبك
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = لا ينبغي أن تُتّهم بجريمة فقط لأن شخصًا ما هرّبك إلى البلد.
protection-un-smuggling_protocol-art_16-protection_from_violence = الحماية من العنف
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = يمكنك أن تطلب الحماية إذا آذاك أحد أو هددك. إذا كانت حياتك أو سلامتك في خطر، يمكنك أن تطلب المساعدة.
protection-un-refugee_convention-art_33-non_refoulement = لا إعادة إلى الخطر
protection-un-refugee_convention-art_33-non_refoulement-gives = يمكنك أن تطلب ألّا تُرسَل إلى بلد تكون فيه حياتك أو حريتك في خطر.
protection-un-cat-art_3-no_return_to_torture = لا إعادة إلى التعذيب
protection-un-cat-art_3-no_return_to_torture-gives = يمكنك أن تطلب ألّا تُرسَل إلى بلد قد تتعرض فيه للتعذيب.
protection-un-crc-art_39-child_recovery = رعاية وشفاء للأطفال
protection-un-crc-art_39-child_recovery-gives = الأطفال الذين تعرّضوا للأذى أو الاستغلال يمكنهم الحصول على رعاية ليُشفَوا في الجسم والنفس، في مكان آمن.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = أجر عادل حتى بدون أوراق
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = يمكنك أن تطلب نفس الأجر ونفس قواعد العمل التي للعمال المحليين، حتى لو لم تكن معك أوراق.
caveat-shall_consider = على البلد أن يفكر في إعطائك هذا، لكنه غير مُلزم بإعطائه.
caveat-other_offences_still_possible = قد تُتّهم مع ذلك بأشياء أخرى فعلتها وتُعتبر جرائم في ذلك البلد.
instrument-un-icrmw = الاتفاقية الدولية لحماية حقوق جميع العمال المهاجرين وأفراد أسرهم (1990)
instrument-un-palermo_tip = بروتوكول منع وقمع ومعاقبة الاتجار بالأشخاص، وبخاصة النساء والأطفال، التابع للأمم المتحدة (بروتوكول باليرمو، 2000)
instrument-un-smuggling_protocol = بروتوكول مكافحة تهريب المهاجرين عن طريق البر والبحر والجو، التابع للأمم المتحدة (2000)
instrument-un-refugee_convention = الاتفاقية الخاصة بوضع اللاجئين (1951)
instrument-un-cat = اتفاقية مناهضة التعذيب وغيره من ضروب المعاملة أو العقوبة القاسية أو اللاإنسانية أو المهينة (1984)
instrument-un-crc = اتفاقية حقوق الطفل (1989)
instrument-unhcr-gip_7 = المبادئ التوجيهية بشأن الحماية الدولية رقم 7 الصادرة عن المفوضية السامية للأمم المتحدة لشؤون اللاجئين: ضحايا الاتجار بالأشخاص (2006)

## منظمة العمل الدولية
protection-ilo-p29-art_3-identification_and_recovery = مساعدة على التحرر والتعافي
protection-ilo-p29-art_3-identification_and_recovery-gives = قد تحصل على مساعدة لتترك العمل الجبري، ومكان آمن للإقامة، ورعاية صحية.
protection-ilo-p29-art_4_1-remedies_and_compensation = مال مقابل العمل الجبري
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = يمكنك أن تطلب مالًا مقابل الأذى الذي لحق بك ومقابل الأجر الذي لم تحصل عليه.
protection-ilo-p29-art_4_2-non_punishment = لا عقاب على ما أُجبرت على فعله
protection-ilo-p29-art_4_2-non_punishment-gives = قد لا تُعاقَب على أشياء أُجبرت على فعلها وأنت في العمل الجبري.
instrument-ilo-c189 = اتفاقية منظمة العمل الدولية بشأن العمل اللائق للعمال المنزليين، 2011 (رقم 189)
instrument-ilo-fl_indicators = مؤشرات منظمة العمل الدولية للعمل الجبري (2012)
instrument-ilo-icls_2018_fl = المبادئ التوجيهية لمنظمة العمل الدولية بشأن قياس العمل الجبري (2018)
instrument-ilo-c29 = اتفاقية منظمة العمل الدولية بشأن العمل الجبري، 1930 (رقم 29)
instrument-ilo-p29 = بروتوكول عام 2014 الملحق باتفاقية العمل الجبري، منظمة العمل الدولية
instrument-ilo-fair_recruitment = المبادئ العامة والمبادئ التوجيهية التنفيذية بشأن التوظيف العادل، منظمة العمل الدولية (2019)
instrument-ilo-delphi_2009 = ILO and European Commission Operational Indicators of Trafficking in Human Beings (2009) (المؤشرات العملية للاتجار بالبشر، منظمة العمل الدولية والمفوضية الأوروبية)

## مجلس أوروبا
protection-coe-ecat-art_10_2-no_removal_during_identification = لا ترحيل أثناء دراسة حالتك
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = لا ينبغي أن تُرسَل خارج البلد بينما تتحقق السلطات مما حدث لك.
protection-coe-ecat-art_10_3-presumed_child = تُعامَل كطفل إذا كان عمرك غير واضح
protection-coe-ecat-art_10_3-presumed_child-gives = إذا لم يكن أحد متأكدًا من عمرك، يمكن أن تُعامَل كطفل وتحصل على حماية الأطفال إلى أن يعرفوا عمرك.
protection-coe-ecat-art_12-assistance = مساعدة في السكن والصحة والنصيحة
protection-coe-ecat-art_12-assistance-gives = قد تحصل على مكان آمن للعيش، ورعاية صحية، ومترجم، ونصيحة عن حقوقك. لست مضطرًا أن تكون شاهدًا لتحصل على هذه المساعدة.
protection-coe-ecat-art_13-recovery_period = وقت للراحة والتعافي
protection-coe-ecat-art_13-recovery_period-gives = يمكنك أن تحصل على وقت لترتاح، وتشعر بأمان أكثر، وتقرر ماذا تفعل. لا ينبغي أن تُرحَّل خلال هذا الوقت.
protection-coe-ecat-art_14-residence_permit = إذن بالبقاء لمدة
protection-coe-ecat-art_14-residence_permit-gives = قد تحصل على تصريح للعيش في البلد لمدة، ويمكنك أن تطلب تجديده.
protection-coe-ecat-art_15-compensation_and_legal_aid = مال مقابل الأذى ومساعدة قانونية
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = يمكنك أن تحصل على معلومات ومساعدة قانونية، ويمكنك أن تطلب مالًا من الأشخاص الذين آذوك.
protection-coe-ecat-art_16-safe_return = العودة إلى بلدك بأمان
protection-coe-ecat-art_16-safe_return-gives = إذا أردت العودة إلى بلدك، يمكنك أن تطلب مساعدة لتعود بأمان، مع الاهتمام بسلامتك وحقوقك.
protection-coe-ecat-art_26-non_punishment = لا عقاب على ما أُجبرت على فعله
protection-coe-ecat-art_26-non_punishment-gives = قد لا تُعاقَب على جرائم أُجبرت على ارتكابها.
caveat-state_chooses_personal_or_cooperation = كل بلد يقرر إن كان يعطي هذا التصريح بسبب وضعك الشخصي، أو لأنك تساعد الشرطة، أو للسببين معًا.
instrument-coe-ecat = Council of Europe Convention on Action against Trafficking in Human Beings (2005) (اتفاقية مجلس أوروبا لمكافحة الاتجار بالبشر)
instrument-coe-echr = European Convention on Human Rights (1950) (الاتفاقية الأوروبية لحقوق الإنسان)
instrument-echr-siliadin = Siliadin v. France, European Court of Human Rights (2005) (قضية سيليادين ضد فرنسا، المحكمة الأوروبية لحقوق الإنسان)

## الاتحاد الأوروبي
protection-eu-directive_2011_36-art_11-assistance = مساعدة في السكن والصحة واللغة
protection-eu-directive_2011_36-art_11-assistance-gives = قد تحصل على مكان آمن للعيش، ورعاية صحية، ومترجم. لست مضطرًا أن تساعد الشرطة لتحصل على هذه المساعدة.
protection-eu-directive_2011_36-art_8-non_prosecution = لا عقاب على ما أُجبرت على فعله
protection-eu-directive_2011_36-art_8-non_prosecution-gives = قد لا تُتّهم أو تُعاقَب على جرائم أُجبرت على ارتكابها.
protection-eu-directive_2011_36-art_12-free_legal_representation = محامٍ ونصيحة قانونية مجانًا
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = يمكنك أن تحصل على نصيحة قانونية، وعلى محامٍ مجانًا إذا لم تستطع الدفع.
protection-eu-directive_2011_36-art_13_2-presumed_child = تُعامَل كطفل إذا كان عمرك غير واضح
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = إذا لم يكن أحد متأكدًا من عمرك، يمكن أن تُعامَل كطفل وتحصل فورًا على المساعدة المخصصة للأطفال.
protection-eu-directive_2011_36-art_17-compensation = مال مقابل الأذى الذي لحق بك
protection-eu-directive_2011_36-art_17-compensation-gives = يمكنك أن تطلب مالًا من صندوق البلد لضحايا جرائم العنف، تعويضًا عن الأذى الذي لحق بك.
protection-eu-directive_2004_81-art_6-reflection_period = وقت للتفكير والتعافي
protection-eu-directive_2004_81-art_6-reflection_period-gives = يمكنك أن تحصل على وقت لتتعافى، وتبتعد عن الأشخاص الذين آذوك، وتقرر إن كنت تريد مساعدة الشرطة.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = تصريح بالبقاء بينما تساعد
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = قد تحصل على تصريح بالبقاء في البلد بينما تساعد الشرطة أو المحكمة في القضية.
protection-eu-directive_2009_52-art_6-back_pay = الأجر الذي لك عند صاحب العمل
protection-eu-directive_2009_52-art_6-back_pay-gives = يمكنك أن تطلب من صاحب العمل الأجر الذي لم تحصل عليه، حتى لو لم يكن لك الحق في العمل.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = تصريح بالبقاء بعد عمل سيئ جدًا
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = إذا قدّمت شكوى ضد صاحب عمل عاملك معاملة سيئة جدًا، قد تحصل على تصريح بالبقاء ما دامت القضية مستمرة.
protection-eu-directive_2012_29-art_8-victim_support = دعم مجاني بعد جريمة
protection-eu-directive_2012_29-art_8-victim_support-gives = يمكنك أن تحصل على دعم ونصيحة مجانًا وبسرية من خدمة دعم، حتى لو لم تبلّغ عن الجريمة.
caveat-may_grant = يُسمح للبلد أن يعطيك هذا، لكنه غير مُلزم بإعطائه.
instrument-eu-directive_2011_36 = EU Anti-Trafficking Directive 2011/36/EU (توجيه الاتحاد الأوروبي لمكافحة الاتجار بالبشر)
instrument-eu-directive_2024_1712 = Directive (EU) 2024/1712 amending the EU Anti-Trafficking Directive (توجيه الاتحاد الأوروبي الذي يعدّل توجيه مكافحة الاتجار بالبشر)
instrument-eu-directive_2004_81 = EU Directive 2004/81/EC on residence permits for victims of trafficking (توجيه الاتحاد الأوروبي بشأن تصاريح الإقامة لضحايا الاتجار بالأشخاص)
instrument-eu-directive_2009_52 = EU Employer Sanctions Directive 2009/52/EC (توجيه الاتحاد الأوروبي بشأن العقوبات على أصحاب العمل)
instrument-eu-directive_2012_29 = EU Victims' Rights Directive 2012/29/EU (توجيه الاتحاد الأوروبي بشأن حقوق الضحايا)

# Entitle: Arabic.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## عن هذه اللغة (تظهر في صفحة «عن هذه الأداة»)
locale-translation-note = تُرجم هذا النص من الإنجليزية بمساعدة نموذج ذكاء اصطناعي.
locale-review-note = لم يراجعه بعد شخص لغته الأم العربية.

## عنوان الصفحة: محايد حتى لا يكشف شيئًا لمن ينظر إلى الشاشة.
page-title = معلومات

## الخروج من الصفحة
exit-this-page = اخرج من الصفحة
exit-emergency = طوارئ
exit-shift-pressed-once = مفتاح Shift: اضغط مرتين أخريين للخروج.
exit-shift-pressed-twice = مفتاح Shift: اضغط مرة واحدة أخرى للخروج.

## اختيار اللغة وأسفل الصفحة
language-picker-label = اللغة
footer-not-advice = هذه معلومات، وليست نصيحة قانونية.
about-link = عن هذه الأداة
footer-site-name = تقدّم هذه الصفحة { $name }.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = إلى مسؤول هذا الموقع: لم يُستخدم ملف الإعدادات site.json، لذلك يعمل التطبيق بإعداداته الخاصة. المشكلة في { $field }: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] النص ليس JSON صالحًا ابتداءً من هنا.
    [twice] هذا الحقل مكتوب مرتين.
    [unknown] لا يوجد إعداد بهذا الاسم.
    [missing] هذا الإعداد مطلوب.
    [not-text] يجب أن يكون نصًا بين علامتي تنصيص.
    [not-list] يجب أن يكون قائمة بين [ ].
    [not-object] يجب أن يكون مجموعة إعدادات بين { "{" } { "}" }.
    [not-true-or-false] يجب أن يكون true أو false.
    [version] يجب أن يكون 1.
    [country] التطبيق لا يغطي هذا البلد (استخدم رمزًا مثل GB).
    [language] التطبيق لا يتحدث هذه اللغة (استخدم رمزًا مثل fr).
    [language-tag] يجب أن يكون رمز لغة مثل pl أو pt-BR، أو interpreters.
    [need] هذه الحاجة ليست من الحاجات التي يعرفها التطبيق.
    [phone] يجب أن يكون رقمًا من 3 إلى 15 خانة، مع + في أوله للرقم الدولي، ومن دون مسافات.
    [web] يجب أن يكون عنوان موقع يبدأ بـ https://.
    [days] يجب أن يكون mon_fri أو mon_sat أو every_day.
    [time] يجب أن يكون وقتًا مثل 09:00.
    [hours] استخدم إما always: true، أو days مع opens و closes.
    [length] فارغ أو طويل جدًا.
    [too-many] هذه القائمة طويلة جدًا.
    [no-way-to-reach] تحتاج جهة الاتصال هذه إلى phone أو sms أو عنوان موقع.
    [repeated] موجود في القائمة من قبل.
    [display-without-phone] يحتاج phone_display إلى phone أيضًا.
   *[other] هذه القيمة غير مسموح بها.
}

## الصفحة الأولى
start-heading = اعرف ما قد يكون لك من مساعدة وحقوق
start-what-this-is = أجب عن بعض الأسئلة القصيرة عن عملك ورحلتك. سنريك علامات الأذى في إجاباتك، والحقوق التي قد تحميك، وأين تجد المساعدة.
start-danger-heading = إذا كنت في خطر الآن
start-danger-body = اتصل برقم الطوارئ في البلد الذي أنت فيه. يمكنك الاتصال حتى لو لم تكن معك أوراق.
start-privacy-heading = إجاباتك تبقى على هذا الهاتف
start-privacy-body = لا يُرسَل أي شيء من إجاباتك إلى أي مكان. ولا يُحفظ أي شيء. عندما تغلق هذه الصفحة، تختفي إجاباتك.
start-leave-heading = اخرج بسرعة
start-leave-body = اضغط على «اخرج من الصفحة» في أي وقت، أو اضغط على مفتاح Shift ثلاث مرات. ستُغلق هذه الصفحة وتُفتح صفحة عن الطقس.
start-not-heading = ما لا تقدمه هذه الأداة
start-not-body = هذه معلومات، وليست نصيحة قانونية. لا يمكنها أن تقرر إن كنت ضحية جريمة. السلطات وحدها يمكنها أن تقرر ذلك. يمكن أن يساعدك محامٍ أو منظمة دعم.
start-button = ابدأ

## الأسئلة: كلمات عامة
back = رجوع
continue = متابعة
change = تغيير
not-provided = لا توجد إجابة
select-placeholder = اختر إجابة واحدة
progress = السؤال { $n } من { $total } على الأكثر
error-summary-title = هناك مشكلة
error-choose-one = اختر إجابة واحدة. يمكنك أن تختار «لا أعرف» أو «أفضّل ألّا أقول».
error-number-range = اكتب عددًا صحيحًا من 0 إلى { $most }.
reply-yes = نعم
reply-no = لا
reply-dont_know = لا أعرف
reply-prefer_not_to_say = أفضّل ألّا أقول
answer-maybe_under_18 = لست متأكدًا. قد يكون عمري أقل من 18 سنة.
answer-years = العمر: { $years }
answer-count = { $count }

## البلدان
country-AU = أستراليا
country-CA = كندا
country-FR = فرنسا
country-DE = ألمانيا
country-IT = إيطاليا
country-NL = هولندا
country-PH = الفلبين
country-QA = قطر
country-ES = إسبانيا
country-TH = تايلاند
country-GB = المملكة المتحدة
country-US = الولايات المتحدة
country-EU = بلد آخر في الاتحاد الأوروبي، أو آيسلندا، أو ليختنشتاين، أو النرويج، أو سويسرا
country-ZZ = بلد آخر

## الأسئلة. تحت كل سؤال سطر للتوضيح.
question-country_now = في أي بلد أنت الآن؟
question-country_now-hint = القواعد والمساعدة التي نعرضها تتوقف على هذا.
question-in_danger_now = هل أنت في خطر الآن؟
question-in_danger_now-hint = مثلًا، قد يؤذيك شخص ما اليوم.
question-nationality = ما هي جنسيتك؟
question-nationality-hint = البلد الذي أصدر جواز سفرك.
question-age = كم عمرك؟
question-age-hint = القواعد الخاصة بالأطفال مختلفة. الطفل هو كل من عمره أقل من 18 سنة.
question-age-number = أعرف عمري
question-under_18_when_it_began = هل كان عمرك أقل من 18 سنة عندما بدأ هذا العمل أو هذه الرحلة؟
question-under_18_when_it_began-hint = بعض الحقوق تتوقف على عمرك في ذلك الوقت، لا الآن.
question-work_kind = ما نوع العمل الذي تقوم به، أو الذي كنت تقوم به؟
question-work_kind-hint = اختر العمل الرئيسي.
option-work_kind-domestic = عمل في البيوت (تنظيف، طبخ، رعاية أطفال)
option-work_kind-agriculture = عمل في الزراعة
option-work_kind-construction = عمل في البناء
option-work_kind-fishing = صيد السمك أو العمل على قارب
option-work_kind-care = رعاية كبار السن أو المرضى
option-work_kind-factory = عمل في مصنع
option-work_kind-hospitality = فنادق أو مطاعم أو تنظيف
option-work_kind-sex_work = عمل في الجنس
option-work_kind-criminal_activity = أعمال ضد القانون، مثل زراعة المخدرات أو بيعها أو السرقة
option-work_kind-begging = التسول
option-work_kind-other = عمل آخر
question-recruited = هل وجد لك أحد هذا العمل أو رتّب سفرك؟
question-recruited-hint = مثلًا وكيل، أو قريب، أو شخص على الإنترنت.
question-recruited_by = من وجد لك العمل أو رتّب سفرك؟
question-recruited_by-hint = اختر الإجابة الأقرب إلى وضعك.
option-recruited_by-agency = مكتب توظيف أو وكيل
option-recruited_by-relative = قريب من العائلة
option-recruited_by-partner = حبيب أو حبيبة، أو زوج أو زوجة
option-recruited_by-friend = صديق
option-recruited_by-stranger = شخص لم أكن أعرفه
option-recruited_by-online = شخص على الإنترنت
option-recruited_by-employer = صاحب العمل
option-recruited_by-other = شخص آخر
question-forced_to_go = هل أُخذت أو أُجبرت على الذهاب رغمًا عنك؟
question-forced_to_go-hint = مثلًا، أجبرك أحد على السفر أو أخذك.
question-moved_by_others = هل نقلك أشخاص آخرون من مكان إلى مكان؟
question-moved_by_others-hint = مثلًا، أخذوك بالسيارة إلى مكان جديد أو سلّموك إلى أشخاص آخرين.
question-promise_broken = هل عملك أو أجرك أو مكان سكنك مختلف عمّا وُعدت به؟
question-promise_broken-hint = مثلًا، عمل آخر، أو مال أقل، أو سكن أسوأ.
question-deceived_about_work = هل العمل مختلف عن العمل الذي وُعدت به؟
question-deceived_about_work-hint = مثلًا، وُعدت بعمل في متجر لكنك تعمل في مزرعة.
question-deceived_about_pay = هل أجرك أقل مما وُعدت به؟
question-deceived_about_pay-hint = فكّر في المال الذي تحصل عليه فعلًا.
question-deceived_about_conditions = هل ساعات عملك أو سكنك أو عملك أسوأ مما وُعدت به؟
question-deceived_about_conditions-hint = مثلًا، أيام عمل أطول أو مكان سكن أسوأ.
question-deceived_about_papers = هل وُعدت بتأشيرة أو أوراق ولم تحصل عليها؟
question-deceived_about_papers-hint = مثلًا، تصريح عمل.
question-paid_recruitment_fee = هل دفعت مالًا لتحصل على هذا العمل أو هذا السفر؟
question-paid_recruitment_fee-hint = مثلًا، رسوم لوكيل.
question-owes_debt = هل عليك دَين لمديرك، أو لوكيل، أو للأشخاص الذين أحضروك؟
question-owes_debt-hint = مثلًا، مقابل سفرك أو طعامك أو سكنك.
question-debt_grows = هل يستمر الدَّين في الزيادة، حتى عندما تعمل؟
question-debt_grows-hint = مثلًا، يضيفون تكاليف جديدة طوال الوقت.
question-must_work_off_debt = هل يقولون إنك لا تستطيع أن تترك حتى تدفع الدَّين؟
question-must_work_off_debt-hint = أو إن عليك أن تعمل حتى يُدفع الدَّين.
question-journey = كيف دخلت إلى هذا البلد؟
question-journey-hint = اختر الإجابة الأقرب إلى وضعك.
option-journey-regular = بتأشيرة أو تصريح، عن طريق مراقبة الحدود
option-journey-smuggled = دفعت لشخص ليُدخلني دون الأوراق الصحيحة
option-journey-false_papers = بأوراق مزوّرة، أو بأوراق ليست لي
option-journey-no_border = لم أعبر أي حدود
question-harmed_on_journey = أثناء الرحلة، هل ضربك أو آذاك أو أساء إليك الأشخاص الذين نقلوك؟
question-harmed_on_journey-hint = اذكر أي نوع من الأذى.
question-held_on_journey = أثناء الرحلة، هل احتُجزت رغمًا عنك، أو احتُجزت حتى يُدفع مال؟
question-held_on_journey-hint = مثلًا، حُبست حتى دفع أحد المال.
question-pay_problem = هل يُحتجز أجرك، أو يُقتطع منه، أو لا يُدفع أبدًا؟
question-pay_problem-hint = وأيضًا إن كان يُؤخذ جزء كبير منه للسكن أو الطعام أو الرسوم أو الغرامات.
question-documents_kept = هل أخذ أحد جواز سفرك أو بطاقة هويتك واحتفظ بها؟
question-documents_kept-hint = مثلًا مديرك، أو وكيل، أو الشخص الذي أحضرك إلى هنا.
question-documents_held_by = من معه جواز سفرك أو بطاقة هويتك الآن؟
question-documents_held_by-hint = اختر الإجابة الأقرب إلى وضعك.
option-documents_held_by-themselves = هي معي
option-documents_held_by-employer = مديري
option-documents_held_by-agent = وكيل
option-documents_held_by-smuggler = الأشخاص الذين نقلوني عبر الحدود
option-documents_held_by-authorities = الشرطة أو إدارة الهجرة
option-documents_held_by-other = شخص آخر
option-documents_held_by-lost = ضاعت أو تلفت
question-hurt_or_threatened = هل آذاك أحد، أو هدّدك أو هدّد عائلتك؟
question-hurt_or_threatened-hint = ويشمل ذلك التهديد بإبلاغ الشرطة أو سلطات الهجرة.
question-threatened = هل هددك أحد؟
question-threatened-hint = مثلًا، قال إنه سيؤذيك.
question-family_threatened = هل هدد أحد عائلتك؟
question-family_threatened-hint = هنا أو في بلدك.
question-threatened_with_authorities = هل قال لك أحد إنه سيبلغ عنك الشرطة أو إدارة الهجرة؟
question-threatened_with_authorities-hint = مثلًا، ليجعلك تستمر في العمل.
question-physical_violence = هل ضربك أحد أو آذاك؟
question-physical_violence-hint = في العمل أو في مكان سكنك.
question-sexual_violence = هل أجبرك أحد على الجنس أو لمسك بطريقة جنسية رغمًا عنك؟
question-sexual_violence-hint = يمكنك أن تختار «أفضّل ألّا أقول».
question-locked_in = هل أنت محبوس، أو ممنوع من الخروج؟
question-locked_in-hint = في العمل أو في مكان سكنك.
question-watched = هل هناك من يراقبك أو يتبعك طوال الوقت؟
question-watched-hint = مثلًا، هناك شخص يذهب معك دائمًا.
question-isolated = هل يمنعونك من الكلام مع عائلتك أو مع أشخاص آخرين؟
question-isolated-hint = مثلًا، أُخذ منك هاتفك.
question-cannot_leave = إذا أردت أن تترك هذا العمل، هل سيمنعونك؟
question-cannot_leave-hint = أو هل سيحدث لك شيء سيئ؟
question-lives_at_workplace = هل تسكن في مكان عملك، أو في مكان يختاره مديرك؟
question-lives_at_workplace-hint = مثلًا، في بيت مديرك.
question-residence_status = ما الأوراق التي معك للبقاء في هذا البلد؟
question-residence_status-hint = اختر الإجابة الأقرب إلى وضعك.
option-residence_status-citizen = أحمل جنسية هذا البلد
option-residence_status-permanent_resident = يمكنني البقاء هنا بشكل دائم
option-residence_status-work_permit = تأشيرة عمل أو تصريح عمل
option-residence_status-student_or_visitor = تأشيرة دراسة أو زيارة
option-residence_status-asylum_seeker = طلبت اللجوء
option-residence_status-refugee = معي صفة لاجئ هنا
option-residence_status-expired = انتهت مدة تأشيرتي أو تصريحي
option-residence_status-no_papers = ليست معي أوراق
question-tied_to_employer = هل تقول تأشيرتك إنك لا تستطيع العمل إلا عند هذا المدير؟
question-tied_to_employer-hint = أو هل تحتاج إلى إذن من مديرك لتغيير عملك؟
question-wages_withheld = هل يحتفظون بأجرك، أو لا يدفعون لك أبدًا؟
question-wages_withheld-hint = مثلًا، يقول مديرك إنه سيدفع لك فيما بعد.
question-large_deductions = هل يُؤخذ جزء كبير من أجرك مقابل السكن أو الطعام أو الرسوم أو الغرامات؟
question-large_deductions-hint = مال يُؤخذ قبل أن تستلم أجرك.
question-hard_conditions = هل ساعات العمل طويلة جدًا، أو العمل خطير، أو المكان الذي تنام فيه سيئ جدًا؟
question-hard_conditions-hint = مثلًا، لا يوم راحة، أو لا معدات للسلامة، أو غرفة مزدحمة ومتسخة.
question-hours_per_day = كم ساعة تعمل في يوم العمل العادي؟
question-hours_per_day-hint = احسب كل الساعات، مع أوقات الاستراحة.
question-hours_per_day-number = أعرف عدد الساعات
question-days_off_per_week = كم يوم عطلة لك في الأسبوع العادي؟
question-days_off_per_week-hint = أيام لا تعمل فيها أبدًا.
question-days_off_per_week-number = أعرف عدد الأيام
question-unsafe_work = هل عملك خطير، دون الحماية أو التدريب الذي تحتاجه؟
question-unsafe_work-hint = مثلًا، مواد كيميائية دون قفازات أو كمامات.
question-degrading_living = هل المكان الذي تسكن فيه سيئ جدًا؟
question-degrading_living-hint = مثلًا، فيه ناس كثيرون جدًا، أو وسخ، أو بلا ماء، أو بلا خصوصية.
question-made_to_do_things = هل أجبرك أحد على ممارسة الجنس مقابل المال أو ارتكاب جرائم، أو على الزواج، أو على التخلي عن جزء من جسمك؟
question-made_to_do_things-hint = يمكنك أن تختار «أفضّل ألّا أقول».
question-sexual_exploitation = هل يجبرونك على ممارسة الجنس مع أشخاص، أو على العمل في الجنس، ليحصل شخص آخر على المال؟
question-sexual_exploitation-hint = يمكنك أن تختار «أفضّل ألّا أقول».
question-made_to_break_law = هل أُجبرت على مخالفة القانون؟
question-made_to_break_law-hint = مثلًا، زراعة المخدرات أو بيعها، أو السرقة، أو استعمال أوراق مزوّرة.
question-forced_marriage = هل أُجبرت على الزواج، أو هل يجبرونك عليه الآن؟
question-forced_marriage-hint = زواج لم توافق عليه.
question-organ_removal = هل أخذ أحد جزءًا من جسمك، مثل الكلية، أو حاول أن يجبرك على إعطائه؟
question-organ_removal-hint = وأيضًا إذا وُعدت بمال مقابل ذلك.
question-fear_of_return = هل تخاف مما قد يحدث لك إذا عدت إلى بلدك؟
question-fear_of_return-hint = فكّر في الخطر عليك هناك.
question-fear_reason = لماذا تخاف من العودة؟
question-fear_reason-hint = اختر السبب الرئيسي.
option-fear_reason-traffickers = الأشخاص الذين استغلوني، أو أن أقع في الفخ مرة أخرى
option-fear_reason-persecution = بسبب عِرقي، أو ديني، أو جنسيتي، أو جماعتي، أو آرائي السياسية
option-fear_reason-torture = التعذيب أو المعاملة القاسية جدًا
option-fear_reason-family_or_community = العنف من عائلتي أو مجتمعي
option-fear_reason-other = سبب آخر
question-wants_to_go_home = هل تريد العودة إلى بلدك؟
question-wants_to_go_home-hint = إلى البلد الذي جئت منه.
question-needs_help_now = هل تحتاج إلى مساعدة الآن في صحتك، أو في لغة، أو مع أطفالك، أو للعودة إلى بلدك؟
question-needs_help_now-hint = إن كان الجواب نعم، نسألك قليلًا أكثر لنريك المساعدة المناسبة.
question-children_with_them = هل معك أطفال؟
question-children_with_them-hint = أطفال أعمارهم أقل من 18 سنة يعيشون معك.
question-health_needs = هل تحتاج إلى طبيب أو رعاية صحية؟
question-health_needs-hint = لجسمك أو لنفسيتك.
question-speaks_local_language = هل تتكلم لغة البلد الذي أنت فيه؟
question-speaks_local_language-hint = بما يكفي للكلام مع طبيب أو مع الشرطة.
question-still_there = هل ما زلت تعمل هناك، أو ما زلت مع هؤلاء الأشخاص؟
question-still_there-hint = بعض الحقوق تتوقف على هذا.
question-reported_to_police = هل أخبرت الشرطة؟
question-reported_to_police-hint = عمّا حدث لك.
question-willing_to_help_police = هل أنت مستعد لمساعدة الشرطة في التحقيق؟
question-willing_to_help_police-hint = بعض الحقوق تتوقف على هذا. يمكنك أن تحصل على المساعدة حتى لو قلت لا.

## راجع إجاباتك
check-heading = راجع إجاباتك
check-intro = يمكنك تغيير أي إجابة قبل أن ترى النتائج.
check-continue = اعرض ما تدل عليه إجاباتك

## النتائج
results-heading = ما تدل عليه إجاباتك
results-meta = { $code ->
        [ZZ] حسب قواعد القانون الدولي
       *[other] حسب القواعد في { $country }
    } بتاريخ { $date }.
danger-call = اضغط للاتصال برقم الطوارئ. يمكنك الاتصال حتى لو لم تكن معك أوراق.
next-steps-heading = ما يمكنك فعله الآن
next-step-why = السبب: { $why }.
next-step-call_child_helpline = اتصل بخط مساعدة للأطفال
next-step-call_child_helpline-say = يمكنك أن تقول: «عمري أقل من 18 سنة وأحتاج إلى مساعدة.»
next-step-call_trafficking_helpline = اتصل بخط المساعدة لمن يتعرضون للاستغلال
next-step-call_trafficking_helpline-say = يمكنهم أن يجدوا لك الدعم. يمكنك أن تقول: «أظن أنني أتعرض للاستغلال وأحتاج إلى مساعدة.»
next-step-ask_for_protection = اسأل عن الحماية، حتى لا تُعاد إلى الخطر
next-step-ask_for_protection-say = يمكنك أن تقول: «أخاف من العودة إلى بلدي.»
next-step-claim_unpaid_pay = اسأل مفتشي العمل كيف تحصل على الأجر المستحق لك
next-step-claim_unpaid_pay-say = يمكنك أن تقول: «لم يدفع لي صاحب العمل ما يستحق لي.»
next-step-call_exploitation_helpline = اتصل بخط مساعدة للعمال الذين يُعامَلون بظلم
next-step-call_exploitation_helpline-say = يمكنك أن تقول: «أُعامَل معاملة سيئة في العمل وأحتاج إلى نصيحة.»
next-step-get_legal_advice = احصل على استشارة قانونية مجانية عن حقوقك
next-step-get_legal_advice-say = يمكنك أن تقول: «أحتاج إلى نصيحة عن حقوقي وأوراقي.»
danger-local-number = اتصل برقم الطوارئ المحلي في البلد الذي أنت فيه.
call-number = اتصل بالرقم { $number }
text-number = أرسل رسالة نصية إلى { $number }
results-signs-heading = العلامات في إجاباتك
results-signs-intro = هذه مجرد علامات. وليست قرارًا بشأنك.
results-not-found = علامات لم نجدها
results-needs-heading = ما قد تحتاجه الآن
results-protections-heading = حقوق قد تنطبق عليك
results-protections-none = لم نجد هنا أنواع حماية تناسب إجاباتك. خدمات المساعدة المذكورة أدناه يمكنها أن تساعدك مع ذلك.
results-protections-not = حقوق لا تناسب إجاباتك
rights-time_to_recover = وقت للراحة والتعافي
rights-permission_to_stay = الإذن بالبقاء
rights-money_owed = المال المستحق لك، والتعويض
rights-no_punishment = لا عقاب على ما أُجبرت على فعله
rights-no_sending_back = عدم إعادتك إلى الخطر
rights-going_home = العودة إلى بلدك بأمان
rights-childrens_rights = حقوق الأطفال
rights-support_and_advice = المساعدة والدعم والمشورة
rights-rules = { $count ->
        [one] القاعدة بالتفصيل
       *[other] القواعد ({ $count }) بالتفصيل
    }
results-help-heading = أين تجد المساعدة
results-limits-heading = ما لا تستطيع هذه الأداة أن تخبرك به
results-limits-body = هذا فقط يبيّن ما تدل عليه إجاباتك. القواعد تتغير، ولم نسأل عن كل شيء. تكلّم مع محامٍ أو منظمة دعم قبل أن تتخذ أي خطوة.
results-print = اطبع أو احفظ كملف PDF
start-again = ابدأ من جديد وامسح إجاباتي
because-heading = لماذا نقول هذا
missing-heading = الإجابة عن هذا قد تغيّر النتيجة
sources-heading = المصادر القانونية
source-line = { $instrument }، المادة { $article } (منذ { $from })
source-secondary = تم التحقق منه في مصدر ثانوي فقط.
source-unverified = لم نتحقق منه بعد في النص الرسمي.
delphi-met = اختبار ثانٍ، وهو مؤشرات منظمة العمل الدولية والمفوضية الأوروبية، يدل أيضًا على الاتجار بالبشر.
delphi-not-met = اختبار ثانٍ، وهو مؤشرات منظمة العمل الدولية والمفوضية الأوروبية، لا يدل على الاتجار بالبشر حسب هذه الإجابات.
delphi-not-applicable = لم نتمكن من استعمال الاختبار الثاني، وهو مؤشرات منظمة العمل الدولية والمفوضية الأوروبية، مع هذه الإجابات.

## النتائج: عنوان وجملة واحدة لكل مستوى
finding-trafficking-title = الاتجار بالبشر
finding-trafficking-strong = إجاباتك فيها علامات قوية على الاتجار بالبشر.
finding-trafficking-some = إجاباتك فيها بعض العلامات على الاتجار بالبشر.
finding-trafficking-none_found = إجاباتك ليس فيها علامات على الاتجار بالبشر.
finding-trafficking-not_enough_information = لا نعرف بعد ما يكفي لنقول إن كانت هناك علامات على الاتجار بالبشر.
finding-forced_labour-title = العمل القسري
finding-forced_labour-strong = إجاباتك فيها علامات قوية على العمل القسري.
finding-forced_labour-some = إجاباتك فيها بعض العلامات على العمل القسري.
finding-forced_labour-none_found = إجاباتك ليس فيها علامات على العمل القسري.
finding-forced_labour-not_enough_information = لا نعرف بعد ما يكفي لنقول إن كانت هناك علامات على العمل القسري.
finding-servitude-title = الاستعباد
finding-servitude-strong = إجاباتك فيها علامات قوية على الاستعباد: أن تُجبَر على العمل والعيش تحت سيطرة شخص آخر.
finding-servitude-some = إجاباتك فيها بعض العلامات على الاستعباد: أن تُجبَر على العمل والعيش تحت سيطرة شخص آخر.
finding-servitude-none_found = إجاباتك ليس فيها علامات على الاستعباد.
finding-servitude-not_enough_information = لا نعرف بعد ما يكفي لنقول إن كانت هناك علامات على الاستعباد.
finding-labour_exploitation-title = عمل ظالم أو فيه إساءة
finding-labour_exploitation-strong = إجاباتك فيها علامات قوية على عمل ظالم أو فيه إساءة.
finding-labour_exploitation-some = إجاباتك فيها بعض العلامات على عمل ظالم أو فيه إساءة.
finding-labour_exploitation-none_found = إجاباتك ليس فيها علامات على عمل ظالم أو فيه إساءة.
finding-labour_exploitation-not_enough_information = لا نعرف بعد ما يكفي لنقول إن كانت هناك علامات على عمل ظالم أو فيه إساءة.
finding-smuggling_abuse-title = الأذى أثناء الرحلة
finding-smuggling_abuse-strong = إجاباتك فيها علامات قوية على أن الأشخاص الذين نقلوك آذوك.
finding-smuggling_abuse-some = إجاباتك فيها بعض العلامات على أن الأشخاص الذين نقلوك آذوك.
finding-smuggling_abuse-none_found = إجاباتك ليس فيها علامات على أذى أثناء الرحلة.
finding-smuggling_abuse-not_enough_information = لا نعرف بعد ما يكفي لنقول إن كنت قد تعرّضت للأذى أثناء الرحلة.
finding-international_protection-title = خطر عليك إذا عدت
finding-international_protection-strong = إجاباتك فيها علامات قوية على أنك قد تحتاج إلى حماية من إعادتك إلى بلدك.
finding-international_protection-some = إجاباتك فيها بعض العلامات على أنك قد تحتاج إلى حماية من إعادتك إلى بلدك.
finding-international_protection-none_found = إجاباتك لا تُظهر خوفًا من العودة.
finding-international_protection-not_enough_information = لا نعرف بعد ما يكفي لنقول إن كنت تحتاج إلى حماية من إعادتك إلى بلدك.
finding-possible_child-title = حقوق الأطفال
finding-possible_child-strong = تقول إجاباتك إن عمرك أقل من 18 سنة. للأطفال حقوق إضافية.
finding-possible_child-some = قد يكون عمرك أقل من 18 سنة، أو كان كذلك عندما بدأ هذا. إلى أن يُعرف عمرك، يجب أن تُعامَل كطفل.
finding-possible_child-none_found = تقول إجاباتك إن عمرك 18 سنة أو أكثر.
finding-possible_child-not_enough_information = لا نعرف عمرك بعد. للأطفال حقوق إضافية.
finding-possible_child-not_enough_information-when_it_began = لا نعرف بعد إن كان عمرك أقل من 18 سنة عندما بدأ هذا. إن كان كذلك، فقد تساعدك حقوق الأطفال.

## الاحتياجات
need-immediate_safety = الأمان الآن
need-medical_care = طبيب أو رعاية صحية
need-safe_housing = مكان آمن للإقامة
need-interpretation = شخص يترجم لغتك
need-legal_advice = نصيحة من محامٍ
need-children = مساعدة للأطفال
need-going_home = العودة إلى بلدك بأمان
need-fear_of_return = الحماية من إعادتك إلى بلدك
need-unpaid_wages = الحصول على الأجر الذي لك

## أنواع الحماية: الحالة والشروط والمعلومات
status-applies = هذا ينطبق عليك بحسب الوقائع. لا يحتاج إلى قرار من أحد.
status-may_apply = قد ينطبق هذا عليك. جهة رسمية هي التي تقرر.
status-needs_information = قد ينطبق هذا. نحتاج إلى إجابات أكثر لنعرف.
status-does_not_apply = هذا لا يناسب إجاباتك.
protection-conditions = ماذا يحتاج
protection-requires = ما يجب أن يحدث أولًا
condition-any-of = يكفي واحد من هذه:
protection-outside-scope = هذه الحماية للأشخاص الذين تُظهر إجاباتهم علامات على: { $signs }. لا تُظهر إجاباتك هذه العلامات بعد. تظهر هنا لأنها قد تلبي حاجة أخبرتنا بها.
requires-positive_reasonable_grounds_decision = تقرّر الجهة التي تحدد الضحايا أن هناك أسبابًا معقولة للاعتقاد بأنك تعرضت للاتجار أو الاستغلال.
requires-positive_conclusive_grounds_decision = تتخذ الجهة التي تحدد الضحايا قرارًا نهائيًا بأنك تعرضت للاتجار أو الاستغلال.
requires-law_enforcement_request = تطلبه لك الشرطة أو جهة أخرى لإنفاذ القانون.
protection-values = كم المدة أو كم المبلغ
protection-decided-by = من يقرر
protection-how-to-ask = كيف تطلبه
protection-cooperation = هل يجب أن تساعد الشرطة؟
protection-unknown = غير معروف بعد
protection-unverified = لم نتحقق بعد من هذه القاعدة في النص الرسمي.
cooperation-required = نعم، هذا يحتاج منك أن تساعد الشرطة أو النيابة العامة.
cooperation-not-required = لا.
condition-met = (نعم)
condition-not-met = (لا)
condition-unknown = (غير معروف)
condition-not_a_national = لست من مواطني هذا البلد
condition-third_country_national = لست من مواطني أي بلد في الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا
condition-irregular_status = ليست معك الآن أوراق للبقاء
condition-child = عمرك أقل من 18 سنة، أو قد يكون كذلك
condition-adult = عمرك 18 سنة أو أكثر
condition-cooperation = أنت مستعد لمساعدة الشرطة
condition-reported_to_police = أخبرت الشرطة
condition-fear_of_return = تخاف من العودة
condition-wants_to_go_home = تريد العودة إلى بلدك
condition-made_to_break_law = أُجبرت على مخالفة القانون
condition-smuggled = أدخلك مهرّبون إلى البلد
condition-owed_wages = لك أجر لم يُدفع
condition-no_longer_there = لم تعد مع الأشخاص الذين استغلوك
condition-particularly_exploitative = كان عملك خطيرًا أو أضرّ بصحتك أو كرامتك، أو كانت ساعاته كثيرة جدًا
condition-unable_to_cooperate = صدمة أو مرض أو خطر شديد يجعل مساعدة الشرطة صعبة جدًا عليك (تقرر السلطة ذلك)
decider-no_decision = لا أحد: هذا يأتي من القانون مباشرة.
decider-competent_authority = المكتب الذي يقرر من هو ضحية للاتجار بالبشر.
decider-immigration_authority = إدارة الهجرة.
decider-police = الشرطة.
decider-prosecutor = النيابة العامة.
decider-court = المحكمة.
decider-labour_inspectorate = مفتشو العمل.
decider-child_protection = خدمات حماية الطفل.
decider-asylum_authority = مكتب اللجوء.
decider-support_provider = منظمة دعم.
referrer-self_ = يمكنك أن تطلبه بنفسك، والأفضل أن يساعدك محامٍ.
referrer-first_responder = يجب أن تحيلك جهة مختصة: الشرطة أو منظمة دعم معتمدة.
referrer-police = يجب أن تطلبه الشرطة.
referrer-prosecutor = يجب أن تطلبه النيابة العامة.
referrer-prosecutor_or_labour_inspectorate = يجب أن تطلبه النيابة العامة أو مفتشية العمل.
referrer-ngo = يمكن أن تساعدك منظمة دعم في طلبه.
referrer-lawyer = يمكن أن يساعدك محامٍ في طلبه.
referrer-nobody = لا تحتاج إلى طلبه.
value-amount_minor = المبلغ: { $value } { $currency }
value-annual_cap = الحد الأقصى كل سنة (عدد الأشخاص): { $value }
value-days = المدة (بالأيام): { $value }
value-food_allowance_amount_minor = بدل الطعام: { $value } { $currency }
value-housing_allowance_amount_minor = بدل السكن: { $value } { $currency }
value-initial_months = المدة الأولى (بالأشهر): { $value }
value-initial_years = المدة الأولى (بالسنوات): { $value }
value-limitation_years = المهلة لتقديم المطالبة (بالسنوات): { $value }
value-max_days = المدة القصوى (بالأيام): { $value }
value-max_months = المدة القصوى (بالأشهر): { $value }
value-max_years = المدة القصوى (بالسنوات): { $value }
value-min_days = المدة الدنيا (بالأيام): { $value }
value-min_hourly_wage = أقل أجر للساعة: { $value } { $currency }
value-min_months = المدة الدنيا (بالأشهر): { $value }
value-months = المدة (بالأشهر): { $value }
value-notice_months = مدة الإنذار قبل ترك العمل (بالأشهر): { $value }
value-notice_months_after_two_years = مدة الإنذار بعد سنتين في العمل (بالأشهر): { $value }
value-presumed_min_months = يُعتبر أن عملك استمر على الأقل هذه المدة (بالأشهر): { $value }
value-renewal_months = مدة التجديد (بالأشهر): { $value }
value-years = المدة (بالسنوات): { $value }
value-years_in_scheme = بعد هذه المدة (بالسنوات): { $value }

## المساعدة
help-kind-emergency = الطوارئ
help-kind-trafficking_helpline = خط مساعدة لضحايا الاتجار بالبشر
help-kind-exploitation_helpline = خط مساعدة للاستغلال في العمل
help-kind-labour_inspectorate = مفتشو العمل: شكاوى عن العمل والأجر
help-kind-legal_aid = مساعدة قانونية مجانية
help-kind-ngo = منظمة دعم
help-kind-asylum = مساعدة في اللجوء وللاجئين
help-kind-child_helpline = خط مساعدة للأطفال
help-kind-international = دليل دولي
hours-always = مفتوح ليلًا ونهارًا، كل يوم.
hours-days = مفتوح { $days }، من الساعة { $opens } إلى الساعة { $closes }.
days-mon_fri = من الاثنين إلى الجمعة
days-mon_sat = من الاثنين إلى السبت
days-every_day = كل يوم
help-interpreters = مترجمون للغات كثيرة.
help-languages = اللغات: { $languages }
help-free = مجاني.
help-checked = تم التحقق من المعلومات بتاريخ { $date }.
help-not-checked = لم نتحقق من هذه المعلومات بعد.
help-more = التفاصيل
help-from-site = من { $name }، الجهة التي تدير هذه الصفحة.
help-from-this-site = من الجهة التي تدير هذه الصفحة.
help-meets = يمكن أن تساعد في: { $needs }

## عن الأداة
about-heading = عن هذه الأداة
about-what = تساعد هذه الأداة المهاجرين على معرفة إن كانت هناك علامات على الاتجار بالبشر أو العمل القسري أو أذى آخر، وتعرض الحقوق والمساعدة التي قد تنطبق عليهم. هي معلومات، وليست نصيحة قانونية.
about-translation-heading = عن هذه اللغة
about-sources-heading = من أين تأتي المعلومات القانونية
about-sources = كل حق معروض هنا يأتي مع مصدره القانوني وتاريخ بدء سريانه. المعلومات التي لم نستطع التحقق منها في النص الرسمي مكتوب عليها أنها لم يُتحقق منها.
protection-more = المزيد عن هذا الحق
loading-wait = ما زال التحميل جاريًا. حاول مرة أخرى بعد لحظة.

## أسئلة المطالبة بالأجر
question-work_out_pay = هل تريد أن تحسب كم من الأجر قد يكون مستحقًا لك؟
question-work_out_pay-hint = يحتاج هذا إلى نحو ستة أسئلة أخرى. يستطيع المحامي أن يستعمل المبلغ الذي نحسبه.
question-work_began = متى بدأت هذا العمل؟
question-work_began-hint = يكفي الشهر والسنة.
question-work_ended = متى انتهى هذا العمل؟
question-work_ended-hint = إذا كنت ما زلت تعمل هناك، فاختر ذلك.
question-pay_promised = كم كان الأجر الذي وُعدت به؟
question-pay_promised-hint = اكتب المبلغ، واختر إن كان لكل ساعة، أو لكل يوم، أو لكل أسبوع، أو لكل شهر.
question-pay_received = كم حصلت فعلًا من الأجر، في المجموع؟
question-pay_received-hint = اجمع كل المال الذي حصلت عليه مقابل هذا العمل. يكفي رقم تقريبي.
question-deductions_total = كم أُخذ من أجرك، في المجموع؟
question-deductions_total-hint = مثلًا للسكن، أو الطعام، أو الرسوم، أو الغرامات، أو لـ«دَين». يكفي رقم تقريبي.
question-recruitment_fees_paid = كم دفعت لتحصل على هذا العمل أو على السفر؟
question-recruitment_fees_paid-hint = اجمع كل الرسوم التي دفعتها لوكلاء أو لأشخاص آخرين.
question-paid_to_someone_else = هل أُعطي أجرك لشخص آخر، وليس لك؟
question-paid_to_someone_else-hint = مثلًا لوكيل أو لمديرك.
answer-kind-month = أعرف الشهر
answer-still_working = ما زلت أعمل هناك
answer-kind-amount = أعرف المبلغ
input-month = الشهر
input-year = السنة
input-amount = المبلغ
input-currency = العملة
input-per = لكل
per-hour = ساعة
per-day = يوم
per-week = أسبوع
per-month = شهر
answer-pay = { $amount } لكل { $per }
error-month = اختر شهرًا، واكتب السنة بأربعة أرقام، مثل 2024.
error-amount = اكتب المبلغ بالأرقام، مثل 1200 أو 1200.50.

## المطالبة بالأجر في النتائج

## ملخص الحالة

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = احفظ إجاباتي
open-link = افتح إجابات محفوظة

## Listen
listen = استمع
listen-stop = إيقاف
about-listen-heading = القراءة بصوت عالٍ
about-listen-some = يقرأ زر «استمع» الكلمات بصوت عالٍ، باستخدام صوت موجود على هذا الجهاز. لا تخرج الكلمات من الجهاز أبدًا. يستطيع هذا الجهاز القراءة بصوت عالٍ بهذه اللغات: { $languages }.
about-listen-none = لا يوجد على هذا الجهاز صوت للقراءة بصوت عالٍ، لذلك لا يظهر زر «استمع». لا تستخدم الأداة إلا صوتًا موجودًا على الجهاز، لذلك لا تخرج الكلمات منه أبدًا.

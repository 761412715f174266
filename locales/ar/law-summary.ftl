# كلمات المطالبة بالأجر في النتائج وملخص الحالة للمحامي.
# تُحمَّل بعد الصفحة الأولى، مع كلمات القانون.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

claim-heading = الأجر الذي قد يكون مستحقًا لك
claim-lead-owed_against_minimum = عن { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من العمل، تدل إجاباتك على أن لك نحو { $amount }، إذا حُسب أجرك على أساس الحد الأدنى للأجر في القانون.
claim-lead-owed_against_promise = عن { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من العمل، تدل إجاباتك على أن لك نحو { $amount }، إذا حُسب أجرك على أساس ما وُعدت به.
claim-no-figure = لم نستطع أن نحسب مبلغًا من إجاباتك. الملخص يبيّن ما ينقص.
claim-deadline-next = أقرب مهلة مفتوحة للمطالبة تنتهي في { $date } ({ $route }).
claim-deadline-soon = تصرّف بسرعة: هناك مهلة للمطالبة تنتهي في { $date } ({ $route }).
claim-deadline-passed = قد تكون بعض المهل قد انتهت. قد يجد المحامي طريقة مع ذلك.
summary-open = اعرض الملخص للمحامي
route-labour_inspectorate = مفتشو العمل
route-labour_tribunal = محكمة العمل أو لجنة العمل
route-civil_court = المحكمة المدنية
route-criminal_compensation = المحكمة الجنائية
route-state_fund = صندوق الدولة لضحايا الجرائم
summary-heading = ملخص الحالة لمحامٍ أو لمن يتابع الحالة
summary-intro = أُعدّ هذا الملخص على هذا الجهاز بتاريخ { $date }، من إجابات الشخص نفسه، { $code ->
        [ZZ] حسب قواعد القانون الدولي
       *[other] حسب القواعد في { $country }
    }. وهو يبيّن علامات، وليس قرارات.
summary-chronology = ما حدث
stage-recruitment = التوظيف
stage-journey = الرحلة
stage-work = العمل
stage-leaving_and_now = المغادرة، والوضع الآن
summary-signs = العلامات في الإجابات، وعناصرها القانونية
summary-no-signs = الإجابات لا تُظهر أي علامات.
presence-present = ظاهر
presence-absent = غير ظاهر
presence-unknown = غير معروف
element-act = فعل: تجنيد الشخص، أو نقله، أو تسليمه، أو احتجازه
element-means = وسيلة: التهديد، أو القوة، أو الخداع، أو إساءة استعمال السلطة
element-purpose = غرض: الاستغلال
element-child = كان عمر الشخص أقل من 18 سنة
element-under_18 = عمر الشخص أقل من 18 سنة، أو قد يكون كذلك
element-menace_of_penalty = تهديد بالأذى أو بالعقاب
element-involuntary = عمل لم يقم به الشخص بإرادته الحرة
element-coercion = الإكراه
element-cannot_change_situation = لا يستطيع أن يغيّر وضعه
element-lives_at_workplace = يسكن حيث يقرر صاحب العمل
element-wages_withheld = الأجر محتجز
element-pay_below_promise = الأجر أقل مما وُعد به
element-large_deductions = مبالغ كبيرة تُؤخذ من الأجر
element-excessive_hours = ساعات عمل طويلة جدًا
element-recruitment_fees = رسوم دُفعت للحصول على العمل
element-smuggled = أدخله آخرون عبر الحدود بطريقة غير نظامية
element-fear_of_return = الخوف من العودة
element-protected_reason = سبب يحميه قانون اللاجئين
element-documents_kept = جواز السفر أو بطاقة الهوية يحتفظ بها آخرون
element-unsafe_or_degrading = عمل غير آمن أو ظروف سكن مهينة
element-violence_at_work = عنف في العمل
element-harmed_or_held = تعرّض للأذى أو للاحتجاز أثناء الرحلة
summary-indicators = مؤشرات منظمة العمل الدولية للعمل الجبري، وأبعاد منظمة العمل الدولية والاتحاد الأوروبي
summary-no-indicators = الإجابات لا تُظهر أيًّا من مؤشرات منظمة العمل الدولية.
indicator-ilo-fl-abuse_of_vulnerability = استغلال ضعف الشخص
indicator-ilo-fl-deception = الخداع
indicator-ilo-fl-restriction_of_movement = تقييد حرية التنقل
indicator-ilo-fl-isolation = العزل
indicator-ilo-fl-physical_and_sexual_violence = العنف الجسدي والجنسي
indicator-ilo-fl-intimidation_and_threats = الترهيب والتهديد
indicator-ilo-fl-retention_of_identity_documents = احتجاز وثائق الهوية
indicator-ilo-fl-withholding_of_wages = حجز الأجور
indicator-ilo-fl-debt_bondage = عبودية الدَّين
indicator-ilo-fl-abusive_working_and_living_conditions = ظروف عمل ومعيشة مسيئة
indicator-ilo-fl-excessive_overtime = ساعات عمل إضافية مفرطة
summary-dimension = البُعد
summary-strong-medium-weak = المؤشرات: قوية / متوسطة / ضعيفة
summary-positive = إيجابي
dimension-deceptive_recruitment = التوظيف بالخداع
dimension-coercive_recruitment = التوظيف بالإكراه
dimension-recruitment_by_abuse_of_vulnerability = التوظيف باستغلال الضعف
dimension-exploitative_conditions_of_work = ظروف عمل استغلالية
dimension-coercion_at_destination = الإكراه في مكان الوصول
dimension-abuse_of_vulnerability_at_destination = استغلال الضعف في مكان الوصول
summary-protections = أنواع الحماية التي قد تنطبق، وأسسها القانونية
summary-english-copy = نسخة بالإنجليزية للمحامي
summary-claim = المطالبة بالأجر، مع طريقة الحساب
summary-claim-period = من { $began } إلى { $ended }: { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }.
summary-claim-period-ongoing = منذ { $began }، وما زال العمل مستمرًا: { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } حتى الآن.
figure-owed_against_promise = المستحق حسب ما وُعد به
figure-owed_against_minimum = المستحق حسب الحد الأدنى للأجر في القانون
figure-arrears_at_current_rate = المبلغ نفسه، محسوبًا بالحد الأدنى الحالي
figure-overtime_at_minimum = أجر الساعات الإضافية فوق ذلك، بالحد الأدنى
figure-liquidated_damages = مبلغ مساوٍ مرة أخرى (تعويض مقطوع)
figure-restitution_at_least = أقل ما قد تأمر به محكمة جنائية
working-step = الخطوة
working-formula = الحساب
working-amount = المبلغ
working-value = القيمة المستعملة، ومصدرها
working-value-from = سارية منذ { $date }.
value-verified = تم التحقق منها في النص الرسمي.
step-promised_for_months = الأجر الموعود عن الأشهر التي عمل فيها
step-months_at_rate = الحد الأدنى الساري في أول يوم من كل شهر
step-sum = المجموع
step-less_received = مطروحًا منه ما تم استلامه
step-overtime_premium = الزيادة في أجر الساعات الإضافية
step-arrears_at_current_rate = محسوبًا بالحد الأدنى الحالي
step-liquidated_damages_equal = الحد الأدنى غير المدفوع وأجر الساعات الإضافية، مستحقان مرة أخرى
step-restitution_greater_of_gain_or_minimum = قيمة العمل بالحد الأدنى مع الساعات الإضافية؛ وأكثر إذا كسب الجاني أكثر من ذلك
summary-not-counted = ما لم تستطع الأرقام أن تحسبه
formula-hour = { $count ->
        [few] { $count } ساعات
       *[other] { $count } ساعة
    }
formula-day = { $count ->
        [few] { $count } أيام
       *[other] { $count } يوم
    }
formula-week = { $count ->
        [few] { $count } أسابيع
       *[other] { $count } أسبوع
    }
formula-month = { $count ->
        [few] { $count } أشهر
       *[other] { $count } شهر
    }
not-counted-period = الأشهر التي عمل فيها الشخص غير معروفة، لذلك لم يُحسب شيء.
not-counted-promise = الأجر الموعود غير معروف.
not-counted-received = ما تم استلامه غير معروف، لذلك لم يُطرح شيء.
not-counted-hours = ساعات العمل أو أيامه غير معروفة.
not-counted-age = العمر غير معروف، لذلك استُعمل الحد الأدنى للبالغين.
not-counted-no_minimum_wage = ليس عندنا حد أدنى للأجر في القانون لهذا البلد.
not-counted-months_before_first_rate = بعض الأشهر قبل أول حد أدنى للأجر عندنا، أو لم يكن لهذا العمر حد أدنى في ذلك الوقت.
not-counted-other_currency = جزء من الأجر كان بعملة أخرى، لذلك لم يُطرح.
not-counted-deductions = أُخذ مال من الأجر. ليست عندنا قاعدة تبيّن أي جزء منه أُخذ بشكل مخالف للقانون: يستطيع المحامي أن يتحقق من ذلك.
not-counted-recruitment_fees = دُفعت رسوم للحصول على العمل. ليست عندنا هنا قاعدة تحسبها: يستطيع المحامي أن يتحقق من ذلك.
not-counted-later_rate_missing = يحدد القانون حدًا أدنى جديدًا للأجر في مواعيد منتظمة، وربما استُبدل آخر حد أدنى عندنا قبل انتهاء العمل. قد يكون لك مبلغ أكبر عن الأشهر الأخيرة: يستطيع المحامي أن يتحقق من الحد الأدنى الرسمي.
summary-caveats = ما يجب أن يعرفه المحامي عن هذه الأرقام
summary-deadlines = المهل لتقديم المطالبة
summary-no-deadlines = ليست عندنا مهل لهذا البلد.
deadline-length = { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهران
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    }، تُحسب من { $from }.
runs-from-last_payment = آخر دفعة ناقصة من الأجر
runs-from-end_of_work = نهاية العمل
runs-from-end_of_exploitation = نهاية الاستغلال
runs-from-offence = وقوع الجريمة
runs-from-final_judgment = الحكم النهائي في القضية الجنائية
runs-from-end_of_year = نهاية السنة التي كان يجب أن يُدفع فيها الأجر
deadline-not_started = لم تبدأ بعد: العمل مستمر.
deadline-open = إذا حُسبت من نهاية الشهر الذي انتهى فيه العمل، فهي تنتهي في { $date }.
deadline-soon = إذا حُسبت من نهاية الشهر الذي انتهى فيه العمل، فهي تنتهي قريبًا، في { $date }.
deadline-passed = إذا حُسبت من نهاية الشهر الذي انتهى فيه العمل، فقد انتهت في { $date }. قد يعرف المحامي استثناءً.
deadline-unknown = نهاية العمل غير معروفة.
deadline-after_judgment = تبدأ من قرار محكمة لا نعرف تاريخه.

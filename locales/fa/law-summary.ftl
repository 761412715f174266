# Entitle: Persian. The words of the pay claim on the results and of the case summary for a lawyer.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.

claim-heading = دستمزدی که ممکن است طلب داشته باشید
claim-lead-owed_against_minimum = طبق پاسخ‌های شما، برای { $months } { $months ->
        [one] ماه
       *[other] ماه
    } کار، حدود { $amount } بر اساس حداقل دستمزد قانونی طلب دارید.
claim-lead-owed_against_promise = طبق پاسخ‌های شما، برای { $months } { $months ->
        [one] ماه
       *[other] ماه
    } کار، حدود { $amount } بر اساس دستمزدی که به شما وعده داده بودند طلب دارید.
claim-no-figure = نتوانستیم از روی پاسخ‌های شما رقمی حساب کنیم. در خلاصه آمده است که چه چیزی کم است.
claim-deadline-next = نخستین مهلتی که هنوز باز است، در تاریخ { $date } تمام می‌شود ({ $route }).
claim-deadline-soon = زود اقدام کنید: یک مهلت در تاریخ { $date } تمام می‌شود ({ $route }).
claim-deadline-passed = ممکن است برخی مهلت‌ها گذشته باشند. یک وکیل شاید باز هم راهی پیدا کند.
summary-open = دیدن خلاصه برای وکیل
route-labour_inspectorate = بازرسان کار
route-labour_tribunal = دادگاه کار یا هیئت حل اختلاف کار
route-civil_court = دادگاه مدنی
route-criminal_compensation = دادگاه کیفری
route-state_fund = صندوق دولتی برای قربانیان جرم
summary-heading = خلاصهٔ پرونده برای وکیل یا مددکار
summary-intro = در تاریخ { $date } روی این دستگاه، از روی پاسخ‌های خود شخص، بر اساس قواعد { $code ->
        [GB] بریتانیا
        [US] ایالات متحده آمریکا
        [NL] هلند
        [PH] فیلیپین
        [ZZ] حقوق بین‌الملل
       *[other] { $country }
    } تهیه شده است. این خلاصه نشانه‌ها را نشان می‌دهد، نه تصمیم‌ها را.
summary-chronology = آنچه اتفاق افتاد
stage-recruitment = استخدام
stage-journey = سفر
stage-work = کار
stage-leaving_and_now = ترک کار، و اکنون
summary-signs = نشانه‌ها در پاسخ‌ها، و عناصر حقوقی آن‌ها
summary-no-signs = در پاسخ‌ها هیچ نشانه‌ای دیده نمی‌شود.
presence-present = دیده می‌شود
presence-absent = دیده نمی‌شود
presence-unknown = معلوم نیست
element-act = یک عمل: استخدام، جابه‌جا کردن، تحویل دادن یا نگه داشتن شخص
element-means = یک وسیله: تهدید، زور، فریب یا سوءاستفاده از قدرت
element-purpose = یک هدف: بهره‌کشی
element-child = شخص کمتر از 18 سال داشت
element-under_18 = شخص کمتر از 18 سال دارد، یا ممکن است داشته باشد
element-menace_of_penalty = تهدید به آسیب یا مجازات
element-involuntary = کاری که آزادانه پذیرفته نشده است
element-coercion = اجبار
element-cannot_change_situation = نمی‌تواند وضعیت خود را تغییر دهد
element-lives_at_workplace = در جایی زندگی می‌کند که کارفرما تعیین می‌کند
element-wages_withheld = دستمزد نگه داشته شده است
element-pay_below_promise = دستمزد کمتر از وعده
element-large_deductions = کسر مبالغ زیاد از دستمزد
element-excessive_hours = ساعت‌های کار بسیار طولانی
element-recruitment_fees = هزینه‌هایی که برای گرفتن کار پرداخت شده است
element-smuggled = دیگران او را به‌طور غیرقانونی از مرز عبور داده‌اند
element-fear_of_return = ترس از بازگشت
element-protected_reason = دلیلی که قانون پناهندگی از آن حمایت می‌کند
element-documents_kept = پاسپورت یا کارت شناسایی نزد دیگران نگه داشته شده است
element-unsafe_or_degrading = کار ناامن یا شرایط زندگی تحقیرآمیز
element-violence_at_work = خشونت در محل کار
element-harmed_or_held = آسیب دیدن یا نگه داشته شدن در مسیر سفر
summary-indicators = شاخص‌های کار اجباری سازمان بین‌المللی کار، و ابعاد سازمان بین‌المللی کار و اتحادیهٔ اروپا
summary-no-indicators = در پاسخ‌ها هیچ‌یک از شاخص‌های سازمان بین‌المللی کار دیده نمی‌شود.
indicator-ilo-fl-abuse_of_vulnerability = سوءاستفاده از آسیب‌پذیری
indicator-ilo-fl-deception = فریب
indicator-ilo-fl-restriction_of_movement = محدود کردن آزادی رفت‌وآمد
indicator-ilo-fl-isolation = منزوی کردن
indicator-ilo-fl-physical_and_sexual_violence = خشونت جسمی و جنسی
indicator-ilo-fl-intimidation_and_threats = ارعاب و تهدید
indicator-ilo-fl-retention_of_identity_documents = نگه داشتن مدارک هویتی
indicator-ilo-fl-withholding_of_wages = نگه داشتن دستمزد
indicator-ilo-fl-debt_bondage = اسارت ناشی از قرض (بردگی به خاطر بدهی)
indicator-ilo-fl-abusive_working_and_living_conditions = شرایط کار و زندگی آزارنده
indicator-ilo-fl-excessive_overtime = اضافه‌کاری بیش از حد
summary-dimension = بُعد
summary-strong-medium-weak = شاخص‌ها: قوی / متوسط / ضعیف
summary-positive = مثبت
dimension-deceptive_recruitment = استخدام فریبکارانه
dimension-coercive_recruitment = استخدام با اجبار
dimension-recruitment_by_abuse_of_vulnerability = استخدام با سوءاستفاده از آسیب‌پذیری
dimension-exploitative_conditions_of_work = شرایط کار همراه با بهره‌کشی
dimension-coercion_at_destination = اجبار در مقصد
dimension-abuse_of_vulnerability_at_destination = سوءاستفاده از آسیب‌پذیری در مقصد
summary-protections = حمایت‌هایی که ممکن است جور باشد، و مبنای حقوقی آن‌ها
summary-english-copy = نسخهٔ انگلیسی برای وکیل
summary-claim = مطالبهٔ دستمزد، همراه با روش محاسبه
summary-claim-period = از { $began } تا { $ended }: { $months } { $months ->
        [one] ماه
       *[other] ماه
    }.
summary-claim-period-ongoing = از { $began }، و کار ادامه دارد: تا کنون { $months } { $months ->
        [one] ماه
       *[other] ماه
    }.
figure-owed_against_promise = طلب بر اساس وعده
figure-owed_against_minimum = طلب بر اساس حداقل دستمزد قانونی
figure-arrears_at_current_rate = همان طلب، حساب‌شده با حداقل دستمزد امروز
figure-overtime_at_minimum = اضافه‌کاری، علاوه بر آن، با نرخ حداقل دستمزد
figure-liquidated_damages = همان مبلغ یک بار دیگر (خسارت مقطوع، liquidated damages)
figure-restitution_at_least = کمترین مبلغی که یک دادگاه کیفری حکم می‌دهد
working-step = مرحله
working-formula = روش محاسبه
working-amount = مبلغ
working-value = مقدار به‌کاررفته، و منبع آن
working-value-from = معتبر از { $date }.
value-verified = در متن رسمی بررسی شده است.
step-promised_for_months = دستمزد وعده‌داده‌شده برای ماه‌های کار
step-months_at_rate = حداقل دستمزدی که در روز اول هر ماه معتبر بود
step-sum = جمع
step-less_received = منهای آنچه دریافت شده است
step-overtime_premium = مبلغ اضافی اضافه‌کاری
step-arrears_at_current_rate = حساب‌شده با نرخ امروز
step-liquidated_damages_equal = حداقل دستمزد و اضافه‌کاری پرداخت‌نشده، یک بار دیگر
step-restitution_greater_of_gain_or_minimum = ارزش کار بر اساس حداقل دستمزد و اضافه‌کاری؛ و اگر مجرم بیش از این سود برده است، بیشتر
summary-not-counted = آنچه در این ارقام حساب نشد
formula-hour = { $count } ساعت
formula-day = { $count } روز
formula-week = { $count } هفته
formula-month = { $count } ماه
not-counted-period = ماه‌های کار معلوم نیست، پس چیزی حساب نشد.
not-counted-promise = دستمزد وعده‌داده‌شده معلوم نیست.
not-counted-received = آنچه دریافت شده معلوم نیست، پس چیزی از آن کم نشد.
not-counted-hours = ساعت‌ها یا روزهای کار معلوم نیست.
not-counted-age = سن معلوم نیست، پس نرخ بزرگسالان به کار رفت.
not-counted-no_minimum_wage = ما هیچ حداقل دستمزد قانونی برای این کشور در اختیار نداریم.
not-counted-months_before_first_rate = برخی ماه‌ها پیش از نخستین نرخ حداقل دستمزدی است که در اختیار داریم، یا برای آن سن در آن زمان نرخی وجود نداشت.
not-counted-other_currency = بخشی از دستمزد به واحد پول دیگری بود، پس از حساب کم نشد.
not-counted-deductions = از دستمزد پول کسر شده است. ما قاعده‌ای نداریم که بگوید کدام بخش آن غیرقانونی بوده است: یک وکیل می‌تواند این را بررسی کند.
not-counted-recruitment_fees = برای گرفتن کار هزینه‌هایی پرداخت شده است. ما در اینجا قاعده‌ای نداریم که آن‌ها را حساب کند: یک وکیل می‌تواند این را بررسی کند.
not-counted-later_rate_missing = قانون در زمان‌های مشخص حداقل دستمزد تازه‌ای تعیین می‌کند و ممکن است آخرین نرخی که در اختیار داریم پیش از پایان کار جایگزین شده باشد. ممکن است بابت ماه‌های آخر مبلغ بیشتری به شما بدهکار باشند: یک وکیل می‌تواند نرخ رسمی را بررسی کند.
summary-caveats = آنچه یک وکیل باید دربارهٔ این ارقام بداند
summary-deadlines = مهلت‌های طرح درخواست
summary-no-deadlines = ما هیچ مهلتی برای این کشور در اختیار نداریم.
deadline-length = { $months } { $months ->
        [one] ماه
       *[other] ماه
    }، از زمان { $from }.
runs-from-last_payment = آخرین پرداخت ناقص
runs-from-end_of_work = پایان کار
runs-from-end_of_exploitation = پایان بهره‌کشی
runs-from-offence = وقوع جرم
runs-from-final_judgment = حکم نهایی در پروندهٔ کیفری
runs-from-end_of_year = پایان سالی که دستمزد باید در آن پرداخت می‌شد
deadline-not_started = هنوز شروع نشده است: کار ادامه دارد.
deadline-open = اگر از پایان ماهی که کار در آن تمام شد حساب شود، در تاریخ { $date } تمام می‌شود.
deadline-soon = اگر از پایان ماهی که کار در آن تمام شد حساب شود، به‌زودی، در تاریخ { $date }، تمام می‌شود.
deadline-passed = اگر از پایان ماهی که کار در آن تمام شد حساب شود، در تاریخ { $date } تمام شده است. ممکن است یک وکیل استثنایی بشناسد.
deadline-unknown = پایان کار معلوم نیست.
deadline-after_judgment = از یک تصمیم دادگاه شروع می‌شود که روز آن را نمی‌دانیم.

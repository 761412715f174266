# Entitle: the results page's words (fa), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Results
results-heading = پاسخ‌های شما چه نشان می‌دهد
results-meta = بر اساس قواعد { $code ->
        [GB] بریتانیا
        [US] ایالات متحده آمریکا
        [NL] هلند
        [PH] فیلیپین
        [ZZ] حقوق بین‌الملل
       *[other] { $country }
    }، در تاریخ { $date }.
danger-call = برای تماس با شمارهٔ اضطراری اینجا را بزنید. حتی اگر هیچ مدرکی ندارید، می‌توانید تماس بگیرید.
next-steps-heading = اکنون چه کاری می‌توانید بکنید
next-step-why = چرا: { $why }.
next-step-call_child_helpline = با یک خط تلفنی کمک برای کودکان تماس بگیرید
next-step-call_child_helpline-say = می‌توانید بگویید: «من کمتر از 18 سال دارم و به کمک نیاز دارم.»
next-step-call_trafficking_helpline = با خط تلفنی کمک برای کسانی که مورد بهره‌کشی قرار می‌گیرند تماس بگیرید
next-step-call_trafficking_helpline-say = آن‌ها می‌توانند برایتان حمایت پیدا کنند. می‌توانید بگویید: «فکر می‌کنم از من بهره‌کشی می‌شود و به کمک نیاز دارم.»
next-step-ask_for_protection = دربارهٔ حمایت بپرسید، تا شما را به جایی که در خطر هستید برنگردانند
next-step-ask_for_protection-say = می‌توانید بگویید: «می‌ترسم به کشورم برگردم.»
next-step-claim_unpaid_pay = از بازرسان کار دربارهٔ دستمزد پرداخت‌نشده بپرسید
next-step-claim_unpaid_pay-say = می‌توانید بگویید: «کارفرمایم پولی را که حق من است به من نپرداخته است.»
next-step-call_exploitation_helpline = با یک خط تلفنی کمک برای کارگرانی که با آن‌ها رفتار ناعادلانه می‌شود تماس بگیرید
next-step-call_exploitation_helpline-say = می‌توانید بگویید: «در کارم با من بدرفتاری می‌شود و به مشاوره نیاز دارم.»
next-step-get_legal_advice = دربارهٔ حقوق خود مشاورهٔ حقوقی رایگان بگیرید
next-step-get_legal_advice-say = می‌توانید بگویید: «دربارهٔ حقوق و مدارکم به مشاوره نیاز دارم.»
danger-local-number = با شمارهٔ اضطراری محلیِ کشوری که در آن هستید تماس بگیرید.
call-number = تماس با { $number }
text-number = پیامک به { $number }
results-signs-heading = نشانه‌ها در پاسخ‌های شما
results-signs-intro = این‌ها فقط نشانه‌اند. تصمیمی دربارهٔ شما نیستند.
results-not-found = نشانه‌هایی که پیدا نکردیم
results-needs-heading = آنچه ممکن است اکنون لازم داشته باشید
results-protections-heading = حقوقی که ممکن است شامل حال شما شود
results-protections-none = در اینجا حمایتی پیدا نکردیم که با پاسخ‌های شما جور باشد. خدمات کمک‌رسانی که در پایین آمده است باز هم می‌توانند به شما کمک کنند.
results-protections-not = حقوقی که با پاسخ‌های شما جور نیست
rights-time_to_recover = زمانی برای استراحت و بهبود
rights-permission_to_stay = اجازهٔ ماندن
rights-money_owed = پولی که حق شماست، و جبران خسارت
rights-no_punishment = مجازات نشدن برای کاری که مجبور به انجامش بودید
rights-no_sending_back = بازگردانده نشدن به جایی که در خطر هستید
rights-going_home = بازگشت امن به کشورتان
rights-childrens_rights = حقوق کودکان
rights-support_and_advice = کمک، حمایت و مشاوره
rights-rules = { $count ->
        [one] متن کامل قاعده
       *[other] متن کامل همهٔ { $count } قاعده
    }
results-help-heading = از کجا کمک بگیرید
results-limits-heading = آنچه این برنامه نمی‌تواند به شما بگوید
results-limits-body = این فقط نشان می‌دهد که پاسخ‌های شما به چه چیزهایی اشاره دارد. قوانین تغییر می‌کنند، و ما دربارهٔ همه چیز نپرسیده‌ایم. پیش از هر اقدامی با یک وکیل یا یک گروه حمایتی صحبت کنید.
results-print = چاپ یا ذخیره به صورت PDF
start-again = شروع دوباره و پاک کردن پاسخ‌هایم
because-heading = چرا این را می‌گوییم
missing-heading = پاسخ به این پرسش ممکن است نتیجه را تغییر دهد
sources-heading = منابع حقوقی
source-line = { $instrument }، ماده { $article } (معتبر از { $from })
source-secondary = فقط در یک منبع دست دوم بررسی شده است.
source-unverified = هنوز با متن رسمی مقایسه نشده است.
delphi-met = یک آزمون دوم، یعنی شاخص‌های سازمان بین‌المللی کار و کمیسیون اروپا، هم به قاچاق انسان اشاره دارد.
delphi-not-met = یک آزمون دوم، یعنی شاخص‌های سازمان بین‌المللی کار و کمیسیون اروپا، با این پاسخ‌ها به قاچاق انسان اشاره ندارد.
delphi-not-applicable = آزمون دوم، یعنی شاخص‌های سازمان بین‌المللی کار و کمیسیون اروپا، برای این پاسخ‌ها قابل استفاده نبود.

## Findings: a title and one sentence for each level
finding-trafficking-title = قاچاق انسان
finding-trafficking-strong = در پاسخ‌های شما نشانه‌های قوی از قاچاق انسان دیده می‌شود.
finding-trafficking-some = در پاسخ‌های شما برخی نشانه‌های قاچاق انسان دیده می‌شود.
finding-trafficking-none_found = در پاسخ‌های شما نشانه‌ای از قاچاق انسان دیده نمی‌شود.
finding-trafficking-not_enough_information = هنوز آن‌قدر نمی‌دانیم که بگوییم آیا نشانه‌هایی از قاچاق انسان هست یا نه.
finding-forced_labour-title = کار اجباری
finding-forced_labour-strong = در پاسخ‌های شما نشانه‌های قوی از کار اجباری دیده می‌شود.
finding-forced_labour-some = در پاسخ‌های شما برخی نشانه‌های کار اجباری دیده می‌شود.
finding-forced_labour-none_found = در پاسخ‌های شما نشانه‌ای از کار اجباری دیده نمی‌شود.
finding-forced_labour-not_enough_information = هنوز آن‌قدر نمی‌دانیم که بگوییم آیا نشانه‌هایی از کار اجباری هست یا نه.
finding-servitude-title = بندگی
finding-servitude-strong = در پاسخ‌های شما نشانه‌های قوی از بندگی دیده می‌شود: یعنی مجبور بودن به کار و زندگی زیر کنترل کسی دیگر.
finding-servitude-some = در پاسخ‌های شما برخی نشانه‌های بندگی دیده می‌شود: یعنی مجبور بودن به کار و زندگی زیر کنترل کسی دیگر.
finding-servitude-none_found = در پاسخ‌های شما نشانه‌ای از بندگی دیده نمی‌شود.
finding-servitude-not_enough_information = هنوز آن‌قدر نمی‌دانیم که بگوییم آیا نشانه‌هایی از بندگی هست یا نه.
finding-labour_exploitation-title = کار ناعادلانه یا همراه با بدرفتاری
finding-labour_exploitation-strong = در پاسخ‌های شما نشانه‌های قوی از کار ناعادلانه یا همراه با بدرفتاری دیده می‌شود.
finding-labour_exploitation-some = در پاسخ‌های شما برخی نشانه‌های کار ناعادلانه یا همراه با بدرفتاری دیده می‌شود.
finding-labour_exploitation-none_found = در پاسخ‌های شما نشانه‌ای از کار ناعادلانه یا همراه با بدرفتاری دیده نمی‌شود.
finding-labour_exploitation-not_enough_information = هنوز آن‌قدر نمی‌دانیم که بگوییم آیا نشانه‌هایی از کار ناعادلانه یا همراه با بدرفتاری هست یا نه.
finding-smuggling_abuse-title = آسیب در مسیر سفر
finding-smuggling_abuse-strong = در پاسخ‌های شما نشانه‌های قوی دیده می‌شود که کسانی که شما را جابه‌جا کردند به شما آسیب زده‌اند.
finding-smuggling_abuse-some = در پاسخ‌های شما برخی نشانه‌ها دیده می‌شود که کسانی که شما را جابه‌جا کردند به شما آسیب زده‌اند.
finding-smuggling_abuse-none_found = در پاسخ‌های شما نشانه‌ای از آسیب در مسیر سفر دیده نمی‌شود.
finding-smuggling_abuse-not_enough_information = هنوز آن‌قدر نمی‌دانیم که بگوییم آیا در مسیر سفر به شما آسیب رسیده است یا نه.
finding-international_protection-title = خطر در صورت بازگشت
finding-international_protection-strong = در پاسخ‌های شما نشانه‌های قوی دیده می‌شود که ممکن است به حمایت در برابر بازگردانده شدن نیاز داشته باشید.
finding-international_protection-some = در پاسخ‌های شما برخی نشانه‌ها دیده می‌شود که ممکن است به حمایت در برابر بازگردانده شدن نیاز داشته باشید.
finding-international_protection-none_found = در پاسخ‌های شما ترسی از بازگشت دیده نمی‌شود.
finding-international_protection-not_enough_information = هنوز آن‌قدر نمی‌دانیم که بگوییم آیا به حمایت در برابر بازگردانده شدن نیاز دارید یا نه.
finding-possible_child-title = حقوق کودکان
finding-possible_child-strong = طبق پاسخ‌هایتان، کمتر از 18 سال دارید. کودکان حقوق بیشتری دارند.
finding-possible_child-some = ممکن است کمتر از 18 سال داشته باشید، یا وقتی این ماجرا شروع شد کمتر از 18 سال داشتید. تا وقتی سن شما معلوم نشده است، باید با شما مانند یک کودک رفتار شود.
finding-possible_child-none_found = طبق پاسخ‌هایتان، 18 سال یا بیشتر دارید.
finding-possible_child-not_enough_information = هنوز سن شما را نمی‌دانیم. کودکان حقوق بیشتری دارند.
finding-possible_child-not_enough_information-when_it_began = هنوز نمی‌دانیم که آیا وقتی این ماجرا شروع شد کمتر از 18 سال داشتید یا نه. اگر داشتید، حقوق کودکان هنوز هم ممکن است به شما کمک کند.

## Needs
need-immediate_safety = امنیت، همین حالا
need-medical_care = پزشک یا مراقبت پزشکی
need-safe_housing = جایی امن برای ماندن
need-interpretation = کسی که زبان شما را ترجمه کند
need-legal_advice = مشاوره از یک وکیل
need-children = کمک برای کودکان
need-going_home = بازگشت امن به کشورتان
need-fear_of_return = حمایت در برابر بازگردانده شدن
need-unpaid_wages = گرفتن دستمزدی که حق شماست

## Protections: status, conditions and facts
status-applies = بر اساس واقعیت‌ها، این شامل حال شما می‌شود. لازم نیست کسی دربارهٔ آن تصمیم بگیرد.
status-may_apply = ممکن است این شامل حال شما شود. یک مرجع رسمی تصمیم می‌گیرد.
status-needs_information = ممکن است این شامل حال شما شود. برای دانستن آن به پاسخ‌های بیشتری نیاز داریم.
status-does_not_apply = این با پاسخ‌های شما جور نیست.
protection-conditions = چه شرایطی لازم است
protection-requires = چه چیزی باید اول اتفاق بیفتد
condition-any-of = یکی از این‌ها کافی است:
protection-outside-scope = این برای کسانی است که در پاسخ‌هایشان نشانه‌های این موارد دیده می‌شود: { $signs }. در پاسخ‌های شما هنوز این نشانه‌ها دیده نمی‌شود. این مورد اینجا آمده است چون ممکن است نیازی را که به ما گفتید برآورده کند.
requires-positive_reasonable_grounds_decision = مرجعی که قربانیان را شناسایی می‌کند تصمیم بگیرد که دلایل معقولی برای این باور وجود دارد که شما قربانی قاچاق یا بهره‌کشی شده‌اید.
requires-positive_conclusive_grounds_decision = مرجعی که قربانیان را شناسایی می‌کند تصمیم نهایی بگیرد که شما قربانی قاچاق یا بهره‌کشی شده‌اید.
requires-law_enforcement_request = پلیس یا یک نهاد دیگر مجری قانون آن را برای شما درخواست کند.
protection-values = چه مدت یا چه مقدار
protection-decided-by = چه کسی تصمیم می‌گیرد
protection-how-to-ask = چطور آن را درخواست کنید
protection-cooperation = آیا باید به پلیس کمک کنید؟
protection-unknown = هنوز معلوم نیست
protection-unverified = این قاعده هنوز با متن رسمی مقایسه نشده است.
cooperation-required = بله، برای این باید به پلیس یا دادستان‌ها کمک کنید.
cooperation-not-required = نه.
condition-met = (بله)
condition-not-met = (نه)
condition-unknown = (معلوم نیست)
condition-not_a_national = شهروند این کشور نیستید
condition-third_country_national = شهروند هیچ‌یک از کشورهای اتحادیهٔ اروپا یا منطقهٔ اقتصادی اروپا (EEA) یا سوئیس نیستید
condition-irregular_status = اکنون مدرکی برای ماندن ندارید
condition-child = کمتر از 18 سال دارید، یا ممکن است داشته باشید
condition-adult = 18 سال یا بیشتر دارید
condition-cooperation = حاضرید به پلیس کمک کنید
condition-reported_to_police = به پلیس خبر داده‌اید
condition-fear_of_return = از بازگشت می‌ترسید
condition-wants_to_go_home = می‌خواهید به کشورتان برگردید
condition-made_to_break_law = شما را مجبور کردند کاری خلاف قانون انجام دهید
condition-smuggled = قاچاقچیان شما را وارد کشور کردند
condition-owed_wages = دستمزدی طلب دارید
condition-no_longer_there = دیگر با کسانی که از شما بهره‌کشی کردند نیستید
condition-particularly_exploitative = کارتان ناامن بود، به سلامت یا کرامت شما آسیب زد، یا ساعت‌های آن بیش از حد زیاد بود
condition-unable_to_cooperate = آسیب روحی (تروما)، بیماری یا خطری جدی کمک به پلیس را برایتان بیش از حد سخت می‌کند (مرجع رسمی در این باره تصمیم می‌گیرد)
decider-no_decision = هیچ‌کس: این از خود قانون نتیجه می‌شود.
decider-competent_authority = اداره‌ای که تصمیم می‌گیرد چه کسی قربانی قاچاق انسان است.
decider-immigration_authority = ادارهٔ مهاجرت.
decider-police = پلیس.
decider-prosecutor = دادستان.
decider-court = دادگاه.
decider-labour_inspectorate = بازرسان کار.
decider-child_protection = خدمات حمایت از کودکان.
decider-asylum_authority = ادارهٔ پناهندگی.
decider-support_provider = یک نهاد حمایتی.
referrer-self_ = خودتان می‌توانید آن را درخواست کنید، بهتر است با کمک یک وکیل.
referrer-first_responder = یک «ارجاع‌دهندهٔ اول» باید شما را معرفی کند: پلیس یا یک نهاد حمایتی که نام آن تعیین شده است.
referrer-police = پلیس باید آن را درخواست کند.
referrer-prosecutor = دادستان باید آن را درخواست کند.
referrer-prosecutor_or_labour_inspectorate = دادستان یا بازرسی کار باید آن را درخواست کند.
referrer-ngo = یک نهاد حمایتی می‌تواند در درخواست کردن به شما کمک کند.
referrer-lawyer = یک وکیل می‌تواند در درخواست کردن به شما کمک کند.
referrer-nobody = لازم نیست درخواست کنید.
value-amount_minor = مبلغ: { $value } { $currency }
value-annual_cap = سقف هر سال: { $value ->
        [one] { $value } نفر
       *[other] { $value } نفر
    }
value-days = { $value ->
        [one] { $value } روز
       *[other] { $value } روز
    }
value-food_allowance_amount_minor = کمک‌هزینهٔ غذا: { $value } { $currency }
value-housing_allowance_amount_minor = کمک‌هزینهٔ مسکن: { $value } { $currency }
value-initial_months = دورهٔ اول: { $value ->
        [one] { $value } ماه
       *[other] { $value } ماه
    }
value-initial_years = دورهٔ اول: { $value ->
        [one] { $value } سال
       *[other] { $value } سال
    }
value-limitation_years = مهلت طرح درخواست: { $value ->
        [one] { $value } سال
       *[other] { $value } سال
    }
value-max_days = حداکثر { $value ->
        [one] { $value } روز
       *[other] { $value } روز
    }
value-max_months = حداکثر { $value ->
        [one] { $value } ماه
       *[other] { $value } ماه
    }
value-max_years = حداکثر { $value ->
        [one] { $value } سال
       *[other] { $value } سال
    }
value-min_days = دست‌کم { $value ->
        [one] { $value } روز
       *[other] { $value } روز
    }
value-min_hourly_wage = حداقل دستمزد برای هر ساعت: { $value } { $currency }
value-min_months = دست‌کم { $value ->
        [one] { $value } ماه
       *[other] { $value } ماه
    }
value-months = { $value ->
        [one] { $value } ماه
       *[other] { $value } ماه
    }
value-notice_months = مدت اطلاع قبلی که باید بدهید: { $value ->
        [one] { $value } ماه
       *[other] { $value } ماه
    }
value-notice_months_after_two_years = مدت اطلاع قبلی پس از دو سال کار: { $value ->
        [one] { $value } ماه
       *[other] { $value } ماه
    }
value-presumed_min_months = فرض می‌شود که کار شما دست‌کم { $value ->
        [one] { $value } ماه
       *[other] { $value } ماه
    } طول کشیده است
value-renewal_months = تمدید: { $value ->
        [one] { $value } ماه
       *[other] { $value } ماه
    }
value-years = { $value ->
        [one] { $value } سال
       *[other] { $value } سال
    }
value-years_in_scheme = پس از { $value ->
        [one] { $value } سال
       *[other] { $value } سال
    }

## Help
help-kind-emergency = اضطراری
help-kind-trafficking_helpline = خط تلفنی کمک در موارد قاچاق انسان
help-kind-exploitation_helpline = خط تلفنی کمک در موارد بهره‌کشی در کار
help-kind-labour_inspectorate = بازرسان کار: شکایت دربارهٔ کار و دستمزد
help-kind-legal_aid = کمک حقوقی رایگان
help-kind-ngo = نهاد حمایتی
help-kind-asylum = کمک برای پناهجویان و پناهندگان
help-kind-child_helpline = خط تلفنی کمک برای کودکان
help-kind-international = فهرست بین‌المللی مراکز کمک
hours-always = شبانه‌روز، هر روز باز است.
hours-days = { $days }، از { $opens } تا { $closes } باز است.
days-mon_fri = دوشنبه تا جمعه
days-mon_sat = دوشنبه تا شنبه
days-every_day = هر روز
help-interpreters = مترجم برای زبان‌های بسیار.
help-languages = زبان‌ها: { $languages }
help-free = رایگان.
help-checked = این جزئیات در تاریخ { $date } بررسی شده است.
help-not-checked = این جزئیات هنوز بررسی نشده است.
help-more = جزئیات
help-from-site = از طرف { $name }، که این صفحه را اداره می‌کند.
help-from-this-site = از طرف سازمانی که این صفحه را اداره می‌کند.
help-meets = می‌تواند در این موارد کمک کند: { $needs }

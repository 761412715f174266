# Entitle: Persian.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons / human trafficking = قاچاق انسان (source: Iran, Law on Combating Human Trafficking «قانون مبارزه با قاچاق انسان», 28/4/1383 = 2004, art. 1, text published by the Isfahan Governorate, https://ostan-es.ir/daftar/atba/ ; Afghanistan, Law on Combating Trafficking in Persons and Smuggling of Migrants and its «کمیسیون عالی مبارزه با قاچاق انسان و قاچاق مهاجران», Ministry of Justice, http://moj.gov.af/fa/news/334651 ; UNODC Iran office, https://www.unodc.org/islamicrepublicofiran/fa/message-unodc-executive-director-on-world-day-against-trafficking-in-persons-2020.html . There is no UN authentic Persian text of the Palermo Protocol)
# glossary: smuggling of migrants = قاچاق مهاجران (source: Afghan law and commission name, Ministry of Justice, http://moj.gov.af/fa/news/334651)
# glossary: forced labour = کار اجباری (source: Iran's laws of accession to ILO C29 «مقاوله‌نامه بین‌المللی شماره ۲۹ راجع به لغو کار اجباری», 28 Esfand 1335, and to C105 «مقاوله‌نامه شماره ۱۰۵ در خصوص منع/لغو کار اجباری», 7 Dey 1337, Majlis Research Centre texts, reproduced at http://www.dastour.ir/brows/?lid=234698 and https://pejvakschool.org)
# glossary: debt bondage = اسارت ناشی از قرض (source: Persian text of ILO C105, preamble, Iran 1337, http://www.dastour.ir/brows/?lid=234698); plain questions say «بدهی»
# glossary: exploitation = بهره‌کشی (source: UNODC Iran office Persian materials, link above; Afghan Ministry of Justice uses both «استثمار» and «بهره‌کشی», link above)
# glossary: victim = قربانی (source: UNODC Iran office, link above; Afghan Ministry of Justice «قربانیان قاچاق انسان», link above)
# glossary: refugee = پناهنده; asylum = پناهندگی; asylum seeker = پناهجو (source: Iran's Law on the Convention relating to the Status of Refugees «کنوانسیون مربوط به وضع پناهندگان», 1355, https://vindad.com/blog/iran-rules-reference/international/p8132/)
# glossary: servitude = بندگی (no official Persian Palermo text found; term used in Persian renderings of Palermo art. 3, e.g. https://www.iranhr.net/fa/articles/2323/)
# glossary: residence permit = اجازهٔ اقامت (no official translation found; neutral term understood in both countries: Iran also says «پروانهٔ اقامت», Afghanistan «جواز اقامت»)
# glossary: compensation = جبران خسارت (no official translation found; usual legal term in Iran and Afghanistan)
# glossary: recovery and reflection period = مهلت بهبود و تأمل (no official Persian text of the Council of Europe Convention; own rendering, plain text says «زمانی برای استراحت و بهبود»)
# glossary: labour inspectorate = بازرسی کار / بازرسان کار (term of Iran's Labour Code, chapter on «بازرسی کار»; no official Afghan source checked)

## About this language (shown on the About page)
locale-translation-note = این متن با کمک یک مدل هوش مصنوعی (AI) از انگلیسی ترجمه شده است.
locale-review-note = این ترجمه هنوز توسط کسی که زبان مادری‌اش فارسی است بازبینی نشده است.

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = اطلاعات

## Exit this page
exit-this-page = خروج از این صفحه
exit-emergency = اضطراری
exit-shift-pressed-once = کلید Shift: برای خروج 2 بار دیگر فشار دهید.
exit-shift-pressed-twice = کلید Shift: برای خروج 1 بار دیگر فشار دهید.

## Language picker and footer
language-picker-label = زبان
language-picker-toggle = زبان: { $language }
language-picker-loading = در حال دریافت زبان‌های دیگر…
language-picker-offline = زبان‌های دیگر یک بار به اینترنت نیاز دارند. به اینترنت وصل شوید و دوباره این فهرست را باز کنید.
footer-not-advice = این اطلاعات است، نه مشاورهٔ حقوقی.
about-link = دربارهٔ این ابزار
footer-site-name = این صفحه را { $name } ارائه می‌دهد.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = برای صاحب این سایت: فایل تنظیمات site.json به کار گرفته نشد، بنابراین برنامه با تنظیمات خودش کار می‌کند. مشکل در { $field } است: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] متن از اینجا به بعد JSON معتبر نیست.
    [twice] این فیلد دو بار نوشته شده است.
    [unknown] هیچ تنظیمی با این نام وجود ندارد.
    [missing] این تنظیم لازم است.
    [not-text] این باید متنی داخل علامت نقل‌قول (" ") باشد.
    [not-list] این باید فهرستی داخل [ ] باشد.
    [not-object] این باید گروهی از تنظیمات داخل { "{" } { "}" } باشد.
    [not-true-or-false] این باید true یا false باشد.
    [version] این باید 1 باشد.
    [country] این کشور در برنامه نیست (از کدی مانند GB استفاده کنید).
    [language] این زبان در برنامه نیست (از کدی مانند fr استفاده کنید).
    [language-tag] این باید کد زبانی مانند pl یا pt-BR باشد، یا interpreters.
    [need] این یکی از نیازهایی نیست که برنامه می‌شناسد.
    [phone] این باید شماره‌ای با 3 تا 15 رقم باشد، بدون فاصله، و برای شمارهٔ بین‌المللی با + در ابتدای آن.
    [web] این باید نشانی وبی باشد که با https:// شروع شود.
    [days] این باید mon_fri یا mon_sat یا every_day باشد.
    [time] این باید ساعتی مانند 09:00 باشد.
    [hours] یا always: true را به کار ببرید، یا days را همراه با opens و closes.
    [length] این خالی است یا بیش از حد طولانی است.
    [too-many] این فهرست بیش از حد طولانی است.
    [no-way-to-reach] این مخاطب به phone یا sms یا نشانی web نیاز دارد.
    [repeated] این از قبل در فهرست هست.
    [display-without-phone] برای phone_display باید phone هم باشد.
   *[other] این مقدار مجاز نیست.
}

## Opening page
start-heading = ببینید چه کمک‌ها و حقوقی ممکن است داشته باشید
start-what-this-is = به چند پرسش کوتاه دربارهٔ کار و سفرتان پاسخ دهید. ما نشانه‌های آسیب را در پاسخ‌هایتان، حقوقی را که ممکن است از شما حمایت کند، و جاهایی را که می‌توانید از آن‌ها کمک بگیرید، به شما نشان می‌دهیم.
start-danger-heading = اگر همین حالا در خطر هستید
start-danger-body = با شمارهٔ اضطراری کشوری که در آن هستید تماس بگیرید. حتی اگر هیچ مدرکی ندارید، می‌توانید تماس بگیرید.
start-privacy-heading = پاسخ‌های شما روی همین تلفن می‌ماند
start-privacy-body = هیچ‌یک از پاسخ‌های شما به جایی فرستاده نمی‌شود. هیچ چیز ذخیره نمی‌شود. وقتی این صفحه را ببندید، پاسخ‌هایتان از بین می‌رود.
start-leave-heading = به‌سرعت خارج شوید
start-leave-body = هر وقت خواستید، روی «خروج از این صفحه» بزنید، یا کلید Shift را 3 بار فشار دهید. این صفحه بسته می‌شود و یک صفحهٔ هواشناسی باز می‌شود.
start-not-heading = این چه چیزی نیست
start-not-body = این اطلاعات است، نه مشاورهٔ حقوقی. این برنامه نمی‌تواند تعیین کند که آیا شما قربانی یک جرم هستید یا نه. فقط مقامات رسمی می‌توانند در این باره تصمیم بگیرند. یک وکیل یا یک گروه حمایتی می‌تواند به شما کمک کند.
start-button = شروع

## Questions: common words
back = بازگشت
continue = ادامه
change = تغییر
not-provided = پاسخ داده نشده
select-placeholder = یکی را انتخاب کنید
progress = پرسش { $n } از حداکثر { $total }
error-summary-title = مشکلی وجود دارد
error-choose-one = یک پاسخ را انتخاب کنید. می‌توانید «نمی‌دانم» یا «ترجیح می‌دهم نگویم» را انتخاب کنید.
error-number-range = یک عدد کامل از 0 تا { $most } بنویسید.
reply-yes = بله
reply-no = نه
reply-dont_know = نمی‌دانم
reply-prefer_not_to_say = ترجیح می‌دهم نگویم
answer-maybe_under_18 = مطمئن نیستم. شاید کمتر از 18 سال داشته باشم.
answer-years = { $years ->
        [one] { $years } سال
       *[other] { $years } سال
    }
answer-count = { $count }

## Countries
country-AU = استرالیا
country-CA = کانادا
country-FR = فرانسه
country-DE = آلمان
country-IT = ایتالیا
country-NL = هلند
country-PH = فیلیپین
country-QA = قطر
country-ES = اسپانیا
country-TH = تایلند
country-GB = بریتانیا
country-US = ایالات متحده آمریکا
country-EU = کشوری دیگر در اتحادیهٔ اروپا، یا ایسلند، لیختن‌اشتاین، نروژ یا سوئیس
country-ZZ = کشوری دیگر

## The questions. Each has a hint line under it.
question-country_now = اکنون در کدام کشور هستید؟
question-country_now-hint = قوانین و کمک‌هایی که نشان می‌دهیم به این بستگی دارد.
question-in_danger_now = آیا همین حالا در خطر هستید؟
question-in_danger_now-hint = برای مثال، ممکن است کسی امروز به شما آسیب بزند.
question-nationality = شهروند کدام کشور هستید؟
question-nationality-hint = کشوری که پاسپورت آن را دارید.
question-age = چند سال دارید؟
question-age-hint = قوانین برای کودکان فرق می‌کند. هر کسی که کمتر از 18 سال دارد کودک است.
question-age-number = سنم را می‌دانم
question-under_18_when_it_began = آیا وقتی این کار یا این سفر شروع شد، کمتر از 18 سال داشتید؟
question-under_18_when_it_began-hint = برخی حقوق به سن شما در آن زمان بستگی دارد، نه به سن امروزتان.
question-work_kind = چه نوع کاری می‌کنید، یا می‌کردید؟
question-work_kind-hint = کار اصلی را انتخاب کنید.
option-work_kind-domestic = کار در خانهٔ دیگران (نظافت، آشپزی، نگهداری از کودک)
option-work_kind-agriculture = کار کشاورزی
option-work_kind-construction = کار ساختمانی
option-work_kind-fishing = ماهیگیری یا کار روی قایق و کشتی
option-work_kind-care = مراقبت از افراد سالمند یا بیمار
option-work_kind-factory = کار در کارخانه
option-work_kind-hospitality = هتل، رستوران یا نظافت
option-work_kind-sex_work = کار جنسی
option-work_kind-criminal_activity = کار خلاف قانون، مانند کشت مواد مخدر، فروش مواد مخدر یا دزدی
option-work_kind-begging = گدایی
option-work_kind-other = کاری دیگر
question-recruited = آیا کسی این کار را برایتان پیدا کرد یا سفرتان را ترتیب داد؟
question-recruited-hint = برای مثال یک دلال، یکی از خویشاوندان یا کسی در اینترنت.
question-recruited_by = چه کسی این کار را برایتان پیدا کرد یا سفرتان را ترتیب داد؟
question-recruited_by-hint = گزینه‌ای را انتخاب کنید که از همه درست‌تر است.
option-recruited_by-agency = یک شرکت کاریابی یا دلال
option-recruited_by-relative = یکی از خویشاوندانم
option-recruited_by-partner = نامزدم، دوست‌پسر یا دوست‌دخترم، یا همسرم
option-recruited_by-friend = یک دوست
option-recruited_by-stranger = کسی که او را نمی‌شناختم
option-recruited_by-online = کسی در اینترنت
option-recruited_by-employer = خود کارفرما
option-recruited_by-other = کسی دیگر
question-forced_to_go = آیا شما را بر خلاف میلتان بردند، یا مجبورتان کردند که بروید؟
question-forced_to_go-hint = برای مثال، کسی شما را مجبور به سفر کرد یا با خود برد.
question-moved_by_others = آیا افراد دیگری شما را از جایی به جای دیگر بردند؟
question-moved_by_others-hint = برای مثال، شما را با وسیلهٔ نقلیه به جای تازه‌ای بردند، یا به افراد دیگری سپردند.
question-promise_broken = آیا کار، دستمزد یا جای زندگی شما با آنچه به شما وعده داده بودند فرق دارد؟
question-promise_broken-hint = برای مثال، کاری دیگر، پول کمتر، یا جای زندگی بدتر.
question-deceived_about_work = آیا این کار با کاری که به شما وعده داده بودند فرق دارد؟
question-deceived_about_work-hint = برای مثال، به شما وعدهٔ کار در یک فروشگاه داده بودند، اما در مزرعه کار می‌کنید.
question-deceived_about_pay = آیا دستمزدتان کمتر از آن است که به شما وعده داده بودند؟
question-deceived_about_pay-hint = به پولی فکر کنید که واقعاً به دستتان می‌رسد.
question-deceived_about_conditions = آیا ساعت کار، جای زندگی یا شرایط کارتان بدتر از آن است که به شما وعده داده بودند؟
question-deceived_about_conditions-hint = برای مثال، روزهای کاری طولانی‌تر یا جای زندگی بدتر.
question-deceived_about_papers = آیا به شما وعدهٔ ویزا یا مدارکی را داده بودند که به دستتان نرسید؟
question-deceived_about_papers-hint = برای مثال، اجازهٔ کار.
question-paid_recruitment_fee = آیا برای گرفتن این کار یا برای این سفر پول پرداختید؟
question-paid_recruitment_fee-hint = برای مثال، پولی که به یک دلال دادید.
question-owes_debt = آیا به کارفرما، یک دلال یا کسانی که شما را آوردند بدهکار هستید؟
question-owes_debt-hint = برای مثال، برای سفر، غذا یا جای زندگی.
question-debt_grows = آیا بدهی شما با اینکه کار می‌کنید مدام بیشتر می‌شود؟
question-debt_grows-hint = برای مثال، همیشه هزینه‌های تازه‌ای به آن اضافه می‌کنند.
question-must_work_off_debt = آیا می‌گویند تا بدهی را نپردازید نمی‌توانید بروید؟
question-must_work_off_debt-hint = یا اینکه باید آن‌قدر کار کنید تا بدهی پرداخت شود.
question-journey = چطور وارد این کشور شدید؟
question-journey-hint = گزینه‌ای را انتخاب کنید که از همه درست‌تر است.
option-journey-regular = با ویزا یا اجازه‌نامه، از راه کنترل رسمی مرز
option-journey-smuggled = به کسی پول دادم تا مرا بدون مدارک لازم وارد کشور کند
option-journey-false_papers = با مدارک جعلی، یا مدارکی که مال من نبود
option-journey-no_border = از هیچ مرزی عبور نکردم
question-harmed_on_journey = آیا در مسیر سفر، کسانی که شما را جابه‌جا می‌کردند شما را زدند، به شما آسیب زدند یا با شما بدرفتاری کردند؟
question-harmed_on_journey-hint = هر نوع آسیبی را در نظر بگیرید.
question-held_on_journey = آیا در مسیر سفر، شما را بر خلاف میلتان نگه داشتند، یا برای گرفتن پول نگه داشتند؟
question-held_on_journey-hint = برای مثال، شما را در جایی حبس کردند تا کسی پول بپردازد.
question-pay_problem = آیا دستمزدتان را نگه می‌دارند، از آن کم می‌کنند، یا اصلاً آن را نمی‌پردازند؟
question-pay_problem-hint = همچنین اگر بخش زیادی از آن برای جای زندگی، غذا، هزینه‌ها یا جریمه‌ها برداشته می‌شود.
question-documents_kept = آیا کسی پاسپورت یا کارت شناسایی شما را گرفته و نزد خودش نگه داشته است؟
question-documents_kept-hint = برای مثال کارفرما، یک دلال، یا کسی که شما را به اینجا آورد.
question-documents_held_by = اکنون پاسپورت یا کارت شناسایی شما نزد کیست؟
question-documents_held_by-hint = گزینه‌ای را انتخاب کنید که از همه درست‌تر است.
option-documents_held_by-themselves = نزد خودم است
option-documents_held_by-employer = کارفرمایم
option-documents_held_by-agent = یک دلال
option-documents_held_by-smuggler = کسانی که مرا از مرز رد کردند
option-documents_held_by-authorities = پلیس یا ادارهٔ مهاجرت
option-documents_held_by-other = کسی دیگر
option-documents_held_by-lost = گم شده یا از بین رفته است
question-hurt_or_threatened = آیا کسی به شما آسیب زده، یا شما یا خانواده‌تان را تهدید کرده است؟
question-hurt_or_threatened-hint = تهدید به خبر دادن به پلیس یا ادارهٔ مهاجرت هم جزو این است.
question-threatened = آیا کسی شما را تهدید کرده است؟
question-threatened-hint = برای مثال، گفته است که به شما آسیب می‌زند.
question-family_threatened = آیا کسی خانواده‌تان را تهدید کرده است؟
question-family_threatened-hint = اینجا یا در کشور خودتان.
question-threatened_with_authorities = آیا کسی گفته است که شما را به پلیس یا ادارهٔ مهاجرت گزارش می‌دهد؟
question-threatened_with_authorities-hint = برای مثال، برای اینکه مجبورتان کند به کار ادامه دهید.
question-physical_violence = آیا کسی شما را زده یا به شما آسیب زده است؟
question-physical_violence-hint = در محل کار یا جایی که زندگی می‌کنید.
question-sexual_violence = آیا کسی شما را به رابطهٔ جنسی مجبور کرده، یا بر خلاف میلتان به بدن شما دست‌درازی جنسی کرده است؟
question-sexual_violence-hint = می‌توانید «ترجیح می‌دهم نگویم» را انتخاب کنید.
question-locked_in = آیا شما را در جایی حبس می‌کنند، یا نمی‌گذارند بیرون بروید؟
question-locked_in-hint = در محل کار یا جایی که زندگی می‌کنید.
question-watched = آیا همیشه شما را زیر نظر دارند یا دنبالتان می‌کنند؟
question-watched-hint = برای مثال، همیشه کسی همراه شماست.
question-isolated = آیا نمی‌گذارند با خانواده‌تان یا افراد دیگر حرف بزنید؟
question-isolated-hint = برای مثال، تلفنتان را گرفته‌اند.
question-cannot_leave = آیا اگر می‌خواستید این کار را ترک کنید، جلوی شما را می‌گرفتند؟
question-cannot_leave-hint = یا اتفاق بدی برایتان می‌افتاد؟
question-lives_at_workplace = آیا در محل کارتان زندگی می‌کنید، یا در جایی که کارفرما تعیین می‌کند؟
question-lives_at_workplace-hint = برای مثال، در خانهٔ کارفرما.
question-residence_status = برای ماندن در این کشور چه مدارکی دارید؟
question-residence_status-hint = گزینه‌ای را انتخاب کنید که از همه درست‌تر است.
option-residence_status-citizen = من شهروند اینجا هستم
option-residence_status-permanent_resident = اجازه دارم برای همیشه بمانم
option-residence_status-work_permit = ویزای کار یا اجازهٔ کار
option-residence_status-student_or_visitor = ویزای تحصیلی یا ویزای دیدار
option-residence_status-asylum_seeker = درخواست پناهندگی داده‌ام
option-residence_status-refugee = اینجا پناهنده هستم
option-residence_status-expired = مهلت ویزا یا اجازهٔ اقامتم تمام شده است
option-residence_status-no_papers = هیچ مدرکی ندارم
question-tied_to_employer = آیا در ویزای شما آمده است که فقط می‌توانید برای همین کارفرما کار کنید؟
question-tied_to_employer-hint = یا برای عوض کردن کار به اجازهٔ کارفرما نیاز دارید؟
question-wages_withheld = آیا دستمزدتان را نگه می‌دارند، یا اصلاً به شما پول نمی‌دهند؟
question-wages_withheld-hint = برای مثال، کارفرما می‌گوید پولتان را بعداً می‌دهد.
question-large_deductions = آیا بخش بزرگی از دستمزدتان برای جای زندگی، غذا، هزینه‌ها یا جریمه‌ها برداشته می‌شود؟
question-large_deductions-hint = پولی که پیش از آنکه دستمزد به دستتان برسد کم می‌شود.
question-hard_conditions = آیا ساعت کار خیلی طولانی است، کار خطرناک است، یا جایی که می‌خوابید خیلی بد است؟
question-hard_conditions-hint = برای مثال، هیچ روز تعطیلی ندارید، وسایل ایمنی ندارید، یا اتاق شلوغ و کثیف است.
question-hours_per_day = در یک روز کاری معمولی چند ساعت کار می‌کنید؟
question-hours_per_day-hint = همهٔ ساعت‌ها را، همراه با زمان استراحت، بشمارید.
question-hours_per_day-number = تعداد ساعت‌ها را می‌دانم
question-days_off_per_week = در یک هفتهٔ معمولی چند روز تعطیل دارید؟
question-days_off_per_week-hint = روزهایی که اصلاً کار نمی‌کنید.
question-days_off_per_week-number = تعداد روزها را می‌دانم
question-unsafe_work = آیا کارتان خطرناک است و محافظت یا آموزشی را که لازم دارید ندارید؟
question-unsafe_work-hint = برای مثال، کار با مواد شیمیایی بدون دستکش یا ماسک.
question-degrading_living = آیا جایی که زندگی می‌کنید خیلی بد است؟
question-degrading_living-hint = برای مثال، آدم‌های زیادی در آن هستند، کثیف است، آب ندارد، یا هیچ حریم خصوصی ندارید.
question-made_to_do_things = آیا کسی شما را مجبور کرده است که کار جنسی یا جرم انجام دهید، ازدواج کنید، یا عضوی از بدنتان را بدهید؟
question-made_to_do_things-hint = می‌توانید «ترجیح می‌دهم نگویم» را انتخاب کنید.
question-sexual_exploitation = آیا شما را مجبور می‌کنند با افراد رابطهٔ جنسی داشته باشید یا کار جنسی کنید تا کس دیگری پول به دست آورد؟
question-sexual_exploitation-hint = می‌توانید «ترجیح می‌دهم نگویم» را انتخاب کنید.
question-made_to_break_law = آیا شما را مجبور کرده‌اند کاری خلاف قانون انجام دهید؟
question-made_to_break_law-hint = برای مثال، مواد مخدر بکارید یا بفروشید، دزدی کنید، یا از مدارک جعلی استفاده کنید.
question-forced_marriage = آیا شما را مجبور به ازدواج کرده‌اند، یا اکنون مجبور می‌کنند؟
question-forced_marriage-hint = ازدواجی که با آن موافقت نکرده‌اید.
question-organ_removal = آیا کسی عضوی از بدن شما، مانند کلیه، را برداشته، یا کوشیده است شما را وادار کند آن را بدهید؟
question-organ_removal-hint = همچنین اگر در برابر آن به شما وعدهٔ پول دادند.
question-fear_of_return = آیا می‌ترسید که اگر به کشورتان برگردید چه اتفاقی برایتان بیفتد؟
question-fear_of_return-hint = به خطری فکر کنید که آنجا برای شما هست.
question-fear_reason = چرا از برگشتن می‌ترسید؟
question-fear_reason-hint = دلیل اصلی را انتخاب کنید.
option-fear_reason-traffickers = کسانی که از من بهره‌کشی کردند، یا اینکه دوباره به دام بیفتم
option-fear_reason-persecution = به خاطر نژاد، دین، ملیت، گروه یا عقاید سیاسی‌ام
option-fear_reason-torture = شکنجه یا رفتار بسیار بی‌رحمانه
option-fear_reason-family_or_community = خشونت از طرف خانواده یا جامعه‌ام
option-fear_reason-other = دلیلی دیگر
question-wants_to_go_home = آیا می‌خواهید به کشور خودتان برگردید؟
question-wants_to_go_home-hint = به کشوری که از آن آمده‌اید.
question-needs_help_now = آیا همین حالا برای سلامتی‌تان، زبان، فرزندانتان یا برگشتن به کشورتان به کمک نیاز دارید؟
question-needs_help_now-hint = اگر نیاز دارید، چند پرسش دیگر می‌پرسیم تا کمک مناسب را به شما نشان دهیم.
question-children_with_them = آیا کودکانی همراه شما هستند؟
question-children_with_them-hint = کودکان کمتر از 18 سال که با شما زندگی می‌کنند.
question-health_needs = آیا به پزشک یا مراقبت پزشکی نیاز دارید؟
question-health_needs-hint = برای جسم یا روانتان.
question-speaks_local_language = آیا می‌توانید به زبان کشوری که در آن هستید حرف بزنید؟
question-speaks_local_language-hint = آن‌قدر که بتوانید با پزشک یا پلیس صحبت کنید.
question-still_there = آیا هنوز آنجا کار می‌کنید، یا هنوز با این افراد هستید؟
question-still_there-hint = برخی حقوق به این بستگی دارد.
question-reported_to_police = آیا به پلیس خبر داده‌اید؟
question-reported_to_police-hint = دربارهٔ آنچه برایتان پیش آمده است.
question-willing_to_help_police = آیا حاضرید در یک تحقیق به پلیس کمک کنید؟
question-willing_to_help_police-hint = برخی حقوق به این بستگی دارد. اگر «نه» بگویید، باز هم می‌توانید کمک بگیرید.

## Check your answers
check-heading = پاسخ‌هایتان را بررسی کنید
check-intro = پیش از دیدن نتیجه می‌توانید هر پاسخی را تغییر دهید.
check-continue = ببینید پاسخ‌هایتان چه نشان می‌دهد

## About
about-heading = دربارهٔ این ابزار
about-what = این ابزار به مهاجران کمک می‌کند که نشانه‌های قاچاق انسان، کار اجباری و آسیب‌های دیگر را بررسی کنند، و حقوق و کمک‌هایی را که ممکن است شامل حالشان شود نشان می‌دهد. این اطلاعات است، نه مشاورهٔ حقوقی.
about-translation-heading = دربارهٔ این زبان
about-sources-heading = اطلاعات حقوقی از کجا آمده است
about-sources = هر حقی که نشان داده می‌شود، همراه با منبع حقوقی آن و تاریخی است که از آن زمان معتبر است. اطلاعاتی را که نتوانستیم با متن رسمی مقایسه کنیم، به عنوان «بررسی‌نشده» مشخص کرده‌ایم.
protection-more = بیشتر دربارهٔ این حق
loading-wait = هنوز در حال آماده شدن است. لطفاً چند لحظه بعد دوباره امتحان کنید.

## The pay claim's questions
question-work_out_pay = آیا می‌خواهید حساب کنید که چه مقدار دستمزد ممکن است طلب داشته باشید؟
question-work_out_pay-hint = حدود شش پرسش دیگر دارد. یک وکیل می‌تواند از این رقم استفاده کند.
question-work_began = این کار را کی شروع کردید؟
question-work_began-hint = ماه و سال کافی است.
question-work_ended = این کار کی تمام شد؟
question-work_ended-hint = اگر هنوز آنجا کار می‌کنید، همین را انتخاب کنید.
question-pay_promised = به شما وعدهٔ چه مقدار دستمزد داده بودند؟
question-pay_promised-hint = مبلغ را بنویسید، و انتخاب کنید که برای هر ساعت، هر روز، هر هفته یا هر ماه بود.
question-pay_received = در مجموع، واقعاً چه مقدار دستمزد گرفتید؟
question-pay_received-hint = همهٔ پولی را که برای این کار گرفتید جمع بزنید. حدس زدن هم اشکالی ندارد.
question-deductions_total = در مجموع، چه مقدار از دستمزدتان کم شد؟
question-deductions_total-hint = برای مثال برای جای زندگی، غذا، هزینه‌ها، جریمه‌ها یا یک «بدهی». حدس زدن هم اشکالی ندارد.
question-recruitment_fees_paid = برای گرفتن این کار یا برای سفر چه مقدار پول پرداختید؟
question-recruitment_fees_paid-hint = همهٔ پول‌هایی را که به دلال‌ها یا افراد دیگر پرداختید جمع بزنید.
question-paid_to_someone_else = آیا دستمزد شما به کس دیگری داده می‌شد، نه به خودتان؟
question-paid_to_someone_else-hint = برای مثال به یک دلال یا به کارفرما.
answer-kind-month = ماه را می‌دانم
answer-still_working = هنوز آنجا کار می‌کنم
answer-kind-amount = مبلغ را می‌دانم
input-month = ماه
input-year = سال
input-amount = مبلغ
input-currency = واحد پول
input-per = برای هر
per-hour = ساعت
per-day = روز
per-week = هفته
per-month = ماه
answer-pay = { $amount } برای هر { $per }
error-month = یک ماه را انتخاب کنید، و سال را با چهار رقم بنویسید، مانند 2024.
error-amount = مبلغ را با عدد بنویسید، مانند 1200 یا 1200.50.

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = ذخیرهٔ پاسخ‌هایم
open-link = باز کردن پاسخ‌های ذخیره‌شده

## Listen
listen = گوش دادن
listen-stop = توقف
about-listen-heading = خواندن با صدای بلند
about-listen-some = دکمهٔ «گوش دادن» متن را با صدایی که روی همین دستگاه است بلند می‌خواند. متن هرگز از دستگاه بیرون نمی‌رود. این دستگاه می‌تواند به این زبان‌ها بلند بخواند: { $languages }.
about-listen-none = روی این دستگاه صدایی برای بلند خواندن نیست، برای همین دکمهٔ «گوش دادن» نشان داده نمی‌شود. این ابزار فقط از صدایی استفاده می‌کند که روی دستگاه است، پس متن هرگز از دستگاه بیرون نمی‌رود.

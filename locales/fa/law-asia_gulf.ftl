# Entitle: Persian. Messages for the legal data of the Philippines, Qatar, Thailand and ASEAN. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Philippines
protection-ph-ra_9208-s_17-not_penalised = مجازات نشدن برای جرم‌هایی که به آن‌ها مجبور شده‌اید
protection-ph-ra_9208-s_17-not_penalised-gives = نباید برای جرم‌هایی که قاچاقچیان شما را به انجامشان واداشتند، یا جرم‌هایی که نتیجهٔ قاچاق شدن شما بود، مجازات شوید.
protection-ph-ra_9208-s_18-witness_protection = حمایت به عنوان شاهد
protection-ph-ra_9208-s_18-witness_protection-gives = ممکن است بتوانید وارد برنامهٔ دولتی حفاظت از شاهدان شوید، برای مثال با داشتن جایی امن برای زندگی.
protection-ph-ra_9208-s_19-continued_presence = اجازهٔ ماندن در فیلیپین
protection-ph-ra_9208-s_19-continued_presence-gives = ممکن است به شما اجازه داده شود که برای مدتی در فیلیپین بمانید، تا مجبور نباشید فوراً کشور را ترک کنید.
protection-ph-ra_9208-s_19-assistance = همان کمکی که بازماندگان فیلیپینی می‌گیرند
protection-ph-ra_9208-s_19-assistance-gives = ممکن است همان حمایت، کمک و خدماتی را بگیرید که فیلیپینی‌هایی که در وضعیت شما هستند می‌گیرند.
protection-ph-ra_9208-s_3_a-child_without_means = کودکان لازم نیست زور یا فریب را نشان دهند
protection-ph-ra_9208-s_3_a-child_without_means-gives = لازم نیست نشان دهید که کسی شما را مجبور کرده، فریب داده یا تهدید کرده است. آنچه با شما شده باز هم می‌تواند قاچاق انسان به حساب بیاید.
caveat-section_number_from_2003_act = شمارهٔ این بخش از قانون سال 2003 گرفته شده است، و تغییرات بعدی قانون ممکن است جای این قاعده را عوض کرده یا آن را تغییر داده باشد.
caveat-tied_to_prosecution = مدت ماندن شما به نیازهای پرونده علیه قاچاقچیان بستگی دارد، نه فقط به نیازهای خود شما.
caveat-child_includes_adults_unable_to_protect_themselves = قانون با برخی بزرگسالان هم مانند کودکان رفتار می‌کند، اگر بیماری یا معلولیت باعث شود نتوانند از خود محافظت کنند. این برنامه دربارهٔ این موضوع نمی‌پرسد.
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208) (قانون مبارزه با قاچاق انسان فیلیپین، 2003)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364) (قانون گسترش‌یافتهٔ مبارزه با قاچاق انسان فیلیپین، 2012)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862) (قانون گسترش‌یافتهٔ مبارزه با قاچاق انسان فیلیپین، 2022)

## Qatar
protection-qa-law_17_2020-art_2-minimum_wage = حداقل دستمزد برای هر کارگر
protection-qa-law_17_2020-art_2-minimum_wage-gives = باید هر ماه دست‌کم یک دستمزد پایه به شما پرداخت شود، و اگر کارفرما غذا و جای زندگی به شما نمی‌دهد، پولی هم برای آن‌ها.
protection-qa-law_18_2020-law-change_employer_without_noc = عوض کردن کارفرما بدون اجازهٔ کارفرما
protection-qa-law_18_2020-law-change_employer_without_noc-gives = می‌توانید پیش از پایان قراردادتان نزد کارفرمای تازه‌ای بروید، بدون نامهٔ اجازه از کارفرمای فعلی.
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = ترک قطر بدون اجازهٔ کارفرما
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = می‌توانید برای سفری کوتاه یا برای همیشه از قطر خارج شوید، بدون اینکه از کارفرما اجازهٔ خروج بخواهید.
protection-qa-law_13_2017-committees-wage_claim = مطالبهٔ دستمزد پرداخت‌نشده نزد کمیتهٔ کار
protection-qa-law_13_2017-committees-wage_claim-gives = می‌توانید نزد یک کمیتهٔ ویژهٔ کار، دستمزد و پول‌های دیگری را که کارفرما به شما بدهکار است مطالبه کنید.
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = صندوقی که دستمزدی را که کارفرما نمی‌پردازد می‌پردازد
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = اگر در مطالبهٔ دستمزد برنده شوید و کارفرما باز هم پول را نپردازد، ممکن است یک صندوق دولتی به جای او این پول را به شما بپردازد.
protection-qa-law_15_2011-art_2-identification_as_victim = شناخته شدن به عنوان قربانی قاچاق انسان
protection-qa-law_15_2011-art_2-identification_as_victim-gives = ممکن است به عنوان کسی که قربانی قاچاق انسان شده است شناخته شوید. این می‌تواند راه را برای حمایت، مانند یک سرپناه امن، باز کند.
caveat-amounts_reviewed_yearly = دولت دست‌کم سالی یک بار این مبالغ را بررسی می‌کند، پس ممکن است از آخرین باری که ما بررسی کردیم تغییر کرده باشند.
caveat-which_law_removed_noc_disputed = منابع دربارهٔ اینکه کدام قانون سال 2020 نیاز به اجازهٔ کارفرما را برداشت هم‌نظر نیستند، پس ما هر دو قانون را نشان می‌دهیم.
caveat-domestic_workers_from_2020_and_five_percent_exception = کارگران خانگی فقط از ژانویهٔ 2020 به این قاعده اضافه شدند. کارفرمایان هنوز می‌توانند چند نفر از کارکنان را تعیین کنند که برای خروج به اجازهٔ آن‌ها نیاز دارند. یک کمیته به شکایت‌ها رسیدگی می‌کند.
caveat-domestic_workers_coverage_not_checked = ما بررسی نکرده‌ایم که آیا کارگران خانگی می‌توانند مطالبات خود را نزد این کمیته‌ها ببرند یا نه.
caveat-payment_conditions_and_caps = صندوق فقط در موارد معینی پول می‌دهد، و گزارش‌ها می‌گویند برای مبلغ پرداختی آن سقفی وجود دارد.
caveat-victim_protection_articles_not_verified = ما نتوانستیم بخش‌هایی از این قانون را که دربارهٔ حمایت از قربانیان قاچاق انسان است بخوانیم، پس جزئیات اینجا تأیید نشده است.
instrument-qa-law_17_2020 = قانون شمارهٔ 17 سال 2020 قطر دربارهٔ حداقل دستمزد
instrument-qa-law_18_2020 = قانون شمارهٔ 18 سال 2020 قطر در اصلاح قانون کار
instrument-qa-law_19_2020 = قانون شمارهٔ 19 سال 2020 قطر در اصلاح قانون ورود، خروج و اقامت اتباع خارجی
instrument-qa-law_13_2018 = قانون شمارهٔ 13 سال 2018 قطر در اصلاح قانون ورود، خروج و اقامت اتباع خارجی
instrument-qa-law_13_2017 = قانون شمارهٔ 13 سال 2017 قطر در اصلاح قانون کار (کمیته‌های حل اختلافات کار)
instrument-qa-law_17_2018 = قانون شمارهٔ 17 سال 2018 قطر دربارهٔ تأسیس صندوق حمایت و بیمهٔ کارگران
instrument-qa-law_15_2011 = قانون شمارهٔ 15 سال 2011 قطر دربارهٔ مبارزه با قاچاق انسان

## Thailand
protection-th-atipa_2551-s_33-assistance = سرپناه، مراقبت بهداشتی و درمانی، و کمک‌های دیگر
protection-th-atipa_2551-s_33-assistance-gives = ممکن است غذا، جایی برای ماندن، مراقبت پزشکی، کمک برای بهبود، کمک حقوقی، و کمک برای بازگشت به کشورتان به شما داده شود.
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = آگاه شدن از حق جبران خسارت و کمک حقوقی
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = مأموران باید فوراً به شما بگویند که می‌توانید برای آسیبی که به شما رسیده است درخواست پول کنید، و می‌توانید کمک حقوقی بگیرید.
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = دادستان می‌تواند برای شما جبران خسارت بخواهد
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = اگر برای آسیبی که به شما رسیده است پول می‌خواهید، دادستان عمومی می‌تواند آن را از طرف شما از دادگاه بخواهد.
protection-th-atipa_2551-s_37-temporary_stay_and_work = اجازهٔ ماندن و کار برای مدتی
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = ممکن است به شما اجازه داده شود که برای مدتی در تایلند بمانید، و در این مدت کار کنید.
protection-th-atipa_2551-s_38-return_home = کمک برای بازگشت امن به کشورتان
protection-th-atipa_2551-s_38-return_home-gives = ممکن است به شما کمک شود تا هر چه زودتر به کشور خودتان برگردید.
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = متهم نشدن به خاطر ورود یا ماندن بدون مدارک
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = نباید به خاطر ورود به تایلند یا ماندن در آن بدون اجازه، یا به خاطر داشتن مدارک جعلی یا نادرست، متهم شوید.
caveat-purpose_limited_stay = این ماندن برای کارهایی مانند یک پروندهٔ دادگاه، درمان، بهبود یا درخواست پول است. نمی‌دانیم چه مدت طول می‌کشد، یا اینکه آیا همیشه داده می‌شود.
caveat-minister_may_permit_prosecution = وزیر دادگستری باز هم می‌تواند اجازه دهد که شما متهم شوید، اما باید این کار را به‌طور کتبی انجام دهد.
instrument-th-atipa_2551 = Thailand Anti-Trafficking in Persons Act B.E. 2551 (2008) (قانون مبارزه با قاچاق انسان تایلند)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = بازداشت نشدن بدون دلیل موجه
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = نباید شما را بدون دلیل موجه نگه دارند یا در جایی حبس کنند.
caveat-identified_victims_only = این فقط به کسانی کمک می‌کند که مقامات پیش از این تشخیص داده‌اند قربانی قاچاق انسان هستند. آن تصمیم باید اول گرفته شود.
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015) (کنوانسیون آسه‌آن علیه قاچاق انسان، به‌ویژه زنان و کودکان)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-ph-labor_code = Labor Code of the Philippines (1974) (قانون کار فیلیپین)
instrument-ph-ra_7309 = Republic Act No. 7309 (Board of Claims, 1992) (قانون هیئت رسیدگی به درخواست‌های جبران خسارت فیلیپین)
instrument-qa-labour_law_14_2004 = قانون کار، قانون شمارهٔ 14 سال 2004 (قطر)
instrument-qa-law_15_2017 = قانون شمارهٔ 15 سال 2017 دربارهٔ کارگران خانگی (قطر)
instrument-th-lpa_2541 = Labour Protection Act B.E. 2541 (1998) (قانون حمایت از کار تایلند)
instrument-th-ccc_book1_2535 = Civil and Commercial Code, Book I (as revised B.E. 2535) (قانون مدنی و تجاری تایلند، کتاب اول)
instrument-th-victim_compensation_act_2544 = Damages for the Injured Person and Compensation and Expense for the Accused in Criminal Case Act B.E. 2544 (2001) (قانون تایلند دربارهٔ جبران خسارت زیان‌دیدگان و متهمان در پرونده‌های کیفری)
caveat-ph_board_of_claims_violent_crimes = هیئت رسیدگی به درخواست‌ها (Board of Claims) فقط به قربانیان جرم‌های خشونت‌آمیز، و حداکثر 10,000 پزو، پول می‌دهد.
caveat-ph_money_claims_any_forum = همین مهلت سه ساله برای هر درخواست پولی که از کار ناشی شود کاربرد دارد، هر جا که درخواست شود.
caveat-ph_ncr_only = این حداقل دستمزد فقط برای منطقهٔ مترو مانیل (Metro Manila) است. مناطق دیگر حداقل دستمزد روزانهٔ خود را دارند که اغلب پایین‌تر است. این رقم را فقط برای کار در مترو مانیل به کار ببرید.
caveat-qa_domestic_workers_own_limit = کارگران خانگی قانون خاص خود را دارند. آن قانون هم یک سال مهلت می‌دهد، از پایان قرارداد یا از روزی که کار را ترک کردند.
caveat-qa_food_and_housing_allowances = این فقط دستمزد پایه است. اگر کارفرما غذا و جای زندگی مناسب نداده باشد، ماهانه 300 ریال برای غذا و 500 ریال برای جای زندگی هم بدهکار است.
caveat-qa_one_year_of_365_days_stopped_by_complaint = درخواست باید ظرف 365 روز پس از پایان قرارداد داده شود. تا وقتی شکایتی نزد وزارت کار بررسی می‌شود، مهلت متوقف می‌شود.
caveat-qa_overtime_daily_night_and_exclusions = برای کار بیش از 8 ساعت در روز (6 ساعت در ماه رمضان) هم اضافه‌کاری تعلق می‌گیرد، و برای کار در شب بیشتر. این برای کارگران خانگی کاربرد ندارد. این در اینجا حساب نشده است.
caveat-th_each_unpaid_wage_runs_separately = هر دستمزد پرداخت‌نشده دو سال مهلت جداگانهٔ خودش را دارد، پس مهلت قدیمی‌ترین ماه‌ها زودتر تمام می‌شود. اگر کارفرما بدهی را به‌طور کتبی بپذیرد یا بخشی از آن را بپردازد، دو سال دوباره از نو شروع می‌شود.
caveat-th_fund_listed_crimes_from_knowledge = پرداخت‌های دولتی فقط برای قربانیان برخی جرم‌هاست، مانند آسیب به بدن و جرم‌های جنسی. مهلت یک ساله از زمانی شروع می‌شود که از جرم آگاه شوید.
caveat-th_lowest_provincial_rate = این پایین‌ترین حداقل دستمزد روزانه در سراسر تایلند است. نرخ استان شما اغلب بالاتر است، و همان نرخ باید پرداخت شود.
caveat-th_overtime_daily_and_holiday = برای کار بیش از ساعت‌های معمول هر روز اضافه‌کاری تعلق می‌گیرد، و کار در روز تعطیل دستمزد بیشتری دارد. این در اینجا حساب نشده است.

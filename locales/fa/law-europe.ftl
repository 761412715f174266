# Entitle: Persian. Messages for the legal data of Germany, the Netherlands, Italy, Spain and France. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Germany
protection-de-aufenthg-s_59_7-reflection_period = زمانی برای استراحت و تصمیم گرفتن
protection-de-aufenthg-s_59_7-reflection_period-gives = ممکن است بتوانید مدتی در آلمان بمانید تا استراحت کنید و حمایت بگیرید. می‌توانید وقت بگذارید تا تصمیم بگیرید که آیا می‌خواهید دربارهٔ آنچه اتفاق افتاده شهادت بدهید یا نه.
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = اجازهٔ ماندن به عنوان شاهد
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = ممکن است تا وقتی پروندهٔ کیفری علیه کسانی که به شما آسیب زدند ادامه دارد، اجازهٔ اقامت در آلمان بگیرید.
caveat-prosecutor_must_deem_presence_appropriate = دادستان یا دادگاه باید بپذیرد که برای این پرونده به حضور شما در کشور نیاز دارد. ما نمی‌توانیم بدانیم که آن‌ها این را می‌پذیرند یا نه.
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = اجازهٔ ماندن پس از کار غیرقانونی بسیار ناعادلانه
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = ممکن است تا وقتی پروندهٔ کیفری دربارهٔ کار شما و کارفرمایتان ادامه دارد، اجازهٔ اقامت در آلمان بگیرید.
instrument-de-aufenthg = قانون اقامت آلمان، 2004 (AufenthG)

## Netherlands
protection-nl-vc_2000-b8_3-reflection_period = زمانی برای استراحت، همراه با سرپناه و حمایت
protection-nl-vc_2000-b8_3-reflection_period-gives = ممکن است بتوانید مدتی در هلند بمانید، با جایی امن برای خوابیدن و پولی برای گذران زندگی. در این مدت می‌توانید تصمیم بگیرید که آیا می‌خواهید جرم را گزارش کنید یا نه.
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = اجازهٔ ماندن تا وقتی پرونده ادامه دارد
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = ممکن است تا وقتی پلیس تحقیق می‌کند و پروندهٔ کیفری ادامه دارد، اجازهٔ اقامت رایگان در هلند بگیرید.
caveat-exempt_from_cooperation_if_unable = اگر به دلیل بیماری، کمتر از 18 سال داشتن، یا خطری جدی نمی‌توانید به پلیس کمک کنید، باز هم ممکن است بتوانید این اجازهٔ اقامت را بگیرید.
protection-nl-vb_2000-art_3_51_1_k-continued_residence = ماندن پس از پایان پرونده
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = ممکن است پس از پایان پروندهٔ کیفری، اجازهٔ اقامتی بگیرید تا به زندگی در هلند ادامه دهید.
caveat-after_conviction_or_three_years = برای این معمولاً لازم است که کسی در پروندهٔ شما مجرم شناخته شود، یا شما سه سال اجازهٔ اقامت مخصوص قربانیان قاچاق انسان را داشته باشید.
instrument-nl-vw_2000 = قانون اتباع بیگانهٔ هلند، 2000 (Vw 2000)
instrument-nl-vb_2000 = فرمان اتباع بیگانهٔ هلند، 2000 (Vb 2000)
instrument-nl-vc_2000 = بخشنامهٔ اتباع بیگانهٔ هلند، 2000 (Vc 2000)

## Italy
protection-it-tui-art_18-special_permit_social_track = اجازهٔ اقامت ویژه از راه یک گروه حمایتی
protection-it-tui-art_18-special_permit_social_track-gives = ممکن است اجازهٔ زندگی و کار در ایتالیا را بگیرید، و وارد برنامه‌ای شوید که کمک می‌کند در امان باشید و زندگی تازه‌ای بسازید.
caveat-concrete_danger_assessed_by_authority = رئیس پلیس باید تصمیم بگیرد که شما در خطر واقعی هستید. ما دربارهٔ این نپرسیدیم، پس نمی‌توانیم بگوییم که با وضعیت شما جور است یا نه.
protection-it-tui-art_18-special_permit_judicial_track = اجازهٔ اقامت ویژه از راه یک پروندهٔ کیفری
protection-it-tui-art_18-special_permit_judicial_track-gives = ممکن است اجازهٔ زندگی و کار در ایتالیا را بگیرید، و وارد برنامه‌ای شوید که کمک می‌کند در امان باشید و زندگی تازه‌ای بسازید.
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = اجازهٔ اقامت اگر کارفرمایی را که به‌شدت از شما بهره‌کشی کرده گزارش کنید
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = ممکن است تا وقتی پروندهٔ کیفری علیه کارفرمایتان ادامه دارد، اجازهٔ اقامت در ایتالیا بگیرید.
caveat-particularly_exploitative_conditions_only = این فقط برای کار در شرایط بهره‌کشی بسیار شدید بود، که معیاری بالاتر از نشانه‌هایی است که ما بررسی می‌کنیم.
protection-it-tui-art_18_ter-permit_for_labour_exploitation = اجازهٔ اقامت برای کارگرانی که از آن‌ها بهره‌کشی شده است
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = ممکن است پس از آنکه کمک کنید حقیقتِ رفتاری که در کار با شما شده روشن شود، اجازهٔ زندگی و کار در ایتالیا را بگیرید.
caveat-judicial_authority_or_labour_inspectorate_covers_family = یک دادستان یا قاضی باید آن را درخواست کند، یا بازرسان کار باید از آن پشتیبانی کنند. این اجازهٔ اقامت می‌تواند اعضای خانوادهٔ شما را هم در بر بگیرد.
instrument-it-tui = قانون جامع مهاجرت ایتالیا، فرمان قانونی 286/1998 (TUI)
instrument-it-dl_145_2024 = فرمان-قانون 145/2024 ایتالیا (فرمان ورود مهاجران، Decreto Flussi)
instrument-it-dl_146_2025 = فرمان-قانون 146/2025 ایتالیا (فرمان ورود مهاجران 2025، Decreto Flussi)
instrument-it-dpr_394_1999 = فرمان ریاست‌جمهوری 394/1999 ایتالیا (آیین‌نامهٔ قانون مهاجرت)

## Spain
protection-es-loex-art_59_bis-reflection_period = زمانی برای بهبود و تصمیم گرفتن
protection-es-loex-art_59_bis-reflection_period-gives = ممکن است بتوانید مدتی در اسپانیا بمانید تا بهبود یابید و دربارهٔ کمک به پلیس فکر کنید. در این مدت، اقدامات برای بیرون فرستادن شما باید متوقف شود.
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = مجازات نشدن به خاطر ماندن در اسپانیا بدون مدارک
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = ممکن است از جریمه یا اخراجی که به خاطر ماندن در اسپانیا بدون مدارک لازم با آن روبه‌رو می‌شدید معاف شوید.
protection-es-loex-art_59_bis-permit_personal_situation = اجازهٔ اقامت به خاطر وضعیت شخصی شما
protection-es-loex-art_59_bis-permit_personal_situation-gives = ممکن است به خاطر وضعیت شخصی خودتان، اجازهٔ زندگی و کار در اسپانیا را بگیرید، حتی اگر به پلیس کمک نکنید.
caveat-after_exemption_from_liability = اول مقامات باید تصمیم بگیرند که شما را به خاطر ماندن در اسپانیا بدون مدارک مجازات نکنند. پس از آن معمولاً می‌توانید این اجازهٔ اقامت را درخواست کنید.
protection-es-loex-art_59_bis-permit_for_cooperation = اجازهٔ اقامت برای کمک به پلیس یا دادگاه
protection-es-loex-art_59_bis-permit_for_cooperation-gives = ممکن است به این دلیل که در تحقیقات یا پروندهٔ دادگاه کمک می‌کنید، اجازهٔ زندگی و کار در اسپانیا را بگیرید.
protection-es-loex-art_59-permit_for_cooperation_against_networks = اجازهٔ اقامت برای کمک به متوقف کردن گروه‌هایی که بهره‌کشی می‌کنند
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = ممکن است اجازهٔ زندگی و کار در اسپانیا را بگیرید، و از مجازاتِ ماندن بدون مدارک معاف شوید.
instrument-es-loex = قانون اتباع بیگانهٔ اسپانیا، قانون ارگانیک 4/2000 (LOEX)
instrument-es-rloex = آیین‌نامهٔ اتباع بیگانهٔ اسپانیا، فرمان سلطنتی 557/2011 (RLOEX)
instrument-es-rloex_2024 = آیین‌نامهٔ اتباع بیگانهٔ اسپانیا، فرمان سلطنتی 1155/2024 (لازم‌الاجرا از 20 مه 2025)

## France
protection-fr-ceseda-r_425_2-reflection_period = زمانی برای استراحت و فکر کردن
protection-fr-ceseda-r_425_2-reflection_period-gives = ممکن است مدرکی بگیرید که به شما اجازه می‌دهد تا وقتی استراحت می‌کنید و تصمیم می‌گیرید که آیا می‌خواهید شکایت کنید یا نه، در فرانسه بمانید. ممکن است به شما اجازهٔ کار هم بدهد.
protection-fr-ceseda-l_425_1-temporary_residence_card = کارت اقامت اگر گزارش کنید یا شهادت بدهید
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = ممکن است تا وقتی پروندهٔ کیفری ادامه دارد، کارتی برای زندگی و کار در فرانسه بگیرید.
caveat-complaint_or_testimony_required = باید به پلیس شکایت کنید یا در پرونده شهادت بدهید. فقط گفتن اینکه حاضرید کمک کنید کافی نیست.
protection-fr-ceseda-l_425_2-allowance = پولی برای گذران زندگی
protection-fr-ceseda-l_425_2-allowance-gives = ممکن است پول منظمی بگیرید تا هزینهٔ غذا و دیگر نیازهای اساسی‌تان را بپردازید.
protection-fr-ceseda-l_425_3-resident_card = کارت اقامت بلندمدت
protection-fr-ceseda-l_425_3-resident_card-gives = ممکن است کارتی بگیرید که با آن سال‌های زیادی در فرانسه زندگی و کار کنید.
caveat-only_after_final_conviction = این فقط وقتی ممکن است که دادگاه متهم را به‌طور قطعی مجرم شناخته باشد. ما نمی‌توانیم بدانیم که دادرسی چگونه تمام می‌شود.
protection-fr-ceseda-l_425_4-exit_programme_permit = اجازهٔ اقامت در دوران یک برنامه برای کنار گذاشتن تن‌فروشی
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = ممکن است اجازهٔ ماندن در فرانسه را بگیرید، همراه با کمک برای شروع زندگی تازه‌ای دور از کار جنسی.
caveat-only_for_prostitution_exit_programme = این فقط برای کسانی است که فروش رابطهٔ جنسی را کنار گذاشته‌اند. آن‌ها باید همراه با یک گروه حمایتی، از یک برنامهٔ رسمی برای کنار گذاشتن کار جنسی پیروی کنند.
instrument-fr-ceseda = قانون ورود و اقامت اتباع بیگانه و حق پناهندگی فرانسه (CESEDA، نسخهٔ 2020)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-de-milog = قانون حداقل دستمزد آلمان (Mindestlohngesetz، MiLoG، 2014)
instrument-de-bgb = قانون مدنی آلمان (Bürgerliches Gesetzbuch، BGB)
instrument-de-sgb_14 = قانون اجتماعی آلمان، کتاب چهاردهم: جبران خسارت اجتماعی (SGB XIV، 2019)
instrument-es-et_2015 = قانون کارگران اسپانیا (Estatuto de los Trabajadores، 2015)
instrument-es-ley_35_1995 = قانون 35/1995 اسپانیا دربارهٔ کمک به قربانیان جرم‌های خشونت‌آمیز و جنسی
instrument-fr-code_travail = قانون کار فرانسه (Code du travail)
instrument-fr-code_procedure_penale = قانون آیین دادرسی کیفری فرانسه (Code de procédure pénale)
instrument-it-cc = قانون مدنی ایتالیا (Codice civile)
instrument-it-l_228_2003 = قانون 228/2003 ایتالیا دربارهٔ اقدامات علیه قاچاق انسان
instrument-nl-wml = قانون حداقل دستمزد و حداقل کمک‌هزینهٔ مرخصی هلند (Wet minimumloon en minimumvakantiebijslag)
instrument-nl-bw_3 = قانون مدنی هلند، کتاب سوم (Burgerlijk Wetboek)
instrument-nl-wsg = قانون صندوق جبران خسارت جرم‌های خشونت‌آمیز هلند (Wet schadefonds geweldsmisdrijven)
caveat-backdating_limit_not_a_bar = پس از یک سال هم می‌توانید درخواست بدهید. اما پرداخت‌ها فقط از ماهی شروع می‌شود که درخواست داده‌اید، مگر اینکه نمی‌توانستید زودتر درخواست بدهید.
caveat-each_month_runs_separately = دستمزد هر ماه پنج سال مهلت جداگانهٔ خودش را دارد، پس مهلت قدیمی‌ترین ماه‌ها زودتر تمام می‌شود. یک مطالبهٔ کتبی از کارفرما، مهلت را دوباره از نو شروع می‌کند.
caveat-es_domestic_hourly_external_only = حداقل دستمزد ساعتی برای کارگران خانگی که ساعتی مزد می‌گیرند و در خانهٔ کارفرما زندگی نمی‌کنند، در اینجا حساب نشده است. کارگر خانگی‌ای که در خانهٔ کارفرما زندگی می‌کند، حق حداقل دستمزد ماهانه را دارد.
caveat-es_each_payment_own_year_interruptible = هر دستمزد پرداخت‌نشده باید ظرف یک سال از روز پرداخت آن مطالبه شود، پس مهلت قدیمی‌ترین ماه‌ها زودتر تمام می‌شود. یک مطالبهٔ رسمی از کارفرما، یا درخواست سازش، این یک سال را دوباره از نو شروع می‌کند.
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = این کمک فقط برای جرم‌های خشونت‌آمیزی است که به مرگ یا آسیب جدی انجامیده‌اند، و برای جرم‌های جنسی. تا وقتی یک پروندهٔ کیفری ادامه دارد، مهلت متوقف می‌شود.
caveat-es_smi_floor_14_payments = حداقل دستمزد در 14 قسط در سال پرداخت می‌شود. دو قسط اضافی در اینجا حساب نشده است، پس ممکن است طلب بیشتری داشته باشید.
caveat-fr_civi_prosecution_extends_relief_possible = اگر پروندهٔ کیفری وجود داشته باشد، تا یک سال پس از تصمیم نهایی هم می‌توانید درخواست بدهید. کمیسیون می‌تواند درخواست دیرهنگام را با دلیل موجه بپذیرد. برای کودک، مهلت از 18 سالگی شروع می‌شود.
caveat-fr_smic_floor_mayotte_minors = این حداقل دستمزد برای سرزمین اصلی فرانسه است. مایوت حداقل پایین‌تری دارد. توافق‌نامه‌ها اغلب مبلغ بیشتری را الزامی می‌کنند. به برخی کارگران جوان و کارآموزان ممکن است کمتر پرداخت شود.
caveat-fr_wage_claim_each_payday_three_years_before_end = دستمزد هر ماه باید ظرف سه سال مطالبه شود، پس مهلت قدیمی‌ترین ماه‌ها زودتر تمام می‌شود. پس از پایان کار، می‌توانید دستمزد سه سال آخر آن را مطالبه کنید.
caveat-intentional_injury_damages_only = مهلت 30 ساله فقط برای جبران آسیبی است که عمداً به جان، بدن، سلامت یا آزادی شما زده شده است. این مهلت برای دستمزد پرداخت‌نشده نیست.
caveat-it_longer_if_crime = اگر این آسیب جرمی هم باشد که مهلت طولانی‌تری دارد، مانند قاچاق انسان یا بردگی، درخواست جبران خسارت هم همان مهلت طولانی‌تر را دارد.
caveat-it_wage_limit_private_sector_interruptible = پنج سال فقط برای کارفرمایان خصوصی از پایان کار شروع می‌شود. هر مطالبهٔ کتبی برای پرداخت، این پنج سال را دوباره از نو شروع می‌کند.
caveat-late_application_if_reasonable = صندوق باز هم می‌تواند درخواست دیرهنگام را بپذیرد، اگر آن را به محض اینکه به‌طور معقول می‌توانستید داده باشید. صندوق فقط برای آسیب جدی ناشی از جرم خشونت‌آمیز پول می‌دهد.
caveat-monthly_minimum_for_full_time_week = پیش از 2024، حداقل دستمزد مبلغی ماهانه برای یک هفتهٔ کاری تمام‌وقت بود. ما آن را برای هفته‌ای 40 ساعته حساب می‌کنیم، که طولانی‌ترین هفتهٔ معمول است. اگر هفتهٔ کاری کوتاه‌تر بود، طلب بیشتر است.
caveat-runs_from_end_of_year = سه سال از پایان سالی شروع می‌شود که دستمزد در آن باید پرداخت می‌شد. طرح دعوا در دادگاه، مهلت را متوقف می‌کند.
caveat-runs_from_knowledge_longer_against_offender = پنج سال از زمانی شروع می‌شود که از آسیب و از کسی که آن را زده آگاه شوید. درخواست علیه مجرم دست‌کم تا زمانی معتبر است که بتوان او را تحت پیگرد قرار داد.
caveat-sector_minimum_wages_and_exclusions = برخی رشته‌های کاری حداقل دستمزد بالاتری دارند. این حداقل دستمزد شامل افراد کمتر از 18 سال بدون آموزش حرفه‌ای، کارآموزان، برخی دوره‌بینان (اینترن‌ها) و داوطلبان نمی‌شود.
caveat-youth_minimum_not_encoded = کارگران کمتر از 21 سال حداقل دستمزد پایین‌تری دارند، که در اینجا حساب نشده است.

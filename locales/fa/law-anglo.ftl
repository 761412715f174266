# Entitle: Persian. Messages for the legal data of the United Kingdom, the United States, Canada and Australia. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## United Kingdom
protection-gb-nrm_guidance-first_responders-nrm_referral = معرفی شدن برای دریافت حمایت رسمی
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = یک مأمور پلیس، یک کارمند شهرداری یا یک مؤسسهٔ خیریهٔ حمایتی می‌تواند مشخصات شما را به نظام حمایتی بریتانیا بفرستد. آنگاه پروندهٔ شما بررسی می‌شود و می‌توانید کمک بگیرید.
caveat-first_responder_only_adults_consent = خودتان نمی‌توانید خود را معرفی کنید. پلیس، شهرداری یا یک مؤسسهٔ خیریهٔ مورد تأیید باید این کار را بکند. اگر بزرگسال هستید، آن‌ها اول به موافقت شما نیاز دارند.
protection-gb-nrm_guidance-recovery-recovery_period = زمانی برای استراحت و بهبود، همراه با حمایت
protection-gb-nrm_guidance-recovery-recovery_period-gives = ممکن است تا وقتی پرونده‌تان بررسی می‌شود، جای امنی برای زندگی، مراقبت بهداشتی و درمانی، مترجم، و کسی که از شما حمایت کند داشته باشید.
caveat-public_order_disqualification = وزارت کشور بریتانیا (Home Office) می‌تواند این کمک را رد کند اگر فکر کند که شما برای مردم خطرناک هستید. همچنین اگر فکر کند دربارهٔ آنچه اتفاق افتاده صادق نبوده‌اید، می‌تواند آن را رد کند.
protection-gb-msa_2015-s_45_1-defence_for_adults = دفاع در صورتی که مجبور به کار خلاف قانون شده‌اید
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = اگر به این دلیل که از شما بهره‌کشی می‌شد مجبور شدید کاری غیرقانونی انجام دهید، می‌توانید این را به دادگاه بگویید. این می‌تواند دفاعی در برابر اتهام باشد.
protection-gb-msa_2015-s_45_4-defence_for_children = دفاع برای کودکانی که به کار خلاف قانون واداشته شده‌اند
protection-gb-msa_2015-s_45_4-defence_for_children-gives = اگر به این دلیل که از شما بهره‌کشی می‌شد کاری غیرقانونی انجام دادید، می‌توانید این را به دادگاه بگویید، و این می‌تواند دفاع باشد. لازم نیست نشان دهید که مجبور شده بودید.
caveat-schedule_4_offences_excluded = این دفاع شامل برخی جرم‌های بسیار جدی، مانند قتل یا جرم‌های جدی خشونت‌آمیز یا جنسی، نمی‌شود. این فقط در انگلستان و ولز کاربرد دارد.
protection-gb-msa_2015-s_8-reparation_order = پرداختی که به دستور دادگاه از کسی که از شما بهره‌کشی کرده گرفته می‌شود
protection-gb-msa_2015-s_8-reparation_order-gives = دادگاه می‌تواند به کسی که از شما بهره‌کشی کرده دستور دهد که برای آسیبی که به شما زده به شما پول بپردازد.
caveat-needs_conviction_and_confiscation_order = این فقط وقتی اتفاق می‌افتد که آن شخص مجرم شناخته شود و دادگاه پولی از او مصادره کند. نمی‌توانید بیشتر از مبلغی که دادگاه گرفته است دریافت کنید.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = اجازهٔ موقت برای ماندن در بریتانیا
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = ممکن است به شما اجازه داده شود که برای مدتی در بریتانیا بمانید. این می‌تواند برای بهبود یافتن، برای درخواست پول به خاطر آسیبی که به شما رسیده، یا برای کمک به پلیس باشد.
caveat-recovery_ground_paused = در حال حاضر وزارت کشور بریتانیا دربارهٔ درخواست‌های ماندن برای بهبود تصمیمی نمی‌گیرد. همچنین دربارهٔ هیچ درخواستی از کسی که حکم اخراج (دیپورت) دارد تصمیم نمی‌گیرد.

## United States
protection-us-t_rule_2002-s_214_11-t_status_adult = ویزای T برای بزرگسالان (قواعد قدیمی‌تر)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = می‌توانید ویزایی درخواست کنید که به شما اجازه می‌دهد چند سال در ایالات متحده زندگی و کار کنید. بعداً ممکن است بتوانید برای ماندن همیشگی درخواست بدهید.
caveat-trauma_exception_and_extreme_hardship = اگر آسیب روحی (تروما) کمک به پلیس را برایتان بیش از حد سخت می‌کند، ممکن است لازم نباشد کمک کنید. اما باید نشان دهید که ترک ایالات متحده آسیب بسیار شدیدی به شما می‌زند.
protection-us-t_rule_2002-s_214_11-t_status_child = ویزای T برای کودکان (قواعد قدیمی‌تر)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = می‌توانید ویزایی درخواست کنید که به شما اجازه می‌دهد چند سال در ایالات متحده زندگی، تحصیل و کار کنید. بعداً ممکن است بتوانید برای ماندن همیشگی درخواست بدهید.
caveat-extreme_hardship_required = باید نشان دهید که اگر مجبور به ترک ایالات متحده شوید، آسیب بسیار جدی به شما می‌رسد.
protection-us-t_rule_2024-s_214_202-t_status_adult = ویزای T برای بزرگسالان
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = می‌توانید ویزایی درخواست کنید که به شما اجازه می‌دهد چند سال در ایالات متحده زندگی و کار کنید. بعداً ممکن است بتوانید برای ماندن همیشگی درخواست بدهید.
protection-us-t_rule_2024-s_214_202-t_status_child = ویزای T برای کودکان
protection-us-t_rule_2024-s_214_202-t_status_child-gives = می‌توانید ویزایی درخواست کنید که به شما اجازه می‌دهد چند سال در ایالات متحده زندگی، تحصیل و کار کنید. بعداً ممکن است بتوانید برای ماندن همیشگی درخواست بدهید.
protection-us-tvpa_2000-s_107_c_3-continued_presence = اجازهٔ ماندن در دوران پروندهٔ پلیس
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = ممکن است تا وقتی جرمی که علیه شما انجام شده بررسی می‌شود، به شما اجازه داده شود که در ایالات متحده بمانید و به‌طور قانونی کار کنید.
caveat-requested_by_law_enforcement_only = خودتان نمی‌توانید این را درخواست کنید. فقط پلیس یا یک ادارهٔ دیگر مجری قانون می‌تواند آن را برای شما درخواست کند.
protection-us-ina-s_101_a_15_u-u_status = ویزای U برای کسانی که از جرم‌های جدی آسیب دیده‌اند
protection-us-ina-s_101_a_15_u-u_status-gives = می‌توانید ویزایی درخواست کنید که به شما اجازه می‌دهد چند سال در ایالات متحده زندگی و کار کنید. بعداً ممکن است بتوانید برای ماندن همیشگی درخواست بدهید.
caveat-certification_and_substantial_abuse_required = به فرم امضاشده‌ای از پلیس یا یک ادارهٔ دیگر نیاز دارید که بگوید به آن‌ها کمک کرده‌اید. همچنین باید نشان دهید که این جرم آسیب شدیدی به جسم یا روان شما زده است.
protection-us-usc_18-s_1593-mandatory_restitution = پرداختی به دستور دادگاه برای آنچه از دست داده‌اید
protection-us-usc_18-s_1593-mandatory_restitution-gives = دادگاه می‌تواند به کسی که از شما بهره‌کشی کرده دستور دهد که خسارت‌های شما را بپردازد، از جمله دستمزدی که باید به شما پرداخت می‌شد.
caveat-only_on_conviction = این پول را فقط وقتی می‌گیرید که آن شخص در یک دادگاه کیفری مجرم شناخته شود.
protection-us-usc_18-s_1595-civil_action = درخواست پول از دادگاه برای آسیب
protection-us-usc_18-s_1595-civil_action-gives = می‌توانید پروندهٔ خودتان را در دادگاه باز کنید و از کسی که از شما بهره‌کشی کرده پول بخواهید. همچنین می‌توانید از هر کسی که آگاهانه از این کار سود برده است پول بخواهید.
caveat-stayed_during_criminal_case = اگر پرونده‌ای کیفری دربارهٔ همان جرم وجود داشته باشد، پروندهٔ شما باید صبر کند تا آن پرونده تمام شود.
protection-us-flsa-s_16_b-back_wages = پس گرفتن دستمزدهای پرداخت‌نشده
protection-us-flsa-s_16_b-back_wages-gives = می‌توانید درخواست کنید حداقل دستمزد و اضافه‌کاری‌ای که طلب دارید به شما پرداخت شود، و همان مبلغ یک بار دیگر به عنوان پول اضافه.
caveat-any_immigration_status = دولت می‌گوید این حتی اگر هیچ مدرکی نداشته باشید هم کاربرد دارد. اما برخی دادگاه‌ها انواع دیگر دستمزد از دست رفته را برای کارگران بدون مدرک محدود می‌کنند.

## Canada
protection-ca-irpa-s_24-vtip_trp_until_2025 = اجازهٔ ماندن در کانادا (قواعد قدیمی‌تر)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = می‌توانید اجازه‌نامه‌ای درخواست کنید تا برای مدتی به‌طور قانونی در کانادا بمانید. آنگاه می‌توانید استراحت کنید، بهبود یابید و تصمیم بگیرید که پس از آن چه کنید.
protection-ca-irpa-s_24-vtip_trp = اجازهٔ ماندن در کانادا
protection-ca-irpa-s_24-vtip_trp-gives = می‌توانید اجازه‌نامه‌ای درخواست کنید تا به‌طور قانونی در کانادا بمانید، تا در امان باشید، بهبود یابید و برای قدم بعدی برنامه‌ریزی کنید.
protection-ca-ircc_vtip-subsequent_trp-further_permit = اجازه‌نامهٔ تازه برای ادامهٔ ماندن
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = وقتی مهلت اجازه‌نامهٔ شما رو به پایان است، می‌توانید اجازه‌نامهٔ تازه‌ای درخواست کنید تا بتوانید مدت بیشتری در کانادا بمانید.
caveat-later_permits_refused_after_criminal_case = طبق قواعد، لازم نیست به پلیس کمک کنید. اما درخواست اجازه‌نامهٔ تازهٔ برخی افراد پس از پایان پروندهٔ کیفری رد شده است.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = مراقبت بهداشتی و درمانی تا وقتی اجازه‌نامه دارید
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = ممکن است مراقبت بهداشتی و درمانی و مشاورهٔ روانی بگیرید که هزینه‌اش را دولت می‌پردازد.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = اجازهٔ کار در کانادا
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = می‌توانید اجازه‌نامه‌ای درخواست کنید که به شما اجازه می‌دهد به‌طور قانونی در کانادا کار کنید، تا بتوانید با امنیت پول دربیاورید.

## Australia
protection-au-stpp-intensive_support_stream-support = حمایت برای جای زندگی، سلامت و مشاوره
protection-au-stpp-intensive_support_stream-support-gives = ممکن است جای امنی برای زندگی، مراقبت بهداشتی و درمانی، مشاورهٔ روانی و مترجم به شما داده شود. همچنین ممکن است دربارهٔ قانون و ویزا مشاوره بگیرید، و یک مددکار حمایتی داشته باشید که به شما کمک کند.
caveat-afp_referral_required = فقط وقتی می‌توانید این حمایت را بگیرید که پلیس فدرال استرالیا (Australian Federal Police) شما را برای آن معرفی کند.
protection-au-stpp-additional_referral_pathway-referral_without_police = کمک گرفتن بدون رفتن نزد پلیس
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = می‌توانید با یک مرکز حمایتی دربارهٔ در امان ماندن صحبت کنید و مشاورهٔ حقوقی رایگان بگیرید. آن‌ها می‌توانند کمک کنند که بدون رفتن نزد پلیس وارد برنامهٔ حمایتی شوید.
caveat-under_16_without_guardian_referred_to_child_protection = اگر کمتر از 16 سال دارید و هیچ بزرگسال امنی از شما نگهداری نمی‌کند، مرکز باید شما را به جای آن به خدمات حمایت از کودکان و پلیس معرفی کند.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = کمک گرفتن بدون پلیس (ادامه)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = می‌توانید با یک مرکز حمایتی دربارهٔ در امان ماندن صحبت کنید و مشاورهٔ حقوقی رایگان بگیرید. آن‌ها می‌توانند کمک کنند که بدون رفتن نزد پلیس وارد برنامهٔ حمایتی شوید.
caveat-extension_end_date_unknown = این راه کمک گرفتن تمدید شد، اما نمی‌دانیم کی تمام می‌شود، پس بررسی کنید که هنوز باز است.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = ویزای کوتاه‌مدت برای استراحت و بهبود
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = ممکن است یک ویزای کوتاه‌مدت بگیرید تا بتوانید به‌طور قانونی در استرالیا بمانید، و در این مدت استراحت کنید، بهبود یابید و فکر کنید که پس از آن چه کنید.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = ویزای دائم برای ماندن در استرالیا
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = ممکن است بتوانید برای همیشه در استرالیا بمانید و زندگی‌تان را در آنجا بسازید.
caveat-certificate_of_contribution_required = به مدرکی دولتی نیاز دارید که بگوید شما قبلاً به یک پروندهٔ پلیس یا یک دادرسی کمک کرده‌اید؛ فقط حاضر بودن برای کمک کافی نیست.

## Names of legal sources
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (قانون بردگی مدرن بریتانیا)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (قانون تابعیت و مرزهای بریتانیا)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009) (رهنمود وزارت کشور بریتانیا دربارهٔ سازوکار ملی ارجاع)
instrument-us-ina = US Immigration and Nationality Act of 1952 (قانون مهاجرت و تابعیت ایالات متحده)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (قانون حمایت از قربانیان قاچاق انسان ایالات متحده)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948) (مجموعهٔ قوانین ایالات متحده، عنوان 18: جرائم و آیین دادرسی کیفری)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002) (مقررات ایالات متحده دربارهٔ وضعیت غیرمهاجر T)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024) (مقررات نهایی ایالات متحده دربارهٔ وضعیت غیرمهاجر T)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007) (مقررات ایالات متحده دربارهٔ وضعیت غیرمهاجر U)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (قانون استانداردهای منصفانهٔ کار ایالات متحده)
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001) (قانون مهاجرت و حمایت از پناهندگان کانادا)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006) (دستورالعمل‌های ادارهٔ مهاجرت کانادا دربارهٔ اجازهٔ اقامت موقت برای قربانیان قاچاق انسان)
instrument-au-stpp = Australian Support for Trafficked People Program (2004) (برنامهٔ استرالیا برای حمایت از قربانیان قاچاق انسان)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (مقررات مهاجرت استرالیا)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australia) (قانون کار منصفانهٔ استرالیا)
instrument-ca-clc = Canada Labour Code (1985) (قانون کار کانادا)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (قانون حداقل دستمزد ملی بریتانیا)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (مقررات حداقل دستمزد ملی بریتانیا)
instrument-gb-era_1996 = Employment Rights Act 1996 (قانون حقوق استخدامی بریتانیا)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (قانون مرور زمان بریتانیا)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (طرح جبران خسارت آسیب‌های ناشی از جرم در بریتانیا)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (قانون ایالات متحده دربارهٔ ساعت‌های کار قابل پرداخت)
caveat-above_compulsory_school_age = این نرخ فقط پس از آنکه نوجوان دورهٔ تحصیل اجباری را تمام کرده باشد شروع می‌شود، نه در روز تولد 16 سالگی‌اش.
caveat-apprentice_rate_conditions = نرخ پایین‌تر برای کارآموزان در اینجا حساب نشده است. آن نرخ فقط برای کارآموزان کمتر از 19 سال، یا کارآموزان در سال اول کارآموزی است. همهٔ افراد دیگر نرخ مربوط به سن خود را می‌گیرند.
caveat-au_awards_set_higher_minima = بیشتر کارگران یک «اوارد» (award) یا توافق‌نامه با حداقل دستمزد بالاتر دارند، پس اغلب طلب بیشتری دارند. کارگران کمتر از 21 سال و کارآموزان نرخ‌های خاص خود را دارند که در اینجا حساب نشده است.
caveat-au_state_victims_schemes_vary = هر ایالت و قلمرو، پرداخت‌های خاص خود را برای قربانیان جرم دارد، با مهلت خاص خود. هیچ‌کدام در اینجا حساب نشده است.
caveat-ca_federal_complaint_24_month_cap = این شکایت فقط برای کارهایی است که تابع قانون فدرال هستند. با آن فقط می‌توان دستمزد 24 ماه پیش از شکایت را پس گرفت. کارگران دیگر بر اساس قانون استان خود شکایت می‌کنند.
caveat-ca_federal_sectors_only = این نرخ فدرال فقط برای کار در بخش‌های فدرال است، مانند بانک‌ها، شرکت‌های هواپیمایی و حمل‌ونقل بین استان‌ها. بیشتر کارگران نرخ استان خود را دارند. اگر آن نرخ بالاتر باشد، همان باید پرداخت شود.
caveat-ca_overtime_daily_limit_and_exemptions = برای کار بیش از 8 ساعت در یک روز هم باید اضافه‌کاری پرداخت شود. مدیران و برخی مشاغل تابع قواعد دیگری هستند.
caveat-cics_exceptions_and_crime_of_violence = این طرح فقط برای آسیب ناشی از جرم خشونت‌آمیز در بریتانیای کبیر پول می‌دهد. برای آزار در دوران کودکی مهلت‌های دیگری وجود دارد. درخواست دیرهنگام ممکن است در موارد خاص پذیرفته شود.
caveat-counts_back_from_notice = شش سال از روزی که مأمور اخطاریه را می‌فرستد به عقب شمرده می‌شود، نه از روزی که شکایت کرده‌اید. پس کُندی ادارهٔ مسئول، مقداری را که می‌توان پس گرفت کم می‌کند.
caveat-each_payment_separately = هر روز پرداختی که دستمزد کمتر پرداخت شده، شش سال مهلت جداگانهٔ خودش را دارد، پس مهلت قدیمی‌ترین ماه‌ها زودتر تمام می‌شود.
caveat-early_conciliation_and_two_year_backstop = مهلت سه ماهه در مدتی که در روند سازش اولیه (ACAS) هستید طولانی‌تر می‌شود. اما دادگاه کار فقط می‌تواند مبلغی را حکم دهد که در دو سال پیش از طرح درخواست شما کسر شده است.
caveat-good_faith_may_reduce = اگر کارفرما نشان دهد که با حسن نیت عمل کرده است، دادگاه ممکن است مبلغ اضافی را کم یا رد کند.
caveat-live_in_domestic_workers_exempt = به کارگر خانگی‌ای که در خانهٔ کارفرما زندگی می‌کند، اضافه‌کاری تعلق نمی‌گیرد. اما او باز هم برای هر ساعت حق حداقل دستمزد را دارد. وقتی یک شرکت کاریابی او را استخدام کرده باشد، این قاعده کاربرد ندارد.
caveat-nmw_exclusions = برخی افراد هیچ حداقل دستمزدی نمی‌گیرند، برای مثال کسی که با خانواده‌ای که برایش کار می‌کند زندگی می‌کند و مانند یکی از اعضای خانواده با او رفتار می‌شود. یک وکیل می‌تواند این را بررسی کند.
caveat-state_and_local_minimums_often_higher = این فقط حداقل دستمزد فدرال است. بسیاری از ایالت‌ها و شهرها حداقل بالاتری دارند، و آن حداقل بالاتر باید پرداخت شود. ما آن‌ها را در اختیار نداریم.
caveat-ten_years_after_18_if_minor = اگر کمتر از 18 سال داشتید، می‌توانید تا 10 سال پس از تولد 18 سالگی‌تان درخواست بدهید، اگر این تاریخ دیرتر باشد.
caveat-three_years_if_willful = اگر کارفرما می‌دانست که قانون را زیر پا می‌گذارد، مهلت سه سال است. هر روز پرداختی که دستمزد کمتر پرداخت شده مهلت خودش را دارد، پس مهلت قدیمی‌ترین هفته‌ها زودتر تمام می‌شود.

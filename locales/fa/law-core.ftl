# Entitle: Persian. Messages for the legal data of the United Nations, ILO, Council of Europe and European Union layers and the international baseline. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## United Nations
protection-un-palermo_tip-art_6_3-recovery_assistance = کمک برای بهبود پس از آسیب
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = ممکن است جای امنی برای زندگی، مراقبت بهداشتی و درمانی، و کمک به زبانی که می‌فهمید به شما داده شود.
protection-un-palermo_tip-art_6_6-compensation = پول برای آسیبی که به شما رسیده است
protection-un-palermo_tip-art_6_6-compensation-gives = می‌توانید برای جبران آسیبی که دیده‌اید درخواست پول کنید.
protection-un-palermo_tip-art_7-permission_to_remain = اجازهٔ ماندن در کشور
protection-un-palermo_tip-art_7-permission_to_remain-gives = ممکن است به شما اجازه داده شود که برای مدتی، یا برای مدت طولانی‌تر، در کشور بمانید.
protection-un-palermo_tip-art_8-safe_return = بازگشت امن به کشورتان
protection-un-palermo_tip-art_8-safe_return-gives = اگر می‌خواهید به کشورتان برگردید، می‌توانید برای سفر امن بازگشت کمک بخواهید.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = مجازات نشدن فقط به خاطر اینکه قاچاقی آورده شده‌اید
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = نباید فقط به این دلیل که کسی شما را به‌طور قاچاقی وارد کشور کرده است، به جرمی متهم شوید.
protection-un-smuggling_protocol-art_16-protection_from_violence = حمایت در برابر خشونت
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = اگر کسی به شما آسیب بزند یا شما را تهدید کند، می‌توانید درخواست حمایت کنید. اگر جان یا امنیت شما در خطر است، می‌توانید کمک بخواهید.
protection-un-refugee_convention-art_33-non_refoulement = بازگردانده نشدن به خطر
protection-un-refugee_convention-art_33-non_refoulement-gives = می‌توانید درخواست کنید که شما را به کشوری که در آن جان یا آزادی‌تان در خطر است نفرستند.
protection-un-cat-art_3-no_return_to_torture = بازگردانده نشدن به جایی که شکنجه می‌شوید
protection-un-cat-art_3-no_return_to_torture-gives = می‌توانید درخواست کنید که شما را به کشوری که ممکن است در آن شکنجه شوید نفرستند.
protection-un-crc-art_39-child_recovery = مراقبت و درمان برای کودکان
protection-un-crc-art_39-child_recovery-gives = کودکانی که آسیب دیده‌اند یا از آن‌ها سوءاستفاده شده است، می‌توانند در جایی امن مراقبتی دریافت کنند تا جسم و روانشان بهبود یابد.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = دستمزد منصفانه حتی بدون مدارک
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = حتی اگر هیچ مدرکی ندارید، می‌توانید همان دستمزد و همان شرایط کاری را بخواهید که کارگران محلی دارند.
caveat-shall_consider = کشور باید دادن این حق به شما را بررسی کند، اما مجبور نیست آن را بدهد.
caveat-other_offences_still_possible = ممکن است هنوز به خاطر کارهای دیگری که در آن کشور جرم است متهم شوید.
instrument-un-icrmw = کنوانسیون بین‌المللی حمایت از حقوق همهٔ کارگران مهاجر و اعضای خانواده‌هایشان (1990)
instrument-un-palermo_tip = پروتکل سازمان ملل متحد دربارهٔ قاچاق انسان (پروتکل پالرمو، 2000)
instrument-un-smuggling_protocol = پروتکل سازمان ملل متحد علیه قاچاق مهاجران از راه زمین، دریا و هوا (2000)
instrument-un-refugee_convention = کنوانسیون سازمان ملل متحد مربوط به وضع پناهندگان (1951)
instrument-un-cat = کنوانسیون سازمان ملل متحد علیه شکنجه (1984)
instrument-un-crc = کنوانسیون سازمان ملل متحد دربارهٔ حقوق کودک (1989)
instrument-unhcr-gip_7 = رهنمودهای کمیساریای عالی سازمان ملل متحد در امور پناهندگان (UNHCR) دربارهٔ حمایت بین‌المللی، شمارهٔ 7: قربانیان قاچاق انسان (2006)

## International Labour Organization
protection-ilo-p29-art_3-identification_and_recovery = کمک برای رهایی و بهبود
protection-ilo-p29-art_3-identification_and_recovery-gives = ممکن است برای بیرون آمدن از کار اجباری، یافتن جایی امن برای ماندن، و مراقبت بهداشتی و درمانی به شما کمک شود.
protection-ilo-p29-art_4_1-remedies_and_compensation = پول در برابر کار اجباری
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = می‌توانید برای آسیبی که به شما رسیده و برای دستمزدی که نگرفته‌اید درخواست پول کنید.
protection-ilo-p29-art_4_2-non_punishment = مجازات نشدن برای کاری که مجبور به انجامش بودید
protection-ilo-p29-art_4_2-non_punishment-gives = ممکن است برای کارهایی که در دوران کار اجباری مجبور به انجامشان بودید مجازات نشوید.
instrument-ilo-c189 = مقاوله‌نامهٔ کارگران خانگی سازمان بین‌المللی کار، 2011 (شمارهٔ 189)
instrument-ilo-fl_indicators = شاخص‌های کار اجباری سازمان بین‌المللی کار (2012)
instrument-ilo-icls_2018_fl = رهنمودهای سازمان بین‌المللی کار دربارهٔ اندازه‌گیری کار اجباری (2018)
instrument-ilo-c29 = مقاوله‌نامهٔ کار اجباری سازمان بین‌المللی کار، 1930 (شمارهٔ 29)
instrument-ilo-p29 = پروتکل 2014 سازمان بین‌المللی کار به مقاوله‌نامهٔ کار اجباری
instrument-ilo-fair_recruitment = اصول کلی و رهنمودهای عملیاتی سازمان بین‌المللی کار برای استخدام منصفانه (2019)
instrument-ilo-delphi_2009 = شاخص‌های عملیاتی قاچاق انسان سازمان بین‌المللی کار و کمیسیون اروپا (2009)

## Council of Europe
protection-coe-ecat-art_10_2-no_removal_during_identification = اخراج نشدن تا وقتی پروندهٔ شما بررسی می‌شود
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = تا وقتی مقامات بررسی می‌کنند که چه بر سر شما آمده است، نباید شما را از کشور بیرون بفرستند.
protection-coe-ecat-art_10_3-presumed_child = رفتار با شما مانند یک کودک، اگر سنتان روشن نیست
protection-coe-ecat-art_10_3-presumed_child-gives = اگر کسی مطمئن نیست که چند سال دارید، می‌توان تا وقتی سنتان معلوم شود با شما مانند یک کودک رفتار کرد و از شما مانند یک کودک حمایت کرد.
protection-coe-ecat-art_12-assistance = کمک برای جای زندگی، سلامت و مشاوره
protection-coe-ecat-art_12-assistance-gives = ممکن است جای امنی برای زندگی، مراقبت بهداشتی و درمانی، مترجم، و مشاوره دربارهٔ حقوقتان به شما داده شود. برای گرفتن این کمک لازم نیست شاهد باشید.
protection-coe-ecat-art_13-recovery_period = زمانی برای استراحت و بهبود
protection-coe-ecat-art_13-recovery_period-gives = می‌توانید زمانی داشته باشید تا استراحت کنید، احساس امنیت بیشتری پیدا کنید و تصمیم بگیرید که چه کنید. در این مدت نباید شما را بیرون بفرستند.
protection-coe-ecat-art_14-residence_permit = اجازهٔ ماندن برای مدتی
protection-coe-ecat-art_14-residence_permit-gives = ممکن است اجازهٔ اقامتی بگیرید که با آن برای مدتی در کشور زندگی کنید، و می‌توانید درخواست تمدید آن را بدهید.
protection-coe-ecat-art_15-compensation_and_legal_aid = پول برای آسیب، و کمک حقوقی
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = می‌توانید اطلاعات و کمک حقوقی بگیرید، و می‌توانید از کسانی که به شما آسیب زدند درخواست پول کنید.
protection-coe-ecat-art_16-safe_return = بازگشت امن به کشورتان
protection-coe-ecat-art_16-safe_return-gives = اگر می‌خواهید به کشورتان برگردید، می‌توانید برای بازگشت امن کمک بخواهید، با توجه به امنیت و حقوق شما.
protection-coe-ecat-art_26-non_punishment = مجازات نشدن برای کاری که مجبور به انجامش بودید
protection-coe-ecat-art_26-non_punishment-gives = ممکن است برای جرم‌هایی که مجبور به انجامشان بودید مجازات نشوید.
caveat-state_chooses_personal_or_cooperation = هر کشور خودش تعیین می‌کند که این اجازهٔ اقامت را به چه دلیلی می‌دهد: به خاطر وضعیت شخصی شما، به خاطر اینکه به پلیس کمک می‌کنید، یا به خاطر هر دو.
instrument-coe-ecat = کنوانسیون شورای اروپا دربارهٔ اقدام علیه قاچاق انسان (2005)
instrument-coe-echr = کنوانسیون اروپایی حقوق بشر (1950)
instrument-echr-siliadin = پروندهٔ Siliadin v. France (سیلیادین علیه فرانسه)، دادگاه اروپایی حقوق بشر (2005)

## European Union
protection-eu-directive_2011_36-art_11-assistance = کمک برای جای زندگی، سلامت و زبان
protection-eu-directive_2011_36-art_11-assistance-gives = ممکن است جای امنی برای زندگی، مراقبت بهداشتی و درمانی، و مترجم به شما داده شود. برای گرفتن این کمک لازم نیست به پلیس کمک کنید.
protection-eu-directive_2011_36-art_8-non_prosecution = مجازات نشدن برای کاری که مجبور به انجامش بودید
protection-eu-directive_2011_36-art_8-non_prosecution-gives = ممکن است برای جرم‌هایی که مجبور به انجامشان بودید متهم یا مجازات نشوید.
protection-eu-directive_2011_36-art_12-free_legal_representation = وکیل و مشاورهٔ حقوقی رایگان
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = می‌توانید مشاورهٔ حقوقی بگیرید، و اگر نمی‌توانید پول بدهید، وکیل رایگان داشته باشید.
protection-eu-directive_2011_36-art_13_2-presumed_child = رفتار با شما مانند یک کودک، اگر سنتان روشن نیست
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = اگر کسی مطمئن نیست که چند سال دارید، می‌توان با شما مانند یک کودک رفتار کرد و فوراً کمک‌های ویژهٔ کودکان را به شما داد.
protection-eu-directive_2011_36-art_17-compensation = پول برای آسیبی که به شما رسیده است
protection-eu-directive_2011_36-art_17-compensation-gives = می‌توانید از صندوق کشور برای قربانیان جرم‌های خشونت‌آمیز درخواست پول کنید، تا آسیبی که به شما رسیده است جبران شود.
protection-eu-directive_2004_81-art_6-reflection_period = زمانی برای فکر کردن و بهبود
protection-eu-directive_2004_81-art_6-reflection_period-gives = می‌توانید زمانی داشته باشید تا بهبود یابید، از کسانی که به شما آسیب زدند دور شوید، و تصمیم بگیرید که آیا می‌خواهید به پلیس کمک کنید یا نه.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = اجازهٔ ماندن تا وقتی کمک می‌کنید
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = ممکن است تا وقتی در پرونده به پلیس یا دادگاه کمک می‌کنید، اجازهٔ اقامت در کشور بگیرید.
protection-eu-directive_2009_52-art_6-back_pay = دستمزدی که کارفرما به شما بدهکار است
protection-eu-directive_2009_52-art_6-back_pay-gives = می‌توانید دستمزدی را که نگرفته‌اید از کارفرما بخواهید، حتی اگر حق کار کردن نداشتید.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = اجازهٔ ماندن پس از کار در شرایط بسیار بد
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = اگر از کارفرمایی که با شما بسیار بد رفتار کرده است شکایت کنید، ممکن است تا وقتی پرونده ادامه دارد اجازهٔ اقامت بگیرید.
protection-eu-directive_2012_29-art_8-victim_support = حمایت رایگان پس از یک جرم
protection-eu-directive_2012_29-art_8-victim_support-gives = می‌توانید از یک مرکز حمایتی، حمایت و مشاورهٔ رایگان و محرمانه بگیرید، حتی اگر جرم را به پلیس گزارش ندهید.
caveat-may_grant = کشور اجازه دارد این را به شما بدهد، اما مجبور نیست.
instrument-eu-directive_2011_36 = دستورالعمل 2011/36/EU اتحادیهٔ اروپا دربارهٔ مبارزه با قاچاق انسان
instrument-eu-directive_2024_1712 = دستورالعمل (EU) 2024/1712 که دستورالعمل اتحادیهٔ اروپا دربارهٔ مبارزه با قاچاق انسان را اصلاح می‌کند
instrument-eu-directive_2004_81 = دستورالعمل 2004/81/EC اتحادیهٔ اروپا دربارهٔ اجازهٔ اقامت برای قربانیان قاچاق انسان
instrument-eu-directive_2009_52 = دستورالعمل 2009/52/EC اتحادیهٔ اروپا دربارهٔ مجازات کارفرمایان
instrument-eu-directive_2012_29 = دستورالعمل 2012/29/EU اتحادیهٔ اروپا دربارهٔ حقوق قربانیان جرم

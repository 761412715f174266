# Entitle: Ukrainian.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons / human trafficking = торгівля людьми (source: Ukrainian official translation of the UN Palermo Protocol, «Протокол про попередження і припинення торгівлі людьми, особливо жінками і дітьми, і покарання за неї», zakon.rada.gov.ua/laws/show/995_791 – title from memory, text not retrieved; the same term in the Law of Ukraine «Про протидію торгівлі людьми», https://zakon.rada.gov.ua/laws/anot/3739-17, and in the official translation of the CoE Convention, https://docs.dtkt.ua/doc/994_858) [checked: the text of 995_791 was still not retrieved, so the Protocol title stays unverified; «торгівля людьми» verified in the official Ukrainian translation of the CoE Convention, title and preamble read at https://docs.dtkt.ua/doc/994_858 and https://iplex360.com.ua/npa.php?code=994_858 ; the Protocol's Ukrainian title as quoted by others, e.g. https://lihacevaludmila83.wixsite.com/likhacheva/protidiya-torgivli-lyudmi , matches]
# glossary: victim of trafficking = жертва торгівлі людьми / особа, яка постраждала від торгівлі людьми (source: CoE Convention official Ukrainian translation, https://docs.dtkt.ua/doc/994_858; Law of Ukraine 3739-17 uses «особа, яка постраждала від торгівлі людьми») [checked: «жертв торгівлі людьми» read in the preamble of the CoE Convention official translation, links above]
# glossary: forced labour = примусова праця (source: ILO Convention No. 29, official Ukrainian text «Конвенція про примусову чи обов'язкову працю», zakon.rada.gov.ua/laws/show/993_136, copy at https://docs.dtkt.ua/doc/993_136) [not verified: the text of 993_136 was not retrieved in this check either]
# glossary: servitude = підневільний стан (source: Universal Declaration of Human Rights, art. 4, Ukrainian text as quoted by a Ukrainian state service, https://pd.dsp.gov.ua/news/30-lypnia-vsesvitnii-den-protydii-torhivli-liudmy)
# glossary: labour exploitation = трудова експлуатація (no official treaty translation found; term used by IOM Ukraine and Ukrainian state bodies, e.g. https://cripo.com.ua/vojna-s-rf/pro-vypadky-torgivli-lyudmy-pid-chas-vijny-seks-na-vyzhyvannya-i-trudova-ekspluatatsiya/amp)
# glossary: smuggling of migrants = незаконний ввіз мігрантів (source: Ukrainian title of the UN Smuggling Protocol, «Протокол проти незаконного ввозу мігрантів по суші, морю і повітрю», zakon.rada.gov.ua/laws/show/995_795 – title from memory, not retrieved; a textbook uses «незаконне ввезення мігрантів») [not verified: 995_795 not retrieved in this check either]
# glossary: refugee = біженець; asylum = притулок (source: Convention relating to the Status of Refugees, official Ukrainian translation, zakon.rada.gov.ua/laws/show/995_011, copy at https://zakon.cc/law/document/read/995_011)
# glossary: recovery and reflection period = період для відновлення та роздумів (source: CoE Convention art. 13, official Ukrainian translation https://docs.dtkt.ua/doc/994_858 – article wording not retrieved, term not verified) [still not verified: the CoE Convention preamble was read, art. 13 was not]
# glossary: residence permit = дозвіл на проживання (CoE Convention art. 14; not verified in the official text; Ukrainian law calls the card itself «посвідка на проживання») [still not verified: art. 14 not read]
# glossary: compensation = компенсація (відшкодування шкоди) (no single official term checked; both used in Ukrainian law)
# glossary: debt bondage = боргова кабала (no official translation found; term used in Ukrainian-language ILO/IOM materials on forced labour indicators)

## Про цю мову (показано на сторінці «Про інструмент»)
locale-translation-note = Цей текст перекладено з англійської мови за допомогою моделі штучного інтелекту (ШІ).
locale-review-note = Його ще НЕ перевірила людина, для якої українська мова є рідною.

## Назва сторінки: нейтральна, щоб погляд на вкладку нічого не видав.
page-title = Інформація

## Вийти з цієї сторінки
exit-this-page = Вийти з цієї сторінки
exit-emergency = Екстрена допомога
exit-shift-pressed-once = Shift: натисніть ще 2 рази, щоб вийти.
exit-shift-pressed-twice = Shift: натисніть ще 1 раз, щоб вийти.

## Вибір мови і нижня частина сторінки
language-picker-label = Мова
language-picker-toggle = Мова: { $language }
language-picker-loading = Завантажуються інші мови…
language-picker-offline = Іншим мовам один раз потрібен інтернет. Підключіться й відкрийте цей список знову.
footer-not-advice = Це інформація, а не юридична консультація.
about-link = Про цей інструмент
footer-site-name = Цю сторінку надає { $name }.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = Для власника цього сайту: файл налаштувань site.json не використано, тому застосунок працює з власними налаштуваннями. Проблема в полі { $field }: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] з цього місця текст не є правильним JSON.
    [twice] це поле записано двічі.
    [unknown] налаштування з такою назвою немає.
    [missing] це налаштування обов’язкове.
    [not-text] тут має бути текст у лапках.
    [not-list] тут має бути список у [ ].
    [not-object] тут має бути група налаштувань у { "{" } { "}" }.
    [not-true-or-false] тут має бути true або false.
    [version] тут має бути 1.
    [country] застосунок не охоплює цю країну (використайте код, наприклад GB).
    [language] застосунок не має цієї мови (використайте код, наприклад fr).
    [language-tag] тут має бути код мови, наприклад pl або pt-BR, або interpreters.
    [need] застосунок не знає такої потреби.
    [phone] тут має бути номер від 3 до 15 цифр, з + на початку для міжнародного номера, без пробілів.
    [web] тут має бути вебадреса, що починається з https://.
    [days] тут має бути mon_fri, mon_sat або every_day.
    [time] тут має бути час, наприклад 09:00.
    [hours] використайте або always: true, або days разом з opens і closes.
    [length] значення порожнє або задовге.
    [too-many] цей список задовгий.
    [no-way-to-reach] для цього контакту потрібен phone, sms або вебадреса.
    [repeated] це вже є в списку.
    [display-without-phone] для phone_display також потрібен phone.
   *[other] це значення не дозволене.
}

## Перша сторінка
start-heading = Дізнайтеся, яку допомогу і які права ви можете мати
start-what-this-is = Дайте відповідь на кілька коротких запитань про вашу роботу і вашу дорогу. Ми покажемо ознаки шкоди у ваших відповідях, права, які можуть вас захищати, і де отримати допомогу.
start-danger-heading = Якщо вам зараз загрожує небезпека
start-danger-body = Зателефонуйте на номер екстреної допомоги країни, у якій ви перебуваєте. Ви можете телефонувати, навіть якщо не маєте документів.
start-privacy-heading = Ваші відповіді залишаються на цьому телефоні
start-privacy-body = Ваші відповіді нікуди не надсилаються. Нічого не зберігається. Коли ви закриєте цю сторінку, ваших відповідей більше не буде.
start-leave-heading = Швидко вийти
start-leave-body = Будь-коли натисніть «Вийти з цієї сторінки» або натисніть клавішу Shift 3 рази. Ця сторінка закриється, і відкриється сторінка з прогнозом погоди.
start-not-heading = Чим цей інструмент не є
start-not-body = Це інформація, а не юридична консультація. Інструмент не може вирішити, чи ви постраждали від злочину. Це можуть вирішити лише органи влади. Вам може допомогти юрист або організація підтримки.
start-button = Почати

## Запитання: загальні слова
back = Назад
continue = Далі
change = Змінити
not-provided = Немає відповіді
select-placeholder = Виберіть один варіант
progress = Запитання { $n } (усього не більше { $total })
error-summary-title = Є проблема
error-choose-one = Виберіть одну відповідь. Можна вибрати «Я не знаю» або «Не хочу відповідати».
error-number-range = Введіть ціле число від 0 до { $most }.
reply-yes = Так
reply-no = Ні
reply-dont_know = Я не знаю
reply-prefer_not_to_say = Не хочу відповідати
answer-maybe_under_18 = Не знаю точно. Можливо, мені ще немає 18.
answer-years = { $years ->
        [one] { $years } рік
        [few] { $years } роки
        [many] { $years } років
       *[other] { $years } років
    }
answer-count = { $count }

## Країни
country-AU = Австралія
country-CA = Канада
country-FR = Франція
country-DE = Німеччина
country-IT = Італія
country-NL = Нідерланди
country-PH = Філіппіни
country-QA = Катар
country-ES = Іспанія
country-TH = Таїланд
country-GB = Велика Британія
country-US = Сполучені Штати Америки
country-EU = Інша країна ЄС, Ісландія, Ліхтенштейн, Норвегія або Швейцарія
country-ZZ = Інша країна

## Запитання. Під кожним є рядок-підказка.
question-country_now = У якій країні ви зараз?
question-country_now-hint = Від цього залежать правила і допомога, які ми показуємо.
question-in_danger_now = Чи загрожує вам небезпека просто зараз?
question-in_danger_now-hint = Наприклад, хтось може заподіяти вам шкоду сьогодні.
question-nationality = Громадянство якої країни ви маєте?
question-nationality-hint = Країна, яка видала ваш паспорт.
question-age = Скільки вам років?
question-age-hint = Для дітей правила інші. Дитина – це кожен, кому менше 18 років.
question-age-number = Я знаю свій вік
question-under_18_when_it_began = Чи було вам менше 18 років, коли почалася ця робота або ця дорога?
question-under_18_when_it_began-hint = Деякі права залежать від вашого віку тоді, а не зараз.
question-work_kind = Яку роботу ви виконуєте або виконували?
question-work_kind-hint = Виберіть основну роботу.
option-work_kind-domestic = Робота в чужому домі (прибирання, готування, догляд за дітьми)
option-work_kind-agriculture = Робота на фермі або в полі
option-work_kind-construction = Робота на будівництві
option-work_kind-fishing = Риболовля або робота на судні
option-work_kind-care = Догляд за літніми або хворими людьми
option-work_kind-factory = Робота на заводі або фабриці
option-work_kind-hospitality = Готелі, ресторани або прибирання
option-work_kind-sex_work = Секс-робота
option-work_kind-criminal_activity = Злочини, наприклад вирощування чи продаж наркотиків або крадіжки
option-work_kind-begging = Жебракування
option-work_kind-other = Інша робота
question-recruited = Чи хтось знайшов вам цю роботу або організував вашу поїздку?
question-recruited-hint = Наприклад, агент, родич або людина з інтернету.
question-recruited_by = Хто знайшов вам роботу або організував вашу поїздку?
question-recruited_by-hint = Виберіть варіант, який підходить найкраще.
option-recruited_by-agency = Агенція або агент
option-recruited_by-relative = Родич або родичка
option-recruited_by-partner = Мій хлопець, моя дівчина, мій чоловік або моя дружина
option-recruited_by-friend = Друг або подруга
option-recruited_by-stranger = Незнайома людина
option-recruited_by-online = Людина з інтернету
option-recruited_by-employer = Роботодавець
option-recruited_by-other = Хтось інший
question-forced_to_go = Вас забрали або змусили поїхати проти вашої волі?
question-forced_to_go-hint = Наприклад, хтось силою змусив вас поїхати або вивіз вас.
question-moved_by_others = Чи інші люди перевозили вас з місця на місце?
question-moved_by_others-hint = Наприклад, вас відвезли в нове місце або передали іншим людям.
question-promise_broken = Чи ваша робота, ваша оплата або ваше житло відрізняються від того, що вам обіцяли?
question-promise_broken-hint = Наприклад, інша робота, менше грошей або гірше житло.
question-deceived_about_work = Чи ця робота відрізняється від роботи, яку вам обіцяли?
question-deceived_about_work-hint = Наприклад, вам обіцяли роботу в магазині, а ви працюєте на фермі.
question-deceived_about_pay = Чи вам платять менше, ніж обіцяли?
question-deceived_about_pay-hint = Подумайте про гроші, які ви насправді отримуєте.
question-deceived_about_conditions = Чи ваш робочий час, житло або робота гірші, ніж вам обіцяли?
question-deceived_about_conditions-hint = Наприклад, довші робочі дні або гірше місце для життя.
question-deceived_about_papers = Чи вам обіцяли візу або документи, яких ви не отримали?
question-deceived_about_papers-hint = Наприклад, дозвіл на роботу.
question-paid_recruitment_fee = Чи ви платили гроші, щоб отримати цю роботу або цю поїздку?
question-paid_recruitment_fee-hint = Наприклад, плату агентові.
question-owes_debt = Чи ви винні гроші своєму начальникові, агентові або людям, які вас привезли?
question-owes_debt-hint = Наприклад, за дорогу, їжу або житло.
question-debt_grows = Чи борг усе росте, навіть коли ви працюєте?
question-debt_grows-hint = Наприклад, вам постійно додають нові витрати.
question-must_work_off_debt = Чи вам кажуть, що ви не можете піти, поки не сплатите борг?
question-must_work_off_debt-hint = Або що ви мусите працювати, поки борг не буде сплачено.
question-journey = Як ви потрапили в цю країну?
question-journey-hint = Виберіть варіант, який підходить найкраще.
option-journey-regular = З візою або дозволом, через прикордонний контроль
option-journey-smuggled = Я заплатив(-ла) комусь, щоб мене ввезли без потрібних документів
option-journey-false_papers = З фальшивими документами або з чужими документами
option-journey-no_border = Перетину кордону не було
question-harmed_on_journey = Чи в дорозі люди, які вас перевозили, били вас, завдавали вам болю або знущалися з вас?
question-harmed_on_journey-hint = Враховуйте будь-яку шкоду.
question-held_on_journey = Чи в дорозі вас утримували проти вашої волі або тримали заради грошей?
question-held_on_journey-hint = Наприклад, тримали під замком, поки хтось не заплатив.
question-pay_problem = Чи вашу оплату затримують, урізають або не платять зовсім?
question-pay_problem-hint = А також якщо велику частину забирають за житло, їжу, збори або штрафи.
question-documents_kept = Чи хтось забрав ваш паспорт або посвідчення особи і тримає їх у себе?
question-documents_kept-hint = Наприклад, ваш начальник, агент або людина, яка вас сюди привезла.
question-documents_held_by = У кого зараз ваш паспорт або посвідчення особи?
question-documents_held_by-hint = Виберіть варіант, який підходить найкраще.
option-documents_held_by-themselves = Документ у мене
option-documents_held_by-employer = У мого начальника
option-documents_held_by-agent = В агента
option-documents_held_by-smuggler = У людей, які перевезли мене через кордон
option-documents_held_by-authorities = У поліції або міграційної служби
option-documents_held_by-other = У когось іншого
option-documents_held_by-lost = Документ втрачено або знищено
question-hurt_or_threatened = Чи хтось заподіяв вам шкоду або погрожував вам чи вашій родині?
question-hurt_or_threatened-hint = Зокрема погрози викликати поліцію або міграційну службу.
question-threatened = Чи хтось вам погрожував?
question-threatened-hint = Наприклад, казав, що заподіє вам шкоду.
question-family_threatened = Чи хтось погрожував вашій родині?
question-family_threatened-hint = Тут або у вашій рідній країні.
question-threatened_with_authorities = Чи хтось казав, що повідомить про вас поліцію або міграційну службу?
question-threatened_with_authorities-hint = Наприклад, щоб ви й далі працювали.
question-physical_violence = Чи хтось вас бив або завдавав вам болю?
question-physical_violence-hint = На роботі або там, де ви живете.
question-sexual_violence = Чи хтось змушував вас до сексу або торкався вас у сексуальний спосіб проти вашої волі?
question-sexual_violence-hint = Можна вибрати «Не хочу відповідати».
question-locked_in = Чи вас замикають або не випускають надвір?
question-locked_in-hint = На роботі або там, де ви живете.
question-watched = Чи за вами весь час стежать або ходять слідом?
question-watched-hint = Наприклад, хтось завжди ходить разом з вами.
question-isolated = Чи вам не дають говорити з родиною або з іншими людьми?
question-isolated-hint = Наприклад, у вас забрали телефон.
question-cannot_leave = Якби ви захотіли піти з цієї роботи, чи вас би зупинили?
question-cannot_leave-hint = Або чи з вами сталося б щось погане?
question-lives_at_workplace = Чи ви живете там, де працюєте, або там, де вирішує ваш начальник?
question-lives_at_workplace-hint = Наприклад, у домі вашого начальника.
question-residence_status = Які документи дозволяють вам перебувати в цій країні?
question-residence_status-hint = Виберіть варіант, який підходить найкраще.
option-residence_status-citizen = Я маю громадянство цієї країни
option-residence_status-permanent_resident = Я можу жити тут постійно
option-residence_status-work_permit = Робоча віза або дозвіл на роботу
option-residence_status-student_or_visitor = Студентська або гостьова віза
option-residence_status-asylum_seeker = Я прошу притулку
option-residence_status-refugee = Я маю тут статус біженця
option-residence_status-expired = Строк моєї візи або дозволу закінчився
option-residence_status-no_papers = У мене немає документів
question-tied_to_employer = Чи у вашій візі сказано, що ви можете працювати лише на цього начальника?
question-tied_to_employer-hint = Або вам потрібен дозвіл начальника, щоб змінити роботу?
question-wages_withheld = Чи вашу оплату затримують або вам не платять зовсім?
question-wages_withheld-hint = Наприклад, начальник каже, що заплатить пізніше.
question-large_deductions = Чи велику частину вашої оплати забирають за житло, їжу, збори або штрафи?
question-large_deductions-hint = Гроші, які забирають ще до того, як ви отримаєте оплату.
question-hard_conditions = Чи робочий день дуже довгий, робота небезпечна або місце, де ви спите, дуже погане?
question-hard_conditions-hint = Наприклад, немає вихідних, немає захисного спорядження або кімната тісна і брудна.
question-hours_per_day = Скільки годин ви працюєте у звичайний робочий день?
question-hours_per_day-hint = Рахуйте всі години, разом з перервами.
question-hours_per_day-number = Я знаю кількість годин
question-days_off_per_week = Скільки вихідних днів у вас у звичайний тиждень?
question-days_off_per_week-hint = Дні зовсім без роботи.
question-days_off_per_week-number = Я знаю кількість днів
question-unsafe_work = Чи ваша робота небезпечна, без потрібного захисту або навчання?
question-unsafe_work-hint = Наприклад, хімічні речовини без рукавичок чи масок.
question-degrading_living = Чи місце, де ви живете, дуже погане?
question-degrading_living-hint = Наприклад, забагато людей, брудно, немає води або немає жодного особистого простору.
question-made_to_do_things = Чи хтось змушував вас займатися секс-роботою або злочинами, одружитися чи віддати частину свого тіла?
question-made_to_do_things-hint = Можна вибрати «Не хочу відповідати».
question-sexual_exploitation = Чи вас змушують займатися сексом з людьми або секс-роботою, щоб хтось інший отримував гроші?
question-sexual_exploitation-hint = Можна вибрати «Не хочу відповідати».
question-made_to_break_law = Чи вас змушували порушувати закон?
question-made_to_break_law-hint = Наприклад, вирощувати чи продавати наркотики, красти або користуватися фальшивими документами.
question-forced_marriage = Чи вас змусили або змушують зараз одружитися?
question-forced_marriage-hint = Шлюб, на який ви не погоджувалися.
question-organ_removal = Чи хтось забрав у вас або намагався змусити вас віддати частину тіла, наприклад нирку?
question-organ_removal-hint = А також якщо вам обіцяли за це гроші.
question-fear_of_return = Чи ви боїтеся того, що станеться, якщо ви повернетеся до своєї країни?
question-fear_of_return-hint = Подумайте про небезпеку для вас там.
question-fear_reason = Чому ви боїтеся повертатися?
question-fear_reason-hint = Виберіть головну причину.
option-fear_reason-traffickers = Люди, які мене експлуатували, або що я знову потраплю в пастку
option-fear_reason-persecution = Через мою расу, релігію, національність, групу або політичні погляди
option-fear_reason-torture = Катування або дуже жорстоке поводження
option-fear_reason-family_or_community = Насильство з боку моєї родини або громади
option-fear_reason-other = Інша причина
question-wants_to_go_home = Чи ви хочете повернутися додому?
question-wants_to_go_home-hint = До країни, з якої ви приїхали.
question-needs_help_now = Чи вам зараз потрібна допомога зі здоров’ям, з мовою, з дітьми або з поверненням додому?
question-needs_help_now-hint = Якщо так, ми запитаємо ще трохи, щоб показати вам потрібну допомогу.
question-children_with_them = Чи з вами є діти?
question-children_with_them-hint = Діти до 18 років, які живуть з вами.
question-health_needs = Чи вам потрібен лікар або медична допомога?
question-health_needs-hint = Для фізичного або психічного здоров’я.
question-speaks_local_language = Чи ви говорите мовою країни, у якій перебуваєте?
question-speaks_local_language-hint = Достатньо, щоб поговорити з лікарем або поліцією.
question-still_there = Чи ви досі там працюєте або досі з цими людьми?
question-still_there-hint = Від цього залежать деякі права.
question-reported_to_police = Чи ви звернулися до поліції?
question-reported_to_police-hint = Щодо того, що з вами сталося.
question-willing_to_help_police = Чи ви готові допомогти поліції з розслідуванням?
question-willing_to_help_police-hint = Від цього залежать деякі права. Ви все одно можете отримати допомогу, якщо скажете «ні».

## Перевірте свої відповіді
check-heading = Перевірте свої відповіді
check-intro = Ви можете змінити будь-яку відповідь, перш ніж побачите результати.
check-continue = Подивитися, що показують ваші відповіді

## Про інструмент
about-heading = Про цей інструмент
about-what = Цей інструмент допомагає мігрантам перевірити, чи є ознаки торгівлі людьми, примусової праці та іншої шкоди, і показує права й допомогу, які можуть застосовуватися. Це інформація, а не юридична консультація.
about-translation-heading = Про цю мову
about-sources-heading = Звідки правові факти
about-sources = Кожне показане право має своє правове джерело і дату, з якої воно діє. Факти, які ми не змогли звірити з офіційним текстом, позначено як неперевірені.
protection-more = Докладніше про це право
loading-wait = Ще готується. Спробуйте ще раз за мить.

## Запитання для розрахунку оплати
question-work_out_pay = Хочете порахувати, скільки оплати вам можуть бути винні?
question-work_out_pay-hint = Це ще приблизно шість запитань. Юрист може використати цю суму.
question-work_began = Коли ви почали цю роботу?
question-work_began-hint = Досить місяця і року.
question-work_ended = Коли ця робота закінчилася?
question-work_ended-hint = Якщо ви досі там працюєте, виберіть це.
question-pay_promised = Скільки оплати вам обіцяли?
question-pay_promised-hint = Напишіть суму і виберіть, чи це було за годину, за день, за тиждень чи за місяць.
question-pay_received = Скільки оплати ви насправді отримали загалом?
question-pay_received-hint = Додайте всі гроші, які ви отримали за цю роботу. Можна приблизно.
question-deductions_total = Скільки загалом забрали з вашої оплати?
question-deductions_total-hint = Наприклад, за житло, їжу, збори, штрафи або «борг». Можна приблизно.
question-recruitment_fees_paid = Скільки ви заплатили, щоб отримати цю роботу або поїздку?
question-recruitment_fees_paid-hint = Додайте всі збори, які ви заплатили агентам або іншим людям.
question-paid_to_someone_else = Чи вашу оплату віддавали комусь іншому, а не вам?
question-paid_to_someone_else-hint = Наприклад, агентові або начальникові.
answer-kind-month = Я знаю місяць
answer-still_working = Я досі там працюю
answer-kind-amount = Я знаю суму
input-month = Місяць
input-year = Рік
input-amount = Сума
input-currency = Валюта
input-per = За який час
per-hour = за годину
per-day = за день
per-week = за тиждень
per-month = за місяць
answer-pay = { $amount } { $per }
error-month = Виберіть місяць і напишіть рік чотирма цифрами, наприклад 2024.
error-amount = Напишіть суму цифрами, наприклад 1200 або 1200,50.

## Розрахунок оплати в результатах

## Короткий виклад справи

## Збереження і відкриття відповідей (самі сторінки – у law-files.ftl)

save-link = Зберегти мої відповіді
open-link = Відкрити збережені відповіді

## Listen
listen = Слухати
listen-stop = Зупинити
about-listen-heading = Читання вголос
about-listen-some = Кнопка «Слухати» читає слова вголос голосом, який є на цьому пристрої. Слова ніколи не залишають пристрій. Цей пристрій може читати вголос такими мовами: { $languages }.
about-listen-none = На цьому пристрої немає голосу для читання вголос, тому кнопки «Слухати» немає. Інструмент використовує лише голос, який є на пристрої, тож слова ніколи його не залишають.

# Entitle: Ukrainian.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons / human trafficking = торгівля людьми (source: Ukrainian official translation of the UN Palermo Protocol, «Протокол про попередження і припинення торгівлі людьми, особливо жінками і дітьми, і покарання за неї», zakon.rada.gov.ua/laws/show/995_791 – title from memory, text not retrieved; the same term in the Law of Ukraine «Про протидію торгівлі людьми», https://zakon.rada.gov.ua/laws/anot/3739-17, and in the official translation of the CoE Convention, https://docs.dtkt.ua/doc/994_858)
# glossary: victim of trafficking = жертва торгівлі людьми / особа, яка постраждала від торгівлі людьми (source: CoE Convention official Ukrainian translation, https://docs.dtkt.ua/doc/994_858; Law of Ukraine 3739-17 uses «особа, яка постраждала від торгівлі людьми»)
# glossary: forced labour = примусова праця (source: ILO Convention No. 29, official Ukrainian text «Конвенція про примусову чи обов'язкову працю», zakon.rada.gov.ua/laws/show/993_136, copy at https://docs.dtkt.ua/doc/993_136)
# glossary: servitude = підневільний стан (source: Universal Declaration of Human Rights, art. 4, Ukrainian text as quoted by a Ukrainian state service, https://pd.dsp.gov.ua/news/30-lypnia-vsesvitnii-den-protydii-torhivli-liudmy)
# glossary: labour exploitation = трудова експлуатація (no official treaty translation found; term used by IOM Ukraine and Ukrainian state bodies, e.g. https://cripo.com.ua/vojna-s-rf/pro-vypadky-torgivli-lyudmy-pid-chas-vijny-seks-na-vyzhyvannya-i-trudova-ekspluatatsiya/amp)
# glossary: smuggling of migrants = незаконний ввіз мігрантів (source: Ukrainian title of the UN Smuggling Protocol, «Протокол проти незаконного ввозу мігрантів по суші, морю і повітрю», zakon.rada.gov.ua/laws/show/995_795 – title from memory, not retrieved; a textbook uses «незаконне ввезення мігрантів»)
# glossary: refugee = біженець; asylum = притулок (source: Convention relating to the Status of Refugees, official Ukrainian translation, zakon.rada.gov.ua/laws/show/995_011, copy at https://zakon.cc/law/document/read/995_011)
# glossary: recovery and reflection period = період для відновлення та роздумів (source: CoE Convention art. 13, official Ukrainian translation https://docs.dtkt.ua/doc/994_858 – article wording not retrieved, term not verified)
# glossary: residence permit = дозвіл на проживання (CoE Convention art. 14; not verified in the official text; Ukrainian law calls the card itself «посвідка на проживання»)
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

## Результати
results-meta = За правилами { $code ->
        [GB] Великої Британії
        [US] Сполучених Штатів Америки
        [NL] Нідерландів
        [PH] Філіппін
        [AU] Австралії
        [CA] Канади
        [FR] Франції
        [DE] Німеччини
        [IT] Італії
        [QA] Катару
        [ES] Іспанії
        [TH] Таїланду
        [EU] ЄС (інші країни ЄС, Ісландія, Ліхтенштейн, Норвегія, Швейцарія)
        [ZZ] міжнародного права
       *[other] країни: { $country }
    }, станом на { $date }.
results-heading = Що показують ваші відповіді
danger-call = Натисніть, щоб зателефонувати на номер екстреної допомоги. Ви можете телефонувати, навіть якщо не маєте документів.
next-steps-heading = Що ви можете зробити зараз
next-step-why = Чому: { $why }.
next-step-call_child_helpline = Зателефонуйте на гарячу лінію для дітей
next-step-call_child_helpline-say = Можна сказати: «Мені менше 18 років, і мені потрібна допомога».
next-step-call_trafficking_helpline = Зателефонуйте на гарячу лінію для людей, яких експлуатують
next-step-call_trafficking_helpline-say = Там можуть знайти для вас підтримку. Можна сказати: «Думаю, мене експлуатують, і мені потрібна допомога».
next-step-ask_for_protection = Запитайте про захист, щоб вас не відправили назад у небезпеку
next-step-ask_for_protection-say = Можна сказати: «Я боюся повертатися до своєї країни».
next-step-claim_unpaid_pay = Запитайте трудову інспекцію про невиплачену оплату
next-step-claim_unpaid_pay-say = Можна сказати: «Роботодавець не заплатив мені те, що мені належить».
next-step-call_exploitation_helpline = Зателефонуйте на гарячу лінію для працівників, з якими поводяться несправедливо
next-step-call_exploitation_helpline-say = Можна сказати: «Зі мною погано поводяться на роботі, і мені потрібна порада».
next-step-get_legal_advice = Отримайте безоплатну юридичну консультацію про свої права
next-step-get_legal_advice-say = Можна сказати: «Мені потрібна порада щодо моїх прав і моїх документів».
danger-local-number = Зателефонуйте на місцевий номер екстреної допомоги країни, у якій ви перебуваєте.
call-number = Зателефонувати: { $number }
text-number = Надіслати SMS: { $number }
results-signs-heading = Ознаки у ваших відповідях
results-signs-intro = Це лише ознаки. Це не рішення щодо вас.
results-not-found = Ознаки, яких ми не знайшли
results-needs-heading = Що вам може бути потрібно зараз
results-protections-heading = Права, які можуть застосовуватися
results-protections-none = Ми не знайшли тут захисту, який підходить до ваших відповідей. Служби допомоги нижче все одно можуть вам допомогти.
results-protections-not = Права, які не підходять до ваших відповідей
rights-time_to_recover = Час відпочити і відновитися
rights-permission_to_stay = Дозвіл залишитися
rights-money_owed = Гроші, які вам винні, і компенсація
rights-no_punishment = Без покарання за те, що вас змусили робити
rights-no_sending_back = Захист від відправлення назад у небезпеку
rights-going_home = Безпечне повернення додому
rights-childrens_rights = Права дітей
rights-support_and_advice = Допомога, підтримка і порада
rights-rules = { $count ->
        [one] Повний текст: { $count } правило
        [few] Повний текст: { $count } правила
        [many] Повний текст: { $count } правил
       *[other] Повний текст: { $count } правил
    }
results-help-heading = Де отримати допомогу
results-limits-heading = Чого цей інструмент не може вам сказати
results-limits-body = Тут показано лише те, на що вказують ваші відповіді. Правила змінюються, і ми запитали не про все. Поговоріть з юристом або організацією підтримки, перш ніж діяти.
results-print = Надрукувати або зберегти як PDF
start-again = Почати знову і забути мої відповіді
because-heading = Чому ми так кажемо
missing-heading = Відповідь на це може змінити результат
sources-heading = Правові джерела
source-line = { $instrument }, стаття { $article } (діє з { $from })
source-secondary = Перевірено лише за вторинним джерелом.
source-unverified = Ще не звірено з офіційним текстом.
delphi-met = Друга перевірка, за індикаторами МОП і Європейської комісії, теж вказує на торгівлю людьми.
delphi-not-met = Друга перевірка, за індикаторами МОП і Європейської комісії, за цими відповідями не вказує на торгівлю людьми.
delphi-not-applicable = Другу перевірку, за індикаторами МОП і Європейської комісії, не вдалося застосувати до цих відповідей.

## Висновки: назва і одне речення для кожного рівня
finding-trafficking-title = Торгівля людьми
finding-trafficking-strong = Ваші відповіді показують чіткі ознаки торгівлі людьми.
finding-trafficking-some = Ваші відповіді показують деякі ознаки торгівлі людьми.
finding-trafficking-none_found = Ваші відповіді не показують ознак торгівлі людьми.
finding-trafficking-not_enough_information = Ми поки знаємо замало, щоб сказати, чи є ознаки торгівлі людьми.
finding-forced_labour-title = Примусова праця
finding-forced_labour-strong = Ваші відповіді показують чіткі ознаки примусової праці.
finding-forced_labour-some = Ваші відповіді показують деякі ознаки примусової праці.
finding-forced_labour-none_found = Ваші відповіді не показують ознак примусової праці.
finding-forced_labour-not_enough_information = Ми поки знаємо замало, щоб сказати, чи є ознаки примусової праці.
finding-servitude-title = Підневільний стан
finding-servitude-strong = Ваші відповіді показують чіткі ознаки підневільного стану: коли людину змушують працювати і жити під чужим контролем.
finding-servitude-some = Ваші відповіді показують деякі ознаки підневільного стану: коли людину змушують працювати і жити під чужим контролем.
finding-servitude-none_found = Ваші відповіді не показують ознак підневільного стану.
finding-servitude-not_enough_information = Ми поки знаємо замало, щоб сказати, чи є ознаки підневільного стану.
finding-labour_exploitation-title = Несправедлива або кривдна робота
finding-labour_exploitation-strong = Ваші відповіді показують чіткі ознаки несправедливої або кривдної роботи.
finding-labour_exploitation-some = Ваші відповіді показують деякі ознаки несправедливої або кривдної роботи.
finding-labour_exploitation-none_found = Ваші відповіді не показують ознак несправедливої або кривдної роботи.
finding-labour_exploitation-not_enough_information = Ми поки знаємо замало, щоб сказати, чи є ознаки несправедливої або кривдної роботи.
finding-smuggling_abuse-title = Шкода в дорозі
finding-smuggling_abuse-strong = Ваші відповіді показують чіткі ознаки того, що люди, які вас перевозили, заподіяли вам шкоду.
finding-smuggling_abuse-some = Ваші відповіді показують деякі ознаки того, що люди, які вас перевозили, заподіяли вам шкоду.
finding-smuggling_abuse-none_found = Ваші відповіді не показують ознак шкоди в дорозі.
finding-smuggling_abuse-not_enough_information = Ми поки знаємо замало, щоб сказати, чи вам заподіяли шкоду в дорозі.
finding-international_protection-title = Небезпека в разі повернення
finding-international_protection-strong = Ваші відповіді показують чіткі ознаки того, що вам може бути потрібен захист від відправлення назад.
finding-international_protection-some = Ваші відповіді показують деякі ознаки того, що вам може бути потрібен захист від відправлення назад.
finding-international_protection-none_found = Ваші відповіді не показують страху перед поверненням.
finding-international_protection-not_enough_information = Ми поки знаємо замало, щоб сказати, чи вам потрібен захист від відправлення назад.
finding-possible_child-title = Права дітей
finding-possible_child-strong = За вашими відповідями, вам менше 18 років. Діти мають додаткові права.
finding-possible_child-some = Можливо, вам менше 18 років або було менше 18, коли це почалося. Поки ваш вік не встановлено, з вами мають поводитися як з дитиною.
finding-possible_child-none_found = За вашими відповідями, вам 18 років або більше.
finding-possible_child-not_enough_information = Ми ще не знаємо вашого віку. Діти мають додаткові права.
finding-possible_child-not_enough_information-when_it_began = Ми ще не знаємо, чи було вам менше 18 років, коли це почалося. Якщо так, права дітей усе ще можуть вам допомогти.

## Потреби
need-immediate_safety = Безпека просто зараз
need-medical_care = Лікар або медична допомога
need-safe_housing = Безпечне місце для проживання
need-interpretation = Перекладач з вашої мови
need-legal_advice = Консультація юриста
need-children = Допомога для дітей
need-going_home = Безпечне повернення додому
need-fear_of_return = Захист від відправлення назад
need-unpaid_wages = Отримати оплату, яку вам винні

## Захист: статус, умови і факти
status-applies = Це стосується вас за фактами. Нікому не треба це вирішувати.
status-may_apply = Це може вас стосуватися. Рішення ухвалює державний орган.
status-needs_information = Це може застосовуватися. Щоб знати, нам потрібно більше відповідей.
status-does_not_apply = Це не підходить до ваших відповідей.
protection-conditions = Що для цього потрібно
protection-requires = Що має статися спочатку
condition-any-of = Достатньо одного з цього:
protection-outside-scope = Це для людей, чиї відповіді показують такі ознаки: { $signs }. Ваші відповіді поки не показують цих ознак. Це показано тут, бо це може задовольнити потребу, про яку ви нам сказали.
requires-positive_reasonable_grounds_decision = Орган, який встановлює статус постраждалих, вирішує, що є обґрунтовані підстави вважати, що ви постраждали від торгівлі людьми або експлуатації.
requires-positive_conclusive_grounds_decision = Орган, який встановлює статус постраждалих, ухвалює остаточне рішення, що ви постраждали від торгівлі людьми або експлуатації.
requires-law_enforcement_request = Поліція або інший правоохоронний орган просить про це для вас.
protection-values = Як довго або скільки
protection-decided-by = Хто вирішує
protection-how-to-ask = Як про це попросити
protection-cooperation = Чи треба вам допомагати поліції?
protection-unknown = Поки невідомо
protection-unverified = Це правило ще не звірено з офіційним текстом.
cooperation-required = Так, для цього вам треба допомагати поліції або прокурорам.
cooperation-not-required = Ні.
condition-met = (так)
condition-not-met = (ні)
condition-unknown = (невідомо)
condition-not_a_national = Ви не маєте громадянства цієї країни
condition-third_country_national = Ви не маєте громадянства країни ЄС чи ЄЕЗ або Швейцарії
condition-irregular_status = Зараз у вас немає документів, щоб тут перебувати
condition-child = Вам менше 18 років, або це можливо
condition-adult = Вам 18 років або більше
condition-cooperation = Ви готові допомагати поліції
condition-reported_to_police = Ви звернулися до поліції
condition-fear_of_return = Ви боїтеся повертатися
condition-wants_to_go_home = Ви хочете повернутися додому
condition-made_to_break_law = Вас змусили порушити закон
condition-smuggled = Вас ввезли люди, які незаконно переправляють людей через кордон
condition-owed_wages = Вам винні оплату
condition-no_longer_there = Ви вже не з людьми, які вас експлуатували
condition-particularly_exploitative = Ваша робота була небезпечною, шкодила вашому здоров’ю чи гідності або мала занадто багато годин
condition-unable_to_cooperate = Через травму, хворобу або серйозну небезпеку вам надто важко допомагати поліції (це вирішує державний орган)
decider-no_decision = Ніхто: це випливає із закону.
decider-competent_authority = Орган, який вирішує, хто постраждав від торгівлі людьми.
decider-immigration_authority = Міграційна служба.
decider-police = Поліція.
decider-prosecutor = Прокурор.
decider-court = Суд.
decider-labour_inspectorate = Трудова інспекція.
decider-child_protection = Служба захисту дітей.
decider-asylum_authority = Служба з питань притулку.
decider-support_provider = Організація підтримки.
referrer-self_ = Ви можете попросити про це самі, найкраще з допомогою юриста.
referrer-first_responder = Вас має направити той, хто першим надає допомогу: поліція або визначена організація підтримки.
referrer-police = Про це має попросити поліція.
referrer-prosecutor = Про це має попросити прокурор.
referrer-prosecutor_or_labour_inspectorate = Про це має попросити прокурор або трудова інспекція.
referrer-ngo = Організація підтримки може допомогти вам попросити.
referrer-lawyer = Юрист може допомогти вам попросити.
referrer-nobody = Вам не треба про це просити.
value-amount_minor = Сума: { $value } { $currency }
value-annual_cap = Ліміт на рік: { $value ->
        [one] { $value } особа
        [few] { $value } особи
        [many] { $value } осіб
       *[other] { $value } осіб
    }
value-days = { $value ->
        [one] { $value } день
        [few] { $value } дні
        [many] { $value } днів
       *[other] { $value } днів
    }
value-food_allowance_amount_minor = Гроші на їжу: { $value } { $currency }
value-housing_allowance_amount_minor = Гроші на житло: { $value } { $currency }
value-initial_months = Перший строк: { $value ->
        [one] { $value } місяць
        [few] { $value } місяці
        [many] { $value } місяців
       *[other] { $value } місяців
    }
value-initial_years = Перший строк: { $value ->
        [one] { $value } рік
        [few] { $value } роки
        [many] { $value } років
       *[other] { $value } років
    }
value-limitation_years = Строк, щоб подати вимогу: { $value ->
        [one] { $value } рік
        [few] { $value } роки
        [many] { $value } років
       *[other] { $value } років
    }
value-max_days = Щонайбільше { $value ->
        [one] { $value } день
        [few] { $value } дні
        [many] { $value } днів
       *[other] { $value } днів
    }
value-max_months = Щонайбільше { $value ->
        [one] { $value } місяць
        [few] { $value } місяці
        [many] { $value } місяців
       *[other] { $value } місяців
    }
value-max_years = Щонайбільше { $value ->
        [one] { $value } рік
        [few] { $value } роки
        [many] { $value } років
       *[other] { $value } років
    }
value-min_days = Щонайменше { $value ->
        [one] { $value } день
        [few] { $value } дні
        [many] { $value } днів
       *[other] { $value } днів
    }
value-min_hourly_wage = Мінімальна оплата за годину: { $value } { $currency }
value-min_months = Щонайменше { $value ->
        [one] { $value } місяць
        [few] { $value } місяці
        [many] { $value } місяців
       *[other] { $value } місяців
    }
value-months = { $value ->
        [one] { $value } місяць
        [few] { $value } місяці
        [many] { $value } місяців
       *[other] { $value } місяців
    }
value-notice_months = Строк попередження: { $value ->
        [one] { $value } місяць
        [few] { $value } місяці
        [many] { $value } місяців
       *[other] { $value } місяців
    }
value-notice_months_after_two_years = Строк попередження після двох років на цій роботі: { $value ->
        [one] { $value } місяць
        [few] { $value } місяці
        [many] { $value } місяців
       *[other] { $value } місяців
    }
value-presumed_min_months = Вважається, що ваша робота тривала щонайменше { $value ->
        [one] { $value } місяць
        [few] { $value } місяці
        [many] { $value } місяців
       *[other] { $value } місяців
    }
value-renewal_months = Продовження: { $value ->
        [one] { $value } місяць
        [few] { $value } місяці
        [many] { $value } місяців
       *[other] { $value } місяців
    }
value-years = { $value ->
        [one] { $value } рік
        [few] { $value } роки
        [many] { $value } років
       *[other] { $value } років
    }
value-years_in_scheme = Через { $value ->
        [one] { $value } рік
        [few] { $value } роки
        [many] { $value } років
       *[other] { $value } років
    }

## Допомога
help-kind-emergency = Екстрена допомога
help-kind-trafficking_helpline = Гаряча лінія з протидії торгівлі людьми
help-kind-exploitation_helpline = Гаряча лінія щодо експлуатації на роботі
help-kind-labour_inspectorate = Трудова інспекція: скарги щодо роботи та оплати
help-kind-legal_aid = Безоплатна правова допомога
help-kind-ngo = Організація підтримки
help-kind-asylum = Допомога щодо притулку і біженців
help-kind-child_helpline = Гаряча лінія для дітей
help-kind-international = Міжнародний довідник
hours-always = Працює цілодобово, щодня.
hours-days = Працює { $days }, з { $opens } до { $closes }.
days-mon_fri = з понеділка по п’ятницю
days-mon_sat = з понеділка по суботу
days-every_day = щодня
help-interpreters = Перекладачі для багатьох мов.
help-languages = Мови: { $languages }
help-free = Безоплатно.
help-checked = Дані перевірено { $date }.
help-not-checked = Ці дані ще не перевірено.
help-more = Докладніше
help-from-site = Від { $name } – тих, хто веде цю сторінку.
help-from-this-site = Від організації, яка веде цю сторінку.
help-meets = Може допомогти з: { $needs }

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

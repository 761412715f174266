# Entitle: Ukrainian. Слова для розрахунку оплати в результатах і короткого викладу справи для юриста.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.

claim-heading = Оплата, яку вам можуть бути винні
claim-lead-owed_against_minimum = За { $months } { $months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяців
    } роботи ваші відповіді показують, що вам недоплатили приблизно { $amount } порівняно з мінімальною зарплатою за законом.
claim-lead-owed_against_promise = За { $months } { $months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяців
    } роботи ваші відповіді показують, що вам недоплатили приблизно { $amount } порівняно з тим, що вам обіцяли.
claim-no-figure = Ми не змогли порахувати суму за вашими відповідями. У короткому викладі сказано, чого бракує.
claim-deadline-next = Перший строк, який ще не минув, закінчується { $date } ({ $route }).
claim-deadline-soon = Дійте швидко: строк закінчується { $date } ({ $route }).
claim-deadline-passed = Деякі строки, можливо, уже минули. Юрист усе ще може знайти спосіб.
summary-open = Переглянути короткий виклад для юриста
route-labour_inspectorate = трудова інспекція
route-labour_tribunal = трудовий суд або трибунал
route-civil_court = цивільний суд
route-criminal_compensation = кримінальний суд
route-state_fund = державний фонд для жертв злочинів
summary-heading = Короткий виклад справи для юриста або соціального працівника
summary-intro = Створено на цьому пристрої { $date } на основі власних відповідей людини, за правилами { $code ->
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
    }. Тут показано ознаки, а не рішення.
summary-chronology = Що сталося
stage-recruitment = Вербування
stage-journey = Дорога
stage-work = Робота
stage-leaving_and_now = Вихід із ситуації і теперішній стан
summary-signs = Ознаки у відповідях та їхні правові елементи
summary-no-signs = Відповіді не показують ознак.
presence-present = показано
presence-absent = не показано
presence-unknown = невідомо
element-act = Дія: вербування, переміщення, передача або утримання людини
element-means = Засіб: погрози, сила, обман або зловживання владою
element-purpose = Мета: експлуатація
element-child = Людині було менше 18 років
element-under_18 = Людині менше 18 років або, можливо, менше 18
element-menace_of_penalty = Загроза шкоди або покарання
element-involuntary = Робота виконувалася не добровільно
element-coercion = Примус
element-cannot_change_situation = Неможливість змінити ситуацію
element-lives_at_workplace = Проживання там, де вирішує роботодавець
element-wages_withheld = Оплату затримують
element-pay_below_promise = Оплата нижча, ніж обіцяли
element-large_deductions = Великі суми утримують з оплати
element-excessive_hours = Дуже довгий робочий час
element-recruitment_fees = Плата за отримання роботи
element-smuggled = Інші люди незаконно переправили через кордон
element-fear_of_return = Страх повернення
element-protected_reason = Причина, яку захищає право біженців
element-documents_kept = Паспорт або посвідчення особи тримають інші
element-unsafe_or_degrading = Небезпечна робота або принизливі умови проживання
element-violence_at_work = Насильство на роботі
element-harmed_or_held = Заподіяння шкоди або утримання в дорозі
summary-indicators = Індикатори примусової праці МОП і виміри МОП–ЄС
summary-no-indicators = Відповіді не показують жодного з індикаторів МОП.
indicator-ilo-fl-abuse_of_vulnerability = Зловживання вразливим становищем
indicator-ilo-fl-deception = Обман
indicator-ilo-fl-restriction_of_movement = Обмеження свободи пересування
indicator-ilo-fl-isolation = Ізоляція
indicator-ilo-fl-physical_and_sexual_violence = Фізичне і сексуальне насильство
indicator-ilo-fl-intimidation_and_threats = Залякування і погрози
indicator-ilo-fl-retention_of_identity_documents = Утримання документів, що посвідчують особу
indicator-ilo-fl-withholding_of_wages = Затримання заробітної плати
indicator-ilo-fl-debt_bondage = Боргова кабала
indicator-ilo-fl-abusive_working_and_living_conditions = Жорстокі умови праці і проживання
indicator-ilo-fl-excessive_overtime = Надмірна понаднормова робота
summary-dimension = Вимір
summary-strong-medium-weak = Індикатори: сильні / середні / слабкі
summary-positive = Позитивний
dimension-deceptive_recruitment = Вербування шляхом обману
dimension-coercive_recruitment = Вербування шляхом примусу
dimension-recruitment_by_abuse_of_vulnerability = Вербування шляхом зловживання вразливим становищем
dimension-exploitative_conditions_of_work = Експлуатаційні умови праці
dimension-coercion_at_destination = Примус у місці призначення
dimension-abuse_of_vulnerability_at_destination = Зловживання вразливим становищем у місці призначення
summary-protections = Захист, який може підходити, та його правові підстави
summary-english-copy = Копія англійською мовою для юриста
summary-claim = Вимога щодо оплати з розрахунком
summary-claim-period = Період: { $began } – { $ended }, тобто { $months } { $months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяців
    }.
summary-claim-period-ongoing = Початок: { $began }, робота триває: поки що { $months } { $months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяців
    }.
figure-owed_against_promise = Борг порівняно з обіцяним
figure-owed_against_minimum = Борг порівняно з мінімальною зарплатою за законом
figure-arrears_at_current_rate = Те саме, пораховане за сьогоднішнім мінімумом
figure-overtime_at_minimum = Понаднормові додатково, за мінімумом
figure-liquidated_damages = Ще така сама сума (liquidated damages, заздалегідь визначене відшкодування)
figure-restitution_at_least = Найменше, що присудив би кримінальний суд
working-step = Крок
working-formula = Розрахунок
working-amount = Сума
working-value = Використане значення та його джерело
working-value-from = Діє з { $date }.
value-verified = Звірено з офіційним текстом.
step-promised_for_months = Обіцяна оплата за відпрацьовані місяці
step-months_at_rate = Мінімум, чинний у перший день кожного місяця
step-sum = Разом
step-less_received = Мінус отримане
step-overtime_premium = Надбавка за понаднормову роботу
step-arrears_at_current_rate = Пораховано за сьогоднішньою ставкою
step-liquidated_damages_equal = Невиплачений мінімум і понаднормові, ще раз
step-restitution_greater_of_gain_or_minimum = Вартість роботи за мінімумом і понаднормовими; більше, якщо правопорушник отримав більше
summary-not-counted = Чого розрахунок не зміг врахувати
formula-hour = { $count } год
formula-day = { $count } { $count ->
        [one] день
        [few] дні
        [many] днів
       *[other] дня
    }
formula-week = { $count } { $count ->
        [one] тиждень
        [few] тижні
        [many] тижнів
       *[other] тижня
    }
formula-month = { $count } { $count ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяця
    }
not-counted-period = Невідомо, скільки місяців відпрацьовано, тому нічого не вдалося порахувати.
not-counted-promise = Обіцяна оплата невідома.
not-counted-received = Невідомо, скільки отримано, тому нічого не віднято.
not-counted-hours = Відпрацьовані години або дні невідомі.
not-counted-age = Вік невідомий, тому використано ставку для дорослих.
not-counted-no_minimum_wage = Ми не маємо даних про мінімальну зарплату за законом для цієї країни.
not-counted-months_before_first_rate = Деякі місяці припадають на час до першої ставки мінімуму, яку ми маємо, або для цього віку тоді не було ставки.
not-counted-other_currency = Частину оплати отримано в іншій валюті, тому її не віднято.
not-counted-deductions = З оплати утримували гроші. Ми не маємо правила, яке визначає, яка їх частина була незаконною: це може перевірити юрист.
not-counted-recruitment_fees = За роботу платили збори. Ми не маємо тут правила, яке їх враховує: це може перевірити юрист.
not-counted-later_rate_missing = Закон встановлює нову мінімальну зарплату в регулярні строки, і остання ставка, яку ми маємо, могла бути замінена ще до завершення роботи. За останні місяці вам можуть бути винні більше: юрист може перевірити офіційну ставку.
summary-caveats = Що юрист має знати про ці суми
summary-deadlines = Строки, щоб подати вимогу
summary-no-deadlines = Ми не маємо даних про строки для цієї країни.
deadline-length = { $months } { $months ->
        [one] місяць
        [few] місяці
        [many] місяців
       *[other] місяців
    } від { $from }.
runs-from-last_payment = останньої неповної виплати
runs-from-end_of_work = закінчення роботи
runs-from-end_of_exploitation = закінчення експлуатації
runs-from-offence = злочину
runs-from-final_judgment = остаточного рішення суду в кримінальній справі
runs-from-end_of_year = кінця року, у якому мали виплатити оплату
deadline-not_started = Строк ще не почався: робота триває.
deadline-open = Якщо рахувати від кінця місяця, коли закінчилася робота, строк закінчується { $date }.
deadline-soon = Якщо рахувати від кінця місяця, коли закінчилася робота, строк скоро закінчується: { $date }.
deadline-passed = Якщо рахувати від кінця місяця, коли закінчилася робота, строк закінчився { $date }. Юрист може знати виняток.
deadline-unknown = Невідомо, коли закінчилася робота.
deadline-after_judgment = Строк рахується від рішення суду, дата якого нам невідома.

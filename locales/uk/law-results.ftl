# Entitle: the results page's words (uk), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

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

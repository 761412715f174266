# Entitle: Russian. Слова для требования о зарплате в результатах и для краткого описания дела для юриста.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.

claim-heading = Зарплата, которую вам могут быть должны
claim-lead-owed_against_minimum = За { $months } { $months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    } работы, по вашим ответам, вам должны примерно { $amount } по законной минимальной зарплате.
claim-lead-owed_against_promise = За { $months } { $months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    } работы, по вашим ответам, вам должны примерно { $amount } по тому, что вам обещали.
claim-no-figure = По вашим ответам мы не смогли посчитать сумму. В кратком описании сказано, чего не хватает.
claim-deadline-next = Первый срок, который ещё не истёк, заканчивается { $date } ({ $route }).
claim-deadline-soon = Действуйте скорее: один из сроков заканчивается { $date } ({ $route }).
claim-deadline-passed = Некоторые сроки, возможно, уже истекли. Юрист всё ещё может найти выход.
summary-open = Посмотреть краткое описание для юриста
route-labour_inspectorate = трудовая инспекция
route-labour_tribunal = трудовой суд или трибунал
route-civil_court = гражданский суд
route-criminal_compensation = уголовный суд
route-state_fund = государственный фонд для жертв преступлений
summary-heading = Краткое описание дела для юриста или социального работника
summary-intro = Составлено на этом устройстве { $date } по собственным ответам человека, по правилам { $code ->
        [GB] Великобритании
        [US] США
        [NL] Нидерландов
        [PH] Филиппин
        [CA] Канады
        [QA] Катара
        [FR] Франции
        [DE] Германии
        [IT] Италии
        [ES] Испании
        [AU] Австралии
        [TH] Таиланда
        [ZZ] международного права
       *[other] этой страны ({ $country })
    }. Здесь показаны признаки, а не решения.
summary-chronology = Что произошло
stage-recruitment = Вербовка
stage-journey = Поездка
stage-work = Работа
stage-leaving_and_now = Уход и положение сейчас
summary-signs = Признаки в ответах и их правовые элементы
summary-no-signs = В ответах нет признаков.
presence-present = есть
presence-absent = нет
presence-unknown = неизвестно
element-act = Действие: вербовка, перевозка, передача или удержание человека
element-means = Способ: угрозы, сила, обман или злоупотребление властью
element-purpose = Цель: эксплуатация
element-child = Человеку было меньше 18 лет
element-under_18 = Человеку меньше 18 лет, или это возможно
element-menace_of_penalty = Угроза вреда или наказания
element-involuntary = Работа выполнялась не добровольно
element-coercion = Принуждение
element-cannot_change_situation = Не может изменить своё положение
element-lives_at_workplace = Живёт там, где решает работодатель
element-wages_withheld = Зарплату задерживают
element-pay_below_promise = Оплата ниже обещанной
element-large_deductions = Из зарплаты вычитают большие суммы
element-excessive_hours = Очень долгий рабочий день
element-recruitment_fees = Плата за получение работы
element-smuggled = Другие люди незаконно переправили через границу
element-fear_of_return = Страх возвращения
element-protected_reason = Причина, которую защищает право о беженцах
element-documents_kept = Паспорт или удостоверение личности держат у себя другие
element-unsafe_or_degrading = Опасная работа или унижающие достоинство условия жизни
element-violence_at_work = Насилие на работе
element-harmed_or_held = Вред или удержание в пути
summary-indicators = Индикаторы принудительного труда МОТ и измерения МОТ–ЕС
summary-no-indicators = В ответах нет ни одного индикатора МОТ.
indicator-ilo-fl-abuse_of_vulnerability = Злоупотребление уязвимостью
indicator-ilo-fl-deception = Обман
indicator-ilo-fl-restriction_of_movement = Ограничение свободы передвижения
indicator-ilo-fl-isolation = Изоляция
indicator-ilo-fl-physical_and_sexual_violence = Физическое и сексуальное насилие
indicator-ilo-fl-intimidation_and_threats = Запугивание и угрозы
indicator-ilo-fl-retention_of_identity_documents = Удержание документов, удостоверяющих личность
indicator-ilo-fl-withholding_of_wages = Удержание заработной платы
indicator-ilo-fl-debt_bondage = Долговая кабала
indicator-ilo-fl-abusive_working_and_living_conditions = Невыносимые условия труда и жизни
indicator-ilo-fl-excessive_overtime = Чрезмерная сверхурочная работа
summary-dimension = Измерение
summary-strong-medium-weak = Индикаторы: сильные / средние / слабые
summary-positive = Положительно
dimension-deceptive_recruitment = Вербовка путём обмана
dimension-coercive_recruitment = Вербовка путём принуждения
dimension-recruitment_by_abuse_of_vulnerability = Вербовка путём злоупотребления уязвимостью
dimension-exploitative_conditions_of_work = Эксплуататорские условия труда
dimension-coercion_at_destination = Принуждение в месте назначения
dimension-abuse_of_vulnerability_at_destination = Злоупотребление уязвимостью в месте назначения
summary-protections = Меры защиты, которые могут подойти, и их правовые основания
summary-english-copy = Копия на английском языке для юриста
summary-claim = Требование о зарплате и расчёт
summary-claim-period = Период работы: { $began } – { $ended }, всего { $months } { $months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
summary-claim-period-ongoing = Начало работы: { $began }, работа продолжается. Пока { $months } { $months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }.
figure-owed_against_promise = Долг по обещанной оплате
figure-owed_against_minimum = Долг по законной минимальной зарплате
figure-arrears_at_current_rate = То же, по сегодняшнему минимуму
figure-overtime_at_minimum = Сверхурочные дополнительно, по минимуму
figure-liquidated_damages = Ещё такая же сумма (заранее оценённые убытки, liquidated damages)
figure-restitution_at_least = Наименьшая сумма, которую назначил бы уголовный суд
working-step = Шаг
working-formula = Расчёт
working-amount = Сумма
working-value = Использованное значение и его источник
working-value-from = Действует с { $date }.
value-verified = Сверено с официальным текстом.
step-promised_for_months = Обещанная оплата за отработанные месяцы
step-months_at_rate = Минимум, действовавший в первый день каждого месяца
step-sum = Итого
step-less_received = Минус то, что было получено
step-overtime_premium = Надбавка за сверхурочные
step-arrears_at_current_rate = По сегодняшней ставке
step-liquidated_damages_equal = Невыплаченный минимум и сверхурочные, ещё раз в том же размере
step-restitution_greater_of_gain_or_minimum = Стоимость работы по минимуму и сверхурочным; больше, если виновный получил больше
summary-not-counted = Что нельзя было учесть в суммах
formula-hour = { $count } ч
formula-day = { $count } { $count ->
        [one] день
        [few] дня
        [many] дней
       *[other] дня
    }
formula-week = { $count } { $count ->
        [one] неделя
        [few] недели
        [many] недель
       *[other] недели
    }
formula-month = { $count } { $count ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    }
not-counted-period = Неизвестно, сколько месяцев была работа, поэтому ничего нельзя было посчитать.
not-counted-promise = Обещанная оплата неизвестна.
not-counted-received = Неизвестно, что было получено, поэтому ничего не вычтено.
not-counted-hours = Неизвестно, сколько часов или дней была работа.
not-counted-age = Возраст неизвестен, поэтому использована ставка для взрослых.
not-counted-no_minimum_wage = У нас нет данных о законной минимальной зарплате для этой страны.
not-counted-months_before_first_rate = Некоторые месяцы были раньше первой известной нам минимальной ставки, или для этого возраста тогда не было ставки.
not-counted-other_currency = Часть оплаты была в другой валюте, поэтому её не вычли.
not-counted-deductions = Из зарплаты вычитали деньги. У нас нет правила о том, какие из этих вычетов были незаконными: это может проверить юрист.
not-counted-recruitment_fees = За получение работы была внесена плата. У нас нет правила для этой страны, которое её учитывает: это может проверить юрист.
not-counted-later_rate_missing = Закон устанавливает новую минимальную зарплату в регулярные сроки, и последняя известная нам ставка могла быть заменена ещё до окончания работы. За последние месяцы вам могут быть должны больше: юрист может проверить официальную ставку.
summary-caveats = Что юристу нужно знать об этих суммах
summary-deadlines = Сроки для подачи требования
summary-no-deadlines = У нас нет данных о сроках для этой страны.
# $from is one of the runs-from-* messages below, written in the genitive case after «с».
deadline-length = { $months } { $months ->
        [one] месяц
        [few] месяца
        [many] месяцев
       *[other] месяца
    } с { $from }.
runs-from-last_payment = последней неполной выплаты
runs-from-end_of_work = окончания работы
runs-from-end_of_exploitation = окончания эксплуатации
runs-from-offence = совершения преступления
runs-from-final_judgment = окончательного решения по уголовному делу
runs-from-end_of_year = конца года, в котором нужно было выплатить зарплату
deadline-not_started = Срок ещё не начался: работа продолжается.
deadline-open = Если считать с конца месяца, в котором закончилась работа, срок истекает { $date }.
deadline-soon = Если считать с конца месяца, в котором закончилась работа, срок скоро истекает: { $date }.
deadline-passed = Если считать с конца месяца, в котором закончилась работа, срок истёк { $date }. Юрист может знать исключение.
deadline-unknown = Неизвестно, когда закончилась работа.
deadline-after_judgment = Срок отсчитывается от решения суда, дату которого мы не знаем.

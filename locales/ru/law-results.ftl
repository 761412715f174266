# Entitle: the results page's words (ru), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Результаты
results-heading = Что показывают ваши ответы
results-meta = По правилам { $code ->
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
    }, действующим на { $date }.
danger-call = Нажмите, чтобы позвонить по номеру экстренной помощи. Звонить можно, даже если у вас нет документов.
next-steps-heading = Что вы можете сделать сейчас
next-step-why = Почему: { $why }.
next-step-call_child_helpline = Позвоните на телефон доверия для детей
next-step-call_child_helpline-say = Можно сказать: «Мне меньше 18 лет, и мне нужна помощь».
next-step-call_trafficking_helpline = Позвоните на горячую линию для людей, которых эксплуатируют
next-step-call_trafficking_helpline-say = Там могут найти для вас поддержку. Можно сказать: «Мне кажется, меня эксплуатируют, и мне нужна помощь».
next-step-ask_for_protection = Спросите о защите, чтобы вас не отправили обратно туда, где опасно
next-step-ask_for_protection-say = Можно сказать: «Я боюсь возвращаться в свою страну».
next-step-claim_unpaid_pay = Спросите трудовую инспекцию о невыплаченной зарплате
next-step-claim_unpaid_pay-say = Можно сказать: «Работодатель не заплатил мне то, что должен».
next-step-call_exploitation_helpline = Позвоните на горячую линию для работников, с которыми поступают несправедливо
next-step-call_exploitation_helpline-say = Можно сказать: «Со мной плохо обращаются на работе, и мне нужен совет».
next-step-get_legal_advice = Получите бесплатную юридическую консультацию о ваших правах
next-step-get_legal_advice-say = Можно сказать: «Мне нужен совет о моих правах и моих документах».
danger-local-number = Позвоните по местному номеру экстренной помощи страны, в которой вы находитесь.
call-number = Позвонить: { $number }
text-number = Написать SMS: { $number }
results-signs-heading = Признаки в ваших ответах
results-signs-intro = Это только признаки. Это не решение о вас.
results-not-found = Признаки, которых мы не нашли
results-needs-heading = Что вам может быть нужно сейчас
results-protections-heading = Права, которые могут к вам относиться
results-protections-none = Мы не нашли здесь мер защиты, которые подходят к вашим ответам. Службы помощи ниже всё равно могут вам помочь.
results-protections-not = Права, которые не подходят к вашим ответам
rights-time_to_recover = Время, чтобы отдохнуть и восстановиться
rights-permission_to_stay = Разрешение остаться
rights-money_owed = Деньги, которые вам должны, и компенсация
rights-no_punishment = Без наказания за то, к чему вас принудили
rights-no_sending_back = Защита от отправки обратно туда, где опасно
rights-going_home = Безопасное возвращение домой
rights-childrens_rights = Права детей
rights-support_and_advice = Помощь, поддержка и советы
rights-rules = { $count ->
        [1] Правило полностью
        [one] Все { $count } правило полностью
        [few] Все { $count } правила полностью
        [many] Все { $count } правил полностью
       *[other] Все правила полностью ({ $count })
    }
results-help-heading = Где получить помощь
results-limits-heading = Чего здесь нельзя узнать
results-limits-body = Здесь показано только то, на что указывают ваши ответы. Правила меняются, и мы спросили не обо всём. Прежде чем что-то делать, поговорите с юристом или организацией поддержки.
results-print = Распечатать или сохранить в PDF
start-again = Начать заново и забыть мои ответы
because-heading = Почему мы так говорим
missing-heading = Ответ на этот вопрос может изменить результат
sources-heading = Правовые источники
source-line = { $instrument }, статья { $article } (действует с { $from })
source-secondary = Проверено только по вторичному источнику.
source-unverified = Ещё не сверено с официальным текстом.
delphi-met = Второй тест, индикаторы МОТ и Европейской комиссии, тоже указывает на торговлю людьми.
delphi-not-met = Второй тест, индикаторы МОТ и Европейской комиссии, по этим ответам не указывает на торговлю людьми.
delphi-not-applicable = Второй тест, индикаторы МОТ и Европейской комиссии, нельзя было применить к этим ответам.

## Выводы: заголовок и одно предложение для каждого уровня
finding-trafficking-title = Торговля людьми
finding-trafficking-strong = В ваших ответах есть явные признаки торговли людьми.
finding-trafficking-some = В ваших ответах есть некоторые признаки торговли людьми.
finding-trafficking-none_found = В ваших ответах нет признаков торговли людьми.
finding-trafficking-not_enough_information = Мы пока знаем слишком мало, чтобы сказать, есть ли признаки торговли людьми.
finding-forced_labour-title = Принудительный труд
finding-forced_labour-strong = В ваших ответах есть явные признаки принудительного труда.
finding-forced_labour-some = В ваших ответах есть некоторые признаки принудительного труда.
finding-forced_labour-none_found = В ваших ответах нет признаков принудительного труда.
finding-forced_labour-not_enough_information = Мы пока знаем слишком мало, чтобы сказать, есть ли признаки принудительного труда.
finding-servitude-title = Подневольное состояние
finding-servitude-strong = В ваших ответах есть явные признаки подневольного состояния: когда человека заставляют работать и жить под чужим контролем.
finding-servitude-some = В ваших ответах есть некоторые признаки подневольного состояния: когда человека заставляют работать и жить под чужим контролем.
finding-servitude-none_found = В ваших ответах нет признаков подневольного состояния.
finding-servitude-not_enough_information = Мы пока знаем слишком мало, чтобы сказать, есть ли признаки подневольного состояния.
finding-labour_exploitation-title = Несправедливая или жестокая работа
finding-labour_exploitation-strong = В ваших ответах есть явные признаки несправедливой или жестокой работы.
finding-labour_exploitation-some = В ваших ответах есть некоторые признаки несправедливой или жестокой работы.
finding-labour_exploitation-none_found = В ваших ответах нет признаков несправедливой или жестокой работы.
finding-labour_exploitation-not_enough_information = Мы пока знаем слишком мало, чтобы сказать, есть ли признаки несправедливой или жестокой работы.
finding-smuggling_abuse-title = Вред в пути
finding-smuggling_abuse-strong = В ваших ответах есть явные признаки того, что люди, которые вас перевозили, причинили вам вред.
finding-smuggling_abuse-some = В ваших ответах есть некоторые признаки того, что люди, которые вас перевозили, причинили вам вред.
finding-smuggling_abuse-none_found = В ваших ответах нет признаков вреда в пути.
finding-smuggling_abuse-not_enough_information = Мы пока знаем слишком мало, чтобы сказать, причинили ли вам вред в пути.
finding-international_protection-title = Опасность, если вы вернётесь
finding-international_protection-strong = В ваших ответах есть явные признаки того, что вам может быть нужна защита от отправки обратно.
finding-international_protection-some = В ваших ответах есть некоторые признаки того, что вам может быть нужна защита от отправки обратно.
finding-international_protection-none_found = В ваших ответах нет страха возвращения.
finding-international_protection-not_enough_information = Мы пока знаем слишком мало, чтобы сказать, нужна ли вам защита от отправки обратно.
finding-possible_child-title = Права детей
finding-possible_child-strong = По вашим ответам, вам меньше 18 лет. У детей есть дополнительные права.
finding-possible_child-some = Возможно, вам меньше 18 лет или было меньше 18, когда это началось. Пока ваш возраст не известен, с вами должны обращаться как с ребёнком.
finding-possible_child-none_found = По вашим ответам, вам 18 лет или больше.
finding-possible_child-not_enough_information = Мы пока не знаем ваш возраст. У детей есть дополнительные права.
finding-possible_child-not_enough_information-when_it_began = Мы пока не знаем, было ли вам меньше 18 лет, когда это началось. Если было, права детей всё ещё могут вам помочь.

## Потребности
need-immediate_safety = Безопасность прямо сейчас
need-medical_care = Врач или медицинская помощь
need-safe_housing = Безопасное место, где можно жить
need-interpretation = Переводчик с вашего языка
need-legal_advice = Совет юриста
need-children = Помощь детям
need-going_home = Безопасное возвращение домой
need-fear_of_return = Защита от отправки обратно
need-unpaid_wages = Получение зарплаты, которую вам должны

## Меры защиты: статус, условия и факты
status-applies = Судя по фактам, это относится к вам. Никому не нужно это решать.
status-may_apply = Это может относиться к вам. Решает государственный орган.
status-needs_information = Это может подойти. Чтобы знать точно, нужны ещё ответы.
status-does_not_apply = Это не подходит к вашим ответам.
protection-conditions = Что для этого нужно
protection-requires = Что должно случиться сначала
condition-any-of = Достаточно одного из этого:
protection-outside-scope = Это для людей, в чьих ответах есть признаки: { $signs }. В ваших ответах этих признаков пока нет. Это показано здесь, потому что может помочь с потребностью, о которой вы нам сказали.
requires-positive_reasonable_grounds_decision = Орган, который выявляет жертв, решает, что есть разумные основания считать, что вы стали жертвой торговли людьми или эксплуатации.
requires-positive_conclusive_grounds_decision = Орган, который выявляет жертв, принимает окончательное решение, что вы стали жертвой торговли людьми или эксплуатации.
requires-law_enforcement_request = Полиция или другой правоохранительный орган просит об этом для вас.
protection-values = Как долго или сколько
protection-decided-by = Кто решает
protection-how-to-ask = Как об этом попросить
protection-cooperation = Нужно ли помогать полиции?
protection-unknown = Пока неизвестно
protection-unverified = Это правило ещё не сверено с официальным текстом.
cooperation-required = Да, для этого нужно помогать полиции или прокурорам.
cooperation-not-required = Нет.
condition-met = (да)
condition-not-met = (нет)
condition-unknown = (неизвестно)
condition-not_a_national = У вас нет гражданства этой страны
condition-third_country_national = У вас нет гражданства страны ЕС, ЕЭЗ или Швейцарии
condition-irregular_status = Сейчас у вас нет документов, чтобы находиться здесь
condition-child = Вам меньше 18 лет, или это возможно
condition-adult = Вам 18 лет или больше
condition-cooperation = Вы готовы помогать полиции
condition-reported_to_police = Вы сообщили в полицию
condition-fear_of_return = Вы боитесь возвращаться
condition-wants_to_go_home = Вы хотите вернуться домой
condition-made_to_break_law = Вас заставили нарушить закон
condition-smuggled = Вас незаконно ввезли в страну
condition-owed_wages = Вам должны зарплату
condition-no_longer_there = Вы больше не находитесь с людьми, которые вас эксплуатировали
condition-particularly_exploitative = Ваша работа была опасной, вредила здоровью или достоинству, или часов было гораздо больше нормы
condition-unable_to_cooperate = Из-за травмы, болезни или серьёзной опасности вам слишком трудно помогать полиции (это решает государственный орган)
decider-no_decision = Никто: это следует из закона.
decider-competent_authority = Служба, которая решает, кто является жертвой торговли людьми.
decider-immigration_authority = Миграционная служба.
decider-police = Полиция.
decider-prosecutor = Прокурор.
decider-court = Суд.
decider-labour_inspectorate = Трудовая инспекция.
decider-child_protection = Службы защиты детей.
decider-asylum_authority = Служба по вопросам убежища.
decider-support_provider = Организация поддержки.
referrer-self_ = Вы можете попросить об этом сами, лучше с помощью юриста.
referrer-first_responder = Вас должна направить уполномоченная служба: полиция или названная организация поддержки.
referrer-police = Об этом должна попросить полиция.
referrer-prosecutor = Об этом должен попросить прокурор.
referrer-prosecutor_or_labour_inspectorate = Об этом должны попросить прокурор или трудовая инспекция.
referrer-ngo = Организация поддержки может помочь вам попросить.
referrer-lawyer = Юрист может помочь вам попросить.
referrer-nobody = Вам не нужно просить.
value-amount_minor = Сумма: { $value } { $currency }
value-annual_cap = Предел в год: { $value ->
        [one] { $value } человек
        [few] { $value } человека
        [many] { $value } человек
       *[other] { $value } человека
    }
value-days = { $value ->
        [one] { $value } день
        [few] { $value } дня
        [many] { $value } дней
       *[other] { $value } дня
    }
value-food_allowance_amount_minor = Деньги на еду: { $value } { $currency }
value-housing_allowance_amount_minor = Деньги на жильё: { $value } { $currency }
value-initial_months = Первый срок: { $value ->
        [one] { $value } месяц
        [few] { $value } месяца
        [many] { $value } месяцев
       *[other] { $value } месяца
    }
value-initial_years = Первый срок: { $value ->
        [one] { $value } год
        [few] { $value } года
        [many] { $value } лет
       *[other] { $value } года
    }
value-limitation_years = Срок, чтобы подать требование: { $value ->
        [one] { $value } год
        [few] { $value } года
        [many] { $value } лет
       *[other] { $value } года
    }
value-max_days = До { $value ->
        [one] { $value } дня
        [few] { $value } дней
        [many] { $value } дней
       *[other] { $value } дня
    }
value-max_months = До { $value ->
        [one] { $value } месяца
        [few] { $value } месяцев
        [many] { $value } месяцев
       *[other] { $value } месяца
    }
value-max_years = До { $value ->
        [one] { $value } года
        [few] { $value } лет
        [many] { $value } лет
       *[other] { $value } года
    }
value-min_days = Не менее { $value ->
        [one] { $value } дня
        [few] { $value } дней
        [many] { $value } дней
       *[other] { $value } дня
    }
value-min_hourly_wage = Минимальная оплата за час: { $value } { $currency }
value-min_months = Не менее { $value ->
        [one] { $value } месяца
        [few] { $value } месяцев
        [many] { $value } месяцев
       *[other] { $value } месяца
    }
value-months = { $value ->
        [one] { $value } месяц
        [few] { $value } месяца
        [many] { $value } месяцев
       *[other] { $value } месяца
    }
value-notice_months = Срок предупреждения: { $value ->
        [one] { $value } месяц
        [few] { $value } месяца
        [many] { $value } месяцев
       *[other] { $value } месяца
    }
value-notice_months_after_two_years = Срок предупреждения после двух лет работы: { $value ->
        [one] { $value } месяц
        [few] { $value } месяца
        [many] { $value } месяцев
       *[other] { $value } месяца
    }
value-presumed_min_months = Считается, что ваша работа длилась не менее { $value ->
        [one] { $value } месяца
        [few] { $value } месяцев
        [many] { $value } месяцев
       *[other] { $value } месяца
    }
value-renewal_months = Продление: { $value ->
        [one] { $value } месяц
        [few] { $value } месяца
        [many] { $value } месяцев
       *[other] { $value } месяца
    }
value-years = { $value ->
        [one] { $value } год
        [few] { $value } года
        [many] { $value } лет
       *[other] { $value } года
    }
value-years_in_scheme = Через { $value ->
        [one] { $value } год
        [few] { $value } года
        [many] { $value } лет
       *[other] { $value } года
    }

## Помощь
help-kind-emergency = Экстренная помощь
help-kind-trafficking_helpline = Горячая линия по вопросам торговли людьми
help-kind-exploitation_helpline = Горячая линия по вопросам эксплуатации на работе
help-kind-labour_inspectorate = Трудовая инспекция: жалобы о работе и зарплате
help-kind-legal_aid = Бесплатная юридическая помощь
help-kind-ngo = Организация поддержки
help-kind-asylum = Помощь по вопросам убежища и беженцев
help-kind-child_helpline = Телефон доверия для детей
help-kind-international = Международный справочник
hours-always = Работает круглосуточно, каждый день.
hours-days = Работает { $days }, с { $opens } до { $closes }.
days-mon_fri = с понедельника по пятницу
days-mon_sat = с понедельника по субботу
days-every_day = каждый день
help-interpreters = Есть переводчики со многих языков.
help-languages = Языки: { $languages }
help-free = Бесплатно.
help-checked = Данные проверены: { $date }.
help-not-checked = Эти данные ещё не проверены.
help-more = Подробнее
help-from-site = Источник: { $name } — организация, которая ведёт эту страницу.
help-from-this-site = От организации, которая ведёт эту страницу.
help-meets = Чем может помочь: { $needs }

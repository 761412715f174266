# Entitle: Russian.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons = торговля людьми (source: UN Trafficking in Persons Protocol, authentic Russian text, art. 3 "торговля людьми"; https://www.un.org/ru/documents/decl_conv/conventions/protocol1.shtml) [checked: the Protocol's Russian text was not retrieved; «торговля людьми» verified in UNODC background paper CTOC/COP/WG.4/2010/2, Russian version, title and headings read in a copy at http://studydoc.ru/doc/2599664/ctoc]
# glossary: victim (of trafficking) = жертва (торговли людьми) (source: UN Trafficking in Persons Protocol, Russian text, arts. 6–8 "жертвы торговли людьми"; same link)
# glossary: exploitation / servitude = эксплуатация / подневольное состояние (source: UN Trafficking in Persons Protocol, Russian text, art. 3(a); same link) [checked: «эксплуатация» and «принудительный труд или услуги», «рабство», «подневольный брак» read in the headings of CTOC/COP/WG.4/2010/2 (Russian), link above; «подневольное состояние» itself not re-read]
# glossary: compensation = компенсация (source: UN Trafficking in Persons Protocol, Russian text, art. 6(6) "компенсации за причиненный ущерб"; same link)
# glossary: smuggling of migrants = незаконный ввоз мигрантов (source: UN Protocol against the Smuggling of Migrants, Russian title and art. 3; https://www.un.org/ru/documents/decl_conv/conventions/protocol2.shtml)
# glossary: forced labour = принудительный труд (source: ILO C29 Russian text "принудительный или обязательный труд", art. 2, and ILO P29 "Протокол 2014 года к Конвенции 1930 года о принудительном труде"; ILO NORMLEX https://normlex.ilo.org — wording from the ILO Russian texts, not re-read online in this session) [still not verified online: ILO NORMLEX Russian text not retrieved; «принудительный труд или услуги» confirmed for the Protocol as above]
# glossary: debt bondage = долговая кабала (source: UN Supplementary Slavery Convention 1956, Russian text, art. 1(a); also ILO Russian list of forced-labour indicators) [checked: «долговой кабалы» read in the Russian text of art. 1(a) of the 1956 Convention as quoted at https://libcat.ru/knigi/nauka-i-obrazovanie/prochaya-nauchnaya-literatura/427528-127-kevin-bejlz-odnorazovye-lyudi-novoe-rabstvo-v-globalnoj-ekonomike.html]
# glossary: recovery and reflection period = период восстановления и размышления (source: Council of Europe Convention on Action against Trafficking, Russian translation, art. 13, as registered in Belarus: http://levonevski.net/pravo/norm2013/num37/d37347.html) [checked: the preamble of this Russian text was read at the same link, art. 13 was not: term not re-verified]
# glossary: residence permit = вид на жительство (source: same Council of Europe Convention, Russian translation, art. 14); plain text uses "разрешение на пребывание" for "permit to stay"
# glossary: refugee / asylum / non-refoulement = беженец / убежище / запрещение высылки или принудительного возвращения (source: UN Convention relating to the Status of Refugees 1951, Russian text, art. 33; https://www.un.org/ru/documents/decl_conv/conventions/refugees.shtml)
# glossary: international protection = международная защита (no treaty term; term used by UNHCR in Russian materials)
# glossary: labour exploitation = трудовая эксплуатация (no official treaty translation found; term used by IOM and OSCE in Russian materials)

## Об этом языке (показывается на странице «Об этом инструменте»)
locale-translation-note = Этот текст переведён с английского языка с помощью модели искусственного интеллекта (ИИ).
locale-review-note = Его ещё НЕ проверил человек, для которого русский язык родной.

## Заголовок страницы: нейтральный, чтобы по вкладке ничего нельзя было понять.
page-title = Информация

## Выйти с этой страницы
exit-this-page = Уйти с этой страницы
exit-emergency = Экстренная помощь
exit-shift-pressed-once = Shift: нажмите ещё 2 раза, чтобы выйти.
exit-shift-pressed-twice = Shift: нажмите ещё 1 раз, чтобы выйти.

## Выбор языка и нижняя часть страницы
language-picker-label = Язык
language-picker-toggle = Язык: { $language }
language-picker-loading = Загружаются другие языки…
language-picker-offline = Для других языков один раз нужен интернет. Подключитесь и откройте этот список снова.
footer-not-advice = Это информация, а не юридическая консультация.
about-link = Об этом инструменте
footer-site-name = Эту страницу предоставляет { $name }.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = Для владельца этого сайта: файл настроек site.json не был использован, поэтому приложение работает со своими настройками. Ошибка в поле { $field }: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] начиная с этого места, текст не является правильным JSON.
    [twice] это поле записано дважды.
    [unknown] настройки с таким названием нет.
    [missing] эта настройка обязательна.
    [not-text] здесь должен быть текст в кавычках.
    [not-list] здесь должен быть список в [ ].
    [not-object] здесь должна быть группа настроек в { "{" } { "}" }.
    [not-true-or-false] здесь должно быть true или false.
    [version] здесь должно быть 1.
    [country] приложение не работает с этой страной (используйте код, например GB).
    [language] приложение не знает этого языка (используйте код, например fr).
    [language-tag] здесь должен быть код языка, например pl или pt-BR, или interpreters.
    [need] приложение не знает такой потребности.
    [phone] здесь должен быть номер из 3–15 цифр, с + впереди для международного номера, без пробелов.
    [web] здесь должен быть адрес сайта, который начинается с https://.
    [days] здесь должно быть mon_fri, mon_sat или every_day.
    [time] здесь должно быть время, например 09:00.
    [hours] укажите либо always: true, либо days вместе с opens и closes.
    [length] значение пустое или слишком длинное.
    [too-many] этот список слишком длинный.
    [no-way-to-reach] для этого контакта нужен phone, sms или адрес сайта.
    [repeated] это уже есть в списке.
    [display-without-phone] для phone_display нужен также phone.
   *[other] такое значение не допускается.
}

## Первая страница
start-heading = Узнайте, какая помощь и какие права у вас могут быть
start-what-this-is = Ответьте на несколько коротких вопросов о вашей работе и вашей поездке. Мы покажем признаки вреда в ваших ответах, права, которые могут вас защитить, и где можно получить помощь.
start-danger-heading = Если вы в опасности сейчас
start-danger-body = Позвоните по номеру экстренной помощи страны, в которой вы находитесь. Звонить можно, даже если у вас нет документов.
start-privacy-heading = Ваши ответы остаются на этом телефоне
start-privacy-body = Ваши ответы никуда не отправляются. Ничего не сохраняется. Когда вы закроете эту страницу, ваши ответы исчезнут.
start-leave-heading = Быстро уйти
start-leave-body = В любой момент нажмите «Уйти с этой страницы» или 3 раза нажмите клавишу Shift. Эта страница закроется, и откроется страница с погодой.
start-not-heading = Чем это не является
start-not-body = Это информация, а не юридическая консультация. Этот инструмент не может решить, являетесь ли вы жертвой преступления. Это могут решить только власти. Вам может помочь юрист или организация поддержки.
start-button = Начать

## Вопросы: общие слова
back = Назад
continue = Дальше
change = Изменить
not-provided = Нет ответа
select-placeholder = Выберите один вариант
progress = Вопрос { $n }. Всего вопросов — не больше { $total }.
error-summary-title = Есть ошибка
error-choose-one = Выберите один ответ. Можно выбрать «Я не знаю» или «Не хочу отвечать».
error-number-range = Введите целое число от 0 до { $most }.
reply-yes = Да
reply-no = Нет
reply-dont_know = Я не знаю
reply-prefer_not_to_say = Не хочу отвечать
answer-maybe_under_18 = Точно не знаю. Возможно, мне нет 18 лет.
answer-years = { $years ->
        [one] { $years } год
        [few] { $years } года
        [many] { $years } лет
       *[other] { $years } года
    }
answer-count = { $count }

## Страны
country-AU = Австралия
country-CA = Канада
country-FR = Франция
country-DE = Германия
country-IT = Италия
country-NL = Нидерланды
country-PH = Филиппины
country-QA = Катар
country-ES = Испания
country-TH = Таиланд
country-GB = Великобритания
country-US = США
country-EU = Другая страна ЕС, Исландия, Лихтенштейн, Норвегия или Швейцария
country-ZZ = Другая страна

## Вопросы. Под каждым есть строка-подсказка.
question-country_now = В какой стране вы сейчас находитесь?
question-country_now-hint = От этого зависят правила и помощь, которые мы покажем.
question-in_danger_now = Вы в опасности прямо сейчас?
question-in_danger_now-hint = Например, кто-то может причинить вам вред сегодня.
question-nationality = Какое у вас гражданство?
question-nationality-hint = Страна, которая выдала ваш паспорт.
question-age = Сколько вам лет?
question-age-hint = Для детей правила другие. Ребёнок — это любой человек младше 18 лет.
question-age-number = Я знаю свой возраст
question-under_18_when_it_began = Вам было меньше 18 лет, когда началась эта работа или поездка?
question-under_18_when_it_began-hint = Некоторые права зависят от того, сколько вам было лет тогда, а не сейчас.
question-work_kind = Какую работу вы делаете или делали?
question-work_kind-hint = Выберите основную работу.
option-work_kind-domestic = Работа в доме (уборка, готовка, уход за детьми)
option-work_kind-agriculture = Работа на ферме или в поле
option-work_kind-construction = Работа на стройке
option-work_kind-fishing = Рыбный промысел или работа на судне
option-work_kind-care = Уход за пожилыми или больными людьми
option-work_kind-factory = Работа на фабрике или заводе
option-work_kind-hospitality = Гостиницы, рестораны или уборка
option-work_kind-sex_work = Секс-работа
option-work_kind-criminal_activity = Преступления, например выращивание или продажа наркотиков, кражи
option-work_kind-begging = Попрошайничество
option-work_kind-other = Другая работа
question-recruited = Кто-то нашёл вам эту работу или организовал вашу поездку?
question-recruited-hint = Например, агент, родственник или человек из интернета.
question-recruited_by = Кто нашёл вам работу или организовал поездку?
question-recruited_by-hint = Выберите самый подходящий вариант.
option-recruited_by-agency = Агентство или агент
option-recruited_by-relative = Родственник
option-recruited_by-partner = Парень, девушка, муж или жена
option-recruited_by-friend = Друг или подруга
option-recruited_by-stranger = Незнакомый человек
option-recruited_by-online = Человек из интернета
option-recruited_by-employer = Работодатель
option-recruited_by-other = Кто-то другой
question-forced_to_go = Вас увезли или заставили поехать против вашей воли?
question-forced_to_go-hint = Например, кто-то заставил вас поехать или увёз вас.
question-moved_by_others = Другие люди перевозили вас с места на место?
question-moved_by_others-hint = Например, вас отвезли в новое место или передали другим людям.
question-promise_broken = Ваша работа, оплата или жильё отличаются от того, что вам обещали?
question-promise_broken-hint = Например, другая работа, меньше денег или жильё хуже.
question-deceived_about_work = Работа отличается от той, которую вам обещали?
question-deceived_about_work-hint = Например, вам обещали работу в магазине, а вы работаете на ферме.
question-deceived_about_pay = Вам платят меньше, чем обещали?
question-deceived_about_pay-hint = Подумайте о деньгах, которые вы получаете на самом деле.
question-deceived_about_conditions = Ваши часы работы, жильё или работа хуже, чем вам обещали?
question-deceived_about_conditions-hint = Например, рабочий день длиннее или жильё хуже.
question-deceived_about_papers = Вам обещали визу или документы, которых вы не получили?
question-deceived_about_papers-hint = Например, разрешение на работу.
question-paid_recruitment_fee = Вы платили деньги, чтобы получить эту работу или эту поездку?
question-paid_recruitment_fee-hint = Например, плату агенту.
question-owes_debt = Вы должны деньги начальнику, агенту или людям, которые вас привезли?
question-owes_debt-hint = Например, за дорогу, еду или жильё.
question-debt_grows = Долг всё время растёт, даже когда вы работаете?
question-debt_grows-hint = Например, вам постоянно добавляют расходы.
question-must_work_off_debt = Вам говорят, что вы не можете уйти, пока не выплатите долг?
question-must_work_off_debt-hint = Или что вы должны работать, пока долг не будет выплачен.
question-journey = Как вы попали в эту страну?
question-journey-hint = Выберите самый подходящий вариант.
option-journey-regular = С визой или разрешением, через пограничный контроль
option-journey-smuggled = Кто-то за деньги провёз меня без нужных документов
option-journey-false_papers = С поддельными документами или с чужими документами
option-journey-no_border = Без пересечения границы
question-harmed_on_journey = В пути люди, которые вас перевозили, били вас, причиняли вам боль или жестоко обращались с вами?
question-harmed_on_journey-hint = Считается любой вред.
question-held_on_journey = В пути вас удерживали против вашей воли или ради денег?
question-held_on_journey-hint = Например, вас держали взаперти, пока кто-то не заплатит.
question-pay_problem = Вашу зарплату задерживают, урезают или не платят совсем?
question-pay_problem-hint = Также если большую её часть забирают за жильё, еду, сборы или штрафы.
question-documents_kept = Кто-то забрал и держит у себя ваш паспорт или удостоверение личности?
question-documents_kept-hint = Например, ваш начальник, агент или человек, который привёз вас сюда.
question-documents_held_by = У кого сейчас ваш паспорт или удостоверение личности?
question-documents_held_by-hint = Выберите самый подходящий вариант.
option-documents_held_by-themselves = Документ у меня
option-documents_held_by-employer = У моего начальника
option-documents_held_by-agent = У агента
option-documents_held_by-smuggler = У людей, которые перевезли меня через границу
option-documents_held_by-authorities = У полиции или миграционной службы
option-documents_held_by-other = У кого-то другого
option-documents_held_by-lost = Документ потерян или уничтожен
question-hurt_or_threatened = Кто-то причинял вам вред или угрожал вам или вашей семье?
question-hurt_or_threatened-hint = Сюда относятся и угрозы позвать полицию или миграционную службу.
question-threatened = Кто-то угрожал вам?
question-threatened-hint = Например, говорил, что причинит вам вред.
question-family_threatened = Кто-то угрожал вашей семье?
question-family_threatened-hint = Здесь или в вашей родной стране.
question-threatened_with_authorities = Кто-то говорил, что сообщит о вас в полицию или миграционную службу?
question-threatened_with_authorities-hint = Например, чтобы вы продолжали работать.
question-physical_violence = Кто-то бил вас или причинял вам боль?
question-physical_violence-hint = На работе или там, где вы живёте.
question-sexual_violence = Кто-то принуждал вас к сексу или трогал вас сексуально против вашей воли?
question-sexual_violence-hint = Можно выбрать «Не хочу отвечать».
question-locked_in = Вас запирают или не дают выходить?
question-locked_in-hint = На работе или там, где вы живёте.
question-watched = За вами всё время следят или ходят за вами?
question-watched-hint = Например, кто-то всегда ходит с вами.
question-isolated = Вам не дают говорить с семьёй или с другими людьми?
question-isolated-hint = Например, у вас забрали телефон.
question-cannot_leave = Если бы вы захотели уйти с этой работы, вам бы помешали?
question-cannot_leave-hint = Или с вами случилось бы что-то плохое?
question-lives_at_workplace = Вы живёте там, где работаете, или там, где решает начальник?
question-lives_at_workplace-hint = Например, в доме вашего начальника.
question-residence_status = Какие у вас документы, чтобы находиться в этой стране?
question-residence_status-hint = Выберите самый подходящий вариант.
option-residence_status-citizen = У меня гражданство этой страны
option-residence_status-permanent_resident = Я могу жить здесь постоянно
option-residence_status-work_permit = Рабочая виза или разрешение на работу
option-residence_status-student_or_visitor = Студенческая или гостевая виза
option-residence_status-asylum_seeker = Я прошу убежища, заявление подано
option-residence_status-refugee = У меня здесь статус беженца
option-residence_status-expired = Срок моей визы или разрешения закончился
option-residence_status-no_papers = У меня нет документов
question-tied_to_employer = В вашей визе сказано, что вы можете работать только у этого начальника?
question-tied_to_employer-hint = Или вам нужно разрешение начальника, чтобы сменить работу?
question-wages_withheld = Вашу зарплату задерживают или вам не платят совсем?
question-wages_withheld-hint = Например, начальник говорит, что заплатит потом.
question-large_deductions = Большую часть вашей зарплаты забирают за жильё, еду, сборы или штрафы?
question-large_deductions-hint = Деньги, которые вычитают до того, как вы получите зарплату.
question-hard_conditions = Рабочий день очень длинный, работа опасная или место, где вы спите, очень плохое?
question-hard_conditions-hint = Например, нет выходных, нет защитного снаряжения или комната тесная и грязная.
question-hours_per_day = Сколько часов вы работаете в обычный рабочий день?
question-hours_per_day-hint = Считайте все часы, вместе с перерывами.
question-hours_per_day-number = Я знаю число часов
question-days_off_per_week = Сколько выходных дней у вас в обычную неделю?
question-days_off_per_week-hint = Дни, когда вы совсем не работаете.
question-days_off_per_week-number = Я знаю число дней
question-unsafe_work = Ваша работа опасная, а у вас нет нужной защиты или обучения?
question-unsafe_work-hint = Например, химикаты без перчаток или масок.
question-degrading_living = Место, где вы живёте, очень плохое?
question-degrading_living-hint = Например, слишком много людей, грязно, нет воды или нет личного пространства.
question-made_to_do_things = Вас заставляли заниматься секс-работой или преступлениями, вступить в брак или отдать часть своего тела?
question-made_to_do_things-hint = Можно выбрать «Не хочу отвечать».
question-sexual_exploitation = Вас заставляют заниматься сексом с людьми или секс-работой, чтобы деньги получал кто-то другой?
question-sexual_exploitation-hint = Можно выбрать «Не хочу отвечать».
question-made_to_break_law = Вас заставляли нарушать закон?
question-made_to_break_law-hint = Например, выращивать или продавать наркотики, воровать или пользоваться поддельными документами.
question-forced_marriage = Вас заставили или заставляют вступить в брак?
question-forced_marriage-hint = Брак, на который вы не соглашались.
question-organ_removal = Кто-то забрал у вас часть тела, например почку, или пытался заставить вас её отдать?
question-organ_removal-hint = Также если вам обещали за это деньги.
question-fear_of_return = Вы боитесь того, что случится, если вы вернётесь в свою страну?
question-fear_of_return-hint = Подумайте об опасности для вас там.
question-fear_reason = Почему вы боитесь возвращаться?
question-fear_reason-hint = Выберите главную причину.
option-fear_reason-traffickers = Людей, которые меня эксплуатировали, или что я снова попаду в ловушку
option-fear_reason-persecution = Из-за моей расы, религии, национальности, группы или политических взглядов
option-fear_reason-torture = Пыток или очень жестокого обращения
option-fear_reason-family_or_community = Насилия со стороны моей семьи или общины
option-fear_reason-other = Другая причина
question-wants_to_go_home = Вы хотите вернуться домой?
question-wants_to_go_home-hint = В страну, из которой вы приехали.
question-needs_help_now = Вам нужна помощь прямо сейчас: со здоровьем, с языком, с детьми или с возвращением домой?
question-needs_help_now-hint = Если да, мы зададим ещё несколько вопросов, чтобы показать вам нужную помощь.
question-children_with_them = С вами есть дети?
question-children_with_them-hint = Дети младше 18 лет, которые живут с вами.
question-health_needs = Вам нужен врач или медицинская помощь?
question-health_needs-hint = Для тела или для душевного здоровья.
question-speaks_local_language = Вы говорите на языке страны, в которой находитесь?
question-speaks_local_language-hint = Достаточно, чтобы поговорить с врачом или полицией.
question-still_there = Вы всё ещё работаете там или всё ещё с этими людьми?
question-still_there-hint = Некоторые права зависят от этого.
question-reported_to_police = Вы сообщали в полицию?
question-reported_to_police-hint = О том, что с вами случилось.
question-willing_to_help_police = Вы готовы помочь полиции в расследовании?
question-willing_to_help_police-hint = Некоторые права зависят от этого. Если вы ответите «нет», помощь всё равно можно получить.

## Проверьте ваши ответы
check-heading = Проверьте ваши ответы
check-intro = Вы можете изменить любой ответ, прежде чем увидите результаты.
check-continue = Посмотреть, что показывают ваши ответы

## Об этом инструменте
about-heading = Об этом инструменте
about-what = Этот инструмент помогает мигрантам проверить, есть ли признаки торговли людьми, принудительного труда или другого вреда, и показывает права и помощь, которые могут к ним относиться. Это информация, а не юридическая консультация.
about-translation-heading = Об этом языке
about-sources-heading = Откуда взяты правовые сведения
about-sources = У каждого показанного права есть правовой источник и дата, с которой оно действует. Сведения, которые мы не смогли сверить с официальным текстом, отмечены как непроверенные.
protection-more = Подробнее об этом праве
loading-wait = Ещё загружается. Пожалуйста, попробуйте ещё раз через минуту.

## Вопросы о зарплате, которую вам должны
question-work_out_pay = Хотите посчитать, сколько зарплаты вам могут быть должны?
question-work_out_pay-hint = Это ещё примерно шесть вопросов. Юрист может использовать эту сумму.
question-work_began = Когда вы начали эту работу?
question-work_began-hint = Достаточно месяца и года.
question-work_ended = Когда закончилась эта работа?
question-work_ended-hint = Если вы всё ещё там работаете, выберите этот ответ.
question-pay_promised = Какую зарплату вам обещали?
question-pay_promised-hint = Напишите сумму и выберите, за какой срок: за час, день, неделю или месяц.
question-pay_received = Сколько денег вы на самом деле получили, всего?
question-pay_received-hint = Сложите все деньги, которые вы получили за эту работу. Можно примерно.
question-deductions_total = Сколько всего вычли из вашей зарплаты?
question-deductions_total-hint = Например, за жильё, еду, сборы, штрафы или «долг». Можно примерно.
question-recruitment_fees_paid = Сколько вы заплатили, чтобы получить эту работу или поездку?
question-recruitment_fees_paid-hint = Сложите все платежи агентам или другим людям.
question-paid_to_someone_else = Вашу зарплату отдавали кому-то другому, а не вам?
question-paid_to_someone_else-hint = Например, агенту или начальнику.
answer-kind-month = Я знаю месяц
answer-still_working = Я всё ещё там работаю
answer-kind-amount = Я знаю сумму
input-month = Месяц
input-year = Год
input-amount = Сумма
input-currency = Валюта
input-per = За какой срок
per-hour = в час
per-day = в день
per-week = в неделю
per-month = в месяц
answer-pay = { $amount } { $per }
error-month = Выберите месяц и напишите год четырьмя цифрами, например 2024.
error-amount = Напишите сумму цифрами, например 1200 или 1200,50.

## Зарплата, которую вам должны, в результатах

## Краткое описание дела

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = Сохранить мои ответы
open-link = Открыть сохранённые ответы

## Listen
listen = Слушать
listen-stop = Остановить
about-listen-heading = Чтение вслух
about-listen-some = Кнопка «Слушать» читает слова вслух голосом, который есть на этом устройстве. Слова никогда не покидают устройство. Это устройство может читать вслух на таких языках: { $languages }.
about-listen-none = На этом устройстве нет голоса для чтения вслух, поэтому кнопки «Слушать» нет. Инструмент использует только голос, который есть на устройстве, поэтому слова никогда его не покидают.

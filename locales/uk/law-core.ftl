# Entitle: Ukrainian. Повідомлення для правових даних рівнів Організації Об’єднаних Націй, МОП, Ради Європи та Європейського Союзу і міжнародного базового рівня. Оригінал написала команда Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Організація Об’єднаних Націй
protection-un-palermo_tip-art_6_3-recovery_assistance = Допомога, щоб відновитися після шкоди
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = Ви можете отримати безпечне місце для проживання, медичну допомогу і допомогу зрозумілою вам мовою.
protection-un-palermo_tip-art_6_6-compensation = Гроші за заподіяну вам шкоду
protection-un-palermo_tip-art_6_6-compensation-gives = Ви можете попросити гроші як компенсацію за шкоду, якої ви зазнали.
protection-un-palermo_tip-art_7-permission_to_remain = Дозвіл залишитися в країні
protection-un-palermo_tip-art_7-permission_to_remain-gives = Вам можуть дозволити залишитися в країні на деякий час або довше.
protection-un-palermo_tip-art_8-safe_return = Безпечне повернення додому
protection-un-palermo_tip-art_8-safe_return-gives = Якщо ви хочете повернутися додому, ви можете попросити допомоги, щоб безпечно доїхати назад.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = Без покарання лише за те, що вас незаконно ввезли
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = Вас не мають обвинувачувати у злочині лише через те, що хтось незаконно ввіз вас у країну.
protection-un-smuggling_protocol-art_16-protection_from_violence = Захист від насильства
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = Ви можете попросити захисту, якщо хтось заподіює вам шкоду або погрожує вам. Якщо ваше життя чи безпека під загрозою, ви можете попросити допомоги.
protection-un-refugee_convention-art_33-non_refoulement = Заборона відправляти назад у небезпеку
protection-un-refugee_convention-art_33-non_refoulement-gives = Ви можете попросити, щоб вас не відправляли до країни, де ваше життя чи свобода були б під загрозою.
protection-un-cat-art_3-no_return_to_torture = Заборона відправляти туди, де катують
protection-un-cat-art_3-no_return_to_torture-gives = Ви можете попросити, щоб вас не відправляли до країни, де вас можуть катувати.
protection-un-crc-art_39-child_recovery = Догляд і відновлення для дітей
protection-un-crc-art_39-child_recovery-gives = Діти, яким заподіяли шкоду або яких використовували, можуть отримати догляд, щоб відновити тіло і психіку, у безпечному місці.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = Справедлива оплата навіть без документів
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = Ви можете вимагати такої самої оплати і таких самих правил праці, як у місцевих працівників, навіть якщо не маєте документів.
caveat-shall_consider = Країна має розглянути можливість надати вам це, але не зобов’язана це надавати.
caveat-other_offences_still_possible = Вас усе ж можуть обвинуватити за інші вчинені вами дії, які є злочинами в цій країні.
instrument-un-icrmw = Міжнародна конвенція про захист прав усіх трудящих-мігрантів і членів їхніх сімей (1990)
instrument-un-palermo_tip = Протокол ООН про попередження і припинення торгівлі людьми (Палермський протокол, 2000)
instrument-un-smuggling_protocol = Протокол ООН проти незаконного ввозу мігрантів по суші, морю і повітрю (2000)
instrument-un-refugee_convention = Конвенція ООН про статус біженців (1951)
instrument-un-cat = Конвенція ООН проти катувань (1984)
instrument-un-crc = Конвенція ООН про права дитини (1989)
instrument-unhcr-gip_7 = Керівні принципи УВКБ ООН щодо міжнародного захисту № 7: жертви торгівлі людьми (2006)

## Міжнародна організація праці
protection-ilo-p29-art_3-identification_and_recovery = Допомога, щоб звільнитися і відновитися
protection-ilo-p29-art_3-identification_and_recovery-gives = Ви можете отримати допомогу, щоб вийти з примусової праці, безпечне місце для проживання і медичну допомогу.
protection-ilo-p29-art_4_1-remedies_and_compensation = Гроші за примусову працю
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = Ви можете попросити гроші за заподіяну вам шкоду і за оплату, якої ви не отримали.
protection-ilo-p29-art_4_2-non_punishment = Без покарання за те, до чого вас змусили
protection-ilo-p29-art_4_2-non_punishment-gives = Можливо, вас не покарають за те, що вас змусили робити, коли ви були в примусовій праці.
instrument-ilo-c189 = Конвенція МОП про гідну працю домашніх працівників, 2011 (№ 189)
instrument-ilo-fl_indicators = Індикатори примусової праці МОП (2012)
instrument-ilo-icls_2018_fl = Керівні принципи МОП щодо вимірювання примусової праці (2018)
instrument-ilo-c29 = Конвенція МОП про примусову чи обов’язкову працю, 1930 (№ 29)
instrument-ilo-p29 = Протокол МОП 2014 року до Конвенції про примусову працю
instrument-ilo-fair_recruitment = Загальні принципи та операційні настанови МОП щодо справедливого найму (2019)
instrument-ilo-delphi_2009 = Операційні індикатори торгівлі людьми МОП і Європейської комісії (2009)

## Рада Європи
protection-coe-ecat-art_10_2-no_removal_during_identification = Вас не висилають, поки перевіряють вашу справу
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = Вас не мають висилати з країни, поки органи влади перевіряють, що з вами сталося.
protection-coe-ecat-art_10_3-presumed_child = Якщо вік неясний, з вами поводяться як з дитиною
protection-coe-ecat-art_10_3-presumed_child-gives = Якщо ніхто точно не знає, скільки вам років, з вами можуть поводитися як з дитиною і надати вам захист для дітей, поки це з’ясовують.
protection-coe-ecat-art_12-assistance = Допомога з житлом, здоров’ям і порадами
protection-coe-ecat-art_12-assistance-gives = Ви можете отримати безпечне місце для проживання, медичну допомогу, перекладача і поради щодо ваших прав. Щоб отримати цю допомогу, вам не треба бути свідком.
protection-coe-ecat-art_13-recovery_period = Час відпочити і відновитися
protection-coe-ecat-art_13-recovery_period-gives = Ви можете мати час, щоб відпочити, почуватися безпечніше і вирішити, що робити. У цей час вас не мають висилати.
protection-coe-ecat-art_14-residence_permit = Дозвіл залишитися на деякий час
protection-coe-ecat-art_14-residence_permit-gives = Ви можете отримати дозвіл жити в країні деякий час і можете попросити його продовжити.
protection-coe-ecat-art_15-compensation_and_legal_aid = Гроші за шкоду і правова допомога
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = Ви можете отримати інформацію і правову допомогу, а також можете вимагати гроші від людей, які заподіяли вам шкоду.
protection-coe-ecat-art_16-safe_return = Безпечне повернення додому
protection-coe-ecat-art_16-safe_return-gives = Якщо ви хочете повернутися додому, ви можете попросити допомоги, щоб повернутися безпечно, з увагою до вашої безпеки і ваших прав.
protection-coe-ecat-art_26-non_punishment = Без покарання за те, до чого вас змусили
protection-coe-ecat-art_26-non_punishment-gives = Можливо, вас не покарають за злочини, які вас змусили вчинити.
caveat-state_chooses_personal_or_cooperation = Кожна країна сама вирішує, чому надає цей дозвіл: через вашу особисту ситуацію, через те, що ви допомагаєте поліції, або з обох причин.
instrument-coe-ecat = Конвенція Ради Європи про заходи щодо протидії торгівлі людьми (2005)
instrument-coe-echr = Конвенція про захист прав людини і основоположних свобод (Європейська конвенція з прав людини, 1950)
instrument-echr-siliadin = Сіліадін проти Франції (Siliadin v. France), Європейський суд з прав людини (2005)

## Європейський Союз
protection-eu-directive_2011_36-art_11-assistance = Допомога з житлом, здоров’ям і мовою
protection-eu-directive_2011_36-art_11-assistance-gives = Ви можете отримати безпечне місце для проживання, медичну допомогу і перекладача. Щоб отримати цю допомогу, вам не треба допомагати поліції.
protection-eu-directive_2011_36-art_8-non_prosecution = Без покарання за те, до чого вас змусили
protection-eu-directive_2011_36-art_8-non_prosecution-gives = Можливо, вас не обвинуватять і не покарають за злочини, які вас змусили вчинити.
protection-eu-directive_2011_36-art_12-free_legal_representation = Безоплатний юрист і юридична консультація
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = Ви можете отримати юридичну консультацію, а також безоплатного юриста, якщо не можете заплатити.
protection-eu-directive_2011_36-art_13_2-presumed_child = Якщо вік неясний, з вами поводяться як з дитиною
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = Якщо ніхто точно не знає, скільки вам років, з вами можуть поводитися як з дитиною і одразу надати допомогу для дітей.
protection-eu-directive_2011_36-art_17-compensation = Гроші за заподіяну вам шкоду
protection-eu-directive_2011_36-art_17-compensation-gives = Ви можете попросити гроші з державного фонду для жертв насильницьких злочинів як компенсацію за заподіяну вам шкоду.
protection-eu-directive_2004_81-art_6-reflection_period = Час подумати і відновитися
protection-eu-directive_2004_81-art_6-reflection_period-gives = Ви можете мати час, щоб відновитися, віддалитися від людей, які заподіяли вам шкоду, і вирішити, чи хочете ви допомагати поліції.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = Дозвіл залишитися, поки ви допомагаєте
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = Ви можете отримати дозвіл залишитися в країні, поки допомагаєте поліції або суду у справі.
protection-eu-directive_2009_52-art_6-back_pay = Оплата, яку вам винен роботодавець
protection-eu-directive_2009_52-art_6-back_pay-gives = Ви можете вимагати від роботодавця оплату, якої не отримали, навіть якщо не мали права працювати.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = Дозвіл залишитися після дуже поганої роботи
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = Якщо ви поскаржитеся на роботодавця, який поводився з вами дуже погано, ви можете отримати дозвіл залишитися, поки триває справа.
protection-eu-directive_2012_29-art_8-victim_support = Безоплатна підтримка після злочину
protection-eu-directive_2012_29-art_8-victim_support-gives = Ви можете отримати безоплатну конфіденційну підтримку і поради від служби підтримки, навіть якщо не повідомляєте про злочин.
caveat-may_grant = Країні дозволено надати вам це, але вона не зобов’язана.
instrument-eu-directive_2011_36 = Директива ЄС про протидію торгівлі людьми 2011/36/EU
instrument-eu-directive_2024_1712 = Директива (EU) 2024/1712, що змінює Директиву ЄС про протидію торгівлі людьми
instrument-eu-directive_2004_81 = Директива ЄС 2004/81/EC про дозволи на проживання для жертв торгівлі людьми
instrument-eu-directive_2009_52 = Директива ЄС про санкції щодо роботодавців 2009/52/EC
instrument-eu-directive_2012_29 = Директива ЄС про права потерпілих 2012/29/EU

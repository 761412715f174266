# Entitle: Russian. Сообщения для правовых данных уровней ООН, МОТ, Совета Европы и Европейского союза и международной базы. Английский текст написан командой Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Организация Объединённых Наций
protection-un-palermo_tip-art_6_3-recovery_assistance = Помощь, чтобы восстановиться после вреда
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = Вам могут дать безопасное жильё, медицинскую помощь и помощь на понятном вам языке.
protection-un-palermo_tip-art_6_6-compensation = Деньги за причинённый вам вред
protection-un-palermo_tip-art_6_6-compensation-gives = Вы можете попросить деньги, чтобы возместить вред, который вы пережили.
protection-un-palermo_tip-art_7-permission_to_remain = Разрешение остаться в стране
protection-un-palermo_tip-art_7-permission_to_remain-gives = Вам могут разрешить остаться в стране на время или дольше.
protection-un-palermo_tip-art_8-safe_return = Безопасное возвращение домой
protection-un-palermo_tip-art_8-safe_return-gives = Если вы хотите вернуться домой, вы можете попросить помощи, чтобы безопасно доехать.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = Без наказания только за то, что вас незаконно ввезли
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = Вас не должны обвинять в преступлении только потому, что кто-то незаконно ввёз вас в страну.
protection-un-smuggling_protocol-art_16-protection_from_violence = Защита от насилия
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = Вы можете попросить защиты, если кто-то причиняет вам вред или угрожает вам. Если ваша жизнь или безопасность в опасности, вы можете попросить помощи.
protection-un-refugee_convention-art_33-non_refoulement = Запрет отправлять туда, где опасно
protection-un-refugee_convention-art_33-non_refoulement-gives = Вы можете попросить, чтобы вас не отправляли в страну, где ваша жизнь или свобода будут в опасности.
protection-un-cat-art_3-no_return_to_torture = Запрет отправлять туда, где пытают
protection-un-cat-art_3-no_return_to_torture-gives = Вы можете попросить, чтобы вас не отправляли в страну, где вас могут подвергнуть пыткам.
protection-un-crc-art_39-child_recovery = Забота и восстановление для детей
protection-un-crc-art_39-child_recovery-gives = Дети, которым причинили вред или которых использовали, могут получить заботу, чтобы восстановить тело и душевное здоровье, в безопасном месте.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = Честная оплата, даже без документов
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = Вы можете требовать такой же оплаты и таких же правил работы, как у местных работников, даже если у вас нет документов.
caveat-shall_consider = Страна должна рассмотреть, дать ли вам это, но она не обязана это давать.
caveat-other_offences_still_possible = Вас всё равно могут обвинить в других делах, которые в этой стране считаются преступлениями.
instrument-un-icrmw = Международная конвенция о защите прав всех трудящихся-мигрантов и членов их семей (1990)
instrument-un-palermo_tip = Протокол ООН о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за неё (Палермский протокол, 2000)
instrument-un-smuggling_protocol = Протокол ООН против незаконного ввоза мигрантов по суше, морю и воздуху (2000)
instrument-un-refugee_convention = Конвенция ООН о статусе беженцев (1951)
instrument-un-cat = Конвенция ООН против пыток и других жестоких, бесчеловечных или унижающих достоинство видов обращения и наказания (1984)
instrument-un-crc = Конвенция ООН о правах ребёнка (1989)
instrument-unhcr-gip_7 = Руководящие принципы УВКБ ООН по международной защите № 7: жертвы торговли людьми (2006)

## Международная организация труда
protection-ilo-p29-art_3-identification_and_recovery = Помощь, чтобы освободиться и восстановиться
protection-ilo-p29-art_3-identification_and_recovery-gives = Вам могут помочь уйти от принудительного труда, дать безопасное место, где жить, и медицинскую помощь.
protection-ilo-p29-art_4_1-remedies_and_compensation = Деньги за принудительный труд
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = Вы можете попросить деньги за причинённый вам вред и за зарплату, которую вы не получили.
protection-ilo-p29-art_4_2-non_punishment = Без наказания за то, к чему вас принудили
protection-ilo-p29-art_4_2-non_punishment-gives = Вас могут не наказывать за то, к чему вас принуждали, пока вы были в принудительном труде.
instrument-ilo-c189 = Конвенция МОТ 2011 года о достойном труде домашних работников (№ 189)
instrument-ilo-fl_indicators = Индикаторы принудительного труда МОТ (2012)
instrument-ilo-icls_2018_fl = Руководящие принципы МОТ в отношении измерения принудительного труда (2018)
instrument-ilo-c29 = Конвенция МОТ 1930 года о принудительном труде (№ 29)
instrument-ilo-p29 = Протокол МОТ 2014 года к Конвенции 1930 года о принудительном труде
instrument-ilo-fair_recruitment = Общие принципы и оперативные руководящие указания МОТ по справедливому найму (2019)
instrument-ilo-delphi_2009 = Оперативные индикаторы торговли людьми МОТ и Европейской комиссии (2009)

## Совет Европы
protection-coe-ecat-art_10_2-no_removal_during_identification = Вас не высылают, пока проверяют ваше дело
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = Вас не должны отправлять из страны, пока власти проверяют, что с вами случилось.
protection-coe-ecat-art_10_3-presumed_child = Если возраст неясен, к вам относятся как к ребёнку
protection-coe-ecat-art_10_3-presumed_child-gives = Если никто точно не знает, сколько вам лет, к вам могут относиться как к ребёнку и защищать как ребёнка, пока это выясняют.
protection-coe-ecat-art_12-assistance = Помощь с жильём, здоровьем и советами
protection-coe-ecat-art_12-assistance-gives = Вам могут дать безопасное жильё, медицинскую помощь, переводчика и советы о ваших правах. Чтобы получить эту помощь, не нужно быть свидетелем.
protection-coe-ecat-art_13-recovery_period = Время, чтобы отдохнуть и восстановиться
protection-coe-ecat-art_13-recovery_period-gives = Вам могут дать время, чтобы отдохнуть, почувствовать себя в большей безопасности и решить, что делать. В это время вас не должны высылать.
protection-coe-ecat-art_14-residence_permit = Разрешение остаться на время
protection-coe-ecat-art_14-residence_permit-gives = Вам могут дать вид на жительство в стране на время, и вы можете попросить его продлить.
protection-coe-ecat-art_15-compensation_and_legal_aid = Деньги за вред и юридическая помощь
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = Вы можете получить информацию и юридическую помощь и можете требовать деньги от людей, которые причинили вам вред.
protection-coe-ecat-art_16-safe_return = Безопасное возвращение домой
protection-coe-ecat-art_16-safe_return-gives = Если вы хотите вернуться домой, вы можете попросить помощи, чтобы вернуться безопасно, с учётом вашей безопасности и ваших прав.
protection-coe-ecat-art_26-non_punishment = Без наказания за то, к чему вас принудили
protection-coe-ecat-art_26-non_punishment-gives = Вас могут не наказывать за преступления, которые вас заставили совершить.
caveat-state_chooses_personal_or_cooperation = Каждая страна сама решает, почему она даёт это разрешение: из-за вашего личного положения, потому что вы помогаете полиции, или по обеим причинам.
instrument-coe-ecat = Конвенция Совета Европы о противодействии торговле людьми (2005)
instrument-coe-echr = Европейская конвенция о защите прав человека и основных свобод (1950)
instrument-echr-siliadin = «Силиадин против Франции», Европейский суд по правам человека (2005)

## Европейский союз
protection-eu-directive_2011_36-art_11-assistance = Помощь с жильём, здоровьем и языком
protection-eu-directive_2011_36-art_11-assistance-gives = Вам могут дать безопасное жильё, медицинскую помощь и переводчика. Чтобы получить эту помощь, не нужно помогать полиции.
protection-eu-directive_2011_36-art_8-non_prosecution = Без наказания за то, к чему вас принудили
protection-eu-directive_2011_36-art_8-non_prosecution-gives = Вас могут не обвинять и не наказывать за преступления, которые вас заставили совершить.
protection-eu-directive_2011_36-art_12-free_legal_representation = Бесплатный юрист и юридические советы
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = Вы можете получить юридический совет, а если не можете заплатить — бесплатного юриста.
protection-eu-directive_2011_36-art_13_2-presumed_child = Если возраст неясен, к вам относятся как к ребёнку
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = Если никто точно не знает, сколько вам лет, к вам могут относиться как к ребёнку и сразу дать помощь для детей.
protection-eu-directive_2011_36-art_17-compensation = Деньги за причинённый вам вред
protection-eu-directive_2011_36-art_17-compensation-gives = Вы можете попросить деньги из государственного фонда для жертв насильственных преступлений, чтобы возместить причинённый вам вред.
protection-eu-directive_2004_81-art_6-reflection_period = Время, чтобы подумать и восстановиться
protection-eu-directive_2004_81-art_6-reflection_period-gives = Вам могут дать время, чтобы восстановиться, уйти от людей, которые причинили вам вред, и решить, хотите ли вы помогать полиции.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = Разрешение остаться, пока вы помогаете
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = Вам могут дать разрешение на пребывание в стране, пока вы помогаете полиции или суду по делу.
protection-eu-directive_2009_52-art_6-back_pay = Зарплата, которую вам должен работодатель
protection-eu-directive_2009_52-art_6-back_pay-gives = Вы можете требовать у работодателя зарплату, которую не получили, даже если у вас не было права работать.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = Разрешение остаться после очень плохой работы
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = Если вы подадите жалобу на работодателя, который очень плохо с вами обращался, вам могут дать разрешение на пребывание, пока идёт дело.
protection-eu-directive_2012_29-art_8-victim_support = Бесплатная поддержка после преступления
protection-eu-directive_2012_29-art_8-victim_support-gives = Вы можете получить бесплатную и конфиденциальную поддержку и советы от службы поддержки, даже если вы не сообщаете о преступлении.
caveat-may_grant = Страна имеет право дать вам это, но не обязана.
instrument-eu-directive_2011_36 = Директива ЕС 2011/36/EU о борьбе с торговлей людьми
instrument-eu-directive_2024_1712 = Директива (EU) 2024/1712, изменяющая Директиву ЕС о борьбе с торговлей людьми
instrument-eu-directive_2004_81 = Директива ЕС 2004/81/EC о видах на жительство для жертв торговли людьми
instrument-eu-directive_2009_52 = Директива ЕС 2009/52/EC о санкциях против работодателей
instrument-eu-directive_2012_29 = Директива ЕС 2012/29/EU о правах жертв

# Entitle: Ukrainian. Повідомлення для правових даних Великої Британії, Сполучених Штатів, Канади та Австралії. Оригінал написала команда Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Велика Британія
protection-gb-nrm_guidance-first_responders-nrm_referral = Направлення на офіційну підтримку
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = Поліцейський, працівник місцевої ради або благодійна організація підтримки можуть передати ваші дані до британської системи підтримки. Тоді вашу справу можуть розглянути, і ви зможете отримати допомогу.
caveat-first_responder_only_adults_consent = Ви не можете направити себе самі. Це мають зробити поліція, місцева рада або схвалена благодійна організація. Якщо ви дорослі, спершу їм потрібна ваша згода.
protection-gb-nrm_guidance-recovery-recovery_period = Час відпочити і відновитися з підтримкою
protection-gb-nrm_guidance-recovery-recovery_period-gives = Ви можете отримати безпечне місце для проживання, медичну допомогу, перекладача і людину, яка підтримуватиме вас, поки розглядають вашу справу.
caveat-public_order_disqualification = Home Office може відмовити в цій допомозі, якщо вважає, що ви небезпечні для суспільства. Він також може відмовити, якщо вважає, що ви не були чесні щодо того, що сталося.
protection-gb-msa_2015-s_45_1-defence_for_adults = Захист у суді, якщо вас змусили порушити закон
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = Якщо вас змусили зробити щось незаконне, бо вас експлуатували, ви можете сказати про це суду. Це може бути захистом від обвинувачення.
protection-gb-msa_2015-s_45_4-defence_for_children = Захист у суді для дітей, яких змусили порушити закон
protection-gb-msa_2015-s_45_4-defence_for_children-gives = Якщо ви зробили щось незаконне, бо вас експлуатували, ви можете сказати про це суду, і це може бути захистом. Вам не треба доводити, що вас змусили.
caveat-schedule_4_offences_excluded = Цей захист не охоплює деякі дуже тяжкі злочини, як-от убивство або тяжкі насильницькі чи сексуальні злочини. Він діє лише в Англії та Уельсі.
protection-gb-msa_2015-s_8-reparation_order = Виплата, яку суд наказує зробити тому, хто вас експлуатував
protection-gb-msa_2015-s_8-reparation_order-gives = Суд може наказати людині, яка вас експлуатувала, заплатити вам гроші за шкоду, яку вона вам заподіяла.
caveat-needs_conviction_and_confiscation_order = Це буває, лише якщо цю людину визнають винною і суд забирає в неї гроші. Ви не можете отримати більше, ніж забрав суд.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = Тимчасовий дозвіл залишитися у Великій Британії
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = Вам можуть дозволити залишитися у Великій Британії на деякий час. Це може бути, щоб відновитися, щоб вимагати гроші за заподіяну вам шкоду або щоб допомагати поліції.
caveat-recovery_ground_paused = Зараз Home Office не ухвалює рішень щодо заяв про дозвіл залишитися для відновлення. Він також не ухвалює рішень щодо жодної заяви людини, щодо якої є наказ про депортацію.

## Сполучені Штати Америки
protection-us-t_rule_2002-s_214_11-t_status_adult = Віза T для дорослих (старі правила)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = Ви можете попросити візу, яка дозволяє жити і працювати в США кілька років. Пізніше ви, можливо, зможете подати заяву, щоб залишитися назавжди.
caveat-trauma_exception_and_extreme_hardship = Якщо через травму вам надто важко допомагати поліції, можливо, вам не доведеться цього робити. Але ви маєте показати, що виїзд із США завдав би вам дуже тяжкої шкоди.
protection-us-t_rule_2002-s_214_11-t_status_child = Віза T для дітей (старі правила)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = Ви можете попросити візу, яка дозволяє жити, навчатися і працювати в США кілька років. Пізніше ви, можливо, зможете подати заяву, щоб залишитися назавжди.
caveat-extreme_hardship_required = Ви маєте показати, що якщо вас змусять виїхати зі США, це завдасть вам дуже серйозної шкоди.
protection-us-t_rule_2024-s_214_202-t_status_adult = Віза T для дорослих
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = Ви можете попросити візу, яка дозволяє жити і працювати в США кілька років. Пізніше ви, можливо, зможете подати заяву, щоб залишитися назавжди.
protection-us-t_rule_2024-s_214_202-t_status_child = Віза T для дітей
protection-us-t_rule_2024-s_214_202-t_status_child-gives = Ви можете попросити візу, яка дозволяє жити, навчатися і працювати в США кілька років. Пізніше ви, можливо, зможете подати заяву, щоб залишитися назавжди.
protection-us-tvpa_2000-s_107_c_3-continued_presence = Дозвіл залишитися на час поліцейського розслідування
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = Вам можуть дозволити залишитися в США і легально працювати, поки розслідують злочин проти вас.
caveat-requested_by_law_enforcement_only = Ви не можете попросити про це самі. Лише поліція або інший правоохоронний орган може попросити про це для вас.
protection-us-ina-s_101_a_15_u-u_status = Віза U для людей, які постраждали від тяжких злочинів
protection-us-ina-s_101_a_15_u-u_status-gives = Ви можете попросити візу, яка дозволяє жити і працювати в США кілька років. Пізніше ви, можливо, зможете подати заяву, щоб залишитися назавжди.
caveat-certification_and_substantial_abuse_required = Вам потрібна підписана форма від поліції або іншого органу про те, що ви їм допомогли. Ви також маєте показати, що злочин завдав вам тяжкої шкоди, фізичної або психічної.
protection-us-usc_18-s_1593-mandatory_restitution = Виплата за ваші втрати за наказом суду
protection-us-usc_18-s_1593-mandatory_restitution-gives = Суд може наказати людині, яка вас експлуатувала, відшкодувати вам втрати, зокрема зарплату, яку вам мали заплатити.
caveat-only_on_conviction = Ви отримаєте ці гроші, лише якщо цю людину визнає винною кримінальний суд.
protection-us-usc_18-s_1595-civil_action = Вимагати через суд гроші за шкоду
protection-us-usc_18-s_1595-civil_action-gives = Ви можете подати власний позов до суду, щоб вимагати гроші від людини, яка вас експлуатувала. Ви також можете вимагати їх від будь-кого, хто свідомо на цьому заробив.
caveat-stayed_during_criminal_case = Якщо є кримінальна справа щодо того самого злочину, ваша власна справа має чекати, поки ту справу не завершать.
protection-us-flsa-s_16_b-back_wages = Отримати назад невиплачену зарплату
protection-us-flsa-s_16_b-back_wages-gives = Ви можете вимагати мінімальну зарплату і понаднормові, які вам винні, і ще таку саму суму додатково.
caveat-any_immigration_status = Уряд каже, що це діє, навіть якщо у вас немає документів. Але деякі суди обмежують інші види втраченої оплати для працівників без документів.

## Канада
protection-ca-irpa-s_24-vtip_trp_until_2025 = Дозвіл залишитися в Канаді (старі правила)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = Ви можете попросити дозвіл легально залишатися в Канаді деякий час. Тоді ви зможете відпочити, відновитися і вирішити, що робити далі.
protection-ca-irpa-s_24-vtip_trp = Дозвіл залишитися в Канаді
protection-ca-irpa-s_24-vtip_trp-gives = Ви можете попросити дозвіл легально залишатися в Канаді, щоб бути в безпеці, відновитися і спланувати, що робити далі.
protection-ca-ircc_vtip-subsequent_trp-further_permit = Новий дозвіл, щоб залишатися далі
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = Коли строк вашого дозволу закінчується, ви можете попросити новий, щоб залишатися в Канаді довше.
caveat-later_permits_refused_after_criminal_case = Правила кажуть, що вам не треба допомагати поліції. Але деяким людям відмовили в новому дозволі після завершення кримінальної справи.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = Медична допомога, поки у вас є дозвіл
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = Ви можете отримати медичну допомогу і психологічне консультування, за які платить уряд.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = Дозвіл на роботу в Канаді
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = Ви можете попросити дозвіл, який дозволяє легально працювати в Канаді, щоб ви могли безпечно заробляти гроші.

## Австралія
protection-au-stpp-intensive_support_stream-support = Підтримка з житлом, здоров’ям і порадами
protection-au-stpp-intensive_support_stream-support-gives = Ви можете отримати безпечне місце для проживання, медичну допомогу, психологічне консультування і перекладача. Ви також можете отримати поради щодо закону і віз, а також працівника підтримки, який вам допомагатиме.
caveat-afp_referral_required = Ви можете отримати цю підтримку, лише якщо вас на неї направить Australian Federal Police.
protection-au-stpp-additional_referral_pathway-referral_without_police = Отримати допомогу, не звертаючись до поліції
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = Ви можете поговорити зі службою підтримки про те, як бути в безпеці, і отримати безоплатну юридичну консультацію. Вони можуть допомогти вам приєднатися до програми підтримки, не звертаючись до поліції.
caveat-under_16_without_guardian_referred_to_child_protection = Якщо вам менше 16 років і про вас не піклується жоден безпечний дорослий, служба має натомість направити вас до служби захисту дітей і до поліції.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = Отримати допомогу без поліції (продовження)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = Ви можете поговорити зі службою підтримки про те, як бути в безпеці, і отримати безоплатну юридичну консультацію. Вони можуть допомогти вам приєднатися до програми підтримки, не звертаючись до поліції.
caveat-extension_end_date_unknown = Цей шлях отримання допомоги продовжили, але ми не знаємо, коли він закінчується, тож перевірте, чи він ще діє.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = Коротка віза, щоб відпочити і відновитися
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = Ви можете отримати коротку візу, щоб легально залишатися в Австралії, поки відпочиваєте, відновлюєтеся і думаєте, що робити далі.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = Постійна віза, щоб залишитися в Австралії
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = Ви, можливо, зможете залишитися в Австралії назавжди і будувати тут своє життя.
caveat-certificate_of_contribution_required = Вам потрібен державний документ про те, що ви вже допомогли поліцейській справі або судовому процесу; готовності допомогти недостатньо.

## Назви правових джерел
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (закон Великої Британії про сучасне рабство)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (закон Великої Британії про громадянство і кордони)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009) (настанови міністерства внутрішніх справ Великої Британії щодо Національного механізму направлення)
instrument-us-ina = US Immigration and Nationality Act of 1952 (закон США про імміграцію і громадянство)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (закон США про захист жертв торгівлі людьми)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948) (Кодекс США, розділ 18: злочини і кримінальний процес)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002) (правила США щодо статусу T)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024) (остаточні правила США щодо статусу T)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007) (правила США щодо статусу U)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (закон США про справедливі трудові стандарти)
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001) (закон Канади про імміграцію і захист біженців)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006) (інструкції IRCC Канади щодо тимчасових дозволів на перебування для жертв торгівлі людьми)
instrument-au-stpp = Australian Support for Trafficked People Program (2004) (австралійська програма підтримки постраждалих від торгівлі людьми)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (міграційні правила Австралії)

## Вимоги щодо оплати: закони про мінімальну зарплату і строки, і що юрист має знати про кожну цифру
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australia) (закон Австралії про справедливу працю)
instrument-ca-clc = Canada Labour Code (1985) (Трудовий кодекс Канади)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (закон Великої Британії про національну мінімальну зарплату)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (правила Великої Британії про національну мінімальну зарплату)
instrument-gb-era_1996 = Employment Rights Act 1996 (закон Великої Британії про трудові права)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (закон Великої Британії про строки позовної давності)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (британська схема компенсації шкоди від злочинів)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (закон США про оплачуваний робочий час)
caveat-above_compulsory_school_age = Ця ставка починається лише після того, як молода людина закінчила обов’язкове шкільне навчання, а не в день 16-річчя.
caveat-apprentice_rate_conditions = Нижчу ставку для тих, хто навчається професії (apprentices), тут не враховано. Вона лише для таких учнів до 19 років або в перший рік навчання. Усі інші отримують ставку для свого віку.
caveat-au_awards_set_higher_minima = Більшість працівників мають галузеву ставку (award) або угоду з вищим мінімумом, тож їм часто винні більше. Працівники до 21 року і ті, хто навчається професії, мають свої ставки, які тут не враховано.
caveat-au_state_victims_schemes_vary = Кожен штат і територія мають власні виплати жертвам злочинів зі своїм строком. Жодну з них тут не враховано.
caveat-ca_federal_complaint_24_month_cap = Ця скарга лише для робіт, які регулює федеральний закон. Вона може повернути лише оплату за 24 місяці до скарги. Інші працівники скаржаться за законом своєї провінції.
caveat-ca_federal_sectors_only = Ця федеральна ставка лише для робіт у федеральних галузях, як-от банки, авіакомпанії і перевезення між провінціями. Більшість працівників мають ставку своєї провінції. Якщо вона вища, належить саме вона.
caveat-ca_overtime_daily_limit_and_exemptions = Понаднормові також належать за понад 8 годин за один день. Для керівників і деяких робіт діють інші правила.
caveat-cics_exceptions_and_crime_of_violence = Ця схема платить лише за шкоду від насильницького злочину у Великій Британії (Англія, Шотландія й Уельс). Для насильства в дитинстві діють інші строки. Запізнілу заяву можуть прийняти в особливих випадках.
caveat-counts_back_from_notice = Шість років рахують назад від дня, коли посадова особа надсилає повідомлення, а не від дня вашої скарги. Тож повільний орган зменшує те, що можна повернути.
caveat-each_payment_separately = Для кожного дня неповної виплати є свої шість років, тому найстаріші місяці спливають першими.
caveat-early_conciliation_and_two_year_backstop = Три місяці подовжуються, поки ви проходите попереднє примирення (ACAS). Але трибунал може присудити лише те, що було утримано за два роки до вашої вимоги.
caveat-good_faith_may_reduce = Суд може зменшити додаткову суму або відмовити в ній, якщо роботодавець доведе, що діяв сумлінно.
caveat-live_in_domestic_workers_exempt = Домашньому працівникові, який живе в домі роботодавця, понаднормові не належать. Але йому все одно належить мінімум за кожну годину. Це не стосується випадків, коли його наймає агенція.
caveat-nmw_exclusions = Деякі люди не отримують мінімальної зарплати, наприклад той, хто живе з родиною, на яку працює, і до кого ставляться як до члена родини. Юрист може це перевірити.
caveat-state_and_local_minimums_often_higher = Це лише федеральний мінімум. У багатьох штатах і містах він вищий, і належить саме вищий. Ми не маємо цих даних.
caveat-ten_years_after_18_if_minor = Якщо вам було менше 18 років, ви можете подати вимогу до 10 років після свого 18-річчя, якщо це пізніше.
caveat-three_years_if_willful = Строк становить три роки, якщо роботодавець знав, що порушує закон. Для кожного дня неповної виплати свій строк, тому найстаріші тижні спливають першими.

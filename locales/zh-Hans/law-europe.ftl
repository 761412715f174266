# Entitle: Chinese (Simplified). Messages for the legal data of Germany, the Netherlands, Italy, Spain and France.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## 德国
protection-de-aufenthg-s_59_7-reflection_period = 休息和作决定的时间
protection-de-aufenthg-s_59_7-reflection_period-gives = 您可能可以在德国停留一段时间，休息并获得支持。您可以慢慢决定，是否愿意为发生的事作证。
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = 作为证人的居留许可
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = 在针对伤害您的人的刑事案件进行期间，您可能获得在德国居住的居留许可。
caveat-prosecutor_must_deem_presence_appropriate = 检察官或法院必须认为，为了办案需要您留在这个国家。我们无法知道他们是否会这样认为。
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = 遭受极不公平的非法雇用后的居留许可
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = 在关于您的工作和您雇主的刑事案件进行期间，您可能获得在德国居住的居留许可。
instrument-de-aufenthg = 德国《居留法》（Aufenthaltsgesetz, AufenthG, 2004）

## 荷兰
protection-nl-vc_2000-b8_3-reflection_period = 有住处和支持的休息时间
protection-nl-vc_2000-b8_3-reflection_period-gives = 您可能可以在荷兰停留一段时间，有安全的地方睡觉，也有生活费。在这段时间里，您可以决定是否要报案。
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = 案件进行期间的居留许可
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = 在警方调查和刑事案件进行期间，您可能免费获得在荷兰居住的居留许可。
caveat-exempt_from_cooperation_if_unable = 如果您因为生病、未满 18 岁或处于严重危险之中而无法协助警察，您可能仍然可以获得这种居留许可。
protection-nl-vb_2000-art_3_51_1_k-continued_residence = 案件结束后继续居留
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = 刑事案件结束后，您可能获得继续在荷兰居住的居留许可。
caveat-after_conviction_or_three_years = 这通常需要您的案件中有人被判有罪，或者您持有人口贩运居留许可已满三年。
instrument-nl-vw_2000 = 荷兰《2000年外国人法》（Vreemdelingenwet 2000, Vw 2000）
instrument-nl-vb_2000 = 荷兰《2000年外国人法令》（Vreemdelingenbesluit 2000, Vb 2000）
instrument-nl-vc_2000 = 荷兰《2000年外国人通告》（Vreemdelingencirculaire 2000, Vc 2000）

## 意大利
protection-it-tui-art_18-special_permit_social_track = 通过援助团体获得的特别居留许可
protection-it-tui-art_18-special_permit_social_track-gives = 您可能获得在意大利居住和工作的居留许可，并参加一个帮助您获得安全、开始新生活的项目。
caveat-concrete_danger_assessed_by_authority = 警察局长必须认定您处于真实的危险之中。我们没有问到这一点，所以无法判断它是否适用于您。
protection-it-tui-art_18-special_permit_judicial_track = 通过刑事案件获得的特别居留许可
protection-it-tui-art_18-special_permit_judicial_track-gives = 您可能获得在意大利居住和工作的居留许可，并参加一个帮助您获得安全、开始新生活的项目。
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = 举报严重剥削您的老板后获得的居留许可
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = 在针对您雇主的刑事案件进行期间，您可能获得在意大利居住的居留许可。
caveat-particularly_exploitative_conditions_only = 这项规定只适用于特别严重剥削下的工作，门槛比我们所查看的迹象更高。
protection-it-tui-art_18_ter-permit_for_labour_exploitation = 受剥削工人的居留许可
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = 在您帮助查明您在工作中受到怎样的对待之后，您可能获得在意大利居住和工作的居留许可。
caveat-judicial_authority_or_labour_inspectorate_covers_family = 必须由检察官或法官提出申请，或者由劳动监察员表示支持。这种居留许可也可以覆盖您的家庭成员。
instrument-it-tui = 意大利《移民综合法》，第286/1998号立法令（TUI）
instrument-it-dl_145_2024 = 意大利第145/2024号法令（decreto-legge，“流入法令”）
instrument-it-dl_146_2025 = 意大利第146/2025号法令（decreto-legge，“2025年流入法令”）
instrument-it-dpr_394_1999 = 意大利第394/1999号总统令（移民法实施条例）

## 西班牙
protection-es-loex-art_59_bis-reflection_period = 恢复和作决定的时间
protection-es-loex-art_59_bis-reflection_period-gives = 您可能可以在西班牙停留一段时间，恢复身心，并考虑是否协助警察。在此期间，遣送您离境的程序应当暂停。
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = 不因无证留在西班牙而受惩罚
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = 对于没有合法证件留在西班牙，您原本可能面临的罚款或驱逐，可能会被免除。
protection-es-loex-art_59_bis-permit_personal_situation = 因个人情况获得的居留许可
protection-es-loex-art_59_bis-permit_personal_situation-gives = 即使您不协助警察，您也可能因为自己的个人情况，获得在西班牙居住和工作的居留许可。
caveat-after_exemption_from_liability = 首先，有关当局必须决定不因您无证留在西班牙而惩罚您。之后，您通常可以申请这种居留许可。
protection-es-loex-art_59_bis-permit_for_cooperation = 因协助警察或法院获得的居留许可
protection-es-loex-art_59_bis-permit_for_cooperation-gives = 因为您协助调查或法院审理，您可能获得在西班牙居住和工作的居留许可。
protection-es-loex-art_59-permit_for_cooperation_against_networks = 因协助打击剥削团伙获得的居留许可
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = 您可能获得在西班牙居住和工作的居留许可，并被免除对无证居留的处罚。
instrument-es-loex = 西班牙《外国人法》，第4/2000号组织法（LOEX）
instrument-es-rloex = 西班牙《外国人法实施条例》，第557/2011号王室法令（RLOEX）
instrument-es-rloex_2024 = 西班牙《外国人法实施条例》，第1155/2024号王室法令（自2025年5月20日起施行）

## 法国
protection-fr-ceseda-r_425_2-reflection_period = 休息和考虑的时间
protection-fr-ceseda-r_425_2-reflection_period-gives = 您可能获得一份证件，让您在休息和决定是否要投诉期间留在法国。这份证件也可能允许您工作。
protection-fr-ceseda-l_425_1-temporary_residence_card = 报案或作证后的居留卡
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = 在刑事案件进行期间，您可能获得在法国居住和工作的居留卡。
caveat-complaint_or_testimony_required = 您必须向警察投诉，或在案件中作证。只是表示愿意协助是不够的。
protection-fr-ceseda-l_425_2-allowance = 生活费
protection-fr-ceseda-l_425_2-allowance-gives = 您可能定期得到一笔钱，帮助您支付伙食和其他基本需要。
protection-fr-ceseda-l_425_3-resident_card = 长期居民卡
protection-fr-ceseda-l_425_3-resident_card-gives = 您可能获得一张可以在法国居住和工作多年的居民卡。
caveat-only_after_final_conviction = 只有在被告人被法院最终判定有罪之后，才有可能获得。我们无法知道审判会如何结束。
protection-fr-ceseda-l_425_4-exit_programme_permit = 参加脱离卖淫项目期间的居留许可
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = 您可能获得留在法国的居留许可，并得到帮助，在性工作之外开始新的生活。
caveat-only_for_prostitution_exit_programme = 这只适用于已经停止卖淫的人。他们必须在援助团体的帮助下，遵循一个正式的脱离性工作计划。
instrument-fr-ceseda = 法国《外国人入境、居留和庇护权法典》（CESEDA,2020年版）

## 工资请求:规定最低工资和时限的法律,以及律师应当了解的每个数字
instrument-de-milog = 《最低工资法》（Mindestlohngesetz, MiLoG, 2014）
instrument-de-bgb = 《民法典》（Bürgerliches Gesetzbuch, BGB）
instrument-de-sgb_14 = 《社会法典》第十四编：社会补偿（SGB XIV, 2019）
instrument-es-et_2015 = 《劳动者宪章》（Estatuto de los Trabajadores, 2015）
instrument-es-ley_35_1995 = 关于援助暴力犯罪和性犯罪被害人的第35/1995号法律
instrument-fr-code_travail = 《劳动法典》（Code du travail）
instrument-fr-code_procedure_penale = 《刑事诉讼法典》（Code de procédure pénale）
instrument-it-cc = 《民法典》（Codice civile）
instrument-it-l_228_2003 = 关于打击人口贩运措施的第228/2003号法律
instrument-nl-wml = 《最低工资和最低假期津贴法》（Wet minimumloon en minimumvakantiebijslag）
instrument-nl-bw_3 = 《民法典》第3卷（Burgerlijk Wetboek）
instrument-nl-wsg = 《暴力犯罪赔偿基金法》（Wet schadefonds geweldsmisdrijven）
caveat-backdating_limit_not_a_bar = 一年后您仍然可以申请。但您只能从申请的那个月开始领取款项，除非您之前无法更早申请。
caveat-each_month_runs_separately = 每个月的工资都有各自的五年时限，所以最早的月份会最先过期。向雇主发出书面催款，可以让时限重新开始计算。
caveat-es_domestic_hourly_external_only = 这里没有计入按小时付薪、不住在雇主家的家政工人的每小时最低工资。住在雇主家的家政工人应得的是每月最低工资。
caveat-es_each_payment_own_year_interruptible = 每一笔未付的工资都必须在其发薪日后一年内申请，所以最早的月份会最先过期。向雇主正式提出索赔，或者申请调解，可以让这一年重新开始计算。
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = 这项援助只适用于造成死亡或严重伤害的暴力犯罪，以及性犯罪。在刑事案件进行期间，时限暂停计算。
caveat-es_smi_floor_14_payments = 最低工资每年分 14 次支付。这里没有计入另外两次支付，所以被拖欠的可能更多。
caveat-fr_civi_prosecution_extends_relief_possible = 如果有刑事案件，您仍然可以在最终判决后一年内提出申请。委员会可以因正当理由接受逾期申请。对于儿童，时限从 18 岁开始计算。
caveat-fr_smic_floor_mayotte_minors = 这是法国本土的最低工资。马约特的最低工资更低。集体协议往往要求更高的工资。一些年轻工人和学徒的工资可能更低。
caveat-fr_wage_claim_each_payday_three_years_before_end = 每个月的工资都必须在三年内申请，所以最早的月份会最先过期。工作结束后，您可以申请这份工作最后三年的工资。
caveat-intentional_injury_damages_only = 这 30 年的时限只适用于对您的生命、身体、健康或自由故意造成伤害的损害赔偿，不适用于未付的工资。
caveat-it_longer_if_crime = 如果这种伤害同时也是时效更长的犯罪，比如人口贩运或奴役，那么损害赔偿请求也适用这个更长的时限。
caveat-it_wage_limit_private_sector_interruptible = 只有对私营雇主，这五年才从工作结束时开始计算。每一次书面催款，都会让这五年重新开始计算。
caveat-late_application_if_reasonable = 如果逾期申请是在您合理可能的最早时间提出的，基金仍然可以接受。它只赔偿暴力犯罪造成的严重伤害。
caveat-monthly_minimum_for_full_time_week = 2024 年以前，最低工资是按全职工作周计算的月额。我们按每周 40 小时计算，这是通常最长的工作周。如果每周工作时间更短，被拖欠的金额会更多。
caveat-runs_from_end_of_year = 这三年从工资应付那一年的年底开始计算。向法院提出请求，可以让时限停止计算。
caveat-runs_from_knowledge_longer_against_offender = 这五年从您知道伤害以及是谁造成伤害时开始计算。针对犯罪者的请求，其时限至少和该人可以被起诉的时限一样长。
caveat-sector_minimum_wages_and_exclusions = 有些行业的最低工资更高。这项最低工资不适用于未受过培训的未满 18 岁者、学徒、部分实习生和志愿者。
caveat-youth_minimum_not_encoded = 未满 21 岁的工人最低工资更低，这里没有计入。

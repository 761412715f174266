# Entitle: Chinese (Simplified). Messages for the legal data of the Philippines, Qatar, Thailand and ASEAN.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## 菲律宾
protection-ph-ra_9208-s_17-not_penalised = 不因被迫犯下的罪行而受惩罚
protection-ph-ra_9208-s_17-not_penalised-gives = 对于贩运者让您犯下的罪行，或因您被贩运而导致的罪行，您不应受到惩罚。
protection-ph-ra_9208-s_18-witness_protection = 作为证人的保护
protection-ph-ra_9208-s_18-witness_protection-gives = 您可能可以加入政府保护证人安全的项目，例如获得安全的住处。
protection-ph-ra_9208-s_19-continued_presence = 留在菲律宾的许可
protection-ph-ra_9208-s_19-continued_presence-gives = 您可能被允许在菲律宾停留一段时间，这样您就不必马上离开这个国家。
protection-ph-ra_9208-s_19-assistance = 与菲律宾幸存者相同的帮助
protection-ph-ra_9208-s_19-assistance-gives = 您可能获得与处境相同的菲律宾人一样的保护、帮助和服务。
protection-ph-ra_9208-s_3_a-child_without_means = 儿童不必证明有人使用了武力或谎言
protection-ph-ra_9208-s_3_a-child_without_means-gives = 您不必证明有人强迫、欺骗或威胁过您。对您所做的事，仍然可以被认定为人口贩运。
caveat-section_number_from_2003_act = 这个条款编号来自 2003 年的法律，后来对该法的修改可能已经移动或改变了这项规定。
caveat-tied_to_prosecution = 您能停留多久，取决于针对贩运者的案件的需要，而不仅仅取决于您的需要。
caveat-child_includes_adults_unable_to_protect_themselves = 法律也把某些成年人当作儿童对待：如果他们因为疾病或残疾而无法保护自己的安全。本应用没有询问这方面的情况。
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208)（菲律宾《2003年反人口贩运法》）
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364)（菲律宾《2012年扩大反人口贩运法》）
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862)（菲律宾《2022年扩大反人口贩运法》）

## 卡塔尔
protection-qa-law_17_2020-art_2-minimum_wage = 每个工人都有最低工资
protection-qa-law_17_2020-art_2-minimum_wage-gives = 您每月至少应得到基本工资；如果雇主不为您提供伙食和住宿，还应另外付给您这两项的费用。
protection-qa-law_18_2020-law-change_employer_without_noc = 不需要雇主许可即可更换雇主
protection-qa-law_18_2020-law-change_employer_without_noc-gives = 在合同结束之前，您可以换到新的雇主，不需要现任雇主出具许可信。
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = 不需要雇主许可即可离开卡塔尔
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = 您可以离开卡塔尔，无论是短期出行还是永久离开，都不需要向雇主申请出境许可。
protection-qa-law_13_2017-committees-wage_claim = 向劳动委员会追讨欠薪
protection-qa-law_13_2017-committees-wage_claim-gives = 您可以向专门的劳动委员会提出申请，追讨雇主欠您的工资和其他款项。
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = 雇主不付的工资由基金支付
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = 如果您赢得了工资申诉，而雇主仍然不付钱，政府基金可能会代替雇主把这笔钱付给您。
protection-qa-law_15_2011-art_2-identification_as_victim = 被认定为人口贩运被害人
protection-qa-law_15_2011-art_2-identification_as_victim-gives = 您可能被认定为曾被贩运的人。这可以为您打开获得保护的途径，例如安全的庇护所。
caveat-amounts_reviewed_yearly = 政府至少每年审查一次这些金额，所以自我们上次核对以来，它们可能已经变化。
caveat-which_law_removed_noc_disputed = 关于是 2020 年的哪一部法律取消了需要雇主许可的规定，各方资料说法不一，所以我们把两部法律都列了出来。
caveat-domestic_workers_from_2020_and_five_percent_exception = 家政工人直到 2020 年 1 月才被纳入。雇主仍然可以指定少数员工，这些员工离境需要雇主许可。投诉由一个委员会受理。
caveat-domestic_workers_coverage_not_checked = 我们还没有核实家政工人是否可以向这些委员会提出申请。
caveat-payment_conditions_and_caps = 该基金只在某些情况下付款，而且有报道说，它的付款金额有上限。
caveat-victim_protection_articles_not_verified = 我们无法读到这部法律中关于保护人口贩运被害人的部分，所以这里的细节没有得到证实。
instrument-qa-law_17_2020 = 卡塔尔关于最低工资的 2020 年第 17 号法律
instrument-qa-law_18_2020 = 卡塔尔修订《劳动法》的 2020 年第 18 号法律
instrument-qa-law_19_2020 = 卡塔尔修订《外籍人员入境、出境和居留法》的 2020 年第 19 号法律
instrument-qa-law_13_2018 = 卡塔尔修订《外籍人员入境、出境和居留法》的 2018 年第 13 号法律
instrument-qa-law_13_2017 = 卡塔尔修订《劳动法》的 2017 年第 13 号法律（劳动争议解决委员会）
instrument-qa-law_17_2018 = 卡塔尔关于设立工人支持和保险基金的 2018 年第 17 号法律
instrument-qa-law_15_2011 = 卡塔尔关于打击人口贩运的 2011 年第 15 号法律

## 泰国
protection-th-atipa_2551-s_33-assistance = 庇护所、医疗和其他帮助
protection-th-atipa_2551-s_33-assistance-gives = 您可能获得食物、住处、医疗护理、帮助您恢复的服务、法律帮助，以及回家的帮助。
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = 被告知赔偿和法律帮助的信息
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = 官员应当立即告诉您：您可以就所受的伤害要求赔偿，并且可以获得法律帮助。
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = 检察官可以为您要求赔偿
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = 如果您想就所受的伤害获得赔偿，检察官可以替您向法院提出请求。
protection-th-atipa_2551-s_37-temporary_stay_and_work = 暂时停留和工作的许可
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = 您可能被允许在泰国停留一段时间，并在此期间工作。
protection-th-atipa_2551-s_38-return_home = 帮助您安全回家
protection-th-atipa_2551-s_38-return_home-gives = 您可能获得帮助，尽快回到您的本国。
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = 不因无证入境或停留而被起诉
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = 您不应因为未经许可进入或停留在泰国，或因为持有虚假或错误的证件，而被起诉。
caveat-purpose_limited_stay = 停留是为了法院案件、治疗、恢复或索赔等事项。我们不知道可以停留多久，也不知道是否总会获准。
caveat-minister_may_permit_prosecution = 司法部长仍然可以允许对您提起诉讼，但必须以书面形式作出。
instrument-th-atipa_2551 = 泰国《佛历2551年反人口贩运法》（Anti-Trafficking in Persons Act B.E. 2551,2008）

## 东盟
protection-asean-actip-art_14_8-no_unreasonable_detention = 不会在没有正当理由的情况下被关押
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = 您不应在没有正当理由的情况下被拘留或关押。
caveat-identified_victims_only = 这只帮助已经被有关当局认定为人口贩运被害人的人。必须先作出这一认定。
instrument-asean-actip = 《东盟打击人口贩运特别是妇女和儿童公约》（2015）

## 工资请求:规定最低工资和时限的法律,以及律师应当了解的每个数字
instrument-ph-labor_code = Labor Code of the Philippines (1974)（《菲律宾劳动法典》）
instrument-ph-ra_7309 = Republic Act No. 7309 (Board of Claims, 1992)（菲律宾第7309号共和国法，关于 Board of Claims）
instrument-qa-labour_law_14_2004 = 卡塔尔《劳动法》，2004 年第 14 号法律
instrument-qa-law_15_2017 = 卡塔尔关于家政工人的 2017 年第 15 号法律
instrument-th-lpa_2541 = 泰国《佛历2541年劳动保护法》（1998）
instrument-th-ccc_book1_2535 = 泰国《民商法典》第一编（佛历2535年修订）
instrument-th-victim_compensation_act_2544 = 泰国《佛历2544年刑事案件受害人损害赔偿及被告人补偿和费用法》（2001）
caveat-ph_board_of_claims_violent_crimes = Board of Claims 只向暴力犯罪的被害人付款，最多 10,000 比索。
caveat-ph_money_claims_any_forum = 同样的三年时限适用于因这份工作而提出的所有金钱请求，无论在哪里提出。
caveat-ph_ncr_only = 这是只适用于马尼拉大都会的最低工资。其他地区有各自的每日最低工资，通常更低。只有在马尼拉大都会的工作才能使用这个数字。
caveat-qa_domestic_workers_own_limit = 家政工人有他们自己的法律。这部法律同样规定，从合同结束或他们离开之日起，有一年时间可以申请。
caveat-qa_food_and_housing_allowances = 这只是基本工资。如果雇主没有提供像样的伙食和住宿，还应每月另付 300 里亚尔伙食费和 500 里亚尔住房费。
caveat-qa_one_year_of_365_days_stopped_by_complaint = 必须在合同结束后 365 天内提出申请。向劳动部提出的投诉在审理期间，时限暂停计算。
caveat-qa_overtime_daily_night_and_exclusions = 一天工作超过 8 小时（斋月期间为 6 小时），也应支付加班费，夜间加班费更高。这不适用于家政工人。这里没有计入。
caveat-th_each_unpaid_wage_runs_separately = 每一笔未付的工资都有各自的两年时限，所以最早的月份会最先过期。如果雇主书面承认欠款，或支付了一部分，这两年会重新开始计算。
caveat-th_fund_listed_crimes_from_knowledge = 国家补偿金只发给某些犯罪的被害人，比如身体伤害和性犯罪。这一年从您得知犯罪发生时开始计算。
caveat-th_lowest_provincial_rate = 这是泰国各地中最低的每日最低工资。您所在府的标准往往更高，应按那个标准支付。
caveat-th_overtime_daily_and_holiday = 每天超过正常工作时间就应支付加班费，节假日工作的工资也更高。这里没有计入。

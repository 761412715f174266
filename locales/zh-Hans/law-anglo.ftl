# Entitle: Chinese (Simplified). Messages for the legal data of the United Kingdom, the United States, Canada and Australia.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## 英国
protection-gb-nrm_guidance-first_responders-nrm_referral = 被推荐获得官方支持
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = 警察、地方政府工作人员或援助慈善机构可以把您的信息发送到英国的支持系统。然后，您的案件可以得到审查，您也可以得到帮助。
caveat-first_responder_only_adults_consent = 您不能自己申请。必须由警察、地方政府或经批准的慈善机构来做。如果您是成年人，他们需要先征得您的同意。
protection-gb-nrm_guidance-recovery-recovery_period = 在支持下休息和恢复的时间
protection-gb-nrm_guidance-recovery-recovery_period-gives = 在审查您的案件期间，您可能获得安全的住处、医疗服务、口译员，以及专人支持。
caveat-public_order_disqualification = 如果 Home Office 认为您对公众构成危险，可以拒绝提供这种帮助。如果它认为您对发生的事情没有如实讲述，也可以拒绝。
protection-gb-msa_2015-s_45_1-defence_for_adults = 被迫违法时的辩护理由
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = 如果您因为受到剥削而被迫做了违法的事，您可以告诉法院。这可以成为针对指控的辩护理由。
protection-gb-msa_2015-s_45_4-defence_for_children = 被迫违法的儿童的辩护理由
protection-gb-msa_2015-s_45_4-defence_for_children-gives = 如果您因为正在受到剥削而做了违法的事，您可以告诉法院，这可以成为辩护理由。您不必证明自己是被强迫的。
caveat-schedule_4_offences_excluded = 这种辩护理由不适用于某些非常严重的犯罪，比如谋杀，或严重的暴力犯罪、性犯罪。它只在英格兰和威尔士适用。
protection-gb-msa_2015-s_8-reparation_order = 法院责令剥削您的人向您付款
protection-gb-msa_2015-s_8-reparation_order-gives = 法院可以责令剥削您的人付钱给您，以补偿他们对您造成的伤害。
caveat-needs_conviction_and_confiscation_order = 只有在这个人被判有罪，并且法院没收了他的钱财时，才会这样做。您得到的钱不会超过法院没收的数额。
protection-gb-naba_2022-s_65-temporary_permission_to_stay = 在英国临时居留的许可
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = 您可能被允许在英国停留一段时间。理由可以是为了恢复、为了就您受到的伤害要求赔偿，或者为了协助警察。
caveat-recovery_ground_paused = 目前，Home Office 不处理为了恢复而提出的居留申请。对于有驱逐令的人提出的任何申请，它也不处理。

## 美国
protection-us-t_rule_2002-s_214_11-t_status_adult = 成年人的 T 签证（旧规定）
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = 您可以申请一种签证，让您在美国居住和工作若干年。以后，您可能可以申请永久居留。
caveat-trauma_exception_and_extreme_hardship = 如果创伤让您很难协助警察，您可能不必协助。但您必须证明，离开美国会对您造成非常严重的伤害。
protection-us-t_rule_2002-s_214_11-t_status_child = 儿童的 T 签证（旧规定）
protection-us-t_rule_2002-s_214_11-t_status_child-gives = 您可以申请一种签证，让您在美国居住、学习和工作若干年。以后，您可能可以申请永久居留。
caveat-extreme_hardship_required = 您必须证明，被迫离开美国会对您造成非常严重的伤害。
protection-us-t_rule_2024-s_214_202-t_status_adult = 成年人的 T 签证
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = 您可以申请一种签证，让您在美国居住和工作若干年。以后，您可能可以申请永久居留。
protection-us-t_rule_2024-s_214_202-t_status_child = 儿童的 T 签证
protection-us-t_rule_2024-s_214_202-t_status_child-gives = 您可以申请一种签证，让您在美国居住、学习和工作若干年。以后，您可能可以申请永久居留。
protection-us-tvpa_2000-s_107_c_3-continued_presence = 在警方办案期间留下来的许可
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = 在针对您的犯罪被调查期间，您可能被允许留在美国，并合法工作。
caveat-requested_by_law_enforcement_only = 您不能自己申请。只有警察或其他执法机构可以为您申请。
protection-us-ina-s_101_a_15_u-u_status = 受到严重犯罪伤害的人的 U 签证
protection-us-ina-s_101_a_15_u-u_status-gives = 您可以申请一种签证，让您在美国居住和工作若干年。以后，您可能可以申请永久居留。
caveat-certification_and_substantial_abuse_required = 您需要一份由警察或其他机构签署的表格，证明您协助过他们。您还必须证明，这项犯罪在身体或精神上严重伤害了您。
protection-us-usc_18-s_1593-mandatory_restitution = 法院责令赔偿您的损失
protection-us-usc_18-s_1593-mandatory_restitution-gives = 法院可以责令剥削您的人赔偿您的损失，包括您本应得到的工资。
caveat-only_on_conviction = 只有当这个人在刑事法院被判有罪时，您才能得到这笔钱。
protection-us-usc_18-s_1595-civil_action = 请求法院判给伤害赔偿
protection-us-usc_18-s_1595-civil_action-gives = 您可以自己向法院起诉，要求剥削您的人赔偿。您也可以起诉任何明知情况却从中获利的人。
caveat-stayed_during_criminal_case = 如果就同一罪行有刑事案件，您自己的案件必须等到该刑事案件结束后才能进行。
protection-us-flsa-s_16_b-back_wages = 拿回您被拖欠的工资
protection-us-flsa-s_16_b-back_wages-gives = 您可以要求支付您应得的最低工资和加班费，外加同等数额的额外款项。
caveat-any_immigration_status = 政府表示，即使您没有证件，这也适用。但有些法院对无证工人其他类型的工资损失作了限制。

## 加拿大
protection-ca-irpa-s_24-vtip_trp_until_2025 = 在加拿大停留的许可（旧规定）
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = 您可以申请一种许可，在一段时间内合法留在加拿大。这样，您可以休息、恢复，并决定下一步怎么做。
protection-ca-irpa-s_24-vtip_trp = 在加拿大停留的许可
protection-ca-irpa-s_24-vtip_trp-gives = 您可以申请一种许可，合法留在加拿大，让您能够安全、恢复身心，并计划下一步。
protection-ca-ircc_vtip-subsequent_trp-further_permit = 继续停留的新许可
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = 当您的许可快要到期时，您可以申请一个新的许可，以便在加拿大停留更长时间。
caveat-later_permits_refused_after_criminal_case = 规定说您不必协助警察。但有些人在刑事案件结束后，申请新许可被拒绝了。
protection-ca-ircc_vtip-interim_federal_health-health_coverage = 持有许可期间的医疗服务
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = 您可能获得由政府付费的医疗服务和心理咨询。
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = 在加拿大工作的许可
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = 您可以申请一种许可，让您在加拿大合法工作，安全地挣钱。

## 澳大利亚
protection-au-stpp-intensive_support_stream-support = 住房、医疗和咨询方面的支持
protection-au-stpp-intensive_support_stream-support-gives = 您可能获得安全的住处、医疗服务、心理咨询和口译员。您还可能获得关于法律和签证的咨询，以及一名帮助您的支持工作者。
caveat-afp_referral_required = 只有在 Australian Federal Police 推荐您时，您才能获得这种支持。
protection-au-stpp-additional_referral_pathway-referral_without_police = 不经过警察获得帮助
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = 您可以和支持服务机构谈谈如何保持安全，并获得免费法律咨询。他们可以帮助您在不找警察的情况下加入支持项目。
caveat-under_16_without_guardian_referred_to_child_protection = 如果您未满 16 岁，并且没有安全的成年人照顾您，该服务机构就必须改为把您转介给儿童保护部门和警察。
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = 不经过警察获得帮助（延续）
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = 您可以和支持服务机构谈谈如何保持安全，并获得免费法律咨询。他们可以帮助您在不找警察的情况下加入支持项目。
caveat-extension_end_date_unknown = 这种获得帮助的途径已经延期，但我们不知道它何时结束，所以请确认它是否仍然开放。
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = 用于休息和恢复的短期签证
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = 您可能获得一种短期签证，让您在休息、恢复并考虑下一步时，能够合法留在澳大利亚。
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = 留在澳大利亚的永久签证
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = 您可能可以永久留在澳大利亚，在这里建立您的生活。
caveat-certificate_of_contribution_required = 您需要一份政府文件，证明您已经协助过警方案件或审判；只是愿意协助是不够的。

## 法律依据的名称
instrument-gb-msa_2015 = UK Modern Slavery Act 2015（英国《现代奴隶制法》）
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022（英国《国籍与边境法》）
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009)（英国内政部关于国家转介机制的指南）
instrument-us-ina = US Immigration and Nationality Act of 1952（美国《移民和国籍法》）
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000（美国《人口贩运被害人保护法》）
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948)（《美国法典》第18编：犯罪与刑事诉讼）
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002)（美国关于 T 类非移民身份的规则）
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024)（美国关于 T 类非移民身份的最终规则）
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007)（美国关于 U 类非移民身份的规则）
instrument-us-flsa = US Fair Labor Standards Act of 1938（美国《公平劳动标准法》）
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001)（加拿大《移民和难民保护法》）
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006)（加拿大关于向人口贩运被害人发放临时居民许可的 IRCC 指示）
instrument-au-stpp = Australian Support for Trafficked People Program (2004)（澳大利亚人口贩运被害人支持项目）
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994（澳大利亚《1994年移民条例》）

## 工资请求:规定最低工资和时限的法律,以及律师应当了解的每个数字
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australia)（澳大利亚《公平工作法》）
instrument-ca-clc = Canada Labour Code (1985)（《加拿大劳动法典》）
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998（《全国最低工资法》）
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015（《全国最低工资条例》）
instrument-gb-era_1996 = Employment Rights Act 1996（《就业权利法》）
instrument-gb-limitation_act_1980 = Limitation Act 1980（《时效法》）
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012（《刑事伤害赔偿计划》）
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947（《门到门法》）
caveat-above_compulsory_school_age = 这个工资标准要等年轻人完成义务教育之后才开始适用，而不是从他们 16 岁生日那天开始。
caveat-apprentice_rate_conditions = 这里没有计入学徒的较低工资标准。它只适用于未满 19 岁的学徒，或处于学徒期第一年的人。其他所有人都按其年龄对应的标准领取工资。
caveat-au_awards_set_higher_minima = 大多数工人都有规定更高最低工资的行业裁定（award）或协议，所以他们被拖欠的往往更多。未满 21 岁的工人和学徒有各自的工资标准，这里没有计入。
caveat-au_state_victims_schemes_vary = 每个州和领地都有自己的犯罪被害人补偿金，时限也各不相同。这里都没有计入。
caveat-ca_federal_complaint_24_month_cap = 这种投诉只适用于受联邦法律管辖的工作。它最多只能追回投诉前 24 个月的工资。其他工人要根据所在省份的法律投诉。
caveat-ca_federal_sectors_only = 这个联邦工资标准只适用于联邦管辖行业的工作，比如银行、航空公司和跨省运输。大多数工人适用所在省份的标准。如果省份标准更高，就应按更高的标准支付。
caveat-ca_overtime_daily_limit_and_exemptions = 一天工作超过 8 小时，也应支付加班费。管理人员和某些工作适用其他规定。
caveat-cics_exceptions_and_crime_of_violence = 这个计划只赔偿在大不列颠因暴力犯罪造成的伤害。童年时期受到的虐待适用其他时限。在特殊情况下，逾期申请也可以被接受。
caveat-counts_back_from_notice = 这六年是从官员发出通知的那天往前倒算，而不是从您投诉的那天算起。所以，有关当局办事慢，能追回的就会变少。
caveat-each_payment_separately = 每一个少付工资的发薪日都有各自的六年时限，所以最早的月份会最先过期。
caveat-early_conciliation_and_two_year_backstop = 在您进行早期调解（ACAS）期间，这三个月的时限会延长。但劳动仲裁庭只能判给您提出申请前两年内被扣的钱。
caveat-good_faith_may_reduce = 如果雇主证明自己是出于善意行事，法院可以减少或拒绝判给这笔额外款项。
caveat-live_in_domestic_workers_exempt = 住在雇主家里的家政工人不享有加班费，但每个工作小时仍然应得最低工资。如果是由中介机构雇用他们，则不适用这一点。
caveat-nmw_exclusions = 有些人没有最低工资，例如和雇主家庭住在一起、并被当作家庭成员对待的人。律师可以核实这一点。
caveat-state_and_local_minimums_often_higher = 这只是联邦最低工资。许多州和城市有更高的最低工资，应按更高的标准支付。我们没有这些数据。
caveat-ten_years_after_18_if_minor = 如果您当时未满 18 岁，您可以在 18 岁生日后 10 年内提出申请，如果这个时间更晚的话。
caveat-three_years_if_willful = 如果雇主明知自己违法，时限就是三年。每一个少付工资的发薪日都有各自的时限，所以最早的几周会最先过期。

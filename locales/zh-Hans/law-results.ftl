# Entitle: the results page's words (zh-Hans), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## 结果
results-heading = 您的回答显示了什么
results-meta = 以 { $date } 为准，依据{ $code ->
        [GB] 英国的规则
        [US] 美国的规则
        [NL] 荷兰的规则
        [PH] 菲律宾的规则
        [ZZ] 国际法的规则
       *[other] { $country }的规则
    }。
danger-call = 点击拨打紧急电话。即使您没有证件，也可以拨打。
next-steps-heading = 您现在可以做什么
next-step-why = 原因：{ $why }。
next-step-call_child_helpline = 拨打儿童求助热线
next-step-call_child_helpline-say = 您可以说：“我未满 18 岁，我需要帮助。”
next-step-call_trafficking_helpline = 拨打为受剥削者提供帮助的热线
next-step-call_trafficking_helpline-say = 他们可以为您找到支持。您可以说：“我觉得我正在被剥削，我需要帮助。”
next-step-ask_for_protection = 询问保护措施，以免被送回危险之中
next-step-ask_for_protection-say = 您可以说：“我害怕回到我的国家。”
next-step-claim_unpaid_pay = 向劳动监察部门询问被拖欠的工资
next-step-claim_unpaid_pay-say = 您可以说：“我的雇主没有付给我应得的工资。”
next-step-call_exploitation_helpline = 拨打为受到不公平对待的工人提供帮助的热线
next-step-call_exploitation_helpline-say = 您可以说：“我在工作中受到恶劣对待，我需要建议。”
next-step-get_legal_advice = 获得关于您权利的免费法律咨询
next-step-get_legal_advice-say = 您可以说：“我需要关于我的权利和证件的咨询。”
danger-local-number = 请拨打您所在国家的当地紧急电话。
call-number = 拨打 { $number }
text-number = 发短信到 { $number }
results-signs-heading = 您的回答中的迹象
results-signs-intro = 这些只是迹象，不是对您的判定。
results-not-found = 我们没有发现的迹象
results-needs-heading = 您现在可能需要什么
results-protections-heading = 可能适用的权利
results-protections-none = 在这里，我们没有找到符合您回答的保护措施。下面的求助服务仍然可以帮助您。
results-protections-not = 不符合您回答的权利
rights-time_to_recover = 休息和恢复的时间
rights-permission_to_stay = 留下来的许可
rights-money_owed = 您应得的钱和赔偿
rights-no_punishment = 不因被迫做的事而受惩罚
rights-no_sending_back = 不被送回危险之中
rights-going_home = 安全回家
rights-childrens_rights = 儿童的权利
rights-support_and_advice = 帮助、支持和咨询
rights-rules = { $count ->
       *[other] 规定全文（{ $count } 条）
    }
results-help-heading = 在哪里获得帮助
results-limits-heading = 本工具无法告诉您的事
results-limits-body = 这里只显示您的回答所指向的情况。规定会变化，我们也没有问到所有的事。在采取行动之前，请先和律师或援助团体谈一谈。
results-print = 打印或保存为 PDF
start-again = 重新开始，并清除我的回答
because-heading = 我们为什么这样说
missing-heading = 回答这些问题可能会改变结果
sources-heading = 法律依据
source-line = { $instrument }，条款 { $article }（自 { $from } 起）
source-secondary = 仅在二手资料中核对过。
source-unverified = 尚未对照官方文本核对。
delphi-met = 第二项测试，即国际劳工组织和欧盟委员会的指标，也指向人口贩运。
delphi-not-met = 第二项测试，即国际劳工组织和欧盟委员会的指标，根据这些回答并不指向人口贩运。
delphi-not-applicable = 第二项测试，即国际劳工组织和欧盟委员会的指标，无法用于这些回答。

## 调查结果:每个级别有一个标题和一句话
finding-trafficking-title = 人口贩运
finding-trafficking-strong = 您的回答显示出人口贩运的明显迹象。
finding-trafficking-some = 您的回答显示出人口贩运的一些迹象。
finding-trafficking-none_found = 您的回答没有显示出人口贩运的迹象。
finding-trafficking-not_enough_information = 我们目前了解得还不够，无法判断是否有人口贩运的迹象。
finding-forced_labour-title = 强迫劳动
finding-forced_labour-strong = 您的回答显示出强迫劳动的明显迹象。
finding-forced_labour-some = 您的回答显示出强迫劳动的一些迹象。
finding-forced_labour-none_found = 您的回答没有显示出强迫劳动的迹象。
finding-forced_labour-not_enough_information = 我们目前了解得还不够，无法判断是否有强迫劳动的迹象。
finding-servitude-title = 劳役
finding-servitude-strong = 您的回答显示出劳役的明显迹象：被迫在他人的控制下工作和生活。
finding-servitude-some = 您的回答显示出劳役的一些迹象：被迫在他人的控制下工作和生活。
finding-servitude-none_found = 您的回答没有显示出劳役的迹象。
finding-servitude-not_enough_information = 我们目前了解得还不够，无法判断是否有劳役的迹象。
finding-labour_exploitation-title = 不公平或虐待性的工作
finding-labour_exploitation-strong = 您的回答显示出不公平或虐待性工作的明显迹象。
finding-labour_exploitation-some = 您的回答显示出不公平或虐待性工作的一些迹象。
finding-labour_exploitation-none_found = 您的回答没有显示出不公平或虐待性工作的迹象。
finding-labour_exploitation-not_enough_information = 我们目前了解得还不够，无法判断是否有不公平或虐待性工作的迹象。
finding-smuggling_abuse-title = 途中受到的伤害
finding-smuggling_abuse-strong = 您的回答显示出明显迹象，表明带您走的人伤害过您。
finding-smuggling_abuse-some = 您的回答显示出一些迹象，表明带您走的人伤害过您。
finding-smuggling_abuse-none_found = 您的回答没有显示出途中受到伤害的迹象。
finding-smuggling_abuse-not_enough_information = 我们目前了解得还不够，无法判断您在途中是否受到过伤害。
finding-international_protection-title = 回去会有危险
finding-international_protection-strong = 您的回答显示出明显迹象，表明您可能需要保护，以免被送回。
finding-international_protection-some = 您的回答显示出一些迹象，表明您可能需要保护，以免被送回。
finding-international_protection-none_found = 您的回答没有显示出您害怕回去。
finding-international_protection-not_enough_information = 我们目前了解得还不够，无法判断您是否需要保护以免被送回。
finding-possible_child-title = 儿童的权利
finding-possible_child-strong = 您的回答表明您未满 18 岁。儿童享有额外的权利。
finding-possible_child-some = 您可能未满 18 岁，或者在这件事开始时未满 18 岁。在您的年龄确定之前，您应当被当作儿童对待。
finding-possible_child-none_found = 您的回答表明您已满 18 岁。
finding-possible_child-not_enough_information = 我们还不知道您的年龄。儿童享有额外的权利。
finding-possible_child-not_enough_information-when_it_began = 我们还不知道这件事开始时您是否未满 18 岁。如果当时未满，儿童的权利仍可能帮助您。

## 需要
need-immediate_safety = 现在的人身安全
need-medical_care = 医生或医疗护理
need-safe_housing = 一个安全的住处
need-interpretation = 会说您语言的口译员
need-legal_advice = 律师的意见
need-children = 对孩子的帮助
need-going_home = 安全回家
need-fear_of_return = 保护您不被送回
need-unpaid_wages = 拿到您应得的工资

## 保护措施:状态、条件和事实
status-applies = 根据事实，这适用于您。不需要任何人作出决定。
status-may_apply = 这可能适用于您。由有关当局决定。
status-needs_information = 这有可能适用。我们需要更多回答才能知道。
status-does_not_apply = 这不符合您的回答。
protection-conditions = 需要满足的条件
protection-requires = 必须先发生的事
condition-any-of = 满足以下其中一项即可：
protection-outside-scope = 这项权利适用于回答显示出以下迹象的人：{ $signs }。您的回答目前还没有显示出这些迹象。之所以列在这里，是因为它可能满足您告诉我们的某项需要。
requires-positive_reasonable_grounds_decision = 负责识别被害人的当局认定，有合理理由相信您曾被贩运或受到剥削。
requires-positive_conclusive_grounds_decision = 负责识别被害人的当局作出最终决定，认定您曾被贩运或受到剥削。
requires-law_enforcement_request = 警察或其他执法机构为您提出申请。
protection-values = 多长时间或多少钱
protection-decided-by = 由谁决定
protection-how-to-ask = 如何申请
protection-cooperation = 您必须协助警察吗？
protection-unknown = 仍不清楚
protection-unverified = 这项规定尚未对照官方文本核对。
cooperation-required = 是的，这需要您协助警察或检察官。
cooperation-not-required = 不需要。
condition-met = （是）
condition-not-met = （否）
condition-unknown = （不清楚）
condition-not_a_national = 您不是这个国家的公民
condition-third_country_national = 您不是欧盟或欧洲经济区国家的公民，也不是瑞士公民
condition-irregular_status = 您现在没有可以留下来的证件
condition-child = 您未满 18 岁，或者可能未满 18 岁
condition-adult = 您已满 18 岁
condition-cooperation = 您愿意协助警察
condition-reported_to_police = 您已经告诉了警察
condition-fear_of_return = 您害怕回去
condition-wants_to_go_home = 您想回家
condition-made_to_break_law = 您曾被迫违法
condition-smuggled = 您是被偷运者带进来的
condition-owed_wages = 有人欠您工资
condition-no_longer_there = 您已经不再和剥削您的人在一起
condition-particularly_exploitative = 您的工作不安全、损害了您的健康或尊严，或者工作时间过长
condition-unable_to_cooperate = 创伤、疾病或严重危险使您很难协助警察（由有关当局决定）
decider-no_decision = 无人决定：这是法律直接规定的。
decider-competent_authority = 负责认定谁是人口贩运被害人的机构。
decider-immigration_authority = 移民部门。
decider-police = 警察。
decider-prosecutor = 检察官。
decider-court = 法院。
decider-labour_inspectorate = 劳动监察员。
decider-child_protection = 儿童保护服务机构。
decider-asylum_authority = 庇护主管部门。
decider-support_provider = 援助机构。
referrer-self_ = 您可以自己申请，最好有律师帮助。
referrer-first_responder = 必须由一线响应者为您转介：警察或指定的援助机构。
referrer-police = 必须由警察提出申请。
referrer-prosecutor = 必须由检察官提出申请。
referrer-prosecutor_or_labour_inspectorate = 必须由检察官或劳动监察部门提出申请。
referrer-ngo = 援助机构可以帮助您申请。
referrer-lawyer = 律师可以帮助您申请。
referrer-nobody = 您不需要申请。
value-amount_minor = 金额：{ $value } { $currency }
value-annual_cap = 每年上限：{ $value ->
       *[other] { $value } 人
    }
value-days = { $value ->
       *[other] { $value } 天
    }
value-food_allowance_amount_minor = 伙食补贴：{ $value } { $currency }
value-housing_allowance_amount_minor = 住房补贴：{ $value } { $currency }
value-initial_months = 第一期：{ $value ->
       *[other] { $value } 个月
    }
value-initial_years = 第一期：{ $value ->
       *[other] { $value } 年
    }
value-limitation_years = 申请时限：{ $value ->
       *[other] { $value } 年
    }
value-max_days = 最多 { $value ->
       *[other] { $value } 天
    }
value-max_months = 最多 { $value ->
       *[other] { $value } 个月
    }
value-max_years = 最多 { $value ->
       *[other] { $value } 年
    }
value-min_days = 至少 { $value ->
       *[other] { $value } 天
    }
value-min_hourly_wage = 每小时最低工资：{ $value } { $currency }
value-min_months = 至少 { $value ->
       *[other] { $value } 个月
    }
value-months = { $value ->
       *[other] { $value } 个月
    }
value-notice_months = 需要提前通知：{ $value ->
       *[other] { $value } 个月
    }
value-notice_months_after_two_years = 工作满两年后需要提前通知：{ $value ->
       *[other] { $value } 个月
    }
value-presumed_min_months = 您的工作被视为至少持续了 { $value ->
       *[other] { $value } 个月
    }
value-renewal_months = 续期：{ $value ->
       *[other] { $value } 个月
    }
value-years = { $value ->
       *[other] { $value } 年
    }
value-years_in_scheme = { $value ->
       *[other] { $value } 年
    }后

## 帮助
help-kind-emergency = 紧急求助
help-kind-trafficking_helpline = 反人口贩运求助热线
help-kind-exploitation_helpline = 工作剥削求助热线
help-kind-labour_inspectorate = 劳动监察部门：投诉工作和工资问题
help-kind-legal_aid = 免费法律帮助
help-kind-ngo = 援助机构
help-kind-asylum = 庇护和难民帮助
help-kind-child_helpline = 儿童求助热线
help-kind-international = 国际名录
hours-always = 每天开放，日夜不停。
hours-days = 开放时间：{ $days }，{ $opens } 至 { $closes }。
days-mon_fri = 周一至周五
days-mon_sat = 周一至周六
days-every_day = 每天
help-interpreters = 提供多种语言的口译。
help-languages = 语言：{ $languages }
help-free = 免费。
help-checked = 信息核对日期：{ $date }。
help-not-checked = 这些信息尚未核对。
help-more = 详细信息
help-from-site = 由运营本页面的 { $name } 提供。
help-from-this-site = 由运营本页面的机构提供。
help-meets = 可以帮助：{ $needs }

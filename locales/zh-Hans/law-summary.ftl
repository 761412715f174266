# Entitle: Chinese (Simplified). The words of the pay claim on the results and of the case summary for a lawyer.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.

claim-heading = 您可能被拖欠的工资
claim-lead-owed_against_minimum = 根据您的回答，按法定最低工资计算，您 { $months } { $months ->
       *[other] 个月
    }的工作大约被拖欠 { $amount }。
claim-lead-owed_against_promise = 根据您的回答，按当初承诺的工资计算，您 { $months } { $months ->
       *[other] 个月
    }的工作大约被拖欠 { $amount }。
claim-no-figure = 我们无法根据您的回答算出金额。摘要中说明了缺少哪些信息。
claim-deadline-next = 第一个仍未过期的时限在 { $date } 结束（{ $route }）。
claim-deadline-soon = 请尽快行动：有一个时限将在 { $date } 结束（{ $route }）。
claim-deadline-passed = 有些时限可能已经过了。律师也许仍然能找到办法。
summary-open = 查看给律师的摘要
route-labour_inspectorate = 劳动监察部门
route-labour_tribunal = 劳动法院或劳动仲裁庭
route-civil_court = 民事法院
route-criminal_compensation = 刑事法院
route-state_fund = 国家犯罪被害人基金
summary-heading = 给律师或个案工作者的案情摘要
summary-intro = 于 { $date } 在本设备上根据当事人本人的回答生成，依据{ $code ->
        [GB] 英国的规则
        [US] 美国的规则
        [NL] 荷兰的规则
        [PH] 菲律宾的规则
        [ZZ] 国际法的规则
       *[other] { $country }的规则
    }。它显示的是迹象，而不是决定。
summary-chronology = 经过
stage-recruitment = 招募
stage-journey = 行程
stage-work = 工作
stage-leaving_and_now = 离开，以及现在
summary-signs = 回答中的迹象及其法律构成要件
summary-no-signs = 回答中没有显示任何迹象。
presence-present = 有显示
presence-absent = 未显示
presence-unknown = 不清楚
element-act = 行为：招募、运送、转移或窝藏该人
element-means = 手段：威胁、武力、欺骗或滥用权力
element-purpose = 目的：剥削
element-child = 该人当时未满 18 岁
element-under_18 = 该人未满或可能未满 18 岁
element-menace_of_penalty = 以伤害或惩罚相威胁
element-involuntary = 非本人自愿提供的劳动
element-coercion = 胁迫
element-cannot_change_situation = 无法改变自身处境
element-lives_at_workplace = 住在雇主决定的地方
element-wages_withheld = 工资被扣发
element-pay_below_promise = 工资低于承诺
element-large_deductions = 工资被大量扣除
element-excessive_hours = 工作时间过长
element-recruitment_fees = 为得到工作支付了费用
element-smuggled = 被他人以非正规方式带过边境
element-fear_of_return = 害怕回去
element-protected_reason = 难民法所保护的理由
element-documents_kept = 护照或身份证件被他人扣留
element-unsafe_or_degrading = 工作不安全，或生活条件有辱人格
element-violence_at_work = 工作中的暴力
element-harmed_or_held = 在途中受到伤害或被扣留
summary-indicators = 国际劳工组织强迫劳动指标，以及国际劳工组织–欧盟的维度
summary-no-indicators = 回答中没有显示任何国际劳工组织指标。
indicator-ilo-fl-abuse_of_vulnerability = 滥用弱势地位
indicator-ilo-fl-deception = 欺骗
indicator-ilo-fl-restriction_of_movement = 限制行动自由
indicator-ilo-fl-isolation = 隔离
indicator-ilo-fl-physical_and_sexual_violence = 身体暴力和性暴力
indicator-ilo-fl-intimidation_and_threats = 恐吓和威胁
indicator-ilo-fl-retention_of_identity_documents = 扣押身份证件
indicator-ilo-fl-withholding_of_wages = 扣发工资
indicator-ilo-fl-debt_bondage = 债务奴役
indicator-ilo-fl-abusive_working_and_living_conditions = 恶劣的工作和生活条件
indicator-ilo-fl-excessive_overtime = 过度加班
summary-dimension = 维度
summary-strong-medium-weak = 指标：强 / 中 / 弱
summary-positive = 成立
dimension-deceptive_recruitment = 欺骗性招募
dimension-coercive_recruitment = 强制性招募
dimension-recruitment_by_abuse_of_vulnerability = 利用弱势地位进行招募
dimension-exploitative_conditions_of_work = 剥削性工作条件
dimension-coercion_at_destination = 在目的地受到胁迫
dimension-abuse_of_vulnerability_at_destination = 在目的地被滥用弱势地位
summary-protections = 可能适用的保护措施及其法律依据
summary-english-copy = 给律师的英文副本
summary-claim = 工资请求及其计算过程
summary-claim-period = 从 { $began } 到 { $ended }：{ $months } { $months ->
       *[other] 个月
    }。
summary-claim-period-ongoing = 从 { $began } 起，工作仍在继续：到目前为止共 { $months } { $months ->
       *[other] 个月
    }。
figure-owed_against_promise = 按承诺计算的欠款
figure-owed_against_minimum = 按法定最低工资计算的欠款
figure-arrears_at_current_rate = 同样的欠款，按今天的最低工资计算
figure-overtime_at_minimum = 另加的加班费，按最低工资计算
figure-liquidated_damages = 再加同等数额（liquidated damages，法定赔偿金）
figure-restitution_at_least = 刑事法院至少会判处的赔偿数额
working-step = 步骤
working-formula = 计算方法
working-amount = 金额
working-value = 使用的数值及其来源
working-value-from = 自 { $date } 起生效。
value-verified = 已对照官方文本核对。
step-promised_for_months = 工作各月的承诺工资
step-months_at_rate = 每个月第一天有效的最低工资
step-sum = 合计
step-less_received = 减去已收到的金额
step-overtime_premium = 加班的额外工资
step-arrears_at_current_rate = 按今天的标准计算
step-liquidated_damages_equal = 未付的最低工资和加班费，再付一次
step-restitution_greater_of_gain_or_minimum = 按最低工资和加班费计算的劳动价值；如果犯罪者获利更多，则按更多的计算
summary-not-counted = 这些数字无法计入的内容
formula-hour = { $count }小时
formula-day = { $count }天
formula-week = { $count }周
formula-month = { $count }个月
not-counted-period = 不知道工作了几个月，所以无法计算。
not-counted-promise = 不知道承诺的工资是多少。
not-counted-received = 不知道收到了多少，所以没有扣除任何金额。
not-counted-hours = 不知道工作的小时数或天数。
not-counted-age = 不知道年龄，所以使用了成年人的标准。
not-counted-no_minimum_wage = 我们没有这个国家的法定最低工资数据。
not-counted-months_before_first_rate = 有些月份早于我们掌握的第一个最低工资标准，或者当时该年龄没有对应的标准。
not-counted-other_currency = 有些工资是用另一种货币支付的，所以没有扣除。
not-counted-deductions = 工资中有被扣除的钱。我们没有关于其中哪些属于非法扣除的规定：律师可以核实。
not-counted-recruitment_fees = 为得到工作支付过费用。我们这里没有能计算这些费用的规定：律师可以核实。
not-counted-later_rate_missing = 法律按固定周期设定新的最低工资，我们掌握的最后一个标准可能在工作结束前已被取代。最后几个月可能应付给你更多：律师可以核实官方标准。
summary-caveats = 关于这些数字，律师应当知道的事
summary-deadlines = 申请时限
summary-no-deadlines = 我们没有这个国家的时限数据。
deadline-length = 从{ $from }起算，{ $months } { $months ->
       *[other] 个月
    }。
runs-from-last_payment = 最后一次少付工资
runs-from-end_of_work = 工作结束
runs-from-end_of_exploitation = 剥削结束
runs-from-offence = 犯罪发生
runs-from-final_judgment = 刑事案件的最终判决
runs-from-end_of_year = 工资应付年份的年底
deadline-not_started = 尚未开始计算：工作仍在继续。
deadline-open = 从工作结束当月的月底起算，截止日期为 { $date }。
deadline-soon = 从工作结束当月的月底起算，即将截止，截止日期为 { $date }。
deadline-passed = 从工作结束当月的月底起算，已于 { $date } 截止。律师可能知道例外情况。
deadline-unknown = 不知道工作何时结束。
deadline-after_judgment = 从一个我们不知道日期的法院判决起算。

# Entitle: Chinese (Simplified). The words of the app's pages, questions and results.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons = 人口贩运 / 贩运人口 (source: UN authentic Chinese text of the Trafficking Protocol, title and art. 3, 《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》, as published by the NPC: http://www.npc.gov.cn/zgrdw/huiyi/cwh/1112/2010-03/02/content_1867452.htm) [checked: title and art. 3(a) «贩运人口» verified in the Chinese text as quoted by OHCHR, https://www.ohchr.org/zh/trafficking-in-persons/about-trafficking-persons-and-human-rights (read in a stored copy at web.test.ohchr.un-icc.cloud)]
# glossary: victim (of trafficking) = 被害人 (source: same Protocol, art. 6 “对人口贩运活动被害人的帮助和保护”; quoted in full at https://pssjk.bnu.edu.cn/databasedetail?SiteID=14&contentId=7777097&contentType=literature)
# glossary: exploitation = 剥削; servitude = 劳役 (source: same Protocol, art. 3(a), “强迫劳动或服务、奴役或类似奴役的做法、劳役或切除器官”) [checked: «剥削……强迫劳动或服务、奴役或类似于奴役的做法、劳役» verified in the same OHCHR quotation of art. 3(a)]
# glossary: forced labour = 强迫劳动 (“强迫或强制劳动”) (source: ILO Forced Labour Convention 1930 (No. 29), art. 2, Chinese text published by the NPC when China ratified it in 2022, reproduced at https://flfgsc.cn/law/1930%e5%b9%b4%e5%bc%ba%e8%bf%ab%e5%8a%b3%e5%8a%a8%e5%85%ac%e7%ba%a6-%e7%ac%ac29%e5%8f%b7%e5%85%ac%e7%ba%a6-%e4%b8%ad%e8%af%91%e6%9c%ac-2022%e5%b9%b4 ; ILO Beijing https://www.ilo.int/beijing/areas-of-work/international-labour-standards/WCMS_681534/lang--zh/index.htm ; P29 Chinese text https://www.ohchr.org/zh/instruments-mechanisms/instruments/protocol-2014-forced-labour-convention-1930)
# glossary: smuggling of migrants = 偷运移民; smuggler = 偷运者 (source: UN Chinese title of the Smuggling Protocol, 《关于打击陆、海、空偷运移民的补充议定书》; “偷运者” follows it, no official noun found) [checked: «偷运移民议定书» as used by UNODC SHERLOC in Chinese, https://sherloc.unodc.org/cld/zh/legislation/arm/criminal_code_of_the_republic_of_armenia/section_7/article_132/article_132.html ; the Protocol text itself not read]
# glossary: compensation = 赔偿 (source: Trafficking Protocol art. 6(6) and P29 art. 4(1), Chinese texts as above; exact article wording not re-checked for this file)
# glossary: return / repatriation = 遣返, in plain text “安全回家” (source: Trafficking Protocol art. 8, Chinese text; described at https://pssjk.bnu.edu.cn/databasedetail?SiteID=14&contentId=7777097&contentType=literature)
# glossary: debt bondage = 债务奴役 (source: ILO Abolition of Forced Labour Convention 1957 (No. 105), preamble “债务奴役和农奴制”, Chinese text published by the NPC when China ratified it in 2022, reproduced at https://posts.careerengine.us/p/62600deb69117c562a21cd3a ; the ILO indicator of the same name is rendered the same way in this file)
# glossary: refugee = 难民; asylum = 庇护; non-refoulement = 不推回 (source: UN Chinese text of the 1951 Convention relating to the Status of Refugees, 《关于难民地位的公约》 art. 33 (Chinese is a UN translation, the authentic texts being English and French); not re-checked online for this file)
# glossary: residence permit = 居留许可 (no official translation found: the EU and Council of Europe texts have no Chinese version; term used in Chinese legal writing on Directive 2004/81/EC, e.g. https://daowen.com/lilun/1775258.html)
# glossary: recovery and reflection period = 恢复和考虑期 (no official translation found: the Council of Europe Convention has no Chinese text; plain wording “休息和恢复的时间” used in headings)

## 关于本语言版本(显示在“关于”页面)
locale-translation-note = 本中文文本借助人工智能（AI）模型从英文翻译而来。
locale-review-note = 本文本尚未经过以中文为母语的人审阅。

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = 信息

## 离开此页
exit-this-page = 离开此页
exit-emergency = 紧急情况
exit-shift-pressed-once = Shift 键：再按 2 次即可离开。
exit-shift-pressed-twice = Shift 键：再按 1 次即可离开。

## 语言选择和页脚
language-picker-label = 语言
language-picker-toggle = 语言：{ $language }
language-picker-loading = 正在获取其他语言…
language-picker-offline = 其他语言需要联网一次。请连接网络，然后再次打开此列表。
footer-not-advice = 这些是信息，不是法律意见。
about-link = 关于本工具
footer-site-name = 本页面由 { $name } 提供。
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = 致本网站的所有者：设置文件 site.json 没有被采用，因此本应用正在使用自带的设置。问题出在 { $field }：{ $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] 从这里开始，文本不是有效的 JSON。
    [twice] 这个字段写了两次。
    [unknown] 没有这个名称的设置。
    [missing] 必须有这项设置。
    [not-text] 这里必须是写在引号中的文本。
    [not-list] 这里必须是写在 [ ] 中的列表。
    [not-object] 这里必须是写在 { "{" } { "}" } 中的一组设置。
    [not-true-or-false] 这里必须是 true 或 false。
    [version] 这里必须是 1。
    [country] 本应用不涵盖这个国家（请使用 GB 这样的代码）。
    [language] 本应用不支持这种语言（请使用 fr 这样的代码）。
    [language-tag] 这里必须是 pl 或 pt-BR 这样的语言代码，或者 interpreters。
    [need] 这不是本应用所知道的需要之一。
    [phone] 这里必须是 3 到 15 位数字的号码；国际号码前面要加 +，不能有空格。
    [web] 这里必须是以 https:// 开头的网址。
    [days] 这里必须是 mon_fri、mon_sat 或 every_day。
    [time] 这里必须是 09:00 这样的时间。
    [hours] 请使用 always: true，或者使用 days 加上 opens 和 closes。
    [length] 内容为空或太长。
    [too-many] 这个列表太长。
    [no-way-to-reach] 这个联系方式需要有 phone、sms 或网址。
    [repeated] 列表中已经有这一项。
    [display-without-phone] 使用 phone_display 时也必须有 phone。
   *[other] 不允许使用这个值。
}

## 开始页
start-heading = 看看您可能得到哪些帮助和权利
start-what-this-is = 请回答几个关于您的工作和行程的简短问题。我们会告诉您，您的回答中有哪些受到伤害的迹象，有哪些权利可能保护您，以及在哪里可以得到帮助。
start-danger-heading = 如果您现在有危险
start-danger-body = 请拨打您所在国家的紧急电话。即使您没有证件，也可以拨打。
start-privacy-heading = 您的回答只留在这部手机上
start-privacy-body = 您的回答不会被发送到任何地方，也不会被保存。关闭此页后，您的回答就会消失。
start-leave-heading = 快速离开
start-leave-body = 您可以随时点击“离开此页”，或连按 Shift 键 3 次。此页会关闭，并打开一个天气网页。
start-not-heading = 本工具不能做什么
start-not-body = 这些是信息，不是法律意见。本工具不能判定您是不是犯罪的被害人，只有有关当局才能作出判定。律师或援助团体可以帮助您。
start-button = 开始

## 问题:常用词
back = 返回
continue = 继续
change = 修改
not-provided = 未回答
select-placeholder = 请选择一项
progress = 第 { $n } 题（最多 { $total } 题）
error-summary-title = 出现了一个问题
error-choose-one = 请选择一个答案。您可以选择“我不知道”或“我不想说”。
error-number-range = 请输入 0 到 { $most } 之间的整数。
reply-yes = 是
reply-no = 否
reply-dont_know = 我不知道
reply-prefer_not_to_say = 我不想说
answer-maybe_under_18 = 我不确定。我可能未满 18 岁。
answer-years = { $years ->
       *[other] { $years } 岁
    }
answer-count = { $count }

## 国家
country-AU = 澳大利亚
country-CA = 加拿大
country-FR = 法国
country-DE = 德国
country-IT = 意大利
country-NL = 荷兰
country-PH = 菲律宾
country-QA = 卡塔尔
country-ES = 西班牙
country-TH = 泰国
country-GB = 英国
country-US = 美国
country-EU = 欧盟其他国家、冰岛、列支敦士登、挪威或瑞士
country-ZZ = 其他国家

## 问题。每个问题下面都有一行提示。
question-country_now = 您现在在哪个国家？
question-country_now-hint = 我们显示的规定和帮助取决于这一点。
question-in_danger_now = 您现在有危险吗？
question-in_danger_now-hint = 例如，今天可能有人会伤害您。
question-nationality = 您是哪个国家的公民？
question-nationality-hint = 也就是您护照上的国家。
question-age = 您多大了？
question-age-hint = 对儿童的规定不一样。未满 18 岁的人都是儿童。
question-age-number = 我知道我的年龄
question-under_18_when_it_began = 这份工作或这次行程开始时，您是否未满 18 岁？
question-under_18_when_it_began-hint = 有些权利取决于您当时的年龄，而不是现在的年龄。
question-work_kind = 您现在或以前做的是什么工作？
question-work_kind-hint = 请选择主要的工作。
option-work_kind-domestic = 在别人家里工作（打扫、做饭、照看孩子）
option-work_kind-agriculture = 农活
option-work_kind-construction = 建筑工作
option-work_kind-fishing = 捕鱼或在船上工作
option-work_kind-care = 照顾老人或病人
option-work_kind-factory = 工厂工作
option-work_kind-hospitality = 酒店、餐馆或清洁工作
option-work_kind-sex_work = 性工作
option-work_kind-criminal_activity = 犯罪活动，比如种植毒品、贩卖毒品或偷窃
option-work_kind-begging = 乞讨
option-work_kind-other = 其他工作
question-recruited = 是否有人为您找到这份工作，或为您安排了行程？
question-recruited-hint = 例如中介、亲戚或网上认识的人。
question-recruited_by = 是谁为您找到工作或安排了行程？
question-recruited_by-hint = 请选择最符合的一项。
option-recruited_by-agency = 中介机构或中介
option-recruited_by-relative = 亲戚
option-recruited_by-partner = 男朋友、女朋友、丈夫或妻子
option-recruited_by-friend = 朋友
option-recruited_by-stranger = 我不认识的人
option-recruited_by-online = 网上认识的人
option-recruited_by-employer = 雇主
option-recruited_by-other = 其他人
question-forced_to_go = 您是否被人带走，或被迫违背自己的意愿离开？
question-forced_to_go-hint = 例如，有人强迫您出行，或把您带走。
question-moved_by_others = 是否有别人把您从一个地方转到另一个地方？
question-moved_by_others-hint = 例如，有人开车把您送到新的地方，或把您交给其他人。
question-promise_broken = 您的工作、工资或住处，是否和当初承诺的不一样？
question-promise_broken-hint = 例如，工作不一样、钱更少，或住处更差。
question-deceived_about_work = 这份工作是否和当初承诺的工作不一样？
question-deceived_about_work-hint = 例如，当初说好在商店工作，结果却在农场干活。
question-deceived_about_pay = 您的工资是否比当初承诺的少？
question-deceived_about_pay-hint = 想一想您实际拿到手的钱。
question-deceived_about_conditions = 您的工作时间、住处或工作，是否比当初承诺的更差？
question-deceived_about_conditions-hint = 例如，每天工作时间更长，或住的地方更差。
question-deceived_about_papers = 当初是否答应给您签证或证件，结果您却没有拿到？
question-deceived_about_papers-hint = 例如，工作许可。
question-paid_recruitment_fee = 您是否为了得到这份工作或这次行程付过钱？
question-paid_recruitment_fee-hint = 例如，付给中介的费用。
question-owes_debt = 您是否欠您的老板、中介或带您来的人钱？
question-owes_debt-hint = 例如，路费、伙食费或住宿费。
question-debt_grows = 即使您一直在工作，这笔债是否还在不断增加？
question-debt_grows-hint = 例如，他们总是加上新的费用。
question-must_work_off_debt = 他们是否说，您还清债务之前不能离开？
question-must_work_off_debt-hint = 或者说，您必须一直工作到还清为止。
question-journey = 您是怎样进入这个国家的？
question-journey-hint = 请选择最符合的一项。
option-journey-regular = 持签证或许可，通过边境检查入境
option-journey-smuggled = 我付钱给别人，让他们在我没有合法证件的情况下把我带进来
option-journey-false_papers = 使用假证件，或使用不属于我的证件
option-journey-no_border = 我没有跨越国境
question-harmed_on_journey = 在路上，带您走的人是否打过您、伤害过您或虐待过您？
question-harmed_on_journey-hint = 任何形式的伤害都算。
question-held_on_journey = 在路上，您是否被违背意愿地扣留，或被扣押用来索要钱财？
question-held_on_journey-hint = 例如，被关起来，直到有人付钱。
question-pay_problem = 您的工资是否被扣着不发、被克扣，或者根本没有发？
question-pay_problem-hint = 如果工资的很大一部分被拿去抵住宿、伙食、各种费用或罚款，也算。
question-documents_kept = 是否有人拿走并扣着您的护照或身份证件？
question-documents_kept-hint = 例如您的老板、中介或带您来这里的人。
question-documents_held_by = 您的护照或身份证件现在在谁手里？
question-documents_held_by-hint = 请选择最符合的一项。
option-documents_held_by-themselves = 在我自己手里
option-documents_held_by-employer = 我的老板
option-documents_held_by-agent = 中介
option-documents_held_by-smuggler = 带我越过边境的人
option-documents_held_by-authorities = 警察或移民部门
option-documents_held_by-other = 其他人
option-documents_held_by-lost = 已经丢失或被毁掉
question-hurt_or_threatened = 是否有人伤害过您，或威胁过您或您的家人？
question-hurt_or_threatened-hint = 包括威胁要向警察或移民部门举报您。
question-threatened = 是否有人威胁过您？
question-threatened-hint = 例如，说要伤害您。
question-family_threatened = 是否有人威胁过您的家人？
question-family_threatened-hint = 在这里，或在您自己的国家。
question-threatened_with_authorities = 是否有人说过要向警察或移民部门举报您？
question-threatened_with_authorities-hint = 例如，为了让您继续干活。
question-physical_violence = 是否有人打过您或伤害过您？
question-physical_violence-hint = 在工作的地方或住的地方。
question-sexual_violence = 是否有人违背您的意愿，强迫您发生性行为，或对您进行性触摸？
question-sexual_violence-hint = 您可以选择“我不想说”。
question-locked_in = 您是否被锁在里面，或者不被允许外出？
question-locked_in-hint = 在工作的地方或住的地方。
question-watched = 您是否一直被人监视或跟踪？
question-watched-hint = 例如，总有人跟着您。
question-isolated = 是否有人不让您和家人或其他人联系？
question-isolated-hint = 例如，您的手机被拿走了。
question-cannot_leave = 如果您想离开这份工作，会有人阻止您吗？
question-cannot_leave-hint = 或者，您会遭遇不好的事吗？
question-lives_at_workplace = 您是否住在工作的地方，或住在老板指定的地方？
question-lives_at_workplace-hint = 例如，住在老板家里。
question-residence_status = 您有什么证件可以留在这个国家？
question-residence_status-hint = 请选择最符合的一项。
option-residence_status-citizen = 我是这里的公民
option-residence_status-permanent_resident = 我可以永久居留
option-residence_status-work_permit = 工作签证或工作许可
option-residence_status-student_or_visitor = 学生签证或访客签证
option-residence_status-asylum_seeker = 我已经申请了庇护
option-residence_status-refugee = 我在这里是难民
option-residence_status-expired = 我的签证或许可已经过期
option-residence_status-no_papers = 我没有任何证件
question-tied_to_employer = 您的签证是否规定您只能为这个老板工作？
question-tied_to_employer-hint = 或者，您换工作需要老板同意？
question-wages_withheld = 您的工资是否被扣着不发，或者根本没有发？
question-wages_withheld-hint = 例如，您的老板说以后再付。
question-large_deductions = 您的工资是否有很大一部分被拿去抵住宿、伙食、各种费用或罚款？
question-large_deductions-hint = 也就是在您拿到工资之前就被扣掉的钱。
question-hard_conditions = 工作时间是否非常长、工作是否危险，或者您睡觉的地方是否非常差？
question-hard_conditions-hint = 例如，没有休息日，没有安全装备，或者房间又挤又脏。
question-hours_per_day = 在平常的工作日，您每天工作多少小时？
question-hours_per_day-hint = 把所有时间都算上，包括休息时间。
question-hours_per_day-number = 我知道小时数
question-days_off_per_week = 在平常的一周里，您有几天休息？
question-days_off_per_week-hint = 完全不用工作的日子。
question-days_off_per_week-number = 我知道天数
question-unsafe_work = 您的工作是否危险，而且没有您需要的防护或培训？
question-unsafe_work-hint = 例如，接触化学品却没有手套或口罩。
question-degrading_living = 您住的地方是否非常差？
question-degrading_living-hint = 例如，人太多、很脏、没有水，或者没有隐私。
question-made_to_do_things = 是否有人强迫您从事性工作或犯罪、强迫您结婚，或强迫您交出身体的某个器官？
question-made_to_do_things-hint = 您可以选择“我不想说”。
question-sexual_exploitation = 是否有人强迫您和别人发生性关系或从事性工作，让另一个人从中赚钱？
question-sexual_exploitation-hint = 您可以选择“我不想说”。
question-made_to_break_law = 您是否被迫做过违法的事？
question-made_to_break_law-hint = 例如，种植或贩卖毒品、偷东西，或使用假证件。
question-forced_marriage = 您是否曾经被迫结婚，或者现在正被迫结婚？
question-forced_marriage-hint = 也就是您没有同意的婚姻。
question-organ_removal = 是否有人摘取过您身体的某个器官（比如肾脏），或试图强迫您交出？
question-organ_removal-hint = 即使有人答应为此付钱给您，也算。
question-fear_of_return = 如果您回到自己的国家，您是否害怕会发生什么事？
question-fear_of_return-hint = 想一想您在那里会面临的危险。
question-fear_reason = 您为什么害怕回去？
question-fear_reason-hint = 请选择主要原因。
option-fear_reason-traffickers = 剥削过我的人，或害怕再次被困住
option-fear_reason-persecution = 因为我的种族、宗教、国籍、所属群体或政治观点
option-fear_reason-torture = 酷刑或非常残忍的对待
option-fear_reason-family_or_community = 来自我的家人或社区的暴力
option-fear_reason-other = 其他原因
question-wants_to_go_home = 您想回家吗？
question-wants_to_go_home-hint = 回到您来的那个国家。
question-needs_help_now = 您现在是否需要在健康、语言、孩子或回家方面得到帮助？
question-needs_help_now-hint = 如果需要，我们会再多问几个问题，以便为您显示合适的帮助。
question-children_with_them = 您身边有孩子吗？
question-children_with_them-hint = 和您住在一起、未满 18 岁的孩子。
question-health_needs = 您需要看医生或接受医疗护理吗？
question-health_needs-hint = 身体方面或心理方面都算。
question-speaks_local_language = 您会说所在国家的语言吗？
question-speaks_local_language-hint = 能够和医生或警察交谈的程度。
question-still_there = 您是否还在那里工作，或者还和这些人在一起？
question-still_there-hint = 有些权利取决于这一点。
question-reported_to_police = 您是否已经告诉过警察？
question-reported_to_police-hint = 关于您的遭遇。
question-willing_to_help_police = 您是否愿意协助警察进行调查？
question-willing_to_help_police-hint = 有些权利取决于这一点。即使您回答“否”，也仍然可以得到帮助。

## 检查您的回答
check-heading = 检查您的回答
check-intro = 在查看结果之前，您可以修改任何一个回答。
check-continue = 看看您的回答显示了什么

## 关于
about-heading = 关于本工具
about-what = 本工具帮助移民查看是否有人口贩运、强迫劳动和其他伤害的迹象，并列出可能适用的权利和帮助。这些是信息，不是法律意见。
about-translation-heading = 关于本语言版本
about-sources-heading = 法律信息的来源
about-sources = 列出的每项权利都附有法律依据，以及该依据的生效日期。我们无法对照官方文本核对的信息，都标注为“未核对”。
protection-more = 关于这项权利的更多信息
loading-wait = 仍在准备中。请稍后再试。

## 工资请求的问题
question-work_out_pay = 您想算一算别人可能欠您多少工资吗？
question-work_out_pay-hint = 大约还要回答六个问题。律师可以使用算出的数字。
question-work_began = 您是什么时候开始做这份工作的？
question-work_began-hint = 写出月份和年份就够了。
question-work_ended = 这份工作是什么时候结束的？
question-work_ended-hint = 如果您还在那里工作，请选择这一项。
question-pay_promised = 当初承诺给您多少工资？
question-pay_promised-hint = 请写下金额，并选择是按小时、按天、按周还是按月计算。
question-pay_received = 您实际一共拿到了多少工资？
question-pay_received-hint = 把这份工作拿到的钱全部加起来。估算也可以。
question-deductions_total = 您的工资一共被扣掉了多少？
question-deductions_total-hint = 例如用于住宿、伙食、各种费用、罚款或“债务”。估算也可以。
question-recruitment_fees_paid = 为了得到这份工作或这次行程，您付了多少钱？
question-recruitment_fees_paid-hint = 把您付给中介或其他人的所有费用加起来。
question-paid_to_someone_else = 您的工资是否付给了别人，而不是付给您？
question-paid_to_someone_else-hint = 例如付给中介或老板。
answer-kind-month = 我知道月份
answer-still_working = 我还在那里工作
answer-kind-amount = 我知道金额
input-month = 月
input-year = 年
input-amount = 金额
input-currency = 货币
input-per = 计算方式
per-hour = 每小时
per-day = 每天
per-week = 每周
per-month = 每月
answer-pay = { $per } { $amount }
error-month = 请选择月份，并用四位数字写出年份，例如 2024。
error-amount = 请用数字写出金额，例如 1200 或 1200.50。

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = 保存我的回答
open-link = 打开已保存的回答

## Listen
listen = 朗读
listen-stop = 停止
about-listen-heading = 朗读功能
about-listen-some = “朗读”按钮用这台设备上的语音把文字读出来。文字不会离开这台设备。这台设备可以朗读这些语言：{ $languages }。
about-listen-none = 这台设备上没有可以朗读的语音，所以没有“朗读”按钮。本工具只使用设备上的语音，所以文字不会离开设备。

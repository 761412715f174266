# Entitle: Chinese (Simplified). Messages for the legal data of the United Nations, ILO, Council of Europe and European Union layers and the international baseline.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## 联合国
protection-un-palermo_tip-art_6_3-recovery_assistance = 受到伤害后获得帮助，恢复身心
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = 您可能获得安全的住处、医疗服务，以及用您能听懂的语言提供的帮助。
protection-un-palermo_tip-art_6_6-compensation = 就您受到的伤害获得赔偿
protection-un-palermo_tip-art_6_6-compensation-gives = 您可以要求获得一笔钱，以弥补您所受的伤害。
protection-un-palermo_tip-art_7-permission_to_remain = 获准留在这个国家
protection-un-palermo_tip-art_7-permission_to_remain-gives = 您可能被允许在这个国家停留一段时间，或更长时间。
protection-un-palermo_tip-art_8-safe_return = 安全回家
protection-un-palermo_tip-art_8-safe_return-gives = 如果您想回家，您可以请求帮助，安全地回去。
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = 不会仅仅因为被偷运而受惩罚
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = 您不应仅仅因为有人把您偷运进这个国家，就被指控犯罪。
protection-un-smuggling_protocol-art_16-protection_from_violence = 免受暴力的保护
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = 如果有人伤害或威胁您，您可以请求保护。如果您的生命或安全面临危险，您可以请求帮助。
protection-un-refugee_convention-art_33-non_refoulement = 不被送回危险之中
protection-un-refugee_convention-art_33-non_refoulement-gives = 您可以请求不被送到一个您的生命或自由会受到威胁的国家。
protection-un-cat-art_3-no_return_to_torture = 不被送到会遭受酷刑的地方
protection-un-cat-art_3-no_return_to_torture-gives = 您可以请求不被送到一个您可能会遭受酷刑的国家。
protection-un-crc-art_39-child_recovery = 对儿童的照顾和康复
protection-un-crc-art_39-child_recovery-gives = 受到伤害或被人利用的儿童，可以在安全的地方得到照顾，让身心得到康复。
protection-un-icrmw-art_25-equal_pay_even_if_irregular = 即使没有证件，也能得到公平的工资
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = 即使您没有证件，您也可以要求得到与本地工人相同的工资和工作条件。
caveat-shall_consider = 国家必须考虑向您提供这项权利，但不是必须提供。
caveat-other_offences_still_possible = 对于您做过的、在该国属于犯罪的其他事情，您仍然可能被指控。
instrument-un-icrmw = 《保护所有移徙工人及其家庭成员权利国际公约》（1990）
instrument-un-palermo_tip = 联合国《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》（巴勒莫议定书，2000）
instrument-un-smuggling_protocol = 联合国《关于打击陆、海、空偷运移民的补充议定书》（2000）
instrument-un-refugee_convention = 联合国《关于难民地位的公约》（1951）
instrument-un-cat = 联合国《禁止酷刑和其他残忍、不人道或有辱人格的待遇或处罚公约》（1984）
instrument-un-crc = 联合国《儿童权利公约》（1989）
instrument-unhcr-gip_7 = 联合国难民署《国际保护准则》第7号：人口贩运被害人（2006）

## 国际劳工组织
protection-ilo-p29-art_3-identification_and_recovery = 获得帮助，重获自由并恢复身心
protection-ilo-p29-art_3-identification_and_recovery-gives = 您可能获得帮助，以摆脱强迫劳动，并得到安全的住处和医疗服务。
protection-ilo-p29-art_4_1-remedies_and_compensation = 就强迫劳动获得赔偿
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = 您可以就您受到的伤害，以及您没有拿到的工资，要求获得赔偿。
protection-ilo-p29-art_4_2-non_punishment = 不因被迫做的事而受惩罚
protection-ilo-p29-art_4_2-non_punishment-gives = 对于您在强迫劳动期间被迫做的事，您可能不会受到惩罚。
instrument-ilo-c189 = 国际劳工组织《2011年家庭工人公约》（第189号）
instrument-ilo-fl_indicators = 国际劳工组织强迫劳动指标（2012）
instrument-ilo-icls_2018_fl = 国际劳工组织《关于强迫劳动统计测量的准则》（2018）
instrument-ilo-c29 = 国际劳工组织《1930年强迫劳动公约》（第29号）
instrument-ilo-p29 = 国际劳工组织《1930年强迫劳动公约的2014年议定书》
instrument-ilo-fair_recruitment = 国际劳工组织《公平招聘一般原则和操作指南》（2019）
instrument-ilo-delphi_2009 = 国际劳工组织和欧盟委员会《人口贩运操作指标》（2009）

## 欧洲委员会
protection-coe-ecat-art_10_2-no_removal_during_identification = 在核查您的情况期间不被遣送出境
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = 在有关当局核查您的遭遇期间，您不应被送出这个国家。
protection-coe-ecat-art_10_3-presumed_child = 年龄不明时按儿童对待
protection-coe-ecat-art_10_3-presumed_child-gives = 如果没有人能确定您的年龄，您可以被当作儿童对待，并在他们查明期间得到儿童保护。
protection-coe-ecat-art_12-assistance = 住房、医疗和咨询方面的帮助
protection-coe-ecat-art_12-assistance-gives = 您可能获得安全的住处、医疗服务、口译员，以及关于您权利的咨询。您不必当证人，也能得到这些帮助。
protection-coe-ecat-art_13-recovery_period = 休息和恢复的时间
protection-coe-ecat-art_13-recovery_period-gives = 您可以有一段时间休息、让自己感到更安全，并决定下一步怎么做。在此期间，您不应被遣送走。
protection-coe-ecat-art_14-residence_permit = 暂时留下来的许可
protection-coe-ecat-art_14-residence_permit-gives = 您可能获得在这个国家居住一段时间的居留许可，并可以申请续期。
protection-coe-ecat-art_15-compensation_and_legal_aid = 伤害赔偿和法律帮助
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = 您可以获得信息和法律帮助，并可以向伤害您的人要求赔偿。
protection-coe-ecat-art_16-safe_return = 安全回家
protection-coe-ecat-art_16-safe_return-gives = 如果您想回家，您可以请求帮助，安全地返回，同时您的安全和权利会受到关注。
protection-coe-ecat-art_26-non_punishment = 不因被迫做的事而受惩罚
protection-coe-ecat-art_26-non_punishment-gives = 对于您被迫犯下的罪行，您可能不会受到惩罚。
caveat-state_chooses_personal_or_cooperation = 每个国家自己决定发放这种许可的理由：因为您个人的情况，因为您协助警察，或者两者兼有。
instrument-coe-ecat = 《欧洲委员会打击人口贩运行动公约》（2005）
instrument-coe-echr = 《欧洲人权公约》（1950）
instrument-echr-siliadin = Siliadin v. France（西利亚丁诉法国案），欧洲人权法院（2005）

## 欧盟
protection-eu-directive_2011_36-art_11-assistance = 住房、医疗和语言方面的帮助
protection-eu-directive_2011_36-art_11-assistance-gives = 您可能获得安全的住处、医疗服务和口译员。您不必协助警察，也能得到这些帮助。
protection-eu-directive_2011_36-art_8-non_prosecution = 不因被迫做的事而受惩罚
protection-eu-directive_2011_36-art_8-non_prosecution-gives = 对于您被迫犯下的罪行，您可能不会被起诉或受到惩罚。
protection-eu-directive_2011_36-art_12-free_legal_representation = 免费律师和法律咨询
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = 您可以获得法律咨询；如果您付不起钱，还可以免费得到律师。
protection-eu-directive_2011_36-art_13_2-presumed_child = 年龄不明时按儿童对待
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = 如果没有人能确定您的年龄，您可以被当作儿童对待，并立即得到给儿童的帮助。
protection-eu-directive_2011_36-art_17-compensation = 就您受到的伤害获得赔偿
protection-eu-directive_2011_36-art_17-compensation-gives = 您可以向国家的暴力犯罪被害人基金申请一笔钱，以弥补您受到的伤害。
protection-eu-directive_2004_81-art_6-reflection_period = 考虑和恢复的时间
protection-eu-directive_2004_81-art_6-reflection_period-gives = 您可以有一段时间恢复身心，远离伤害您的人，并决定是否愿意协助警察。
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = 在您提供协助期间的居留许可
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = 在您协助警察或法院处理案件期间，您可能获得留在这个国家的居留许可。
protection-eu-directive_2009_52-art_6-back_pay = 从雇主那里拿回欠您的工资
protection-eu-directive_2009_52-art_6-back_pay-gives = 即使您当时没有工作的权利，您也可以要求雇主支付您没有拿到的工资。
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = 遭受极其恶劣的工作条件后的居留许可
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = 如果您投诉了一个对您极其恶劣的雇主，在案件进行期间，您可能获得居留许可。
protection-eu-directive_2012_29-art_8-victim_support = 遭遇犯罪后的免费支持
protection-eu-directive_2012_29-art_8-victim_support-gives = 即使您不报案，也可以从支持服务机构得到免费、保密的支持和咨询。
caveat-may_grant = 国家可以向您提供这项权利，但不是必须提供。
instrument-eu-directive_2011_36 = 欧盟反人口贩运指令（第2011/36/EU号指令）
instrument-eu-directive_2024_1712 = 修订欧盟反人口贩运指令的第(EU) 2024/1712号指令
instrument-eu-directive_2004_81 = 欧盟关于向人口贩运被害人发放居留许可的第2004/81/EC号指令
instrument-eu-directive_2009_52 = 欧盟雇主制裁指令（第2009/52/EC号指令）
instrument-eu-directive_2012_29 = 欧盟被害人权利指令（第2012/29/EU号指令）

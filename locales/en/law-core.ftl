# Entitle: English. Messages for the legal data of the United Nations, ILO, Council of Europe and European Union layers and the international baseline. Written by the Entitle team.
# translation: written in English by the Entitle team.
# reviewed-by-native-speaker: yes

## United Nations
protection-un-palermo_tip-art_6_3-recovery_assistance = Help to recover after harm
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = You may get a safe place to live, health care, and help in a language you understand.
protection-un-palermo_tip-art_6_6-compensation = Money for the harm done to you
protection-un-palermo_tip-art_6_6-compensation-gives = You can ask for money to make up for the harm you suffered.
protection-un-palermo_tip-art_7-permission_to_remain = Permission to stay in the country
protection-un-palermo_tip-art_7-permission_to_remain-gives = You may be allowed to stay in the country for a time, or for longer.
protection-un-palermo_tip-art_8-safe_return = Going home safely
protection-un-palermo_tip-art_8-safe_return-gives = If you want to go home, you can ask for help to travel back safely.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = No punishment just for being smuggled
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = You should not be charged with a crime only because someone smuggled you into the country.
protection-un-smuggling_protocol-art_16-protection_from_violence = Protection from violence
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = You can ask for protection if someone hurts or threatens you. If your life or safety is in danger, you can ask for help.
protection-un-refugee_convention-art_33-non_refoulement = No sending back to danger
protection-un-refugee_convention-art_33-non_refoulement-gives = You can ask not to be sent to a country where your life or freedom would be in danger.
protection-un-cat-art_3-no_return_to_torture = No sending back to torture
protection-un-cat-art_3-no_return_to_torture-gives = You can ask not to be sent to a country where you could be tortured.
protection-un-crc-art_39-child_recovery = Care and healing for children
protection-un-crc-art_39-child_recovery-gives = Children who were hurt or used can get care to heal in body and mind, in a safe place.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = Fair pay even without papers
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = You can ask for the same pay and work rules as local workers, even if you have no papers.
caveat-shall_consider = The country must think about giving you this, but it does not have to give it.
caveat-other_offences_still_possible = You may still be charged for other things you did that are crimes in that country.
instrument-un-icrmw = International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (1990)
instrument-un-palermo_tip = UN Trafficking in Persons Protocol (Palermo Protocol, 2000)
instrument-un-smuggling_protocol = UN Protocol against the Smuggling of Migrants by Land, Sea and Air (2000)
instrument-un-refugee_convention = UN Refugee Convention (1951)
instrument-un-cat = UN Convention against Torture (1984)
instrument-un-crc = UN Convention on the Rights of the Child (1989)
instrument-unhcr-gip_7 = UNHCR Guidelines on International Protection No. 7: Victims of Trafficking (2006)

## International Labour Organization
protection-ilo-p29-art_3-identification_and_recovery = Help to get free and recover
protection-ilo-p29-art_3-identification_and_recovery-gives = You may get help to leave forced work, a safe place to stay, and health care.
protection-ilo-p29-art_4_1-remedies_and_compensation = Money for forced work
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = You can ask for money for the harm done to you and for pay you did not get.
protection-ilo-p29-art_4_2-non_punishment = No punishment for what you were forced to do
protection-ilo-p29-art_4_2-non_punishment-gives = You may not be punished for things you were forced to do while in forced work.
instrument-ilo-c189 = ILO Domestic Workers Convention, 2011 (No. 189)
instrument-ilo-fl_indicators = ILO Indicators of Forced Labour (2012)
instrument-ilo-icls_2018_fl = ILO Guidelines concerning the measurement of forced labour (2018)
instrument-ilo-c29 = ILO Forced Labour Convention, 1930 (No. 29)
instrument-ilo-p29 = ILO Protocol of 2014 to the Forced Labour Convention
instrument-ilo-fair_recruitment = ILO General Principles and Operational Guidelines for Fair Recruitment (2019)
instrument-ilo-delphi_2009 = ILO and European Commission Operational Indicators of Trafficking in Human Beings (2009)

## Council of Europe
protection-coe-ecat-art_10_2-no_removal_during_identification = No removal while your case is checked
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = You should not be sent out of the country while the authorities check what happened to you.
protection-coe-ecat-art_10_3-presumed_child = Treated as a child if age is unclear
protection-coe-ecat-art_10_3-presumed_child-gives = If no one is sure how old you are, you can be treated as a child and get child protection while they find out.
protection-coe-ecat-art_12-assistance = Help with housing, health and advice
protection-coe-ecat-art_12-assistance-gives = You may get a safe place to live, health care, an interpreter, and advice about your rights. You do not have to be a witness to get this help.
protection-coe-ecat-art_13-recovery_period = Time to rest and recover
protection-coe-ecat-art_13-recovery_period-gives = You can have time to rest, feel safer and decide what to do. You should not be sent away during this time.
protection-coe-ecat-art_14-residence_permit = Permission to stay for a time
protection-coe-ecat-art_14-residence_permit-gives = You may get a permit to live in the country for a time, and you can ask to renew it.
protection-coe-ecat-art_15-compensation_and_legal_aid = Money for harm and legal help
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = You can get information and legal help, and you can ask for money from the people who harmed you.
protection-coe-ecat-art_16-safe_return = Going home safely
protection-coe-ecat-art_16-safe_return-gives = If you want to go home, you can ask for help to return safely, with attention to your safety and rights.
protection-coe-ecat-art_26-non_punishment = No punishment for what you were forced to do
protection-coe-ecat-art_26-non_punishment-gives = You may not be punished for crimes you were forced to commit.
caveat-state_chooses_personal_or_cooperation = Each country decides why it gives this permit: because of your own situation, because you help the police, or both.
instrument-coe-ecat = Council of Europe Convention on Action against Trafficking in Human Beings (2005)
instrument-coe-echr = European Convention on Human Rights (1950)
instrument-echr-siliadin = Siliadin v. France, European Court of Human Rights (2005)

## European Union
protection-eu-directive_2011_36-art_11-assistance = Help with housing, health and language
protection-eu-directive_2011_36-art_11-assistance-gives = You may get a safe place to live, health care, and an interpreter. You do not have to help the police to get this help.
protection-eu-directive_2011_36-art_8-non_prosecution = No punishment for what you were forced to do
protection-eu-directive_2011_36-art_8-non_prosecution-gives = You may not be charged or punished for crimes you were forced to commit.
protection-eu-directive_2011_36-art_12-free_legal_representation = Free lawyer and legal advice
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = You can get legal advice, and a lawyer for free if you cannot pay.
protection-eu-directive_2011_36-art_13_2-presumed_child = Treated as a child if age is unclear
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = If no one is sure how old you are, you can be treated as a child and get help for children at once.
protection-eu-directive_2011_36-art_17-compensation = Money for the harm done to you
protection-eu-directive_2011_36-art_17-compensation-gives = You can ask for money from the country's fund for victims of violent crime, to make up for the harm done to you.
protection-eu-directive_2004_81-art_6-reflection_period = Time to think and recover
protection-eu-directive_2004_81-art_6-reflection_period-gives = You can have time to recover, get away from the people who harmed you, and decide if you want to help the police.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = Permit to stay while you help
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = You may get a permit to stay in the country while you help the police or a court with the case.
protection-eu-directive_2009_52-art_6-back_pay = Pay you are owed from your employer
protection-eu-directive_2009_52-art_6-back_pay-gives = You can ask your employer for the pay you did not get, even if you had no right to work.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = Permit to stay after very bad work
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = If you complain about an employer who treated you very badly, you may get a permit to stay while the case goes on.
protection-eu-directive_2012_29-art_8-victim_support = Free support after a crime
protection-eu-directive_2012_29-art_8-victim_support-gives = You can get free, private support and advice from a support service, even if you do not report the crime.
caveat-may_grant = The country is allowed to give you this, but it does not have to.
instrument-eu-directive_2011_36 = EU Anti-Trafficking Directive 2011/36/EU
instrument-eu-directive_2024_1712 = Directive (EU) 2024/1712 amending the EU Anti-Trafficking Directive
instrument-eu-directive_2004_81 = EU Directive 2004/81/EC on residence permits for victims of trafficking
instrument-eu-directive_2009_52 = EU Employer Sanctions Directive 2009/52/EC
instrument-eu-directive_2012_29 = EU Victims' Rights Directive 2012/29/EU

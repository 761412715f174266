# Entitle: English. Messages for the legal data of Germany, the Netherlands, Italy, Spain and France. Written by the Entitle team.
# translation: written in English by the Entitle team.
# reviewed-by-native-speaker: yes

## Germany
protection-de-aufenthg-s_59_7-reflection_period = Time to rest and decide
protection-de-aufenthg-s_59_7-reflection_period-gives = You may stay in Germany for a while to rest and get support. You can take time to decide if you want to give evidence about what happened.
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = Permit to stay as a witness
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = You may get a permit to live in Germany while the criminal case against the people who harmed you goes on.
caveat-prosecutor_must_deem_presence_appropriate = The prosecutor or the court must agree that they need you in the country for the case. We cannot know if they will.
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = Permit to stay after very unfair illegal work
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = You may get a permit to live in Germany while the criminal case about your work and your employer goes on.
instrument-de-aufenthg = German Residence Act 2004 (AufenthG)

## Netherlands
protection-nl-vc_2000-b8_3-reflection_period = Time to rest, with shelter and support
protection-nl-vc_2000-b8_3-reflection_period-gives = You may stay in the Netherlands for a while, with a safe place to sleep and money to live on. In that time you can decide if you want to report the crime.
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = Permit to stay while the case goes on
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = You may get a free permit to live in the Netherlands while the police investigate and the criminal case goes on.
caveat-exempt_from_cooperation_if_unable = If you cannot help the police because you are ill, under 18 or in serious danger, you may still be able to get this permit.
protection-nl-vb_2000-art_3_51_1_k-continued_residence = Staying on after the case ends
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = You may get a permit to keep living in the Netherlands after the criminal case is over.
caveat-after_conviction_or_three_years = This usually needs someone to be found guilty in your case, or for you to have held the trafficking permit for three years.
instrument-nl-vw_2000 = Dutch Aliens Act 2000 (Vw 2000)
instrument-nl-vb_2000 = Dutch Aliens Decree 2000 (Vb 2000)
instrument-nl-vc_2000 = Dutch Aliens Circular 2000 (Vc 2000)

## Italy
protection-it-tui-art_18-special_permit_social_track = Special permit through a support group
protection-it-tui-art_18-special_permit_social_track-gives = You may get a permit to live and work in Italy, and join a programme that helps you get safe and build a new life.
caveat-concrete_danger_assessed_by_authority = The police chief must decide that you are in real danger. We did not ask about this, so we cannot tell if it fits you.
protection-it-tui-art_18-special_permit_judicial_track = Special permit through a criminal case
protection-it-tui-art_18-special_permit_judicial_track-gives = You may get a permit to live and work in Italy, and join a programme that helps you get safe and build a new life.
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = Permit if you report a boss who exploited you badly
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = You may get a permit to live in Italy while the criminal case against your employer goes on.
caveat-particularly_exploitative_conditions_only = This was only for work under especially harsh exploitation, which is a higher bar than the signs we look for.
protection-it-tui-art_18_ter-permit_for_labour_exploitation = Permit for workers who were exploited
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = You may get a permit to live and work in Italy after you help bring out the truth about how you were treated at work.
caveat-judicial_authority_or_labour_inspectorate_covers_family = A prosecutor or judge must ask for it, or the labour inspectors must support it. The permit can also cover your family members.
instrument-it-tui = Italian Consolidated Immigration Act, Legislative Decree 286/1998 (TUI)
instrument-it-dl_145_2024 = Italian Decree-Law 145/2024 (Flows Decree)
instrument-it-dl_146_2025 = Italian Decree-Law 146/2025 (Flows Decree 2025)
instrument-it-dpr_394_1999 = Italian Presidential Decree 394/1999 (Immigration Act Regulation)

## Spain
protection-es-loex-art_59_bis-reflection_period = Time to recover and decide
protection-es-loex-art_59_bis-reflection_period-gives = You may stay in Spain for a while to recover and think about helping the police. Steps to send you away should stop during this time.
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = No punishment for being in Spain without papers
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = You may be spared the fine or removal you could face for staying in Spain without the right papers.
protection-es-loex-art_59_bis-permit_personal_situation = Permit because of your personal situation
protection-es-loex-art_59_bis-permit_personal_situation-gives = You may get a permit to live and work in Spain because of your own situation, even if you do not help the police.
caveat-after_exemption_from_liability = First the authorities must decide not to punish you for being in Spain without papers. Then you can usually ask for this permit.
protection-es-loex-art_59_bis-permit_for_cooperation = Permit for helping the police or court
protection-es-loex-art_59_bis-permit_for_cooperation-gives = You may get a permit to live and work in Spain because you help with the investigation or the court case.
protection-es-loex-art_59-permit_for_cooperation_against_networks = Permit for helping to stop exploiting gangs
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = You may get a permit to live and work in Spain, and be spared the penalty for staying without papers.
instrument-es-loex = Spanish Foreigners Act, Organic Law 4/2000 (LOEX)
instrument-es-rloex = Spanish Foreigners Regulation, Royal Decree 557/2011 (RLOEX)
instrument-es-rloex_2024 = Spanish Foreigners Regulation, Royal Decree 1155/2024 (in force from 20 May 2025)

## France
protection-fr-ceseda-r_425_2-reflection_period = Time to rest and think
protection-fr-ceseda-r_425_2-reflection_period-gives = You may get a paper that lets you stay in France while you rest and decide if you want to make a complaint. It may also let you work.
protection-fr-ceseda-l_425_1-temporary_residence_card = Residence card if you report or testify
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = You may get a card to live and work in France while the criminal case goes on.
caveat-complaint_or_testimony_required = You must make a complaint to the police or give evidence in the case. Only saying you are willing to help is not enough.
protection-fr-ceseda-l_425_2-allowance = Money to live on
protection-fr-ceseda-l_425_2-allowance-gives = You may get regular money to help you pay for food and other basic needs.
protection-fr-ceseda-l_425_3-resident_card = Long-term resident card
protection-fr-ceseda-l_425_3-resident_card-gives = You may get a card to live and work in France for many years.
caveat-only_after_final_conviction = This is only possible once the accused person has been found guilty for good in court. We cannot know how a trial will end.
protection-fr-ceseda-l_425_4-exit_programme_permit = Permit while on a programme to leave prostitution
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = You may get a permit to stay in France, with help to start a new life away from sex work.
caveat-only_for_prostitution_exit_programme = This is only for people who have stopped selling sex. They must follow an official plan to leave sex work, with a support group.
instrument-fr-ceseda = French Code on the Entry and Stay of Foreigners and the Right of Asylum (CESEDA, 2020 version)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-de-milog = Minimum Wage Act (Mindestlohngesetz, MiLoG, 2014)
instrument-de-bgb = Civil Code (Bürgerliches Gesetzbuch, BGB)
instrument-de-sgb_14 = Social Code Book XIV: Social Compensation (SGB XIV, 2019)
instrument-es-et_2015 = Workers’ Statute (Estatuto de los Trabajadores, 2015)
instrument-es-ley_35_1995 = Law 35/1995 on aid to victims of violent and sexual crimes
instrument-fr-code_travail = Labour Code (Code du travail)
instrument-fr-code_procedure_penale = Code of Criminal Procedure (Code de procédure pénale)
instrument-it-cc = Civil Code (Codice civile)
instrument-it-l_228_2003 = Law 228/2003 on measures against trafficking in persons
instrument-nl-wml = Minimum Wage and Minimum Holiday Allowance Act (Wet minimumloon en minimumvakantiebijslag)
instrument-nl-bw_3 = Civil Code, Book 3 (Burgerlijk Wetboek)
instrument-nl-wsg = Violent Crimes Compensation Fund Act (Wet schadefonds geweldsmisdrijven)
caveat-backdating_limit_not_a_bar = You can still apply after a year. But you only get payments from the month you apply, unless you could not apply sooner.
caveat-each_month_runs_separately = Each month’s pay has its own five years, so the oldest months run out first. A written demand to the employer starts the time again.
caveat-es_domestic_hourly_external_only = An hourly minimum for domestic workers who are paid by the hour and do not live in is left out. A live-in domestic worker is owed the monthly minimum.
caveat-es_each_payment_own_year_interruptible = Each unpaid wage must be claimed within a year of its payday, so the oldest months run out first. A formal claim to the employer, or asking for conciliation, starts the year again.
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = This aid is only for violent crimes that caused death or serious harm, and for sexual crimes. The time stops while a criminal case goes on.
caveat-es_smi_floor_14_payments = The minimum is paid in 14 payments a year. The two extra payments are not counted here, so more may be owed.
caveat-fr_civi_prosecution_extends_relief_possible = If there is a criminal case, you can still ask up to a year after the final decision. The commission can accept a late request for a good reason. For a child, the time starts at 18.
caveat-fr_smic_floor_mayotte_minors = This is the minimum for mainland France. Mayotte has a lower one. Agreements often require more. Some young workers and apprentices may be paid less.
caveat-fr_wage_claim_each_payday_three_years_before_end = Each month’s pay must be claimed within three years, so the oldest months run out first. After the job ends, you can claim for its last three years.
caveat-intentional_injury_damages_only = The 30 years are only for damages for harm done on purpose to your life, body, health or freedom. They are not for unpaid pay.
caveat-it_longer_if_crime = If the harm is also a crime with a longer limit, like trafficking or slavery, the claim for damages has that longer limit too.
caveat-it_wage_limit_private_sector_interruptible = The five years start at the end of the job only for private employers. Each written demand for payment starts the five years again.
caveat-late_application_if_reasonable = The fund can still accept a late request if it was made as soon as you reasonably could. It pays only for serious injury from a violent crime.
caveat-monthly_minimum_for_full_time_week = Before 2024 the minimum was a monthly amount for a full-time week. We count it for a 40-hour week, the longest usual week. If the week was shorter, more is owed.
caveat-runs_from_end_of_year = The three years start at the end of the year in which the pay was due. A claim in court stops the time.
caveat-runs_from_knowledge_longer_against_offender = The five years start when you know of the harm and who caused it. A claim against the offender lasts at least as long as they can be prosecuted.
caveat-sector_minimum_wages_and_exclusions = Some sectors have a higher minimum. This minimum does not cover under-18s without training, apprentices, some interns and volunteers.
caveat-youth_minimum_not_encoded = Workers under 21 have a lower minimum, which is not counted here.

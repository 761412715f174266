# Entitle: English. Messages for the legal data of Germany, the Netherlands, Italy, Spain and France. Written by the Entitle team.

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

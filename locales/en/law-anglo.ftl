# Entitle: English. Messages for the legal data of the United Kingdom, the United States, Canada and Australia. Written by the Entitle team.
# translation: written in English by the Entitle team.
# reviewed-by-native-speaker: yes

## United Kingdom
protection-gb-nrm_guidance-first_responders-nrm_referral = Being put forward for official support
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = A police officer, council worker or support charity can send your details to the UK’s support system. Then your case can be looked at and you can get help.
caveat-first_responder_only_adults_consent = You cannot put yourself forward. The police, a council or an approved charity must do it. If you are an adult, they need your agreement first.
protection-gb-nrm_guidance-recovery-recovery_period = Time to rest and recover with support
protection-gb-nrm_guidance-recovery-recovery_period-gives = You may get a safe place to live, health care, an interpreter and someone to support you while your case is looked at.
caveat-public_order_disqualification = The Home Office can refuse this help if it thinks you are a danger to the public. It can also refuse if it thinks you were not honest about what happened.
protection-gb-msa_2015-s_45_1-defence_for_adults = Defence if forced to break the law
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = If you were forced to do something illegal because you were exploited, you can tell the court. This can be a defence against the charge.
protection-gb-msa_2015-s_45_4-defence_for_children = Defence for children made to break the law
protection-gb-msa_2015-s_45_4-defence_for_children-gives = If you did something illegal because you were being exploited, you can tell the court, and this can be a defence. You do not have to show you were forced.
caveat-schedule_4_offences_excluded = This defence does not cover some very serious crimes, like murder or serious violent or sexual crimes. It only works in England and Wales.
protection-gb-msa_2015-s_8-reparation_order = Payment ordered from the person who exploited you
protection-gb-msa_2015-s_8-reparation_order-gives = The court can order the person who exploited you to pay you money for the harm they did to you.
caveat-needs_conviction_and_confiscation_order = This only happens if the person is found guilty and the court takes money from them. You cannot get more than the court took.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = Temporary permission to stay in the UK
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = You may be allowed to stay in the UK for a time. It can be to recover, to ask for money for the harm done to you, or to help the police.
caveat-recovery_ground_paused = Right now the Home Office is not deciding requests to stay for recovery. It is also not deciding any request from a person with a deportation order.

## United States
protection-us-t_rule_2002-s_214_11-t_status_adult = T visa for adults (older rules)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = You can ask for a visa that lets you live and work in the US for some years. Later you may be able to apply to stay for good.
caveat-trauma_exception_and_extreme_hardship = If trauma makes it too hard to help the police, you may not have to. But you must show that leaving the US would harm you very badly.
protection-us-t_rule_2002-s_214_11-t_status_child = T visa for children (older rules)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = You can ask for a visa that lets you live, study and work in the US for some years. Later you may be able to apply to stay for good.
caveat-extreme_hardship_required = You must show that being made to leave the US would cause you very serious harm.
protection-us-t_rule_2024-s_214_202-t_status_adult = T visa for adults
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = You can ask for a visa that lets you live and work in the US for some years. Later you may be able to apply to stay for good.
protection-us-t_rule_2024-s_214_202-t_status_child = T visa for children
protection-us-t_rule_2024-s_214_202-t_status_child-gives = You can ask for a visa that lets you live, study and work in the US for some years. Later you may be able to apply to stay for good.
protection-us-tvpa_2000-s_107_c_3-continued_presence = Permission to stay during the police case
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = You may be allowed to stay in the US and to work legally while the crime against you is being looked into.
caveat-requested_by_law_enforcement_only = You cannot ask for this yourself. Only the police or another law enforcement office can ask for it for you.
protection-us-ina-s_101_a_15_u-u_status = U visa for people harmed by serious crimes
protection-us-ina-s_101_a_15_u-u_status-gives = You can ask for a visa that lets you live and work in the US for some years. Later you may be able to apply to stay for good.
caveat-certification_and_substantial_abuse_required = You need a signed form from the police or another agency saying you helped them. You must also show the crime hurt you badly, in body or mind.
protection-us-usc_18-s_1593-mandatory_restitution = Court-ordered payment for what you lost
protection-us-usc_18-s_1593-mandatory_restitution-gives = The court can order the person who exploited you to pay you for your losses, including the wages you should have been paid.
caveat-only_on_conviction = You only get this money if the person is found guilty in a criminal court.
protection-us-usc_18-s_1595-civil_action = Ask a court for money for harm
protection-us-usc_18-s_1595-civil_action-gives = You can start your own court case to ask for money from the person who exploited you. You can also ask anyone who knowingly made money from it.
caveat-stayed_during_criminal_case = If there is a criminal case about the same crime, your own case has to wait until that case is finished.
protection-us-flsa-s_16_b-back_wages = Get your unpaid wages back
protection-us-flsa-s_16_b-back_wages-gives = You can ask to be paid the minimum wage and overtime you are owed, and the same amount again as extra money.
caveat-any_immigration_status = The government says this works even if you have no papers. But some courts limit other kinds of lost pay for workers without papers.

## Canada
protection-ca-irpa-s_24-vtip_trp_until_2025 = Permit to stay in Canada (older rules)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = You can ask for a permit to stay in Canada legally for a time. Then you can rest, recover and decide what to do next.
protection-ca-irpa-s_24-vtip_trp = Permit to stay in Canada
protection-ca-irpa-s_24-vtip_trp-gives = You can ask for a permit to stay in Canada legally, so you can be safe, recover and plan what to do next.
protection-ca-ircc_vtip-subsequent_trp-further_permit = A new permit to keep staying
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = When your permit is ending, you can ask for a new one so you can stay in Canada longer.
caveat-later_permits_refused_after_criminal_case = The rules say you do not have to help the police. But some people were refused a new permit after the criminal case ended.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = Health care while you have your permit
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = You may get health care and counselling paid for by the government.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = Permit to work in Canada
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = You can ask for a permit that lets you work legally in Canada, so you can earn money safely.

## Australia
protection-au-stpp-intensive_support_stream-support = Support with housing, health and advice
protection-au-stpp-intensive_support_stream-support-gives = You may get a safe place to live, health care, counselling and an interpreter. You may also get advice about the law and visas, and a support worker to help you.
caveat-afp_referral_required = You can only get this support if the Australian Federal Police put you forward for it.
protection-au-stpp-additional_referral_pathway-referral_without_police = Get help without going to the police
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = You can talk to a support service about staying safe and get free legal advice. They can help you join the support program without going to the police.
caveat-under_16_without_guardian_referred_to_child_protection = If you are under 16 and no safe adult looks after you, the service must send you to child protection and the police instead.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = Get help without the police (continued)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = You can talk to a support service about staying safe and get free legal advice. They can help you join the support program without going to the police.
caveat-extension_end_date_unknown = This way of getting help was extended, but we do not know when it ends, so check that it is still open.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = Short visa to rest and recover
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = You may get a short visa so you can stay in Australia legally while you rest, recover and think about what to do next.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = Permanent visa to stay in Australia
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = You may be able to stay in Australia for good and build your life here.
caveat-certificate_of_contribution_required = You need a government paper saying you have already helped a police case or trial; being willing to help is not enough.

## Names of legal sources
instrument-gb-msa_2015 = UK Modern Slavery Act 2015
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009)
instrument-us-ina = US Immigration and Nationality Act of 1952
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007)
instrument-us-flsa = US Fair Labor Standards Act of 1938
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006)
instrument-au-stpp = Australian Support for Trafficked People Program (2004)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australia)
instrument-ca-clc = Canada Labour Code (1985)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015
instrument-gb-era_1996 = Employment Rights Act 1996
instrument-gb-limitation_act_1980 = Limitation Act 1980
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947
caveat-above_compulsory_school_age = This rate starts only after the young person has left compulsory school, not on their 16th birthday.
caveat-apprentice_rate_conditions = A lower rate for apprentices is left out. It is only for apprentices under 19, or in their first year. Everyone else gets the rate for their age.
caveat-au_awards_set_higher_minima = Most workers have an award or agreement with a higher minimum, so they are often owed more. Workers under 21 and apprentices have their own rates, not counted here.
caveat-au_state_victims_schemes_vary = Each state and territory has its own payments for victims of crime, with its own time limit. None is counted here.
caveat-ca_federal_complaint_24_month_cap = This complaint is only for jobs under federal law. It can win back only the pay of the 24 months before you complain. Other workers complain under their province’s law.
caveat-ca_federal_sectors_only = This federal rate is only for jobs in federal sectors, like banks, airlines and transport between provinces. Most workers have their province’s rate. If that is higher, it is owed.
caveat-ca_overtime_daily_limit_and_exemptions = Overtime is also owed for more than 8 hours in one day. Managers and some jobs follow other rules.
caveat-cics_exceptions_and_crime_of_violence = This scheme pays only for injury from a violent crime in Great Britain. Other time limits apply to abuse in childhood. A late claim can be accepted in special cases.
caveat-counts_back_from_notice = The six years are counted back from the day the officer sends the notice, not from when you complain. So a slow authority shortens what can be won back.
caveat-each_payment_separately = Each short payday has its own six years, so the oldest months run out first.
caveat-early_conciliation_and_two_year_backstop = The three months are longer while you go through early conciliation (ACAS). But a tribunal can award only what was taken in the two years before you claim.
caveat-good_faith_may_reduce = A court may lower or refuse the extra amount if the employer shows it acted in good faith.
caveat-live_in_domestic_workers_exempt = A domestic worker who lives in the home of the employer is not owed overtime. They are still owed the minimum for every hour. This does not apply when an agency employs them.
caveat-nmw_exclusions = Some people get no minimum wage, for example someone who lives with the family they work for and is treated as one of them. A lawyer can check this.
caveat-state_and_local_minimums_often_higher = This is only the federal minimum. Many states and cities have a higher one, and the higher one is owed. We do not hold those.
caveat-ten_years_after_18_if_minor = If you were under 18, you can claim until 10 years after your 18th birthday, if that is later.
caveat-three_years_if_willful = The limit is three years if the employer knew it was breaking the law. Each short payday has its own limit, so the oldest weeks run out first.

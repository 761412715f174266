# Entitle: English. Messages for the legal data of the Philippines, Qatar, Thailand and ASEAN. Written by the Entitle team.
# translation: written in English by the Entitle team.
# reviewed-by-native-speaker: yes

## Philippines
protection-ph-ra_9208-s_17-not_penalised = Not punished for crimes you were forced into
protection-ph-ra_9208-s_17-not_penalised-gives = You should not be punished for crimes the traffickers made you do, or that came from being trafficked.
protection-ph-ra_9208-s_18-witness_protection = Protection as a witness
protection-ph-ra_9208-s_18-witness_protection-gives = You may be able to join the government's program that keeps witnesses safe, for example with a safe place to live.
protection-ph-ra_9208-s_19-continued_presence = Permission to stay in the Philippines
protection-ph-ra_9208-s_19-continued_presence-gives = You may be allowed to stay in the Philippines for a time, so you do not have to leave the country straight away.
protection-ph-ra_9208-s_19-assistance = The same help as Filipino survivors get
protection-ph-ra_9208-s_19-assistance-gives = You may get the same protection, help and services that Filipino people in your situation get.
protection-ph-ra_9208-s_3_a-child_without_means = Children need not show force or lies
protection-ph-ra_9208-s_3_a-child_without_means-gives = You do not have to show that anyone forced, tricked or threatened you. What was done to you can still count as trafficking.
caveat-section_number_from_2003_act = The section number comes from the 2003 law, and later changes to the law may have moved or changed this rule.
caveat-tied_to_prosecution = How long you can stay depends on what the case against the traffickers needs, not only on what you need.
caveat-child_includes_adults_unable_to_protect_themselves = The law also treats some adults as children, if an illness or disability means they cannot keep themselves safe. This app does not ask about that.
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862)

## Qatar
protection-qa-law_17_2020-art_2-minimum_wage = A minimum wage for every worker
protection-qa-law_17_2020-art_2-minimum_wage-gives = You should be paid at least a basic wage each month, plus money for food and housing if your employer does not give you these.
protection-qa-law_18_2020-law-change_employer_without_noc = Change employer without your employer's permission
protection-qa-law_18_2020-law-change_employer_without_noc-gives = You can move to a new employer before your contract ends, without a letter of permission from the employer you have now.
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = Leave Qatar without your employer's permission
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = You can leave Qatar, for a short trip or for good, without asking your employer for an exit permit.
protection-qa-law_13_2017-committees-wage_claim = Claim unpaid wages at a labour committee
protection-qa-law_13_2017-committees-wage_claim-gives = You can make a claim to a special labour committee for the wages and other money your employer owes you.
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = A fund pays wages your employer will not
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = If you win a wage claim and your employer still does not pay, a government fund may pay you the money instead.
protection-qa-law_15_2011-art_2-identification_as_victim = Being recognised as a trafficked person
protection-qa-law_15_2011-art_2-identification_as_victim-gives = You may be recognised as someone who was trafficked. This can open the way to protection, such as a safe shelter.
caveat-amounts_reviewed_yearly = The government looks at these amounts at least once a year, so they may have changed since we last checked.
caveat-which_law_removed_noc_disputed = Sources do not agree on which 2020 law ended the need for your employer's permission, so we show both laws.
caveat-domestic_workers_from_2020_and_five_percent_exception = Domestic workers were only added in January 2020. Employers can still name a few staff who need their permission to leave. A committee hears complaints.
caveat-domestic_workers_coverage_not_checked = We have not checked whether domestic workers can take their claims to these committees.
caveat-payment_conditions_and_caps = The fund only pays in certain cases, and reports say there is a limit on how much it pays.
caveat-victim_protection_articles_not_verified = We could not read the parts of this law about protecting trafficked people, so the details here are not confirmed.
instrument-qa-law_17_2020 = Qatar Law No. 17 of 2020 on the Minimum Wage
instrument-qa-law_18_2020 = Qatar Law No. 18 of 2020 amending the Labour Law
instrument-qa-law_19_2020 = Qatar Law No. 19 of 2020 amending the Law on Entry, Exit and Residence of Expatriates
instrument-qa-law_13_2018 = Qatar Law No. 13 of 2018 amending the Law on Entry, Exit and Residence of Expatriates
instrument-qa-law_13_2017 = Qatar Law No. 13 of 2017 amending the Labour Law (Labour Dispute Settlement Committees)
instrument-qa-law_17_2018 = Qatar Law No. 17 of 2018 establishing the Workers' Support and Insurance Fund
instrument-qa-law_15_2011 = Qatar Law No. 15 of 2011 on Combating Trafficking in Human Beings

## Thailand
protection-th-atipa_2551-s_33-assistance = Shelter, health care and other help
protection-th-atipa_2551-s_33-assistance-gives = You may get food, a place to stay, medical care, help to recover, legal help, and help to go home.
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = Being told about compensation and legal help
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = Officials should tell you straight away that you can ask for money for the harm done to you, and that you can get legal help.
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = The prosecutor can claim compensation for you
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = If you want money for the harm done to you, the public prosecutor can ask the court for it for you.
protection-th-atipa_2551-s_37-temporary_stay_and_work = Permission to stay and work for a time
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = You may be allowed to stay in Thailand for a time, and to work while you are there.
protection-th-atipa_2551-s_38-return_home = Help to go home safely
protection-th-atipa_2551-s_38-return_home-gives = You may get help to go back to your home country as quickly as possible.
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = Not charged for coming in or staying without papers
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = You should not be charged for coming into or staying in Thailand without permission, or for having false or wrong papers.
caveat-purpose_limited_stay = The stay is for things like a court case, treatment, recovery or a claim for money. We do not know how long it lasts, or if it is always given.
caveat-minister_may_permit_prosecution = The Minister of Justice can still allow you to be charged, but must do so in writing.
instrument-th-atipa_2551 = Thailand Anti-Trafficking in Persons Act B.E. 2551 (2008)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = Not locked up without good reason
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = You should not be held or locked up without a good reason.
caveat-identified_victims_only = This only helps people the authorities have already found to be trafficked. That decision has to come first.
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-ph-labor_code = Labor Code of the Philippines (1974)
instrument-ph-ra_7309 = Republic Act No. 7309 (Board of Claims, 1992)
instrument-qa-labour_law_14_2004 = Labour Law, Law No. 14 of 2004 (Qatar)
instrument-qa-law_15_2017 = Law No. 15 of 2017 on domestic workers (Qatar)
instrument-th-lpa_2541 = Labour Protection Act B.E. 2541 (1998)
instrument-th-ccc_book1_2535 = Civil and Commercial Code, Book I (as revised B.E. 2535)
instrument-th-victim_compensation_act_2544 = Damages for the Injured Person and Compensation and Expense for the Accused in Criminal Case Act B.E. 2544 (2001)
caveat-ph_board_of_claims_violent_crimes = The Board of Claims pays only victims of violent crimes, and at most 10,000 pesos.
caveat-ph_money_claims_any_forum = The same three years apply to every claim for money from the job, wherever it is made.
caveat-ph_ncr_only = This is the minimum for Metro Manila only. Other regions have their own, often lower, daily minimum. Use the figure only for work in Metro Manila.
caveat-qa_domestic_workers_own_limit = Domestic workers have their own law. It also gives one year from the end of the contract or the day they left.
caveat-qa_food_and_housing_allowances = This is the basic wage only. If the employer did not give decent food and housing, it also owes 300 riyals a month for food and 500 for housing.
caveat-qa_one_year_of_365_days_stopped_by_complaint = The claim must be made within 365 days after the contract ends. The time stops while a complaint to the Ministry of Labour is looked at.
caveat-qa_overtime_daily_night_and_exclusions = Overtime is also owed after 8 hours in a day (6 in Ramadan), and more at night. It does not apply to domestic workers. It is not counted here.
caveat-th_each_unpaid_wage_runs_separately = Each unpaid wage has its own two years, so the oldest months run out first. If the employer admits the debt in writing or pays part of it, the two years start again.
caveat-th_fund_listed_crimes_from_knowledge = State payments are only for victims of some crimes, like harm to the body and sexual crimes. The year starts when you learn of the crime.
caveat-th_lowest_provincial_rate = This is the lowest daily minimum anywhere in Thailand. The rate in your province is often higher, and that one is owed.
caveat-th_overtime_daily_and_holiday = Overtime is owed after the normal hours of each day, and work on a holiday pays more. It is not counted here.

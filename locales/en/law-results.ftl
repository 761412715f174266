# Entitle: the results page's words (en), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: written in English by the Entitle team.
# reviewed-by-native-speaker: yes

## Results
results-heading = What your answers show
results-meta = Based on the rules { $code ->
        [GB] in the United Kingdom
        [US] in the United States
        [NL] in the Netherlands
        [PH] in the Philippines
        [ZZ] of international law
       *[other] in { $country }
    } on { $date }.
danger-call = Tap to call the emergency number. You can call even if you have no papers.
next-steps-heading = What you can do now
next-step-why = Why: { $why }.
next-step-call_child_helpline = Call a helpline for children
next-step-call_child_helpline-say = You can say: “I am under 18 and I need help.”
next-step-call_trafficking_helpline = Call the helpline for people who are exploited
next-step-call_trafficking_helpline-say = They can find you support. You can say: “I think I am being exploited and I need help.”
next-step-ask_for_protection = Ask about protection, so you are not sent back to danger
next-step-ask_for_protection-say = You can say: “I am afraid to go back to my country.”
next-step-claim_unpaid_pay = Ask the labour inspectors about unpaid pay
next-step-claim_unpaid_pay-say = You can say: “My employer has not paid me what I am owed.”
next-step-call_exploitation_helpline = Call a helpline for workers who are treated unfairly
next-step-call_exploitation_helpline-say = You can say: “I am treated badly at work and I need advice.”
next-step-get_legal_advice = Get free legal advice about your rights
next-step-get_legal_advice-say = You can say: “I need advice about my rights and my papers.”
danger-local-number = Call the local emergency number of the country you are in.
call-number = Call { $number }
text-number = Text { $number }
results-signs-heading = Signs in your answers
results-signs-intro = These are signs only. They are not a decision about you.
results-not-found = Signs we did not find
results-needs-heading = What you may need now
results-protections-heading = Rights that may apply
results-protections-none = We did not find protections that fit your answers here. Help services below can still help you.
results-protections-not = Rights that do not fit your answers
rights-time_to_recover = Time to rest and recover
rights-permission_to_stay = Permission to stay
rights-money_owed = Money you are owed, and compensation
rights-no_punishment = No punishment for what you were forced to do
rights-no_sending_back = Not being sent back to danger
rights-going_home = Going home safely
rights-childrens_rights = Rights for children
rights-support_and_advice = Help, support and advice
rights-rules = { $count ->
        [one] The rule in full
       *[other] All { $count } rules in full
    }
results-help-heading = Where to get help
results-limits-heading = What this cannot tell you
results-limits-body = This only shows what your answers point to. Rules change, and we did not ask about everything. Talk to a lawyer or a support group before you act.
results-print = Print or save as PDF
start-again = Start again and forget my answers
because-heading = Why we say this
missing-heading = Answering this could change the result
sources-heading = Legal sources
source-line = { $instrument }, article { $article } (from { $from })
source-secondary = Checked in a secondary source only.
source-unverified = Not yet checked against the official text.
delphi-met = A second test, the ILO and European Commission indicators, also points to trafficking.
delphi-not-met = A second test, the ILO and European Commission indicators, does not point to trafficking on these answers.
delphi-not-applicable = The second test, the ILO and European Commission indicators, could not be used for these answers.

## Findings: a title and one sentence for each level
finding-trafficking-title = Human trafficking
finding-trafficking-strong = Your answers show strong signs of human trafficking.
finding-trafficking-some = Your answers show some signs of human trafficking.
finding-trafficking-none_found = Your answers do not show signs of human trafficking.
finding-trafficking-not_enough_information = We do not know enough yet to say if there are signs of human trafficking.
finding-forced_labour-title = Forced work
finding-forced_labour-strong = Your answers show strong signs of forced work.
finding-forced_labour-some = Your answers show some signs of forced work.
finding-forced_labour-none_found = Your answers do not show signs of forced work.
finding-forced_labour-not_enough_information = We do not know enough yet to say if there are signs of forced work.
finding-servitude-title = Servitude
finding-servitude-strong = Your answers show strong signs of servitude: being forced to work and live under someone’s control.
finding-servitude-some = Your answers show some signs of servitude: being forced to work and live under someone’s control.
finding-servitude-none_found = Your answers do not show signs of servitude.
finding-servitude-not_enough_information = We do not know enough yet to say if there are signs of servitude.
finding-labour_exploitation-title = Unfair or abusive work
finding-labour_exploitation-strong = Your answers show strong signs of unfair or abusive work.
finding-labour_exploitation-some = Your answers show some signs of unfair or abusive work.
finding-labour_exploitation-none_found = Your answers do not show signs of unfair or abusive work.
finding-labour_exploitation-not_enough_information = We do not know enough yet to say if there are signs of unfair or abusive work.
finding-smuggling_abuse-title = Harm on the journey
finding-smuggling_abuse-strong = Your answers show strong signs that you were harmed by the people who moved you.
finding-smuggling_abuse-some = Your answers show some signs that you were harmed by the people who moved you.
finding-smuggling_abuse-none_found = Your answers do not show signs of harm on the journey.
finding-smuggling_abuse-not_enough_information = We do not know enough yet to say if you were harmed on the journey.
finding-international_protection-title = Danger if you go back
finding-international_protection-strong = Your answers show strong signs that you may need protection from being sent back.
finding-international_protection-some = Your answers show some signs that you may need protection from being sent back.
finding-international_protection-none_found = Your answers do not show a fear of going back.
finding-international_protection-not_enough_information = We do not know enough yet to say if you need protection from being sent back.
finding-possible_child-title = Rights for children
finding-possible_child-strong = Your answers say you are under 18. Children have extra rights.
finding-possible_child-some = You may be under 18, or were when this began. Until your age is known, you should be treated as a child.
finding-possible_child-none_found = Your answers say you are 18 or older.
finding-possible_child-not_enough_information = We do not know your age yet. Children have extra rights.
finding-possible_child-not_enough_information-when_it_began = We do not know yet if you were under 18 when this began. If you were, children’s rights may still help you.

## Needs
need-immediate_safety = Safety right now
need-medical_care = A doctor or medical care
need-safe_housing = A safe place to stay
need-interpretation = Someone to interpret your language
need-legal_advice = Advice from a lawyer
need-children = Help for children
need-going_home = Going home safely
need-fear_of_return = Protection from being sent back
need-unpaid_wages = Getting the pay you are owed

## Protections: status, conditions and facts
status-applies = This applies to you from the facts. No one has to decide it.
status-may_apply = This may apply to you. An authority decides.
status-needs_information = This could apply. We need more answers to know.
status-does_not_apply = This does not fit your answers.
protection-conditions = What it needs
protection-requires = What must happen first
condition-any-of = One of these is enough:
protection-outside-scope = This is for people whose answers show signs of: { $signs }. Your answers do not show these signs yet. It is here because it could meet a need you told us about.
requires-positive_reasonable_grounds_decision = The authority that identifies victims decides there are reasonable grounds to believe you were trafficked or exploited.
requires-positive_conclusive_grounds_decision = The authority that identifies victims makes a final decision that you were trafficked or exploited.
requires-law_enforcement_request = The police or another law enforcement agency asks for it for you.
protection-values = How long or how much
protection-decided-by = Who decides
protection-how-to-ask = How to ask for it
protection-cooperation = Do you have to help the police?
protection-unknown = Still unknown
protection-unverified = This rule is not yet checked against the official text.
cooperation-required = Yes, this needs you to help the police or prosecutors.
cooperation-not-required = No.
condition-met = (yes)
condition-not-met = (no)
condition-unknown = (not known)
condition-not_a_national = You are not a citizen of this country
condition-third_country_national = You are not a citizen of an EU or EEA country or Switzerland
condition-irregular_status = You have no papers to stay now
condition-child = You are under 18, or may be
condition-adult = You are 18 or older
condition-cooperation = You are willing to help the police
condition-reported_to_police = You have told the police
condition-fear_of_return = You are afraid to go back
condition-wants_to_go_home = You want to go home
condition-made_to_break_law = You were made to break the law
condition-smuggled = You were brought in by smugglers
condition-owed_wages = You are owed pay
condition-no_longer_there = You are no longer with the people who exploited you
condition-particularly_exploitative = Your work was unsafe, harmed your health or dignity, or had far too many hours
condition-unable_to_cooperate = Trauma, illness or serious danger makes it too hard for you to help the police (the authority decides this)
decider-no_decision = No one: it follows from the law.
decider-competent_authority = The office that decides who is a victim of trafficking.
decider-immigration_authority = The immigration office.
decider-police = The police.
decider-prosecutor = The prosecutor.
decider-court = A court.
decider-labour_inspectorate = The labour inspectors.
decider-child_protection = Child protection services.
decider-asylum_authority = The asylum office.
decider-support_provider = A support organisation.
referrer-self_ = You can ask for it yourself, best with a lawyer’s help.
referrer-first_responder = A first responder must refer you: the police or a named support organisation.
referrer-police = The police must ask for it.
referrer-prosecutor = The prosecutor must ask for it.
referrer-prosecutor_or_labour_inspectorate = The prosecutor or the labour inspectorate must ask for it.
referrer-ngo = A support organisation can help you ask.
referrer-lawyer = A lawyer can help you ask.
referrer-nobody = You do not need to ask.
value-amount_minor = Amount: { $value } { $currency }
value-annual_cap = Limit each year: { $value ->
        [one] { $value } person
       *[other] { $value } people
    }
value-days = { $value ->
        [one] { $value } day
       *[other] { $value } days
    }
value-food_allowance_amount_minor = Food allowance: { $value } { $currency }
value-housing_allowance_amount_minor = Housing allowance: { $value } { $currency }
value-initial_months = First period: { $value ->
        [one] { $value } month
       *[other] { $value } months
    }
value-initial_years = First period: { $value ->
        [one] { $value } year
       *[other] { $value } years
    }
value-limitation_years = Time limit to claim: { $value ->
        [one] { $value } year
       *[other] { $value } years
    }
value-max_days = Up to { $value ->
        [one] { $value } day
       *[other] { $value } days
    }
value-max_months = Up to { $value ->
        [one] { $value } month
       *[other] { $value } months
    }
value-max_years = Up to { $value ->
        [one] { $value } year
       *[other] { $value } years
    }
value-min_days = At least { $value ->
        [one] { $value } day
       *[other] { $value } days
    }
value-min_hourly_wage = Minimum pay an hour: { $value } { $currency }
value-min_months = At least { $value ->
        [one] { $value } month
       *[other] { $value } months
    }
value-months = { $value ->
        [one] { $value } month
       *[other] { $value } months
    }
value-notice_months = Notice to give: { $value ->
        [one] { $value } month
       *[other] { $value } months
    }
value-notice_months_after_two_years = Notice after two years in the job: { $value ->
        [one] { $value } month
       *[other] { $value } months
    }
value-presumed_min_months = Your job is taken to have lasted at least { $value ->
        [one] { $value } month
       *[other] { $value } months
    }
value-renewal_months = Renewal: { $value ->
        [one] { $value } month
       *[other] { $value } months
    }
value-years = { $value ->
        [one] { $value } year
       *[other] { $value } years
    }
value-years_in_scheme = After { $value ->
        [one] { $value } year
       *[other] { $value } years
    }

## Help
help-kind-emergency = Emergency
help-kind-trafficking_helpline = Trafficking helpline
help-kind-exploitation_helpline = Work exploitation helpline
help-kind-labour_inspectorate = Labour inspectors: complaints about work and pay
help-kind-legal_aid = Free legal help
help-kind-ngo = Support organisation
help-kind-asylum = Asylum and refugee help
help-kind-child_helpline = Helpline for children
help-kind-international = International directory
hours-always = Open day and night, every day.
hours-days = Open { $days }, { $opens } to { $closes }.
days-mon_fri = Monday to Friday
days-mon_sat = Monday to Saturday
days-every_day = every day
help-interpreters = Interpreters for many languages.
help-languages = Languages: { $languages }
help-free = Free.
help-checked = Details checked on { $date }.
help-not-checked = These details have not been checked yet.
help-more = Details
help-from-site = From { $name }, who runs this page.
help-from-this-site = From the organisation that runs this page.
help-meets = Can help with: { $needs }

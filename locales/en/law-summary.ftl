# The words of the pay claim on the results and of the case summary for a lawyer.
# translation: written in English by the Entitle team.
# reviewed-by-native-speaker: yes
# Fetched after the first page, with the law's words.

claim-heading = Pay you may be owed
claim-lead-owed_against_minimum = For { $months } { $months ->
        [one] month
       *[other] months
    } of work, your answers show about { $amount } owed under the legal minimum wage.
claim-lead-owed_against_promise = For { $months } { $months ->
        [one] month
       *[other] months
    } of work, your answers show about { $amount } owed under what you were promised.
claim-no-figure = We could not work out a figure from your answers. The summary says what is missing.
claim-deadline-next = The first time limit still open ends on { $date } ({ $route }).
claim-deadline-soon = Act soon: a time limit ends on { $date } ({ $route }).
claim-deadline-passed = Some time limits may have passed. A lawyer may still find a way.
summary-open = See the summary for a lawyer
route-labour_inspectorate = labour inspectors
route-labour_tribunal = labour court or tribunal
route-civil_court = civil court
route-criminal_compensation = criminal court
route-state_fund = state fund for victims of crime
summary-heading = Case summary for a lawyer or caseworker
summary-intro = Made on this device on { $date } from the person’s own answers, under the rules { $code ->
        [GB] of the United Kingdom
        [US] of the United States
        [NL] of the Netherlands
        [PH] of the Philippines
        [ZZ] of international law
       *[other] of { $country }
    }. It shows signs, not decisions.
summary-chronology = What happened
stage-recruitment = Recruitment
stage-journey = The journey
stage-work = The work
stage-leaving_and_now = Leaving, and now
summary-signs = Signs in the answers, and their legal elements
summary-no-signs = The answers show no signs.
presence-present = shown
presence-absent = not shown
presence-unknown = not known
element-act = An act: recruiting, moving, handing over or holding the person
element-means = A means: threats, force, deceit or abuse of power
element-purpose = A purpose: exploitation
element-child = The person was under 18
element-under_18 = The person is or may be under 18
element-menace_of_penalty = A threat of harm or punishment
element-involuntary = Work not given freely
element-coercion = Coercion
element-cannot_change_situation = Cannot change the situation
element-lives_at_workplace = Lives where the employer decides
element-wages_withheld = Pay kept back
element-pay_below_promise = Pay below what was promised
element-large_deductions = Large amounts taken from pay
element-excessive_hours = Very long hours
element-recruitment_fees = Fees paid for the job
element-smuggled = Brought across a border irregularly by others
element-fear_of_return = Fear of going back
element-protected_reason = A reason the refugee law protects
element-documents_kept = Passport or ID kept by others
element-unsafe_or_degrading = Unsafe work or degrading living conditions
element-violence_at_work = Violence at work
element-harmed_or_held = Hurt or held on the journey
summary-indicators = ILO indicators of forced labour, and the ILO–EU dimensions
summary-no-indicators = The answers show none of the ILO indicators.
indicator-ilo-fl-abuse_of_vulnerability = Abuse of vulnerability
indicator-ilo-fl-deception = Deception
indicator-ilo-fl-restriction_of_movement = Restriction of movement
indicator-ilo-fl-isolation = Isolation
indicator-ilo-fl-physical_and_sexual_violence = Physical and sexual violence
indicator-ilo-fl-intimidation_and_threats = Intimidation and threats
indicator-ilo-fl-retention_of_identity_documents = Retention of identity documents
indicator-ilo-fl-withholding_of_wages = Withholding of wages
indicator-ilo-fl-debt_bondage = Debt bondage
indicator-ilo-fl-abusive_working_and_living_conditions = Abusive working and living conditions
indicator-ilo-fl-excessive_overtime = Excessive overtime
summary-dimension = Dimension
summary-strong-medium-weak = Indicators: strong / medium / weak
summary-positive = Positive
dimension-deceptive_recruitment = Deceptive recruitment
dimension-coercive_recruitment = Coercive recruitment
dimension-recruitment_by_abuse_of_vulnerability = Recruitment by abuse of vulnerability
dimension-exploitative_conditions_of_work = Exploitative conditions of work
dimension-coercion_at_destination = Coercion at destination
dimension-abuse_of_vulnerability_at_destination = Abuse of vulnerability at destination
summary-protections = Protections that may fit, and their legal bases
summary-english-copy = English copy for the lawyer
summary-claim = The pay claim, with its working
summary-claim-period = From { $began } to { $ended }: { $months } { $months ->
        [one] month
       *[other] months
    }.
summary-claim-period-ongoing = From { $began }, and the work goes on: { $months } { $months ->
        [one] month
       *[other] months
    } so far.
figure-owed_against_promise = Owed under the promise
figure-owed_against_minimum = Owed under the legal minimum wage
figure-arrears_at_current_rate = The same, counted at today’s minimum
figure-overtime_at_minimum = Overtime on top, at the minimum
figure-liquidated_damages = An equal amount again (liquidated damages)
figure-restitution_at_least = The least a criminal court would order
working-step = Step
working-formula = Working
working-amount = Amount
working-value = Value used, and its source
working-value-from = In force from { $date }.
value-verified = Checked in the official text.
step-promised_for_months = The promised pay for the months worked
step-months_at_rate = The minimum in force on the first day of each month
step-sum = Added up
step-less_received = Less what was received
step-overtime_premium = The overtime premium
step-arrears_at_current_rate = Counted at today’s rate
step-liquidated_damages_equal = Unpaid minimum and overtime, owed again
step-restitution_greater_of_gain_or_minimum = The value of the work at the minimum and overtime; more if the offender gained more
summary-not-counted = What the figures could not count
# In a line of working (the formula): a count of hours, days, weeks or months,
# as a whole number or a fraction such as 13/3. Keep it short: it sits among figures.
formula-hour = { $count } h
formula-day = { $count } { $count ->
        [one] day
       *[other] days
    }
formula-week = { $count } { $count ->
        [one] week
       *[other] weeks
    }
formula-month = { $count } { $count ->
        [one] month
       *[other] months
    }
not-counted-period = The months worked are not known, so nothing could be counted.
not-counted-promise = The promised pay is not known.
not-counted-received = What was received is not known, so nothing was taken off.
not-counted-hours = The hours or days worked are not known.
not-counted-age = The age is not known, so the adult rate was used.
not-counted-no_minimum_wage = We hold no legal minimum wage for this country.
not-counted-months_before_first_rate = Some months come before the first minimum rate we hold, or the age had no rate then.
not-counted-other_currency = Some pay was in another currency, so it was not taken off.
not-counted-deductions = Money was taken from the pay. We hold no rule on which of it was unlawful: a lawyer can check.
not-counted-recruitment_fees = Fees were paid for the job. We hold no rule here that counts them: a lawyer can check.
not-counted-later_rate_missing = The law sets a new minimum wage on a schedule, and the last rate we hold may have been replaced before the work ended. The last months may be owed more: a lawyer can check the official rate.
summary-caveats = What a lawyer should know about these figures
summary-deadlines = Time limits to claim
summary-no-deadlines = We hold no time limits for this country.
deadline-length = { $months } { $months ->
        [one] month
       *[other] months
    } from { $from }.
runs-from-last_payment = the last short payment
runs-from-end_of_work = the end of the work
runs-from-end_of_exploitation = the end of the exploitation
runs-from-offence = the crime
runs-from-final_judgment = the final judgment in the criminal case
runs-from-end_of_year = the end of the year the pay was due
deadline-not_started = It has not started: the work goes on.
deadline-open = Counted from the end of the month the work ended, it ends on { $date }.
deadline-soon = Counted from the end of the month the work ended, it ends soon, on { $date }.
deadline-passed = Counted from the end of the month the work ended, it ended on { $date }. A lawyer may know an exception.
deadline-unknown = The end of the work is not known.
deadline-after_judgment = It runs from a court decision whose day we do not know.

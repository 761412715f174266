# Entitle: English.
# translation: written in English by the Entitle team.
# reviewed-by-native-speaker: yes

## About this language (shown on the About page)
locale-translation-note = This English text was written by the Entitle team in plain words.
locale-review-note = It was reviewed by a native English speaker.

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = Information

## Exit this page
exit-this-page = Exit this page
exit-emergency = Emergency
exit-shift-pressed-once = Shift, press 2 more times to exit.
exit-shift-pressed-twice = Shift, press 1 more time to exit.

## Language picker and footer
language-picker-label = Language
# The button that opens the list: this word, then the language in use, named in its own words.
language-picker-toggle = Language: { $language }
# While the other languages are on their way (the picker fetches them all when it opens).
language-picker-loading = Getting the other languages…
# When they could not be fetched: the person is offline and has never had them.
language-picker-offline = The other languages need an internet connection once. Connect, then open this list again.
footer-not-advice = This is information, not legal advice.
about-link = About this tool
footer-site-name = This page is offered by { $name }.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = For the owner of this site: the settings file site.json was not used, so the app runs with its own settings. The problem is at { $field }: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] the text is not valid JSON from here.
    [twice] this field is written twice.
    [unknown] there is no setting with this name.
    [missing] this setting is needed.
    [not-text] this must be text in quotes.
    [not-list] this must be a list in [ ].
    [not-object] this must be a group of settings in { "{" } { "}" }.
    [not-true-or-false] this must be true or false.
    [version] this must be 1.
    [country] this is not a country the app covers (use a code such as GB).
    [language] this is not a language the app speaks (use a code such as fr).
    [language-tag] this must be a language code such as pl or pt-BR, or interpreters.
    [need] this is not one of the needs the app knows.
    [phone] this must be a number of 3 to 15 digits, with + in front for an international number, and no spaces.
    [web] this must be a web address that starts with https://.
    [days] this must be mon_fri, mon_sat or every_day.
    [time] this must be a time such as 09:00.
    [hours] use either always: true, or days with opens and closes.
    [length] this is empty or too long.
    [too-many] this list is too long.
    [no-way-to-reach] this contact needs a phone, sms or web address.
    [repeated] this is already in the list.
    [display-without-phone] phone_display needs a phone as well.
   *[other] this value is not allowed.
}

## Opening page
start-heading = Check what help and rights you may have
start-what-this-is = Answer some short questions about your work and your journey. We will show you signs of harm in your answers, rights that may protect you, and where to get help.
start-danger-heading = If you are in danger now
start-danger-body = Call the emergency number of the country you are in. You can call even if you have no papers.
start-privacy-heading = Your answers stay on this phone
start-privacy-body = Nothing you answer is sent anywhere. Nothing is saved. When you close this page, your answers are gone.
start-leave-heading = Leave quickly
start-leave-body = Tap “Exit this page” at any time, or press the Shift key 3 times. This page will close and a weather page will open.
start-not-heading = What this is not
start-not-body = This is information, not legal advice. It cannot decide if you are a victim of a crime. Only the authorities can decide that. A lawyer or a support group can help you.
start-button = Start

## Questions: common words
back = Back
continue = Continue
change = Change
not-provided = Not provided
select-placeholder = Choose one
progress = Question { $n } of at most { $total }
error-summary-title = There is a problem
error-choose-one = Choose one answer. You can choose “I don’t know” or “I’d rather not say”.
error-number-range = Enter a whole number from 0 to { $most }.
reply-yes = Yes
reply-no = No
reply-dont_know = I don’t know
reply-prefer_not_to_say = I’d rather not say
answer-maybe_under_18 = I am not sure. I may be under 18.
answer-years = { $years ->
        [one] { $years } year old
       *[other] { $years } years old
    }
answer-count = { $count }

## Countries
country-AU = Australia
country-CA = Canada
country-FR = France
country-DE = Germany
country-IT = Italy
country-NL = Netherlands
country-PH = Philippines
country-QA = Qatar
country-ES = Spain
country-TH = Thailand
country-GB = United Kingdom
country-US = United States
country-EU = Another country in the EU, Iceland, Liechtenstein, Norway or Switzerland
country-ZZ = Another country

## The questions. Each has a hint line under it.
question-country_now = Which country are you in now?
question-country_now-hint = The rules and the help we show depend on this.
question-in_danger_now = Are you in danger right now?
question-in_danger_now-hint = For example, someone could hurt you today.
question-nationality = Which country are you a citizen of?
question-nationality-hint = The country of your passport.
question-age = How old are you?
question-age-hint = Rules for children are different. A child is anyone under 18.
question-age-number = I know my age
question-under_18_when_it_began = Were you under 18 when this work or journey began?
question-under_18_when_it_began-hint = Some rights depend on your age then, not now.
question-work_kind = What kind of work do you do, or did you do?
question-work_kind-hint = Choose the main work.
option-work_kind-domestic = Work in a home (cleaning, cooking, childcare)
option-work_kind-agriculture = Farm work
option-work_kind-construction = Building work
option-work_kind-fishing = Fishing or work on a boat
option-work_kind-care = Caring for old or sick people
option-work_kind-factory = Factory work
option-work_kind-hospitality = Hotels, restaurants or cleaning
option-work_kind-sex_work = Sex work
option-work_kind-criminal_activity = Crime, like growing drugs, selling drugs or stealing
option-work_kind-begging = Begging
option-work_kind-other = Other work
question-recruited = Did someone find you this work or arrange your travel?
question-recruited-hint = For example an agent, a relative or someone online.
question-recruited_by = Who found you the work or arranged your travel?
question-recruited_by-hint = Choose the one that fits best.
option-recruited_by-agency = An agency or agent
option-recruited_by-relative = A relative
option-recruited_by-partner = A boyfriend, girlfriend, husband or wife
option-recruited_by-friend = A friend
option-recruited_by-stranger = Someone I did not know
option-recruited_by-online = Someone online
option-recruited_by-employer = The employer
option-recruited_by-other = Someone else
question-forced_to_go = Were you taken or made to go against your will?
question-forced_to_go-hint = For example, someone forced you to travel or took you.
question-moved_by_others = Did other people move you from place to place?
question-moved_by_others-hint = For example, you were driven to a new place or handed to other people.
question-promise_broken = Is your work, your pay or where you live different from what you were promised?
question-promise_broken-hint = For example, a different job, less money, or worse housing.
question-deceived_about_work = Is the work different from the work you were promised?
question-deceived_about_work-hint = For example, you were promised a job in a shop but work on a farm.
question-deceived_about_pay = Is your pay less than you were promised?
question-deceived_about_pay-hint = Think about the money you really get.
question-deceived_about_conditions = Are your hours, home or work worse than you were promised?
question-deceived_about_conditions-hint = For example, longer days or a worse place to live.
question-deceived_about_papers = Were you promised a visa or papers that you did not get?
question-deceived_about_papers-hint = For example, a work permit.
question-paid_recruitment_fee = Did you pay money to get this job or this travel?
question-paid_recruitment_fee-hint = For example, a fee to an agent.
question-owes_debt = Do you owe money to your boss, an agent or the people who brought you?
question-owes_debt-hint = For example, for your travel, food or housing.
question-debt_grows = Does the debt keep growing, even when you work?
question-debt_grows-hint = For example, they add costs all the time.
question-must_work_off_debt = Do they say you cannot leave until you pay the debt?
question-must_work_off_debt-hint = Or that you must work until it is paid.
question-journey = How did you come into this country?
question-journey-hint = Choose the one that fits best.
option-journey-regular = With a visa or permit, through border control
option-journey-smuggled = I paid someone to bring me in without the right papers
option-journey-false_papers = With false papers, or papers that were not mine
option-journey-no_border = I did not cross a border
question-harmed_on_journey = On the journey, did the people moving you hit, hurt or abuse you?
question-harmed_on_journey-hint = Include any kind of harm.
question-held_on_journey = On the journey, were you held against your will, or held for money?
question-held_on_journey-hint = For example, locked up until someone paid.
question-pay_problem = Is your pay kept back, cut, or not paid at all?
question-pay_problem-hint = Also if a lot of it is taken for housing, food, fees or fines.
question-documents_kept = Has someone taken your passport or ID and kept it?
question-documents_kept-hint = For example your boss, an agent or the person who brought you here.
question-documents_held_by = Who has your passport or ID now?
question-documents_held_by-hint = Choose the one that fits best.
option-documents_held_by-themselves = I have it
option-documents_held_by-employer = My boss
option-documents_held_by-agent = An agent
option-documents_held_by-smuggler = The people who moved me across the border
option-documents_held_by-authorities = The police or immigration
option-documents_held_by-other = Someone else
option-documents_held_by-lost = It is lost or destroyed
question-hurt_or_threatened = Has anyone hurt you, or threatened you or your family?
question-hurt_or_threatened-hint = This includes threats to call the police or immigration.
question-threatened = Has anyone threatened you?
question-threatened-hint = For example, said they would hurt you.
question-family_threatened = Has anyone threatened your family?
question-family_threatened-hint = Here or in your home country.
question-threatened_with_authorities = Has anyone said they would report you to the police or immigration?
question-threatened_with_authorities-hint = For example, to make you keep working.
question-physical_violence = Has anyone hit or hurt you?
question-physical_violence-hint = At work or where you live.
question-sexual_violence = Has anyone forced you into sex or touched you sexually against your will?
question-sexual_violence-hint = You can choose “I’d rather not say”.
question-locked_in = Are you locked in, or kept from going out?
question-locked_in-hint = At work or where you live.
question-watched = Are you watched or followed all the time?
question-watched-hint = For example, someone always goes with you.
question-isolated = Are you kept from talking to your family or other people?
question-isolated-hint = For example, your phone was taken.
question-cannot_leave = If you wanted to leave this job, would you be stopped?
question-cannot_leave-hint = Or would something bad happen to you?
question-lives_at_workplace = Do you live where you work, or where your boss decides?
question-lives_at_workplace-hint = For example, in your boss’s house.
question-residence_status = What papers do you have to stay in this country?
question-residence_status-hint = Choose the one that fits best.
option-residence_status-citizen = I am a citizen here
option-residence_status-permanent_resident = I can stay for good
option-residence_status-work_permit = A work visa or permit
option-residence_status-student_or_visitor = A student or visitor visa
option-residence_status-asylum_seeker = I asked for asylum
option-residence_status-refugee = I am a refugee here
option-residence_status-expired = My visa or permit has run out
option-residence_status-no_papers = I have no papers
question-tied_to_employer = Does your visa say you can only work for this boss?
question-tied_to_employer-hint = Or do you need your boss’s permission to change jobs?
question-wages_withheld = Is your pay kept back, or are you not paid at all?
question-wages_withheld-hint = For example, your boss says you will be paid later.
question-large_deductions = Is a big part of your pay taken for housing, food, fees or fines?
question-large_deductions-hint = Money taken before you get your pay.
question-hard_conditions = Are the hours very long, the work dangerous, or the place you sleep very bad?
question-hard_conditions-hint = For example, no day off, no safety equipment, or a crowded, dirty room.
question-hours_per_day = How many hours do you work on a normal work day?
question-hours_per_day-hint = Count all the hours, with breaks.
question-hours_per_day-number = I know the number of hours
question-days_off_per_week = How many days off do you have in a normal week?
question-days_off_per_week-hint = Days with no work at all.
question-days_off_per_week-number = I know the number of days
question-unsafe_work = Is your work dangerous, without the protection or training you need?
question-unsafe_work-hint = For example, chemicals without gloves or masks.
question-degrading_living = Is the place you live very bad?
question-degrading_living-hint = For example, too many people, dirty, no water or no privacy.
question-made_to_do_things = Has anyone made you do sex work or crimes, marry, or give a part of your body?
question-made_to_do_things-hint = You can choose “I’d rather not say”.
question-sexual_exploitation = Are you made to have sex with people, or do sex work, so someone else gets money?
question-sexual_exploitation-hint = You can choose “I’d rather not say”.
question-made_to_break_law = Have you been made to break the law?
question-made_to_break_law-hint = For example, to grow or sell drugs, steal, or use false papers.
question-forced_marriage = Were you forced, or are you being forced, to marry?
question-forced_marriage-hint = Marriage you did not agree to.
question-organ_removal = Has anyone taken, or tried to make you give, a part of your body, like a kidney?
question-organ_removal-hint = Also if you were promised money for it.
question-fear_of_return = Are you afraid of what would happen if you went back to your country?
question-fear_of_return-hint = Think about danger to you there.
question-fear_reason = Why are you afraid to go back?
question-fear_reason-hint = Choose the main reason.
option-fear_reason-traffickers = The people who exploited me, or being trapped again
option-fear_reason-persecution = Because of my race, religion, nationality, group or politics
option-fear_reason-torture = Torture or very cruel treatment
option-fear_reason-family_or_community = Violence from my family or community
option-fear_reason-other = Another reason
question-wants_to_go_home = Do you want to go home?
question-wants_to_go_home-hint = To the country you came from.
question-needs_help_now = Do you need help now with your health, a language, your children, or getting home?
question-needs_help_now-hint = If you do, we ask a little more, to show you the right help.
question-children_with_them = Do you have children with you?
question-children_with_them-hint = Children under 18 who live with you.
question-health_needs = Do you need a doctor or medical care?
question-health_needs-hint = For your body or your mind.
question-speaks_local_language = Can you speak the language of the country you are in?
question-speaks_local_language-hint = Enough to talk with a doctor or the police.
question-still_there = Are you still working there, or still with these people?
question-still_there-hint = Some rights depend on this.
question-reported_to_police = Have you told the police?
question-reported_to_police-hint = About what happened to you.
question-willing_to_help_police = Would you be willing to help the police with an investigation?
question-willing_to_help_police-hint = Some rights depend on this. You can still get help if you say no.

## Check your answers
check-heading = Check your answers
check-intro = You can change any answer before you see the results.
check-continue = See what your answers show

## About
about-heading = About this tool
about-what = This tool helps migrants check for signs of trafficking, forced work and other harm, and shows rights and help that may apply. It is information, not legal advice.
about-translation-heading = About this language
about-sources-heading = Where the legal facts come from
about-sources = Every right shown comes with its legal source and the date it holds from. Facts we could not check against the official text are marked as not checked.
protection-more = More about this right
loading-wait = Still getting ready. Please try again in a moment.

## The pay claim's questions
question-work_out_pay = Do you want to work out how much pay you may be owed?
question-work_out_pay-hint = It takes about six more questions. A lawyer can use the figure.
question-work_began = When did you start this work?
question-work_began-hint = The month and the year are enough.
question-work_ended = When did this work end?
question-work_ended-hint = If you still work there, choose that.
question-pay_promised = How much pay were you promised?
question-pay_promised-hint = Write the amount, and choose if it was for an hour, a day, a week or a month.
question-pay_received = How much pay did you really get, in all?
question-pay_received-hint = Add up all the money you got for this work. A guess is fine.
question-deductions_total = How much was taken from your pay, in all?
question-deductions_total-hint = For example for housing, food, fees, fines or a “debt”. A guess is fine.
question-recruitment_fees_paid = How much did you pay to get this job or the travel?
question-recruitment_fees_paid-hint = Add up all the fees you paid to agents or others.
question-paid_to_someone_else = Was your pay given to someone else, not to you?
question-paid_to_someone_else-hint = For example to an agent or a boss.
answer-kind-month = I know the month
answer-still_working = I still work there
answer-kind-amount = I know the amount
input-month = Month
input-year = Year
input-amount = Amount
input-currency = Currency
input-per = For each
per-hour = an hour
per-day = a day
per-week = a week
per-month = a month
answer-pay = { $amount } { $per }
error-month = Choose a month, and write the year in four numbers, like 2024.
error-amount = Write the amount in numbers, like 1200 or 1200.50.

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = Save my answers
open-link = Open saved answers

## Listen
# The button on each question and results card that reads it out loud with a voice on the device.
listen = Listen
# The same button while it reads: pressing it stops the voice.
listen-stop = Stop
about-listen-heading = Reading aloud
# $languages: the languages this device can read aloud, each named in its own language, with commas between.
about-listen-some = The Listen button reads the words out loud with a voice that is on this device. The words never leave the device. This device can read out loud in: { $languages }.
about-listen-none = This device has no voice on it for reading aloud, so there is no Listen button. The app only uses a voice that is on the device, so the words never leave it.

# Entitle: English.
# translation: written in English by the Entitle team.
# reviewed-by-native-speaker: yes

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = Information

## Exit this page
exit-this-page = Exit this page
exit-emergency = Emergency
exit-shift-pressed-once = Shift, press 2 more times to exit.
exit-shift-pressed-twice = Shift, press 1 more time to exit.

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

## Questions
back = Back
continue = Continue
error-choose-one = Choose one answer. You can choose “I don’t know” or “I’d rather not say”.
reply-yes = Yes
reply-no = No
reply-dont_know = I don’t know
reply-prefer_not_to_say = I’d rather not say

question-documents_kept = Has someone taken your passport or ID and kept it?
question-documents_kept-hint = For example your boss, an agent or the person who brought you here.

## Results
results-heading = What your answers show
results-signs-heading = Signs in your answers
results-limits-heading = What this cannot tell you
results-limits-body = This is not a decision about you. It only shows what your answers point to. The rules can change, and your situation may have details we did not ask about. Talk to a lawyer or a support group before you act.
start-again = Start again and forget my answers
because-heading = Why we say this
missing-heading = Answering this could change the result
sources-heading = Legal sources
source-line = { $instrument }, article { $article } (from { $from })
source-secondary = Checked in a secondary source only.
source-unverified = Not yet checked against the official text.

finding-labour_exploitation-title = Labour exploitation
finding-labour_exploitation-strong = Your answers show strong signs of labour exploitation.
finding-labour_exploitation-some = Your answers show some signs of labour exploitation.
finding-labour_exploitation-none_found = Your answers do not show signs of labour exploitation.
finding-labour_exploitation-not_enough_information = We do not know enough yet to say if there are signs of labour exploitation.

because-documents_kept-yes = You said someone took your passport or ID and kept it. Only an official allowed by law may take these papers from a migrant worker.
because-documents_kept-no = You said nobody has kept your passport or ID.
because-documents_kept-dont_know = You said you don’t know if someone kept your passport or ID.
because-documents_kept-prefer_not_to_say = You chose not to say if someone kept your passport or ID.

## Names of legal sources
instrument-un-icrmw = UN Convention on the Rights of All Migrant Workers and Members of Their Families (1990)
instrument-ilo-c189 = ILO Domestic Workers Convention, 2011 (No. 189)
instrument-ilo-fl_indicators = ILO Indicators of Forced Labour (2012)

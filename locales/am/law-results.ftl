# Entitle: the results page's words (am), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Results
results-heading = መልሶችዎ የሚያሳዩት
results-meta = ይህ { $date } ላይ በሥራ ላይ በነበሩት { $code ->
        [GB] የዩናይትድ ኪንግደም ሕጎች
        [US] የአሜሪካ (ዩናይትድ ስቴትስ) ሕጎች
        [NL] የኔዘርላንድ ሕጎች
        [PH] የፊሊፒንስ ሕጎች
        [ZZ] የዓለም አቀፍ ሕግ ደንቦች
       *[other] { $country } ውስጥ ባሉ ሕጎች
    } ላይ የተመሠረተ ነው።
danger-call = የአስቸኳይ ጊዜ ቁጥሩን ለመደወል ይንኩ። ምንም ሰነድ ባይኖርዎትም መደወል ይችላሉ።
next-steps-heading = አሁን ማድረግ የሚችሉት
next-step-why = ምክንያቱ፦ { $why }።
next-step-call_child_helpline = ለልጆች የእርዳታ መስመር ይደውሉ
next-step-call_child_helpline-say = እንዲህ ማለት ይችላሉ፦ “ዕድሜዬ ከ18 በታች ነው፤ እርዳታ ያስፈልገኛል።”
next-step-call_trafficking_helpline = ብዝበዛ ለሚደርስባቸው ሰዎች የእርዳታ መስመር ይደውሉ
next-step-call_trafficking_helpline-say = ድጋፍ ሊያገኙልዎት ይችላሉ። እንዲህ ማለት ይችላሉ፦ “ብዝበዛ እየደረሰብኝ ይመስለኛል፤ እርዳታ ያስፈልገኛል።”
next-step-ask_for_protection = ወደ አደጋ እንዳይመለሱ ስለ ጥበቃ ይጠይቁ
next-step-ask_for_protection-say = እንዲህ ማለት ይችላሉ፦ “ወደ አገሬ መመለስ እፈራለሁ።”
next-step-claim_unpaid_pay = ስላልተከፈለዎት ደመወዝ የሥራ ሁኔታ ተቆጣጣሪዎችን ይጠይቁ
next-step-claim_unpaid_pay-say = እንዲህ ማለት ይችላሉ፦ “አሠሪዬ የሚገባኝን ክፍያ አልከፈለኝም።”
next-step-call_exploitation_helpline = ፍትሐዊ ያልሆነ አያያዝ ለሚደርስባቸው ሠራተኞች የእርዳታ መስመር ይደውሉ
next-step-call_exploitation_helpline-say = እንዲህ ማለት ይችላሉ፦ “በሥራ ቦታ መጥፎ አያያዝ ይደርስብኛል፤ ምክር ያስፈልገኛል።”
next-step-get_legal_advice = ስለ መብቶችዎ ነጻ የሕግ ምክር ያግኙ
next-step-get_legal_advice-say = እንዲህ ማለት ይችላሉ፦ “ስለ መብቶቼና ስለ ሰነዶቼ ምክር ያስፈልገኛል።”
danger-local-number = ያሉበትን አገር የአካባቢ የአስቸኳይ ጊዜ ቁጥር ይደውሉ።
call-number = { $number } ይደውሉ
text-number = ወደ { $number } የጽሑፍ መልእክት ይላኩ
results-signs-heading = በመልሶችዎ ውስጥ ያሉ ምልክቶች
results-signs-intro = እነዚህ ምልክቶች ብቻ ናቸው። ስለ እርስዎ የተሰጡ ውሳኔዎች አይደሉም።
results-not-found = ያላገኘናቸው ምልክቶች
results-needs-heading = አሁን ሊያስፈልግዎ የሚችለው
results-protections-heading = ሊመለከቱዎት የሚችሉ መብቶች
results-protections-none = እዚህ ከመልሶችዎ ጋር የሚስማማ ጥበቃ አላገኘንም። ከታች ያሉት የእርዳታ አገልግሎቶች አሁንም ሊረዱዎት ይችላሉ።
results-protections-not = ከመልሶችዎ ጋር የማይስማሙ መብቶች
rights-time_to_recover = ለማረፍና ለማገገም የሚሰጥ ጊዜ
rights-permission_to_stay = የመቆየት ፈቃድ
rights-money_owed = የሚገባዎት ገንዘብ እና ካሳ
rights-no_punishment = እንዲያደርጉ በተገደዱት ነገር አለመቀጣት
rights-no_sending_back = ወደ አደጋ አለመመለስ
rights-going_home = በደኅና ወደ አገር መመለስ
rights-childrens_rights = የልጆች መብቶች
rights-support_and_advice = እርዳታ፣ ድጋፍ እና ምክር
rights-rules = { $count ->
        [one] ደንቡ ሙሉ በሙሉ
       *[other] ሁሉም { $count } ደንቦች ሙሉ በሙሉ
    }
results-help-heading = እርዳታ የት እንደሚገኝ
results-limits-heading = ይህ ሊነግርዎ የማይችለው
results-limits-body = ይህ የሚያሳየው መልሶችዎ የሚጠቁሙትን ብቻ ነው። ሕጎች ይለወጣሉ፤ ስለ ሁሉም ነገር አልጠየቅንም። እርምጃ ከመውሰድዎ በፊት ከጠበቃ ወይም ከድጋፍ ድርጅት ጋር ይነጋገሩ።
results-print = ያትሙ ወይም እንደ PDF ያስቀምጡ
start-again = እንደገና ይጀምሩ፤ መልሶቼንም ይርሱ
because-heading = ይህን የምንለው ለምን እንደሆነ
missing-heading = ይህን መመለስ ውጤቱን ሊቀይር ይችላል
sources-heading = የሕግ ምንጮች
source-line = { $instrument }፣ አንቀጽ { $article } (ከ{ $from } ጀምሮ)
source-secondary = የተረጋገጠው በሁለተኛ ደረጃ ምንጭ ብቻ ነው።
source-unverified = ከይፋዊው ጽሑፍ ጋር ገና አልተመሳከረም።
delphi-met = ሁለተኛ ፈተና፣ የILO እና የአውሮፓ ኮሚሽን አመልካቾች፣ እንዲሁ ሕገወጥ የሰዎች ዝውውርን ይጠቁማል።
delphi-not-met = ሁለተኛ ፈተና፣ የILO እና የአውሮፓ ኮሚሽን አመልካቾች፣ በእነዚህ መልሶች ላይ ሕገወጥ የሰዎች ዝውውርን አይጠቁምም።
delphi-not-applicable = ሁለተኛውን ፈተና፣ የILO እና የአውሮፓ ኮሚሽን አመልካቾችን፣ ለእነዚህ መልሶች መጠቀም አልተቻለም።

## Findings: a title and one sentence for each level
finding-trafficking-title = ሕገወጥ የሰዎች ዝውውር
finding-trafficking-strong = መልሶችዎ የሕገወጥ የሰዎች ዝውውር ጠንካራ ምልክቶችን ያሳያሉ።
finding-trafficking-some = መልሶችዎ የሕገወጥ የሰዎች ዝውውር አንዳንድ ምልክቶችን ያሳያሉ።
finding-trafficking-none_found = መልሶችዎ የሕገወጥ የሰዎች ዝውውር ምልክቶችን አያሳዩም።
finding-trafficking-not_enough_information = የሕገወጥ የሰዎች ዝውውር ምልክቶች መኖራቸውን ለመናገር ገና በቂ መረጃ የለንም።
finding-forced_labour-title = የግዴታ ሥራ
finding-forced_labour-strong = መልሶችዎ የግዴታ ሥራ ጠንካራ ምልክቶችን ያሳያሉ።
finding-forced_labour-some = መልሶችዎ የግዴታ ሥራ አንዳንድ ምልክቶችን ያሳያሉ።
finding-forced_labour-none_found = መልሶችዎ የግዴታ ሥራ ምልክቶችን አያሳዩም።
finding-forced_labour-not_enough_information = የግዴታ ሥራ ምልክቶች መኖራቸውን ለመናገር ገና በቂ መረጃ የለንም።
finding-servitude-title = የግዳጅ አገልጋይነት
finding-servitude-strong = መልሶችዎ የግዳጅ አገልጋይነት ጠንካራ ምልክቶችን ያሳያሉ፦ ይህም በአንድ ሰው ቁጥጥር ሥር እንዲሠሩና እንዲኖሩ መገደድ ነው።
finding-servitude-some = መልሶችዎ የግዳጅ አገልጋይነት አንዳንድ ምልክቶችን ያሳያሉ፦ ይህም በአንድ ሰው ቁጥጥር ሥር እንዲሠሩና እንዲኖሩ መገደድ ነው።
finding-servitude-none_found = መልሶችዎ የግዳጅ አገልጋይነት ምልክቶችን አያሳዩም።
finding-servitude-not_enough_information = የግዳጅ አገልጋይነት ምልክቶች መኖራቸውን ለመናገር ገና በቂ መረጃ የለንም።
finding-labour_exploitation-title = ፍትሐዊ ያልሆነ ወይም በደል የሚፈጸምበት ሥራ
finding-labour_exploitation-strong = መልሶችዎ ፍትሐዊ ያልሆነ ወይም በደል የሚፈጸምበት ሥራ ጠንካራ ምልክቶችን ያሳያሉ።
finding-labour_exploitation-some = መልሶችዎ ፍትሐዊ ያልሆነ ወይም በደል የሚፈጸምበት ሥራ አንዳንድ ምልክቶችን ያሳያሉ።
finding-labour_exploitation-none_found = መልሶችዎ ፍትሐዊ ያልሆነ ወይም በደል የሚፈጸምበት ሥራ ምልክቶችን አያሳዩም።
finding-labour_exploitation-not_enough_information = ፍትሐዊ ያልሆነ ወይም በደል የሚፈጸምበት ሥራ ምልክቶች መኖራቸውን ለመናገር ገና በቂ መረጃ የለንም።
finding-smuggling_abuse-title = በጉዞ ላይ የደረሰ ጉዳት
finding-smuggling_abuse-strong = መልሶችዎ ያጓጓዙዎት ሰዎች ጉዳት እንዳደረሱብዎት ጠንካራ ምልክቶችን ያሳያሉ።
finding-smuggling_abuse-some = መልሶችዎ ያጓጓዙዎት ሰዎች ጉዳት እንዳደረሱብዎት አንዳንድ ምልክቶችን ያሳያሉ።
finding-smuggling_abuse-none_found = መልሶችዎ በጉዞ ላይ የደረሰ ጉዳት ምልክቶችን አያሳዩም።
finding-smuggling_abuse-not_enough_information = በጉዞ ላይ ጉዳት ደርሶብዎት እንደሆነ ለመናገር ገና በቂ መረጃ የለንም።
finding-international_protection-title = ቢመለሱ የሚደርስብዎ አደጋ
finding-international_protection-strong = መልሶችዎ ወደ አገርዎ እንዳይመለሱ ጥበቃ ሊያስፈልግዎ እንደሚችል ጠንካራ ምልክቶችን ያሳያሉ።
finding-international_protection-some = መልሶችዎ ወደ አገርዎ እንዳይመለሱ ጥበቃ ሊያስፈልግዎ እንደሚችል አንዳንድ ምልክቶችን ያሳያሉ።
finding-international_protection-none_found = መልሶችዎ ለመመለስ ፍርሃት እንዳለዎት አያሳዩም።
finding-international_protection-not_enough_information = ወደ አገርዎ እንዳይመለሱ ጥበቃ ያስፈልግዎት እንደሆነ ለመናገር ገና በቂ መረጃ የለንም።
finding-possible_child-title = የልጆች መብቶች
finding-possible_child-strong = መልሶችዎ ዕድሜዎ ከ18 በታች እንደሆነ ይገልጻሉ። ልጆች ተጨማሪ መብቶች አሏቸው።
finding-possible_child-some = ዕድሜዎ ከ18 በታች ሊሆን ይችላል፣ ወይም ይህ ሲጀመር ከ18 በታች ነበሩ። ዕድሜዎ እስኪታወቅ ድረስ እንደ ልጅ መታየት አለብዎት።
finding-possible_child-none_found = መልሶችዎ ዕድሜዎ 18 ወይም ከዚያ በላይ እንደሆነ ይገልጻሉ።
finding-possible_child-not_enough_information = ዕድሜዎን ገና አናውቅም። ልጆች ተጨማሪ መብቶች አሏቸው።
finding-possible_child-not_enough_information-when_it_began = ይህ ሲጀመር ዕድሜዎ ከ18 በታች እንደነበር ገና አናውቅም። ከነበረ፣ የልጆች መብቶች አሁንም ሊረዱዎት ይችላሉ።

## Needs
need-immediate_safety = አሁን ደኅንነት
need-medical_care = ሐኪም ወይም የሕክምና እርዳታ
need-safe_housing = ደኅንነቱ የተጠበቀ መቆያ ቦታ
need-interpretation = ቋንቋዎን የሚተረጉም ሰው
need-legal_advice = ከጠበቃ የሚገኝ ምክር
need-children = ለልጆች እርዳታ
need-going_home = በደኅና ወደ አገር መመለስ
need-fear_of_return = ወደ አገር ከመመለስ ጥበቃ
need-unpaid_wages = የሚገባዎትን ክፍያ ማግኘት

## Protections: status, conditions and facts
status-applies = ከሁኔታዎቹ አንጻር ይህ እርስዎን ይመለከታል። ማንም ሰው መወሰን አያስፈልገውም።
status-may_apply = ይህ እርስዎን ሊመለከት ይችላል። የሚወስነው የሚመለከተው ባለሥልጣን ነው።
status-needs_information = ይህ ሊመለከትዎ ይችላል። ለማወቅ ተጨማሪ መልሶች ያስፈልጉናል።
status-does_not_apply = ይህ ከመልሶችዎ ጋር አይስማማም።
protection-conditions = የሚያስፈልገው
protection-requires = መጀመሪያ መፈጸም ያለበት
condition-any-of = ከእነዚህ አንዱ በቂ ነው፦
protection-outside-scope = ይህ መልሶቻቸው የሚከተሉትን ምልክቶች ለሚያሳዩ ሰዎች ነው፦ { $signs }። መልሶችዎ እነዚህን ምልክቶች ገና አያሳዩም። እዚህ የቀረበው እርስዎ የነገሩንን ፍላጎት ሊያሟላ ስለሚችል ነው።
requires-positive_reasonable_grounds_decision = ተጎጂዎችን የሚለየው ባለሥልጣን ሕገወጥ የሰዎች ዝውውር ወይም ብዝበዛ እንደደረሰብዎት ለማመን በቂ ምክንያት እንዳለ ይወስናል።
requires-positive_conclusive_grounds_decision = ተጎጂዎችን የሚለየው ባለሥልጣን ሕገወጥ የሰዎች ዝውውር ወይም ብዝበዛ እንደደረሰብዎት የመጨረሻ ውሳኔ ይሰጣል።
requires-law_enforcement_request = ፖሊስ ወይም ሌላ የሕግ አስከባሪ አካል ለእርስዎ ይጠይቅልዎታል።
protection-values = ለምን ያህል ጊዜ ወይም ምን ያህል
protection-decided-by = የሚወስነው ማን ነው
protection-how-to-ask = እንዴት እንደሚጠይቁት
protection-cooperation = ፖሊስን መርዳት አለብዎት?
protection-unknown = ገና አልታወቀም
protection-unverified = ይህ ደንብ ከይፋዊው ጽሑፍ ጋር ገና አልተመሳከረም።
cooperation-required = አዎ፣ ለዚህ ፖሊስን ወይም ዐቃቤ ሕግን መርዳት ያስፈልግዎታል።
cooperation-not-required = አይ።
condition-met = (አዎ)
condition-not-met = (አይ)
condition-unknown = (አይታወቅም)
condition-not_a_national = የዚህ አገር ዜጋ አይደሉም
condition-third_country_national = የአውሮፓ ኅብረት፣ የEEA አገር ወይም የስዊዘርላንድ ዜጋ አይደሉም
condition-irregular_status = አሁን ለመቆየት የሚያስችል ሰነድ የለዎትም
condition-child = ዕድሜዎ ከ18 በታች ነው፣ ወይም ሊሆን ይችላል
condition-adult = ዕድሜዎ 18 ወይም ከዚያ በላይ ነው
condition-cooperation = ፖሊስን ለመርዳት ፈቃደኛ ነዎት
condition-reported_to_police = ለፖሊስ ነግረዋል
condition-fear_of_return = ለመመለስ ይፈራሉ
condition-wants_to_go_home = ወደ አገርዎ መመለስ ይፈልጋሉ
condition-made_to_break_law = ሕግ እንዲጥሱ ተገደዋል
condition-smuggled = በሕገወጥ ድንበር አሻጋሪዎች ነው የገቡት
condition-owed_wages = ያልተከፈለዎት ደመወዝ አለ
condition-no_longer_there = ከበዘበዙዎት ሰዎች ጋር አሁን የሉም
condition-particularly_exploitative = ሥራዎ አደገኛ ነበር፣ ጤናዎን ወይም ክብርዎን ጎድቷል፣ ወይም እጅግ ብዙ የሥራ ሰዓት ነበረው
condition-unable_to_cooperate = የሥነ ልቦና ጉዳት፣ ሕመም ወይም ከባድ አደጋ ፖሊስን መርዳት በጣም ከባድ ያደርግብዎታል (ይህን የሚወስነው ባለሥልጣኑ ነው)
decider-no_decision = ማንም፦ ከሕጉ በቀጥታ ይመነጫል።
decider-competent_authority = የሕገወጥ የሰዎች ዝውውር ተጎጂ ማን እንደሆነ የሚወስነው መሥሪያ ቤት።
decider-immigration_authority = የኢሚግሬሽን መሥሪያ ቤት።
decider-police = ፖሊስ።
decider-prosecutor = ዐቃቤ ሕግ።
decider-court = ፍርድ ቤት።
decider-labour_inspectorate = የሥራ ሁኔታ ተቆጣጣሪዎች።
decider-child_protection = የሕፃናት ጥበቃ አገልግሎቶች።
decider-asylum_authority = የጥገኝነት ጉዳይ መሥሪያ ቤት።
decider-support_provider = የድጋፍ ድርጅት።
referrer-self_ = ራስዎ ሊጠይቁት ይችላሉ፤ በጠበቃ እገዛ ቢሆን ይመረጣል።
referrer-first_responder = የመጀመሪያ ደረጃ ምላሽ ሰጪ ሊመራዎት ይገባል፦ ፖሊስ ወይም የተሰየመ የድጋፍ ድርጅት።
referrer-police = ፖሊስ መጠየቅ አለበት።
referrer-prosecutor = ዐቃቤ ሕግ መጠየቅ አለበት።
referrer-prosecutor_or_labour_inspectorate = ዐቃቤ ሕግ ወይም የሥራ ሁኔታ ተቆጣጣሪ መሥሪያ ቤት መጠየቅ አለበት።
referrer-ngo = የድጋፍ ድርጅት ለመጠየቅ ሊረዳዎት ይችላል።
referrer-lawyer = ጠበቃ ለመጠየቅ ሊረዳዎት ይችላል።
referrer-nobody = መጠየቅ አያስፈልግዎትም።
value-amount_minor = መጠን፦ { $value } { $currency }
value-annual_cap = በየዓመቱ ያለው ገደብ፦ { $value ->
        [one] { $value } ሰው
       *[other] { $value } ሰዎች
    }
value-days = { $value ->
        [one] { $value } ቀን
       *[other] { $value } ቀናት
    }
value-food_allowance_amount_minor = የምግብ አበል፦ { $value } { $currency }
value-housing_allowance_amount_minor = የቤት አበል፦ { $value } { $currency }
value-initial_months = የመጀመሪያው ጊዜ፦ { $value ->
        [one] { $value } ወር
       *[other] { $value } ወራት
    }
value-initial_years = የመጀመሪያው ጊዜ፦ { $value ->
        [one] { $value } ዓመት
       *[other] { $value } ዓመታት
    }
value-limitation_years = ለመጠየቅ ያለው የጊዜ ገደብ፦ { $value ->
        [one] { $value } ዓመት
       *[other] { $value } ዓመታት
    }
value-max_days = { $value ->
        [one] እስከ { $value } ቀን ድረስ
       *[other] እስከ { $value } ቀናት ድረስ
    }
value-max_months = { $value ->
        [one] እስከ { $value } ወር ድረስ
       *[other] እስከ { $value } ወራት ድረስ
    }
value-max_years = { $value ->
        [one] እስከ { $value } ዓመት ድረስ
       *[other] እስከ { $value } ዓመታት ድረስ
    }
value-min_days = ቢያንስ { $value ->
        [one] { $value } ቀን
       *[other] { $value } ቀናት
    }
value-min_hourly_wage = በሰዓት ዝቅተኛ ክፍያ፦ { $value } { $currency }
value-min_months = ቢያንስ { $value ->
        [one] { $value } ወር
       *[other] { $value } ወራት
    }
value-months = { $value ->
        [one] { $value } ወር
       *[other] { $value } ወራት
    }
value-notice_months = የሚሰጥ ማስጠንቀቂያ፦ { $value ->
        [one] { $value } ወር
       *[other] { $value } ወራት
    }
value-notice_months_after_two_years = በሥራው ሁለት ዓመት ከቆዩ በኋላ የሚሰጥ ማስጠንቀቂያ፦ { $value ->
        [one] { $value } ወር
       *[other] { $value } ወራት
    }
value-presumed_min_months = { $value ->
        [one] ሥራዎ ቢያንስ { $value } ወር እንደቆየ ይቆጠራል
       *[other] ሥራዎ ቢያንስ { $value } ወራት እንደቆየ ይቆጠራል
    }
value-renewal_months = እድሳት፦ { $value ->
        [one] { $value } ወር
       *[other] { $value } ወራት
    }
value-years = { $value ->
        [one] { $value } ዓመት
       *[other] { $value } ዓመታት
    }
value-years_in_scheme = { $value ->
        [one] ከ{ $value } ዓመት በኋላ
       *[other] ከ{ $value } ዓመታት በኋላ
    }

## Help
help-kind-emergency = አስቸኳይ
help-kind-trafficking_helpline = የሕገወጥ የሰዎች ዝውውር የእርዳታ መስመር
help-kind-exploitation_helpline = የሥራ ላይ ብዝበዛ የእርዳታ መስመር
help-kind-labour_inspectorate = የሥራ ሁኔታ ተቆጣጣሪዎች፦ ስለ ሥራና ስለ ክፍያ አቤቱታ
help-kind-legal_aid = ነጻ የሕግ እርዳታ
help-kind-ngo = የድጋፍ ድርጅት
help-kind-asylum = የጥገኝነትና የስደተኞች እርዳታ
help-kind-child_helpline = የልጆች የእርዳታ መስመር
help-kind-international = ዓለም አቀፍ ማውጫ
hours-always = ቀንና ሌሊት፣ በየቀኑ ክፍት ነው።
hours-days = { $days }፣ ከ{ $opens } እስከ { $closes } ክፍት ነው።
days-mon_fri = ከሰኞ እስከ ዓርብ
days-mon_sat = ከሰኞ እስከ ቅዳሜ
days-every_day = በየቀኑ
help-interpreters = ለብዙ ቋንቋዎች አስተርጓሚዎች አሉ።
help-languages = ቋንቋዎች፦ { $languages }
help-free = ነጻ ነው።
help-checked = ዝርዝሩ { $date } ላይ ተረጋግጧል።
help-not-checked = እነዚህ ዝርዝሮች ገና አልተረጋገጡም።
help-more = ዝርዝር
help-from-site = ይህን ገጽ ከሚያስተዳድረው { $name } የቀረበ።
help-from-this-site = ይህን ገጽ ከሚያስተዳድረው ድርጅት የቀረበ።
help-meets = ሊረዳ የሚችለው፦ { $needs }

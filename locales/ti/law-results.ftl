# Entitle: the results page's words (ti), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Results
results-heading = መልስታትኩም እንታይ የርእዩ
results-meta = { $code ->
        [GB] ብመሰረት ሕግታት ዓባይ ብሪጣንያ
        [US] ብመሰረት ሕግታት ሕቡራት መንግስታት ኣመሪካ
        [NL] ብመሰረት ሕግታት ኔዘርላንድ
        [PH] ብመሰረት ሕግታት ፊሊፒንስ
        [ZZ] ብመሰረት ኣህጉራዊ ሕጊ
       *[other] ብመሰረት ሕግታት { $country }
    }፣ ከምቲ ብ{ $date } ዝነበረ።
danger-call = ናብ ቁጽሪ ህጹጽ ረድኤት ንምድዋል ጠውቑ። ወረቐት እንተዘይብልኩም'ውን ክትድውሉ ትኽእሉ ኢኹም።
next-steps-heading = ሕጂ እንታይ ክትገብሩ ትኽእሉ
next-step-why = ምኽንያት: { $why }።
next-step-call_child_helpline = ናብ መስመር ሓገዝ ቆልዑ ደውሉ
next-step-call_child_helpline-say = ክትብሉ ትኽእሉ ኢኹም: “ትሕቲ 18 ዓመት እየ። ሓገዝ የድልየኒ ኣሎ።”
next-step-call_trafficking_helpline = ናብ መስመር ሓገዝ ንዝዝመዙ ሰባት ደውሉ
next-step-call_trafficking_helpline-say = ደገፍ ክረኽቡልኩም ይኽእሉ። ክትብሉ ትኽእሉ ኢኹም: “ይዝመዝ ዘለኹ ይመስለኒ። ሓገዝ የድልየኒ ኣሎ።”
next-step-ask_for_protection = ናብ ሓደጋ ከይትምለሱ፣ ብዛዕባ ሓለዋ ሕተቱ
next-step-ask_for_protection-say = ክትብሉ ትኽእሉ ኢኹም: “ናብ ሃገረይ ክምለስ እፈርሕ እየ።”
next-step-claim_unpaid_pay = ብዛዕባ ዘይተኸፈለ ደሞዝ ንተቖጻጸርቲ ስራሕ ሕተቱ
next-step-claim_unpaid_pay-say = ክትብሉ ትኽእሉ ኢኹም: “ኣስራሒይ ዝግብኣኒ ኣይኸፈለንን።”
next-step-call_exploitation_helpline = ናብ መስመር ሓገዝ ንብዘይ ፍትሒ ዝተሓዙ ሰራሕተኛታት ደውሉ
next-step-call_exploitation_helpline-say = ክትብሉ ትኽእሉ ኢኹም: “ኣብ ስራሕ ሕማቕ ኣተሓሕዛ ይገጥመኒ ኣሎ። ምኽሪ የድልየኒ።”
next-step-get_legal_advice = ብዛዕባ መሰላትኩም ናጻ ሕጋዊ ምኽሪ ርኸቡ
next-step-get_legal_advice-say = ክትብሉ ትኽእሉ ኢኹም: “ብዛዕባ መሰላተይን ወረቐተይን ምኽሪ የድልየኒ።”
danger-local-number = ናብ ከባቢያዊ ቁጽሪ ህጹጽ ረድኤት ናይታ ዘለኹምዋ ሃገር ደውሉ።
call-number = ናብ { $number } ደውሉ
text-number = ናብ { $number } መልእኽቲ ስደዱ
results-signs-heading = ኣብ መልስታትኩም ዘለዉ ምልክታት
results-signs-intro = እዚኦም ምልክታት ጥራሕ እዮም። ብዛዕባኹም ዝተወሰነ ውሳነ ኣይኮኑን።
results-not-found = ዘይረኸብናዮም ምልክታት
results-needs-heading = ሕጂ ከድልየኩም ዝኽእል
results-protections-heading = ክምልከቱኹም ዝኽእሉ መሰላት
results-protections-none = ምስ መልስታትኩም ዝሰማማዕ ሓለዋ ኣብዚ ኣይረኸብናን። ኣብ ታሕቲ ዘለዉ ኣገልግሎታት ሓገዝ ግን ክሕግዙኹም ይኽእሉ እዮም።
results-protections-not = ምስ መልስታትኩም ዘይሰማምዑ መሰላት
rights-time_to_recover = ንምዕራፍን ንምሕዋይን ግዜ
rights-permission_to_stay = ፍቓድ ምጽናሕ
rights-money_owed = ዝግብኣኩም ገንዘብ፣ ከምኡ'ውን ካሕሳ
rights-no_punishment = ብግዲ ንዝገበርኩምዎ ነገር መቕጻዕቲ የለን
rights-no_sending_back = ናብ ሓደጋ ዘይምምላስ
rights-going_home = ብሰላም ናብ ዓዲ ምምላስ
rights-childrens_rights = መሰላት ቆልዑ
rights-support_and_advice = ሓገዝ፣ ደገፍን ምኽርን
rights-rules = { $count ->
        [one] ምሉእ ሕጊ
       *[other] ኩሎም { $count } ሕግታት ብምሉኦም
    }
results-help-heading = ሓገዝ ኣበይ ክትረኽቡ
results-limits-heading = እዚ ክነግረኩም ዘይክእል
results-limits-body = እዚ ነቲ መልስታትኩም ዘመልክትዎ ጥራሕ እዩ ዘርኢ። ሕግታት ይቕየሩ። ብዛዕባ ኩሉ ድማ ኣይሓተትናን። ቅድሚ ስጉምቲ ምውሳድኩም ምስ ጠበቓ ወይ ማሕበር ደገፍ ተዛረቡ።
results-print = ሕተሙ ወይ ከም PDF ዓቅቡ
start-again = ካብ ፈለማ ጀምሩ፣ መልስታት ድማ ይጥፍኡ
because-heading = ስለምንታይ ከምዚ ንብል
missing-heading = ነዚ ምምላስ ነቲ ውጽኢት ክቕይሮ ይኽእል
sources-heading = ሕጋዊ ምንጭታት
source-line = { $instrument }፣ ዓንቀጽ { $article } (ካብ { $from })
source-secondary = ኣብ ካልኣይ ደረጃ ምንጪ ጥራሕ ዝተረጋገጸ።
source-unverified = ገና ምስቲ ወግዓዊ ጽሑፍ ኣይተነጻጸረን።
delphi-met = ካልኣይ መፈተኒ፣ ማለት መለክዒታት ILOን ኮሚሽን ኤውሮጳን፣ ንንግዲ ደቂ ሰብ'ውን የመልክት።
delphi-not-met = ካልኣይ መፈተኒ፣ ማለት መለክዒታት ILOን ኮሚሽን ኤውሮጳን፣ በዞም መልስታት ንንግዲ ደቂ ሰብ ኣየመልክትን።
delphi-not-applicable = እቲ ካልኣይ መፈተኒ፣ ማለት መለክዒታት ILOን ኮሚሽን ኤውሮጳን፣ ነዞም መልስታት ክጥቀመሉ ኣይተኻእለን።

## Findings: a title and one sentence for each level
finding-trafficking-title = ንግዲ ደቂ ሰብ
finding-trafficking-strong = መልስታትኩም ብርቱዕ ምልክታት ንግዲ ደቂ ሰብ የርእዩ።
finding-trafficking-some = መልስታትኩም ገለ ምልክታት ንግዲ ደቂ ሰብ የርእዩ።
finding-trafficking-none_found = መልስታትኩም ምልክታት ንግዲ ደቂ ሰብ ኣየርእዩን።
finding-trafficking-not_enough_information = ምልክታት ንግዲ ደቂ ሰብ እንተለዉ ንምባል፣ ገና እኹል ኣይንፈልጥን።
finding-forced_labour-title = ግዱድ ስራሕ
finding-forced_labour-strong = መልስታትኩም ብርቱዕ ምልክታት ግዱድ ስራሕ የርእዩ።
finding-forced_labour-some = መልስታትኩም ገለ ምልክታት ግዱድ ስራሕ የርእዩ።
finding-forced_labour-none_found = መልስታትኩም ምልክታት ግዱድ ስራሕ ኣየርእዩን።
finding-forced_labour-not_enough_information = ምልክታት ግዱድ ስራሕ እንተለዉ ንምባል፣ ገና እኹል ኣይንፈልጥን።
finding-servitude-title = ባርነታዊ ኣገልግሎት
finding-servitude-strong = መልስታትኩም ብርቱዕ ምልክታት ባርነታዊ ኣገልግሎት የርእዩ: ማለት ብግዲ ምስራሕን ኣብ ትሕቲ ቁጽጽር ካልእ ሰብ ምንባርን።
finding-servitude-some = መልስታትኩም ገለ ምልክታት ባርነታዊ ኣገልግሎት የርእዩ: ማለት ብግዲ ምስራሕን ኣብ ትሕቲ ቁጽጽር ካልእ ሰብ ምንባርን።
finding-servitude-none_found = መልስታትኩም ምልክታት ባርነታዊ ኣገልግሎት ኣየርእዩን።
finding-servitude-not_enough_information = ምልክታት ባርነታዊ ኣገልግሎት እንተለዉ ንምባል፣ ገና እኹል ኣይንፈልጥን።
finding-labour_exploitation-title = ዘይፍትሓዊ ወይ ጎዳኢ ስራሕ
finding-labour_exploitation-strong = መልስታትኩም ብርቱዕ ምልክታት ዘይፍትሓዊ ወይ ጎዳኢ ስራሕ የርእዩ።
finding-labour_exploitation-some = መልስታትኩም ገለ ምልክታት ዘይፍትሓዊ ወይ ጎዳኢ ስራሕ የርእዩ።
finding-labour_exploitation-none_found = መልስታትኩም ምልክታት ዘይፍትሓዊ ወይ ጎዳኢ ስራሕ ኣየርእዩን።
finding-labour_exploitation-not_enough_information = ምልክታት ዘይፍትሓዊ ወይ ጎዳኢ ስራሕ እንተለዉ ንምባል፣ ገና እኹል ኣይንፈልጥን።
finding-smuggling_abuse-title = ኣብ ጉዕዞ ዝወረደ ጉድኣት
finding-smuggling_abuse-strong = መልስታትኩም፣ እቶም ዘጓዓዙኹም ሰባት ከም ዝጎድኡኹም ብርቱዕ ምልክታት የርእዩ።
finding-smuggling_abuse-some = መልስታትኩም፣ እቶም ዘጓዓዙኹም ሰባት ከም ዝጎድኡኹም ገለ ምልክታት የርእዩ።
finding-smuggling_abuse-none_found = መልስታትኩም ምልክታት ጉድኣት ኣብ ጉዕዞ ኣየርእዩን።
finding-smuggling_abuse-not_enough_information = ኣብ ጉዕዞ ተጎዲእኩም እንተኾንኩም ንምባል፣ ገና እኹል ኣይንፈልጥን።
finding-international_protection-title = እንተተመሊስኩም ሓደጋ
finding-international_protection-strong = መልስታትኩም፣ ከይትምለሱ ሓለዋ ከድልየኩም ከም ዝኽእል ብርቱዕ ምልክታት የርእዩ።
finding-international_protection-some = መልስታትኩም፣ ከይትምለሱ ሓለዋ ከድልየኩም ከም ዝኽእል ገለ ምልክታት የርእዩ።
finding-international_protection-none_found = መልስታትኩም ፍርሒ ምምላስ ኣየርእዩን።
finding-international_protection-not_enough_information = ከይትምለሱ ሓለዋ የድልየኩም እንተኾይኑ ንምባል፣ ገና እኹል ኣይንፈልጥን።
finding-possible_child-title = መሰላት ቆልዑ
finding-possible_child-strong = መልስታትኩም ትሕቲ 18 ዓመት ከም ዘለኹም ይብሉ። ቆልዑ ተወሳኺ መሰላት ኣለዎም።
finding-possible_child-some = ትሕቲ 18 ዓመት ክትኮኑ ትኽእሉ ኢኹም፣ ወይ እዚ ክጅምር ከሎ ነይርኩም ትኾኑ። ዕድመኹም ክሳብ ዝፍለጥ፣ ከም ቆልዓ ክትተሓዙ ይግባእ።
finding-possible_child-none_found = መልስታትኩም 18 ዓመት ወይ ልዕሊኡ ከም ዘለኹም ይብሉ።
finding-possible_child-not_enough_information = ገና ዕድመኹም ኣይንፈልጥን። ቆልዑ ተወሳኺ መሰላት ኣለዎም።
finding-possible_child-not_enough_information-when_it_began = እዚ ክጅምር ከሎ ትሕቲ 18 ዓመት ነይርኩም እንተኾንኩም ገና ኣይንፈልጥን። እንተነይርኩም፣ መሰላት ቆልዑ ሕጂ'ውን ክሕግዙኹም ይኽእሉ።

## Needs
need-immediate_safety = ሕጂ ድሕንነት
need-medical_care = ሓኪም ወይ ሕክምና
need-safe_housing = ውሑስ መጽንሒ ቦታ
need-interpretation = ቋንቋኹም ዝትርጉም ሰብ
need-legal_advice = ምኽሪ ካብ ጠበቓ
need-children = ሓገዝ ንቆልዑ
need-going_home = ብሰላም ናብ ዓዲ ምምላስ
need-fear_of_return = ከይትምለሱ ሓለዋ
need-unpaid_wages = ዝግብኣኩም ደሞዝ ምርካብ

## Protections: status, conditions and facts
status-applies = ብመሰረት እቲ ሓቅታት እዚ ይምልከተኩም። ዝኾነ ሰብ ክውስኖ ኣየድልን።
status-may_apply = እዚ ክምልከተኩም ይኽእል። ዝምልከቶ ኣካል እዩ ዝውስን።
status-needs_information = እዚ ክምልከት ይኽእል። ንምፍላጥ ተወሳኺ መልስታት የድልየና።
status-does_not_apply = እዚ ምስ መልስታትኩም ኣይሰማማዕን።
protection-conditions = እንታይ የድሊ
protection-requires = ቅድም እንታይ ክኸውን ኣለዎ
condition-any-of = ሓደ ካብዞም ይኣክል:
protection-outside-scope = እዚ ንመልስታቶም እዞም ምልክታት ዘርእዩ ሰባት እዩ: { $signs }። መልስታትኩም ገና ነዞም ምልክታት ኣየርእዩን። ኣብዚ ዘሎ፣ ነቲ ዝነገርኩምና ድሌት ክመልእ ስለ ዝኽእል እዩ።
requires-positive_reasonable_grounds_decision = እቲ ግዳያት ዝፈሊ ኣካል፣ ግዳይ ንግዲ ደቂ ሰብ ወይ ምዝመዛ ምዃንኩም ንምእማን ርትዓዊ ምኽንያት ከም ዘሎ ይውስን።
requires-positive_conclusive_grounds_decision = እቲ ግዳያት ዝፈሊ ኣካል፣ ግዳይ ንግዲ ደቂ ሰብ ወይ ምዝመዛ ምዃንኩም ናይ መወዳእታ ውሳነ ይህብ።
requires-law_enforcement_request = ፖሊስ ወይ ካልእ ኣካል ምኽባር ሕጊ ምእንታኹም ይሓትዎ።
protection-values = ክንደይ ግዜ ወይ ክንደይ መጠን
protection-decided-by = መን ይውስን
protection-how-to-ask = ብኸመይ ይሕተት
protection-cooperation = ንፖሊስ ክትሕግዙ ግድን ድዩ?
protection-unknown = ገና ኣይተፈልጠን
protection-unverified = እዚ ሕጊ ገና ምስቲ ወግዓዊ ጽሑፍ ኣይተነጻጸረን።
cooperation-required = እወ፣ እዚ ንፖሊስ ወይ ንዓቃብቲ ሕጊ ክትሕግዙ የድልዮ።
cooperation-not-required = ኣይፋል።
condition-met = (እወ)
condition-not-met = (ኣይፋል)
condition-unknown = (ኣይተፈልጠን)
condition-not_a_national = ዜጋ እዛ ሃገር ኣይኮንኩምን
condition-third_country_national = ዜጋ ሃገር ኤውሮጳዊ ሕብረት፣ EEA ወይ ስዊዘርላንድ ኣይኮንኩምን
condition-irregular_status = ሕጂ ንምጽናሕ ወረቐት የብልኩምን
condition-child = ትሕቲ 18 ዓመት ኢኹም፣ ወይ ክትኮኑ ትኽእሉ
condition-adult = 18 ዓመት ወይ ልዕሊኡ ኢኹም
condition-cooperation = ንፖሊስ ክትሕግዙ ድሉዋት ኢኹም
condition-reported_to_police = ንፖሊስ ሓቢርኩም
condition-fear_of_return = ክትምለሱ ትፈርሁ
condition-wants_to_go_home = ናብ ዓድኹም ክትምለሱ ትደልዩ
condition-made_to_break_law = ሕጊ ክትጥሕሱ ተገዲድኩም
condition-smuggled = ብኣሰጋገርቲ ኢኹም ኣቲኹም
condition-owed_wages = ዘይተኸፈለኩም ደሞዝ ኣሎ
condition-no_longer_there = ደጊም ምስቶም ዝዘመዙኹም ሰባት የለኹምን
condition-particularly_exploitative = ስራሕኩም ሓደገኛ ነይሩ፣ ንጥዕናኹም ወይ ንክብርኹም ጎዲኡ፣ ወይ ኣዝዩ ብዙሕ ሰዓታት ነይርዎ
condition-unable_to_cooperate = ከቢድ ስንባደ (ትራውማ)፣ ሕማም ወይ ከቢድ ሓደጋ ንፖሊስ ምሕጋዝ ኣዝዩ ከቢድ ይገብረልኩም (እዚ ዝምልከቶ ኣካል ይውስኖ)
decider-no_decision = ዝኾነ ሰብ የለን: ካብቲ ሕጊ ባዕሉ ይመጽእ።
decider-competent_authority = ግዳይ ንግዲ ደቂ ሰብ መን ምዃኑ ዝውስን ቤት ጽሕፈት።
decider-immigration_authority = ቤት ጽሕፈት ኢሚግሬሽን።
decider-police = ፖሊስ።
decider-prosecutor = ዓቃቢ ሕጊ።
decider-court = ቤት ፍርዲ።
decider-labour_inspectorate = ተቖጻጸርቲ ስራሕ።
decider-child_protection = ኣገልግሎታት ሓለዋ ቆልዑ።
decider-asylum_authority = ቤት ጽሕፈት ዑቕባ።
decider-support_provider = ትካል ደገፍ።
referrer-self_ = ባዕልኹም ክትሓትዎ ትኽእሉ ኢኹም። ብሓገዝ ጠበቓ እንተኾይኑ ይበልጽ።
referrer-first_responder = ቀዳማይ ተቐባሊ ክሰደኩም ኣለዎ: ፖሊስ ወይ ስሙ ዝተጠቕሰ ትካል ደገፍ።
referrer-police = ፖሊስ ክሓትዎ ኣለዎ።
referrer-prosecutor = ዓቃቢ ሕጊ ክሓትዎ ኣለዎ።
referrer-prosecutor_or_labour_inspectorate = ዓቃቢ ሕጊ ወይ ተቖጻጸርቲ ስራሕ ክሓትዎ ኣለዎም።
referrer-ngo = ትካል ደገፍ ክትሓቱ ክሕግዘኩም ይኽእል።
referrer-lawyer = ጠበቓ ክትሓቱ ክሕግዘኩም ይኽእል።
referrer-nobody = ክትሓቱ ኣየድልየኩምን።
value-amount_minor = መጠን: { $value } { $currency }
value-annual_cap = ገደብ ኣብ ዓመት: { $value ->
        [one] { $value } ሰብ
       *[other] { $value } ሰባት
    }
value-days = { $value ->
        [one] { $value } መዓልቲ
       *[other] { $value } መዓልታት
    }
value-food_allowance_amount_minor = ኣበል መግቢ: { $value } { $currency }
value-housing_allowance_amount_minor = ኣበል መንበሪ: { $value } { $currency }
value-initial_months = ቀዳማይ ግዜ: { $value ->
        [one] { $value } ወርሒ
       *[other] { $value } ኣዋርሕ
    }
value-initial_years = ቀዳማይ ግዜ: { $value ->
        [one] { $value } ዓመት
       *[other] { $value } ዓመታት
    }
value-limitation_years = ንምሕታት ገደብ ግዜ: { $value ->
        [one] { $value } ዓመት
       *[other] { $value } ዓመታት
    }
value-max_days = ክሳብ { $value ->
        [one] { $value } መዓልቲ
       *[other] { $value } መዓልታት
    }
value-max_months = ክሳብ { $value ->
        [one] { $value } ወርሒ
       *[other] { $value } ኣዋርሕ
    }
value-max_years = ክሳብ { $value ->
        [one] { $value } ዓመት
       *[other] { $value } ዓመታት
    }
value-min_days = እንተወሓደ { $value ->
        [one] { $value } መዓልቲ
       *[other] { $value } መዓልታት
    }
value-min_hourly_wage = ዝተሓተ ደሞዝ ኣብ ሰዓት: { $value } { $currency }
value-min_months = እንተወሓደ { $value ->
        [one] { $value } ወርሒ
       *[other] { $value } ኣዋርሕ
    }
value-months = { $value ->
        [one] { $value } ወርሒ
       *[other] { $value } ኣዋርሕ
    }
value-notice_months = ዝወሃብ ቅድመ-ምልክታ: { $value ->
        [one] { $value } ወርሒ
       *[other] { $value } ኣዋርሕ
    }
value-notice_months_after_two_years = ድሕሪ ክልተ ዓመት ኣብቲ ስራሕ ዝወሃብ ቅድመ-ምልክታ: { $value ->
        [one] { $value } ወርሒ
       *[other] { $value } ኣዋርሕ
    }
value-presumed_min_months = ስራሕኩም እንተወሓደ { $value ->
        [one] { $value } ወርሒ
       *[other] { $value } ኣዋርሕ
    } ከም ዝጸንሐ ይቑጸር
value-renewal_months = ምሕዳስ: { $value ->
        [one] { $value } ወርሒ
       *[other] { $value } ኣዋርሕ
    }
value-years = { $value ->
        [one] { $value } ዓመት
       *[other] { $value } ዓመታት
    }
value-years_in_scheme = ድሕሪ { $value ->
        [one] { $value } ዓመት
       *[other] { $value } ዓመታት
    }

## Help
help-kind-emergency = ህጹጽ ረድኤት
help-kind-trafficking_helpline = መስመር ሓገዝ ንግዲ ደቂ ሰብ
help-kind-exploitation_helpline = መስመር ሓገዝ ምዝመዛ ኣብ ስራሕ
help-kind-labour_inspectorate = ተቖጻጸርቲ ስራሕ: ጥርዓን ብዛዕባ ስራሕን ደሞዝን
help-kind-legal_aid = ናጻ ሕጋዊ ሓገዝ
help-kind-ngo = ትካል ደገፍ
help-kind-asylum = ሓገዝ ዑቕባን ስደተኛታትን
help-kind-child_helpline = መስመር ሓገዝ ንቆልዑ
help-kind-international = ኣህጉራዊ ዝርዝር ኣድራሻታት
hours-always = ለይትን መዓልትን፣ ኩሉ መዓልቲ ክፉት እዩ።
hours-days = { $days }፣ ካብ { $opens } ክሳብ { $closes } ክፉት እዩ።
days-mon_fri = ሰኑይ ክሳብ ዓርቢ
days-mon_sat = ሰኑይ ክሳብ ቀዳም
days-every_day = ኩሉ መዓልቲ
help-interpreters = ንብዙሓት ቋንቋታት ተርጐምቲ ኣለዉ።
help-languages = ቋንቋታት: { $languages }
help-free = ናጻ እዩ።
help-checked = ዝርዝራት ብ{ $date } ተረጋጊጾም።
help-not-checked = እዞም ዝርዝራት ገና ኣይተረጋገጹን።
help-more = ዝርዝራት
help-from-site = ካብ { $name }፣ እዚ ገጽ ዘካይድ።
help-from-this-site = ካብቲ እዚ ገጽ ዘካይድ ትካል።
help-meets = ክሕግዝ ዝኽእል: { $needs }

# Entitle: Tigrinya. The words of the pay claim on the results and of the case summary for a lawyer.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

# Fetched after the first page, with the law's words.

claim-heading = ክግብኣኩም ዝኽእል ደሞዝ
claim-lead-owed_against_minimum = ን{ $months } { $months ->
        [one] ወርሒ
       *[other] ኣዋርሕ
    } ስራሕ፣ መልስታትኩም ብመሰረት ሕጋዊ ዝተሓተ ደሞዝ ኣስታት { $amount } ከም ዝግብኣኩም የርእዩ።
claim-lead-owed_against_promise = ን{ $months } { $months ->
        [one] ወርሒ
       *[other] ኣዋርሕ
    } ስራሕ፣ መልስታትኩም ብመሰረት እቲ ዝተመባጽዓልኩም ኣስታት { $amount } ከም ዝግብኣኩም የርእዩ።
claim-no-figure = ካብ መልስታትኩም ኣሃዝ ክንሕስብ ኣይከኣልናን። እቲ ጽማቕ እንታይ ከም ዝጎደለ ይገልጽ።
claim-deadline-next = እቲ ገና ክፉት ዘሎ ቀዳማይ ገደብ ግዜ ብ{ $date } ይውዳእ ({ $route })።
claim-deadline-soon = ቀልጢፍኩም ተንቀሳቐሱ: ሓደ ገደብ ግዜ ብ{ $date } ይውዳእ ({ $route })።
claim-deadline-passed = ገለ ገደባት ግዜ ሓሊፎም ይኾኑ። ጠበቓ ግን መገዲ ክረክብ ይኽእል እዩ።
summary-open = ንጠበቓ ዝኸውን ጽማቕ ርኣዩ
route-labour_inspectorate = ተቖጻጸርቲ ስራሕ
route-labour_tribunal = ቤት ፍርዲ ስራሕ
route-civil_court = ሲቪላዊ ቤት ፍርዲ
route-criminal_compensation = ገበናዊ ቤት ፍርዲ
route-state_fund = ፈንድ መንግስቲ ንግዳያት ገበን
summary-heading = ንጠበቓ ወይ ንሰራሕተኛ ጉዳይ ዝኸውን ጽማቕ ጉዳይ
summary-intro = ብ{ $date } ኣብዚ መሳርሒ፣ ካብ መልስታት እቲ ሰብ ባዕሉ፣ ብመሰረት { $code ->
        [GB] ሕግታት ዓባይ ብሪጣንያ
        [US] ሕግታት ሕቡራት መንግስታት ኣመሪካ
        [NL] ሕግታት ኔዘርላንድ
        [PH] ሕግታት ፊሊፒንስ
        [ZZ] ኣህጉራዊ ሕጊ
       *[other] ሕግታት { $country }
    } ዝተዳለወ። ምልክታት እምበር ውሳነታት ኣየርኢን።
summary-chronology = እንታይ ኣጋጠመ
stage-recruitment = ምልመላ
stage-journey = እቲ ጉዕዞ
stage-work = እቲ ስራሕ
stage-leaving_and_now = ምውጻእ፣ ከምኡ'ውን ሕጂ
summary-signs = ኣብቲ መልስታት ዘለዉ ምልክታትን ሕጋዊ ባእታታቶምን
summary-no-signs = እቲ መልስታት ዝኾነ ምልክት ኣየርእዩን።
presence-present = ተራእዩ
presence-absent = ኣይተራእየን
presence-unknown = ኣይተፈልጠን
element-act = ተግባር: ነቲ ሰብ ምልማል፣ ምግዕዓዝ፣ ኣሕሊፍካ ምሃብ ወይ ምሓዝ
element-means = መገዲ: ምፍርራሕ፣ ሓይሊ፣ ምትላል ወይ ብስልጣን ምብዳል
element-purpose = ዕላማ: ምዝመዛ
element-child = እቲ ሰብ ትሕቲ 18 ዓመት ነይሩ
element-under_18 = እቲ ሰብ ትሕቲ 18 ዓመት እዩ፣ ወይ ክኸውን ይኽእል
element-menace_of_penalty = ናይ ጉድኣት ወይ መቕጻዕቲ ምፍርራሕ
element-involuntary = ብድሌት ዘይተዋህበ ስራሕ
element-coercion = ምግዳድ
element-cannot_change_situation = ኩነታቱ ክቕይር ኣይክእልን
element-lives_at_workplace = ወሃቢ ስራሕ ኣብ ዝወሰኖ ቦታ ይነብር
element-wages_withheld = ደሞዝ ተታሒዙ
element-pay_below_promise = ካብቲ ዝተመባጽዐ ዝወሓደ ደሞዝ
element-large_deductions = ካብ ደሞዝ ዓበይቲ መጠናት ተወሲዱ
element-excessive_hours = ኣዝዩ ነዊሕ ሰዓታት
element-recruitment_fees = ንስራሕ ዝተኸፍለ ክፍሊታት
element-smuggled = ብኻልኦት ብዘይሕጋዊ መገዲ ዶብ ተሳጊሩ
element-fear_of_return = ፍርሒ ምምላስ
element-protected_reason = ሕጊ ስደተኛታት ዝሕልዎ ምኽንያት
element-documents_kept = ፓስፖርት ወይ ወረቐት መንነት ብኻልኦት ተታሒዙ
element-unsafe_or_degrading = ሓደገኛ ስራሕ ወይ ክብሪ ዘዋርድ ኩነታት መንበሪ
element-violence_at_work = ኣብ ስራሕ ዓመጽ
element-harmed_or_held = ኣብ ጉዕዞ ተጎዲኡ ወይ ተታሒዙ
summary-indicators = መለክዒታት ILO ናይ ግዱድ ስራሕ፣ ከምኡ'ውን ዓውድታት ILO–EU
summary-no-indicators = እቲ መልስታት ዝኾነ ካብ መለክዒታት ILO ኣየርእዩን።
indicator-ilo-fl-abuse_of_vulnerability = ብተቓላዕነት ምጥቃም
indicator-ilo-fl-deception = ምትላል
indicator-ilo-fl-restriction_of_movement = ምግታእ ምንቅስቓስ
indicator-ilo-fl-isolation = ምንጻል
indicator-ilo-fl-physical_and_sexual_violence = ኣካላውን ጾታውን ዓመጽ
indicator-ilo-fl-intimidation_and_threats = ምሽባርን ምፍርራሕን
indicator-ilo-fl-retention_of_identity_documents = ምሓዝ ሰነዳት መንነት
indicator-ilo-fl-withholding_of_wages = ምሓዝ ደሞዝ
indicator-ilo-fl-debt_bondage = ብዕዳ ምእሳር
indicator-ilo-fl-abusive_working_and_living_conditions = ጎዳኢ ኩነታት ስራሕን መንበሪን
indicator-ilo-fl-excessive_overtime = ልክዕ ዝሓለፈ ተወሳኺ ሰዓት ስራሕ
summary-dimension = ዓውዲ
summary-strong-medium-weak = መለክዒታት: ብርቱዕ / ማእከላይ / ድኹም
summary-positive = ኣወንታዊ
dimension-deceptive_recruitment = ብምትላል ምልማል
dimension-coercive_recruitment = ብምግዳድ ምልማል
dimension-recruitment_by_abuse_of_vulnerability = ብተቓላዕነት ብምጥቃም ምልማል
dimension-exploitative_conditions_of_work = ናይ ምዝመዛ ኩነታት ስራሕ
dimension-coercion_at_destination = ኣብ መዕለቢ ቦታ ምግዳድ
dimension-abuse_of_vulnerability_at_destination = ኣብ መዕለቢ ቦታ ብተቓላዕነት ምጥቃም
summary-protections = ክሰማምዑ ዝኽእሉ ሓለዋታትን ሕጋዊ መሰረቶምን
summary-english-copy = ንጠበቓ ዝኸውን ቅዳሕ ብእንግሊዝኛ
summary-claim = ጠለብ ደሞዝ፣ ምስ ኣሰራርሓ ሕሳቡ
summary-claim-period = ካብ { $began } ክሳብ { $ended }: { $months } { $months ->
        [one] ወርሒ
       *[other] ኣዋርሕ
    }።
summary-claim-period-ongoing = ካብ { $began }፣ እቲ ስራሕ ገና ይቕጽል ኣሎ: ክሳብ ሕጂ { $months } { $months ->
        [one] ወርሒ
       *[other] ኣዋርሕ
    }።
figure-owed_against_promise = ብመሰረት እቲ መብጽዓ ዝግባእ
figure-owed_against_minimum = ብመሰረት ሕጋዊ ዝተሓተ ደሞዝ ዝግባእ
figure-arrears_at_current_rate = ተመሳሳሊ፣ ብናይ ሎሚ ዝተሓተ ደሞዝ ዝተሓስበ
figure-overtime_at_minimum = ኣብ ልዕሊኡ ተወሳኺ ሰዓት ስራሕ፣ ብዝተሓተ ደሞዝ
figure-liquidated_damages = ደጊሙ ማዕረ መጠን (liquidated damages)
figure-restitution_at_least = ገበናዊ ቤት ፍርዲ ክእዝዞ ዝኽእል ዝተሓተ መጠን
working-step = ስጉምቲ
working-formula = ኣሰራርሓ
working-amount = መጠን
working-value = ዝተጠቕመ ዋጋን ምንጩን
working-value-from = ካብ { $date } ኣትሒዙ ዝጸንዐ።
value-verified = ኣብ ወግዓዊ ጽሑፍ ተረጋጊጹ።
step-promised_for_months = ንዝተሰርሑ ኣዋርሕ ዝተመባጽዐ ደሞዝ
step-months_at_rate = ኣብ ቀዳመይቲ መዓልቲ ነፍሲ ወከፍ ወርሒ ዝጸንዐ ዝተሓተ ደሞዝ
step-sum = ተደሚሩ
step-less_received = ዝተቐበሎ ምስ ተቐንሰ
step-overtime_premium = ተወሳኺ ክፍሊት ንተወሳኺ ሰዓት
step-arrears_at_current_rate = ብናይ ሎሚ መጠን ዝተሓስበ
step-liquidated_damages_equal = ዘይተኸፈለ ዝተሓተ ደሞዝን ተወሳኺ ሰዓትን፣ ደጊሙ ዝግባእ
step-restitution_greater_of_gain_or_minimum = ዋጋ እቲ ስራሕ ብዝተሓተ ደሞዝን ተወሳኺ ሰዓትን፤ እቲ ገበነኛ ዝያዳ እንተረኺቡ፣ ዝያዳ
summary-not-counted = እቲ ኣሃዛት ክቖጽሮ ዘይከኣለ
formula-hour = { $count } ሰዓት
formula-day = { $count } መዓልቲ
formula-week = { $count } ሰሙን
formula-month = { $count } ወርሒ
not-counted-period = ዝተሰርሑ ኣዋርሕ ኣይተፈልጡን፣ ስለዚ ዝኾነ ነገር ክቑጸር ኣይተኻእለን።
not-counted-promise = እቲ ዝተመባጽዐ ደሞዝ ኣይተፈልጠን።
not-counted-received = እቲ ዝተቐበሎ ኣይተፈልጠን፣ ስለዚ ዝተቐንሰ የለን።
not-counted-hours = ዝተሰርሑ ሰዓታት ወይ መዓልታት ኣይተፈልጡን።
not-counted-age = ዕድመ ኣይተፈልጠን፣ ስለዚ ናይ ዓበይቲ መጠን ተጠቒምና።
not-counted-no_minimum_wage = ነዛ ሃገር ዝኾነ ሕጋዊ ዝተሓተ ደሞዝ የብልናን።
not-counted-months_before_first_rate = ገለ ኣዋርሕ ቅድሚ እቲ ዘለና ቀዳማይ ዝተሓተ መጠን እዮም፣ ወይ ሽዑ ነቲ ዕድመ መጠን ኣይነበረን።
not-counted-other_currency = ገለ ደሞዝ ብኻልእ ዓይነት ገንዘብ ነይሩ፣ ስለዚ ኣይተቐንሰን።
not-counted-deductions = ካብ ደሞዝ ገንዘብ ተወሲዱ። ኣየናይ ካብኡ ዘይሕጋዊ ምንባሩ ዝገልጽ ሕጊ የብልናን: ጠበቓ ከረጋግጽ ይኽእል።
not-counted-recruitment_fees = ንስራሕ ክፍሊታት ተኸፊሉ። ኣብዚ ዝቖጽሮም ሕጊ የብልናን: ጠበቓ ከረጋግጽ ይኽእል።
not-counted-later_rate_missing = ሕጊ ብዝተወሰነ ግዜ ሓድሽ ዝተሓተ ደሞዝ ይውስን፣ እቲ ዘለና ናይ መወዳእታ መጠን ቅድሚ ስራሕ ምውዳኡ ተቐዪሩ ክኸውን ይኽእል። ንናይ መወዳእታ ኣዋርሕ ዝያዳ ክኽፈለኩም ይኽእል: ጠበቓ ነቲ ወግዓዊ መጠን ከረጋግጽ ይኽእል።
summary-caveats = ጠበቓ ብዛዕባ እዞም ኣሃዛት ክፈልጦ ዘለዎ
summary-deadlines = ንምሕታት ገደባት ግዜ
summary-no-deadlines = ነዛ ሃገር ዝኾነ ገደብ ግዜ የብልናን።
deadline-length = ካብ { $from } ኣትሒዙ { $months } { $months ->
        [one] ወርሒ
       *[other] ኣዋርሕ
    }።
runs-from-last_payment = እቲ ናይ መወዳእታ ጎደሎ ክፍሊት
runs-from-end_of_work = መወዳእታ እቲ ስራሕ
runs-from-end_of_exploitation = መወዳእታ እቲ ምዝመዛ
runs-from-offence = እቲ ገበን
runs-from-final_judgment = ናይ መወዳእታ ፍርዲ ኣብቲ ገበናዊ ጉዳይ
runs-from-end_of_year = መወዳእታ እቲ ደሞዝ ዝግብኣሉ ዓመት
deadline-not_started = ገና ኣይጀመረን: እቲ ስራሕ ይቕጽል ኣሎ።
deadline-open = ካብ መወዳእታ እቲ ስራሕ ዝተወድኣሉ ወርሒ ተቖጺሩ፣ ብ{ $date } ይውዳእ።
deadline-soon = ካብ መወዳእታ እቲ ስራሕ ዝተወድኣሉ ወርሒ ተቖጺሩ፣ ቀልጢፉ ይውዳእ፣ ብ{ $date }።
deadline-passed = ካብ መወዳእታ እቲ ስራሕ ዝተወድኣሉ ወርሒ ተቖጺሩ፣ ብ{ $date } ተወዲኡ። ጠበቓ ፍሉይ ኩነት (exception) ክፈልጥ ይኽእል።
deadline-unknown = መወዳእታ እቲ ስራሕ ኣይተፈልጠን።
deadline-after_judgment = ካብ መዓልቱ ዘይንፈልጦ ውሳነ ቤት ፍርዲ ይጅምር።

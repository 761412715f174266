# Entitle: Amharic. The words of the pay claim on the results and of the case summary for a lawyer.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.

claim-heading = ሊገባዎት የሚችል ክፍያ
claim-lead-owed_against_minimum = ለ{ $months } { $months ->
        [one] ወር
       *[other] ወራት
    } ሥራ፣ መልሶችዎ በሕጋዊው ዝቅተኛ ደመወዝ መሠረት ወደ { $amount } ገደማ እንደሚገባዎት ያሳያሉ።
claim-lead-owed_against_promise = ለ{ $months } { $months ->
        [one] ወር
       *[other] ወራት
    } ሥራ፣ መልሶችዎ ቃል በተገባልዎት መሠረት ወደ { $amount } ገደማ እንደሚገባዎት ያሳያሉ።
claim-no-figure = ከመልሶችዎ አኃዝ ማስላት አልቻልንም። ማጠቃለያው የጎደለውን ይገልጻል።
claim-deadline-next = አሁንም ክፍት የሆነው የመጀመሪያው የጊዜ ገደብ { $date } ላይ ያበቃል ({ $route })።
claim-deadline-soon = በፍጥነት እርምጃ ይውሰዱ፦ አንድ የጊዜ ገደብ { $date } ላይ ያበቃል ({ $route })።
claim-deadline-passed = አንዳንድ የጊዜ ገደቦች አልፈው ሊሆን ይችላል። ጠበቃ አሁንም መንገድ ሊያገኝ ይችላል።
summary-open = ለጠበቃ የሚሆነውን ማጠቃለያ ይመልከቱ
route-labour_inspectorate = የሥራ ሁኔታ ተቆጣጣሪዎች
route-labour_tribunal = የሠራተኛ ጉዳይ ፍርድ ቤት ወይም ችሎት
route-civil_court = የፍትሐ ብሔር ፍርድ ቤት
route-criminal_compensation = የወንጀል ፍርድ ቤት
route-state_fund = ለወንጀል ተጎጂዎች የመንግሥት ፈንድ
summary-heading = ለጠበቃ ወይም ለጉዳይ ተከታታይ ባለሙያ የሚሆን የጉዳዩ ማጠቃለያ
summary-intro = በዚህ መሣሪያ ላይ { $date } ላይ ከግለሰቡ የራሱ መልሶች የተዘጋጀ፣ በ{ $code ->
        [GB] ዩናይትድ ኪንግደም ሕጎች
        [US] አሜሪካ (ዩናይትድ ስቴትስ) ሕጎች
        [NL] ኔዘርላንድ ሕጎች
        [PH] ፊሊፒንስ ሕጎች
        [ZZ] ዓለም አቀፍ ሕግ ደንቦች
       *[other] { $country } ሕጎች
    } መሠረት። ምልክቶችን ያሳያል እንጂ ውሳኔዎችን አይደለም።
summary-chronology = የተፈጸመው ነገር
stage-recruitment = ቅጥር
stage-journey = ጉዞው
stage-work = ሥራው
stage-leaving_and_now = መልቀቅ፣ እና አሁን
summary-signs = በመልሶቹ ውስጥ ያሉ ምልክቶች፣ እና የሕግ አካሎቻቸው
summary-no-signs = መልሶቹ ምንም ምልክት አያሳዩም።
presence-present = ታይቷል
presence-absent = አልታየም
presence-unknown = አይታወቅም
element-act = ድርጊት፦ ሰውየውን መመልመል፣ ማጓጓዝ፣ አሳልፎ መስጠት ወይም መያዝ
element-means = ዘዴ፦ ማስፈራራት፣ ኃይል፣ ማታለል ወይም ሥልጣንን አላግባብ መጠቀም
element-purpose = ዓላማ፦ ብዝበዛ
element-child = ሰውየው ዕድሜው ከ18 በታች ነበር
element-under_18 = ሰውየው ዕድሜው ከ18 በታች ነው ወይም ሊሆን ይችላል
element-menace_of_penalty = የጉዳት ወይም የቅጣት ማስፈራሪያ
element-involuntary = በፈቃደኝነት ያልተሰጠ ሥራ
element-coercion = ማስገደድ
element-cannot_change_situation = ሁኔታውን መለወጥ አለመቻል
element-lives_at_workplace = አሠሪው በወሰነው ቦታ ይኖራል
element-wages_withheld = ደመወዝ ተይዟል
element-pay_below_promise = ክፍያው ቃል ከተገባው ያነሰ ነው
element-large_deductions = ከደመወዝ ብዙ ገንዘብ ተወስዷል
element-excessive_hours = በጣም ረጅም የሥራ ሰዓት
element-recruitment_fees = ለሥራው የተከፈሉ ክፍያዎች
element-smuggled = በሌሎች ሰዎች በሕገወጥ መንገድ ድንበር ተሻግሯል
element-fear_of_return = ለመመለስ መፍራት
element-protected_reason = የስደተኞች ሕግ የሚጠብቀው ምክንያት
element-documents_kept = ፓስፖርት ወይም መታወቂያ በሌሎች ተይዟል
element-unsafe_or_degrading = አደገኛ ሥራ ወይም ክብርን የሚያዋርድ የኑሮ ሁኔታ
element-violence_at_work = በሥራ ቦታ የሚደርስ ጥቃት
element-harmed_or_held = በጉዞ ላይ ጉዳት ደርሶበታል ወይም ተይዟል
summary-indicators = የILO የግዴታ ሥራ አመልካቾች፣ እና የILO–EU ገጽታዎች
summary-no-indicators = መልሶቹ ከILO አመልካቾች አንዱንም አያሳዩም።
indicator-ilo-fl-abuse_of_vulnerability = ተጋላጭነትን አላግባብ መጠቀም
indicator-ilo-fl-deception = ማታለል
indicator-ilo-fl-restriction_of_movement = የእንቅስቃሴ ገደብ
indicator-ilo-fl-isolation = ማግለል
indicator-ilo-fl-physical_and_sexual_violence = አካላዊና ወሲባዊ ጥቃት
indicator-ilo-fl-intimidation_and_threats = ማሸማቀቅና ማስፈራራት
indicator-ilo-fl-retention_of_identity_documents = የመታወቂያ ሰነዶችን መያዝ
indicator-ilo-fl-withholding_of_wages = ደመወዝን መያዝ
indicator-ilo-fl-debt_bondage = የዕዳ ባርነት
indicator-ilo-fl-abusive_working_and_living_conditions = በደል የሚፈጸምበት የሥራና የኑሮ ሁኔታ
indicator-ilo-fl-excessive_overtime = ከመጠን ያለፈ የትርፍ ሰዓት ሥራ
summary-dimension = ገጽታ
summary-strong-medium-weak = አመልካቾች፦ ጠንካራ / መካከለኛ / ደካማ
summary-positive = አዎንታዊ
dimension-deceptive_recruitment = በማታለል የተፈጸመ ቅጥር
dimension-coercive_recruitment = በማስገደድ የተፈጸመ ቅጥር
dimension-recruitment_by_abuse_of_vulnerability = ተጋላጭነትን አላግባብ በመጠቀም የተፈጸመ ቅጥር
dimension-exploitative_conditions_of_work = የብዝበዛ የሥራ ሁኔታዎች
dimension-coercion_at_destination = በመድረሻ ቦታ ማስገደድ
dimension-abuse_of_vulnerability_at_destination = በመድረሻ ቦታ ተጋላጭነትን አላግባብ መጠቀም
summary-protections = ሊስማሙ የሚችሉ ጥበቃዎች፣ እና የሕግ መሠረቶቻቸው
summary-english-copy = ለጠበቃው የእንግሊዝኛ ቅጂ
summary-claim = የክፍያ ጥያቄው፣ ከስሌቱ ጋር
summary-claim-period = ከ{ $began } እስከ { $ended }፦ { $months } { $months ->
        [one] ወር
       *[other] ወራት
    }።
summary-claim-period-ongoing = ከ{ $began } ጀምሮ፣ ሥራውም ቀጥሏል፦ እስካሁን { $months } { $months ->
        [one] ወር
       *[other] ወራት
    }።
figure-owed_against_promise = በተገባው ቃል መሠረት የሚገባው
figure-owed_against_minimum = በሕጋዊው ዝቅተኛ ደመወዝ መሠረት የሚገባው
figure-arrears_at_current_rate = ያው መጠን፣ በዛሬው ዝቅተኛ ደመወዝ ሲቆጠር
figure-overtime_at_minimum = በተጨማሪ የትርፍ ሰዓት ክፍያ፣ በዝቅተኛው ተመን
figure-liquidated_damages = ተመሳሳይ መጠን እንደገና (liquidated damages)
figure-restitution_at_least = የወንጀል ፍርድ ቤት ሊያዝዘው የሚችለው ዝቅተኛው መጠን
working-step = ደረጃ
working-formula = ስሌት
working-amount = መጠን
working-value = ጥቅም ላይ የዋለው እሴት፣ እና ምንጩ
working-value-from = ከ{ $date } ጀምሮ ተፈጻሚ።
value-verified = በይፋዊው ጽሑፍ ውስጥ ተረጋግጧል።
step-promised_for_months = ለተሠሩት ወራት ቃል የተገባው ክፍያ
step-months_at_rate = በእያንዳንዱ ወር የመጀመሪያ ቀን ተፈጻሚ የነበረው ዝቅተኛ ደመወዝ
step-sum = ድምር
step-less_received = የተቀበለው ሲቀነስ
step-overtime_premium = የትርፍ ሰዓት ተጨማሪ ክፍያ
step-arrears_at_current_rate = በዛሬው ተመን ሲቆጠር
step-liquidated_damages_equal = ያልተከፈለው ዝቅተኛ ደመወዝና የትርፍ ሰዓት ክፍያ፣ እንደገና የሚገባ
step-restitution_greater_of_gain_or_minimum = የሥራው ዋጋ በዝቅተኛ ደመወዝና በትርፍ ሰዓት ክፍያ ሲሰላ፤ ወንጀል ፈጻሚው ከዚህ የበለጠ ካተረፈ፣ የበለጠ
summary-not-counted = አኃዞቹ ሊቆጥሩት ያልቻሉት
formula-hour = { $count } ሰዓት
formula-day = { $count } ቀን
formula-week = { $count } ሳምንት
formula-month = { $count } ወር
not-counted-period = የተሠሩት ወራት አይታወቁም፤ ስለዚህ ምንም ሊቆጠር አልቻለም።
not-counted-promise = ቃል የተገባው ክፍያ አይታወቅም።
not-counted-received = የተቀበለው አይታወቅም፤ ስለዚህ ምንም አልተቀነሰም።
not-counted-hours = የተሠሩት ሰዓቶች ወይም ቀናት አይታወቁም።
not-counted-age = ዕድሜው አይታወቅም፤ ስለዚህ የአዋቂዎች ተመን ጥቅም ላይ ውሏል።
not-counted-no_minimum_wage = ለዚህ አገር የያዝነው ሕጋዊ ዝቅተኛ ደመወዝ የለም።
not-counted-months_before_first_rate = አንዳንድ ወራት ከያዝነው የመጀመሪያው ዝቅተኛ ተመን በፊት ናቸው፣ ወይም በዚያን ጊዜ ለዕድሜው ተመን አልነበረም።
not-counted-other_currency = አንዳንድ ክፍያዎች በሌላ ገንዘብ (ምንዛሪ) ነበሩ፤ ስለዚህ አልተቀነሱም።
not-counted-deductions = ከክፍያው ገንዘብ ተወስዷል። ከዚህ ውስጥ የትኛው ሕገወጥ እንደነበር የሚወስን ደንብ አልያዝንም፦ ጠበቃ ሊያጣራ ይችላል።
not-counted-recruitment_fees = ለሥራው ክፍያዎች ተከፍለዋል። እዚህ እነሱን የሚቆጥር ደንብ አልያዝንም፦ ጠበቃ ሊያጣራ ይችላል።
not-counted-later_rate_missing = ሕጉ በተወሰነ ጊዜ አዲስ ዝቅተኛ ደመወዝ ይወስናል፤ የያዝነው የመጨረሻው ተመን ሥራው ከማለቁ በፊት ተቀይሮ ሊሆን ይችላል። ለመጨረሻዎቹ ወራት ተጨማሪ ገንዘብ ሊከፈልዎት ይችላል፦ ጠበቃ ኦፊሴላዊውን ተመን ሊያጣራ ይችላል።
summary-caveats = ስለ እነዚህ አኃዞች ጠበቃ ማወቅ ያለበት
summary-deadlines = ለመጠየቅ ያሉ የጊዜ ገደቦች
summary-no-deadlines = ለዚህ አገር የያዝነው የጊዜ ገደብ የለም።
deadline-length = { $months } { $months ->
        [one] ወር
       *[other] ወራት
    }፤ መነሻው፦ { $from }።
runs-from-last_payment = ያነሰ ክፍያ የተከፈለበት የመጨረሻው ቀን
runs-from-end_of_work = የሥራው ማብቂያ
runs-from-end_of_exploitation = የብዝበዛው ማብቂያ
runs-from-offence = ወንጀሉ
runs-from-final_judgment = በወንጀል ጉዳዩ የተሰጠው የመጨረሻ ፍርድ
runs-from-end_of_year = ክፍያው መከፈል የነበረበት ዓመት ማብቂያ
deadline-not_started = ገና አልጀመረም፦ ሥራው ቀጥሏል።
deadline-open = ሥራው ካበቃበት ወር መጨረሻ ጀምሮ ሲቆጠር፣ { $date } ላይ ያበቃል።
deadline-soon = ሥራው ካበቃበት ወር መጨረሻ ጀምሮ ሲቆጠር፣ በቅርቡ፣ { $date } ላይ ያበቃል።
deadline-passed = ሥራው ካበቃበት ወር መጨረሻ ጀምሮ ሲቆጠር፣ { $date } ላይ አብቅቷል። ጠበቃ ልዩ ሁኔታ ሊያውቅ ይችላል።
deadline-unknown = የሥራው ማብቂያ አይታወቅም።
deadline-after_judgment = የሚቆጠረው ቀኑን ከማናውቀው የፍርድ ቤት ውሳኔ ጀምሮ ነው።

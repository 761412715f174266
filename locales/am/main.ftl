# Entitle: Amharic.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons / human trafficking = ሕገወጥ የሰዎች ዝውውር (term used by the Ethiopian Ministry of Women and Social Affairs and the Federal Attorney General; the Amharic title of Proclamation No. 1178/2020 uses "በሰው መነገድ": "በሰው የመነገድ እና ሰውን በሕገ-ወጥ መንገድ ድንበር የማሻገር ወንጀልን ለመከላከልና ለመቆጣጠር የወጣ አዋጅ", draft text at https://chilot.me/2019/12/26/ and FBC report https://www.fanabc.com/archives/19831; no Amharic text of the Palermo Protocol found)
# glossary: smuggling of migrants = ሰውን በሕገወጥ መንገድ ድንበር ማሻገር; smugglers = ሕገወጥ ድንበር አሻጋሪዎች (source: title of Proclamation No. 1178/2020, as above)
# glossary: forced labour = የግዴታ ሥራ (source: Proclamation No. 336/2003 ratifying ILO C29, "የግዴታ ሥራ ድንጋጌ ማጽደቂያ አዋጅ", Federal Negarit Gazeta, via https://www.africanlawarchive.com/)
# glossary: victim = ተጎጂ (no official translation checked; term used in Ethiopian government and press texts)
# glossary: exploitation = ብዝበዛ; labour exploitation = የጉልበት ብዝበዛ (no official text checked; term used by Ethiopian government and press)
# glossary: refugee = ስደተኛ; asylum seeker = ጥገኝነት ጠያቂ (source: Refugees Proclamation No. 1110/2019, as quoted at https://ethiothinkthank.com/2019/01/17/the-new-immigration-proclamation/)
# glossary: residence permit = የመኖሪያ ፈቃድ (no Ethiopian official text checked; term used by the Swedish Migration Agency's Amharic pages, https://www.migrationsverket.se/)
# glossary: compensation = ካሳ (no official translation checked; usual Ethiopian legal term)
# glossary: debt bondage = የዕዳ ባርነት (no official translation found; plain term chosen)
# glossary: recovery and reflection period = የማገገሚያና የማሰላሰያ ጊዜ (no official translation found; plain term chosen)
# glossary: labour inspectors = የሥራ ሁኔታ ተቆጣጣሪዎች (no official text checked; wording of Ethiopian labour administration)
# glossary: "you" = the polite form እርስዎ throughout.

## About this language (shown on the About page)
locale-translation-note = ይህ ጽሑፍ ከእንግሊዝኛ የተተረጎመው በሰው ሠራሽ አስተውሎት (AI) ሞዴል እገዛ ነው።
locale-review-note = አማርኛ የአፍ መፍቻ ቋንቋቸው በሆነ ሰው ገና አልተገመገመም።

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = መረጃ

## Exit this page
exit-this-page = ከዚህ ገጽ ይውጡ
exit-emergency = አስቸኳይ
exit-shift-pressed-once = Shift፦ ለመውጣት 2 ጊዜ ተጨማሪ ይጫኑ።
exit-shift-pressed-twice = Shift፦ ለመውጣት 1 ጊዜ ተጨማሪ ይጫኑ።

## Language picker and footer
language-picker-label = ቋንቋ
language-picker-toggle = ቋንቋ: { $language }
language-picker-loading = ሌሎቹ ቋንቋዎች እየመጡ ነው…
language-picker-offline = ሌሎቹ ቋንቋዎች አንድ ጊዜ ኢንተርኔት ያስፈልጋቸዋል። ከኢንተርኔት ጋር ይገናኙ፣ ከዚያ ይህን ዝርዝር እንደገና ይክፈቱ።
footer-not-advice = ይህ መረጃ ነው እንጂ የሕግ ምክር አይደለም።
about-link = ስለዚህ መሣሪያ
footer-site-name = ይህን ገጽ ያቀረበው { $name } ነው።
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = ለዚህ ድረ ገጽ ባለቤት፦ site.json የተባለው የቅንብሮች ፋይል ጥቅም ላይ አልዋለም፤ ስለዚህ መተግበሪያው በራሱ ቅንብሮች እየሠራ ነው። ችግሩ ያለው { $field } ላይ ነው፦ { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] ከዚህ ቦታ ጀምሮ ያለው ጽሑፍ ትክክለኛ JSON አይደለም።
    [twice] ይህ መስክ ሁለት ጊዜ ተጽፏል።
    [unknown] በዚህ ስም የሚጠራ ቅንብር የለም።
    [missing] ይህ ቅንብር ያስፈልጋል።
    [not-text] ይህ በትምህርተ ጥቅስ ውስጥ ያለ ጽሑፍ መሆን አለበት።
    [not-list] ይህ በ [ ] ውስጥ ያለ ዝርዝር መሆን አለበት።
    [not-object] ይህ በ { "{" } { "}" } ውስጥ ያለ የቅንብሮች ስብስብ መሆን አለበት።
    [not-true-or-false] ይህ true ወይም false መሆን አለበት።
    [version] ይህ 1 መሆን አለበት።
    [country] ይህ መተግበሪያው የሚሸፍነው አገር አይደለም (እንደ GB ያለ ኮድ ይጠቀሙ)።
    [language] ይህ መተግበሪያው የሚናገረው ቋንቋ አይደለም (እንደ fr ያለ ኮድ ይጠቀሙ)።
    [language-tag] ይህ እንደ pl ወይም pt-BR ያለ የቋንቋ ኮድ፣ ወይም interpreters መሆን አለበት።
    [need] ይህ መተግበሪያው ከሚያውቃቸው ፍላጎቶች አንዱ አይደለም።
    [phone] ይህ ከ3 እስከ 15 አኃዝ ያለው ቁጥር መሆን አለበት፤ ለዓለም አቀፍ ቁጥር ከፊቱ + ይኑረው፤ ክፍተት አይኑረው።
    [web] ይህ በ https:// የሚጀምር የድረ ገጽ አድራሻ መሆን አለበት።
    [days] ይህ mon_fri፣ mon_sat ወይም every_day መሆን አለበት።
    [time] ይህ እንደ 09:00 ያለ ሰዓት መሆን አለበት።
    [hours] ወይ always: true ይጠቀሙ፣ ወይም days ከ opens እና closes ጋር ይጠቀሙ።
    [length] ይህ ባዶ ነው ወይም በጣም ረጅም ነው።
    [too-many] ይህ ዝርዝር በጣም ረጅም ነው።
    [no-way-to-reach] ይህ አድራሻ phone፣ sms ወይም web ያስፈልገዋል።
    [repeated] ይህ አስቀድሞ በዝርዝሩ ውስጥ አለ።
    [display-without-phone] phone_display ከ phone ጋር መሆን አለበት።
   *[other] ይህ እሴት አይፈቀድም።
}

## Opening page
start-heading = ምን ዓይነት እርዳታና መብቶች ሊኖሩዎት እንደሚችሉ ይመልከቱ
start-what-this-is = ስለ ሥራዎና ስለ ጉዞዎ ጥቂት አጫጭር ጥያቄዎችን ይመልሱ። በመልሶችዎ ውስጥ ያሉትን የጉዳት ምልክቶች፣ ሊጠብቁዎት የሚችሉ መብቶችን እና እርዳታ የት እንደሚያገኙ እናሳይዎታለን።
start-danger-heading = አሁን አደጋ ላይ ከሆኑ
start-danger-body = ያሉበትን አገር የአስቸኳይ ጊዜ ቁጥር ይደውሉ። ምንም ሰነድ ባይኖርዎትም መደወል ይችላሉ።
start-privacy-heading = መልሶችዎ በዚህ ስልክ ላይ ብቻ ይቀራሉ
start-privacy-body = የሚሰጡት መልስ ወደየትም አይላክም። ምንም ነገር አይቀመጥም። ይህን ገጽ ሲዘጉ መልሶችዎ ይጠፋሉ።
start-leave-heading = በፍጥነት ይውጡ
start-leave-body = በማንኛውም ጊዜ “ከዚህ ገጽ ይውጡ” የሚለውን ይንኩ፣ ወይም የ Shift ቁልፍን 3 ጊዜ ይጫኑ። ይህ ገጽ ይዘጋል፤ የአየር ሁኔታ ገጽም ይከፈታል።
start-not-heading = ይህ ምን እንዳልሆነ
start-not-body = ይህ መረጃ ነው እንጂ የሕግ ምክር አይደለም። የወንጀል ተጎጂ መሆንዎን ሊወስን አይችልም። ይህን መወሰን የሚችሉት ባለሥልጣናት ብቻ ናቸው። ጠበቃ ወይም የድጋፍ ድርጅት ሊረዳዎት ይችላል።
start-button = ይጀምሩ

## Questions: common words
back = ተመለስ
continue = ቀጥል
change = ቀይር
not-provided = አልተሰጠም
select-placeholder = አንዱን ይምረጡ
progress = ጥያቄ { $n }፣ ቢበዛ ከ{ $total } ጥያቄዎች
error-summary-title = ችግር አለ
error-choose-one = አንድ መልስ ይምረጡ። “አላውቅም” ወይም “መናገር አልፈልግም” መምረጥ ይችላሉ።
error-number-range = ከ0 እስከ { $most } ያለ ሙሉ ቁጥር ያስገቡ።
reply-yes = አዎ
reply-no = አይ
reply-dont_know = አላውቅም
reply-prefer_not_to_say = መናገር አልፈልግም
answer-maybe_under_18 = እርግጠኛ አይደለሁም። ዕድሜዬ ከ18 በታች ሊሆን ይችላል።
answer-years = { $years ->
        [one] { $years } ዓመት
       *[other] { $years } ዓመት
    }
answer-count = { $count }

## Countries
country-AU = አውስትራሊያ
country-CA = ካናዳ
country-FR = ፈረንሳይ
country-DE = ጀርመን
country-IT = ጣሊያን
country-NL = ኔዘርላንድ
country-PH = ፊሊፒንስ
country-QA = ኳታር
country-ES = ስፔን
country-TH = ታይላንድ
country-GB = ዩናይትድ ኪንግደም (እንግሊዝ)
country-US = አሜሪካ (ዩናይትድ ስቴትስ)
country-EU = በአውሮፓ ኅብረት ውስጥ ያለ ሌላ አገር፣ አይስላንድ፣ ሊክተንስታይን፣ ኖርዌይ ወይም ስዊዘርላንድ
country-ZZ = ሌላ አገር

## The questions. Each has a hint line under it.
question-country_now = አሁን በየትኛው አገር ውስጥ ነዎት?
question-country_now-hint = የምናሳይዎት ሕጎችና እርዳታ በዚህ ላይ ይወሰናሉ።
question-in_danger_now = አሁን በዚህ ሰዓት አደጋ ላይ ነዎት?
question-in_danger_now-hint = ለምሳሌ፣ አንድ ሰው ዛሬ ሊጎዳዎት ይችላል።
question-nationality = የየትኛው አገር ዜጋ ነዎት?
question-nationality-hint = ፓስፖርትዎ የተሰጠበት አገር።
question-age = ዕድሜዎ ስንት ነው?
question-age-hint = ለልጆች ያሉት ሕጎች የተለዩ ናቸው። ከ18 ዓመት በታች የሆነ ማንኛውም ሰው ልጅ ነው።
question-age-number = ዕድሜዬን አውቃለሁ
question-under_18_when_it_began = ይህ ሥራ ወይም ጉዞ ሲጀመር ዕድሜዎ ከ18 በታች ነበር?
question-under_18_when_it_began-hint = አንዳንድ መብቶች የሚወሰኑት አሁን ባለዎት ዕድሜ ሳይሆን በዚያን ጊዜ በነበረዎት ዕድሜ ነው።
question-work_kind = ምን ዓይነት ሥራ ይሠራሉ፣ ወይም ይሠሩ ነበር?
question-work_kind-hint = ዋናውን ሥራ ይምረጡ።
option-work_kind-domestic = የቤት ውስጥ ሥራ (ጽዳት፣ ምግብ ማብሰል፣ ልጆችን መንከባከብ)
option-work_kind-agriculture = የእርሻ ሥራ
option-work_kind-construction = የግንባታ ሥራ
option-work_kind-fishing = ዓሣ ማጥመድ ወይም በጀልባ ላይ መሥራት
option-work_kind-care = አረጋውያንን ወይም ሕሙማንን መንከባከብ
option-work_kind-factory = የፋብሪካ ሥራ
option-work_kind-hospitality = ሆቴል፣ ምግብ ቤት ወይም ጽዳት
option-work_kind-sex_work = የወሲብ ሥራ
option-work_kind-criminal_activity = ወንጀል፣ ለምሳሌ አደንዛዥ ዕፅ ማብቀል፣ መሸጥ ወይም መስረቅ
option-work_kind-begging = ልመና
option-work_kind-other = ሌላ ሥራ
question-recruited = ይህን ሥራ ያገኘልዎት ወይም ጉዞዎን ያመቻቸልዎት ሰው አለ?
question-recruited-hint = ለምሳሌ ደላላ፣ ዘመድ ወይም በኢንተርኔት ያገኙት ሰው።
question-recruited_by = ሥራውን ያገኘልዎት ወይም ጉዞዎን ያመቻቸልዎት ማን ነው?
question-recruited_by-hint = በደንብ የሚስማማውን አንዱን ይምረጡ።
option-recruited_by-agency = ኤጀንሲ ወይም ደላላ
option-recruited_by-relative = ዘመድ
option-recruited_by-partner = የፍቅር ጓደኛ፣ ባል ወይም ሚስት
option-recruited_by-friend = ጓደኛ
option-recruited_by-stranger = የማላውቀው ሰው
option-recruited_by-online = በኢንተርኔት ያገኘሁት ሰው
option-recruited_by-employer = አሠሪው
option-recruited_by-other = ሌላ ሰው
question-forced_to_go = ያለ ፍላጎትዎ ተወስደዋል ወይም እንዲሄዱ ተገደዋል?
question-forced_to_go-hint = ለምሳሌ፣ አንድ ሰው እንዲጓዙ አስገድዶዎታል ወይም ወስዶዎታል።
question-moved_by_others = ሌሎች ሰዎች ከቦታ ወደ ቦታ አዘዋውረዎታል?
question-moved_by_others-hint = ለምሳሌ፣ በመኪና ወደ አዲስ ቦታ ተወስደዋል ወይም ለሌሎች ሰዎች ተላልፈው ተሰጥተዋል።
question-promise_broken = ሥራዎ፣ ደመወዝዎ ወይም የሚኖሩበት ቦታ ቃል ከተገባልዎት የተለየ ነው?
question-promise_broken-hint = ለምሳሌ፣ የተለየ ሥራ፣ ያነሰ ገንዘብ ወይም የባሰ መኖሪያ።
question-deceived_about_work = ሥራው ቃል ከተገባልዎት ሥራ የተለየ ነው?
question-deceived_about_work-hint = ለምሳሌ፣ በሱቅ ውስጥ ሥራ ቃል ተገብቶልዎት በእርሻ ላይ ይሠራሉ።
question-deceived_about_pay = ደመወዝዎ ቃል ከተገባልዎት ያነሰ ነው?
question-deceived_about_pay-hint = በእውነት ስለሚያገኙት ገንዘብ ያስቡ።
question-deceived_about_conditions = የሥራ ሰዓትዎ፣ መኖሪያዎ ወይም ሥራዎ ቃል ከተገባልዎት የባሰ ነው?
question-deceived_about_conditions-hint = ለምሳሌ፣ ረዘም ያሉ የሥራ ቀናት ወይም የባሰ የመኖሪያ ቦታ።
question-deceived_about_papers = ቪዛ ወይም ሰነድ ቃል ተገብቶልዎት ሳያገኙ ቀርተዋል?
question-deceived_about_papers-hint = ለምሳሌ፣ የሥራ ፈቃድ።
question-paid_recruitment_fee = ይህን ሥራ ወይም ይህን ጉዞ ለማግኘት ገንዘብ ከፍለዋል?
question-paid_recruitment_fee-hint = ለምሳሌ፣ ለደላላ የተከፈለ ክፍያ።
question-owes_debt = ለአሠሪዎ፣ ለደላላ ወይም እዚህ ላመጡዎት ሰዎች ዕዳ አለብዎት?
question-owes_debt-hint = ለምሳሌ፣ ለጉዞዎ፣ ለምግብ ወይም ለመኖሪያ።
question-debt_grows = እየሠሩም ቢሆን ዕዳው መጨመሩን ይቀጥላል?
question-debt_grows-hint = ለምሳሌ፣ ሁልጊዜ ወጪዎችን ይጨምሩበታል።
question-must_work_off_debt = ዕዳውን እስኪከፍሉ ድረስ መልቀቅ እንደማይችሉ ይነግሩዎታል?
question-must_work_off_debt-hint = ወይም ዕዳው እስኪከፈል ድረስ መሥራት እንዳለብዎት።
question-journey = ወደዚህ አገር እንዴት ገቡ?
question-journey-hint = በደንብ የሚስማማውን አንዱን ይምረጡ።
option-journey-regular = በቪዛ ወይም በፈቃድ፣ በድንበር ቁጥጥር በኩል
option-journey-smuggled = ትክክለኛ ሰነድ ሳይኖረኝ እንዲያስገባኝ ለአንድ ሰው ከፈልኩ
option-journey-false_papers = በሐሰተኛ ሰነድ፣ ወይም የእኔ ባልሆነ ሰነድ
option-journey-no_border = ድንበር አልተሻገርኩም
question-harmed_on_journey = በጉዞው ወቅት ያጓጓዙዎት ሰዎች መትተውዎታል፣ ጎድተውዎታል ወይም በደል አድርሰውብዎታል?
question-harmed_on_journey-hint = ማንኛውንም ዓይነት ጉዳት ይቁጠሩ።
question-held_on_journey = በጉዞው ወቅት ያለ ፍላጎትዎ ተይዘዋል፣ ወይም ለገንዘብ ሲባል ታግተዋል?
question-held_on_journey-hint = ለምሳሌ፣ አንድ ሰው ገንዘብ እስኪከፍል ድረስ ተቆልፎብዎታል።
question-pay_problem = ደመወዝዎ ይያዝብዎታል፣ ይቆረጥብዎታል፣ ወይም ጨርሶ አይከፈልዎትም?
question-pay_problem-hint = ብዙው ክፍል ለመኖሪያ፣ ለምግብ፣ ለክፍያዎች ወይም ለቅጣቶች ከተወሰደም ይቆጠራል።
question-documents_kept = አንድ ሰው ፓስፖርትዎን ወይም መታወቂያዎን ወስዶ ይዞብዎታል?
question-documents_kept-hint = ለምሳሌ አሠሪዎ፣ ደላላ ወይም ወደዚህ ያመጣዎት ሰው።
question-documents_held_by = ፓስፖርትዎ ወይም መታወቂያዎ አሁን በማን እጅ ነው?
question-documents_held_by-hint = በደንብ የሚስማማውን አንዱን ይምረጡ።
option-documents_held_by-themselves = በእኔ እጅ ነው
option-documents_held_by-employer = አሠሪዬ
option-documents_held_by-agent = ደላላ
option-documents_held_by-smuggler = ድንበር ያሻገሩኝ ሰዎች
option-documents_held_by-authorities = ፖሊስ ወይም ኢሚግሬሽን
option-documents_held_by-other = ሌላ ሰው
option-documents_held_by-lost = ጠፍቷል ወይም ወድሟል
question-hurt_or_threatened = አንድ ሰው ጎድቶዎታል፣ ወይም እርስዎን ወይም ቤተሰብዎን አስፈራርቷል?
question-hurt_or_threatened-hint = ፖሊስ ወይም ኢሚግሬሽን እንጠራለን የሚል ማስፈራሪያንም ይጨምራል።
question-threatened = አንድ ሰው አስፈራርቶዎታል?
question-threatened-hint = ለምሳሌ፣ እንጎዳዎታለን ብለዋል።
question-family_threatened = አንድ ሰው ቤተሰብዎን አስፈራርቷል?
question-family_threatened-hint = እዚህም ሆነ በትውልድ አገርዎ።
question-threatened_with_authorities = አንድ ሰው ለፖሊስ ወይም ለኢሚግሬሽን እናሳውቃለን ብሎዎታል?
question-threatened_with_authorities-hint = ለምሳሌ፣ መሥራትዎን እንዲቀጥሉ ለማድረግ።
question-physical_violence = አንድ ሰው መትቶዎታል ወይም ጎድቶዎታል?
question-physical_violence-hint = በሥራ ቦታ ወይም በሚኖሩበት ቦታ።
question-sexual_violence = አንድ ሰው ያለ ፍላጎትዎ ወሲብ እንዲፈጽሙ አስገድዶዎታል ወይም በወሲባዊ መንገድ ነክቶዎታል?
question-sexual_violence-hint = “መናገር አልፈልግም” መምረጥ ይችላሉ።
question-locked_in = ተቆልፎብዎታል፣ ወይም ወደ ውጭ እንዳይወጡ ይከለከላሉ?
question-locked_in-hint = በሥራ ቦታ ወይም በሚኖሩበት ቦታ።
question-watched = ሁልጊዜ ይጠበቃሉ ወይም ይከተሉዎታል?
question-watched-hint = ለምሳሌ፣ አንድ ሰው ሁልጊዜ አብሮዎት ይሄዳል።
question-isolated = ከቤተሰብዎ ወይም ከሌሎች ሰዎች ጋር እንዳይነጋገሩ ይከለከላሉ?
question-isolated-hint = ለምሳሌ፣ ስልክዎ ተወስዶብዎታል።
question-cannot_leave = ይህን ሥራ መልቀቅ ቢፈልጉ፣ ይከለከሉ ነበር?
question-cannot_leave-hint = ወይስ መጥፎ ነገር ይደርስብዎት ነበር?
question-lives_at_workplace = የሚኖሩት በሚሠሩበት ቦታ፣ ወይም አሠሪዎ በወሰነው ቦታ ነው?
question-lives_at_workplace-hint = ለምሳሌ፣ በአሠሪዎ ቤት ውስጥ።
question-residence_status = በዚህ አገር ለመቆየት ምን ሰነድ አለዎት?
question-residence_status-hint = በደንብ የሚስማማውን አንዱን ይምረጡ።
option-residence_status-citizen = የዚህ አገር ዜጋ ነኝ
option-residence_status-permanent_resident = በቋሚነት መኖር እችላለሁ
option-residence_status-work_permit = የሥራ ቪዛ ወይም የሥራ ፈቃድ
option-residence_status-student_or_visitor = የተማሪ ወይም የጎብኚ ቪዛ
option-residence_status-asylum_seeker = ጥገኝነት ጠይቄአለሁ
option-residence_status-refugee = እዚህ ስደተኛ ነኝ
option-residence_status-expired = ቪዛዬ ወይም ፈቃዴ ጊዜው አልፏል
option-residence_status-no_papers = ምንም ሰነድ የለኝም
question-tied_to_employer = ቪዛዎ ለዚህ አሠሪ ብቻ መሥራት እንደሚችሉ ይገልጻል?
question-tied_to_employer-hint = ወይስ ሥራ ለመቀየር የአሠሪዎ ፈቃድ ያስፈልግዎታል?
question-wages_withheld = ደመወዝዎ ይያዝብዎታል፣ ወይም ጨርሶ አይከፈልዎትም?
question-wages_withheld-hint = ለምሳሌ፣ አሠሪዎ በኋላ ይከፈልዎታል ይላል።
question-large_deductions = ከደመወዝዎ ትልቅ ክፍል ለመኖሪያ፣ ለምግብ፣ ለክፍያዎች ወይም ለቅጣቶች ይወሰዳል?
question-large_deductions-hint = ደመወዝዎን ከማግኘትዎ በፊት የሚወሰድ ገንዘብ።
question-hard_conditions = የሥራ ሰዓቱ በጣም ረጅም፣ ሥራው አደገኛ፣ ወይም የሚተኙበት ቦታ በጣም መጥፎ ነው?
question-hard_conditions-hint = ለምሳሌ፣ የዕረፍት ቀን የለም፣ የደኅንነት መሣሪያ የለም፣ ወይም ክፍሉ የተጨናነቀና የቆሸሸ ነው።
question-hours_per_day = በመደበኛ የሥራ ቀን ስንት ሰዓት ይሠራሉ?
question-hours_per_day-hint = ዕረፍቶችን ጨምሮ ሁሉንም ሰዓቶች ይቁጠሩ።
question-hours_per_day-number = የሰዓቶቹን ቁጥር አውቃለሁ
question-days_off_per_week = በመደበኛ ሳምንት ስንት የዕረፍት ቀን አለዎት?
question-days_off_per_week-hint = ጨርሶ ሥራ የሌለባቸው ቀናት።
question-days_off_per_week-number = የቀኖቹን ቁጥር አውቃለሁ
question-unsafe_work = ሥራዎ አደገኛ ነው፣ የሚያስፈልግዎት ጥበቃ ወይም ሥልጠና ሳይኖር?
question-unsafe_work-hint = ለምሳሌ፣ ያለ ጓንት ወይም ያለ ማስክ ኬሚካሎችን መጠቀም።
question-degrading_living = የሚኖሩበት ቦታ በጣም መጥፎ ነው?
question-degrading_living-hint = ለምሳሌ፣ በጣም ብዙ ሰዎች፣ ቆሻሻ፣ ውሃ የሌለበት ወይም ግላዊነት የሌለበት።
question-made_to_do_things = አንድ ሰው የወሲብ ሥራ ወይም ወንጀል እንዲሠሩ፣ እንዲያገቡ፣ ወይም የሰውነትዎን ክፍል እንዲሰጡ አስገድዶዎታል?
question-made_to_do_things-hint = “መናገር አልፈልግም” መምረጥ ይችላሉ።
question-sexual_exploitation = ሌላ ሰው ገንዘብ እንዲያገኝ ከሰዎች ጋር ወሲብ እንዲፈጽሙ ወይም የወሲብ ሥራ እንዲሠሩ ይገደዳሉ?
question-sexual_exploitation-hint = “መናገር አልፈልግም” መምረጥ ይችላሉ።
question-made_to_break_law = ሕግ እንዲጥሱ ተገደዋል?
question-made_to_break_law-hint = ለምሳሌ፣ አደንዛዥ ዕፅ እንዲያበቅሉ ወይም እንዲሸጡ፣ እንዲሰርቁ፣ ወይም ሐሰተኛ ሰነድ እንዲጠቀሙ።
question-forced_marriage = እንዲያገቡ ተገደዋል፣ ወይም አሁን እየተገደዱ ነው?
question-forced_marriage-hint = ያልተስማሙበት ጋብቻ።
question-organ_removal = አንድ ሰው የሰውነትዎን ክፍል፣ ለምሳሌ ኩላሊት፣ ወስዷል ወይም እንዲሰጡ ሊያስገድድዎ ሞክሯል?
question-organ_removal-hint = ለዚህ ገንዘብ ቃል ተገብቶልዎት ከሆነም።
question-fear_of_return = ወደ አገርዎ ቢመለሱ ምን ሊደርስብዎት እንደሚችል ይፈራሉ?
question-fear_of_return-hint = እዚያ ስለሚደርስብዎት አደጋ ያስቡ።
question-fear_reason = ለመመለስ የሚፈሩት ለምንድን ነው?
question-fear_reason-hint = ዋናውን ምክንያት ይምረጡ።
option-fear_reason-traffickers = የበዘበዙኝ ሰዎች፣ ወይም እንደገና መጠመድ
option-fear_reason-persecution = በዘሬ፣ በሃይማኖቴ፣ በዜግነቴ፣ በቡድኔ ወይም በፖለቲካ አመለካከቴ ምክንያት
option-fear_reason-torture = ማሰቃየት ወይም በጣም ጨካኝ አያያዝ
option-fear_reason-family_or_community = ከቤተሰቤ ወይም ከማኅበረሰቤ የሚደርስ ጥቃት
option-fear_reason-other = ሌላ ምክንያት
question-wants_to_go_home = ወደ አገርዎ መመለስ ይፈልጋሉ?
question-wants_to_go_home-hint = ወደ መጡበት አገር።
question-needs_help_now = አሁን በጤናዎ፣ በቋንቋ፣ በልጆችዎ ወይም ወደ አገርዎ በመመለስ ረገድ እርዳታ ያስፈልግዎታል?
question-needs_help_now-hint = ካስፈለገዎት፣ ትክክለኛውን እርዳታ ለማሳየት ጥቂት ተጨማሪ እንጠይቃለን።
question-children_with_them = ከእርስዎ ጋር ልጆች አሉ?
question-children_with_them-hint = ከእርስዎ ጋር የሚኖሩ ከ18 ዓመት በታች የሆኑ ልጆች።
question-health_needs = ሐኪም ወይም የሕክምና እርዳታ ያስፈልግዎታል?
question-health_needs-hint = ለሰውነትዎ ወይም ለአእምሮዎ።
question-speaks_local_language = ያሉበትን አገር ቋንቋ መናገር ይችላሉ?
question-speaks_local_language-hint = ከሐኪም ወይም ከፖሊስ ጋር ለመነጋገር በቂ በሆነ መጠን።
question-still_there = አሁንም እዚያ እየሠሩ ነው፣ ወይም አሁንም ከእነዚህ ሰዎች ጋር ነዎት?
question-still_there-hint = አንዳንድ መብቶች በዚህ ላይ ይወሰናሉ።
question-reported_to_police = ለፖሊስ ነግረዋል?
question-reported_to_police-hint = ስለደረሰብዎ ነገር።
question-willing_to_help_police = ፖሊስን በምርመራ ለመርዳት ፈቃደኛ ነዎት?
question-willing_to_help_police-hint = አንዳንድ መብቶች በዚህ ላይ ይወሰናሉ። አይሆንም ቢሉም እርዳታ ማግኘት ይችላሉ።

## Check your answers
check-heading = መልሶችዎን ያረጋግጡ
check-intro = ውጤቱን ከማየትዎ በፊት ማንኛውንም መልስ መቀየር ይችላሉ።
check-continue = መልሶችዎ የሚያሳዩትን ይመልከቱ

## About
about-heading = ስለዚህ መሣሪያ
about-what = ይህ መሣሪያ ስደተኞች የሕገወጥ የሰዎች ዝውውር፣ የግዴታ ሥራ እና የሌሎች ጉዳቶች ምልክቶችን እንዲፈትሹ ይረዳል፤ ሊመለከቷቸው የሚችሉ መብቶችንና እርዳታዎችንም ያሳያል። ይህ መረጃ ነው እንጂ የሕግ ምክር አይደለም።
about-translation-heading = ስለዚህ ቋንቋ
about-sources-heading = የሕግ መረጃዎቹ ከየት እንደመጡ
about-sources = የሚታየው እያንዳንዱ መብት ከሕግ ምንጩ እና ተፈጻሚ ከሆነበት ቀን ጋር ቀርቧል። ከይፋዊው ጽሑፍ ጋር ልናመሳክራቸው ያልቻልናቸው መረጃዎች እንዳልተረጋገጡ ምልክት ተደርጎባቸዋል።
protection-more = ስለዚህ መብት ተጨማሪ
loading-wait = ገና እየተዘጋጀ ነው። እባክዎ ከጥቂት ጊዜ በኋላ እንደገና ይሞክሩ።

## The pay claim's questions
question-work_out_pay = ምን ያህል ክፍያ ሊገባዎት እንደሚችል ማስላት ይፈልጋሉ?
question-work_out_pay-hint = ወደ ስድስት ያህል ተጨማሪ ጥያቄዎች አሉት። ጠበቃ ይህን አኃዝ ሊጠቀምበት ይችላል።
question-work_began = ይህን ሥራ መቼ ጀመሩ?
question-work_began-hint = ወሩና ዓመቱ (በአውሮፓውያን አቆጣጠር) በቂ ናቸው።
question-work_ended = ይህ ሥራ መቼ አበቃ?
question-work_ended-hint = አሁንም እዚያ የሚሠሩ ከሆነ፣ ያንን ይምረጡ።
question-pay_promised = ምን ያህል ክፍያ ቃል ተገብቶልዎት ነበር?
question-pay_promised-hint = መጠኑን ይጻፉ፤ ለሰዓት፣ ለቀን፣ ለሳምንት ወይም ለወር እንደሆነም ይምረጡ።
question-pay_received = በአጠቃላይ በእውነት ያገኙት ክፍያ ምን ያህል ነው?
question-pay_received-hint = ለዚህ ሥራ ያገኙትን ገንዘብ ሁሉ ይደምሩ። ግምት በቂ ነው።
question-deductions_total = በአጠቃላይ ከክፍያዎ ምን ያህል ተወሰደ?
question-deductions_total-hint = ለምሳሌ ለመኖሪያ፣ ለምግብ፣ ለክፍያዎች፣ ለቅጣቶች ወይም ለ“ዕዳ”። ግምት በቂ ነው።
question-recruitment_fees_paid = ይህን ሥራ ወይም ጉዞውን ለማግኘት ምን ያህል ከፈሉ?
question-recruitment_fees_paid-hint = ለደላሎች ወይም ለሌሎች የከፈሉትን ሁሉ ይደምሩ።
question-paid_to_someone_else = ክፍያዎ ለእርስዎ ሳይሆን ለሌላ ሰው ተሰጥቷል?
question-paid_to_someone_else-hint = ለምሳሌ ለደላላ ወይም ለአሠሪ።
answer-kind-month = ወሩን አውቃለሁ
answer-still_working = አሁንም እዚያ እሠራለሁ
answer-kind-amount = መጠኑን አውቃለሁ
input-month = ወር
input-year = ዓመት
input-amount = መጠን
input-currency = ገንዘብ (ምንዛሪ)
input-per = የክፍያው ጊዜ
per-hour = በሰዓት
per-day = በቀን
per-week = በሳምንት
per-month = በወር
answer-pay = { $amount } { $per }
error-month = ወር ይምረጡ፤ ዓመቱንም በአውሮፓውያን አቆጣጠር በአራት አኃዝ ይጻፉ፣ ለምሳሌ 2024።
error-amount = መጠኑን በቁጥር ይጻፉ፣ ለምሳሌ 1200 ወይም 1200.50።

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = መልሶቼን አስቀምጥ
open-link = የተቀመጡ መልሶችን ክፈት

## Listen
listen = አዳምጥ
listen-stop = አቁም
about-listen-heading = ጮክ ብሎ ማንበብ
about-listen-some = "አዳምጥ" የሚለው ቁልፍ በዚህ ስልክ ላይ ባለ ድምፅ ቃላቱን ጮክ ብሎ ያነባል። ቃላቱ ከስልኩ ፈጽሞ አይወጡም። ይህ ስልክ በእነዚህ ቋንቋዎች ጮክ ብሎ ማንበብ ይችላል፦ { $languages }።
about-listen-none = በዚህ ስልክ ላይ ጮክ ብሎ የሚያነብ ድምፅ የለም፤ ስለዚህ "አዳምጥ" የሚለው ቁልፍ አይታይም። ይህ መሣሪያ የሚጠቀመው በስልኩ ላይ ያለ ድምፅ ብቻ ነው፤ ስለዚህ ቃላቱ ከስልኩ ፈጽሞ አይወጡም።

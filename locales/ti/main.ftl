# Entitle: Tigrinya.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary-note: No official Tigrinya text of the UN Trafficking (Palermo) Protocol, the Smuggling Protocol or ILO Conventions No. 29 / No. 105 / Protocol of 2014 was found (UN and ILO NORMLEX publish none in Tigrinya; Eritrea's accession law of 2014 and its Penal Code 2015 were not found online in Tigrinya). The terms below are those used by UNHCR's Tigrinya help pages and by Eritrean Tigrinya news/refugee-support media.
# glossary: trafficking in persons / human trafficking = ንግዲ ደቂ ሰብ; traffickers = ነጋዶ ደቂ ሰብ (no official translation found; term used in Eritrean Tigrinya media on refugees, e.g. Erisat "ነጋዶ ደቂ-ሰብ", https://erisat.org/2021/06/30/ ; in Tigray "ምዝውዋር ሰባት" is also heard)
# glossary: smuggling of migrants = ብዘይሕጋዊ መገዲ ዶብ ምስግጋር ሰባት; smugglers = ኣሰጋገርቲ (no official translation found; "ኣሰጋገርቲ" as used by Erisat, same article)
# glossary: forced labour = ግዱድ ስራሕ (no official translation found; plain Tigrinya "compelled work", chosen for readers who read little)
# glossary: exploitation / labour exploitation = ምዝመዛ / ኣብ ስራሕ ምዝመዛ (no official translation found; common Tigrinya word for exploitation)
# glossary: victim = ግዳይ, pl. ግዳያት (used by Eritrean Tigrinya media and UNHCR Tigrinya material, e.g. Radio Erena / Assenna reports on victims in Sinai and Libya)
# glossary: refugee = ስደተኛ; refugee status = ናይ ስደተኛ ደረጃ (UNHCR Tigrinya help pages, https://help.unhcr.org/egypt/ti/rsd/ and https://help.unhcr.org/faq/ti/)
# glossary: asylum = ዑቕባ; asylum seeker = ሓታቲ ዑቕባ; international protection = ኣህጉራዊ ሓለዋ (UNHCR Tigrinya help pages, https://help.unhcr.org/egypt/ti/rsd/ ; Radio Erena reports on UNHCR)
# glossary: residence permit = ፍቓድ መንበሪ; permission to stay = ፍቓድ ምጽናሕ (no official translation found; everyday Tigrinya)
# glossary: recovery and reflection period = ንምሕዋይን ንምሕሳብን ዝወሃብ ግዜ (no official translation found; descriptive)
# glossary: compensation = ካሕሳ (no official translation found; standard Tigrinya legal word)
# glossary: debt bondage = ብዕዳ ምእሳር (no official translation found; descriptive "being bound by debt")
# glossary-note: address form: polite plural "ንስኹም" (-ኹም) is used for "you" throughout, as in UNHCR and public-service Tigrinya; it also avoids choosing a gender.

## About this language (shown on the About page)
locale-translation-note = እዚ ጽሑፍ ብሓገዝ ሞዴል ሰብ-ሰርሖ ኣእምሮ (AI) ካብ እንግሊዝኛ እዩ ተተርጒሙ።
locale-review-note = ገና ትግርኛ ቋንቋ ኣዲኡ ዝኾነ ሰብ ኣይመርመሮን።

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = ሓበሬታ

## Exit this page
exit-this-page = ካብዚ ገጽ ውጹ
exit-emergency = ህጹጽ
exit-shift-pressed-once = Shift፣ ንምውጻእ ካልእ 2 ግዜ ጸቕጡ።
exit-shift-pressed-twice = Shift፣ ንምውጻእ ካልእ 1 ግዜ ጸቕጡ።

## Language picker and footer
language-picker-label = ቋንቋ
language-picker-toggle = ቋንቋ: { $language }
language-picker-loading = ካልኦት ቋንቋታት ይመጹ ኣለዉ…
language-picker-offline = ካልኦት ቋንቋታት ሓደ ግዜ ኢንተርነት የድልዮም። ምስ ኢንተርነት ተራኸቡ፣ ድሕሪኡ እዚ ዝርዝር ደጊምኩም ክፈቱ።
footer-not-advice = እዚ ሓበሬታ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን።
about-link = ብዛዕባ እዚ መሳርሒ
footer-site-name = እዚ ገጽ ብ{ $name } ዝቐረበ እዩ።
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = ንወናኒ እዚ መርበብ: እቲ ፋይል ምድላዋት site.json ኣይተጠቕመሉን፣ ስለዚ እቲ ኣፕ ብናቱ ምድላዋት ይሰርሕ ኣሎ። እቲ ጸገም ኣብ { $field } እዩ: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] ካብዚ ጀሚሩ እቲ ጽሑፍ ቅኑዕ JSON ኣይኮነን።
    [twice] እዚ ቦታ ክልተ ግዜ ተጻሒፉ ኣሎ።
    [unknown] በዚ ስም ዝኾነ ምድላው የለን።
    [missing] እዚ ምድላው የድሊ እዩ።
    [not-text] እዚ ኣብ ምልክት ጥቕሲ (" ") ዘሎ ጽሑፍ ክኸውን ኣለዎ።
    [not-list] እዚ ኣብ [ ] ዘሎ ዝርዝር ክኸውን ኣለዎ።
    [not-object] እዚ ኣብ { "{" } { "}" } ዘሎ ጉጅለ ምድላዋት ክኸውን ኣለዎ።
    [not-true-or-false] እዚ true ወይ false ክኸውን ኣለዎ።
    [version] እዚ 1 ክኸውን ኣለዎ።
    [country] እዚ እቲ ኣፕ ዝሽፍኖ ሃገር ኣይኮነን (ከም GB ዝኣመሰለ ኮድ ተጠቐሙ)።
    [language] እዚ እቲ ኣፕ ዝዛረቦ ቋንቋ ኣይኮነን (ከም fr ዝኣመሰለ ኮድ ተጠቐሙ)።
    [language-tag] እዚ ከም pl ወይ pt-BR ዝኣመሰለ ኮድ ቋንቋ፣ ወይ interpreters ክኸውን ኣለዎ።
    [need] እዚ ካብቶም እቲ ኣፕ ዝፈልጦም ድሌታት ሓደ ኣይኮነን።
    [phone] እዚ ካብ 3 ክሳብ 15 ኣሃዛት ዘለዎ ቁጽሪ ክኸውን ኣለዎ። ኣህጉራዊ ቁጽሪ እንተኾይኑ ኣብ ቅድሚኡ + ይግበር። ባዶ ቦታ ኣይሃልዎ።
    [web] እዚ ብ https:// ዝጅምር ኣድራሻ መርበብ ክኸውን ኣለዎ።
    [days] እዚ mon_fri፣ mon_sat ወይ every_day ክኸውን ኣለዎ።
    [time] እዚ ከም 09:00 ዝኣመሰለ ሰዓት ክኸውን ኣለዎ።
    [hours] always: true ተጠቐሙ፣ ወይ days ምስ opens ከምኡ'ውን closes።
    [length] እዚ ባዶ እዩ ወይ ኣዝዩ ነዊሕ እዩ።
    [too-many] እዚ ዝርዝር ኣዝዩ ነዊሕ እዩ።
    [no-way-to-reach] እዚ ርክብ phone፣ sms ወይ web ኣድራሻ የድልዮ።
    [repeated] እዚ ድሮ ኣብቲ ዝርዝር ኣሎ።
    [display-without-phone] phone_display ምስኡ phone'ውን የድልዮ።
   *[other] እዚ ዋጋ ኣይፍቀድን።
}

## Opening page
start-heading = ክትረኽብዎ እትኽእሉ ሓገዝን መሰላትን ርኣዩ
start-what-this-is = ብዛዕባ ስራሕኩምን ጉዕዞኹምን ሓጸርቲ ሕቶታት መልሱ። ኣብ መልስታትኩም ዘለዉ ምልክታት ጉድኣት ከነርእየኩም ኢና። ክሕልዉኹም ዝኽእሉ መሰላት፣ ከምኡ'ውን ሓገዝ ኣበይ ከም እትረኽቡ'ውን ከነርእየኩም ኢና።
start-danger-heading = ሕጂ ኣብ ሓደጋ እንተሊኹም
start-danger-body = ናብ ቁጽሪ ህጹጽ ረድኤት ናይታ ዘለኹምዋ ሃገር ደውሉ። ወረቐት እንተዘይብልኩም'ውን ክትድውሉ ትኽእሉ ኢኹም።
start-privacy-heading = መልስታትኩም ኣብዚ ስልኪ ይተርፉ
start-privacy-body = ዝመለስኩምዎ ናብ ዝኾነ ቦታ ኣይለኣኽን። ዝኾነ ነገር ኣይዕቀብን። ነዚ ገጽ ምስ ዓጸኹምዎ፣ መልስታትኩም ይጠፍኡ።
start-leave-heading = ቀልጢፍኩም ውጹ
start-leave-body = ኣብ ዝኾነ ግዜ “ካብዚ ገጽ ውጹ” ጠውቑ፣ ወይ መፍትሕ Shift 3 ግዜ ጸቕጡ። እዚ ገጽ ክዕጾ እዩ፣ ገጽ ኩነታት ኣየር ድማ ክኽፈት እዩ።
start-not-heading = እዚ እንታይ ኣይኮነን
start-not-body = እዚ ሓበሬታ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን። ግዳይ ገበን ምዃንኩም ክውስን ኣይክእልን። ነዚ ክውስኑ ዝኽእሉ ሰበ ስልጣን ጥራሕ እዮም። ጠበቓ ወይ ማሕበር ደገፍ ክሕግዘኩም ይኽእል።
start-button = ጀምሩ

## Questions: common words
back = ንድሕሪት
continue = ቀጽሉ
change = ቀይሩ
not-provided = ኣይተዋህበን
select-placeholder = ሓደ ምረጹ
progress = ሕቶ { $n } ካብ እንተበዝሐ { $total }
error-summary-title = ጸገም ኣሎ
error-choose-one = ሓደ መልሲ ምረጹ። “ኣይፈልጥን” ወይ “ክብሎ ኣይደልን” ክትመርጹ ትኽእሉ ኢኹም።
error-number-range = ካብ 0 ክሳብ { $most } ሙሉእ ቁጽሪ ኣእትዉ።
reply-yes = እወ
reply-no = ኣይፋል
reply-dont_know = ኣይፈልጥን
reply-prefer_not_to_say = ክብሎ ኣይደልን
answer-maybe_under_18 = ርግጸኛ ኣይኮንኩን። ትሕቲ 18 ዓመት ክኸውን እኽእል እየ።
answer-years = { $years ->
        [one] ዕድመ { $years } ዓመት
       *[other] ዕድመ { $years } ዓመት
    }
answer-count = { $count }

## Countries
country-AU = ኣውስትራልያ
country-CA = ካናዳ
country-FR = ፈረንሳ
country-DE = ጀርመን
country-IT = ኢጣልያ
country-NL = ኔዘርላንድ
country-PH = ፊሊፒንስ
country-QA = ቐጠር
country-ES = ስጳኛ
country-TH = ታይላንድ
country-GB = ዓባይ ብሪጣንያ
country-US = ሕቡራት መንግስታት ኣመሪካ
country-EU = ካልእ ሃገር ኣብ ኤውሮጳዊ ሕብረት፣ ኣይስላንድ፣ ሊኽተንሽታይን፣ ኖርወይ ወይ ስዊዘርላንድ
country-ZZ = ካልእ ሃገር

## The questions. Each has a hint line under it.
question-country_now = ሕጂ ኣብ ኣየናይ ሃገር ኣለኹም?
question-country_now-hint = እቲ ነርእዮ ሕግታትን ሓገዝን በዚ ይውሰን።
question-in_danger_now = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም?
question-in_danger_now-hint = ንኣብነት፣ ሎሚ ሓደ ሰብ ክጎድኣኩም ይኽእል እዩ።
question-nationality = ዜጋ ናይ ኣየናይ ሃገር ኢኹም?
question-nationality-hint = ሃገር ፓስፖርትኩም።
question-age = ዕድመኹም ክንደይ እዩ?
question-age-hint = ሕግታት ንቆልዑ ፍሉይ እዩ። ትሕቲ 18 ዓመት ዝኾነ ዝኾነ ሰብ ቆልዓ እዩ።
question-age-number = ዕድመይ እፈልጥ እየ
question-under_18_when_it_began = እዚ ስራሕ ወይ ጉዕዞ ክጅምር ከሎ ትሕቲ 18 ዓመት ዶ ነይርኩም?
question-under_18_when_it_began-hint = ገለ መሰላት በቲ ሽዑ ዝነበረኩም ዕድመ እዩ ዝውሰን፣ ብናይ ሕጂ ኣይኮነን።
question-work_kind = እንታይ ዓይነት ስራሕ ትሰርሑ፣ ወይ ትሰርሑ ነይርኩም?
question-work_kind-hint = እቲ ቀንዲ ስራሕ ምረጹ።
option-work_kind-domestic = ስራሕ ገዛ (ምጽራይ፣ ምኽሻን፣ ምእላይ ቆልዑ)
option-work_kind-agriculture = ስራሕ ሕርሻ
option-work_kind-construction = ስራሕ ህንጻ
option-work_kind-fishing = ምግፋፍ ዓሳ ወይ ኣብ ጃልባ ምስራሕ
option-work_kind-care = ንኣረጋውያን ወይ ንሕሙማት ምእላይ
option-work_kind-factory = ስራሕ ፋብሪካ
option-work_kind-hospitality = ሆቴላት፣ ቤት መግቢ ወይ ምጽራይ
option-work_kind-sex_work = ስራሕ ጾታ
option-work_kind-criminal_activity = ገበን፣ ከም ምትካል ወይ ምሻጥ ኣደንዛዚ ዕጽ፣ ወይ ምስራቕ
option-work_kind-begging = ልመና
option-work_kind-other = ካልእ ስራሕ
question-recruited = እዚ ስራሕ ዝረኸበልኩም ወይ ጉዕዞኹም ዘዳለወልኩም ሰብ ነይሩ ድዩ?
question-recruited-hint = ንኣብነት ደላላይ፣ ዘመድ ወይ ብኢንተርነት ዝተራኸብኩምዎ ሰብ።
question-recruited_by = እቲ ስራሕ መን ረኺቡልኩም፣ ወይ ጉዕዞኹም መን ኣዳልዩልኩም?
question-recruited_by-hint = እቲ ዝበለጸ ዝሰማማዕ ምረጹ።
option-recruited_by-agency = ኤጀንሲ ወይ ደላላይ
option-recruited_by-relative = ዘመድ
option-recruited_by-partner = ፈታዊ ወይ ፈታዊት፣ ሰብኣይ ወይ ሰበይቲ
option-recruited_by-friend = ዓርኪ
option-recruited_by-stranger = ዘይፈልጦ ሰብ
option-recruited_by-online = ብኢንተርነት ዝተራኸብክዎ ሰብ
option-recruited_by-employer = ወሃቢ ስራሕ
option-recruited_by-other = ካልእ ሰብ
question-forced_to_go = ብዘይ ድሌትኩም ተወሲድኩም፣ ወይ ክትከዱ ተገዲድኩም ዶ?
question-forced_to_go-hint = ንኣብነት፣ ሓደ ሰብ ክትጓዓዙ ኣገዲዱኩም ወይ ወሲዱኩም።
question-moved_by_others = ካልኦት ሰባት ካብ ቦታ ናብ ቦታ ኣግዒዞምኩም ድዮም?
question-moved_by_others-hint = ንኣብነት፣ ብመኪና ናብ ሓድሽ ቦታ ተወሲድኩም፣ ወይ ንካልኦት ሰባት ተዋሂብኩም።
question-promise_broken = ስራሕኩም፣ ደሞዝኩም ወይ መንበሪኹም ካብቲ ዝተመባጽዓልኩም ዝተፈልየ ድዩ?
question-promise_broken-hint = ንኣብነት፣ ካልእ ስራሕ፣ ዝወሓደ ገንዘብ፣ ወይ ዝኸፍአ መንበሪ።
question-deceived_about_work = እቲ ስራሕ ካብቲ ዝተመባጽዓልኩም ስራሕ ዝተፈልየ ድዩ?
question-deceived_about_work-hint = ንኣብነት፣ ኣብ ድኳን ስራሕ ተመባጺዑልኩም፣ ግን ኣብ ሕርሻ ትሰርሑ ኣለኹም።
question-deceived_about_pay = ደሞዝኩም ካብቲ ዝተመባጽዓልኩም ዝወሓደ ድዩ?
question-deceived_about_pay-hint = ብሓቂ ዝበጽሓኩም ገንዘብ ሕሰቡ።
question-deceived_about_conditions = ሰዓታት ስራሕኩም፣ መንበሪኹም ወይ ስራሕኩም ካብቲ ዝተመባጽዓልኩም ዝኸፍአ ድዩ?
question-deceived_about_conditions-hint = ንኣብነት፣ ዝነውሐ መዓልታት ስራሕ፣ ወይ ዝኸፍአ መንበሪ ቦታ።
question-deceived_about_papers = ቪዛ ወይ ወረቐት ተመባጺዑልኩም ግን ዘይረኸብኩምዎ ኣሎ ድዩ?
question-deceived_about_papers-hint = ንኣብነት፣ ፍቓድ ስራሕ።
question-paid_recruitment_fee = ነዚ ስራሕ ወይ ነዚ ጉዕዞ ንምርካብ ገንዘብ ከፊልኩም ዶ?
question-paid_recruitment_fee-hint = ንኣብነት፣ ንደላላይ ዝተኸፍለ ክፍሊት።
question-owes_debt = ንኣስራሒኹም፣ ንደላላይ ወይ ነቶም ዘምጽኡኹም ሰባት ዕዳ ኣለኩም ድዩ?
question-owes_debt-hint = ንኣብነት፣ ናይ ጉዕዞ፣ መግቢ ወይ መንበሪ።
question-debt_grows = እቲ ዕዳ እናሰራሕኩም'ውን ይውስኽ ድዩ?
question-debt_grows-hint = ንኣብነት፣ ኩሉ ግዜ ወጻኢታት ይውስኹ።
question-must_work_off_debt = ነቲ ዕዳ ክሳብ እትኸፍሉ ክትወጹ ከም ዘይትኽእሉ ይብሉኹም ድዮም?
question-must_work_off_debt-hint = ወይ ክሳብ ዝኽፈል ክትሰርሑ ከም ዘለኩም።
question-journey = ናብዚ ሃገር ብኸመይ ኣቲኹም?
question-journey-hint = እቲ ዝበለጸ ዝሰማማዕ ምረጹ።
option-journey-regular = ብቪዛ ወይ ፍቓድ፣ ብመቆጻጸሪ ዶብ ኣቢለ ኣቲየ
option-journey-smuggled = ብዘይ ቅኑዕ ወረቐት ከእትወኒ ንሓደ ሰብ ከፊለ
option-journey-false_papers = ብናይ ሓሶት ወረቐት፣ ወይ ብዘይ ናተይ ወረቐት
option-journey-no_border = ዶብ ኣይሰገርኩን
question-harmed_on_journey = ኣብ ጉዕዞ፣ እቶም ዘጓዕዙኹም ዝነበሩ ሰባት ወቒዖምኩም፣ ጎዲኦምኩም ወይ በዲሎምኩም ዶ?
question-harmed_on_journey-hint = ዝኾነ ዓይነት ጉድኣት ሓውሱ።
question-held_on_journey = ኣብ ጉዕዞ፣ ብዘይ ድሌትኩም ተታሒዝኩም፣ ወይ ምእንቲ ገንዘብ ተታሒዝኩም ዶ?
question-held_on_journey-hint = ንኣብነት፣ ሓደ ሰብ ክሳብ ዝኸፍል ተዓጺኹም።
question-pay_problem = ደሞዝኩም ይተሓዝ፣ ይቑረጽ፣ ወይ ፈጺሙ ኣይኽፈልን ድዩ?
question-pay_problem-hint = ብዙሕ ካብኡ ንመንበሪ፣ መግቢ፣ ክፍሊታት ወይ መቕጻዕቲ እንተተወሲዱ'ውን።
question-documents_kept = ሓደ ሰብ ፓስፖርትኩም ወይ ወረቐት መንነትኩም ወሲዱ ሒዝዎ ድዩ?
question-documents_kept-hint = ንኣብነት ኣስራሒኹም፣ ደላላይ ወይ እቲ ናብዚ ዘምጽኣኩም ሰብ።
question-documents_held_by = ሕጂ ፓስፖርትኩም ወይ ወረቐት መንነትኩም ኣብ መን ኣሎ?
question-documents_held_by-hint = እቲ ዝበለጸ ዝሰማማዕ ምረጹ።
option-documents_held_by-themselves = ኣባይ ኣሎ
option-documents_held_by-employer = ኣስራሒይ
option-documents_held_by-agent = ደላላይ
option-documents_held_by-smuggler = እቶም ዶብ ዘሳገሩኒ ሰባት
option-documents_held_by-authorities = ፖሊስ ወይ ኢሚግሬሽን
option-documents_held_by-other = ካልእ ሰብ
option-documents_held_by-lost = ጠፊኡ ወይ ዓንዩ
question-hurt_or_threatened = ሓደ ሰብ ጎዲኡኩም ድዩ? ወይ ንዓኹም ወይ ንስድራኹም ኣፈራሪሑ ድዩ?
question-hurt_or_threatened-hint = ናብ ፖሊስ ወይ ኢሚግሬሽን ክጽውዕ ምፍርራሕ'ውን የጠቓልል።
question-threatened = ሓደ ሰብ ኣፈራሪሑኩም ድዩ?
question-threatened-hint = ንኣብነት፣ ክጎድኣኩም ምዃኑ ተዛሪቡ።
question-family_threatened = ሓደ ሰብ ንስድራኹም ኣፈራሪሑ ድዩ?
question-family_threatened-hint = ኣብዚ ወይ ኣብ ዓድኹም።
question-threatened_with_authorities = ሓደ ሰብ ናብ ፖሊስ ወይ ኢሚግሬሽን ክሕብረኩም ምዃኑ ተዛሪቡ ድዩ?
question-threatened_with_authorities-hint = ንኣብነት፣ ስራሕ ክትቕጽሉ ንምግዳድ።
question-physical_violence = ሓደ ሰብ ወቒዑኩም ወይ ጎዲኡኩም ድዩ?
question-physical_violence-hint = ኣብ ስራሕ ወይ ኣብ እትነብሩሉ ቦታ።
question-sexual_violence = ሓደ ሰብ ንጾታዊ ርክብ ኣገዲዱኩም ድዩ? ወይ ብዘይ ድሌትኩም ብጾታዊ መገዲ ተንኪፉኩም ድዩ?
question-sexual_violence-hint = “ክብሎ ኣይደልን” ክትመርጹ ትኽእሉ ኢኹም።
question-locked_in = ተዓጺኹም ዲኹም? ወይ ካብ ምውጻእ ትኽልከሉ ዲኹም?
question-locked_in-hint = ኣብ ስራሕ ወይ ኣብ እትነብሩሉ ቦታ።
question-watched = ኩሉ ግዜ ይከታተሉኹም ወይ ይስዕቡኹም ድዮም?
question-watched-hint = ንኣብነት፣ ኩሉ ግዜ ሓደ ሰብ ምሳኹም ይኸይድ።
question-isolated = ምስ ስድራኹም ወይ ምስ ካልኦት ሰባት ከይትዛረቡ ትኽልከሉ ዲኹም?
question-isolated-hint = ንኣብነት፣ ስልኪኹም ተወሲዱ።
question-cannot_leave = ነዚ ስራሕ ክትገድፍዎ እንተደሊኹም፣ ምተኸልከልኩም ዶ?
question-cannot_leave-hint = ወይ ሕማቕ ነገር ምወረደኩም ዶ?
question-lives_at_workplace = ኣብ እትሰርሑሉ ቦታ፣ ወይ ኣስራሒኹም ኣብ ዝወሰኖ ቦታ ዲኹም እትነብሩ?
question-lives_at_workplace-hint = ንኣብነት፣ ኣብ ገዛ ኣስራሒኹም።
question-residence_status = ኣብዚ ሃገር ንምጽናሕ እንታይ ወረቐት ኣለኩም?
question-residence_status-hint = እቲ ዝበለጸ ዝሰማማዕ ምረጹ።
option-residence_status-citizen = ኣብዚ ዜጋ እየ
option-residence_status-permanent_resident = ንሓዋሩ ክነብር እኽእል እየ
option-residence_status-work_permit = ቪዛ ወይ ፍቓድ ስራሕ
option-residence_status-student_or_visitor = ቪዛ ተምሃራይ ወይ በጻሒ
option-residence_status-asylum_seeker = ዑቕባ ሓቲተ ኣለኹ
option-residence_status-refugee = ኣብዚ ናይ ስደተኛ ደረጃ ኣለኒ
option-residence_status-expired = ቪዛይ ወይ ፍቓደይ ግዜኡ ሓሊፉ
option-residence_status-no_papers = ወረቐት የብለይን
question-tied_to_employer = ቪዛኹም ንዚ ኣስራሒ ጥራሕ ክትሰርሑ ከም እትኽእሉ ይብል ድዩ?
question-tied_to_employer-hint = ወይ ስራሕ ንምቕያር ፍቓድ ኣስራሒኹም የድልየኩም ድዩ?
question-wages_withheld = ደሞዝኩም ይተሓዝ ድዩ? ወይ ፈጺሙ ኣይኽፈለኩምን ድዩ?
question-wages_withheld-hint = ንኣብነት፣ ኣስራሒኹም “ድሒሩ ክኽፈለኩም እዩ” ይብል።
question-large_deductions = ዓቢ ክፋል ደሞዝኩም ንመንበሪ፣ መግቢ፣ ክፍሊታት ወይ መቕጻዕቲ ይውሰድ ድዩ?
question-large_deductions-hint = ደሞዝኩም ቅድሚ ምብጻሑ ዝውሰድ ገንዘብ።
question-hard_conditions = ሰዓታት ስራሕ ኣዝዩ ነዊሕ ድዩ? እቲ ስራሕ ሓደገኛ ድዩ? ወይ እትድቅሱሉ ቦታ ኣዝዩ ሕማቕ ድዩ?
question-hard_conditions-hint = ንኣብነት፣ መዓልቲ ዕረፍቲ የለን፣ መሳርሒ ድሕንነት የለን፣ ወይ ጽቡብን ረሳሕን ክፍሊ።
question-hours_per_day = ኣብ ንቡር መዓልቲ ስራሕ ክንደይ ሰዓት ትሰርሑ?
question-hours_per_day-hint = ምስ ግዜ ዕረፍቲ፣ ኩሉ ሰዓታት ቑጸሩ።
question-hours_per_day-number = ብዝሒ ሰዓታት እፈልጥ እየ
question-days_off_per_week = ኣብ ንቡር ሰሙን ክንደይ መዓልቲ ዕረፍቲ ኣለኩም?
question-days_off_per_week-hint = ፈጺምኩም ዘይትሰርሑለን መዓልታት።
question-days_off_per_week-number = ብዝሒ መዓልታት እፈልጥ እየ
question-unsafe_work = ስራሕኩም ሓደገኛ ድዩ፣ ብዘይ ዘድልየኩም ሓለዋ ወይ ስልጠና?
question-unsafe_work-hint = ንኣብነት፣ ብዘይ ጓንቲ ወይ ማስክ ምስ ኬሚካላት ምስራሕ።
question-degrading_living = እትነብሩሉ ቦታ ኣዝዩ ሕማቕ ድዩ?
question-degrading_living-hint = ንኣብነት፣ ብዙሓት ሰባት፣ ረሳሕ፣ ማይ የለን፣ ወይ ብሕትና የለን።
question-made_to_do_things = ሓደ ሰብ ስራሕ ጾታ ወይ ገበን ክትገብሩ፣ ክትምርዓዉ፣ ወይ ክፋል ኣካልኩም ክትህቡ ኣገዲዱኩም ድዩ?
question-made_to_do_things-hint = “ክብሎ ኣይደልን” ክትመርጹ ትኽእሉ ኢኹም።
question-sexual_exploitation = ካልእ ሰብ ገንዘብ ምእንቲ ክረክብ፣ ምስ ሰባት ጾታዊ ርክብ ክትገብሩ ወይ ስራሕ ጾታ ክትሰርሑ ትግደዱ ዲኹም?
question-sexual_exploitation-hint = “ክብሎ ኣይደልን” ክትመርጹ ትኽእሉ ኢኹም።
question-made_to_break_law = ሕጊ ክትጥሕሱ ተገዲድኩም ዶ?
question-made_to_break_law-hint = ንኣብነት፣ ኣደንዛዚ ዕጽ ክትተኽሉ ወይ ክትሸጡ፣ ክትሰርቁ፣ ወይ ናይ ሓሶት ወረቐት ክትጥቀሙ።
question-forced_marriage = ክትምርዓዉ ተገዲድኩም ዶ? ወይ ሕጂ ትግደዱ ዲኹም?
question-forced_marriage-hint = ዘይተሰማማዕኩምሉ መርዓ።
question-organ_removal = ሓደ ሰብ ክፋል ኣካልኩም፣ ከም ኩሊት፣ ወሲዱ ድዩ? ወይ ክትህቡ ከገድደኩም ፈቲኑ ድዩ?
question-organ_removal-hint = ገንዘብ እንተተመባጺዑልኩም'ውን።
question-fear_of_return = ናብ ሃገርኩም እንተተመሊስኩም ዘጋጥመኩም ትፈርሁ ዲኹም?
question-fear_of_return-hint = ኣብኡ ንዓኹም ዘሎ ሓደጋ ሕሰቡ።
question-fear_reason = ስለምንታይ ኢኹም ክትምለሱ ትፈርሁ?
question-fear_reason-hint = እቲ ቀንዲ ምኽንያት ምረጹ።
option-fear_reason-traffickers = እቶም ዝዘመዙኒ ሰባት፣ ወይ ደጊመ ምትሓዝ
option-fear_reason-persecution = ብሰንኪ ዓሌተይ፣ ሃይማኖተይ፣ ዜግነተይ፣ ጉጅለይ ወይ ፖለቲካዊ ኣረኣእያይ
option-fear_reason-torture = ስቓይ ወይ ኣዝዩ ጨካን ኣተሓሕዛ
option-fear_reason-family_or_community = ካብ ስድራይ ወይ ካብ ማሕበረሰበይ ዝመጽእ ዓመጽ
option-fear_reason-other = ካልእ ምኽንያት
question-wants_to_go_home = ናብ ዓድኹም ክትምለሱ ትደልዩ ዲኹም?
question-wants_to_go_home-hint = ናብታ ዝመጻእኩምላ ሃገር።
question-needs_help_now = ሕጂ ሓገዝ የድልየኩም ድዩ? ንጥዕናኹም፣ ንቋንቋ፣ ንደቅኹም፣ ወይ ናብ ዓድኹም ንምምላስ።
question-needs_help_now-hint = እንተደኣ የድልየኩም፣ ቅኑዕ ሓገዝ ከነርእየኩም ምእንቲ ቁሩብ ተወሳኺ ክንሓትት ኢና።
question-children_with_them = ምሳኹም ቆልዑ ኣለዉ ድዮም?
question-children_with_them-hint = ምሳኹም ዝነብሩ ትሕቲ 18 ዓመት ዝዕድሚኦም ቆልዑ።
question-health_needs = ሓኪም ወይ ሕክምና የድልየኩም ድዩ?
question-health_needs-hint = ንኣካልኩም ወይ ንኣእምሮኹም።
question-speaks_local_language = ቋንቋ ናይታ ዘለኹምዋ ሃገር ክትዛረቡ ትኽእሉ ዲኹም?
question-speaks_local_language-hint = ምስ ሓኪም ወይ ፖሊስ ንምዝርራብ ዝኣክል።
question-still_there = ገና ኣብኡ ትሰርሑ ዲኹም? ወይ ገና ምስዞም ሰባት ኣለኹም?
question-still_there-hint = ገለ መሰላት በዚ ይውሰኑ።
question-reported_to_police = ንፖሊስ ሓቢርኩም ዶ?
question-reported_to_police-hint = ብዛዕባ እቲ ዘጋጠመኩም።
question-willing_to_help_police = ንፖሊስ ኣብ መርመራ ክትሕግዙ ድሉዋት ዲኹም?
question-willing_to_help_police-hint = ገለ መሰላት በዚ ይውሰኑ። “ኣይፋል” እንተበልኩም'ውን ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።

## Check your answers
check-heading = መልስታትኩም ኣረጋግጹ
check-intro = ውጽኢት ቅድሚ ምርኣይኩም ዝኾነ መልሲ ክትቕይሩ ትኽእሉ ኢኹም።
check-continue = መልስታትኩም እንታይ ከም ዘርእዩ ርኣዩ

## About
about-heading = ብዛዕባ እዚ መሳርሒ
about-what = እዚ መሳርሒ ንስደተኛታት ይሕግዝ። ምልክታት ንግዲ ደቂ ሰብ፣ ግዱድ ስራሕን ካልእ ጉድኣትን ክርእዩ ይሕግዞም። ክምልከቱ ዝኽእሉ መሰላትን ሓገዝን ድማ የርኢ። ሓበሬታ እዩ፣ ሕጋዊ ምኽሪ ኣይኮነን።
about-translation-heading = ብዛዕባ እዚ ቋንቋ
about-sources-heading = እቲ ሕጋዊ ሓበሬታ ካበይ ይመጽእ
about-sources = ነፍሲ ወከፍ ዝርአ መሰል ምስ ሕጋዊ ምንጩ፣ ከምኡ'ውን ካብ መዓስ ከም ዝጸንዐ ይቐርብ። ምስቲ ወግዓዊ ጽሑፍ ከነረጋግጾም ዘይከኣልና ሓቅታት፣ ከም ዘይተረጋገጹ ተመልኪቶም ኣለዉ።
protection-more = ብዛዕባ እዚ መሰል ተወሳኺ
loading-wait = ገና ይዳሎ ኣሎ። በጃኹም ድሕሪ ቁሩብ ደጊምኩም ፈትኑ።

## The pay claim's questions
question-work_out_pay = ክንደይ ደሞዝ ክግብኣኩም ከም ዝኽእል ክትሕስቡ ትደልዩ ዲኹም?
question-work_out_pay-hint = ኣስታት ሽዱሽተ ተወሳኺ ሕቶታት እዩ። ጠበቓ ነቲ ኣሃዝ ክጥቀመሉ ይኽእል።
question-work_began = ነዚ ስራሕ መዓስ ጀሚርኩምዎ?
question-work_began-hint = ወርሕን ዓመትን ይኣኽል።
question-work_ended = እዚ ስራሕ መዓስ ተወዲኡ?
question-work_ended-hint = ገና ኣብኡ እንተትሰርሑ፣ ነዚ ምረጹ።
question-pay_promised = ክንደይ ደሞዝ ተመባጺዑልኩም ነይሩ?
question-pay_promised-hint = እቲ መጠን ጽሓፉ። ንሰዓት፣ ንመዓልቲ፣ ንሰሙን ወይ ንወርሒ ምንባሩ ድማ ምረጹ።
question-pay_received = ብሓቂ ብድምር ክንደይ ደሞዝ ረኺብኩም?
question-pay_received-hint = ነዚ ስራሕ ዝረኸብኩምዎ ኩሉ ገንዘብ ደምሩ። ግምት ይኣክል።
question-deductions_total = ካብ ደሞዝኩም ብድምር ክንደይ ተወሲዱ?
question-deductions_total-hint = ንኣብነት ንመንበሪ፣ መግቢ፣ ክፍሊታት፣ መቕጻዕቲ ወይ “ዕዳ”። ግምት ይኣክል።
question-recruitment_fees_paid = ነዚ ስራሕ ወይ ጉዕዞ ንምርካብ ክንደይ ከፊልኩም?
question-recruitment_fees_paid-hint = ንደለልቲ ወይ ንኻልኦት ዝኸፈልኩምዎ ኩሉ ክፍሊታት ደምሩ።
question-paid_to_someone_else = ደሞዝኩም ንዓኹም ዘይኮነስ ንካልእ ሰብ ተዋሂቡ ድዩ?
question-paid_to_someone_else-hint = ንኣብነት ንደላላይ ወይ ንሓላፊ።
answer-kind-month = ወርሒ እፈልጥ እየ
answer-still_working = ገና ኣብኡ እሰርሕ ኣለኹ
answer-kind-amount = እቲ መጠን እፈልጥ እየ
input-month = ወርሒ
input-year = ዓመት
input-amount = መጠን
input-currency = ዓይነት ገንዘብ
input-per = ግዜ ክፍሊት
per-hour = ኣብ ሰዓት
per-day = ኣብ መዓልቲ
per-week = ኣብ ሰሙን
per-month = ኣብ ወርሒ
answer-pay = { $amount } { $per }
error-month = ወርሒ ምረጹ። ዓመት ድማ ብኣርባዕተ ቁጽርታት ጽሓፉ፣ ከም 2024።
error-amount = እቲ መጠን ብቁጽሪ ጽሓፉ፣ ከም 1200 ወይ 1200.50።

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = መልስታተይ ምዕቃብ
open-link = ዝተዓቀቡ መልስታት ምኽፋት

## Listen
listen = ስምዑ
listen-stop = ደው ኣብሉ
about-listen-heading = ዓው ኢሉ ምንባብ
about-listen-some = "ስምዑ" ዝብል መጠወቒ ነቲ ቃላት ብድምጺ ናይዚ ስልኪ ዓው ኢሉ የንብቦ። እቲ ቃላት ካብቲ ስልኪ ፈጺሙ ኣይወጽእን። እዚ ስልኪ ብዚ ዝስዕብ ቋንቋታት ዓው ኢሉ ከንብብ ይኽእል፦ { $languages }።
about-listen-none = ኣብዚ ስልኪ ዓው ኢሉ ዘንብብ ድምጺ የለን፣ ስለዚ "ስምዑ" ዝብል መጠወቒ ኣይርአን። እዚ መሳርሒ ዝጥቀም ኣብቲ ስልኪ ዘሎ ድምጺ ጥራይ እዩ፣ ስለዚ እቲ ቃላት ካብቲ ስልኪ ፈጺሙ ኣይወጽእን።

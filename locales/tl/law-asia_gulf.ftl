# Entitle: Tagalog (Filipino). Messages for the legal data of the Philippines, Qatar, Thailand and ASEAN.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Philippines
protection-ph-ra_9208-s_17-not_penalised = Walang parusa sa mga krimeng ipinilit sa inyo
protection-ph-ra_9208-s_17-not_penalised-gives = Hindi kayo dapat parusahan para sa mga krimeng ipinagawa sa inyo ng mga trafficker, o na naging bunga ng pagiging biktima ninyo ng trafficking.
protection-ph-ra_9208-s_18-witness_protection = Proteksyon bilang testigo
protection-ph-ra_9208-s_18-witness_protection-gives = Maaari kayong makasali sa programa ng gobyerno na nagpapanatiling ligtas sa mga testigo, halimbawa sa pamamagitan ng ligtas na matitirhan.
protection-ph-ra_9208-s_19-continued_presence = Pahintulot na manatili sa Pilipinas
protection-ph-ra_9208-s_19-continued_presence-gives = Maaari kayong payagang manatili sa Pilipinas nang pansamantala, para hindi ninyo kailangang umalis agad sa bansa.
protection-ph-ra_9208-s_19-assistance = Ang parehong tulong na nakukuha ng mga Pilipinong survivor
protection-ph-ra_9208-s_19-assistance-gives = Maaari ninyong makuha ang parehong proteksyon, tulong at serbisyo na nakukuha ng mga Pilipinong nasa ganito ring sitwasyon.
protection-ph-ra_9208-s_3_a-child_without_means = Hindi kailangang patunayan ng bata na may pilit o panlilinlang
protection-ph-ra_9208-s_3_a-child_without_means-gives = Hindi ninyo kailangang patunayan na may pumilit, nanlinlang o nagbanta sa inyo. Maaari pa ring ituring na trafficking ang ginawa sa inyo.
caveat-section_number_from_2003_act = Galing sa batas ng 2003 ang numero ng seksyon, at maaaring nailipat o nabago ang tuntuning ito ng mga sumunod na pagbabago sa batas.
caveat-tied_to_prosecution = Kung gaano katagal kayo puwedeng manatili ay nakadepende sa pangangailangan ng kaso laban sa mga trafficker, hindi lang sa inyong pangangailangan.
caveat-child_includes_adults_unable_to_protect_themselves = Itinuturing din ng batas na bata ang ilang adult, kung dahil sa sakit o kapansanan ay hindi nila kayang panatilihing ligtas ang kanilang sarili. Hindi ito itinatanong ng app na ito.
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862)

## Qatar
protection-qa-law_17_2020-art_2-minimum_wage = Minimum wage para sa bawat manggagawa
protection-qa-law_17_2020-art_2-minimum_wage-gives = Dapat kayong bayaran ng hindi bababa sa isang basic na sahod bawat buwan, at dagdag na pera para sa pagkain at tirahan kung hindi ito ibinibigay sa inyo ng employer.
protection-qa-law_18_2020-law-change_employer_without_noc = Lumipat ng employer nang walang pahintulot ng inyong employer
protection-qa-law_18_2020-law-change_employer_without_noc-gives = Puwede kayong lumipat sa bagong employer bago matapos ang inyong kontrata, nang walang sulat ng pahintulot (NOC) mula sa kasalukuyan ninyong employer.
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = Umalis sa Qatar nang walang pahintulot ng inyong employer
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = Puwede kayong umalis sa Qatar, para sa maikling biyahe o para sa tuluyang pag-alis, nang hindi humihingi ng exit permit sa inyong employer.
protection-qa-law_13_2017-committees-wage_claim = Habulin ang hindi ibinayad na sahod sa isang labor committee
protection-qa-law_13_2017-committees-wage_claim-gives = Puwede kayong magsampa ng claim sa isang espesyal na labor committee para sa sahod at iba pang perang utang sa inyo ng employer.
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = Isang pondo ang nagbabayad ng sahod na ayaw ibayad ng employer
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = Kung manalo kayo sa claim ng sahod at hindi pa rin nagbabayad ang employer, maaaring isang pondo ng gobyerno ang magbayad sa inyo ng pera sa halip.
protection-qa-law_15_2011-art_2-identification_as_victim = Makilala bilang taong na-traffic
protection-qa-law_15_2011-art_2-identification_as_victim-gives = Maaari kayong kilalaning isang taong na-traffic. Maaari itong magbukas ng daan sa proteksyon, tulad ng ligtas na shelter.
caveat-amounts_reviewed_yearly = Sinusuri ng gobyerno ang mga halagang ito nang hindi bababa sa isang beses bawat taon, kaya maaaring nagbago na ang mga ito mula nang huli naming suriin.
caveat-which_law_removed_noc_disputed = Hindi nagkakasundo ang mga pinagmulan kung aling batas ng 2020 ang nag-alis ng pangangailangan sa pahintulot ng employer, kaya ipinapakita namin ang dalawang batas.
caveat-domestic_workers_from_2020_and_five_percent_exception = Noong Enero 2020 lang isinama ang mga domestic worker. Puwede pa ring pangalanan ng mga employer ang ilang tauhan na kailangan ng kanilang pahintulot bago umalis. May komite na dumidinig ng mga reklamo.
caveat-domestic_workers_coverage_not_checked = Hindi pa namin nasusuri kung puwedeng dalhin ng mga domestic worker ang kanilang claim sa mga komiteng ito.
caveat-payment_conditions_and_caps = Sa ilang kaso lang nagbabayad ang pondo, at ayon sa mga ulat, may limitasyon kung magkano ang ibinabayad nito.
caveat-victim_protection_articles_not_verified = Hindi namin nabasa ang mga bahagi ng batas na ito tungkol sa pagprotekta sa mga taong na-traffic, kaya hindi pa kumpirmado ang mga detalye rito.
instrument-qa-law_17_2020 = Qatar Law No. 17 of 2020 on the Minimum Wage
instrument-qa-law_18_2020 = Qatar Law No. 18 of 2020 amending the Labour Law
instrument-qa-law_19_2020 = Qatar Law No. 19 of 2020 amending the Law on Entry, Exit and Residence of Expatriates
instrument-qa-law_13_2018 = Qatar Law No. 13 of 2018 amending the Law on Entry, Exit and Residence of Expatriates
instrument-qa-law_13_2017 = Qatar Law No. 13 of 2017 amending the Labour Law (Labour Dispute Settlement Committees)
instrument-qa-law_17_2018 = Qatar Law No. 17 of 2018 establishing the Workers' Support and Insurance Fund
instrument-qa-law_15_2011 = Qatar Law No. 15 of 2011 on Combating Trafficking in Human Beings

## Thailand
protection-th-atipa_2551-s_33-assistance = Shelter, gamutan at iba pang tulong
protection-th-atipa_2551-s_33-assistance-gives = Maaari kayong mabigyan ng pagkain, matutuluyan, gamutan, tulong para gumaling, tulong legal, at tulong para makauwi.
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = Masabihan tungkol sa bayad-pinsala at tulong legal
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = Dapat sabihin agad sa inyo ng mga opisyal na puwede kayong humingi ng pera para sa pinsalang ginawa sa inyo, at na puwede kayong makakuha ng tulong legal.
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = Puwedeng habulin ng piskal ang bayad-pinsala para sa inyo
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = Kung gusto ninyo ng pera para sa pinsalang ginawa sa inyo, puwede itong hingin ng public prosecutor (piskal) sa korte para sa inyo.
protection-th-atipa_2551-s_37-temporary_stay_and_work = Pahintulot na manatili at magtrabaho nang pansamantala
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = Maaari kayong payagang manatili sa Thailand nang pansamantala, at magtrabaho habang naroon kayo.
protection-th-atipa_2551-s_38-return_home = Tulong para makauwi nang ligtas
protection-th-atipa_2551-s_38-return_home-gives = Maaari kayong matulungang makabalik sa inyong sariling bansa sa lalong madaling panahon.
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = Hindi kakasuhan dahil pumasok o nanatili nang walang papeles
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = Hindi kayo dapat kasuhan dahil pumasok o nanatili kayo sa Thailand nang walang pahintulot, o dahil may hawak kayong peke o maling papeles.
caveat-purpose_limited_stay = Ang pananatili ay para sa mga bagay tulad ng kaso sa korte, gamutan, paggaling o paghahabol ng pera. Hindi namin alam kung gaano ito katagal, o kung lagi itong ibinibigay.
caveat-minister_may_permit_prosecution = Puwede pa ring payagan ng Minister of Justice na kasuhan kayo, pero dapat niya itong gawin nang nakasulat.
instrument-th-atipa_2551 = Thailand Anti-Trafficking in Persons Act B.E. 2551 (2008)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = Hindi ikukulong nang walang mabuting dahilan
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = Hindi kayo dapat pigilan o ikulong nang walang mabuting dahilan.
caveat-identified_victims_only = Para lang ito sa mga taong kinilala na ng mga awtoridad bilang na-traffic. Dapat munang mangyari ang pasyang iyon.
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-ph-labor_code = Labor Code of the Philippines (1974)
instrument-ph-ra_7309 = Republic Act No. 7309 (Board of Claims, 1992)
instrument-qa-labour_law_14_2004 = Labour Law, Law No. 14 of 2004 (Qatar)
instrument-qa-law_15_2017 = Law No. 15 of 2017 on domestic workers (Qatar)
instrument-th-lpa_2541 = Labour Protection Act B.E. 2541 (1998)
instrument-th-ccc_book1_2535 = Civil and Commercial Code, Book I (as revised B.E. 2535)
instrument-th-victim_compensation_act_2544 = Damages for the Injured Person and Compensation and Expense for the Accused in Criminal Case Act B.E. 2544 (2001)
caveat-ph_board_of_claims_violent_crimes = Ang Board of Claims ay nagbabayad lang sa mga biktima ng marahas na krimen, at hanggang 10,000 piso lang.
caveat-ph_money_claims_any_forum = Ang parehong tatlong taon ay para sa bawat paghahabol ng pera mula sa trabaho, saan man ito isampa.
caveat-ph_ncr_only = Ito ang minimum para sa Metro Manila lang. May sariling daily minimum ang ibang rehiyon, na madalas ay mas mababa. Gamitin lang ang halagang ito para sa trabaho sa Metro Manila.
caveat-qa_domestic_workers_own_limit = May sariling batas ang mga domestic worker. Nagbibigay rin ito ng isang taon mula sa pagtatapos ng kontrata o sa araw ng kanilang pag-alis.
caveat-qa_food_and_housing_allowances = Basic na sahod lang ito. Kung hindi nagbigay ang employer ng maayos na pagkain at tirahan, may utang din ito na 300 riyal bawat buwan para sa pagkain at 500 para sa tirahan.
caveat-qa_one_year_of_365_days_stopped_by_complaint = Dapat isampa ang claim sa loob ng 365 araw pagkatapos matapos ang kontrata. Humihinto ang bilang ng panahon habang sinusuri ang reklamo sa Ministry of Labour.
caveat-qa_overtime_daily_night_and_exclusions = Dapat ding bayaran ang overtime pagkalipas ng 8 oras sa isang araw (6 kapag Ramadan), at mas malaki kapag gabi. Hindi ito para sa mga domestic worker. Hindi ito binilang dito.
caveat-th_each_unpaid_wage_runs_separately = Bawat hindi ibinayad na sahod ay may sariling dalawang taon, kaya ang pinakalumang mga buwan ang unang napapaso. Kung aminin ng employer ang utang nang nakasulat o magbayad ito ng bahagi, magsisimula ulit ang dalawang taon.
caveat-th_fund_listed_crimes_from_knowledge = Ang bayad ng gobyerno ay para lang sa mga biktima ng ilang krimen, tulad ng pinsala sa katawan at mga krimeng sekswal. Nagsisimula ang isang taon kapag nalaman ninyo ang krimen.
caveat-th_lowest_provincial_rate = Ito ang pinakamababang daily minimum saanman sa Thailand. Madalas na mas mataas ang rate sa inyong probinsya, at iyon ang dapat ibayad.
caveat-th_overtime_daily_and_holiday = Dapat bayaran ang overtime pagkalipas ng normal na oras ng bawat araw, at mas malaki ang bayad sa trabaho tuwing holiday. Hindi ito binilang dito.

# Entitle: Tagalog (Filipino).
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons / human trafficking = human trafficking (kept in English, with "pangangalakal ng tao" only as explanation) (no official Filipino translation found: the Philippines ratified the Palermo Protocol and passed RA 9208, RA 10364 and RA 11862 in English; Filipino-language materials of IACAT, DMW and OWWA keep "human trafficking" / "trafficking in persons", e.g. the IACAT flyer "Batas Laban sa Trafficking RA 9208", https://ru.scribd.com/document/344064755/Batas-Laban-sa-Trafficking, and DMW warning https://rmn.ph/dmw-nagbabala-sa-mga-alok-ng-trabaho-sa-abroad-sakay-ng-motorboat-matapos-tumaob-ang-bangka-na-sinasakyan-ng-pinaniniwalaang-mga-biktima-ng-human-trafficking/)
# glossary: forced labour = sapilitang paggawa; in plain text "sapilitang trabaho" (no official Filipino translation of ILO C29 / P29 found; both terms used in the IACAT Filipino flyer on RA 9208, link above; DMW uses "sapilitang pagtatrabaho")
# glossary: exploitation = pananamantala / pagsasamantala (no official translation found; term used in the IACAT Filipino flyer on RA 9208, link above)
# glossary: victim = biktima (term used by OWWA and DMW in Filipino, e.g. https://owwa.gov.ph/news/owwa-a-partner-for-victims-of-illegal-recruitment)
# glossary: slavery = pang-aalipin; servitude = pagkabusabos (source: Universal Declaration of Human Rights, art. 4, Tagalog text of the UN (OHCHR) translation collection: "Walang sino mang aalipinin o bubusabusin"; seen in a copy at https://huggingface.co/datasets/cis-lmu/udhr-lid; a declaration, not a treaty translation)
# glossary: debt bondage = pagkakatali sa utang (debt bondage) (no official translation found; Bureau of Immigration keeps "debt bondage" in English, https://tribune.net.ph/2025/08/31/debt-bondage-snares-filipina)
# glossary: smuggling of migrants = pagpupuslit ng mga migrante (migrant smuggling); smuggled = ipinuslit (no official translation found; Philippine agencies and NGOs mostly say "migrant smuggling" / "human smuggling")
# glossary: compensation = bayad-pinsala (compensation) (no official translation found; common Filipino legal word for damages and compensation)
# glossary: residence permit = permit para manirahan (residence permit) (no official translation found; "permit" and "visa" are used as is by DMW and OWWA)
# glossary: recovery and reflection period = panahon para magpahinga, gumaling at mag-isip (no official translation found)
# glossary: asylum = asylum; refugee = refugee (no official Filipino translation found; kept in English as in Philippine government usage)
# glossary: labour inspectorate = mga labor inspector (DOLE uses the English term)

## About this language (shown on the About page)
locale-translation-note = Isinalin ang tekstong ito mula sa Ingles sa tulong ng isang modelo ng artificial intelligence (AI).
locale-review-note = HINDI pa ito nasusuri ng isang katutubong tagapagsalita (native speaker) ng Tagalog o Filipino.

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = Impormasyon

## Exit this page
exit-this-page = Umalis sa pahinang ito
exit-emergency = Emergency
exit-shift-pressed-once = Shift: pindutin pa nang 2 beses para umalis.
exit-shift-pressed-twice = Shift: pindutin pa nang 1 beses para umalis.

## Language picker and footer
language-picker-label = Wika
language-picker-toggle = Wika: { $language }
language-picker-loading = Kinukuha ang iba pang wika…
language-picker-offline = Kailangan ng internet nang isang beses para sa iba pang wika. Kumonekta, saka buksan ulit ang listahang ito.
footer-not-advice = Impormasyon ito, hindi payong legal.
about-link = Tungkol sa tool na ito
footer-site-name = Ang pahinang ito ay handog ng { $name }.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = Para sa may-ari ng site na ito: hindi ginamit ang settings file na site.json, kaya sariling settings ng app ang gamit nito. Nasa { $field } ang problema: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] hindi na tamang JSON ang teksto mula rito.
    [twice] dalawang beses nakasulat ang field na ito.
    [unknown] walang setting na ganito ang pangalan.
    [missing] kailangan ang setting na ito.
    [not-text] dapat teksto ito na nasa loob ng panipi (quotes).
    [not-list] dapat listahan ito na nasa loob ng [ ].
    [not-object] dapat grupo ito ng mga setting na nasa loob ng { "{" } { "}" }.
    [not-true-or-false] dapat true o false ito.
    [version] dapat 1 ito.
    [country] hindi ito bansang sakop ng app (gumamit ng code tulad ng GB).
    [language] hindi ito wikang alam ng app (gumamit ng code tulad ng fr).
    [language-tag] dapat language code ito tulad ng pl o pt-BR, o interpreters.
    [need] hindi ito isa sa mga pangangailangang alam ng app.
    [phone] dapat numero ito na may 3 hanggang 15 digit, may + sa unahan kung international na numero, at walang espasyo.
    [web] dapat web address ito na nagsisimula sa https://.
    [days] dapat mon_fri, mon_sat o every_day ito.
    [time] dapat oras ito tulad ng 09:00.
    [hours] gamitin ang always: true, o kaya days kasama ang opens at closes.
    [length] walang laman ito o sobrang haba.
    [too-many] sobrang haba ng listahang ito.
    [no-way-to-reach] kailangan ng contact na ito ng phone, sms o web address.
    [repeated] nasa listahan na ito.
    [display-without-phone] kailangan din ng phone kapag may phone_display.
   *[other] hindi puwede ang value na ito.
}

## Opening page
start-heading = Alamin kung anong tulong at mga karapatan ang maaaring para sa inyo
start-what-this-is = Sagutin ang ilang maiikling tanong tungkol sa inyong trabaho at biyahe. Ipapakita namin ang mga palatandaan ng pinsala sa inyong mga sagot, ang mga karapatang maaaring pumrotekta sa inyo, at kung saan makakakuha ng tulong.
start-danger-heading = Kung nasa panganib kayo ngayon
start-danger-body = Tawagan ang emergency number ng bansang kinaroroonan ninyo. Puwede kayong tumawag kahit wala kayong papeles.
start-privacy-heading = Nananatili sa teleponong ito ang inyong mga sagot
start-privacy-body = Walang sagot na ipinapadala kahit saan. Walang sine-save. Kapag isinara ninyo ang pahinang ito, mawawala ang inyong mga sagot.
start-leave-heading = Umalis agad
start-leave-body = Pindutin ang “Umalis sa pahinang ito” anumang oras, o pindutin ang Shift key nang 3 beses. Magsasara ang pahinang ito at magbubukas ang isang pahina ng lagay ng panahon (weather).
start-not-heading = Ang hindi kaya ng tool na ito
start-not-body = Impormasyon ito, hindi payong legal. Hindi nito kayang pagpasyahan kung kayo ay biktima ng krimen. Ang mga awtoridad lang ang makakapagpasya niyan. Matutulungan kayo ng isang abogado o ng isang grupong tumutulong.
start-button = Magsimula

## Questions: common words
back = Bumalik
continue = Magpatuloy
change = Baguhin
not-provided = Hindi ibinigay
select-placeholder = Pumili ng isa
progress = Tanong { $n } (hanggang { $total } tanong)
error-summary-title = May problema
error-choose-one = Pumili ng isang sagot. Puwede ninyong piliin ang “Hindi ko alam” o “Mas gusto kong hindi sabihin”.
error-number-range = Maglagay ng buong numero mula 0 hanggang { $most }.
reply-yes = Oo
reply-no = Hindi
reply-dont_know = Hindi ko alam
reply-prefer_not_to_say = Mas gusto kong hindi sabihin
answer-maybe_under_18 = Hindi ako sigurado. Baka wala pa akong 18.
answer-years = { $years ->
        [one] { $years } taong gulang
       *[other] { $years } taong gulang
    }
answer-count = { $count }

## Countries
country-AU = Australia
country-CA = Canada
country-FR = Pransiya (France)
country-DE = Alemanya (Germany)
country-IT = Italya (Italy)
country-NL = Netherlands
country-PH = Pilipinas
country-QA = Qatar
country-ES = Espanya (Spain)
country-TH = Thailand
country-GB = United Kingdom
country-US = Estados Unidos (USA)
country-EU = Ibang bansa sa EU, Iceland, Liechtenstein, Norway o Switzerland
country-ZZ = Ibang bansa

## The questions. Each has a hint line under it.
question-country_now = Nasaang bansa kayo ngayon?
question-country_now-hint = Nakadepende rito ang mga tuntunin at ang tulong na ipapakita namin.
question-in_danger_now = Nasa panganib ba kayo ngayon mismo?
question-in_danger_now-hint = Halimbawa, may maaaring manakit sa inyo ngayong araw.
question-nationality = Saang bansa kayo mamamayan?
question-nationality-hint = Ang bansa ng inyong pasaporte.
question-age = Ilang taon na kayo?
question-age-hint = Iba ang mga tuntunin para sa mga bata. Bata ang sinumang wala pang 18 taong gulang.
question-age-number = Alam ko ang edad ko
question-under_18_when_it_began = Wala pa ba kayong 18 taong gulang nang magsimula ang trabaho o biyaheng ito?
question-under_18_when_it_began-hint = May mga karapatang nakadepende sa edad ninyo noon, hindi ngayon.
question-work_kind = Anong klaseng trabaho ang ginagawa ninyo, o ginawa ninyo?
question-work_kind-hint = Piliin ang pangunahing trabaho.
option-work_kind-domestic = Trabaho sa bahay (paglilinis, pagluluto, pag-aalaga ng bata)
option-work_kind-agriculture = Trabaho sa bukid o farm
option-work_kind-construction = Trabaho sa construction
option-work_kind-fishing = Pangingisda o trabaho sa barko o bangka
option-work_kind-care = Pag-aalaga ng matatanda o maysakit
option-work_kind-factory = Trabaho sa pabrika
option-work_kind-hospitality = Hotel, restawran o paglilinis
option-work_kind-sex_work = Sex work
option-work_kind-criminal_activity = Krimen, tulad ng pagtatanim o pagbebenta ng droga, o pagnanakaw
option-work_kind-begging = Pamamalimos
option-work_kind-other = Ibang trabaho
question-recruited = May naghanap ba sa inyo ng trabahong ito o nag-ayos ng inyong biyahe?
question-recruited-hint = Halimbawa, isang ahente, isang kamag-anak o isang taong nakilala online.
question-recruited_by = Sino ang naghanap sa inyo ng trabaho o nag-ayos ng inyong biyahe?
question-recruited_by-hint = Piliin ang pinakaangkop.
option-recruited_by-agency = Isang ahensya o ahente
option-recruited_by-relative = Isang kamag-anak
option-recruited_by-partner = Isang nobyo, nobya o asawa
option-recruited_by-friend = Isang kaibigan
option-recruited_by-stranger = Isang taong hindi ko kilala
option-recruited_by-online = Isang taong nakilala online
option-recruited_by-employer = Ang amo o employer
option-recruited_by-other = Ibang tao
question-forced_to_go = Kinuha ba kayo o pinilit umalis nang labag sa inyong kalooban?
question-forced_to_go-hint = Halimbawa, may pumilit sa inyong bumiyahe o may kumuha sa inyo.
question-moved_by_others = Inilipat-lipat ba kayo ng ibang tao sa iba't ibang lugar?
question-moved_by_others-hint = Halimbawa, dinala kayo sa bagong lugar o ipinasa sa ibang tao.
question-promise_broken = Iba ba ang inyong trabaho, sahod o tirahan sa ipinangako sa inyo?
question-promise_broken-hint = Halimbawa, ibang trabaho, mas maliit na pera o mas masamang tirahan.
question-deceived_about_work = Iba ba ang trabaho sa trabahong ipinangako sa inyo?
question-deceived_about_work-hint = Halimbawa, trabaho sa tindahan ang ipinangako sa inyo pero sa bukid kayo nagtatrabaho.
question-deceived_about_pay = Mas mababa ba ang inyong sahod kaysa sa ipinangako sa inyo?
question-deceived_about_pay-hint = Isipin ang perang talagang natatanggap ninyo.
question-deceived_about_conditions = Mas masama ba ang inyong oras ng trabaho, tirahan o trabaho kaysa sa ipinangako sa inyo?
question-deceived_about_conditions-hint = Halimbawa, mas mahahabang araw ng trabaho o mas masamang tirahan.
question-deceived_about_papers = Pinangakuan ba kayo ng visa o papeles na hindi ninyo natanggap?
question-deceived_about_papers-hint = Halimbawa, isang work permit.
question-paid_recruitment_fee = Nagbayad ba kayo para makuha ang trabahong ito o ang biyaheng ito?
question-paid_recruitment_fee-hint = Halimbawa, placement fee o bayad sa ahente.
question-owes_debt = May utang ba kayo sa inyong amo, sa isang ahente o sa mga taong nagdala sa inyo?
question-owes_debt-hint = Halimbawa, para sa inyong biyahe, pagkain o tirahan.
question-debt_grows = Patuloy bang lumalaki ang utang, kahit nagtatrabaho kayo?
question-debt_grows-hint = Halimbawa, lagi silang nagdadagdag ng gastos.
question-must_work_off_debt = Sinasabi ba nila na hindi kayo puwedeng umalis hangga't hindi ninyo nababayaran ang utang?
question-must_work_off_debt-hint = O na kailangan ninyong magtrabaho hanggang mabayaran ito.
question-journey = Paano kayo pumasok sa bansang ito?
question-journey-hint = Piliin ang pinakaangkop.
option-journey-regular = May visa o permit, at dumaan sa border control
option-journey-smuggled = Nagbayad ako sa isang tao para maipasok ako nang walang tamang papeles
option-journey-false_papers = Gamit ang pekeng papeles, o papeles na hindi akin
option-journey-no_border = Hindi ako tumawid ng border
question-harmed_on_journey = Sa biyahe, pinalo, sinaktan o inabuso ba kayo ng mga taong nagdala sa inyo?
question-harmed_on_journey-hint = Isama ang anumang uri ng pananakit.
question-held_on_journey = Sa biyahe, ikinulong ba kayo nang labag sa inyong kalooban, o ikinulong para humingi ng pera?
question-held_on_journey-hint = Halimbawa, ikinulong kayo hanggang may magbayad.
question-pay_problem = Ang inyong sahod ba ay pinipigil, kinakaltasan, o hindi talaga ibinibigay?
question-pay_problem-hint = Kasama rin kung malaking bahagi nito ang kinukuha para sa tirahan, pagkain, bayarin o multa.
question-documents_kept = May kumuha ba at nagtago ng inyong pasaporte o ID?
question-documents_kept-hint = Halimbawa, ang inyong amo, isang ahente o ang taong nagdala sa inyo rito.
question-documents_held_by = Sino ang may hawak ng inyong pasaporte o ID ngayon?
question-documents_held_by-hint = Piliin ang pinakaangkop.
option-documents_held_by-themselves = Nasa akin ito
option-documents_held_by-employer = Ang amo ko
option-documents_held_by-agent = Isang ahente
option-documents_held_by-smuggler = Ang mga taong nagpatawid sa akin sa border
option-documents_held_by-authorities = Ang pulis o ang immigration
option-documents_held_by-other = Ibang tao
option-documents_held_by-lost = Nawala o nasira ito
question-hurt_or_threatened = May nanakit ba sa inyo, o nagbanta sa inyo o sa inyong pamilya?
question-hurt_or_threatened-hint = Kasama rito ang banta na tatawag sila ng pulis o immigration.
question-threatened = May nagbanta ba sa inyo?
question-threatened-hint = Halimbawa, may nagsabing sasaktan kayo.
question-family_threatened = May nagbanta ba sa inyong pamilya?
question-family_threatened-hint = Dito o sa inyong sariling bansa.
question-threatened_with_authorities = May nagsabi ba na isusumbong kayo sa pulis o sa immigration?
question-threatened_with_authorities-hint = Halimbawa, para patuloy kayong magtrabaho.
question-physical_violence = May pumalo o nanakit ba sa inyo?
question-physical_violence-hint = Sa trabaho o sa inyong tinitirhan.
question-sexual_violence = May pumilit ba sa inyong makipagtalik, o humipo sa inyo nang sekswal nang labag sa inyong kalooban?
question-sexual_violence-hint = Puwede ninyong piliin ang “Mas gusto kong hindi sabihin”.
question-locked_in = Ikinukulong ba kayo, o pinipigilang lumabas?
question-locked_in-hint = Sa trabaho o sa inyong tinitirhan.
question-watched = Lagi ba kayong binabantayan o sinusundan?
question-watched-hint = Halimbawa, laging may sumasama sa inyo.
question-isolated = Pinipigilan ba kayong makipag-usap sa inyong pamilya o sa ibang tao?
question-isolated-hint = Halimbawa, kinuha ang inyong telepono.
question-cannot_leave = Kung gusto ninyong umalis sa trabahong ito, pipigilan ba kayo?
question-cannot_leave-hint = O may masamang mangyayari ba sa inyo?
question-lives_at_workplace = Nakatira ba kayo sa lugar ng trabaho, o kung saan ipinasya ng inyong amo?
question-lives_at_workplace-hint = Halimbawa, sa bahay ng inyong amo.
question-residence_status = Anong papeles ang mayroon kayo para manatili sa bansang ito?
question-residence_status-hint = Piliin ang pinakaangkop.
option-residence_status-citizen = Mamamayan ako rito
option-residence_status-permanent_resident = Puwede akong tumira rito nang permanente
option-residence_status-work_permit = Isang work visa o work permit
option-residence_status-student_or_visitor = Isang student visa o visitor visa
option-residence_status-asylum_seeker = Humingi ako ng asylum
option-residence_status-refugee = Refugee ako rito
option-residence_status-expired = Paso na ang aking visa o permit
option-residence_status-no_papers = Wala akong papeles
question-tied_to_employer = Sinasabi ba ng inyong visa na sa amo lang na ito kayo puwedeng magtrabaho?
question-tied_to_employer-hint = O kailangan ba ninyo ng pahintulot ng inyong amo para lumipat ng trabaho?
question-wages_withheld = Pinipigil ba ang inyong sahod, o hindi talaga kayo binabayaran?
question-wages_withheld-hint = Halimbawa, sinasabi ng inyong amo na babayaran kayo sa ibang araw.
question-large_deductions = Malaking bahagi ba ng inyong sahod ang kinukuha para sa tirahan, pagkain, bayarin o multa?
question-large_deductions-hint = Perang kinukuha bago ninyo matanggap ang sahod.
question-hard_conditions = Napakahaba ba ng oras ng trabaho, delikado ba ang trabaho, o napakasama ba ng inyong tulugan?
question-hard_conditions-hint = Halimbawa, walang day off, walang gamit pangkaligtasan, o siksikan at maruming kuwarto.
question-hours_per_day = Ilang oras kayo nagtatrabaho sa isang karaniwang araw ng trabaho?
question-hours_per_day-hint = Bilangin ang lahat ng oras, kasama ang mga pahinga.
question-hours_per_day-number = Alam ko ang bilang ng oras
question-days_off_per_week = Ilang day off ang mayroon kayo sa isang karaniwang linggo?
question-days_off_per_week-hint = Mga araw na wala talagang trabaho.
question-days_off_per_week-number = Alam ko ang bilang ng araw
question-unsafe_work = Delikado ba ang inyong trabaho, nang walang proteksyon o training na kailangan ninyo?
question-unsafe_work-hint = Halimbawa, paghawak ng kemikal nang walang guwantes o mask.
question-degrading_living = Napakasama ba ng lugar na tinitirhan ninyo?
question-degrading_living-hint = Halimbawa, sobrang daming tao, marumi, walang tubig o walang privacy.
question-made_to_do_things = May pumilit ba sa inyong mag-sex work o gumawa ng krimen, magpakasal, o magbigay ng bahagi ng inyong katawan?
question-made_to_do_things-hint = Puwede ninyong piliin ang “Mas gusto kong hindi sabihin”.
question-sexual_exploitation = Pinipilit ba kayong makipagtalik sa mga tao, o mag-sex work, para kumita ng pera ang ibang tao?
question-sexual_exploitation-hint = Puwede ninyong piliin ang “Mas gusto kong hindi sabihin”.
question-made_to_break_law = Pinilit ba kayong lumabag sa batas?
question-made_to_break_law-hint = Halimbawa, magtanim o magbenta ng droga, magnakaw, o gumamit ng pekeng papeles.
question-forced_marriage = Pinilit ba kayo, o pinipilit ba kayo ngayon, na magpakasal?
question-forced_marriage-hint = Kasal na hindi ninyo sinang-ayunan.
question-organ_removal = May kumuha ba, o nagtangkang pumilit sa inyong magbigay, ng bahagi ng inyong katawan, tulad ng kidney?
question-organ_removal-hint = Kasama rin kung pinangakuan kayo ng pera para rito.
question-fear_of_return = Natatakot ba kayo sa maaaring mangyari kung babalik kayo sa inyong bansa?
question-fear_of_return-hint = Isipin ang panganib sa inyo roon.
question-fear_reason = Bakit kayo natatakot bumalik?
question-fear_reason-hint = Piliin ang pangunahing dahilan.
option-fear_reason-traffickers = Ang mga taong nagsamantala sa akin, o baka mabitag ulit ako
option-fear_reason-persecution = Dahil sa aking lahi, relihiyon, nasyonalidad, grupo o paniniwalang pampulitika
option-fear_reason-torture = Tortyur o napakalupit na pagtrato
option-fear_reason-family_or_community = Karahasan mula sa aking pamilya o komunidad
option-fear_reason-other = Ibang dahilan
question-wants_to_go_home = Gusto ba ninyong umuwi?
question-wants_to_go_home-hint = Sa bansang pinanggalingan ninyo.
question-needs_help_now = Kailangan ba ninyo ng tulong ngayon para sa inyong kalusugan, sa wika, sa inyong mga anak, o sa pag-uwi?
question-needs_help_now-hint = Kung oo, magtatanong pa kami nang kaunti para maipakita sa inyo ang tamang tulong.
question-children_with_them = May kasama ba kayong mga anak?
question-children_with_them-hint = Mga batang wala pang 18 na nakatira kasama ninyo.
question-health_needs = Kailangan ba ninyo ng doktor o ng gamutan?
question-health_needs-hint = Para sa inyong katawan o isip.
question-speaks_local_language = Nakakapagsalita ba kayo ng wika ng bansang kinaroroonan ninyo?
question-speaks_local_language-hint = Sapat para makausap ang doktor o ang pulis.
question-still_there = Nagtatrabaho pa ba kayo roon, o kasama pa ba ninyo ang mga taong ito?
question-still_there-hint = May mga karapatang nakadepende rito.
question-reported_to_police = Nagsumbong na ba kayo sa pulis?
question-reported_to_police-hint = Tungkol sa nangyari sa inyo.
question-willing_to_help_police = Handa ba kayong tumulong sa pulis sa isang imbestigasyon?
question-willing_to_help_police-hint = May mga karapatang nakadepende rito. Makakakuha pa rin kayo ng tulong kahit “hindi” ang sagot ninyo.

## Check your answers
check-heading = Suriin ang inyong mga sagot
check-intro = Puwede ninyong baguhin ang anumang sagot bago ninyo makita ang resulta.
check-continue = Tingnan kung ano ang ipinapakita ng inyong mga sagot

## About
about-heading = Tungkol sa tool na ito
about-what = Tinutulungan ng tool na ito ang mga migrante na alamin kung may palatandaan ng human trafficking, sapilitang trabaho at iba pang pinsala, at ipinapakita nito ang mga karapatan at tulong na maaaring para sa kanila. Impormasyon ito, hindi payong legal.
about-translation-heading = Tungkol sa wikang ito
about-sources-heading = Saan galing ang mga legal na impormasyon
about-sources = Bawat karapatang ipinapakita ay may kasamang legal na pinagmulan at petsa kung kailan ito umiiral. Ang mga impormasyong hindi namin naihambing sa opisyal na teksto ay may markang hindi pa nasusuri.
protection-more = Higit pa tungkol sa karapatang ito
loading-wait = Inihahanda pa. Pakisubukan ulit maya-maya.

## The pay claim's questions
question-work_out_pay = Gusto ba ninyong kuwentahin kung magkano ang sahod na maaaring dapat ibayad sa inyo?
question-work_out_pay-hint = Mga anim na tanong pa ito. Magagamit ng abogado ang halagang makukuha.
question-work_began = Kailan kayo nagsimula sa trabahong ito?
question-work_began-hint = Sapat na ang buwan at taon.
question-work_ended = Kailan natapos ang trabahong ito?
question-work_ended-hint = Kung nagtatrabaho pa kayo roon, piliin iyon.
question-pay_promised = Magkanong sahod ang ipinangako sa inyo?
question-pay_promised-hint = Isulat ang halaga, at piliin kung ito ay para sa isang oras, isang araw, isang linggo o isang buwan.
question-pay_received = Magkanong sahod ang talagang natanggap ninyo, sa kabuuan?
question-pay_received-hint = Pagsamahin ang lahat ng perang natanggap ninyo para sa trabahong ito. Puwede ang hula.
question-deductions_total = Magkano ang kinaltas sa inyong sahod, sa kabuuan?
question-deductions_total-hint = Halimbawa, para sa tirahan, pagkain, bayarin, multa o isang “utang”. Puwede ang hula.
question-recruitment_fees_paid = Magkano ang ibinayad ninyo para makuha ang trabahong ito o ang biyahe?
question-recruitment_fees_paid-hint = Pagsamahin ang lahat ng bayad na ibinigay ninyo sa mga ahente o sa iba.
question-paid_to_someone_else = Ibinigay ba sa ibang tao ang inyong sahod, at hindi sa inyo?
question-paid_to_someone_else-hint = Halimbawa, sa isang ahente o sa isang amo.
answer-kind-month = Alam ko ang buwan
answer-still_working = Nagtatrabaho pa ako roon
answer-kind-amount = Alam ko ang halaga
input-month = Buwan
input-year = Taon
input-amount = Halaga
input-currency = Pera (currency)
input-per = Bawat
per-hour = bawat oras
per-day = bawat araw
per-week = bawat linggo
per-month = bawat buwan
answer-pay = { $amount } { $per }
error-month = Pumili ng buwan, at isulat ang taon sa apat na numero, tulad ng 2024.
error-amount = Isulat ang halaga sa numero, tulad ng 1200 o 1200.50.

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = I-save ang aking mga sagot
open-link = Buksan ang mga na-save na sagot

## Listen
listen = Pakinggan
listen-stop = Ihinto
about-listen-heading = Pagbasa nang malakas
about-listen-some = Binabasa nang malakas ng button na Pakinggan ang mga salita gamit ang boses na nasa device na ito. Hindi kailanman umaalis sa device ang mga salita. Kayang magbasa nang malakas ng device na ito sa: { $languages }.
about-listen-none = Walang boses sa device na ito para magbasa nang malakas, kaya walang button na Pakinggan. Boses lang na nasa device ang ginagamit ng tool, kaya hindi kailanman umaalis dito ang mga salita.

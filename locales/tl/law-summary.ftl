# Entitle: Tagalog (Filipino). The words of the pay claim on the results and of the case summary for a lawyer.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.

claim-heading = Sahod na maaaring dapat pang ibayad sa inyo
claim-lead-owed_against_minimum = Para sa { $months } { $months ->
        [one] buwan
       *[other] buwan
    } ng trabaho, ipinapakita ng inyong mga sagot na mga { $amount } ang dapat pang ibayad sa inyo, kung ihahambing sa legal na minimum wage.
claim-lead-owed_against_promise = Para sa { $months } { $months ->
        [one] buwan
       *[other] buwan
    } ng trabaho, ipinapakita ng inyong mga sagot na mga { $amount } ang dapat pang ibayad sa inyo, kung ihahambing sa ipinangako sa inyo.
claim-no-figure = Hindi namin makuwenta ang halaga mula sa inyong mga sagot. Sinasabi ng buod kung ano ang kulang.
claim-deadline-next = Ang unang taning na bukas pa ay matatapos sa { $date } ({ $route }).
claim-deadline-soon = Kumilos agad: may taning na matatapos sa { $date } ({ $route }).
claim-deadline-passed = Maaaring lumipas na ang ilang taning. Maaari pa ring makahanap ng paraan ang isang abogado.
summary-open = Tingnan ang buod para sa abogado
route-labour_inspectorate = mga labor inspector
route-labour_tribunal = labor court o tribunal
route-civil_court = korteng sibil
route-criminal_compensation = korteng kriminal
route-state_fund = pondo ng gobyerno para sa mga biktima ng krimen
summary-heading = Buod ng kaso para sa abogado o caseworker
summary-intro = Ginawa sa device na ito noong { $date } mula sa sariling mga sagot ng tao, ayon sa mga tuntunin { $code ->
        [GB] ng United Kingdom
        [US] ng Estados Unidos
        [NL] ng Netherlands
        [PH] ng Pilipinas
        [ZZ] ng internasyonal na batas
       *[other] ng { $country }
    }. Mga palatandaan ang ipinapakita nito, hindi mga pasya.
summary-chronology = Ang nangyari
stage-recruitment = Pagre-recruit
stage-journey = Ang biyahe
stage-work = Ang trabaho
stage-leaving_and_now = Ang pag-alis, at ngayon
summary-signs = Mga palatandaan sa mga sagot, at ang kanilang mga legal na elemento
summary-no-signs = Walang palatandaang ipinapakita ang mga sagot.
presence-present = mayroon
presence-absent = wala
presence-unknown = hindi alam
element-act = Isang gawain: pagre-recruit, paglilipat, pagpapasa o paghawak sa tao
element-means = Isang paraan: banta, puwersa, panlilinlang o pang-aabuso ng kapangyarihan
element-purpose = Isang layunin: pananamantala (exploitation)
element-child = Wala pang 18 taong gulang ang tao
element-under_18 = Wala pa o maaaring wala pang 18 taong gulang ang tao
element-menace_of_penalty = Banta ng pinsala o parusa
element-involuntary = Trabahong hindi kusang-loob na ibinigay
element-coercion = Pamimilit (coercion)
element-cannot_change_situation = Hindi mabago ang sitwasyon
element-lives_at_workplace = Nakatira kung saan ipinasya ng employer
element-wages_withheld = Pinipigil na sahod
element-pay_below_promise = Sahod na mas mababa sa ipinangako
element-large_deductions = Malalaking halagang kinaltas sa sahod
element-excessive_hours = Napakahabang oras ng trabaho
element-recruitment_fees = Bayad para sa trabaho (recruitment fees)
element-smuggled = Ipinatawid ng ibang tao sa border nang iregular
element-fear_of_return = Takot na bumalik
element-protected_reason = Isang dahilang pinoprotektahan ng batas para sa mga refugee
element-documents_kept = Pasaporte o ID na hawak ng ibang tao
element-unsafe_or_degrading = Delikadong trabaho o nakakababang kalagayan ng tirahan
element-violence_at_work = Karahasan sa trabaho
element-harmed_or_held = Sinaktan o ikinulong sa biyahe
summary-indicators = Mga indicator ng ILO ng sapilitang paggawa (forced labour), at ang mga dimensyon ng ILO–EU
summary-no-indicators = Wala sa mga indicator ng ILO ang ipinapakita ng mga sagot.
indicator-ilo-fl-abuse_of_vulnerability = Pang-aabuso sa kahinaan ng tao (abuse of vulnerability)
indicator-ilo-fl-deception = Panlilinlang (deception)
indicator-ilo-fl-restriction_of_movement = Paghihigpit sa paggalaw (restriction of movement)
indicator-ilo-fl-isolation = Paghihiwalay sa iba (isolation)
indicator-ilo-fl-physical_and_sexual_violence = Pisikal at sekswal na karahasan (physical and sexual violence)
indicator-ilo-fl-intimidation_and_threats = Pananakot at pagbabanta (intimidation and threats)
indicator-ilo-fl-retention_of_identity_documents = Pagtatago ng mga dokumento ng pagkakakilanlan (retention of identity documents)
indicator-ilo-fl-withholding_of_wages = Pagpigil sa sahod (withholding of wages)
indicator-ilo-fl-debt_bondage = Pagkakatali sa utang (debt bondage)
indicator-ilo-fl-abusive_working_and_living_conditions = Mapang-abusong kalagayan sa trabaho at tirahan (abusive working and living conditions)
indicator-ilo-fl-excessive_overtime = Sobra-sobrang overtime (excessive overtime)
summary-dimension = Dimensyon
summary-strong-medium-weak = Mga indicator: malakas / katamtaman / mahina
summary-positive = Positibo
dimension-deceptive_recruitment = Mapanlinlang na pagre-recruit
dimension-coercive_recruitment = Mapamilit na pagre-recruit
dimension-recruitment_by_abuse_of_vulnerability = Pagre-recruit sa pamamagitan ng pang-aabuso sa kahinaan ng tao
dimension-exploitative_conditions_of_work = Mapagsamantalang kalagayan sa trabaho
dimension-coercion_at_destination = Pamimilit sa lugar na pinuntahan
dimension-abuse_of_vulnerability_at_destination = Pang-aabuso sa kahinaan ng tao sa lugar na pinuntahan
summary-protections = Mga proteksyong maaaring tugma, at ang kanilang legal na batayan
summary-english-copy = Kopya sa Ingles para sa abogado
summary-claim = Ang paghahabol ng sahod, kasama ang kuwenta
summary-claim-period = Mula { $began } hanggang { $ended }: { $months } { $months ->
        [one] buwan
       *[other] buwan
    }.
summary-claim-period-ongoing = Mula { $began }, at patuloy pa ang trabaho: { $months } { $months ->
        [one] buwan
       *[other] buwan
    } sa ngayon.
figure-owed_against_promise = Dapat pang ibayad, batay sa ipinangako
figure-owed_against_minimum = Dapat pang ibayad, batay sa legal na minimum wage
figure-arrears_at_current_rate = Pareho, binilang sa minimum ngayon
figure-overtime_at_minimum = Dagdag na overtime, sa minimum
figure-liquidated_damages = Katumbas na halaga ulit (liquidated damages)
figure-restitution_at_least = Ang pinakamababang iuutos ng korteng kriminal
working-step = Hakbang
working-formula = Kuwenta
working-amount = Halaga
working-value = Halagang ginamit, at ang pinagmulan nito
working-value-from = Umiiral mula { $date }.
value-verified = Nasuri sa opisyal na teksto.
step-promised_for_months = Ang ipinangakong sahod para sa mga buwang pinagtrabahuhan
step-months_at_rate = Ang minimum na umiiral sa unang araw ng bawat buwan
step-sum = Pinagsama
step-less_received = Bawas ang natanggap
step-overtime_premium = Ang dagdag-bayad sa overtime
step-arrears_at_current_rate = Binilang sa rate ngayon
step-liquidated_damages_equal = Hindi ibinayad na minimum at overtime, dapat ibayad ulit
step-restitution_greater_of_gain_or_minimum = Ang halaga ng trabaho sa minimum at overtime; mas malaki kung mas malaki ang kinita ng nagkasala
summary-not-counted = Ang hindi mabilang ng mga halaga
formula-hour = { $count } oras
formula-day = { $count } araw
formula-week = { $count } linggo
formula-month = { $count } buwan
not-counted-period = Hindi alam ang mga buwang pinagtrabahuhan, kaya walang nabilang.
not-counted-promise = Hindi alam ang ipinangakong sahod.
not-counted-received = Hindi alam ang natanggap, kaya walang ibinawas.
not-counted-hours = Hindi alam ang mga oras o araw na pinagtrabahuhan.
not-counted-age = Hindi alam ang edad, kaya ang rate para sa adult ang ginamit.
not-counted-no_minimum_wage = Wala kaming hawak na legal na minimum wage para sa bansang ito.
not-counted-months_before_first_rate = May mga buwang nauna sa unang minimum rate na hawak namin, o walang rate noon para sa edad na iyon.
not-counted-other_currency = May sahod na ibang pera (currency) ang gamit, kaya hindi ito ibinawas.
not-counted-deductions = May perang kinaltas sa sahod. Wala kaming hawak na tuntunin kung alin dito ang labag sa batas: masusuri ito ng isang abogado.
not-counted-recruitment_fees = May ibinayad para sa trabaho. Wala kaming hawak na tuntunin dito na nagbibilang nito: masusuri ito ng isang abogado.
not-counted-later_rate_missing = Nagtatakda ang batas ng bagong minimum na sahod sa regular na iskedyul, at maaaring napalitan na ang huling rate na hawak namin bago natapos ang trabaho. Maaaring mas malaki ang utang sa iyo para sa mga huling buwan: masusuri ng isang abogado ang opisyal na rate.
summary-caveats = Ang dapat malaman ng abogado tungkol sa mga halagang ito
summary-deadlines = Mga taning para maghabol
summary-no-deadlines = Wala kaming hawak na taning para sa bansang ito.
deadline-length = { $months } { $months ->
        [one] buwan
       *[other] buwan
    } mula { $from }.
runs-from-last_payment = sa huling kulang na bayad
runs-from-end_of_work = sa pagtatapos ng trabaho
runs-from-end_of_exploitation = sa pagtatapos ng pananamantala
runs-from-offence = sa krimen
runs-from-final_judgment = sa pinal na hatol sa kasong kriminal
runs-from-end_of_year = sa katapusan ng taon kung kailan dapat naibayad ang sahod
deadline-not_started = Hindi pa ito nagsisimula: patuloy pa ang trabaho.
deadline-open = Kung bibilangin mula sa katapusan ng buwan kung kailan natapos ang trabaho, matatapos ito sa { $date }.
deadline-soon = Kung bibilangin mula sa katapusan ng buwan kung kailan natapos ang trabaho, malapit na itong matapos, sa { $date }.
deadline-passed = Kung bibilangin mula sa katapusan ng buwan kung kailan natapos ang trabaho, natapos ito noong { $date }. Maaaring may alam na eksepsyon ang isang abogado.
deadline-unknown = Hindi alam kung kailan natapos ang trabaho.
deadline-after_judgment = Binibilang ito mula sa isang pasya ng korte na hindi namin alam ang petsa.

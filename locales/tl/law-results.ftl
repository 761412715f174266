# Entitle: the results page's words (tl), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Results
results-heading = Ang ipinapakita ng inyong mga sagot
results-meta = Batay sa mga tuntunin { $code ->
        [GB] sa United Kingdom
        [US] sa Estados Unidos
        [NL] sa Netherlands
        [PH] sa Pilipinas
        [ZZ] ng internasyonal na batas
       *[other] sa { $country }
    } noong { $date }.
danger-call = Pindutin para tawagan ang emergency number. Puwede kayong tumawag kahit wala kayong papeles.
next-steps-heading = Ang puwede ninyong gawin ngayon
next-step-why = Dahilan: { $why }.
next-step-call_child_helpline = Tumawag sa hotline para sa mga bata
next-step-call_child_helpline-say = Puwede ninyong sabihin: “Wala pa akong 18 taong gulang at kailangan ko ng tulong.”
next-step-call_trafficking_helpline = Tumawag sa hotline para sa mga taong pinagsasamantalahan
next-step-call_trafficking_helpline-say = Matutulungan nila kayong makahanap ng suporta. Puwede ninyong sabihin: “Sa tingin ko, pinagsasamantalahan ako at kailangan ko ng tulong.”
next-step-ask_for_protection = Magtanong tungkol sa proteksyon, para hindi kayo maibalik sa panganib
next-step-ask_for_protection-say = Puwede ninyong sabihin: “Natatakot akong bumalik sa aking bansa.”
next-step-claim_unpaid_pay = Magtanong sa mga labor inspector tungkol sa sahod na hindi ibinayad
next-step-claim_unpaid_pay-say = Puwede ninyong sabihin: “Hindi ibinayad ng aking employer ang dapat kong matanggap.”
next-step-call_exploitation_helpline = Tumawag sa hotline para sa mga manggagawang hindi makatarungang tinatrato
next-step-call_exploitation_helpline-say = Puwede ninyong sabihin: “Masama ang trato sa akin sa trabaho at kailangan ko ng payo.”
next-step-get_legal_advice = Kumuha ng libreng payong legal tungkol sa inyong mga karapatan
next-step-get_legal_advice-say = Puwede ninyong sabihin: “Kailangan ko ng payo tungkol sa aking mga karapatan at papeles.”
danger-local-number = Tawagan ang lokal na emergency number ng bansang kinaroroonan ninyo.
call-number = Tumawag sa { $number }
text-number = Mag-text sa { $number }
results-signs-heading = Mga palatandaan sa inyong mga sagot
results-signs-intro = Mga palatandaan lang ito. Hindi ito pasya tungkol sa inyo.
results-not-found = Mga palatandaang hindi namin nakita
results-needs-heading = Ang maaaring kailangan ninyo ngayon
results-protections-heading = Mga karapatang maaaring para sa inyo
results-protections-none = Wala kaming nakitang proteksyon dito na tugma sa inyong mga sagot. Matutulungan pa rin kayo ng mga serbisyo sa ibaba.
results-protections-not = Mga karapatang hindi tugma sa inyong mga sagot
rights-time_to_recover = Panahon para magpahinga at gumaling
rights-permission_to_stay = Pahintulot na manatili
rights-money_owed = Perang dapat ibayad sa inyo, at bayad-pinsala (compensation)
rights-no_punishment = Walang parusa sa mga ipinilit sa inyong gawin
rights-no_sending_back = Hindi pagpapabalik sa panganib
rights-going_home = Ligtas na pag-uwi
rights-childrens_rights = Mga karapatan ng bata
rights-support_and_advice = Tulong, suporta at payo
rights-rules = { $count ->
        [one] Ang buong teksto ng { $count } tuntunin
       *[other] Ang buong teksto ng { $count } tuntunin
    }
results-help-heading = Kung saan makakakuha ng tulong
results-limits-heading = Ang hindi nito masasabi sa inyo
results-limits-body = Ipinapakita lang nito ang itinuturo ng inyong mga sagot. Nagbabago ang mga tuntunin, at hindi namin naitanong ang lahat. Makipag-usap sa isang abogado o sa isang grupong tumutulong bago kayo kumilos.
results-print = I-print o i-save bilang PDF
start-again = Magsimula ulit at kalimutan ang aking mga sagot
because-heading = Bakit namin ito sinasabi
missing-heading = Maaaring magbago ang resulta kung sasagutin ninyo ito
sources-heading = Mga legal na pinagmulan
source-line = { $instrument }, artikulo { $article } (mula { $from })
source-secondary = Sa pangalawang pinagmulan (secondary source) lang nasuri.
source-unverified = Hindi pa naihahambing sa opisyal na teksto.
delphi-met = Isang pangalawang pagsusuri, ang mga indicator ng ILO at ng European Commission, ay nagtuturo rin sa human trafficking.
delphi-not-met = Isang pangalawang pagsusuri, ang mga indicator ng ILO at ng European Commission, ay hindi nagtuturo sa human trafficking batay sa mga sagot na ito.
delphi-not-applicable = Hindi magamit sa mga sagot na ito ang pangalawang pagsusuri, ang mga indicator ng ILO at ng European Commission.

## Findings: a title and one sentence for each level
finding-trafficking-title = Human trafficking
finding-trafficking-strong = Nagpapakita ang inyong mga sagot ng malalakas na palatandaan ng human trafficking.
finding-trafficking-some = Nagpapakita ang inyong mga sagot ng ilang palatandaan ng human trafficking.
finding-trafficking-none_found = Hindi nagpapakita ang inyong mga sagot ng mga palatandaan ng human trafficking.
finding-trafficking-not_enough_information = Hindi pa sapat ang alam namin para masabi kung may mga palatandaan ng human trafficking.
finding-forced_labour-title = Sapilitang trabaho
finding-forced_labour-strong = Nagpapakita ang inyong mga sagot ng malalakas na palatandaan ng sapilitang trabaho.
finding-forced_labour-some = Nagpapakita ang inyong mga sagot ng ilang palatandaan ng sapilitang trabaho.
finding-forced_labour-none_found = Hindi nagpapakita ang inyong mga sagot ng mga palatandaan ng sapilitang trabaho.
finding-forced_labour-not_enough_information = Hindi pa sapat ang alam namin para masabi kung may mga palatandaan ng sapilitang trabaho.
finding-servitude-title = Pagkabusabos (servitude)
finding-servitude-strong = Nagpapakita ang inyong mga sagot ng malalakas na palatandaan ng pagkabusabos: ang mapilitang magtrabaho at mamuhay sa ilalim ng kontrol ng ibang tao.
finding-servitude-some = Nagpapakita ang inyong mga sagot ng ilang palatandaan ng pagkabusabos: ang mapilitang magtrabaho at mamuhay sa ilalim ng kontrol ng ibang tao.
finding-servitude-none_found = Hindi nagpapakita ang inyong mga sagot ng mga palatandaan ng pagkabusabos.
finding-servitude-not_enough_information = Hindi pa sapat ang alam namin para masabi kung may mga palatandaan ng pagkabusabos.
finding-labour_exploitation-title = Hindi makatarungan o mapang-abusong trabaho
finding-labour_exploitation-strong = Nagpapakita ang inyong mga sagot ng malalakas na palatandaan ng hindi makatarungan o mapang-abusong trabaho.
finding-labour_exploitation-some = Nagpapakita ang inyong mga sagot ng ilang palatandaan ng hindi makatarungan o mapang-abusong trabaho.
finding-labour_exploitation-none_found = Hindi nagpapakita ang inyong mga sagot ng mga palatandaan ng hindi makatarungan o mapang-abusong trabaho.
finding-labour_exploitation-not_enough_information = Hindi pa sapat ang alam namin para masabi kung may mga palatandaan ng hindi makatarungan o mapang-abusong trabaho.
finding-smuggling_abuse-title = Pananakit sa biyahe
finding-smuggling_abuse-strong = Nagpapakita ang inyong mga sagot ng malalakas na palatandaan na sinaktan kayo ng mga taong nagdala sa inyo.
finding-smuggling_abuse-some = Nagpapakita ang inyong mga sagot ng ilang palatandaan na sinaktan kayo ng mga taong nagdala sa inyo.
finding-smuggling_abuse-none_found = Hindi nagpapakita ang inyong mga sagot ng mga palatandaan ng pananakit sa biyahe.
finding-smuggling_abuse-not_enough_information = Hindi pa sapat ang alam namin para masabi kung sinaktan kayo sa biyahe.
finding-international_protection-title = Panganib kung babalik kayo
finding-international_protection-strong = Nagpapakita ang inyong mga sagot ng malalakas na palatandaan na maaaring kailangan ninyo ng proteksyon para hindi kayo pabalikin.
finding-international_protection-some = Nagpapakita ang inyong mga sagot ng ilang palatandaan na maaaring kailangan ninyo ng proteksyon para hindi kayo pabalikin.
finding-international_protection-none_found = Hindi nagpapakita ang inyong mga sagot ng takot na bumalik.
finding-international_protection-not_enough_information = Hindi pa sapat ang alam namin para masabi kung kailangan ninyo ng proteksyon para hindi kayo pabalikin.
finding-possible_child-title = Mga karapatan ng bata
finding-possible_child-strong = Ayon sa inyong mga sagot, wala pa kayong 18 taong gulang. May dagdag na karapatan ang mga bata.
finding-possible_child-some = Maaaring wala pa kayong 18, o wala pa kayong 18 nang magsimula ito. Hangga't hindi alam ang inyong edad, dapat kayong ituring na bata.
finding-possible_child-none_found = Ayon sa inyong mga sagot, 18 taong gulang na kayo o higit pa.
finding-possible_child-not_enough_information = Hindi pa namin alam ang inyong edad. May dagdag na karapatan ang mga bata.
finding-possible_child-not_enough_information-when_it_began = Hindi pa namin alam kung wala pa kayong 18 nang magsimula ito. Kung ganoon nga, maaari pa rin kayong matulungan ng mga karapatan ng bata.

## Needs
need-immediate_safety = Kaligtasan ngayon mismo
need-medical_care = Doktor o gamutan
need-safe_housing = Ligtas na matutuluyan
need-interpretation = Tagasalin (interpreter) ng inyong wika
need-legal_advice = Payo mula sa abogado
need-children = Tulong para sa mga bata
need-going_home = Ligtas na pag-uwi
need-fear_of_return = Proteksyon para hindi kayo pabalikin
need-unpaid_wages = Pagkuha ng sahod na dapat ibayad sa inyo

## Protections: status, conditions and facts
status-applies = Sakop kayo nito dahil sa mga pangyayari. Hindi na ito kailangang pagpasyahan ng sinuman.
status-may_apply = Maaaring sakop kayo nito. Isang awtoridad ang magpapasya.
status-needs_information = Maaaring sakop kayo nito. Kailangan namin ng mas maraming sagot para malaman.
status-does_not_apply = Hindi ito tugma sa inyong mga sagot.
protection-conditions = Ang kailangan nito
protection-requires = Ang dapat mangyari muna
condition-any-of = Sapat na ang isa sa mga ito:
protection-outside-scope = Para ito sa mga taong may palatandaan sa kanilang mga sagot ng: { $signs }. Wala pang ganitong palatandaan sa inyong mga sagot. Nandito ito dahil maaari nitong matugunan ang isang pangangailangang sinabi ninyo sa amin.
requires-positive_reasonable_grounds_decision = Magpapasya ang awtoridad na kumikilala sa mga biktima na may makatwirang batayan para paniwalaang kayo ay na-traffic o pinagsamantalahan.
requires-positive_conclusive_grounds_decision = Gagawa ang awtoridad na kumikilala sa mga biktima ng huling pasya na kayo ay na-traffic o pinagsamantalahan.
requires-law_enforcement_request = Hihilingin ito para sa inyo ng pulis o ng ibang ahensyang nagpapatupad ng batas.
protection-values = Gaano katagal o gaano kalaki
protection-decided-by = Sino ang nagpapasya
protection-how-to-ask = Paano ito hihingin
protection-cooperation = Kailangan ba ninyong tumulong sa pulis?
protection-unknown = Hindi pa alam
protection-unverified = Hindi pa naihahambing ang tuntuning ito sa opisyal na teksto.
cooperation-required = Oo, kailangan dito na tumulong kayo sa pulis o sa mga piskal (prosecutor).
cooperation-not-required = Hindi.
condition-met = (oo)
condition-not-met = (hindi)
condition-unknown = (hindi alam)
condition-not_a_national = Hindi kayo mamamayan ng bansang ito
condition-third_country_national = Hindi kayo mamamayan ng isang bansa sa EU o EEA o ng Switzerland
condition-irregular_status = Wala kayong papeles para manatili ngayon
condition-child = Wala pa kayong 18 taong gulang, o maaaring wala pa
condition-adult = 18 taong gulang na kayo o higit pa
condition-cooperation = Handa kayong tumulong sa pulis
condition-reported_to_police = Nagsumbong na kayo sa pulis
condition-fear_of_return = Natatakot kayong bumalik
condition-wants_to_go_home = Gusto ninyong umuwi
condition-made_to_break_law = Pinilit kayong lumabag sa batas
condition-smuggled = Ipinasok kayo ng mga smuggler (nagpupuslit ng tao)
condition-owed_wages = May sahod na dapat ibayad sa inyo
condition-no_longer_there = Hindi na kayo kasama ng mga taong nagsamantala sa inyo
condition-particularly_exploitative = Delikado ang inyong trabaho, nakasira sa inyong kalusugan o dignidad, o sobra-sobra ang oras
condition-unable_to_cooperate = Dahil sa trauma, sakit o matinding panganib, napakahirap para sa inyo na tumulong sa pulis (ang awtoridad ang magpapasya nito)
decider-no_decision = Wala: galing ito mismo sa batas.
decider-competent_authority = Ang opisinang nagpapasya kung sino ang biktima ng human trafficking.
decider-immigration_authority = Ang opisina ng immigration.
decider-police = Ang pulis.
decider-prosecutor = Ang piskal (prosecutor).
decider-court = Isang korte.
decider-labour_inspectorate = Ang mga labor inspector.
decider-child_protection = Ang mga serbisyo para sa proteksyon ng bata.
decider-asylum_authority = Ang opisina ng asylum.
decider-support_provider = Isang organisasyong tumutulong.
referrer-self_ = Puwede ninyo itong hingin mismo, mas mabuti kung may tulong ng abogado.
referrer-first_responder = Kailangang i-refer kayo ng isang first responder: ang pulis o isang itinalagang organisasyong tumutulong.
referrer-police = Ang pulis ang dapat humingi nito.
referrer-prosecutor = Ang piskal ang dapat humingi nito.
referrer-prosecutor_or_labour_inspectorate = Ang piskal o ang mga labor inspector ang dapat humingi nito.
referrer-ngo = Matutulungan kayo ng isang organisasyong tumutulong na humingi nito.
referrer-lawyer = Matutulungan kayo ng isang abogado na humingi nito.
referrer-nobody = Hindi na ninyo kailangang humingi.
value-amount_minor = Halaga: { $value } { $currency }
value-annual_cap = Limitasyon bawat taon: { $value ->
        [one] { $value } tao
       *[other] { $value } tao
    }
value-days = { $value ->
        [one] { $value } araw
       *[other] { $value } araw
    }
value-food_allowance_amount_minor = Allowance sa pagkain: { $value } { $currency }
value-housing_allowance_amount_minor = Allowance sa tirahan: { $value } { $currency }
value-initial_months = Unang panahon: { $value ->
        [one] { $value } buwan
       *[other] { $value } buwan
    }
value-initial_years = Unang panahon: { $value ->
        [one] { $value } taon
       *[other] { $value } taon
    }
value-limitation_years = Taning para maghabol: { $value ->
        [one] { $value } taon
       *[other] { $value } taon
    }
value-max_days = Hanggang { $value ->
        [one] { $value } araw
       *[other] { $value } araw
    }
value-max_months = Hanggang { $value ->
        [one] { $value } buwan
       *[other] { $value } buwan
    }
value-max_years = Hanggang { $value ->
        [one] { $value } taon
       *[other] { $value } taon
    }
value-min_days = Hindi bababa sa { $value ->
        [one] { $value } araw
       *[other] { $value } araw
    }
value-min_hourly_wage = Pinakamababang sahod bawat oras: { $value } { $currency }
value-min_months = Hindi bababa sa { $value ->
        [one] { $value } buwan
       *[other] { $value } buwan
    }
value-months = { $value ->
        [one] { $value } buwan
       *[other] { $value } buwan
    }
value-notice_months = Abisong dapat ibigay: { $value ->
        [one] { $value } buwan
       *[other] { $value } buwan
    }
value-notice_months_after_two_years = Abiso pagkatapos ng dalawang taon sa trabaho: { $value ->
        [one] { $value } buwan
       *[other] { $value } buwan
    }
value-presumed_min_months = Ituturing na tumagal ang inyong trabaho nang hindi bababa sa { $value ->
        [one] { $value } buwan
       *[other] { $value } buwan
    }
value-renewal_months = Pag-renew: { $value ->
        [one] { $value } buwan
       *[other] { $value } buwan
    }
value-years = { $value ->
        [one] { $value } taon
       *[other] { $value } taon
    }
value-years_in_scheme = Pagkatapos ng { $value ->
        [one] { $value } taon
       *[other] { $value } taon
    }

## Help
help-kind-emergency = Emergency
help-kind-trafficking_helpline = Hotline laban sa human trafficking
help-kind-exploitation_helpline = Hotline para sa pang-aabuso sa trabaho
help-kind-labour_inspectorate = Mga labor inspector: mga reklamo tungkol sa trabaho at sahod
help-kind-legal_aid = Libreng tulong legal
help-kind-ngo = Organisasyong tumutulong
help-kind-asylum = Tulong sa asylum at sa mga refugee
help-kind-child_helpline = Hotline para sa mga bata
help-kind-international = Internasyonal na listahan ng mga contact
hours-always = Bukas araw at gabi, araw-araw.
hours-days = Bukas { $days }, { $opens } hanggang { $closes }.
days-mon_fri = Lunes hanggang Biyernes
days-mon_sat = Lunes hanggang Sabado
days-every_day = araw-araw
help-interpreters = May mga tagasalin para sa maraming wika.
help-languages = Mga wika: { $languages }
help-free = Libre.
help-checked = Sinuri ang mga detalye noong { $date }.
help-not-checked = Hindi pa nasusuri ang mga detalyeng ito.
help-more = Mga detalye
help-from-site = Mula sa { $name }, ang nagpapatakbo ng pahinang ito.
help-from-this-site = Mula sa organisasyong nagpapatakbo ng pahinang ito.
help-meets = Makakatulong sa: { $needs }

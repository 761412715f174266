# Entitle: Tagalog (Filipino). Messages for the legal data of the United Kingdom, the United States, Canada and Australia.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## United Kingdom
protection-gb-nrm_guidance-first_responders-nrm_referral = Mai-refer para sa opisyal na suporta
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = Puwedeng ipadala ng isang pulis, empleyado ng council o charity na tumutulong ang inyong mga detalye sa sistema ng suporta ng UK. Pagkatapos, masusuri ang inyong kaso at makakakuha kayo ng tulong.
caveat-first_responder_only_adults_consent = Hindi ninyo puwedeng i-refer ang inyong sarili. Ang pulis, isang council o isang aprubadong charity ang dapat gumawa nito. Kung adult na kayo, kailangan muna nila ang inyong pagpayag.
protection-gb-nrm_guidance-recovery-recovery_period = Panahon para magpahinga at gumaling, may suporta
protection-gb-nrm_guidance-recovery-recovery_period-gives = Maaari kayong mabigyan ng ligtas na matitirhan, gamutan, tagasalin (interpreter) at taong susuporta sa inyo habang sinusuri ang inyong kaso.
caveat-public_order_disqualification = Puwedeng tanggihan ng Home Office ang tulong na ito kung sa tingin nito ay panganib kayo sa publiko. Puwede rin itong tumanggi kung sa tingin nito ay hindi kayo naging tapat tungkol sa nangyari.
protection-gb-msa_2015-s_45_1-defence_for_adults = Depensa kung pinilit kayong lumabag sa batas
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = Kung pinilit kayong gumawa ng ilegal dahil kayo ay pinagsamantalahan, puwede ninyo itong sabihin sa korte. Maaari itong maging depensa laban sa kaso.
protection-gb-msa_2015-s_45_4-defence_for_children = Depensa para sa mga batang pinilit lumabag sa batas
protection-gb-msa_2015-s_45_4-defence_for_children-gives = Kung gumawa kayo ng ilegal dahil kayo ay pinagsasamantalahan, puwede ninyo itong sabihin sa korte, at maaari itong maging depensa. Hindi ninyo kailangang patunayan na pinilit kayo.
caveat-schedule_4_offences_excluded = Hindi sakop ng depensang ito ang ilang napakabigat na krimen, tulad ng pagpatay o malubhang marahas o sekswal na krimen. Sa England at Wales lang ito gumagana.
protection-gb-msa_2015-s_8-reparation_order = Bayad na iniutos mula sa taong nagsamantala sa inyo
protection-gb-msa_2015-s_8-reparation_order-gives = Puwedeng iutos ng korte na bayaran kayo ng taong nagsamantala sa inyo para sa pinsalang ginawa niya sa inyo.
caveat-needs_conviction_and_confiscation_order = Nangyayari lang ito kung ang tao ay mapatunayang nagkasala at kukunin ng korte ang pera mula sa kanya. Hindi kayo makakakuha ng higit sa kinuha ng korte.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = Pansamantalang pahintulot na manatili sa UK
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = Maaari kayong payagang manatili sa UK nang pansamantala. Maaaring ito ay para gumaling, para humingi ng pera para sa pinsalang ginawa sa inyo, o para tumulong sa pulis.
caveat-recovery_ground_paused = Sa ngayon, hindi nagpapasya ang Home Office sa mga kahilingang manatili para gumaling. Hindi rin ito nagpapasya sa anumang kahilingan ng taong may deportation order.

## United States
protection-us-t_rule_2002-s_214_11-t_status_adult = T visa para sa mga adult (lumang tuntunin)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = Puwede kayong humingi ng visa na nagpapahintulot sa inyong manirahan at magtrabaho sa US nang ilang taon. Sa ibang pagkakataon, maaari kayong mag-apply para manatili nang permanente.
caveat-trauma_exception_and_extreme_hardship = Kung dahil sa trauma ay napakahirap para sa inyo na tumulong sa pulis, maaaring hindi na ninyo ito kailangang gawin. Pero dapat ninyong patunayan na labis kayong mapipinsala kung aalis kayo sa US.
protection-us-t_rule_2002-s_214_11-t_status_child = T visa para sa mga bata (lumang tuntunin)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = Puwede kayong humingi ng visa na nagpapahintulot sa inyong manirahan, mag-aral at magtrabaho sa US nang ilang taon. Sa ibang pagkakataon, maaari kayong mag-apply para manatili nang permanente.
caveat-extreme_hardship_required = Dapat ninyong patunayan na kung paaalisin kayo sa US, magdudulot ito sa inyo ng napakalubhang pinsala.
protection-us-t_rule_2024-s_214_202-t_status_adult = T visa para sa mga adult
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = Puwede kayong humingi ng visa na nagpapahintulot sa inyong manirahan at magtrabaho sa US nang ilang taon. Sa ibang pagkakataon, maaari kayong mag-apply para manatili nang permanente.
protection-us-t_rule_2024-s_214_202-t_status_child = T visa para sa mga bata
protection-us-t_rule_2024-s_214_202-t_status_child-gives = Puwede kayong humingi ng visa na nagpapahintulot sa inyong manirahan, mag-aral at magtrabaho sa US nang ilang taon. Sa ibang pagkakataon, maaari kayong mag-apply para manatili nang permanente.
protection-us-tvpa_2000-s_107_c_3-continued_presence = Pahintulot na manatili habang may kaso sa pulis
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = Maaari kayong payagang manatili sa US at magtrabaho nang legal habang iniimbestigahan ang krimen laban sa inyo.
caveat-requested_by_law_enforcement_only = Hindi ninyo ito puwedeng hingin mismo. Ang pulis o ibang opisinang nagpapatupad ng batas lang ang puwedeng humingi nito para sa inyo.
protection-us-ina-s_101_a_15_u-u_status = U visa para sa mga taong napinsala ng malubhang krimen
protection-us-ina-s_101_a_15_u-u_status-gives = Puwede kayong humingi ng visa na nagpapahintulot sa inyong manirahan at magtrabaho sa US nang ilang taon. Sa ibang pagkakataon, maaari kayong mag-apply para manatili nang permanente.
caveat-certification_and_substantial_abuse_required = Kailangan ninyo ng pinirmahang form mula sa pulis o ibang ahensya na nagsasabing tumulong kayo sa kanila. Dapat din ninyong patunayan na labis kayong sinaktan ng krimen, sa katawan o isip.
protection-us-usc_18-s_1593-mandatory_restitution = Bayad na iniutos ng korte para sa nawala sa inyo
protection-us-usc_18-s_1593-mandatory_restitution-gives = Puwedeng iutos ng korte na bayaran kayo ng taong nagsamantala sa inyo para sa inyong mga nawala, kasama ang sahod na dapat sana ay ibinayad sa inyo.
caveat-only_on_conviction = Makukuha lang ninyo ang perang ito kung ang tao ay mapatunayang nagkasala sa korteng kriminal.
protection-us-usc_18-s_1595-civil_action = Humingi sa korte ng pera para sa pinsala
protection-us-usc_18-s_1595-civil_action-gives = Puwede kayong magsampa ng sarili ninyong kaso sa korte para humingi ng pera mula sa taong nagsamantala sa inyo. Puwede rin ninyong habulin ang sinumang sadyang kumita mula rito.
caveat-stayed_during_criminal_case = Kung may kasong kriminal tungkol sa parehong krimen, kailangang maghintay ang inyong sariling kaso hanggang matapos ang kasong iyon.
protection-us-flsa-s_16_b-back_wages = Makuha muli ang sahod na hindi ibinayad
protection-us-flsa-s_16_b-back_wages-gives = Puwede ninyong hingin na bayaran kayo ng minimum wage at overtime na dapat ibayad sa inyo, at ng parehong halaga pa bilang dagdag na pera.
caveat-any_immigration_status = Sabi ng gobyerno, gumagana ito kahit wala kayong papeles. Pero may ilang korte na naglilimita sa ibang klase ng nawalang sahod para sa mga manggagawang walang papeles.

## Canada
protection-ca-irpa-s_24-vtip_trp_until_2025 = Permit na manatili sa Canada (lumang tuntunin)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = Puwede kayong humingi ng permit para manatili nang legal sa Canada nang pansamantala. Sa ganoon, makakapagpahinga kayo, makakagaling at makakapagpasya kung ano ang susunod na gagawin.
protection-ca-irpa-s_24-vtip_trp = Permit na manatili sa Canada
protection-ca-irpa-s_24-vtip_trp-gives = Puwede kayong humingi ng permit para manatili nang legal sa Canada, para maging ligtas kayo, gumaling at makapagplano kung ano ang susunod na gagawin.
protection-ca-ircc_vtip-subsequent_trp-further_permit = Bagong permit para patuloy na manatili
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = Kapag matatapos na ang inyong permit, puwede kayong humingi ng bago para mas matagal kayong makapanatili sa Canada.
caveat-later_permits_refused_after_criminal_case = Sabi ng mga tuntunin, hindi ninyo kailangang tumulong sa pulis. Pero may ilang taong tinanggihan sa bagong permit pagkatapos ng kasong kriminal.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = Gamutan habang hawak ninyo ang permit
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = Maaari kayong makakuha ng gamutan at counselling na babayaran ng gobyerno.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = Permit para magtrabaho sa Canada
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = Puwede kayong humingi ng permit na nagpapahintulot sa inyong magtrabaho nang legal sa Canada, para ligtas kayong kumita ng pera.

## Australia
protection-au-stpp-intensive_support_stream-support = Suporta sa tirahan, kalusugan at payo
protection-au-stpp-intensive_support_stream-support-gives = Maaari kayong mabigyan ng ligtas na matitirhan, gamutan, counselling at tagasalin. Maaari rin kayong makakuha ng payo tungkol sa batas at sa visa, at ng isang support worker na tutulong sa inyo.
caveat-afp_referral_required = Makukuha lang ninyo ang suportang ito kung i-refer kayo para rito ng Australian Federal Police.
protection-au-stpp-additional_referral_pathway-referral_without_police = Makakuha ng tulong nang hindi dumadaan sa pulis
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = Puwede kayong makipag-usap sa isang serbisyong tumutulong tungkol sa pananatiling ligtas at makakuha ng libreng payong legal. Matutulungan nila kayong makasali sa programa ng suporta nang hindi dumadaan sa pulis.
caveat-under_16_without_guardian_referred_to_child_protection = Kung wala pa kayong 16 at walang ligtas na adult na nag-aalaga sa inyo, dapat kayong ipadala ng serbisyo sa child protection at sa pulis sa halip.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = Makakuha ng tulong nang hindi dumadaan sa pulis (karugtong)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = Puwede kayong makipag-usap sa isang serbisyong tumutulong tungkol sa pananatiling ligtas at makakuha ng libreng payong legal. Matutulungan nila kayong makasali sa programa ng suporta nang hindi dumadaan sa pulis.
caveat-extension_end_date_unknown = Pinahaba ang paraang ito ng pagkuha ng tulong, pero hindi namin alam kung kailan ito matatapos, kaya alamin kung bukas pa ito.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = Maikling visa para magpahinga at gumaling
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = Maaari kayong mabigyan ng maikling visa para makapanatili nang legal sa Australia habang nagpapahinga kayo, gumagaling at nag-iisip kung ano ang susunod na gagawin.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = Permanenteng visa para manatili sa Australia
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = Maaari kayong makapanatili sa Australia nang permanente at bumuo ng inyong buhay rito.
caveat-certificate_of_contribution_required = Kailangan ninyo ng papel mula sa gobyerno na nagsasabing nakatulong na kayo sa isang kaso ng pulis o paglilitis; hindi sapat na handa lang kayong tumulong.

## Names of legal sources
instrument-gb-msa_2015 = UK Modern Slavery Act 2015
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009)
instrument-us-ina = US Immigration and Nationality Act of 1952
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007)
instrument-us-flsa = US Fair Labor Standards Act of 1938
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006)
instrument-au-stpp = Australian Support for Trafficked People Program (2004)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australia)
instrument-ca-clc = Canada Labour Code (1985)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015
instrument-gb-era_1996 = Employment Rights Act 1996
instrument-gb-limitation_act_1980 = Limitation Act 1980
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947
caveat-above_compulsory_school_age = Nagsisimula lang ang rate na ito kapag tapos na ang kabataan sa sapilitang pag-aaral (compulsory school), hindi sa mismong ika-16 na kaarawan niya.
caveat-apprentice_rate_conditions = Hindi isinama ang mas mababang rate para sa mga apprentice. Para lang ito sa mga apprentice na wala pang 19, o nasa unang taon nila. Ang lahat ng iba ay binabayaran ng rate para sa kanilang edad.
caveat-au_awards_set_higher_minima = Karamihan sa mga manggagawa ay may award o kasunduan na may mas mataas na minimum, kaya madalas na mas malaki ang dapat ibayad sa kanila. May sariling rate ang mga manggagawang wala pang 21 at ang mga apprentice, na hindi binilang dito.
caveat-au_state_victims_schemes_vary = Bawat state at territory ay may sariling bayad para sa mga biktima ng krimen, na may sariling taning. Wala sa mga ito ang binilang dito.
caveat-ca_federal_complaint_24_month_cap = Para lang ang reklamong ito sa mga trabahong sakop ng federal na batas. Ang sahod lang ng 24 na buwan bago kayo magreklamo ang puwedeng mabawi. Ang ibang manggagawa ay nagrereklamo sa ilalim ng batas ng kanilang probinsya.
caveat-ca_federal_sectors_only = Ang federal na rate na ito ay para lang sa mga trabaho sa mga federal na sektor, tulad ng bangko, airline at transportasyon sa pagitan ng mga probinsya. Karamihan sa mga manggagawa ay may rate ng kanilang probinsya. Kung mas mataas iyon, iyon ang dapat ibayad.
caveat-ca_overtime_daily_limit_and_exemptions = Dapat ding bayaran ang overtime kapag higit sa 8 oras sa isang araw. Iba ang tuntunin para sa mga manager at sa ilang trabaho.
caveat-cics_exceptions_and_crime_of_violence = Nagbabayad lang ang scheme na ito para sa pinsala mula sa marahas na krimen sa Great Britain. Iba ang taning para sa pang-aabuso noong bata pa. Puwedeng tanggapin ang nahuling paghahabol sa mga espesyal na kaso.
caveat-counts_back_from_notice = Binibilang ang anim na taon pabalik mula sa araw na ipinadala ng opisyal ang abiso, hindi mula sa araw ng inyong reklamo. Kaya kapag mabagal ang awtoridad, lumiliit ang mababawi.
caveat-each_payment_separately = Bawat araw ng sahod na kulang ang ibinayad ay may sariling anim na taon, kaya ang pinakalumang mga buwan ang unang napapaso.
caveat-early_conciliation_and_two_year_backstop = Humahaba ang tatlong buwan habang dumadaan kayo sa early conciliation (ACAS). Pero ang tribunal ay puwedeng magbigay lang ng kinuha sa inyo sa loob ng dalawang taon bago kayo naghabol.
caveat-good_faith_may_reduce = Puwedeng bawasan o tanggihan ng korte ang dagdag na halaga kung mapapatunayan ng employer na kumilos ito nang may mabuting loob (good faith).
caveat-live_in_domestic_workers_exempt = Ang domestic worker na nakatira sa bahay ng employer ay hindi binabayaran ng overtime. Dapat pa rin siyang bayaran ng minimum para sa bawat oras. Hindi ito umiiral kapag ahensya ang employer niya.
caveat-nmw_exclusions = May ilang taong walang minimum wage, halimbawa ang taong nakatira kasama ng pamilyang pinagtatrabahuhan niya at itinuturing na bahagi nito. Masusuri ito ng isang abogado.
caveat-state_and_local_minimums_often_higher = Ito ang federal na minimum lang. Maraming state at lungsod ang may mas mataas na minimum, at ang mas mataas ang dapat ibayad. Wala sa amin ang mga iyon.
caveat-ten_years_after_18_if_minor = Kung wala pa kayong 18 noon, puwede kayong maghabol hanggang 10 taon pagkatapos ng inyong ika-18 kaarawan, kung mas huli iyon.
caveat-three_years_if_willful = Tatlong taon ang taning kung alam ng employer na lumalabag siya sa batas. Bawat araw ng sahod na kulang ang ibinayad ay may sariling taning, kaya ang pinakalumang mga linggo ang unang napapaso.

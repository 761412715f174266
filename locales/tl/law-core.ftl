# Entitle: Tagalog (Filipino). Messages for the legal data of the United Nations, ILO, Council of Europe and European Union layers and the international baseline.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## United Nations
protection-un-palermo_tip-art_6_3-recovery_assistance = Tulong para gumaling pagkatapos ng pinsala
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = Maaari kayong mabigyan ng ligtas na matitirhan, gamutan, at tulong sa wikang naiintindihan ninyo.
protection-un-palermo_tip-art_6_6-compensation = Pera para sa pinsalang ginawa sa inyo
protection-un-palermo_tip-art_6_6-compensation-gives = Puwede kayong humingi ng pera bilang bayad-pinsala (compensation) sa pinsalang dinanas ninyo.
protection-un-palermo_tip-art_7-permission_to_remain = Pahintulot na manatili sa bansa
protection-un-palermo_tip-art_7-permission_to_remain-gives = Maaari kayong payagang manatili sa bansa nang pansamantala, o nang mas matagal.
protection-un-palermo_tip-art_8-safe_return = Ligtas na pag-uwi
protection-un-palermo_tip-art_8-safe_return-gives = Kung gusto ninyong umuwi, puwede kayong humingi ng tulong para makabalik nang ligtas.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = Walang parusa dahil lang kayo ay ipinuslit
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = Hindi kayo dapat kasuhan ng krimen dahil lang may nagpuslit (smuggle) sa inyo papasok sa bansa.
protection-un-smuggling_protocol-art_16-protection_from_violence = Proteksyon laban sa karahasan
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = Puwede kayong humingi ng proteksyon kung may nanakit o nagbanta sa inyo. Kung nasa panganib ang inyong buhay o kaligtasan, puwede kayong humingi ng tulong.
protection-un-refugee_convention-art_33-non_refoulement = Walang pagpapabalik sa panganib
protection-un-refugee_convention-art_33-non_refoulement-gives = Puwede ninyong hilingin na huwag kayong ipadala sa isang bansa kung saan manganganib ang inyong buhay o kalayaan.
protection-un-cat-art_3-no_return_to_torture = Walang pagpapabalik sa tortyur
protection-un-cat-art_3-no_return_to_torture-gives = Puwede ninyong hilingin na huwag kayong ipadala sa isang bansa kung saan maaari kayong i-tortyur.
protection-un-crc-art_39-child_recovery = Pag-aalaga at paggaling para sa mga bata
protection-un-crc-art_39-child_recovery-gives = Ang mga batang sinaktan o ginamit ay puwedeng alagaan para gumaling sa katawan at isip, sa isang ligtas na lugar.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = Makatarungang sahod kahit walang papeles
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = Puwede ninyong hingin ang parehong sahod at parehong tuntunin sa trabaho na mayroon ang mga lokal na manggagawa, kahit wala kayong papeles.
caveat-shall_consider = Dapat pag-isipan ng bansa kung ibibigay ito sa inyo, pero hindi nito obligasyong ibigay ito.
caveat-other_offences_still_possible = Maaari pa rin kayong kasuhan para sa ibang bagay na ginawa ninyo na krimen sa bansang iyon.
instrument-un-icrmw = International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families (1990)
instrument-un-palermo_tip = UN Trafficking in Persons Protocol (Palermo Protocol, 2000)
instrument-un-smuggling_protocol = UN Protocol against the Smuggling of Migrants by Land, Sea and Air (2000)
instrument-un-refugee_convention = UN Refugee Convention (1951)
instrument-un-cat = UN Convention against Torture (1984)
instrument-un-crc = UN Convention on the Rights of the Child (1989)
instrument-unhcr-gip_7 = UNHCR Guidelines on International Protection No. 7: Victims of Trafficking (2006)

## International Labour Organization
protection-ilo-p29-art_3-identification_and_recovery = Tulong para makalaya at gumaling
protection-ilo-p29-art_3-identification_and_recovery-gives = Maaari kayong matulungang makaalis sa sapilitang trabaho, at mabigyan ng ligtas na matutuluyan at gamutan.
protection-ilo-p29-art_4_1-remedies_and_compensation = Pera para sa sapilitang trabaho
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = Puwede kayong humingi ng pera para sa pinsalang ginawa sa inyo at para sa sahod na hindi ninyo natanggap.
protection-ilo-p29-art_4_2-non_punishment = Walang parusa sa mga ipinilit sa inyong gawin
protection-ilo-p29-art_4_2-non_punishment-gives = Maaaring hindi kayo parusahan para sa mga bagay na ipinilit sa inyong gawin habang kayo ay nasa sapilitang trabaho.
instrument-ilo-c189 = ILO Domestic Workers Convention, 2011 (No. 189)
instrument-ilo-fl_indicators = ILO Indicators of Forced Labour (2012)
instrument-ilo-icls_2018_fl = ILO Guidelines concerning the measurement of forced labour (2018)
instrument-ilo-c29 = ILO Forced Labour Convention, 1930 (No. 29)
instrument-ilo-p29 = ILO Protocol of 2014 to the Forced Labour Convention
instrument-ilo-fair_recruitment = ILO General Principles and Operational Guidelines for Fair Recruitment (2019)
instrument-ilo-delphi_2009 = ILO and European Commission Operational Indicators of Trafficking in Human Beings (2009)

## Council of Europe
protection-coe-ecat-art_10_2-no_removal_during_identification = Walang pagpapaalis habang sinusuri ang inyong kaso
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = Hindi kayo dapat paalisin sa bansa habang inaalam ng mga awtoridad ang nangyari sa inyo.
protection-coe-ecat-art_10_3-presumed_child = Ituturing na bata kung hindi malinaw ang edad
protection-coe-ecat-art_10_3-presumed_child-gives = Kung walang nakakasiguro kung ilang taon na kayo, puwede kayong ituring na bata at bigyan ng proteksyon para sa bata habang inaalam nila ito.
protection-coe-ecat-art_12-assistance = Tulong sa tirahan, kalusugan at payo
protection-coe-ecat-art_12-assistance-gives = Maaari kayong mabigyan ng ligtas na matitirhan, gamutan, tagasalin (interpreter), at payo tungkol sa inyong mga karapatan. Hindi ninyo kailangang maging testigo para makuha ang tulong na ito.
protection-coe-ecat-art_13-recovery_period = Panahon para magpahinga at gumaling
protection-coe-ecat-art_13-recovery_period-gives = Puwede kayong bigyan ng panahon para magpahinga, maging mas ligtas ang pakiramdam, at magpasya kung ano ang gagawin. Hindi kayo dapat paalisin sa panahong ito.
protection-coe-ecat-art_14-residence_permit = Pahintulot na manatili nang pansamantala
protection-coe-ecat-art_14-residence_permit-gives = Maaari kayong mabigyan ng permit para manirahan (residence permit) sa bansa nang pansamantala, at puwede ninyong hilingin na i-renew ito.
protection-coe-ecat-art_15-compensation_and_legal_aid = Pera para sa pinsala at tulong legal
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = Puwede kayong makakuha ng impormasyon at tulong legal, at puwede kayong humingi ng pera mula sa mga taong nagdulot ng pinsala sa inyo.
protection-coe-ecat-art_16-safe_return = Ligtas na pag-uwi
protection-coe-ecat-art_16-safe_return-gives = Kung gusto ninyong umuwi, puwede kayong humingi ng tulong para makabalik nang ligtas, nang may pagpapahalaga sa inyong kaligtasan at mga karapatan.
protection-coe-ecat-art_26-non_punishment = Walang parusa sa mga ipinilit sa inyong gawin
protection-coe-ecat-art_26-non_punishment-gives = Maaaring hindi kayo parusahan para sa mga krimeng ipinilit sa inyong gawin.
caveat-state_chooses_personal_or_cooperation = Bawat bansa ang nagpapasya kung bakit nito ibinibigay ang permit na ito: dahil sa inyong sariling sitwasyon, dahil tumutulong kayo sa pulis, o dahil sa dalawa.
instrument-coe-ecat = Council of Europe Convention on Action against Trafficking in Human Beings (2005)
instrument-coe-echr = European Convention on Human Rights (1950)
instrument-echr-siliadin = Siliadin v. France, European Court of Human Rights (2005)

## European Union
protection-eu-directive_2011_36-art_11-assistance = Tulong sa tirahan, kalusugan at wika
protection-eu-directive_2011_36-art_11-assistance-gives = Maaari kayong mabigyan ng ligtas na matitirhan, gamutan, at tagasalin. Hindi ninyo kailangang tumulong sa pulis para makuha ang tulong na ito.
protection-eu-directive_2011_36-art_8-non_prosecution = Walang parusa sa mga ipinilit sa inyong gawin
protection-eu-directive_2011_36-art_8-non_prosecution-gives = Maaaring hindi kayo kasuhan o parusahan para sa mga krimeng ipinilit sa inyong gawin.
protection-eu-directive_2011_36-art_12-free_legal_representation = Libreng abogado at payong legal
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = Puwede kayong makakuha ng payong legal, at ng libreng abogado kung hindi kayo makakabayad.
protection-eu-directive_2011_36-art_13_2-presumed_child = Ituturing na bata kung hindi malinaw ang edad
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = Kung walang nakakasiguro kung ilang taon na kayo, puwede kayong ituring na bata at bigyan agad ng tulong para sa mga bata.
protection-eu-directive_2011_36-art_17-compensation = Pera para sa pinsalang ginawa sa inyo
protection-eu-directive_2011_36-art_17-compensation-gives = Puwede kayong humingi ng pera mula sa pondo ng bansa para sa mga biktima ng marahas na krimen, bilang bayad-pinsala sa ginawa sa inyo.
protection-eu-directive_2004_81-art_6-reflection_period = Panahon para mag-isip at gumaling
protection-eu-directive_2004_81-art_6-reflection_period-gives = Puwede kayong bigyan ng panahon para gumaling, makalayo sa mga taong nagdulot ng pinsala sa inyo, at magpasya kung gusto ninyong tumulong sa pulis.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = Permit na manatili habang tumutulong kayo
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = Maaari kayong mabigyan ng permit na manatili sa bansa habang tumutulong kayo sa pulis o sa korte sa kaso.
protection-eu-directive_2009_52-art_6-back_pay = Sahod na dapat ibayad sa inyo ng employer
protection-eu-directive_2009_52-art_6-back_pay-gives = Puwede ninyong hingin sa inyong employer ang sahod na hindi ninyo natanggap, kahit wala kayong karapatang magtrabaho.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = Permit na manatili pagkatapos ng napakasamang trabaho
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = Kung magrereklamo kayo laban sa employer na napakasama ng trato sa inyo, maaari kayong mabigyan ng permit na manatili habang tumatakbo ang kaso.
protection-eu-directive_2012_29-art_8-victim_support = Libreng suporta pagkatapos ng krimen
protection-eu-directive_2012_29-art_8-victim_support-gives = Puwede kayong makakuha ng libre at pribadong suporta at payo mula sa isang serbisyong tumutulong, kahit hindi ninyo isumbong ang krimen.
caveat-may_grant = Pinapayagan ang bansa na ibigay ito sa inyo, pero hindi nito obligasyong ibigay ito.
instrument-eu-directive_2011_36 = EU Anti-Trafficking Directive 2011/36/EU
instrument-eu-directive_2024_1712 = Directive (EU) 2024/1712 amending the EU Anti-Trafficking Directive
instrument-eu-directive_2004_81 = EU Directive 2004/81/EC on residence permits for victims of trafficking
instrument-eu-directive_2009_52 = EU Employer Sanctions Directive 2009/52/EC
instrument-eu-directive_2012_29 = EU Victims' Rights Directive 2012/29/EU

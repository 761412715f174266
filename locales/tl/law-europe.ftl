# Entitle: Tagalog (Filipino). Messages for the legal data of Germany, the Netherlands, Italy, Spain and France.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Germany
protection-de-aufenthg-s_59_7-reflection_period = Panahon para magpahinga at magpasya
protection-de-aufenthg-s_59_7-reflection_period-gives = Maaari kayong manatili sa Alemanya nang ilang panahon para magpahinga at makakuha ng suporta. Puwede kayong maglaan ng panahon para magpasya kung gusto ninyong magbigay ng ebidensya tungkol sa nangyari.
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = Permit na manatili bilang testigo
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = Maaari kayong mabigyan ng permit para manirahan sa Alemanya habang tumatakbo ang kasong kriminal laban sa mga taong nagdulot ng pinsala sa inyo.
caveat-prosecutor_must_deem_presence_appropriate = Dapat sumang-ayon ang piskal (prosecutor) o ang korte na kailangan nila kayo sa bansa para sa kaso. Hindi namin malalaman kung papayag sila.
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = Permit na manatili pagkatapos ng labis na hindi makatarungang ilegal na trabaho
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = Maaari kayong mabigyan ng permit para manirahan sa Alemanya habang tumatakbo ang kasong kriminal tungkol sa inyong trabaho at sa inyong employer.
instrument-de-aufenthg = German Residence Act 2004 (AufenthG)

## Netherlands
protection-nl-vc_2000-b8_3-reflection_period = Panahon para magpahinga, may matutuluyan at suporta
protection-nl-vc_2000-b8_3-reflection_period-gives = Maaari kayong manatili sa Netherlands nang ilang panahon, may ligtas na matutulugan at perang pantustos sa pamumuhay. Sa panahong iyon, puwede kayong magpasya kung gusto ninyong isumbong ang krimen.
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = Permit na manatili habang tumatakbo ang kaso
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = Maaari kayong mabigyan ng libreng permit para manirahan sa Netherlands habang nag-iimbestiga ang pulis at tumatakbo ang kasong kriminal.
caveat-exempt_from_cooperation_if_unable = Kung hindi kayo makatulong sa pulis dahil may sakit kayo, wala pa kayong 18, o nasa matinding panganib kayo, maaari pa rin kayong makakuha ng permit na ito.
protection-nl-vb_2000-art_3_51_1_k-continued_residence = Pananatili pagkatapos ng kaso
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = Maaari kayong mabigyan ng permit para patuloy na manirahan sa Netherlands pagkatapos ng kasong kriminal.
caveat-after_conviction_or_three_years = Karaniwang kailangan dito na may mapatunayang nagkasala sa inyong kaso, o na hawak na ninyo ang permit para sa trafficking nang tatlong taon.
instrument-nl-vw_2000 = Dutch Aliens Act 2000 (Vw 2000)
instrument-nl-vb_2000 = Dutch Aliens Decree 2000 (Vb 2000)
instrument-nl-vc_2000 = Dutch Aliens Circular 2000 (Vc 2000)

## Italy
protection-it-tui-art_18-special_permit_social_track = Espesyal na permit sa tulong ng isang grupong tumutulong
protection-it-tui-art_18-special_permit_social_track-gives = Maaari kayong mabigyan ng permit para manirahan at magtrabaho sa Italya, at makasali sa isang programang tutulong sa inyong maging ligtas at magsimula ng bagong buhay.
caveat-concrete_danger_assessed_by_authority = Dapat magpasya ang hepe ng pulis na nasa tunay na panganib kayo. Hindi namin ito itinanong, kaya hindi namin masasabi kung tugma ito sa inyo.
protection-it-tui-art_18-special_permit_judicial_track = Espesyal na permit sa pamamagitan ng kasong kriminal
protection-it-tui-art_18-special_permit_judicial_track-gives = Maaari kayong mabigyan ng permit para manirahan at magtrabaho sa Italya, at makasali sa isang programang tutulong sa inyong maging ligtas at magsimula ng bagong buhay.
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = Permit kung isusumbong ninyo ang amo na matinding nagsamantala sa inyo
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = Maaari kayong mabigyan ng permit para manirahan sa Italya habang tumatakbo ang kasong kriminal laban sa inyong employer.
caveat-particularly_exploitative_conditions_only = Para lang ito sa trabahong may lalong matinding pagsasamantala, na mas mataas na pamantayan kaysa sa mga palatandaang hinahanap namin.
protection-it-tui-art_18_ter-permit_for_labour_exploitation = Permit para sa mga manggagawang pinagsamantalahan
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = Maaari kayong mabigyan ng permit para manirahan at magtrabaho sa Italya pagkatapos ninyong tumulong na ilabas ang katotohanan tungkol sa naging trato sa inyo sa trabaho.
caveat-judicial_authority_or_labour_inspectorate_covers_family = Dapat itong hingin ng isang piskal o hukom, o dapat itong suportahan ng mga labor inspector. Puwede ring sakupin ng permit ang mga miyembro ng inyong pamilya.
instrument-it-tui = Italian Consolidated Immigration Act, Legislative Decree 286/1998 (TUI)
instrument-it-dl_145_2024 = Italian Decree-Law 145/2024 (Flows Decree)
instrument-it-dl_146_2025 = Italian Decree-Law 146/2025 (Flows Decree 2025)
instrument-it-dpr_394_1999 = Italian Presidential Decree 394/1999 (Immigration Act Regulation)

## Spain
protection-es-loex-art_59_bis-reflection_period = Panahon para gumaling at magpasya
protection-es-loex-art_59_bis-reflection_period-gives = Maaari kayong manatili sa Espanya nang ilang panahon para gumaling at pag-isipan kung tutulong kayo sa pulis. Dapat ihinto sa panahong ito ang mga hakbang para paalisin kayo.
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = Walang parusa dahil nasa Espanya kayo nang walang papeles
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = Maaaring hindi na ipataw sa inyo ang multa o pagpapaalis na maaari ninyong harapin dahil nanatili kayo sa Espanya nang walang tamang papeles.
protection-es-loex-art_59_bis-permit_personal_situation = Permit dahil sa inyong personal na sitwasyon
protection-es-loex-art_59_bis-permit_personal_situation-gives = Maaari kayong mabigyan ng permit para manirahan at magtrabaho sa Espanya dahil sa inyong sariling sitwasyon, kahit hindi kayo tumulong sa pulis.
caveat-after_exemption_from_liability = Una, dapat magpasya ang mga awtoridad na hindi kayo parusahan dahil nasa Espanya kayo nang walang papeles. Pagkatapos, karaniwang puwede na ninyong hingin ang permit na ito.
protection-es-loex-art_59_bis-permit_for_cooperation = Permit dahil tumulong kayo sa pulis o sa korte
protection-es-loex-art_59_bis-permit_for_cooperation-gives = Maaari kayong mabigyan ng permit para manirahan at magtrabaho sa Espanya dahil tumutulong kayo sa imbestigasyon o sa kaso sa korte.
protection-es-loex-art_59-permit_for_cooperation_against_networks = Permit dahil tumulong kayong pigilan ang mga grupong nagsasamantala
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = Maaari kayong mabigyan ng permit para manirahan at magtrabaho sa Espanya, at hindi na ipataw sa inyo ang parusa sa pananatili nang walang papeles.
instrument-es-loex = Spanish Foreigners Act, Organic Law 4/2000 (LOEX)
instrument-es-rloex = Spanish Foreigners Regulation, Royal Decree 557/2011 (RLOEX)
instrument-es-rloex_2024 = Spanish Foreigners Regulation, Royal Decree 1155/2024 (umiiral mula 20 Mayo 2025)

## France
protection-fr-ceseda-r_425_2-reflection_period = Panahon para magpahinga at mag-isip
protection-fr-ceseda-r_425_2-reflection_period-gives = Maaari kayong mabigyan ng papel na nagpapahintulot sa inyong manatili sa Pransiya habang nagpapahinga kayo at nagpapasya kung gusto ninyong magsampa ng reklamo. Maaari rin kayong payagan nitong magtrabaho.
protection-fr-ceseda-l_425_1-temporary_residence_card = Residence card kung magsusumbong o magtetestigo kayo
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = Maaari kayong mabigyan ng card para manirahan at magtrabaho sa Pransiya habang tumatakbo ang kasong kriminal.
caveat-complaint_or_testimony_required = Dapat kayong magsampa ng reklamo sa pulis o magbigay ng ebidensya sa kaso. Hindi sapat na sabihin lang na handa kayong tumulong.
protection-fr-ceseda-l_425_2-allowance = Perang pantustos sa pamumuhay
protection-fr-ceseda-l_425_2-allowance-gives = Maaari kayong makatanggap ng regular na pera para makatulong sa pagbili ng pagkain at iba pang pangunahing pangangailangan.
protection-fr-ceseda-l_425_3-resident_card = Pangmatagalang resident card
protection-fr-ceseda-l_425_3-resident_card-gives = Maaari kayong mabigyan ng card para manirahan at magtrabaho sa Pransiya nang maraming taon.
caveat-only_after_final_conviction = Posible lang ito kapag ang akusado ay napatunayang nagkasala sa korte nang pinal. Hindi namin malalaman kung paano matatapos ang paglilitis.
protection-fr-ceseda-l_425_4-exit_programme_permit = Permit habang nasa programa para makaalis sa prostitusyon
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = Maaari kayong mabigyan ng permit para manatili sa Pransiya, at ng tulong para magsimula ng bagong buhay na malayo sa sex work.
caveat-only_for_prostitution_exit_programme = Para lang ito sa mga taong tumigil na sa pagbebenta ng sex. Dapat nilang sundin ang isang opisyal na plano para makaalis sa sex work, kasama ang isang grupong tumutulong.
instrument-fr-ceseda = French Code on the Entry and Stay of Foreigners and the Right of Asylum (CESEDA, 2020 version)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-de-milog = Minimum Wage Act (Mindestlohngesetz, MiLoG, 2014)
instrument-de-bgb = Civil Code (Bürgerliches Gesetzbuch, BGB)
instrument-de-sgb_14 = Social Code Book XIV: Social Compensation (SGB XIV, 2019)
instrument-es-et_2015 = Workers’ Statute (Estatuto de los Trabajadores, 2015)
instrument-es-ley_35_1995 = Law 35/1995 on aid to victims of violent and sexual crimes
instrument-fr-code_travail = Labour Code (Code du travail)
instrument-fr-code_procedure_penale = Code of Criminal Procedure (Code de procédure pénale)
instrument-it-cc = Civil Code (Codice civile)
instrument-it-l_228_2003 = Law 228/2003 on measures against trafficking in persons
instrument-nl-wml = Minimum Wage and Minimum Holiday Allowance Act (Wet minimumloon en minimumvakantiebijslag)
instrument-nl-bw_3 = Civil Code, Book 3 (Burgerlijk Wetboek)
instrument-nl-wsg = Violent Crimes Compensation Fund Act (Wet schadefonds geweldsmisdrijven)
caveat-backdating_limit_not_a_bar = Puwede pa rin kayong mag-apply pagkalipas ng isang taon. Pero makakatanggap lang kayo ng bayad mula sa buwan ng inyong pag-apply, maliban kung hindi kayo nakapag-apply nang mas maaga.
caveat-each_month_runs_separately = Ang sahod ng bawat buwan ay may sariling limang taon, kaya ang pinakalumang mga buwan ang unang napapaso. Ang nakasulat na paniningil sa employer ay nagpapasimula ulit ng bilang ng panahon.
caveat-es_domestic_hourly_external_only = Hindi isinama ang minimum kada oras para sa mga domestic worker na binabayaran kada oras at hindi stay-in. Ang stay-in na domestic worker ay dapat bayaran ng minimum kada buwan.
caveat-es_each_payment_own_year_interruptible = Ang bawat hindi ibinayad na sahod ay dapat habulin sa loob ng isang taon mula sa araw ng sahod nito, kaya ang pinakalumang mga buwan ang unang napapaso. Ang pormal na paniningil sa employer, o ang paghingi ng conciliation (pag-aareglo), ay nagpapasimula ulit ng isang taon.
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = Para lang ang tulong na ito sa mga marahas na krimen na nagdulot ng kamatayan o malubhang pinsala, at sa mga krimeng sekswal. Humihinto ang bilang ng panahon habang tumatakbo ang kasong kriminal.
caveat-es_smi_floor_14_payments = Ibinibigay ang minimum sa 14 na bayad bawat taon. Hindi binilang dito ang dalawang dagdag na bayad, kaya maaaring mas malaki pa ang dapat ibayad.
caveat-fr_civi_prosecution_extends_relief_possible = Kung may kasong kriminal, puwede pa rin kayong humingi hanggang isang taon pagkatapos ng pinal na pasya. Puwedeng tanggapin ng komisyon ang kahilingang nahuli kung may mabuting dahilan. Para sa bata, nagsisimula ang bilang sa edad na 18.
caveat-fr_smic_floor_mayotte_minors = Ito ang minimum para sa mainland France. Mas mababa ang minimum sa Mayotte. Madalas na mas mataas ang hinihingi ng mga kasunduan. Maaaring mas mababa ang bayad sa ilang batang manggagawa at apprentice.
caveat-fr_wage_claim_each_payday_three_years_before_end = Ang sahod ng bawat buwan ay dapat habulin sa loob ng tatlong taon, kaya ang pinakalumang mga buwan ang unang napapaso. Pagkatapos matapos ang trabaho, puwede ninyong habulin ang huling tatlong taon nito.
caveat-intentional_injury_damages_only = Ang 30 taon ay para lang sa danyos para sa pinsalang sinadyang gawin sa inyong buhay, katawan, kalusugan o kalayaan. Hindi ito para sa hindi ibinayad na sahod.
caveat-it_longer_if_crime = Kung ang pinsala ay krimen din na may mas mahabang taning, tulad ng human trafficking o pang-aalipin, ang paghahabol ng danyos ay may ganoon ding mas mahabang taning.
caveat-it_wage_limit_private_sector_interruptible = Nagsisimula ang limang taon sa pagtatapos ng trabaho para lang sa mga pribadong employer. Bawat nakasulat na paniningil ng bayad ay nagpapasimula ulit ng limang taon.
caveat-late_application_if_reasonable = Puwede pa ring tanggapin ng pondo ang kahilingang nahuli kung ginawa ito sa lalong madaling panahong makatwirang kaya ninyo. Nagbabayad lang ito para sa malubhang pinsala mula sa marahas na krimen.
caveat-monthly_minimum_for_full_time_week = Bago ang 2024, ang minimum ay halaga kada buwan para sa full-time na linggo. Binibilang namin ito para sa 40 oras na linggo, ang pinakamahabang karaniwang linggo. Kung mas maikli ang linggo, mas malaki ang dapat ibayad.
caveat-runs_from_end_of_year = Nagsisimula ang tatlong taon sa katapusan ng taon kung kailan dapat naibayad ang sahod. Humihinto ang bilang ng panahon kapag naghabol sa korte.
caveat-runs_from_knowledge_longer_against_offender = Nagsisimula ang limang taon kapag alam na ninyo ang pinsala at kung sino ang gumawa nito. Ang paghahabol laban sa nagkasala ay tumatagal nang hindi bababa sa panahong puwede pa siyang kasuhan.
caveat-sector_minimum_wages_and_exclusions = May mas mataas na minimum ang ilang sektor. Hindi sakop ng minimum na ito ang mga wala pang 18 na walang training, mga apprentice, ilang intern at mga volunteer.
caveat-youth_minimum_not_encoded = May mas mababang minimum ang mga manggagawang wala pang 21, na hindi binilang dito.

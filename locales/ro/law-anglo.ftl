# Entitle: Romanian. Mesaje pentru datele juridice ale Regatului Unit, Statelor Unite, Canadei și Australiei. Scrise de echipa Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Regatul Unit
protection-gb-nrm_guidance-first_responders-nrm_referral = Trimiterea cazului către sprijinul oficial
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = Un polițist, un angajat al autorității locale (council) sau o organizație caritabilă de sprijin poate trimite datele dumneavoastră către sistemul de sprijin al Regatului Unit. Apoi cazul dumneavoastră poate fi analizat și puteți primi ajutor.
caveat-first_responder_only_adults_consent = Nu puteți trimite singur(ă) cazul. Trebuie să o facă poliția, autoritatea locală (council) sau o organizație caritabilă aprobată. Dacă sunteți adult, au nevoie mai întâi de acordul dumneavoastră.
protection-gb-nrm_guidance-recovery-recovery_period = Timp să vă odihniți și să vă refaceți, cu sprijin
protection-gb-nrm_guidance-recovery-recovery_period-gives = Ați putea primi un loc sigur unde să locuiți, îngrijire medicală, un interpret și o persoană care să vă sprijine cât timp cazul dumneavoastră este analizat.
caveat-public_order_disqualification = Home Office poate refuza acest ajutor dacă crede că sunteți un pericol pentru public. Poate refuza și dacă crede că nu ați spus adevărul despre ce s-a întâmplat.
protection-gb-msa_2015-s_45_1-defence_for_adults = Apărare dacă ați fost obligat(ă) să încălcați legea
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = Dacă ați fost obligat(ă) să faceți ceva ilegal pentru că ați fost exploatat(ă), puteți spune acest lucru instanței. Acesta poate fi un motiv de apărare împotriva acuzației.
protection-gb-msa_2015-s_45_4-defence_for_children = Apărare pentru copiii obligați să încalce legea
protection-gb-msa_2015-s_45_4-defence_for_children-gives = Dacă ați făcut ceva ilegal pentru că erați exploatat(ă), puteți spune acest lucru instanței și acesta poate fi un motiv de apărare. Nu trebuie să arătați că ați fost obligat(ă).
caveat-schedule_4_offences_excluded = Această apărare nu acoperă unele infracțiuni foarte grave, cum ar fi omorul sau infracțiunile grave de violență ori sexuale. Se aplică doar în Anglia și Țara Galilor.
protection-gb-msa_2015-s_8-reparation_order = Plată ordonată de la persoana care v-a exploatat
protection-gb-msa_2015-s_8-reparation_order-gives = Instanța poate obliga persoana care v-a exploatat să vă plătească bani pentru răul pe care vi l-a făcut.
caveat-needs_conviction_and_confiscation_order = Acest lucru se întâmplă doar dacă persoana este găsită vinovată și instanța îi confiscă bani. Nu puteți primi mai mult decât a confiscat instanța.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = Drept temporar de a rămâne în Regatul Unit
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = Ați putea primi dreptul să rămâneți în Regatul Unit pentru o vreme. Poate fi pentru a vă reface, pentru a cere bani pentru răul care vi s-a făcut sau pentru a ajuta poliția.
caveat-recovery_ground_paused = În prezent, Home Office nu soluționează cererile de a rămâne pentru refacere. De asemenea, nu soluționează nicio cerere a unei persoane care are un ordin de expulzare (deportation order).

## Statele Unite
protection-us-t_rule_2002-s_214_11-t_status_adult = Viza T pentru adulți (regulile mai vechi)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = Puteți cere o viză care vă permite să locuiți și să lucrați în SUA câțiva ani. Mai târziu ați putea cere să rămâneți definitiv.
caveat-trauma_exception_and_extreme_hardship = Dacă trauma vă face prea greu să ajutați poliția, s-ar putea să nu fie nevoie să o ajutați. Dar trebuie să arătați că plecarea din SUA v-ar face un rău foarte mare.
protection-us-t_rule_2002-s_214_11-t_status_child = Viza T pentru copii (regulile mai vechi)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = Puteți cere o viză care vă permite să locuiți, să învățați și să lucrați în SUA câțiva ani. Mai târziu ați putea cere să rămâneți definitiv.
caveat-extreme_hardship_required = Trebuie să arătați că, dacă ați fi obligat(ă) să plecați din SUA, ați suferi un rău foarte grav.
protection-us-t_rule_2024-s_214_202-t_status_adult = Viza T pentru adulți
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = Puteți cere o viză care vă permite să locuiți și să lucrați în SUA câțiva ani. Mai târziu ați putea cere să rămâneți definitiv.
protection-us-t_rule_2024-s_214_202-t_status_child = Viza T pentru copii
protection-us-t_rule_2024-s_214_202-t_status_child-gives = Puteți cere o viză care vă permite să locuiți, să învățați și să lucrați în SUA câțiva ani. Mai târziu ați putea cere să rămâneți definitiv.
protection-us-tvpa_2000-s_107_c_3-continued_presence = Dreptul de a rămâne cât timp durează cazul la poliție
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = Ați putea primi dreptul să rămâneți în SUA și să lucrați legal cât timp se face ancheta despre infracțiunea comisă împotriva dumneavoastră.
caveat-requested_by_law_enforcement_only = Nu puteți cere singur(ă) acest drept. Doar poliția sau o altă autoritate de aplicare a legii îl poate cere pentru dumneavoastră.
protection-us-ina-s_101_a_15_u-u_status = Viza U pentru persoanele afectate de infracțiuni grave
protection-us-ina-s_101_a_15_u-u_status-gives = Puteți cere o viză care vă permite să locuiți și să lucrați în SUA câțiva ani. Mai târziu ați putea cere să rămâneți definitiv.
caveat-certification_and_substantial_abuse_required = Aveți nevoie de un formular semnat de poliție sau de o altă autoritate, care să spună că i-ați ajutat. Trebuie să arătați și că infracțiunea v-a făcut mult rău, fizic sau psihic.
protection-us-usc_18-s_1593-mandatory_restitution = Plată ordonată de instanță pentru ce ați pierdut
protection-us-usc_18-s_1593-mandatory_restitution-gives = Instanța poate obliga persoana care v-a exploatat să vă plătească pentru pierderile suferite, inclusiv pentru salariul pe care ar fi trebuit să îl primiți.
caveat-only_on_conviction = Primiți acești bani doar dacă persoana este găsită vinovată de o instanță penală.
protection-us-usc_18-s_1595-civil_action = Cereți unei instanțe bani pentru răul suferit
protection-us-usc_18-s_1595-civil_action-gives = Puteți începe propriul proces ca să cereți bani de la persoana care v-a exploatat. Puteți cere bani și de la oricine a câștigat bani din asta știind ce se întâmplă.
caveat-stayed_during_criminal_case = Dacă există un proces penal pentru aceeași infracțiune, procesul dumneavoastră trebuie să aștepte până se termină acel proces.
protection-us-flsa-s_16_b-back_wages = Recuperați salariile neplătite
protection-us-flsa-s_16_b-back_wages-gives = Puteți cere să vi se plătească salariul minim și orele suplimentare care vi se datorează, plus încă o dată aceeași sumă, ca bani în plus.
caveat-any_immigration_status = Guvernul spune că acest lucru este valabil chiar dacă nu aveți acte. Dar unele instanțe limitează alte tipuri de plată pierdută pentru lucrătorii fără acte.

## Canada
protection-ca-irpa-s_24-vtip_trp_until_2025 = Permis de ședere în Canada (regulile mai vechi)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = Puteți cere un permis ca să rămâneți legal în Canada pentru o vreme. Apoi vă puteți odihni, vă puteți reface și puteți hotărî ce faceți mai departe.
protection-ca-irpa-s_24-vtip_trp = Permis de ședere în Canada
protection-ca-irpa-s_24-vtip_trp-gives = Puteți cere un permis ca să rămâneți legal în Canada, ca să fiți în siguranță, să vă refaceți și să plănuiți ce faceți mai departe.
protection-ca-ircc_vtip-subsequent_trp-further_permit = Un permis nou, ca să rămâneți în continuare
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = Când permisul dumneavoastră se apropie de sfârșit, puteți cere unul nou, ca să rămâneți mai mult în Canada.
caveat-later_permits_refused_after_criminal_case = Regulile spun că nu trebuie să ajutați poliția. Dar unor persoane li s-a refuzat un permis nou după ce s-a terminat procesul penal.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = Îngrijire medicală cât timp aveți permisul
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = Ați putea primi îngrijire medicală și consiliere plătite de guvern.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = Permis de muncă în Canada
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = Puteți cere un permis care vă permite să lucrați legal în Canada, ca să câștigați bani în siguranță.

## Australia
protection-au-stpp-intensive_support_stream-support = Sprijin pentru locuință, sănătate și sfaturi
protection-au-stpp-intensive_support_stream-support-gives = Ați putea primi un loc sigur unde să locuiți, îngrijire medicală, consiliere și un interpret. Ați putea primi și sfaturi despre lege și vize, precum și o persoană de sprijin care să vă ajute.
caveat-afp_referral_required = Puteți primi acest sprijin doar dacă Australian Federal Police vă trimite către acest program.
protection-au-stpp-additional_referral_pathway-referral_without_police = Ajutor fără să mergeți la poliție
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = Puteți vorbi cu un serviciu de sprijin despre cum să fiți în siguranță și puteți primi consultanță juridică gratuită. Ei vă pot ajuta să intrați în programul de sprijin fără să mergeți la poliție.
caveat-under_16_without_guardian_referred_to_child_protection = Dacă aveți sub 16 ani și niciun adult de încredere nu are grijă de dumneavoastră, serviciul trebuie să vă trimită în schimb la protecția copilului și la poliție.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = Ajutor fără poliție (continuare)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = Puteți vorbi cu un serviciu de sprijin despre cum să fiți în siguranță și puteți primi consultanță juridică gratuită. Ei vă pot ajuta să intrați în programul de sprijin fără să mergeți la poliție.
caveat-extension_end_date_unknown = Această cale de a primi ajutor a fost prelungită, dar nu știm când se termină, așa că verificați dacă este încă deschisă.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = Viză scurtă ca să vă odihniți și să vă refaceți
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = Ați putea primi o viză scurtă, ca să rămâneți legal în Australia cât timp vă odihniți, vă refaceți și vă gândiți ce faceți mai departe.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = Viză permanentă ca să rămâneți în Australia
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = Ați putea rămâne definitiv în Australia și să vă construiți viața aici.
caveat-certificate_of_contribution_required = Aveți nevoie de un act de la guvern care să spună că ați ajutat deja într-un caz la poliție sau într-un proces; nu ajunge să fiți dispus(ă) să ajutați.

## Denumirile surselor juridice
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (legea britanică privind sclavia modernă)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (legea britanică privind cetățenia și frontierele)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism, 2009 (ghidul Home Office privind mecanismul național de îndrumare a victimelor)
instrument-us-ina = US Immigration and Nationality Act of 1952 (legea americană privind imigrația și cetățenia)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (legea americană privind protecția victimelor traficului de persoane)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure, 1948 (Codul SUA, titlul 18: infracțiuni și procedură penală)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11, 2002 (regula americană privind statutul T de neimigrant)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216, 2024 (regula americană finală privind statutul T de neimigrant)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14, 2007 (regula americană privind statutul U de neimigrant)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (legea americană privind standardele echitabile de muncă)
instrument-ca-irpa = Immigration and Refugee Protection Act, Canada, 2001 (legea canadiană privind imigrația și protecția refugiaților)
instrument-ca-ircc_vtip = Instrucțiunile IRCC privind permisele de ședere temporară pentru victimele traficului de persoane (Canada, 2006)
instrument-au-stpp = Australian Support for Trafficked People Program, 2004 (programul australian de sprijin pentru persoanele traficate)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (regulamentul australian privind migrația)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australia; legea australiană privind munca echitabilă)
instrument-ca-clc = Canada Labour Code, 1985 (Codul muncii din Canada)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (legea britanică privind salariul minim național)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (regulamentul britanic privind salariul minim național)
instrument-gb-era_1996 = Employment Rights Act 1996 (legea britanică privind drepturile angajaților)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (legea britanică privind termenele de prescripție)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (sistemul britanic de despăgubire pentru vătămări provocate de infracțiuni)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (legea americană privind timpul de lucru plătit)
caveat-above_compulsory_school_age = Acest tarif se aplică doar după ce tânărul a terminat școala obligatorie, nu de la împlinirea vârstei de 16 ani.
caveat-apprentice_rate_conditions = Nu am inclus un tarif mai mic pentru ucenici. El este doar pentru ucenicii sub 19 ani sau aflați în primul an de ucenicie. Toți ceilalți primesc tariful pentru vârsta lor.
caveat-au_awards_set_higher_minima = Majoritatea lucrătorilor au o convenție (award) sau un acord cu un minim mai mare, așa că adesea li se datorează mai mult. Lucrătorii sub 21 de ani și ucenicii au tarife proprii, care nu sunt socotite aici.
caveat-au_state_victims_schemes_vary = Fiecare stat și teritoriu are propriile plăți pentru victimele infracțiunilor, cu propriul termen. Niciuna nu este socotită aici.
caveat-ca_federal_complaint_24_month_cap = Această plângere este doar pentru locurile de muncă reglementate de legea federală. Prin ea se poate recupera doar plata din cele 24 de luni dinainte de plângere. Ceilalți lucrători fac plângere după legea provinciei lor.
caveat-ca_federal_sectors_only = Acest tarif federal este doar pentru locurile de muncă din sectoarele federale, cum ar fi băncile, companiile aeriene și transportul între provincii. Majoritatea lucrătorilor au tariful provinciei lor. Dacă acela este mai mare, el este cel datorat.
caveat-ca_overtime_daily_limit_and_exemptions = Orele suplimentare se datorează și pentru mai mult de 8 ore într-o zi. Managerii și unele locuri de muncă au alte reguli.
caveat-cics_exceptions_and_crime_of_violence = Acest sistem plătește doar pentru vătămări provocate de o infracțiune violentă în Marea Britanie. Pentru abuzul din copilărie se aplică alte termene. O cerere întârziată poate fi acceptată în cazuri speciale.
caveat-counts_back_from_notice = Cei șase ani se socotesc înapoi de la ziua în care inspectorul trimite notificarea, nu de la data plângerii. Așa că, dacă autoritatea lucrează încet, se poate recupera mai puțin.
caveat-each_payment_separately = Fiecare plată incompletă are propriii ei șase ani, așa că lunile cele mai vechi expiră primele.
caveat-early_conciliation_and_two_year_backstop = Cele trei luni se prelungesc cât timp treceți prin concilierea prealabilă (ACAS). Dar tribunalul poate acorda doar ce s-a reținut în cei doi ani dinainte de cerere.
caveat-good_faith_may_reduce = O instanță poate micșora sau refuza suma în plus dacă angajatorul arată că a acționat cu bună-credință.
caveat-live_in_domestic_workers_exempt = Unui lucrător casnic care locuiește în casa angajatorului nu i se datorează ore suplimentare. I se datorează totuși minimul pentru fiecare oră. Acest lucru nu se aplică atunci când îl angajează o agenție.
caveat-nmw_exclusions = Unele persoane nu au dreptul la salariul minim, de exemplu cineva care locuiește cu familia pentru care lucrează și este tratat ca un membru al familiei. Un avocat poate verifica acest lucru.
caveat-state_and_local_minimums_often_higher = Acesta este doar minimul federal. Multe state și orașe au un minim mai mare, iar cel mai mare este cel datorat. Noi nu le avem pe acestea.
caveat-ten_years_after_18_if_minor = Dacă aveați sub 18 ani, puteți cere până la 10 ani după ce ați împlinit 18 ani, dacă acest termen este mai târziu.
caveat-three_years_if_willful = Termenul este de trei ani dacă angajatorul știa că încalcă legea. Fiecare plată incompletă are propriul termen, așa că săptămânile cele mai vechi expiră primele.

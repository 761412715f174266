# Entitle: Albanian. Messages for the legal data of the United Kingdom, the United States, Canada and Australia.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Mbretëria e Bashkuar
protection-gb-nrm_guidance-first_responders-nrm_referral = Referimi për mbështetje zyrtare
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = Një oficer policie, një punonjës i bashkisë ose një organizatë bamirëse mbështetëse mund t’i dërgojë të dhënat tuaja në sistemin e mbështetjes së Mbretërisë së Bashkuar. Pastaj rasti juaj mund të shqyrtohet dhe ju mund të merrni ndihmë.
caveat-first_responder_only_adults_consent = Nuk mund ta referoni veten. Këtë duhet ta bëjë policia, një bashki ose një organizatë bamirëse e miratuar. Nëse jeni 18 vjeç ose më shumë, ata kanë nevojë më parë për pëlqimin tuaj.
protection-gb-nrm_guidance-recovery-recovery_period = Kohë për të pushuar dhe për t’u rimëkëmbur, me mbështetje
protection-gb-nrm_guidance-recovery-recovery_period-gives = Mund të merrni një vend të sigurt për të jetuar, kujdes shëndetësor, një përkthyes dhe dikë që t’ju mbështetë ndërsa shqyrtohet rasti juaj.
caveat-public_order_disqualification = Home Office mund ta refuzojë këtë ndihmë nëse mendon se jeni rrezik për publikun. Mund ta refuzojë edhe nëse mendon se nuk keni qenë të sinqertë për atë që ndodhi.
protection-gb-msa_2015-s_45_1-defence_for_adults = Mbrojtje nëse ju detyruan të shkelni ligjin
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = Nëse ju detyruan të bënit diçka të paligjshme sepse po ju shfrytëzonin, mund t’ia thoni gjykatës. Kjo mund të jetë mbrojtje kundër akuzës.
protection-gb-msa_2015-s_45_4-defence_for_children = Mbrojtje për fëmijët që u detyruan të shkelnin ligjin
protection-gb-msa_2015-s_45_4-defence_for_children-gives = Nëse bëtë diçka të paligjshme sepse po ju shfrytëzonin, mund t’ia thoni gjykatës, dhe kjo mund të jetë mbrojtje. Nuk është e nevojshme të tregoni se ju detyruan.
caveat-schedule_4_offences_excluded = Kjo mbrojtje nuk mbulon disa krime shumë të rënda, si vrasja ose krimet e rënda të dhunshme ose seksuale. Ajo vlen vetëm në Angli dhe Uells.
protection-gb-msa_2015-s_8-reparation_order = Pagesë e urdhëruar nga personi që ju shfrytëzoi
protection-gb-msa_2015-s_8-reparation_order-gives = Gjykata mund ta urdhërojë personin që ju shfrytëzoi t’ju paguajë para për dëmin që ju bëri.
caveat-needs_conviction_and_confiscation_order = Kjo ndodh vetëm nëse personi shpallet fajtor dhe gjykata i merr para atij. Nuk mund të merrni më shumë se sa mori gjykata.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = Leje e përkohshme për të qëndruar në Mbretërinë e Bashkuar
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = Mund t’ju lejojnë të qëndroni në Mbretërinë e Bashkuar për një kohë. Kjo mund të jetë për t’u rimëkëmbur, për të kërkuar para për dëmin që ju është bërë, ose për të ndihmuar policinë.
caveat-recovery_ground_paused = Tani për tani Home Office nuk po vendos për kërkesat për të qëndruar me qëllim rimëkëmbjeje. Ai nuk po vendos as për asnjë kërkesë nga një person që ka urdhër dëbimi.

## Shtetet e Bashkuara
protection-us-t_rule_2002-s_214_11-t_status_adult = Viza T për të rriturit (rregullat e vjetra)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = Mund të kërkoni një vizë që ju lejon të jetoni dhe të punoni në SHBA për disa vjet. Më vonë mund të keni mundësi të bëni kërkesë për të qëndruar përgjithmonë.
caveat-trauma_exception_and_extreme_hardship = Nëse trauma jua bën shumë të vështirë ta ndihmoni policinë, mund të mos jeni të detyruar ta bëni. Por duhet të tregoni se largimi nga SHBA do t’ju dëmtonte shumë rëndë.
protection-us-t_rule_2002-s_214_11-t_status_child = Viza T për fëmijët (rregullat e vjetra)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = Mund të kërkoni një vizë që ju lejon të jetoni, të studioni dhe të punoni në SHBA për disa vjet. Më vonë mund të keni mundësi të bëni kërkesë për të qëndruar përgjithmonë.
caveat-extreme_hardship_required = Duhet të tregoni se, nëse ju detyrojnë të largoheni nga SHBA, kjo do t’ju shkaktonte dëm shumë të rëndë.
protection-us-t_rule_2024-s_214_202-t_status_adult = Viza T për të rriturit
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = Mund të kërkoni një vizë që ju lejon të jetoni dhe të punoni në SHBA për disa vjet. Më vonë mund të keni mundësi të bëni kërkesë për të qëndruar përgjithmonë.
protection-us-t_rule_2024-s_214_202-t_status_child = Viza T për fëmijët
protection-us-t_rule_2024-s_214_202-t_status_child-gives = Mund të kërkoni një vizë që ju lejon të jetoni, të studioni dhe të punoni në SHBA për disa vjet. Më vonë mund të keni mundësi të bëni kërkesë për të qëndruar përgjithmonë.
protection-us-tvpa_2000-s_107_c_3-continued_presence = Leje për të qëndruar gjatë hetimit të policisë
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = Mund t’ju lejojnë të qëndroni në SHBA dhe të punoni ligjërisht ndërsa hetohet krimi kundër jush.
caveat-requested_by_law_enforcement_only = Nuk mund ta kërkoni vetë këtë. Vetëm policia ose një zyrë tjetër e zbatimit të ligjit mund ta kërkojë për ju.
protection-us-ina-s_101_a_15_u-u_status = Viza U për njerëzit e dëmtuar nga krime të rënda
protection-us-ina-s_101_a_15_u-u_status-gives = Mund të kërkoni një vizë që ju lejon të jetoni dhe të punoni në SHBA për disa vjet. Më vonë mund të keni mundësi të bëni kërkesë për të qëndruar përgjithmonë.
caveat-certification_and_substantial_abuse_required = Ju duhet një formular i nënshkruar nga policia ose nga një agjenci tjetër, që thotë se i keni ndihmuar. Duhet të tregoni gjithashtu se krimi ju dëmtoi rëndë, në trup ose në mendje.
protection-us-usc_18-s_1593-mandatory_restitution = Pagesë e urdhëruar nga gjykata për atë që humbët
protection-us-usc_18-s_1593-mandatory_restitution-gives = Gjykata mund ta urdhërojë personin që ju shfrytëzoi t’ju paguajë për humbjet tuaja, përfshirë pagën që duhej t’ju ishte paguar.
caveat-only_on_conviction = Këto para i merrni vetëm nëse personi shpallet fajtor në një gjykatë penale.
protection-us-usc_18-s_1595-civil_action = Kërkoni nga gjykata para për dëmin
protection-us-usc_18-s_1595-civil_action-gives = Mund të hapni vetë një çështje gjyqësore për të kërkuar para nga personi që ju shfrytëzoi. Mund të kërkoni para edhe nga kushdo që fitoi para nga kjo duke e ditur.
caveat-stayed_during_criminal_case = Nëse ka një çështje penale për të njëjtin krim, çështja juaj duhet të presë derisa të mbarojë ajo çështje.
protection-us-flsa-s_16_b-back_wages = Merrni mbrapsht pagën e papaguar
protection-us-flsa-s_16_b-back_wages-gives = Mund të kërkoni t’ju paguhet paga minimale dhe orët shtesë që ju detyrohen, dhe po aq shumë edhe një herë si para shtesë.
caveat-any_immigration_status = Qeveria thotë se kjo vlen edhe nëse nuk keni dokumente. Por disa gjykata kufizojnë lloje të tjera të pagës së humbur për punëtorët pa dokumente.

## Kanadaja
protection-ca-irpa-s_24-vtip_trp_until_2025 = Leje për të qëndruar në Kanada (rregullat e vjetra)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = Mund të kërkoni një leje për të qëndruar ligjërisht në Kanada për një kohë. Pastaj mund të pushoni, të rimëkëmbeni dhe të vendosni çfarë do të bëni më tej.
protection-ca-irpa-s_24-vtip_trp = Leje për të qëndruar në Kanada
protection-ca-irpa-s_24-vtip_trp-gives = Mund të kërkoni një leje për të qëndruar ligjërisht në Kanada, që të jeni të sigurt, të rimëkëmbeni dhe të planifikoni çfarë do të bëni më tej.
protection-ca-ircc_vtip-subsequent_trp-further_permit = Një leje e re për të vazhduar qëndrimin
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = Kur leja juaj po mbaron, mund të kërkoni një të re që të qëndroni më gjatë në Kanada.
caveat-later_permits_refused_after_criminal_case = Rregullat thonë se nuk jeni të detyruar ta ndihmoni policinë. Por disave iu refuzua një leje e re pasi mbaroi çështja penale.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = Kujdes shëndetësor ndërsa keni lejen
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = Mund të merrni kujdes shëndetësor dhe këshillim psikologjik të paguar nga qeveria.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = Leje për të punuar në Kanada
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = Mund të kërkoni një leje që ju lejon të punoni ligjërisht në Kanada, që të fitoni para në mënyrë të sigurt.

## Australia
protection-au-stpp-intensive_support_stream-support = Mbështetje për strehim, shëndet dhe këshilla
protection-au-stpp-intensive_support_stream-support-gives = Mund të merrni një vend të sigurt për të jetuar, kujdes shëndetësor, këshillim psikologjik dhe një përkthyes. Mund të merrni edhe këshilla për ligjin dhe vizat, dhe një punonjës mbështetës që t’ju ndihmojë.
caveat-afp_referral_required = Këtë mbështetje mund ta merrni vetëm nëse Australian Federal Police ju referon për të.
protection-au-stpp-additional_referral_pathway-referral_without_police = Merrni ndihmë pa shkuar në polici
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = Mund të flisni me një shërbim mbështetës se si të jeni të sigurt dhe të merrni këshilla ligjore falas. Ata mund t’ju ndihmojnë të hyni në programin e mbështetjes pa shkuar në polici.
caveat-under_16_without_guardian_referred_to_child_protection = Nëse jeni nën 16 vjeç dhe nuk kujdeset për ju asnjë i rritur i sigurt, shërbimi duhet t’ju dërgojë te mbrojtja e fëmijëve dhe te policia.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = Merrni ndihmë pa policinë (vazhdim)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = Mund të flisni me një shërbim mbështetës se si të jeni të sigurt dhe të merrni këshilla ligjore falas. Ata mund t’ju ndihmojnë të hyni në programin e mbështetjes pa shkuar në polici.
caveat-extension_end_date_unknown = Kjo mënyrë për të marrë ndihmë u zgjat, por nuk e dimë kur mbaron, prandaj kontrolloni nëse është ende e hapur.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = Vizë e shkurtër për të pushuar dhe për t’u rimëkëmbur
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = Mund të merrni një vizë të shkurtër që të qëndroni ligjërisht në Australi ndërsa pushoni, rimëkëmbeni dhe mendoni çfarë do të bëni më tej.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = Vizë e përhershme për të qëndruar në Australi
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = Mund të keni mundësi të qëndroni në Australi përgjithmonë dhe ta ndërtoni jetën tuaj këtu.
caveat-certificate_of_contribution_required = Ju duhet një dokument qeveritar që thotë se keni ndihmuar tashmë një hetim policie ose një gjyq; nuk mjafton të jeni të gatshëm të ndihmoni.

## Emrat e burimeve ligjore
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (ligji britanik për skllavërinë moderne)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (ligji britanik për shtetësinë dhe kufijtë)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009) (udhëzimi i Ministrisë britanike të Brendshme për Mekanizmin Kombëtar të Referimit)
instrument-us-ina = US Immigration and Nationality Act of 1952 (ligji amerikan për imigracionin dhe shtetësinë)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (ligji amerikan për mbrojtjen e viktimave të trafikimit)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948) (Kodi i SHBA-së, Titulli 18: krimet dhe procedura penale)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002) (rregullorja amerikane për statusin T të joimigrantit)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024) (rregullorja përfundimtare amerikane për statusin T të joimigrantit)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007) (rregullorja amerikane për statusin U të joimigrantit)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (ligji amerikan për standardet e drejta të punës)
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001) (ligji kanadez për imigracionin dhe mbrojtjen e refugjatëve)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006) (udhëzimet kanadeze të IRCC-së për lejet e përkohshme të qëndrimit për viktimat e trafikimit të qenieve njerëzore)
instrument-au-stpp = Australian Support for Trafficked People Program (2004) (programi australian i mbështetjes për personat e trafikuar)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (rregullorja australiane për migracionin)

## Kërkesat për pagën: ligjet që caktojnë pagën minimale dhe afatet, dhe çfarë duhet të dijë një avokat për secilën shifër
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Australi; ligji për punën e drejtë)
instrument-ca-clc = Canada Labour Code (1985) (Kodi i Punës i Kanadasë)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (ligji britanik për pagën minimale kombëtare)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (rregullorja britanike për pagën minimale kombëtare)
instrument-gb-era_1996 = Employment Rights Act 1996 (ligji britanik për të drejtat në punë)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (ligji britanik për afatet e parashkrimit)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (skema britanike e kompensimit për lëndimet nga krimet)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (ligji amerikan për kohën e punës që paguhet)
caveat-above_compulsory_school_age = Ky nivel page fillon vetëm pasi i riu të ketë mbaruar shkollimin e detyrueshëm, jo në ditëlindjen e 16-të.
caveat-apprentice_rate_conditions = Nuk është përfshirë një nivel page më i ulët për nxënësit e zanatit. Ai vlen vetëm për nxënës zanati nën 19 vjeç, ose në vitin e tyre të parë. Të gjithë të tjerët marrin nivelin e pagës për moshën e tyre.
caveat-au_awards_set_higher_minima = Shumica e punëtorëve kanë një “award” ose marrëveshje me minimum më të lartë, prandaj shpesh u detyrohet më shumë. Punëtorët nën 21 vjeç dhe nxënësit e zanatit kanë nivelet e tyre të pagës, që nuk llogariten këtu.
caveat-au_state_victims_schemes_vary = Çdo shtet dhe territor ka pagesat e veta për viktimat e krimit, me afatin e vet. Asnjëra nuk llogaritet këtu.
caveat-ca_federal_complaint_24_month_cap = Kjo ankesë është vetëm për punët që rregullohen nga ligji federal. Me të mund të fitohet mbrapsht vetëm paga e 24 muajve para ankesës. Punëtorët e tjerë ankohen sipas ligjit të provincës së tyre.
caveat-ca_federal_sectors_only = Ky nivel federal page është vetëm për punët në sektorët federalë, si bankat, linjat ajrore dhe transporti ndërmjet provincave. Shumica e punëtorëve kanë nivelin e pagës të provincës së tyre. Nëse ai është më i lartë, detyrohet ai.
caveat-ca_overtime_daily_limit_and_exemptions = Orët shtesë detyrohen edhe për më shumë se 8 orë në një ditë. Menaxherët dhe disa punë ndjekin rregulla të tjera.
caveat-cics_exceptions_and_crime_of_violence = Kjo skemë paguan vetëm për lëndime nga një krim i dhunshëm në Britaninë e Madhe. Për abuzimin në fëmijëri vlejnë afate të tjera. Një kërkesë e vonuar mund të pranohet në raste të veçanta.
caveat-counts_back_from_notice = Gjashtë vjetët numërohen mbrapsht nga dita kur zyrtari dërgon njoftimin, jo nga dita kur ankoheni. Kështu, një autoritet i ngadaltë e zvogëlon atë që mund të fitohet mbrapsht.
caveat-each_payment_separately = Çdo ditë page me pagesë të mangët ka gjashtë vjetët e saj, prandaj muajt më të vjetër skadojnë të parët.
caveat-early_conciliation_and_two_year_backstop = Tre muajt zgjaten ndërsa kaloni në pajtimin e hershëm (ACAS). Por një tribunal mund të japë vetëm atë që u mor në dy vjetët para kërkesës suaj.
caveat-good_faith_may_reduce = Një gjykatë mund ta ulë ose ta refuzojë shumën shtesë nëse punëdhënësi tregon se veproi në mirëbesim.
caveat-live_in_domestic_workers_exempt = Një punëtori shtëpiak që jeton në shtëpinë e punëdhënësit nuk i detyrohen orët shtesë. Atij i detyrohet gjithsesi minimumi për çdo orë. Kjo nuk vlen kur e punëson një agjenci.
caveat-nmw_exclusions = Disa njerëz nuk marrin pagë minimale, për shembull dikush që jeton me familjen për të cilën punon dhe trajtohet si pjesëtar i saj. Një avokat mund ta kontrollojë këtë.
caveat-state_and_local_minimums_often_higher = Ky është vetëm minimumi federal. Shumë shtete dhe qytete kanë një minimum më të lartë, dhe detyrohet ai më i larti. Ne nuk i kemi ato.
caveat-ten_years_after_18_if_minor = Nëse ishit nën 18 vjeç, mund të bëni kërkesë deri 10 vjet pas ditëlindjes suaj të 18-të, nëse kjo është më vonë.
caveat-three_years_if_willful = Afati është tre vjet nëse punëdhënësi e dinte se po shkelte ligjin. Çdo ditë page me pagesë të mangët ka afatin e vet, prandaj javët më të vjetra skadojnë të parat.

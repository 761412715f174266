# Entitle : français. Messages pour les données juridiques du Royaume-Uni, des États-Unis, du Canada et de l'Australie. Rédigé par l'équipe Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## Royaume-Uni
protection-gb-nrm_guidance-first_responders-nrm_referral = Être signalé(e) pour recevoir une aide officielle
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = Un policier, un employé de la mairie (council) ou une association d’aide peut envoyer vos informations au système d’aide du Royaume-Uni, pour que votre situation soit examinée et que vous puissiez recevoir de l’aide.
caveat-first_responder_only_adults_consent = Vous ne pouvez pas faire la demande vous-même : la police, la mairie (council) ou une association agréée doit le faire, et si vous êtes adulte, ils doivent d’abord avoir votre accord.
protection-gb-nrm_guidance-recovery-recovery_period = Du temps pour vous reposer et vous remettre, avec de l’aide
protection-gb-nrm_guidance-recovery-recovery_period-gives = Vous pouvez recevoir un endroit sûr où vivre, des soins de santé, un interprète et une personne pour vous aider pendant que votre situation est examinée.
caveat-public_order_disqualification = Le Home Office (ministère de l’Intérieur) peut refuser cette aide s’il pense que vous êtes un danger pour les autres ou que vous n’avez pas dit la vérité sur ce qui s’est passé.
protection-gb-msa_2015-s_45_1-defence_for_adults = Une défense si on vous a forcé(e) à enfreindre la loi
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = Si on vous a forcé(e) à faire quelque chose d’illégal parce que vous étiez exploité(e), vous pouvez le dire au tribunal, et cela peut servir de défense contre l’accusation.
protection-gb-msa_2015-s_45_4-defence_for_children = Une défense pour les enfants obligés à enfreindre la loi
protection-gb-msa_2015-s_45_4-defence_for_children-gives = Si vous avez fait quelque chose d’illégal parce que vous étiez exploité(e), vous pouvez le dire au tribunal, et cela peut servir de défense. Vous n’avez pas besoin de montrer qu’on vous a forcé(e).
caveat-schedule_4_offences_excluded = Cette défense ne couvre pas certains crimes très graves, comme le meurtre ou des crimes violents ou sexuels graves, et elle s’applique seulement en Angleterre et au pays de Galles.
protection-gb-msa_2015-s_8-reparation_order = Un paiement ordonné à la personne qui vous a exploité(e)
protection-gb-msa_2015-s_8-reparation_order-gives = Le tribunal peut ordonner à la personne qui vous a exploité(e) de vous payer de l’argent pour le mal qu’elle vous a fait.
caveat-needs_conviction_and_confiscation_order = Cela arrive seulement si la personne est déclarée coupable et si le tribunal lui prend aussi de l’argent. Vous ne pouvez pas recevoir plus que ce que le tribunal a pris.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = Droit de rester au Royaume-Uni pendant un temps
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = Vous pouvez peut-être rester au Royaume-Uni pendant un temps pour vous remettre, pour demander de l’argent pour le mal qu’on vous a fait, ou pour aider la police.
caveat-recovery_ground_paused = En ce moment, le Home Office (ministère de l’Intérieur) ne traite pas les demandes pour rester afin de se remettre, et il ne traite aucune demande des personnes qui ont un arrêté d’expulsion.

## États-Unis
protection-us-t_rule_2002-s_214_11-t_status_adult = Visa T pour les adultes (anciennes règles)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = Vous pouvez demander un visa qui vous permet de vivre et de travailler aux États-Unis pendant quelques années. Plus tard, vous pourrez peut-être demander à rester pour toujours.
caveat-trauma_exception_and_extreme_hardship = Si un traumatisme rend trop difficile d’aider la police, vous n’aurez peut-être pas à le faire, mais vous devez montrer que quitter les États-Unis vous causerait un mal très grave.
protection-us-t_rule_2002-s_214_11-t_status_child = Visa T pour les enfants (anciennes règles)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = Vous pouvez demander un visa qui vous permet de vivre, d’étudier et de travailler aux États-Unis pendant quelques années. Plus tard, vous pourrez peut-être demander à rester pour toujours.
caveat-extreme_hardship_required = Vous devez montrer qu’être obligé(e) de quitter les États-Unis vous causerait un mal très grave.
protection-us-t_rule_2024-s_214_202-t_status_adult = Visa T pour les adultes
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = Vous pouvez demander un visa qui vous permet de vivre et de travailler aux États-Unis pendant quelques années. Plus tard, vous pourrez peut-être demander à rester pour toujours.
protection-us-t_rule_2024-s_214_202-t_status_child = Visa T pour les enfants
protection-us-t_rule_2024-s_214_202-t_status_child-gives = Vous pouvez demander un visa qui vous permet de vivre, d’étudier et de travailler aux États-Unis pendant quelques années. Plus tard, vous pourrez peut-être demander à rester pour toujours.
protection-us-tvpa_2000-s_107_c_3-continued_presence = Droit de rester pendant l’enquête de police
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = Vous pouvez peut-être rester aux États-Unis et y travailler légalement pendant l’enquête sur le crime commis contre vous.
caveat-requested_by_law_enforcement_only = Vous ne pouvez pas le demander vous-même : seule la police ou un autre service chargé de faire respecter la loi peut le demander pour vous.
protection-us-ina-s_101_a_15_u-u_status = Visa U pour les victimes de crimes graves
protection-us-ina-s_101_a_15_u-u_status-gives = Vous pouvez demander un visa qui vous permet de vivre et de travailler aux États-Unis pendant quelques années. Plus tard, vous pourrez peut-être demander à rester pour toujours.
caveat-certification_and_substantial_abuse_required = Il vous faut un formulaire signé par la police ou un autre service qui dit que vous les avez aidés, et vous devez montrer que le crime vous a fait beaucoup de mal, dans votre corps ou dans votre esprit.
protection-us-usc_18-s_1593-mandatory_restitution = Un paiement ordonné par le tribunal pour ce que vous avez perdu
protection-us-usc_18-s_1593-mandatory_restitution-gives = Le tribunal peut ordonner à la personne qui vous a exploité(e) de vous payer pour vos pertes, y compris le salaire que vous auriez dû recevoir.
caveat-only_on_conviction = Vous recevez cet argent seulement si la personne est déclarée coupable par un tribunal pénal.
protection-us-usc_18-s_1595-civil_action = Demander à un tribunal de l’argent pour le mal subi
protection-us-usc_18-s_1595-civil_action-gives = Vous pouvez lancer votre propre procès pour demander de l’argent à la personne qui vous a exploité(e), ou à toute personne qui a gagné de l’argent grâce à cela en le sachant.
caveat-stayed_during_criminal_case = S’il y a un procès pénal pour le même crime, votre propre procès doit attendre la fin de ce procès.
protection-us-flsa-s_16_b-back_wages = Récupérer votre salaire impayé
protection-us-flsa-s_16_b-back_wages-gives = Vous pouvez demander à recevoir le salaire minimum et les heures supplémentaires qu’on vous doit, plus la même somme encore en argent supplémentaire.
caveat-any_immigration_status = Le gouvernement dit que cela s’applique même si vous n’avez pas de papiers, mais certains tribunaux limitent d’autres types de salaire perdu pour les travailleurs sans papiers.

## Canada
protection-ca-irpa-s_24-vtip_trp_until_2025 = Permis pour rester au Canada (anciennes règles)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = Vous pouvez demander un permis pour rester légalement au Canada pendant un temps, pour vous reposer, vous remettre et décider de la suite.
protection-ca-irpa-s_24-vtip_trp = Permis pour rester au Canada
protection-ca-irpa-s_24-vtip_trp-gives = Vous pouvez demander un permis pour rester légalement au Canada, pour être en sécurité, vous remettre et préparer la suite.
protection-ca-ircc_vtip-subsequent_trp-further_permit = Un nouveau permis pour continuer à rester
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = Quand votre permis arrive à sa fin, vous pouvez en demander un nouveau pour rester plus longtemps au Canada.
caveat-later_permits_refused_after_criminal_case = Les règles disent que vous n’êtes pas obligé(e) d’aider la police, mais certaines personnes se sont vu refuser un nouveau permis après la fin du procès pénal.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = Des soins de santé pendant que vous avez votre permis
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = Vous pouvez peut-être recevoir des soins de santé et un soutien psychologique payés par le gouvernement.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = Permis pour travailler au Canada
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = Vous pouvez demander un permis qui vous permet de travailler légalement au Canada, pour gagner de l’argent en sécurité.

## Australie
protection-au-stpp-intensive_support_stream-support = De l’aide pour le logement, la santé et des conseils
protection-au-stpp-intensive_support_stream-support-gives = Vous pouvez recevoir un endroit sûr où vivre, des soins de santé, un soutien psychologique, un interprète et des conseils sur la loi et les visas, avec une personne pour vous aider.
caveat-afp_referral_required = Vous pouvez recevoir cette aide seulement si la police fédérale australienne vous signale pour cette aide.
protection-au-stpp-additional_referral_pathway-referral_without_police = Recevoir de l’aide sans aller à la police
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = Vous pouvez parler à un service d’aide pour rester en sécurité et recevoir des conseils juridiques gratuits. Ce service peut vous aider à entrer dans le programme d’aide sans aller à la police.
caveat-under_16_without_guardian_referred_to_child_protection = Si vous avez moins de 16 ans et qu’aucun adulte de confiance ne s’occupe de vous, le service doit vous envoyer plutôt vers la protection de l’enfance et la police.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = Recevoir de l’aide sans la police (suite)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = Vous pouvez parler à un service d’aide pour rester en sécurité et recevoir des conseils juridiques gratuits. Ce service peut vous aider à entrer dans le programme d’aide sans aller à la police.
caveat-extension_end_date_unknown = Ce moyen d’obtenir de l’aide a été prolongé, mais nous ne savons pas quand il se termine. Vérifiez donc qu’il existe toujours.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = Visa court pour vous reposer et vous remettre
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = Vous pouvez peut-être recevoir un visa court pour rester légalement en Australie pendant que vous vous reposez, que vous vous remettez et que vous réfléchissez à la suite.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = Visa permanent pour rester en Australie
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = Vous pourrez peut-être rester en Australie pour toujours et y construire votre vie.
caveat-certificate_of_contribution_required = Il vous faut un document du gouvernement qui dit que vous avez déjà aidé dans une enquête de police ou un procès. Être prêt(e) à aider ne suffit pas.

## Noms des sources juridiques
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (loi britannique sur l’esclavage moderne)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (loi britannique sur la nationalité et les frontières)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism, 2009 (guide du ministère britannique de l’Intérieur sur le mécanisme national d’orientation des victimes)
instrument-us-ina = US Immigration and Nationality Act of 1952 (loi américaine sur l’immigration et la nationalité)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (loi américaine sur la protection des victimes de la traite)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure, 1948 (Code des États-Unis, titre 18 : crimes et procédure pénale)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11, 2002 (règlement américain sur le statut T de non-immigrant)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216, 2024 (règlement américain définitif sur le statut T de non-immigrant)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14, 2007 (règlement américain sur le statut U de non-immigrant)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (loi américaine sur les normes de travail équitables)
instrument-ca-irpa = Loi sur l’immigration et la protection des réfugiés (Canada, 2001)
instrument-ca-ircc_vtip = Instructions d’IRCC sur les permis de séjour temporaire pour les victimes de la traite de personnes (Canada, 2006)
instrument-au-stpp = Australian Support for Trafficked People Program, 2004 (programme australien d’aide aux personnes victimes de la traite)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (règlement australien sur les migrations)

## Demandes de salaire : les lois qui fixent les salaires minimums et les délais, et ce qu’un avocat doit savoir sur chaque chiffre
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (loi australienne sur le travail équitable)
instrument-ca-clc = Code canadien du travail (1985)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (loi britannique sur le salaire minimum national)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (règlement britannique sur le salaire minimum national)
instrument-gb-era_1996 = Employment Rights Act 1996 (loi britannique sur les droits des salariés)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (loi britannique sur les délais de prescription)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (régime britannique d’indemnisation des victimes de crimes violents)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (loi américaine dite « de portail à portail », sur le temps de travail payé)
caveat-above_compulsory_school_age = Ce taux commence seulement quand le jeune a quitté l’école obligatoire, pas le jour de ses 16 ans.
caveat-apprentice_rate_conditions = Nous n’avons pas compté un taux plus bas pour les apprentis. Il concerne seulement les apprentis de moins de 19 ans, ou en première année. Toutes les autres personnes ont droit au taux de leur âge.
caveat-au_awards_set_higher_minima = La plupart des travailleurs ont une convention (award) ou un accord avec un minimum plus élevé, donc on leur doit souvent plus. Les travailleurs de moins de 21 ans et les apprentis ont leurs propres taux, qui ne sont pas comptés ici.
caveat-au_state_victims_schemes_vary = Chaque État et chaque territoire a ses propres aides pour les victimes de crimes, avec son propre délai. Aucune n’est comptée ici.
caveat-ca_federal_complaint_24_month_cap = Cette plainte concerne seulement les emplois couverts par la loi fédérale. Elle permet de récupérer seulement le salaire des 24 mois avant votre plainte. Les autres travailleurs portent plainte selon la loi de leur province.
caveat-ca_federal_sectors_only = Ce taux fédéral concerne seulement les emplois des secteurs fédéraux, comme les banques, les compagnies aériennes et les transports entre provinces. La plupart des travailleurs ont le taux de leur province. Si ce taux est plus élevé, c’est lui qui est dû.
caveat-ca_overtime_daily_limit_and_exemptions = Des heures supplémentaires sont aussi dues après 8 heures de travail dans une même journée. Les cadres et certains emplois suivent d’autres règles.
caveat-cics_exceptions_and_crime_of_violence = Ce régime paie seulement pour une blessure causée par un crime violent en Grande-Bretagne. D’autres délais s’appliquent aux violences subies pendant l’enfance. Une demande en retard peut être acceptée dans des cas particuliers.
caveat-counts_back_from_notice = Les six ans sont comptés en arrière à partir du jour où l’agent envoie l’avis, pas à partir du jour de votre plainte. Donc, si l’administration est lente, on peut récupérer moins.
caveat-each_payment_separately = Chaque paie incomplète a son propre délai de six ans, donc les mois les plus anciens sont les premiers à dépasser le délai.
caveat-early_conciliation_and_two_year_backstop = Les trois mois sont prolongés pendant la conciliation préalable (early conciliation, avec l’ACAS). Mais un tribunal peut accorder seulement ce qui a été pris pendant les deux ans avant votre demande.
caveat-good_faith_may_reduce = Un tribunal peut réduire ou refuser la somme en plus si l’employeur montre qu’il a agi de bonne foi.
caveat-live_in_domestic_workers_exempt = Un travailleur domestique qui vit chez son employeur n’a pas droit au supplément pour les heures supplémentaires. On lui doit quand même le minimum pour chaque heure. Cette exception ne s’applique pas quand c’est une agence qui l’emploie.
caveat-nmw_exclusions = Certaines personnes n’ont pas droit au salaire minimum, par exemple une personne qui vit avec la famille pour laquelle elle travaille et qui est traitée comme un membre de cette famille. Un avocat peut le vérifier.
caveat-state_and_local_minimums_often_higher = C’est seulement le minimum fédéral. Beaucoup d’États et de villes ont un minimum plus élevé, et c’est le plus élevé qui est dû. Nous n’avons pas ces minimums dans nos données.
caveat-ten_years_after_18_if_minor = Si vous aviez moins de 18 ans, vous pouvez faire la demande jusqu’à 10 ans après vos 18 ans, si cette date arrive plus tard.
caveat-three_years_if_willful = Le délai est de trois ans si l’employeur savait qu’il ne respectait pas la loi. Chaque paie incomplète a son propre délai, donc les semaines les plus anciennes sont les premières à dépasser le délai.

# Entitle : français. Messages pour les données juridiques de l'Allemagne, des Pays-Bas, de l'Italie, de l'Espagne et de la France. Rédigé par l'équipe Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## Allemagne
protection-de-aufenthg-s_59_7-reflection_period = Du temps pour vous reposer et décider
protection-de-aufenthg-s_59_7-reflection_period-gives = Vous pouvez peut-être rester en Allemagne pendant un temps pour vous reposer, recevoir de l’aide et décider calmement si vous voulez témoigner sur ce qui s’est passé.
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = Titre de séjour comme témoin
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = Vous pouvez peut-être recevoir un titre de séjour pour vivre en Allemagne pendant le procès pénal contre les personnes qui vous ont fait du mal.
caveat-prosecutor_must_deem_presence_appropriate = Le procureur ou le tribunal doit être d’accord qu’il a besoin de vous dans le pays pour l’affaire. Nous ne pouvons pas savoir s’il le sera.
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = Titre de séjour après un travail illégal très injuste
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = Vous pouvez peut-être recevoir un titre de séjour pour vivre en Allemagne pendant le procès pénal sur votre travail et votre employeur.
instrument-de-aufenthg = Loi allemande de 2004 sur le séjour des étrangers (Aufenthaltsgesetz, AufenthG)

## Pays-Bas
protection-nl-vc_2000-b8_3-reflection_period = Du temps pour vous reposer, avec un hébergement et de l’aide
protection-nl-vc_2000-b8_3-reflection_period-gives = Vous pouvez peut-être rester aux Pays-Bas pendant un temps, avec un endroit sûr pour dormir et de l’argent pour vivre, pendant que vous décidez si vous voulez porter plainte.
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = Titre de séjour pendant l’affaire
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = Vous pouvez peut-être recevoir un titre de séjour gratuit pour vivre aux Pays-Bas pendant l’enquête de police et le procès pénal.
caveat-exempt_from_cooperation_if_unable = Si vous ne pouvez pas aider la police parce que vous êtes malade, que vous avez moins de 18 ans ou que vous êtes en grand danger, vous pouvez peut-être quand même recevoir ce titre de séjour.
protection-nl-vb_2000-art_3_51_1_k-continued_residence = Rester après la fin de l’affaire
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = Vous pouvez peut-être recevoir un titre de séjour pour continuer à vivre aux Pays-Bas après la fin du procès pénal.
caveat-after_conviction_or_three_years = En général, il faut que quelqu’un soit déclaré coupable dans votre affaire, ou que vous ayez eu le titre de séjour pour victimes de la traite pendant trois ans.
instrument-nl-vw_2000 = Loi néerlandaise de 2000 sur les étrangers (Vreemdelingenwet 2000, Vw 2000)
instrument-nl-vb_2000 = Décret néerlandais de 2000 sur les étrangers (Vreemdelingenbesluit 2000, Vb 2000)
instrument-nl-vc_2000 = Circulaire néerlandaise de 2000 sur les étrangers (Vreemdelingencirculaire 2000, Vc 2000)

## Italie
protection-it-tui-art_18-special_permit_social_track = Titre de séjour spécial grâce à une association d’aide
protection-it-tui-art_18-special_permit_social_track-gives = Vous pouvez peut-être recevoir un titre de séjour pour vivre et travailler en Italie, et entrer dans un programme qui vous aide à être en sécurité et à construire une nouvelle vie.
caveat-concrete_danger_assessed_by_authority = Le chef de la police (questore) doit décider que vous êtes vraiment en danger. Nous ne vous avons pas posé de question à ce sujet, donc nous ne pouvons pas dire si cela correspond à votre situation.
protection-it-tui-art_18-special_permit_judicial_track = Titre de séjour spécial grâce à un procès pénal
protection-it-tui-art_18-special_permit_judicial_track-gives = Vous pouvez peut-être recevoir un titre de séjour pour vivre et travailler en Italie, et entrer dans un programme qui vous aide à être en sécurité et à construire une nouvelle vie.
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = Titre de séjour après avoir dénoncé un employeur qui exploite beaucoup
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = Vous pouvez peut-être recevoir un titre de séjour pour vivre en Italie pendant le procès pénal contre votre employeur.
caveat-particularly_exploitative_conditions_only = C’était seulement pour un travail avec une exploitation particulièrement dure, ce qui demande plus que les signes que nous cherchons.
protection-it-tui-art_18_ter-permit_for_labour_exploitation = Titre de séjour pour les travailleurs exploités
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = Vous pouvez peut-être recevoir un titre de séjour pour vivre et travailler en Italie, après avoir aidé à montrer la vérité sur la façon dont on vous a traité(e) au travail.
caveat-judicial_authority_or_labour_inspectorate_covers_family = Un procureur ou un juge doit le demander, ou l’inspection du travail doit soutenir la demande. Le titre de séjour peut aussi couvrir les membres de votre famille.
instrument-it-tui = Texte unique italien sur l’immigration, décret législatif 286/1998 (Testo unico sull’immigrazione, TUI)
instrument-it-dl_145_2024 = Décret-loi italien 145/2024 (décret « Flussi »)
instrument-it-dl_146_2025 = Décret-loi italien 146/2025 (décret « flux » 2025)
instrument-it-dpr_394_1999 = Décret présidentiel italien 394/1999 (règlement d’application du texte unique sur l’immigration)

## Espagne
protection-es-loex-art_59_bis-reflection_period = Du temps pour vous remettre et décider
protection-es-loex-art_59_bis-reflection_period-gives = Vous pouvez peut-être rester en Espagne pendant un temps pour vous remettre et réfléchir à aider la police. Les démarches pour vous renvoyer doivent s’arrêter pendant ce temps.
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = Pas de sanction pour être en Espagne sans papiers
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = Vous pouvez peut-être éviter l’amende ou l’expulsion que vous risquez parce que vous êtes en Espagne sans les bons papiers.
protection-es-loex-art_59_bis-permit_personal_situation = Titre de séjour à cause de votre situation personnelle
protection-es-loex-art_59_bis-permit_personal_situation-gives = Vous pouvez peut-être recevoir un titre de séjour pour vivre et travailler en Espagne à cause de votre situation personnelle, même si vous n’aidez pas la police.
caveat-after_exemption_from_liability = En général, vous pouvez demander ce titre de séjour seulement après que les autorités ont décidé de ne pas vous sanctionner pour être en Espagne sans papiers.
protection-es-loex-art_59_bis-permit_for_cooperation = Titre de séjour pour avoir aidé la police ou la justice
protection-es-loex-art_59_bis-permit_for_cooperation-gives = Vous pouvez peut-être recevoir un titre de séjour pour vivre et travailler en Espagne parce que vous aidez dans l’enquête ou dans le procès.
protection-es-loex-art_59-permit_for_cooperation_against_networks = Titre de séjour pour avoir aidé à arrêter des réseaux d’exploitation
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = Vous pouvez peut-être recevoir un titre de séjour pour vivre et travailler en Espagne, et ne pas être sanctionné(e) pour être resté(e) sans papiers.
instrument-es-loex = Loi organique espagnole 4/2000 sur les étrangers (LOEX)
instrument-es-rloex = Règlement espagnol sur les étrangers, décret royal 557/2011 (RLOEX)
instrument-es-rloex_2024 = Règlement espagnol sur les étrangers, décret royal 1155/2024 (en vigueur depuis le 20 mai 2025)

## France
protection-fr-ceseda-r_425_2-reflection_period = Du temps pour vous reposer et réfléchir
protection-fr-ceseda-r_425_2-reflection_period-gives = Vous pouvez peut-être recevoir un document qui vous permet de rester en France pendant que vous vous reposez et que vous décidez si vous voulez porter plainte. Ce document peut aussi vous permettre de travailler.
protection-fr-ceseda-l_425_1-temporary_residence_card = Carte de séjour si vous portez plainte ou témoignez
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = Vous pouvez peut-être recevoir une carte pour vivre et travailler en France pendant le procès pénal.
caveat-complaint_or_testimony_required = Vous devez porter plainte à la police ou témoigner dans l’affaire. Dire seulement que vous êtes prêt(e) à aider ne suffit pas.
protection-fr-ceseda-l_425_2-allowance = De l’argent pour vivre
protection-fr-ceseda-l_425_2-allowance-gives = Vous pouvez peut-être recevoir de l’argent régulièrement pour vous aider à payer la nourriture et d’autres besoins de base.
protection-fr-ceseda-l_425_3-resident_card = Carte de résident de longue durée
protection-fr-ceseda-l_425_3-resident_card-gives = Vous pouvez peut-être recevoir une carte pour vivre et travailler en France pendant de nombreuses années.
caveat-only_after_final_conviction = C’est possible seulement quand la personne accusée a été déclarée coupable de façon définitive par un tribunal. Nous ne pouvons pas savoir comment un procès va se terminer.
protection-fr-ceseda-l_425_4-exit_programme_permit = Titre de séjour pendant un parcours de sortie de la prostitution
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = Vous pouvez peut-être recevoir un titre de séjour pour rester en France, avec de l’aide pour commencer une nouvelle vie loin du travail du sexe.
caveat-only_for_prostitution_exit_programme = C’est seulement pour les personnes qui ont arrêté la prostitution et qui suivent un parcours officiel de sortie de la prostitution, avec une association d’aide.
instrument-fr-ceseda = Code de l’entrée et du séjour des étrangers et du droit d’asile (CESEDA, version de 2020)

## Demandes de salaire : les lois qui fixent les salaires minimums et les délais, et ce qu’un avocat doit savoir sur chaque chiffre
instrument-de-milog = Loi allemande sur le salaire minimum (Mindestlohngesetz, MiLoG, 2014)
instrument-de-bgb = Code civil allemand (Bürgerliches Gesetzbuch, BGB)
instrument-de-sgb_14 = Code social allemand, livre XIV : indemnisation sociale (SGB XIV, 2019)
instrument-es-et_2015 = Statut des travailleurs espagnol (Estatuto de los Trabajadores, 2015)
instrument-es-ley_35_1995 = Loi espagnole 35/1995 sur l’aide aux victimes de crimes violents et de crimes sexuels
instrument-fr-code_travail = Code du travail
instrument-fr-code_procedure_penale = Code de procédure pénale
instrument-it-cc = Code civil italien (Codice civile)
instrument-it-l_228_2003 = Loi italienne 228/2003 sur les mesures contre la traite des personnes
instrument-nl-wml = Loi néerlandaise sur le salaire minimum et la prime de vacances minimale (Wet minimumloon en minimumvakantiebijslag)
instrument-nl-bw_3 = Code civil néerlandais, livre 3 (Burgerlijk Wetboek)
instrument-nl-wsg = Loi néerlandaise sur le Fonds d’indemnisation des victimes de crimes violents (Wet schadefonds geweldsmisdrijven)
caveat-backdating_limit_not_a_bar = Vous pouvez encore faire la demande après un an. Mais vous recevez des paiements seulement à partir du mois de votre demande, sauf si vous ne pouviez pas la faire plus tôt.
caveat-each_month_runs_separately = Le salaire de chaque mois a son propre délai de cinq ans, donc les mois les plus anciens sont les premiers à dépasser le délai. Une demande écrite à l’employeur fait recommencer le délai.
caveat-es_domestic_hourly_external_only = Nous n’avons pas compté le minimum par heure des travailleurs domestiques payés à l’heure qui ne vivent pas chez l’employeur. On doit le minimum par mois à un travailleur domestique qui vit chez l’employeur.
caveat-es_each_payment_own_year_interruptible = Chaque salaire non payé doit être réclamé dans l’année qui suit le jour où il devait être payé, donc les mois les plus anciens sont les premiers à dépasser le délai. Une réclamation officielle à l’employeur, ou une demande de conciliation, fait repartir le délai d’un an.
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = Cette aide est seulement pour les crimes violents qui ont causé la mort ou des blessures graves, et pour les crimes sexuels. Le délai est arrêté tant qu’une affaire pénale est en cours.
caveat-es_smi_floor_14_payments = Le minimum est payé en 14 fois par an. Les deux paiements en plus ne sont pas comptés ici, donc la somme due peut être plus élevée.
caveat-fr_civi_prosecution_extends_relief_possible = S’il y a une affaire pénale, vous pouvez encore faire la demande jusqu’à un an après la décision définitive. La commission peut accepter une demande en retard pour une bonne raison. Pour un enfant, le délai commence à 18 ans.
caveat-fr_smic_floor_mayotte_minors = C’est le minimum pour la France métropolitaine. À Mayotte, le minimum est plus bas. Les accords collectifs demandent souvent plus. Certains jeunes travailleurs et apprentis peuvent être payés moins.
caveat-fr_wage_claim_each_payday_three_years_before_end = Le salaire de chaque mois doit être réclamé dans les trois ans, donc les mois les plus anciens sont les premiers à dépasser le délai. Après la fin du travail, vous pouvez réclamer le salaire de ses trois dernières années.
caveat-intentional_injury_damages_only = Les 30 ans concernent seulement l’indemnisation d’un mal fait exprès à votre vie, votre corps, votre santé ou votre liberté. Ils ne concernent pas le salaire non payé.
caveat-it_longer_if_crime = Si le mal causé est aussi un crime avec un délai plus long, comme la traite ou l’esclavage, la demande d’indemnisation a aussi ce délai plus long.
caveat-it_wage_limit_private_sector_interruptible = Les cinq ans commencent à la fin du travail seulement chez les employeurs privés. Chaque demande de paiement écrite fait recommencer les cinq ans.
caveat-late_application_if_reasonable = Le fonds peut quand même accepter une demande en retard, si elle a été faite dès que c’était raisonnablement possible. Il paie seulement pour des blessures graves causées par un crime violent.
caveat-monthly_minimum_for_full_time_week = Avant 2024, le minimum était une somme par mois pour une semaine à temps plein. Nous le comptons pour une semaine de 40 heures, la semaine habituelle la plus longue. Si la semaine était plus courte, la somme due est plus élevée.
caveat-runs_from_end_of_year = Les trois ans commencent à la fin de l’année où le salaire devait être payé. Une demande au tribunal arrête le délai.
caveat-runs_from_knowledge_longer_against_offender = Les cinq ans commencent quand vous connaissez le mal causé et la personne qui l’a causé. Une demande contre l’auteur des faits reste possible au moins aussi longtemps qu’il peut être poursuivi en justice.
caveat-sector_minimum_wages_and_exclusions = Certains secteurs ont un minimum plus élevé. Ce minimum ne concerne pas les moins de 18 ans sans formation professionnelle, les apprentis, certains stagiaires et les bénévoles.
caveat-youth_minimum_not_encoded = Les travailleurs de moins de 21 ans ont un minimum plus bas, qui n’est pas compté ici.

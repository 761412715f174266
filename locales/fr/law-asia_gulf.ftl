# Entitle : français. Messages pour les données juridiques des Philippines, du Qatar, de la Thaïlande et de l'ASEAN. Rédigé par l'équipe Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## Philippines
protection-ph-ra_9208-s_17-not_penalised = Pas de sanction pour les infractions qu’on vous a forcé(e) à commettre
protection-ph-ra_9208-s_17-not_penalised-gives = Vous ne devriez pas être puni(e) pour des infractions que les trafiquants vous ont fait commettre, ou qui viennent du fait que vous avez été victime de la traite.
protection-ph-ra_9208-s_18-witness_protection = Protection comme témoin
protection-ph-ra_9208-s_18-witness_protection-gives = Vous pouvez peut-être entrer dans le programme du gouvernement qui protège les témoins, par exemple avec un endroit sûr où vivre.
protection-ph-ra_9208-s_19-continued_presence = Droit de rester aux Philippines
protection-ph-ra_9208-s_19-continued_presence-gives = Vous pouvez peut-être rester aux Philippines pendant un temps, pour ne pas avoir à quitter le pays tout de suite.
protection-ph-ra_9208-s_19-assistance = La même aide que pour les survivants philippins
protection-ph-ra_9208-s_19-assistance-gives = Vous pouvez peut-être recevoir la même protection, la même aide et les mêmes services que les Philippins qui sont dans votre situation.
protection-ph-ra_9208-s_3_a-child_without_means = Les enfants n’ont pas à montrer qu’il y a eu de la force ou des mensonges
protection-ph-ra_9208-s_3_a-child_without_means-gives = Vous n’avez pas besoin de montrer que quelqu’un vous a forcé(e), trompé(e) ou menacé(e). Ce qu’on vous a fait peut quand même être considéré comme de la traite des êtres humains.
caveat-section_number_from_2003_act = Le numéro de l’article vient de la loi de 2003. Des changements plus récents de la loi ont peut-être déplacé ou modifié cette règle.
caveat-tied_to_prosecution = La durée pendant laquelle vous pouvez rester dépend des besoins de l’affaire contre les trafiquants, pas seulement de vos besoins.
caveat-child_includes_adults_unable_to_protect_themselves = La loi traite aussi certains adultes comme des enfants si une maladie ou un handicap les empêche de se protéger, mais cette application ne pose pas de question à ce sujet.
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003, Philippines, Republic Act No. 9208 (loi philippine de 2003 contre la traite des personnes)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012, Philippines, Republic Act No. 10364 (loi philippine renforcée de 2012 contre la traite des personnes)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022, Philippines, Republic Act No. 11862 (loi philippine renforcée de 2022 contre la traite des personnes)

## Qatar
protection-qa-law_17_2020-art_2-minimum_wage = Un salaire minimum pour chaque travailleur
protection-qa-law_17_2020-art_2-minimum_wage-gives = Vous devriez recevoir au moins un salaire de base chaque mois, plus de l’argent pour la nourriture et le logement si votre employeur ne vous les donne pas.
protection-qa-law_18_2020-law-change_employer_without_noc = Changer d’employeur sans l’accord de votre employeur
protection-qa-law_18_2020-law-change_employer_without_noc-gives = Vous pouvez aller chez un nouvel employeur avant la fin de votre contrat, sans lettre d’accord de votre employeur actuel.
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = Quitter le Qatar sans l’accord de votre employeur
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = Vous pouvez quitter le Qatar, pour un court voyage ou pour toujours, sans demander de permis de sortie à votre employeur.
protection-qa-law_13_2017-committees-wage_claim = Réclamer un salaire impayé devant un comité du travail
protection-qa-law_13_2017-committees-wage_claim-gives = Vous pouvez faire une demande à un comité spécial du travail pour le salaire et les autres sommes que votre employeur vous doit.
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = Un fonds paie le salaire que votre employeur refuse de payer
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = Si vous gagnez une demande de salaire et que votre employeur ne paie toujours pas, un fonds du gouvernement peut vous payer l’argent à sa place.
protection-qa-law_15_2011-art_2-identification_as_victim = Être reconnu(e) comme victime de la traite
protection-qa-law_15_2011-art_2-identification_as_victim-gives = Vous pouvez peut-être être reconnu(e) comme une personne victime de la traite des êtres humains. Cela peut vous donner accès à une protection, comme un foyer sûr.
caveat-amounts_reviewed_yearly = Le gouvernement revoit ces montants au moins une fois par an. Ils ont donc peut-être changé depuis notre dernière vérification.
caveat-which_law_removed_noc_disputed = Les sources ne sont pas d’accord sur la loi de 2020 qui a supprimé le besoin de l’accord de votre employeur. Nous montrons donc les deux lois.
caveat-domestic_workers_from_2020_and_five_percent_exception = Les travailleurs domestiques sont concernés seulement depuis janvier 2020, et les employeurs peuvent encore désigner quelques employés qui ont besoin d’une autorisation pour partir. Un comité examine les plaintes.
caveat-domestic_workers_coverage_not_checked = Nous n’avons pas vérifié si les travailleurs domestiques peuvent faire leurs demandes devant ces comités.
caveat-payment_conditions_and_caps = Le fonds paie seulement dans certains cas, et d’après certains rapports, il y a une limite à la somme qu’il paie.
caveat-victim_protection_articles_not_verified = Nous n’avons pas pu lire les parties de cette loi sur la protection des victimes de la traite. Ces détails ne sont donc pas confirmés.
instrument-qa-law_17_2020 = Loi qatarie n° 17 de 2020 sur le salaire minimum
instrument-qa-law_18_2020 = Loi qatarie n° 18 de 2020 modifiant le Code du travail
instrument-qa-law_19_2020 = Loi qatarie n° 19 de 2020 modifiant la loi sur l’entrée, la sortie et le séjour des expatriés
instrument-qa-law_13_2018 = Loi qatarie n° 13 de 2018 modifiant la loi sur l’entrée, la sortie et le séjour des expatriés
instrument-qa-law_13_2017 = Loi qatarie n° 13 de 2017 modifiant le Code du travail (comités de règlement des litiges du travail)
instrument-qa-law_17_2018 = Loi qatarie n° 17 de 2018 créant le Fonds de soutien et d’assurance des travailleurs
instrument-qa-law_15_2011 = Loi qatarie n° 15 de 2011 sur la lutte contre la traite des êtres humains

## Thaïlande
protection-th-atipa_2551-s_33-assistance = Hébergement, soins de santé et autres aides
protection-th-atipa_2551-s_33-assistance-gives = Vous pouvez peut-être recevoir de la nourriture, un endroit où rester, des soins médicaux, de l’aide pour vous remettre, une aide juridique et de l’aide pour rentrer chez vous.
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = Être informé(e) sur l’indemnisation et l’aide juridique
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = Les agents publics devraient vous dire tout de suite que vous pouvez demander de l’argent pour le mal qu’on vous a fait, et que vous pouvez recevoir une aide juridique.
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = Le procureur peut demander une indemnisation pour vous
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = Si vous voulez de l’argent pour le mal qu’on vous a fait, le procureur peut le demander au tribunal pour vous.
protection-th-atipa_2551-s_37-temporary_stay_and_work = Droit de rester et de travailler pendant un temps
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = Vous pouvez peut-être rester en Thaïlande pendant un temps, et travailler pendant que vous y êtes.
protection-th-atipa_2551-s_38-return_home = De l’aide pour rentrer chez vous en sécurité
protection-th-atipa_2551-s_38-return_home-gives = Vous pouvez peut-être recevoir de l’aide pour retourner dans votre pays le plus vite possible.
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = Pas de poursuites pour des infractions liées à l’immigration ou aux papiers
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = Vous ne devriez pas être poursuivi(e) pour être entré(e) ou resté(e) en Thaïlande sans autorisation, ni pour avoir eu de faux papiers ou des papiers incorrects.
caveat-purpose_limited_stay = Le séjour sert par exemple pour un procès, des soins, pour vous remettre ou pour une demande d’indemnisation. Nous ne savons pas combien de temps il dure, ni s’il est toujours accordé.
caveat-minister_may_permit_prosecution = Le ministre de la Justice peut quand même autoriser des poursuites contre vous, mais il doit le faire par écrit.
instrument-th-atipa_2551 = Loi thaïlandaise contre la traite des personnes, B.E. 2551 (2008)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = Pas d’enfermement sans bonne raison
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = Vous ne devriez pas être retenu(e) ou enfermé(e) sans une bonne raison.
caveat-identified_victims_only = Cela protège seulement les personnes que les autorités ont déjà reconnues comme victimes de la traite. Il faut donc d’abord être reconnu(e) comme victime.
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children, 2015 (Convention de l’ASEAN contre la traite des personnes, en particulier des femmes et des enfants)

## Demandes de salaire : les lois qui fixent les salaires minimums et les délais, et ce qu’un avocat doit savoir sur chaque chiffre
instrument-ph-labor_code = Labor Code of the Philippines, 1974 (Code du travail des Philippines)
instrument-ph-ra_7309 = Republic Act No. 7309, Philippines, 1992 (loi philippine créant le Board of Claims, la commission d’indemnisation des victimes)
instrument-qa-labour_law_14_2004 = Code du travail du Qatar, loi n° 14 de 2004
instrument-qa-law_15_2017 = Loi qatarie n° 15 de 2017 sur les travailleurs domestiques
instrument-th-lpa_2541 = Loi thaïlandaise sur la protection du travail, B.E. 2541 (1998)
instrument-th-ccc_book1_2535 = Code civil et commercial thaïlandais, livre I (révisé en B.E. 2535)
instrument-th-victim_compensation_act_2544 = Loi thaïlandaise sur les dommages et intérêts pour la personne lésée et sur l’indemnisation et les frais de l’accusé dans les affaires pénales, B.E. 2544 (2001)
caveat-ph_board_of_claims_violent_crimes = Le Board of Claims (commission d’indemnisation) paie seulement les victimes de crimes violents, et au maximum 10 000 pesos.
caveat-ph_money_claims_any_forum = Les mêmes trois ans s’appliquent à toutes les demandes d’argent liées au travail, quel que soit l’endroit où elles sont faites.
caveat-ph_ncr_only = C’est le minimum pour Metro Manila (la région de Manille) seulement. Les autres régions ont leur propre minimum par jour, souvent plus bas. Utilisez ce chiffre seulement pour un travail à Metro Manila.
caveat-qa_domestic_workers_own_limit = Les travailleurs domestiques ont leur propre loi. Elle donne aussi un an à partir de la fin du contrat ou du jour où ils sont partis.
caveat-qa_food_and_housing_allowances = C’est seulement le salaire de base. Si l’employeur n’a pas donné une nourriture et un logement corrects, il doit aussi 300 riyals par mois pour la nourriture et 500 pour le logement.
caveat-qa_one_year_of_365_days_stopped_by_complaint = La demande doit être faite dans les 365 jours après la fin du contrat. Le délai est arrêté pendant l’examen d’une plainte au ministère du Travail.
caveat-qa_overtime_daily_night_and_exclusions = Des heures supplémentaires sont aussi dues après 8 heures dans une journée (6 pendant le ramadan), et elles sont payées encore plus la nuit. Cela ne s’applique pas aux travailleurs domestiques. Ce n’est pas compté ici.
caveat-th_each_unpaid_wage_runs_separately = Chaque salaire non payé a son propre délai de deux ans, donc les mois les plus anciens sont les premiers à dépasser le délai. Si l’employeur reconnaît la dette par écrit ou en paie une partie, les deux ans repartent de zéro.
caveat-th_fund_listed_crimes_from_knowledge = L’État paie seulement les victimes de certains crimes, comme les violences physiques et les crimes sexuels. L’année commence quand vous apprenez qu’il y a eu ce crime.
caveat-th_lowest_provincial_rate = C’est le minimum par jour le plus bas de toute la Thaïlande. Le taux de votre province est souvent plus élevé, et c’est celui-là qui est dû.
caveat-th_overtime_daily_and_holiday = Des heures supplémentaires sont dues après les heures normales de chaque jour, et le travail un jour férié est payé plus. Ce n’est pas compté ici.

# Entitle: the results page's words (fr), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## Résultats
results-heading = Ce que montrent vos réponses
results-meta = Selon les règles { $code ->
        [GB] du Royaume-Uni
        [US] des États-Unis
        [NL] des Pays-Bas
        [PH] des Philippines
        [CA] du Canada
        [QA] du Qatar
        [FR] de la France
        [DE] de l’Allemagne
        [IT] de l’Italie
        [ES] de l’Espagne
        [AU] de l’Australie
        [TH] de la Thaïlande
        [ZZ] du droit international
       *[other] de ce pays ({ $country })
    } en vigueur le { $date }.
danger-call = Touchez pour appeler le numéro d’urgence. Vous pouvez appeler même si vous n’avez pas de papiers.
next-steps-heading = Ce que vous pouvez faire maintenant
next-step-why = Pourquoi : { $why }.
next-step-call_child_helpline = Appelez une ligne d’aide pour les enfants
next-step-call_child_helpline-say = Vous pouvez dire : « J’ai moins de 18 ans et j’ai besoin d’aide. »
next-step-call_trafficking_helpline = Appelez la ligne d’aide contre l’exploitation
next-step-call_trafficking_helpline-say = Elle peut vous trouver de l’aide. Vous pouvez dire : « Je pense que je suis exploité(e) et j’ai besoin d’aide. »
next-step-ask_for_protection = Renseignez-vous sur la protection, pour ne pas être renvoyé(e) vers le danger
next-step-ask_for_protection-say = Vous pouvez dire : « J’ai peur de retourner dans mon pays. »
next-step-claim_unpaid_pay = Demandez à l’inspection du travail comment obtenir votre salaire
next-step-claim_unpaid_pay-say = Vous pouvez dire : « Mon employeur ne m’a pas payé ce qu’il me doit. »
next-step-call_exploitation_helpline = Appelez une ligne d’aide pour les travailleurs traités injustement
next-step-call_exploitation_helpline-say = Vous pouvez dire : « On me traite mal au travail et j’ai besoin de conseils. »
next-step-get_legal_advice = Obtenez des conseils juridiques gratuits sur vos droits
next-step-get_legal_advice-say = Vous pouvez dire : « J’ai besoin de conseils sur mes droits et mes papiers. »
danger-local-number = Appelez le numéro d’urgence du pays où vous êtes.
call-number = Appeler le { $number }
text-number = Envoyer un SMS au { $number }
results-signs-heading = Signes dans vos réponses
results-signs-intro = Ce sont seulement des signes. Ce n’est pas une décision sur vous.
results-not-found = Signes que nous n’avons pas trouvés
results-needs-heading = Ce dont vous pouvez avoir besoin maintenant
results-protections-heading = Droits qui peuvent s’appliquer
results-protections-none = Nous n’avons pas trouvé ici de protection qui correspond à vos réponses. Les services d’aide ci-dessous peuvent quand même vous aider.
results-protections-not = Droits qui ne correspondent pas à vos réponses
rights-time_to_recover = Du temps pour vous reposer et vous rétablir
rights-permission_to_stay = Le droit de rester
rights-money_owed = L’argent qu’on vous doit, et une indemnisation
rights-no_punishment = Pas de sanction pour ce qu’on vous a forcé(e) à faire
rights-no_sending_back = Ne pas être renvoyé(e) vers le danger
rights-going_home = Rentrer chez vous en sécurité
rights-childrens_rights = Les droits des enfants
rights-support_and_advice = Aide, soutien et conseils
rights-rules = { $count ->
        [one] La règle en détail
       *[other] Les { $count } règles en détail
    }
results-help-heading = Où trouver de l’aide
results-limits-heading = Ce que cet outil ne peut pas vous dire
results-limits-body = Cela montre seulement ce que vos réponses indiquent. Les règles changent, et nous n’avons pas tout demandé. Parlez à un avocat ou à une association d’aide avant d’agir.
results-print = Imprimer ou enregistrer en PDF
start-again = Recommencer et effacer mes réponses
because-heading = Pourquoi nous disons cela
missing-heading = Répondre à ceci pourrait changer le résultat
sources-heading = Sources juridiques
source-line = { $instrument }, article { $article } (en vigueur depuis le { $from })
source-secondary = Vérifié seulement dans une source secondaire.
source-unverified = Pas encore vérifié avec le texte officiel.
delphi-met = Un deuxième test, les indicateurs de l’OIT et de la Commission européenne, montre aussi des signes de traite des êtres humains.
delphi-not-met = Un deuxième test, les indicateurs de l’OIT et de la Commission européenne, ne montre pas de signes de traite des êtres humains avec ces réponses.
delphi-not-applicable = Le deuxième test, les indicateurs de l’OIT et de la Commission européenne, n’a pas pu être utilisé pour ces réponses.

## Résultats : un titre et une phrase pour chaque niveau
finding-trafficking-title = Traite des êtres humains
finding-trafficking-strong = Vos réponses montrent des signes forts de traite des êtres humains.
finding-trafficking-some = Vos réponses montrent quelques signes de traite des êtres humains.
finding-trafficking-none_found = Vos réponses ne montrent pas de signes de traite des êtres humains.
finding-trafficking-not_enough_information = Nous n’en savons pas encore assez pour dire s’il y a des signes de traite des êtres humains.
finding-forced_labour-title = Travail forcé
finding-forced_labour-strong = Vos réponses montrent des signes forts de travail forcé.
finding-forced_labour-some = Vos réponses montrent quelques signes de travail forcé.
finding-forced_labour-none_found = Vos réponses ne montrent pas de signes de travail forcé.
finding-forced_labour-not_enough_information = Nous n’en savons pas encore assez pour dire s’il y a des signes de travail forcé.
finding-servitude-title = Servitude
finding-servitude-strong = Vos réponses montrent des signes forts de servitude : être obligé(e) de travailler et de vivre sous le contrôle de quelqu’un.
finding-servitude-some = Vos réponses montrent quelques signes de servitude : être obligé(e) de travailler et de vivre sous le contrôle de quelqu’un.
finding-servitude-none_found = Vos réponses ne montrent pas de signes de servitude.
finding-servitude-not_enough_information = Nous n’en savons pas encore assez pour dire s’il y a des signes de servitude.
finding-labour_exploitation-title = Travail injuste ou abusif
finding-labour_exploitation-strong = Vos réponses montrent des signes forts de travail injuste ou abusif.
finding-labour_exploitation-some = Vos réponses montrent quelques signes de travail injuste ou abusif.
finding-labour_exploitation-none_found = Vos réponses ne montrent pas de signes de travail injuste ou abusif.
finding-labour_exploitation-not_enough_information = Nous n’en savons pas encore assez pour dire s’il y a des signes de travail injuste ou abusif.
finding-smuggling_abuse-title = Mauvais traitements pendant le voyage
finding-smuggling_abuse-strong = Vos réponses montrent des signes forts que les personnes qui vous ont transporté(e) vous ont fait du mal.
finding-smuggling_abuse-some = Vos réponses montrent quelques signes que les personnes qui vous ont transporté(e) vous ont fait du mal.
finding-smuggling_abuse-none_found = Vos réponses ne montrent pas de signes de mauvais traitements pendant le voyage.
finding-smuggling_abuse-not_enough_information = Nous n’en savons pas encore assez pour dire si on vous a fait du mal pendant le voyage.
finding-international_protection-title = Danger si vous rentrez dans votre pays
finding-international_protection-strong = Vos réponses montrent des signes forts que vous pourriez avoir besoin d’être protégé(e) contre un renvoi dans votre pays.
finding-international_protection-some = Vos réponses montrent quelques signes que vous pourriez avoir besoin d’être protégé(e) contre un renvoi dans votre pays.
finding-international_protection-none_found = Vos réponses ne montrent pas de peur de rentrer dans votre pays.
finding-international_protection-not_enough_information = Nous n’en savons pas encore assez pour dire si vous avez besoin d’être protégé(e) contre un renvoi dans votre pays.
finding-possible_child-title = Droits des enfants
finding-possible_child-strong = Vos réponses disent que vous avez moins de 18 ans. Les enfants ont des droits en plus.
finding-possible_child-some = Vous avez peut-être moins de 18 ans, ou vous aviez peut-être moins de 18 ans quand cela a commencé. Tant que votre âge n’est pas connu, vous devez être traité(e) comme un enfant.
finding-possible_child-none_found = Vos réponses disent que vous avez 18 ans ou plus.
finding-possible_child-not_enough_information = Nous ne connaissons pas encore votre âge. Les enfants ont des droits en plus.
finding-possible_child-not_enough_information-when_it_began = Nous ne savons pas encore si vous aviez moins de 18 ans quand cela a commencé. Si c’est le cas, les droits des enfants peuvent encore vous aider.

## Besoins
need-immediate_safety = Être en sécurité maintenant
need-medical_care = Un médecin ou des soins médicaux
need-safe_housing = Un endroit sûr où rester
need-interpretation = Un interprète pour votre langue
need-legal_advice = Les conseils d’un avocat
need-children = De l’aide pour les enfants
need-going_home = Rentrer chez vous en sécurité
need-fear_of_return = Une protection contre le renvoi dans votre pays
need-unpaid_wages = Recevoir le salaire qu’on vous doit

## Protections : statut, conditions et faits
status-applies = Ceci s’applique à vous d’après les faits. Personne n’a besoin de le décider.
status-may_apply = Ceci peut s’appliquer à vous. Une autorité décide.
status-needs_information = Ceci pourrait s’appliquer. Il nous faut plus de réponses pour le savoir.
status-does_not_apply = Ceci ne correspond pas à vos réponses.
protection-conditions = Ce qu’il faut
protection-requires = Ce qui doit se passer d’abord
condition-any-of = Une seule de ces conditions suffit :
protection-outside-scope = Cette protection est pour les personnes dont les réponses montrent des signes de : { $signs }. Vos réponses ne montrent pas encore ces signes. Elle est ici parce qu’elle pourrait répondre à un besoin que vous nous avez indiqué.
requires-positive_reasonable_grounds_decision = L’autorité qui identifie les victimes décide qu’il y a des motifs raisonnables de croire que vous avez été victime de traite ou d’exploitation.
requires-positive_conclusive_grounds_decision = L’autorité qui identifie les victimes décide de façon définitive que vous avez été victime de traite ou d’exploitation.
requires-law_enforcement_request = La police ou un autre service chargé de faire respecter la loi la demande pour vous.
protection-values = Pour combien de temps ou combien d’argent
protection-decided-by = Qui décide
protection-how-to-ask = Comment le demander
protection-cooperation = Devez-vous aider la police ?
protection-unknown = Pas encore connu
protection-unverified = Cette règle n’a pas encore été vérifiée avec le texte officiel.
cooperation-required = Oui, il faut aider la police ou le procureur.
cooperation-not-required = Non.
condition-met = (oui)
condition-not-met = (non)
condition-unknown = (pas connu)
condition-not_a_national = Vous n’avez pas la nationalité de ce pays
condition-third_country_national = Vous n’avez pas la nationalité d’un pays de l’UE, de l’EEE ou de la Suisse
condition-irregular_status = Vous n’avez pas de papiers pour rester en ce moment
condition-child = Vous avez moins de 18 ans, ou peut-être moins de 18 ans
condition-adult = Vous avez 18 ans ou plus
condition-cooperation = Vous êtes d’accord pour aider la police
condition-reported_to_police = Vous avez parlé à la police
condition-fear_of_return = Vous avez peur de rentrer dans votre pays
condition-wants_to_go_home = Vous voulez rentrer chez vous
condition-made_to_break_law = On vous a obligé(e) à faire des choses interdites par la loi
condition-smuggled = Des passeurs vous ont fait entrer dans le pays
condition-owed_wages = On vous doit un salaire
condition-no_longer_there = Vous n’êtes plus avec les personnes qui vous ont exploité(e)
condition-particularly_exploitative = Votre travail était dangereux, nuisait à votre santé ou à votre dignité, ou avait beaucoup trop d’heures
condition-unable_to_cooperate = Un traumatisme, une maladie ou un danger grave vous empêche d’aider la police (l’autorité en décide)
decider-no_decision = Personne : c’est la loi qui le prévoit.
decider-competent_authority = Le service qui décide qui est victime de traite des êtres humains.
decider-immigration_authority = Le service de l’immigration.
decider-police = La police.
decider-prosecutor = Le procureur.
decider-court = Un tribunal.
decider-labour_inspectorate = L’inspection du travail.
decider-child_protection = Les services de protection de l’enfance.
decider-asylum_authority = Le service chargé de l’asile.
decider-support_provider = Une association d’aide.
referrer-self_ = Vous pouvez le demander vous-même, de préférence avec l’aide d’un avocat.
referrer-first_responder = Un service autorisé doit transmettre votre dossier : la police ou une association d’aide désignée.
referrer-police = La police doit le demander.
referrer-prosecutor = Le procureur doit le demander.
referrer-prosecutor_or_labour_inspectorate = Le procureur ou l’inspection du travail doit le demander.
referrer-ngo = Une association d’aide peut vous aider à le demander.
referrer-lawyer = Un avocat peut vous aider à le demander.
referrer-nobody = Vous n’avez pas besoin de le demander.
value-amount_minor = Montant : { $value } { $currency }
value-annual_cap = Limite par an : { $value ->
        [one] { $value } personne
       *[other] { $value } personnes
    }
value-days = { $value ->
        [one] { $value } jour
       *[other] { $value } jours
    }
value-food_allowance_amount_minor = Aide pour la nourriture : { $value } { $currency }
value-housing_allowance_amount_minor = Aide pour le logement : { $value } { $currency }
value-initial_months = Première période : { $value } mois
value-initial_years = Première période : { $value ->
        [one] { $value } an
       *[other] { $value } ans
    }
value-limitation_years = Délai pour faire la demande : { $value ->
        [one] { $value } an
       *[other] { $value } ans
    }
value-max_days = Jusqu’à { $value ->
        [one] { $value } jour
       *[other] { $value } jours
    }
value-max_months = Jusqu’à { $value } mois
value-max_years = Jusqu’à { $value ->
        [one] { $value } an
       *[other] { $value } ans
    }
value-min_days = Au moins { $value ->
        [one] { $value } jour
       *[other] { $value } jours
    }
value-min_hourly_wage = Salaire minimum par heure : { $value } { $currency }
value-min_months = Au moins { $value } mois
value-months = { $value } mois
value-notice_months = Préavis à donner : { $value } mois
value-notice_months_after_two_years = Préavis après deux ans dans l’emploi : { $value } mois
value-presumed_min_months = Votre emploi est considéré comme ayant duré au moins { $value } mois
value-renewal_months = Renouvellement : { $value } mois
value-years = { $value ->
        [one] { $value } an
       *[other] { $value } ans
    }
value-years_in_scheme = Après { $value ->
        [one] { $value } an
       *[other] { $value } ans
    }

## Aide
help-kind-emergency = Urgence
help-kind-trafficking_helpline = Numéro d’aide contre la traite des êtres humains
help-kind-exploitation_helpline = Numéro d’aide contre l’exploitation au travail
help-kind-labour_inspectorate = Inspection du travail : plaintes sur le travail et le salaire
help-kind-legal_aid = Aide juridique gratuite
help-kind-ngo = Association d’aide
help-kind-asylum = Aide pour l’asile et les réfugiés
help-kind-child_helpline = Numéro d’aide pour les enfants
help-kind-international = Annuaire international
hours-always = Ouvert jour et nuit, tous les jours.
hours-days = Ouvert { $days }, de { $opens } à { $closes }.
days-mon_fri = du lundi au vendredi
days-mon_sat = du lundi au samedi
days-every_day = tous les jours
help-interpreters = Interprètes pour de nombreuses langues.
help-languages = Langues : { $languages }
help-free = Gratuit.
help-checked = Informations vérifiées le { $date }.
help-not-checked = Ces informations n’ont pas encore été vérifiées.
help-more = Détails
help-from-site = De { $name }, qui gère cette page.
help-from-this-site = De l’organisation qui gère cette page.
help-meets = Peut aider pour : { $needs }

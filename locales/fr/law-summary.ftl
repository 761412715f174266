# Les mots de la demande de salaire sur les résultats et du résumé pour un avocat.
# Chargés après la première page, avec les mots du droit.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

claim-heading = Le salaire qu’on vous doit peut-être
claim-lead-owed_against_minimum = Pour { $months } { $months ->
        [one] mois
       *[other] mois
    } de travail, vos réponses montrent qu’on vous doit environ { $amount }, si l’on compte le salaire minimum prévu par la loi.
claim-lead-owed_against_promise = Pour { $months } { $months ->
        [one] mois
       *[other] mois
    } de travail, vos réponses montrent qu’on vous doit environ { $amount }, si l’on compte ce qu’on vous avait promis.
claim-no-figure = Nous n’avons pas pu calculer un chiffre avec vos réponses. Le résumé dit ce qui manque.
claim-deadline-next = Le premier délai encore ouvert se termine le { $date } ({ $route }).
claim-deadline-soon = Agissez vite : un délai se termine le { $date } ({ $route }).
claim-deadline-passed = Certains délais sont peut-être déjà passés. Un avocat peut quand même trouver une solution.
summary-open = Voir le résumé pour un avocat
route-labour_inspectorate = inspection du travail
route-labour_tribunal = tribunal du travail
route-civil_court = tribunal civil
route-criminal_compensation = tribunal pénal
route-state_fund = fonds public pour les victimes de crimes
summary-heading = Résumé du dossier pour un avocat ou un travailleur social
summary-intro = Fait sur cet appareil le { $date }, à partir des réponses de la personne elle-même, selon les règles { $code ->
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
    }. Ce résumé montre des signes, pas des décisions.
summary-chronology = Ce qui s’est passé
stage-recruitment = Le recrutement
stage-journey = Le voyage
stage-work = Le travail
stage-leaving_and_now = Le départ, et maintenant
summary-signs = Signes dans les réponses, et leurs éléments juridiques
summary-no-signs = Les réponses ne montrent aucun signe.
presence-present = présent
presence-absent = absent
presence-unknown = pas connu
element-act = Un acte : recruter, déplacer, remettre à d’autres ou garder la personne
element-means = Un moyen : menaces, force, tromperie ou abus de pouvoir
element-purpose = Un but : l’exploitation
element-child = La personne avait moins de 18 ans
element-under_18 = La personne a ou peut avoir moins de 18 ans
element-menace_of_penalty = Une menace de faire du mal ou de punir
element-involuntary = Un travail qui n’est pas fait librement
element-coercion = La contrainte
element-cannot_change_situation = Ne peut pas changer sa situation
element-lives_at_workplace = Vit là où l’employeur décide
element-wages_withheld = Salaire retenu
element-pay_below_promise = Salaire plus bas que ce qui était promis
element-large_deductions = De grosses sommes retirées du salaire
element-excessive_hours = Des horaires très longs
element-recruitment_fees = Des frais payés pour obtenir le travail
element-smuggled = Passage d’une frontière de façon irrégulière, organisé par d’autres
element-fear_of_return = Peur de rentrer dans son pays
element-protected_reason = Une raison protégée par le droit des réfugiés
element-documents_kept = Passeport ou pièce d’identité gardé par d’autres
element-unsafe_or_degrading = Travail dangereux ou conditions de vie dégradantes
element-violence_at_work = Violence au travail
element-harmed_or_held = Blessé(e) ou retenu(e) pendant le voyage
summary-indicators = Les indicateurs du travail forcé de l’OIT, et les dimensions de l’OIT et de l’UE
summary-no-indicators = Les réponses ne montrent aucun des indicateurs de l’OIT.
indicator-ilo-fl-abuse_of_vulnerability = Abus de vulnérabilité
indicator-ilo-fl-deception = Tromperie
indicator-ilo-fl-restriction_of_movement = Restriction de la liberté de mouvement
indicator-ilo-fl-isolation = Isolement
indicator-ilo-fl-physical_and_sexual_violence = Violences physiques et sexuelles
indicator-ilo-fl-intimidation_and_threats = Intimidation et menaces
indicator-ilo-fl-retention_of_identity_documents = Rétention des documents d’identité
indicator-ilo-fl-withholding_of_wages = Retenue des salaires
indicator-ilo-fl-debt_bondage = Servitude pour dettes
indicator-ilo-fl-abusive_working_and_living_conditions = Conditions de travail et de vie abusives
indicator-ilo-fl-excessive_overtime = Heures supplémentaires excessives
summary-dimension = Dimension
summary-strong-medium-weak = Indicateurs : forts / moyens / faibles
summary-positive = Positive
dimension-deceptive_recruitment = Recrutement trompeur
dimension-coercive_recruitment = Recrutement sous la contrainte
dimension-recruitment_by_abuse_of_vulnerability = Recrutement par abus de vulnérabilité
dimension-exploitative_conditions_of_work = Conditions de travail relevant de l’exploitation
dimension-coercion_at_destination = Contrainte sur le lieu de destination
dimension-abuse_of_vulnerability_at_destination = Abus de vulnérabilité sur le lieu de destination
summary-protections = Protections qui peuvent correspondre, et leurs bases juridiques
summary-english-copy = Copie en anglais pour l’avocat
summary-claim = La demande de salaire, avec le détail du calcul
summary-claim-period = Début : { $began }. Fin : { $ended }. Durée : { $months } { $months ->
        [one] mois
       *[other] mois
    }.
summary-claim-period-ongoing = Début : { $began }. Le travail continue. Durée jusqu’ici : { $months } { $months ->
        [one] mois
       *[other] mois
    }.
figure-owed_against_promise = Dû selon la promesse
figure-owed_against_minimum = Dû selon le salaire minimum prévu par la loi
figure-arrears_at_current_rate = La même chose, comptée au minimum d’aujourd’hui
figure-overtime_at_minimum = Les heures supplémentaires en plus, au minimum
figure-liquidated_damages = Une deuxième fois la même somme (dommages et intérêts forfaitaires, « liquidated damages »)
figure-restitution_at_least = Le moins qu’un tribunal pénal ordonnerait de payer
working-step = Étape
working-formula = Calcul
working-amount = Montant
working-value = Valeur utilisée, et sa source
working-value-from = En vigueur depuis le { $date }.
value-verified = Vérifié dans le texte officiel.
step-promised_for_months = Le salaire promis pour les mois travaillés
step-months_at_rate = Le minimum en vigueur le premier jour de chaque mois
step-sum = Le total
step-less_received = Moins ce qui a été reçu
step-overtime_premium = Le supplément pour les heures supplémentaires
step-arrears_at_current_rate = Compté au taux d’aujourd’hui
step-liquidated_damages_equal = Le minimum et les heures supplémentaires non payés, dus une deuxième fois
step-restitution_greater_of_gain_or_minimum = La valeur du travail au minimum, avec les heures supplémentaires ; plus si l’auteur des faits a gagné plus
summary-not-counted = Ce que les chiffres n’ont pas pu compter
formula-hour = { $count } h
formula-day = { $count } { $count ->
        [one] jour
       *[other] jours
    }
formula-week = { $count } { $count ->
        [one] semaine
       *[other] semaines
    }
formula-month = { $count } mois
not-counted-period = On ne connaît pas les mois travaillés, donc rien n’a pu être compté.
not-counted-promise = On ne connaît pas le salaire promis.
not-counted-received = On ne sait pas ce qui a été reçu, donc rien n’a été enlevé.
not-counted-hours = On ne connaît pas les heures ou les jours travaillés.
not-counted-age = On ne connaît pas l’âge, donc le taux pour les adultes a été utilisé.
not-counted-no_minimum_wage = Nous n’avons pas de salaire minimum légal pour ce pays dans nos données.
not-counted-months_before_first_rate = Certains mois sont avant le premier taux minimum de nos données, ou il n’y avait pas encore de taux pour cet âge.
not-counted-other_currency = Une partie du salaire était dans une autre monnaie, donc elle n’a pas été enlevée.
not-counted-deductions = De l’argent a été retiré du salaire. Nous n’avons pas de règle pour savoir quelle partie était illégale : un avocat peut vérifier.
not-counted-recruitment_fees = Des frais ont été payés pour obtenir le travail. Nous n’avons pas de règle ici pour les compter : un avocat peut vérifier.
not-counted-later_rate_missing = La loi fixe un nouveau salaire minimum à dates régulières, et le dernier taux de nos données a peut-être été remplacé avant la fin du travail. Les derniers mois peuvent être dus à un taux plus élevé : un avocat peut vérifier le taux officiel.
summary-caveats = Ce qu’un avocat doit savoir sur ces chiffres
summary-deadlines = Délais pour faire une demande
summary-no-deadlines = Nous n’avons pas de délais pour ce pays dans nos données.
deadline-length = { $months } { $months ->
        [one] mois
       *[other] mois
    } à partir { $from }.
runs-from-last_payment = de la dernière paie incomplète
runs-from-end_of_work = de la fin du travail
runs-from-end_of_exploitation = de la fin de l’exploitation
runs-from-offence = du crime
runs-from-final_judgment = du jugement définitif dans l’affaire pénale
runs-from-end_of_year = de la fin de l’année où le salaire devait être payé
deadline-not_started = Le délai n’a pas encore commencé : le travail continue.
deadline-open = Si on compte à partir de la fin du mois où le travail s’est terminé, le délai se termine le { $date }.
deadline-soon = Si on compte à partir de la fin du mois où le travail s’est terminé, le délai se termine bientôt, le { $date }.
deadline-passed = Si on compte à partir de la fin du mois où le travail s’est terminé, le délai s’est terminé le { $date }. Un avocat connaît peut-être une exception.
deadline-unknown = On ne sait pas quand le travail s’est terminé.
deadline-after_judgment = Le délai commence à une décision de justice dont nous ne connaissons pas la date.

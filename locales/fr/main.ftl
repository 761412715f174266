# Entitle: French.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no
# glossary: trafficking in persons = traite des personnes (source: UN Trafficking in Persons Protocol, French authentic text, title and art. 3(a); title and preamble read in the French text as republished by the Lebanese government, http://www.atfalouna.gov.lb/fr/document/protocole-additionnel-%C3%A0-la-convention-des-nations-unies-contre-la-criminalit%C3%A9 ; art. 3(a) read only as quoted by others, e.g. https://anti-thb.org/cadre-normatif/les-nations-unies ; the UN's own copy on treaties.un.org / ohchr.org not read) ; traite des êtres humains (source: Council of Europe Convention CETS No. 197, title and chapter headings read at http://www.coe.int/t/dghl/monitoring/trafficking/docs/convntn/cets197_FR.asp ; Directive 2011/36/UE, title and recital 1 read at https://eur-lex.europa.eu/legal-content/FR/TXT/HTML/?uri=CELEX:32011L0036)
# glossary: victim of trafficking = victime de la traite; traffickers = trafiquants (source: UN Trafficking Protocol, French text, preamble «punir les trafiquants et à protéger les victimes de cette traite», same atfalouna.gov.lb copy)
# glossary: forced or compulsory labour = travail forcé ou obligatoire (source: ILO Convention No. 29, French authentic text, art. 2, read on ILO NORMLEX http://ilo.org/dyn/normlex/fr/f?p=1000:12100:::::12100:P12100_INSTRUMENT_ID:312174); the Trafficking Protocol art. 3(a) says «le travail ou les services forcés» (not verified in the UN copy; seen only in quotations)
# glossary: slavery = esclavage; servitude = servitude; exploitation = exploitation (source: UN Trafficking Protocol art. 3(a), French text, «l'exploitation ... l'esclavage ou les pratiques analogues à l'esclavage, la servitude» – not verified in the UN copy: read only as quoted at https://anti-thb.org/cadre-normatif/les-nations-unies and http://memoireonline.com/07/21/11987/m_Le-regime-de-limmigration-irreguliere-par-voie-maritime-en-droit-internation74630615.html)
# glossary: debt bondage = servitude pour dettes (source: UNODC background paper CTOC/COP/WG.4/2010/2, French version, heading IV.F, copy at https://doczz.fr/doc/5126346/analyse-des-concepts-de-base-du-protocole-relatif-%C3%A0-la-tr...)
# glossary: labour exploitation = no official term: no treaty defines it in French; plain text says «exploitation» and describes the work
# glossary: smuggling of migrants = trafic illicite de migrants; smuggler = passeur (source: UN Smuggling of Migrants Protocol, French title «Protocole contre le trafic illicite de migrants par terre, air et mer»; not verified in the UN text: seen on UNODC SHERLOC https://sherloc.unodc.org/cld/fr/education/tertiary/tip-and-som/module-6/introduction-and-learning-outcomes.html and fr.wikipedia; «passeur» is the plain word, not a treaty term)
# glossary: refugee = réfugié; asylum = asile; international protection = protection internationale (not verified: title of the Convention relative au statut des réfugiés, 1951, and of the UNHCR «Principes directeurs sur la protection internationale»; the Convention text was not retrieved)
# glossary: recovery and reflection period = délai de rétablissement et de réflexion (source: Council of Europe Convention CETS No. 197, art. 13; not verified in the article itself: the term is as used in the GRETA guidance note summary at https://contrelatraite.org/index.php/note-orientation-greta ; plain text says «du temps pour vous remettre et réfléchir»)
# glossary: residence permit = titre de séjour (source: Directive 2004/81/CE «relative au titre de séjour délivré aux ressortissants de pays tiers qui sont victimes de la traite des êtres humains», title as cited in the Commission proposal COM(2010) 95 reproduced at https://cdre.eu/61-documentation-en-ligne/immigration/documents/726-communication-de-la-commission-europeenne-du-29-mars-2010-sur-l-application-de-la-directive-2004-81-ce-relative-au-titre-de-sejour-delivre-aux-ressortissants-de-pays-tiers-qui-sont-victimes-d); the Council of Europe Convention art. 14 says «permis de séjour» (not verified)
# glossary: compensation = indemnisation (source: ILO Protocol of 2014 to the Forced Labour Convention (P29), art. 4(1), French text «tels que l'indemnisation», as published in the Swiss Classified Compilation RS 0.822.713.91, https://droit-bilingue.ch/fr-it/0.8/0.82/0.822.713.91-4-7.html ; the Trafficking Protocol art. 6(6) wording not verified)
# glossary: non-punishment = non-sanction (source: Directive 2011/36/UE art. 8, «ne pas poursuivre les victimes ... et de ne pas leur infliger de sanctions», read in the EU-text concordance at http://www.wordscope.be/francais/anglais/d%E2%80%99actes+criminels+aient.html ; P29 art. 4(2), same Swiss copy; the heading of art. 26 of the Council of Europe Convention not verified); plain text says «pas de sanction»

## À propos de cette langue (affiché sur la page « À propos »)
locale-translation-note = Ce texte a été traduit de l’anglais avec l’aide d’un modèle d’intelligence artificielle (IA).
locale-review-note = Il n’a PAS encore été relu par une personne dont le français est la langue maternelle.

## Titre de la page : neutre, pour qu'un coup d'œil à l'onglet ne montre rien.
page-title = Informations

## Quitter cette page
exit-this-page = Quitter cette page
exit-emergency = Urgence
exit-shift-pressed-once = Maj : appuyez encore 2 fois pour quitter.
exit-shift-pressed-twice = Maj : appuyez encore 1 fois pour quitter.

## Choix de la langue et bas de page
language-picker-label = Langue
language-picker-toggle = Langue : { $language }
language-picker-loading = Chargement des autres langues…
language-picker-offline = Les autres langues demandent une connexion à Internet une seule fois. Connectez-vous, puis rouvrez cette liste.
footer-not-advice = Ce sont des informations, pas un conseil juridique.
about-link = À propos de cet outil
footer-site-name = Cette page vous est proposée par { $name }.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = Pour le responsable de ce site : le fichier de réglages site.json n’a pas été utilisé, l’application fonctionne donc avec ses propres réglages. Le problème se trouve à { $field } : { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] le texte n’est plus du JSON valide à partir d’ici.
    [twice] ce champ est écrit deux fois.
    [unknown] aucun réglage ne porte ce nom.
    [missing] ce réglage est obligatoire.
    [not-text] il faut un texte entre guillemets.
    [not-list] il faut une liste entre [ ].
    [not-object] il faut un groupe de réglages entre { "{" } { "}" }.
    [not-true-or-false] il faut true ou false.
    [version] il faut 1.
    [country] ce pays n’est pas couvert par l’application (utilisez un code comme GB).
    [language] l’application ne parle pas cette langue (utilisez un code comme fr).
    [language-tag] il faut un code de langue comme pl ou pt-BR, ou interpreters.
    [need] ce besoin n’est pas connu de l’application.
    [phone] il faut un numéro de 3 à 15 chiffres, avec + devant pour un numéro international, sans espaces.
    [web] il faut une adresse web qui commence par https://.
    [days] il faut mon_fri, mon_sat ou every_day.
    [time] il faut une heure comme 09:00.
    [hours] utilisez soit always: true, soit days avec opens et closes.
    [length] ce texte est vide ou trop long.
    [too-many] cette liste est trop longue.
    [no-way-to-reach] ce contact a besoin d’un phone, d’un sms ou d’une adresse web.
    [repeated] cet élément est déjà dans la liste.
    [display-without-phone] phone_display demande aussi un phone.
   *[other] cette valeur n’est pas permise.
}

## Page d'accueil
start-heading = Vérifiez l’aide et les droits que vous pouvez avoir
start-what-this-is = Répondez à quelques questions courtes sur votre travail et votre voyage. Nous vous montrerons les signes de mauvais traitements dans vos réponses, les droits qui peuvent vous protéger et où trouver de l’aide.
start-danger-heading = Si vous êtes en danger maintenant
start-danger-body = Appelez le numéro d’urgence du pays où vous êtes. Vous pouvez appeler même si vous n’avez pas de papiers.
start-privacy-heading = Vos réponses restent sur ce téléphone
start-privacy-body = Vos réponses ne sont envoyées nulle part. Rien n’est enregistré. Quand vous fermez cette page, vos réponses sont effacées.
start-leave-heading = Partir vite
start-leave-body = Touchez « Quitter cette page » à tout moment, ou appuyez 3 fois sur la touche Maj (Shift). Cette page se fermera et une page météo s’ouvrira.
start-not-heading = Ce que cet outil n’est pas
start-not-body = Ce sont des informations, pas un conseil juridique. Cet outil ne peut pas décider si vous êtes victime d’un crime ou d’un délit. Seules les autorités peuvent le décider. Un avocat ou une association d’aide peut vous aider.
start-button = Commencer

## Questions : mots courants
back = Retour
continue = Continuer
change = Modifier
not-provided = Pas de réponse
select-placeholder = Choisissez une réponse
progress = Question { $n } sur { $total } au maximum
error-summary-title = Il y a un problème
error-choose-one = Choisissez une réponse. Vous pouvez choisir « Je ne sais pas » ou « Je préfère ne pas répondre ».
error-number-range = Saisissez un nombre entier de 0 à { $most }.
reply-yes = Oui
reply-no = Non
reply-dont_know = Je ne sais pas
reply-prefer_not_to_say = Je préfère ne pas répondre
answer-maybe_under_18 = Je ne suis pas sûr(e). J’ai peut-être moins de 18 ans.
answer-years = { $years ->
        [one] { $years } an
       *[other] { $years } ans
    }
answer-count = { $count }

## Pays
country-AU = Australie
country-CA = Canada
country-FR = France
country-DE = Allemagne
country-IT = Italie
country-NL = Pays-Bas
country-PH = Philippines
country-QA = Qatar
country-ES = Espagne
country-TH = Thaïlande
country-GB = Royaume-Uni
country-US = États-Unis
country-EU = Un autre pays de l’UE, l’Islande, le Liechtenstein, la Norvège ou la Suisse
country-ZZ = Un autre pays

## Les questions. Chacune a une ligne d'aide en dessous.
question-country_now = Dans quel pays êtes-vous maintenant ?
question-country_now-hint = Les règles et l’aide que nous montrons dépendent de ce pays.
question-in_danger_now = Êtes-vous en danger en ce moment ?
question-in_danger_now-hint = Par exemple, quelqu’un pourrait vous faire du mal aujourd’hui.
question-nationality = De quel pays avez-vous la nationalité ?
question-nationality-hint = Le pays de votre passeport.
question-age = Quel âge avez-vous ?
question-age-hint = Les règles sont différentes pour les enfants. Un enfant est une personne de moins de 18 ans.
question-age-number = Je connais mon âge
question-under_18_when_it_began = Aviez-vous moins de 18 ans quand ce travail ou ce voyage a commencé ?
question-under_18_when_it_began-hint = Certains droits dépendent de votre âge à ce moment-là, pas de votre âge aujourd’hui.
question-work_kind = Quel type de travail faites-vous, ou avez-vous fait ?
question-work_kind-hint = Choisissez le travail principal.
option-work_kind-domestic = Travail dans une maison (ménage, cuisine, garde d’enfants)
option-work_kind-agriculture = Travail dans une ferme ou dans les champs
option-work_kind-construction = Travail dans le bâtiment
option-work_kind-fishing = Pêche ou travail sur un bateau
option-work_kind-care = Soins aux personnes âgées ou malades
option-work_kind-factory = Travail en usine
option-work_kind-hospitality = Hôtels, restaurants ou nettoyage
option-work_kind-sex_work = Travail du sexe
option-work_kind-criminal_activity = Activités illégales, comme cultiver ou vendre de la drogue, ou voler
option-work_kind-begging = Mendicité (demander de l’argent dans la rue)
option-work_kind-other = Autre travail
question-recruited = Est-ce que quelqu’un vous a trouvé ce travail ou a organisé votre voyage ?
question-recruited-hint = Par exemple un agent, un membre de votre famille ou quelqu’un sur Internet.
question-recruited_by = Qui vous a trouvé ce travail ou a organisé votre voyage ?
question-recruited_by-hint = Choisissez la réponse qui correspond le mieux.
option-recruited_by-agency = Une agence ou un agent
option-recruited_by-relative = Un membre de ma famille
option-recruited_by-partner = Mon petit ami, ma petite amie, mon mari ou ma femme
option-recruited_by-friend = Un ami ou une amie
option-recruited_by-stranger = Quelqu’un que je ne connaissais pas
option-recruited_by-online = Quelqu’un sur Internet
option-recruited_by-employer = L’employeur
option-recruited_by-other = Quelqu’un d’autre
question-forced_to_go = Est-ce qu’on vous a emmené(e) ou fait partir contre votre volonté ?
question-forced_to_go-hint = Par exemple, quelqu’un vous a obligé(e) à voyager ou vous a enlevé(e).
question-moved_by_others = Est-ce que d’autres personnes vous ont déplacé(e) d’un endroit à un autre ?
question-moved_by_others-hint = Par exemple, on vous a conduit(e) dans un nouvel endroit ou on vous a remis(e) à d’autres personnes.
question-promise_broken = Votre travail, votre salaire ou votre logement sont-ils différents de ce qu’on vous avait promis ?
question-promise_broken-hint = Par exemple, un autre travail, moins d’argent ou un logement pire.
question-deceived_about_work = Est-ce que le travail est différent du travail qu’on vous avait promis ?
question-deceived_about_work-hint = Par exemple, on vous avait promis un travail dans un magasin, mais vous travaillez dans une ferme.
question-deceived_about_pay = Est-ce que votre salaire est plus bas que ce qu’on vous avait promis ?
question-deceived_about_pay-hint = Pensez à l’argent que vous recevez vraiment.
question-deceived_about_conditions = Est-ce que vos horaires, votre logement ou votre travail sont pires que ce qu’on vous avait promis ?
question-deceived_about_conditions-hint = Par exemple, des journées plus longues ou un logement plus mauvais.
question-deceived_about_papers = Est-ce qu’on vous avait promis un visa ou des papiers que vous n’avez pas reçus ?
question-deceived_about_papers-hint = Par exemple, un permis de travail.
question-paid_recruitment_fee = Avez-vous payé pour obtenir ce travail ou ce voyage ?
question-paid_recruitment_fee-hint = Par exemple, des frais payés à un agent.
question-owes_debt = Devez-vous de l’argent à votre patron, à un agent ou aux personnes qui vous ont fait venir ?
question-owes_debt-hint = Par exemple, pour votre voyage, votre nourriture ou votre logement.
question-debt_grows = Est-ce que la dette continue d’augmenter, même quand vous travaillez ?
question-debt_grows-hint = Par exemple, ils ajoutent tout le temps des frais.
question-must_work_off_debt = Est-ce qu’on vous dit que vous ne pouvez pas partir avant d’avoir payé la dette ?
question-must_work_off_debt-hint = Ou que vous devez travailler jusqu’à ce qu’elle soit payée.
question-journey = Comment êtes-vous entré(e) dans ce pays ?
question-journey-hint = Choisissez la réponse qui correspond le mieux.
option-journey-regular = Avec un visa ou un permis, en passant par le contrôle à la frontière
option-journey-smuggled = J’ai payé quelqu’un pour me faire entrer sans les bons papiers
option-journey-false_papers = Avec de faux papiers, ou des papiers qui n’étaient pas à moi
option-journey-no_border = Je n’ai pas traversé de frontière
question-harmed_on_journey = Pendant le voyage, est-ce que les personnes qui vous transportaient vous ont frappé(e), blessé(e) ou maltraité(e) ?
question-harmed_on_journey-hint = Comptez tout ce qui vous a fait du mal.
question-held_on_journey = Pendant le voyage, est-ce qu’on vous a retenu(e) contre votre volonté, ou retenu(e) pour obtenir de l’argent ?
question-held_on_journey-hint = Par exemple, enfermé(e) jusqu’à ce que quelqu’un paie.
question-pay_problem = Votre salaire est-il retenu, réduit, ou pas payé du tout ?
question-pay_problem-hint = Aussi si on vous en prend une grande partie pour le logement, la nourriture, des frais ou des amendes.
question-documents_kept = Est-ce que quelqu’un a pris votre passeport ou votre pièce d’identité et l’a gardé ?
question-documents_kept-hint = Par exemple votre patron, un agent ou la personne qui vous a amené(e) ici.
question-documents_held_by = Qui a votre passeport ou votre pièce d’identité maintenant ?
question-documents_held_by-hint = Choisissez la réponse qui correspond le mieux.
option-documents_held_by-themselves = Je l’ai
option-documents_held_by-employer = Mon patron
option-documents_held_by-agent = Un agent
option-documents_held_by-smuggler = Les personnes qui m’ont fait passer la frontière
option-documents_held_by-authorities = La police ou les services de l’immigration
option-documents_held_by-other = Quelqu’un d’autre
option-documents_held_by-lost = Il est perdu ou détruit
question-hurt_or_threatened = Est-ce que quelqu’un vous a fait du mal, ou vous a menacé(e), vous ou votre famille ?
question-hurt_or_threatened-hint = Cela comprend les menaces d’appeler la police ou les services d’immigration.
question-threatened = Est-ce que quelqu’un vous a menacé(e) ?
question-threatened-hint = Par exemple, on vous a dit qu’on allait vous faire du mal.
question-family_threatened = Est-ce que quelqu’un a menacé votre famille ?
question-family_threatened-hint = Ici ou dans votre pays d’origine.
question-threatened_with_authorities = Est-ce que quelqu’un a dit qu’il allait vous dénoncer à la police ou aux services de l’immigration ?
question-threatened_with_authorities-hint = Par exemple, pour vous obliger à continuer à travailler.
question-physical_violence = Est-ce que quelqu’un vous a frappé(e) ou blessé(e) ?
question-physical_violence-hint = Au travail ou là où vous vivez.
question-sexual_violence = Est-ce que quelqu’un vous a forcé(e) à avoir des relations sexuelles, ou vous a touché(e) de façon sexuelle contre votre volonté ?
question-sexual_violence-hint = Vous pouvez choisir « Je préfère ne pas répondre ».
question-locked_in = Est-ce qu’on vous enferme, ou est-ce qu’on vous empêche de sortir ?
question-locked_in-hint = Au travail ou là où vous vivez.
question-watched = Est-ce qu’on vous surveille ou qu’on vous suit tout le temps ?
question-watched-hint = Par exemple, quelqu’un vient toujours avec vous.
question-isolated = Est-ce qu’on vous empêche de parler à votre famille ou à d’autres personnes ?
question-isolated-hint = Par exemple, on vous a pris votre téléphone.
question-cannot_leave = Si vous vouliez quitter ce travail, est-ce qu’on vous en empêcherait ?
question-cannot_leave-hint = Ou est-ce qu’il vous arriverait quelque chose de mauvais ?
question-lives_at_workplace = Est-ce que vous vivez là où vous travaillez, ou là où votre patron décide ?
question-lives_at_workplace-hint = Par exemple, dans la maison de votre patron.
question-residence_status = Quels papiers avez-vous pour rester dans ce pays ?
question-residence_status-hint = Choisissez la réponse qui correspond le mieux.
option-residence_status-citizen = J’ai la nationalité de ce pays
option-residence_status-permanent_resident = J’ai le droit de rester pour toujours
option-residence_status-work_permit = Un visa ou un permis de travail
option-residence_status-student_or_visitor = Un visa d’étudiant ou de visiteur
option-residence_status-asylum_seeker = J’ai demandé l’asile
option-residence_status-refugee = J’ai le statut de réfugié ici
option-residence_status-expired = Mon visa ou mon permis n’est plus valable
option-residence_status-no_papers = Je n’ai pas de papiers
question-tied_to_employer = Est-ce que votre visa dit que vous pouvez travailler seulement pour ce patron ?
question-tied_to_employer-hint = Ou avez-vous besoin de l’accord de votre patron pour changer de travail ?
question-wages_withheld = Est-ce qu’on garde votre salaire, ou est-ce que vous n’êtes pas payé(e) du tout ?
question-wages_withheld-hint = Par exemple, votre patron dit qu’il vous paiera plus tard.
question-large_deductions = Est-ce qu’on retire une grande partie de votre salaire pour le logement, la nourriture, des frais ou des amendes ?
question-large_deductions-hint = De l’argent retiré avant que vous receviez votre salaire.
question-hard_conditions = Les heures sont-elles très longues, le travail dangereux, ou l’endroit où vous dormez très mauvais ?
question-hard_conditions-hint = Par exemple, aucun jour de repos, pas d’équipement de sécurité, ou une pièce surpeuplée et sale.
question-hours_per_day = Combien d’heures travaillez-vous pendant une journée de travail normale ?
question-hours_per_day-hint = Comptez toutes les heures, avec les pauses.
question-hours_per_day-number = Je connais le nombre d’heures
question-days_off_per_week = Combien de jours de repos avez-vous pendant une semaine normale ?
question-days_off_per_week-hint = Des jours sans aucun travail.
question-days_off_per_week-number = Je connais le nombre de jours
question-unsafe_work = Est-ce que votre travail est dangereux, sans la protection ou la formation dont vous avez besoin ?
question-unsafe_work-hint = Par exemple, des produits chimiques sans gants ni masque.
question-degrading_living = Est-ce que vous vivez dans un endroit en très mauvais état ?
question-degrading_living-hint = Par exemple, trop de monde, c’est sale, il n’y a pas d’eau ou pas d’intimité.
question-made_to_do_things = Est-ce que quelqu’un vous a forcé(e) à vous prostituer, à commettre des délits, à vous marier ou à donner une partie de votre corps ?
question-made_to_do_things-hint = Vous pouvez choisir « Je préfère ne pas répondre ».
question-sexual_exploitation = Est-ce qu’on vous oblige à avoir des relations sexuelles avec des personnes, ou à faire du travail du sexe, pour que quelqu’un d’autre gagne de l’argent ?
question-sexual_exploitation-hint = Vous pouvez choisir « Je préfère ne pas répondre ».
question-made_to_break_law = Est-ce qu’on vous a obligé(e) à faire des choses interdites par la loi ?
question-made_to_break_law-hint = Par exemple, cultiver ou vendre de la drogue, voler, ou utiliser de faux papiers.
question-forced_marriage = Est-ce qu’on vous a forcé(e), ou est-ce qu’on vous force, à vous marier ?
question-forced_marriage-hint = Un mariage que vous n’avez pas accepté.
question-organ_removal = Est-ce que quelqu’un vous a pris une partie de votre corps, comme un rein, ou a essayé de vous obliger à la donner ?
question-organ_removal-hint = Aussi si on vous a promis de l’argent pour cela.
question-fear_of_return = Avez-vous peur de ce qui vous arriverait si vous retourniez dans votre pays ?
question-fear_of_return-hint = Pensez aux dangers pour vous là-bas.
question-fear_reason = Pourquoi avez-vous peur d’y retourner ?
question-fear_reason-hint = Choisissez la raison principale.
option-fear_reason-traffickers = Les personnes qui m’ont exploité(e), ou être de nouveau pris(e) au piège
option-fear_reason-persecution = À cause de mon origine, de ma religion, de ma nationalité, de mon groupe ou de mes opinions politiques
option-fear_reason-torture = La torture ou des traitements très cruels
option-fear_reason-family_or_community = La violence de ma famille ou de ma communauté
option-fear_reason-other = Une autre raison
question-wants_to_go_home = Voulez-vous rentrer chez vous ?
question-wants_to_go_home-hint = Dans le pays d’où vous venez.
question-needs_help_now = Avez-vous besoin d’aide maintenant pour votre santé, une langue, vos enfants ou pour rentrer chez vous ?
question-needs_help_now-hint = Si oui, nous posons quelques questions de plus pour vous montrer la bonne aide.
question-children_with_them = Avez-vous des enfants avec vous ?
question-children_with_them-hint = Des enfants de moins de 18 ans qui vivent avec vous.
question-health_needs = Avez-vous besoin d’un médecin ou de soins médicaux ?
question-health_needs-hint = Pour la santé de votre corps ou de votre esprit.
question-speaks_local_language = Parlez-vous la langue du pays où vous êtes ?
question-speaks_local_language-hint = Assez pour parler avec un médecin ou avec la police.
question-still_there = Travaillez-vous encore là-bas, ou êtes-vous encore avec ces personnes ?
question-still_there-hint = Certains droits en dépendent.
question-reported_to_police = Avez-vous parlé à la police ?
question-reported_to_police-hint = De ce qui vous est arrivé.
question-willing_to_help_police = Seriez-vous d’accord pour aider la police dans une enquête ?
question-willing_to_help_police-hint = Certains droits en dépendent. Vous pouvez quand même recevoir de l’aide si vous dites non.

## Vérifier vos réponses
check-heading = Vérifiez vos réponses
check-intro = Vous pouvez modifier chaque réponse avant de voir les résultats.
check-continue = Voir ce que montrent vos réponses

## À propos
about-heading = À propos de cet outil
about-what = Cet outil aide les personnes migrantes à repérer des signes de traite des êtres humains, de travail forcé et d’autres mauvais traitements. Il montre aussi les droits et l’aide qui peuvent s’appliquer. Ce sont des informations, pas un conseil juridique.
about-translation-heading = À propos de cette langue
about-sources-heading = D’où viennent les informations juridiques
about-sources = Chaque droit affiché est accompagné de sa source juridique et de la date à partir de laquelle il s’applique. Les informations que nous n’avons pas pu vérifier avec le texte officiel sont marquées comme non vérifiées.
protection-more = En savoir plus sur ce droit
loading-wait = Chargement en cours. Réessayez dans un instant.

## Les questions sur le salaire
question-work_out_pay = Voulez-vous calculer combien de salaire on vous doit peut-être ?
question-work_out_pay-hint = Il y a environ six questions de plus. Un avocat peut utiliser le chiffre.
question-work_began = Quand avez-vous commencé ce travail ?
question-work_began-hint = Le mois et l’année suffisent.
question-work_ended = Quand ce travail s’est-il terminé ?
question-work_ended-hint = Si vous travaillez encore là-bas, choisissez « J’y travaille encore ».
question-pay_promised = Quel salaire vous avait-on promis ?
question-pay_promised-hint = Écrivez le montant, et choisissez si c’était pour une heure, un jour, une semaine ou un mois.
question-pay_received = Combien d’argent avez-vous vraiment reçu, en tout ?
question-pay_received-hint = Additionnez tout l’argent que vous avez reçu pour ce travail. Un chiffre à peu près suffit.
question-deductions_total = Combien d’argent a-t-on retiré de votre salaire, en tout ?
question-deductions_total-hint = Par exemple pour le logement, la nourriture, des frais, des amendes ou une « dette ». Un chiffre à peu près suffit.
question-recruitment_fees_paid = Combien avez-vous payé pour obtenir ce travail ou pour le voyage ?
question-recruitment_fees_paid-hint = Additionnez tous les frais que vous avez payés à des agents ou à d’autres personnes.
question-paid_to_someone_else = Est-ce que votre salaire a été donné à quelqu’un d’autre, et pas à vous ?
question-paid_to_someone_else-hint = Par exemple à un agent ou à un patron.
answer-kind-month = Je connais le mois
answer-still_working = J’y travaille encore
answer-kind-amount = Je connais le montant
input-month = Mois
input-year = Année
input-amount = Montant
input-currency = Monnaie
# Le libellé de la liste des périodes : « Par » + « heure », « jour »…
input-per = Par
per-hour = heure
per-day = jour
per-week = semaine
per-month = mois
# $per est un des mots ci-dessus : « 1 200 € par mois ».
answer-pay = { $amount } par { $per }
error-month = Choisissez un mois, et écrivez l’année avec quatre chiffres, par exemple 2024.
error-amount = Écrivez le montant en chiffres, par exemple 1200 ou 1200,50.

## Le salaire dû, dans les résultats

## Le résumé du dossier
# $country est le nom du pays, déjà traduit ; d’où la forme « de ce pays (…) » par défaut, comme dans results-meta.
# $from est un des runs-from-… ci-dessous, qui commencent par « de » ou « du » : « 12 mois à partir de la fin du travail ».

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = Enregistrer mes réponses
open-link = Ouvrir des réponses enregistrées

## Listen
listen = Écouter
listen-stop = Arrêter
about-listen-heading = Lecture à voix haute
about-listen-some = Le bouton Écouter lit les mots à voix haute avec une voix qui est sur cet appareil. Les mots ne quittent jamais l’appareil. Cet appareil peut lire à voix haute en : { $languages }.
about-listen-none = Cet appareil n’a pas de voix pour lire à voix haute, donc il n’y a pas de bouton Écouter. L’outil utilise seulement une voix qui est sur l’appareil, donc les mots ne le quittent jamais.

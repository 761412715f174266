# Entitle : français. Messages pour les données juridiques des Nations Unies, de l'OIT, du Conseil de l'Europe, de l'Union européenne et la base internationale. Rédigé par l'équipe Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## Nations Unies
protection-un-palermo_tip-art_6_3-recovery_assistance = De l’aide pour vous remettre de ce que vous avez vécu
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = Vous pouvez recevoir un endroit sûr où vivre, des soins de santé et de l’aide dans une langue que vous comprenez.
protection-un-palermo_tip-art_6_6-compensation = De l’argent pour le mal qu’on vous a fait
protection-un-palermo_tip-art_6_6-compensation-gives = Vous pouvez demander de l’argent pour réparer le mal que vous avez subi.
protection-un-palermo_tip-art_7-permission_to_remain = Le droit de rester dans le pays
protection-un-palermo_tip-art_7-permission_to_remain-gives = Vous pouvez peut-être rester dans le pays pendant un temps, ou plus longtemps.
protection-un-palermo_tip-art_8-safe_return = Rentrer chez vous en sécurité
protection-un-palermo_tip-art_8-safe_return-gives = Si vous voulez rentrer chez vous, vous pouvez demander de l’aide pour faire le voyage de retour en sécurité.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = Pas de sanction seulement parce qu’un passeur vous a fait entrer
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = Vous ne devriez pas être poursuivi(e) en justice seulement parce qu’un passeur vous a fait entrer dans le pays.
protection-un-smuggling_protocol-art_16-protection_from_violence = Protection contre la violence
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = Vous pouvez demander une protection si quelqu’un vous fait du mal ou vous menace. Si votre vie ou votre sécurité est en danger, vous pouvez demander de l’aide.
protection-un-refugee_convention-art_33-non_refoulement = Pas de renvoi vers le danger
protection-un-refugee_convention-art_33-non_refoulement-gives = Vous pouvez demander à ne pas être renvoyé(e) dans un pays où votre vie ou votre liberté serait en danger.
protection-un-cat-art_3-no_return_to_torture = Pas de renvoi vers la torture
protection-un-cat-art_3-no_return_to_torture-gives = Vous pouvez demander à ne pas être renvoyé(e) dans un pays où vous pourriez être torturé(e).
protection-un-crc-art_39-child_recovery = Soins et guérison pour les enfants
protection-un-crc-art_39-child_recovery-gives = Les enfants qui ont subi du mal ou qui ont été exploités peuvent recevoir des soins pour guérir dans leur corps et dans leur esprit, dans un endroit sûr.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = Un salaire juste, même sans papiers
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = Vous pouvez demander le même salaire et les mêmes règles de travail que les travailleurs du pays, même si vous n’avez pas de papiers.
caveat-shall_consider = Le pays doit réfléchir à vous donner ceci, mais il n’est pas obligé de vous le donner.
caveat-other_offences_still_possible = Vous pouvez quand même être poursuivi(e) pour d’autres choses que vous avez faites et qui sont interdites par la loi dans ce pays.
instrument-un-icrmw = Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille (1990)
instrument-un-palermo_tip = Protocole des Nations Unies relatif à la traite des personnes (Protocole de Palerme, 2000)
instrument-un-smuggling_protocol = Protocole des Nations Unies contre le trafic illicite de migrants par terre, air et mer (2000)
instrument-un-refugee_convention = Convention des Nations Unies relative au statut des réfugiés (1951)
instrument-un-cat = Convention des Nations Unies contre la torture (1984)
instrument-un-crc = Convention des Nations Unies relative aux droits de l’enfant (1989)
instrument-unhcr-gip_7 = Principes directeurs du HCR sur la protection internationale n° 7 : victimes de la traite (2006)

## Organisation internationale du Travail
protection-ilo-p29-art_3-identification_and_recovery = De l’aide pour vous libérer et vous remettre
protection-ilo-p29-art_3-identification_and_recovery-gives = Vous pouvez recevoir de l’aide pour sortir du travail forcé, un endroit sûr où rester et des soins de santé.
protection-ilo-p29-art_4_1-remedies_and_compensation = De l’argent pour le travail forcé
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = Vous pouvez demander de l’argent pour le mal qu’on vous a fait et pour le salaire que vous n’avez pas reçu.
protection-ilo-p29-art_4_2-non_punishment = Pas de sanction pour ce qu’on vous a forcé(e) à faire
protection-ilo-p29-art_4_2-non_punishment-gives = Vous ne serez peut-être pas puni(e) pour ce qu’on vous a forcé(e) à faire pendant le travail forcé.
instrument-ilo-c189 = Convention (n° 189) de l’OIT sur les travailleuses et travailleurs domestiques, 2011
instrument-ilo-fl_indicators = Indicateurs du travail forcé de l’OIT (2012)
instrument-ilo-icls_2018_fl = Lignes directrices de l’OIT concernant la mesure du travail forcé (2018)
instrument-ilo-c29 = Convention (n° 29) de l’OIT sur le travail forcé, 1930
instrument-ilo-p29 = Protocole de 2014 de l’OIT relatif à la convention sur le travail forcé
instrument-ilo-fair_recruitment = Principes généraux et directives opérationnelles de l’OIT concernant le recrutement équitable (2019)
instrument-ilo-delphi_2009 = Indicateurs opérationnels de la traite des êtres humains de l’OIT et de la Commission européenne (2009)

## Conseil de l'Europe
protection-coe-ecat-art_10_2-no_removal_during_identification = Pas de renvoi pendant qu’on examine votre situation
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = Vous ne devriez pas être renvoyé(e) du pays pendant que les autorités vérifient ce qui vous est arrivé.
protection-coe-ecat-art_10_3-presumed_child = Traité(e) comme un enfant si votre âge n’est pas clair
protection-coe-ecat-art_10_3-presumed_child-gives = Si personne ne sait vraiment quel âge vous avez, vous pouvez être traité(e) comme un enfant et recevoir la protection des enfants pendant qu’on cherche votre âge.
protection-coe-ecat-art_12-assistance = De l’aide pour le logement, la santé et des conseils
protection-coe-ecat-art_12-assistance-gives = Vous pouvez recevoir un endroit sûr où vivre, des soins de santé, un interprète et des conseils sur vos droits. Vous n’avez pas besoin d’être témoin pour recevoir cette aide.
protection-coe-ecat-art_13-recovery_period = Du temps pour vous reposer et vous remettre
protection-coe-ecat-art_13-recovery_period-gives = Vous pouvez avoir du temps pour vous reposer, vous sentir plus en sécurité et décider quoi faire. Vous ne devriez pas être renvoyé(e) pendant ce temps.
protection-coe-ecat-art_14-residence_permit = Le droit de rester pendant un temps
protection-coe-ecat-art_14-residence_permit-gives = Vous pouvez peut-être recevoir un titre de séjour pour vivre dans le pays pendant un temps, et vous pouvez demander à le renouveler.
protection-coe-ecat-art_15-compensation_and_legal_aid = De l’argent pour le mal subi et une aide juridique
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = Vous pouvez recevoir des informations et une aide juridique, et vous pouvez demander de l’argent aux personnes qui vous ont fait du mal.
protection-coe-ecat-art_16-safe_return = Rentrer chez vous en sécurité
protection-coe-ecat-art_16-safe_return-gives = Si vous voulez rentrer chez vous, vous pouvez demander de l’aide pour rentrer en sécurité, dans le respect de votre sécurité et de vos droits.
protection-coe-ecat-art_26-non_punishment = Pas de sanction pour ce qu’on vous a forcé(e) à faire
protection-coe-ecat-art_26-non_punishment-gives = Vous ne serez peut-être pas puni(e) pour des infractions qu’on vous a forcé(e) à commettre.
caveat-state_chooses_personal_or_cooperation = Chaque pays décide s’il donne ce titre de séjour à cause de votre situation personnelle, parce que vous aidez la police, ou pour ces deux raisons.
instrument-coe-ecat = Convention du Conseil de l’Europe sur la lutte contre la traite des êtres humains (2005)
instrument-coe-echr = Convention européenne des droits de l’homme (1950)
instrument-echr-siliadin = Siliadin c. France, Cour européenne des droits de l’homme (2005)

## Union européenne
protection-eu-directive_2011_36-art_11-assistance = De l’aide pour le logement, la santé et la langue
protection-eu-directive_2011_36-art_11-assistance-gives = Vous pouvez recevoir un endroit sûr où vivre, des soins de santé et un interprète. Vous n’avez pas besoin d’aider la police pour recevoir cette aide.
protection-eu-directive_2011_36-art_8-non_prosecution = Pas de sanction pour ce qu’on vous a forcé(e) à faire
protection-eu-directive_2011_36-art_8-non_prosecution-gives = Vous ne serez peut-être pas poursuivi(e) ni puni(e) pour des infractions qu’on vous a forcé(e) à commettre.
protection-eu-directive_2011_36-art_12-free_legal_representation = Un avocat et des conseils juridiques gratuits
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = Vous pouvez recevoir des conseils juridiques, et un avocat gratuit si vous ne pouvez pas payer.
protection-eu-directive_2011_36-art_13_2-presumed_child = Traité(e) comme un enfant si votre âge n’est pas clair
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = Si personne ne sait vraiment quel âge vous avez, vous pouvez être traité(e) comme un enfant et recevoir tout de suite l’aide prévue pour les enfants.
protection-eu-directive_2011_36-art_17-compensation = De l’argent pour le mal qu’on vous a fait
protection-eu-directive_2011_36-art_17-compensation-gives = Vous pouvez demander de l’argent au fonds du pays pour les victimes de crimes violents, pour réparer le mal qu’on vous a fait.
protection-eu-directive_2004_81-art_6-reflection_period = Du temps pour réfléchir et vous remettre
protection-eu-directive_2004_81-art_6-reflection_period-gives = Vous pouvez avoir du temps pour vous remettre, vous éloigner des personnes qui vous ont fait du mal, et décider si vous voulez aider la police.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = Titre de séjour pendant que vous aidez
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = Vous pouvez peut-être recevoir un titre de séjour pour rester dans le pays pendant que vous aidez la police ou un tribunal dans l’affaire.
protection-eu-directive_2009_52-art_6-back_pay = Le salaire que votre employeur vous doit
protection-eu-directive_2009_52-art_6-back_pay-gives = Vous pouvez demander à votre employeur le salaire que vous n’avez pas reçu, même si vous n’aviez pas le droit de travailler.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = Titre de séjour après un travail très dur et injuste
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = Si vous portez plainte contre un employeur qui vous a très mal traité(e), vous pouvez peut-être recevoir un titre de séjour pour rester pendant l’affaire.
protection-eu-directive_2012_29-art_8-victim_support = Une aide gratuite après un crime ou un délit
protection-eu-directive_2012_29-art_8-victim_support-gives = Vous pouvez recevoir une aide et des conseils gratuits et confidentiels d’un service d’aide, même si vous ne signalez pas l’infraction à la police.
caveat-may_grant = Le pays a le droit de vous donner ceci, mais il n’est pas obligé.
instrument-eu-directive_2011_36 = Directive 2011/36/UE de l’UE sur la lutte contre la traite des êtres humains
instrument-eu-directive_2024_1712 = Directive (UE) 2024/1712 modifiant la directive de l’UE sur la lutte contre la traite des êtres humains
instrument-eu-directive_2004_81 = Directive 2004/81/CE de l’UE relative au titre de séjour des victimes de la traite des êtres humains
instrument-eu-directive_2009_52 = Directive 2009/52/CE de l’UE sur les sanctions contre les employeurs
instrument-eu-directive_2012_29 = Directive 2012/29/UE de l’UE sur les droits des victimes

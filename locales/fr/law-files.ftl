# Les mots de l’enregistrement des réponses dans un fichier et de son ouverture.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Chargés après la première page, avec les mots du droit.

save-heading = Enregistrer vos réponses
save-intro = Vos réponses sont mises dans un fichier sur ce téléphone. Vous pourrez l’ouvrir ici plus tard, ou sur un autre téléphone, ou le donner à un avocat ou à une personne qui vous aide. Cette application ne garde rien.
save-protect = Verrouiller le fichier avec une phrase secrète
save-protect-hint = Conseillé si quelqu’un d’autre peut regarder ce téléphone ou le fichier. Personne ne peut lire le fichier sans la phrase secrète. Si vous l’oubliez, personne ne peut ouvrir le fichier, pas même nous.
save-plain = L’enregistrer sans phrase secrète
save-plain-hint = Toute personne qui a le fichier peut lire vos réponses.
save-passphrase = Phrase secrète
save-passphrase-hint = Au moins 8 lettres, chiffres ou espaces. Trois mots dont vous vous souviendrez, c’est bien.
save-passphrase-again = Tapez encore la phrase secrète
save-button = Enregistrer le fichier
save-working = Verrouillage du fichier. Cela peut prendre quelques secondes.
save-done = C’est enregistré. Cherchez { $file } dans vos téléchargements.
save-done-protected = C’est enregistré et verrouillé. Cherchez { $file } dans vos téléchargements. Gardez bien la phrase secrète : sans elle, le fichier ne s’ouvre pas.
save-error-no-passphrase = Tapez une phrase secrète, ou choisissez d’enregistrer sans.
save-error-short = La phrase secrète doit avoir au moins 8 lettres, chiffres ou espaces.
save-error-mismatch = Les deux phrases secrètes ne sont pas les mêmes. Tapez-les encore.
save-error-failed = Le fichier n’a pas pu être enregistré sur ce téléphone. Réessayez, ou utilisez un autre navigateur.

open-heading = Ouvrir des réponses enregistrées
open-intro = Choisissez un fichier enregistré avec cette application. Il est lu sur ce téléphone seulement.
open-file = Fichier enregistré
open-passphrase = Phrase secrète
open-passphrase-hint = Ce fichier est verrouillé. Tapez la phrase secrète choisie quand vous l’avez enregistré.
open-button = Ouvrir le fichier
open-working = Ouverture du fichier. Cela peut prendre quelques secondes.
open-kept = Rien n’a changé. Vos réponses sont toujours là.

# $detail, quand un message l’a, est un numéro de version ou le nom d’une partie du fichier.
file-error-empty = Ce fichier est vide. Choisissez le fichier que vous avez enregistré.
file-error-too_large = Ce fichier est trop gros pour venir de cette application. Choisissez le fichier que vous avez enregistré.
file-error-not_text = Ce fichier ne vient pas de cette application. C’est peut-être une photo ou un document. Choisissez le fichier que vous avez enregistré.
file-error-truncated = Ce fichier n’est pas complet. Le téléchargement ou la copie n’est peut-être pas fini. Choisissez une autre copie, ou enregistrez-le encore.
file-error-not_json = Ce fichier ne vient pas de cette application. Choisissez le fichier que vous avez enregistré.
file-error-not_entitle = Ce fichier n’a pas été enregistré par cette application. Choisissez le fichier que vous avez enregistré.
file-error-newer = Ce fichier a été enregistré par une version plus récente de cette application (version { $detail }). Ouvrez-le avec la dernière version.
file-error-unknown_field = Ce fichier a une partie que cette application ne connaît pas ({ $detail }). Il a peut-être été modifié, ou enregistré par une version plus récente.
file-error-wrong_value = Une partie de ce fichier a été modifiée et ne peut pas être lue ({ $detail }). Choisissez une autre copie du fichier.
file-error-bad_seal = Le verrou de ce fichier a été modifié, il ne peut donc pas être ouvert ({ $detail }). Choisissez une autre copie du fichier.
file-error-wrong_passphrase = La phrase secrète est fausse, ou le fichier a été modifié après son enregistrement. Vérifiez la phrase secrète et réessayez.
file-error-unreadable = Ce téléphone n’a pas pu lire le fichier. Réessayez.

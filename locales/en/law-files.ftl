# The words of saving the answers to a file and opening one again.
# translation: written in English by the Entitle team.
# reviewed-by-native-speaker: yes
# Loaded after the first page, with the law's words.

save-heading = Save your answers
save-intro = This puts your answers in a file on this phone. You can open it here later, or on another phone, or give it to a lawyer or a support worker. This app keeps nothing.
save-protect = Lock the file with a passphrase
save-protect-hint = Best if someone else may look at this phone or the file. Nobody can read the file without the passphrase. If you forget it, nobody can open the file, not even us.
save-plain = Save it without a passphrase
save-plain-hint = Anyone who gets the file can read your answers.
save-passphrase = Passphrase
save-passphrase-hint = At least 8 letters, numbers or spaces. Three words you will remember work well.
save-passphrase-again = Type the passphrase again
save-button = Save the file
save-working = Locking the file. This can take a few seconds.
save-done = Saved. Look for { $file } in your downloads.
save-done-protected = Saved and locked. Look for { $file } in your downloads. Keep the passphrase safe. The file cannot be opened without it.
save-error-no-passphrase = Type a passphrase, or choose to save without one.
save-error-short = The passphrase needs at least 8 letters, numbers or spaces.
save-error-mismatch = The two passphrases are not the same. Type them again.
save-error-failed = The file could not be saved on this phone. Try again, or use another browser.

open-heading = Open saved answers
open-intro = Choose a file you saved with this app. It is read on this phone only.
open-file = Saved file
open-passphrase = Passphrase
open-passphrase-hint = This file is locked. Type the passphrase you chose when you saved it.
open-button = Open the file
open-working = Opening the file. This can take a few seconds.
open-kept = Nothing has changed. The answers you had are still here.

# $detail, where a message has it, is a version number or the name of a part of the file.
file-error-empty = This file is empty. Choose the file you saved.
file-error-too_large = This file is too big to be one this app saved. Choose the file you saved.
file-error-not_text = This is not a file this app saved. It may be a photo or a document. Choose the file you saved.
file-error-truncated = This file is not complete. It may not have finished downloading or copying. Choose another copy, or save it again.
file-error-not_json = This is not a file this app saved. Choose the file you saved.
file-error-not_entitle = This file was not saved by this app. Choose the file you saved.
file-error-newer = This file was saved by a newer version of this app (version { $detail }). Open it with the newest version.
file-error-unknown_field = This file has a part this app does not know ({ $detail }). It may have been changed, or saved by a newer version.
file-error-wrong_value = A part of this file was changed and cannot be read ({ $detail }). Choose another copy of the file.
file-error-bad_seal = The lock on this file was changed, so it cannot be opened ({ $detail }). Choose another copy of the file.
file-error-wrong_passphrase = The passphrase is wrong, or the file was changed after it was saved. Check the passphrase and try again.
file-error-unreadable = This phone could not read the file. Try again.

# Entitle: Chinese (Simplified). The words of saving the answers to a file and opening one again.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Loaded after the first page, with the law's words.

save-heading = 保存您的回答
save-intro = 这会把您的回答放进这部手机上的一个文件里。以后您可以在这里打开它，也可以在另一部手机上打开，或者把它交给律师或援助工作者。本应用不会保存任何内容。
save-protect = 用密码短语给文件加锁
save-protect-hint = 如果别人可能会看这部手机或这个文件，最好这样做。没有密码短语，任何人都无法读取这个文件。如果您忘了密码短语，任何人都无法打开这个文件，连我们也不行。
save-plain = 不加密码短语直接保存
save-plain-hint = 任何拿到这个文件的人都能读到您的回答。
save-passphrase = 密码短语
save-passphrase-hint = 至少 8 个字母、数字或空格。用三个您记得住的词效果很好。
save-passphrase-again = 再输入一次密码短语
save-button = 保存文件
save-working = 正在给文件加锁。这可能需要几秒钟。
save-done = 已保存。请在您的下载文件夹里查找 { $file }。
save-done-protected = 已保存并加锁。请在您的下载文件夹里查找 { $file }。请妥善保管密码短语。没有它，就无法打开这个文件。
save-error-no-passphrase = 请输入密码短语，或者选择不加密码短语保存。
save-error-short = 密码短语至少需要 8 个字母、数字或空格。
save-error-mismatch = 两次输入的密码短语不一样。请重新输入。
save-error-failed = 无法在这部手机上保存文件。请再试一次，或者换一个浏览器。

open-heading = 打开已保存的回答
open-intro = 请选择您用本应用保存的文件。它只会在这部手机上读取。
open-file = 已保存的文件
open-passphrase = 密码短语
open-passphrase-hint = 这个文件已加锁。请输入您保存时选择的密码短语。
open-button = 打开文件
open-working = 正在打开文件。这可能需要几秒钟。
open-kept = 什么都没有改变。您原来的回答仍然在这里。

# $detail, where a message has it, is a version number or the name of a part of the file.
file-error-empty = 这个文件是空的。请选择您保存的文件。
file-error-too_large = 这个文件太大，不可能是本应用保存的文件。请选择您保存的文件。
file-error-not_text = 这不是本应用保存的文件。它可能是一张照片或一份文档。请选择您保存的文件。
file-error-truncated = 这个文件不完整。它可能没有下载完或复制完。请选择另一份副本，或者重新保存。
file-error-not_json = 这不是本应用保存的文件。请选择您保存的文件。
file-error-not_entitle = 这个文件不是由本应用保存的。请选择您保存的文件。
file-error-newer = 这个文件是由本应用的更新版本（版本 { $detail }）保存的。请用最新版本打开它。
file-error-unknown_field = 这个文件中有本应用不认识的部分（{ $detail }）。它可能被修改过，或者是由更新的版本保存的。
file-error-wrong_value = 这个文件的某个部分被修改过，无法读取（{ $detail }）。请选择这个文件的另一份副本。
file-error-bad_seal = 这个文件的锁被修改过，所以无法打开（{ $detail }）。请选择这个文件的另一份副本。
file-error-wrong_passphrase = 密码短语不对，或者文件在保存后被修改过。请检查密码短语，然后再试一次。
file-error-unreadable = 这部手机无法读取这个文件。请再试一次。

# Entitle: Tagalog (Filipino). The words of saving the answers to a file and opening one again.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Loaded after the first page, with the law's words.

save-heading = I-save ang inyong mga sagot
save-intro = Inilalagay nito ang inyong mga sagot sa isang file sa teleponong ito. Puwede ninyo itong buksan dito mamaya, o sa ibang telepono, o ibigay sa isang abogado o support worker. Walang iniimbak na kahit ano ang app na ito.
save-protect = I-lock ang file gamit ang isang passphrase
save-protect-hint = Mas mabuti ito kung may ibang taong maaaring tumingin sa teleponong ito o sa file. Walang makakabasa ng file kung wala ang passphrase. Kung makalimutan ninyo ito, walang makakapagbukas ng file, kahit kami.
save-plain = I-save nang walang passphrase
save-plain-hint = Mababasa ng sinumang makakuha ng file ang inyong mga sagot.
save-passphrase = Passphrase
save-passphrase-hint = Hindi bababa sa 8 letra, numero o espasyo. Mabuti ang tatlong salitang matatandaan ninyo.
save-passphrase-again = I-type ulit ang passphrase
save-button = I-save ang file
save-working = Nilo-lock ang file. Maaari itong tumagal nang ilang segundo.
save-done = Na-save na. Hanapin ang { $file } sa inyong mga download.
save-done-protected = Na-save at na-lock na. Hanapin ang { $file } sa inyong mga download. Itago nang ligtas ang passphrase. Hindi mabubuksan ang file kung wala ito.
save-error-no-passphrase = Mag-type ng passphrase, o piliing mag-save nang walang passphrase.
save-error-short = Kailangan ng passphrase ng hindi bababa sa 8 letra, numero o espasyo.
save-error-mismatch = Hindi magkapareho ang dalawang passphrase. I-type ulit ang mga ito.
save-error-failed = Hindi ma-save ang file sa teleponong ito. Subukan ulit, o gumamit ng ibang browser.

open-heading = Buksan ang mga na-save na sagot
open-intro = Pumili ng file na na-save ninyo gamit ang app na ito. Sa teleponong ito lang ito binabasa.
open-file = Na-save na file
open-passphrase = Passphrase
open-passphrase-hint = Naka-lock ang file na ito. I-type ang passphrase na pinili ninyo noong na-save ninyo ito.
open-button = Buksan ang file
open-working = Binubuksan ang file. Maaari itong tumagal nang ilang segundo.
open-kept = Walang nagbago. Nandito pa rin ang mga sagot na mayroon kayo.

# $detail, where a message has it, is a version number or the name of a part of the file.
file-error-empty = Walang laman ang file na ito. Piliin ang file na na-save ninyo.
file-error-too_large = Masyadong malaki ang file na ito para maging file na na-save ng app na ito. Piliin ang file na na-save ninyo.
file-error-not_text = Hindi ito file na na-save ng app na ito. Maaaring litrato ito o dokumento. Piliin ang file na na-save ninyo.
file-error-truncated = Hindi kumpleto ang file na ito. Maaaring hindi natapos ang pag-download o pagkopya nito. Pumili ng ibang kopya, o i-save ulit ito.
file-error-not_json = Hindi ito file na na-save ng app na ito. Piliin ang file na na-save ninyo.
file-error-not_entitle = Hindi na-save ng app na ito ang file na ito. Piliin ang file na na-save ninyo.
file-error-newer = Na-save ang file na ito ng mas bagong bersyon ng app na ito (bersyon { $detail }). Buksan ito gamit ang pinakabagong bersyon.
file-error-unknown_field = May bahagi ang file na ito na hindi alam ng app na ito ({ $detail }). Maaaring binago ito, o na-save ng mas bagong bersyon.
file-error-wrong_value = May bahagi ng file na ito na binago at hindi na mabasa ({ $detail }). Pumili ng ibang kopya ng file.
file-error-bad_seal = Binago ang lock ng file na ito, kaya hindi ito mabuksan ({ $detail }). Pumili ng ibang kopya ng file.
file-error-wrong_passphrase = Mali ang passphrase, o binago ang file pagkatapos itong i-save. Suriin ang passphrase at subukan ulit.
file-error-unreadable = Hindi mabasa ng teleponong ito ang file. Subukan ulit.

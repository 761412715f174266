# Entitle: Albanian. The words of saving the answers to a file and opening one again.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Loaded after the first page, with the law's words.

save-heading = Ruani përgjigjet tuaja
save-intro = Kjo i vendos përgjigjet tuaja në një skedar në këtë telefon. Mund ta hapni këtu më vonë, ose në një telefon tjetër, ose t’ia jepni një avokati ose një punonjësi mbështetës. Ky aplikacion nuk ruan asgjë.
save-protect = Kyçeni skedarin me një fjalëkalim
save-protect-hint = Më mirë kështu, nëse dikush tjetër mund ta shohë këtë telefon ose skedarin. Askush nuk mund ta lexojë skedarin pa fjalëkalimin. Nëse e harroni, askush nuk mund ta hapë skedarin, as ne.
save-plain = Ruajeni pa fjalëkalim
save-plain-hint = Kushdo që e merr skedarin mund t’i lexojë përgjigjet tuaja.
save-passphrase = Fjalëkalimi
save-passphrase-hint = Të paktën 8 shkronja, numra ose hapësira. Tri fjalë që do t’i mbani mend funksionojnë mirë.
save-passphrase-again = Shkruajeni fjalëkalimin përsëri
save-button = Ruaj skedarin
save-working = Po kyçet skedari. Kjo mund të zgjasë disa sekonda.
save-done = U ruajt. Kërkoni { $file } te shkarkimet tuaja.
save-done-protected = U ruajt dhe u kyç. Kërkoni { $file } te shkarkimet tuaja. Ruajeni fjalëkalimin në vend të sigurt. Skedari nuk mund të hapet pa të.
save-error-no-passphrase = Shkruani një fjalëkalim, ose zgjidhni ta ruani pa fjalëkalim.
save-error-short = Fjalëkalimi duhet të ketë të paktën 8 shkronja, numra ose hapësira.
save-error-mismatch = Dy fjalëkalimet nuk janë njësoj. Shkruajini përsëri.
save-error-failed = Skedari nuk mund të ruhej në këtë telefon. Provoni përsëri, ose përdorni një shfletues tjetër.

open-heading = Hapni përgjigjet e ruajtura
open-intro = Zgjidhni një skedar që e keni ruajtur me këtë aplikacion. Ai lexohet vetëm në këtë telefon.
open-file = Skedari i ruajtur
open-passphrase = Fjalëkalimi
open-passphrase-hint = Ky skedar është i kyçur. Shkruani fjalëkalimin që zgjodhët kur e ruajtët.
open-button = Hap skedarin
open-working = Po hapet skedari. Kjo mund të zgjasë disa sekonda.
open-kept = Nuk ndryshoi asgjë. Përgjigjet që kishit janë ende këtu.

# $detail, where a message has it, is a version number or the name of a part of the file.
file-error-empty = Ky skedar është bosh. Zgjidhni skedarin që keni ruajtur.
file-error-too_large = Ky skedar është shumë i madh për të qenë një skedar i ruajtur nga ky aplikacion. Zgjidhni skedarin që keni ruajtur.
file-error-not_text = Ky nuk është një skedar i ruajtur nga ky aplikacion. Mund të jetë një foto ose një dokument. Zgjidhni skedarin që keni ruajtur.
file-error-truncated = Ky skedar nuk është i plotë. Ndoshta shkarkimi ose kopjimi nuk mbaroi. Zgjidhni një kopje tjetër, ose ruajeni përsëri.
file-error-not_json = Ky nuk është një skedar i ruajtur nga ky aplikacion. Zgjidhni skedarin që keni ruajtur.
file-error-not_entitle = Ky skedar nuk është ruajtur nga ky aplikacion. Zgjidhni skedarin që keni ruajtur.
file-error-newer = Ky skedar është ruajtur nga një version më i ri i këtij aplikacioni (versioni { $detail }). Hapeni me versionin më të ri.
file-error-unknown_field = Ky skedar ka një pjesë që ky aplikacion nuk e njeh ({ $detail }). Mund të jetë ndryshuar, ose të jetë ruajtur nga një version më i ri.
file-error-wrong_value = Një pjesë e këtij skedari është ndryshuar dhe nuk mund të lexohet ({ $detail }). Zgjidhni një kopje tjetër të skedarit.
file-error-bad_seal = Kyçi i këtij skedari është ndryshuar, prandaj skedari nuk mund të hapet ({ $detail }). Zgjidhni një kopje tjetër të skedarit.
file-error-wrong_passphrase = Fjalëkalimi është i gabuar, ose skedari është ndryshuar pasi u ruajt. Kontrolloni fjalëkalimin dhe provoni përsëri.
file-error-unreadable = Ky telefon nuk mundi ta lexonte skedarin. Provoni përsëri.

# Entitle: Romanian. Cuvintele pentru salvarea răspunsurilor într-un fișier și pentru deschiderea lui din nou.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Loaded after the first page, with the law's words.

save-heading = Salvați răspunsurile
save-intro = Răspunsurile dumneavoastră vor fi puse într-un fișier pe acest telefon. Îl puteți deschide aici mai târziu sau pe alt telefon, ori îl puteți da unui avocat sau unei persoane de sprijin. Această aplicație nu păstrează nimic.
save-protect = Blocați fișierul cu o frază secretă
save-protect-hint = Cel mai bine, dacă altcineva s-ar putea uita în acest telefon sau în fișier. Nimeni nu poate citi fișierul fără fraza secretă. Dacă o uitați, nimeni nu poate deschide fișierul, nici măcar noi.
save-plain = Salvați fără frază secretă
save-plain-hint = Oricine primește fișierul vă poate citi răspunsurile.
save-passphrase = Fraza secretă
save-passphrase-hint = Cel puțin 8 litere, cifre sau spații. Trei cuvinte pe care le veți ține minte sunt o alegere bună.
save-passphrase-again = Scrieți din nou fraza secretă
save-button = Salvați fișierul
save-working = Se blochează fișierul. Poate dura câteva secunde.
save-done = Salvat. Căutați { $file } în descărcări.
save-done-protected = Salvat și blocat. Căutați { $file } în descărcări. Păstrați fraza secretă în siguranță. Fișierul nu poate fi deschis fără ea.
save-error-no-passphrase = Scrieți o frază secretă sau alegeți să salvați fără ea.
save-error-short = Fraza secretă trebuie să aibă cel puțin 8 litere, cifre sau spații.
save-error-mismatch = Cele două fraze secrete nu sunt la fel. Scrieți-le din nou.
save-error-failed = Fișierul nu a putut fi salvat pe acest telefon. Încercați din nou sau folosiți alt browser.

open-heading = Deschideți răspunsurile salvate
open-intro = Alegeți un fișier pe care l-ați salvat cu această aplicație. El este citit doar pe acest telefon.
open-file = Fișier salvat
open-passphrase = Fraza secretă
open-passphrase-hint = Acest fișier este blocat. Scrieți fraza secretă pe care ați ales-o când l-ați salvat.
open-button = Deschideți fișierul
open-working = Se deschide fișierul. Poate dura câteva secunde.
open-kept = Nu s-a schimbat nimic. Răspunsurile pe care le aveați sunt încă aici.

# $detail, where a message has it, is a version number or the name of a part of the file.
file-error-empty = Acest fișier este gol. Alegeți fișierul pe care l-ați salvat.
file-error-too_large = Acest fișier este prea mare ca să fie unul salvat de această aplicație. Alegeți fișierul pe care l-ați salvat.
file-error-not_text = Acesta nu este un fișier salvat de această aplicație. Poate fi o fotografie sau un document. Alegeți fișierul pe care l-ați salvat.
file-error-truncated = Acest fișier nu este complet. Poate că nu s-a terminat descărcarea sau copierea. Alegeți altă copie sau salvați-l din nou.
file-error-not_json = Acesta nu este un fișier salvat de această aplicație. Alegeți fișierul pe care l-ați salvat.
file-error-not_entitle = Acest fișier nu a fost salvat de această aplicație. Alegeți fișierul pe care l-ați salvat.
file-error-newer = Acest fișier a fost salvat de o versiune mai nouă a aplicației (versiunea { $detail }). Deschideți-l cu cea mai nouă versiune.
file-error-unknown_field = Acest fișier are o parte pe care aplicația nu o cunoaște ({ $detail }). Poate a fost modificat sau salvat de o versiune mai nouă.
file-error-wrong_value = O parte a acestui fișier a fost modificată și nu poate fi citită ({ $detail }). Alegeți altă copie a fișierului.
file-error-bad_seal = Blocarea acestui fișier a fost modificată, așa că fișierul nu poate fi deschis ({ $detail }). Alegeți altă copie a fișierului.
file-error-wrong_passphrase = Fraza secretă este greșită sau fișierul a fost modificat după ce a fost salvat. Verificați fraza secretă și încercați din nou.
file-error-unreadable = Acest telefon nu a putut citi fișierul. Încercați din nou.

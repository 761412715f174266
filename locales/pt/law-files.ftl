# Entitle: Portuguese. The words of saving the answers to a file and opening one again.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Loaded after the first page, with the law's words.

save-heading = Salvar as suas respostas
save-intro = Isto coloca as suas respostas num arquivo neste celular. Você pode abrir o arquivo aqui mais tarde, ou em outro celular, ou entregá-lo a um advogado ou a alguém de uma organização de apoio. Este aplicativo não guarda nada.
save-protect = Trancar o arquivo com uma senha
save-protect-hint = É melhor se outra pessoa puder olhar este celular ou o arquivo. Ninguém consegue ler o arquivo sem a senha. Se você esquecer a senha, ninguém consegue abrir o arquivo, nem nós.
save-plain = Salvar sem senha
save-plain-hint = Qualquer pessoa que pegar o arquivo pode ler as suas respostas.
save-passphrase = Senha
save-passphrase-hint = Pelo menos 8 letras, números ou espaços. Três palavras que você vai lembrar funcionam bem.
save-passphrase-again = Digite a senha de novo
save-button = Salvar o arquivo
save-working = Trancando o arquivo. Isso pode levar alguns segundos.
save-done = Salvo. Procure { $file } nos seus downloads.
save-done-protected = Salvo e trancado. Procure { $file } nos seus downloads. Guarde a senha em segurança. O arquivo não pode ser aberto sem ela.
save-error-no-passphrase = Digite uma senha, ou escolha salvar sem senha.
save-error-short = A senha precisa ter pelo menos 8 letras, números ou espaços.
save-error-mismatch = As duas senhas não são iguais. Digite de novo.
save-error-failed = Não foi possível salvar o arquivo neste celular. Tente de novo, ou use outro navegador.

open-heading = Abrir respostas salvas
open-intro = Escolha um arquivo que você salvou com este aplicativo. Ele é lido só neste celular.
open-file = Arquivo salvo
open-passphrase = Senha
open-passphrase-hint = Este arquivo está trancado. Digite a senha que você escolheu quando o salvou.
open-button = Abrir o arquivo
open-working = Abrindo o arquivo. Isso pode levar alguns segundos.
open-kept = Nada mudou. As respostas que você tinha continuam aqui.

# $detail, where a message has it, is a version number or the name of a part of the file.
file-error-empty = Este arquivo está vazio. Escolha o arquivo que você salvou.
file-error-too_large = Este arquivo é grande demais para ser um arquivo salvo por este aplicativo. Escolha o arquivo que você salvou.
file-error-not_text = Este não é um arquivo salvo por este aplicativo. Pode ser uma foto ou um documento. Escolha o arquivo que você salvou.
file-error-truncated = Este arquivo não está completo. Talvez o download ou a cópia não tenha terminado. Escolha outra cópia, ou salve de novo.
file-error-not_json = Este não é um arquivo salvo por este aplicativo. Escolha o arquivo que você salvou.
file-error-not_entitle = Este arquivo não foi salvo por este aplicativo. Escolha o arquivo que você salvou.
file-error-newer = Este arquivo foi salvo por uma versão mais nova deste aplicativo (versão { $detail }). Abra com a versão mais nova.
file-error-unknown_field = Este arquivo tem uma parte que este aplicativo não conhece ({ $detail }). Ele pode ter sido alterado, ou salvo por uma versão mais nova.
file-error-wrong_value = Uma parte deste arquivo foi alterada e não pode ser lida ({ $detail }). Escolha outra cópia do arquivo.
file-error-bad_seal = O cadeado deste arquivo foi alterado, então ele não pode ser aberto ({ $detail }). Escolha outra cópia do arquivo.
file-error-wrong_passphrase = A senha está errada, ou o arquivo foi alterado depois de ser salvo. Confira a senha e tente de novo.
file-error-unreadable = Este celular não conseguiu ler o arquivo. Tente de novo.

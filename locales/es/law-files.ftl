# Las palabras para guardar las respuestas en un archivo y abrirlo de nuevo.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Se cargan después de la primera página, con las palabras de la ley.

save-heading = Guardar sus respuestas
save-intro = Sus respuestas se ponen en un archivo en este teléfono. Puede abrirlo aquí más tarde, o en otro teléfono, o dárselo a un abogado o a una persona que le ayuda. Esta aplicación no guarda nada.
save-protect = Cerrar el archivo con una frase secreta
save-protect-hint = Es lo mejor si otra persona puede mirar este teléfono o el archivo. Nadie puede leer el archivo sin la frase secreta. Si la olvida, nadie puede abrir el archivo, ni siquiera nosotros.
save-plain = Guardarlo sin frase secreta
save-plain-hint = Cualquier persona que tenga el archivo puede leer sus respuestas.
save-passphrase = Frase secreta
save-passphrase-hint = Al menos 8 letras, números o espacios. Tres palabras que vaya a recordar sirven bien.
save-passphrase-again = Escriba otra vez la frase secreta
save-button = Guardar el archivo
save-working = Cerrando el archivo. Puede tardar unos segundos.
save-done = Guardado. Busque { $file } en sus descargas.
save-done-protected = Guardado y cerrado. Busque { $file } en sus descargas. Guarde bien la frase secreta: sin ella el archivo no se abre.
save-error-no-passphrase = Escriba una frase secreta, o elija guardar sin ella.
save-error-short = La frase secreta necesita al menos 8 letras, números o espacios.
save-error-mismatch = Las dos frases secretas no son iguales. Escríbalas otra vez.
save-error-failed = No se pudo guardar el archivo en este teléfono. Inténtelo otra vez, o use otro navegador.

open-heading = Abrir respuestas guardadas
open-intro = Elija un archivo que guardó con esta aplicación. Se lee solo en este teléfono.
open-file = Archivo guardado
open-passphrase = Frase secreta
open-passphrase-hint = Este archivo está cerrado. Escriba la frase secreta que eligió al guardarlo.
open-button = Abrir el archivo
open-working = Abriendo el archivo. Puede tardar unos segundos.
open-kept = No ha cambiado nada. Sus respuestas siguen aquí.

# $detail, cuando un mensaje lo tiene, es un número de versión o el nombre de una parte del archivo.
file-error-empty = Este archivo está vacío. Elija el archivo que guardó.
file-error-too_large = Este archivo es demasiado grande para ser de esta aplicación. Elija el archivo que guardó.
file-error-not_text = Este archivo no es de esta aplicación. Puede ser una foto o un documento. Elija el archivo que guardó.
file-error-truncated = Este archivo no está completo. Puede que la descarga o la copia no terminara. Elija otra copia, o guárdelo otra vez.
file-error-not_json = Este archivo no es de esta aplicación. Elija el archivo que guardó.
file-error-not_entitle = Este archivo no lo guardó esta aplicación. Elija el archivo que guardó.
file-error-newer = Este archivo lo guardó una versión más nueva de esta aplicación (versión { $detail }). Ábralo con la versión más nueva.
file-error-unknown_field = Este archivo tiene una parte que esta aplicación no conoce ({ $detail }). Puede que lo cambiaran, o que lo guardara una versión más nueva.
file-error-wrong_value = Una parte de este archivo se cambió y no se puede leer ({ $detail }). Elija otra copia del archivo.
file-error-bad_seal = El cierre de este archivo se cambió y por eso no se puede abrir ({ $detail }). Elija otra copia del archivo.
file-error-wrong_passphrase = La frase secreta no es correcta, o el archivo se cambió después de guardarlo. Revise la frase secreta e inténtelo otra vez.
file-error-unreadable = Este teléfono no pudo leer el archivo. Inténtelo otra vez.

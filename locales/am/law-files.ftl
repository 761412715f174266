# Entitle: Amharic. The words of saving the answers to a file and opening one again.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Loaded after the first page, with the law's words.

save-heading = መልሶችዎን ያስቀምጡ
save-intro = ይህ መልሶችዎን በዚህ ስልክ ላይ ባለ ፋይል ውስጥ ያስቀምጣል። በኋላ እዚህ ወይም በሌላ ስልክ ሊከፍቱት፣ ወይም ለጠበቃ ወይም ለድጋፍ ሠራተኛ ሊሰጡት ይችላሉ። ይህ መተግበሪያ ምንም ነገር አያስቀምጥም።
save-protect = ፋይሉን በይለፍ ሐረግ ይቆልፉ
save-protect-hint = ሌላ ሰው ይህን ስልክ ወይም ፋይሉን ሊያይ የሚችል ከሆነ ይህ ይመረጣል። ያለ ይለፍ ሐረጉ ማንም ፋይሉን ማንበብ አይችልም። ከረሱት፣ ማንም ፋይሉን መክፈት አይችልም፤ እኛም ብንሆን።
save-plain = ያለ ይለፍ ሐረግ ያስቀምጡት
save-plain-hint = ፋይሉን ያገኘ ማንኛውም ሰው መልሶችዎን ማንበብ ይችላል።
save-passphrase = የይለፍ ሐረግ
save-passphrase-hint = ቢያንስ 8 ፊደሎች፣ ቁጥሮች ወይም ክፍተቶች። የሚያስታውሷቸው ሦስት ቃላት ጥሩ ይሠራሉ።
save-passphrase-again = የይለፍ ሐረጉን እንደገና ይጻፉ
save-button = ፋይሉን አስቀምጥ
save-working = ፋይሉ እየተቆለፈ ነው። ይህ ጥቂት ሰከንዶች ሊወስድ ይችላል።
save-done = ተቀምጧል። { $file } የሚለውን በወረዱ ፋይሎች (downloads) ውስጥ ይፈልጉ።
save-done-protected = ተቀምጧል፤ ተቆልፏልም። { $file } የሚለውን በወረዱ ፋይሎች (downloads) ውስጥ ይፈልጉ። የይለፍ ሐረጉን በጥንቃቄ ይያዙ። ያለ እሱ ፋይሉ ሊከፈት አይችልም።
save-error-no-passphrase = የይለፍ ሐረግ ይጻፉ፣ ወይም ያለ ይለፍ ሐረግ ማስቀመጥን ይምረጡ።
save-error-short = የይለፍ ሐረጉ ቢያንስ 8 ፊደሎች፣ ቁጥሮች ወይም ክፍተቶች ያስፈልገዋል።
save-error-mismatch = ሁለቱ የይለፍ ሐረጎች አንድ አይደሉም። እንደገና ይጻፏቸው።
save-error-failed = ፋይሉን በዚህ ስልክ ላይ ማስቀመጥ አልተቻለም። እንደገና ይሞክሩ፣ ወይም ሌላ ብሮውዘር ይጠቀሙ።

open-heading = የተቀመጡ መልሶችን ይክፈቱ
open-intro = በዚህ መተግበሪያ ያስቀመጡትን ፋይል ይምረጡ። የሚነበበው በዚህ ስልክ ላይ ብቻ ነው።
open-file = የተቀመጠ ፋይል
open-passphrase = የይለፍ ሐረግ
open-passphrase-hint = ይህ ፋይል ተቆልፏል። ሲያስቀምጡት የመረጡትን የይለፍ ሐረግ ይጻፉ።
open-button = ፋይሉን ክፈት
open-working = ፋይሉ እየተከፈተ ነው። ይህ ጥቂት ሰከንዶች ሊወስድ ይችላል።
open-kept = ምንም ነገር አልተቀየረም። የነበሩዎት መልሶች አሁንም እዚህ አሉ።

# $detail, where a message has it, is a version number or the name of a part of the file.
file-error-empty = ይህ ፋይል ባዶ ነው። ያስቀመጡትን ፋይል ይምረጡ።
file-error-too_large = ይህ ፋይል ይህ መተግበሪያ ያስቀመጠው ለመሆን በጣም ትልቅ ነው። ያስቀመጡትን ፋይል ይምረጡ።
file-error-not_text = ይህ መተግበሪያ ያስቀመጠው ፋይል አይደለም። ፎቶ ወይም ሰነድ ሊሆን ይችላል። ያስቀመጡትን ፋይል ይምረጡ።
file-error-truncated = ይህ ፋይል የተሟላ አይደለም። ማውረዱ ወይም መቅዳቱ ሳይጠናቀቅ ቀርቶ ሊሆን ይችላል። ሌላ ቅጂ ይምረጡ፣ ወይም እንደገና ያስቀምጡት።
file-error-not_json = ይህ መተግበሪያ ያስቀመጠው ፋይል አይደለም። ያስቀመጡትን ፋይል ይምረጡ።
file-error-not_entitle = ይህ ፋይል የተቀመጠው በዚህ መተግበሪያ አይደለም። ያስቀመጡትን ፋይል ይምረጡ።
file-error-newer = ይህ ፋይል የተቀመጠው በአዲስ የዚህ መተግበሪያ ስሪት ነው (ስሪት { $detail })። በአዲሱ ስሪት ይክፈቱት።
file-error-unknown_field = ይህ ፋይል ይህ መተግበሪያ የማያውቀው ክፍል አለው ({ $detail })። ተቀይሮ ወይም በአዲስ ስሪት ተቀምጦ ሊሆን ይችላል።
file-error-wrong_value = የዚህ ፋይል አንድ ክፍል ተቀይሯል፤ ሊነበብም አይችልም ({ $detail })። ሌላ የፋይሉን ቅጂ ይምረጡ።
file-error-bad_seal = የዚህ ፋይል ቁልፍ ተቀይሯል፤ ስለዚህ ሊከፈት አይችልም ({ $detail })። ሌላ የፋይሉን ቅጂ ይምረጡ።
file-error-wrong_passphrase = የይለፍ ሐረጉ ስሕተት ነው፣ ወይም ፋይሉ ከተቀመጠ በኋላ ተቀይሯል። የይለፍ ሐረጉን ያረጋግጡና እንደገና ይሞክሩ።
file-error-unreadable = ይህ ስልክ ፋይሉን ማንበብ አልቻለም። እንደገና ይሞክሩ።

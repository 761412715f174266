# Entitle: Tigrinya. The words of saving the answers to a file and opening one again.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

# Loaded after the first page, with the law's words.

save-heading = መልስታትኩም ዓቅቡ
save-intro = እዚ ንመልስታትኩም ኣብዚ ስልኪ ኣብ ፋይል የቐምጦም። ድሒርኩም ኣብዚ ክትከፍትዎ ትኽእሉ ኢኹም፣ ወይ ኣብ ካልእ ስልኪ። ንጠበቓ ወይ ንሰራሕተኛ ደገፍ'ውን ክትህብዎ ትኽእሉ ኢኹም። እዚ ኣፕ ዝኾነ ነገር ኣይዕቅብን።
save-protect = ነቲ ፋይል ብመሕለፊ ቃል ዕጸውዎ
save-protect-hint = ካልእ ሰብ ነዚ ስልኪ ወይ ነቲ ፋይል ክርእዮ እንተኽኢሉ፣ እዚ ይበልጽ። ብዘይ መሕለፊ ቃል ዝኾነ ሰብ ነቲ ፋይል ከንብቦ ኣይክእልን። እንተረሲዕኩምዎ፣ ዝኾነ ሰብ ነቲ ፋይል ክኸፍቶ ኣይክእልን፣ ንሕና'ውን ኣይንኽእልን።
save-plain = ብዘይ መሕለፊ ቃል ዓቅብዎ
save-plain-hint = ነቲ ፋይል ዝረኸበ ዝኾነ ሰብ መልስታትኩም ከንብብ ይኽእል።
save-passphrase = መሕለፊ ቃል
save-passphrase-hint = እንተወሓደ 8 ፊደላት፣ ቁጽርታት ወይ ባዶ ቦታታት። እትዝክርዎም ሰለስተ ቃላት ጽቡቕ ይሰርሑ።
save-passphrase-again = መሕለፊ ቃል ደጊምኩም ጽሓፉ
save-button = ነቲ ፋይል ዓቅብዎ
save-working = ነቲ ፋይል ይዓጽዎ ኣሎ። ቁሩብ ካልኢታት ክወስድ ይኽእል።
save-done = ተዓቂቡ። ኣብቲ ዝወረዱ ፋይላት (downloads) { $file } ድለዩ።
save-done-protected = ተዓቂቡን ተዓጽዩን። ኣብቲ ዝወረዱ ፋይላት (downloads) { $file } ድለዩ። መሕለፊ ቃል ብጥንቃቐ ሓልውዎ። ብዘይኡ እቲ ፋይል ክኽፈት ኣይክእልን።
save-error-no-passphrase = መሕለፊ ቃል ጽሓፉ፣ ወይ ብዘይ መሕለፊ ቃል ምዕቃብ ምረጹ።
save-error-short = መሕለፊ ቃል እንተወሓደ 8 ፊደላት፣ ቁጽርታት ወይ ባዶ ቦታታት የድልዮ።
save-error-mismatch = እቶም ክልተ መሕለፊ ቃላት ሓደ ኣይኮኑን። ደጊምኩም ጽሓፍዎም።
save-error-failed = እቲ ፋይል ኣብዚ ስልኪ ክዕቀብ ኣይከኣለን። ደጊምኩም ፈትኑ፣ ወይ ካልእ ብራውዘር ተጠቐሙ።

open-heading = ዝተዓቀቡ መልስታት ክፈቱ
open-intro = በዚ ኣፕ ዝዓቀብኩምዎ ፋይል ምረጹ። ኣብዚ ስልኪ ጥራሕ እዩ ዝንበብ።
open-file = ዝተዓቀበ ፋይል
open-passphrase = መሕለፊ ቃል
open-passphrase-hint = እዚ ፋይል ዕጹው እዩ። ክትዕቅብዎ ከለኹም ዝመረጽኩምዎ መሕለፊ ቃል ጽሓፉ።
open-button = ነቲ ፋይል ክፈትዎ
open-working = ነቲ ፋይል ይኸፍቶ ኣሎ። ቁሩብ ካልኢታት ክወስድ ይኽእል።
open-kept = ዝተቐየረ ነገር የለን። ዝነበሩኹም መልስታት ገና ኣብዚ ኣለዉ።

# $detail, where a message has it, is a version number or the name of a part of the file.
file-error-empty = እዚ ፋይል ባዶ እዩ። ዝዓቀብኩምዎ ፋይል ምረጹ።
file-error-too_large = እዚ ፋይል፣ በዚ ኣፕ ዝተዓቀበ ክኸውን ኣዝዩ ዓቢ እዩ። ዝዓቀብኩምዎ ፋይል ምረጹ።
file-error-not_text = እዚ በዚ ኣፕ ዝተዓቀበ ፋይል ኣይኮነን። ስእሊ ወይ ሰነድ ክኸውን ይኽእል። ዝዓቀብኩምዎ ፋይል ምረጹ።
file-error-truncated = እዚ ፋይል ምሉእ ኣይኮነን። ምውራዱ ወይ ምቕዳሑ ኣይወድአን ይኸውን። ካልእ ቅዳሕ ምረጹ፣ ወይ ደጊምኩም ዓቅብዎ።
file-error-not_json = እዚ በዚ ኣፕ ዝተዓቀበ ፋይል ኣይኮነን። ዝዓቀብኩምዎ ፋይል ምረጹ።
file-error-not_entitle = እዚ ፋይል በዚ ኣፕ ኣይተዓቀበን። ዝዓቀብኩምዎ ፋይል ምረጹ።
file-error-newer = እዚ ፋይል ብሓድሽ ስሪት ናይዚ ኣፕ እዩ ተዓቂቡ (ስሪት { $detail })። ብእቲ ዝሓደሸ ስሪት ክፈትዎ።
file-error-unknown_field = እዚ ፋይል እዚ ኣፕ ዘይፈልጦ ክፋል ኣለዎ ({ $detail })። ተቐይሩ ይኸውን፣ ወይ ብሓድሽ ስሪት ተዓቂቡ ይኸውን።
file-error-wrong_value = ሓደ ክፋል ናይዚ ፋይል ተቐይሩ፣ ክንበብ ኣይክእልን ({ $detail })። ካልእ ቅዳሕ ናይቲ ፋይል ምረጹ።
file-error-bad_seal = መዕጸዊ ናይዚ ፋይል ተቐይሩ፣ ስለዚ ክኽፈት ኣይክእልን ({ $detail })። ካልእ ቅዳሕ ናይቲ ፋይል ምረጹ።
file-error-wrong_passphrase = መሕለፊ ቃል ጌጋ እዩ፣ ወይ እቲ ፋይል ድሕሪ ምዕቃቡ ተቐይሩ። መሕለፊ ቃል ኣረጋጊጽኩም ደጊምኩም ፈትኑ።
file-error-unreadable = እዚ ስልኪ ነቲ ፋይል ከንብቦ ኣይከኣለን። ደጊምኩም ፈትኑ።

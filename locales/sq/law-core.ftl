# Entitle: Albanian. Messages for the legal data of the United Nations, ILO, Council of Europe and European Union layers and the international baseline.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Kombet e Bashkuara
protection-un-palermo_tip-art_6_3-recovery_assistance = Ndihmë për t’u rimëkëmbur pas dëmit
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = Mund të merrni një vend të sigurt për të jetuar, kujdes shëndetësor dhe ndihmë në një gjuhë që e kuptoni.
protection-un-palermo_tip-art_6_6-compensation = Para për dëmin që ju është bërë
protection-un-palermo_tip-art_6_6-compensation-gives = Mund të kërkoni para për të kompensuar dëmin që keni pësuar.
protection-un-palermo_tip-art_7-permission_to_remain = Leje për të qëndruar në vend
protection-un-palermo_tip-art_7-permission_to_remain-gives = Mund t’ju lejojnë të qëndroni në vend për një kohë, ose për më gjatë.
protection-un-palermo_tip-art_8-safe_return = Kthimi i sigurt në shtëpi
protection-un-palermo_tip-art_8-safe_return-gives = Nëse doni të ktheheni në shtëpi, mund të kërkoni ndihmë për të udhëtuar mbrapsht në mënyrë të sigurt.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = Pa dënim vetëm sepse ju futën me kontrabandë
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = Nuk duhet t’ju akuzojnë për krim vetëm sepse dikush ju futi me kontrabandë në vend.
protection-un-smuggling_protocol-art_16-protection_from_violence = Mbrojtje nga dhuna
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = Mund të kërkoni mbrojtje nëse dikush ju lëndon ose ju kërcënon. Nëse jeta ose siguria juaj është në rrezik, mund të kërkoni ndihmë.
protection-un-refugee_convention-art_33-non_refoulement = Të mos ju kthejnë drejt rrezikut
protection-un-refugee_convention-art_33-non_refoulement-gives = Mund të kërkoni të mos ju dërgojnë në një vend ku jeta ose liria juaj do të ishte në rrezik.
protection-un-cat-art_3-no_return_to_torture = Të mos ju kthejnë drejt torturës
protection-un-cat-art_3-no_return_to_torture-gives = Mund të kërkoni të mos ju dërgojnë në një vend ku mund t’ju torturojnë.
protection-un-crc-art_39-child_recovery = Kujdes dhe shërim për fëmijët
protection-un-crc-art_39-child_recovery-gives = Fëmijët që janë lënduar ose keqpërdorur mund të marrin kujdes për t’u shëruar në trup dhe në mendje, në një vend të sigurt.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = Pagë e drejtë edhe pa dokumente
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = Mund të kërkoni të njëjtën pagë dhe të njëjtat rregulla pune si punëtorët vendës, edhe nëse nuk keni dokumente.
caveat-shall_consider = Shteti duhet ta shqyrtojë mundësinë që t’jua japë këtë, por nuk është i detyruar ta japë.
caveat-other_offences_still_possible = Mund t’ju akuzojnë gjithsesi për gjëra të tjera që keni bërë dhe që janë krime në atë vend.
instrument-un-icrmw = Konventa Ndërkombëtare për Mbrojtjen e të Drejtave të të Gjithë Punëtorëve Migrantë dhe të Anëtarëve të Familjeve të Tyre (1990)
instrument-un-palermo_tip = Protokolli i OKB-së kundër trafikimit të personave (Protokolli i Palermos, 2000)
instrument-un-smuggling_protocol = Protokolli i OKB-së kundër kontrabandimit të migrantëve nga toka, deti dhe ajri (2000)
instrument-un-refugee_convention = Konventa e OKB-së për statusin e refugjatëve (1951)
instrument-un-cat = Konventa e OKB-së kundër torturës (1984)
instrument-un-crc = Konventa e OKB-së për të drejtat e fëmijës (1989)
instrument-unhcr-gip_7 = Udhëzimet e UNHCR-së për mbrojtjen ndërkombëtare nr. 7: viktimat e trafikimit (2006)

## Organizata Ndërkombëtare e Punës (ILO)
protection-ilo-p29-art_3-identification_and_recovery = Ndihmë për t’u çliruar dhe për t’u rimëkëmbur
protection-ilo-p29-art_3-identification_and_recovery-gives = Mund të merrni ndihmë për të dalë nga puna e detyruar, një vend të sigurt për të qëndruar dhe kujdes shëndetësor.
protection-ilo-p29-art_4_1-remedies_and_compensation = Para për punën e detyruar
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = Mund të kërkoni para për dëmin që ju është bërë dhe për pagën që nuk e morët.
protection-ilo-p29-art_4_2-non_punishment = Pa dënim për atë që ju detyruan të bënit
protection-ilo-p29-art_4_2-non_punishment-gives = Mund të mos dënoheni për gjërat që ju detyruan t’i bënit kur ishit në punë të detyruar.
instrument-ilo-c189 = Konventa e ILO-s për punëtorët shtëpiakë, 2011 (nr. 189)
instrument-ilo-fl_indicators = Treguesit e ILO-s për punën e detyruar (2012)
instrument-ilo-icls_2018_fl = Udhëzimet e ILO-s për matjen e punës së detyruar (2018)
instrument-ilo-c29 = Konventa e ILO-s për punën e detyruar, 1930 (nr. 29)
instrument-ilo-p29 = Protokolli i vitit 2014 i ILO-s për Konventën për punën e detyruar
instrument-ilo-fair_recruitment = Parimet e përgjithshme dhe udhëzimet operacionale të ILO-s për rekrutimin e drejtë (2019)
instrument-ilo-delphi_2009 = Treguesit operacionalë të trafikimit të qenieve njerëzore të ILO-s dhe të Komisionit Evropian (2009)

## Këshilli i Evropës
protection-coe-ecat-art_10_2-no_removal_during_identification = Pa largim nga vendi ndërsa shqyrtohet rasti juaj
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = Nuk duhet t’ju nxjerrin nga vendi ndërsa autoritetet kontrollojnë se çfarë ju ka ndodhur.
protection-coe-ecat-art_10_3-presumed_child = Trajtim si fëmijë nëse mosha nuk është e qartë
protection-coe-ecat-art_10_3-presumed_child-gives = Nëse askush nuk është i sigurt sa vjeç jeni, mund t’ju trajtojnë si fëmijë dhe të merrni mbrojtje si fëmijë derisa ta zbulojnë.
protection-coe-ecat-art_12-assistance = Ndihmë për strehim, shëndet dhe këshilla
protection-coe-ecat-art_12-assistance-gives = Mund të merrni një vend të sigurt për të jetuar, kujdes shëndetësor, një përkthyes dhe këshilla për të drejtat tuaja. Nuk është e nevojshme të jeni dëshmitar për ta marrë këtë ndihmë.
protection-coe-ecat-art_13-recovery_period = Kohë për të pushuar dhe për t’u rimëkëmbur
protection-coe-ecat-art_13-recovery_period-gives = Mund të keni kohë për të pushuar, për t’u ndier më të sigurt dhe për të vendosur çfarë do të bëni. Gjatë kësaj kohe nuk duhet t’ju largojnë nga vendi.
protection-coe-ecat-art_14-residence_permit = Leje për të qëndruar për një kohë
protection-coe-ecat-art_14-residence_permit-gives = Mund të merrni një leje qëndrimi për të jetuar në vend për një kohë, dhe mund të kërkoni ta rinovoni.
protection-coe-ecat-art_15-compensation_and_legal_aid = Para për dëmin dhe ndihmë ligjore
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = Mund të merrni informacion dhe ndihmë ligjore, dhe mund të kërkoni para nga njerëzit që ju dëmtuan.
protection-coe-ecat-art_16-safe_return = Kthimi i sigurt në shtëpi
protection-coe-ecat-art_16-safe_return-gives = Nëse doni të ktheheni në shtëpi, mund të kërkoni ndihmë për t’u kthyer në mënyrë të sigurt, duke pasur kujdes për sigurinë dhe të drejtat tuaja.
protection-coe-ecat-art_26-non_punishment = Pa dënim për atë që ju detyruan të bënit
protection-coe-ecat-art_26-non_punishment-gives = Mund të mos dënoheni për krimet që ju detyruan t’i kryenit.
caveat-state_chooses_personal_or_cooperation = Çdo shtet vendos pse e jep këtë leje: për shkak të situatës suaj personale, sepse ndihmoni policinë, ose për të dyja arsyet.
instrument-coe-ecat = Konventa e Këshillit të Evropës për masat kundër trafikimit të qenieve njerëzore (2005)
instrument-coe-echr = Konventa Evropiane për të Drejtat e Njeriut (1950)
instrument-echr-siliadin = Siliadin kundër Francës, Gjykata Evropiane e të Drejtave të Njeriut (2005)

## Bashkimi Evropian
protection-eu-directive_2011_36-art_11-assistance = Ndihmë për strehim, shëndet dhe gjuhë
protection-eu-directive_2011_36-art_11-assistance-gives = Mund të merrni një vend të sigurt për të jetuar, kujdes shëndetësor dhe një përkthyes. Nuk është e nevojshme ta ndihmoni policinë për ta marrë këtë ndihmë.
protection-eu-directive_2011_36-art_8-non_prosecution = Pa dënim për atë që ju detyruan të bënit
protection-eu-directive_2011_36-art_8-non_prosecution-gives = Mund të mos ju akuzojnë ose të mos ju dënojnë për krimet që ju detyruan t’i kryenit.
protection-eu-directive_2011_36-art_12-free_legal_representation = Avokat falas dhe këshilla ligjore
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = Mund të merrni këshilla ligjore, dhe një avokat falas nëse nuk mund të paguani.
protection-eu-directive_2011_36-art_13_2-presumed_child = Trajtim si fëmijë nëse mosha nuk është e qartë
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = Nëse askush nuk është i sigurt sa vjeç jeni, mund t’ju trajtojnë si fëmijë dhe të merrni menjëherë ndihmë për fëmijë.
protection-eu-directive_2011_36-art_17-compensation = Para për dëmin që ju është bërë
protection-eu-directive_2011_36-art_17-compensation-gives = Mund të kërkoni para nga fondi i shtetit për viktimat e krimeve të dhunshme, për të kompensuar dëmin që ju është bërë.
protection-eu-directive_2004_81-art_6-reflection_period = Kohë për të menduar dhe për t’u rimëkëmbur
protection-eu-directive_2004_81-art_6-reflection_period-gives = Mund të keni kohë për t’u rimëkëmbur, për t’u larguar nga njerëzit që ju dëmtuan, dhe për të vendosur nëse doni ta ndihmoni policinë.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = Leje qëndrimi ndërsa ndihmoni
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = Mund të merrni një leje për të qëndruar në vend ndërsa ndihmoni policinë ose një gjykatë me çështjen.
protection-eu-directive_2009_52-art_6-back_pay = Paga që ju detyrohet punëdhënësi
protection-eu-directive_2009_52-art_6-back_pay-gives = Mund t’i kërkoni punëdhënësit pagën që nuk e morët, edhe nëse nuk kishit të drejtë të punonit.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = Leje qëndrimi pas një pune shumë të keqe
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = Nëse bëni ankesë kundër një punëdhënësi që ju trajtoi shumë keq, mund të merrni një leje për të qëndruar ndërsa vazhdon çështja.
protection-eu-directive_2012_29-art_8-victim_support = Mbështetje falas pas një krimi
protection-eu-directive_2012_29-art_8-victim_support-gives = Mund të merrni mbështetje dhe këshilla falas dhe konfidenciale nga një shërbim mbështetës, edhe nëse nuk e denonconi krimin.
caveat-may_grant = Shteti ka të drejtë t’jua japë këtë, por nuk është i detyruar.
instrument-eu-directive_2011_36 = Direktiva e BE-së kundër trafikimit 2011/36/BE
instrument-eu-directive_2024_1712 = Direktiva (BE) 2024/1712 që ndryshon Direktivën e BE-së kundër trafikimit
instrument-eu-directive_2004_81 = Direktiva e BE-së 2004/81/KE për lejet e qëndrimit për viktimat e trafikimit
instrument-eu-directive_2009_52 = Direktiva e BE-së 2009/52/KE për sanksionet ndaj punëdhënësve
instrument-eu-directive_2012_29 = Direktiva e BE-së 2012/29/BE për të drejtat e viktimave

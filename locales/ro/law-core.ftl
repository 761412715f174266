# Entitle: Romanian. Mesaje pentru datele juridice ale Organizației Națiunilor Unite, OIM, Consiliului Europei și Uniunii Europene și pentru baza internațională. Scrise de echipa Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Organizația Națiunilor Unite
protection-un-palermo_tip-art_6_3-recovery_assistance = Ajutor ca să vă refaceți după răul suferit
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = Ați putea primi un loc sigur unde să locuiți, îngrijire medicală și ajutor într-o limbă pe care o înțelegeți.
protection-un-palermo_tip-art_6_6-compensation = Bani pentru răul care vi s-a făcut
protection-un-palermo_tip-art_6_6-compensation-gives = Puteți cere bani (despăgubiri) pentru răul pe care l-ați suferit.
protection-un-palermo_tip-art_7-permission_to_remain = Dreptul de a rămâne în țară
protection-un-palermo_tip-art_7-permission_to_remain-gives = Ați putea primi dreptul de a rămâne în țară pentru o vreme sau pentru mai mult timp.
protection-un-palermo_tip-art_8-safe_return = Întoarcerea acasă în siguranță
protection-un-palermo_tip-art_8-safe_return-gives = Dacă vreți să vă întoarceți acasă, puteți cere ajutor ca să călătoriți înapoi în siguranță.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = Nicio pedeapsă doar pentru că ați fost adus(ă) ilegal în țară
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = Nu ar trebui să fiți acuzat(ă) de o infracțiune doar pentru că cineva v-a adus ilegal în țară (trafic ilegal de migranți).
protection-un-smuggling_protocol-art_16-protection_from_violence = Protecție împotriva violenței
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = Puteți cere protecție dacă cineva vă rănește sau vă amenință. Dacă viața sau siguranța dumneavoastră sunt în pericol, puteți cere ajutor.
protection-un-refugee_convention-art_33-non_refoulement = Să nu fiți trimis(ă) înapoi în pericol
protection-un-refugee_convention-art_33-non_refoulement-gives = Puteți cere să nu fiți trimis(ă) într-o țară unde viața sau libertatea dumneavoastră ar fi în pericol.
protection-un-cat-art_3-no_return_to_torture = Să nu fiți trimis(ă) înapoi unde ați putea fi torturat(ă)
protection-un-cat-art_3-no_return_to_torture-gives = Puteți cere să nu fiți trimis(ă) într-o țară unde ați putea fi torturat(ă).
protection-un-crc-art_39-child_recovery = Îngrijire și vindecare pentru copii
protection-un-crc-art_39-child_recovery-gives = Copiii cărora li s-a făcut rău sau care au fost folosiți pot primi îngrijire ca să se vindece în corp și în minte, într-un loc sigur.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = Plată corectă chiar și fără acte
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = Puteți cere aceeași plată și aceleași reguli de muncă ca lucrătorii din țară, chiar dacă nu aveți acte.
caveat-shall_consider = Țara trebuie să se gândească dacă vă dă acest drept, dar nu este obligată să vi-l dea.
caveat-other_offences_still_possible = Ați putea fi totuși acuzat(ă) pentru alte fapte pe care le-ați făcut și care sunt infracțiuni în acea țară.
instrument-un-icrmw = Convenția internațională privind protecția drepturilor tuturor lucrătorilor migranți și ale membrilor familiilor lor (1990)
instrument-un-palermo_tip = Protocolul ONU privind prevenirea, reprimarea și pedepsirea traficului de persoane (Protocolul de la Palermo, 2000)
instrument-un-smuggling_protocol = Protocolul ONU împotriva traficului ilegal de migranți pe calea terestră, a aerului și pe mare (2000)
instrument-un-refugee_convention = Convenția ONU privind statutul refugiaților (1951)
instrument-un-cat = Convenția ONU împotriva torturii (1984)
instrument-un-crc = Convenția ONU cu privire la drepturile copilului (1989)
instrument-unhcr-gip_7 = Ghidul UNHCR privind protecția internațională nr. 7: victimele traficului de persoane (2006)

## Organizația Internațională a Muncii (OIM)
protection-ilo-p29-art_3-identification_and_recovery = Ajutor ca să scăpați și să vă refaceți
protection-ilo-p29-art_3-identification_and_recovery-gives = Ați putea primi ajutor ca să ieșiți din munca forțată, un loc sigur unde să stați și îngrijire medicală.
protection-ilo-p29-art_4_1-remedies_and_compensation = Bani pentru munca forțată
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = Puteți cere bani pentru răul care vi s-a făcut și pentru plata pe care nu ați primit-o.
protection-ilo-p29-art_4_2-non_punishment = Nicio pedeapsă pentru ce ați fost obligat(ă) să faceți
protection-ilo-p29-art_4_2-non_punishment-gives = Este posibil să nu fiți pedepsit(ă) pentru fapte pe care ați fost obligat(ă) să le faceți cât timp ați fost în muncă forțată.
instrument-ilo-c189 = Convenția OIM nr. 189 privind lucrătorii casnici, 2011
instrument-ilo-fl_indicators = Indicatorii OIM ai muncii forțate (2012)
instrument-ilo-icls_2018_fl = Ghidul OIM privind măsurarea muncii forțate (2018)
instrument-ilo-c29 = Convenția OIM nr. 29 privind munca forțată sau obligatorie, 1930
instrument-ilo-p29 = Protocolul OIM din 2014 la Convenția privind munca forțată
instrument-ilo-fair_recruitment = Principiile generale și ghidurile operaționale ale OIM pentru o recrutare echitabilă (2019)
instrument-ilo-delphi_2009 = Indicatorii operaționali ai traficului de ființe umane, ai OIM și ai Comisiei Europene (2009)

## Consiliul Europei
protection-coe-ecat-art_10_2-no_removal_during_identification = Să nu fiți trimis(ă) din țară cât timp se verifică situația
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = Nu ar trebui să fiți trimis(ă) din țară cât timp autoritățile verifică ce vi s-a întâmplat.
protection-coe-ecat-art_10_3-presumed_child = Tratat(ă) ca un copil dacă vârsta nu este clară
protection-coe-ecat-art_10_3-presumed_child-gives = Dacă nimeni nu este sigur câți ani aveți, puteți fi tratat(ă) ca un copil și puteți primi protecția copilului până se află vârsta.
protection-coe-ecat-art_12-assistance = Ajutor pentru locuință, sănătate și sfaturi
protection-coe-ecat-art_12-assistance-gives = Ați putea primi un loc sigur unde să locuiți, îngrijire medicală, un interpret și sfaturi despre drepturile dumneavoastră. Nu trebuie să fiți martor ca să primiți acest ajutor.
protection-coe-ecat-art_13-recovery_period = Timp să vă odihniți și să vă refaceți
protection-coe-ecat-art_13-recovery_period-gives = Puteți avea timp să vă odihniți, să vă simțiți mai în siguranță și să hotărâți ce faceți (perioadă de recuperare și de reflecție). În acest timp nu ar trebui să fiți trimis(ă) din țară.
protection-coe-ecat-art_14-residence_permit = Dreptul de a rămâne pentru o vreme
protection-coe-ecat-art_14-residence_permit-gives = Ați putea primi un permis de ședere ca să locuiți în țară pentru o vreme și puteți cere să fie reînnoit.
protection-coe-ecat-art_15-compensation_and_legal_aid = Bani pentru răul suferit și ajutor juridic
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = Puteți primi informații și ajutor juridic și puteți cere bani (despăgubiri) de la cei care v-au făcut rău.
protection-coe-ecat-art_16-safe_return = Întoarcerea acasă în siguranță
protection-coe-ecat-art_16-safe_return-gives = Dacă vreți să vă întoarceți acasă, puteți cere ajutor ca să vă întoarceți în siguranță, cu grijă pentru siguranța și drepturile dumneavoastră.
protection-coe-ecat-art_26-non_punishment = Nicio pedeapsă pentru ce ați fost obligat(ă) să faceți
protection-coe-ecat-art_26-non_punishment-gives = Este posibil să nu fiți pedepsit(ă) pentru infracțiunile pe care ați fost obligat(ă) să le comiteți.
caveat-state_chooses_personal_or_cooperation = Fiecare țară hotărăște de ce dă acest permis: din cauza situației dumneavoastră personale, pentru că ajutați poliția, sau din ambele motive.
instrument-coe-ecat = Convenția Consiliului Europei privind lupta împotriva traficului de ființe umane (2005)
instrument-coe-echr = Convenția europeană a drepturilor omului (1950)
instrument-echr-siliadin = Siliadin împotriva Franței, Curtea Europeană a Drepturilor Omului (2005)

## Uniunea Europeană
protection-eu-directive_2011_36-art_11-assistance = Ajutor pentru locuință, sănătate și limbă
protection-eu-directive_2011_36-art_11-assistance-gives = Ați putea primi un loc sigur unde să locuiți, îngrijire medicală și un interpret. Nu trebuie să ajutați poliția ca să primiți acest ajutor.
protection-eu-directive_2011_36-art_8-non_prosecution = Nicio pedeapsă pentru ce ați fost obligat(ă) să faceți
protection-eu-directive_2011_36-art_8-non_prosecution-gives = Este posibil să nu fiți urmărit(ă) penal sau pedepsit(ă) pentru infracțiunile pe care ați fost obligat(ă) să le comiteți.
protection-eu-directive_2011_36-art_12-free_legal_representation = Avocat gratuit și consultanță juridică
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = Puteți primi consultanță juridică. Dacă nu puteți plăti, puteți primi și un avocat gratuit.
protection-eu-directive_2011_36-art_13_2-presumed_child = Tratat(ă) ca un copil dacă vârsta nu este clară
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = Dacă nimeni nu este sigur câți ani aveți, puteți fi tratat(ă) ca un copil și puteți primi imediat ajutorul pentru copii.
protection-eu-directive_2011_36-art_17-compensation = Bani pentru răul care vi s-a făcut
protection-eu-directive_2011_36-art_17-compensation-gives = Puteți cere bani (despăgubiri) din fondul țării pentru victimele infracțiunilor violente, pentru răul care vi s-a făcut.
protection-eu-directive_2004_81-art_6-reflection_period = Timp să vă gândiți și să vă refaceți
protection-eu-directive_2004_81-art_6-reflection_period-gives = Puteți avea timp să vă refaceți, să scăpați de cei care v-au făcut rău și să hotărâți dacă vreți să ajutați poliția (perioadă de reflecție).
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = Permis de ședere cât timp ajutați
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = Ați putea primi un permis de ședere în țară cât timp ajutați poliția sau o instanță în acest caz.
protection-eu-directive_2009_52-art_6-back_pay = Banii pe care vi-i datorează angajatorul
protection-eu-directive_2009_52-art_6-back_pay-gives = Puteți cere angajatorului banii pentru muncă pe care nu i-ați primit, chiar dacă nu aveați dreptul să lucrați.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = Permis de ședere după o muncă foarte rea
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = Dacă faceți plângere împotriva unui angajator care v-a tratat foarte rău, ați putea primi un permis de ședere cât timp durează procedura.
protection-eu-directive_2012_29-art_8-victim_support = Sprijin gratuit după o infracțiune
protection-eu-directive_2012_29-art_8-victim_support-gives = Puteți primi sprijin și sfaturi gratuite și confidențiale de la un serviciu de sprijin, chiar dacă nu denunțați infracțiunea.
caveat-may_grant = Țara are voie să vă dea acest drept, dar nu este obligată.
instrument-eu-directive_2011_36 = Directiva 2011/36/UE privind prevenirea și combaterea traficului de persoane și protejarea victimelor acestuia
instrument-eu-directive_2024_1712 = Directiva (UE) 2024/1712 de modificare a Directivei 2011/36/UE privind traficul de persoane
instrument-eu-directive_2004_81 = Directiva 2004/81/CE privind permisul de ședere eliberat victimelor traficului de persoane
instrument-eu-directive_2009_52 = Directiva 2009/52/CE privind sancțiunile împotriva angajatorilor
instrument-eu-directive_2012_29 = Directiva 2012/29/UE privind drepturile victimelor

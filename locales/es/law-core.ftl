# Entitle: español. Mensajes para los datos legales de las Naciones Unidas, la OIT, el Consejo de Europa, la Unión Europea y la base internacional. Original en inglés escrito por el equipo de Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## United Nations
protection-un-palermo_tip-art_6_3-recovery_assistance = Ayuda para recuperarse después del daño
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = Puede recibir un lugar seguro donde vivir, atención médica y ayuda en un idioma que entienda.
protection-un-palermo_tip-art_6_6-compensation = Dinero por el daño que le hicieron
protection-un-palermo_tip-art_6_6-compensation-gives = Puede pedir dinero para compensar el daño que sufrió.
protection-un-palermo_tip-art_7-permission_to_remain = Permiso para quedarse en el país
protection-un-palermo_tip-art_7-permission_to_remain-gives = Puede que le permitan quedarse en el país por un tiempo, o por más tiempo.
protection-un-palermo_tip-art_8-safe_return = Volver a casa de forma segura
protection-un-palermo_tip-art_8-safe_return-gives = Si quiere volver a casa, puede pedir ayuda para viajar de vuelta de forma segura.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = Sin castigo solo porque le pasaron por la frontera
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = No deberían acusarle de un delito solo porque alguien le hizo entrar en el país de forma ilegal.
protection-un-smuggling_protocol-art_16-protection_from_violence = Protección contra la violencia
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = Puede pedir protección si alguien le hace daño o le amenaza. Si su vida o su seguridad están en peligro, puede pedir ayuda.
protection-un-refugee_convention-art_33-non_refoulement = Sin devolución a un lugar de peligro
protection-un-refugee_convention-art_33-non_refoulement-gives = Puede pedir que no le envíen a un país donde su vida o su libertad estarían en peligro.
protection-un-cat-art_3-no_return_to_torture = Sin devolución a un lugar de tortura
protection-un-cat-art_3-no_return_to_torture-gives = Puede pedir que no le envíen a un país donde podrían torturarle.
protection-un-crc-art_39-child_recovery = Cuidado y recuperación para niños y niñas
protection-un-crc-art_39-child_recovery-gives = Los niños y niñas que sufrieron daño o fueron utilizados pueden recibir cuidados para sanar el cuerpo y la mente, en un lugar seguro.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = Sueldo justo aunque no tenga papeles
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = Puede pedir el mismo sueldo y las mismas reglas de trabajo que los trabajadores del país, aunque no tenga papeles.
caveat-shall_consider = El país tiene que pensar en darle esto, pero no está obligado a dárselo.
caveat-other_offences_still_possible = Aun así, pueden acusarle por otras cosas que hizo y que son delito en ese país.
instrument-un-icrmw = Convención Internacional sobre la Protección de los Derechos de Todos los Trabajadores Migratorios y de sus Familiares (1990)
instrument-un-palermo_tip = Protocolo de las Naciones Unidas para Prevenir, Reprimir y Sancionar la Trata de Personas, Especialmente Mujeres y Niños (Protocolo de Palermo, 2000)
instrument-un-smuggling_protocol = Protocolo de las Naciones Unidas contra el Tráfico Ilícito de Migrantes por Tierra, Mar y Aire (2000)
instrument-un-refugee_convention = Convención de las Naciones Unidas sobre el Estatuto de los Refugiados (1951)
instrument-un-cat = Convención de las Naciones Unidas contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o Degradantes (1984)
instrument-un-crc = Convención de las Naciones Unidas sobre los Derechos del Niño (1989)
instrument-unhcr-gip_7 = Directrices del ACNUR sobre Protección Internacional n.º 7: víctimas de la trata de personas (2006)

## International Labour Organization
protection-ilo-p29-art_3-identification_and_recovery = Ayuda para liberarse y recuperarse
protection-ilo-p29-art_3-identification_and_recovery-gives = Puede recibir ayuda para salir del trabajo forzoso, un lugar seguro donde quedarse y atención médica.
protection-ilo-p29-art_4_1-remedies_and_compensation = Dinero por el trabajo forzoso
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = Puede pedir dinero por el daño que le hicieron y por el sueldo que no le pagaron.
protection-ilo-p29-art_4_2-non_punishment = Sin castigo por lo que le obligaron a hacer
protection-ilo-p29-art_4_2-non_punishment-gives = Puede que no le castiguen por cosas que le obligaron a hacer mientras estaba en trabajo forzoso.
instrument-ilo-c189 = Convenio sobre las Trabajadoras y los Trabajadores Domésticos, 2011 (núm. 189), de la OIT
instrument-ilo-fl_indicators = Indicadores de trabajo forzoso de la OIT (2012)
instrument-ilo-icls_2018_fl = Directrices de la OIT sobre la medición del trabajo forzoso (2018)
instrument-ilo-c29 = Convenio sobre el Trabajo Forzoso, 1930 (núm. 29), de la OIT
instrument-ilo-p29 = Protocolo de 2014 relativo al Convenio sobre el Trabajo Forzoso, 1930, de la OIT
instrument-ilo-fair_recruitment = Principios generales y directrices prácticas para una contratación equitativa, de la OIT (2019)
instrument-ilo-delphi_2009 = Indicadores operativos de la trata de seres humanos, de la OIT y la Comisión Europea (2009)

## Council of Europe
protection-coe-ecat-art_10_2-no_removal_during_identification = Sin expulsión mientras se revisa su caso
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = No deberían sacarle del país mientras las autoridades revisan lo que le pasó.
protection-coe-ecat-art_10_3-presumed_child = Trato de menor de edad si no se sabe su edad
protection-coe-ecat-art_10_3-presumed_child-gives = Si nadie está seguro de su edad, pueden tratarle como menor de edad y darle protección de menores mientras lo averiguan.
protection-coe-ecat-art_12-assistance = Ayuda con vivienda, salud y asesoramiento
protection-coe-ecat-art_12-assistance-gives = Puede recibir un lugar seguro donde vivir, atención médica, un intérprete y asesoramiento sobre sus derechos. No tiene que ser testigo para recibir esta ayuda.
protection-coe-ecat-art_13-recovery_period = Tiempo para descansar y recuperarse
protection-coe-ecat-art_13-recovery_period-gives = Puede tener tiempo para descansar, sentirse más a salvo y decidir qué hacer. No deberían expulsarle durante este tiempo.
protection-coe-ecat-art_14-residence_permit = Permiso para quedarse por un tiempo
protection-coe-ecat-art_14-residence_permit-gives = Puede recibir un permiso para vivir en el país por un tiempo, y puede pedir que se lo renueven.
protection-coe-ecat-art_15-compensation_and_legal_aid = Dinero por el daño y ayuda legal
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = Puede recibir información y ayuda legal, y puede pedir dinero a las personas que le hicieron daño.
protection-coe-ecat-art_16-safe_return = Volver a casa de forma segura
protection-coe-ecat-art_16-safe_return-gives = Si quiere volver a casa, puede pedir ayuda para volver de forma segura, cuidando su seguridad y sus derechos.
protection-coe-ecat-art_26-non_punishment = Sin castigo por lo que le obligaron a hacer
protection-coe-ecat-art_26-non_punishment-gives = Puede que no le castiguen por delitos que le obligaron a cometer.
caveat-state_chooses_personal_or_cooperation = Cada país decide si da este permiso por su situación personal, porque usted ayuda a la policía, o por las dos razones.
instrument-coe-ecat = Convenio del Consejo de Europa sobre la Lucha contra la Trata de Seres Humanos (2005)
instrument-coe-echr = Convenio Europeo de Derechos Humanos (1950)
instrument-echr-siliadin = Siliadin c. Francia, Tribunal Europeo de Derechos Humanos (2005)

## European Union
protection-eu-directive_2011_36-art_11-assistance = Ayuda con vivienda, salud e idioma
protection-eu-directive_2011_36-art_11-assistance-gives = Puede recibir un lugar seguro donde vivir, atención médica y un intérprete. No tiene que ayudar a la policía para recibir esta ayuda.
protection-eu-directive_2011_36-art_8-non_prosecution = Sin castigo por lo que le obligaron a hacer
protection-eu-directive_2011_36-art_8-non_prosecution-gives = Puede que no le acusen ni le castiguen por delitos que le obligaron a cometer.
protection-eu-directive_2011_36-art_12-free_legal_representation = Abogado gratis y asesoramiento legal
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = Puede recibir asesoramiento legal, y un abogado gratis si no puede pagarlo.
protection-eu-directive_2011_36-art_13_2-presumed_child = Trato de menor de edad si no se sabe su edad
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = Si nadie está seguro de su edad, pueden tratarle como menor de edad y darle enseguida la ayuda para menores.
protection-eu-directive_2011_36-art_17-compensation = Dinero por el daño que le hicieron
protection-eu-directive_2011_36-art_17-compensation-gives = Puede pedir dinero del fondo del país para víctimas de delitos violentos, para compensar el daño que le hicieron.
protection-eu-directive_2004_81-art_6-reflection_period = Tiempo para pensar y recuperarse
protection-eu-directive_2004_81-art_6-reflection_period-gives = Puede tener tiempo para recuperarse, alejarse de las personas que le hicieron daño y decidir si quiere ayudar a la policía.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = Permiso para quedarse mientras ayuda
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = Puede recibir un permiso para quedarse en el país mientras ayuda a la policía o a un tribunal con el caso.
protection-eu-directive_2009_52-art_6-back_pay = El sueldo que le debe su empleador
protection-eu-directive_2009_52-art_6-back_pay-gives = Puede pedir a su empleador el sueldo que no le pagó, aunque usted no tuviera derecho a trabajar.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = Permiso para quedarse después de un trabajo muy abusivo
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = Si denuncia a un empleador que le trató muy mal, puede recibir un permiso para quedarse mientras dura el caso.
protection-eu-directive_2012_29-art_8-victim_support = Apoyo gratis después de un delito
protection-eu-directive_2012_29-art_8-victim_support-gives = Puede recibir apoyo y asesoramiento gratis y confidencial de un servicio de apoyo, aunque no denuncie el delito.
caveat-may_grant = El país puede darle esto, pero no está obligado a hacerlo.
instrument-eu-directive_2011_36 = Directiva 2011/36/UE relativa a la prevención y lucha contra la trata de seres humanos y a la protección de las víctimas
instrument-eu-directive_2024_1712 = Directiva (UE) 2024/1712 por la que se modifica la Directiva 2011/36/UE contra la trata de seres humanos
instrument-eu-directive_2004_81 = Directiva 2004/81/CE relativa a la expedición de un permiso de residencia a nacionales de terceros países que sean víctimas de la trata de seres humanos
instrument-eu-directive_2009_52 = Directiva 2009/52/CE sobre sanciones a los empleadores de nacionales de terceros países en situación irregular
instrument-eu-directive_2012_29 = Directiva 2012/29/UE sobre los derechos, el apoyo y la protección de las víctimas de delitos

# Entitle: español. Mensajes para los datos legales del Reino Unido, Estados Unidos, Canadá y Australia. Original en inglés escrito por el equipo de Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## United Kingdom
protection-gb-nrm_guidance-first_responders-nrm_referral = Que presenten su caso para recibir apoyo oficial
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = Un policía, un trabajador del gobierno local o una organización benéfica de apoyo puede enviar sus datos al sistema de apoyo del Reino Unido, para que estudien su caso y pueda recibir ayuda.
caveat-first_responder_only_adults_consent = No puede presentar su caso por su cuenta: tiene que hacerlo la policía, el gobierno local o una organización benéfica autorizada, y si usted es mayor de edad, primero necesitan su acuerdo.
protection-gb-nrm_guidance-recovery-recovery_period = Tiempo para descansar y recuperarse, con apoyo
protection-gb-nrm_guidance-recovery-recovery_period-gives = Puede recibir un lugar seguro donde vivir, atención médica, un intérprete y una persona que le apoye mientras estudian su caso.
caveat-public_order_disqualification = El Ministerio del Interior británico (Home Office) puede negarle esta ayuda si cree que usted es un peligro para la gente o que no dijo la verdad sobre lo que pasó.
protection-gb-msa_2015-s_45_1-defence_for_adults = Defensa si le obligaron a hacer algo contra la ley
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = Si le obligaron a hacer algo ilegal porque le estaban explotando, puede decírselo al tribunal, y esto puede servirle de defensa contra la acusación.
protection-gb-msa_2015-s_45_4-defence_for_children = Defensa para menores de edad que hicieron algo contra la ley
protection-gb-msa_2015-s_45_4-defence_for_children-gives = Si hizo algo ilegal porque le estaban explotando, puede decírselo al tribunal, y esto puede servirle de defensa. No tiene que demostrar que le obligaron.
caveat-schedule_4_offences_excluded = Esta defensa no cubre algunos delitos muy graves, como el asesinato o delitos graves violentos o sexuales, y solo vale en Inglaterra y Gales.
protection-gb-msa_2015-s_8-reparation_order = Pago ordenado a la persona que le explotó
protection-gb-msa_2015-s_8-reparation_order-gives = El tribunal puede ordenar a la persona que le explotó que le pague dinero por el daño que le hizo.
caveat-needs_conviction_and_confiscation_order = Esto solo pasa si declaran culpable a esa persona y el tribunal también le quita dinero, y usted no puede recibir más de lo que el tribunal le quitó.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = Permiso temporal para quedarse en el Reino Unido
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = Puede que le permitan quedarse en el Reino Unido por un tiempo para recuperarse, para pedir dinero por el daño que le hicieron o para ayudar a la policía.
caveat-recovery_ground_paused = Ahora mismo el Ministerio del Interior no está decidiendo las solicitudes para quedarse por motivos de recuperación, y no está decidiendo ninguna solicitud de personas que tienen una orden de deportación.

## United States
protection-us-t_rule_2002-s_214_11-t_status_adult = Visa T para adultos (reglas anteriores)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = Puede pedir una visa que le permite vivir y trabajar en Estados Unidos durante algunos años. Más adelante, puede que pueda pedir quedarse para siempre.
caveat-trauma_exception_and_extreme_hardship = Si por el trauma le resulta demasiado difícil ayudar a la policía, puede que no tenga que hacerlo, pero debe demostrar que salir de Estados Unidos le causaría un daño muy grave.
protection-us-t_rule_2002-s_214_11-t_status_child = Visa T para menores de edad (reglas anteriores)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = Puede pedir una visa que le permite vivir, estudiar y trabajar en Estados Unidos durante algunos años. Más adelante, puede que pueda pedir quedarse para siempre.
caveat-extreme_hardship_required = Debe demostrar que, si le obligan a salir de Estados Unidos, sufriría un daño muy grave.
protection-us-t_rule_2024-s_214_202-t_status_adult = Visa T para adultos
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = Puede pedir una visa que le permite vivir y trabajar en Estados Unidos durante algunos años. Más adelante, puede que pueda pedir quedarse para siempre.
protection-us-t_rule_2024-s_214_202-t_status_child = Visa T para menores de edad
protection-us-t_rule_2024-s_214_202-t_status_child-gives = Puede pedir una visa que le permite vivir, estudiar y trabajar en Estados Unidos durante algunos años. Más adelante, puede que pueda pedir quedarse para siempre.
protection-us-tvpa_2000-s_107_c_3-continued_presence = Permiso para quedarse mientras se investiga el caso
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = Puede que le permitan quedarse en Estados Unidos y trabajar de forma legal mientras se investiga el delito que cometieron contra usted.
caveat-requested_by_law_enforcement_only = No puede pedirlo usted: solo la policía u otra autoridad encargada de hacer cumplir la ley puede pedirlo por usted.
protection-us-ina-s_101_a_15_u-u_status = Visa U para personas que sufrieron delitos graves
protection-us-ina-s_101_a_15_u-u_status-gives = Puede pedir una visa que le permite vivir y trabajar en Estados Unidos durante algunos años. Más adelante, puede que pueda pedir quedarse para siempre.
caveat-certification_and_substantial_abuse_required = Necesita un formulario firmado por la policía u otra agencia que diga que usted les ayudó, y debe demostrar que el delito le hizo mucho daño en el cuerpo o en la mente.
protection-us-usc_18-s_1593-mandatory_restitution = Pago ordenado por el tribunal por lo que perdió
protection-us-usc_18-s_1593-mandatory_restitution-gives = El tribunal puede ordenar a la persona que le explotó que le pague lo que perdió, incluido el sueldo que debieron pagarle.
caveat-only_on_conviction = Solo recibe este dinero si un tribunal penal declara culpable a esa persona.
protection-us-usc_18-s_1595-civil_action = Pedir a un tribunal dinero por el daño
protection-us-usc_18-s_1595-civil_action-gives = Puede iniciar su propio caso en un tribunal para pedir dinero a la persona que le explotó, o a cualquiera que ganó dinero con ello sabiendo lo que pasaba.
caveat-stayed_during_criminal_case = Si hay un caso penal sobre el mismo delito, su propio caso tiene que esperar hasta que ese caso termine.
protection-us-flsa-s_16_b-back_wages = Recuperar el sueldo que no le pagaron
protection-us-flsa-s_16_b-back_wages-gives = Puede pedir que le paguen el salario mínimo y las horas extra que le deben, y la misma cantidad otra vez como dinero extra.
caveat-any_immigration_status = El gobierno dice que esto vale aunque no tenga papeles, pero algunos tribunales limitan otros tipos de sueldo perdido para trabajadores sin papeles.

## Canada
protection-ca-irpa-s_24-vtip_trp_until_2025 = Permiso para quedarse en Canadá (reglas anteriores)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = Puede pedir un permiso para quedarse en Canadá de forma legal durante un tiempo, para descansar, recuperarse y decidir qué hacer después.
protection-ca-irpa-s_24-vtip_trp = Permiso para quedarse en Canadá
protection-ca-irpa-s_24-vtip_trp-gives = Puede pedir un permiso para quedarse en Canadá de forma legal, para estar a salvo, recuperarse y planear qué hacer después.
protection-ca-ircc_vtip-subsequent_trp-further_permit = Un nuevo permiso para seguir en el país
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = Cuando su permiso esté por terminar, puede pedir uno nuevo para quedarse más tiempo en Canadá.
caveat-later_permits_refused_after_criminal_case = Las reglas dicen que no tiene que ayudar a la policía, pero a algunas personas les negaron un nuevo permiso cuando terminó el caso penal.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = Atención médica mientras tenga su permiso
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = Puede recibir atención médica y apoyo psicológico pagados por el gobierno.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = Permiso para trabajar en Canadá
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = Puede pedir un permiso que le deja trabajar de forma legal en Canadá, para ganar dinero de forma segura.

## Australia
protection-au-stpp-intensive_support_stream-support = Apoyo con vivienda, salud y asesoramiento
protection-au-stpp-intensive_support_stream-support-gives = Puede recibir un lugar seguro donde vivir, atención médica, apoyo psicológico, un intérprete y asesoramiento sobre la ley y las visas, con una persona de apoyo que le ayude.
caveat-afp_referral_required = Solo puede recibir este apoyo si la Policía Federal Australiana presenta su caso.
protection-au-stpp-additional_referral_pathway-referral_without_police = Recibir ayuda sin ir a la policía
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = Puede hablar con un servicio de apoyo sobre cómo estar a salvo y recibir asesoramiento legal gratis. Pueden ayudarle a entrar en el programa de apoyo sin ir a la policía.
caveat-under_16_without_guardian_referred_to_child_protection = Si tiene menos de 16 años y no tiene un adulto de confianza que le cuide, el servicio tiene que enviarle, en vez de eso, a protección de menores y a la policía.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = Recibir ayuda sin la policía (continuación)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = Puede hablar con un servicio de apoyo sobre cómo estar a salvo y recibir asesoramiento legal gratis. Pueden ayudarle a entrar en el programa de apoyo sin ir a la policía.
caveat-extension_end_date_unknown = Esta forma de recibir ayuda se amplió, pero no sabemos cuándo termina, así que compruebe que sigue abierta.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = Visa corta para descansar y recuperarse
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = Puede recibir una visa corta para quedarse en Australia de forma legal mientras descansa, se recupera y piensa qué hacer después.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = Visa permanente para quedarse en Australia
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = Puede que pueda quedarse en Australia para siempre y hacer su vida aquí.
caveat-certificate_of_contribution_required = Necesita un documento del gobierno que diga que ya ayudó en un caso policial o en un juicio; no basta con querer ayudar.

## Names of legal sources
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (Ley de Esclavitud Moderna del Reino Unido)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (Ley de Nacionalidad y Fronteras del Reino Unido)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism (2009) (guía del Ministerio del Interior británico sobre el Mecanismo Nacional de Derivación)
instrument-us-ina = US Immigration and Nationality Act of 1952 (Ley de Inmigración y Nacionalidad de Estados Unidos)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (Ley de Protección de Víctimas de la Trata de Estados Unidos)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure (1948) (Código de Estados Unidos, título 18: delitos y procedimiento penal)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11 (2002) (norma de Estados Unidos sobre el estatus de no inmigrante T)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216 (2024) (norma final de Estados Unidos sobre el estatus de no inmigrante T)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14 (2007) (norma de Estados Unidos sobre el estatus de no inmigrante U)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (Ley de Normas Justas de Trabajo de Estados Unidos)
instrument-ca-irpa = Canadian Immigration and Refugee Protection Act (2001) (Ley de Inmigración y Protección de Refugiados de Canadá)
instrument-ca-ircc_vtip = Canadian IRCC instructions on temporary resident permits for victims of human trafficking (2006) (instrucciones del Ministerio de Inmigración de Canadá sobre permisos de residencia temporal para víctimas de trata de personas)
instrument-au-stpp = Australian Support for Trafficked People Program (2004) (Programa de Apoyo a Personas Víctimas de Trata de Australia)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (Reglamento de Migración de Australia)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-au-fair_work_act_2009 = Ley de Trabajo Justo de 2009 de Australia (Fair Work Act 2009)
instrument-ca-clc = Código del Trabajo de Canadá (Canada Labour Code, 1985)
instrument-gb-nmwa_1998 = Ley del Salario Mínimo Nacional de 1998 (National Minimum Wage Act 1998)
instrument-gb-nmw_regs_2015 = Reglamento del Salario Mínimo Nacional de 2015 (National Minimum Wage Regulations 2015)
instrument-gb-era_1996 = Ley de Derechos Laborales de 1996 (Employment Rights Act 1996)
instrument-gb-limitation_act_1980 = Ley de Prescripción de 1980 (Limitation Act 1980)
instrument-gb-cics_2012 = Plan de Indemnización por Lesiones Causadas por Delitos de 2012 (Criminal Injuries Compensation Scheme 2012)
instrument-us-portal_to_portal_act = Ley Portal a Portal de 1947 (Portal-to-Portal Act of 1947)
caveat-above_compulsory_school_age = Este mínimo solo empieza cuando la persona joven ya ha dejado la escuela obligatoria, no el día en que cumple 16 años.
caveat-apprentice_rate_conditions = No se incluye un mínimo más bajo para aprendices. Es solo para aprendices de menos de 19 años, o en su primer año. Todas las demás personas reciben el mínimo de su edad.
caveat-au_awards_set_higher_minima = La mayoría de los trabajadores tienen un convenio (“award”) o un acuerdo con un mínimo más alto, así que muchas veces se les debe más. Los trabajadores de menos de 21 años y los aprendices tienen sus propios mínimos, que aquí no se cuentan.
caveat-au_state_victims_schemes_vary = Cada estado y cada territorio tiene sus propios pagos para víctimas de delitos, con su propio plazo. Aquí no se cuenta ninguno.
caveat-ca_federal_complaint_24_month_cap = Esta queja es solo para trabajos que dependen de la ley federal. Solo permite recuperar el sueldo de los 24 meses anteriores a su queja. Los demás trabajadores se quejan según la ley de su provincia.
caveat-ca_federal_sectors_only = Este mínimo federal es solo para trabajos de sectores federales, como bancos, aerolíneas y transporte entre provincias. La mayoría de los trabajadores tienen el mínimo de su provincia. Si ese mínimo es más alto, se debe ese.
caveat-ca_overtime_daily_limit_and_exemptions = También se deben horas extra por trabajar más de 8 horas en un día. Los gerentes y algunos trabajos tienen otras reglas.
caveat-cics_exceptions_and_crime_of_violence = Este plan solo paga por lesiones causadas por un delito violento en Gran Bretaña. Para el abuso sufrido en la infancia hay otros plazos. En casos especiales, se puede aceptar una solicitud fuera de plazo.
caveat-counts_back_from_notice = Los seis años se cuentan hacia atrás desde el día en que el inspector envía el aviso, no desde el día de su queja. Por eso, si la autoridad tarda, se puede recuperar menos.
caveat-each_payment_separately = Cada pago incompleto tiene su propio plazo de seis años, así que el plazo termina antes para los meses más antiguos.
caveat-early_conciliation_and_two_year_backstop = Los tres meses se alargan mientras hace la conciliación previa (ACAS). Pero un tribunal solo puede ordenar que le devuelvan lo que le quitaron en los dos años anteriores a su reclamación.
caveat-good_faith_may_reduce = Un tribunal puede bajar o negar la cantidad extra si el empleador demuestra que actuó de buena fe.
caveat-live_in_domestic_workers_exempt = A una persona que hace trabajo doméstico y vive en la casa del empleador no se le deben horas extra. Pero sí se le debe el mínimo por cada hora. Esto no se aplica cuando la contrata una agencia.
caveat-nmw_exclusions = Algunas personas no tienen derecho al sueldo mínimo, por ejemplo, quien vive con la familia para la que trabaja y es tratada como parte de la familia. Un abogado puede comprobarlo.
caveat-state_and_local_minimums_often_higher = Este es solo el mínimo federal. Muchos estados y ciudades tienen uno más alto, y se debe el más alto. No tenemos esos datos.
caveat-ten_years_after_18_if_minor = Si tenía menos de 18 años, puede reclamar hasta 10 años después de cumplir los 18, si esa fecha es más tarde.
caveat-three_years_if_willful = El plazo es de tres años si el empleador sabía que estaba incumpliendo la ley. Cada pago incompleto tiene su propio plazo, así que el plazo termina antes para las semanas más antiguas.

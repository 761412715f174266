# Entitle: español. Mensajes para los datos legales de Alemania, los Países Bajos, Italia, España y Francia. Original en inglés escrito por el equipo de Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## Germany
protection-de-aufenthg-s_59_7-reflection_period = Tiempo para descansar y decidir
protection-de-aufenthg-s_59_7-reflection_period-gives = Puede quedarse en Alemania un tiempo para descansar, recibir apoyo y decidir con calma si quiere declarar sobre lo que pasó.
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = Permiso para quedarse como testigo
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = Puede recibir un permiso para vivir en Alemania mientras dura el caso penal contra las personas que le hicieron daño.
caveat-prosecutor_must_deem_presence_appropriate = La fiscalía o el tribunal tienen que estar de acuerdo en que le necesitan en el país para el caso. No podemos saber si lo estarán.
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = Permiso para quedarse después de un trabajo ilegal muy injusto
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = Puede recibir un permiso para vivir en Alemania mientras dura el caso penal sobre su trabajo y su empleador.
instrument-de-aufenthg = German Residence Act 2004 (AufenthG) (Ley de Residencia de Alemania)

## Netherlands
protection-nl-vc_2000-b8_3-reflection_period = Tiempo para descansar, con alojamiento y apoyo
protection-nl-vc_2000-b8_3-reflection_period-gives = Puede quedarse en los Países Bajos un tiempo, con un lugar seguro para dormir y dinero para vivir, mientras decide si quiere denunciar el delito.
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = Permiso para quedarse mientras dura el caso
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = Puede recibir un permiso gratis para vivir en los Países Bajos mientras la policía investiga y dura el caso penal.
caveat-exempt_from_cooperation_if_unable = Si no puede ayudar a la policía porque tiene una enfermedad, tiene menos de 18 años o corre un peligro grave, puede que aun así consiga este permiso.
protection-nl-vb_2000-art_3_51_1_k-continued_residence = Quedarse después de que termine el caso
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = Puede recibir un permiso para seguir viviendo en los Países Bajos después de que termine el caso penal.
caveat-after_conviction_or_three_years = Normalmente, para esto alguien tiene que ser declarado culpable en su caso, o usted tiene que haber tenido el permiso por trata de personas durante tres años.
instrument-nl-vw_2000 = Dutch Aliens Act 2000 (Vw 2000) (Ley de Extranjería de los Países Bajos)
instrument-nl-vb_2000 = Dutch Aliens Decree 2000 (Vb 2000) (Decreto de Extranjería de los Países Bajos)
instrument-nl-vc_2000 = Dutch Aliens Circular 2000 (Vc 2000) (Circular de Extranjería de los Países Bajos)

## Italy
protection-it-tui-art_18-special_permit_social_track = Permiso especial a través de un grupo de apoyo
protection-it-tui-art_18-special_permit_social_track-gives = Puede recibir un permiso para vivir y trabajar en Italia, y entrar en un programa que le ayuda a estar a salvo y empezar una nueva vida.
caveat-concrete_danger_assessed_by_authority = El jefe de policía (questore) tiene que decidir que usted corre un peligro real. No preguntamos sobre esto, así que no podemos saber si encaja con su caso.
protection-it-tui-art_18-special_permit_judicial_track = Permiso especial a través de un caso penal
protection-it-tui-art_18-special_permit_judicial_track-gives = Puede recibir un permiso para vivir y trabajar en Italia, y entrar en un programa que le ayuda a estar a salvo y empezar una nueva vida.
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = Permiso después de denunciar a un empleador que explota mucho
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = Puede recibir un permiso para vivir en Italia mientras dura el caso penal contra su empleador.
caveat-particularly_exploitative_conditions_only = Esto era solo para trabajos con una explotación especialmente dura, que es un nivel más alto que las señales que buscamos nosotros.
protection-it-tui-art_18_ter-permit_for_labour_exploitation = Permiso para trabajadores que sufrieron explotación
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = Puede recibir un permiso para vivir y trabajar en Italia después de ayudar a sacar a la luz cómo le trataron en el trabajo.
caveat-judicial_authority_or_labour_inspectorate_covers_family = Tiene que pedirlo un fiscal o un juez, o tiene que apoyarlo la inspección de trabajo. El permiso también puede cubrir a sus familiares.
instrument-it-tui = Italian Consolidated Immigration Act, Legislative Decree 286/1998 (TUI) (Texto Único de Inmigración de Italia, Decreto Legislativo 286/1998)
instrument-it-dl_145_2024 = Italian Decree-Law 145/2024 (Flows Decree) (Decreto-ley 145/2024 de Italia, llamado «Decreto Flujos»)
instrument-it-dl_146_2025 = Decreto-ley italiano 146/2025 (Decreto de flujos 2025)
instrument-it-dpr_394_1999 = Italian Presidential Decree 394/1999 (Immigration Act Regulation) (Decreto del Presidente de la República 394/1999 de Italia, reglamento de la ley de inmigración)

## Spain
protection-es-loex-art_59_bis-reflection_period = Tiempo para recuperarse y decidir
protection-es-loex-art_59_bis-reflection_period-gives = Puede quedarse en España un tiempo para recuperarse y pensar si quiere ayudar a la policía. Durante este tiempo deberían pararse los trámites para expulsarle.
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = Sin castigo por estar en España sin papeles
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = Puede que no le pongan la multa ni le expulsen, como podría pasar por estar en España sin los papeles necesarios.
protection-es-loex-art_59_bis-permit_personal_situation = Permiso por su situación personal
protection-es-loex-art_59_bis-permit_personal_situation-gives = Puede recibir un permiso para vivir y trabajar en España por su situación personal, aunque no ayude a la policía.
caveat-after_exemption_from_liability = Normalmente solo puede pedir este permiso después de que las autoridades decidan no castigarle por estar en España sin papeles.
protection-es-loex-art_59_bis-permit_for_cooperation = Permiso por ayudar a la policía o al tribunal
protection-es-loex-art_59_bis-permit_for_cooperation-gives = Puede recibir un permiso para vivir y trabajar en España porque ayuda en la investigación o en el caso ante el tribunal.
protection-es-loex-art_59-permit_for_cooperation_against_networks = Permiso por ayudar a parar a las redes que explotan a personas
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = Puede recibir un permiso para vivir y trabajar en España, y que no le castiguen por estar sin papeles.
instrument-es-loex = Ley Orgánica 4/2000, sobre derechos y libertades de los extranjeros en España y su integración social (Ley de Extranjería, LOEX)
instrument-es-rloex = Reglamento de la Ley Orgánica 4/2000, aprobado por el Real Decreto 557/2011 (Reglamento de Extranjería, RLOEX)
instrument-es-rloex_2024 = Reglamento de la Ley Orgánica 4/2000, aprobado por el Real Decreto 1155/2024 (en vigor desde el 20 de mayo de 2025)

## France
protection-fr-ceseda-r_425_2-reflection_period = Tiempo para descansar y pensar
protection-fr-ceseda-r_425_2-reflection_period-gives = Puede recibir un documento que le permite quedarse en Francia mientras descansa y decide si quiere presentar una denuncia. También puede que le permita trabajar.
protection-fr-ceseda-l_425_1-temporary_residence_card = Tarjeta de residencia si denuncia o declara como testigo
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = Puede recibir una tarjeta para vivir y trabajar en Francia mientras dura el caso penal.
caveat-complaint_or_testimony_required = Tiene que presentar una denuncia ante la policía o declarar en el caso. No basta con decir que quiere ayudar.
protection-fr-ceseda-l_425_2-allowance = Dinero para vivir
protection-fr-ceseda-l_425_2-allowance-gives = Puede recibir dinero de forma regular para ayudarle a pagar la comida y otras necesidades básicas.
protection-fr-ceseda-l_425_3-resident_card = Tarjeta de residente de larga duración
protection-fr-ceseda-l_425_3-resident_card-gives = Puede recibir una tarjeta para vivir y trabajar en Francia durante muchos años.
caveat-only_after_final_conviction = Esto solo es posible cuando un tribunal ha declarado culpable a la persona acusada de forma definitiva. No podemos saber cómo terminará un juicio.
protection-fr-ceseda-l_425_4-exit_programme_permit = Permiso durante un programa para dejar la prostitución
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = Puede recibir un permiso para quedarse en Francia, con ayuda para empezar una nueva vida lejos del trabajo sexual.
caveat-only_for_prostitution_exit_programme = Esto es solo para personas que han dejado de vender sexo y siguen un programa oficial para salir de la prostitución, con un grupo de apoyo.
instrument-fr-ceseda = French Code on the Entry and Stay of Foreigners and the Right of Asylum (CESEDA, 2020 version) (Código de Entrada y Estancia de Extranjeros y del Derecho de Asilo de Francia, versión de 2020)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-de-milog = Ley del Salario Mínimo (Mindestlohngesetz, MiLoG, 2014)
instrument-de-bgb = Código Civil (Bürgerliches Gesetzbuch, BGB)
instrument-de-sgb_14 = Código Social, Libro XIV: Indemnización Social (SGB XIV, 2019)
instrument-es-et_2015 = Estatuto de los Trabajadores (2015)
instrument-es-ley_35_1995 = Ley 35/1995, de ayudas y asistencia a las víctimas de delitos violentos y contra la libertad sexual
instrument-fr-code_travail = Código del Trabajo (Code du travail)
instrument-fr-code_procedure_penale = Código de Procedimiento Penal (Code de procédure pénale)
instrument-it-cc = Código Civil (Codice civile)
instrument-it-l_228_2003 = Ley 228/2003, sobre medidas contra la trata de personas
instrument-nl-wml = Ley del Salario Mínimo y de la Paga Mínima de Vacaciones (Wet minimumloon en minimumvakantiebijslag)
instrument-nl-bw_3 = Código Civil, Libro 3 (Burgerlijk Wetboek)
instrument-nl-wsg = Ley del Fondo de Indemnización por Delitos Violentos (Wet schadefonds geweldsmisdrijven)
caveat-backdating_limit_not_a_bar = Puede pedirlo aunque haya pasado un año. Pero solo recibirá pagos desde el mes en que lo pida, salvo que no pudiera pedirlo antes.
caveat-each_month_runs_separately = El sueldo de cada mes tiene su propio plazo de cinco años, así que el plazo termina antes para los meses más antiguos. Una reclamación por escrito al empleador hace que el plazo empiece de nuevo.
caveat-es_domestic_hourly_external_only = No se incluye un mínimo por hora para quienes trabajan en el hogar, cobran por horas y no viven en la casa. A quien trabaja en el hogar y vive en la casa se le debe el mínimo mensual.
caveat-es_each_payment_own_year_interruptible = Cada sueldo no pagado se debe reclamar en el plazo de un año desde el día en que se tenía que pagar, así que el plazo termina antes para los meses más antiguos. Una reclamación formal al empleador, o pedir la conciliación, hace que el año empiece a contar de nuevo.
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = Esta ayuda es solo para delitos violentos que causaron la muerte o un daño grave, y para delitos sexuales. El plazo se detiene mientras dura un caso penal.
caveat-es_smi_floor_14_payments = El mínimo se paga en 14 pagas al año. Las dos pagas extra no se cuentan aquí, así que se puede deber más.
caveat-fr_civi_prosecution_extends_relief_possible = Si hay un caso penal, puede pedirlo hasta un año después de la decisión final. La comisión puede aceptar una solicitud fuera de plazo si hay una buena razón. Para un menor de edad, el plazo empieza a contar a los 18 años.
caveat-fr_smic_floor_mayotte_minors = Este es el mínimo de la Francia continental. Mayotte tiene uno más bajo. Los convenios muchas veces exigen más. A algunos trabajadores jóvenes y aprendices se les puede pagar menos.
caveat-fr_wage_claim_each_payday_three_years_before_end = El sueldo de cada mes se debe reclamar en el plazo de tres años, así que el plazo termina antes para los meses más antiguos. Cuando el trabajo termina, puede reclamar por sus últimos tres años.
caveat-intentional_injury_damages_only = Los 30 años son solo para la indemnización por un daño hecho a propósito a su vida, su cuerpo, su salud o su libertad. No son para el sueldo no pagado.
caveat-it_longer_if_crime = Si el daño también es un delito con un plazo más largo, como la trata o la esclavitud, la reclamación de la indemnización también tiene ese plazo más largo.
caveat-it_wage_limit_private_sector_interruptible = Los cinco años empiezan al final del trabajo solo con empleadores privados. Cada reclamación de pago por escrito hace que los cinco años empiecen de nuevo.
caveat-late_application_if_reasonable = El fondo puede aceptar una solicitud fuera de plazo si usted la hizo tan pronto como pudo de forma razonable. Solo paga por lesiones graves causadas por un delito violento.
caveat-monthly_minimum_for_full_time_week = Antes de 2024, el mínimo era una cantidad al mes por una semana a tiempo completo. Lo contamos para una semana de 40 horas, la semana normal más larga. Si la semana era más corta, se debe más.
caveat-runs_from_end_of_year = Los tres años empiezan al final del año en que se debía pagar el sueldo. Una reclamación ante un tribunal detiene el plazo.
caveat-runs_from_knowledge_longer_against_offender = Los cinco años empiezan cuando usted sabe del daño y de quién lo causó. El plazo para reclamar contra el autor del delito dura, por lo menos, mientras se le pueda juzgar por el delito.
caveat-sector_minimum_wages_and_exclusions = Algunos sectores tienen un mínimo más alto. Este mínimo no cubre a menores de 18 años sin formación, aprendices, algunas personas en prácticas ni voluntarios.
caveat-youth_minimum_not_encoded = Los trabajadores de menos de 21 años tienen un mínimo más bajo, que aquí no se cuenta.

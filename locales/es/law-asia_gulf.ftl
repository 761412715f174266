# Entitle: español. Mensajes para los datos legales de Filipinas, Catar, Tailandia y la ASEAN. Original en inglés escrito por el equipo de Entitle.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## Philippines
protection-ph-ra_9208-s_17-not_penalised = Sin castigo por delitos que le obligaron a cometer
protection-ph-ra_9208-s_17-not_penalised-gives = No deberían castigarle por delitos que los tratantes le obligaron a cometer, o que fueron consecuencia de la trata.
protection-ph-ra_9208-s_18-witness_protection = Protección como testigo
protection-ph-ra_9208-s_18-witness_protection-gives = Puede que pueda entrar en el programa del gobierno que protege a los testigos, por ejemplo con un lugar seguro donde vivir.
protection-ph-ra_9208-s_19-continued_presence = Permiso para quedarse en Filipinas
protection-ph-ra_9208-s_19-continued_presence-gives = Puede que le permitan quedarse en Filipinas por un tiempo, para que no tenga que salir del país enseguida.
protection-ph-ra_9208-s_19-assistance = La misma ayuda que reciben los sobrevivientes filipinos
protection-ph-ra_9208-s_19-assistance-gives = Puede recibir la misma protección, ayuda y servicios que reciben las personas filipinas que están en su situación.
protection-ph-ra_9208-s_3_a-child_without_means = Los menores de edad no tienen que demostrar fuerza ni engaño
protection-ph-ra_9208-s_3_a-child_without_means-gives = No tiene que demostrar que alguien le obligó, le engañó o le amenazó. Lo que le hicieron puede contar como trata igualmente.
caveat-section_number_from_2003_act = El número de la sección viene de la ley de 2003, y los cambios posteriores de la ley pueden haber movido o cambiado esta regla.
caveat-tied_to_prosecution = Cuánto tiempo puede quedarse depende de lo que necesite el caso contra los tratantes, no solo de lo que necesite usted.
caveat-child_includes_adults_unable_to_protect_themselves = La ley también trata a algunos adultos como menores de edad si una enfermedad o una discapacidad no les permite protegerse, pero esta aplicación no pregunta sobre eso.
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208) (Ley contra la Trata de Personas de 2003 de Filipinas)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364) (Ley Ampliada contra la Trata de Personas de 2012 de Filipinas)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862) (Ley Ampliada contra la Trata de Personas de 2022 de Filipinas)

## Qatar
protection-qa-law_17_2020-art_2-minimum_wage = Un salario mínimo para todos los trabajadores
protection-qa-law_17_2020-art_2-minimum_wage-gives = Deben pagarle al menos un salario básico cada mes, más dinero para comida y vivienda si su empleador no se las da.
protection-qa-law_18_2020-law-change_employer_without_noc = Cambiar de empleador sin el permiso de su empleador
protection-qa-law_18_2020-law-change_employer_without_noc-gives = Puede pasar a trabajar con un nuevo empleador antes de que termine su contrato, sin una carta de permiso del empleador que tiene ahora.
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = Salir de Catar sin el permiso de su empleador
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = Puede salir de Catar, para un viaje corto o para siempre, sin pedir a su empleador un permiso de salida.
protection-qa-law_13_2017-committees-wage_claim = Reclamar el sueldo no pagado ante un comité laboral
protection-qa-law_13_2017-committees-wage_claim-gives = Puede presentar una reclamación ante un comité laboral especial por el sueldo y otro dinero que le debe su empleador.
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = Un fondo paga el sueldo que su empleador no paga
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = Si gana una reclamación de sueldo y su empleador sigue sin pagar, un fondo del gobierno puede pagarle ese dinero en su lugar.
protection-qa-law_15_2011-art_2-identification_as_victim = Que le reconozcan como persona que sufrió trata
protection-qa-law_15_2011-art_2-identification_as_victim-gives = Puede que le reconozcan como una persona que sufrió trata. Esto le puede abrir el camino a protección, como un refugio seguro.
caveat-amounts_reviewed_yearly = El gobierno revisa estas cantidades al menos una vez al año, así que pueden haber cambiado desde la última vez que las comprobamos.
caveat-which_law_removed_noc_disputed = Las fuentes no coinciden en qué ley de 2020 eliminó la necesidad del permiso de su empleador, así que mostramos las dos leyes.
caveat-domestic_workers_from_2020_and_five_percent_exception = Los trabajadores del hogar solo se incluyeron desde enero de 2020, y los empleadores todavía pueden nombrar a unos pocos empleados que necesitan permiso para salir; un comité atiende las quejas.
caveat-domestic_workers_coverage_not_checked = No hemos comprobado si los trabajadores del hogar pueden llevar sus reclamaciones a estos comités.
caveat-payment_conditions_and_caps = El fondo solo paga en ciertos casos, y algunos informes dicen que hay un límite en lo que paga.
caveat-victim_protection_articles_not_verified = No pudimos leer las partes de esta ley sobre la protección de las personas que sufrieron trata, así que estos detalles no están confirmados.
instrument-qa-law_17_2020 = Qatar Law No. 17 of 2020 on the Minimum Wage (Ley n.º 17 de 2020 de Catar sobre el salario mínimo)
instrument-qa-law_18_2020 = Qatar Law No. 18 of 2020 amending the Labour Law (Ley n.º 18 de 2020 de Catar que modifica la Ley del Trabajo)
instrument-qa-law_19_2020 = Qatar Law No. 19 of 2020 amending the Law on Entry, Exit and Residence of Expatriates (Ley n.º 19 de 2020 de Catar que modifica la Ley de Entrada, Salida y Residencia de Extranjeros)
instrument-qa-law_13_2018 = Qatar Law No. 13 of 2018 amending the Law on Entry, Exit and Residence of Expatriates (Ley n.º 13 de 2018 de Catar que modifica la Ley de Entrada, Salida y Residencia de Extranjeros)
instrument-qa-law_13_2017 = Qatar Law No. 13 of 2017 amending the Labour Law (Labour Dispute Settlement Committees) (Ley n.º 13 de 2017 de Catar que modifica la Ley del Trabajo: comités para resolver conflictos laborales)
instrument-qa-law_17_2018 = Qatar Law No. 17 of 2018 establishing the Workers' Support and Insurance Fund (Ley n.º 17 de 2018 de Catar que crea el Fondo de Apoyo y Seguro de los Trabajadores)
instrument-qa-law_15_2011 = Qatar Law No. 15 of 2011 on Combating Trafficking in Human Beings (Ley n.º 15 de 2011 de Catar sobre la lucha contra la trata de personas)

## Thailand
protection-th-atipa_2551-s_33-assistance = Refugio, atención médica y otras ayudas
protection-th-atipa_2551-s_33-assistance-gives = Puede recibir comida, un lugar donde quedarse, atención médica, ayuda para recuperarse, ayuda legal y ayuda para volver a casa.
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = Que le informen sobre la indemnización y la ayuda legal
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = Las autoridades deberían decirle enseguida que puede pedir dinero por el daño que le hicieron y que puede recibir ayuda legal.
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = La fiscalía puede pedir la indemnización por usted
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = Si quiere dinero por el daño que le hicieron, la fiscalía puede pedírselo al tribunal por usted.
protection-th-atipa_2551-s_37-temporary_stay_and_work = Permiso para quedarse y trabajar por un tiempo
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = Puede que le permitan quedarse en Tailandia por un tiempo, y trabajar mientras está allí.
protection-th-atipa_2551-s_38-return_home = Ayuda para volver a casa de forma segura
protection-th-atipa_2551-s_38-return_home-gives = Puede recibir ayuda para volver a su país lo antes posible.
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = Sin acusación por faltas de inmigración o de papeles
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = No deberían acusarle por entrar o quedarse en Tailandia sin permiso, ni por tener papeles falsos o incorrectos.
caveat-purpose_limited_stay = La estancia es para cosas como un caso en el tribunal, un tratamiento, la recuperación o una reclamación de indemnización; no sabemos cuánto dura ni si se da siempre.
caveat-minister_may_permit_prosecution = El Ministro de Justicia puede permitir aun así que le acusen, pero debe hacerlo por escrito.
instrument-th-atipa_2551 = Thailand Anti-Trafficking in Persons Act B.E. 2551 (2008) (Ley contra la Trata de Personas de Tailandia)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = Sin encierro sin una buena razón
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = No deberían detenerle ni encerrarle sin una buena razón.
caveat-identified_victims_only = Esto solo protege a las personas que las autoridades ya reconocieron como víctimas de trata, así que primero tienen que reconocerle a usted.
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children (2015) (Convención de la ASEAN contra la Trata de Personas, Especialmente Mujeres y Niños)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-ph-labor_code = Código del Trabajo de Filipinas (Labor Code of the Philippines, 1974)
instrument-ph-ra_7309 = Ley de la República n.º 7309, sobre la Junta de Reclamaciones (Republic Act No. 7309, Board of Claims, 1992)
instrument-qa-labour_law_14_2004 = Ley del Trabajo, Ley n.º 14 de 2004 (Catar)
instrument-qa-law_15_2017 = Ley n.º 15 de 2017 sobre los trabajadores domésticos (Catar)
instrument-th-lpa_2541 = Ley de Protección del Trabajo, B.E. 2541 (1998)
instrument-th-ccc_book1_2535 = Código Civil y Mercantil, Libro I (revisado en B.E. 2535)
instrument-th-victim_compensation_act_2544 = Ley de Indemnización a la Persona Lesionada y de Compensación y Gastos para el Acusado en Causas Penales, B.E. 2544 (2001)
caveat-ph_board_of_claims_violent_crimes = La Junta de Reclamaciones (Board of Claims) solo paga a víctimas de delitos violentos, y como máximo 10 000 pesos.
caveat-ph_money_claims_any_forum = Los mismos tres años se aplican a toda reclamación de dinero por el trabajo, en cualquier lugar donde se haga.
caveat-ph_ncr_only = Este es el mínimo solo para Metro Manila. Otras regiones tienen su propio mínimo por día, muchas veces más bajo. Use esta cantidad solo para trabajo en Metro Manila.
caveat-qa_domestic_workers_own_limit = Los trabajadores domésticos tienen su propia ley. Esa ley también da un año desde el final del contrato o desde el día en que se fueron.
caveat-qa_food_and_housing_allowances = Esto es solo el sueldo básico. Si el empleador no dio comida y vivienda dignas, también debe 300 riales al mes para comida y 500 para vivienda.
caveat-qa_one_year_of_365_days_stopped_by_complaint = La reclamación se debe hacer en los 365 días después de que termine el contrato. El plazo se detiene mientras el Ministerio de Trabajo estudia una queja.
caveat-qa_overtime_daily_night_and_exclusions = También se deben horas extra después de 8 horas en un día (6 en Ramadán), y se paga más por la noche. No se aplica a los trabajadores domésticos. Aquí no se cuenta.
caveat-th_each_unpaid_wage_runs_separately = Cada sueldo no pagado tiene su propio plazo de dos años, así que el plazo termina antes para los meses más antiguos. Si el empleador reconoce la deuda por escrito o paga una parte, los dos años empiezan a contar de nuevo.
caveat-th_fund_listed_crimes_from_knowledge = Los pagos del Estado son solo para víctimas de algunos delitos, como daños al cuerpo y delitos sexuales. El año empieza cuando usted se entera del delito.
caveat-th_lowest_provincial_rate = Este es el mínimo por día más bajo de toda Tailandia. En su provincia, el mínimo muchas veces es más alto, y se debe ese.
caveat-th_overtime_daily_and_holiday = Se deben horas extra después de las horas normales de cada día, y el trabajo en un día festivo se paga más. Aquí no se cuenta.

# Las palabras de la reclamación de salario en los resultados y del resumen para un abogado.
# Se cargan después de la primera página, con las palabras del derecho.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

claim-heading = Sueldo que le pueden deber
claim-lead-owed_against_minimum = Por { $months } { $months ->
        [one] mes
       *[other] meses
    } de trabajo, sus respuestas muestran que le deben alrededor de { $amount }, según el sueldo mínimo que marca la ley.
claim-lead-owed_against_promise = Por { $months } { $months ->
        [one] mes
       *[other] meses
    } de trabajo, sus respuestas muestran que le deben alrededor de { $amount }, según lo que le prometieron.
claim-no-figure = No pudimos calcular una cantidad con sus respuestas. El resumen dice qué falta.
claim-deadline-next = El primer plazo que sigue abierto termina el { $date } ({ $route }).
claim-deadline-soon = Actúe pronto: un plazo termina el { $date } ({ $route }).
claim-deadline-passed = Puede que algunos plazos ya hayan terminado. Aun así, un abogado puede encontrar una solución.
summary-open = Ver el resumen para un abogado
route-labour_inspectorate = inspección de trabajo
route-labour_tribunal = juzgado o tribunal laboral
route-civil_court = tribunal civil
route-criminal_compensation = tribunal penal
route-state_fund = fondo del Estado para víctimas de delitos
summary-heading = Resumen del caso para un abogado o un trabajador social
summary-intro = Hecho en este dispositivo el { $date } con las propias respuestas de la persona, según las reglas { $code ->
        [GB] del Reino Unido
        [US] de los Estados Unidos
        [NL] de los Países Bajos
        [PH] de Filipinas
        [CA] de Canadá
        [QA] de Catar
        [FR] de Francia
        [DE] de Alemania
        [IT] de Italia
        [ES] de España
        [AU] de Australia
        [TH] de Tailandia
        [ZZ] del derecho internacional
       *[other] de { $country }
    }. Muestra señales, no decisiones.
summary-chronology = Qué pasó
stage-recruitment = El reclutamiento
stage-journey = El viaje
stage-work = El trabajo
stage-leaving_and_now = La salida, y ahora
summary-signs = Señales en las respuestas, y sus elementos legales
summary-no-signs = Las respuestas no muestran señales.
presence-present = sí aparece
presence-absent = no aparece
presence-unknown = no se sabe
element-act = Una acción: reclutar a la persona, llevarla de un lugar a otro, entregarla o retenerla
element-means = Un medio: amenazas, fuerza, engaño o abuso de poder
element-purpose = Un fin: la explotación
element-child = La persona tenía menos de 18 años
element-under_18 = La persona tiene, o puede tener, menos de 18 años
element-menace_of_penalty = Una amenaza de daño o de castigo
element-involuntary = Trabajo que no se hace libremente
element-coercion = Coacción (presión para obligar a la persona)
element-cannot_change_situation = No puede cambiar su situación
element-lives_at_workplace = Vive donde decide el empleador
element-wages_withheld = Sueldo retenido
element-pay_below_promise = Sueldo más bajo que el prometido
element-large_deductions = Grandes descuentos en el sueldo
element-excessive_hours = Jornadas muy largas
element-recruitment_fees = Pagos para conseguir el trabajo
element-smuggled = Otras personas le hicieron cruzar una frontera de forma irregular
element-fear_of_return = Miedo a volver
element-protected_reason = Una razón protegida por la ley de refugiados
element-documents_kept = Otras personas tienen su pasaporte o su documento de identidad
element-unsafe_or_degrading = Trabajo peligroso o un lugar para vivir en condiciones indignas
element-violence_at_work = Violencia en el trabajo
element-harmed_or_held = Le hicieron daño o le retuvieron durante el viaje
summary-indicators = Indicadores de trabajo forzoso de la OIT, y las dimensiones de la OIT y la UE
summary-no-indicators = Las respuestas no muestran ninguno de los indicadores de la OIT.
indicator-ilo-fl-abuse_of_vulnerability = Abuso de la vulnerabilidad
indicator-ilo-fl-deception = Engaño
indicator-ilo-fl-restriction_of_movement = Restricción de movimiento
indicator-ilo-fl-isolation = Aislamiento
indicator-ilo-fl-physical_and_sexual_violence = Violencia física y sexual
indicator-ilo-fl-intimidation_and_threats = Intimidación y amenazas
indicator-ilo-fl-retention_of_identity_documents = Retención de documentos de identidad
indicator-ilo-fl-withholding_of_wages = Retención del sueldo
indicator-ilo-fl-debt_bondage = Servidumbre por deudas
indicator-ilo-fl-abusive_working_and_living_conditions = Condiciones de trabajo y de vida abusivas
indicator-ilo-fl-excessive_overtime = Horas extra excesivas
summary-dimension = Dimensión
summary-strong-medium-weak = Indicadores: fuertes / medios / débiles
summary-positive = Positiva
dimension-deceptive_recruitment = Reclutamiento con engaño
dimension-coercive_recruitment = Reclutamiento con coacción
dimension-recruitment_by_abuse_of_vulnerability = Reclutamiento abusando de la vulnerabilidad
dimension-exploitative_conditions_of_work = Condiciones de trabajo de explotación
dimension-coercion_at_destination = Coacción en el lugar de destino
dimension-abuse_of_vulnerability_at_destination = Abuso de la vulnerabilidad en el lugar de destino
summary-protections = Protecciones que pueden encajar, y sus bases legales
summary-english-copy = Copia en inglés para el abogado
summary-claim = La reclamación del sueldo, con sus cálculos
summary-claim-period = Desde { $began } hasta { $ended }: { $months } { $months ->
        [one] mes
       *[other] meses
    }.
summary-claim-period-ongoing = Desde { $began }, y el trabajo sigue: { $months } { $months ->
        [one] mes
       *[other] meses
    } hasta ahora.
figure-owed_against_promise = Lo que se debe según lo prometido
figure-owed_against_minimum = Lo que se debe según el sueldo mínimo legal
figure-arrears_at_current_rate = Lo mismo, contado con el sueldo mínimo de hoy
figure-overtime_at_minimum = Además, las horas extra, según el mínimo
figure-liquidated_damages = Otra vez la misma cantidad, como indemnización (“liquidated damages”)
figure-restitution_at_least = Lo mínimo que un tribunal penal ordenaría pagar
working-step = Paso
working-formula = Cálculo
working-amount = Cantidad
working-value = Valor usado, y su fuente
working-value-from = En vigor desde el { $date }.
value-verified = Comprobado en el texto oficial.
step-promised_for_months = El sueldo prometido por los meses trabajados
step-months_at_rate = El mínimo en vigor el primer día de cada mes
step-sum = La suma
step-less_received = Menos lo que se recibió
step-overtime_premium = El pago adicional por las horas extra
step-arrears_at_current_rate = Contado con el mínimo de hoy
step-liquidated_damages_equal = El mínimo y las horas extra no pagados, otra vez
step-restitution_greater_of_gain_or_minimum = El valor del trabajo según el mínimo y las horas extra; más si el autor del delito ganó más
summary-not-counted = Lo que no se pudo contar en estas cantidades
formula-hour = { $count } h
formula-day = { $count } { $count ->
        [one] día
       *[other] días
    }
formula-week = { $count } { $count ->
        [one] semana
       *[other] semanas
    }
formula-month = { $count } { $count ->
        [one] mes
       *[other] meses
    }
not-counted-period = No se saben los meses trabajados, así que no se pudo contar nada.
not-counted-promise = No se sabe el sueldo prometido.
not-counted-received = No se sabe lo que se recibió, así que no se restó nada.
not-counted-hours = No se saben las horas o los días trabajados.
not-counted-age = No se sabe la edad, así que se usó el mínimo para adultos.
not-counted-no_minimum_wage = No tenemos un sueldo mínimo legal para este país.
not-counted-months_before_first_rate = Algunos meses son anteriores al primer sueldo mínimo que tenemos, o en ese momento no había un mínimo para esa edad.
not-counted-other_currency = Una parte del sueldo se pagó en otra moneda, así que no se restó.
not-counted-deductions = Se quitó dinero del sueldo. No tenemos ninguna norma sobre qué parte era ilegal: un abogado puede comprobarlo.
not-counted-recruitment_fees = Se pagó dinero para conseguir el trabajo. Aquí no tenemos ninguna norma que cuente esos pagos: un abogado puede comprobarlo.
not-counted-later_rate_missing = La ley fija un nuevo sueldo mínimo en fechas regulares, y el último mínimo que tenemos puede haber sido sustituido antes de que terminara el trabajo. Por los últimos meses se le puede deber más: un abogado puede comprobar el mínimo oficial.
summary-caveats = Lo que un abogado debe saber sobre estas cantidades
summary-deadlines = Plazos para reclamar
summary-no-deadlines = No tenemos plazos para este país.
deadline-length = { $months } { $months ->
        [one] mes
       *[other] meses
    } desde { $from }.
runs-from-last_payment = el último pago incompleto
runs-from-end_of_work = el final del trabajo
runs-from-end_of_exploitation = el final de la explotación
runs-from-offence = el delito
runs-from-final_judgment = la sentencia final del caso penal
runs-from-end_of_year = el final del año en que se debía pagar el sueldo
deadline-not_started = Todavía no ha empezado: el trabajo sigue.
deadline-open = Contado desde el final del mes en que terminó el trabajo, termina el { $date }.
deadline-soon = Contado desde el final del mes en que terminó el trabajo, termina pronto, el { $date }.
deadline-passed = Contado desde el final del mes en que terminó el trabajo, terminó el { $date }. Puede que un abogado conozca una excepción.
deadline-unknown = No se sabe cuándo terminó el trabajo.
deadline-after_judgment = Se cuenta desde una decisión de un tribunal. No sabemos la fecha de esa decisión.

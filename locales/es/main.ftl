# Entitle: Spanish.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

## About this language (shown on the About page)
locale-translation-note = Este texto se tradujo del inglés con la ayuda de un modelo de inteligencia artificial (IA).
locale-review-note = Todavía NO lo ha revisado ninguna persona cuya lengua materna sea el español.

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = Información

## Exit this page
exit-this-page = Salir de esta página
exit-emergency = Emergencia
exit-shift-pressed-once = Mayúsculas (Shift): presione 2 veces más para salir.
exit-shift-pressed-twice = Mayúsculas (Shift): presione 1 vez más para salir.

## Language picker and footer
language-picker-label = Idioma
footer-not-advice = Esto es información, no asesoramiento legal.
about-link = Sobre esta herramienta
footer-site-name = Esta página la ofrece { $name }.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = Para quien gestiona este sitio: el archivo de ajustes site.json no se ha usado, así que la aplicación funciona con sus propios ajustes. El problema está en { $field }: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] el texto deja de ser JSON válido a partir de aquí.
    [twice] este campo está escrito dos veces.
    [unknown] no hay ningún ajuste con este nombre.
    [missing] este ajuste es obligatorio.
    [not-text] tiene que ser un texto entre comillas.
    [not-list] tiene que ser una lista entre [ ].
    [not-object] tiene que ser un grupo de ajustes entre { "{" } { "}" }.
    [not-true-or-false] tiene que ser true o false.
    [version] tiene que ser 1.
    [country] la aplicación no cubre este país (use un código como GB).
    [language] la aplicación no tiene este idioma (use un código como fr).
    [language-tag] tiene que ser un código de idioma como pl o pt-BR, o interpreters.
    [need] la aplicación no conoce esta necesidad.
    [phone] tiene que ser un número de 3 a 15 cifras, con + delante si es internacional, y sin espacios.
    [web] tiene que ser una dirección web que empiece por https://.
    [days] tiene que ser mon_fri, mon_sat o every_day.
    [time] tiene que ser una hora como 09:00.
    [hours] use always: true, o bien days con opens y closes.
    [length] está vacío o es demasiado largo.
    [too-many] esta lista es demasiado larga.
    [no-way-to-reach] este contacto necesita un phone, un sms o una dirección web.
    [repeated] ya está en la lista.
    [display-without-phone] phone_display necesita también un phone.
   *[other] este valor no está permitido.
}

## Opening page
start-heading = Vea qué ayuda y qué derechos puede tener
start-what-this-is = Conteste unas preguntas cortas sobre su trabajo y su viaje. Le mostraremos las señales de daño que hay en sus respuestas, los derechos que pueden protegerle y dónde pedir ayuda.
start-danger-heading = Si está en peligro ahora
start-danger-body = Llame al número de emergencias del país donde está. Puede llamar aunque no tenga papeles.
start-privacy-heading = Sus respuestas se quedan en este teléfono
start-privacy-body = Nada de lo que responde se envía a ningún sitio. No se guarda nada. Cuando cierre esta página, sus respuestas desaparecen.
start-leave-heading = Salir rápido
start-leave-body = Toque “Salir de esta página” en cualquier momento, o presione 3 veces la tecla Mayúsculas (Shift). Esta página se cerrará y se abrirá una página sobre el clima.
start-not-heading = Lo que esto no es
start-not-body = Esto es información, no asesoramiento legal. No puede decidir si usted es víctima de un delito. Solo las autoridades pueden decidirlo. Un abogado o un grupo de apoyo puede ayudarle.
start-button = Empezar

## Questions: common words
back = Atrás
continue = Continuar
change = Cambiar
not-provided = Sin respuesta
select-placeholder = Elija una opción
progress = Pregunta { $n } de { $total } como máximo
error-summary-title = Hay un problema
error-choose-one = Elija una respuesta. Puede elegir “No lo sé” o “Prefiero no decirlo”.
error-number-range = Escriba un número entero del 0 al { $most }.
reply-yes = Sí
reply-no = No
reply-dont_know = No lo sé
reply-prefer_not_to_say = Prefiero no decirlo
answer-maybe_under_18 = No lo sé con seguridad. Puede que tenga menos de 18 años.
answer-years = { $years ->
        [one] { $years } año
       *[other] { $years } años
    }
answer-count = { $count }

## Countries
country-AU = Australia
country-CA = Canadá
country-FR = Francia
country-DE = Alemania
country-IT = Italia
country-NL = Países Bajos
country-PH = Filipinas
country-QA = Catar
country-ES = España
country-TH = Tailandia
country-GB = Reino Unido
country-US = Estados Unidos
country-EU = Otro país de la UE, Islandia, Liechtenstein, Noruega o Suiza
country-ZZ = Otro país

## The questions. Each has a hint line under it.
question-country_now = ¿En qué país está ahora?
question-country_now-hint = Las reglas y la ayuda que le mostramos dependen de esto.
question-in_danger_now = ¿Está en peligro ahora mismo?
question-in_danger_now-hint = Por ejemplo, alguien podría hacerle daño hoy.
question-nationality = ¿De qué país tiene la nacionalidad?
question-nationality-hint = El país de su pasaporte.
question-age = ¿Cuántos años tiene?
question-age-hint = Las reglas para menores de edad son diferentes. Es menor de edad toda persona que tiene menos de 18 años.
question-age-number = Sé mi edad
question-under_18_when_it_began = ¿Tenía menos de 18 años cuando empezó este trabajo o este viaje?
question-under_18_when_it_began-hint = Algunos derechos dependen de la edad que tenía entonces, no de la que tiene ahora.
question-work_kind = ¿Qué tipo de trabajo hace, o hacía?
question-work_kind-hint = Elija el trabajo principal.
option-work_kind-domestic = Trabajo en una casa (limpiar, cocinar, cuidar niños)
option-work_kind-agriculture = Trabajo en el campo
option-work_kind-construction = Trabajo en obras de construcción
option-work_kind-fishing = Pesca o trabajo en un barco
option-work_kind-care = Cuidado de personas mayores o enfermas
option-work_kind-factory = Trabajo en una fábrica
option-work_kind-hospitality = Hoteles, restaurantes o limpieza
option-work_kind-sex_work = Trabajo sexual
option-work_kind-criminal_activity = Delitos, como cultivar drogas, vender drogas o robar
option-work_kind-begging = Pedir dinero en la calle
option-work_kind-other = Otro trabajo
question-recruited = ¿Alguien le consiguió este trabajo u organizó su viaje?
question-recruited-hint = Por ejemplo, un agente, un familiar o alguien por internet.
question-recruited_by = ¿Quién le consiguió el trabajo u organizó su viaje?
question-recruited_by-hint = Elija la opción que mejor encaje.
option-recruited_by-agency = Una agencia o un agente
option-recruited_by-relative = Un familiar
option-recruited_by-partner = Mi pareja (novio, novia, esposo o esposa)
option-recruited_by-friend = Un amigo o una amiga
option-recruited_by-stranger = Alguien que yo no conocía
option-recruited_by-online = Alguien por internet
option-recruited_by-employer = El empleador
option-recruited_by-other = Otra persona
question-forced_to_go = ¿Le llevaron a la fuerza, o le obligaron a ir en contra de su voluntad?
question-forced_to_go-hint = Por ejemplo, alguien le obligó a viajar o le llevó a la fuerza.
question-moved_by_others = ¿Otras personas le llevaron de un lugar a otro?
question-moved_by_others-hint = Por ejemplo, le llevaron en un vehículo a otro lugar o le entregaron a otras personas.
question-promise_broken = ¿Su trabajo, su sueldo o el lugar donde vive son diferentes de lo que le prometieron?
question-promise_broken-hint = Por ejemplo, otro trabajo, menos dinero o una vivienda peor.
question-deceived_about_work = ¿El trabajo es diferente del que le prometieron?
question-deceived_about_work-hint = Por ejemplo, le prometieron un trabajo en una tienda, pero trabaja en el campo.
question-deceived_about_pay = ¿Le pagan menos de lo que le prometieron?
question-deceived_about_pay-hint = Piense en el dinero que recibe de verdad.
question-deceived_about_conditions = ¿Su horario, su vivienda o su trabajo son peores de lo que le prometieron?
question-deceived_about_conditions-hint = Por ejemplo, días más largos o un lugar peor para vivir.
question-deceived_about_papers = ¿Le prometieron una visa o unos papeles que no recibió?
question-deceived_about_papers-hint = Por ejemplo, un permiso de trabajo.
question-paid_recruitment_fee = ¿Pagó dinero para conseguir este trabajo o este viaje?
question-paid_recruitment_fee-hint = Por ejemplo, un pago a un agente.
question-owes_debt = ¿Le debe dinero a su jefe, a un agente o a las personas que le trajeron?
question-owes_debt-hint = Por ejemplo, por el viaje, la comida o la vivienda.
question-debt_grows = ¿La deuda sigue creciendo, aunque usted trabaje?
question-debt_grows-hint = Por ejemplo, le suman gastos todo el tiempo.
question-must_work_off_debt = ¿Le dicen que no puede irse hasta que pague la deuda?
question-must_work_off_debt-hint = O que tiene que trabajar hasta pagarla.
question-journey = ¿Cómo entró en este país?
question-journey-hint = Elija la opción que mejor encaje.
option-journey-regular = Con una visa o un permiso, pasando por el control de la frontera
option-journey-smuggled = Pagué a alguien para que me hiciera entrar sin los papeles necesarios
option-journey-false_papers = Con papeles falsos, o con papeles que no eran míos
option-journey-no_border = No crucé ninguna frontera
question-harmed_on_journey = Durante el viaje, ¿las personas que le llevaban le pegaron, le hicieron daño o abusaron de usted?
question-harmed_on_journey-hint = Cuente cualquier tipo de daño.
question-held_on_journey = Durante el viaje, ¿le retuvieron en contra de su voluntad, o le retuvieron para pedir dinero?
question-held_on_journey-hint = Por ejemplo, le encerraron hasta que alguien pagó.
question-pay_problem = ¿Le retienen el sueldo, se lo recortan o no se lo pagan?
question-pay_problem-hint = También si le quitan una gran parte por la vivienda, la comida, cuotas o multas.
question-documents_kept = ¿Alguien le quitó su pasaporte o su documento de identidad y se lo quedó?
question-documents_kept-hint = Por ejemplo, su jefe, un agente o la persona que le trajo aquí.
question-documents_held_by = ¿Quién tiene ahora su pasaporte o su documento de identidad?
question-documents_held_by-hint = Elija la opción que mejor encaje.
option-documents_held_by-themselves = Lo tengo yo
option-documents_held_by-employer = Mi jefe
option-documents_held_by-agent = Un agente
option-documents_held_by-smuggler = Las personas que me pasaron por la frontera
option-documents_held_by-authorities = La policía o las autoridades de inmigración
option-documents_held_by-other = Otra persona
option-documents_held_by-lost = Se perdió o lo destruyeron
question-hurt_or_threatened = ¿Alguien le ha hecho daño, o le ha amenazado a usted o a su familia?
question-hurt_or_threatened-hint = Esto incluye amenazas de llamar a la policía o a inmigración.
question-threatened = ¿Alguien le ha amenazado?
question-threatened-hint = Por ejemplo, le dijo que le iba a hacer daño.
question-family_threatened = ¿Alguien ha amenazado a su familia?
question-family_threatened-hint = Aquí o en su país de origen.
question-threatened_with_authorities = ¿Alguien le ha dicho que le iba a denunciar a la policía o a inmigración?
question-threatened_with_authorities-hint = Por ejemplo, para que siga trabajando.
question-physical_violence = ¿Alguien le ha pegado o le ha hecho daño?
question-physical_violence-hint = En el trabajo o donde vive.
question-sexual_violence = ¿Alguien le ha obligado a tener sexo o le ha tocado de forma sexual sin que usted quisiera?
question-sexual_violence-hint = Puede elegir “Prefiero no decirlo”.
question-locked_in = ¿Le encierran, o no le dejan salir?
question-locked_in-hint = En el trabajo o donde vive.
question-watched = ¿Le vigilan o le siguen todo el tiempo?
question-watched-hint = Por ejemplo, alguien va siempre con usted.
question-isolated = ¿No le dejan hablar con su familia o con otras personas?
question-isolated-hint = Por ejemplo, le quitaron el teléfono.
question-cannot_leave = Si quisiera dejar este trabajo, ¿se lo impedirían?
question-cannot_leave-hint = ¿O le pasaría algo malo?
question-lives_at_workplace = ¿Vive donde trabaja, o donde decide su jefe?
question-lives_at_workplace-hint = Por ejemplo, en la casa de su jefe.
question-residence_status = ¿Qué papeles tiene para quedarse en este país?
question-residence_status-hint = Elija la opción que mejor encaje.
option-residence_status-citizen = Tengo la nacionalidad de este país
option-residence_status-permanent_resident = Puedo quedarme para siempre
option-residence_status-work_permit = Una visa o un permiso de trabajo
option-residence_status-student_or_visitor = Una visa de estudiante o de turista
option-residence_status-asylum_seeker = Pedí asilo
option-residence_status-refugee = Aquí tengo el estatus de refugiado
option-residence_status-expired = Mi visa o mi permiso ya no es válido
option-residence_status-no_papers = No tengo papeles
question-tied_to_employer = ¿Su visa dice que solo puede trabajar para este jefe?
question-tied_to_employer-hint = ¿O necesita el permiso de su jefe para cambiar de trabajo?
question-wages_withheld = ¿Le retienen el sueldo, o no le pagan nada?
question-wages_withheld-hint = Por ejemplo, su jefe le dice que le pagará más tarde.
question-large_deductions = ¿Le quitan una gran parte del sueldo por vivienda, comida, pagos o multas?
question-large_deductions-hint = Dinero que le quitan antes de que reciba su sueldo.
question-hard_conditions = ¿Las horas son muy largas, el trabajo es peligroso o el lugar donde duerme es muy malo?
question-hard_conditions-hint = Por ejemplo, ningún día libre, sin equipo de seguridad, o una habitación llena y sucia.
question-hours_per_day = ¿Cuántas horas trabaja en un día normal de trabajo?
question-hours_per_day-hint = Cuente todas las horas, con los descansos.
question-hours_per_day-number = Sé el número de horas
question-days_off_per_week = ¿Cuántos días libres tiene en una semana normal?
question-days_off_per_week-hint = Días sin nada de trabajo.
question-days_off_per_week-number = Sé el número de días
question-unsafe_work = ¿Su trabajo es peligroso y no tiene la protección o la formación que necesita?
question-unsafe_work-hint = Por ejemplo, productos químicos sin guantes ni máscara.
question-degrading_living = ¿El lugar donde vive está en muy malas condiciones?
question-degrading_living-hint = Por ejemplo, demasiada gente, suciedad, sin agua o sin intimidad.
question-made_to_do_things = ¿Alguien le ha obligado a prostituirse o a cometer delitos, a casarse o a dar una parte de su cuerpo?
question-made_to_do_things-hint = Puede elegir “Prefiero no decirlo”.
question-sexual_exploitation = ¿Le obligan a tener sexo con personas, o a hacer trabajo sexual, para que otra persona gane dinero?
question-sexual_exploitation-hint = Puede elegir “Prefiero no decirlo”.
question-made_to_break_law = ¿Le han obligado a hacer algo contra la ley?
question-made_to_break_law-hint = Por ejemplo, cultivar o vender drogas, robar o usar papeles falsos.
question-forced_marriage = ¿Le obligaron, o le están obligando, a casarse?
question-forced_marriage-hint = Un matrimonio que usted no aceptó.
question-organ_removal = ¿Alguien le ha quitado una parte del cuerpo, como un riñón, o ha intentado obligarle a darla?
question-organ_removal-hint = También si le prometieron dinero a cambio.
question-fear_of_return = ¿Tiene miedo de lo que le pasaría si volviera a su país?
question-fear_of_return-hint = Piense en los peligros para usted allí.
question-fear_reason = ¿Por qué tiene miedo de volver?
question-fear_reason-hint = Elija la razón principal.
option-fear_reason-traffickers = Las personas que me explotaron, o que me vuelvan a atrapar
option-fear_reason-persecution = Por mi raza, religión, nacionalidad, grupo o ideas políticas
option-fear_reason-torture = Tortura o un trato muy cruel
option-fear_reason-family_or_community = Violencia de mi familia o de mi comunidad
option-fear_reason-other = Otra razón
question-wants_to_go_home = ¿Quiere volver a casa?
question-wants_to_go_home-hint = Al país de donde vino.
question-needs_help_now = ¿Necesita ayuda ahora con su salud, un idioma, sus hijos o para volver a su país?
question-needs_help_now-hint = Si es así, le preguntamos un poco más para mostrarle la ayuda adecuada.
question-children_with_them = ¿Tiene niños con usted?
question-children_with_them-hint = Menores de 18 años que viven con usted.
question-health_needs = ¿Necesita un médico o atención médica?
question-health_needs-hint = Para su cuerpo o para su mente.
question-speaks_local_language = ¿Habla el idioma del país donde está?
question-speaks_local_language-hint = Lo suficiente para hablar con un médico o con la policía.
question-still_there = ¿Sigue trabajando allí, o sigue con esas personas?
question-still_there-hint = Algunos derechos dependen de esto.
question-reported_to_police = ¿Se lo ha contado a la policía?
question-reported_to_police-hint = Lo que le pasó.
question-willing_to_help_police = ¿Aceptaría ayudar a la policía en una investigación?
question-willing_to_help_police-hint = Algunos derechos dependen de esto. Aunque diga que no, puede recibir ayuda.

## Check your answers
check-heading = Revise sus respuestas
check-intro = Puede cambiar cualquier respuesta antes de ver los resultados.
check-continue = Ver lo que muestran sus respuestas

## Results
results-heading = Lo que muestran sus respuestas
results-meta = Según las reglas { $code ->
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
    } el { $date }.
danger-call = Toque para llamar al número de emergencias. Puede llamar aunque no tenga papeles.
next-steps-heading = Lo que puede hacer ahora
next-step-why = Por qué: { $why }.
next-step-call_child_helpline = Llame a una línea de ayuda para menores
next-step-call_child_helpline-say = Puede decir: “Tengo menos de 18 años y necesito ayuda.”
next-step-call_trafficking_helpline = Llame a la línea de ayuda contra la explotación
next-step-call_trafficking_helpline-say = Pueden buscarle apoyo. Puede decir: “Creo que me están explotando y necesito ayuda.”
next-step-ask_for_protection = Pregunte por la protección, para que no le devuelvan al peligro
next-step-ask_for_protection-say = Puede decir: “Tengo miedo de volver a mi país.”
next-step-claim_unpaid_pay = Pregunte a la inspección de trabajo cómo cobrar lo que le deben
next-step-claim_unpaid_pay-say = Puede decir: “Mi empleador no me ha pagado lo que me debe.”
next-step-call_exploitation_helpline = Llame a una línea de ayuda para trabajadores tratados injustamente
next-step-call_exploitation_helpline-say = Puede decir: “Me tratan mal en el trabajo y necesito consejo.”
next-step-get_legal_advice = Pida asesoría legal gratuita sobre sus derechos
next-step-get_legal_advice-say = Puede decir: “Necesito consejo sobre mis derechos y mis papeles.”
danger-local-number = Llame al número de emergencias del país donde está.
call-number = Llamar al { $number }
text-number = Enviar un mensaje de texto al { $number }
results-signs-heading = Señales en sus respuestas
results-signs-intro = Son solo señales. No son una decisión sobre usted.
results-not-found = Señales que no encontramos
results-needs-heading = Lo que puede necesitar ahora
results-protections-heading = Derechos que pueden aplicarse
results-protections-none = Aquí no encontramos protecciones que encajen con sus respuestas. Los servicios de ayuda que aparecen abajo pueden ayudarle igualmente.
results-protections-not = Derechos que no encajan con sus respuestas
rights-time_to_recover = Tiempo para descansar y recuperarse
rights-permission_to_stay = Permiso para quedarse
rights-money_owed = El dinero que le deben, e indemnización
rights-no_punishment = Ningún castigo por lo que le obligaron a hacer
rights-no_sending_back = No ser devuelto al peligro
rights-going_home = Volver a casa de forma segura
rights-childrens_rights = Derechos de los menores
rights-support_and_advice = Ayuda, apoyo y asesoría
rights-rules = { $count ->
        [one] La norma en detalle
       *[other] Las { $count } normas en detalle
    }
results-help-heading = Dónde pedir ayuda
results-limits-heading = Lo que esto no le puede decir
results-limits-body = Esto solo muestra hacia dónde apuntan sus respuestas. Las reglas cambian, y no lo preguntamos todo. Hable con un abogado o con un grupo de apoyo antes de actuar.
results-print = Imprimir o guardar como PDF
start-again = Empezar de nuevo y borrar mis respuestas
because-heading = Por qué decimos esto
missing-heading = Contestar esto podría cambiar el resultado
sources-heading = Fuentes legales
source-line = { $instrument }, artículo { $article } (desde { $from })
source-secondary = Comprobado solo en una fuente secundaria.
source-unverified = Todavía no se ha comprobado con el texto oficial.
delphi-met = Una segunda prueba, los indicadores de la OIT y de la Comisión Europea, también apunta a trata de personas.
delphi-not-met = Una segunda prueba, los indicadores de la OIT y de la Comisión Europea, no apunta a trata de personas con estas respuestas.
delphi-not-applicable = La segunda prueba, los indicadores de la OIT y de la Comisión Europea, no se pudo usar con estas respuestas.

## Findings: a title and one sentence for each level
finding-trafficking-title = Trata de personas
finding-trafficking-strong = Sus respuestas muestran señales fuertes de trata de personas.
finding-trafficking-some = Sus respuestas muestran algunas señales de trata de personas.
finding-trafficking-none_found = Sus respuestas no muestran señales de trata de personas.
finding-trafficking-not_enough_information = Todavía no sabemos lo suficiente para decir si hay señales de trata de personas.
finding-forced_labour-title = Trabajo forzado
finding-forced_labour-strong = Sus respuestas muestran señales fuertes de trabajo forzado.
finding-forced_labour-some = Sus respuestas muestran algunas señales de trabajo forzado.
finding-forced_labour-none_found = Sus respuestas no muestran señales de trabajo forzado.
finding-forced_labour-not_enough_information = Todavía no sabemos lo suficiente para decir si hay señales de trabajo forzado.
finding-servitude-title = Servidumbre
finding-servitude-strong = Sus respuestas muestran señales fuertes de servidumbre: que le obligan a trabajar y a vivir bajo el control de otra persona.
finding-servitude-some = Sus respuestas muestran algunas señales de servidumbre: que le obligan a trabajar y a vivir bajo el control de otra persona.
finding-servitude-none_found = Sus respuestas no muestran señales de servidumbre.
finding-servitude-not_enough_information = Todavía no sabemos lo suficiente para decir si hay señales de servidumbre.
finding-labour_exploitation-title = Trabajo injusto o abusivo
finding-labour_exploitation-strong = Sus respuestas muestran señales fuertes de trabajo injusto o abusivo.
finding-labour_exploitation-some = Sus respuestas muestran algunas señales de trabajo injusto o abusivo.
finding-labour_exploitation-none_found = Sus respuestas no muestran señales de trabajo injusto o abusivo.
finding-labour_exploitation-not_enough_information = Todavía no sabemos lo suficiente para decir si hay señales de trabajo injusto o abusivo.
finding-smuggling_abuse-title = Daño durante el viaje
finding-smuggling_abuse-strong = Sus respuestas muestran señales fuertes de que las personas que le llevaron le hicieron daño.
finding-smuggling_abuse-some = Sus respuestas muestran algunas señales de que las personas que le llevaron le hicieron daño.
finding-smuggling_abuse-none_found = Sus respuestas no muestran señales de daño durante el viaje.
finding-smuggling_abuse-not_enough_information = Todavía no sabemos lo suficiente para decir si sufrió daño durante el viaje.
finding-international_protection-title = Peligro si vuelve
finding-international_protection-strong = Sus respuestas muestran señales fuertes de que puede necesitar protección para que no le envíen de vuelta.
finding-international_protection-some = Sus respuestas muestran algunas señales de que puede necesitar protección para que no le envíen de vuelta.
finding-international_protection-none_found = Sus respuestas no muestran miedo a volver.
finding-international_protection-not_enough_information = Todavía no sabemos lo suficiente para decir si necesita protección para que no le envíen de vuelta.
finding-possible_child-title = Derechos de los menores de edad
finding-possible_child-strong = Sus respuestas dicen que tiene menos de 18 años. Los menores de edad tienen más derechos.
finding-possible_child-some = Puede que tenga menos de 18 años, o que los tuviera cuando esto empezó. Mientras no se sepa su edad, deben tratarle como menor de edad.
finding-possible_child-none_found = Sus respuestas dicen que tiene 18 años o más.
finding-possible_child-not_enough_information = Todavía no sabemos su edad. Los menores de edad tienen más derechos.
finding-possible_child-not_enough_information-when_it_began = Todavía no sabemos si usted tenía menos de 18 años cuando esto empezó. Si era así, los derechos de los menores pueden ayudarle.

## Needs
need-immediate_safety = Estar a salvo ahora mismo
need-medical_care = Un médico o atención médica
need-safe_housing = Un lugar seguro donde quedarse
need-interpretation = Un intérprete de su idioma
need-legal_advice = Consejo de un abogado
need-children = Ayuda para menores de edad
need-going_home = Volver a casa de forma segura
need-fear_of_return = Protección para que no le envíen de vuelta
need-unpaid_wages = Cobrar el sueldo que le deben

## Protections: status, conditions and facts
status-applies = Esto se aplica a usted por los hechos. Nadie tiene que decidirlo.
status-may_apply = Esto puede aplicarse a usted. Lo decide una autoridad.
status-needs_information = Esto podría aplicarse. Necesitamos más respuestas para saberlo.
status-does_not_apply = Esto no encaja con sus respuestas.
protection-conditions = Qué se necesita
protection-requires = Lo que debe pasar primero
condition-any-of = Basta con una de estas:
protection-outside-scope = Esto es para personas cuyas respuestas muestran señales de: { $signs }. Sus respuestas todavía no muestran estas señales. Aparece porque podría cubrir una necesidad que usted nos dijo.
requires-positive_reasonable_grounds_decision = La autoridad que identifica a las víctimas decide que hay motivos razonables para creer que usted sufrió trata o explotación.
requires-positive_conclusive_grounds_decision = La autoridad que identifica a las víctimas decide de forma definitiva que usted sufrió trata o explotación.
requires-law_enforcement_request = La policía u otro organismo encargado de hacer cumplir la ley lo pide por usted.
protection-values = Cuánto dura o cuánto es
protection-decided-by = Quién decide
protection-how-to-ask = Cómo pedirlo
protection-cooperation = ¿Tiene que ayudar a la policía?
protection-unknown = Todavía no se sabe
protection-unverified = Esta regla todavía no se ha comprobado con el texto oficial.
cooperation-required = Sí, para esto tiene que ayudar a la policía o a la fiscalía.
cooperation-not-required = No.
condition-met = (sí)
condition-not-met = (no)
condition-unknown = (no se sabe)
condition-not_a_national = No tiene la nacionalidad de este país
condition-third_country_national = No tiene la nacionalidad de un país de la UE o del EEE, ni de Suiza
condition-irregular_status = Ahora no tiene papeles para quedarse
condition-child = Tiene menos de 18 años, o puede que los tenga
condition-adult = Tiene 18 años o más
condition-cooperation = Acepta ayudar a la policía
condition-reported_to_police = Se lo ha contado a la policía
condition-fear_of_return = Tiene miedo de volver
condition-wants_to_go_home = Quiere volver a casa
condition-made_to_break_law = Le obligaron a hacer algo contra la ley
condition-smuggled = Le hicieron pasar la frontera de forma ilegal a cambio de dinero
condition-owed_wages = Le deben sueldo
condition-no_longer_there = Ya no está con las personas que le explotaron
condition-particularly_exploitative = Su trabajo era peligroso, dañaba su salud o su dignidad, o tenía demasiadas horas
condition-unable_to_cooperate = Un trauma, una enfermedad o un peligro grave le impide ayudar a la policía (lo decide la autoridad)
decider-no_decision = Nadie: viene directamente de la ley.
decider-competent_authority = La oficina que decide quién es víctima de trata de personas.
decider-immigration_authority = La oficina de inmigración.
decider-police = La policía.
decider-prosecutor = La fiscalía.
decider-court = Un tribunal.
decider-labour_inspectorate = La inspección de trabajo.
decider-child_protection = Los servicios de protección de menores.
decider-asylum_authority = La oficina de asilo.
decider-support_provider = Una organización de apoyo.
referrer-self_ = Puede pedirlo usted, mejor con la ayuda de un abogado.
referrer-first_responder = Tiene que presentar su caso alguien autorizado: la policía o una organización de apoyo reconocida.
referrer-police = La policía tiene que pedirlo.
referrer-prosecutor = La fiscalía tiene que pedirlo.
referrer-prosecutor_or_labour_inspectorate = La fiscalía o la inspección de trabajo tiene que pedirlo.
referrer-ngo = Una organización de apoyo puede ayudarle a pedirlo.
referrer-lawyer = Un abogado puede ayudarle a pedirlo.
referrer-nobody = No tiene que pedirlo.
value-amount_minor = Cantidad: { $value } { $currency }
value-annual_cap = Límite por año: { $value ->
        [one] { $value } persona
       *[other] { $value } personas
    }
value-days = { $value ->
        [one] { $value } día
       *[other] { $value } días
    }
value-food_allowance_amount_minor = Ayuda para comida: { $value } { $currency }
value-housing_allowance_amount_minor = Ayuda para vivienda: { $value } { $currency }
value-initial_months = Primer periodo: { $value ->
        [one] { $value } mes
       *[other] { $value } meses
    }
value-initial_years = Primer periodo: { $value ->
        [one] { $value } año
       *[other] { $value } años
    }
value-limitation_years = Plazo para reclamar: { $value ->
        [one] { $value } año
       *[other] { $value } años
    }
value-max_days = Hasta { $value ->
        [one] { $value } día
       *[other] { $value } días
    }
value-max_months = Hasta { $value ->
        [one] { $value } mes
       *[other] { $value } meses
    }
value-max_years = Hasta { $value ->
        [one] { $value } año
       *[other] { $value } años
    }
value-min_days = Al menos { $value ->
        [one] { $value } día
       *[other] { $value } días
    }
value-min_hourly_wage = Sueldo mínimo por hora: { $value } { $currency }
value-min_months = Al menos { $value ->
        [one] { $value } mes
       *[other] { $value } meses
    }
value-months = { $value ->
        [one] { $value } mes
       *[other] { $value } meses
    }
value-notice_months = Aviso que hay que dar antes de irse: { $value ->
        [one] { $value } mes
       *[other] { $value } meses
    }
value-notice_months_after_two_years = Aviso después de dos años en el trabajo: { $value ->
        [one] { $value } mes
       *[other] { $value } meses
    }
value-presumed_min_months = Se considera que su trabajo duró al menos { $value ->
        [one] { $value } mes
       *[other] { $value } meses
    }
value-renewal_months = Renovación: { $value ->
        [one] { $value } mes
       *[other] { $value } meses
    }
value-years = { $value ->
        [one] { $value } año
       *[other] { $value } años
    }
value-years_in_scheme = Después de { $value ->
        [one] { $value } año
       *[other] { $value } años
    }

## Help
help-kind-emergency = Emergencias
help-kind-trafficking_helpline = Línea de ayuda contra la trata de personas
help-kind-exploitation_helpline = Línea de ayuda contra la explotación en el trabajo
help-kind-labour_inspectorate = Inspección de trabajo: quejas sobre el trabajo y el sueldo
help-kind-legal_aid = Ayuda legal gratis
help-kind-ngo = Organización de apoyo
help-kind-asylum = Ayuda sobre asilo y refugio
help-kind-child_helpline = Línea de ayuda para niños, niñas y adolescentes
help-kind-international = Directorio internacional
hours-always = Abierto día y noche, todos los días.
hours-days = Abierto { $days }, de { $opens } a { $closes }.
days-mon_fri = de lunes a viernes
days-mon_sat = de lunes a sábado
days-every_day = todos los días
help-interpreters = Intérpretes para muchos idiomas.
help-languages = Idiomas: { $languages }
help-free = Gratis.
help-checked = Datos comprobados el { $date }.
help-not-checked = Estos datos todavía no se han comprobado.
help-more = Detalles
help-from-site = De { $name }, que gestiona esta página.
help-from-this-site = De la organización que gestiona esta página.
help-meets = Puede ayudar con: { $needs }

## About
about-heading = Sobre esta herramienta
about-what = Esta herramienta ayuda a las personas migrantes a ver si hay señales de trata de personas, trabajo forzado y otros daños, y muestra los derechos y la ayuda que pueden aplicarse. Es información, no asesoramiento legal.
about-translation-heading = Sobre este idioma
about-sources-heading = De dónde vienen los datos legales
about-sources = Cada derecho que mostramos viene con su fuente legal y la fecha desde la que se aplica. Los datos que no pudimos comprobar con el texto oficial están marcados como no comprobados.
protection-more = Más sobre este derecho
loading-wait = Todavía se está cargando. Inténtelo de nuevo en un momento.

## The pay claim's questions
question-work_out_pay = ¿Quiere calcular cuánto sueldo le pueden deber?
question-work_out_pay-hint = Son unas seis preguntas más. Un abogado puede usar esa cantidad.
question-work_began = ¿Cuándo empezó este trabajo?
question-work_began-hint = Basta con el mes y el año.
question-work_ended = ¿Cuándo terminó este trabajo?
question-work_ended-hint = Si todavía trabaja allí, elija esa opción.
question-pay_promised = ¿Cuánto sueldo le prometieron?
question-pay_promised-hint = Escriba la cantidad, y elija si era por hora, por día, por semana o por mes.
question-pay_received = ¿Cuánto sueldo recibió de verdad, en total?
question-pay_received-hint = Sume todo el dinero que recibió por este trabajo. Puede escribir una cantidad aproximada.
question-deductions_total = ¿Cuánto dinero le quitaron del sueldo, en total?
question-deductions_total-hint = Por ejemplo, por la vivienda, la comida, cuotas, multas o una “deuda”. Puede escribir una cantidad aproximada.
question-recruitment_fees_paid = ¿Cuánto pagó para conseguir este trabajo o el viaje?
question-recruitment_fees_paid-hint = Sume todos los pagos que hizo a agentes o a otras personas.
question-paid_to_someone_else = ¿Le dieron su sueldo a otra persona, y no a usted?
question-paid_to_someone_else-hint = Por ejemplo, a un agente o a un jefe.
answer-kind-month = Sé el mes
answer-still_working = Todavía trabajo allí
answer-kind-amount = Sé la cantidad
input-month = Mes
input-year = Año
input-amount = Cantidad
input-currency = Moneda
input-per = Por cada
per-hour = hora
per-day = día
per-week = semana
per-month = mes
answer-pay = { $amount } por { $per }
error-month = Elija un mes, y escriba el año con cuatro números, por ejemplo 2024.
error-amount = Escriba la cantidad en números, por ejemplo 1200 o 1200,50.

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = Guardar mis respuestas
open-link = Abrir respuestas guardadas

## Listen
listen = Escuchar
listen-stop = Parar
about-listen-heading = Leer en voz alta
about-listen-some = El botón Escuchar lee las palabras en voz alta con una voz que está en este aparato. Las palabras nunca salen del aparato. Este aparato puede leer en voz alta en: { $languages }.
about-listen-none = Este aparato no tiene ninguna voz para leer en voz alta, por eso no hay botón Escuchar. La herramienta solo usa una voz que está en el aparato, así que las palabras nunca salen de él.

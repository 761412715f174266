# Entitle: Spanish.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no
# glossary: trafficking in persons = trata de personas (source: UN Trafficking in Persons Protocol, Spanish authentic text, «Protocolo para prevenir, reprimir y sancionar la trata de personas, especialmente mujeres y niños», title and preamble read in the text annexed to Mexico's promulgation decree, DOF 10 April 2003, copy at https://studylib.es/doc/6165102/decreto-promulgatorio-del-protocolo-para-prevenir--reprim... and https://studylib.es/doc/118720/protocolo-para-prevenir--reprimir-y-sancionar-la-trata-de... ; also UNODC https://unodc.org/e4j/es/tip-and-som/module-6/key-issues/international-legal-framework.html ; the UN's own copy on treaties.un.org not read) ; trata de seres humanos (source: Council of Europe Convention No. 197, Spanish translation published by Spain, BOE-A-2009-14405, title read at https://boe.es/buscar/doc.php?id=BOE-A-2009-14405 ; Directive 2011/36/UE, Spanish title and recital 1 read in the DOUE L 101/1 text at https://global.economistjurist.es/BDI/legislacion/legislaciongeneral/emergentelegislacion.php?id=1859677)
# glossary: victim of trafficking = víctima de la trata; traffickers = tratantes (source: UN Trafficking Protocol, Spanish text, «víctimas de la trata de personas», art. 6 as given by UNODC https://unodc.org/e4j/es/tip-and-som/module-8/key-issues/protection-under-the-protocol-against-trafficking-in-persons.html ; the Protocol's preamble says «sancionar a los traficantes», UNODC's Spanish pages say «tratantes», which this file keeps so that traffickers are not confused with smugglers)
# glossary: forced or compulsory labour = trabajo forzoso u obligatorio (source: ILO Convention No. 29, Spanish text, art. 2, read on ILO NORMLEX http://ilo.int/dyn/normlex/fr/f?p=1000:12100:0::NO::P12100_INSTRUMENT_ID,P12100_LANG_CODE:312174,es:NO); the Trafficking Protocol art. 3(a) says «los trabajos o servicios forzados» (not verified in the UN copy; seen only in quotations)
# glossary: slavery = esclavitud; servitude = servidumbre; exploitation = explotación (source: UN Trafficking Protocol art. 3(a), Spanish text, «la esclavitud o las prácticas análogas a la esclavitud, la servidumbre» – not verified in the UN copy: read only as quoted, e.g. https://coeducaallawra.blogspot.com/2016/09/dia-internacional-contra-la-explotacion.html)
# glossary: debt bondage = servidumbre por deudas (source: UNODC background paper CTOC/COP/WG.4/2010/2, Spanish version, heading IV.F, copy at https://studylib.es/doc/5182079/an%C3%A1lisis-de-algunos-conceptos-b%C3%A1sicos-del-protocolo-contr...)
# glossary: labour exploitation = explotación laboral (no official term: no treaty defines it; plain text says «explotación» and describes the work)
# glossary: smuggling of migrants = tráfico ilícito de migrantes (source: UN Smuggling of Migrants Protocol, Spanish title; not verified in the UN text: seen on UNODC SHERLOC https://sherloc.unodc.org/cld/es/education/tertiary/tip-and-som/module-6/introduction-and-learning-outcomes.html); plain text says «le hicieron pasar la frontera de forma ilegal»
# glossary: refugee = refugiado; asylum = asilo; international protection = protección internacional (not verified: title of the Convención sobre el Estatuto de los Refugiados, 1951, whose text was not retrieved; «protección internacional» as in the title of Regulation (EU) 2024/1348)
# glossary: recovery and reflection period = período de restablecimiento y reflexión (Council of Europe Convention art. 13, Spanish translation BOE-A-2009-14405 – not verified: the BOE text was found but the article was not read); Directive 2004/81/CE art. 6 says «período de reflexión» (source: Advocate General's opinion in case C-66/21, https://curia.europa.eu/juris/document/document.jsf?docid=260203&doclang=ES); plain text says «tiempo para recuperarse y decidir»
# glossary: residence permit = permiso de residencia (source: Directive 2004/81/CE «relativa a la expedición de un permiso de residencia a nacionales de terceros países que sean víctimas de la trata de seres humanos», title read in COM(2014) 635 on EUR-Lex, https://eur-lex.europa.eu/legal-content/ES/TXT/HTML/?uri=CELEX%3A52014DC0635); plain text says «permiso para quedarse»
# glossary: compensation = indemnización (source: UN Trafficking Protocol art. 6(6), «obtener indemnización por los daños sufridos», as quoted in OHCHR, Principios y directrices recomendados sobre derechos humanos y trata de personas: comentario (HR/PUB/10/2), copy at https://www.yumpu.com/es/document/view/24919020/principios-y-directrices-recomendados-sobre-derechos-humanos-y/244)
# glossary: non-punishment = no enjuiciamiento o no imposición de penas (Directive 2011/36/UE art. 8 heading – not verified; the EUR-Lex summary, https://eur-lex.europa.eu/legal-content/ES/TXT/HTML/?from=ES&uri=URISERV%3Ajl0058, says the authorities may choose «no enjuiciar ni imponer sanciones a las víctimas»); plain text says «sin castigo»

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
language-picker-toggle = Idioma: { $language }
language-picker-loading = Cargando los otros idiomas…
language-picker-offline = Los otros idiomas necesitan conexión a internet una sola vez. Conéctese y vuelva a abrir esta lista.
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

## About
about-heading = Sobre esta herramienta
about-what = Esta herramienta ayuda a las personas migrantes a ver si hay señales de trata de personas, trabajo forzoso y otros daños, y muestra los derechos y la ayuda que pueden aplicarse. Es información, no asesoramiento legal.
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

# Entitle: the results page's words (es), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-11-23
# reviewed-by-native-speaker: no

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
finding-forced_labour-title = Trabajo forzoso
finding-forced_labour-strong = Sus respuestas muestran señales fuertes de trabajo forzoso.
finding-forced_labour-some = Sus respuestas muestran algunas señales de trabajo forzoso.
finding-forced_labour-none_found = Sus respuestas no muestran señales de trabajo forzoso.
finding-forced_labour-not_enough_information = Todavía no sabemos lo suficiente para decir si hay señales de trabajo forzoso.
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

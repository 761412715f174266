# Entitle: Portuguese. The words of the pay claim on the results and of the case summary for a lawyer.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.

claim-heading = Pagamento que podem estar devendo a você
claim-lead-owed_against_minimum = Por { $months } { $months ->
        [one] mês
       *[other] meses
    } de trabalho, as suas respostas mostram cerca de { $amount } devidos com base no salário mínimo legal.
claim-lead-owed_against_promise = Por { $months } { $months ->
        [one] mês
       *[other] meses
    } de trabalho, as suas respostas mostram cerca de { $amount } devidos com base no que prometeram a você.
claim-no-figure = Não conseguimos calcular um valor com as suas respostas. O resumo diz o que está faltando.
claim-deadline-next = O primeiro prazo ainda aberto termina em { $date } ({ $route }).
claim-deadline-soon = Aja logo: um prazo termina em { $date } ({ $route }).
claim-deadline-passed = Alguns prazos podem já ter passado. Um advogado ainda pode encontrar uma saída.
summary-open = Ver o resumo para um advogado
route-labour_inspectorate = fiscalização do trabalho
route-labour_tribunal = tribunal do trabalho ou órgão trabalhista
route-civil_court = tribunal civil
route-criminal_compensation = tribunal criminal
route-state_fund = fundo do Estado para vítimas de crimes
summary-heading = Resumo do caso para um advogado ou assistente social
summary-intro = Feito neste aparelho em { $date } com as próprias respostas da pessoa, segundo as regras { $code ->
        [GB] do Reino Unido
        [US] dos Estados Unidos
        [NL] dos Países Baixos
        [PH] das Filipinas
        [CA] do Canadá
        [QA] do Catar
        [FR] da França
        [DE] da Alemanha
        [IT] da Itália
        [ES] da Espanha
        [AU] da Austrália
        [TH] da Tailândia
        [ZZ] do direito internacional
       *[other] deste país ({ $country })
    }. Mostra sinais, não decisões.
summary-chronology = O que aconteceu
stage-recruitment = Recrutamento
stage-journey = A viagem
stage-work = O trabalho
stage-leaving_and_now = A saída, e agora
summary-signs = Sinais nas respostas, e os seus elementos jurídicos
summary-no-signs = As respostas não mostram nenhum sinal.
presence-present = indicado
presence-absent = não indicado
presence-unknown = não se sabe
element-act = Uma ação: recrutar, transportar, entregar ou manter a pessoa
element-means = Um meio: ameaças, força, engano ou abuso de poder
element-purpose = Uma finalidade: exploração
element-child = A pessoa tinha menos de 18 anos
element-under_18 = A pessoa tem ou pode ter menos de 18 anos
element-menace_of_penalty = Uma ameaça de dano ou de punição
element-involuntary = Trabalho não oferecido livremente
element-coercion = Coação
element-cannot_change_situation = Não consegue mudar a situação
element-lives_at_workplace = Mora onde o empregador decide
element-wages_withheld = Pagamento retido
element-pay_below_promise = Pagamento abaixo do prometido
element-large_deductions = Grandes valores descontados do pagamento
element-excessive_hours = Jornada muito longa
element-recruitment_fees = Taxas pagas pelo emprego
element-smuggled = Travessia irregular de fronteira organizada por outras pessoas
element-fear_of_return = Medo de voltar
element-protected_reason = Um motivo protegido pelo direito dos refugiados
element-documents_kept = Passaporte ou documento de identidade retido por outras pessoas
element-unsafe_or_degrading = Trabalho inseguro ou condições de moradia degradantes
element-violence_at_work = Violência no trabalho
element-harmed_or_held = Agressão ou retenção contra a vontade durante a viagem
summary-indicators = Indicadores de trabalho forçado da OIT, e as dimensões OIT–UE
summary-no-indicators = As respostas não mostram nenhum dos indicadores da OIT.
indicator-ilo-fl-abuse_of_vulnerability = Abuso de vulnerabilidade
indicator-ilo-fl-deception = Engano
indicator-ilo-fl-restriction_of_movement = Restrição de movimento
indicator-ilo-fl-isolation = Isolamento
indicator-ilo-fl-physical_and_sexual_violence = Violência física e sexual
indicator-ilo-fl-intimidation_and_threats = Intimidação e ameaças
indicator-ilo-fl-retention_of_identity_documents = Retenção de documentos de identidade
indicator-ilo-fl-withholding_of_wages = Retenção de salários
indicator-ilo-fl-debt_bondage = Servidão por dívidas
indicator-ilo-fl-abusive_working_and_living_conditions = Condições de trabalho e de vida abusivas
indicator-ilo-fl-excessive_overtime = Horas extras excessivas
summary-dimension = Dimensão
summary-strong-medium-weak = Indicadores: fortes / médios / fracos
summary-positive = Positivo
dimension-deceptive_recruitment = Recrutamento enganoso
dimension-coercive_recruitment = Recrutamento coercitivo
dimension-recruitment_by_abuse_of_vulnerability = Recrutamento por abuso de vulnerabilidade
dimension-exploitative_conditions_of_work = Condições de trabalho exploratórias
dimension-coercion_at_destination = Coação no destino
dimension-abuse_of_vulnerability_at_destination = Abuso de vulnerabilidade no destino
summary-protections = Proteções que podem se aplicar, e as suas bases legais
summary-english-copy = Cópia em inglês para o advogado
summary-claim = O pedido de pagamento, com o cálculo
summary-claim-period = De { $began } a { $ended }: { $months } { $months ->
        [one] mês
       *[other] meses
    }.
summary-claim-period-ongoing = Desde { $began }, e o trabalho continua: { $months } { $months ->
        [one] mês
       *[other] meses
    } até agora.
figure-owed_against_promise = Devido com base na promessa
figure-owed_against_minimum = Devido com base no salário mínimo legal
figure-arrears_at_current_rate = O mesmo, calculado pelo mínimo de hoje
figure-overtime_at_minimum = Horas extras além disso, pelo mínimo
figure-liquidated_damages = Um valor igual de novo (indenização prefixada, liquidated damages)
figure-restitution_at_least = O mínimo que um tribunal criminal mandaria pagar
working-step = Etapa
working-formula = Cálculo
working-amount = Valor
working-value = Valor usado, e a sua fonte
working-value-from = Em vigor desde { $date }.
value-verified = Conferido no texto oficial.
step-promised_for_months = O pagamento prometido pelos meses trabalhados
step-months_at_rate = O mínimo em vigor no primeiro dia de cada mês
step-sum = Somado
step-less_received = Menos o que foi recebido
step-overtime_premium = O adicional de horas extras
step-arrears_at_current_rate = Calculado pelo valor de hoje
step-liquidated_damages_equal = Mínimo e horas extras não pagos, devidos de novo
step-restitution_greater_of_gain_or_minimum = O valor do trabalho pelo mínimo e pelas horas extras; mais, se o autor do crime ganhou mais
summary-not-counted = O que os valores não puderam contar
formula-hour = { $count } h
formula-day = { $count } { $count ->
        [one] dia
       *[other] dias
    }
formula-week = { $count } { $count ->
        [one] semana
       *[other] semanas
    }
formula-month = { $count } { $count ->
        [one] mês
       *[other] meses
    }
not-counted-period = Os meses trabalhados não são conhecidos, então nada pôde ser calculado.
not-counted-promise = O pagamento prometido não é conhecido.
not-counted-received = O que foi recebido não é conhecido, então nada foi descontado.
not-counted-hours = As horas ou os dias trabalhados não são conhecidos.
not-counted-age = A idade não é conhecida, então foi usado o valor para adultos.
not-counted-no_minimum_wage = Não temos um salário mínimo legal para este país.
not-counted-months_before_first_rate = Alguns meses são anteriores ao primeiro valor mínimo que temos, ou não havia valor para a idade naquela época.
not-counted-other_currency = Parte do pagamento foi em outra moeda, então não foi descontada.
not-counted-deductions = Tiraram dinheiro do pagamento. Não temos nenhuma regra sobre que parte disso era ilegal: um advogado pode verificar.
not-counted-recruitment_fees = Foram pagas taxas pelo emprego. Não temos aqui nenhuma regra que as conte: um advogado pode verificar.
not-counted-later_rate_missing = A lei fixa um novo salário mínimo em datas regulares, e o último valor que temos pode ter sido substituído antes de o trabalho terminar. Pelos últimos meses pode ser-lhe devido mais: um advogado pode verificar o valor oficial.
summary-caveats = O que um advogado deve saber sobre estes valores
summary-deadlines = Prazos para fazer o pedido
summary-no-deadlines = Não temos prazos para este país.
deadline-length = { $months } { $months ->
        [one] mês
       *[other] meses
    } a partir de { $from }.
runs-from-last_payment = o último pagamento a menos
runs-from-end_of_work = o fim do trabalho
runs-from-end_of_exploitation = o fim da exploração
runs-from-offence = o crime
runs-from-final_judgment = a sentença final no processo criminal
runs-from-end_of_year = o fim do ano em que o pagamento era devido
deadline-not_started = Ainda não começou: o trabalho continua.
deadline-open = Contando a partir do fim do mês em que o trabalho terminou, termina em { $date }.
deadline-soon = Contando a partir do fim do mês em que o trabalho terminou, termina logo, em { $date }.
deadline-passed = Contando a partir do fim do mês em que o trabalho terminou, terminou em { $date }. Um advogado pode conhecer uma exceção.
deadline-unknown = O fim do trabalho não é conhecido.
deadline-after_judgment = Conta a partir de uma decisão judicial cuja data não sabemos.

# Entitle: the results page's words (pt), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Resultados
results-heading = O que as suas respostas mostram
results-meta = Com base nas regras { $code ->
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
    } em vigor em { $date }.
danger-call = Toque para ligar para o número de emergência. Você pode ligar mesmo sem documentos.
next-steps-heading = O que você pode fazer agora
next-step-why = Por quê: { $why }.
next-step-call_child_helpline = Ligue para uma linha de ajuda para crianças
next-step-call_child_helpline-say = Você pode dizer: “Tenho menos de 18 anos e preciso de ajuda.”
next-step-call_trafficking_helpline = Ligue para a linha de ajuda para pessoas exploradas
next-step-call_trafficking_helpline-say = Eles podem encontrar apoio para você. Você pode dizer: “Acho que estou sofrendo exploração e preciso de ajuda.”
next-step-ask_for_protection = Pergunte sobre proteção, para você não ser mandado de volta ao perigo
next-step-ask_for_protection-say = Você pode dizer: “Tenho medo de voltar para o meu país.”
next-step-claim_unpaid_pay = Pergunte à fiscalização do trabalho sobre o pagamento que você não recebeu
next-step-claim_unpaid_pay-say = Você pode dizer: “O meu empregador não me pagou o que me deve.”
next-step-call_exploitation_helpline = Ligue para uma linha de ajuda para trabalhadores tratados de forma injusta
next-step-call_exploitation_helpline-say = Você pode dizer: “Sofro maus-tratos no trabalho e preciso de orientação.”
next-step-get_legal_advice = Consiga orientação jurídica gratuita sobre os seus direitos
next-step-get_legal_advice-say = Você pode dizer: “Preciso de orientação sobre os meus direitos e os meus documentos.”
danger-local-number = Ligue para o número de emergência local do país onde você está.
call-number = Ligar para { $number }
text-number = Mandar SMS para { $number }
results-signs-heading = Sinais nas suas respostas
results-signs-intro = Estes são apenas sinais. Não são uma decisão sobre você.
results-not-found = Sinais que não encontramos
results-needs-heading = O que você pode precisar agora
results-protections-heading = Direitos que podem se aplicar
results-protections-none = Não encontramos proteções que se encaixem nas suas respostas aqui. Os serviços de ajuda abaixo ainda podem ajudar você.
results-protections-not = Direitos que não se encaixam nas suas respostas
rights-time_to_recover = Tempo para descansar e se recuperar
rights-permission_to_stay = Permissão para ficar
rights-money_owed = Dinheiro que devem a você, e indenização
rights-no_punishment = Nenhuma punição pelo que obrigaram você a fazer
rights-no_sending_back = Não ser mandado de volta ao perigo
rights-going_home = Voltar para casa em segurança
rights-childrens_rights = Direitos das crianças
rights-support_and_advice = Ajuda, apoio e orientação
rights-rules = { $count ->
        [one] A regra completa
       *[other] Todas as { $count } regras completas
    }
results-help-heading = Onde conseguir ajuda
results-limits-heading = O que isto não pode dizer a você
results-limits-body = Isto só mostra o que as suas respostas indicam. As regras mudam, e não perguntamos sobre tudo. Converse com um advogado ou um grupo de apoio antes de agir.
results-print = Imprimir ou salvar como PDF
start-again = Começar de novo e apagar as minhas respostas
because-heading = Por que dizemos isto
missing-heading = Responder a isto pode mudar o resultado
sources-heading = Fontes jurídicas
source-line = { $instrument }, artigo { $article } (em vigor desde { $from })
source-secondary = Conferido apenas em uma fonte secundária.
source-unverified = Ainda não conferido com o texto oficial.
delphi-met = Um segundo teste, os indicadores da OIT e da Comissão Europeia, também aponta para tráfico de pessoas.
delphi-not-met = Um segundo teste, os indicadores da OIT e da Comissão Europeia, não aponta para tráfico de pessoas com estas respostas.
delphi-not-applicable = O segundo teste, os indicadores da OIT e da Comissão Europeia, não pôde ser usado para estas respostas.

## Conclusões: um título e uma frase para cada nível
finding-trafficking-title = Tráfico de pessoas
finding-trafficking-strong = As suas respostas mostram sinais fortes de tráfico de pessoas.
finding-trafficking-some = As suas respostas mostram alguns sinais de tráfico de pessoas.
finding-trafficking-none_found = As suas respostas não mostram sinais de tráfico de pessoas.
finding-trafficking-not_enough_information = Ainda não sabemos o bastante para dizer se há sinais de tráfico de pessoas.
finding-forced_labour-title = Trabalho forçado
finding-forced_labour-strong = As suas respostas mostram sinais fortes de trabalho forçado.
finding-forced_labour-some = As suas respostas mostram alguns sinais de trabalho forçado.
finding-forced_labour-none_found = As suas respostas não mostram sinais de trabalho forçado.
finding-forced_labour-not_enough_information = Ainda não sabemos o bastante para dizer se há sinais de trabalho forçado.
finding-servitude-title = Servidão
finding-servitude-strong = As suas respostas mostram sinais fortes de servidão: ser obrigado a trabalhar e viver sob o controle de outra pessoa.
finding-servitude-some = As suas respostas mostram alguns sinais de servidão: ser obrigado a trabalhar e viver sob o controle de outra pessoa.
finding-servitude-none_found = As suas respostas não mostram sinais de servidão.
finding-servitude-not_enough_information = Ainda não sabemos o bastante para dizer se há sinais de servidão.
finding-labour_exploitation-title = Trabalho injusto ou abusivo
finding-labour_exploitation-strong = As suas respostas mostram sinais fortes de trabalho injusto ou abusivo.
finding-labour_exploitation-some = As suas respostas mostram alguns sinais de trabalho injusto ou abusivo.
finding-labour_exploitation-none_found = As suas respostas não mostram sinais de trabalho injusto ou abusivo.
finding-labour_exploitation-not_enough_information = Ainda não sabemos o bastante para dizer se há sinais de trabalho injusto ou abusivo.
finding-smuggling_abuse-title = Danos na viagem
finding-smuggling_abuse-strong = As suas respostas mostram sinais fortes de que as pessoas que levaram você causaram danos a você.
finding-smuggling_abuse-some = As suas respostas mostram alguns sinais de que as pessoas que levaram você causaram danos a você.
finding-smuggling_abuse-none_found = As suas respostas não mostram sinais de danos na viagem.
finding-smuggling_abuse-not_enough_information = Ainda não sabemos o bastante para dizer se você sofreu danos na viagem.
finding-international_protection-title = Perigo se você voltar
finding-international_protection-strong = As suas respostas mostram sinais fortes de que você pode precisar de proteção para não ser mandado de volta.
finding-international_protection-some = As suas respostas mostram alguns sinais de que você pode precisar de proteção para não ser mandado de volta.
finding-international_protection-none_found = As suas respostas não mostram medo de voltar.
finding-international_protection-not_enough_information = Ainda não sabemos o bastante para dizer se você precisa de proteção para não ser mandado de volta.
finding-possible_child-title = Direitos das crianças
finding-possible_child-strong = As suas respostas dizem que você tem menos de 18 anos. As crianças têm direitos a mais.
finding-possible_child-some = Você pode ter menos de 18 anos, ou podia ter quando isto começou. Até sua idade ser conhecida, você deve ser tratado como criança.
finding-possible_child-none_found = As suas respostas dizem que você tem 18 anos ou mais.
finding-possible_child-not_enough_information = Ainda não sabemos a sua idade. As crianças têm direitos a mais.
finding-possible_child-not_enough_information-when_it_began = Ainda não sabemos se você tinha menos de 18 anos quando isto começou. Se tinha, os direitos das crianças ainda podem ajudar você.

## Necessidades
need-immediate_safety = Segurança agora
need-medical_care = Um médico ou atendimento de saúde
need-safe_housing = Um lugar seguro para ficar
need-interpretation = Alguém que interprete o seu idioma
need-legal_advice = Orientação de um advogado
need-children = Ajuda para crianças
need-going_home = Voltar para casa em segurança
need-fear_of_return = Proteção para não ser mandado de volta
need-unpaid_wages = Receber o pagamento que devem a você

## Proteções: situação, condições e fatos
status-applies = Isto se aplica a você pelos fatos. Ninguém precisa decidir.
status-may_apply = Isto pode se aplicar a você. Uma autoridade decide.
status-needs_information = Isto pode se aplicar. Precisamos de mais respostas para saber.
status-does_not_apply = Isto não se encaixa nas suas respostas.
protection-conditions = O que é preciso
protection-requires = O que precisa acontecer antes
condition-any-of = Basta uma destas:
protection-outside-scope = Isto é para pessoas cujas respostas mostram sinais de: { $signs }. As suas respostas ainda não mostram esses sinais. Aparece aqui porque pode atender a uma necessidade que você nos contou.
requires-positive_reasonable_grounds_decision = A autoridade que identifica vítimas decide que há motivos razoáveis para acreditar que você sofreu tráfico ou exploração.
requires-positive_conclusive_grounds_decision = A autoridade que identifica vítimas toma uma decisão final de que você sofreu tráfico ou exploração.
requires-law_enforcement_request = A polícia ou outro órgão responsável por aplicar a lei pede isso por você.
protection-values = Por quanto tempo ou quanto
protection-decided-by = Quem decide
protection-how-to-ask = Como pedir
protection-cooperation = Você precisa ajudar a polícia?
protection-unknown = Ainda não se sabe
protection-unverified = Esta regra ainda não foi conferida com o texto oficial.
cooperation-required = Sim, isto exige que você ajude a polícia ou o Ministério Público.
cooperation-not-required = Não.
condition-met = (sim)
condition-not-met = (não)
condition-unknown = (não se sabe)
condition-not_a_national = Você não é cidadão ou cidadã deste país
condition-third_country_national = Você não é cidadão ou cidadã de um país da UE ou do EEE, nem da Suíça
condition-irregular_status = Agora você não tem documentos para ficar
condition-child = Você tem, ou pode ter, menos de 18 anos
condition-adult = Você tem 18 anos ou mais
condition-cooperation = Você está disposto ou disposta a ajudar a polícia
condition-reported_to_police = Você contou para a polícia
condition-fear_of_return = Você tem medo de voltar
condition-wants_to_go_home = Você quer voltar para casa
condition-made_to_break_law = Obrigaram você a desrespeitar a lei
condition-smuggled = Coiotes (contrabandistas de migrantes) trouxeram você ao país
condition-owed_wages = Devem pagamento a você
condition-no_longer_there = Você não está mais com as pessoas que exploraram você
condition-particularly_exploitative = O seu trabalho não era seguro, prejudicou a sua saúde ou a sua dignidade, ou tinha horas demais
condition-unable_to_cooperate = Um trauma, uma doença ou um perigo grave torna muito difícil você ajudar a polícia (a autoridade decide isso)
decider-no_decision = Ninguém: isso vem da própria lei.
decider-competent_authority = O órgão que decide quem é vítima de tráfico de pessoas.
decider-immigration_authority = O órgão de imigração.
decider-police = A polícia.
decider-prosecutor = O Ministério Público (promotor).
decider-court = Um tribunal ou juiz.
decider-labour_inspectorate = Os fiscais do trabalho.
decider-child_protection = Os serviços de proteção à criança.
decider-asylum_authority = O órgão de asilo.
decider-support_provider = Uma organização de apoio.
referrer-self_ = Você pode pedir por conta própria, de preferência com a ajuda de um advogado.
referrer-first_responder = Um serviço de primeiro atendimento precisa encaminhar você: a polícia ou uma organização de apoio designada.
referrer-police = A polícia precisa pedir.
referrer-prosecutor = O Ministério Público precisa pedir.
referrer-prosecutor_or_labour_inspectorate = O Ministério Público ou a fiscalização do trabalho precisa pedir.
referrer-ngo = Uma organização de apoio pode ajudar você a pedir.
referrer-lawyer = Um advogado pode ajudar você a pedir.
referrer-nobody = Você não precisa pedir.
value-amount_minor = Valor: { $value } { $currency }
value-annual_cap = Limite por ano: { $value ->
        [one] { $value } pessoa
       *[other] { $value } pessoas
    }
value-days = { $value ->
        [one] { $value } dia
       *[other] { $value } dias
    }
value-food_allowance_amount_minor = Auxílio para comida: { $value } { $currency }
value-housing_allowance_amount_minor = Auxílio para moradia: { $value } { $currency }
value-initial_months = Primeiro período: { $value ->
        [one] { $value } mês
       *[other] { $value } meses
    }
value-initial_years = Primeiro período: { $value ->
        [one] { $value } ano
       *[other] { $value } anos
    }
value-limitation_years = Prazo para reclamar: { $value ->
        [one] { $value } ano
       *[other] { $value } anos
    }
value-max_days = Até { $value ->
        [one] { $value } dia
       *[other] { $value } dias
    }
value-max_months = Até { $value ->
        [one] { $value } mês
       *[other] { $value } meses
    }
value-max_years = Até { $value ->
        [one] { $value } ano
       *[other] { $value } anos
    }
value-min_days = Pelo menos { $value ->
        [one] { $value } dia
       *[other] { $value } dias
    }
value-min_hourly_wage = Pagamento mínimo por hora: { $value } { $currency }
value-min_months = Pelo menos { $value ->
        [one] { $value } mês
       *[other] { $value } meses
    }
value-months = { $value ->
        [one] { $value } mês
       *[other] { $value } meses
    }
value-notice_months = Aviso prévio a dar: { $value ->
        [one] { $value } mês
       *[other] { $value } meses
    }
value-notice_months_after_two_years = Aviso prévio depois de dois anos no emprego: { $value ->
        [one] { $value } mês
       *[other] { $value } meses
    }
value-presumed_min_months = Considera-se que o seu emprego durou pelo menos { $value ->
        [one] { $value } mês
       *[other] { $value } meses
    }
value-renewal_months = Renovação: { $value ->
        [one] { $value } mês
       *[other] { $value } meses
    }
value-years = { $value ->
        [one] { $value } ano
       *[other] { $value } anos
    }
value-years_in_scheme = Depois de { $value ->
        [one] { $value } ano
       *[other] { $value } anos
    }

## Ajuda
help-kind-emergency = Emergência
help-kind-trafficking_helpline = Linha de ajuda contra o tráfico de pessoas
help-kind-exploitation_helpline = Linha de ajuda contra a exploração no trabalho
help-kind-labour_inspectorate = Fiscais do trabalho: denúncias sobre trabalho e pagamento
help-kind-legal_aid = Ajuda jurídica gratuita
help-kind-ngo = Organização de apoio
help-kind-asylum = Ajuda com asilo e refúgio
help-kind-child_helpline = Linha de ajuda para crianças
help-kind-international = Lista internacional de contatos
hours-always = Aberto dia e noite, todos os dias.
hours-days = Aberto { $days }, das { $opens } às { $closes }.
days-mon_fri = de segunda a sexta
days-mon_sat = de segunda a sábado
days-every_day = todos os dias
help-interpreters = Intérpretes para muitos idiomas.
help-languages = Idiomas: { $languages }
help-free = Gratuito.
help-checked = Dados conferidos em { $date }.
help-not-checked = Estes dados ainda não foram conferidos.
help-more = Detalhes
help-from-site = De { $name }, que mantém esta página.
help-from-this-site = Da organização que mantém esta página.
help-meets = Pode ajudar com: { $needs }

# Entitle: Portuguese.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons = tráfico de pessoas (source: Protocolo de Palermo as promulgated in Brazil by Decreto nº 5.017/2004; see https://www.gov.br/mj/pt-br/assuntos/sua-protecao/trafico-de-pessoas/o-que-e-trafico-de-pessoas/legislacao and https://www.planalto.gov.br/ccivil_03/_ato2004-2006/2004/decreto/d5017.htm)
# glossary: forced labour = trabalho forçado (ou obrigatório) (source: ILO Convention No. 29 "Convenção sobre o Trabalho Forçado ou Obrigatório", ratified by Brazil 1957, text consolidated in Decreto nº 10.088/2019; 2014 Protocol approved by Decreto Legislativo nº 177/2025, see https://conexaotrabalho.portaldaindustria.com.br/publicacoes/detalhe/trabalhista/-geral/oit-brasil-ratifica-protocolo-facultativo-sobre-trabalho-forcado)
# glossary: smuggling of migrants = tráfico de migrantes (official, Decreto nº 5.016/2004, https://brasil.justia.com/nacionales/decretos/5-016-de-12-3-2004/gdoc); in plain text we say "contrabando de migrantes" / "coiotes", as UNODC Brasil does ("Seção de Tráfico de Pessoas e Contrabando de Migrantes"), to avoid confusion with tráfico de pessoas
# glossary: servitude = servidão; slavery = escravidão (source: Decreto nº 5.017/2004, art. 3, quoted at https://www.gov.br/mj/pt-br/assuntos/sua-protecao/trafico-de-pessoas/o-que-e-trafico-de-pessoas/legislacao)
# glossary: debt bondage = servidão por dívidas (source: Convenção Suplementar sobre a Abolição da Escravatura, 1956, promulgated by Decreto nº 58.563/1966, https://dou.vlex.com.br/vid/escravatura-emendada-protocolo-34161395)
# glossary: victim = vítima (source: Decreto nº 5.017/2004; Lei nº 13.344/2016)
# glossary: compensation = indenização (Brazilian spelling; source: Decreto nº 5.017/2004, art. 6)
# glossary: residence permit = autorização de residência (source: Lei de Migração nº 13.445/2017, art. 30, and Portaria Interministerial MJSP/MTE nº 46/2024, https://lex.com.br/portaria-interministerial-mjsp-e-mte-no-46-de-8-de-abril-de-2024)
# glossary: asylum / refugee / international protection = asilo (refúgio) / refugiado / proteção internacional (source: Lei nº 9.474/1997 uses "refúgio" and "refugiado"; EU Portuguese texts use "asilo" and "proteção internacional")
# glossary: recovery and reflection period = período de recuperação e reflexão (no Brazilian official translation found; the Portuguese EU text of Directive 2004/81/EC uses "prazo de reflexão", https://eur-lex.europa.eu/legal-content/PT/TXT/?uri=CELEX%3A32004L0081)
# glossary: labour exploitation = exploração laboral / exploração do trabalho (no official translation found; term used by the Brazilian Ministério da Justiça and UNODC Brasil)

## Sobre este idioma (mostrado na página "Sobre")
locale-translation-note = Este texto foi traduzido do inglês com a ajuda de um modelo de inteligência artificial (IA).
locale-review-note = Ele ainda NÃO foi revisado por uma pessoa que tem o português como língua materna.

## Título da página: neutro, para que uma olhada na aba não mostre nada.
page-title = Informações

## Sair desta página
exit-this-page = Sair desta página
exit-emergency = Emergência
exit-shift-pressed-once = Shift: aperte mais 2 vezes para sair.
exit-shift-pressed-twice = Shift: aperte mais 1 vez para sair.

## Escolha do idioma e rodapé
language-picker-label = Idioma
language-picker-toggle = Idioma: { $language }
language-picker-loading = Carregando os outros idiomas…
language-picker-offline = Os outros idiomas precisam de internet uma vez. Conecte-se e abra esta lista de novo.
footer-not-advice = Isto é informação, não orientação jurídica.
about-link = Sobre esta ferramenta
footer-site-name = Esta página é oferecida por { $name }.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = Para quem administra este site: o arquivo de configurações site.json não foi usado, então o aplicativo funciona com as próprias configurações. O problema está em { $field }: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] o texto não é JSON válido a partir daqui.
    [twice] este campo está escrito duas vezes.
    [unknown] não existe nenhuma configuração com este nome.
    [missing] esta configuração é obrigatória.
    [not-text] isto precisa ser um texto entre aspas.
    [not-list] isto precisa ser uma lista entre [ ].
    [not-object] isto precisa ser um grupo de configurações entre { "{" } { "}" }.
    [not-true-or-false] isto precisa ser true ou false.
    [version] isto precisa ser 1.
    [country] este não é um país que o aplicativo cobre (use um código como GB).
    [language] este não é um idioma que o aplicativo fala (use um código como fr).
    [language-tag] isto precisa ser um código de idioma como pl ou pt-BR, ou interpreters.
    [need] esta não é uma das necessidades que o aplicativo conhece.
    [phone] isto precisa ser um número de 3 a 15 dígitos, com + na frente para um número internacional, e sem espaços.
    [web] isto precisa ser um endereço da web que começa com https://.
    [days] isto precisa ser mon_fri, mon_sat ou every_day.
    [time] isto precisa ser um horário como 09:00.
    [hours] use always: true, ou days com opens e closes.
    [length] isto está vazio ou é longo demais.
    [too-many] esta lista é longa demais.
    [no-way-to-reach] este contato precisa de um phone, sms ou endereço web.
    [repeated] isto já está na lista.
    [display-without-phone] phone_display também precisa de um phone.
   *[other] este valor não é permitido.
}

## Página de abertura
start-heading = Veja que ajuda e que direitos você pode ter
start-what-this-is = Responda a algumas perguntas curtas sobre o seu trabalho e a sua viagem. Vamos mostrar os sinais de dano nas suas respostas, os direitos que podem proteger você e onde conseguir ajuda.
start-danger-heading = Se você está em perigo agora
start-danger-body = Ligue para o número de emergência do país onde você está. Você pode ligar mesmo sem documentos.
start-privacy-heading = Suas respostas ficam neste celular
start-privacy-body = Nada do que você responde é enviado para lugar nenhum. Nada fica salvo. Quando você fecha esta página, suas respostas somem.
start-leave-heading = Sair rápido
start-leave-body = Toque em “Sair desta página” a qualquer momento, ou aperte a tecla Shift 3 vezes. Esta página vai fechar e uma página de previsão do tempo vai abrir.
start-not-heading = O que isto não é
start-not-body = Isto é informação, não orientação jurídica. Esta ferramenta não pode decidir se você é vítima de um crime. Só as autoridades podem decidir isso. Um advogado ou um grupo de apoio pode ajudar você.
start-button = Começar

## Perguntas: palavras comuns
back = Voltar
continue = Continuar
change = Mudar
not-provided = Sem resposta
select-placeholder = Escolha uma opção
progress = Pergunta { $n } de no máximo { $total }
error-summary-title = Há um problema
error-choose-one = Escolha uma resposta. Você pode escolher “Não sei” ou “Prefiro não dizer”.
error-number-range = Digite um número inteiro de 0 a { $most }.
reply-yes = Sim
reply-no = Não
reply-dont_know = Não sei
reply-prefer_not_to_say = Prefiro não dizer
answer-maybe_under_18 = Não tenho certeza. Posso ter menos de 18 anos.
answer-years = { $years ->
        [one] { $years } ano
       *[other] { $years } anos
    }
answer-count = { $count }

## Países
country-AU = Austrália
country-CA = Canadá
country-FR = França
country-DE = Alemanha
country-IT = Itália
country-NL = Países Baixos (Holanda)
country-PH = Filipinas
country-QA = Catar
country-ES = Espanha
country-TH = Tailândia
country-GB = Reino Unido
country-US = Estados Unidos
country-EU = Outro país da UE, Islândia, Liechtenstein, Noruega ou Suíça
country-ZZ = Outro país

## As perguntas. Cada uma tem uma linha de dica embaixo.
question-country_now = Em que país você está agora?
question-country_now-hint = As regras e a ajuda que mostramos dependem disso.
question-in_danger_now = Você está em perigo neste momento?
question-in_danger_now-hint = Por exemplo, alguém pode machucar você hoje.
question-nationality = De que país você é cidadão ou cidadã?
question-nationality-hint = O país do seu passaporte.
question-age = Quantos anos você tem?
question-age-hint = As regras para crianças são diferentes. Criança é qualquer pessoa com menos de 18 anos.
question-age-number = Sei a minha idade
question-under_18_when_it_began = Você tinha menos de 18 anos quando este trabalho ou esta viagem começou?
question-under_18_when_it_began-hint = Alguns direitos dependem da idade que você tinha naquela época, não de agora.
question-work_kind = Que tipo de trabalho você faz ou fazia?
question-work_kind-hint = Escolha o trabalho principal.
option-work_kind-domestic = Trabalho em casa de família (limpeza, cozinha, cuidar de crianças)
option-work_kind-agriculture = Trabalho no campo ou na roça
option-work_kind-construction = Trabalho em obras (construção)
option-work_kind-fishing = Pesca ou trabalho em barco
option-work_kind-care = Cuidar de pessoas idosas ou doentes
option-work_kind-factory = Trabalho em fábrica
option-work_kind-hospitality = Hotéis, restaurantes ou limpeza
option-work_kind-sex_work = Trabalho sexual
option-work_kind-criminal_activity = Crimes, como plantar drogas, vender drogas ou roubar
option-work_kind-begging = Pedir esmola
option-work_kind-other = Outro trabalho
question-recruited = Alguém conseguiu este trabalho para você ou organizou a sua viagem?
question-recruited-hint = Por exemplo, um agente, um parente ou alguém pela internet.
question-recruited_by = Quem conseguiu o trabalho ou organizou a sua viagem?
question-recruited_by-hint = Escolha a opção que mais se encaixa.
option-recruited_by-agency = Uma agência ou um agente
option-recruited_by-relative = Um parente
option-recruited_by-partner = Um namorado, uma namorada, o marido ou a esposa
option-recruited_by-friend = Um amigo ou uma amiga
option-recruited_by-stranger = Alguém que eu não conhecia
option-recruited_by-online = Alguém pela internet
option-recruited_by-employer = O empregador
option-recruited_by-other = Outra pessoa
question-forced_to_go = Levaram você, ou obrigaram você a ir, contra a sua vontade?
question-forced_to_go-hint = Por exemplo, alguém forçou você a viajar ou levou você.
question-moved_by_others = Outras pessoas levaram você de um lugar para outro?
question-moved_by_others-hint = Por exemplo, levaram você de carro para um lugar novo ou entregaram você a outras pessoas.
question-promise_broken = O seu trabalho, o seu pagamento ou o lugar onde você mora são diferentes do que prometeram?
question-promise_broken-hint = Por exemplo, outro trabalho, menos dinheiro ou uma moradia pior.
question-deceived_about_work = O trabalho é diferente do trabalho que prometeram a você?
question-deceived_about_work-hint = Por exemplo, prometeram um emprego numa loja, mas você trabalha numa fazenda.
question-deceived_about_pay = O seu pagamento é menor do que o prometido?
question-deceived_about_pay-hint = Pense no dinheiro que você recebe de verdade.
question-deceived_about_conditions = O seu horário, a sua moradia ou o seu trabalho são piores do que o prometido?
question-deceived_about_conditions-hint = Por exemplo, dias mais longos ou um lugar pior para morar.
question-deceived_about_papers = Prometeram a você um visto ou documentos que você não recebeu?
question-deceived_about_papers-hint = Por exemplo, uma autorização de trabalho.
question-paid_recruitment_fee = Você pagou para conseguir este trabalho ou esta viagem?
question-paid_recruitment_fee-hint = Por exemplo, uma taxa para um agente.
question-owes_debt = Você deve dinheiro ao seu patrão, a um agente ou às pessoas que trouxeram você?
question-owes_debt-hint = Por exemplo, pela viagem, pela comida ou pela moradia.
question-debt_grows = A dívida continua crescendo, mesmo quando você trabalha?
question-debt_grows-hint = Por exemplo, colocam novos custos o tempo todo.
question-must_work_off_debt = Dizem que você não pode ir embora até pagar a dívida?
question-must_work_off_debt-hint = Ou que você precisa trabalhar até a dívida estar paga.
question-journey = Como você entrou neste país?
question-journey-hint = Escolha a opção que mais se encaixa.
option-journey-regular = Com visto ou autorização, passando pelo controle da fronteira
option-journey-smuggled = Paguei alguém para me fazer entrar sem os documentos certos
option-journey-false_papers = Com documentos falsos, ou documentos que não eram meus
option-journey-no_border = Não atravessei nenhuma fronteira
question-harmed_on_journey = Na viagem, as pessoas que levavam você bateram em você, machucaram ou abusaram de você?
question-harmed_on_journey-hint = Inclua qualquer tipo de dano.
question-held_on_journey = Na viagem, prenderam você contra a sua vontade, ou prenderam você em troca de dinheiro?
question-held_on_journey-hint = Por exemplo, trancaram você até alguém pagar.
question-pay_problem = O seu pagamento é retido, cortado ou nunca é pago?
question-pay_problem-hint = Também se tiram uma grande parte dele para moradia, comida, taxas ou multas.
question-documents_kept = Alguém pegou o seu passaporte ou documento de identidade e ficou com ele?
question-documents_kept-hint = Por exemplo, o seu patrão, um agente ou a pessoa que trouxe você para cá.
question-documents_held_by = Quem está com o seu passaporte ou documento de identidade agora?
question-documents_held_by-hint = Escolha a opção que mais se encaixa.
option-documents_held_by-themselves = Está comigo
option-documents_held_by-employer = O meu patrão
option-documents_held_by-agent = Um agente
option-documents_held_by-smuggler = As pessoas que me fizeram atravessar a fronteira
option-documents_held_by-authorities = A polícia ou a imigração
option-documents_held_by-other = Outra pessoa
option-documents_held_by-lost = Foi perdido ou destruído
question-hurt_or_threatened = Alguém machucou você, ou ameaçou você ou a sua família?
question-hurt_or_threatened-hint = Isso inclui ameaças de chamar a polícia ou a imigração.
question-threatened = Alguém ameaçou você?
question-threatened-hint = Por exemplo, disse que ia machucar você.
question-family_threatened = Alguém ameaçou a sua família?
question-family_threatened-hint = Aqui ou no seu país de origem.
question-threatened_with_authorities = Alguém disse que ia denunciar você à polícia ou à imigração?
question-threatened_with_authorities-hint = Por exemplo, para obrigar você a continuar trabalhando.
question-physical_violence = Alguém bateu em você ou machucou você?
question-physical_violence-hint = No trabalho ou onde você mora.
question-sexual_violence = Alguém forçou você a fazer sexo ou tocou você de forma sexual contra a sua vontade?
question-sexual_violence-hint = Você pode escolher “Prefiro não dizer”.
question-locked_in = Trancam você ou impedem você de sair?
question-locked_in-hint = No trabalho ou onde você mora.
question-watched = Alguém vigia ou segue você o tempo todo?
question-watched-hint = Por exemplo, alguém sempre vai junto com você.
question-isolated = Impedem você de falar com a sua família ou com outras pessoas?
question-isolated-hint = Por exemplo, tomaram o seu celular.
question-cannot_leave = Se você quisesse sair deste trabalho, alguém impediria você?
question-cannot_leave-hint = Ou alguma coisa ruim aconteceria com você?
question-lives_at_workplace = Você mora onde trabalha, ou onde o seu patrão decide?
question-lives_at_workplace-hint = Por exemplo, na casa do seu patrão.
question-residence_status = Que documentos você tem para ficar neste país?
question-residence_status-hint = Escolha a opção que mais se encaixa.
option-residence_status-citizen = Tenho a cidadania deste país
option-residence_status-permanent_resident = Posso ficar aqui para sempre
option-residence_status-work_permit = Um visto ou uma autorização de trabalho
option-residence_status-student_or_visitor = Um visto de estudante ou de turista
option-residence_status-asylum_seeker = Pedi asilo (refúgio)
option-residence_status-refugee = Tenho status de refugiado aqui
option-residence_status-expired = O meu visto ou a minha autorização venceu
option-residence_status-no_papers = Não tenho documentos
question-tied_to_employer = O seu visto diz que você só pode trabalhar para este patrão?
question-tied_to_employer-hint = Ou você precisa da permissão do seu patrão para mudar de emprego?
question-wages_withheld = O seu pagamento é retido, ou você não recebe nada?
question-wages_withheld-hint = Por exemplo, o seu patrão diz que vai pagar depois.
question-large_deductions = Tiram uma grande parte do seu pagamento para moradia, comida, taxas ou multas?
question-large_deductions-hint = Dinheiro que é tirado antes de você receber o pagamento.
question-hard_conditions = O horário é muito longo, o trabalho é perigoso ou o lugar onde você dorme é muito ruim?
question-hard_conditions-hint = Por exemplo, nenhum dia de folga, nenhum equipamento de segurança, ou um quarto lotado e sujo.
question-hours_per_day = Quantas horas você trabalha num dia normal de trabalho?
question-hours_per_day-hint = Conte todas as horas, com as pausas.
question-hours_per_day-number = Sei o número de horas
question-days_off_per_week = Quantos dias de folga você tem numa semana normal?
question-days_off_per_week-hint = Dias sem nenhum trabalho.
question-days_off_per_week-number = Sei o número de dias
question-unsafe_work = O seu trabalho é perigoso, sem a proteção ou o treinamento de que você precisa?
question-unsafe_work-hint = Por exemplo, produtos químicos sem luvas ou máscaras.
question-degrading_living = O lugar onde você mora é muito ruim?
question-degrading_living-hint = Por exemplo, gente demais, sujeira, falta de água ou nenhuma privacidade.
question-made_to_do_things = Alguém obrigou você a fazer trabalho sexual ou crimes, a se casar ou a dar uma parte do seu corpo?
question-made_to_do_things-hint = Você pode escolher “Prefiro não dizer”.
question-sexual_exploitation = Obrigam você a fazer sexo com pessoas, ou a fazer trabalho sexual, para outra pessoa ganhar dinheiro?
question-sexual_exploitation-hint = Você pode escolher “Prefiro não dizer”.
question-made_to_break_law = Obrigaram você a desrespeitar a lei?
question-made_to_break_law-hint = Por exemplo, a plantar ou vender drogas, roubar ou usar documentos falsos.
question-forced_marriage = Obrigaram você a se casar, ou estão obrigando agora?
question-forced_marriage-hint = Um casamento com o qual você não concordou.
question-organ_removal = Alguém tirou, ou tentou obrigar você a dar, uma parte do seu corpo, como um rim?
question-organ_removal-hint = Também se prometeram dinheiro a você por isso.
question-fear_of_return = Você tem medo do que aconteceria se voltasse para o seu país?
question-fear_of_return-hint = Pense no perigo para você lá.
question-fear_reason = Por que você tem medo de voltar?
question-fear_reason-hint = Escolha o motivo principal.
option-fear_reason-traffickers = As pessoas que me exploraram, ou cair de novo nessa armadilha
option-fear_reason-persecution = Por causa da minha raça, religião, nacionalidade, grupo ou opinião política
option-fear_reason-torture = Tortura ou tratamento muito cruel
option-fear_reason-family_or_community = Violência da minha família ou da minha comunidade
option-fear_reason-other = Outro motivo
question-wants_to_go_home = Você quer voltar para casa?
question-wants_to_go_home-hint = Para o país de onde você veio.
question-needs_help_now = Você precisa de ajuda agora com a sua saúde, com um idioma, com os seus filhos ou para voltar para casa?
question-needs_help_now-hint = Se precisar, vamos perguntar um pouco mais, para mostrar a ajuda certa.
question-children_with_them = Você tem filhos ou crianças com você?
question-children_with_them-hint = Crianças com menos de 18 anos que moram com você.
question-health_needs = Você precisa de um médico ou de atendimento de saúde?
question-health_needs-hint = Para o seu corpo ou para a sua mente.
question-speaks_local_language = Você fala o idioma do país onde está?
question-speaks_local_language-hint = O suficiente para conversar com um médico ou com a polícia.
question-still_there = Você ainda trabalha lá, ou ainda está com essas pessoas?
question-still_there-hint = Alguns direitos dependem disso.
question-reported_to_police = Você contou para a polícia?
question-reported_to_police-hint = Sobre o que aconteceu com você.
question-willing_to_help_police = Você estaria disposto ou disposta a ajudar a polícia numa investigação?
question-willing_to_help_police-hint = Alguns direitos dependem disso. Você ainda pode receber ajuda se disser que não.

## Confira as suas respostas
check-heading = Confira as suas respostas
check-intro = Você pode mudar qualquer resposta antes de ver os resultados.
check-continue = Ver o que as suas respostas mostram

## Sobre
about-heading = Sobre esta ferramenta
about-what = Esta ferramenta ajuda migrantes a verificar se há sinais de tráfico de pessoas, trabalho forçado e outros danos, e mostra direitos e ajuda que podem se aplicar. É informação, não orientação jurídica.
about-translation-heading = Sobre este idioma
about-sources-heading = De onde vêm as informações jurídicas
about-sources = Cada direito mostrado vem com a sua fonte jurídica e a data a partir da qual vale. As informações que não conseguimos conferir com o texto oficial estão marcadas como não conferidas.
protection-more = Mais sobre este direito
loading-wait = Ainda carregando. Tente de novo daqui a pouco.

## As perguntas sobre o pagamento devido
question-work_out_pay = Você quer calcular quanto pagamento podem estar devendo a você?
question-work_out_pay-hint = São mais umas seis perguntas. Um advogado pode usar o valor.
question-work_began = Quando você começou este trabalho?
question-work_began-hint = O mês e o ano bastam.
question-work_ended = Quando este trabalho terminou?
question-work_ended-hint = Se você ainda trabalha lá, escolha essa opção.
question-pay_promised = Quanto de pagamento prometeram a você?
question-pay_promised-hint = Escreva o valor e escolha se era por hora, por dia, por semana ou por mês.
question-pay_received = Quanto você recebeu de verdade, no total?
question-pay_received-hint = Some todo o dinheiro que você recebeu por este trabalho. Um valor aproximado serve.
question-deductions_total = Quanto tiraram do seu pagamento, no total?
question-deductions_total-hint = Por exemplo, para moradia, comida, taxas, multas ou uma “dívida”. Um valor aproximado serve.
question-recruitment_fees_paid = Quanto você pagou para conseguir este trabalho ou a viagem?
question-recruitment_fees_paid-hint = Some todas as taxas que você pagou a agentes ou a outras pessoas.
question-paid_to_someone_else = O seu pagamento foi entregue a outra pessoa, e não a você?
question-paid_to_someone_else-hint = Por exemplo, a um agente ou a um patrão.
answer-kind-month = Sei o mês
answer-still_working = Ainda trabalho lá
answer-kind-amount = Sei o valor
input-month = Mês
input-year = Ano
input-amount = Valor
input-currency = Moeda
input-per = Por
per-hour = hora
per-day = dia
per-week = semana
per-month = mês
answer-pay = { $amount } por { $per }
error-month = Escolha um mês e escreva o ano com quatro números, como 2024.
error-amount = Escreva o valor em números, como 1200 ou 1200.50.

## O pedido de pagamento nos resultados

## O resumo do caso

## Salvar e abrir as respostas (as páginas estão em law-files.ftl)

save-link = Salvar as minhas respostas
open-link = Abrir respostas salvas

## Listen
listen = Ouvir
listen-stop = Parar
about-listen-heading = Leitura em voz alta
about-listen-some = O botão Ouvir lê as palavras em voz alta com uma voz que está neste aparelho. As palavras nunca saem do aparelho. Este aparelho pode ler em voz alta em: { $languages }.
about-listen-none = Este aparelho não tem nenhuma voz para ler em voz alta, por isso não há botão Ouvir. A ferramenta só usa uma voz que está no aparelho, então as palavras nunca saem dele.

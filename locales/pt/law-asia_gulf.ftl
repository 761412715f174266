# Entitle: Portuguese. Messages for the legal data of the Philippines, Qatar, Thailand and ASEAN. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Filipinas
protection-ph-ra_9208-s_17-not_penalised = Nenhuma punição por crimes que obrigaram você a cometer
protection-ph-ra_9208-s_17-not_penalised-gives = Você não deve ser punido por crimes que os traficantes obrigaram você a cometer, ou que foram consequência do tráfico.
protection-ph-ra_9208-s_18-witness_protection = Proteção como testemunha
protection-ph-ra_9208-s_18-witness_protection-gives = Talvez você possa entrar no programa do governo que protege testemunhas, por exemplo, com um lugar seguro para morar.
protection-ph-ra_9208-s_19-continued_presence = Permissão para ficar nas Filipinas
protection-ph-ra_9208-s_19-continued_presence-gives = Você pode receber permissão para ficar nas Filipinas por um tempo, para não ter que sair do país imediatamente.
protection-ph-ra_9208-s_19-assistance = A mesma ajuda que os sobreviventes filipinos recebem
protection-ph-ra_9208-s_19-assistance-gives = Você pode receber a mesma proteção, ajuda e serviços que as pessoas filipinas na sua situação recebem.
protection-ph-ra_9208-s_3_a-child_without_means = Crianças não precisam mostrar força ou mentiras
protection-ph-ra_9208-s_3_a-child_without_means-gives = Você não precisa mostrar que alguém forçou, enganou ou ameaçou você. O que fizeram com você ainda pode contar como tráfico de pessoas.
caveat-section_number_from_2003_act = O número da seção vem da lei de 2003, e mudanças posteriores na lei podem ter mudado o lugar ou o conteúdo desta regra.
caveat-tied_to_prosecution = Quanto tempo você pode ficar depende do que o processo contra os traficantes precisa, e não só do que você precisa.
caveat-child_includes_adults_unable_to_protect_themselves = A lei também trata alguns adultos como crianças, se uma doença ou deficiência faz com que eles não consigam se proteger. Este aplicativo não pergunta sobre isso.
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003, Philippines, Republic Act No. 9208 (lei filipina de 2003 contra o tráfico de pessoas)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012, Philippines, Republic Act No. 10364 (lei filipina ampliada de 2012 contra o tráfico de pessoas)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022, Philippines, Republic Act No. 11862 (lei filipina ampliada de 2022 contra o tráfico de pessoas)

## Catar
protection-qa-law_17_2020-art_2-minimum_wage = Um salário mínimo para todos os trabalhadores
protection-qa-law_17_2020-art_2-minimum_wage-gives = Você deve receber pelo menos um salário básico por mês, mais dinheiro para comida e moradia se o seu empregador não der essas coisas a você.
protection-qa-law_18_2020-law-change_employer_without_noc = Mudar de empregador sem a permissão do seu empregador
protection-qa-law_18_2020-law-change_employer_without_noc-gives = Você pode ir para um novo empregador antes do fim do seu contrato, sem uma carta de permissão do empregador atual.
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = Sair do Catar sem a permissão do seu empregador
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = Você pode sair do Catar, para uma viagem curta ou de vez, sem pedir ao seu empregador uma autorização de saída.
protection-qa-law_13_2017-committees-wage_claim = Cobrar salários não pagos numa comissão trabalhista
protection-qa-law_13_2017-committees-wage_claim-gives = Você pode fazer uma reclamação numa comissão trabalhista especial para cobrar os salários e outros valores que o seu empregador deve a você.
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = Um fundo paga os salários que o seu empregador não paga
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = Se você ganhar uma reclamação de salário e o seu empregador mesmo assim não pagar, um fundo do governo pode pagar o dinheiro a você no lugar dele.
protection-qa-law_15_2011-art_2-identification_as_victim = Ser reconhecido como pessoa traficada
protection-qa-law_15_2011-art_2-identification_as_victim-gives = Você pode ser reconhecido como alguém que sofreu tráfico de pessoas. Isso pode abrir caminho para proteção, como um abrigo seguro.
caveat-amounts_reviewed_yearly = O governo revisa estes valores pelo menos uma vez por ano, então eles podem ter mudado desde a última vez que conferimos.
caveat-which_law_removed_noc_disputed = As fontes não concordam sobre qual lei de 2020 acabou com a necessidade da permissão do seu empregador, então mostramos as duas leis.
caveat-domestic_workers_from_2020_and_five_percent_exception = Os trabalhadores domésticos só foram incluídos em janeiro de 2020. Os empregadores ainda podem indicar alguns funcionários que precisam da permissão deles para sair. Uma comissão analisa as reclamações.
caveat-domestic_workers_coverage_not_checked = Não conferimos se os trabalhadores domésticos podem levar as suas reclamações a essas comissões.
caveat-payment_conditions_and_caps = O fundo só paga em certos casos, e há relatos de que existe um limite para o quanto ele paga.
caveat-victim_protection_articles_not_verified = Não conseguimos ler as partes desta lei sobre a proteção de pessoas traficadas, então os detalhes aqui não estão confirmados.
instrument-qa-law_17_2020 = Lei nº 17 de 2020 do Catar sobre o Salário Mínimo
instrument-qa-law_18_2020 = Lei nº 18 de 2020 do Catar que altera a Lei do Trabalho
instrument-qa-law_19_2020 = Lei nº 19 de 2020 do Catar que altera a Lei sobre Entrada, Saída e Residência de Expatriados
instrument-qa-law_13_2018 = Lei nº 13 de 2018 do Catar que altera a Lei sobre Entrada, Saída e Residência de Expatriados
instrument-qa-law_13_2017 = Lei nº 13 de 2017 do Catar que altera a Lei do Trabalho (Comissões de Solução de Conflitos Trabalhistas)
instrument-qa-law_17_2018 = Lei nº 17 de 2018 do Catar que cria o Fundo de Apoio e Seguro dos Trabalhadores
instrument-qa-law_15_2011 = Lei nº 15 de 2011 do Catar sobre o Combate ao Tráfico de Seres Humanos

## Tailândia
protection-th-atipa_2551-s_33-assistance = Abrigo, atendimento de saúde e outras ajudas
protection-th-atipa_2551-s_33-assistance-gives = Você pode receber comida, um lugar para ficar, atendimento médico, ajuda para se recuperar, ajuda jurídica e ajuda para voltar para casa.
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = Ser informado sobre indenização e ajuda jurídica
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = Os funcionários públicos devem dizer a você imediatamente que você pode pedir dinheiro pelo dano que fizeram a você, e que pode receber ajuda jurídica.
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = O promotor pode pedir indenização por você
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = Se você quiser dinheiro pelo dano que fizeram a você, o promotor público pode pedir isso ao tribunal por você.
protection-th-atipa_2551-s_37-temporary_stay_and_work = Permissão para ficar e trabalhar por um tempo
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = Você pode receber permissão para ficar na Tailândia por um tempo, e para trabalhar enquanto estiver lá.
protection-th-atipa_2551-s_38-return_home = Ajuda para voltar para casa em segurança
protection-th-atipa_2551-s_38-return_home-gives = Você pode receber ajuda para voltar ao seu país de origem o mais rápido possível.
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = Não ser acusado por entrar ou ficar sem documentos
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = Você não deve ser acusado por entrar ou ficar na Tailândia sem permissão, nem por ter documentos falsos ou errados.
caveat-purpose_limited_stay = A permanência é para coisas como um processo judicial, tratamento, recuperação ou um pedido de dinheiro. Não sabemos quanto tempo dura, nem se é sempre concedida.
caveat-minister_may_permit_prosecution = O Ministro da Justiça ainda pode permitir que você seja acusado, mas precisa fazer isso por escrito.
instrument-th-atipa_2551 = Lei contra o Tráfico de Pessoas da Tailândia, B.E. 2551 (2008)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = Não ser preso sem um bom motivo
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = Você não deve ser detido ou trancado sem um bom motivo.
caveat-identified_victims_only = Isto só ajuda pessoas que as autoridades já reconheceram como vítimas de tráfico. Essa decisão precisa vir antes.
instrument-asean-actip = ASEAN Convention against Trafficking in Persons, Especially Women and Children, 2015 (Convenção da ASEAN contra o Tráfico de Pessoas, Especialmente Mulheres e Crianças)

## Pedidos de pagamento: as leis que fixam salários mínimos e prazos, e o que um advogado deve saber sobre cada valor
instrument-ph-labor_code = Labor Code of the Philippines, 1974 (Código do Trabalho das Filipinas)
instrument-ph-ra_7309 = Republic Act No. 7309, Philippines, 1992 (lei filipina que criou o Board of Claims)
instrument-qa-labour_law_14_2004 = Lei do Trabalho, Lei nº 14 de 2004 (Catar)
instrument-qa-law_15_2017 = Lei nº 15 de 2017 sobre trabalhadores domésticos (Catar)
instrument-th-lpa_2541 = Lei de Proteção do Trabalho da Tailândia, B.E. 2541 (1998)
instrument-th-ccc_book1_2535 = Código Civil e Comercial da Tailândia, Livro I (revisado em B.E. 2535)
instrument-th-victim_compensation_act_2544 = Lei da Tailândia sobre Indenização à Pessoa Lesada e Compensação e Despesas ao Acusado em Processo Criminal, B.E. 2544 (2001)
caveat-ph_board_of_claims_violent_crimes = O Board of Claims só paga vítimas de crimes violentos, e no máximo 10.000 pesos.
caveat-ph_money_claims_any_forum = Os mesmos três anos valem para todo pedido de dinheiro relacionado ao emprego, seja onde for feito.
caveat-ph_ncr_only = Este é o mínimo só para a Região Metropolitana de Manila (Metro Manila). Outras regiões têm o seu próprio mínimo diário, muitas vezes mais baixo. Use o valor só para trabalho em Metro Manila.
caveat-qa_domestic_workers_own_limit = Os trabalhadores domésticos têm a sua própria lei. Ela também dá um ano a partir do fim do contrato ou do dia em que eles saíram.
caveat-qa_food_and_housing_allowances = Este é só o salário básico. Se o empregador não deu comida e moradia decentes, ele também deve 300 riais por mês para comida e 500 para moradia.
caveat-qa_one_year_of_365_days_stopped_by_complaint = O pedido precisa ser feito dentro de 365 dias depois do fim do contrato. O prazo para enquanto uma reclamação ao Ministério do Trabalho está sendo analisada.
caveat-qa_overtime_daily_night_and_exclusions = Horas extras também são devidas depois de 8 horas num dia (6 no Ramadã), e valem mais à noite. Isto não vale para trabalhadores domésticos. Não é contado aqui.
caveat-th_each_unpaid_wage_runs_separately = Cada salário não pago tem os seus próprios dois anos, então os meses mais antigos vencem primeiro. Se o empregador reconhecer a dívida por escrito ou pagar parte dela, os dois anos começam de novo.
caveat-th_fund_listed_crimes_from_knowledge = Os pagamentos do Estado são só para vítimas de alguns crimes, como lesões ao corpo e crimes sexuais. O ano começa quando você fica sabendo do crime.
caveat-th_lowest_provincial_rate = Este é o menor mínimo diário em toda a Tailândia. O valor na sua província muitas vezes é mais alto, e é esse que é devido.
caveat-th_overtime_daily_and_holiday = Horas extras são devidas depois do horário normal de cada dia, e o trabalho num feriado paga mais. Isto não é contado aqui.

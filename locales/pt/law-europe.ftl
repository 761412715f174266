# Entitle: Portuguese. Messages for the legal data of Germany, the Netherlands, Italy, Spain and France. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Alemanha
protection-de-aufenthg-s_59_7-reflection_period = Tempo para descansar e decidir
protection-de-aufenthg-s_59_7-reflection_period-gives = Você pode ficar na Alemanha por um tempo para descansar e receber apoio. Você pode ter tempo para decidir se quer dar o seu depoimento sobre o que aconteceu.
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = Autorização para ficar como testemunha
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = Você pode receber uma autorização para morar na Alemanha enquanto continua o processo criminal contra as pessoas que fizeram mal a você.
caveat-prosecutor_must_deem_presence_appropriate = O Ministério Público ou o tribunal precisa concordar que precisa de você no país para o processo. Não podemos saber se vão concordar.
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = Autorização para ficar depois de um trabalho ilegal muito injusto
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = Você pode receber uma autorização para morar na Alemanha enquanto continua o processo criminal sobre o seu trabalho e o seu empregador.
instrument-de-aufenthg = Lei de Residência alemã de 2004 (Aufenthaltsgesetz, AufenthG)

## Países Baixos
protection-nl-vc_2000-b8_3-reflection_period = Tempo para descansar, com abrigo e apoio
protection-nl-vc_2000-b8_3-reflection_period-gives = Você pode ficar nos Países Baixos por um tempo, com um lugar seguro para dormir e dinheiro para viver. Nesse tempo, você pode decidir se quer denunciar o crime.
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = Autorização para ficar enquanto o caso continua
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = Você pode receber uma autorização gratuita para morar nos Países Baixos enquanto a polícia investiga e o processo criminal continua.
caveat-exempt_from_cooperation_if_unable = Se você não puder ajudar a polícia porque está doente, tem menos de 18 anos ou está em perigo grave, talvez ainda possa receber esta autorização.
protection-nl-vb_2000-art_3_51_1_k-continued_residence = Continuar no país depois do fim do caso
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = Você pode receber uma autorização para continuar morando nos Países Baixos depois que o processo criminal terminar.
caveat-after_conviction_or_three_years = Normalmente, para isso, alguém precisa ser condenado no seu caso, ou você precisa ter tido a autorização de residência para vítimas de tráfico durante três anos.
instrument-nl-vw_2000 = Lei de Estrangeiros neerlandesa de 2000 (Vreemdelingenwet 2000, Vw 2000)
instrument-nl-vb_2000 = Decreto de Estrangeiros neerlandês de 2000 (Vreemdelingenbesluit 2000, Vb 2000)
instrument-nl-vc_2000 = Circular de Estrangeiros neerlandesa de 2000 (Vreemdelingencirculaire 2000, Vc 2000)

## Itália
protection-it-tui-art_18-special_permit_social_track = Autorização especial por meio de um grupo de apoio
protection-it-tui-art_18-special_permit_social_track-gives = Você pode receber uma autorização para morar e trabalhar na Itália, e entrar num programa que ajuda você a ficar em segurança e construir uma vida nova.
caveat-concrete_danger_assessed_by_authority = O chefe de polícia precisa decidir que você está em perigo real. Não perguntamos sobre isso, então não podemos dizer se isto se encaixa no seu caso.
protection-it-tui-art_18-special_permit_judicial_track = Autorização especial por meio de um processo criminal
protection-it-tui-art_18-special_permit_judicial_track-gives = Você pode receber uma autorização para morar e trabalhar na Itália, e entrar num programa que ajuda você a ficar em segurança e construir uma vida nova.
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = Autorização se você denunciar um patrão que explorou você gravemente
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = Você pode receber uma autorização para morar na Itália enquanto continua o processo criminal contra o seu empregador.
caveat-particularly_exploitative_conditions_only = Isto era só para trabalho sob exploração especialmente dura, o que é uma exigência maior do que os sinais que procuramos.
protection-it-tui-art_18_ter-permit_for_labour_exploitation = Autorização para trabalhadores que foram explorados
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = Você pode receber uma autorização para morar e trabalhar na Itália depois de ajudar a revelar a verdade sobre como trataram você no trabalho.
caveat-judicial_authority_or_labour_inspectorate_covers_family = Um promotor ou um juiz precisa pedir, ou a fiscalização do trabalho precisa apoiar o pedido. A autorização também pode incluir os seus familiares.
instrument-it-tui = Texto Único da Imigração italiano, Decreto Legislativo 286/1998 (Testo unico sull’immigrazione, TUI)
instrument-it-dl_145_2024 = Decreto-Lei italiano 145/2024 (Decreto Fluxos)
instrument-it-dl_146_2025 = Decreto-Lei italiano 146/2025 (Decreto Fluxos 2025)
instrument-it-dpr_394_1999 = Decreto do Presidente da República italiano 394/1999 (regulamento do Texto Único da Imigração)

## Espanha
protection-es-loex-art_59_bis-reflection_period = Tempo para se recuperar e decidir
protection-es-loex-art_59_bis-reflection_period-gives = Você pode ficar na Espanha por um tempo para se recuperar e pensar se quer ajudar a polícia. Os procedimentos para mandar você embora devem parar durante esse tempo.
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = Nenhuma punição por estar na Espanha sem documentos
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = Você pode ficar livre da multa ou da expulsão que poderia sofrer por estar na Espanha sem os documentos certos.
protection-es-loex-art_59_bis-permit_personal_situation = Autorização por causa da sua situação pessoal
protection-es-loex-art_59_bis-permit_personal_situation-gives = Você pode receber uma autorização para morar e trabalhar na Espanha por causa da sua própria situação, mesmo que não ajude a polícia.
caveat-after_exemption_from_liability = Primeiro, as autoridades precisam decidir não punir você por estar na Espanha sem documentos. Depois, normalmente, você pode pedir esta autorização.
protection-es-loex-art_59_bis-permit_for_cooperation = Autorização por ajudar a polícia ou o tribunal
protection-es-loex-art_59_bis-permit_for_cooperation-gives = Você pode receber uma autorização para morar e trabalhar na Espanha porque ajuda na investigação ou no processo judicial.
protection-es-loex-art_59-permit_for_cooperation_against_networks = Autorização por ajudar a acabar com quadrilhas de exploração
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = Você pode receber uma autorização para morar e trabalhar na Espanha, e ficar livre da punição por estar no país sem documentos.
instrument-es-loex = Lei de Estrangeiros espanhola, Lei Orgânica 4/2000 (LOEX)
instrument-es-rloex = Regulamento de Estrangeiros espanhol, Real Decreto 557/2011 (RLOEX)
instrument-es-rloex_2024 = Regulamento de Estrangeiros espanhol, Real Decreto 1155/2024 (em vigor desde 20 de maio de 2025)

## França
protection-fr-ceseda-r_425_2-reflection_period = Tempo para descansar e pensar
protection-fr-ceseda-r_425_2-reflection_period-gives = Você pode receber um documento que permite ficar na França enquanto descansa e decide se quer fazer uma denúncia. Ele também pode permitir que você trabalhe.
protection-fr-ceseda-l_425_1-temporary_residence_card = Cartão de residência se você denunciar ou testemunhar
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = Você pode receber um cartão para morar e trabalhar na França enquanto o processo criminal continua.
caveat-complaint_or_testimony_required = Você precisa fazer uma denúncia à polícia ou dar o seu depoimento no processo. Só dizer que está disposto a ajudar não basta.
protection-fr-ceseda-l_425_2-allowance = Dinheiro para viver
protection-fr-ceseda-l_425_2-allowance-gives = Você pode receber um dinheiro regular para ajudar a pagar a comida e outras necessidades básicas.
protection-fr-ceseda-l_425_3-resident_card = Cartão de residente de longa duração
protection-fr-ceseda-l_425_3-resident_card-gives = Você pode receber um cartão para morar e trabalhar na França por muitos anos.
caveat-only_after_final_conviction = Isto só é possível depois que a pessoa acusada foi condenada de forma definitiva pela Justiça. Não podemos saber como um julgamento vai terminar.
protection-fr-ceseda-l_425_4-exit_programme_permit = Autorização durante um programa para sair da prostituição
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = Você pode receber uma autorização para ficar na França, com ajuda para começar uma vida nova longe do trabalho sexual.
caveat-only_for_prostitution_exit_programme = Isto é só para pessoas que pararam de vender sexo. Elas precisam seguir um plano oficial para sair do trabalho sexual, com um grupo de apoio.
instrument-fr-ceseda = Código de Entrada e Permanência de Estrangeiros e do Direito de Asilo francês (CESEDA, versão de 2020)

## Pedidos de pagamento: as leis que fixam salários mínimos e prazos, e o que um advogado deve saber sobre cada valor
instrument-de-milog = Lei do Salário Mínimo alemã (Mindestlohngesetz, MiLoG, 2014)
instrument-de-bgb = Código Civil alemão (Bürgerliches Gesetzbuch, BGB)
instrument-de-sgb_14 = Código Social alemão, Livro XIV: Compensação Social (SGB XIV, 2019)
instrument-es-et_2015 = Estatuto dos Trabalhadores espanhol (Estatuto de los Trabajadores, 2015)
instrument-es-ley_35_1995 = Lei espanhola 35/1995 sobre ajuda às vítimas de crimes violentos e sexuais
instrument-fr-code_travail = Código do Trabalho francês (Code du travail)
instrument-fr-code_procedure_penale = Código de Processo Penal francês (Code de procédure pénale)
instrument-it-cc = Código Civil italiano (Codice civile)
instrument-it-l_228_2003 = Lei italiana 228/2003 sobre medidas contra o tráfico de pessoas
instrument-nl-wml = Lei do Salário Mínimo e do Adicional Mínimo de Férias neerlandesa (Wet minimumloon en minimumvakantiebijslag)
instrument-nl-bw_3 = Código Civil neerlandês, Livro 3 (Burgerlijk Wetboek)
instrument-nl-wsg = Lei do Fundo de Indenização para Crimes Violentos neerlandesa (Wet schadefonds geweldsmisdrijven)
caveat-backdating_limit_not_a_bar = Você ainda pode fazer o pedido depois de um ano. Mas só recebe pagamentos a partir do mês em que pediu, a não ser que não pudesse ter pedido antes.
caveat-each_month_runs_separately = O pagamento de cada mês tem os seus próprios cinco anos, então os meses mais antigos vencem primeiro. Uma cobrança por escrito ao empregador faz o prazo começar de novo.
caveat-es_domestic_hourly_external_only = Não foi incluído um mínimo por hora para trabalhadores domésticos que recebem por hora e não moram na casa. Um trabalhador doméstico que mora na casa tem direito ao mínimo mensal.
caveat-es_each_payment_own_year_interruptible = Cada salário não pago precisa ser cobrado dentro de um ano a partir do dia do pagamento, então os meses mais antigos vencem primeiro. Uma cobrança formal ao empregador, ou um pedido de conciliação, faz o ano começar de novo.
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = Esta ajuda é só para crimes violentos que causaram morte ou dano grave, e para crimes sexuais. O prazo para enquanto um processo criminal está em andamento.
caveat-es_smi_floor_14_payments = O mínimo é pago em 14 parcelas por ano. As duas parcelas extras não são contadas aqui, então pode haver mais a receber.
caveat-fr_civi_prosecution_extends_relief_possible = Se houver um processo criminal, você ainda pode pedir até um ano depois da decisão final. A comissão pode aceitar um pedido atrasado por um bom motivo. Para uma criança, o prazo começa aos 18 anos.
caveat-fr_smic_floor_mayotte_minors = Este é o mínimo da França continental. Mayotte tem um mínimo mais baixo. Os acordos coletivos muitas vezes exigem mais. Alguns trabalhadores jovens e aprendizes podem receber menos.
caveat-fr_wage_claim_each_payday_three_years_before_end = O pagamento de cada mês precisa ser cobrado dentro de três anos, então os meses mais antigos vencem primeiro. Depois que o emprego termina, você pode cobrar os últimos três anos dele.
caveat-intentional_injury_damages_only = Os 30 anos são só para indenização por dano feito de propósito à sua vida, ao seu corpo, à sua saúde ou à sua liberdade. Não valem para pagamento não recebido.
caveat-it_longer_if_crime = Se o dano também for um crime com um prazo maior, como tráfico de pessoas ou escravidão, o pedido de indenização também tem esse prazo maior.
caveat-it_wage_limit_private_sector_interruptible = Os cinco anos começam no fim do emprego só para empregadores privados. Cada cobrança por escrito faz os cinco anos começarem de novo.
caveat-late_application_if_reasonable = O fundo ainda pode aceitar um pedido atrasado se ele foi feito assim que foi razoavelmente possível. O fundo só paga por lesões graves causadas por um crime violento.
caveat-monthly_minimum_for_full_time_week = Antes de 2024, o mínimo era um valor mensal para uma semana de tempo integral. Nós o calculamos para uma semana de 40 horas, a semana normal mais longa. Se a semana era mais curta, há mais a receber.
caveat-runs_from_end_of_year = Os três anos começam no fim do ano em que o pagamento era devido. Uma ação na Justiça para o prazo.
caveat-runs_from_knowledge_longer_against_offender = Os cinco anos começam quando você sabe do dano e de quem o causou. Um pedido contra o autor do crime dura pelo menos o mesmo tempo em que ele ainda pode ser processado.
caveat-sector_minimum_wages_and_exclusions = Alguns setores têm um mínimo mais alto. Este mínimo não vale para menores de 18 anos sem formação, aprendizes, alguns estagiários e voluntários.
caveat-youth_minimum_not_encoded = Trabalhadores com menos de 21 anos têm um mínimo mais baixo, que não é contado aqui.

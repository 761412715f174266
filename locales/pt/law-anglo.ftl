# Entitle: Portuguese. Messages for the legal data of the United Kingdom, the United States, Canada and Australia. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Reino Unido
protection-gb-nrm_guidance-first_responders-nrm_referral = Ser indicado para o apoio oficial
protection-gb-nrm_guidance-first_responders-nrm_referral-gives = Um policial, um funcionário da prefeitura local ou uma entidade de apoio pode enviar os seus dados ao sistema de apoio do Reino Unido. Depois, o seu caso pode ser examinado e você pode receber ajuda.
caveat-first_responder_only_adults_consent = Você não pode se indicar sozinho. A polícia, a prefeitura local ou uma entidade autorizada precisa fazer isso. Se você for adulto, eles precisam da sua concordância antes.
protection-gb-nrm_guidance-recovery-recovery_period = Tempo para descansar e se recuperar, com apoio
protection-gb-nrm_guidance-recovery-recovery_period-gives = Você pode receber um lugar seguro para morar, atendimento de saúde, um intérprete e alguém para apoiar você enquanto o seu caso é examinado.
caveat-public_order_disqualification = O Home Office pode recusar esta ajuda se achar que você é um perigo para o público. Também pode recusar se achar que você não foi honesto sobre o que aconteceu.
protection-gb-msa_2015-s_45_1-defence_for_adults = Defesa se obrigaram você a desrespeitar a lei
protection-gb-msa_2015-s_45_1-defence_for_adults-gives = Se obrigaram você a fazer algo ilegal porque você estava sendo explorado, você pode contar isso ao tribunal. Isso pode servir de defesa contra a acusação.
protection-gb-msa_2015-s_45_4-defence_for_children = Defesa para crianças levadas a desrespeitar a lei
protection-gb-msa_2015-s_45_4-defence_for_children-gives = Se você fez algo ilegal porque estava sendo explorado, pode contar isso ao tribunal, e isso pode servir de defesa. Você não precisa mostrar que foi obrigado.
caveat-schedule_4_offences_excluded = Esta defesa não vale para alguns crimes muito graves, como homicídio ou crimes violentos ou sexuais graves. Só vale na Inglaterra e no País de Gales.
protection-gb-msa_2015-s_8-reparation_order = Pagamento ordenado à pessoa que explorou você
protection-gb-msa_2015-s_8-reparation_order-gives = O tribunal pode mandar a pessoa que explorou você pagar dinheiro a você pelo dano que ela causou.
caveat-needs_conviction_and_confiscation_order = Isso só acontece se a pessoa for condenada e o tribunal confiscar dinheiro dela. Você não pode receber mais do que o tribunal confiscou.
protection-gb-naba_2022-s_65-temporary_permission_to_stay = Permissão temporária para ficar no Reino Unido
protection-gb-naba_2022-s_65-temporary_permission_to_stay-gives = Você pode receber permissão para ficar no Reino Unido por um tempo. Pode ser para se recuperar, para pedir dinheiro pelo dano que fizeram a você ou para ajudar a polícia.
caveat-recovery_ground_paused = Neste momento, o Home Office não está decidindo pedidos para ficar por motivo de recuperação. Também não está decidindo nenhum pedido de pessoas com ordem de deportação.

## Estados Unidos
protection-us-t_rule_2002-s_214_11-t_status_adult = Visto T para adultos (regras antigas)
protection-us-t_rule_2002-s_214_11-t_status_adult-gives = Você pode pedir um visto que permite morar e trabalhar nos Estados Unidos por alguns anos. Depois, talvez você possa pedir para ficar de vez.
caveat-trauma_exception_and_extreme_hardship = Se um trauma tornar muito difícil ajudar a polícia, talvez você não precise ajudar. Mas precisa mostrar que sair dos Estados Unidos causaria um dano muito grave a você.
protection-us-t_rule_2002-s_214_11-t_status_child = Visto T para crianças (regras antigas)
protection-us-t_rule_2002-s_214_11-t_status_child-gives = Você pode pedir um visto que permite morar, estudar e trabalhar nos Estados Unidos por alguns anos. Depois, talvez você possa pedir para ficar de vez.
caveat-extreme_hardship_required = Você precisa mostrar que ser obrigado a sair dos Estados Unidos causaria um dano muito grave a você.
protection-us-t_rule_2024-s_214_202-t_status_adult = Visto T para adultos
protection-us-t_rule_2024-s_214_202-t_status_adult-gives = Você pode pedir um visto que permite morar e trabalhar nos Estados Unidos por alguns anos. Depois, talvez você possa pedir para ficar de vez.
protection-us-t_rule_2024-s_214_202-t_status_child = Visto T para crianças
protection-us-t_rule_2024-s_214_202-t_status_child-gives = Você pode pedir um visto que permite morar, estudar e trabalhar nos Estados Unidos por alguns anos. Depois, talvez você possa pedir para ficar de vez.
protection-us-tvpa_2000-s_107_c_3-continued_presence = Permissão para ficar durante o caso policial
protection-us-tvpa_2000-s_107_c_3-continued_presence-gives = Você pode receber permissão para ficar nos Estados Unidos e trabalhar legalmente enquanto o crime contra você é investigado.
caveat-requested_by_law_enforcement_only = Você não pode pedir isto sozinho. Só a polícia ou outro órgão responsável por aplicar a lei pode pedir por você.
protection-us-ina-s_101_a_15_u-u_status = Visto U para pessoas prejudicadas por crimes graves
protection-us-ina-s_101_a_15_u-u_status-gives = Você pode pedir um visto que permite morar e trabalhar nos Estados Unidos por alguns anos. Depois, talvez você possa pedir para ficar de vez.
caveat-certification_and_substantial_abuse_required = Você precisa de um formulário assinado pela polícia ou por outro órgão dizendo que você os ajudou. Também precisa mostrar que o crime fez muito mal a você, no corpo ou na mente.
protection-us-usc_18-s_1593-mandatory_restitution = Pagamento ordenado pelo tribunal pelo que você perdeu
protection-us-usc_18-s_1593-mandatory_restitution-gives = O tribunal pode mandar a pessoa que explorou você pagar pelas suas perdas, incluindo os salários que deveriam ter pago a você.
caveat-only_on_conviction = Você só recebe este dinheiro se a pessoa for condenada num tribunal criminal.
protection-us-usc_18-s_1595-civil_action = Pedir a um tribunal dinheiro pelo dano
protection-us-usc_18-s_1595-civil_action-gives = Você pode abrir o seu próprio processo para pedir dinheiro à pessoa que explorou você. Também pode pedir a qualquer pessoa que ganhou dinheiro com isso sabendo o que acontecia.
caveat-stayed_during_criminal_case = Se houver um processo criminal sobre o mesmo crime, o seu processo precisa esperar até esse processo terminar.
protection-us-flsa-s_16_b-back_wages = Receber de volta os salários que não pagaram
protection-us-flsa-s_16_b-back_wages-gives = Você pode pedir o salário mínimo e as horas extras que devem a você, e mais o mesmo valor de novo como dinheiro extra.
caveat-any_immigration_status = O governo diz que isto vale mesmo que você não tenha documentos. Mas alguns tribunais limitam outros tipos de pagamento perdido para trabalhadores sem documentos.

## Canadá
protection-ca-irpa-s_24-vtip_trp_until_2025 = Autorização para ficar no Canadá (regras antigas)
protection-ca-irpa-s_24-vtip_trp_until_2025-gives = Você pode pedir uma autorização para ficar no Canadá legalmente por um tempo. Assim, pode descansar, se recuperar e decidir o que fazer depois.
protection-ca-irpa-s_24-vtip_trp = Autorização para ficar no Canadá
protection-ca-irpa-s_24-vtip_trp-gives = Você pode pedir uma autorização para ficar no Canadá legalmente, para poder ficar em segurança, se recuperar e planejar o que fazer depois.
protection-ca-ircc_vtip-subsequent_trp-further_permit = Uma nova autorização para continuar no país
protection-ca-ircc_vtip-subsequent_trp-further_permit-gives = Quando a sua autorização estiver acabando, você pode pedir uma nova para ficar mais tempo no Canadá.
caveat-later_permits_refused_after_criminal_case = As regras dizem que você não precisa ajudar a polícia. Mas algumas pessoas tiveram uma nova autorização recusada depois que o processo criminal terminou.
protection-ca-ircc_vtip-interim_federal_health-health_coverage = Atendimento de saúde enquanto você tem a autorização
protection-ca-ircc_vtip-interim_federal_health-health_coverage-gives = Você pode receber atendimento de saúde e apoio psicológico pagos pelo governo.
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit = Autorização para trabalhar no Canadá
protection-ca-ircc_vtip-work_permit-fee_exempt_work_permit-gives = Você pode pedir uma autorização que permite trabalhar legalmente no Canadá, para ganhar dinheiro com segurança.

## Austrália
protection-au-stpp-intensive_support_stream-support = Apoio com moradia, saúde e orientação
protection-au-stpp-intensive_support_stream-support-gives = Você pode receber um lugar seguro para morar, atendimento de saúde, apoio psicológico e um intérprete. Também pode receber orientação sobre a lei e os vistos, e um profissional de apoio para ajudar você.
caveat-afp_referral_required = Você só pode receber este apoio se a Australian Federal Police indicar você para ele.
protection-au-stpp-additional_referral_pathway-referral_without_police = Receber ajuda sem ir à polícia
protection-au-stpp-additional_referral_pathway-referral_without_police-gives = Você pode conversar com um serviço de apoio sobre como ficar em segurança e receber orientação jurídica gratuita. Eles podem ajudar você a entrar no programa de apoio sem ir à polícia.
caveat-under_16_without_guardian_referred_to_child_protection = Se você tiver menos de 16 anos e nenhum adulto de confiança cuidar de você, o serviço precisa encaminhar você para a proteção à criança e para a polícia.
protection-au-stpp-additional_referral_pathway_extension-referral_without_police = Receber ajuda sem a polícia (continuação)
protection-au-stpp-additional_referral_pathway_extension-referral_without_police-gives = Você pode conversar com um serviço de apoio sobre como ficar em segurança e receber orientação jurídica gratuita. Eles podem ajudar você a entrar no programa de apoio sem ir à polícia.
caveat-extension_end_date_unknown = Esta forma de receber ajuda foi prorrogada, mas não sabemos quando termina, então confira se ela ainda está aberta.
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa = Visto curto para descansar e se recuperar
protection-au-migration_regulations_1994-sch_2_060-bridging_f_visa-gives = Você pode receber um visto curto para ficar na Austrália legalmente enquanto descansa, se recupera e pensa no que fazer depois.
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa = Visto permanente para ficar na Austrália
protection-au-migration_regulations_1994-sch_2_852-referred_stay_permanent_visa-gives = Você pode conseguir ficar na Austrália de vez e construir a sua vida aqui.
caveat-certificate_of_contribution_required = Você precisa de um documento do governo dizendo que já ajudou num caso policial ou num julgamento; estar disposto a ajudar não basta.

## Nomes das fontes jurídicas
instrument-gb-msa_2015 = UK Modern Slavery Act 2015 (lei britânica sobre a escravidão moderna)
instrument-gb-naba_2022 = UK Nationality and Borders Act 2022 (lei britânica sobre nacionalidade e fronteiras)
instrument-gb-nrm_guidance = UK Home Office guidance on the National Referral Mechanism, 2009 (orientações do Ministério do Interior britânico sobre o Mecanismo Nacional de Encaminhamento)
instrument-us-ina = US Immigration and Nationality Act of 1952 (lei dos EUA sobre imigração e nacionalidade)
instrument-us-tvpa_2000 = US Trafficking Victims Protection Act of 2000 (lei dos EUA de proteção às vítimas de tráfico)
instrument-us-usc_18 = US Code, Title 18: Crimes and Criminal Procedure, 1948 (Código dos EUA, Título 18: crimes e processo penal)
instrument-us-t_rule_2002 = US rule on T nonimmigrant status, 8 CFR 214.11, 2002 (regra dos EUA sobre o status T de não imigrante)
instrument-us-t_rule_2024 = US final rule on T nonimmigrant status, 8 CFR 214.200-214.216, 2024 (regra final dos EUA sobre o status T de não imigrante)
instrument-us-u_rule_2007 = US rule on U nonimmigrant status, 8 CFR 214.14, 2007 (regra dos EUA sobre o status U de não imigrante)
instrument-us-flsa = US Fair Labor Standards Act of 1938 (lei dos EUA sobre normas justas de trabalho)
instrument-ca-irpa = Immigration and Refugee Protection Act, Canadá, 2001 (lei canadense de imigração e proteção dos refugiados)
instrument-ca-ircc_vtip = Instruções do IRCC sobre autorizações de residência temporária para vítimas de tráfico de pessoas (Canadá, 2006)
instrument-au-stpp = Australian Support for Trafficked People Program, 2004 (programa australiano de apoio a pessoas traficadas)
instrument-au-migration_regulations_1994 = Australian Migration Regulations 1994 (regulamento australiano de migração)

## Pedidos de pagamento: as leis que fixam salários mínimos e prazos, e o que um advogado deve saber sobre cada valor
instrument-au-fair_work_act_2009 = Fair Work Act 2009 (Austrália; lei australiana sobre trabalho justo)
instrument-ca-clc = Canada Labour Code, 1985 (Código do Trabalho do Canadá)
instrument-gb-nmwa_1998 = National Minimum Wage Act 1998 (lei britânica do salário mínimo nacional)
instrument-gb-nmw_regs_2015 = National Minimum Wage Regulations 2015 (regulamento britânico do salário mínimo nacional)
instrument-gb-era_1996 = Employment Rights Act 1996 (lei britânica sobre direitos no emprego)
instrument-gb-limitation_act_1980 = Limitation Act 1980 (lei britânica sobre prazos de prescrição)
instrument-gb-cics_2012 = Criminal Injuries Compensation Scheme 2012 (programa britânico de indenização para vítimas de crimes violentos)
instrument-us-portal_to_portal_act = Portal-to-Portal Act of 1947 (lei dos EUA sobre o tempo de trabalho que deve ser pago)
caveat-above_compulsory_school_age = Este valor só começa depois que o jovem terminou a escola obrigatória, e não no aniversário de 16 anos.
caveat-apprentice_rate_conditions = Um valor mais baixo para aprendizes não foi incluído. Ele vale só para aprendizes com menos de 19 anos, ou no primeiro ano. Todos os outros recebem o valor da sua idade.
caveat-au_awards_set_higher_minima = A maioria dos trabalhadores tem uma convenção coletiva ou acordo com um mínimo mais alto, então muitas vezes há mais a receber. Trabalhadores com menos de 21 anos e aprendizes têm os seus próprios valores, que não são contados aqui.
caveat-au_state_victims_schemes_vary = Cada estado e território tem os seus próprios pagamentos para vítimas de crimes, com o seu próprio prazo. Nenhum é contado aqui.
caveat-ca_federal_complaint_24_month_cap = Esta reclamação é só para empregos regidos pela lei federal. Ela só pode recuperar o pagamento dos 24 meses antes da reclamação. Outros trabalhadores reclamam pela lei da sua província.
caveat-ca_federal_sectors_only = Este valor federal é só para empregos em setores federais, como bancos, companhias aéreas e transporte entre províncias. A maioria dos trabalhadores tem o valor da sua província. Se ele for mais alto, é esse que é devido.
caveat-ca_overtime_daily_limit_and_exemptions = Horas extras também são devidas por mais de 8 horas num só dia. Gerentes e alguns empregos seguem outras regras.
caveat-cics_exceptions_and_crime_of_violence = Este programa só paga por lesões causadas por um crime violento na Grã-Bretanha. Outros prazos valem para abusos na infância. Um pedido atrasado pode ser aceito em casos especiais.
caveat-counts_back_from_notice = Os seis anos são contados para trás a partir do dia em que o fiscal envia a notificação, e não de quando você reclama. Então, uma autoridade lenta diminui o que pode ser recuperado.
caveat-each_payment_separately = Cada pagamento a menos tem os seus próprios seis anos, então os meses mais antigos vencem primeiro.
caveat-early_conciliation_and_two_year_backstop = Os três meses ficam mais longos enquanto você passa pela conciliação prévia (ACAS). Mas um tribunal do trabalho só pode conceder o que foi tirado nos dois anos antes do seu pedido.
caveat-good_faith_may_reduce = Um tribunal pode reduzir ou recusar o valor extra se o empregador mostrar que agiu de boa-fé.
caveat-live_in_domestic_workers_exempt = Um trabalhador doméstico que mora na casa do empregador não tem direito a horas extras. Ele continua tendo direito ao mínimo por cada hora. Isto não vale quando uma agência é a empregadora.
caveat-nmw_exclusions = Algumas pessoas não têm direito a salário mínimo, por exemplo, quem mora com a família para quem trabalha e é tratado como parte dela. Um advogado pode verificar isso.
caveat-state_and_local_minimums_often_higher = Este é só o mínimo federal. Muitos estados e cidades têm um mínimo mais alto, e o mais alto é o devido. Não temos esses valores.
caveat-ten_years_after_18_if_minor = Se você tinha menos de 18 anos, pode fazer o pedido até 10 anos depois do seu aniversário de 18 anos, se isso for mais tarde.
caveat-three_years_if_willful = O prazo é de três anos se o empregador sabia que estava desrespeitando a lei. Cada pagamento a menos tem o seu próprio prazo, então as semanas mais antigas vencem primeiro.

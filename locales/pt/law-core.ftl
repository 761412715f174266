# Entitle: Portuguese. Messages for the legal data of the United Nations, ILO, Council of Europe and European Union layers and the international baseline. Written by the Entitle team.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Nações Unidas
protection-un-palermo_tip-art_6_3-recovery_assistance = Ajuda para se recuperar depois do dano
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = Você pode receber um lugar seguro para morar, atendimento de saúde e ajuda num idioma que você entende.
protection-un-palermo_tip-art_6_6-compensation = Dinheiro pelo dano que fizeram a você
protection-un-palermo_tip-art_6_6-compensation-gives = Você pode pedir dinheiro para compensar o dano que sofreu.
protection-un-palermo_tip-art_7-permission_to_remain = Permissão para ficar no país
protection-un-palermo_tip-art_7-permission_to_remain-gives = Você pode receber permissão para ficar no país por um tempo, ou por mais tempo.
protection-un-palermo_tip-art_8-safe_return = Voltar para casa em segurança
protection-un-palermo_tip-art_8-safe_return-gives = Se você quiser voltar para casa, pode pedir ajuda para viajar de volta em segurança.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = Nenhuma punição só por ter sido trazido de forma clandestina
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = Você não deve ser acusado de um crime só porque alguém fez você entrar no país de forma clandestina.
protection-un-smuggling_protocol-art_16-protection_from_violence = Proteção contra a violência
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = Você pode pedir proteção se alguém machucar ou ameaçar você. Se a sua vida ou a sua segurança estiver em perigo, você pode pedir ajuda.
protection-un-refugee_convention-art_33-non_refoulement = Não ser mandado de volta ao perigo
protection-un-refugee_convention-art_33-non_refoulement-gives = Você pode pedir para não ser mandado para um país onde a sua vida ou a sua liberdade estaria em perigo.
protection-un-cat-art_3-no_return_to_torture = Não ser mandado de volta para a tortura
protection-un-cat-art_3-no_return_to_torture-gives = Você pode pedir para não ser mandado para um país onde você poderia ser torturado.
protection-un-crc-art_39-child_recovery = Cuidado e recuperação para crianças
protection-un-crc-art_39-child_recovery-gives = Crianças que foram machucadas ou usadas podem receber cuidados para se recuperar no corpo e na mente, num lugar seguro.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = Pagamento justo mesmo sem documentos
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = Você pode pedir o mesmo pagamento e as mesmas regras de trabalho que os trabalhadores do país, mesmo que não tenha documentos.
caveat-shall_consider = O país precisa considerar dar isto a você, mas não é obrigado a dar.
caveat-other_offences_still_possible = Você ainda pode ser acusado por outras coisas que fez e que são crimes nesse país.
instrument-un-icrmw = Convenção Internacional sobre a Proteção dos Direitos de Todos os Trabalhadores Migrantes e dos Membros das Suas Famílias (1990)
instrument-un-palermo_tip = Protocolo da ONU relativo ao Tráfico de Pessoas (Protocolo de Palermo, 2000)
instrument-un-smuggling_protocol = Protocolo da ONU relativo ao Combate ao Tráfico de Migrantes por Via Terrestre, Marítima e Aérea (2000)
instrument-un-refugee_convention = Convenção da ONU relativa ao Estatuto dos Refugiados (1951)
instrument-un-cat = Convenção da ONU contra a Tortura (1984)
instrument-un-crc = Convenção da ONU sobre os Direitos da Criança (1989)
instrument-unhcr-gip_7 = Diretrizes do ACNUR sobre Proteção Internacional nº 7: vítimas de tráfico (2006)

## Organização Internacional do Trabalho
protection-ilo-p29-art_3-identification_and_recovery = Ajuda para se libertar e se recuperar
protection-ilo-p29-art_3-identification_and_recovery-gives = Você pode receber ajuda para sair do trabalho forçado, um lugar seguro para ficar e atendimento de saúde.
protection-ilo-p29-art_4_1-remedies_and_compensation = Dinheiro pelo trabalho forçado
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = Você pode pedir dinheiro pelo dano que fizeram a você e pelo pagamento que você não recebeu.
protection-ilo-p29-art_4_2-non_punishment = Nenhuma punição pelo que obrigaram você a fazer
protection-ilo-p29-art_4_2-non_punishment-gives = Você pode não ser punido por coisas que foi obrigado a fazer enquanto estava em trabalho forçado.
instrument-ilo-c189 = Convenção sobre o Trabalho Decente para as Trabalhadoras e os Trabalhadores Domésticos, 2011 (nº 189), da OIT
instrument-ilo-fl_indicators = Indicadores de Trabalho Forçado da OIT (2012)
instrument-ilo-icls_2018_fl = Diretrizes da OIT sobre a medição do trabalho forçado (2018)
instrument-ilo-c29 = Convenção sobre o Trabalho Forçado ou Obrigatório, 1930 (nº 29), da OIT
instrument-ilo-p29 = Protocolo de 2014 relativo à Convenção sobre o Trabalho Forçado, da OIT
instrument-ilo-fair_recruitment = Princípios Gerais e Diretrizes Operacionais da OIT para o Recrutamento Equitativo (2019)
instrument-ilo-delphi_2009 = Indicadores Operacionais do Tráfico de Seres Humanos da OIT e da Comissão Europeia (2009)

## Conselho da Europa
protection-coe-ecat-art_10_2-no_removal_during_identification = Não ser retirado do país enquanto o seu caso é examinado
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = Você não deve ser mandado para fora do país enquanto as autoridades verificam o que aconteceu com você.
protection-coe-ecat-art_10_3-presumed_child = Tratado como criança se a idade não estiver clara
protection-coe-ecat-art_10_3-presumed_child-gives = Se ninguém tem certeza da sua idade, você pode ser tratado como criança e receber proteção para crianças enquanto descobrem a sua idade.
protection-coe-ecat-art_12-assistance = Ajuda com moradia, saúde e orientação
protection-coe-ecat-art_12-assistance-gives = Você pode receber um lugar seguro para morar, atendimento de saúde, um intérprete e orientação sobre os seus direitos. Você não precisa ser testemunha para receber esta ajuda.
protection-coe-ecat-art_13-recovery_period = Tempo para descansar e se recuperar
protection-coe-ecat-art_13-recovery_period-gives = Você pode ter um tempo para descansar, se sentir mais seguro e decidir o que fazer. Você não deve ser mandado embora durante esse tempo.
protection-coe-ecat-art_14-residence_permit = Permissão para ficar por um tempo
protection-coe-ecat-art_14-residence_permit-gives = Você pode receber uma autorização para morar no país por um tempo, e pode pedir para renová-la.
protection-coe-ecat-art_15-compensation_and_legal_aid = Dinheiro pelo dano e ajuda jurídica
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = Você pode receber informação e ajuda jurídica, e pode pedir dinheiro às pessoas que fizeram mal a você.
protection-coe-ecat-art_16-safe_return = Voltar para casa em segurança
protection-coe-ecat-art_16-safe_return-gives = Se você quiser voltar para casa, pode pedir ajuda para voltar em segurança, com atenção à sua segurança e aos seus direitos.
protection-coe-ecat-art_26-non_punishment = Nenhuma punição pelo que obrigaram você a fazer
protection-coe-ecat-art_26-non_punishment-gives = Você pode não ser punido por crimes que foi obrigado a cometer.
caveat-state_chooses_personal_or_cooperation = Cada país decide por que dá esta autorização: por causa da sua situação pessoal, porque você ajuda a polícia, ou pelos dois motivos.
instrument-coe-ecat = Convenção do Conselho da Europa relativa à Luta contra o Tráfico de Seres Humanos (2005)
instrument-coe-echr = Convenção Europeia dos Direitos Humanos (1950)
instrument-echr-siliadin = Siliadin c. França, Corte Europeia de Direitos Humanos (2005)

## União Europeia
protection-eu-directive_2011_36-art_11-assistance = Ajuda com moradia, saúde e idioma
protection-eu-directive_2011_36-art_11-assistance-gives = Você pode receber um lugar seguro para morar, atendimento de saúde e um intérprete. Você não precisa ajudar a polícia para receber esta ajuda.
protection-eu-directive_2011_36-art_8-non_prosecution = Nenhuma punição pelo que obrigaram você a fazer
protection-eu-directive_2011_36-art_8-non_prosecution-gives = Você pode não ser acusado nem punido por crimes que foi obrigado a cometer.
protection-eu-directive_2011_36-art_12-free_legal_representation = Advogado e orientação jurídica gratuitos
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = Você pode receber orientação jurídica, e um advogado gratuito se não puder pagar.
protection-eu-directive_2011_36-art_13_2-presumed_child = Tratado como criança se a idade não estiver clara
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = Se ninguém tem certeza da sua idade, você pode ser tratado como criança e receber ajuda para crianças imediatamente.
protection-eu-directive_2011_36-art_17-compensation = Dinheiro pelo dano que fizeram a você
protection-eu-directive_2011_36-art_17-compensation-gives = Você pode pedir dinheiro ao fundo do país para vítimas de crimes violentos, para compensar o dano que fizeram a você.
protection-eu-directive_2004_81-art_6-reflection_period = Tempo para pensar e se recuperar
protection-eu-directive_2004_81-art_6-reflection_period-gives = Você pode ter um tempo para se recuperar, se afastar das pessoas que fizeram mal a você e decidir se quer ajudar a polícia.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = Autorização para ficar enquanto você ajuda
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = Você pode receber uma autorização para ficar no país enquanto ajuda a polícia ou um tribunal no caso.
protection-eu-directive_2009_52-art_6-back_pay = O pagamento que o seu empregador deve a você
protection-eu-directive_2009_52-art_6-back_pay-gives = Você pode cobrar do seu empregador o pagamento que não recebeu, mesmo que não tivesse direito de trabalhar.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = Autorização para ficar depois de um trabalho muito ruim
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = Se você denunciar um empregador que tratou você muito mal, pode receber uma autorização para ficar enquanto o caso continua.
protection-eu-directive_2012_29-art_8-victim_support = Apoio gratuito depois de um crime
protection-eu-directive_2012_29-art_8-victim_support-gives = Você pode receber apoio e orientação gratuitos e confidenciais de um serviço de apoio, mesmo que não denuncie o crime.
caveat-may_grant = O país tem permissão para dar isto a você, mas não é obrigado.
instrument-eu-directive_2011_36 = Diretiva Antitráfico da UE 2011/36/UE
instrument-eu-directive_2024_1712 = Diretiva (UE) 2024/1712 que altera a Diretiva Antitráfico da UE
instrument-eu-directive_2004_81 = Diretiva 2004/81/CE da UE sobre o título de residência para vítimas do tráfico de seres humanos
instrument-eu-directive_2009_52 = Diretiva 2009/52/CE da UE sobre sanções contra empregadores
instrument-eu-directive_2012_29 = Diretiva 2012/29/UE da UE sobre os direitos das vítimas

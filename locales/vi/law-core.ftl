# Entitle: Vietnamese. Messages for the legal data of the United Nations, ILO, Council of Europe and European Union layers and the international baseline.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Liên Hợp Quốc
protection-un-palermo_tip-art_6_3-recovery_assistance = Giúp đỡ để phục hồi sau khi bị hại
protection-un-palermo_tip-art_6_3-recovery_assistance-gives = Bạn có thể được một chỗ ở an toàn, được chăm sóc sức khỏe, và được giúp đỡ bằng ngôn ngữ mà bạn hiểu.
protection-un-palermo_tip-art_6_6-compensation = Tiền bồi thường cho những thiệt hại bạn phải chịu
protection-un-palermo_tip-art_6_6-compensation-gives = Bạn có thể đòi tiền bồi thường cho những thiệt hại bạn đã phải chịu.
protection-un-palermo_tip-art_7-permission_to_remain = Được phép ở lại trong nước
protection-un-palermo_tip-art_7-permission_to_remain-gives = Bạn có thể được phép ở lại trong nước một thời gian, hoặc lâu hơn.
protection-un-palermo_tip-art_8-safe_return = Về nhà an toàn
protection-un-palermo_tip-art_8-safe_return-gives = Nếu bạn muốn về nhà, bạn có thể xin được giúp đỡ để trở về an toàn.
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled = Không bị phạt chỉ vì đã bị đưa vào trái phép
protection-un-smuggling_protocol-art_5-not_liable_for_being_smuggled-gives = Bạn không nên bị buộc tội chỉ vì có người đã đưa bạn vào nước này trái phép.
protection-un-smuggling_protocol-art_16-protection_from_violence = Được bảo vệ khỏi bạo lực
protection-un-smuggling_protocol-art_16-protection_from_violence-gives = Bạn có thể xin được bảo vệ nếu có người làm hại hoặc đe dọa bạn. Nếu tính mạng hoặc sự an toàn của bạn gặp nguy hiểm, bạn có thể xin được giúp đỡ.
protection-un-refugee_convention-art_33-non_refoulement = Không bị gửi trả về nơi nguy hiểm
protection-un-refugee_convention-art_33-non_refoulement-gives = Bạn có thể xin không bị gửi đến một nước mà ở đó tính mạng hoặc tự do của bạn sẽ gặp nguy hiểm.
protection-un-cat-art_3-no_return_to_torture = Không bị gửi trả về nơi có thể bị tra tấn
protection-un-cat-art_3-no_return_to_torture-gives = Bạn có thể xin không bị gửi đến một nước mà ở đó bạn có thể bị tra tấn.
protection-un-crc-art_39-child_recovery = Chăm sóc và chữa lành cho trẻ em
protection-un-crc-art_39-child_recovery-gives = Trẻ em đã bị làm hại hoặc bị lợi dụng có thể được chăm sóc để lành lại cả thể chất lẫn tinh thần, ở một nơi an toàn.
protection-un-icrmw-art_25-equal_pay_even_if_irregular = Được trả lương công bằng kể cả khi không có giấy tờ
protection-un-icrmw-art_25-equal_pay_even_if_irregular-gives = Bạn có thể đòi được trả lương và hưởng các quy định về làm việc như người lao động trong nước, kể cả khi bạn không có giấy tờ.
caveat-shall_consider = Nhà nước phải xem xét việc cho bạn điều này, nhưng không bắt buộc phải cho.
caveat-other_offences_still_possible = Bạn vẫn có thể bị buộc tội vì những việc khác bạn đã làm mà là tội phạm ở nước đó.
instrument-un-icrmw = Công ước quốc tế về bảo vệ quyền của tất cả người lao động di trú và các thành viên trong gia đình họ (1990)
instrument-un-palermo_tip = Nghị định thư của Liên Hợp Quốc về chống mua bán người (Nghị định thư Palermo, 2000)
instrument-un-smuggling_protocol = Nghị định thư của Liên Hợp Quốc về chống đưa người di cư trái phép bằng đường bộ, đường biển và đường không (2000)
instrument-un-refugee_convention = Công ước của Liên Hợp Quốc về vị thế của người tị nạn (1951)
instrument-un-cat = Công ước của Liên Hợp Quốc về chống tra tấn (1984)
instrument-un-crc = Công ước của Liên Hợp Quốc về quyền trẻ em (1989)
instrument-unhcr-gip_7 = Hướng dẫn của UNHCR về bảo vệ quốc tế số 7: Nạn nhân của mua bán người (2006)

## Tổ chức Lao động Quốc tế
protection-ilo-p29-art_3-identification_and_recovery = Giúp đỡ để thoát ra và phục hồi
protection-ilo-p29-art_3-identification_and_recovery-gives = Bạn có thể được giúp để thoát khỏi lao động cưỡng bức, được một chỗ ở an toàn và được chăm sóc sức khỏe.
protection-ilo-p29-art_4_1-remedies_and_compensation = Tiền bồi thường cho lao động cưỡng bức
protection-ilo-p29-art_4_1-remedies_and_compensation-gives = Bạn có thể đòi tiền bồi thường cho những thiệt hại bạn phải chịu và cho tiền lương bạn chưa được trả.
protection-ilo-p29-art_4_2-non_punishment = Không bị phạt vì những việc bạn bị ép phải làm
protection-ilo-p29-art_4_2-non_punishment-gives = Bạn có thể không bị phạt vì những việc bạn bị ép phải làm trong khi bị lao động cưỡng bức.
instrument-ilo-c189 = Công ước của ILO về lao động giúp việc gia đình, 2011 (số 189)
instrument-ilo-fl_indicators = Các chỉ số của ILO về lao động cưỡng bức (2012)
instrument-ilo-icls_2018_fl = Hướng dẫn của ILO về đo lường lao động cưỡng bức (2018)
instrument-ilo-c29 = Công ước của ILO về lao động cưỡng bức, 1930 (số 29)
instrument-ilo-p29 = Nghị định thư năm 2014 của ILO bổ sung Công ước về lao động cưỡng bức
instrument-ilo-fair_recruitment = Các nguyên tắc chung và hướng dẫn thực hiện của ILO về tuyển dụng công bằng (2019)
instrument-ilo-delphi_2009 = Các chỉ số thực hành của ILO và Ủy ban châu Âu về mua bán người (2009)

## Hội đồng châu Âu
protection-coe-ecat-art_10_2-no_removal_during_identification = Không bị trục xuất khi vụ việc của bạn đang được xem xét
protection-coe-ecat-art_10_2-no_removal_during_identification-gives = Bạn không nên bị đưa ra khỏi nước này trong khi cơ quan có thẩm quyền đang xem xét những gì đã xảy ra với bạn.
protection-coe-ecat-art_10_3-presumed_child = Được coi là trẻ em nếu chưa rõ tuổi
protection-coe-ecat-art_10_3-presumed_child-gives = Nếu không ai chắc bạn bao nhiêu tuổi, bạn có thể được coi là trẻ em và được bảo vệ như trẻ em trong khi họ tìm hiểu.
protection-coe-ecat-art_12-assistance = Giúp đỡ về chỗ ở, sức khỏe và tư vấn
protection-coe-ecat-art_12-assistance-gives = Bạn có thể được một chỗ ở an toàn, được chăm sóc sức khỏe, có người phiên dịch và được tư vấn về các quyền của bạn. Bạn không cần phải làm nhân chứng để được giúp đỡ này.
protection-coe-ecat-art_13-recovery_period = Thời gian để nghỉ ngơi và phục hồi
protection-coe-ecat-art_13-recovery_period-gives = Bạn có thể có thời gian để nghỉ ngơi, cảm thấy an toàn hơn và quyết định phải làm gì. Bạn không nên bị đưa đi trong thời gian này.
protection-coe-ecat-art_14-residence_permit = Được phép ở lại một thời gian
protection-coe-ecat-art_14-residence_permit-gives = Bạn có thể được cấp giấy phép để sống trong nước này một thời gian, và bạn có thể xin gia hạn.
protection-coe-ecat-art_15-compensation_and_legal_aid = Tiền bồi thường và giúp đỡ pháp lý
protection-coe-ecat-art_15-compensation_and_legal_aid-gives = Bạn có thể được cung cấp thông tin và được giúp đỡ pháp lý, và bạn có thể đòi tiền bồi thường từ những người đã làm hại bạn.
protection-coe-ecat-art_16-safe_return = Về nhà an toàn
protection-coe-ecat-art_16-safe_return-gives = Nếu bạn muốn về nhà, bạn có thể xin được giúp đỡ để trở về an toàn, có chú ý đến sự an toàn và các quyền của bạn.
protection-coe-ecat-art_26-non_punishment = Không bị phạt vì những việc bạn bị ép phải làm
protection-coe-ecat-art_26-non_punishment-gives = Bạn có thể không bị phạt vì những tội mà bạn bị ép phải làm.
caveat-state_chooses_personal_or_cooperation = Mỗi nước tự quyết định lý do cấp giấy phép này: vì hoàn cảnh riêng của bạn, vì bạn giúp cảnh sát, hoặc cả hai.
instrument-coe-ecat = Công ước của Hội đồng châu Âu về hành động chống mua bán người (2005)
instrument-coe-echr = Công ước châu Âu về nhân quyền (1950)
instrument-echr-siliadin = Vụ Siliadin kiện Pháp, Tòa án Nhân quyền châu Âu (2005)

## Liên minh châu Âu
protection-eu-directive_2011_36-art_11-assistance = Giúp đỡ về chỗ ở, sức khỏe và ngôn ngữ
protection-eu-directive_2011_36-art_11-assistance-gives = Bạn có thể được một chỗ ở an toàn, được chăm sóc sức khỏe và có người phiên dịch. Bạn không cần phải giúp cảnh sát để được giúp đỡ này.
protection-eu-directive_2011_36-art_8-non_prosecution = Không bị phạt vì những việc bạn bị ép phải làm
protection-eu-directive_2011_36-art_8-non_prosecution-gives = Bạn có thể không bị buộc tội hoặc không bị phạt vì những tội mà bạn bị ép phải làm.
protection-eu-directive_2011_36-art_12-free_legal_representation = Luật sư và tư vấn pháp lý miễn phí
protection-eu-directive_2011_36-art_12-free_legal_representation-gives = Bạn có thể được tư vấn pháp lý, và có luật sư miễn phí nếu bạn không có khả năng trả tiền.
protection-eu-directive_2011_36-art_13_2-presumed_child = Được coi là trẻ em nếu chưa rõ tuổi
protection-eu-directive_2011_36-art_13_2-presumed_child-gives = Nếu không ai chắc bạn bao nhiêu tuổi, bạn có thể được coi là trẻ em và được giúp đỡ dành cho trẻ em ngay lập tức.
protection-eu-directive_2011_36-art_17-compensation = Tiền bồi thường cho những thiệt hại bạn phải chịu
protection-eu-directive_2011_36-art_17-compensation-gives = Bạn có thể xin tiền từ quỹ của nhà nước dành cho nạn nhân của tội phạm bạo lực, để bù đắp những thiệt hại bạn phải chịu.
protection-eu-directive_2004_81-art_6-reflection_period = Thời gian để suy nghĩ và phục hồi
protection-eu-directive_2004_81-art_6-reflection_period-gives = Bạn có thể có thời gian để phục hồi, tránh xa những người đã làm hại bạn, và quyết định xem bạn có muốn giúp cảnh sát hay không.
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation = Giấy phép ở lại trong khi bạn giúp đỡ
protection-eu-directive_2004_81-art_8-residence_permit_for_cooperation-gives = Bạn có thể được cấp giấy phép để ở lại trong nước trong khi bạn giúp cảnh sát hoặc tòa án trong vụ việc.
protection-eu-directive_2009_52-art_6-back_pay = Tiền lương chủ còn nợ bạn
protection-eu-directive_2009_52-art_6-back_pay-gives = Bạn có thể đòi chủ trả tiền lương bạn chưa nhận được, kể cả khi bạn không có quyền làm việc.
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions = Giấy phép ở lại sau khi làm việc trong điều kiện rất tệ
protection-eu-directive_2009_52-art_13_4-permit_for_exploitative_conditions-gives = Nếu bạn khiếu nại một người chủ đã đối xử rất tệ với bạn, bạn có thể được cấp giấy phép để ở lại trong khi vụ việc đang diễn ra.
protection-eu-directive_2012_29-art_8-victim_support = Hỗ trợ miễn phí sau một tội phạm
protection-eu-directive_2012_29-art_8-victim_support-gives = Bạn có thể được một dịch vụ hỗ trợ giúp đỡ và tư vấn miễn phí, kín đáo, kể cả khi bạn không tố giác tội phạm.
caveat-may_grant = Nhà nước được phép cho bạn điều này, nhưng không bắt buộc phải cho.
instrument-eu-directive_2011_36 = Chỉ thị 2011/36/EU của EU về chống mua bán người
instrument-eu-directive_2024_1712 = Chỉ thị (EU) 2024/1712 sửa đổi Chỉ thị của EU về chống mua bán người
instrument-eu-directive_2004_81 = Chỉ thị 2004/81/EC của EU về giấy phép cư trú cho nạn nhân của mua bán người
instrument-eu-directive_2009_52 = Chỉ thị 2009/52/EC của EU về xử phạt người sử dụng lao động
instrument-eu-directive_2012_29 = Chỉ thị 2012/29/EU của EU về quyền của nạn nhân

# Entitle: Vietnamese. Messages for the legal data of Germany, the Netherlands, Italy, Spain and France.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Đức
protection-de-aufenthg-s_59_7-reflection_period = Thời gian để nghỉ ngơi và quyết định
protection-de-aufenthg-s_59_7-reflection_period-gives = Bạn có thể được ở lại Đức một thời gian để nghỉ ngơi và được hỗ trợ. Bạn có thể dành thời gian để quyết định xem bạn có muốn làm chứng về những gì đã xảy ra hay không.
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses = Giấy phép ở lại với tư cách nhân chứng
protection-de-aufenthg-s_25_4a-residence_permit_for_witnesses-gives = Bạn có thể được cấp giấy phép để sống ở Đức trong khi vụ án hình sự chống lại những người đã làm hại bạn đang diễn ra.
caveat-prosecutor_must_deem_presence_appropriate = Công tố viên hoặc tòa án phải đồng ý rằng họ cần bạn ở lại trong nước cho vụ án. Chúng tôi không thể biết họ có đồng ý hay không.
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment = Giấy phép ở lại sau khi làm việc bất hợp pháp trong điều kiện rất bất công
protection-de-aufenthg-s_25_4b-residence_permit_illegal_employment-gives = Bạn có thể được cấp giấy phép để sống ở Đức trong khi vụ án hình sự về công việc của bạn và về chủ của bạn đang diễn ra.
instrument-de-aufenthg = Luật Cư trú của Đức 2004 (AufenthG)

## Hà Lan
protection-nl-vc_2000-b8_3-reflection_period = Thời gian để nghỉ ngơi, có chỗ ở và được hỗ trợ
protection-nl-vc_2000-b8_3-reflection_period-gives = Bạn có thể được ở lại Hà Lan một thời gian, có một chỗ ngủ an toàn và có tiền để sống. Trong thời gian đó, bạn có thể quyết định xem bạn có muốn tố giác tội phạm hay không.
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit = Giấy phép ở lại trong khi vụ án đang diễn ra
protection-nl-vb_2000-art_3_48_1_a-temporary_residence_permit-gives = Bạn có thể được cấp miễn phí giấy phép để sống ở Hà Lan trong khi cảnh sát điều tra và vụ án hình sự đang diễn ra.
caveat-exempt_from_cooperation_if_unable = Nếu bạn không thể giúp cảnh sát vì bạn bị bệnh, chưa đủ 18 tuổi hoặc đang gặp nguy hiểm nghiêm trọng, bạn vẫn có thể được cấp giấy phép này.
protection-nl-vb_2000-art_3_51_1_k-continued_residence = Tiếp tục ở lại sau khi vụ án kết thúc
protection-nl-vb_2000-art_3_51_1_k-continued_residence-gives = Bạn có thể được cấp giấy phép để tiếp tục sống ở Hà Lan sau khi vụ án hình sự đã kết thúc.
caveat-after_conviction_or_three_years = Thường thì điều này đòi hỏi có người bị kết tội trong vụ án của bạn, hoặc bạn đã có giấy phép cư trú dành cho nạn nhân mua bán người được ba năm.
instrument-nl-vw_2000 = Luật Người nước ngoài của Hà Lan 2000 (Vw 2000)
instrument-nl-vb_2000 = Nghị định về Người nước ngoài của Hà Lan 2000 (Vb 2000)
instrument-nl-vc_2000 = Thông tư về Người nước ngoài của Hà Lan 2000 (Vc 2000)

## Ý
protection-it-tui-art_18-special_permit_social_track = Giấy phép đặc biệt thông qua một nhóm hỗ trợ
protection-it-tui-art_18-special_permit_social_track-gives = Bạn có thể được cấp giấy phép để sống và làm việc ở Ý, và tham gia một chương trình giúp bạn được an toàn và xây dựng cuộc sống mới.
caveat-concrete_danger_assessed_by_authority = Giám đốc cảnh sát phải quyết định rằng bạn đang thật sự gặp nguy hiểm. Chúng tôi không hỏi về điều này, nên không thể biết nó có phù hợp với bạn hay không.
protection-it-tui-art_18-special_permit_judicial_track = Giấy phép đặc biệt thông qua một vụ án hình sự
protection-it-tui-art_18-special_permit_judicial_track-gives = Bạn có thể được cấp giấy phép để sống và làm việc ở Ý, và tham gia một chương trình giúp bạn được an toàn và xây dựng cuộc sống mới.
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation = Giấy phép nếu bạn tố giác người chủ đã bóc lột bạn nặng nề
protection-it-tui-art_22_12_quater-permit_for_labour_exploitation-gives = Bạn có thể được cấp giấy phép để sống ở Ý trong khi vụ án hình sự chống lại chủ của bạn đang diễn ra.
caveat-particularly_exploitative_conditions_only = Điều này chỉ dành cho công việc bị bóc lột đặc biệt khắc nghiệt, là mức cao hơn các dấu hiệu mà chúng tôi xem xét.
protection-it-tui-art_18_ter-permit_for_labour_exploitation = Giấy phép cho người lao động đã bị bóc lột
protection-it-tui-art_18_ter-permit_for_labour_exploitation-gives = Bạn có thể được cấp giấy phép để sống và làm việc ở Ý sau khi bạn giúp làm rõ sự thật về cách bạn bị đối xử ở nơi làm việc.
caveat-judicial_authority_or_labour_inspectorate_covers_family = Công tố viên hoặc thẩm phán phải yêu cầu, hoặc thanh tra lao động phải ủng hộ. Giấy phép cũng có thể áp dụng cho các thành viên gia đình bạn.
instrument-it-tui = Luật Hợp nhất về Nhập cư của Ý, Nghị định lập pháp 286/1998 (TUI)
instrument-it-dl_145_2024 = Sắc lệnh-Luật 145/2024 của Ý (Sắc lệnh về dòng người nhập cư)
instrument-it-dl_146_2025 = Sắc lệnh-Luật 146/2025 của Ý (Sắc lệnh về dòng người nhập cư 2025)
instrument-it-dpr_394_1999 = Sắc lệnh Tổng thống 394/1999 của Ý (Quy chế thi hành Luật Nhập cư)

## Tây Ban Nha
protection-es-loex-art_59_bis-reflection_period = Thời gian để phục hồi và quyết định
protection-es-loex-art_59_bis-reflection_period-gives = Bạn có thể được ở lại Tây Ban Nha một thời gian để phục hồi và suy nghĩ về việc giúp cảnh sát. Các thủ tục trục xuất bạn nên được tạm dừng trong thời gian này.
protection-es-loex-art_59_bis-exemption_from_immigration_infraction = Không bị phạt vì ở Tây Ban Nha mà không có giấy tờ
protection-es-loex-art_59_bis-exemption_from_immigration_infraction-gives = Bạn có thể được miễn khoản tiền phạt hoặc việc trục xuất mà bạn có thể phải chịu vì ở Tây Ban Nha mà không có giấy tờ hợp lệ.
protection-es-loex-art_59_bis-permit_personal_situation = Giấy phép vì hoàn cảnh riêng của bạn
protection-es-loex-art_59_bis-permit_personal_situation-gives = Bạn có thể được cấp giấy phép để sống và làm việc ở Tây Ban Nha vì hoàn cảnh riêng của bạn, kể cả khi bạn không giúp cảnh sát.
caveat-after_exemption_from_liability = Trước hết, cơ quan có thẩm quyền phải quyết định không phạt bạn vì ở Tây Ban Nha mà không có giấy tờ. Sau đó, thường thì bạn có thể xin giấy phép này.
protection-es-loex-art_59_bis-permit_for_cooperation = Giấy phép vì đã giúp cảnh sát hoặc tòa án
protection-es-loex-art_59_bis-permit_for_cooperation-gives = Bạn có thể được cấp giấy phép để sống và làm việc ở Tây Ban Nha vì bạn giúp cuộc điều tra hoặc vụ án tại tòa.
protection-es-loex-art_59-permit_for_cooperation_against_networks = Giấy phép vì đã giúp chặn các băng nhóm bóc lột
protection-es-loex-art_59-permit_for_cooperation_against_networks-gives = Bạn có thể được cấp giấy phép để sống và làm việc ở Tây Ban Nha, và được miễn hình phạt vì ở lại mà không có giấy tờ.
instrument-es-loex = Luật Người nước ngoài của Tây Ban Nha, Luật tổ chức 4/2000 (LOEX)
instrument-es-rloex = Quy chế Người nước ngoài của Tây Ban Nha, Sắc lệnh Hoàng gia 557/2011 (RLOEX)
instrument-es-rloex_2024 = Quy chế Người nước ngoài của Tây Ban Nha, Sắc lệnh Hoàng gia 1155/2024 (có hiệu lực từ ngày 20 tháng 5 năm 2025)

## Pháp
protection-fr-ceseda-r_425_2-reflection_period = Thời gian để nghỉ ngơi và suy nghĩ
protection-fr-ceseda-r_425_2-reflection_period-gives = Bạn có thể được cấp một giấy tờ cho phép bạn ở lại Pháp trong khi bạn nghỉ ngơi và quyết định xem có muốn nộp đơn tố cáo hay không. Giấy tờ này cũng có thể cho phép bạn làm việc.
protection-fr-ceseda-l_425_1-temporary_residence_card = Thẻ cư trú nếu bạn tố cáo hoặc làm chứng
protection-fr-ceseda-l_425_1-temporary_residence_card-gives = Bạn có thể được cấp thẻ để sống và làm việc ở Pháp trong khi vụ án hình sự đang diễn ra.
caveat-complaint_or_testimony_required = Bạn phải nộp đơn tố cáo với cảnh sát hoặc làm chứng trong vụ án. Chỉ nói rằng bạn sẵn lòng giúp là chưa đủ.
protection-fr-ceseda-l_425_2-allowance = Tiền để sống
protection-fr-ceseda-l_425_2-allowance-gives = Bạn có thể được nhận tiền đều đặn để giúp trả tiền ăn và các nhu cầu cơ bản khác.
protection-fr-ceseda-l_425_3-resident_card = Thẻ cư trú dài hạn
protection-fr-ceseda-l_425_3-resident_card-gives = Bạn có thể được cấp thẻ để sống và làm việc ở Pháp trong nhiều năm.
caveat-only_after_final_conviction = Điều này chỉ có thể xảy ra khi người bị buộc tội đã bị tòa án kết tội bằng bản án cuối cùng. Chúng tôi không thể biết phiên tòa sẽ kết thúc ra sao.
protection-fr-ceseda-l_425_4-exit_programme_permit = Giấy phép trong khi tham gia chương trình rời bỏ mại dâm
protection-fr-ceseda-l_425_4-exit_programme_permit-gives = Bạn có thể được cấp giấy phép để ở lại Pháp, kèm theo sự giúp đỡ để bắt đầu cuộc sống mới, không còn bán dâm.
caveat-only_for_prostitution_exit_programme = Điều này chỉ dành cho những người đã ngừng bán dâm. Họ phải theo một kế hoạch chính thức để rời bỏ mại dâm, cùng với một nhóm hỗ trợ.
instrument-fr-ceseda = Bộ luật của Pháp về nhập cảnh và cư trú của người nước ngoài và quyền tị nạn (CESEDA, bản năm 2020)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-de-milog = Luật Lương tối thiểu (Mindestlohngesetz, MiLoG, 2014)
instrument-de-bgb = Bộ luật Dân sự (Bürgerliches Gesetzbuch, BGB)
instrument-de-sgb_14 = Bộ luật Xã hội, Quyển XIV: Bồi thường xã hội (SGB XIV, 2019)
instrument-es-et_2015 = Luật về Người lao động (Estatuto de los Trabajadores, 2015)
instrument-es-ley_35_1995 = Luật 35/1995 về trợ giúp nạn nhân của tội phạm bạo lực và tội phạm tình dục
instrument-fr-code_travail = Bộ luật Lao động (Code du travail)
instrument-fr-code_procedure_penale = Bộ luật Tố tụng hình sự (Code de procédure pénale)
instrument-it-cc = Bộ luật Dân sự (Codice civile)
instrument-it-l_228_2003 = Luật 228/2003 về các biện pháp chống mua bán người
instrument-nl-wml = Luật Lương tối thiểu và Phụ cấp nghỉ phép tối thiểu (Wet minimumloon en minimumvakantiebijslag)
instrument-nl-bw_3 = Bộ luật Dân sự, Quyển 3 (Burgerlijk Wetboek)
instrument-nl-wsg = Luật về Quỹ bồi thường cho nạn nhân tội phạm bạo lực (Wet schadefonds geweldsmisdrijven)
caveat-backdating_limit_not_a_bar = Sau một năm bạn vẫn có thể nộp đơn. Nhưng bạn chỉ được trả tiền từ tháng bạn nộp đơn, trừ khi bạn không thể nộp đơn sớm hơn.
caveat-each_month_runs_separately = Tiền lương của mỗi tháng có thời hạn năm năm riêng, nên những tháng cũ nhất sẽ hết hạn trước. Một văn bản đòi tiền gửi cho chủ sẽ làm thời hạn được tính lại từ đầu.
caveat-es_domestic_hourly_external_only = Mức tối thiểu theo giờ cho người giúp việc gia đình được trả lương theo giờ và không ở lại nhà chủ không được tính ở đây. Người giúp việc ở lại nhà chủ được hưởng mức tối thiểu theo tháng.
caveat-es_each_payment_own_year_interruptible = Mỗi khoản lương chưa trả phải được đòi trong vòng một năm kể từ ngày phải trả lương, nên những tháng cũ nhất sẽ hết hạn trước. Một yêu cầu chính thức gửi cho chủ, hoặc việc xin hòa giải, sẽ làm thời hạn một năm được tính lại từ đầu.
caveat-es_ley_35_1995_serious_harm_only_interrupted_by_proceedings = Khoản trợ giúp này chỉ dành cho các tội phạm bạo lực gây chết người hoặc gây tổn hại nghiêm trọng, và cho các tội phạm tình dục. Thời hạn tạm dừng trong khi vụ án hình sự đang diễn ra.
caveat-es_smi_floor_14_payments = Mức tối thiểu được trả thành 14 lần mỗi năm. Hai lần trả thêm không được tính ở đây, nên số tiền còn nợ có thể nhiều hơn.
caveat-fr_civi_prosecution_extends_relief_possible = Nếu có vụ án hình sự, bạn vẫn có thể nộp đơn trong vòng một năm sau quyết định cuối cùng. Ủy ban có thể chấp nhận đơn nộp muộn nếu có lý do chính đáng. Với trẻ em, thời hạn bắt đầu tính từ khi đủ 18 tuổi.
caveat-fr_smic_floor_mayotte_minors = Đây là mức tối thiểu cho nước Pháp chính quốc. Mayotte có mức thấp hơn. Các thỏa ước thường đòi hỏi mức cao hơn. Một số người lao động trẻ tuổi và người học nghề có thể được trả thấp hơn.
caveat-fr_wage_claim_each_payday_three_years_before_end = Tiền lương của mỗi tháng phải được đòi trong vòng ba năm, nên những tháng cũ nhất sẽ hết hạn trước. Sau khi công việc kết thúc, bạn có thể đòi cho ba năm cuối cùng của công việc đó.
caveat-intentional_injury_damages_only = Thời hạn 30 năm chỉ dành cho việc đòi bồi thường thiệt hại do cố ý gây ra cho tính mạng, thân thể, sức khỏe hoặc tự do của bạn. Thời hạn này không dành cho tiền lương chưa trả.
caveat-it_longer_if_crime = Nếu thiệt hại đó cũng là một tội phạm có thời hạn dài hơn, như mua bán người hoặc nô lệ, thì yêu cầu bồi thường thiệt hại cũng có thời hạn dài hơn đó.
caveat-it_wage_limit_private_sector_interruptible = Thời hạn năm năm chỉ bắt đầu tính từ khi kết thúc công việc đối với chủ tư nhân. Mỗi văn bản đòi tiền sẽ làm thời hạn năm năm được tính lại từ đầu.
caveat-late_application_if_reasonable = Quỹ vẫn có thể chấp nhận đơn nộp muộn nếu đơn được nộp ngay khi bạn có thể làm được một cách hợp lý. Quỹ chỉ trả tiền cho thương tích nghiêm trọng do một tội phạm bạo lực gây ra.
caveat-monthly_minimum_for_full_time_week = Trước năm 2024, mức tối thiểu là một số tiền theo tháng cho một tuần làm việc toàn thời gian. Chúng tôi tính theo tuần 40 giờ, là tuần làm việc thông thường dài nhất. Nếu tuần làm việc ngắn hơn, số tiền còn nợ sẽ nhiều hơn.
caveat-runs_from_end_of_year = Thời hạn ba năm bắt đầu tính từ cuối năm mà tiền lương đến hạn phải trả. Việc khởi kiện ra tòa sẽ làm thời hạn dừng lại.
caveat-runs_from_knowledge_longer_against_offender = Thời hạn năm năm bắt đầu tính từ khi bạn biết về thiệt hại và biết ai đã gây ra. Yêu cầu đối với người phạm tội có thời hạn ít nhất bằng thời gian mà người đó còn có thể bị truy tố.
caveat-sector_minimum_wages_and_exclusions = Một số ngành có mức tối thiểu cao hơn. Mức tối thiểu này không áp dụng cho người dưới 18 tuổi chưa qua đào tạo nghề, người học nghề, một số thực tập sinh và tình nguyện viên.
caveat-youth_minimum_not_encoded = Người lao động dưới 21 tuổi có mức tối thiểu thấp hơn, không được tính ở đây.

# Entitle: Vietnamese. Messages for the legal data of the Philippines, Qatar, Thailand and ASEAN.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Philippines
protection-ph-ra_9208-s_17-not_penalised = Không bị phạt vì những tội bạn bị ép phải làm
protection-ph-ra_9208-s_17-not_penalised-gives = Bạn không nên bị phạt vì những tội mà kẻ mua bán người đã bắt bạn làm, hoặc những tội xảy ra do bạn bị mua bán.
protection-ph-ra_9208-s_18-witness_protection = Được bảo vệ với tư cách nhân chứng
protection-ph-ra_9208-s_18-witness_protection-gives = Bạn có thể được tham gia chương trình của chính phủ để giữ an toàn cho nhân chứng, ví dụ được một chỗ ở an toàn.
protection-ph-ra_9208-s_19-continued_presence = Được phép ở lại Philippines
protection-ph-ra_9208-s_19-continued_presence-gives = Bạn có thể được phép ở lại Philippines một thời gian, để bạn không phải rời khỏi nước này ngay lập tức.
protection-ph-ra_9208-s_19-assistance = Được giúp đỡ như những người Philippines đã vượt qua cảnh bị mua bán
protection-ph-ra_9208-s_19-assistance-gives = Bạn có thể được hưởng cùng sự bảo vệ, giúp đỡ và dịch vụ mà người Philippines ở hoàn cảnh như bạn được hưởng.
protection-ph-ra_9208-s_3_a-child_without_means = Trẻ em không cần chứng minh bị ép buộc hay bị lừa
protection-ph-ra_9208-s_3_a-child_without_means-gives = Bạn không cần phải chứng minh rằng có người đã ép buộc, lừa gạt hoặc đe dọa bạn. Những gì đã xảy ra với bạn vẫn có thể được coi là mua bán người.
caveat-section_number_from_2003_act = Số điều này lấy từ luật năm 2003, và những sửa đổi sau này của luật có thể đã chuyển chỗ hoặc thay đổi quy định này.
caveat-tied_to_prosecution = Bạn được ở lại bao lâu tùy thuộc vào những gì vụ án chống lại kẻ mua bán người cần, không chỉ tùy thuộc vào những gì bạn cần.
caveat-child_includes_adults_unable_to_protect_themselves = Luật cũng coi một số người lớn như trẻ em, nếu vì bệnh tật hoặc khuyết tật mà họ không thể tự giữ an toàn cho mình. Ứng dụng này không hỏi về điều đó.
instrument-ph-ra_9208 = Anti-Trafficking in Persons Act of 2003 (Philippines, Republic Act No. 9208; Luật Chống mua bán người năm 2003)
instrument-ph-ra_10364 = Expanded Anti-Trafficking in Persons Act of 2012 (Philippines, Republic Act No. 10364; Luật Chống mua bán người mở rộng năm 2012)
instrument-ph-ra_11862 = Expanded Anti-Trafficking in Persons Act of 2022 (Philippines, Republic Act No. 11862; Luật Chống mua bán người mở rộng năm 2022)

## Qatar
protection-qa-law_17_2020-art_2-minimum_wage = Mức lương tối thiểu cho mọi người lao động
protection-qa-law_17_2020-art_2-minimum_wage-gives = Mỗi tháng bạn phải được trả ít nhất một mức lương cơ bản, cộng thêm tiền ăn và tiền nhà ở nếu chủ không cung cấp cho bạn những thứ này.
protection-qa-law_18_2020-law-change_employer_without_noc = Đổi chủ mà không cần chủ cho phép
protection-qa-law_18_2020-law-change_employer_without_noc-gives = Bạn có thể chuyển sang làm cho một chủ mới trước khi hợp đồng hết hạn, mà không cần thư cho phép của chủ hiện tại.
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit = Rời khỏi Qatar mà không cần chủ cho phép
protection-qa-law_13_2018-law_21_2015_art_7-leave_without_exit_permit-gives = Bạn có thể rời khỏi Qatar, đi ngắn ngày hoặc đi hẳn, mà không cần xin chủ giấy phép xuất cảnh.
protection-qa-law_13_2017-committees-wage_claim = Đòi tiền lương chưa trả tại ủy ban lao động
protection-qa-law_13_2017-committees-wage_claim-gives = Bạn có thể nộp đơn lên một ủy ban lao động đặc biệt để đòi tiền lương và các khoản tiền khác mà chủ còn nợ bạn.
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages = Một quỹ trả tiền lương mà chủ không chịu trả
protection-qa-law_17_2018-art_1-fund_pays_awarded_wages-gives = Nếu bạn thắng trong việc đòi tiền lương mà chủ vẫn không trả, một quỹ của chính phủ có thể trả số tiền đó cho bạn.
protection-qa-law_15_2011-art_2-identification_as_victim = Được công nhận là người bị mua bán
protection-qa-law_15_2011-art_2-identification_as_victim-gives = Bạn có thể được công nhận là người đã bị mua bán. Điều này có thể mở đường cho sự bảo vệ, như một nơi tạm lánh an toàn.
caveat-amounts_reviewed_yearly = Chính phủ xem xét lại các số tiền này ít nhất mỗi năm một lần, nên chúng có thể đã thay đổi kể từ lần cuối chúng tôi kiểm tra.
caveat-which_law_removed_noc_disputed = Các nguồn không thống nhất về việc luật nào năm 2020 đã bỏ yêu cầu phải có sự cho phép của chủ, nên chúng tôi nêu cả hai luật.
caveat-domestic_workers_from_2020_and_five_percent_exception = Người giúp việc gia đình chỉ được đưa vào từ tháng 1 năm 2020. Chủ vẫn có thể chỉ định một số ít nhân viên phải xin phép họ mới được rời đi. Một ủy ban xem xét các khiếu nại.
caveat-domestic_workers_coverage_not_checked = Chúng tôi chưa kiểm tra xem người giúp việc gia đình có thể đưa yêu cầu của họ lên các ủy ban này hay không.
caveat-payment_conditions_and_caps = Quỹ chỉ trả tiền trong một số trường hợp nhất định, và có báo cáo cho biết có giới hạn về số tiền quỹ trả.
caveat-victim_protection_articles_not_verified = Chúng tôi không đọc được các phần của luật này về việc bảo vệ người bị mua bán, nên các chi tiết ở đây chưa được xác nhận.
instrument-qa-law_17_2020 = Luật số 17 năm 2020 của Qatar về lương tối thiểu
instrument-qa-law_18_2020 = Luật số 18 năm 2020 của Qatar sửa đổi Luật Lao động
instrument-qa-law_19_2020 = Luật số 19 năm 2020 của Qatar sửa đổi Luật về nhập cảnh, xuất cảnh và cư trú của người nước ngoài
instrument-qa-law_13_2018 = Luật số 13 năm 2018 của Qatar sửa đổi Luật về nhập cảnh, xuất cảnh và cư trú của người nước ngoài
instrument-qa-law_13_2017 = Luật số 13 năm 2017 của Qatar sửa đổi Luật Lao động (các Ủy ban giải quyết tranh chấp lao động)
instrument-qa-law_17_2018 = Luật số 17 năm 2018 của Qatar thành lập Quỹ hỗ trợ và bảo hiểm người lao động
instrument-qa-law_15_2011 = Luật số 15 năm 2011 của Qatar về chống mua bán người

## Thái Lan
protection-th-atipa_2551-s_33-assistance = Nơi tạm lánh, chăm sóc sức khỏe và các giúp đỡ khác
protection-th-atipa_2551-s_33-assistance-gives = Bạn có thể được cho ăn, có chỗ ở, được chăm sóc y tế, được giúp để phục hồi, được giúp đỡ pháp lý, và được giúp để về nhà.
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid = Được thông báo về tiền bồi thường và giúp đỡ pháp lý
protection-th-atipa_2551-s_34-told_of_compensation_and_legal_aid-gives = Cán bộ cần cho bạn biết ngay rằng bạn có thể đòi tiền bồi thường cho những thiệt hại bạn phải chịu, và rằng bạn có thể được giúp đỡ pháp lý.
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor = Công tố viên có thể đòi bồi thường thay cho bạn
protection-th-atipa_2551-s_35-compensation_claimed_by_prosecutor-gives = Nếu bạn muốn được bồi thường cho những thiệt hại bạn phải chịu, công tố viên có thể yêu cầu tòa án thay cho bạn.
protection-th-atipa_2551-s_37-temporary_stay_and_work = Được phép ở lại và làm việc một thời gian
protection-th-atipa_2551-s_37-temporary_stay_and_work-gives = Bạn có thể được phép ở lại Thái Lan một thời gian, và được làm việc trong thời gian ở đó.
protection-th-atipa_2551-s_38-return_home = Được giúp để về nhà an toàn
protection-th-atipa_2551-s_38-return_home-gives = Bạn có thể được giúp để trở về nước mình càng sớm càng tốt.
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences = Không bị buộc tội vì vào hoặc ở lại mà không có giấy tờ
protection-th-atipa_2551-s_41-no_prosecution_for_immigration_offences-gives = Bạn không nên bị buộc tội vì đã vào hoặc ở lại Thái Lan mà không được phép, hoặc vì có giấy tờ giả hoặc sai.
caveat-purpose_limited_stay = Việc ở lại là cho những việc như vụ án tại tòa, chữa bệnh, phục hồi hoặc đòi tiền bồi thường. Chúng tôi không biết thời gian ở lại kéo dài bao lâu, hoặc có phải lúc nào cũng được cho phép hay không.
caveat-minister_may_permit_prosecution = Bộ trưởng Bộ Tư pháp vẫn có thể cho phép buộc tội bạn, nhưng phải làm việc đó bằng văn bản.
instrument-th-atipa_2551 = Luật Chống mua bán người của Thái Lan B.E. 2551 (2008)

## ASEAN
protection-asean-actip-art_14_8-no_unreasonable_detention = Không bị giam giữ khi không có lý do chính đáng
protection-asean-actip-art_14_8-no_unreasonable_detention-gives = Bạn không nên bị giữ lại hoặc bị giam giữ khi không có lý do chính đáng.
caveat-identified_victims_only = Điều này chỉ giúp những người mà cơ quan có thẩm quyền đã xác định là bị mua bán. Quyết định đó phải có trước.
instrument-asean-actip = Công ước ASEAN về phòng, chống buôn bán người, đặc biệt là phụ nữ và trẻ em (2015)

## Pay claims: the laws that set minimum wages and time limits, and what a lawyer should know of each figure
instrument-ph-labor_code = Bộ luật Lao động Philippines (Labor Code of the Philippines, 1974)
instrument-ph-ra_7309 = Republic Act No. 7309 (Philippines; Hội đồng giải quyết yêu cầu bồi thường, Board of Claims, 1992)
instrument-qa-labour_law_14_2004 = Luật Lao động, Luật số 14 năm 2004 (Qatar)
instrument-qa-law_15_2017 = Luật số 15 năm 2017 về người giúp việc gia đình (Qatar)
instrument-th-lpa_2541 = Luật Bảo vệ lao động B.E. 2541 (1998) (Thái Lan)
instrument-th-ccc_book1_2535 = Bộ luật Dân sự và Thương mại, Quyển I (bản sửa đổi B.E. 2535) (Thái Lan)
instrument-th-victim_compensation_act_2544 = Luật về tiền bồi thường cho người bị hại và tiền bồi thường, chi phí cho bị cáo trong vụ án hình sự B.E. 2544 (2001) (Thái Lan)
caveat-ph_board_of_claims_violent_crimes = Board of Claims chỉ chi trả cho nạn nhân của các tội phạm bạo lực, và nhiều nhất là 10.000 peso.
caveat-ph_money_claims_any_forum = Cùng một thời hạn ba năm áp dụng cho mọi yêu cầu đòi tiền liên quan đến công việc, dù được nộp ở đâu.
caveat-ph_ncr_only = Đây là mức tối thiểu chỉ dành cho Metro Manila. Các vùng khác có mức tối thiểu theo ngày riêng, thường thấp hơn. Chỉ dùng con số này cho công việc ở Metro Manila.
caveat-qa_domestic_workers_own_limit = Người giúp việc gia đình có luật riêng. Luật đó cũng cho thời hạn một năm kể từ khi hợp đồng kết thúc hoặc từ ngày họ rời đi.
caveat-qa_food_and_housing_allowances = Đây chỉ là lương cơ bản. Nếu chủ không cung cấp đồ ăn và chỗ ở tử tế, chủ còn nợ thêm 300 riyal mỗi tháng tiền ăn và 500 riyal tiền nhà ở.
caveat-qa_one_year_of_365_days_stopped_by_complaint = Yêu cầu phải được nộp trong vòng 365 ngày sau khi hợp đồng kết thúc. Thời hạn tạm dừng trong khi Bộ Lao động đang xem xét một khiếu nại.
caveat-qa_overtime_daily_night_and_exclusions = Tiền làm thêm giờ cũng được trả sau 8 giờ làm trong một ngày (6 giờ trong tháng Ramadan), và cao hơn vào ban đêm. Điều này không áp dụng cho người giúp việc gia đình. Nó không được tính ở đây.
caveat-th_each_unpaid_wage_runs_separately = Mỗi khoản lương chưa trả có thời hạn hai năm riêng, nên những tháng cũ nhất sẽ hết hạn trước. Nếu chủ thừa nhận món nợ bằng văn bản hoặc trả một phần, thời hạn hai năm được tính lại từ đầu.
caveat-th_fund_listed_crimes_from_knowledge = Nhà nước chỉ chi trả cho nạn nhân của một số tội phạm, như gây hại cho thân thể và các tội phạm tình dục. Thời hạn một năm bắt đầu tính từ khi bạn biết về tội phạm.
caveat-th_lowest_provincial_rate = Đây là mức tối thiểu theo ngày thấp nhất ở Thái Lan. Mức ở tỉnh của bạn thường cao hơn, và mức đó là mức được nợ.
caveat-th_overtime_daily_and_holiday = Tiền làm thêm giờ được trả sau số giờ làm bình thường của mỗi ngày, và làm việc vào ngày lễ được trả cao hơn. Điều này không được tính ở đây.

# Entitle: the results page's words (vi), kept apart from main.ftl so that the page words, which load before the first page, stay small.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no

## Kết quả
results-heading = Câu trả lời của bạn cho thấy điều gì
results-meta = Dựa trên các quy định { $code ->
        [GB] của Vương quốc Anh
        [US] của Hoa Kỳ
        [NL] của Hà Lan
        [PH] của Philippines
        [ZZ] của luật quốc tế
       *[other] của { $country }
    } vào ngày { $date }.
danger-call = Bấm để gọi số khẩn cấp. Bạn có thể gọi kể cả khi không có giấy tờ.
next-steps-heading = Bây giờ bạn có thể làm gì
next-step-why = Lý do: { $why }.
next-step-call_child_helpline = Gọi đường dây nóng dành cho trẻ em
next-step-call_child_helpline-say = Bạn có thể nói: “Tôi chưa đủ 18 tuổi và tôi cần giúp đỡ.”
next-step-call_trafficking_helpline = Gọi đường dây nóng dành cho người bị bóc lột
next-step-call_trafficking_helpline-say = Họ có thể tìm sự hỗ trợ cho bạn. Bạn có thể nói: “Tôi nghĩ tôi đang bị bóc lột và tôi cần giúp đỡ.”
next-step-ask_for_protection = Hỏi về sự bảo vệ, để bạn không bị gửi trả về nơi nguy hiểm
next-step-ask_for_protection-say = Bạn có thể nói: “Tôi sợ phải trở về nước mình.”
next-step-claim_unpaid_pay = Hỏi thanh tra lao động về tiền lương chưa được trả
next-step-claim_unpaid_pay-say = Bạn có thể nói: “Chủ của tôi chưa trả cho tôi số tiền còn nợ tôi.”
next-step-call_exploitation_helpline = Gọi đường dây nóng dành cho người lao động bị đối xử bất công
next-step-call_exploitation_helpline-say = Bạn có thể nói: “Tôi bị đối xử tệ ở nơi làm việc và tôi cần được tư vấn.”
next-step-get_legal_advice = Được tư vấn pháp lý miễn phí về các quyền của bạn
next-step-get_legal_advice-say = Bạn có thể nói: “Tôi cần được tư vấn về các quyền và giấy tờ của tôi.”
danger-local-number = Hãy gọi số khẩn cấp tại chỗ của nước bạn đang ở.
call-number = Gọi { $number }
text-number = Nhắn tin đến { $number }
results-signs-heading = Các dấu hiệu trong câu trả lời của bạn
results-signs-intro = Đây chỉ là các dấu hiệu. Đây không phải là một quyết định về bạn.
results-not-found = Các dấu hiệu chúng tôi không thấy
results-needs-heading = Những gì bạn có thể cần bây giờ
results-protections-heading = Các quyền có thể áp dụng
results-protections-none = Chúng tôi không tìm thấy sự bảo vệ nào ở đây phù hợp với câu trả lời của bạn. Các dịch vụ giúp đỡ bên dưới vẫn có thể giúp bạn.
results-protections-not = Các quyền không phù hợp với câu trả lời của bạn
rights-time_to_recover = Thời gian để nghỉ ngơi và phục hồi
rights-permission_to_stay = Được phép ở lại
rights-money_owed = Tiền bạn còn được nợ, và tiền bồi thường
rights-no_punishment = Không bị phạt vì những việc bạn bị ép phải làm
rights-no_sending_back = Không bị gửi trả về nơi nguy hiểm
rights-going_home = Về nhà an toàn
rights-childrens_rights = Quyền của trẻ em
rights-support_and_advice = Giúp đỡ, hỗ trợ và tư vấn
rights-rules = { $count ->
       *[other] Toàn văn { $count } quy định
    }
results-help-heading = Nơi tìm sự giúp đỡ
results-limits-heading = Những điều công cụ này không thể cho bạn biết
results-limits-body = Công cụ này chỉ cho thấy những gì câu trả lời của bạn gợi ra. Các quy định có thể thay đổi, và chúng tôi không hỏi về mọi điều. Hãy nói chuyện với luật sư hoặc một nhóm hỗ trợ trước khi bạn hành động.
results-print = In hoặc lưu thành PDF
start-again = Làm lại từ đầu và xóa câu trả lời của tôi
because-heading = Vì sao chúng tôi nói vậy
missing-heading = Trả lời câu này có thể làm thay đổi kết quả
sources-heading = Nguồn pháp lý
source-line = { $instrument }, điều { $article } (từ { $from })
source-secondary = Chỉ mới kiểm tra qua một nguồn thứ cấp.
source-unverified = Chưa được đối chiếu với văn bản chính thức.
delphi-met = Một cách kiểm tra thứ hai, các chỉ số của ILO và Ủy ban châu Âu, cũng cho thấy dấu hiệu mua bán người.
delphi-not-met = Một cách kiểm tra thứ hai, các chỉ số của ILO và Ủy ban châu Âu, không cho thấy dấu hiệu mua bán người với các câu trả lời này.
delphi-not-applicable = Không thể dùng cách kiểm tra thứ hai, các chỉ số của ILO và Ủy ban châu Âu, cho các câu trả lời này.

## Kết quả: một tiêu đề và một câu cho mỗi mức
finding-trafficking-title = Mua bán người
finding-trafficking-strong = Câu trả lời của bạn cho thấy dấu hiệu rõ của mua bán người.
finding-trafficking-some = Câu trả lời của bạn cho thấy một số dấu hiệu của mua bán người.
finding-trafficking-none_found = Câu trả lời của bạn không cho thấy dấu hiệu của mua bán người.
finding-trafficking-not_enough_information = Chúng tôi chưa biết đủ để nói có dấu hiệu của mua bán người hay không.
finding-forced_labour-title = Lao động cưỡng bức
finding-forced_labour-strong = Câu trả lời của bạn cho thấy dấu hiệu rõ của lao động cưỡng bức.
finding-forced_labour-some = Câu trả lời của bạn cho thấy một số dấu hiệu của lao động cưỡng bức.
finding-forced_labour-none_found = Câu trả lời của bạn không cho thấy dấu hiệu của lao động cưỡng bức.
finding-forced_labour-not_enough_information = Chúng tôi chưa biết đủ để nói có dấu hiệu của lao động cưỡng bức hay không.
finding-servitude-title = Tình trạng nô dịch
finding-servitude-strong = Câu trả lời của bạn cho thấy dấu hiệu rõ của tình trạng nô dịch: bị ép làm việc và sống dưới sự kiểm soát của người khác.
finding-servitude-some = Câu trả lời của bạn cho thấy một số dấu hiệu của tình trạng nô dịch: bị ép làm việc và sống dưới sự kiểm soát của người khác.
finding-servitude-none_found = Câu trả lời của bạn không cho thấy dấu hiệu của tình trạng nô dịch.
finding-servitude-not_enough_information = Chúng tôi chưa biết đủ để nói có dấu hiệu của tình trạng nô dịch hay không.
finding-labour_exploitation-title = Công việc bất công hoặc bị ngược đãi
finding-labour_exploitation-strong = Câu trả lời của bạn cho thấy dấu hiệu rõ của công việc bất công hoặc bị ngược đãi.
finding-labour_exploitation-some = Câu trả lời của bạn cho thấy một số dấu hiệu của công việc bất công hoặc bị ngược đãi.
finding-labour_exploitation-none_found = Câu trả lời của bạn không cho thấy dấu hiệu của công việc bất công hoặc bị ngược đãi.
finding-labour_exploitation-not_enough_information = Chúng tôi chưa biết đủ để nói có dấu hiệu của công việc bất công hoặc bị ngược đãi hay không.
finding-smuggling_abuse-title = Bị hại trên đường đi
finding-smuggling_abuse-strong = Câu trả lời của bạn cho thấy dấu hiệu rõ rằng bạn đã bị những người đưa bạn đi làm hại.
finding-smuggling_abuse-some = Câu trả lời của bạn cho thấy một số dấu hiệu rằng bạn đã bị những người đưa bạn đi làm hại.
finding-smuggling_abuse-none_found = Câu trả lời của bạn không cho thấy dấu hiệu bị hại trên đường đi.
finding-smuggling_abuse-not_enough_information = Chúng tôi chưa biết đủ để nói bạn có bị hại trên đường đi hay không.
finding-international_protection-title = Nguy hiểm nếu bạn trở về
finding-international_protection-strong = Câu trả lời của bạn cho thấy dấu hiệu rõ rằng bạn có thể cần được bảo vệ để không bị gửi trả về.
finding-international_protection-some = Câu trả lời của bạn cho thấy một số dấu hiệu rằng bạn có thể cần được bảo vệ để không bị gửi trả về.
finding-international_protection-none_found = Câu trả lời của bạn không cho thấy nỗi sợ phải trở về.
finding-international_protection-not_enough_information = Chúng tôi chưa biết đủ để nói bạn có cần được bảo vệ để không bị gửi trả về hay không.
finding-possible_child-title = Quyền của trẻ em
finding-possible_child-strong = Câu trả lời của bạn cho biết bạn chưa đủ 18 tuổi. Trẻ em có thêm các quyền khác.
finding-possible_child-some = Có thể bạn chưa đủ 18 tuổi, hoặc đã chưa đủ 18 tuổi khi việc này bắt đầu. Cho đến khi biết rõ tuổi của bạn, bạn cần được đối xử như một trẻ em.
finding-possible_child-none_found = Câu trả lời của bạn cho biết bạn đã đủ 18 tuổi trở lên.
finding-possible_child-not_enough_information = Chúng tôi chưa biết tuổi của bạn. Trẻ em có thêm các quyền khác.
finding-possible_child-not_enough_information-when_it_began = Chúng tôi chưa biết khi việc này bắt đầu bạn có dưới 18 tuổi hay không. Nếu có, các quyền của trẻ em vẫn có thể giúp bạn.

## Nhu cầu
need-immediate_safety = An toàn ngay lúc này
need-medical_care = Bác sĩ hoặc chăm sóc y tế
need-safe_housing = Một chỗ ở an toàn
need-interpretation = Người phiên dịch ngôn ngữ của bạn
need-legal_advice = Tư vấn của luật sư
need-children = Giúp đỡ cho trẻ em
need-going_home = Về nhà an toàn
need-fear_of_return = Được bảo vệ để không bị gửi trả về
need-unpaid_wages = Lấy lại tiền lương bạn còn được nợ

## Sự bảo vệ: tình trạng, điều kiện và sự việc
status-applies = Điều này áp dụng cho bạn dựa trên sự việc. Không ai cần phải quyết định.
status-may_apply = Điều này có thể áp dụng cho bạn. Một cơ quan có thẩm quyền sẽ quyết định.
status-needs_information = Điều này có thể áp dụng. Chúng tôi cần thêm câu trả lời để biết.
status-does_not_apply = Điều này không phù hợp với câu trả lời của bạn.
protection-conditions = Điều kiện cần có
protection-requires = Những gì phải xảy ra trước
condition-any-of = Chỉ cần một trong các điều sau:
protection-outside-scope = Điều này dành cho những người có câu trả lời cho thấy dấu hiệu của: { $signs }. Câu trả lời của bạn chưa cho thấy các dấu hiệu này. Điều này được nêu ở đây vì nó có thể đáp ứng một nhu cầu bạn đã cho chúng tôi biết.
requires-positive_reasonable_grounds_decision = Cơ quan xác định nạn nhân quyết định rằng có căn cứ hợp lý để tin bạn đã bị mua bán hoặc bị bóc lột.
requires-positive_conclusive_grounds_decision = Cơ quan xác định nạn nhân ra quyết định cuối cùng rằng bạn đã bị mua bán hoặc bị bóc lột.
requires-law_enforcement_request = Cảnh sát hoặc một cơ quan thực thi pháp luật khác yêu cầu điều này cho bạn.
protection-values = Bao lâu hoặc bao nhiêu
protection-decided-by = Ai quyết định
protection-how-to-ask = Cách xin
protection-cooperation = Bạn có phải giúp cảnh sát không?
protection-unknown = Chưa biết
protection-unverified = Quy định này chưa được đối chiếu với văn bản chính thức.
cooperation-required = Có, điều này đòi hỏi bạn phải giúp cảnh sát hoặc công tố viên.
cooperation-not-required = Không.
condition-met = (có)
condition-not-met = (không)
condition-unknown = (chưa biết)
condition-not_a_national = Bạn không phải là công dân của nước này
condition-third_country_national = Bạn không phải là công dân của một nước EU hoặc EEA, hay Thụy Sĩ
condition-irregular_status = Hiện giờ bạn không có giấy tờ để ở lại
condition-child = Bạn chưa đủ 18 tuổi, hoặc có thể chưa đủ 18 tuổi
condition-adult = Bạn đã đủ 18 tuổi trở lên
condition-cooperation = Bạn sẵn lòng giúp cảnh sát
condition-reported_to_police = Bạn đã báo cảnh sát
condition-fear_of_return = Bạn sợ phải trở về
condition-wants_to_go_home = Bạn muốn về nhà
condition-made_to_break_law = Bạn đã bị bắt làm việc phạm pháp
condition-smuggled = Bạn đã được những người đưa người di cư trái phép đưa vào
condition-owed_wages = Bạn còn được nợ tiền lương
condition-no_longer_there = Bạn không còn ở cùng những người đã bóc lột bạn
condition-particularly_exploitative = Công việc của bạn không an toàn, làm hại sức khỏe hoặc nhân phẩm của bạn, hoặc có quá nhiều giờ làm
condition-unable_to_cooperate = Sang chấn, bệnh tật hoặc nguy hiểm nghiêm trọng khiến bạn quá khó để giúp cảnh sát (cơ quan có thẩm quyền quyết định việc này)
decider-no_decision = Không ai cả: điều này có sẵn theo luật.
decider-competent_authority = Cơ quan quyết định ai là nạn nhân của mua bán người.
decider-immigration_authority = Cơ quan xuất nhập cảnh.
decider-police = Cảnh sát.
decider-prosecutor = Công tố viên.
decider-court = Tòa án.
decider-labour_inspectorate = Thanh tra lao động.
decider-child_protection = Cơ quan bảo vệ trẻ em.
decider-asylum_authority = Cơ quan xét đơn xin tị nạn.
decider-support_provider = Một tổ chức hỗ trợ.
referrer-self_ = Bạn có thể tự xin, tốt nhất là có luật sư giúp.
referrer-first_responder = Một người tiếp nhận ban đầu phải giới thiệu bạn: cảnh sát hoặc một tổ chức hỗ trợ được chỉ định.
referrer-police = Cảnh sát phải yêu cầu việc này.
referrer-prosecutor = Công tố viên phải yêu cầu việc này.
referrer-prosecutor_or_labour_inspectorate = Công tố viên hoặc thanh tra lao động phải yêu cầu việc này.
referrer-ngo = Một tổ chức hỗ trợ có thể giúp bạn xin.
referrer-lawyer = Luật sư có thể giúp bạn xin.
referrer-nobody = Bạn không cần phải xin.
value-amount_minor = Số tiền: { $value } { $currency }
value-annual_cap = Giới hạn mỗi năm: { $value ->
       *[other] { $value } người
    }
value-days = { $value ->
       *[other] { $value } ngày
    }
value-food_allowance_amount_minor = Tiền ăn: { $value } { $currency }
value-housing_allowance_amount_minor = Tiền nhà ở: { $value } { $currency }
value-initial_months = Thời gian đầu: { $value ->
       *[other] { $value } tháng
    }
value-initial_years = Thời gian đầu: { $value ->
       *[other] { $value } năm
    }
value-limitation_years = Thời hạn để đòi: { $value ->
       *[other] { $value } năm
    }
value-max_days = Tối đa { $value ->
       *[other] { $value } ngày
    }
value-max_months = Tối đa { $value ->
       *[other] { $value } tháng
    }
value-max_years = Tối đa { $value ->
       *[other] { $value } năm
    }
value-min_days = Ít nhất { $value ->
       *[other] { $value } ngày
    }
value-min_hourly_wage = Lương tối thiểu mỗi giờ: { $value } { $currency }
value-min_months = Ít nhất { $value ->
       *[other] { $value } tháng
    }
value-months = { $value ->
       *[other] { $value } tháng
    }
value-notice_months = Thời gian báo trước: { $value ->
       *[other] { $value } tháng
    }
value-notice_months_after_two_years = Thời gian báo trước sau hai năm làm việc: { $value ->
       *[other] { $value } tháng
    }
value-presumed_min_months = Công việc của bạn được coi là đã kéo dài ít nhất { $value ->
       *[other] { $value } tháng
    }
value-renewal_months = Gia hạn: { $value ->
       *[other] { $value } tháng
    }
value-years = { $value ->
       *[other] { $value } năm
    }
value-years_in_scheme = Sau { $value ->
       *[other] { $value } năm
    }

## Giúp đỡ
help-kind-emergency = Khẩn cấp
help-kind-trafficking_helpline = Đường dây nóng về mua bán người
help-kind-exploitation_helpline = Đường dây nóng về bóc lột lao động
help-kind-labour_inspectorate = Thanh tra lao động: khiếu nại về công việc và tiền lương
help-kind-legal_aid = Trợ giúp pháp lý miễn phí
help-kind-ngo = Tổ chức hỗ trợ
help-kind-asylum = Giúp đỡ về tị nạn và người tị nạn
help-kind-child_helpline = Đường dây nóng dành cho trẻ em
help-kind-international = Danh bạ quốc tế
hours-always = Mở cửa cả ngày lẫn đêm, tất cả các ngày.
hours-days = Mở cửa { $days }, từ { $opens } đến { $closes }.
days-mon_fri = từ thứ Hai đến thứ Sáu
days-mon_sat = từ thứ Hai đến thứ Bảy
days-every_day = tất cả các ngày
help-interpreters = Có phiên dịch cho nhiều ngôn ngữ.
help-languages = Ngôn ngữ: { $languages }
help-free = Miễn phí.
help-checked = Thông tin đã được kiểm tra ngày { $date }.
help-not-checked = Thông tin này chưa được kiểm tra.
help-more = Chi tiết
help-from-site = Do { $name }, đơn vị quản lý trang này, cung cấp.
help-from-this-site = Do tổ chức quản lý trang này cung cấp.
help-meets = Có thể giúp về: { $needs }

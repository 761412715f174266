# Entitle: Vietnamese. The words of the pay claim on the results and of the case summary for a lawyer.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Fetched after the first page, with the law's words.

claim-heading = Tiền lương bạn có thể còn được nợ
claim-lead-owed_against_minimum = Với { $months } { $months ->
       *[other] tháng
    } làm việc, câu trả lời của bạn cho thấy bạn còn được nợ khoảng { $amount } so với mức lương tối thiểu theo luật.
claim-lead-owed_against_promise = Với { $months } { $months ->
       *[other] tháng
    } làm việc, câu trả lời của bạn cho thấy bạn còn được nợ khoảng { $amount } so với mức đã hứa với bạn.
claim-no-figure = Chúng tôi không tính ra được con số từ câu trả lời của bạn. Bản tóm tắt cho biết còn thiếu những gì.
claim-deadline-next = Thời hạn đầu tiên còn mở sẽ hết vào ngày { $date } ({ $route }).
claim-deadline-soon = Hãy hành động sớm: một thời hạn sẽ hết vào ngày { $date } ({ $route }).
claim-deadline-passed = Một số thời hạn có thể đã hết. Luật sư có thể vẫn tìm được cách.
summary-open = Xem bản tóm tắt dành cho luật sư
route-labour_inspectorate = thanh tra lao động
route-labour_tribunal = tòa án lao động hoặc tòa lao động
route-civil_court = tòa án dân sự
route-criminal_compensation = tòa án hình sự
route-state_fund = quỹ nhà nước dành cho nạn nhân của tội phạm
summary-heading = Tóm tắt vụ việc cho luật sư hoặc nhân viên hỗ trợ
summary-intro = Được tạo trên thiết bị này vào ngày { $date } từ chính câu trả lời của người đó, theo các quy định { $code ->
        [GB] của Vương quốc Anh
        [US] của Hoa Kỳ
        [NL] của Hà Lan
        [PH] của Philippines
        [ZZ] của luật quốc tế
       *[other] của { $country }
    }. Bản này cho thấy các dấu hiệu, không phải các quyết định.
summary-chronology = Những gì đã xảy ra
stage-recruitment = Tuyển dụng
stage-journey = Chuyến đi
stage-work = Công việc
stage-leaving_and_now = Rời đi, và hiện nay
summary-signs = Các dấu hiệu trong câu trả lời, và các yếu tố pháp lý của chúng
summary-no-signs = Câu trả lời không cho thấy dấu hiệu nào.
presence-present = có
presence-absent = không có
presence-unknown = chưa biết
element-act = Hành vi: tuyển mộ, vận chuyển, chuyển giao hoặc chứa chấp người đó
element-means = Thủ đoạn: đe dọa, vũ lực, lừa gạt hoặc lạm dụng quyền lực
element-purpose = Mục đích: bóc lột
element-child = Người đó dưới 18 tuổi
element-under_18 = Người đó dưới 18 tuổi hoặc có thể dưới 18 tuổi
element-menace_of_penalty = Bị đe dọa làm hại hoặc trừng phạt
element-involuntary = Công việc không tự nguyện
element-coercion = Cưỡng ép
element-cannot_change_situation = Không thể thay đổi hoàn cảnh
element-lives_at_workplace = Sống ở nơi do chủ quyết định
element-wages_withheld = Tiền lương bị giữ lại
element-pay_below_promise = Tiền lương thấp hơn mức đã hứa
element-large_deductions = Bị trừ những khoản lớn vào lương
element-excessive_hours = Giờ làm rất dài
element-recruitment_fees = Phải trả phí để có việc
element-smuggled = Bị người khác đưa qua biên giới trái phép
element-fear_of_return = Sợ phải trở về
element-protected_reason = Một lý do được luật về người tị nạn bảo vệ
element-documents_kept = Hộ chiếu hoặc giấy tờ tùy thân bị người khác giữ
element-unsafe_or_degrading = Công việc không an toàn hoặc điều kiện sống hạ thấp nhân phẩm
element-violence_at_work = Bạo lực ở nơi làm việc
element-harmed_or_held = Bị làm hại hoặc bị giữ lại trên đường đi
summary-indicators = Các chỉ số của ILO về lao động cưỡng bức, và các khía cạnh của ILO–EU
summary-no-indicators = Câu trả lời không cho thấy chỉ số nào của ILO.
indicator-ilo-fl-abuse_of_vulnerability = Lạm dụng tình trạng dễ bị tổn thương
indicator-ilo-fl-deception = Lừa gạt
indicator-ilo-fl-restriction_of_movement = Hạn chế di chuyển
indicator-ilo-fl-isolation = Cô lập
indicator-ilo-fl-physical_and_sexual_violence = Bạo lực thân thể và tình dục
indicator-ilo-fl-intimidation_and_threats = Dọa nạt và đe dọa
indicator-ilo-fl-retention_of_identity_documents = Giữ giấy tờ tùy thân
indicator-ilo-fl-withholding_of_wages = Giữ lại tiền lương
indicator-ilo-fl-debt_bondage = Lệ thuộc vì nợ
indicator-ilo-fl-abusive_working_and_living_conditions = Điều kiện làm việc và sinh sống bị ngược đãi
indicator-ilo-fl-excessive_overtime = Làm thêm giờ quá mức
summary-dimension = Khía cạnh
summary-strong-medium-weak = Chỉ số: mạnh / trung bình / yếu
summary-positive = Đạt
dimension-deceptive_recruitment = Tuyển dụng lừa gạt
dimension-coercive_recruitment = Tuyển dụng cưỡng ép
dimension-recruitment_by_abuse_of_vulnerability = Tuyển dụng bằng cách lạm dụng tình trạng dễ bị tổn thương
dimension-exploitative_conditions_of_work = Điều kiện làm việc mang tính bóc lột
dimension-coercion_at_destination = Cưỡng ép tại nơi đến
dimension-abuse_of_vulnerability_at_destination = Lạm dụng tình trạng dễ bị tổn thương tại nơi đến
summary-protections = Các sự bảo vệ có thể phù hợp, và cơ sở pháp lý của chúng
summary-english-copy = Bản tiếng Anh cho luật sư
summary-claim = Yêu cầu đòi tiền lương, kèm cách tính
summary-claim-period = Từ { $began } đến { $ended }: { $months } { $months ->
       *[other] tháng
    }.
summary-claim-period-ongoing = Từ { $began }, và công việc vẫn đang tiếp tục: đến nay là { $months } { $months ->
       *[other] tháng
    }.
figure-owed_against_promise = Số còn nợ so với mức đã hứa
figure-owed_against_minimum = Số còn nợ so với mức lương tối thiểu theo luật
figure-arrears_at_current_rate = Cùng số đó, tính theo mức tối thiểu hiện nay
figure-overtime_at_minimum = Thêm tiền làm thêm giờ, tính theo mức tối thiểu
figure-liquidated_damages = Thêm một khoản bằng như vậy (liquidated damages, tiền bồi thường ấn định)
figure-restitution_at_least = Số tiền ít nhất mà tòa án hình sự sẽ buộc trả
working-step = Bước
working-formula = Cách tính
working-amount = Số tiền
working-value = Giá trị được dùng, và nguồn của nó
working-value-from = Có hiệu lực từ { $date }.
value-verified = Đã kiểm tra trong văn bản chính thức.
step-promised_for_months = Tiền lương đã hứa cho các tháng đã làm
step-months_at_rate = Mức tối thiểu có hiệu lực vào ngày đầu tiên của mỗi tháng
step-sum = Cộng lại
step-less_received = Trừ đi số đã nhận
step-overtime_premium = Phần trả thêm cho giờ làm thêm
step-arrears_at_current_rate = Tính theo mức hiện nay
step-liquidated_damages_equal = Phần lương tối thiểu và tiền làm thêm giờ chưa trả, phải trả thêm một lần nữa
step-restitution_greater_of_gain_or_minimum = Giá trị của công việc tính theo mức tối thiểu và tiền làm thêm giờ; nhiều hơn nếu người phạm tội đã thu lợi nhiều hơn
summary-not-counted = Những gì các con số không tính được
formula-hour = { $count } giờ
formula-day = { $count } ngày
formula-week = { $count } tuần
formula-month = { $count } tháng
not-counted-period = Không biết số tháng đã làm, nên không tính được gì.
not-counted-promise = Không biết tiền lương đã hứa.
not-counted-received = Không biết số tiền đã nhận, nên không trừ đi gì.
not-counted-hours = Không biết số giờ hoặc số ngày đã làm.
not-counted-age = Không biết tuổi, nên đã dùng mức lương của người lớn.
not-counted-no_minimum_wage = Chúng tôi không có mức lương tối thiểu theo luật cho nước này.
not-counted-months_before_first_rate = Một số tháng nằm trước mức tối thiểu đầu tiên mà chúng tôi có, hoặc khi đó không có mức nào cho độ tuổi này.
not-counted-other_currency = Một phần tiền lương được trả bằng loại tiền khác, nên không được trừ đi.
not-counted-deductions = Có tiền bị trừ vào lương. Chúng tôi không có quy định nào cho biết khoản nào trong đó là trái luật: luật sư có thể kiểm tra.
not-counted-recruitment_fees = Có phí đã trả để có việc. Ở đây chúng tôi không có quy định nào để tính các khoản đó: luật sư có thể kiểm tra.
not-counted-later_rate_missing = Luật đặt mức lương tối thiểu mới theo lịch định kỳ, và mức cuối cùng mà chúng tôi có có thể đã được thay trước khi công việc kết thúc. Những tháng cuối có thể được trả nhiều hơn: luật sư có thể kiểm tra mức chính thức.
summary-caveats = Những điều luật sư nên biết về các con số này
summary-deadlines = Thời hạn để đòi
summary-no-deadlines = Chúng tôi không có thời hạn nào cho nước này.
deadline-length = { $months } { $months ->
       *[other] tháng
    } kể từ { $from }.
runs-from-last_payment = lần trả thiếu lương cuối cùng
runs-from-end_of_work = khi công việc kết thúc
runs-from-end_of_exploitation = khi việc bóc lột chấm dứt
runs-from-offence = khi tội phạm xảy ra
runs-from-final_judgment = bản án cuối cùng trong vụ án hình sự
runs-from-end_of_year = cuối năm mà tiền lương đến hạn phải trả
deadline-not_started = Thời hạn chưa bắt đầu: công việc vẫn đang tiếp tục.
deadline-open = Tính từ cuối tháng mà công việc kết thúc, thời hạn hết vào ngày { $date }.
deadline-soon = Tính từ cuối tháng mà công việc kết thúc, thời hạn sắp hết, vào ngày { $date }.
deadline-passed = Tính từ cuối tháng mà công việc kết thúc, thời hạn đã hết vào ngày { $date }. Luật sư có thể biết một trường hợp ngoại lệ.
deadline-unknown = Không biết khi nào công việc kết thúc.
deadline-after_judgment = Thời hạn tính từ một quyết định của tòa án mà chúng tôi không biết ngày.

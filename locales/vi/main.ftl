# Entitle: Vietnamese. The words of the app's pages, questions and results.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# glossary: trafficking in persons / human trafficking = mua bán người (source: Luật Phòng, chống mua bán người 2024, definitions article, "Mua bán người là hành vi tuyển mộ, vận chuyển, chứa chấp, chuyển giao hoặc tiếp nhận người…", quoted at https://thuviennhadat.vn/phap-ly-nha-dat/cuong-buc-lao-dong-duoc-coi-la-hanh-vi-mua-ban-nguoi-611692.html and glossary https://vietnamlawmagazine.vn/glossary-of-the-2024-law-on-humantrafficking-prevention-and-combat-74258.html ; the Vietnamese text of the Palermo Protocol found at https://thuviennhadat.vn/vbpl/nghi-dinh-thu-ngan-ngua-phong-chong-trung-tri-buon-ban-nguoi-dac-biet-la-phu-nu-tre-em-183145.html says "buôn bán người"; the term of Viet Nam's own law is used here)
# glossary: victim = nạn nhân (source: same Law 2024 and the Vietnamese Protocol text above, "các nạn nhân")
# glossary: exploitation = bóc lột; sexual exploitation = bóc lột tình dục; removal of organs = lấy bộ phận cơ thể người (source: Luật Phòng, chống mua bán người 2024, definitions, as above)
# glossary: forced labour = lao động cưỡng bức ("lao động cưỡng bức hoặc bắt buộc") (source: Vietnamese text of ILO C29, "Công ước về lao động cưỡng bức, 1930 (Công ước số 29 của ILO)", https://thuvienphapluat.vn/van-ban/Lao-dong-Tien-luong/Cong-uoc-ve-lao-dong-cuong-buc-1930-269855.aspx ; the act is "cưỡng bức lao động" in the Law 2024 and the Labour Code 2019 (Bộ luật Lao động))
# glossary: smuggling of migrants = đưa người di cư trái phép (source: Vietnamese text of the Smuggling Protocol, "Nghị định thư về chống đưa người di cư trái phép bằng đường bộ, đường biển và đường không", https://thuviennhadat.vn/vbpl/nghi-dinh-thu-chong-dua-nguoi-di-cu-trai-phep-bang-duong-bo-duong-bien-va-duong-khong-2000-276385.html)
# glossary: debt bondage = lệ thuộc vì nợ; ILO indicators such as hạn chế di chuyển, giữ lại tiền lương, lạm dụng tình trạng dễ bị tổn thương (no official treaty translation found; terms of the ILO Viet Nam office's Vietnamese glossary and indicators, https://www.ilo.org/hanoi/Whatwedo/Publications/WCMS_243517/lang--vi/index.htm , glossary excerpt https://123docz.net/trich-doan/3617711-bonded-labour-gt-debt-bondage.htm)
# glossary: servitude = tình trạng nô dịch (no official translation found; plain explanation added in the text)
# glossary: refugee = người tị nạn; asylum = tị nạn (xin tị nạn); non-refoulement = không gửi trả (source: Vietnamese text of the 1951 Convention, "Công ước về vị thế của người tị nạn, 1951", https://thuviennhadat.vn/vbpl/cong-uoc-ve-vi-the-cua-nguoi-ti-nan-1951-269865.html — not an official State translation, Viet Nam is not a party; "không gửi trả" as in https://vi.wikipedia.org/wiki/Luật_không_gửi_trả)
# glossary: compensation = bồi thường (thiệt hại) (term used in the Law 2024 and the Vietnamese Protocol text; article wording not re-checked)
# glossary: residence permit = giấy phép cư trú; recovery and reflection period = thời gian phục hồi và cân nhắc (no official translation found: the EU and Council of Europe texts have no Vietnamese version; descriptive terms)
# glossary: legal aid = trợ giúp pháp lý; labour inspectorate = thanh tra lao động (terms of Vietnamese law: Luật Trợ giúp pháp lý 2017, Bộ luật Lao động 2019; not re-checked online)

## Về ngôn ngữ này (hiện trên trang Giới thiệu)
locale-translation-note = Văn bản tiếng Việt này được dịch từ tiếng Anh với sự trợ giúp của một mô hình trí tuệ nhân tạo (AI).
locale-review-note = Văn bản này CHƯA được một người bản ngữ tiếng Việt đọc và kiểm tra lại.

## Page title: kept neutral so a glance at the tab shows nothing.
page-title = Thông tin

## Thoát trang này
exit-this-page = Thoát trang này
exit-emergency = Khẩn cấp
exit-shift-pressed-once = Shift: nhấn thêm 2 lần nữa để thoát.
exit-shift-pressed-twice = Shift: nhấn thêm 1 lần nữa để thoát.

## Chọn ngôn ngữ và chân trang
language-picker-label = Ngôn ngữ
language-picker-toggle = Ngôn ngữ: { $language }
language-picker-loading = Đang tải các ngôn ngữ khác…
language-picker-offline = Các ngôn ngữ khác cần kết nối internet một lần. Hãy kết nối, rồi mở lại danh sách này.
footer-not-advice = Đây là thông tin, không phải tư vấn pháp lý.
about-link = Giới thiệu công cụ này
footer-site-name = Trang này do { $name } cung cấp.
# For the site's owner (an NGO), when its settings file is refused: $field names the field (contacts[0].phone), $problem is site-problem.
site-error = Gửi người quản lý trang này: tệp cài đặt site.json đã không được dùng, nên ứng dụng chạy với cài đặt riêng của nó. Lỗi nằm ở { $field }: { $problem }
# What is wrong with the field; the IDs are entitle_site::Problem's. Setting names (always, days, phone...) are written as in the file and stay untranslated.
site-problem = { $problem ->
    [syntax] từ chỗ này, văn bản không còn là JSON hợp lệ.
    [twice] trường này được viết hai lần.
    [unknown] không có cài đặt nào tên như vậy.
    [missing] cài đặt này là bắt buộc.
    [not-text] giá trị này phải là văn bản trong dấu ngoặc kép.
    [not-list] giá trị này phải là một danh sách trong [ ].
    [not-object] giá trị này phải là một nhóm cài đặt trong { "{" } { "}" }.
    [not-true-or-false] giá trị này phải là true hoặc false.
    [version] giá trị này phải là 1.
    [country] ứng dụng không có thông tin về nước này (hãy dùng mã như GB).
    [language] ứng dụng không có ngôn ngữ này (hãy dùng mã như fr).
    [language-tag] giá trị này phải là mã ngôn ngữ như pl hoặc pt-BR, hoặc interpreters.
    [need] đây không phải là một nhu cầu mà ứng dụng biết.
    [phone] giá trị này phải là số có từ 3 đến 15 chữ số, có dấu + ở đầu nếu là số quốc tế, và không có khoảng trắng.
    [web] giá trị này phải là địa chỉ web bắt đầu bằng https://.
    [days] giá trị này phải là mon_fri, mon_sat hoặc every_day.
    [time] giá trị này phải là giờ như 09:00.
    [hours] hãy dùng always: true, hoặc days cùng với opens và closes.
    [length] giá trị này trống hoặc quá dài.
    [too-many] danh sách này quá dài.
    [no-way-to-reach] liên hệ này cần có phone, sms hoặc địa chỉ web.
    [repeated] mục này đã có trong danh sách.
    [display-without-phone] phone_display cũng cần có phone.
   *[other] giá trị này không được phép.
}

## Trang đầu
start-heading = Xem bạn có thể được giúp đỡ và có những quyền gì
start-what-this-is = Hãy trả lời vài câu hỏi ngắn về công việc và chuyến đi của bạn. Chúng tôi sẽ cho bạn thấy các dấu hiệu bị hại trong câu trả lời của bạn, các quyền có thể bảo vệ bạn, và nơi bạn có thể tìm sự giúp đỡ.
start-danger-heading = Nếu bạn đang gặp nguy hiểm ngay lúc này
start-danger-body = Hãy gọi số khẩn cấp của nước bạn đang ở. Bạn có thể gọi kể cả khi không có giấy tờ.
start-privacy-heading = Câu trả lời của bạn chỉ nằm trên điện thoại này
start-privacy-body = Không có câu trả lời nào được gửi đi đâu cả. Không có gì được lưu lại. Khi bạn đóng trang này, các câu trả lời sẽ mất.
start-leave-heading = Rời đi nhanh
start-leave-body = Bất cứ lúc nào, hãy bấm “Thoát trang này”, hoặc nhấn phím Shift 3 lần. Trang này sẽ đóng lại và một trang thời tiết sẽ mở ra.
start-not-heading = Công cụ này không phải là gì
start-not-body = Đây là thông tin, không phải tư vấn pháp lý. Công cụ này không thể quyết định bạn có phải là nạn nhân của một tội phạm hay không. Chỉ cơ quan có thẩm quyền mới quyết định được việc đó. Luật sư hoặc một nhóm hỗ trợ có thể giúp bạn.
start-button = Bắt đầu

## Câu hỏi: các từ chung
back = Quay lại
continue = Tiếp tục
change = Sửa
not-provided = Chưa trả lời
select-placeholder = Chọn một
progress = Câu hỏi { $n } (nhiều nhất là { $total } câu)
error-summary-title = Có một vấn đề
error-choose-one = Hãy chọn một câu trả lời. Bạn có thể chọn “Tôi không biết” hoặc “Tôi không muốn nói”.
error-number-range = Hãy nhập một số nguyên từ 0 đến { $most }.
reply-yes = Có
reply-no = Không
reply-dont_know = Tôi không biết
reply-prefer_not_to_say = Tôi không muốn nói
answer-maybe_under_18 = Tôi không chắc. Có thể tôi chưa đủ 18 tuổi.
answer-years = { $years ->
       *[other] { $years } tuổi
    }
answer-count = { $count }

## Các nước
country-AU = Úc
country-CA = Canada
country-FR = Pháp
country-DE = Đức
country-IT = Ý
country-NL = Hà Lan
country-PH = Philippines
country-QA = Qatar
country-ES = Tây Ban Nha
country-TH = Thái Lan
country-GB = Vương quốc Anh
country-US = Hoa Kỳ
country-EU = Một nước khác trong EU, hoặc Iceland, Liechtenstein, Na Uy hay Thụy Sĩ
country-ZZ = Một nước khác

## Các câu hỏi. Mỗi câu có một dòng gợi ý bên dưới.
question-country_now = Hiện giờ bạn đang ở nước nào?
question-country_now-hint = Các quy định và sự giúp đỡ chúng tôi cho bạn thấy tùy thuộc vào điều này.
question-in_danger_now = Ngay lúc này bạn có đang gặp nguy hiểm không?
question-in_danger_now-hint = Ví dụ, có người có thể làm hại bạn ngay hôm nay.
question-nationality = Bạn là công dân của nước nào?
question-nationality-hint = Nước cấp hộ chiếu cho bạn.
question-age = Bạn bao nhiêu tuổi?
question-age-hint = Quy định cho trẻ em thì khác. Trẻ em là bất kỳ ai dưới 18 tuổi.
question-age-number = Tôi biết tuổi của mình
question-under_18_when_it_began = Khi công việc hoặc chuyến đi này bắt đầu, bạn có dưới 18 tuổi không?
question-under_18_when_it_began-hint = Một số quyền tùy thuộc vào tuổi của bạn lúc đó, không phải bây giờ.
question-work_kind = Bạn đang làm, hoặc đã làm, loại công việc gì?
question-work_kind-hint = Hãy chọn công việc chính.
option-work_kind-domestic = Làm việc trong nhà người khác (dọn dẹp, nấu ăn, trông trẻ)
option-work_kind-agriculture = Làm nông
option-work_kind-construction = Làm xây dựng
option-work_kind-fishing = Đánh cá hoặc làm việc trên tàu thuyền
option-work_kind-care = Chăm sóc người già hoặc người bệnh
option-work_kind-factory = Làm trong nhà máy
option-work_kind-hospitality = Khách sạn, nhà hàng hoặc dọn dẹp vệ sinh
option-work_kind-sex_work = Bán dâm
option-work_kind-criminal_activity = Việc phạm pháp, như trồng ma túy, bán ma túy hoặc trộm cắp
option-work_kind-begging = Ăn xin
option-work_kind-other = Công việc khác
question-recruited = Có ai tìm công việc này cho bạn, hoặc lo chuyến đi cho bạn không?
question-recruited-hint = Ví dụ một người môi giới, một người họ hàng hoặc một người trên mạng.
question-recruited_by = Ai đã tìm việc cho bạn hoặc lo chuyến đi cho bạn?
question-recruited_by-hint = Hãy chọn câu đúng nhất.
option-recruited_by-agency = Một công ty hoặc người môi giới
option-recruited_by-relative = Một người họ hàng
option-recruited_by-partner = Bạn trai, bạn gái, chồng hoặc vợ
option-recruited_by-friend = Một người bạn
option-recruited_by-stranger = Một người tôi không quen
option-recruited_by-online = Một người trên mạng
option-recruited_by-employer = Chủ thuê
option-recruited_by-other = Một người khác
question-forced_to_go = Bạn có bị bắt đi, hoặc bị ép phải đi trái ý muốn không?
question-forced_to_go-hint = Ví dụ, có người ép bạn đi hoặc đã bắt bạn đi.
question-moved_by_others = Có người khác đưa bạn đi từ nơi này sang nơi khác không?
question-moved_by_others-hint = Ví dụ, bạn bị chở đến một nơi mới hoặc bị giao cho người khác.
question-promise_broken = Công việc, tiền lương hoặc chỗ ở của bạn có khác với những gì đã hứa không?
question-promise_broken-hint = Ví dụ, một công việc khác, ít tiền hơn, hoặc chỗ ở tệ hơn.
question-deceived_about_work = Công việc có khác với công việc người ta đã hứa với bạn không?
question-deceived_about_work-hint = Ví dụ, bạn được hứa làm ở cửa hàng nhưng lại phải làm ở trang trại.
question-deceived_about_pay = Tiền lương của bạn có ít hơn mức đã hứa không?
question-deceived_about_pay-hint = Hãy nghĩ đến số tiền bạn thật sự nhận được.
question-deceived_about_conditions = Giờ làm, chỗ ở hoặc công việc của bạn có tệ hơn những gì đã hứa không?
question-deceived_about_conditions-hint = Ví dụ, làm nhiều giờ hơn mỗi ngày hoặc chỗ ở tệ hơn.
question-deceived_about_papers = Bạn có được hứa cho visa hoặc giấy tờ mà rồi không nhận được không?
question-deceived_about_papers-hint = Ví dụ, giấy phép lao động.
question-paid_recruitment_fee = Bạn có phải trả tiền để có công việc này hoặc chuyến đi này không?
question-paid_recruitment_fee-hint = Ví dụ, phí trả cho người môi giới.
question-owes_debt = Bạn có nợ tiền chủ, người môi giới hoặc những người đã đưa bạn đến đây không?
question-owes_debt-hint = Ví dụ, tiền đi đường, tiền ăn hoặc tiền ở.
question-debt_grows = Món nợ có cứ tăng lên, ngay cả khi bạn làm việc không?
question-debt_grows-hint = Ví dụ, họ cứ liên tục cộng thêm các khoản phí.
question-must_work_off_debt = Họ có nói bạn không được đi cho đến khi trả hết nợ không?
question-must_work_off_debt-hint = Hoặc nói bạn phải làm việc cho đến khi trả hết nợ.
question-journey = Bạn đã vào nước này bằng cách nào?
question-journey-hint = Hãy chọn câu đúng nhất.
option-journey-regular = Có visa hoặc giấy phép, qua cửa kiểm soát biên giới
option-journey-smuggled = Tôi trả tiền cho người khác đưa tôi vào mà không có giấy tờ hợp lệ
option-journey-false_papers = Dùng giấy tờ giả, hoặc giấy tờ không phải của tôi
option-journey-no_border = Tôi không đi qua biên giới nào
question-harmed_on_journey = Trên đường đi, những người đưa bạn đi có đánh, làm bạn bị thương hoặc ngược đãi bạn không?
question-harmed_on_journey-hint = Tính cả mọi kiểu làm hại.
question-held_on_journey = Trên đường đi, bạn có bị giữ lại trái ý muốn, hoặc bị giữ lại để đòi tiền không?
question-held_on_journey-hint = Ví dụ, bị nhốt cho đến khi có người trả tiền.
question-pay_problem = Tiền lương của bạn có bị giữ lại, bị cắt bớt, hoặc hoàn toàn không được trả không?
question-pay_problem-hint = Kể cả khi phần lớn tiền lương bị lấy để trả tiền ở, tiền ăn, các khoản phí hoặc tiền phạt.
question-documents_kept = Có ai đã lấy và giữ hộ chiếu hoặc giấy tờ tùy thân của bạn không?
question-documents_kept-hint = Ví dụ chủ của bạn, người môi giới hoặc người đã đưa bạn đến đây.
question-documents_held_by = Hiện giờ ai đang giữ hộ chiếu hoặc giấy tờ tùy thân của bạn?
question-documents_held_by-hint = Hãy chọn câu đúng nhất.
option-documents_held_by-themselves = Tôi tự giữ
option-documents_held_by-employer = Chủ của tôi
option-documents_held_by-agent = Một người môi giới
option-documents_held_by-smuggler = Những người đã đưa tôi qua biên giới
option-documents_held_by-authorities = Cảnh sát hoặc cơ quan xuất nhập cảnh
option-documents_held_by-other = Một người khác
option-documents_held_by-lost = Đã bị mất hoặc bị hủy
question-hurt_or_threatened = Có ai đã làm hại bạn, hoặc đe dọa bạn hay gia đình bạn không?
question-hurt_or_threatened-hint = Kể cả việc dọa báo cảnh sát hoặc cơ quan xuất nhập cảnh.
question-threatened = Có ai đã đe dọa bạn không?
question-threatened-hint = Ví dụ, nói rằng họ sẽ làm hại bạn.
question-family_threatened = Có ai đã đe dọa gia đình bạn không?
question-family_threatened-hint = Ở đây hoặc ở nước của bạn.
question-threatened_with_authorities = Có ai nói rằng họ sẽ báo bạn cho cảnh sát hoặc cơ quan xuất nhập cảnh không?
question-threatened_with_authorities-hint = Ví dụ, để bắt bạn tiếp tục làm việc.
question-physical_violence = Có ai đã đánh hoặc làm bạn bị thương không?
question-physical_violence-hint = Ở nơi làm việc hoặc nơi bạn ở.
question-sexual_violence = Có ai đã ép bạn quan hệ tình dục hoặc đụng chạm tình dục vào bạn trái ý muốn không?
question-sexual_violence-hint = Bạn có thể chọn “Tôi không muốn nói”.
question-locked_in = Bạn có bị nhốt, hoặc bị cấm ra ngoài không?
question-locked_in-hint = Ở nơi làm việc hoặc nơi bạn ở.
question-watched = Bạn có bị theo dõi hoặc bị đi theo suốt không?
question-watched-hint = Ví dụ, luôn có người đi cùng bạn.
question-isolated = Bạn có bị ngăn không cho nói chuyện với gia đình hoặc với người khác không?
question-isolated-hint = Ví dụ, điện thoại của bạn bị lấy mất.
question-cannot_leave = Nếu bạn muốn bỏ công việc này, bạn có bị ngăn lại không?
question-cannot_leave-hint = Hoặc bạn có bị làm sao không?
question-lives_at_workplace = Bạn có sống ở nơi làm việc, hoặc ở nơi do chủ quyết định không?
question-lives_at_workplace-hint = Ví dụ, trong nhà của chủ.
question-residence_status = Bạn có giấy tờ gì để ở lại nước này?
question-residence_status-hint = Hãy chọn câu đúng nhất.
option-residence_status-citizen = Tôi là công dân nước này
option-residence_status-permanent_resident = Tôi được ở lại lâu dài
option-residence_status-work_permit = Visa lao động hoặc giấy phép lao động
option-residence_status-student_or_visitor = Visa du học hoặc visa du lịch, thăm thân
option-residence_status-asylum_seeker = Tôi đã xin tị nạn
option-residence_status-refugee = Tôi là người tị nạn ở đây
option-residence_status-expired = Visa hoặc giấy phép của tôi đã hết hạn
option-residence_status-no_papers = Tôi không có giấy tờ
question-tied_to_employer = Visa của bạn có ghi là bạn chỉ được làm cho chủ này không?
question-tied_to_employer-hint = Hoặc bạn có cần chủ cho phép thì mới được đổi việc không?
question-wages_withheld = Tiền lương của bạn có bị giữ lại, hoặc bạn hoàn toàn không được trả lương không?
question-wages_withheld-hint = Ví dụ, chủ nói sẽ trả bạn sau.
question-large_deductions = Có phải một phần lớn tiền lương của bạn bị lấy để trả tiền ở, tiền ăn, các khoản phí hoặc tiền phạt không?
question-large_deductions-hint = Tiền bị trừ trước khi bạn nhận lương.
question-hard_conditions = Giờ làm có rất dài, công việc có nguy hiểm, hoặc chỗ ngủ có rất tệ không?
question-hard_conditions-hint = Ví dụ, không có ngày nghỉ, không có đồ bảo hộ, hoặc phòng chật chội, bẩn thỉu.
question-hours_per_day = Trong một ngày làm việc bình thường, bạn làm bao nhiêu giờ?
question-hours_per_day-hint = Tính tất cả các giờ, cả giờ nghỉ giải lao.
question-hours_per_day-number = Tôi biết số giờ
question-days_off_per_week = Trong một tuần bình thường, bạn được nghỉ bao nhiêu ngày?
question-days_off_per_week-hint = Những ngày hoàn toàn không làm việc.
question-days_off_per_week-number = Tôi biết số ngày
question-unsafe_work = Công việc của bạn có nguy hiểm, mà không có đồ bảo hộ hoặc không được hướng dẫn như cần thiết không?
question-unsafe_work-hint = Ví dụ, dùng hóa chất mà không có găng tay hoặc khẩu trang.
question-degrading_living = Chỗ bạn ở có rất tệ không?
question-degrading_living-hint = Ví dụ, quá đông người, bẩn, không có nước hoặc không có chút riêng tư nào.
question-made_to_do_things = Có ai đã bắt bạn bán dâm hoặc phạm tội, bắt bạn kết hôn, hoặc bắt bạn cho một bộ phận cơ thể không?
question-made_to_do_things-hint = Bạn có thể chọn “Tôi không muốn nói”.
question-sexual_exploitation = Bạn có bị bắt quan hệ tình dục với người khác, hoặc bị bắt bán dâm, để người khác lấy tiền không?
question-sexual_exploitation-hint = Bạn có thể chọn “Tôi không muốn nói”.
question-made_to_break_law = Bạn có bị bắt làm những việc phạm pháp không?
question-made_to_break_law-hint = Ví dụ, trồng hoặc bán ma túy, trộm cắp, hoặc dùng giấy tờ giả.
question-forced_marriage = Bạn đã bị ép, hoặc đang bị ép, kết hôn không?
question-forced_marriage-hint = Cuộc hôn nhân mà bạn không đồng ý.
question-organ_removal = Có ai đã lấy, hoặc tìm cách ép bạn cho, một bộ phận cơ thể, như quả thận, không?
question-organ_removal-hint = Kể cả khi bạn được hứa trả tiền cho việc đó.
question-fear_of_return = Bạn có sợ chuyện sẽ xảy ra nếu bạn trở về nước mình không?
question-fear_of_return-hint = Hãy nghĩ đến những nguy hiểm cho bạn ở đó.
question-fear_reason = Vì sao bạn sợ trở về?
question-fear_reason-hint = Hãy chọn lý do chính.
option-fear_reason-traffickers = Những người đã bóc lột tôi, hoặc sợ lại bị sa vào bẫy
option-fear_reason-persecution = Vì chủng tộc, tôn giáo, quốc tịch, nhóm người của tôi hoặc quan điểm chính trị của tôi
option-fear_reason-torture = Bị tra tấn hoặc bị đối xử rất tàn ác
option-fear_reason-family_or_community = Bạo lực từ gia đình hoặc cộng đồng của tôi
option-fear_reason-other = Một lý do khác
question-wants_to_go_home = Bạn có muốn về nhà không?
question-wants_to_go_home-hint = Về nước mà bạn đã ra đi.
question-needs_help_now = Bạn có cần giúp ngay bây giờ về sức khỏe, ngôn ngữ, con cái, hoặc việc về nhà không?
question-needs_help_now-hint = Nếu có, chúng tôi sẽ hỏi thêm một chút để cho bạn thấy đúng nơi giúp đỡ.
question-children_with_them = Bạn có con đi cùng không?
question-children_with_them-hint = Trẻ em dưới 18 tuổi sống cùng bạn.
question-health_needs = Bạn có cần gặp bác sĩ hoặc cần chăm sóc y tế không?
question-health_needs-hint = Cho cơ thể hoặc cho tinh thần của bạn.
question-speaks_local_language = Bạn có nói được ngôn ngữ của nước bạn đang ở không?
question-speaks_local_language-hint = Đủ để nói chuyện với bác sĩ hoặc cảnh sát.
question-still_there = Bạn có còn làm việc ở đó, hoặc còn ở cùng những người này không?
question-still_there-hint = Một số quyền tùy thuộc vào điều này.
question-reported_to_police = Bạn đã báo cảnh sát chưa?
question-reported_to_police-hint = Về những gì đã xảy ra với bạn.
question-willing_to_help_police = Bạn có sẵn lòng giúp cảnh sát điều tra không?
question-willing_to_help_police-hint = Một số quyền tùy thuộc vào điều này. Nếu bạn trả lời không, bạn vẫn có thể được giúp đỡ.

## Kiểm tra câu trả lời
check-heading = Kiểm tra câu trả lời của bạn
check-intro = Bạn có thể sửa bất kỳ câu trả lời nào trước khi xem kết quả.
check-continue = Xem câu trả lời của bạn cho thấy điều gì

## Giới thiệu
about-heading = Giới thiệu công cụ này
about-what = Công cụ này giúp người di cư xem có dấu hiệu của mua bán người, lao động cưỡng bức và các hình thức bị hại khác hay không, và cho thấy các quyền và sự giúp đỡ có thể áp dụng. Đây là thông tin, không phải tư vấn pháp lý.
about-translation-heading = Về ngôn ngữ này
about-sources-heading = Thông tin pháp lý lấy từ đâu
about-sources = Mỗi quyền được nêu đều kèm theo nguồn pháp lý và ngày bắt đầu có hiệu lực. Những thông tin chúng tôi chưa thể đối chiếu với văn bản chính thức được ghi là chưa kiểm tra.
protection-more = Thêm về quyền này
loading-wait = Vẫn đang chuẩn bị. Vui lòng thử lại sau giây lát.

## Các câu hỏi về tiền lương bị nợ
question-work_out_pay = Bạn có muốn tính xem mình có thể còn được nợ bao nhiêu tiền lương không?
question-work_out_pay-hint = Cần thêm khoảng sáu câu hỏi. Luật sư có thể dùng con số này.
question-work_began = Bạn bắt đầu công việc này khi nào?
question-work_began-hint = Chỉ cần tháng và năm.
question-work_ended = Công việc này kết thúc khi nào?
question-work_ended-hint = Nếu bạn vẫn còn làm ở đó, hãy chọn câu đó.
question-pay_promised = Bạn đã được hứa trả lương bao nhiêu?
question-pay_promised-hint = Hãy viết số tiền, và chọn đó là tiền cho một giờ, một ngày, một tuần hay một tháng.
question-pay_received = Tổng cộng bạn thật sự đã nhận được bao nhiêu tiền lương?
question-pay_received-hint = Hãy cộng tất cả số tiền bạn nhận được cho công việc này. Ước chừng cũng được.
question-deductions_total = Tổng cộng đã có bao nhiêu tiền bị trừ vào lương của bạn?
question-deductions_total-hint = Ví dụ tiền ở, tiền ăn, các khoản phí, tiền phạt hoặc một “món nợ”. Ước chừng cũng được.
question-recruitment_fees_paid = Bạn đã trả bao nhiêu tiền để có công việc này hoặc chuyến đi?
question-recruitment_fees_paid-hint = Hãy cộng tất cả các khoản phí bạn đã trả cho người môi giới hoặc người khác.
question-paid_to_someone_else = Tiền lương của bạn có bị trả cho người khác, không phải cho bạn không?
question-paid_to_someone_else-hint = Ví dụ cho người môi giới hoặc cho chủ.
answer-kind-month = Tôi biết tháng
answer-still_working = Tôi vẫn còn làm ở đó
answer-kind-amount = Tôi biết số tiền
input-month = Tháng
input-year = Năm
input-amount = Số tiền
input-currency = Loại tiền
input-per = Cho mỗi
per-hour = một giờ
per-day = một ngày
per-week = một tuần
per-month = một tháng
answer-pay = { $amount } cho { $per }
error-month = Hãy chọn một tháng, và viết năm bằng bốn chữ số, như 2024.
error-amount = Hãy viết số tiền bằng chữ số, như 1200 hoặc 1200.50.

## The pay claim on the results

## The case summary

## Saving and opening the answers (the pages themselves are in law-files.ftl)

save-link = Lưu câu trả lời của tôi
open-link = Mở câu trả lời đã lưu

## Listen
listen = Nghe
listen-stop = Dừng
about-listen-heading = Đọc to
about-listen-some = Nút Nghe đọc to các chữ bằng một giọng đọc có sẵn trên thiết bị này. Các chữ không bao giờ rời khỏi thiết bị. Thiết bị này có thể đọc to bằng: { $languages }.
about-listen-none = Thiết bị này không có giọng đọc nào để đọc to, vì vậy không có nút Nghe. Công cụ chỉ dùng giọng đọc có sẵn trên thiết bị, nên các chữ không bao giờ rời khỏi thiết bị.

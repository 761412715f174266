# Entitle: Vietnamese. The words of saving the answers to a file and opening one again.
# translation: machine-assisted translation by an AI model from the English source, 2026-12-02
# reviewed-by-native-speaker: no
# Loaded after the first page, with the law's words.

save-heading = Lưu câu trả lời của bạn
save-intro = Việc này đưa câu trả lời của bạn vào một tệp trên điện thoại này. Sau này bạn có thể mở tệp ở đây, hoặc trên một điện thoại khác, hoặc đưa cho luật sư hay nhân viên hỗ trợ. Ứng dụng này không giữ lại gì cả.
save-protect = Khóa tệp bằng một cụm mật khẩu
save-protect-hint = Nên làm vậy nếu người khác có thể xem điện thoại này hoặc tệp này. Không ai đọc được tệp nếu không có cụm mật khẩu. Nếu bạn quên nó, không ai mở được tệp, kể cả chúng tôi.
save-plain = Lưu mà không có cụm mật khẩu
save-plain-hint = Bất kỳ ai có được tệp đều có thể đọc câu trả lời của bạn.
save-passphrase = Cụm mật khẩu
save-passphrase-hint = Ít nhất 8 chữ cái, chữ số hoặc khoảng trắng. Ba từ mà bạn sẽ nhớ được là tốt nhất.
save-passphrase-again = Nhập lại cụm mật khẩu
save-button = Lưu tệp
save-working = Đang khóa tệp. Việc này có thể mất vài giây.
save-done = Đã lưu. Hãy tìm { $file } trong thư mục tải xuống của bạn.
save-done-protected = Đã lưu và khóa. Hãy tìm { $file } trong thư mục tải xuống của bạn. Hãy giữ kỹ cụm mật khẩu. Không có nó thì không mở được tệp.
save-error-no-passphrase = Hãy nhập một cụm mật khẩu, hoặc chọn lưu mà không có cụm mật khẩu.
save-error-short = Cụm mật khẩu cần có ít nhất 8 chữ cái, chữ số hoặc khoảng trắng.
save-error-mismatch = Hai cụm mật khẩu không giống nhau. Hãy nhập lại.
save-error-failed = Không lưu được tệp trên điện thoại này. Hãy thử lại, hoặc dùng một trình duyệt khác.

open-heading = Mở câu trả lời đã lưu
open-intro = Hãy chọn một tệp bạn đã lưu bằng ứng dụng này. Tệp chỉ được đọc trên điện thoại này.
open-file = Tệp đã lưu
open-passphrase = Cụm mật khẩu
open-passphrase-hint = Tệp này đã bị khóa. Hãy nhập cụm mật khẩu bạn đã chọn khi lưu tệp.
open-button = Mở tệp
open-working = Đang mở tệp. Việc này có thể mất vài giây.
open-kept = Không có gì thay đổi. Các câu trả lời bạn có trước đó vẫn còn ở đây.

# $detail, where a message has it, is a version number or the name of a part of the file.
file-error-empty = Tệp này trống. Hãy chọn tệp bạn đã lưu.
file-error-too_large = Tệp này quá lớn, không thể là tệp do ứng dụng này lưu. Hãy chọn tệp bạn đã lưu.
file-error-not_text = Đây không phải là tệp do ứng dụng này lưu. Có thể đó là một bức ảnh hoặc một tài liệu. Hãy chọn tệp bạn đã lưu.
file-error-truncated = Tệp này không đầy đủ. Có thể việc tải xuống hoặc sao chép chưa xong. Hãy chọn một bản sao khác, hoặc lưu lại lần nữa.
file-error-not_json = Đây không phải là tệp do ứng dụng này lưu. Hãy chọn tệp bạn đã lưu.
file-error-not_entitle = Tệp này không phải do ứng dụng này lưu. Hãy chọn tệp bạn đã lưu.
file-error-newer = Tệp này được lưu bằng một phiên bản mới hơn của ứng dụng này (phiên bản { $detail }). Hãy mở nó bằng phiên bản mới nhất.
file-error-unknown_field = Tệp này có một phần mà ứng dụng này không biết ({ $detail }). Có thể tệp đã bị thay đổi, hoặc được lưu bằng một phiên bản mới hơn.
file-error-wrong_value = Một phần của tệp này đã bị thay đổi và không đọc được ({ $detail }). Hãy chọn một bản sao khác của tệp.
file-error-bad_seal = Khóa của tệp này đã bị thay đổi, nên không mở được ({ $detail }). Hãy chọn một bản sao khác của tệp.
file-error-wrong_passphrase = Cụm mật khẩu sai, hoặc tệp đã bị thay đổi sau khi được lưu. Hãy kiểm tra cụm mật khẩu và thử lại.
file-error-unreadable = Điện thoại này không đọc được tệp. Hãy thử lại.

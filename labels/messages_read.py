"""Messages for files that cannot be opened or read (format, encoding, size, damage)."""

# Each message names the file and says how to fix it; the placeholders are filled by etl/readers.py.
_RESAVE = "chọn Tệp › Lưu thành › Sổ làm việc Excel (*.xlsx) rồi gửi lại tệp .xlsx"

MESSAGES: dict[str, str] = {
    "read.io_error": (
        "Tệp {file}: không mở được tệp để đọc. Cách sửa: kiểm tra tệp còn tồn tại, không bị chương trình "
        "khác đang mở hoặc khóa, rồi tải lên lại."
    ),
    "read.not_regular_file": (
        "Tệp {file}: đây là liên kết (symlink, lối tắt) hoặc tệp đặc biệt của hệ thống, không phải tệp bảng "
        "tính, nên hệ thống không đọc. Cách sửa: chép chính tệp bảng tính (không phải liên kết tới nó) vào "
        "thư mục rồi nạp lại."
    ),
    "read.empty": (
        "Tệp {file}: tệp rỗng (0 byte), không có nội dung. Cách sửa: mở tệp gốc trong Excel, kiểm tra đã có "
        "số liệu và đã lưu, rồi gửi lại."
    ),
    "read.file_too_large": (
        "Tệp {file}: dung lượng {size_mb} MB vượt giới hạn {limit_mb} MB. Cách sửa: xóa các trang tính, hàng, "
        "cột, hình ảnh không cần thiết, lưu dạng .xlsx; nếu số liệu thật sự lớn, tách thành nhiều tệp nhỏ."
    ),
    "read.too_large": (
        "Tệp {file}: tệp có vùng dữ liệu quá rộng nên vượt giới hạn bộ nhớ khi đọc (thường do có ô chứa dữ "
        "liệu ở rất xa vùng bảng, ví dụ ở cột XFD hoặc hàng 1048576). Cách sửa: trong Excel nhấn Ctrl+End để "
        "tìm ô cuối cùng, xóa các hàng và cột thừa phía sau bảng, lưu lại dạng .xlsx rồi gửi lại."
    ),
    "read.timeout": (
        "Tệp {file}: đọc tệp mất quá {seconds} giây nên hệ thống đã dừng. Cách sửa: mở tệp trong Excel, xóa "
        "các trang tính, hàng, cột thừa và định dạng không cần thiết, lưu lại dạng .xlsx rồi gửi lại; nếu số "
        "liệu thật sự lớn, tách thành nhiều tệp nhỏ."
    ),
    "read.crashed": (
        "Tệp {file}: bộ đọc bảng tính bị dừng đột ngột khi mở tệp này (tệp có cấu trúc bất thường hoặc bị "
        "hỏng). Cách sửa: mở tệp trong Excel, chép toàn bộ bảng sang một sổ làm việc mới, lưu dạng Sổ làm "
        "việc Excel (.xlsx) rồi gửi lại."
    ),
    "read.pdf": (
        "Tệp {file}: tệp là PDF, không phải bảng tính nên không đọc được số liệu. Cách sửa: gửi tệp Excel "
        "(.xlsx) gốc đã dùng để in hoặc xuất ra PDF; tệp PDF chỉ nộp kèm làm tài liệu kiểm chứng."
    ),
    "read.word": (
        "Tệp {file}: tệp là văn bản Word, không phải bảng tính. Cách sửa: chép bảng số liệu sang Excel (hoặc "
        "nhập vào mẫu Excel đã được phát), lưu dạng .xlsx rồi gửi lại."
    ),
    "read.presentation": (
        "Tệp {file}: tệp là bản trình chiếu PowerPoint, không phải bảng tính. Cách sửa: gửi tệp Excel (.xlsx) "
        "chứa số liệu."
    ),
    "read.image": (
        "Tệp {file}: tệp là hình ảnh (ảnh chụp hoặc ảnh quét), không đọc được số liệu. Cách sửa: gửi tệp "
        "Excel (.xlsx) có số liệu; ảnh chỉ nộp kèm làm tài liệu kiểm chứng."
    ),
    "read.archive": (
        "Tệp {file}: tệp là tệp nén ({kind}), không phải bảng tính. Cách sửa: giải nén rồi gửi riêng từng tệp "
        "bảng tính (.xlsx)."
    ),
    "read.zip_not_workbook": (
        "Tệp {file}: tệp là tệp nén ZIP nhưng không chứa sổ làm việc Excel. Cách sửa: giải nén rồi gửi riêng "
        "từng tệp bảng tính (.xlsx)."
    ),
    "read.encrypted": (
        "Tệp {file}: tệp được bảo vệ bằng mật khẩu nên không thể đọc. Cách sửa: mở tệp trong Excel, bỏ mật "
        "khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu "
        "lại rồi gửi lại."
    ),
    "read.damaged_zip": (
        "Tệp {file}: tệp bị hỏng hoặc chưa được tải lên hết (phần nén bên trong không đọc được). Cách sửa: mở "
        "tệp gốc trong Excel; nếu mở được thì " + _RESAVE + ", nếu không thì xin lại bản gốc từ người lập."
    ),
    "read.damaged": (
        "Tệp {file}: tệp {format} bị hỏng hoặc có cấu trúc không đúng chuẩn nên không đọc được. Cách sửa: "
        "mở tệp trong Excel (nếu Excel đề nghị sửa chữa thì đồng ý), " + _RESAVE + "."
    ),
    "read.zip_bomb": (
        "Tệp {file}: nội dung sau khi giải nén quá lớn ({size_mb} MB) hoặc có tỉ lệ nén bất thường, có thể "
        "là tệp độc hại hoặc bị hỏng nên hệ thống từ chối đọc. Cách sửa: mở tệp trong Excel, xóa các trang "
        "tính và vùng thừa, lưu lại dạng .xlsx rồi gửi lại; nếu không rõ nguồn gốc tệp, đừng mở và báo cho "
        "người quản trị."
    ),
    "read.xml_entities": (
        "Tệp {file}: phần {part} bên trong tệp có khai báo DOCTYPE/ENTITY, thứ mà Excel không bao giờ tạo ra; "
        "tệp có thể đã bị sửa đổi hoặc độc hại nên bị từ chối. Cách sửa: mở tệp trong Excel, " + _RESAVE + "."
    ),
    "read.xml_prolog_too_long": (
        "Tệp {file}: phần {part} bên trong tệp có đoạn mở đầu dài bất thường (hơn 1 MB trước nội dung), thứ "
        "mà Excel không bao giờ tạo ra; tệp có thể đã bị sửa đổi hoặc độc hại nên bị từ chối. Cách sửa: mở "
        "tệp trong Excel, " + _RESAVE + "."
    ),
    "read.encoding": (
        "Tệp {file}: không nhận ra bảng mã ký tự của tệp văn bản (không phải UTF-8, UTF-16 hay Windows-1258). "
        "Cách sửa: mở tệp trong Excel hoặc Notepad, lưu lại với bảng mã UTF-8 (hoặc lưu dạng .xlsx) rồi gửi "
        "lại."
    ),
    "read.csv_damaged": (
        "Tệp {file}: tệp CSV có lỗi cấu trúc gần dòng {line} (dấu ngoặc kép không đóng hoặc một ô quá dài). "
        "Cách sửa: mở tệp trong Excel, kiểm tra dòng {line}, lưu lại dạng .xlsx hoặc CSV UTF-8 rồi gửi lại."
    ),
    "read.no_sheet": (
        "Tệp {file}: sổ làm việc không có trang tính dữ liệu nào (chỉ có biểu đồ hoặc macro). Cách sửa: mở "
        "tệp trong Excel, kiểm tra các trang tính bị ẩn (chuột phải vào tên trang › Bỏ ẩn), lưu lại rồi gửi "
        "lại."
    ),
    "read.no_data": (
        "Tệp {file}: không có dữ liệu trong bất kỳ trang tính nào (tất cả các ô đều trống). Cách sửa: kiểm tra "
        "đã nhập số liệu và đã lưu trước khi gửi; nếu số liệu nằm ở tệp khác thì gửi đúng tệp đó."
    ),
    "read.no_table": (
        "Tệp {file}: tệp là trang web (HTML) nhưng không có bảng dữ liệu nào. Cách sửa: xuất lại từ cổng dịch "
        "vụ công dưới dạng Excel, hoặc mở tệp trong Excel, " + _RESAVE + "."
    ),
    "read.html_incomplete": (
        "Tệp {file}: trang web (HTML) vượt giới hạn của bộ đọc (các thẻ lồng nhau quá sâu hoặc một ô chứa "
        "quá nhiều chữ) nên chỉ đọc được một phần; hệ thống từ chối để không nạp thiếu số liệu. Cách sửa: "
        "xuất lại từ cổng dịch vụ công dưới dạng Excel, hoặc mở tệp trong Excel, " + _RESAVE + "."
    ),
    "read.xls_too_old": (
        "Tệp {file}: tệp Excel đời quá cũ (Excel 2.0–4.0) nên không đọc được. Cách sửa: mở tệp trong Excel, "
        + _RESAVE
        + "."
    ),
    "read.unknown_format": (
        "Tệp {file}: không phải định dạng bảng tính được hỗ trợ (.xlsx, .xlsm, .xls, .ods, .csv). Cách sửa: "
        "mở tệp bằng chương trình đã tạo ra nó, lưu dạng Sổ làm việc Excel (.xlsx) rồi gửi lại."
    ),
    # Not a message: the sheet name given to an HTML table that has no <caption>.
    "read.html_table_name": "Bảng {index}",
}

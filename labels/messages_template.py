"""Messages of the scoring template writer (`python -m etl template`): why a template cannot be written
(each says what is wrong and how to fix it), and every text written on the sheet itself."""

MESSAGES: dict[str, str] = {
    # Refusals
    "template.db_missing": (
        "Không tìm thấy kho dữ liệu «{db}». Cách sửa: nạp danh mục đơn vị và bộ tiêu chí trước "
        "(python -m etl ingest TỆP), hoặc chỉ đúng tệp kho dữ liệu bằng tham số --db."
    ),
    "template.db_unreadable": (
        "Không mở được kho dữ liệu «{db}» ({detail}). Cách sửa: nếu đang có lệnh nạp dữ liệu chạy, chờ lệnh "
        "đó xong rồi chạy lại; nếu không, kiểm tra tham số --db có trỏ đúng tệp kho dữ liệu."
    ),
    "template.no_units": (
        "Kho dữ liệu «{db}» chưa có danh mục đơn vị. Cách sửa: nạp danh mục đơn vị "
        "(python -m etl ingest TỆP_DANH_MỤC) rồi chạy lại lệnh."
    ),
    "template.no_frameworks": (
        "Kho dữ liệu «{db}» chưa có bộ tiêu chí nào. Cách sửa: nạp bộ tiêu chí (python -m etl ingest TỆP "
        "--kind framework --framework-id MÃ --group NHÓM --from-year NĂM) rồi chạy lại lệnh."
    ),
    "template.unit_unknown": (
        "Không có đơn vị «{unit}» trong danh mục đơn vị. {closest}Cách sửa: dùng mã đơn vị đúng như cột "
        "«Mã đơn vị» của danh mục."
    ),
    "template.unit_closest": "Đơn vị gần giống: {units}. ",
    "template.unit_item": "«{name}» (mã {code})",
    "template.unit_ambiguous": (
        "«{unit}» ứng với nhiều đơn vị: {units}. Cách sửa: dùng mã đơn vị thay cho tên."
    ),
    "template.framework_unknown": (
        "Chưa có bộ tiêu chí «{framework}» trong kho dữ liệu. Các bộ tiêu chí đã đăng ký: {frameworks}. "
        "Cách sửa: dùng một mã ở trên, hoặc nạp bộ tiêu chí «{framework}» trước."
    ),
    "template.framework_item": "{framework} ({group}, {years})",
    "template.wrong_group": (
        "Bộ tiêu chí «{framework}» dùng cho nhóm «{framework_group}», còn đơn vị «{unit}» (mã {code}) "
        "thuộc nhóm «{unit_group}». Cách sửa: {fix}"
    ),
    "template.year_not_covered": (
        "Bộ tiêu chí «{framework}» áp dụng {years}, không áp dụng cho năm {year}. Cách sửa: {fix}"
    ),
    "template.fix_use": (
        "dùng --framework {framework}, bộ tiêu chí của nhóm «{group}» áp dụng cho năm {year}."
    ),
    "template.fix_load": (
        "chưa có bộ tiêu chí nào của nhóm «{group}» áp dụng cho năm {year}; nạp bộ tiêu chí đó trước, "
        "hoặc kiểm tra lại năm."
    ),
    "template.years_from": "từ năm {start}",
    "template.years_range": "các năm {start}–{end}",
    "template.unit_not_in_force": (
        "Đơn vị «{unit}» (mã {code}) có hiệu lực {period}, không có trong năm {year}. Cách sửa: chọn năm "
        "trong thời gian hiệu lực của đơn vị{successor}."
    ),
    "template.unit_successor": ", hoặc tạo mẫu cho đơn vị kế thừa «{name}» (mã {code})",
    "template.no_criteria": (
        "Bộ tiêu chí «{framework}» không có tiêu chí nào. Cách sửa: nạp lại bảng tiêu chí của bộ này."
    ),
    "template.bad_suffix": (
        "Tệp mẫu «{path}» phải có đuôi .xlsx. Cách sửa: đặt tên tệp kết thúc bằng .xlsx, ví dụ «{example}»."
    ),
    "template.write_failed": (
        "Không ghi được tệp «{path}» ({detail}). Cách sửa: đóng tệp nếu đang mở trong Excel và kiểm tra "
        "quyền ghi vào thư mục."
    ),
    # Texts on the sheet. Titles of validation messages: at most 32 characters (an Excel limit).
    "template.sheet_name": "Tự đánh giá",
    "template.nation": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "template.motto": "Độc lập - Tự do - Hạnh phúc",
    "template.title": "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}",
    "template.unit_line": "Đơn vị: {unit} (Mã đơn vị: {code})",
    "template.framework_line": "Bộ tiêu chí: {framework} – {legal_basis}",
    "template.framework_line_bare": "Bộ tiêu chí: {framework}",
    "template.guide": (
        "Hướng dẫn: chỉ điền vào các ô trắng: điểm tự đánh giá (từ 0 đến điểm tối đa), tài liệu kiểm chứng "
        "và giải trình; tiêu chí không áp dụng thì để trống điểm và chọn «Không áp dụng». Điểm của lĩnh vực và "
        "của tiêu chí có tiêu chí thành phần được cộng tự động; ô xám đậm là điểm điều tra xã hội học, đơn vị "
        "không tự chấm."
    ),
    "template.total": "Tổng điểm",
    "template.not_applicable_value": "Không áp dụng",
    "template.survey_note": "Điểm điều tra xã hội học – đơn vị không tự chấm",
    "template.note_author": "Mẫu chấm điểm CCHC",
    "template.self_prompt_title": "Điểm tự đánh giá",
    "template.self_prompt": (
        "Nhập điểm từ 0 đến {max_points} (điểm tối đa của tiêu chí). Tiêu chí không áp dụng: để trống ô "
        "này và chọn «Không áp dụng» ở cột bên cạnh."
    ),
    "template.self_error": (
        "Điểm tự đánh giá phải là một số từ 0 đến {max_points} (điểm tối đa của tiêu chí này)."
    ),
    "template.appraised_prompt_title": "Điểm thẩm định",
    "template.appraised_prompt": "Dành cho Hội đồng thẩm định: nhập điểm từ 0 đến {max_points}.",
    "template.appraised_error": (
        "Điểm thẩm định phải là một số từ 0 đến {max_points} (điểm tối đa của tiêu chí này)."
    ),
    "template.points_error_title": "Điểm không hợp lệ",
    "template.not_applicable_prompt": (
        "Chọn «Không áp dụng» khi tiêu chí không áp dụng với đơn vị: tiêu chí không tính vào điểm tối đa. "
        "Để trống nếu tiêu chí có áp dụng."
    ),
    "template.not_applicable_error_title": "Giá trị không hợp lệ",
    "template.not_applicable_error": "Chỉ chọn «Không áp dụng» trong danh sách, hoặc để trống.",
    "template.signed_place_date": "……, ngày …… tháng …… năm ……",
    "template.preparer": "NGƯỜI LẬP BẢNG",
    "template.preparer_sign": "(Ký, ghi rõ họ tên)",
    "template.head": "THỦ TRƯỞNG ĐƠN VỊ",
    "template.head_sign": "(Ký, ghi rõ họ tên và đóng dấu)",
    "template.page_footer": "Trang &P/&N",
}

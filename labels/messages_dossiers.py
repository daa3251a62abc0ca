"""Messages for dossier lists exported from the public-service portal and the rows they refuse. Each
message says what is wrong and how to fix it."""

MESSAGES: dict[str, str] = {
    "dossiers.no_unit_column": (
        "Danh sách hồ sơ không có cột đơn vị ở dòng tiêu đề (dòng {row}). Cách sửa: thêm cột «Mã đơn vị» "
        "hoặc «Đơn vị tiếp nhận» để biết mỗi hồ sơ thuộc đơn vị nào, rồi nạp lại."
    ),
    "dossiers.no_good_rows": (
        "Không dòng nào của danh sách hồ sơ dùng được ({rejected} dòng bị loại; các dòng đầu tiên được nêu "
        "bên dưới). Cách sửa: kiểm tra các cột mã hồ sơ, đơn vị, ngày tiếp nhận và ngày hẹn trả có đúng là "
        "các cột đó không, rồi xuất lại danh sách từ Cổng dịch vụ công."
    ),
    "dossiers.rows_rejected": (
        "{rejected} trong {total} dòng hồ sơ bị loại và được giữ lại trong danh sách dòng bị loại ({reasons}); "
        "các dòng còn lại đã được nạp. Cách sửa: sửa các dòng này trong tệp gốc (xem trang Chất lượng dữ "
        "liệu), rồi nạp lại tệp đã sửa: hồ sơ đã nạp không bị tính hai lần."
    ),
    "dossiers.as_of_loaded": (
        "Danh sách không ghi ngày xuất dữ liệu, nên hồ sơ chưa giải quyết được xét quá hạn tính đến ngày nạp "
        "{date}. Cách sửa: nếu danh sách được xuất vào ngày khác, thêm một dòng tiêu đề «Tính đến ngày "
        "dd/mm/yyyy» phía trên bảng (hoặc ghi ngày vào tên tệp, ví dụ «HoSo_den_05-01-2025.xlsx») rồi nạp lại."
    ),
    "dossiers.repeated_in_file": (
        "{count} mã hồ sơ xuất hiện nhiều lần ngay trong tệp này (ví dụ «{example}»); chỉ dòng cuối cùng của "
        "mỗi mã được tính. Cách sửa: kiểm tra lại tệp xuất; mỗi hồ sơ chỉ nên có một dòng."
    ),
    "dossiers.repeated_earlier": (
        "{count} hồ sơ đã có trong danh sách nạp trước. Mỗi hồ sơ chỉ được tính một lần, theo trạng thái mới "
        "nhất: của danh sách có ngày xuất muộn hơn, nếu cùng ngày thì của danh sách nạp sau. Cách sửa: không "
        "cần sửa nếu đây là danh sách xuất chồng thời gian với danh sách trước."
    ),
    "dossiers.officer_unmatched": (
        "{count} hồ sơ ghi cán bộ tiếp nhận không có trong danh sách cán bộ Một cửa (ví dụ «{example}», cột "
        "«{column}»). Các hồ sơ này vẫn được tính cho đơn vị và thủ tục, nhưng không tính cho cán bộ nào. "
        "Cách sửa: ghi đúng mã hoặc họ và tên như trong danh sách cán bộ, hoặc bổ sung cán bộ vào danh sách."
    ),
    # One refused row: the place (file, sheet, cell) comes before these.
    "dossiers.row.code_missing": (
        "dòng này không có mã hồ sơ (cột «{column}»). Cách sửa: điền mã hồ sơ như trên Cổng dịch vụ công; "
        "nếu đây là dòng tổng cộng hoặc ghi chú, hãy xóa dòng đó khỏi bảng."
    ),
    "dossiers.row.code_missing.short": "thiếu mã hồ sơ",
    "dossiers.row.unit_missing": (
        "dòng này không ghi đơn vị tiếp nhận (cột «{column}»). Cách sửa: điền mã hoặc tên đơn vị như trong "
        "danh mục đơn vị."
    ),
    "dossiers.row.unit_missing.short": "thiếu đơn vị",
    "dossiers.row.unit_unknown": (
        "không tìm thấy đơn vị «{value}» (cột «{column}») trong danh mục đơn vị. Cách sửa: ghi đúng mã hoặc "
        "tên đơn vị như trong danh mục, hoặc bổ sung tên gọi này vào cột «Tên gọi khác» của danh mục."
    ),
    "dossiers.row.unit_unknown.short": "đơn vị không có trong danh mục",
    "dossiers.row.date_missing": (
        "dòng này chưa có ngày ở cột «{column}». Cách sửa: điền ngày dạng ngày/tháng/năm, ví dụ 15/03/2024."
    ),
    "dossiers.row.date_missing.short": "thiếu ngày tiếp nhận hoặc ngày hẹn trả",
    "dossiers.row.date_unreadable": (
        "không đọc được ngày «{value}» ở cột «{column}». Cách sửa: ghi ngày dạng ngày/tháng/năm, ví dụ "
        "15/03/2024 (có thể kèm giờ: 15/03/2024 08:30)."
    ),
    "dossiers.row.date_unreadable.short": "không đọc được ngày",
    "dossiers.row.date_impossible": (
        "ngày «{value}» ở cột «{column}» là một ngày không có thật. Cách sửa: sửa lại ngày, tháng cho đúng "
        "(ngày ghi trước tháng, ví dụ 28/02/2024)."
    ),
    "dossiers.row.date_impossible.short": "ngày không có thật",
    "dossiers.row.due_before_received": (
        "ngày hẹn trả «{value}» (cột «{column}») sớm hơn ngày tiếp nhận «{received}». Cách sửa: kiểm tra lại "
        "hai ngày này trên Cổng dịch vụ công (có thể ngày và tháng bị đảo)."
    ),
    "dossiers.row.due_before_received.short": "hẹn trả trước ngày tiếp nhận",
    "dossiers.row.resolved_before_received": (
        "ngày trả kết quả «{value}» (cột «{column}») sớm hơn ngày tiếp nhận «{received}». Cách sửa: kiểm tra "
        "lại hai ngày này trên Cổng dịch vụ công (có thể ngày và tháng bị đảo)."
    ),
    "dossiers.row.resolved_before_received.short": "trả kết quả trước ngày tiếp nhận",
    "dossiers.row.flag_unreadable": (
        "không hiểu giá trị «{value}» ở cột «{column}». Cách sửa: ghi «Có» hoặc «Không» (hoặc «x» khi có, "
        "để trống khi không)."
    ),
    "dossiers.row.flag_unreadable.short": "không hiểu giá trị Có/Không",
}

"""Messages for citizens' feedback exports (Mẫu 02) and the rows they refuse. Each message says what is
wrong and how to fix it."""

MESSAGES: dict[str, str] = {
    "feedback.no_officer_column": (
        "Tệp đánh giá không có cột cán bộ ở dòng tiêu đề (dòng {row}). Cách sửa: thêm cột «Mã cán bộ» hoặc "
        "«Cán bộ tiếp nhận» (họ và tên) để biết mỗi phiếu đánh giá ai, rồi nạp lại."
    ),
    "feedback.no_good_rows": (
        "Không dòng nào của tệp đánh giá dùng được ({rejected} dòng bị loại; các dòng đầu tiên được nêu bên "
        "dưới). Cách sửa: kiểm tra cột thời gian, cột cán bộ và cột mức độ hài lòng có đúng là các cột đó "
        "không, rồi xuất lại tệp từ kiosk hoặc Cổng dịch vụ công."
    ),
    "feedback.scale_inferred": (
        "Cột «{column}» ghi mức hài lòng bằng số mà không nói thang điểm; đã hiểu là thang {scale} mức (số "
        "lớn nhất là «Rất hài lòng»), theo số lớn nhất có trong tệp. Cách sửa: nếu không đúng, nạp lại với "
        "--scale 3 hoặc --scale 5, hoặc ghi thang vào tiêu đề cột, ví dụ «Mức độ hài lòng (1-5)»."
    ),
    "feedback.rows_rejected": (
        "{rejected} trong {total} dòng đánh giá bị loại và được giữ lại trong danh sách dòng bị loại ({reasons}); "
        "các dòng còn lại đã được nạp. Cách sửa: sửa các dòng này trong tệp gốc (xem trang Chất lượng dữ "
        "liệu hoặc bảng raw_rejected_row), rồi nạp lại tệp đã sửa: phiếu đã nạp sẽ không bị tính hai lần."
    ),
    "feedback.repeated_ratings": (
        "Có phiếu đánh giá lặp lại (cùng mã hồ sơ, cán bộ và thời gian): {inside} phiếu lặp lại ngay trong tệp "
        "này, {earlier} phiếu đã có trong tệp nạp trước. Mỗi phiếu chỉ được tính một lần. Cách sửa: không cần "
        "sửa nếu đây là tệp xuất chồng thời gian với tệp trước; nếu không, kiểm tra lại tệp xuất."
    ),
    # One refused row: the place (file, sheet, cell) comes before these.
    "feedback.row.time_missing": (
        "dòng này chưa có thời gian đánh giá (cột «{column}»). Cách sửa: điền ngày giờ đánh giá dạng "
        "ngày/tháng/năm giờ:phút:giây, ví dụ 15/03/2024 09:30:00."
    ),
    "feedback.row.time_missing.short": "thiếu thời gian đánh giá",
    "feedback.row.time_impossible": (
        "thời gian «{value}» ở cột «{column}» là một ngày không có thật. Cách sửa: sửa lại ngày, tháng cho "
        "đúng (ngày ghi trước tháng, ví dụ 28/02/2024 09:15:00)."
    ),
    "feedback.row.time_impossible.short": "ngày không có thật",
    "feedback.row.time_unreadable": (
        "không đọc được thời gian «{value}» ở cột «{column}». Cách sửa: ghi ngày giờ dạng ngày/tháng/năm "
        "giờ:phút:giây, ví dụ 15/03/2024 09:30:00."
    ),
    "feedback.row.time_unreadable.short": "không đọc được thời gian",
    "feedback.row.officer_missing": (
        "dòng này không ghi cán bộ được đánh giá (cột «{column}»). Cách sửa: điền mã cán bộ hoặc họ và tên "
        "cán bộ tiếp nhận hồ sơ."
    ),
    "feedback.row.officer_missing.short": "thiếu cán bộ",
    "feedback.row.officer_unknown": (
        "không tìm thấy cán bộ «{value}» (cột «{column}») trong danh sách cán bộ Một cửa. Cách sửa: ghi đúng "
        "mã hoặc họ và tên như trong danh sách, hoặc bổ sung cán bộ vào danh sách cán bộ Một cửa rồi nạp lại."
    ),
    "feedback.row.officer_unknown.short": "cán bộ không có trong danh sách",
    "feedback.row.officer_ambiguous": (
        "có nhiều cán bộ tên «{value}» (cột «{column}») mà dòng này không ghi đơn vị để phân biệt. Cách sửa: "
        "ghi mã cán bộ, hoặc thêm cột đơn vị (Bộ phận Một cửa) vào tệp xuất."
    ),
    "feedback.row.officer_ambiguous.short": "tên cán bộ trùng nhau",
    "feedback.row.level_missing": (
        "dòng này chưa có mức độ hài lòng (cột «{column}»). Cách sửa: điền một trong các mức: Rất hài lòng, "
        "Hài lòng, Bình thường, Không hài lòng, Rất không hài lòng (hoặc số 1–5)."
    ),
    "feedback.row.level_missing.short": "thiếu mức độ hài lòng",
    "feedback.row.level_unreadable": (
        "không hiểu mức độ hài lòng «{value}» ở cột «{column}». Cách sửa: ghi một trong các mức: Rất hài lòng, "
        "Hài lòng, Bình thường, Không hài lòng, Rất không hài lòng (hoặc số từ 1 đến thang điểm của tệp)."
    ),
    "feedback.row.level_unreadable.short": "không hiểu mức độ hài lòng",
    "feedback.row.too_many_cells": (
        "dòng này có {count} ô trong khi dòng tiêu đề có {width} cột, nên không biết ô nào thuộc cột nào. "
        "Cách sửa: bỏ dấu phân cách thừa, hoặc đặt nội dung có dấu phẩy/chấm phẩy trong ngoặc kép."
    ),
    "feedback.row.too_many_cells.short": "thừa ô so với dòng tiêu đề",
    "feedback.row.too_many_cells.finding": (
        "dòng này có nhiều ô hơn dòng tiêu đề nên bị loại. Cách sửa: bỏ dấu phân cách thừa, hoặc đặt nội dung "
        "có dấu phẩy/chấm phẩy trong ngoặc kép."
    ),
}

"""Messages for the heads' completion levels: the rule sets (kind head_rules) and the index calendar
(kind head_calendar). Each message says what is wrong and how to fix it."""

MESSAGES: dict[str, str] = {
    "heads.unknown_unit": (
        "Mã đơn vị «{code}» không có trong danh mục đơn vị.{suggestion} Cách sửa: ghi mã đơn vị đúng như danh "
        "mục, hoặc nạp danh mục đơn vị có đơn vị này trước."
    ),
    "heads.bad_measure": (
        "Không hiểu cách đo «{value}». Cách sửa: ghi «điểm» (điểm số của chỉ số), «xếp hạng» (thứ hạng) hoặc "
        "«thay đổi» (điểm tăng, giảm so với năm trước)."
    ),
    "heads.bad_combine": (
        "Không hiểu cách kết hợp «{value}». Cách sửa: ghi «thấp nhất» (mức thấp nhất trong các chỉ số) hoặc "
        "«trung bình có trọng số»; để trống là «thấp nhất»."
    ),
    "heads.bad_threshold": "Ngưỡng «{value}» ở cột «{column}» không hợp lệ. Cách sửa: ghi {expected}.",
    "heads.expect.score": "một số, dấu phẩy thập phân (ví dụ 85,5): điểm từ mức này trở lên",
    "heads.expect.change": "một số, có thể âm (ví dụ -2,5): điểm tăng so với năm trước từ mức này trở lên",
    "heads.expect.rank": "một số nguyên từ 1 (ví dụ 10): xếp hạng từ 1 đến mức này",
    "heads.bad_weight": "Trọng số «{value}» không hợp lệ. Cách sửa: ghi một số lớn hơn 0 (ví dụ 1 hoặc 0,5).",
    "heads.bad_lag": (
        "«{value}» không phải số năm hợp lệ. Cách sửa: ghi 0 (kết quả của chính năm đánh giá), 1 (kết quả năm "
        "trước, mặc định) hoặc 2, 3."
    ),
    "heads.bad_due": "Không đọc được hạn «{value}» ở cột «{column}». Cách sửa: ghi ngày/tháng dạng dd/mm, ví dụ 05/11.",
    "heads.thresholds_order": (
        "Các ngưỡng {values} (Hoàn thành xuất sắc · Hoàn thành tốt · Hoàn thành) không theo thứ tự của cách đo "
        "«{measure}». Cách sửa: với điểm và thay đổi, ngưỡng xuất sắc cao nhất; với xếp hạng, ngưỡng xuất sắc là "
        "thứ hạng nhỏ nhất."
    ),
    "heads.duplicate": (
        "Đơn vị {unit} đã có dòng cho chỉ số {index} (và cùng lĩnh vực) trong bộ quy định này ở dòng {first_row}. "
        "Cách sửa: giữ một dòng cho mỗi đơn vị, chỉ số và lĩnh vực."
    ),
    "heads.set_differs": (
        "Cột «{column}» của bộ quy định {rule_set} khác với dòng {first_row}. Cách sửa: các dòng của một bộ quy "
        "định phải cùng hiệu lực, căn cứ, hạn và số năm lùi của kết quả; quy định khác thì đặt mã bộ khác."
    ),
    "heads.combine_differs": (
        "Đơn vị {unit} có cách kết hợp khác với dòng {first_row}. Cách sửa: ghi cùng một cách kết hợp cho mọi "
        "chỉ số của một đơn vị."
    ),
    "heads.sets_overlap": (
        "Bộ quy định {second} có hiệu lực trùng thời gian với bộ {first} cho các đơn vị {units}. Cách sửa: ghi "
        "«Hiệu lực đến» của bộ cũ trước ngày bộ mới có hiệu lực."
    ),
    "heads.calendar_duplicate": (
        "Chỉ số {index} năm {year} (cùng lĩnh vực) đã có ở dòng {first_row}. Cách sửa: giữ một dòng cho mỗi "
        "chỉ số, lĩnh vực và năm."
    ),
    "heads.bad_score": "Không đọc được điểm «{value}». Cách sửa: ghi một số không âm, dấu phẩy thập phân (ví dụ 82,35).",
    "heads.dates_order": (
        "«{later}» ({second}) sớm hơn «{earlier}» ({first}). Cách sửa: kiểm tra lại hai ngày; kết quả được "
        "công bố, rồi gửi Sở Nội vụ, rồi mới quyết định mức."
    ),
}

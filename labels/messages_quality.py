"""Messages of the data-quality suites (etl/quality.py, expectations/*.json) that no parser raises
itself. The suites' other rules reuse the parsers' messages (scoring.no_evidence, scoring.inflated,
scoring.late)."""

MESSAGES: dict[str, str] = {
    "quality.criterion_unknown": (
        "Dòng {code} (mã {criterion}) không thuộc bộ tiêu chí áp dụng cho đơn vị trong năm. Cách sửa: đối chiếu "
        "số thứ tự với bộ tiêu chí hiện hành rồi gửi lại."
    ),
    "quality.self_negative": "Tiêu chí {code}: điểm tự đánh giá {points} âm. Cách sửa: ghi điểm từ 0 trở lên.",
    "quality.appraised_negative": "Tiêu chí {code}: điểm thẩm định {points} âm. Cách sửa: ghi điểm từ 0 trở lên.",
    "quality.self_above_max": (
        "Tiêu chí {code}: điểm tự đánh giá {points} vượt điểm tối đa {maximum} của bộ tiêu chí. Cách sửa: chấm "
        "lại trong khoảng 0 đến {maximum}."
    ),
    "quality.appraised_above_max": (
        "Tiêu chí {code}: điểm thẩm định {points} vượt điểm tối đa {maximum} của bộ tiêu chí. Cách sửa: chấm lại "
        "trong khoảng 0 đến {maximum}."
    ),
    "quality.max_differs": (
        "Tiêu chí {code}: điểm tối đa ghi {typed}, bộ tiêu chí quy định {expected}. Cách sửa: dùng đúng mẫu bảng "
        "điểm của năm đánh giá."
    ),
    "quality.criterion_twice": (
        "Tiêu chí {code} xuất hiện nhiều lần trong bảng điểm. Cách sửa: giữ một dòng cho mỗi tiêu chí."
    ),
    "quality.future_year": (
        "Bảng điểm ghi năm đánh giá {year}, là năm chưa đến. Cách sửa: ghi đúng năm đánh giá ở tiêu đề hoặc tên tệp."
    ),
    "quality.survey_negative": (
        "Đơn vị {unit}, tiêu chí {criterion}: điểm điều tra xã hội học {points} âm. Cách sửa: ghi điểm từ 0 trở lên."
    ),
    "quality.survey_above_max": (
        "Đơn vị {unit}, tiêu chí {criterion}: điểm điều tra xã hội học {points} vượt điểm tối đa {maximum}. Cách "
        "sửa: đối chiếu với kết quả điều tra và bộ tiêu chí của năm."
    ),
    "quality.survey_twice": (
        "Đơn vị {unit}, tiêu chí {criterion} có nhiều dòng điểm điều tra. Cách sửa: giữ một dòng cho mỗi đơn vị "
        "và tiêu chí."
    ),
    "quality.officer_score_range": (
        "Công chức {officer}: điểm {score} nằm ngoài thang 0–100 của Mẫu 01. Cách sửa: ghi điểm từ 0 đến 100."
    ),
    "quality.officer_unknown": (
        "Mã công chức {officer} không có trong danh sách cán bộ Một cửa. Cách sửa: kiểm tra mã hoặc bổ sung "
        "công chức vào danh sách trước."
    ),
    "quality.officer_twice": (
        "Công chức {officer} có nhiều dòng trong cùng tệp. Cách sửa: giữ một dòng cho mỗi công chức."
    ),
    "quality.future_month": (
        "Phiếu đánh giá tháng {month}, là tháng chưa kết thúc. Cách sửa: ghi đúng tháng được đánh giá."
    ),
    "quality.unit_twice": "Mã đơn vị {unit} xuất hiện nhiều lần. Cách sửa: giữ một dòng cho mỗi đơn vị.",
    "quality.unit_group_unknown": (
        "Đơn vị {unit} có nhóm «{group}» không hợp lệ. Cách sửa: dùng một trong các nhóm Sở, ban, ngành; UBND "
        "cấp huyện; UBND cấp xã; Phòng chuyên môn; Bộ phận Một cửa."
    ),
    "quality.unit_dates": (
        "Đơn vị {unit}: ngày hết hiệu lực {end} trước ngày bắt đầu {start}. Cách sửa: sửa lại hai ngày này."
    ),
    "quality.feedback_level": (
        "{count} phiếu có mức đánh giá «{level}» không thuộc thang đánh giá. Cách sửa: dùng các mức Rất hài lòng, "
        "Hài lòng, Bình thường, Không hài lòng, Rất không hài lòng."
    ),
    "quality.feedback_scale": (
        "{count} phiếu có thang đo {scale} mức, trong khi chỉ nhận thang 3 hoặc 5 mức. Cách sửa: xuất lại tệp "
        "từ hệ thống với thang đo đúng."
    ),
    "quality.feedback_officer_unknown": (
        "{count} phiếu ghi công chức không có trong danh sách cán bộ Một cửa. Cách sửa: bổ sung danh sách cán bộ "
        "rồi nạp lại tệp."
    ),
    "quality.feedback_future": (
        "{count} phiếu có thời điểm đánh giá ở tương lai. Cách sửa: kiểm tra đồng hồ của máy kiosk rồi xuất lại tệp."
    ),
    "docs.title": "Kết quả kiểm tra chất lượng dữ liệu (Data Docs)",
    "docs.summary": (
        "Lần kiểm tra lúc {at}: {files} tệp, {rows} dòng; {critical} lỗi nghiêm trọng, {warnings} cảnh báo."
    ),
    "docs.nothing": "Kho chưa có dữ liệu nào để kiểm tra.",
    "docs.col_suite": "Bộ kiểm tra",
    "docs.col_checks": "Nội dung kiểm tra",
    "docs.col_pages": "Trang chi tiết",
    "docs.suite_link": "Các điều kiện",
    "docs.result_link": "Kết quả lần kiểm tra này",
    "docs.gx_index": "Trang chủ Data Docs của Great Expectations (cần kết nối Internet để hiển thị đầy đủ)",
}

"""Texts of the data-quality page (Chất lượng dữ liệu), for Sở Nội vụ as the data steward."""

INTRO = (
    "Dành cho Sở Nội vụ (đơn vị quản lý dữ liệu): đơn vị nào chưa nộp hoặc nộp muộn, tệp nào bị từ chối "
    "và vì sao, dữ liệu đã nạp nào đáng ngờ — trước khi lãnh đạo xem xếp hạng. Mỗi lỗi ghi rõ tệp, trang "
    "tính, ô và cách sửa; có thể tải phiếu phản hồi gửi lại từng đơn vị."
)
NO_YEAR = "Chọn một năm ở thanh bên để xem tình hình nộp biểu."

# Submission tracker
SECTION_TRACKER = "Theo dõi nộp biểu"
TAB_CCHC = "Bảng chấm điểm CCHC (theo năm)"
TAB_FORMS = "Phiếu Mẫu 01 của công chức Một cửa (theo tháng)"
STATUS_LABELS: dict[str, str] = {
    "submitted": "Đã nộp đúng hạn",
    "late": "Nộp muộn",
    "missing": "Chưa nộp",
    "rejected": "Bị từ chối",
    "superseded": "Đã được thay thế",
}
# One symbol per state in the officers × months grid: shapes as well as words, readable without colour.
STATUS_SYMBOLS: dict[str, str] = {
    "submitted": "✓",
    "late": "⏱ muộn",
    "missing": "✗ chưa nộp",
    "rejected": "⛔ bị từ chối",
}
METRIC_OWED = "Phải nộp"
METRIC_OWED_HELP_CCHC = "Đơn vị tồn tại ngày 31/12 của năm và có bộ tiêu chí đang hiệu lực cho nhóm của mình."
METRIC_OWED_HELP_FORMS = "Số lượt cán bộ × tháng phải nộp phiếu Mẫu 01 theo danh sách cán bộ Một cửa."
METRIC_FILES_HELP = "Số tệp (không phải số đơn vị): tệp bị từ chối và tệp đã được tệp mới hơn thay thế."
DEADLINE = "Hạn nộp áp dụng: {deadlines}."
DEADLINE_FOR = "{date} ({groups})"
# A year of monthly deadlines for the same units, in one phrase.
DEADLINE_RANGE_FOR = "{count} hạn, từ {first} đến {last} ({groups})"
NO_DEADLINE = "bộ quy tắc chưa có hạn nộp cho kỳ này, nên chưa xét nộp muộn"
FORMS_DEADLINE = "Mẫu 01 nộp trước ngày 2 của tháng sau (Quyết định số 1514/QĐ-UBND ngày 22/9/2023)"
REJECTED_UNKNOWN = (
    "Ngoài ra có {count} tệp loại này bị từ chối mà chưa xác định được đơn vị hoặc kỳ (tệp không đọc "
    "được đến đó): xem ở phần «Lỗi và cảnh báo» bên dưới."
)
NO_SHEETS = "Chưa có đơn vị nào phải nộp bảng chấm điểm CCHC {period}{group}."
NO_FORMS = "Chưa có phiếu Mẫu 01 nào phải nộp {period}."
GROUP_SUFFIX = " trong nhóm {group}"
FORMS_GROUP_NOTE = "Phiếu Mẫu 01 do Bộ phận Một cửa nộp nên không lọc theo nhóm đơn vị."
VIEW_SWITCH = "Xem theo"
VIEW_OFFICER = "Từng cán bộ"
VIEW_DESK = "Từng Bộ phận Một cửa"
COLUMN_MONTH = "T{month}"
TRACKER_CAPTION = "Đơn vị chưa nộp, bị từ chối, nộp muộn xếp trước; tên sắp theo thứ tự chữ cái tiếng Việt."
MATRIX_CUT = (
    "Đang hiện {shown} cán bộ đầu tiên trong {total} (theo bộ phận, rồi họ tên); tệp Excel và CSV có đủ "
    "{total} cán bộ. Xem theo bộ phận để thấy toàn bộ các bộ phận."
)
MATRIX_CAPTION = (
    "✓ nộp đúng hạn · ⏱ nộp muộn · ✗ chưa nộp · ⛔ tệp bị từ chối; ô trống là tháng cán bộ không phải nộp."
)

# Findings
SECTION_FINDINGS = "Lỗi và cảnh báo"
FINDINGS_SCOPE = (
    "Các phát hiện của tệp dữ liệu {period} và của các tệp bị từ chối chưa xác định được năm. Lỗi làm tệp "
    "bị từ chối (không dữ liệu nào của tệp được nạp); cảnh báo được ghi lại, dữ liệu vẫn được nạp."
)
NO_FINDINGS = (
    "Không có lỗi hay cảnh báo nào cho {period}: mọi tệp đã nạp đều qua các bước kiểm tra "
    "(kể cả bộ kiểm tra Great Expectations)."
)
FILTER_SEVERITY = "Mức độ"
FILTER_UNIT = "Đơn vị"
FILTER_KIND = "Loại tệp"
FILTER_RULE = "Quy tắc kiểm tra"
NO_UNIT = "(chưa xác định đơn vị)"
METRIC_ERRORS = "Lỗi"
METRIC_WARNINGS = "Cảnh báo"
METRIC_FILES = "Tệp có phát hiện"
METRIC_REJECTED_FILES = "Tệp bị từ chối"
TABLE_LIMIT = "Đang hiện {shown} trên {total} phát hiện; thu hẹp bộ lọc để xem các phát hiện còn lại."
PICK_HINT = "Chọn một dòng để xem dòng dữ liệu đó đúng như trong tệp đơn vị đã gửi."
ROWS_HEADING = "Dòng dữ liệu trong tệp «{file}», trang tính «{sheet}»"
ROWS_CAPTION = (
    "Dòng {row} (tô màu) là dòng có lỗi{cell}; {header}kèm một dòng trước và sau để đối chiếu. Đọc từ bản "
    "lưu đúng từng byte của tệp đơn vị đã gửi."
)
ROWS_CELL = ", ô {cell} được đánh dấu"
ROWS_HEADER = "dòng {row} là dòng tiêu đề cột, "
ROWS_NONE = (
    "Phát hiện này nói về cả tệp hoặc cả trang tính (không gắn với một dòng), nên không có dòng dữ liệu "
    "để hiển thị."
)
ROWS_MISSING = "Không mở được bản lưu của tệp «{file}» ({reason})."
ROW_COLUMN = "Dòng"

# Feedback form
SECTION_FEEDBACK = "Phiếu phản hồi gửi đơn vị"
FEEDBACK_HINT = (
    "Phiếu Excel liệt kê các lỗi, cảnh báo của đơn vị (theo bộ lọc ở trên) và cách sửa, sẵn sàng gửi đơn vị."
)
FEEDBACK_UNIT = "Đơn vị nhận phiếu"
FEEDBACK_UNKNOWN = "Các tệp chưa xác định được đơn vị"
FEEDBACK_OPTION = "{unit} — {count} phát hiện"
FEEDBACK_DOWNLOAD = "Tải phiếu phản hồi (Excel)"
FEEDBACK_SHEET = "Phiếu phản hồi"
FEEDBACK_TITLE = "PHIẾU PHẢN HỒI KẾT QUẢ KIỂM TRA DỮ LIỆU — {unit} — {period}"
FEEDBACK_SUBTITLE = (
    "Sở Nội vụ gửi đơn vị: {errors} lỗi (tệp chưa được nạp, cần sửa và gửi lại) và {warnings} cảnh báo "
    "(dữ liệu đã nạp, cần xem lại). Lập ngày {date}."
)
FEEDBACK_HEADERS = ("STT", "Tệp", "Trang tính", "Ô", "Mức độ", "Nội dung và cách sửa")

# Trend
SECTION_TREND = "Diễn biến lỗi và cảnh báo theo nguồn dữ liệu"
TREND_BY = "Trục thời gian"
TREND_BY_OPTIONS: dict[str, str] = {
    "period_year": "Năm của dữ liệu",
    "attempted_month": "Tháng nạp tệp",
}
TREND_TITLE = "Lỗi và cảnh báo theo {axis} và loại tệp – {span}"
TREND_AXIS: dict[str, str] = {"period_year": "năm của dữ liệu", "attempted_month": "tháng nạp tệp"}
TREND_SPAN = "{first}–{last}"
TREND_SOURCE = "nhật ký nạp tệp và các bộ kiểm tra Great Expectations"
TREND_HOVER = "%{x}<br>%{fullData.name}: %{y} phát hiện<extra></extra>"
AXIS_FINDINGS = "Số phát hiện"
UNKNOWN_YEAR = "Chưa rõ năm"
RUNS_HEADING = "Các lần chạy bộ kiểm tra Great Expectations gần nhất"
RUNS_CAPTION = "Mỗi lần nạp chạy các bộ kiểm tra trước khi ghi vào kho; lỗi nghiêm trọng chặn việc nạp."
NO_RUNS = "Chưa có lần chạy bộ kiểm tra Great Expectations nào được ghi lại."
SCOPE_LABELS: dict[str, str] = {"load": "Khi nạp tệp", "docs": "Khi lập Data Docs"}

# Data Docs
SECTION_DOCS = "Data Docs cho kiểm toán"
DOCS_READY = (
    "Data Docs của Great Expectations (trang HTML tĩnh: bộ kiểm tra, kết quả từng lần chạy) lập ngày "
    "{date} ở thư mục `{folder}`. Tải về, giải nén và mở `index.html` bằng trình duyệt."
)
DOCS_DOWNLOAD = "Tải Data Docs (.zip)"
DOCS_MISSING = (
    "Chưa có Data Docs. Để lập, chạy `python -m etl docs` (trang HTML tĩnh được ghi vào thư mục "
    "`{folder}`), rồi tải lại trang này."
)

# Self-assessment against appraisal
SECTION_CUTS = "Tự chấm so với thẩm định"
CUTS_INTRO = (
    "Đơn vị bị hội đồng thẩm định trừ nhiều điểm nhất so với điểm tự chấm {period}: tự đánh giá chưa "
    "trung thực hoặc thiếu tài liệu kiểm chứng."
)
CUTS_TITLE = "Điểm tự chấm và điểm thẩm định – {count} đơn vị bị trừ nhiều nhất {period}{group}"
CUTS_SOURCE = "bảng tự đánh giá, chấm điểm CCHC và kết quả thẩm định"
CUTS_HOVER = "%{y}<br>%{fullData.name}: %{x:.2f} điểm<br>Bị trừ: %{customdata} điểm<extra></extra>"
CUTS_NONE = "Chưa có kết quả thẩm định nào {period}{group} để so với điểm tự chấm."
SELF_POINTS = "Điểm tự chấm"
APPRAISED_POINTS = "Điểm thẩm định"
AXIS_POINTS = "Điểm"

SOURCE_TRACKER = "nhật ký nạp tệp, danh mục đơn vị, bộ tiêu chí và bộ quy tắc"

COLUMNS: dict[str, str] = {
    "status": "Tình trạng",
    "deadline_date": "Hạn nộp",
    "submitted_date": "Ngày nộp",
    "days_late": "Số ngày muộn",
    "file_name": "Tệp đang dùng",
    "rejected_files": "Tệp bị từ chối",
    "superseded_files": "Tệp đã thay thế",
    "unit_name": "Đơn vị",
    "officer_name": "Cán bộ",
    "owed_count": "Phải nộp",
    "submitted_count": "Đúng hạn",
    "late_count": "Nộp muộn",
    "missing_count": "Chưa nộp",
    "severity": "Mức độ",
    "rule_name": "Quy tắc",
    "sheet_name": "Trang tính",
    "cell": "Ô",
    "message": "Nội dung và cách sửa",
    "kind": "Loại tệp",
    "self_points": "Điểm tự chấm",
    "appraised_points": "Điểm thẩm định",
    "cut_points": "Điểm bị trừ",
    "cut_pct": "Tỷ lệ bị trừ (%)",
    "index_pct": "Chỉ số (%)",
    "started_at": "Thời điểm chạy",
    "scope": "Khi nào",
    "file_count": "Số tệp",
    "row_count": "Số dòng",
    "critical_count": "Lỗi nghiêm trọng",
    "warning_count": "Cảnh báo",
    "engine_version": "Phiên bản Great Expectations",
}

# Short Vietnamese names of the checks, for the rule filter and the table (the message has the detail).
RULE_NAMES: dict[str, str] = {
    "dates.end_before_start": "Ngày kết thúc trước ngày bắt đầu",
    "framework.sum_mismatch": "Điểm tiêu chí con không cộng đúng",
    "header.missing_columns": "Thiếu cột bắt buộc",
    "officer.unknown_unit": "Cán bộ thuộc đơn vị không có trong danh mục",
    "officer_form.month_missing": "Phiếu Mẫu 01 không ghi tháng",
    "officer_form.score_out_of_range": "Điểm Mẫu 01 ngoài thang 0–100",
    "scoring.duplicate_criterion": "Tiêu chí bị lặp",
    "scoring.max_differs": "Điểm tối đa khác bộ tiêu chí",
    "scoring.missing_criteria": "Thiếu tiêu chí",
    "scoring.no_year": "Không rõ năm đánh giá",
    "scoring.out_of_range": "Điểm ngoài khoảng cho phép",
    "scoring.parent_sum": "Tổng điểm tiêu chí cha không khớp",
    "scoring.survey_self_scored": "Tự chấm tiêu chí điều tra xã hội học",
    "scoring.unit_unknown": "Không nhận ra đơn vị",
    "scoring.unknown_criterion": "Tiêu chí không có trong bộ tiêu chí",
    "scoring.number_shifted": "Số thứ tự tiêu chí lệch",
    "scoring.evidence_vague": "Tài liệu kiểm chứng ghi chưa rõ",
    "scoring.inflated": "Tự chấm cao hơn nhiều so với thẩm định",
    "scoring.late": "Nộp bảng điểm muộn",
    "scoring.no_evidence": "Tự chấm điểm nhưng không có tài liệu kiểm chứng",
    "unit.duplicate_code": "Mã đơn vị bị trùng",
    "unit.unknown_group": "Nhóm đơn vị không hợp lệ",
    "unit.unknown_parent": "Đơn vị cấp trên không có trong danh mục",
    "value.date_not_exist": "Ngày không có trên lịch",
    "feedback.repeated_ratings": "Đánh giá lặp lại bất thường",
    "feedback.row.level_missing": "Thiếu mức độ hài lòng",
    "feedback.row.level_unreadable": "Không đọc được mức độ hài lòng",
    "feedback.row.officer_unknown": "Cán bộ được đánh giá không có trong danh sách",
    "feedback.row.time_impossible": "Thời gian đánh giá không hợp lý",
    "feedback.row.time_unreadable": "Không đọc được thời gian đánh giá",
    "feedback.rows_rejected": "Có dòng đánh giá bị loại",
    "published.heading_row": "Dòng tiêu đề trong bảng công bố",
    "text.legacy_encoding": "Văn bản dùng bảng mã cũ (TCVN3/VNI)",
}

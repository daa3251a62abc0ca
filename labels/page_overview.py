"""Texts of the overview page (Tổng quan)."""

CAPTION = "Bức tranh chung {index_period} và Bộ phận Một cửa {one_stop_period}. Nhóm đơn vị: {group}."
CAPTION_NO_ONE_STOP = "Bức tranh chung {index_period}. Nhóm đơn vị: {group}."
NO_INDEX = (
    "Chưa có chỉ số CCHC của {period}. Các năm đã có chỉ số: {years}. Chọn một năm trong bộ lọc, hoặc nạp "
    "bảng tự đánh giá của các đơn vị bằng `python -m etl ingest THƯ_MỤC`."
)
NO_INDEX_AT_ALL = (
    "Kho chưa có chỉ số CCHC của đơn vị nào. Nạp danh mục đơn vị, bộ tiêu chí, bộ quy tắc rồi các bảng tự "
    "đánh giá bằng `python -m etl ingest THƯ_MỤC`."
)
NO_GROUP_DATA = "Nhóm «{group}» không có chỉ số CCHC {period}."

SECTION_INDEX = "Chỉ số CCHC {period}"
NO_PREVIOUS = "Chưa có năm trước để so sánh."
METRIC_UNITS = "Đơn vị được đánh giá"
METRIC_MEAN = "Chỉ số trung bình"
METRIC_MEAN_HELP = "Trung bình chỉ số của các đơn vị được đánh giá (mỗi đơn vị một phiếu bầu)."
METRIC_BEST = "Cao nhất"
METRIC_WORST = "Thấp nhất"
METRIC_PROVISIONAL = "Chưa có kết quả chính thức"
METRIC_PROVISIONAL_HELP = "Đơn vị chưa được thẩm định hoặc còn thiếu điểm điều tra xã hội học."
BANDS_TITLE = "Số đơn vị theo xếp loại {period}"
UNITS_CHANGED = (
    "Số đơn vị được đánh giá thay đổi ({previous}: {before}, {period}: {now}), chủ yếu do sắp xếp, sáp nhập "
    "đơn vị: mức tăng, giảm số lượng theo xếp loại phần lớn phản ánh thay đổi đó; tỷ lệ ở dấu ? của từng ô."
)
BAND_SHARE = "{share}% số đơn vị được đánh giá."
DELTA_HELP = "Thay đổi {compared}."
GROUPS_TITLE = "Theo nhóm đơn vị"
CHART_GROUPS = "Chỉ số CCHC trung bình theo nhóm đơn vị, {period} và {previous}"
CHART_GROUPS_ONE = "Chỉ số CCHC trung bình theo nhóm đơn vị, {period}"
CHART_SOURCE = "Chỉ số CCHC của các đơn vị (điểm thẩm định, hoặc tự đánh giá khi chưa thẩm định)"
AXIS_INDEX = "Chỉ số (%)"
MOVERS_TITLE = "Đơn vị tăng, giảm nhiều nhất {compared}"
RISERS = "Tăng nhiều nhất"
FALLERS = "Giảm nhiều nhất"
NO_RISERS = "Không đơn vị nào tăng chỉ số."
NO_FALLERS = "Không đơn vị nào giảm chỉ số."
MOVERS_NOTE = (
    "Chỉ so sánh đơn vị có chỉ số ở cả hai năm, trong cùng nhóm; đơn vị mới hoặc sáp nhập không được so sánh."
)

SECTION_ONE_STOP = "Bộ phận Một cửa {period}"
NO_ONE_STOP = (
    "Chưa có kết quả đánh giá công chức Một cửa {period}. Nạp phiếu tự đánh giá (Mẫu 01) và kết quả "
    "đánh giá của người dân (Mẫu 02) bằng `python -m etl ingest THƯ_MỤC`."
)
GRADE_METRIC = "Loại {grade}"
METRIC_SATISFACTION = "Tỷ lệ hài lòng"
METRIC_SATISFACTION_HELP = (
    "Tỷ lệ phiếu «Rất hài lòng» và «Hài lòng» trên {count} phiếu đánh giá của người dân."
)
METRIC_REPLACEMENTS = "Cần thay thế (loại D)"
METRIC_MISSING_FORMS = "Thiếu phiếu Mẫu 01"
METRIC_LATE_FORMS = "Nộp phiếu muộn"
REPLACEMENTS_TITLE = "Công chức xếp loại D cần thay thế"

SECTION_MISSING = "Dữ liệu còn thiếu"
MISSING_SHEETS = "{count} đơn vị chưa có bảng tự đánh giá {period}"
MISSING_SHEETS_NONE = "Mọi đơn vị phải đánh giá {period} đều đã có bảng tự đánh giá."
PROVISIONAL_LIST = "{count} đơn vị chưa có kết quả chính thức {period}"
MISSING_FORMS = "{count} phiếu Mẫu 01 còn thiếu {period}; xem chi tiết ở trang Một cửa."
UNRESOLVED = "{count} tệp bị từ chối chưa được đơn vị gửi lại."
UNRESOLVED_LINK = "Xem lý do ở trang Kho dữ liệu"
NOTHING_MISSING = "Không thiếu dữ liệu nào cho kỳ đã chọn."

COLUMNS = {
    "unit_name": "Đơn vị",
    "unit_group": "Nhóm",
    "unit_count": "Số đơn vị",
    "mean_index_pct": "Chỉ số TB (%)",
    "min_index_pct": "Thấp nhất (%)",
    "max_index_pct": "Cao nhất (%)",
    "previous_mean_pct": "TB năm so sánh (%)",
    "mean_change_pct": "Thay đổi",
    "index_pct": "Chỉ số (%)",
    "previous_index_pct": "Năm so sánh (%)",
    "change_pct": "Thay đổi",
    "rank_text": "Thứ hạng",
    "officer_name": "Công chức",
    "final_score": "Điểm",
    "grade": "Loại",
    "second_d_text": "Ghi chú",
    "has_appraisal_text": "Thẩm định",
}
SECOND_D = "Loại D tháng thứ hai liên tiếp"
APPRAISED = "Đã thẩm định"
NOT_APPRAISED = "Chưa thẩm định"
RANK_TEXT = "{rank} ({change})"
RANK_SAME = "không đổi"
RANK_UP = "↑{n}"
RANK_DOWN = "↓{n}"

# The report pack.
PACK_TITLE = "Bộ báo cáo quý, năm (Word, Excel, biểu đồ)"
PACK_HELP = (
    "Tạo báo cáo Word theo thể thức văn bản hành chính, tệp Excel chứa mọi bảng số liệu và ảnh PNG, SVG "
    "của mọi biểu đồ, như lệnh `python -m reports`. Phần Chỉ số CCHC theo nhóm đơn vị đang chọn ở thanh bên."
)
PACK_YEAR = "Năm báo cáo"
PACK_PERIOD = "Kỳ báo cáo"
PACK_WHOLE_YEAR = "Cả năm"
PACK_QUARTER = "Quý {roman}"
PACK_BUTTON = "Tạo bộ báo cáo"
PACK_DOWNLOAD = "Tải bộ báo cáo (.zip)"
PACK_READY = "Đã tạo {name}: {figures} biểu đồ, {tables} bảng, trong {seconds} giây."
PACK_NO_IMAGES = "Báo cáo chưa có ảnh biểu đồ: {reason}"

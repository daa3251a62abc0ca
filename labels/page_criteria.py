"""Texts of the page «Điểm yếu theo tiêu chí» (pages/weakness.py)."""

INTRO = (
    "Đơn vị bị trừ điểm ở lĩnh vực, tiêu chí nào; tiêu chí nào bị trừ nhiều nhất trong nhóm và cơ quan nào "
    "chủ trì; và bảng điểm chi tiết của từng đơn vị để thấy nguyên nhân."
)
PICK_GROUP = "Nhóm đơn vị"
PICK_GROUP_HELP = "Chọn nhóm ở thanh bên trái để cố định nhóm cho mọi trang."
NO_GROUP_DATA = (
    "Chưa có kết quả chấm điểm CCHC của nhóm «{group}» trong {period}. Nạp bảng điểm của các đơn vị "
    "(`python -m etl ingest THƯ_MỤC`) hoặc chọn năm, nhóm khác."
)
NO_YEAR_DATA = (
    "Chưa có kết quả chấm điểm CCHC nào trong {period}. Nạp bảng điểm của các đơn vị "
    "(`python -m etl ingest THƯ_MỤC`) hoặc chọn năm khác ở thanh bên trái."
)

# Heatmap
SECTION_HEATMAP = "Tỷ lệ điểm bị trừ theo đơn vị"
PICK_VIEW = "Xem theo"
VIEWS: dict[str, str] = {"field": "Lĩnh vực", "criterion": "Tiêu chí"}
PICK_ORDER = "Sắp xếp đơn vị"
ORDERS: dict[str, str] = {"name": "Theo tên (A → Z)", "index": "Theo chỉ số (cao → thấp)"}
PICK_FIELD = "Lĩnh vực"
ALL_FIELDS = "Tất cả lĩnh vực"
HEATMAP_TITLE_FIELD = "Tỷ lệ điểm bị trừ theo lĩnh vực, {period} – {group}"
HEATMAP_TITLE_CRITERION = "Tỷ lệ điểm bị trừ theo tiêu chí, {period} – {group}"
HEATMAP_SOURCE = "bảng điểm thẩm định (hoặc tự đánh giá khi chưa thẩm định) và kết quả điều tra XHH"
HEATMAP_COLOURBAR = "Bị trừ (% điểm tối đa)"
HEATMAP_HOVER_FIELD = (
    "<b>%{customdata[0]}</b><br>%{customdata[1]}<br>"
    "Bị trừ %{customdata[2]} / %{customdata[3]} điểm (%{z:.2f}%)<extra></extra>"
)
HEATMAP_HOVER_CRITERION = (
    "<b>%{customdata[0]}</b><br>Tiêu chí %{x}: %{customdata[1]}<br>"
    "Bị trừ %{customdata[2]} / %{customdata[3]} điểm (%{z:.2f}%)<extra></extra>"
)
HEATMAP_CAPTION = (
    "Mỗi ô: số điểm bị trừ chia cho điểm tối đa của lĩnh vực (tiêu chí), tính bằng %; màu càng đậm, "
    "bị trừ càng nhiều. Tiêu chí «không áp dụng» không tính; tiêu chí điều tra XHH chỉ có tổng điểm "
    "cũng không tính. Di chuột lên ô để xem tên đầy đủ."
)
# A group larger than the heatmap can draw (criteria_logic.HEATMAP_UNITS_SHOWN).
HEATMAP_CUT = (
    "Nhóm có {total} đơn vị: biểu đồ chỉ vẽ {shown} đơn vị bị trừ nhiều điểm nhất {scope}, xếp theo thứ tự "
    "đã chọn. Bảng «Tiêu chí bị trừ nhiều điểm nhất» bên dưới tính trên cả nhóm; số liệu từng ô của mọi "
    "đơn vị có trong tệp tải về dưới biểu đồ."
)
CUT_SCOPE_ALL = "(cộng trên tất cả lĩnh vực)"
CUT_SCOPE_FIELD = "ở lĩnh vực {field}"
HEATMAP_TITLE_CUT = "{shown}/{total} đơn vị bị trừ nhiều điểm nhất"
# The heatmap's figures for every unit of the group, as files built when asked for.
DOWNLOAD_CELLS_XLSX = "Tải số liệu mọi đơn vị (Excel)"
DOWNLOAD_CELLS_CSV = "Tải số liệu mọi đơn vị (CSV)"
CELLS_HELP = (
    "Mọi ô của biểu đồ cho cả {total} đơn vị của nhóm: điểm tối đa, điểm bị trừ và tỷ lệ bị trừ. Tệp "
    "được lập khi bấm nút; nhóm lớn có thể cần vài chục giây."
)
CELLS_TITLE_FIELD = "Điểm bị trừ theo đơn vị và lĩnh vực, {period} — {group}"
CELLS_TITLE_CRITERION = "Điểm bị trừ theo đơn vị và tiêu chí ({field}), {period} — {group}"
CELL_COLUMNS: dict[str, str] = {
    "unit_code": "Mã đơn vị",
    "unit_name": "Đơn vị",
    "field_stt": "STT lĩnh vực",
    "field_title": "Lĩnh vực",
    "stt_text": "STT tiêu chí",
    "criterion_title": "Tiêu chí",
    "max_points": "Điểm tối đa",
    "lost_points": "Điểm bị trừ",
    "lost_pct": "Bị trừ (% điểm tối đa)",
}
AXIS_UNITS = "Đơn vị"
AXIS_FIELDS = "Lĩnh vực"
AXIS_CRITERIA = "Tiêu chí (số thứ tự trong bộ tiêu chí)"

# Criteria that lose most
SECTION_TOP = "Tiêu chí bị trừ nhiều điểm nhất trong nhóm"
TOP_CAPTION = (
    "Xếp theo tổng số điểm bị trừ của các đơn vị trong nhóm. «Cơ quan chủ trì» là cơ quan được giao theo "
    "dõi, hướng dẫn tiêu chí đó."
)
TOP_CHART_TITLE = "{count} tiêu chí bị trừ nhiều điểm nhất, {period} – {group}"
TOP_CHART_AXIS = "Tổng số điểm bị trừ của các đơn vị"
TOP_CHART_HOVER = (
    "<b>%{customdata[0]}</b><br>Cơ quan chủ trì: %{customdata[1]}<br>"
    "Tổng điểm bị trừ: %{x:.2f}<br>Số đơn vị bị trừ: %{customdata[2]}/%{customdata[3]}<extra></extra>"
)
TOP_TABLE_LIMIT = "Số tiêu chí hiển thị"
NO_LOSS = "Không đơn vị nào trong nhóm bị trừ điểm ở tiêu chí nào."
OFFICE_UNKNOWN = "chưa xác định"
SECTION_OFFICES = "Điểm bị trừ theo cơ quan chủ trì"
OFFICE_CAPTION = "Tổng số điểm các đơn vị trong nhóm bị trừ ở các tiêu chí do mỗi cơ quan chủ trì."
METHOD_SURVEY = "Điều tra XHH"
METHOD_SCORED = "Tự chấm, thẩm định"

# One unit's sheet
SECTION_SHEET = "Bảng điểm chi tiết của một đơn vị"
PICK_UNIT = "Đơn vị"
ONLY_LOST = "Chỉ hiện tiêu chí bị trừ điểm"
METRIC_INDEX = "Chỉ số CCHC"
METRIC_RANK = "Xếp hạng trong nhóm"
METRIC_LOST = "Tổng điểm bị trừ"
METRIC_LOST_COUNT = "Số tiêu chí bị trừ điểm"
RANK_VALUE = "{rank}/{count}"
PROVISIONAL = "Kết quả tạm tính: đơn vị chưa được thẩm định hoặc chưa có đủ điểm điều tra XHH."
SHEET_CAPTION = (
    "«Điểm được tính» là điểm thẩm định (điểm tự đánh giá khi chưa thẩm định); tiêu chí điều tra XHH "
    "không có điểm tự đánh giá, điểm của nó lấy từ kết quả điều tra. Tiêu chí «không áp dụng» không tính "
    "vào điểm tối đa."
)
SURVEY_SELF = "(điều tra XHH)"
NOT_APPLICABLE = "Không áp dụng"
OPEN_UNIT_PAGE = "Mở trang của đơn vị"
NO_SHEET = "Đơn vị chưa có bảng điểm trong {period}."

# Column headers of this page's tables
COLUMNS: dict[str, str] = {
    "stt_text": "STT",
    "criterion_title": "Tiêu chí",
    "field_label": "Lĩnh vực",
    "method": "Cách chấm",
    "office": "Cơ quan chủ trì",
    "max_points": "Điểm tối đa",
    "self_text": "Tự đánh giá",
    "appraised_points": "Thẩm định",
    "counted_text": "Điểm được tính",
    "lost_points": "Bị trừ",
    "lost_pct_text": "Bị trừ (%)",
    "losing_text": "Số đơn vị bị trừ",
    "mean_lost_text": "Bị trừ bình quân",
    "criteria_count": "Số tiêu chí",
    "share_text": "Tỷ trọng",
    "evidence_text": "Tài liệu kiểm chứng",
    "explanation_text": "Giải trình",
    "note_text": "Ghi chú",
}

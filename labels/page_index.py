"""Vietnamese texts of the two index pages: the trend of the CCHC index (Xu hướng) and the ranking
(Xếp hạng), with the headers of their tables."""

# Shared by both pages
PICK_GROUP = "Nhóm đơn vị"
NO_INDEX = (
    "Kho dữ liệu chưa có kết quả chỉ số CCHC nào. Để có chỉ số, nạp bộ tiêu chí của từng nhóm đơn vị rồi các "
    "bảng tự đánh giá, chấm điểm của đơn vị (và kết quả điều tra xã hội học) bằng lệnh "
    "`python -m etl ingest THƯ_MỤC_HOẶC_TỆP`."
)
NO_INDEX_GROUP = (
    "Chưa có kết quả chỉ số CCHC của nhóm «{group}». Nhóm có kết quả: {groups}. Chọn một nhóm khác ở thanh "
    "bên, hoặc nạp bảng chấm điểm của các đơn vị nhóm này."
)
NO_INDEX_YEAR = (
    "Chưa có kết quả chỉ số CCHC {period}. Các năm đã có kết quả: {years}. Chọn năm khác ở thanh bên, hoặc "
    "nạp bảng chấm điểm của năm này."
)
NO_INDEX_GROUP_YEAR = (
    "Chưa có kết quả chỉ số CCHC {period} của nhóm «{group}». Nhóm có kết quả {period}: {groups}."
)
YEARLY_ONLY = "Chỉ số CCHC được chấm theo năm: bộ lọc quý, tháng không áp dụng cho trang này."
SOURCE_INDEX = "kết quả chấm điểm, thẩm định chỉ số CCHC"
PROVISIONAL = "tạm tính"
CONVERTED = "quy đổi"
VALUE_WITH_NOTE = "{value} ({note})"
LIST_SEPARATOR = ", "

# Trend page
TREND_INTRO = (
    "Chỉ số CCHC của nhóm đơn vị qua các năm: bình quân của tỉnh, độ phân tán giữa các đơn vị, và kết quả "
    "của từng đơn vị được chọn."
)
PICK_VIEW = "Cách hiển thị đơn vị"
VIEW_LABELS: dict[str, str] = {
    "as_was": "Đơn vị như trước đây",
    "today": "Đơn vị hiện nay",
}
PICK_MEASURE = "Chỉ số hoặc lĩnh vực"
MEASURE_ALL = "Chỉ số CCHC (tổng hợp)"
FIELD_OPTION = "Lĩnh vực {code}: {title}"
FIELD_SHORT = "LV{code}. {title}"
MEASURE_FIELD = "Tỷ lệ điểm đạt lĩnh vực {code}"
PICK_UNITS = "Đơn vị cần xem (để trống: cả nhóm)"
PICK_UNITS_PLACEHOLDER = "Chọn đơn vị"
UNIT_ENDED = "{name} (đến {date})"
METRIC_MEAN = "Bình quân {period}"
METRIC_MEAN_HELP = "Bình quân chỉ số của {count} đơn vị trong nhóm, {compared}."
METRIC_MEAN_HELP_FIRST = "Bình quân chỉ số của {count} đơn vị trong nhóm; chưa có năm trước để so sánh."
METRIC_MAX = "Cao nhất"
METRIC_MIN = "Thấp nhất"
METRIC_MEDIAN = "Trung vị"
METRIC_UNITS = "Số đơn vị"
METRIC_UNITS_HELP = "{provisional} đơn vị có chỉ số tạm tính (chưa thẩm định); {converted} chỉ số quy đổi."
METRIC_YEAR_FALLBACK = "Chưa có kết quả {wanted}; các số liệu tóm tắt dưới đây là của {shown}."
TREND_TITLE = "{measure} {period} – {group}"
TREND_TITLE_PERIOD = "giai đoạn {first}–{last}"
AXIS_YEAR = "Năm"
AXIS_INDEX = "Chỉ số (%)"
AXIS_FIELD = "Tỷ lệ điểm đạt (%)"
TRACE_MEAN = "Bình quân nhóm"
TRACE_RANGE = "Khoảng thấp nhất – cao nhất"
TRACE_QUARTILES = "Khoảng giữa 50% đơn vị (tứ phân vị)"
TRACE_CONVERTED = "○ Điểm rỗng: chỉ số quy đổi"
TRACE_PROVISIONAL = "◇ Hình thoi: chỉ số tạm tính"
HOVER_MEAN = "Năm %{x}<br>Bình quân: %{y:.2f}<br>Thấp nhất – cao nhất: %{customdata[0]:.2f} – %{customdata[1]:.2f}<extra></extra>"
HOVER_UNIT = "<b>%{fullData.name}</b><br>Năm %{x}: %{y:.2f}<br>%{customdata}<extra></extra>"
HOVER_OWN = "Kết quả của chính đơn vị"
HOVER_CONVERTED = "Quy đổi: bình quân của {count} đơn vị tiền thân ({names})"
HOVER_PROVISIONAL = "Tạm tính: chưa có kết quả thẩm định"
FRAMEWORK_CHANGE = "Bộ tiêu chí mới từ {year}<br>({decision})"
REORGANISATION = "Sắp xếp đơn vị từ {date}:<br>{ended} đơn vị cũ → {successors} đơn vị mới"
REORGANISATION_DISSOLVED = "Từ {date}: {ended} đơn vị<br>chấm dứt hoạt động"
DECISION_FALLBACK = "xem Danh mục"
CONVERTED_NOTE = (
    "Chỉ số **quy đổi** (điểm rỗng trên biểu đồ, ghi «quy đổi» trong bảng) của một đơn vị hiện nay là bình "
    "quân cộng chỉ số của các đơn vị tiền thân trong năm đó, mỗi đơn vị tính một lần. Đây là số tham khảo "
    "để thấy xu hướng, không phải kết quả được công bố của đơn vị."
)
TODAY_NONE = (
    "Nhóm «{group}» không còn đơn vị nào hoạt động đến nay (các đơn vị đã chấm dứt hoạt động mà không có đơn "
    "vị kế thừa), nên không có cách xem «Đơn vị hiện nay». Chọn «Đơn vị như trước đây»."
)
UNITS_NO_RESULT = "Các đơn vị đã chọn chưa có kết quả {measure}."
SECTION_FIELDS = "Theo lĩnh vực"
FIELDS_TITLE = "Tỷ lệ điểm đạt theo lĩnh vực {period} – {who}"
FIELDS_WHO_GROUP = "bình quân {group}"
FIELDS_CAPTION = (
    "Mỗi ô: điểm đạt của lĩnh vực trên điểm tối đa áp dụng (%). Tên lĩnh vực theo bộ tiêu chí mới nhất; bộ "
    "tiêu chí thay đổi giữa các năm nên điểm tối đa của lĩnh vực có thể khác nhau. Chọn đúng một đơn vị để "
    "xem lĩnh vực của đơn vị đó."
)
FIELDS_HOVER = "%{y}<br>Năm %{x}: %{z:.2f}%<extra></extra>"
SECTION_TABLE = "Bảng số liệu"
TABLE_UNIT = "Đơn vị"

# Ranking page
RANKING_INTRO = "Xếp hạng chỉ số CCHC trong nhóm đơn vị; đơn vị chỉ được xếp hạng trong nhóm của mình."
METRIC_RANKED = "Số đơn vị xếp hạng"
METRIC_RANK_MEAN = "Chỉ số bình quân"
METRIC_CLIMBED = "Tăng hạng"
METRIC_FELL = "Giảm hạng"
METRIC_NEW = "Chưa có hạng năm trước"
METRIC_CLIMBED_HELP = "Số đơn vị có hạng cao hơn {period}."
METRIC_FELL_HELP = "Số đơn vị có hạng thấp hơn {period}."
METRIC_NEW_HELP = "Đơn vị mới thành lập (sau sắp xếp) hoặc chưa có kết quả {period}."
BAND_COUNTS = "Xếp loại: {counts}."
BAND_COUNT = "{band} {count}"
PROVISIONAL_COUNT = (
    "{count} đơn vị có chỉ số **tạm tính** (chưa có kết quả thẩm định hoặc chưa có điểm điều tra xã hội "
    "học): hạng của các đơn vị này có thể thay đổi."
)
RANK_LEGEND = (
    "Thay đổi hạng so với {period}: ↑ tăng, ↓ giảm, – giữ nguyên; «mới»: chưa có hạng năm trước. Với đơn vị "
    "mới sau sắp xếp, cột chỉ số năm trước là bình quân của các đơn vị tiền thân (quy đổi), chỉ để tham khảo."
)
RANK_NEW = "mới"
RANK_SAME = "–"
RANK_UP = "↑{n}"
RANK_DOWN = "↓{n}"
NOT_APPRAISED = "chưa thẩm định"
RANKING_TITLE = "Chỉ số CCHC {period} – {group}"
BAR_HOVER = "<b>%{y}</b><br>Chỉ số: %{x:.2f}%<br>Hạng: %{customdata[0]}<br>%{customdata[1]}<extra></extra>"
NO_BAND = "Chưa xếp loại"

COLUMNS: dict[str, str] = {
    "rank_in_group": "Hạng",
    "rank_change": "Thay đổi hạng",
    "unit_name": "Đơn vị",
    "index_pct": "Chỉ số (%)",
    "classification": "Xếp loại",
    "previous_index_pct": "Chỉ số năm trước",
    "index_change": "Tăng/giảm chỉ số",
    "self_points": "Điểm tự đánh giá",
    "appraised_points": "Điểm thẩm định",
    "self_minus_appraised_points": "Tự đánh giá − thẩm định",
    "survey_points": "Điểm điều tra XHH",
}

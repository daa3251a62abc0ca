"""Texts of the page «Đơn vị» (pages/unit.py)."""

PICK_UNIT = "Đơn vị"
PICK_PLACEHOLDER = "— Chọn đơn vị —"
OPTION_ENDED = "{name} (đến {end})"
PICK_HELP = "Gõ vài chữ của tên để tìm nhanh. Từ bảng ở các trang khác, chọn một dòng để mở đơn vị đó."
CHOOSE_UNIT = "Chọn một đơn vị để xem chỉ số qua các năm, điểm theo lĩnh vực, điểm yếu và các tệp đã gửi."
UNKNOWN_UNIT = (
    "Không có đơn vị mã «{code}» trong danh mục đơn vị. Đường liên kết có thể đã cũ hoặc gõ sai mã; "
    "hãy chọn đơn vị trong danh sách."
)
NO_UNITS = (
    "Danh mục đơn vị chưa được nạp. Nạp tệp danh mục đơn vị (`python -m etl ingest TỆP`) trước các bảng điểm."
)

CAPTION = "{group} · mã {code}"
CAPTION_PARENT = "thuộc {parent}"
CAPTION_VALID = "hiệu lực từ {start}"
CAPTION_ENDED = "đến {end}"
MERGED_INTO = "Đơn vị đã chấm dứt hoạt động ngày {end} và được sáp nhập vào **{name}**."
ENDED = "Đơn vị đã chấm dứt hoạt động ngày {end}."
OPEN_SUCCESSOR = "Mở trang {name}"
FORMED_FROM = "Đơn vị được hình thành từ {count} đơn vị sáp nhập:"

METRIC_INDEX = "Chỉ số CCHC {period}"
METRIC_RANK = "Xếp hạng trong nhóm"
METRIC_CLASS = "Xếp loại"
METRIC_LOST = "Tổng điểm bị trừ"
METRIC_RANK_VALUE = "{rank}/{count}"
RANK_DELTA = "{sign}{places} bậc"
PROVISIONAL = "Kết quả {period} là tạm tính: chưa được thẩm định hoặc chưa có đủ điểm điều tra XHH."

SECTION_HISTORY = "Chỉ số và xếp hạng qua các năm"
SECTION_FIELDS = "Điểm theo lĩnh vực, {period}"
SECTION_WEAK = "Tiêu chí bị trừ nhiều điểm nhất, {period}"
SECTION_FILES = "Các tệp đơn vị đã gửi"
SECTION_FINDINGS = "Lỗi và cảnh báo khi kiểm tra các tệp"
FILES_CAPTION = "Mọi lần nạp tệp của đơn vị, kể cả tệp đã được thay thế bằng bản gửi sau và tệp bị từ chối."
FINDINGS_CAPTION = "{count} lỗi, cảnh báo; tệp mới nhất ở trên. Nội dung ghi rõ ô cần sửa và cách sửa."
WEAK_CAPTION = "Tiêu chí bị trừ nhiều nhất và cơ quan chủ trì tiêu chí đó."
OPEN_SHEET = "Xem bảng điểm chi tiết (tài liệu kiểm chứng, giải trình)"

NO_INDEX = (
    "Đơn vị chưa có kết quả chỉ số CCHC nào trong kho. Nạp bảng điểm của đơn vị "
    "(`python -m etl ingest TỆP`) để xem chỉ số."
)
NO_INDEX_YEAR = "Đơn vị không có kết quả chỉ số CCHC trong {period}; chọn năm khác ở thanh bên trái."
NO_LOSS = "Đơn vị không bị trừ điểm ở tiêu chí nào trong {period}."
NO_FILES = "Chưa có tệp nào của đơn vị được nạp vào kho."
NO_FINDINGS = "Các tệp của đơn vị không có lỗi hay cảnh báo nào."

INDEX_TITLE = "Chỉ số CCHC {years}<br>{unit}"
YEARS_ONE = "năm {year}"
YEARS_RANGE = "các năm {first}–{last}"
RANK_TITLE = "Xếp hạng trong nhóm {group}, {years}<br>{unit}"
CHART_SOURCE = "bảng điểm thẩm định, kết quả điều tra XHH"
INDEX_AXIS = "Chỉ số CCHC (%)"
RANK_AXIS = "Thứ hạng (1 = cao nhất)"
YEAR_AXIS = "Năm"
INDEX_HOVER = "Năm %{x}<br>Chỉ số: %{y:.2f}%<br>Xếp hạng: %{customdata[0]}<extra></extra>"
RANK_HOVER = "Năm %{x}<br>Xếp hạng: %{text}<extra></extra>"

FIELD_TITLE = "Điểm đạt so với điểm tối đa theo lĩnh vực, {period} – {unit}"
FIELD_MAX = "Điểm tối đa"
FIELD_COUNTED = "Điểm đạt"
FIELD_AXIS = "Điểm"
FIELD_MAX_HOVER = "%{y}<br>Điểm tối đa: %{x}<extra></extra>"
FIELD_COUNTED_HOVER = "%{y}<br>Điểm đạt: %{x} (%{customdata:.1f}% điểm tối đa)<extra></extra>"

COLUMNS: dict[str, str] = {
    "year": "Năm",
    "file_year": "Năm",
    "index_text": "Chỉ số (%)",
    "rank_text": "Xếp hạng",
    "rank_change_text": "Thay đổi hạng",
    "classification_text": "Xếp loại",
    "self_points": "Tự đánh giá",
    "appraised_points": "Thẩm định",
    "survey_points": "Điều tra XHH",
    "total_points": "Tổng điểm",
    "max_points": "Điểm tối đa",
    "provisional_text": "Ghi chú",
    "stt_text": "STT",
    "criterion_title": "Tiêu chí",
    "counted_points": "Điểm được tính",
    "lost_points": "Bị trừ",
    "office": "Cơ quan chủ trì",
    "period": "Kỳ",
}
PROVISIONAL_SHORT = "Tạm tính"
RANK_UP = "▲ {places}"
RANK_DOWN = "▼ {places}"
RANK_SAME = "="

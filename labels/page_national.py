"""Texts of the national indices page (Chỉ số quốc gia)."""

INTRO = (
    "Các chỉ số do Trung ương công bố (PAR INDEX, SIPAS, PCI, PAPI…): điểm và thứ hạng của tỉnh qua các năm "
    "và vị trí của tỉnh giữa các tỉnh, thành phố trong bảng đã nạp."
)
NO_TABLES = (
    "Kho dữ liệu chưa có bảng kết quả chỉ số quốc gia nào (bảng xếp hạng các tỉnh, thành phố).\n\n"
    'Để nạp: chạy `python -m etl ingest TỆP --index "PAR INDEX" --year 2023` với bảng kết quả đã công bố '
    "(cột Tỉnh/thành phố, Chỉ số, Xếp hạng); hoặc `make demo` để xem dữ liệu minh họa."
)
# Index names the loader recognises (etl.layouts.PUBLISHED_INDEX_NAMES), with what they measure.
INDEX_NAMES: dict[str, str] = {
    "PAR INDEX": "PAR INDEX – Chỉ số cải cách hành chính",
    "SIPAS": "SIPAS – Chỉ số hài lòng về sự phục vụ hành chính",
    "PCI": "PCI – Chỉ số năng lực cạnh tranh cấp tỉnh",
    "PAPI": "PAPI – Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
    "DDCI": "DDCI – Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương",
}
PICK_INDEX = "Chỉ số"
PICK_ENTITY = "Tỉnh, thành phố"
PROVINCE_FROM_RULES = "Tỉnh của kho dữ liệu: {name} (quy tắc «province», tham số «name» trong bộ quy tắc)."
PROVINCE_UNKNOWN = (
    "Chưa xác định được tỉnh của kho dữ liệu: bộ quy tắc chưa có dòng «province» – «name» (tên tỉnh). "
    "Hãy chọn tỉnh cần xem, hoặc thêm dòng đó vào tệp quy tắc và nạp lại."
)
PROVINCE_NOT_IN_INDEX = "Các bảng {index} đã nạp không có {name}; hãy chọn tỉnh cần xem."
NOT_IN_YEAR = "Bảng {index} năm {year} không có {name}."
YEAR_FALLBACK = "Chưa có bảng {index} năm {year}; hiển thị năm {shown}, năm gần nhất có dữ liệu."
AMONG = "trong số {count} tỉnh có trong bảng đã nạp"
EXCERPT_NOTE = (
    "Thứ hạng tính lại từ điểm, {among}; bảng đã nạp có thể chỉ là một phần của bảng công bố. Hạng ghi "
    "trong bảng công bố ở cột «Hạng công bố»; dòng nào khác được đánh dấu."
)
RANK_HELP = "Tính lại từ điểm, {among}. Hạng ghi trong bảng công bố: {published}."
NO_PUBLISHED_RANK = "không ghi"

METRIC_SCORE = "Điểm {index} {year}"
METRIC_RANK = "Xếp hạng {year}"
METRIC_RANK_VALUE = "{rank}/{count}"
METRIC_MEAN = "Trung bình các tỉnh {year}"
METRIC_GAP = "Chênh lệch so với trung bình"
COMPARED = "so với {year}"
RANK_DELTA = "{change} bậc {compared}"
RANK_CHANGE_UP = "tăng {steps} bậc so với {year}"
RANK_CHANGE_DOWN = "giảm {steps} bậc so với {year}"
RANK_CHANGE_SAME = "giữ nguyên so với {year}"

SECTION_HISTORY = "Điểm và thứ hạng qua các năm"
HISTORY_SCORE_TITLE = "Điểm {index} của {name}, {years}"
HISTORY_RANK_TITLE = "Thứ hạng {index} của {name}, {years}"
YEARS_SPAN = "năm {first}–{last}"
YEAR_ONLY = "năm {year}"
SERIES_ENTITY = "{name}"
SERIES_MEAN = "Trung bình các tỉnh trong bảng"
AXIS_YEAR = "Năm"
AXIS_SCORE = "Điểm"
AXIS_RANK = "Thứ hạng (1 là cao nhất)"
HOVER_SCORE = "Năm %{x}<br>%{fullData.name}: %{y:.2f}<extra></extra>"
HOVER_RANK = "Năm %{x}<br>Hạng %{customdata}<extra></extra>"
RANK_LABEL = "{rank}/{count}"

SECTION_DISTRIBUTION = "Điểm các tỉnh năm {year}"
DISTRIBUTION_TITLE = "{index} năm {year}: điểm {count} tỉnh, thành phố trong bảng đã nạp"
DISTRIBUTION_OTHERS = "Các tỉnh, thành phố khác"
HOVER_DISTRIBUTION = "%{y}<br>Điểm: %{x:.2f}<br>Hạng %{customdata}<extra></extra>"
SOURCE = "bảng {index} đã công bố"

SECTION_TABLE = "Bảng xếp hạng {index} năm {year}"
DISAGREE_WARNING = (
    "Thứ hạng công bố khác thứ hạng tính lại từ điểm ở {count} dòng (đánh dấu trong cột «Ghi chú»): "
    "kiểm tra lại bảng gốc."
)
DISAGREE_NOTE = "Hạng công bố khác hạng theo điểm"

COLUMNS: dict[str, str] = {
    "computed_rank": "Hạng theo điểm",
    "entity_name": "Tỉnh, thành phố",
    "score_text": "Điểm",
    "score_change_text": "Thay đổi so với năm trước",
    "published_text": "Hạng công bố",
    "note": "Ghi chú",
}

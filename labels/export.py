"""Texts of the table and chart downloads: the buttons and their help, the titles that name each table's
period in the file, and the headers of the typed columns that only exports carry."""

# --- Buttons --------------------------------------------------------------------------------------------
DOWNLOAD_PNG = "Tải PNG"
DOWNLOAD_SVG = "Tải SVG"
DOWNLOAD_XLSX = "Tải Excel"
DOWNLOAD_CSV = "Tải CSV"
PNG_HELP = "Ảnh PNG độ phân giải in (gấp đôi kích thước trên màn hình), để chèn vào báo cáo."
SVG_HELP = "Ảnh vector SVG: phóng to không vỡ nét, chữ vẫn là chữ."
XLSX_HELP = "Bảng Excel: số giữ dạng số, ngày dạng ngày, dòng tiêu đề cố định và có bộ lọc."
CSV_HELP = "Tệp CSV (UTF-8, phân cách bằng dấu phẩy, số dùng dấu chấm thập phân) cho phần mềm khác đọc."

# --- Values ---------------------------------------------------------------------------------------------
YES = "Có"
NO = "Không"
# A sheet whose title is empty after removing the characters Excel refuses in sheet names.
SHEET_FALLBACK = "Bảng"

# --- Table titles (each names its period: the file travels without the page around it) -----------------
RANKING = "Xếp hạng Chỉ số CCHC {period} — {group}"
TREND = "{measure} theo năm, {period} — {group}"
OVERVIEW_MOVERS = "Đơn vị có chỉ số CCHC {what}, {period} {compared}"
OVERVIEW_REPLACEMENTS = "Công chức Một cửa xếp loại D cần thay thế, {period}"
OVERVIEW_MISSING = "Đơn vị chưa có bảng tự đánh giá {period}"
OVERVIEW_PROVISIONAL = "Đơn vị chưa có kết quả chỉ số CCHC chính thức {period}"
WEAKNESS_TOP = "Tiêu chí bị trừ nhiều điểm nhất, {period} — {group}"
WEAKNESS_OFFICES = "Điểm bị trừ theo cơ quan chủ trì, {period} — {group}"
WEAKNESS_SHEET = "Bảng điểm {unit}, {period}"
ONE_STOP_OFFICERS = "Xếp loại công chức Một cửa, {period}"
ONE_STOP_REPLACEMENTS = "Công chức Một cửa cần thay thế, {period}"
ONE_STOP_FORMS = "Phiếu Mẫu 01 chưa nộp hoặc nộp muộn, {period}"
ONE_STOP_PROCEDURES = "Mức độ hài lòng theo thủ tục hành chính, {period}"
UNIT_HISTORY = "Chỉ số CCHC của {unit}, {years}"
UNIT_WEAK = "Tiêu chí bị trừ nhiều điểm nhất của {unit}, {period}"
UNIT_FILES = "Các tệp của {unit}, kho dữ liệu cập nhật {updated}"
UNIT_FINDINGS = "Lỗi và cảnh báo trong các tệp của {unit}, kho dữ liệu cập nhật {updated}"
QUALITY_TRACKER = "Tình trạng nộp bảng chấm điểm CCHC {period}{group}"
QUALITY_FORMS_OFFICERS = "Tình trạng nộp phiếu Mẫu 01 theo công chức, {period}"
QUALITY_FORMS_DESKS = "Tình trạng nộp phiếu Mẫu 01 theo Bộ phận Một cửa, {period}"
QUALITY_FINDINGS = "Lỗi và cảnh báo khi nạp dữ liệu, {period}"
QUALITY_CUTS = "Đơn vị bị trừ nhiều điểm tự chấm nhất khi thẩm định, {period}{group}"
HOME_UNITS = "Đơn vị theo nhóm, kho dữ liệu cập nhật {updated}"
HOME_FRAMEWORKS = "Bộ tiêu chí đang áp dụng (năm: {year}, nhóm: {group})"
HOME_FILES = "Các tệp đã tiếp nhận gần đây, kho dữ liệu cập nhật {updated}"
HOME_REJECTED = "Tệp bị từ chối và lý do, kho dữ liệu cập nhật {updated}"
REFERENCE_UNITS = "Danh mục đơn vị (nhóm: {group}), kho dữ liệu cập nhật {updated}"
REFERENCE_FRAMEWORKS = "Danh mục bộ tiêu chí (nhóm: {group}), kho dữ liệu cập nhật {updated}"
REFERENCE_CRITERIA = "Bộ tiêu chí {framework}"
REFERENCE_RULES = "Bộ quy tắc, kho dữ liệu cập nhật {updated}"
REFERENCE_OFFICERS = "Danh sách cán bộ Một cửa, kho dữ liệu cập nhật {updated}"

# --- Headers of the typed columns behind texts a page shows ("↑2", "(tạm tính)", "5/11") ---------------
# Used only where neither the app's headers (ui.COLUMNS) nor the page's name the column.
COLUMNS: dict[str, str] = {
    "rank_in_group": "Hạng",
    "rank_change": "Thay đổi hạng (bậc)",
    "previous_rank": "Hạng năm so sánh",
    "is_new": "Chưa xếp hạng năm trước",
    "is_provisional": "Tạm tính",
    "is_converted": "Quy đổi",
    "predecessor_index_pct": "Chỉ số năm trước quy đổi (%)",
    "units_in_group": "Số đơn vị trong nhóm",
    "score": "Điểm",
    "score_change": "Thay đổi so với năm trước",
    "published_rank": "Hạng công bố",
    "rank_disagrees": "Hạng công bố khác hạng theo điểm",
    "has_appraisal": "Đã thẩm định",
    "is_second_d_in_row": "Loại D tháng thứ hai liên tiếp",
    "losing_unit_count": "Số đơn vị bị trừ",
    "unit_count": "Số đơn vị",
    "mean_lost_points": "Bị trừ bình quân",
    "lost_pct": "Bị trừ (%)",
    "share_pct": "Tỷ trọng (%)",
    "self_points": "Tự đánh giá",
    "counted_points": "Điểm được tính",
    "is_not_applicable": "Không áp dụng",
    "index_pct": "Chỉ số (%)",
    "classification": "Xếp loại",
    "feedback_count": "Số phiếu đánh giá",
    "is_missing": "Chưa nộp phiếu",
    "is_late": "Nộp muộn",
    "month": "Tháng",
    "value_number": "Giá trị (số)",
    "value_text": "Giá trị (chữ)",
}

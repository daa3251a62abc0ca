"""Texts of the One-Stop page (Một cửa): officers' grades, satisfaction, replacements, missing forms."""

INTRO = (
    "Xếp loại A, B, C, D công chức Bộ phận Một cửa theo tháng, quý, năm: điểm Mẫu 01 (tự đánh giá, "
    "thủ trưởng đánh giá) kết hợp tỷ lệ hài lòng của người dân (Mẫu 02) theo Quyết định số "
    "1514/QĐ-UBND ngày 22/9/2023."
)
NO_FORMS = (
    "Kho dữ liệu chưa có phiếu tự đánh giá Mẫu 01 của công chức Một cửa nên chưa có kết quả xếp loại.\n\n"
    "Để nạp: chạy `python -m etl ingest THƯ_MỤC_HOẶC_TỆP` với danh sách cán bộ Một cửa, bộ quy tắc "
    "(đánh giá công chức Một cửa) và các phiếu Mẫu 01, Mẫu 02; hoặc `make demo` để xem dữ liệu minh họa."
)
NO_YEAR = "Chưa có kết quả xếp loại Một cửa năm {year}. Các năm có dữ liệu: {years}."
NO_PERIOD = (
    "Chưa có kết quả xếp loại Một cửa {period}. Kết quả có từ {first} đến {last}; chọn kỳ khác ở thanh bên."
)

PERIOD_SWITCH = "Xem theo"
PERIOD_TYPES: dict[str, str] = {"month": "Tháng", "quarter": "Quý", "year": "Năm"}
PERIOD_HINT = "Kỳ đang xem: {period}. Đổi tháng, quý, năm ở thanh bên."
# Short names for the time axis and the columns of the grade table.
AXIS_MONTH = "Tháng {month}"
AXIS_QUARTER = "Quý {quarter}"
AXIS_YEAR = "{year}"
COLUMN_MONTH = "T{month}"
COLUMN_QUARTER = "Q{quarter}"

# Headline metrics of the period
METRIC_GRADED = "Cán bộ được xếp loại"
METRIC_GRADED_HELP = "Số cán bộ có phiếu Mẫu 01 trong kỳ, trên tổng số cán bộ phải nộp."
METRIC_A = "Loại A"
METRIC_D = "Loại D"
METRIC_D_NOTE = "phải thay thế"
METRIC_D_HELP = "Cán bộ có ít nhất một tháng xếp loại D trong kỳ: phải được thay thế kịp thời."
METRIC_MISSING = "Phiếu chưa nộp"
METRIC_LATE = "Phiếu nộp muộn"
METRIC_FORM_HELP = "Số lượt cán bộ × tháng trong kỳ."
METRIC_SATISFACTION = "Tỷ lệ hài lòng"
METRIC_SATISFACTION_HELP = "Số đánh giá hài lòng trên tổng số đánh giá Mẫu 02 trong kỳ."
SHARE_OF_GRADED = "{share} số xếp loại"
RATINGS_COUNT = "{count} phiếu"

# The distribution chart
SECTION_DISTRIBUTION = "Phân bố xếp loại theo thời gian"
DISTRIBUTION_TITLE = "Xếp loại công chức Một cửa theo {unit} – {period}"
DISTRIBUTION_UNIT: dict[str, str] = {"month": "tháng", "quarter": "quý", "year": "năm"}
DISTRIBUTION_ALL_YEARS = "các năm {first}–{last}"
AXIS_OFFICERS = "Số cán bộ"
AXIS_PERIOD = "Kỳ đánh giá"
GRADE_NAME = "Loại {grade}"
MISSING_NAME = "Chưa nộp phiếu"
HOVER_GRADE = "%{x}<br>%{fullData.name}: %{y} cán bộ (%{customdata})<extra></extra>"
HOVER_MISSING = "%{x}<br>%{fullData.name}: %{y} cán bộ<extra></extra>"
DISTRIBUTION_SOURCE = "Mẫu 01, Mẫu 02 và bộ quy tắc đánh giá công chức Một cửa"

# The officers' table
SECTION_OFFICERS = "Xếp loại từng cán bộ"
OFFICERS_CAPTION = (
    "{first}–{last}: xếp loại từng tháng năm {year}; «–» là chưa nộp phiếu, ô trống là không phải nộp. Điểm "
    "và tỷ lệ hài lòng là của {period}. Tên sắp theo thứ tự chữ cái tiếng Việt."
)
SATISFACTION_TEXT = "{pct}% ({count} phiếu{note})"
SATISFACTION_NO_RATINGS = "Chưa có phiếu"
SATISFACTION_UNJUDGED = "{count} phiếu, chưa xác định mức hài lòng"
# QĐ 1514/2023 as the province applies it: too few ratings, the form's score stands alone.
FORM_ALONE_MONTH = "; dưới {minimum} phiếu: chỉ tính điểm Mẫu 01"
FORM_ALONE_PERIOD = "; {months} tháng dưới {minimum} phiếu: chỉ tính điểm Mẫu 01"
MISSING_CELL = "–"
NO_GRADE = "Chưa nộp"
DESK_PREFIX = "Bộ phận Một cửa "
GRADE_OF = "Xếp loại {period}"

# Replacements, missing and late forms
SECTION_REPLACEMENT = "Cán bộ xếp loại D – phải thay thế"
REPLACEMENT_NONE = "Không có cán bộ xếp loại D trong {period}."
REPLACEMENT_CAPTION = (
    "Mỗi dòng là một tháng xếp loại D; «D lần hai liên tiếp» là tháng trước cũng xếp loại D."
)
SECOND_D = "D lần hai liên tiếp"
SECTION_FORMS = "Phiếu Mẫu 01 chưa nộp và nộp muộn"
FORMS_NONE = "Mọi phiếu Mẫu 01 của {period} đã nộp đúng hạn."
FORMS_CAPTION = "Hạn nộp: theo bộ quy tắc (QĐ 1514/2023: trước ngày 02 tháng sau)."
FORM_MISSING = "Chưa nộp"
FORM_LATE = "Nộp muộn"
YES = "Có"

# Satisfaction by unit and procedure
SECTION_SATISFACTION = "Mức độ hài lòng của người dân, doanh nghiệp"
SATISFACTION_NONE = "Chưa có phiếu đánh giá Mẫu 02 trong {period}."
SATISFACTION_UNIT_TITLE = "Tỷ lệ hài lòng theo Bộ phận Một cửa – {period}"
SATISFACTION_AXIS = "Tỷ lệ hài lòng (%)"
SATISFACTION_HOVER = "%{y}<br>Hài lòng: %{x:.2f}%<br>%{customdata} phiếu đánh giá<extra></extra>"
SATISFACTION_SOURCE = "Mẫu 02 (đánh giá của người dân, doanh nghiệp)"
PROCEDURE_HEADING = "Theo thủ tục hành chính – {period}"
PROCEDURE_CAPTION = "Thủ tục có tỷ lệ hài lòng thấp nhất ở trên cùng."

COLUMNS: dict[str, str] = {
    "officer_name": "Họ và tên",
    "desk_name": "Bộ phận Một cửa",
    "period_name": "Tháng",
    "grade_text": "Xếp loại",
    "final_score": "Điểm xếp loại",
    "self_score": "Điểm tự đánh giá",
    "reviewed_score": "Điểm thủ trưởng đánh giá",
    "satisfaction_text": "Hài lòng (số phiếu)",
    "second_d_text": "D lần hai liên tiếp",
    "form_status": "Tình trạng",
    "submitted_date": "Ngày nộp",
    "due_date": "Hạn nộp",
    "procedure_text": "Thủ tục hành chính",
    "rating_count": "Số phiếu",
    "satisfied_count": "Số phiếu hài lòng",
    "satisfied_pct": "Tỷ lệ hài lòng (%)",
}
NO_PROCEDURE = "(không ghi thủ tục)"

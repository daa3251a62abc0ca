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
OF_EXPECTED = "trên {count}"
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
    "và tỷ lệ hài lòng là của {period}; cán bộ chuyển bộ phận trong kỳ được xếp loại cả kỳ ở bộ phận cuối kỳ. "
    "Tên sắp theo thứ tự chữ cái tiếng Việt."
)
OFFICER_SEARCH = "Tìm cán bộ"
OFFICER_SEARCH_HELP = "Gõ một phần họ tên, tên đơn vị hoặc mã cán bộ; không cần gõ dấu."
OFFICERS_CUT = (
    "Đang hiện {shown} trong {total} cán bộ: cán bộ loại D, loại C, chưa có xếp loại hoặc thiếu phiếu "
    "đứng trước. Tìm theo tên để xem người khác; tệp Excel và CSV có đủ {total} cán bộ."
)
OFFICERS_FOUND = "{shown} cán bộ khớp với «{search}» (trong {total}); tệp Excel và CSV có đủ {total} cán bộ."
OFFICERS_NOT_FOUND = "Không có cán bộ nào khớp với «{search}». Thử gõ ít chữ hơn hoặc mã cán bộ."
ROWS_CUT = "Đang hiện {shown} dòng đầu trong {total} dòng; tệp Excel và CSV có đủ {total} dòng."
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
SATISFACTION_DESKS_CUT = "Biểu đồ hiện {shown} Bộ phận Một cửa có tỷ lệ hài lòng thấp nhất trong {total} Bộ phận có phiếu đánh giá."
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

# Dossier handling (the portal's dossier lists)
SECTION_DOSSIERS = "Giải quyết hồ sơ thủ tục hành chính"
DOSSIERS_NONE = (
    "Chưa có danh sách hồ sơ của {period}. Để nạp: `python -m etl ingest DANH_SACH_HO_SO.xlsx` (danh sách "
    "hồ sơ xuất từ Cổng dịch vụ công: mã hồ sơ, đơn vị, ngày tiếp nhận, ngày hẹn trả, ngày trả kết quả)."
)
METRIC_RECEIVED = "Hồ sơ tiếp nhận"
METRIC_ON_TIME = "Đúng hạn, trước hạn"
METRIC_ON_TIME_HELP = "Hồ sơ giải quyết trước hoặc đúng ngày hẹn trả, trên số hồ sơ giải quyết xong trong kỳ."
METRIC_LATE_DOSSIERS = "Hồ sơ trễ hạn"
METRIC_OVERDUE = "Chưa giải quyết, quá hạn"
METRIC_OVERDUE_HELP = (
    "Hồ sơ tiếp nhận trong kỳ chưa có kết quả mà đã qua ngày hẹn trả, tính đến ngày xuất danh sách."
)
METRIC_DIGITISED = "Số hóa hồ sơ"
METRIC_NO_APOLOGY = "Trễ hạn chưa xin lỗi"
METRIC_NO_APOLOGY_HELP = "Hồ sơ trễ hạn mà chưa gửi văn bản xin lỗi người dân, doanh nghiệp."
METRIC_INDEX_766 = "Chỉ số hài lòng (QĐ 766)"
METRIC_INDEX_766_HELP = (
    "100% trừ tỷ lệ hồ sơ trễ hạn và tỷ lệ hồ sơ bị phản ánh hoặc có đánh giá «Không hài lòng» (ghép theo "
    "mã hồ sơ), trên số hồ sơ giải quyết xong trong kỳ (Quyết định số 766/QĐ-TTg)."
)
RESOLVED_COUNT = "{count} hồ sơ giải quyết xong"
DOSSIER_EARLY = "Trước hạn"
DOSSIER_ON_TIME = "Đúng hạn"
DOSSIER_LATE = "Trễ hạn"
DOSSIER_AXIS = "Số hồ sơ giải quyết xong"
DOSSIER_HOVER = "%{x}<br>%{fullData.name}: %{y} hồ sơ<extra></extra>"
DOSSIER_MONTHS_TITLE = "Hồ sơ giải quyết xong theo tháng – năm {year}"
DOSSIER_SOURCE = "Danh sách hồ sơ của Cổng dịch vụ công; đánh giá Mẫu 02"
DOSSIER_UNITS_HEADING = "Theo đơn vị – {period}"
DOSSIER_UNITS_CAPTION = (
    "Đơn vị có nhiều hồ sơ trễ hạn nhất ở trên cùng. Tiếp nhận, số hóa, chưa giải quyết tính theo tháng tiếp "
    "nhận; giải quyết xong, trễ hạn, chưa xin lỗi tính theo tháng trả kết quả."
)
DOSSIER_OFFICERS_HEADING = "Cán bộ có nhiều hồ sơ trễ hạn và chưa xin lỗi – {period}"
DOSSIER_OFFICERS_NONE = "Không có hồ sơ trễ hạn trong {period}."
DOSSIER_UNITS_EXPORT = "Giải quyết hồ sơ theo đơn vị, {period}"
DOSSIER_OFFICERS_EXPORT = "Cán bộ có hồ sơ trễ hạn, {period}"
DOSSIER_MONTHS_EXPORT = "Giải quyết hồ sơ theo tháng, năm {year}"
NO_OFFICER = "(không ghi cán bộ)"
DOSSIER_COLUMNS: dict[str, str] = {
    "unit_code": "Mã đơn vị",
    "unit_name": "Đơn vị",
    "officer_code": "Mã cán bộ",
    "officer_name": "Cán bộ tiếp nhận",
    "period_start_date": "Tháng",
    "month": "Tháng",
    "received_count": "Tiếp nhận",
    "resolved_count": "Giải quyết xong",
    "early_count": "Trước hạn",
    "on_time_count": "Đúng hạn",
    "late_count": "Trễ hạn",
    "pending_count": "Chưa giải quyết",
    "overdue_count": "Chưa giải quyết, quá hạn",
    "digitised_count": "Đã số hóa",
    "late_without_apology_count": "Trễ hạn chưa xin lỗi",
    "disliked_count": "Bị phản ánh, không hài lòng",
    "on_time_or_early_pct": "Đúng hạn, trước hạn (%)",
    "late_pct": "Trễ hạn (%)",
    "digitised_pct": "Số hóa (%)",
    "satisfaction_pct": "Chỉ số hài lòng QĐ 766 (%)",
    "avg_handling_days": "Số ngày giải quyết bình quân",
}

"""Texts of the exports and of the report pack: file buttons, notes, the report's headings, captions
and generated sentences."""

# --- Chart images -----------------------------------------------------------------------------------
NO_CHROMIUM = (
    "Máy chủ chưa cài trình duyệt Chromium nên chưa lưu được biểu đồ thành ảnh PNG/SVG. "
    "Cài bằng lệnh `apt-get install -y chromium` (hoặc `make install`) rồi tải lại trang. "
    "Có thể dùng nút máy ảnh trên biểu đồ để lưu ảnh PNG từ trình duyệt."
)
RENDER_TIMEOUT = (
    "Vẽ biểu đồ thành ảnh quá 60 giây nên đã dừng. Hãy thử lại; nếu vẫn lỗi, báo quản trị hệ thống."
)
RENDER_FAILED = "Không vẽ được biểu đồ thành ảnh: {error}"
RENDER_NOT_IMAGE = "bộ vẽ chỉ trả về {size} byte, không phải một tệp ảnh"

# --- The report pack ----------------------------------------------------------------------------------
ISSUER_PARENT = "UBND TỈNH {province}"
ISSUER = "SỞ NỘI VỤ"
NUMBER_LINE = "Số:        /BC-SNV"
TITLE = "BÁO CÁO"
SUBTITLE_QUARTERLY = (
    "Kết quả cải cách hành chính và đánh giá công chức Bộ phận Một cửa quý {quarter_roman} năm {year}"
)
SUBTITLE_ANNUAL = "Kết quả cải cách hành chính và đánh giá công chức Bộ phận Một cửa năm {year}"
SCOPE_GROUP = "Phạm vi Chỉ số CCHC: {group}."
INTRO = (
    "Thực hiện nhiệm vụ theo dõi, đánh giá công tác cải cách hành chính, Sở Nội vụ báo cáo kết quả {period} "
    "như sau. Số liệu lấy từ kho dữ liệu CCHC, cập nhật ngày {updated}."
)
SIGNER = "GIÁM ĐỐC"
RECIPIENTS = ("UBND tỉnh (để báo cáo)", "Các sở, ban, ngành", "UBND các huyện, thành phố", "Lưu: VT, CCHC")
UNKNOWN_PROVINCE = "…"

# Headings.
H_ONE_STOP = "Đánh giá, xếp loại công chức Bộ phận Một cửa {period}"
H_GRADES = "Kết quả xếp loại"
H_SATISFACTION = "Mức độ hài lòng của người dân, doanh nghiệp"
H_REPLACEMENTS = "Công chức xếp loại D phải thay thế"
H_FORMS = "Việc nộp phiếu tự đánh giá (Mẫu 01)"
H_INDEX = "Kết quả Chỉ số cải cách hành chính năm {year}"
H_WEAKNESS = "Lĩnh vực, tiêu chí bị trừ điểm nhiều năm {year}"
H_QUALITY = "Tình hình tiếp nhận và chất lượng dữ liệu"
H_NATIONAL = "Các chỉ số cấp quốc gia"

# Generated sentences (the key facts under each heading).
NO_ONE_STOP = "Chưa có kết quả xếp loại công chức Bộ phận Một cửa {period} trong kho dữ liệu."
GRADES_FACT = "{period_cap} có {graded}/{expected} công chức được xếp loại: {parts}."
GRADE_PART = "loại {grade} {count} người ({share})"
GRADES_CHANGE = "So với {previous}: {parts}."
CHANGE_UP = "{what} tăng {n}"
CHANGE_DOWN = "{what} giảm {n}"
CHANGE_SAME = "{what} không đổi"
GRADE_WHAT = "loại {grade}"
NOT_GRADED = "{count} công chức chưa được xếp loại vì không có phiếu tự đánh giá."
SATISFACTION_FACT = (
    "{period_cap} có {ratings} lượt đánh giá của người dân, doanh nghiệp; tỷ lệ hài lòng chung {share}."
)
SATISFACTION_LOWEST = " Thấp nhất: {desk} ({share}, {ratings} lượt)."
NO_RATINGS = "{period_cap} chưa có lượt đánh giá nào của người dân, doanh nghiệp trong kho dữ liệu."
REPLACEMENTS_FACT = "{period_cap} có {count} lượt công chức xếp loại D trong tháng, phải bố trí thay thế theo quy định{second}."
REPLACEMENTS_SECOND = "; trong đó {count} trường hợp xếp loại D hai tháng liên tiếp"
NO_REPLACEMENTS = "{period_cap} không có công chức nào xếp loại D."
FORMS_FACT = "{period_cap} có {missing} lượt không nộp và {late} lượt nộp muộn phiếu tự đánh giá."
FORMS_NONE = "{period_cap} mọi công chức đều nộp phiếu tự đánh giá đúng hạn."
INDEX_CHOSEN = (
    "Kết quả chính thức gần nhất là năm {year}. Năm {current} đã có {scored} đơn vị có kết quả "
    "(trong đó {provisional} đơn vị tạm tính, chưa thẩm định hoặc chưa có điểm điều tra xã hội học)."
)
NO_INDEX = "Chưa có kết quả Chỉ số CCHC nào đến năm {year} trong kho dữ liệu."
BAND_FACT = "Có {count}/{total} đơn vị xếp loại {band}"
BAND_CHANGE = ", {change} so với năm {previous}"
INCREASE = "tăng {n}"
DECREASE = "giảm {n}"
UNCHANGED = "không đổi"
MEAN_FACT = "Chỉ số bình quân {mean}{change}; cao nhất {best} ({best_pct}), thấp nhất {worst} ({worst_pct})."
MEAN_CHANGE = " ({change} điểm % so với năm {previous})"
MOVERS_FACT = "Tăng hạng nhiều nhất: {risers}. Giảm hạng nhiều nhất: {fallers}."
MOVER = "{unit} ({change} bậc)"
NONE = "không có"
PROVISIONAL_FACT = " {count} đơn vị có kết quả tạm tính."
WEAKNESS_FACT = (
    "Tiêu chí bị trừ nhiều điểm nhất: {criterion} ({lost} điểm ở {units}/{total} đơn vị; "
    "cơ quan theo dõi: {office})."
)
WEAKNESS_OFFICES = "Các cơ quan có tiêu chí bị trừ điểm nhiều: {offices}."
NO_WEAKNESS = "Năm {year} không có tiêu chí nào bị trừ điểm."
NO_OFFICE = "chưa phân công"
QUALITY_FACT = (
    "{period_cap} đã tiếp nhận {files} tệp: {loaded} tệp nạp được, {rejected} tệp bị từ chối; "
    "{findings} lỗi và cảnh báo được ghi nhận."
)
QUALITY_UNRESOLVED = " Còn {count} tệp bị từ chối chưa được đơn vị gửi lại."
QUALITY_MISSING_SHEETS = " {count} đơn vị chưa có bảng tự chấm điểm năm {year}."
QUALITY_NO_FILES = "{period_cap} không tiếp nhận tệp nào."
NATIONAL_FACT = "{index} năm {year}: {province} đạt {score} điểm, xếp thứ {rank}/{count}{change}."
NATIONAL_CHANGE = " ({score_change} điểm; {rank_text} so với năm {previous})"
RANK_UP = "tăng {n} bậc"
RANK_DOWN = "giảm {n} bậc"
RANK_SAME = "giữ nguyên thứ hạng"
NO_NATIONAL = "Chưa có bảng kết quả chỉ số cấp quốc gia nào trong kho dữ liệu."
NATIONAL_NOT_PROVINCE = "{index} năm {year}: bảng kết quả chưa có dòng của tỉnh {province}."

# Captions of figures and tables.
FIG_GRADES = "Cơ cấu xếp loại công chức Bộ phận Một cửa các quý năm {year}"
FIG_GRADES_YEAR = "Cơ cấu xếp loại công chức Bộ phận Một cửa các tháng năm {year}"
FIG_SATISFACTION = "Tỷ lệ hài lòng theo Bộ phận Một cửa, {period}"
FIG_RANKING = "Chỉ số CCHC năm {year} của {group}"
FIG_WEAKNESS = "Tiêu chí bị trừ nhiều điểm nhất năm {year}, {group}"
FIG_NATIONAL = "{index} của tỉnh {province} qua các năm"
TAB_GRADES = "Kết quả xếp loại công chức Bộ phận Một cửa {period}"
TAB_SATISFACTION = "Mức độ hài lòng theo Bộ phận Một cửa, {period}"
TAB_REPLACEMENTS = "Công chức xếp loại D phải thay thế, {period}"
TAB_FORMS = "Phiếu tự đánh giá không nộp hoặc nộp muộn, {period}"
TAB_RANKING = "Xếp hạng Chỉ số CCHC năm {year} của {group}"
TAB_WEAKNESS = "Tiêu chí bị trừ nhiều điểm nhất năm {year}, {group}"
TAB_QUALITY = "Tệp dữ liệu tiếp nhận {period} theo loại"
TAB_NATIONAL = "Kết quả của tỉnh {province} trong các chỉ số cấp quốc gia"
# A table or chart too long to print (a national warehouse) shows part of its rows and says which; the
# workbook's sheet of the same number holds them all.
TABLE_SHOWN = "{caption} ({shown}; bảng đầy đủ ở trang tính «Bảng {n}» của tệp Excel kèm theo)"
FIGURE_SHOWN = "{caption} ({shown})"
SHOWN_UNITS = "{count} đơn vị đứng đầu và {count} đơn vị cuối bảng trong {total} đơn vị"
SHOWN_OFFICERS = (
    "{count} công chức có điểm cao nhất và {count} công chức có điểm thấp nhất trong {total} công chức "
    "được xếp loại"
)
SHOWN_DESKS = (
    "{count} Bộ phận Một cửa có tỷ lệ hài lòng cao nhất và {count} Bộ phận có tỷ lệ thấp nhất "
    "trong {total} Bộ phận"
)
SHOWN_REPLACEMENTS = "{count} trong {total} lượt, các trường hợp xếp loại D hai tháng liên tiếp xếp trước"
SHOWN_FORMS = "số lượt theo tháng, tổng cộng {total} lượt"
SHOWN_RANKED_ONLY = "chỉ {total} dòng có số liệu để xếp thứ hạng, theo thứ hạng"
RANKED_NAME = "{rank}. {name}"
SOURCE_NOTE = "Nguồn: kho dữ liệu CCHC, cập nhật ngày {updated}."
CHART_SOURCE = "Sở Nội vụ, kho dữ liệu CCHC"

# Column headers of the pack's tables.
COLUMNS = {
    "officer_name": "Họ và tên",
    "desk_name": "Bộ phận Một cửa",
    "month_score": "Tháng {month}",
    "final_score": "Điểm {period}",
    "grade": "Xếp loại",
    "rating_count": "Lượt đánh giá",
    "satisfied_count": "Lượt hài lòng",
    "satisfied_pct": "Hài lòng (%)",
    "period_name": "Tháng",
    "second_d": "D hai tháng liên tiếp",
    "form_status": "Tình trạng",
    "submitted_date": "Ngày nộp",
    "due_date": "Hạn nộp",
    "rank": "Thứ hạng",
    "unit_name": "Đơn vị",
    "index_pct": "Chỉ số (%)",
    "classification": "Xếp loại",
    "previous_rank": "Thứ hạng năm trước",
    "rank_change": "Thay đổi thứ hạng",
    "index_change": "Thay đổi chỉ số (điểm %)",
    "criterion": "Tiêu chí",
    "office": "Cơ quan theo dõi",
    "losing_units": "Số đơn vị bị trừ điểm",
    "lost_points": "Tổng điểm bị trừ",
    "lost_pct": "Tỷ lệ điểm bị trừ (%)",
    "kind": "Loại tệp",
    "loaded": "Nạp được",
    "rejected": "Bị từ chối",
    "findings": "Lỗi, cảnh báo",
    "index": "Chỉ số",
    "year": "Năm",
    "score": "Điểm",
    "count": "Số tỉnh, thành phố",
    "score_change": "Thay đổi điểm",
    "missing_forms": "Số lượt không nộp",
    "late_forms": "Số lượt nộp muộn",
}
YES = "Có"
FORM_MISSING = "Không nộp"
FORM_LATE = "Nộp muộn"

# Progress of the pack (the overview page's button).
STEP_DATA = "Đang tổng hợp số liệu…"
STEP_CHARTS = "Đang vẽ biểu đồ {n}/{total}…"
STEP_FILES = "Đang ghi báo cáo Word và Excel…"
STEP_DONE = "Đã tạo xong bộ báo cáo."

# The command line.
CLI_DONE = "Đã tạo bộ báo cáo trong {out}: {files} tệp, {figures} biểu đồ, {tables} bảng ({seconds} giây)."
CLI_NO_IMAGES = "Lưu ý: {reason}"
PERIOD_QUARTER = "quý {roman}/{year}"
PERIOD_YEAR = "năm {year}"
CLI_DESCRIPTION = "Tạo bộ báo cáo (Word, Excel, biểu đồ) và trang công khai kết quả từ kho dữ liệu CCHC."
CLI_QUARTERLY_HELP = "Bộ báo cáo quý: python -m reports quarterly --year 2025 --quarter 3 -o THƯ_MỤC"
CLI_ANNUAL_HELP = "Bộ báo cáo năm: python -m reports annual --year 2025 -o THƯ_MỤC"
CLI_PUBLIC_HELP = (
    "Trang HTML công khai kết quả xếp hạng và xếp loại: python -m reports public --year 2025 -o TỆP.html"
)
CLI_YEAR_HELP = "Năm báo cáo"
CLI_QUARTER_HELP = "Quý báo cáo (1–4)"
CLI_GROUP_HELP = "Chỉ một nhóm đơn vị cho phần Chỉ số CCHC (so_nganh, huyen, xa, phong)"
CLI_DB_HELP = "Tệp kho dữ liệu (mặc định: biến CCHC_DB hoặc data/cchc.duckdb)"
CLI_OUT_HELP = "Thư mục ghi bộ báo cáo"
CLI_PUBLIC_OUT_HELP = "Tệp HTML ghi ra"
CLI_NO_DB = "Không tìm thấy kho dữ liệu {db}. Hãy nạp dữ liệu trước (make demo hoặc python -m etl ingest …)."
CLI_USAGE_ERROR = "Lệnh chưa đúng: {detail}"
CLI_PUBLIC_DONE = "Đã ghi trang công khai kết quả: {out}"
QUARTER_WORD = "quý"
YEAR_WORD = "năm"
MONTH_WORD = "tháng"

# --- The public results page ("công khai kết quả") -------------------------------------------------------
PUBLIC_TITLE = "Công khai kết quả Chỉ số cải cách hành chính và đánh giá công chức Bộ phận Một cửa"
PUBLIC_ISSUED = "{issuer} – {province}. Số liệu cập nhật ngày {updated}."
PUBLIC_INDEX = "Xếp hạng Chỉ số CCHC năm {year}"
PUBLIC_ONE_STOP = "Kết quả xếp loại công chức Bộ phận Một cửa {period}"
PUBLIC_NO_INDEX = "Chưa có kết quả Chỉ số CCHC để công khai."
PUBLIC_NO_ONE_STOP = "Chưa có kết quả xếp loại công chức Bộ phận Một cửa {period}."
PUBLIC_PROVISIONAL = "Đơn vị đánh dấu * có kết quả tạm tính."
PUBLIC_FOOTER = "Trang này được tạo tự động từ kho dữ liệu CCHC; mọi thắc mắc xin liên hệ {issuer}."
ISSUER_NAME = "Sở Nội vụ"
SHEET_NAME = "Bảng {n}"
SHEET_TITLE = "Bảng {n}. {caption}"
QUARTER_COLUMN = "Quý {roman}"
FIELDS_FACT = "Các lĩnh vực bị trừ nhiều điểm nhất (tỷ lệ điểm bị trừ so với điểm tối đa): {fields}."
FIELD_PART = "{stt}. {title} ({share})"

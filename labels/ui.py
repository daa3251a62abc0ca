"""Page titles and labels of the app, and the Vietnamese names of the codes stored in the warehouse."""

APP_TITLE = "Phân tích CCHC và Một cửa"
APP_SUBTITLE = "Chỉ số cải cách hành chính và đánh giá công chức Bộ phận Một cửa"

# Unit groups: the codes are stored; these names are shown.
GROUP_LABELS: dict[str, str] = {
    "so_nganh": "Sở, ban, ngành",
    "huyen": "UBND cấp huyện",
    "xa": "UBND cấp xã",
    "phong": "Phòng chuyên môn",
    "mot_cua": "Bộ phận Một cửa",
}

# Kinds of file the loader recognises.
KIND_LABELS: dict[str, str] = {
    "units": "Danh mục đơn vị",
    "officers": "Danh sách cán bộ Một cửa",
    "framework": "Bộ tiêu chí",
    "rules": "Bộ quy tắc",
    "scoring": "Bảng tự đánh giá, chấm điểm CCHC",
    "survey": "Kết quả điều tra xã hội học",
    "published_index": "Bảng kết quả chỉ số đã công bố",
    "officer_form": "Phiếu tự đánh giá của công chức Một cửa (Mẫu 01)",
    "feedback": "Đánh giá của người dân, doanh nghiệp (Mẫu 02)",
    "dossiers": "Danh sách hồ sơ thủ tục hành chính (Cổng dịch vụ công)",
    "head_rules": "Quy định đánh giá người đứng đầu theo chỉ số",
    "head_calendar": "Lịch công bố và kết quả chỉ số (đánh giá người đứng đầu)",
}

STATUS_LABELS: dict[str, str] = {
    "loaded": "Đã nạp",
    "rejected": "Bị từ chối",
    "duplicate": "Trùng lặp",
    "superseded": "Đã được thay thế",
}

SEVERITY_LABELS: dict[str, str] = {"error": "Lỗi", "warning": "Cảnh báo"}

BAND_LABELS: dict[str, str] = {
    "xuat_sac": "Xuất sắc",
    "tot": "Tốt",
    "kha": "Khá",
    "trung_binh": "Trung bình",
    "yeu": "Yếu",
}

RULE_LABELS: dict[str, str] = {
    "classification_band": "Ngưỡng xếp loại đơn vị",
    "evidence_rule": "Quy tắc tài liệu kiểm chứng",
    "submission_deadline": "Thời hạn nộp",
    "one_stop_grading": "Đánh giá công chức Một cửa",
    "self_assessment_gap": "Chênh lệch tự đánh giá và thẩm định",
    "province": "Tỉnh",
}

PAGE_OVERVIEW = "Tổng quan"
PAGE_TREND = "Xu hướng chỉ số CCHC"
PAGE_RANKING = "Xếp hạng"
PAGE_WEAKNESS = "Điểm yếu theo tiêu chí"
PAGE_ONE_STOP = "Một cửa"
PAGE_NATIONAL = "Chỉ số quốc gia"
PAGE_UNIT = "Đơn vị"
PAGE_QUALITY = "Chất lượng dữ liệu"
PAGE_HOME = "Kho dữ liệu"
PAGE_REFERENCE = "Danh mục"
NAV_LEADERS = "Phân tích"
NAV_DATA = "Dữ liệu"

# Periods, as titles and comparisons name them.
PERIOD_YEAR = "năm {year}"
PERIOD_QUARTER = "quý {quarter}/{year}"
PERIOD_MONTH = "tháng {month:02d}/{year}"
PERIOD_ALL = "mọi năm"
COMPARED_TO = "so với {period}"

# Charts and tables
CHART_SOURCE = "Nguồn: {what}; kho dữ liệu cập nhật {updated}."
OPEN_UNIT_HINT = "Chọn một dòng để mở trang của đơn vị."
CHOOSE_OPTIONS = "Chọn một hoặc nhiều mục"

# Sidebar filters
FILTER_HEADER = "Bộ lọc"
FILTER_YEAR = "Năm"
FILTER_QUARTER = "Quý"
FILTER_MONTH = "Tháng"
FILTER_GROUP = "Nhóm đơn vị"
ALL = "Tất cả"
QUARTER_OPTION = "Quý {quarter}"
MONTH_OPTION = "Tháng {month}"
FILTER_LINK_HINT = "Đường liên kết của trang giữ nguyên các bộ lọc này."

# Home page
HOME_INTRO = (
    "Kho dữ liệu tổng hợp kết quả tự đánh giá, thẩm định chỉ số CCHC của các đơn vị và kết quả đánh giá "
    "công chức làm việc tại Bộ phận Một cửa."
)
METRIC_UNITS = "Đơn vị đang hoạt động"
METRIC_UNITS_HELP = "Số đơn vị có hiệu lực đến hôm nay, trên tổng số đơn vị từng có trong danh mục."
METRIC_FRAMEWORKS = "Bộ tiêu chí"
METRIC_OFFICERS = "Cán bộ Một cửa"
METRIC_FILES = "Tệp đã nạp"
METRIC_FILES_HELP = "Số tệp được nhận vào kho; tệp bị từ chối được liệt kê bên dưới."
METRIC_REJECTED = "Tệp bị từ chối"
SECTION_UNITS = "Đơn vị theo nhóm"
SECTION_FRAMEWORKS = "Bộ tiêu chí đang áp dụng"
SECTION_FILES = "Các tệp đã tiếp nhận gần đây"
SECTION_REJECTED = "Tệp bị từ chối và lý do"
UNITS_ACTIVE = "Đang hoạt động"
UNITS_ENDED = "Đã chấm dứt / sáp nhập"
EMPTY_TITLE = "Kho dữ liệu chưa có dữ liệu"
EMPTY_BODY = (
    "Chưa có tệp nào được nạp vào kho `{db}`.\n\n"
    "Để xem thử với dữ liệu minh họa, chạy lệnh `make demo` (hoặc `python -m etl demo`).\n\n"
    "Để nạp dữ liệu của tỉnh, chạy `python -m etl ingest THƯ_MỤC_HOẶC_TỆP` với danh mục đơn vị, "
    "bộ tiêu chí và bộ quy tắc trước, rồi các tệp chấm điểm."
)
DB_LOCKED = "Kho dữ liệu đang được cập nhật. Vui lòng tải lại trang sau ít phút."
NO_MATCH = "Không có dữ liệu phù hợp với bộ lọc đã chọn."

# Column headers of tables shown on pages
COLUMNS: dict[str, str] = {
    "unit_code": "Mã đơn vị",
    "unit_name": "Tên đơn vị",
    "unit_group": "Nhóm",
    "parent_name": "Đơn vị cấp trên",
    "valid_from_date": "Hiệu lực từ",
    "valid_to_date": "Hiệu lực đến",
    "successor_name": "Sáp nhập vào",
    "framework_id": "Mã bộ tiêu chí",
    "from_year": "Từ năm",
    "to_year": "Đến năm",
    "legal_basis": "Căn cứ",
    "criteria_count": "Số dòng",
    "leaf_count": "Số tiêu chí chấm điểm",
    "max_points": "Điểm tối đa",
    "survey_points": "Điểm điều tra XHH",
    "file_name": "Tệp",
    "kind": "Loại",
    "status": "Trạng thái",
    "attempted_at": "Thời điểm nạp",
    "rows_loaded": "Số dòng nạp",
    "rows_rejected": "Số dòng bị loại",
    "error_count": "Số lỗi",
    "warning_count": "Số cảnh báo",
    "year": "Năm",
    "period": "Kỳ",
    "sheet_name": "Trang tính",
    "cell": "Ô",
    "message": "Nội dung",
    "severity": "Mức độ",
    "officer_code": "Mã cán bộ",
    "officer_name": "Họ và tên",
    "rule_code": "Quy tắc",
    "param_code": "Tham số",
    "value": "Giá trị",
    "count": "Số lượng",
    "active_count": "Đang hoạt động",
    "ended_count": "Đã chấm dứt",
}

# Header texts of the reference files as our profile and templates write them (also used to name a
# missing column in a message).
TEMPLATE_HEADERS: dict[str, dict[str, str]] = {
    "units": {
        "unit_code": "Mã đơn vị",
        "unit_name": "Tên đơn vị",
        "unit_group": "Nhóm",
        "parent_code": "Đơn vị cấp trên",
        "valid_from_date": "Hiệu lực từ",
        "valid_to_date": "Hiệu lực đến",
        "aliases": "Tên gọi khác",
        "successor_code": "Sáp nhập vào",
    },
    "officer_form": {
        "officer_code": "Mã cán bộ",
        "officer_name": "Họ và tên",
        "unit": "Đơn vị",
        "stt": "STT",
        "title": "Nội dung",
        "max_points": "Điểm tối đa",
        "self_score": "Tổng điểm tự đánh giá",
        "reviewed_score": "Điểm thủ trưởng đánh giá",
        "submitted_date": "Ngày nộp",
        "note": "Ghi chú",
    },
    "feedback": {
        "rated_at": "Thời gian đánh giá",
        "dossier_code": "Mã hồ sơ",
        "unit_code": "Mã đơn vị",
        "unit_name": "Đơn vị",
        "officer_code": "Mã cán bộ",
        "officer_name": "Cán bộ tiếp nhận",
        "procedure": "Thủ tục hành chính",
        "level": "Mức độ hài lòng",
        "attitude": "Thái độ phục vụ",
        "guidance": "Hướng dẫn hồ sơ",
        "timeliness": "Thời gian giải quyết",
        "comment": "Ý kiến khác",
    },
    "dossiers": {
        "dossier_code": "Mã hồ sơ",
        "unit_code": "Mã đơn vị",
        "unit_name": "Đơn vị tiếp nhận",
        "officer_code": "Mã cán bộ",
        "officer_name": "Cán bộ tiếp nhận",
        "procedure": "Thủ tục hành chính",
        "received_date": "Ngày tiếp nhận",
        "due_date": "Ngày hẹn trả",
        "resolved_date": "Ngày trả kết quả",
        "is_digitised": "Số hóa",
        "has_apology": "Thư xin lỗi",
        "has_complaint": "Phản ánh, kiến nghị",
    },
    "officers": {
        "officer_code": "Mã cán bộ",
        "officer_name": "Họ và tên",
        "unit_code": "Mã đơn vị",
        "valid_from_date": "Từ ngày",
        "valid_to_date": "Đến ngày",
    },
    "framework": {
        "stt": "STT",
        "title": "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
        "max_points": "Điểm tối đa",
        "method": "Phương pháp đánh giá",
        "responsible_office": "Cơ quan chủ trì",
    },
    "rules": {
        "rule_code": "Quy tắc",
        "param_code": "Tham số",
        "value": "Giá trị",
        "unit_group": "Nhóm",
        "valid_from_date": "Hiệu lực từ",
        "valid_to_date": "Hiệu lực đến",
        "legal_basis": "Căn cứ",
        "note": "Diễn giải",
    },
    "scoring": {
        "stt": "STT",
        "title": "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
        "max_points": "Điểm tối đa",
        "self_points": "Điểm tự đánh giá",
        "appraised_points": "Điểm thẩm định",
        "not_applicable": "Không áp dụng",
        "evidence": "Tài liệu kiểm chứng",
        "explanation": "Giải trình",
        "note": "Ghi chú",
    },
    "survey": {
        "unit_code": "Mã đơn vị",
        "unit_name": "Tên đơn vị",
        "year": "Năm",
        "criterion_code": "Mã tiêu chí",
        "survey_points": "Điểm điều tra xã hội học",
    },
    "published_index": {
        "entity_name": "Đơn vị",
        "score": "Chỉ số",
        "rank": "Xếp hạng",
    },
    "head_rules": {
        "rule_set_id": "Mã quy định",
        "unit_code": "Mã đơn vị",
        "index_name": "Chỉ số",
        "field_name": "Lĩnh vực",
        "measure": "Đo theo",
        "excellent_threshold": "Hoàn thành xuất sắc",
        "good_threshold": "Hoàn thành tốt",
        "done_threshold": "Hoàn thành",
        "weight": "Trọng số",
        "combine_method": "Cách kết hợp",
        "result_lag_years": "Kết quả lùi (năm)",
        "published_due": "Hạn công bố",
        "sent_due": "Hạn gửi Sở Nội vụ",
        "decided_due": "Hạn quyết định",
        "valid_from_date": "Hiệu lực từ",
        "valid_to_date": "Hiệu lực đến",
        "legal_basis": "Căn cứ",
        "note": "Ghi chú",
    },
    "head_calendar": {
        "year": "Năm",
        "index_name": "Chỉ số",
        "field_name": "Lĩnh vực",
        "score": "Điểm",
        "rank": "Xếp hạng",
        "published_date": "Ngày công bố",
        "sent_date": "Ngày gửi Sở Nội vụ",
        "decided_date": "Ngày quyết định",
        "note": "Ghi chú",
    },
}

FRAMEWORKS_CAPTION = "Năm: {year} · Nhóm: {group}"
TAB_UNITS = "Đơn vị"
TAB_FRAMEWORKS = "Bộ tiêu chí"
TAB_RULES = "Quy tắc"
TAB_OFFICERS = "Cán bộ Một cửa"
UNITS_CAPTION = "{count} đơn vị, gồm cả đơn vị đã sáp nhập hoặc chấm dứt (có ngày «Hiệu lực đến»)."
OFFICERS_CAPTION = "{count} cán bộ; đơn vị là nơi làm việc theo lần phân công gần nhất."
PICK_FRAMEWORK = "Xem chi tiết bộ tiêu chí"
COLUMNS.update(
    {
        "criterion_code": "Mã tiêu chí",
        "stt_text": "STT",
        "title": "Tiêu chí",
        "is_survey": "Điều tra XHH",
        "responsible_office": "Cơ quan chủ trì",
        "note": "Diễn giải",
        "leaf_count": "Số tiêu chí chấm điểm",
    }
)

# Signing in and the shell around the pages.
NAV_ADMIN = "Quản trị"
PAGE_UPLOAD = "Nạp dữ liệu"
PAGE_ADMIN = "Người dùng và nhật ký"
SIGN_IN_TITLE = "Đăng nhập"
SIGN_IN_INTRO = "Dữ liệu chấm điểm và xếp loại công chức chỉ dành cho người được cấp tài khoản."
SIGN_IN_USER = "Tên đăng nhập"
SIGN_IN_PASSWORD = "Mật khẩu"
SIGN_IN_BUTTON = "Đăng nhập"
SIGN_IN_OIDC = "Đăng nhập bằng tài khoản của tỉnh"
SIGN_IN_OIDC_UNKNOWN = (
    "Tài khoản {email} đã xác thực nhưng chưa được cấp quyền trong hệ thống. "
    "Đề nghị quản trị viên tạo tài khoản cùng tên bằng lệnh `python -m etl users add`."
)
SIGN_IN_NO_USERS = (
    "Chưa có tài khoản nào. Quản trị viên tạo tài khoản đầu tiên bằng lệnh "
    "`python -m etl users add TEN --role admin`."
)
SIGN_OUT = "Đăng xuất"
SIGNED_IN_AS = "Đang đăng nhập: **{name}** ({role})"
SIGNED_IN_UNIT = "Đơn vị: {unit}"
ACCESS_DENIED = "Tài khoản của bạn không được xem nội dung này."

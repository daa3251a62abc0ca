"""Texts of the heads' completion levels (QĐ 01/2023): the section on «Tổng quan» and «Đơn vị», and the
annual report's section."""

LEVEL_LABELS: dict[str, str] = {
    "xuat_sac": "Hoàn thành xuất sắc nhiệm vụ",
    "tot": "Hoàn thành tốt nhiệm vụ",
    "hoan_thanh": "Hoàn thành nhiệm vụ",
    "khong_hoan_thanh": "Không hoàn thành nhiệm vụ",
}
NOT_GRADED = "Chưa xếp mức"
MEASURE_LABELS: dict[str, str] = {
    "score": "Điểm",
    "rank": "Xếp hạng",
    "change": "Thay đổi so với năm trước",
}
COMBINE_LABELS: dict[str, str] = {
    "worst": "Mức thấp nhất",
    "weighted_mean": "Trung bình có trọng số",
}
OWN_INDEX = "Chỉ số CCHC của đơn vị"
REASONS: dict[str, str] = {
    "no_result": "chưa có kết quả {index} năm {year}",
    "no_rank": "kết quả {index} năm {year} chưa có xếp hạng",
    "no_previous": "chưa có kết quả {index} năm {previous} để so sánh",
}
OVERALL_REASON = "Chưa xếp mức: {reasons}."
LATE_PUBLISHED = "công bố sau hạn"
LATE_SENT = "gửi Sở Nội vụ sau hạn"
LATE_DECIDED = "quyết định mức sau hạn"
ON_TIME = "đúng hạn"
NO_DATES = "chưa ghi ngày"

SECTION = "Mức độ hoàn thành nhiệm vụ của người đứng đầu năm {year}"
CAPTION = (
    "Theo {basis}: người đứng đầu mỗi đơn vị được xếp mức theo kết quả năm {result_year} của các chỉ số do "
    "đơn vị phụ trách; cột «Thời hạn» cho biết kết quả được công bố, gửi Sở Nội vụ và quyết định mức đúng "
    "hạn hay sau hạn theo quy định."
)
NONE = "Chưa có quy định đánh giá người đứng đầu theo chỉ số, hoặc chưa có kết quả cho năm {year}."
UNIT_NONE = "Đơn vị chưa được giao chỉ số để đánh giá người đứng đầu."
UNGRADED_WARNING = "{count} đơn vị chưa được xếp mức vì thiếu kết quả chỉ số; lý do ở cột «Ghi chú»."
LATE_WARNING = "{count} đơn vị có chỉ số công bố, gửi hoặc quyết định mức sau hạn."
DETAIL = "Chi tiết theo từng chỉ số"

COLUMNS: dict[str, str] = {
    "year": "Năm đánh giá",
    "result_year": "Năm kết quả",
    "unit_name": "Đơn vị",
    "overall_text": "Mức của người đứng đầu",
    "indices_text": "Chỉ số phụ trách",
    "deadline_text": "Thời hạn",
    "reason_text": "Ghi chú",
    "index_text": "Chỉ số",
    "measure_text": "Đo theo",
    "value_text": "Kết quả",
    "thresholds_text": "Ngưỡng (xuất sắc · tốt · hoàn thành)",
    "level_text": "Mức theo chỉ số",
    "combine_text": "Cách kết hợp",
    "rule_set_id": "Mã quy định",
    "index_name": "Chỉ số",
    "field_name": "Lĩnh vực",
    "measure": "Đo theo",
    "measured_value": "Kết quả",
    "excellent_threshold": "Ngưỡng xuất sắc",
    "good_threshold": "Ngưỡng tốt",
    "done_threshold": "Ngưỡng hoàn thành",
    "weight": "Trọng số",
    "level_code": "Mức theo chỉ số",
    "overall_level_code": "Mức của người đứng đầu",
    "not_graded_reason": "Lý do chưa xếp mức",
    "published_date": "Ngày công bố",
    "sent_date": "Ngày gửi Sở Nội vụ",
    "decided_date": "Ngày quyết định",
    "is_published_late": "Công bố sau hạn",
    "is_sent_late": "Gửi sau hạn",
    "is_decided_late": "Quyết định sau hạn",
}

EXPORT_TITLE = "Mức độ hoàn thành nhiệm vụ của người đứng đầu năm {year}"
EXPORT_UNIT_TITLE = "Mức độ hoàn thành nhiệm vụ của người đứng đầu {unit}"

# Annual report pack
REPORT_HEADING = "Đánh giá người đứng đầu theo kết quả các chỉ số"
REPORT_SUMMARY = (
    "Năm {year}, {graded} trên {units} đơn vị được xếp mức hoàn thành nhiệm vụ của người đứng đầu theo kết quả "
    "các chỉ số năm {result_year} ({basis}): {counts}."
)
REPORT_COUNT = "{count} {level}"
REPORT_UNGRADED = "{count} đơn vị chưa được xếp mức vì thiếu kết quả chỉ số: {units}."
REPORT_LATE = "{count} đơn vị có chỉ số công bố, gửi Sở Nội vụ hoặc quyết định mức sau hạn: {units}."
REPORT_NONE = "Năm {year} chưa có kết quả đánh giá người đứng đầu theo các chỉ số."
REPORT_TABLE = "Mức độ hoàn thành nhiệm vụ của người đứng đầu năm {year}"
SECTION_UNIT = "Mức độ hoàn thành nhiệm vụ của người đứng đầu theo kết quả các chỉ số"

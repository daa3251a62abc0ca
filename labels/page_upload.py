"""Texts of the "Nạp dữ liệu" page."""

INTRO = (
    "Chọn một hoặc nhiều tệp (Excel, CSV, HTML lưu thành .xls). Hệ thống tự nhận biết loại dữ liệu theo nội "
    "dung tệp, kiểm tra từng ô và báo rõ lỗi kèm cách sửa. Tệp bị từ chối không làm thay đổi kho dữ liệu."
)
INTRO_UNIT = (
    "Tài khoản đơn vị chỉ nạp được dữ liệu của {units}: bảng tự chấm điểm CCHC, phiếu Mẫu 01, kết quả Mẫu 02."
)
PICKER = "Chọn tệp cần nạp"
# Streamlit's own words on the file picker ("Upload", "20MB per file") are replaced by these.
PICKER_BUTTON = "Chọn tệp"
PICKER_DROP = "hoặc kéo thả tệp vào đây · tối đa {limit} MB mỗi tệp"
PICKER_HELP = "Tối đa {limit} MB mỗi tệp. Loại tệp được xác định theo nội dung, không theo đuôi tên tệp."
BUTTON = "Nạp {count} tệp"
PROGRESS = "Đã xử lý {done}/{total} tệp…"
DONE = "Đã xử lý xong {total} tệp: {loaded} nạp được, {rejected} bị từ chối, {duplicate} đã có trong kho."
TOO_LARGE = (
    "Tệp {file}: dung lượng {size} MB vượt giới hạn {limit} MB nên chưa được nạp. Cách sửa: xóa các trang "
    "tính, hàng, cột thừa hoặc tách thành nhiều tệp nhỏ hơn rồi gửi lại."
)
COULD_NOT_START = "Chưa nạp được: {detail}"
BUSY = "Kho dữ liệu đang được một lượt nạp khác cập nhật. Vui lòng thử lại sau ít phút."
STATUS = {
    "loaded": "Đã nạp",
    "superseded": "Đã nạp",
    "rejected": "Bị từ chối",
    "duplicate": "Đã có trong kho",
}
REPORT_TITLE = "{status} — {file}"
REPORT_FACTS = (
    "Loại: {kind}. Đơn vị: {unit}. Kỳ: {period}. Dòng nạp được: {rows}; dòng bị loại: {rejected_rows}."
)
SUPERSEDES = "Tệp này thay thế tệp đã nạp trước đó cho cùng đơn vị và kỳ."
NO_FINDINGS = "Không có lỗi hay cảnh báo."
COLUMNS = {"severity": "Mức độ", "sheet": "Trang tính", "cell": "Ô", "message": "Nội dung và cách sửa"}
UNKNOWN = "chưa xác định"

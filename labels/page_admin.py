"""Texts of the administrator's page: users and the audit trail."""

USERS = "Tài khoản"
ADD = "Thêm tài khoản"
USER_NAME = "Tên đăng nhập"
DISPLAY_NAME = "Tên hiển thị"
ROLE = "Vai trò"
UNIT = "Mã đơn vị (chỉ với tài khoản đơn vị)"
PASSWORD = "Mật khẩu ban đầu"
ADD_BUTTON = "Tạo tài khoản"
ADDED = "Đã tạo tài khoản «{user}»."
CHANGE = "Thay đổi một tài khoản"
PICK = "Chọn tài khoản"
DISABLE = "Vô hiệu hóa"
ENABLE = "Cho hoạt động lại"
RESET = "Đặt lại mật khẩu"
RESET_DONE = (
    "Mật khẩu mới của «{user}» (chỉ hiện một lần, hãy gửi cho người dùng qua kênh an toàn): `{password}`"
)
DISABLED = "Đã vô hiệu hóa «{user}»."
ENABLED = "Đã cho «{user}» hoạt động lại."
AUDIT = "Nhật ký hoạt động"
AUDIT_HELP = "Nhật ký chỉ được ghi thêm, không sửa, không xóa được."
FILTER_USER = "Người dùng"
FILTER_ACTION = "Hoạt động"
FILTER_TEXT = "Đối tượng hoặc chi tiết chứa"
FILTER_FROM = "Từ ngày"
FILTER_TO = "Đến ngày"
AUDIT_COUNT = "{count} mục (mới nhất trước; tối đa {limit})."
AUDIT_EXPORT = "Nhật ký hoạt động"
COLUMNS = {
    "recorded_at": "Thời điểm",
    "user_name": "Người dùng",
    "action_name": "Hoạt động",
    "object": "Đối tượng",
    "detail": "Chi tiết",
    "display_name": "Tên hiển thị",
    "role_name": "Vai trò",
    "unit_code": "Đơn vị",
    "state": "Trạng thái",
}

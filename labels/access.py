"""Texts of accounts, sign-in and the audit trail (access/): role names, refusals and audit details."""

# Roles: the codes are stored; these names are shown.
ROLE_LABELS: dict[str, str] = {
    "lanh_dao": "Lãnh đạo",
    "noi_vu": "Sở Nội vụ",
    "don_vi": "Đơn vị",
    "admin": "Quản trị hệ thống",
}

# Audit actions: the codes are stored; these names are shown on the audit trail.
ACTION_LABELS: dict[str, str] = {
    "sign_in": "Đăng nhập",
    "sign_in_failed": "Đăng nhập không thành công",
    "sign_in_locked": "Đăng nhập bị chặn (tạm khóa)",
    "sign_out": "Đăng xuất",
    "upload": "Tải tệp lên",
    "load": "Nạp dữ liệu",
    "supersede": "Thay thế bản gửi trước",
    "reject": "Từ chối tệp",
    "user_add": "Tạo tài khoản",
    "user_disable": "Vô hiệu hóa tài khoản",
    "user_enable": "Kích hoạt lại tài khoản",
    "user_reset": "Đặt lại mật khẩu",
    "export_officer_grades": "Xuất xếp loại công chức Một cửa",
}

STATUS_ACTIVE = "Đang hoạt động"
STATUS_DISABLED = "Đã vô hiệu hóa"

# --- Refusals of bad input (raised as ValueError, shown as they are) ------------------------------------
BAD_USER_NAME = (
    "Tên đăng nhập «{user_name}» không hợp lệ. Cách sửa: dùng từ 3 đến 64 ký tự gồm chữ Latin không dấu, "
    "chữ số và các dấu . _ @ -"
)
UNKNOWN_ROLE = "Vai trò «{role}» không có. Cách sửa: chọn một trong các vai trò: {roles}."
UNIT_REQUIRED = "Tài khoản đơn vị phải gắn với một đơn vị. Cách sửa: ghi mã đơn vị, ví dụ X25-CAOLOC."
UNIT_NOT_ALLOWED = (
    "Chỉ tài khoản đơn vị mới gắn với một đơn vị; vai trò «{role}» xem theo quyền của vai trò. "
    "Cách sửa: bỏ mã đơn vị."
)
DUPLICATE_USER = "Đã có tài khoản «{user_name}» (tên đăng nhập không phân biệt chữ hoa, chữ thường)."
UNKNOWN_USER = "Không có tài khoản «{user_name}»."
LAST_ADMIN = (
    "Không thể vô hiệu hóa «{user_name}»: đây là tài khoản quản trị cuối cùng còn hoạt động. "
    "Cách sửa: tạo hoặc kích hoạt một tài khoản quản trị khác trước."
)
WEAK_SHORT = "Mật khẩu quá ngắn: cần ít nhất {minimum} ký tự."
WEAK_ONLY_DIGITS = "Mật khẩu chỉ gồm chữ số: hãy thêm chữ cái hoặc ký hiệu."
WEAK_ONLY_LETTERS = "Mật khẩu chỉ gồm chữ cái: hãy thêm chữ số hoặc ký hiệu."

# --- Sign-in refusals (the same for unknown, disabled and known names, so probing learns nothing) -------
SIGN_IN_REFUSED = "Tên đăng nhập hoặc mật khẩu không đúng."
SIGN_IN_LOCKED = "Đăng nhập sai quá nhiều lần nên tạm bị khóa. Hãy thử lại sau {minutes} phút."

# --- Details written on the audit trail ------------------------------------------------------------------
DETAIL_SOURCE = "nguồn: {source}"
DETAIL_WRONG_PASSWORD = "sai mật khẩu"
DETAIL_UNKNOWN_USER = "tên đăng nhập không có"
DETAIL_DISABLED = "tài khoản đã bị vô hiệu hóa"
DETAIL_USER_LOCKED = "tên đăng nhập đang bị tạm khóa đến {until} (UTC)"
DETAIL_SOURCE_LOCKED = "nguồn đang bị tạm khóa đến {until} (UTC)"
DETAIL_ROLE = "vai trò: {role}"
DETAIL_UNIT = "đơn vị: {unit_code}"
DETAIL_DISPLAY = "tên hiển thị: {display_name}"
DETAIL_SEPARATOR = "; "

# --- Demo accounts ---------------------------------------------------------------------------------------
DEMO_DISPLAY_NAME = "{role} (tài khoản minh họa)"

"""Messages of files sent through the app's "Nạp dữ liệu" page by a unit's account: what it may send."""

MESSAGES: dict[str, str] = {
    "upload.kind_not_allowed": (
        "tệp là «{kind_name}»: tài khoản đơn vị không được nạp loại dữ liệu này. "
        "Cách sửa: gửi tệp cho Sở Nội vụ để nạp, hoặc chọn đúng tệp của đơn vị mình "
        "(bảng tự chấm điểm CCHC, phiếu Mẫu 01, kết quả đánh giá Mẫu 02)."
    ),
    "upload.other_unit": (
        "tệp là dữ liệu của đơn vị {unit}: tài khoản của bạn chỉ được nạp dữ liệu của {own}. "
        "Cách sửa: kiểm tra tên đơn vị ở phần đầu bảng tính (hoặc mã đơn vị), hoặc gửi tệp cho đúng đơn vị."
    ),
    "upload.unit_unknown": (
        "không xác định được tệp thuộc đơn vị nào, nên tài khoản đơn vị không nạp được. "
        "Cách sửa: ghi rõ tên đơn vị ở phần đầu bảng tính, hoặc gửi tệp cho Sở Nội vụ để nạp."
    ),
}

"""Texts of the command line: help, usage errors and the summary line."""

MESSAGES: dict[str, str] = {
    "cli.description": "Nạp và kiểm tra dữ liệu CCHC, Một cửa vào kho dữ liệu.",
    "cli.ingest_help": "Nạp tệp hoặc thư mục (mỗi tệp nạp trọn vẹn hoặc không nạp gì).",
    "cli.kind_help": "Loại tệp, khi không muốn để hệ thống tự nhận ra.",
    "cli.db_help": "Tệp kho dữ liệu (mặc định: biến môi trường CCHC_DB hoặc data/cchc.duckdb).",
    "cli.json_help": "In kết quả mỗi tệp thành một đối tượng JSON trên một dòng.",
    "cli.framework_id_help": "Mã bộ tiêu chí khi nạp bộ tiêu chí, ví dụ LS-SN-2021.",
    "cli.group_help": "Nhóm đơn vị áp dụng bộ tiêu chí: so_nganh, huyen, xa, phong, mot_cua.",
    "cli.from_year_help": "Năm đầu tiên bộ tiêu chí được áp dụng.",
    "cli.to_year_help": "Năm cuối cùng bộ tiêu chí được áp dụng (bỏ trống nếu còn hiệu lực).",
    "cli.legal_basis_help": "Căn cứ ban hành, ví dụ «Quyết định số 2281/QĐ-UBND ngày 21/11/2021».",
    "cli.unit_help": "Đơn vị của bảng điểm (mã hoặc tên) khi tệp không ghi rõ.",
    "cli.year_help": "Năm đánh giá, ví dụ 2024.",
    "cli.index_help": "Tên chỉ số của bảng kết quả đã công bố: PAR INDEX, SIPAS, PCI, PAPI, DDCI…",
    "cli.month_help": "Tháng được đánh giá của phiếu Mẫu 01 (dạng NĂM-THÁNG, ví dụ 2024-03) khi tệp không ghi",
    "cli.scale_help": "Thang mức hài lòng (3 hoặc 5) của tệp đánh giá ghi mức bằng số, khi tệp không ghi",
    "cli.template_help": "Tạo tệp Excel mẫu bảng tự đánh giá cho một đơn vị, một năm.",
    "cli.template_framework_help": "Mã bộ tiêu chí, ví dụ LS-XA-2021.",
    "cli.template_unit_help": "Mã đơn vị trong danh mục, ví dụ SNV.",
    "cli.template_output_help": "Đường dẫn tệp .xlsx sẽ ghi.",
    "cli.template_done": "Đã tạo tệp mẫu {path}.",
    "cli.docs_help": (
        "Kiểm tra lại toàn bộ dữ liệu trong kho bằng các bộ kiểm tra chất lượng và tạo trang Data Docs cho "
        "kiểm toán viên."
    ),
    "cli.docs_out_help": "Thư mục ghi trang Data Docs (mặc định: thư mục …_data_docs cạnh tệp kho dữ liệu).",
    "cli.docs_no_warehouse": (
        "Chưa có kho dữ liệu {db}. Cách sửa: nạp dữ liệu trước (python -m etl ingest …) hoặc chỉ đúng tệp bằng --db."
    ),
    "cli.docs_done": (
        "Đã tạo Data Docs tại {site}: {files} tệp, {rows} dòng được kiểm tra; {critical} lỗi nghiêm trọng, "
        "{warnings} cảnh báo."
    ),
    "cli.demo_help": "Tạo dữ liệu minh họa của tỉnh mẫu và nạp vào kho qua đúng đường nạp của người dùng.",
    "cli.demo_out_help": "Thư mục ghi các tệp minh họa (mặc định: thư mục demo cạnh kho dữ liệu).",
    "cli.demo_force_help": "Xóa kho dữ liệu cũ và tạo lại từ đầu.",
    "cli.demo_seed_help": "Hạt giống ngẫu nhiên (cố định để dữ liệu luôn như nhau).",
    "cli.usage_error": "Lỗi cú pháp lệnh: {detail}",
    "cli.path_missing": "Không tìm thấy: {paths}. Cách sửa: kiểm tra lại đường dẫn.",
    "cli.summary": "Tổng cộng: {loaded} tệp đã nạp, {rejected} tệp bị từ chối, {duplicate} tệp trùng lặp.",
    "cli.users_help": (
        "Quản lý tài khoản đăng nhập ứng dụng: tạo, vô hiệu hóa, kích hoạt, đặt lại mật khẩu, liệt kê."
    ),
    "cli.users_add_help": "Tạo tài khoản mới.",
    "cli.users_disable_help": "Vô hiệu hóa tài khoản (lịch sử nhật ký vẫn giữ nguyên).",
    "cli.users_enable_help": "Kích hoạt lại tài khoản đã vô hiệu hóa.",
    "cli.users_reset_help": "Đặt lại mật khẩu và gỡ tạm khóa đăng nhập của tài khoản.",
    "cli.users_list_help": "Liệt kê mọi tài khoản.",
    "cli.users_name_help": "Tên đăng nhập (3–64 ký tự: chữ Latin không dấu, chữ số, . _ @ -).",
    "cli.users_role_help": "Vai trò: {roles}.",
    "cli.users_unit_help": "Mã đơn vị của tài khoản đơn vị (chỉ với vai trò don_vi), ví dụ X25-CAOLOC.",
    "cli.users_display_help": "Tên hiển thị, ví dụ «Nguyễn Văn A – Sở Nội vụ» (mặc định: tên đăng nhập).",
    "cli.users_password_stdin_help": (
        "Đọc mật khẩu từ dòng đầu của đầu vào chuẩn (stdin) thay vì hỏi; mật khẩu không bao giờ ghi trên dòng lệnh."
    ),
    "cli.users_generate_help": "Tạo ngẫu nhiên một mật khẩu mạnh và in ra một lần duy nhất.",
    "cli.users_password_prompt": "Mật khẩu: ",
    "cli.users_password_again": "Nhập lại mật khẩu: ",
    "cli.users_password_mismatch": "Hai lần nhập mật khẩu không khớp; chưa thay đổi gì.",
    "cli.users_password_empty": "Không đọc được mật khẩu từ đầu vào chuẩn; chưa thay đổi gì.",
    "cli.users_added": "Đã tạo tài khoản {user_name} ({role}).",
    "cli.users_disabled": "Đã vô hiệu hóa tài khoản {user_name}.",
    "cli.users_enabled": "Đã kích hoạt lại tài khoản {user_name}.",
    "cli.users_reset_done": "Đã đặt lại mật khẩu tài khoản {user_name}.",
    "cli.users_generated": (
        "Mật khẩu mới của {user_name} (chỉ hiện một lần, hãy chuyển cho người dùng ngay): {password}"
    ),
    "cli.users_none": "Chưa có tài khoản nào. Tạo tài khoản: python -m etl users add TÊN --role VAI_TRÒ",
    "cli.users_header_name": "Tên đăng nhập",
    "cli.users_header_display": "Tên hiển thị",
    "cli.users_header_role": "Vai trò",
    "cli.users_header_unit": "Đơn vị",
    "cli.users_header_status": "Trạng thái",
    "demo.accounts": "Tài khoản minh họa (tên đăng nhập / mật khẩu): {accounts}.",
    "demo.exists": "Kho dữ liệu minh họa đã có tại {db}; dùng --force để tạo lại.",
    "demo.done": "Đã tạo kho dữ liệu minh họa tại {db}: {loaded} tệp đã nạp, {rejected} tệp bị từ chối (cố ý).",
    "demo.unexpected": "Tệp minh họa {file} có kết quả «{status}», khác với dự kiến «{expected}».",
    "cli.uploader_help": "Người tải tệp lên qua trang Nạp dữ liệu (ghi vào nhật ký hoạt động)",
    "cli.allowed_kinds_help": "Chỉ nhận các loại dữ liệu này, cách nhau bởi dấu phẩy (tài khoản đơn vị)",
    "cli.allowed_units_help": "Chỉ nhận tệp của các đơn vị này, cách nhau bởi dấu phẩy (tài khoản đơn vị)",
}

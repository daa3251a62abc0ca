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
    "demo.exists": "Kho dữ liệu minh họa đã có tại {db}; dùng --force để tạo lại.",
    "demo.done": "Đã tạo kho dữ liệu minh họa tại {db}: {loaded} tệp đã nạp, {rejected} tệp bị từ chối (cố ý).",
    "demo.unexpected": "Tệp minh họa {file} có kết quả «{status}», khác với dự kiến «{expected}».",
}

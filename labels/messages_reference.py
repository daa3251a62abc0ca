"""Messages for reference data: units, officers, criteria frameworks and rule sets, and the parts every
finding shares. Each message says what is wrong and how to fix it."""

MESSAGES: dict[str, str] = {
    # Where a finding is: "Tệp a.xlsx, trang tính Sheet1, ô B7: …"
    "place.prefix": "{place}: ",
    "place.file": "Tệp {file}",
    "place.sheet": "trang tính «{sheet}»",
    "place.cell": "ô {cell}",
    "text.legacy_encoding": (
        "Văn bản được gõ bằng bảng mã {encoding} (phông .VnTime hoặc VNI) và đã được chuyển sang Unicode. "
        "Cách sửa: lần sau hãy dùng phông Unicode (Times New Roman) để tránh sai chữ."
    ),
    # Recognising the file
    "kind.unknown": (
        "Không nhận ra loại tệp: không tìm thấy dòng tiêu đề của danh mục đơn vị, danh sách cán bộ, bộ tiêu chí, "
        "bộ quy tắc, bảng tự đánh giá chấm điểm, kết quả điều tra xã hội học hay bảng kết quả chỉ số. Cách sửa: "
        "kiểm tra dòng tiêu đề cột (ví dụ «STT», «Điểm tối đa», «Điểm tự đánh giá» cho bảng điểm; «Mã đơn vị», "
        "«Tên đơn vị», «Nhóm» cho danh mục), hoặc chỉ rõ loại tệp bằng tham số --kind."
    ),
    "kind.not_supported": "Loại tệp «{kind}» chưa được hỗ trợ. Cách sửa: dùng một trong các loại {kinds}.",
    "header.missing_columns": (
        "Thiếu cột bắt buộc: {columns}. Cách sửa: thêm các cột này vào dòng tiêu đề (dòng {row}) đúng tên như "
        "mẫu rồi gửi lại."
    ),
    "header.not_found": (
        "Không tìm thấy dòng tiêu đề của {kind_label}. Cách sửa: dòng tiêu đề phải có các cột {columns}."
    ),
    "file.no_rows": "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề. Cách sửa: điền dữ liệu rồi gửi lại.",
    # Values shared by every kind
    "value.required": "Thiếu «{column}». Cách sửa: điền {column} cho dòng {row}.",
    "value.date": (
        "Không đọc được ngày «{value}» ở cột «{column}». Cách sửa: ghi ngày theo dạng dd/mm/yyyy, "
        "ví dụ 01/07/2025."
    ),
    "value.date_not_exist": (
        "Ngày «{value}» ở cột «{column}» không có trên lịch. Cách sửa: kiểm tra lại ngày, tháng."
    ),
    "value.number": (
        "Không đọc được số «{value}» ở cột «{column}». Cách sửa: ghi số, dùng dấu phẩy cho phần thập phân "
        "(ví dụ 0,5 hoặc 14,5)."
    ),
    "value.year": "Năm «{value}» không hợp lệ. Cách sửa: ghi năm bằng 4 chữ số, ví dụ 2025.",
    "dates.end_before_start": (
        "Ngày kết thúc {end} trước ngày bắt đầu {start}. Cách sửa: kiểm tra lại hai ngày ở dòng {row}."
    ),
    # Units
    "unit.duplicate_code": (
        "Mã đơn vị «{code}» đã có ở dòng {first_row}. Cách sửa: mỗi đơn vị một mã duy nhất; xóa dòng trùng "
        "hoặc sửa mã."
    ),
    "unit.unknown_group": ("Nhóm «{value}» không hợp lệ. Cách sửa: dùng một trong các nhóm: {allowed}."),
    "unit.unknown_parent": (
        "Đơn vị cấp trên «{code}» không có trong tệp này cũng như trong danh mục đơn vị. Cách sửa: thêm đơn vị "
        "«{code}» vào danh mục trước, hoặc sửa mã.{suggestion}"
    ),
    "unit.unknown_successor": (
        "Đơn vị sáp nhập vào «{code}» không có trong tệp này cũng như trong danh mục đơn vị. Cách sửa: thêm "
        "đơn vị mới (kèm ngày hiệu lực) vào danh mục trong cùng tệp, hoặc sửa mã.{suggestion}"
    ),
    "unit.self_parent": "Đơn vị «{code}» không thể là cấp trên hoặc đơn vị kế thừa của chính nó. Cách sửa: sửa mã.",
    "unit.successor_without_end": (
        "Đơn vị «{code}» sáp nhập vào «{successor}» nhưng chưa có ngày hết hiệu lực. Cách sửa: điền «Hiệu lực "
        "đến» là ngày trước ngày đơn vị mới có hiệu lực."
    ),
    "suggest.closest": " Mã gần giống: {names}.",
    # Officers
    "officer.duplicate_code": (
        "Mã cán bộ «{code}» đã có ở dòng {first_row} với thời gian làm việc chồng lên. Cách sửa: xóa dòng "
        "trùng; nếu cán bộ chuyển bộ phận, ghi «Đến ngày» ở dòng cũ trước «Từ ngày» ở dòng mới."
    ),
    "officer.unknown_unit": (
        "Mã đơn vị «{code}» của cán bộ không có trong danh mục đơn vị. Cách sửa: nạp danh mục đơn vị có đơn "
        "vị này trước, hoặc sửa mã.{suggestion}"
    ),
    # Frameworks
    "framework.metadata_missing": (
        "Chưa biết bộ tiêu chí này là bộ nào, áp dụng cho nhóm nào, từ năm nào. Cách sửa: chạy lại với "
        "--framework-id MÃ --group NHÓM --from-year NĂM [--to-year NĂM], hoặc thêm trang tính «Thông tin» "
        "có các dòng «Mã bộ tiêu chí», «Nhóm», «Từ năm», «Đến năm», «Căn cứ»."
    ),
    "framework.years": (
        "Năm áp dụng không hợp lệ: từ năm {from_year} đến năm {to_year}. Cách sửa: năm kết thúc phải từ năm "
        "bắt đầu trở đi."
    ),
    "framework.overlap": (
        "Nhóm «{group}» đã có bộ tiêu chí «{other}» áp dụng các năm {other_years}, trùng với các năm {years} "
        "của bộ «{framework}». Cách sửa: sửa năm áp dụng (ví dụ cho bộ cũ kết thúc trước năm bộ mới có hiệu "
        "lực) hoặc dùng đúng mã bộ tiêu chí cũ nếu đây là bản sửa của bộ đó."
    ),
    "framework.bad_number": (
        "Số thứ tự «{value}» không đọc được. Cách sửa: đánh số lĩnh vực bằng số La Mã (I, II, …), tiêu chí "
        "dạng 1.1, tiêu chí thành phần dạng 1.1.1."
    ),
    "framework.orphan": (
        "Tiêu chí «{code}» không có dòng cấp trên «{parent}» ở phía trước. Cách sửa: thêm dòng «{parent}» "
        "hoặc sửa số thứ tự."
    ),
    "framework.wrong_field": (
        "Tiêu chí «{code}» nằm dưới lĩnh vực {field} nhưng số thứ tự lại bắt đầu bằng {prefix}. Cách sửa: "
        "sửa số thứ tự cho khớp với lĩnh vực."
    ),
    "framework.duplicate_code": (
        "Tiêu chí «{code}» xuất hiện hai lần (lần đầu ở dòng {first_row}). Cách sửa: sửa số thứ tự bị trùng."
    ),
    "framework.missing_number": (
        "Dòng có điểm tối đa {points} nhưng không có số thứ tự. Cách sửa: điền số thứ tự của tiêu chí."
    ),
    "framework.note_row": "Dòng «{title}» không có số thứ tự và điểm nên được coi là ghi chú, không nạp.",
    "framework.missing_max": "Tiêu chí «{code}» chưa có điểm tối đa. Cách sửa: điền điểm tối đa.",
    "framework.negative_max": "Điểm tối đa của tiêu chí «{code}» là {points}, phải lớn hơn 0. Cách sửa: sửa điểm.",
    "framework.sum_mismatch": (
        "Điểm tối đa của «{code}» là {parent_points} nhưng tổng điểm các tiêu chí con ({children}) là "
        "{child_points}. Cách sửa: sửa điểm để tổng các tiêu chí con bằng điểm của tiêu chí cha."
    ),
    "framework.total_mismatch": (
        "Dòng tổng ghi {total_points} điểm nhưng tổng các lĩnh vực là {field_points}. Cách sửa: sửa dòng tổng "
        "hoặc điểm các lĩnh vực."
    ),
    "framework.no_fields": (
        "Không có dòng lĩnh vực nào (số La Mã I, II, …). Cách sửa: mỗi lĩnh vực một dòng có số La Mã và điểm tối đa."
    ),
    # Rule sets
    "rule.unknown": "Quy tắc «{rule}» không có trong danh mục quy tắc. Cách sửa: dùng một trong {allowed}.",
    "rule.unknown_param": (
        "Quy tắc «{rule}» không có tham số «{param}». Cách sửa: dùng một trong {allowed}."
    ),
    "rule.bad_value": ("Giá trị «{value}» của {rule}.{param} không hợp lệ. Cách sửa: ghi {expected}."),
    "rule.expect.number": "một số từ {minimum} đến {maximum} (dấu phẩy thập phân, ví dụ 0,7)",
    "rule.expect.day_month": "ngày/tháng dạng dd/mm, ví dụ 05/12",
    "rule.expect.levels": "các mức hài lòng cách nhau bởi dấu «;», trong số: {allowed}",
    "rule.expect.grade": "một trong các loại A, B, C, D",
    "rule.duplicate": (
        "Tham số {rule}.{param} cho nhóm «{group}» đã được khai báo ở dòng {first_row} với thời gian hiệu lực "
        "chồng lên. Cách sửa: giữ một dòng, hoặc sửa «Hiệu lực từ/đến» để các giai đoạn không chồng nhau."
    ),
    "rule.bands_order": (
        "Ngưỡng xếp loại phải giảm dần Xuất sắc > Tốt > Khá > Trung bình; đang là {values}. Cách sửa: sửa các "
        "ngưỡng của giai đoạn từ {start}."
    ),
    "rule.grades_order": (
        "Ngưỡng xếp loại công chức Một cửa phải giảm dần A > B > C; đang là {values}. Cách sửa: sửa các "
        "ngưỡng của giai đoạn từ {start}."
    ),
    "rule.weights_sum": (
        "Tổng trọng số tự đánh giá ({self_weight}) và hài lòng ({satisfaction_weight}) phải bằng 1. Cách sửa: "
        "sửa hai trọng số của giai đoạn từ {start}."
    ),
    "rule.incomplete": (
        "Quy tắc «{rule}» giai đoạn từ {start} thiếu tham số {params}. Cách sửa: khai báo đủ các tham số cùng "
        "giai đoạn."
    ),
}

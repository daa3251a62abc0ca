"""Messages for One-Stop officers' self-evaluation forms (Mẫu 01). Each message says what is wrong and how to fix it."""

MESSAGES: dict[str, str] = {
    # The shape of the file
    "officer_form.shape_unknown": (
        "Không nhận ra đây là bảng tổng hợp hay phiếu tự đánh giá của một cán bộ: dòng tiêu đề cột (dòng "
        "{row}) không có cột «Mã cán bộ» hay «Họ và tên» (bảng tổng hợp), cũng không có cột «STT» hay «Nội "
        "dung» (phiếu của một cán bộ). Cách sửa: dùng đúng Mẫu số 01 với các cột trên rồi gửi lại."
    ),
    "officer_form.other_sheet": (
        "Trang tính này cũng giống một phiếu tự đánh giá nhưng không được nạp: mỗi tệp chỉ nạp một trang "
        "tính (đã nạp trang «{used}»). Cách sửa: gửi mỗi phiếu hoặc mỗi bảng tổng hợp trong một tệp riêng."
    ),
    # The month evaluated
    "officer_form.month_missing": (
        "Không biết phiếu này đánh giá tháng nào: đã tìm chữ «tháng» kèm tháng/năm (ví dụ «THÁNG 03/2024») "
        "trong các dòng phía trên dòng tiêu đề cột (dòng {row}) và tìm tháng trong tên tệp «{file}», đều "
        "không thấy. Cách sửa: ghi «THÁNG 03/2024» vào tiêu đề phiếu, hoặc đặt tên tệp có tháng (ví dụ "
        "Mau01_2024-03.xlsx), hoặc chạy lại lệnh nạp với --month 2024-03."
    ),
    "officer_form.month_invalid": (
        "Tháng đánh giá «{value}» không có trên lịch. Cách sửa: ghi tháng từ 1 đến 12 và năm bằng 4 chữ "
        "số, ví dụ «THÁNG 03/2024»."
    ),
    "officer_form.month_option_invalid": (
        "Tham số --month «{value}» không đọc được. Cách sửa: ghi tháng theo dạng NĂM-THÁNG, ví dụ --month "
        "2024-03."
    ),
    "officer_form.month_option_differs": (
        "Phiếu ghi tháng {month} ({where}) nhưng lệnh nạp ghi --month {option}. Cách sửa: bỏ tham số "
        "--month, hoặc sửa tháng trong phiếu nếu phiếu ghi sai."
    ),
    "officer_form.where_cell": "ô {cell}",
    "officer_form.where_file_name": "trong tên tệp",
    "officer_form.month_file_name_differs": (
        "Tiêu đề phiếu ghi tháng {month} nhưng tên tệp lại có tháng {file_month}; đã lấy tháng {month} "
        "theo tiêu đề. Cách sửa: kiểm tra lại tháng và đặt tên tệp cho khớp."
    ),
    # Officers
    "officer_form.no_registry": (
        "Kho dữ liệu chưa có danh sách cán bộ Một cửa nên không đối chiếu được cán bộ nào. Cách sửa: nạp "
        "danh mục đơn vị và danh sách cán bộ Một cửa trước, rồi nạp lại tệp này."
    ),
    "officer_form.officer_blank": (
        "Dòng {row} có điểm nhưng không ghi cán bộ. Cách sửa: điền «Mã cán bộ» hoặc «Họ và tên» cho dòng "
        "này, hoặc xóa điểm nếu dòng không phải của cán bộ nào."
    ),
    "officer_form.officer_missing": (
        "Phiếu không ghi của cán bộ nào: phía trên dòng tiêu đề cột (dòng {row}) không có dòng «Họ và tên: "
        "…» hay «Mã cán bộ: …». Cách sửa: điền họ và tên (và mã cán bộ nếu có) vào phần đầu phiếu như Mẫu "
        "số 01."
    ),
    "officer_form.heading_row": (
        "Dòng «{text}» không có điểm và là tên đơn vị hoặc nhóm, được coi là dòng tiêu đề nhóm, không nạp."
        " Cách sửa: không cần sửa nếu đây đúng là dòng tiêu đề nhóm."
    ),
    "officer_form.unknown_code": (
        "Không tìm thấy mã cán bộ «{code}» trong danh sách cán bộ Một cửa. Cán bộ gần giống: {closest}. "
        "Cách sửa: ghi đúng mã cán bộ như trong danh sách, hoặc bổ sung cán bộ vào danh sách cán bộ Một cửa "
        "rồi nạp lại."
    ),
    "officer_form.unknown_officer": (
        "Không tìm thấy cán bộ «{written}» trong danh sách cán bộ Một cửa. Cán bộ gần giống: {closest}. "
        "Cách sửa: ghi đúng họ và tên (hoặc thêm mã cán bộ) như trong danh sách, hoặc bổ sung cán bộ vào "
        "danh sách cán bộ Một cửa rồi nạp lại."
    ),
    "officer_form.no_close_names": "không có ai gần giống",
    "officer_form.ambiguous_officer": (
        "Họ tên «{written}» trùng với nhiều cán bộ{unit}: {officers}. Cách sửa: ghi mã cán bộ vào cột «Mã "
        "cán bộ» (hoặc dòng «Mã cán bộ: …» của phiếu) để chỉ rõ là ai."
    ),
    "officer_form.in_unit": " của «{unit}»",
    "officer_form.name_mismatch": (
        "Mã cán bộ «{code}» là của «{registered}» nhưng họ tên ghi «{written}». Cách sửa: sửa mã cán bộ "
        "hoặc họ tên cho khớp với danh sách cán bộ Một cửa."
    ),
    "officer_form.duplicate_officer": (
        "Cán bộ «{name}» ({code}) có hai dòng: dòng {first_row} và dòng {row}. Cách sửa: mỗi cán bộ chỉ một "
        "dòng trong một tháng; xóa dòng trùng hoặc sửa cán bộ cho đúng."
    ),
    "officer_form.not_at_desk": (
        "Cán bộ «{name}» ({code}) không được phân công ở Bộ phận Một cửa nào trong tháng {month} theo danh "
        "sách cán bộ Một cửa; phiếu vẫn được nạp. Cách sửa: kiểm tra lại tháng của phiếu, hoặc cập nhật "
        "«Từ ngày»/«Đến ngày» của cán bộ trong danh sách."
    ),
    "officer_form.other_unit": (
        "Phiếu ghi cán bộ «{name}» ({code}) thuộc «{unit}» nhưng trong tháng {month} cán bộ được phân công "
        "ở {desk}; phiếu được nạp cho «{unit}». Cách sửa: kiểm tra lại đơn vị ghi trong phiếu hoặc danh "
        "sách cán bộ Một cửa."
    ),
    "officer_form.unit_unknown": (
        "Không nhận ra đơn vị «{written}» trong danh mục đơn vị{matches}; đã lấy đơn vị theo phân công của cán "
        "bộ. Cách sửa: ghi đúng mã hoặc tên đơn vị như trong danh mục."
    ),
    "officer_form.unit_matches": " (tên này trùng với nhiều đơn vị: {units})",
    # Scores and dates
    "officer_form.score_out_of_range": (
        "Điểm {score} ở cột «{column}» nằm ngoài thang điểm 0–100 của Mẫu số 01. Cách sửa: ghi điểm từ 0 "
        "đến 100 (dấu phẩy thập phân, ví dụ 87,5)."
    ),
    "officer_form.item_out_of_range": (
        "Điểm {points} ở cột «{column}» của nội dung «{item}» nằm ngoài khoảng từ 0 đến điểm tối đa "
        "{max_points}. Cách sửa: ghi điểm không âm và không quá điểm tối đa của nội dung này."
    ),
    "officer_form.total_mismatch": (
        "Dòng tổng ghi {total} điểm ở cột «{column}» nhưng cộng các nội dung được {summed} điểm. Cách sửa: "
        "sửa dòng tổng hoặc điểm các nội dung cho khớp nhau."
    ),
    "officer_form.no_score": (
        "Phiếu chưa có điểm ở cột «{column}»: không có dòng tổng và các nội dung đều để trống. Cách sửa: điền "
        "điểm tự đánh giá cho từng nội dung và dòng «Tổng cộng»."
    ),
    "officer_form.formula_uncomputed": (
        "Ô chứa công thức «{formula}» chưa có giá trị và không tính lại được. Cách sửa: mở tệp bằng Excel, "
        "lưu lại để công thức có giá trị, hoặc ghi thẳng số điểm vào ô."
    ),
    "officer_form.signature_line": "dòng ký phiếu",
    "officer_form.submitted_before_month": (
        "Ngày nộp {date} ở trước tháng được đánh giá ({month}): phiếu chỉ nộp được khi tháng đã bắt đầu. "
        "Cách sửa: kiểm tra lại ngày nộp hoặc tháng của phiếu."
    ),
}

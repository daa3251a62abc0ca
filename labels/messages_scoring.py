"""Messages for units' scoring sheets: recognising the unit, the year and the framework's rows, and
the checks on points, evidence and deadlines. Each message says what is wrong and how to fix it."""

MESSAGES: dict[str, str] = {
    # Whose sheet, which year
    "scoring.no_year": (
        "Không xác định được năm đánh giá: phần tiêu đề không ghi «NĂM …» và tên tệp không có năm. "
        "Cách sửa: ghi năm vào tiêu đề, ví dụ «BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2024», "
        "hoặc nạp lại với tham số --year 2024."
    ),
    "scoring.unit_unknown": (
        "Không nhận ra đơn vị «{written}» trong danh mục đơn vị. Tên gần giống nhất: {closest}. "
        "Cách sửa: ghi đúng tên đơn vị như trong danh mục (có thể thêm dòng «Mã đơn vị: …» dưới tiêu đề), "
        "hoặc nạp lại với tham số --unit MÃ_ĐƠN_VỊ."
    ),
    "scoring.no_close_names": "không có",
    "scoring.no_registry": (
        "Kho dữ liệu chưa có danh mục đơn vị nên không xác định được bảng điểm của đơn vị nào. "
        "Cách sửa: nạp danh mục đơn vị trước rồi nạp lại bảng điểm."
    ),
    "scoring.unit_ambiguous": (
        "Tên đơn vị trong tệp ứng với nhiều đơn vị: {units}. Cách sửa: ghi tên đầy đủ (kèm «xã», «phường», "
        "«huyện»…) hoặc thêm dòng «Mã đơn vị: …», hoặc nạp lại với tham số --unit MÃ_ĐƠN_VỊ."
    ),
    "scoring.unit_not_in_force": (
        "Đơn vị «{unit}» ({code}) không còn hoặc chưa tồn tại trong năm {year} (hiệu lực {period}).{successor} "
        "Cách sửa: kiểm tra năm đánh giá hoặc đơn vị của bảng điểm."
    ),
    "scoring.successor": " Đơn vị kế thừa: {code}.",
    "scoring.no_framework": (
        "Chưa có bộ tiêu chí nào cho nhóm «{group}» áp dụng năm {year}, nên không chấm được bảng điểm của "
        "«{unit}». Cách sửa: nạp bộ tiêu chí áp dụng cho năm {year} trước, rồi nạp lại bảng điểm."
    ),
    # Rows
    "scoring.unknown_criterion": (
        "Dòng STT «{stt}» («{title}») không có trong bộ tiêu chí {framework}.{other} Cách sửa: dùng đúng mẫu "
        "của bộ tiêu chí {framework} (đúng số thứ tự và tên tiêu chí), hoặc xóa dòng này."
    ),
    "scoring.in_other_framework": " Tiêu chí này thuộc bộ tiêu chí {framework}: đơn vị đã dùng mẫu của phiên bản khác.",
    "scoring.note_row": (
        "Dòng «{title}» không phải tiêu chí nên không được nạp. Cách sửa: nếu đây là tiêu chí, ghi số thứ tự "
        "và tên đúng như bộ tiêu chí."
    ),
    "scoring.number_shifted": (
        "Số thứ tự «{stt}» không khớp tên tiêu chí; theo tên, đây là tiêu chí {code} («{title}») và đã được "
        "nạp theo tiêu chí đó. Cách sửa: sửa lại số thứ tự cho đúng bộ tiêu chí."
    ),
    "scoring.duplicate_criterion": (
        "Tiêu chí {code} xuất hiện lần thứ hai (lần đầu ở dòng {first_row}). Cách sửa: giữ một dòng cho mỗi "
        "tiêu chí rồi gửi lại."
    ),
    "scoring.missing_criteria": (
        "Thiếu {count} tiêu chí thành phần của bộ tiêu chí {framework}: {criteria}. Cách sửa: bổ sung các dòng "
        "này (tiêu chí không áp dụng thì ghi «Không áp dụng») rồi gửi lại."
    ),
    "scoring.and_more": " và {count} tiêu chí khác",
    "scoring.formula_uncomputed": (
        "Công thức ở tiêu chí {code} không có giá trị đã tính và không tính lại được. Cách sửa: mở tệp bằng "
        "Excel, để Excel tính lại rồi lưu, hoặc ghi điểm bằng số."
    ),
    "scoring.formula_parent_ignored": (
        "Công thức ở dòng tổng của tiêu chí {code} không tính lại được; điểm được cộng từ các tiêu chí con. "
        "Cách sửa: mở tệp bằng Excel, để Excel tính lại rồi lưu."
    ),
    # Points
    "scoring.max_differs": (
        "Điểm tối đa của tiêu chí {code} là {typed}, nhưng bộ tiêu chí {framework} quy định {expected}.{other} "
        "Cách sửa: dùng đúng mẫu bảng điểm của bộ tiêu chí {framework}."
    ),
    "scoring.max_in_other": " Đó là điểm tối đa của bộ tiêu chí {framework}: đơn vị đã dùng mẫu của phiên bản khác.",
    "scoring.out_of_range": (
        "Điểm «{column}» của tiêu chí {code} là {points}, ngoài khoảng 0 – {maximum}. Cách sửa: chấm điểm từ 0 "
        "đến {maximum}."
    ),
    "scoring.survey_self_scored": (
        "Tiêu chí {code} được chấm qua điều tra xã hội học nhưng đơn vị tự chấm {points} điểm. Cách sửa: để "
        "trống ô tự đánh giá của tiêu chí này; điểm do kết quả điều tra xã hội học quyết định."
    ),
    "scoring.not_applicable_with_points": (
        "Tiêu chí {code} vừa được đánh dấu «Không áp dụng» vừa có {points} điểm tự đánh giá. Cách sửa: bỏ dấu "
        "«Không áp dụng» hoặc xóa điểm."
    ),
    "scoring.parent_sum": (
        "«{column}» của tiêu chí {code} ghi {typed}, nhưng tổng các tiêu chí con ({children}) là {computed}. "
        "Cách sửa: sửa điểm tổng cho bằng tổng các tiêu chí con (hoặc sửa điểm các tiêu chí con)."
    ),
    "scoring.total_sum": (
        "Dòng tổng «{column}» ghi {typed}, nhưng tổng điểm các lĩnh vực là {computed}. Cách sửa: sửa dòng tổng "
        "cho bằng tổng các lĩnh vực."
    ),
    "scoring.total_max": (
        "Tổng điểm tối đa ghi {typed}, nhưng bộ tiêu chí có tổng {expected} điểm. Cách sửa: dùng đúng mẫu bảng "
        "điểm của bộ tiêu chí đang áp dụng."
    ),
    # Warnings
    "scoring.no_evidence": (
        "Tiêu chí {code} tự chấm {points} điểm nhưng không có tài liệu kiểm chứng và không giải trình.{effect} "
        "Cách sửa: ghi tên, số, ngày của tài liệu kiểm chứng hoặc giải trình cách tính điểm."
    ),
    "scoring.no_evidence_effect": " Theo quy định, điểm này chưa được tính cho đến khi được thẩm định.",
    "scoring.evidence_vague": (
        "Tài liệu kiểm chứng của tiêu chí {code} («{evidence}») không nêu văn bản cụ thể. Cách sửa: ghi số, ký "
        "hiệu và ngày của văn bản, ví dụ «Quyết định số 123/QĐ-UBND ngày 15/02/2024»."
    ),
    "scoring.inflated": (
        "Tiêu chí {code}: tự chấm {self_points}, thẩm định {appraised} – thấp hơn {gap} điểm ({gap_pct}% điểm "
        "tối đa), vượt ngưỡng {threshold}%. Cách sửa: đơn vị rà soát lại cách tự chấm điểm cho sát thực tế."
    ),
    "scoring.late": (
        "Bảng điểm ký ngày {submitted}, sau hạn {deadline} ({days} ngày). Cách sửa: lần sau gửi đúng hạn; "
        "bảng điểm vẫn được nạp."
    ),
    "scoring.replaces_appraised": (
        "Bảng điểm này không có điểm thẩm định nhưng thay thế bảng đã thẩm định năm {year} (tệp {file}): điểm "
        "thẩm định cũ không còn được tính. Cách sửa: nếu không cố ý, nạp lại bảng đã thẩm định."
    ),
    "scoring.no_points": (
        "bảng chưa có điểm nào: cột «{column}» trống ở cả {count} tiêu chí thành phần (có thể là mẫu chưa "
        "điền). Cách sửa: chấm điểm tự đánh giá cho từng tiêu chí (ghi «Không áp dụng» nơi tiêu chí không áp "
        "dụng) rồi gửi lại."
    ),
}

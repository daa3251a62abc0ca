"""Messages for survey (ĐTXHH) tables and published index tables. Each message says what is wrong and
how to fix it."""

MESSAGES: dict[str, str] = {
    # Survey (ĐTXHH) points
    "survey.no_unit_column": (
        "Bảng điểm điều tra xã hội học không có cột đơn vị. Cách sửa: thêm cột «Mã đơn vị» (hoặc «Tên đơn "
        "vị») vào dòng tiêu đề (dòng {row}), hoặc chạy lại lệnh nạp với --unit MÃ nếu cả bảng là điểm của "
        "một đơn vị."
    ),
    "survey.year_missing": (
        "Không biết kết quả điều tra xã hội học này là của năm nào. Cách sửa: thêm cột «Năm», hoặc ghi «NĂM "
        "2024» trong tiêu đề phía trên bảng hoặc trong tên tệp, hoặc chạy lại lệnh nạp với --year NĂM."
    ),
    "survey.row_year_missing": (
        "Dòng {row} chưa có năm. Cách sửa: điền năm vào ô này, hoặc ghi «NĂM 2024» trong tiêu đề phía trên "
        "bảng, hoặc chạy lại lệnh nạp với --year NĂM."
    ),
    "survey.no_registry": (
        "Kho dữ liệu chưa có danh mục đơn vị nên không nhận ra được đơn vị nào. Cách sửa: nạp danh mục đơn "
        "vị trước, rồi nạp lại tệp này."
    ),
    "survey.unit_blank": (
        "Dòng {row} có điểm nhưng không ghi đơn vị. Cách sửa: điền {columns} cho dòng này, hoặc xóa dòng, "
        "hoặc chạy lại lệnh nạp với --unit MÃ nếu các dòng không ghi đơn vị đều là của một đơn vị."
    ),
    "survey.unknown_unit": (
        "Không tìm thấy đơn vị «{written}» trong danh mục đơn vị năm {year}. Tên gần giống trong danh mục: "
        "{closest}. Cách sửa: ghi đúng mã hoặc tên đơn vị như trong danh mục, hoặc bổ sung đơn vị vào danh "
        "mục rồi nạp lại."
    ),
    "survey.no_close_names": "không có tên nào gần giống",
    "survey.ambiguous_unit": (
        "«{written}» khớp với nhiều đơn vị: {units}. Cách sửa: ghi mã đơn vị vào cột «Mã đơn vị» để chỉ rõ "
        "đơn vị nào."
    ),
    "survey.unit_mismatch": (
        "Mã đơn vị «{code}» là «{code_name}» nhưng tên ghi «{written}» lại là đơn vị khác: {other}. Cách "
        "sửa: sửa mã hoặc tên cho khớp nhau."
    ),
    "survey.unit_not_in_force": (
        "Đơn vị «{name}» ({code}) không hoạt động trong năm {year} (hiệu lực {period}).{successor} Cách sửa: "
        "kiểm tra lại năm, hoặc ghi điểm cho đơn vị đang hoạt động trong năm đó."
    ),
    "survey.successor_hint": " Đơn vị này đã sáp nhập vào «{name}» ({code}).",
    "survey.no_framework": (
        "Nhóm «{group}» của đơn vị «{name}» chưa có bộ tiêu chí áp dụng cho năm {year}, nên không kiểm tra "
        "được điểm điều tra xã hội học. Cách sửa: nạp bộ tiêu chí của nhóm này cho năm {year} trước (--kind "
        "framework --framework-id MÃ --group NHÓM --from-year NĂM), hoặc kiểm tra lại năm."
    ),
    "survey.framework_has_no_survey": (
        "Bộ tiêu chí {framework} áp dụng cho «{name}» năm {year} không có tiêu chí nào chấm bằng điều tra xã "
        "hội học. Cách sửa: kiểm tra lại đơn vị và năm, hoặc nạp lại bộ tiêu chí với cột «Phương pháp đánh "
        "giá» ghi «Điều tra xã hội học» ở các tiêu chí đó."
    ),
    "survey.criterion_item": "{code} ({points} điểm)",
    "survey.unknown_criterion": (
        "Tiêu chí «{code}» không có trong bộ tiêu chí {framework}. Các tiêu chí điều tra xã hội học của bộ "
        "này: {allowed}. Cách sửa: ghi mã một trong các tiêu chí trên, hoặc để trống «Mã tiêu chí» nếu dòng "
        "này là tổng điểm điều tra xã hội học của đơn vị."
    ),
    "survey.not_survey_criterion": (
        "Tiêu chí «{code}» của bộ tiêu chí {framework} không chấm bằng điều tra xã hội học. Các tiêu chí "
        "điều tra xã hội học của bộ này: {allowed}. Cách sửa: ghi mã một trong các tiêu chí trên, hoặc để "
        "trống «Mã tiêu chí» nếu dòng này là tổng điểm của đơn vị."
    ),
    "survey.parent_criterion": (
        "Tiêu chí «{code}» có các tiêu chí thành phần chấm bằng điều tra xã hội học: {children}. Cách sửa: "
        "ghi điểm cho từng tiêu chí thành phần, hoặc để trống «Mã tiêu chí» nếu dòng này là tổng điểm của "
        "đơn vị."
    ),
    "survey.points_blank": (
        "Dòng {row} chưa có điểm điều tra xã hội học. Cách sửa: điền điểm vào ô này (dấu phẩy thập phân, ví "
        "dụ 2,75), hoặc xóa dòng."
    ),
    "survey.points_negative": (
        "Điểm điều tra xã hội học {points} là số âm. Cách sửa: ghi điểm từ 0 trở lên, không quá điểm tối đa "
        "của tiêu chí."
    ),
    "survey.points_above_max": (
        "Điểm điều tra xã hội học {points} vượt điểm tối đa {max_points} của tiêu chí «{code}» (bộ tiêu chí "
        "{framework}). Cách sửa: sửa điểm để không quá {max_points}."
    ),
    "survey.total_above_max": (
        "Tổng điểm điều tra xã hội học {points} vượt tổng điểm tối đa {max_points} của các tiêu chí điều tra "
        "xã hội học ({codes}) trong bộ tiêu chí {framework}. Cách sửa: sửa điểm để không quá {max_points}."
    ),
    "survey.duplicate_criterion": (
        "Đơn vị «{name}» năm {year} đã có điểm tiêu chí «{code}» ở dòng {first_row}. Cách sửa: giữ một dòng, "
        "xóa dòng trùng."
    ),
    "survey.duplicate_total": (
        "Đơn vị «{name}» năm {year} đã có tổng điểm điều tra xã hội học ở dòng {first_row}. Cách sửa: giữ "
        "một dòng, xóa dòng trùng."
    ),
    "survey.total_and_criteria": (
        "Đơn vị «{name}» năm {year} vừa có tổng điểm (dòng {total_row}, không ghi mã tiêu chí) vừa có điểm "
        "từng tiêu chí (dòng {criteria_rows}), nên điểm sẽ bị tính hai lần. Cách sửa: chỉ giữ một cách ghi: "
        "xóa dòng tổng, hoặc xóa các dòng theo tiêu chí."
    ),
    "survey.summary_row": (
        "Dòng «{text}» là dòng tổng hoặc trung bình, không phải điểm của một đơn vị, nên không được nạp. "
        "Cách sửa: không cần sửa; nếu đây là một đơn vị thật, hãy ghi đúng mã hoặc tên đơn vị."
    ),
    "survey.heading_row": (
        "Dòng «{text}» là tiêu đề nhóm (không có điểm), không phải một đơn vị, nên không được nạp. Cách sửa: "
        "không cần sửa; nếu đây là một đơn vị thật, hãy điền điểm điều tra xã hội học của đơn vị."
    ),
    "survey.partly_replaces": (
        "Tệp này ghi lại điểm của {count}/{total} cặp đơn vị – năm đã nạp từ tệp «{file}»; điểm mới thay cho "
        "điểm cũ của các cặp đó, phần còn lại của tệp cũ vẫn được dùng. Cách sửa: không cần sửa nếu đây là "
        "bản đính chính; nếu không, kiểm tra lại đơn vị và năm."
    ),
    # Published index tables
    "published.index_missing": (
        "Không biết đây là bảng kết quả của chỉ số nào. Cách sửa: ghi tên chỉ số trong tiêu đề phía trên "
        "bảng (ví dụ «CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2023») hoặc trong tên tệp, hoặc chạy lại "
        "lệnh nạp với --index TÊN (PAR INDEX, SIPAS, PCI, PAPI, DDCI…)."
    ),
    "published.year_missing": (
        "Không biết bảng kết quả chỉ số này là của năm nào. Cách sửa: ghi «NĂM 2023» trong tiêu đề phía trên "
        "bảng hoặc trong tên tệp, hoặc chạy lại lệnh nạp với --year NĂM."
    ),
    "published.summary_row": (
        "Dòng «{entity}» là dòng trung bình hoặc tổng hợp, không phải một đơn vị, nên không được nạp và "
        "không được xếp hạng. Cách sửa: không cần sửa; nếu đây là một đơn vị thật, hãy ghi đúng tên đơn vị."
    ),
    "published.heading_row": (
        "Dòng «{entity}» là tiêu đề nhóm (không có điểm, không có hạng), không phải một đơn vị, nên không "
        "được nạp. Cách sửa: không cần sửa; nếu đây là một đơn vị thật, hãy điền điểm chỉ số của đơn vị."
    ),
    "published.unknown_unit": (
        "Bảng này xếp hạng các đơn vị của tỉnh, nhưng «{entity}» không có trong danh mục đơn vị năm {year}. "
        "Tên gần giống trong danh mục: {closest}. Cách sửa: ghi đúng tên đơn vị như trong danh mục, hoặc bổ "
        "sung đơn vị vào danh mục rồi nạp lại."
    ),
    "published.unit_not_in_force": (
        "«{entity}» là đơn vị «{name}» ({code}), nhưng đơn vị này không hoạt động trong năm {year}. Cách "
        "sửa: kiểm tra lại năm của bảng, hoặc bổ sung vào danh mục đơn vị cũ mang tên này (kèm thời gian "
        "hiệu lực)."
    ),
    "published.duplicate_unit": (
        "«{entity}» là đơn vị «{name}» ({code}), đã có ở dòng {first_row} (ô {first_cell}). Cách sửa: giữ "
        "một dòng, xóa dòng trùng."
    ),
    "published.entity_blank": (
        "Dòng {row} có điểm «{score}» nhưng không ghi tên đơn vị hay địa phương. Cách sửa: điền tên vào ô "
        "này, hoặc xóa dòng."
    ),
    "published.score_blank": (
        "«{entity}» chưa có điểm chỉ số. Cách sửa: điền điểm vào ô này (ví dụ 91,43 hoặc 91,43%), hoặc xóa "
        "dòng nếu «{entity}» không có kết quả."
    ),
    "published.score_negative": "Điểm chỉ số của «{entity}» là {score}, là số âm. Cách sửa: sửa lại điểm.",
    "published.rank_invalid": (
        "Thứ hạng «{value}» không phải số nguyên dương. Cách sửa: ghi thứ hạng bằng số (1, 2, 3…), hoặc để "
        "trống."
    ),
    "published.duplicate_entity": (
        "«{entity}» đã có ở dòng {first_row} (ô {first_cell}). Cách sửa: giữ một dòng, xóa dòng trùng."
    ),
    "published.rank_differs": (
        "«{entity}» được ghi hạng {published}, nhưng theo điểm {score} thì hạng là {computed} (điểm cao hơn "
        "xếp trước, bằng điểm cùng hạng). Cách sửa: kiểm tra lại điểm hoặc thứ hạng; trang phân tích dùng "
        "thứ hạng tính lại theo điểm."
    ),
}

"""Texts printed by the .docx report builder: the national motto, the place-date line, caption words and
the notes that stand in for a missing chart or an empty table (Nghị định 30/2020/NĐ-CP, Phụ lục I)."""

# Quốc hiệu and Tiêu ngữ, exactly as Nghị định 30/2020 prints them (hyphens with spaces around).
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"

PLACE_DATE = "{place}, ngày {day} tháng {month} năm {year}"

# The word before a caption's number: "Hình 1. …", "Bảng 1. …".
FIGURE_WORD = "Hình"
TABLE_WORD = "Bảng"

NO_IMAGE = "(Biểu đồ chưa vẽ được thành ảnh trên máy chủ này; xem biểu đồ trên ứng dụng.)"
NO_DATA = "Không có số liệu."

RECIPIENTS = "Nơi nhận:"

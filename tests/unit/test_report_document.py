"""The .docx builder: a document with every primitive is written to disk, reopened with python-docx and
checked against Nghị định 30/2020's layout and the numbering and number formats the report promises."""

from __future__ import annotations

import datetime as dt
import io
import math

import docx
import pandas as pd
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from PIL import Image

from labels import report_document as txt
from reports.document import Letterhead, ReportDocument, cell_text, place_date, roman

LETTERHEAD = Letterhead(
    issuer_parent="UBND tỉnh Lạng Sơn",
    issuer="Sở Nội vụ",
    number_line="Số:      /BC-SNV",
    place="Lạng Sơn",
    issued=dt.date(2026, 11, 23),
)
SUBTITLE = "Kết quả cải cách hành chính quý III năm 2025"
SCORES = pd.DataFrame(
    {
        "Đơn vị": ["Sở Tư pháp", "UBND huyện Bắc Sơn", None],
        "Năm": [2025, 2025, 2024],
        "Năm đánh giá": [2025, 2025, 2024],
        "Số hồ sơ": [12500, 980, 7],
        "Điểm": [1234.56, math.nan, 87.0],
        "Tỷ lệ": [87.46, 90.0, 100.0],
    }
)


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (60, 30), (200, 30, 30)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def built(tmp_path):
    """A report with every primitive, saved and reopened; also what the builder returned."""
    report = ReportDocument(LETTERHEAD, "BÁO CÁO", SUBTITLE)
    headings = [
        report.heading("Kết quả chung"),
        report.heading("Chỉ số CCHC", level=2),
        report.heading("Bộ phận Một cửa", level=2),
        report.heading("Điểm trung bình", level=3),
        report.heading("Đơn vị xếp loại yếu", level=3),
        report.heading("Nhiệm vụ quý IV"),
        report.heading("Đôn đốc các đơn vị", level=2),
    ]
    report.paragraph("Các đơn vị đã hoàn thành đúng hạn phần lớn nhiệm vụ được giao.", italic=True)
    report.bullet("Tiếp tục rà soát thủ tục hành chính")
    figures = [
        report.figure(_png(), "Chỉ số CCHC theo đơn vị", width_cm=12),
        report.figure(None, "Phân bố xếp loại"),
        report.figure(None, "Xu hướng theo quý", note="Chưa cài Chromium."),
    ]
    tables = [
        report.table(
            SCORES,
            "Điểm của các đơn vị",
            decimals={"Tỷ lệ": 1},
            plain_columns=["Năm"],
            widths_cm={"Đơn vị": 5.0},
            note="Nguồn: Sở Nội vụ tỉnh Lạng Sơn.",
        ),
        report.table(pd.DataFrame({"Đơn vị": []}), "Đơn vị chưa nộp báo cáo"),
    ]
    report.page_break()
    report.signature(["Bộ Nội vụ", "UBND tỉnh;", "Lưu: VT."], "KT. Giám đốc\nPhó Giám đốc", "Nguyễn Văn A")
    path = tmp_path / "bao-cao.docx"
    report.save(path)
    return docx.Document(str(path)), headings, figures, tables


def _fonts(style) -> dict[str, str]:
    fonts = style.element.rPr.find(qn("w:rFonts"))
    return {slot: fonts.get(qn(f"w:{slot}")) for slot in ("ascii", "hAnsi", "eastAsia", "cs")}


def _captions(document, word: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == "Caption" and p.text.startswith(word)]


def test_page_is_a4_with_decree_margins(built) -> None:
    section = built[0].sections[0]
    assert (round(section.page_width.cm, 2), round(section.page_height.cm, 2)) == (21.0, 29.7)
    assert round(section.top_margin.cm, 2) == round(section.bottom_margin.cm, 2) == 2.0
    assert round(section.left_margin.cm, 2) == 3.0
    assert 1.5 <= round(section.right_margin.cm, 2) <= 2.0


def test_fonts_are_times_new_roman_in_every_slot(built) -> None:
    styles = built[0].styles
    normal = styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(14)
    for name in ("Normal", "Body Text", "Caption", "Heading 1", "Heading 2", "Heading 3", "Table Grid"):
        assert set(_fonts(styles[name]).values()) == {"Times New Roman"}, name
    assert normal.element.rPr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
    assert styles["Heading 3"].font.italic and not styles["Heading 1"].font.italic
    assert str(styles["Heading 1"].font.color.rgb) == "000000"


def test_properties_and_page_numbers_from_page_two(built) -> None:
    document = built[0]
    assert document.core_properties.title == SUBTITLE
    assert document.core_properties.language == "vi-VN"
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml
    assert "PAGE" not in section.first_page_header._element.xml
    only_title = docx.Document(io.BytesIO(ReportDocument(LETTERHEAD, "BÁO CÁO").to_bytes()))
    assert only_title.core_properties.title == "BÁO CÁO"


def test_letterhead(built) -> None:
    head = built[0].tables[0]
    issuer, nation = head.rows[0].cells
    assert [p.text for p in issuer.paragraphs] == ["UBND TỈNH LẠNG SƠN", "SỞ NỘI VỤ", ""]
    assert issuer.paragraphs[1].runs[0].bold and not issuer.paragraphs[0].runs[0].bold
    assert [p.text for p in nation.paragraphs] == [txt.NATION, txt.MOTTO, ""]
    assert nation.paragraphs[1].text == "Độc lập - Tự do - Hạnh phúc"
    # The rules under the issuer and the motto are borders of the empty third paragraphs.
    for cell in (issuer, nation):
        assert cell.paragraphs[2]._p.pPr.find(qn("w:pBdr")) is not None
    number, date = head.rows[1].cells
    assert number.text == "Số:      /BC-SNV"
    assert date.text == "Lạng Sơn, ngày 23 tháng 11 năm 2026"
    assert date.paragraphs[0].runs[0].italic
    assert all(
        p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in issuer.paragraphs[:2] + nation.paragraphs[:2]
    )
    title = [p for p in built[0].paragraphs if p.text in ("BÁO CÁO", SUBTITLE)]
    assert len(title) == 2 and all(p.runs[0].bold for p in title)


def test_letterhead_without_parent_or_number() -> None:
    head = Letterhead(None, "Sở Nội vụ", None, "Lạng Sơn", dt.date(2026, 2, 3))
    document = docx.Document(io.BytesIO(ReportDocument(head, "BÁO CÁO").to_bytes()))
    issuer, _ = document.tables[0].rows[0].cells
    assert [p.text for p in issuer.paragraphs] == ["SỞ NỘI VỤ", ""]
    number, date = document.tables[0].rows[1].cells
    assert number.text == ""
    assert date.text == "Lạng Sơn, ngày 03 tháng 02 năm 2026"


def test_headings_are_numbered_and_restart(built) -> None:
    document, headings = built[0], built[1]
    expected = [
        "I. Kết quả chung",
        "1. Chỉ số CCHC",
        "2. Bộ phận Một cửa",
        "2.1. Điểm trung bình",
        "2.2. Đơn vị xếp loại yếu",
        "II. Nhiệm vụ quý IV",
        "1. Đôn đốc các đơn vị",
    ]
    assert headings == expected
    found = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert found == expected
    levels = [p.style.name for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert levels == [
        "Heading 1",
        "Heading 2",
        "Heading 2",
        "Heading 3",
        "Heading 3",
        "Heading 1",
        "Heading 2",
    ]


def test_heading_levels_out_of_order_are_refused() -> None:
    report = ReportDocument(LETTERHEAD, "BÁO CÁO")
    report.heading("Mở đầu")
    with pytest.raises(ValueError):
        report.heading("Mục con", level=3)
    with pytest.raises(ValueError):
        report.heading("Mục", level=4)


def test_body_paragraph_and_bullet(built) -> None:
    body = [p for p in built[0].paragraphs if p.style.name == "Body Text"]
    assert [p.text for p in body] == [
        "Các đơn vị đã hoàn thành đúng hạn phần lớn nhiệm vụ được giao.",
        "- Tiếp tục rà soát thủ tục hành chính",
    ]
    assert body[0].runs[0].italic and not body[0].runs[0].bold
    style = built[0].styles["Body Text"].paragraph_format
    assert style.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(style.first_line_indent.cm, 2) == 1.0
    assert style.space_after == Pt(6)


def test_figures_are_numbered_with_or_without_image(built) -> None:
    document, figures = built[0], built[2]
    assert figures == [1, 2, 3]
    assert len(document.inline_shapes) == 1
    assert abs(document.inline_shapes[0].width - Cm(12)) < Cm(0.01)
    assert _captions(document, txt.FIGURE_WORD) == [
        "Hình 1. Chỉ số CCHC theo đơn vị",
        "Hình 2. Phân bố xếp loại",
        "Hình 3. Xu hướng theo quý",
    ]
    caption = next(p for p in document.paragraphs if p.text.startswith("Hình 1."))
    assert caption.alignment is None and caption.style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert caption.runs[0].bold and caption.runs[-1].italic and not caption.runs[-1].bold
    stand_ins = [p for p in document.paragraphs if p.text in (txt.NO_IMAGE, "Chưa cài Chromium.")]
    assert [p.text for p in stand_ins] == [txt.NO_IMAGE, "Chưa cài Chromium."]
    assert all(p.runs[0].italic and p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in stand_ins)


def test_table_caption_header_and_numbers(built) -> None:
    document, tables = built[0], built[3]
    assert tables == [1, 2]
    assert _captions(document, txt.TABLE_WORD) == [
        "Bảng 1. Điểm của các đơn vị",
        "Bảng 2. Đơn vị chưa nộp báo cáo",
    ]
    grid = document.tables[1]
    body = list(document.element.body.iterchildren())
    caption = Paragraph(body[body.index(grid._tbl) - 1], None)
    assert caption.text.startswith("Bảng 1.") and caption.paragraph_format.keep_with_next
    assert grid.style.name == "Table Grid"
    rows = [[cell.text for cell in row.cells] for row in grid.rows]
    assert rows == [
        ["Đơn vị", "Năm", "Năm đánh giá", "Số hồ sơ", "Điểm", "Tỷ lệ"],
        # "Năm" is a plain column; "Năm đánh giá" is not, so it gets the thousands dot.
        ["Sở Tư pháp", "2025", "2.025", "12.500", "1.234,56", "87,5"],
        ["UBND huyện Bắc Sơn", "2025", "2.025", "980", "", "90,0"],
        ["", "2024", "2.024", "7", "87,00", "100,0"],
    ]
    header = grid.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(cell.paragraphs[0].runs[0].bold for cell in header.cells)
    assert header.cells[0]._tc.tcPr.find(qn("w:shd")).get(qn("w:fill")) == "D9D9D9"
    first = grid.rows[1].cells
    assert first[0].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert first[4].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert 11 <= first[4].paragraphs[0].runs[0].font.size.pt <= 12
    assert abs(grid.columns[0].width - Cm(5)) < Cm(0.01)
    # The remaining 11 cm of the 16 cm text width is shared by the other five columns.
    assert abs(grid.columns[1].width - Cm(2.2)) < Cm(0.01)
    note = Paragraph(body[body.index(grid._tbl) + 1], None)
    assert note.text == "Nguồn: Sở Nội vụ tỉnh Lạng Sơn." and note.runs[0].italic


def test_empty_frame_gives_a_no_data_row(built) -> None:
    empty = built[0].tables[2]
    assert [[cell.text for cell in row.cells] for row in empty.rows] == [[txt.NO_DATA]]


def test_signature_block(built) -> None:
    block = built[0].tables[-1]
    left, right = block.rows[0].cells
    assert [p.text for p in left.paragraphs] == ["Nơi nhận:", "- Bộ Nội vụ;", "- UBND tỉnh;", "- Lưu: VT."]
    heading = left.paragraphs[0].runs[0]
    assert heading.bold and heading.italic and heading.font.size == Pt(12)
    assert left.paragraphs[1].runs[0].font.size == Pt(11)
    assert [p.text for p in right.paragraphs] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn A"]
    assert all(p.runs[0].bold and p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in right.paragraphs)
    borders = block._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"nil"}


def test_signature_without_name_leaves_the_line_blank() -> None:
    report = ReportDocument(LETTERHEAD, "BÁO CÁO")
    report.signature(["Lưu: VT"], "Giám đốc")
    right = docx.Document(io.BytesIO(report.to_bytes())).tables[-1].rows[0].cells[1]
    assert [p.text for p in right.paragraphs] == ["GIÁM ĐỐC", ""]


@pytest.mark.parametrize(
    ("issued", "text"),
    [
        (dt.date(2026, 3, 5), "Lạng Sơn, ngày 05 tháng 3 năm 2026"),
        (dt.date(2026, 2, 15), "Lạng Sơn, ngày 15 tháng 02 năm 2026"),
        (dt.date(2026, 1, 1), "Lạng Sơn, ngày 01 tháng 01 năm 2026"),
        (dt.date(2025, 12, 9), "Lạng Sơn, ngày 09 tháng 12 năm 2025"),
        (dt.date(2025, 10, 10), "Lạng Sơn, ngày 10 tháng 10 năm 2025"),
        (dt.date(2026, 11, 23), "Lạng Sơn, ngày 23 tháng 11 năm 2026"),
    ],
)
def test_place_date_pads_days_below_ten_and_months_one_two(issued, text) -> None:
    assert place_date("Lạng Sơn", issued) == text


@pytest.mark.parametrize(
    ("value", "decimals", "plain", "expected"),
    [
        (1234.56, None, False, ("1.234,56", True)),
        (1234567, None, False, ("1.234.567", True)),
        (2025, None, True, ("2025", True)),
        (2025.0, None, True, ("2025", True)),
        (0.5, 1, False, ("0,5", True)),
        (math.nan, None, False, ("", False)),
        (None, None, False, ("", False)),
        (pd.NA, None, False, ("", False)),
        ("Đình Lập", None, False, ("Đình Lập", False)),
        (dt.date(2025, 7, 1), None, False, ("01/07/2025", False)),
        (pd.Timestamp("2025-07-01"), None, False, ("01/07/2025", False)),
        (True, None, False, ("True", False)),
    ],
)
def test_cell_text(value, decimals, plain, expected) -> None:
    assert cell_text(value, decimals, plain=plain) == expected


def test_roman() -> None:
    assert [roman(n) for n in (1, 2, 4, 9, 14, 40, 49)] == ["I", "II", "IV", "IX", "XIV", "XL", "XLIX"]
    with pytest.raises(ValueError):
        roman(0)


def test_to_bytes_is_a_docx_that_keeps_diacritics() -> None:
    report = ReportDocument(LETTERHEAD, "BÁO CÁO", "Đánh giá công chức Bộ phận Một cửa")
    report.paragraph("Ưu điểm: thủ tục được giải quyết đúng hạn, người dân hài lòng.")
    content = report.to_bytes()
    assert content[:2] == b"PK"
    texts = [p.text for p in docx.Document(io.BytesIO(content)).paragraphs]
    assert "Đánh giá công chức Bộ phận Một cửa" in texts
    assert "Ưu điểm: thủ tục được giải quyết đúng hạn, người dân hài lòng." in texts

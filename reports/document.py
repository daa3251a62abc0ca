"""A .docx report laid out as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
A4 in Times New Roman, a letterhead with the national motto, numbered headings, captioned figures and
tables, and the closing "Nơi nhận" and signature block. Only the primitives live here; what a report says
is decided by its caller."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import numbers
import pathlib
from collections.abc import Collection, Mapping

import pandas as pd
from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from dashboard.format import vn_date, vn_number
from labels import report_document as txt

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
# ND 30/2020: body text 13–14 pt; A4 with margins top/bottom 2–2,5 cm, left 3–3,5 cm, right 1,5–2 cm.
BODY_PT = 14
PAGE_WIDTH_CM = 21.0
PAGE_HEIGHT_CM = 29.7
MARGIN_TOP_CM = 2.0
MARGIN_BOTTOM_CM = 2.0
MARGIN_LEFT_CM = 3.0
MARGIN_RIGHT_CM = 2.0
TEXT_WIDTH_CM = PAGE_WIDTH_CM - MARGIN_LEFT_CM - MARGIN_RIGHT_CM
# The letterhead's columns: the issuer's block on the left, the national title (34 capitals, ~8,2 cm at 12 pt
# bold) on the right.
ISSUER_COLUMN_CM = 6.0
NATION_COLUMN_CM = TEXT_WIDTH_CM - ISSUER_COLUMN_CM
LETTERHEAD_PT = 13
NATION_PT = 12
TABLE_PT = 12
NOTE_PT = 12
RECIPIENTS_PT = 12
RECIPIENT_LINE_PT = 11
HEADER_FILL = "D9D9D9"
# Word's default cell margins (108 twips each side) narrow the line a rule can be centred on.
_CELL_PADDING_CM = 2 * 108 / 567
# Room left between the signer's title and name for the signature and the seal.
_SIGNATURE_SPACE_PT = 72

# Word refuses properties written out of schema order; these are the elements that must follow the one
# this module inserts itself (python-docx places the ones it writes).
_PBDR_SUCCESSORS = (
    "w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
    "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle",
    "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
_TBL_BORDERS_SUCCESSORS = (
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange",
)  # fmt: skip
_TC_SHD_SUCCESSORS = (
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark", "w:headers",
    "w:cellIns", "w:cellDel", "w:cellMerge", "w:tcPrChange",
)  # fmt: skip
_LANG_SUCCESSORS = ("w:eastAsianLayout", "w:specVanish", "w:oMath")

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


@dataclasses.dataclass(frozen=True)
class Letterhead:
    """Who issues the report, its number and where and when it is signed."""

    issuer_parent: str | None
    issuer: str
    number_line: str | None
    place: str
    issued: dt.date


def place_date(place: str, issued: dt.date) -> str:
    """ "Lạng Sơn, ngày 05 tháng 3 năm 2026": ND 30/2020 adds a leading zero to days below 10 and to
    months 1 and 2 only ("tháng 02", "tháng 3", "tháng 12")."""
    month = f"{issued.month:02d}" if issued.month < 3 else str(issued.month)
    return txt.PLACE_DATE.format(place=place, day=f"{issued.day:02d}", month=month, year=issued.year)


def roman(number: int) -> str:
    """4 → "IV": level-1 headings of an administrative report are numbered in Roman numerals."""
    if number < 1:
        raise ValueError(f"no Roman numeral for {number}")
    parts = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)


class ReportDocument:
    """A report being written top to bottom: letterhead and title first, then headings, text, figures and
    tables in reading order, and the signature block last."""

    def __init__(self, letterhead: Letterhead, title: str, subtitle: str | None = None) -> None:
        self._doc = Document()
        self._headings = [0, 0, 0]
        self._figures = 0
        self._tables = 0
        _restyle(self._doc)
        _set_page(self._doc)
        self._doc.core_properties.title = subtitle or title
        self._doc.core_properties.language = LANGUAGE
        self._letterhead(letterhead)
        self._title(title, subtitle)

    def heading(self, text: str, level: int = 1) -> str:
        """A numbered heading ("II. ", "3. ", "3.2. "), returned with its number so the caller can quote it.
        Level 2 restarts under each level 1, level 3 under each level 2."""
        if level == 1:
            self._headings = [self._headings[0] + 1, 0, 0]
            number = f"{roman(self._headings[0])}. "
        elif level == 2:
            self._headings[1:] = [self._headings[1] + 1, 0]
            number = f"{self._headings[1]}. "
        elif level == 3:
            if self._headings[1] == 0:
                raise ValueError("a level-3 heading needs a level-2 heading above it")
            self._headings[2] += 1
            number = f"{self._headings[1]}.{self._headings[2]}. "
        else:
            raise ValueError(f"heading level must be 1, 2 or 3, not {level}")
        numbered = number + text
        self._doc.add_paragraph(numbered, style=f"Heading {level}")
        return numbered

    def paragraph(self, text: str, *, bold: bool = False, italic: bool = False) -> None:
        """A body paragraph: justified, first line indented 1 cm."""
        run = self._doc.add_paragraph(style="Body Text").add_run(text)
        if bold:
            run.bold = True
        if italic:
            run.italic = True

    def bullet(self, text: str) -> None:
        """A list item written as Vietnamese reports do, "- " before the text, no Word list numbering."""
        self._doc.add_paragraph(f"- {text}", style="Body Text")

    def figure(
        self, image: bytes | None, caption: str, *, width_cm: float = 16.0, note: str | None = None
    ) -> int:
        """A PNG centred at `width_cm` (at most the text width) with "Hình n. caption" below; the figure
        number. Without an image, `note` (or a stock text) stands in its place and the number is still
        taken, so figure numbers do not depend on whether the machine can draw charts."""
        self._figures += 1
        holder = self._doc.add_paragraph()
        holder.alignment = WD_ALIGN_PARAGRAPH.CENTER
        holder.paragraph_format.space_before = Pt(6)
        holder.paragraph_format.keep_with_next = True
        if image is None:
            holder.add_run(note or txt.NO_IMAGE).italic = True
        else:
            holder.add_run().add_picture(io.BytesIO(image), width=Cm(min(width_cm, TEXT_WIDTH_CM)))
        self._caption(txt.FIGURE_WORD, "Figure", self._figures, caption, italic=True)
        return self._figures

    def table(
        self,
        frame: pd.DataFrame,
        caption: str,
        *,
        decimals: Mapping[str, int] | None = None,
        widths_cm: Mapping[str, float] | None = None,
        note: str | None = None,
        plain_columns: Collection[str] = (),
        font_pt: float = TABLE_PT,
    ) -> int:
        """ "Bảng n. caption" above a grid of the frame (index left out) with a bold grey header row that
        repeats on every page; the table number. Numbers are written "1.234,56" and right-aligned: integers
        with no decimals, floats with 2 unless `decimals` names the column. Columns in `plain_columns`
        (years, codes) get no thousands dot and 0 decimals by default, so 2025 stays "2025". Columns
        missing from `widths_cm` share what is left of the 16 cm text width."""
        self._tables += 1
        heading = self._caption(txt.TABLE_WORD, "Table", self._tables, caption, italic=False)
        heading.paragraph_format.keep_with_next = True
        places = {str(name): value for name, value in (decimals or {}).items()}
        plain = {str(name) for name in plain_columns}
        columns = [str(name) for name in frame.columns]
        if frame.empty:
            grid = self._doc.add_table(rows=1, cols=1)
            grid.style = "Table Grid"
            _set_widths(grid, [TEXT_WIDTH_CM])
            paragraph = grid.rows[0].cells[0].paragraphs[0]
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            _sized(paragraph.add_run(txt.NO_DATA), font_pt).italic = True
        else:
            grid = self._doc.add_table(rows=len(frame) + 1, cols=len(columns))
            grid.style = "Table Grid"
            grid.alignment = WD_TABLE_ALIGNMENT.CENTER
            _set_widths(grid, _column_widths(columns, widths_cm))
            rows = grid.rows
            _header_row(rows[0], columns, font_pt)
            for row, values in zip(rows[1:], frame.itertuples(index=False, name=None), strict=True):
                _keep_row_whole(row)
                for cell, column, value in zip(row.cells, columns, values, strict=True):
                    text, is_number = cell_text(value, places.get(column), plain=column in plain)
                    paragraph = cell.paragraphs[0]
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if is_number else WD_ALIGN_PARAGRAPH.LEFT
                    if text:
                        _sized(paragraph.add_run(text), font_pt)
        self._after_table(note)
        return self._tables

    def signature(self, recipients: list[str], signer_title: str, signer_name: str | None = None) -> None:
        """The closing block: "Nơi nhận:" and its "- x;" lines on the left (the last ends with "."), the
        signer's title in capitals, room for the signature and seal, and the name on the right.
        A line break in `signer_title` splits it ("KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC")."""
        # A paragraph between a table and this block, or Word would join the two tables.
        self._doc.add_paragraph().paragraph_format.space_after = Pt(6)
        block = self._doc.add_table(rows=1, cols=2)
        _no_borders(block)
        _set_widths(block, [TEXT_WIDTH_CM / 2, TEXT_WIDTH_CM / 2])
        left, right = block.rows[0].cells
        heading = left.paragraphs[0]
        run = _sized(heading.add_run(txt.RECIPIENTS), RECIPIENTS_PT)
        run.bold = run.italic = True
        names = [name.strip().rstrip(";.").strip() for name in recipients]
        names = [name for name in names if name]
        for position, name in enumerate(names):
            ending = "." if position == len(names) - 1 else ";"
            _sized(left.add_paragraph().add_run(f"- {name}{ending}"), RECIPIENT_LINE_PT)
        for position, line in enumerate(signer_title.upper().split("\n")):
            paragraph = right.paragraphs[0] if position == 0 else right.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.add_run(line.strip()).bold = True
        name = right.add_paragraph()
        name.alignment = WD_ALIGN_PARAGRAPH.CENTER
        name.paragraph_format.space_before = Pt(_SIGNATURE_SPACE_PT)
        if signer_name:
            name.add_run(signer_name).bold = True

    def page_break(self) -> None:
        """Start the next content on a new page."""
        self._doc.add_page_break()

    def to_bytes(self) -> bytes:
        """The .docx file's content, for a download button or a zip."""
        buffer = io.BytesIO()
        self._doc.save(buffer)
        return buffer.getvalue()

    def save(self, path: pathlib.Path) -> None:
        """Write the .docx file."""
        pathlib.Path(path).write_bytes(self.to_bytes())

    def _letterhead(self, head: Letterhead) -> None:
        # Two rows so the number line and the place-date line sit on one level, as ND 30 places them.
        block = self._doc.add_table(rows=2, cols=2)
        _no_borders(block)
        _set_widths(block, [ISSUER_COLUMN_CM, NATION_COLUMN_CM])
        (issuer_cell, nation_cell), (number_cell, date_cell) = (row.cells for row in block.rows)
        issuer_lines = [(head.issuer_parent.upper(), False)] if head.issuer_parent else []
        issuer_lines.append((head.issuer.upper(), True))
        for text, bold in issuer_lines:
            run = _sized(_cell_paragraph(issuer_cell).add_run(text), LETTERHEAD_PT)
            if bold:
                run.bold = True
        # ND 30: the rule under the issuer is 1/3 to 1/2 of its line, the one under the motto as long as it.
        issuer_width = min(_text_width_cm(head.issuer.upper(), LETTERHEAD_PT), ISSUER_COLUMN_CM)
        _rule(issuer_cell.add_paragraph(), 0.4 * issuer_width, ISSUER_COLUMN_CM - _CELL_PADDING_CM)
        _sized(_cell_paragraph(nation_cell).add_run(txt.NATION), NATION_PT).bold = True
        _sized(_cell_paragraph(nation_cell).add_run(txt.MOTTO), LETTERHEAD_PT).bold = True
        motto_width = _text_width_cm(txt.MOTTO, LETTERHEAD_PT)
        _rule(nation_cell.add_paragraph(), motto_width, NATION_COLUMN_CM - _CELL_PADDING_CM)
        for cell in (number_cell, date_cell):
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cell.paragraphs[0].paragraph_format.space_before = Pt(6)
        if head.number_line:
            _sized(number_cell.paragraphs[0].add_run(head.number_line), LETTERHEAD_PT)
        date_cell.paragraphs[0].add_run(place_date(head.place, head.issued)).italic = True

    def _title(self, title: str, subtitle: str | None) -> None:
        lines = [title] if subtitle is None else [title, subtitle]
        for position, line in enumerate(lines):
            paragraph = self._doc.add_paragraph()
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.keep_with_next = True
            if position == 0:
                paragraph.paragraph_format.space_before = Pt(18)
            paragraph.add_run(line).bold = True
        # ND 30: a short rule, 1/3 to 1/2 of the line, under the summary of the document's content.
        width = min(_text_width_cm(lines[-1], BODY_PT), TEXT_WIDTH_CM)
        _rule(self._doc.add_paragraph(), 0.4 * width, TEXT_WIDTH_CM).paragraph_format.space_after = Pt(12)

    def _caption(self, word: str, sequence: str, number: int, caption: str, *, italic: bool) -> Paragraph:
        paragraph = self._doc.add_paragraph(style="Caption")
        # A SEQ field, as Word's own "Insert Caption" writes, so a list of figures or tables can be built
        # in Word; the number is also written as the field's result so every reader shows it unchanged.
        label = [paragraph.add_run(f"{word} "), *_field(paragraph, f"SEQ {sequence} \\* ARABIC", str(number))]
        label.append(paragraph.add_run("."))
        for run in label:
            run.bold = True
        paragraph.add_run(f" {caption}")
        if italic:
            for run in paragraph.runs:
                run.italic = True
        return paragraph

    def _after_table(self, note: str | None) -> None:
        after = self._doc.add_paragraph()
        after.paragraph_format.space_before = Pt(3)
        after.paragraph_format.space_after = Pt(6)
        if note:
            _sized(after.add_run(note), NOTE_PT).italic = True


def cell_text(value: object, decimals: int | None = None, *, plain: bool = False) -> tuple[str, bool]:
    """A table cell's text and whether it is a number (numbers are right-aligned). Missing values give "",
    not dashboard's "–", so an empty cell reads as "no figure" in print; dates are dd/mm/yyyy."""
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return "", False
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        if isinstance(value, dt.datetime) and value.time() == dt.time(0):
            return vn_date(value.date()), False
        return (vn_date(value) if isinstance(value, dt.date) else str(value)), False
    if decimals is None:
        decimals = 0 if plain or isinstance(value, numbers.Integral) else 2
    if plain:
        return f"{value:.{decimals}f}".replace(".", ","), True
    return vn_number(value, decimals), True


def _restyle(document: DocxDocument) -> None:
    """Times New Roman in every font slot of the styles the report uses, black headings, Vietnamese
    language: without the eastAsia and cs slots Word may draw letters such as "ữ" in another font."""
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    default_run = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _use_font(default_run)
    _set_language(default_run)
    default_spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
    # Word's template spaces every paragraph 10 pt after at 1,15 lines; table cells must not inherit that.
    default_spacing.set(qn("w:after"), "0")
    default_spacing.set(qn("w:line"), "240")

    normal = styles["Normal"]
    _use_font(normal.element.get_or_add_rPr())
    normal.font.size = Pt(BODY_PT)
    _set_language(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    body = styles["Body Text"]
    _use_font(body.element.get_or_add_rPr())
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.first_line_indent = Cm(1)
    body.paragraph_format.space_before = Pt(0)
    body.paragraph_format.space_after = Pt(6)
    body.paragraph_format.line_spacing = 1.15

    for level in (1, 2, 3):
        heading = styles[f"Heading {level}"]
        _use_font(heading.element.get_or_add_rPr())
        heading.font.size = Pt(BODY_PT)
        heading.font.bold = True
        heading.font.italic = level == 3
        heading.font.color.rgb = RGBColor(0, 0, 0)
        heading.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        heading.paragraph_format.first_line_indent = Cm(1)
        heading.paragraph_format.space_before = Pt(6)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.line_spacing = 1.15

    caption = styles["Caption"]
    _use_font(caption.element.get_or_add_rPr())
    caption.font.size = Pt(13)
    caption.font.bold = False
    caption.font.color.rgb = RGBColor(0, 0, 0)
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.space_before = Pt(6)
    caption.paragraph_format.space_after = Pt(6)

    for name in ("Header", "Footer", "Table Grid"):
        _use_font(styles[name].element.get_or_add_rPr())
    styles["Table Grid"].font.size = Pt(TABLE_PT)


def _set_page(document: DocxDocument) -> None:
    """A4 portrait with ND 30's margins; page numbers centred at the top from page 2 on."""
    section = document.sections[0]
    section.page_width = Cm(PAGE_WIDTH_CM)
    section.page_height = Cm(PAGE_HEIGHT_CM)
    section.top_margin = Cm(MARGIN_TOP_CM)
    section.bottom_margin = Cm(MARGIN_BOTTOM_CM)
    section.left_margin = Cm(MARGIN_LEFT_CM)
    section.right_margin = Cm(MARGIN_RIGHT_CM)
    section.header_distance = Cm(1)
    section.footer_distance = Cm(1)
    # ND 30: the page number is not printed on the first page.
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(number, "PAGE", "2")


def _use_font(rpr: CT_RPr) -> None:
    fonts = rpr.get_or_add_rFonts()
    # A theme attribute wins over the named font, so the template's theme fonts must go.
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FONT)


def _set_language(rpr: CT_RPr) -> None:
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.insert_element_before(lang, *_LANG_SUCCESSORS)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)


def _field(paragraph: Paragraph, instruction: str, shown: str) -> list[Run]:
    """A Word field (PAGE, SEQ) written as begin/instruction/separate/result/end runs; returns the runs
    so the caller can format them. `shown` is the result readers display until fields are updated."""
    runs = []
    for part in ("begin", "instruction", "separate", "result", "end"):
        run = paragraph.add_run(shown if part == "result" else None)
        if part == "instruction":
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {instruction} "
            run._r.append(code)
        elif part != "result":
            mark = OxmlElement("w:fldChar")
            mark.set(qn("w:fldCharType"), part)
            run._r.append(mark)
        runs.append(run)
    return runs


def _sized(run: Run, size_pt: float) -> Run:
    run.font.size = Pt(size_pt)
    return run


def _cell_paragraph(cell: _Cell) -> Paragraph:
    """The cell's first paragraph while it is still blank, else a new one, centred."""
    first = cell.paragraphs[0]
    paragraph = first if len(cell.paragraphs) == 1 and not first.runs else cell.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return paragraph


def _text_width_cm(text: str, size_pt: float) -> float:
    """A rough printed width in Times New Roman: average advances of capitals, small letters and spaces,
    close enough (within ~5 %) to size a rule under a line; the machine may not have the font to measure."""
    ems = sum(0.25 if char == " " else 0.68 if char.isupper() else 0.47 for char in text)
    return ems * size_pt / 72 * 2.54


def _rule(paragraph: Paragraph, width_cm: float, available_cm: float) -> Paragraph:
    """An empty paragraph drawn as a centred horizontal line `width_cm` long (a top border between
    indents), the way ND 30 underlines the issuer, the motto and the summary line."""
    border = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "auto")):
        top.set(qn(name), value)
    border.append(top)
    paragraph._p.get_or_add_pPr().insert_element_before(border, *_PBDR_SUCCESSORS)
    indent = Cm(max((available_cm - width_cm) / 2, 0))
    paragraph.paragraph_format.left_indent = indent
    paragraph.paragraph_format.right_indent = indent
    # A short line box so the rule sits just under the text above it.
    paragraph.paragraph_format.line_spacing = Pt(6)
    return paragraph


def _no_borders(table: Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = OxmlElement(f"w:{side}")
        edge.set(qn("w:val"), "nil")
        borders.append(edge)
    table._tbl.tblPr.insert_element_before(borders, *_TBL_BORDERS_SUCCESSORS)


def _column_widths(columns: list[str], widths_cm: Mapping[str, float] | None) -> list[float]:
    given = {str(name): width for name, width in (widths_cm or {}).items()}
    free = [name for name in columns if name not in given]
    left = TEXT_WIDTH_CM - sum(given.get(name, 0.0) for name in columns)
    # Below 1 cm a column cannot hold a figure; the table then runs into the margin instead.
    share = max(left / len(free), 1.0) if free else 0.0
    return [given.get(name, share) for name in columns]


def _set_widths(table: Table, widths_cm: list[float]) -> None:
    """Fixed column widths, on the grid (LibreOffice reads it) and on every cell (Word reads those)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _header_row(row: _Row, columns: list[str], font_pt: float) -> None:
    """Bold names on light grey, repeated at the top of each page the table runs onto."""
    header_flag = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().append(header_flag)
    _keep_row_whole(row)
    for cell, name in zip(row.cells, columns, strict=True):
        shading = OxmlElement("w:shd")
        for attribute, value in (("w:val", "clear"), ("w:color", "auto"), ("w:fill", HEADER_FILL)):
            shading.set(qn(attribute), value)
        cell._tc.get_or_add_tcPr().insert_element_before(shading, *_TC_SHD_SUCCESSORS)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        paragraph = cell.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _sized(paragraph.add_run(name), font_pt).bold = True


def _keep_row_whole(row: _Row) -> None:
    # A row split over two pages leaves a figure on one page and its unit's name on the other.
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))

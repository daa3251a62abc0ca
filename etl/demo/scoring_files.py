"""Writing one sheet of the demo in the file formats units really send: .xlsx and .xlsm (a small
deterministic writer: the demo writes hundreds of sheets, and identical bytes on every rebuild keep
the warehouse's duplicate detection meaningful), real BIFF .xls, an HTML table saved as .xls (portal
exports) and CSV in UTF-8, UTF-16 or Windows-1258."""

from __future__ import annotations

import csv
import html
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from etl.demo.biff import xls_file
from etl.readers import column_letter
from etl.text import unicode_to_cp1258

_LETTERS = [column_letter(c) for c in range(32)]

# Every member of a generated zip gets this date, so a rebuild writes the same bytes.
_ZIP_DATE = (2025, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Formula:
    """A formula as typed in Excel, without "=". `cached` is the value Excel would store beside it;
    None writes the formula alone, as programs such as openpyxl do."""

    text: str
    cached: float | None = None


@dataclass
class Grid:
    """One sheet as it will be written: rows of values (str, int, float, Formula or None), merged ranges
    (first row, first column, last row, last column; 0-based), column widths and row styles."""

    name: str
    rows: list[list[object]] = field(default_factory=list)
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    widths: dict[int, float] = field(default_factory=dict)
    bold_rows: set[int] = field(default_factory=set)
    wrap_rows: set[int] = field(default_factory=set)

    def add(self, *values: object) -> int:
        """Append a row; returns its 0-based index."""
        self.rows.append(list(values))
        return len(self.rows) - 1


def write(path: Path, grid: Grid, file_format: str) -> None:
    """Write `grid` to `path` in one of: xlsx, xlsm, xls, html, csv_utf8, csv_utf16, csv_cp1258."""
    writers = {
        "xlsx": lambda: _ooxml(grid, macro=False),
        "xlsm": lambda: _ooxml(grid, macro=True),
        "xls": lambda: _xls(grid),
        "html": lambda: _html(grid).encode("utf-8"),
        "csv_utf8": lambda: _csv(grid, ";").encode("utf-8"),
        # Excel's "Unicode text": UTF-16 with a byte-order mark, tab separated.
        "csv_utf16": lambda: _csv(grid, "\t").encode("utf-16"),
        "csv_cp1258": lambda: unicode_to_cp1258(_csv(grid, ",")),
    }
    path.write_bytes(writers[file_format]())


def cell_text(value: object) -> str:
    """A value as a text file shows it: formulas by their value, numbers with a decimal comma."""
    if isinstance(value, Formula):
        value = value.cached
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",")
    return str(value)


# --------------------------------------------------------------------------------------------------
# Office Open XML (.xlsx, .xlsm)
# --------------------------------------------------------------------------------------------------

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="{main}"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
    '<Override PartName="/xl/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_MAIN_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
_MAIN_XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" '
    'Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/>'
    '<Relationship Id="rId3" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/></Relationships>'
)
# Style 0: Times New Roman 12, the font of Vietnamese administrative documents; 1: bold, centred and
# wrapped (title and header rows); 2: wrapped text.
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font>'
    '<font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1">'
    '<alignment horizontal="center" vertical="center" wrapText="1"/></xf>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">'
    '<alignment vertical="center" wrapText="1"/></xf></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def _xml_text(text: str) -> str:
    return html.escape(text, quote=False)


def _ooxml(grid: Grid, *, macro: bool) -> bytes:
    strings: dict[str, int] = {}
    out = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    ]
    if grid.widths:
        cols = "".join(
            f'<col min="{c + 1}" max="{c + 1}" width="{w}" customWidth="1"/>'
            for c, w in sorted(grid.widths.items())
        )
        out.append(f"<cols>{cols}</cols>")
    out.append("<sheetData>")
    for r, values in enumerate(grid.rows):
        style = 1 if r in grid.bold_rows else 2 if r in grid.wrap_rows else 0
        cells = []
        for c, value in enumerate(values):
            if value is None:
                continue
            ref = f"{_LETTERS[c]}{r + 1}"
            s = f' s="{style}"' if style else ""
            if isinstance(value, Formula):
                cached = "" if value.cached is None else f"<v>{value.cached!r}</v>"
                cells.append(f'<c r="{ref}"{s}><f>{_xml_text(value.text)}</f>{cached}</c>')
            elif isinstance(value, bool):
                cells.append(f'<c r="{ref}"{s} t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int | float):
                cells.append(f'<c r="{ref}"{s}><v>{value!r}</v></c>')
            else:
                index = strings.setdefault(str(value), len(strings))
                cells.append(f'<c r="{ref}"{s} t="s"><v>{index}</v></c>')
        out.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    out.append("</sheetData>")
    if grid.merges:
        refs = "".join(
            f'<mergeCell ref="{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}"/>'
            for r0, c0, r1, c1 in grid.merges
        )
        out.append(f'<mergeCells count="{len(grid.merges)}">{refs}</mergeCells>')
    out.append("</worksheet>")
    shared = "".join(f'<si><t xml:space="preserve">{_xml_text(s)}</t></si>' for s in strings)
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES.replace("{main}", _MAIN_XLSM if macro else _MAIN_XLSX),
        "_rels/.rels": _ROOT_RELS,
        "xl/workbook.xml": _WORKBOOK.replace("{name}", html.escape(grid.name)),
        "xl/_rels/workbook.xml.rels": _WORKBOOK_RELS,
        "xl/worksheets/sheet1.xml": "".join(out),
        "xl/sharedStrings.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>'
        ),
        "xl/styles.xml": _STYLES,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            zf.writestr(info, text.encode("utf-8"), zipfile.ZIP_DEFLATED, 1)
    return buffer.getvalue()


# --------------------------------------------------------------------------------------------------
# BIFF .xls, HTML tables, CSV
# --------------------------------------------------------------------------------------------------


def _xls(grid: Grid) -> bytes:
    """Formulas are written as their values: an Excel 2003 file always stores them."""
    cells: dict[tuple[int, int], object] = {}
    for r, values in enumerate(grid.rows):
        for c, value in enumerate(values):
            if isinstance(value, Formula):
                value = value.cached
            if value is not None:
                cells[(r, c)] = value
    return xls_file([(grid.name, cells, list(grid.merges))])


def _html(grid: Grid) -> str:
    """The table a portal's "export to Excel" button sends: one <table>, spans for merged cells."""
    covered: set[tuple[int, int]] = set()
    spans: dict[tuple[int, int], tuple[int, int]] = {}
    for r0, c0, r1, c1 in grid.merges:
        spans[(r0, c0)] = (r1 - r0 + 1, c1 - c0 + 1)
        covered.update((r, c) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1) if (r, c) != (r0, c0))
    width = max(len(row) for row in grid.rows)
    lines = [
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel">',
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>',
        '<body><table border="1">',
    ]
    for r, values in enumerate(grid.rows):
        cells = []
        for c in range(width):
            if (r, c) in covered:
                continue
            value = values[c] if c < len(values) else None
            rows_span, cols_span = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rows_span}"' if rows_span > 1 else "") + (
                f' colspan="{cols_span}"' if cols_span > 1 else ""
            )
            tag = "th" if r in grid.bold_rows else "td"
            text = html.escape(cell_text(value)).replace("\n", "<br>")
            cells.append(f"<{tag}{attrs}>{text}</{tag}>")
        lines.append(f"<tr>{''.join(cells)}</tr>")
    lines.append("</table></body></html>")
    return "\n".join(lines)


def _csv(grid: Grid, delimiter: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for values in grid.rows:
        writer.writerow([cell_text(v) for v in values])
    return buffer.getvalue()

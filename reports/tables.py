"""Tables as files: Excel workbooks and CSV, with the page's columns and Vietnamese headers but typed
values (numbers stay numbers, dates stay dates), so a reader can sort, sum and chart them. Every text a
unit sent is neutralised first: a cell reading "=HYPERLINK(…)" must reach the reader as text, never as a
formula their spreadsheet runs (OWASP "CSV injection"). No Streamlit here: tested directly."""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Sequence
from decimal import Decimal

import numpy as np
import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from dashboard.format import CODE_NAMES, code_name, headers, is_missing
from labels import export as txt
from reports.images import file_stem

# Characters that make a spreadsheet read a cell as a formula (OWASP). The typographic minus "−" (U+2212)
# is not among them: no spreadsheet program evaluates it, and our own signed texts use it.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Excel number formats by what a column holds.
DECIMAL = "#,##0.00"
COUNT = "#,##0"
PLAIN = "0"
DATE = "dd/mm/yyyy"
DATE_TIME = "dd/mm/yyyy hh:mm"

# Excel refuses these in sheet names, and names longer than 31 characters.
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})
_SHEET_CHARS = 31
# Column widths in characters: narrow enough for a code, wide enough for a criterion's title.
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def neutralise(value: object) -> object:
    """A text that a spreadsheet would run as a formula, with a leading apostrophe so it stays text;
    every other value (numbers too, negative ones included) unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


# --- Typed export frames ------------------------------------------------------------------------------


def _is_boolean(values: pd.Series) -> bool:
    if pd.api.types.is_bool_dtype(values):
        return True
    present = values.dropna()
    return (
        values.dtype == object and len(present) > 0 and all(isinstance(v, (bool, np.bool_)) for v in present)
    )


def _number_format(name: str, values: pd.Series) -> str:
    """Years, months, ranks and codes without thousands separators; counts as whole numbers; points,
    percentages, scores and other decimals with two decimals."""
    if name in ("year", "month", "quarter") or name.endswith(("_year", "_month", "_quarter", "_code", "_id")):
        return PLAIN
    if "rank" in name:
        return PLAIN
    if name.endswith(("_points", "_pct", "_score")) or name == "score":
        return DECIMAL
    if pd.api.types.is_integer_dtype(values) or name.endswith(("_count", "_files")) or name == "count":
        return COUNT
    return DECIMAL


def _whole(values: pd.Series) -> pd.Series:
    """Whole-number floats (an integer column that had a NULL) back as nullable integers."""
    if pd.api.types.is_float_dtype(values):
        present = values.dropna()
        if (present == present.round()).all():
            return values.astype("Int64")
    return values


def _as_date(value: object) -> object:
    if is_missing(value):
        return None
    stamp = pd.Timestamp(value)
    return stamp.date()


def _as_datetime(value: object) -> object:
    if is_missing(value):
        return None
    stamp = pd.Timestamp(value)
    # Excel has no time zones: the wall-clock time as stored.
    return stamp.tz_localize(None).to_pydatetime() if stamp.tzinfo else stamp.to_pydatetime()


def _has_time(values: pd.Series) -> bool:
    present = pd.to_datetime(values.dropna())
    return bool(len(present)) and bool((present != present.dt.normalize()).any())


def export_frame(
    frame: pd.DataFrame, columns: list[str], labels: dict[str, str] | None = None
) -> pd.DataFrame:
    """The columns a page shows, with its Vietnamese headers and code names (as `for_display`), but typed:
    numbers, dates and years as such, booleans as "Có"/"Không", missing values missing. The Excel number
    format of each header is in `result.attrs["formats"]`."""
    names = headers(columns, labels, fallback=txt.COLUMNS)
    typed: list[pd.Series] = []
    formats: dict[str, str] = {}
    for name in columns:
        values = frame[name].reset_index(drop=True)
        header = names[name]
        if name in CODE_NAMES:
            values = values.map(lambda code, column=name: _text(code_name(column, code))).astype(object)
        elif _is_boolean(values):
            values = values.map(lambda v: None if is_missing(v) else txt.YES if v else txt.NO).astype(object)
        elif name.endswith("_date"):
            values, formats[header] = values.map(_as_date).astype(object), DATE
        elif name.endswith("_at") or (pd.api.types.is_datetime64_any_dtype(values) and _has_time(values)):
            values, formats[header] = values.map(_as_datetime).astype(object), DATE_TIME
        elif pd.api.types.is_datetime64_any_dtype(values):
            values, formats[header] = values.map(_as_date).astype(object), DATE
        elif pd.api.types.is_numeric_dtype(values):
            formats[header] = _number_format(name, values)
            if formats[header] in (PLAIN, COUNT):
                values = _whole(values)
        else:
            values = values.map(_text).astype(object)
        typed.append(values)
    # Built by position: two columns may share a header.
    result = pd.DataFrame(dict(enumerate(typed)), index=range(len(frame)))
    result.columns = [names[name] for name in columns]
    result.attrs["formats"] = formats
    return result


def _text(value: object) -> object:
    """Missing stays missing (None, so a cell is empty rather than "nan"); anything else as it is."""
    return None if is_missing(value) else value


# --- Excel --------------------------------------------------------------------------------------------


def sheet_names(titles: Sequence[str]) -> list[str]:
    """Valid, distinct Excel sheet names for `titles`, Vietnamese kept: forbidden characters removed, at
    most 31 characters, a number added where two would clash (Excel compares names case-blind)."""
    used: set[str] = set()
    result = []
    for title in titles:
        base = " ".join(str(title).translate(_SHEET_FORBIDDEN).split())
        # Excel also refuses a name that begins or ends with an apostrophe.
        base = base[:_SHEET_CHARS].strip(" '—–-") or txt.SHEET_FALLBACK
        name, number = base, 1
        while name.casefold() in used:
            number += 1
            suffix = f" ({number})"
            name = base[: _SHEET_CHARS - len(suffix)].rstrip(" '—–-") + suffix
        used.add(name.casefold())
        result.append(name)
    return result


def _cell_value(value: object) -> object:
    """A value openpyxl writes as it is: Python scalars, texts neutralised and cleaned of the control
    characters Excel refuses."""
    if is_missing(value):
        return None
    if isinstance(value, np.generic):
        value = value.item()
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, pd.Timestamp):
        value = _as_datetime(value)
    if isinstance(value, (bool, int, float, dt.date, dt.datetime)):
        if isinstance(value, float) and math.isinf(value):
            return str(value)
        return value
    return neutralise(ILLEGAL_CHARACTERS_RE.sub("", str(value)))


def _default_format(values: pd.Series) -> str | None:
    if pd.api.types.is_bool_dtype(values):
        return None
    if pd.api.types.is_integer_dtype(values):
        return COUNT
    if pd.api.types.is_float_dtype(values):
        return DECIMAL
    if pd.api.types.is_datetime64_any_dtype(values):
        return DATE_TIME if _has_time(values) else DATE
    present = values.dropna()
    if len(present) and all(isinstance(v, dt.datetime) for v in present):
        return DATE_TIME
    if len(present) and all(isinstance(v, dt.date) for v in present):
        return DATE
    return None


def _shown_length(value: object, number_format: str | None) -> int:
    """About how many characters a cell shows, for the column's width."""
    if value is None:
        return 0
    if isinstance(value, dt.datetime):
        return 16
    if isinstance(value, dt.date):
        return 10
    if isinstance(value, bool):
        return 5
    if isinstance(value, (int, float)):
        decimals = 2 if number_format == DECIMAL else 0
        return len(f"{value:,.{decimals}f}") if number_format != PLAIN else len(str(value))
    return max((len(line) for line in str(value).splitlines()), default=0)


def _write_sheet(sheet: Worksheet, frame: pd.DataFrame, title: str | None, subtitle: str | None) -> None:
    row = 1
    if title:
        sheet.cell(row=row, column=1, value=_cell_value(title)).font = Font(bold=True, size=14)
        row += 1
    if subtitle:
        sheet.cell(row=row, column=1, value=_cell_value(subtitle)).font = Font(italic=True)
        row += 1
    header_row = row + 1 if row > 1 else 1
    formats = frame.attrs.get("formats", {})
    for number, header in enumerate(frame.columns, start=1):
        values = frame.iloc[:, number - 1]
        number_format = formats.get(header) or _default_format(values)
        cell = sheet.cell(row=header_row, column=number, value=_cell_value(str(header)))
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        width = min(len(str(header)), 24)
        for offset, value in enumerate(values, start=1):
            written = sheet.cell(row=header_row + offset, column=number, value=_cell_value(value))
            if number_format and written.data_type in ("n", "d"):
                written.number_format = number_format
            width = max(width, _shown_length(written.value, number_format))
        sheet.column_dimensions[get_column_letter(number)].width = min(max(width + 2, _MIN_WIDTH), _MAX_WIDTH)
    if len(frame.columns):
        last = f"{get_column_letter(len(frame.columns))}{header_row + len(frame)}"
        sheet.auto_filter.ref = f"A{header_row}:{last}"
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)


def xlsx_bytes(
    sheets: Sequence[tuple[str, pd.DataFrame]],
    *,
    title: str | None = None,
    subtitle: str | None = None,
    titles: Sequence[str] | None = None,
) -> bytes:
    """A workbook with one sheet per (name, table): `title` (or each sheet's own from `titles`, since a
    sheet name holds only 31 characters) and `subtitle` above a bold, shaded, frozen header row with
    filters; numbers and dates typed with their formats, texts neutralised."""
    if not sheets:
        raise ValueError("xlsx_bytes needs at least one table")
    if titles is not None and len(titles) != len(sheets):
        raise ValueError("one title per sheet")
    book = Workbook()
    book.remove(book.active)
    names = sheet_names([name for name, _ in sheets])
    for number, (name, (_, frame)) in enumerate(zip(names, sheets, strict=True)):
        _write_sheet(book.create_sheet(name), frame, titles[number] if titles else title, subtitle)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


# --- CSV ----------------------------------------------------------------------------------------------


def _csv_value(value: object) -> object:
    if is_missing(value):
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralise(value)


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """The table as CSV: UTF-8 with a BOM (so Excel reads the diacritics), commas between fields,
    Vietnamese headers, dates in ISO form and every text neutralised."""
    # Numbers keep the decimal point, not the Vietnamese comma: a CSV is read by programs, which
    # expect "87.45", and a comma inside a number would need quoting in a comma-separated file.
    written = frame.copy()
    written.columns = [neutralise(str(header)) for header in frame.columns]
    for position in range(written.shape[1]):
        column = written.iloc[:, position]
        if pd.api.types.is_datetime64_any_dtype(column):
            convert = _as_datetime if _has_time(column) else _as_date
            written.isetitem(position, column.map(lambda v, c=convert: _csv_value(c(v))).astype(object))
        elif not pd.api.types.is_numeric_dtype(column) and not pd.api.types.is_bool_dtype(column):
            written.isetitem(position, column.map(_csv_value).astype(object))
    return written.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def export_name(title: str, ext: str) -> str:
    """An ASCII file name for a table or chart titled in Vietnamese: "Xep_hang_Chi_so_CCHC_nam_2025.xlsx"."""
    return f"{file_stem(title)}.{ext.lstrip('.')}"

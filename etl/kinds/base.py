"""What every kind of file shares: locating the header, walking data rows, typed cell access."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import duckdb

from etl.findings import FindingSink
from etl.headers import HeaderMatch, find_header
from etl.layouts import GROUP_SYNONYMS, Layout
from etl.readers import Sheet, Workbook, cell_ref, column_letter
from etl.text import fold, normalize_text
from etl.values import ValueParseError, parse_date
from labels import msg, ui

T = TypeVar("T")


@dataclass(frozen=True)
class IngestOptions:
    """What the user told the loader beyond the file itself (CLI flags)."""

    kind: str | None = None
    framework_id: str | None = None
    unit_group: str | None = None
    from_year: int | None = None
    to_year: int | None = None
    legal_basis: str | None = None
    # Scoring and survey files: whose sheet and which year, when the file itself does not say.
    unit: str | None = None
    year: int | None = None
    # Published index tables: which index (PAR INDEX, SIPAS, PCI, PAPI…).
    index_name: str | None = None
    # One-Stop officers' forms: the month evaluated ("YYYY-MM") when the file does not say it.
    month: str | None = None
    # Feedback exports with numeric levels: the scale (3 or 5) when the file does not say it.
    scale: int | None = None
    # A unit's account uploading through the app: the kinds it may send and the units they may be for
    # (None: no limit). A file outside them is refused whole (access.policy.UPLOAD_KINDS).
    allowed_kinds: frozenset[str] | None = None
    allowed_units: frozenset[str] | None = None


REFERENCE_KINDS = ("units", "officers", "framework", "rules")


def reference_stamp(con: duckdb.DuckDBPyConnection) -> tuple[object, ...]:
    """What changes whenever reference data (units, officers, frameworks, rules) is loaded."""
    # fetchall, not fetchone: a result left unfinished blocks registering a batch on this connection.
    return con.execute(
        "select count(*), max(attempt_id) from source_file where kind in ('units', 'officers', 'framework', 'rules')"
    ).fetchall()[0]


@dataclass
class Context:
    """What a parser may use: a read connection for lookups, the options and the finding sink."""

    con: duckdb.DuckDBPyConnection
    options: IngestOptions
    file_name: str
    file_sha256: str
    sink: FindingSink
    # The workbook as read, before TCVN3/VNI text was converted: what the unit typed is kept beside it.
    original: Workbook | None = None
    # Lookups of reference data (registry, frameworks, rules), shared by the files of one load session.
    cache: dict[object, tuple[object, object]] = field(default_factory=dict)
    # The state of the reference data (see reference_stamp), when the caller already knows it.
    stamp: object = field(default=None, repr=False)
    # The file itself, for kinds that stream a long CSV instead of taking the rows the reader gave.
    path: Path | None = None
    # Its lines as a text editor counts them (counted while it was hashed), when known.
    lines: int | None = None
    # What the file turned out to be about (unit_code, year, period), set by a parser as soon as it knows,
    # so a file refused later is still filed under its unit and period in the load log.
    identity: dict[str, object] = field(default_factory=dict)

    def reference(self, key: object, compute: Callable[[], T]) -> T:
        """`compute()` once per state of the reference data: a file that loads units, a framework or
        rules changes the state, so later files see it; 100 scoring sheets share one registry."""
        if self.stamp is None:
            self.stamp = reference_stamp(self.con)
        entry = self.cache.get(key)
        if entry is None or entry[0] != self.stamp:
            entry = (self.stamp, compute())
            self.cache[key] = entry
        return entry[1]  # type: ignore[return-value]

    def converted(self, sheet: Sheet) -> bool:
        """Whether the sheet's text was converted from a legacy encoding (typed_text may then differ)."""
        if self.original is None:
            return False
        source = next((s for s in self.original.sheets if s.name == sheet.name), None)
        return source is not None and source is not sheet

    def typed_text(self, sheet: Sheet, row_index: int, col: int | None) -> str | None:
        """The text of a cell as typed, when converting its legacy encoding changed it; else None."""
        if self.original is None or col is None:
            return None
        source = next((s for s in self.original.sheets if s.name == sheet.name), None)
        if source is None or source is sheet or row_index >= len(source.rows):
            return None
        cells = source.rows[row_index]
        typed = cells[col] if col < len(cells) else None
        converted = sheet.rows[row_index][col] if col < len(sheet.rows[row_index]) else None
        if not isinstance(typed, str) or typed == converted:
            return None
        return typed


@dataclass
class Parsed:
    """A parsed file ready to insert: rows per raw table, where each field came from, and its identity."""

    tables: dict[str, list[dict[str, object]]]
    columns: list[dict[str, object]] = field(default_factory=list)
    # Large files: raw table → a SELECT on the loader's connection (usually over temporary tables the
    # parser made) whose columns are named like the table's; inserted with the rest, by name.
    bulk: dict[str, str] = field(default_factory=dict)
    # Temporary tables to drop once the file is written or refused.
    temporary: list[str] = field(default_factory=list)
    rows_loaded: int = 0
    rows_rejected: int = 0
    unit_code: str | None = None
    year: int | None = None
    period: str | None = None
    framework_id: str | None = None
    supersedes: str | None = None
    # Every unit the file's rows belong to, where it may hold several (a desk's forms, a ratings export);
    # None: the file's unit is `unit_code`.
    unit_codes: frozenset[str] | None = None


@dataclass(frozen=True)
class Located:
    sheet: Sheet
    header: HeaderMatch


def locate(workbook: Workbook, layout: Layout, sink: FindingSink) -> Located | None:
    """The sheet and header row holding the layout; reports a finding and returns None when absent."""
    best: Located | None = None
    best_key = (-1, -1)
    for sheet in workbook.sheets:
        header = find_header(sheet, layout)
        if header is None:
            continue
        key = (len(layout.required) - len(header.missing(layout)), len(header.columns))
        if key > best_key:
            best, best_key = Located(sheet, header), key
    if best is None:
        sink.error(
            "header.not_found",
            kind_label=ui.KIND_LABELS.get(layout.kind, layout.kind),
            columns=", ".join(f"«{header_label(layout, name)}»" for name in layout.required),
        )
        return None
    missing = best.header.missing(layout)
    if missing:
        sink.error(
            "header.missing_columns",
            sheet=best.sheet.name,
            cell=cell_ref(best.header.row_index, 0),
            row_number=best.header.row_index + 1,
            columns=", ".join(f"«{header_label(layout, name)}»" for name in missing),
            row=best.header.row_index + 1,
        )
        return None
    return best


def header_label(layout: Layout, field_name: str) -> str:
    """How to name a column to a person: the header text in our own templates."""
    return ui.TEMPLATE_HEADERS.get(layout.kind, {}).get(field_name, field_name)


def data_rows(located: Located) -> Iterator[tuple[int, list[object]]]:
    """(row index, cells) of every non-blank row below the header."""
    rows = located.sheet.rows
    for index in range(located.header.data_start, len(rows)):
        cells = rows[index]
        if any(_has_text(value) for value in cells):
            yield index, cells


def _has_text(value: object) -> bool:
    """Whether a cell shows anything: what normalize_text makes of it is not empty."""
    if value is None:
        return False
    if value.__class__ is str and value.isascii():  # type: ignore[union-attr]
        return not value.isspace() and value != ""  # type: ignore[union-attr]
    return normalize_text(value) != ""


def value(cells: list[object], located: Located, field_name: str) -> object:
    col = located.header.columns.get(field_name)
    if col is None or col >= len(cells):
        return None
    return cells[col]


def text(cells: list[object], located: Located, field_name: str) -> str:
    raw = value(cells, located, field_name)
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return normalize_text(raw)


def cell_of(located: Located, row_index: int, field_name: str) -> str:
    col = located.header.columns.get(field_name, 0)
    return cell_ref(row_index, col)


def date_value(
    cells: list[object], located: Located, row_index: int, field_name: str, sink: FindingSink
) -> tuple[dt.date | None, bool]:
    """The date in a cell; (None, False) and an error finding when it is unreadable."""
    raw = value(cells, located, field_name)
    try:
        return parse_date(raw), True
    except ValueParseError as exc:
        rule = "value.date_not_exist" if exc.kind == "date_not_exist" else "value.date"
        sink.error(
            rule,
            sheet=located.sheet.name,
            cell=cell_of(located, row_index, field_name),
            row_number=row_index + 1,
            value=normalize_text(raw),
            column=located.header.texts.get(field_name, field_name),
        )
        return None, False


def parse_group(raw: object) -> str | None:
    """A unit group code from its code, its Vietnamese label or a common way of writing it."""
    folded = fold(raw)
    if not folded:
        return None
    for code, label in ui.GROUP_LABELS.items():
        if folded in (code.replace("_", " "), code, fold(label)):
            return code
    for code, synonyms in GROUP_SYNONYMS.items():
        if folded in synonyms:
            return code
    return None


def allowed_groups() -> str:
    return "; ".join(f"{code} ({label})" for code, label in ui.GROUP_LABELS.items())


def column_rows(file_sha256: str, located: Located) -> list[dict[str, object]]:
    """raw_file_column rows: the column each field was read from, to trace a value to its cell."""
    return [
        {
            "file_sha256": file_sha256,
            "sheet_name": located.sheet.name,
            "field_name": name,
            "column_letter": column_letter(col),
            "header_text": located.header.texts.get(name),
            "header_row_number": located.header.row_index + 1,
        }
        for name, col in located.header.columns.items()
    ]


def suggestion(candidates: list[str], wanted: str) -> str:
    """ " Mã gần giống: …" when some registered code looks like what was written, else ""."""
    near = closest(candidates, wanted)
    return msg("suggest.closest", names=", ".join(f"«{name}»" for name in near)) if near else ""


def closest(candidates: list[str], wanted: str, limit: int = 3) -> list[str]:
    """The registered names or codes closest to what was written, for "did you mean" messages."""
    from rapidfuzz import fuzz, process, utils

    matches = process.extract(
        wanted, candidates, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit
    )
    return [match[0] for match in matches if match[1] >= 60]


# --------------------------------------------------------------------------------------------------
# What a title block says: its lines, the year, points as Vietnamese write them
# --------------------------------------------------------------------------------------------------

# Years the warehouse accepts: the oldest frameworks date from the 2010s; 2100 bounds typing slips.
MIN_YEAR, MAX_YEAR = 1990, 2100
_YEAR = r"(19\d\d|20\d\d|2100)"
# Matched on folded text: "KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC NĂM 2023" → "... nam 2023".
YEAR_AFTER_NAM = re.compile(r"\bnam (?:danh gia )?" + _YEAR + r"\b")
LONE_YEAR = re.compile(r"(?<!\d)" + _YEAR + r"(?!\d)")
# Dates are not the year a table is about: "ngày 15 tháng 02 năm 2024", "15/02/2024" (folded "15 02 2024").
_DATES = re.compile(r"\b(?:ngay )?\d{1,2} (?:thang )?\d{1,2} (?:nam )?(?:19|20)\d\d\b")


def title_lines(located: Located) -> list[str]:
    """The text of each row above the header (the title block), one line per row."""
    lines = []
    for cells in located.sheet.rows[: located.header.first_row_index]:
        line = " ".join(normalize_text(c) for c in cells if c is not None and normalize_text(c))
        if line:
            lines.append(line)
    return lines


def year_in_text(lines: list[str], *, lone: bool) -> int | None:
    """The year a title or file name states: the first "năm YYYY" that is not part of a date, else (when
    `lone`) the first four-digit year standing alone."""
    folded = [_DATES.sub(" ", fold(line)) for line in lines]
    for line in folded:
        match = YEAR_AFTER_NAM.search(line)
        if match:
            return int(match.group(1))
    if lone:
        for line in folded:
            match = LONE_YEAR.search(line)
            if match:
                return int(match.group(1))
    return None


def file_year(ctx: Context, located: Located, *, lone_in_title: bool) -> int | None:
    """The year of the whole file: --year, else the title block, else the file name."""
    if ctx.options.year:
        return ctx.options.year
    found = year_in_text(title_lines(located), lone=lone_in_title)
    if found is not None:
        return found
    return year_in_text([ctx.file_name.rsplit(".", 1)[0]], lone=True)


def fmt_points(points: float) -> str:
    """Points as Vietnamese write them: "2,75", "3"."""
    shown = f"{points:.2f}".rstrip("0").rstrip(".")
    return shown.replace(".", ",")

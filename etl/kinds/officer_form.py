"""One-Stop officers' monthly self-evaluations (kind `officer_form`): Mẫu 01 of Lạng Sơn QĐ 1514/QĐ-UBND
(22/9/2023), scored out of 100, handed in before the 2nd of the following month.

Two shapes share the layout `OFFICER_FORM`: a desk's summary table for a month (one officer per row,
columns «Mã cán bộ» and/or «Họ và tên») and one officer's own form (criteria lines STT / Nội dung /
Điểm tối đa / Điểm tự đánh giá, the officer named above the table in lines "Họ và tên: …"). The month
comes from the file ("THÁNG 03/2024" above the table, else the file name), else from --month; officers
are matched to the officers registry (stg_officer) by code, else by name within their unit. Whether a
form was late, and the grade, are decided by the marts from the rule tables, not here.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise

from etl.formulas import FormulaError, FormulaEvaluator
from etl.headers import find_header
from etl.kinds.base import (
    MAX_YEAR,
    MIN_YEAR,
    Context,
    Located,
    Parsed,
    cell_of,
    column_rows,
    date_value,
    fmt_points,
    locate,
    parse_group,
    text,
    value,
)
from etl.kinds.registry import Officer, OfficerRegistry, Unit, UnitRegistry, name_key
from etl.layouts import OFFICER_FORM, TOTAL_TITLES
from etl.readers import Workbook, cell_ref
from etl.text import fold, normalize_text
from etl.values import NOT_APPLICABLE, ValueParseError, parse_date, parse_month, parse_points
from labels import msg

LAYOUT = OFFICER_FORM
TABLES = ("raw_officer_form", "raw_officer_form_item")

# Mẫu 01 is scored out of 100 (QĐ 1514/2023); a total may differ from its lines by rounding only.
MAX_SCORE = 100.0
_TOLERANCE = 0.01 + 1e-9
# The unit group of One-Stop desks in the unit registry (see GROUP_SYNONYMS).
DESK_GROUP = "mot_cua"

# Matched on folded text. Only a month the word "tháng" introduces is the month evaluated: "THÁNG
# 03/2024", "tháng 3 năm 2024", "Tháng 03-2024"; a date ("ngày 01 tháng 04 năm 2024", the signature
# or a decision's date, also when left blank: "ngày … tháng 4 năm 2024") is removed first.
_MONTH_AFTER_THANG = re.compile(r"\bthang (\d{1,2}) (?:nam )?(\d{4})\b")
_DATE_IN_WORDS = re.compile(r"\bngay (?:\d{1,2} )?thang(?: \d{1,2})?(?: nam)?(?: \d{4})?\b")
# A cell "Tháng:" or "Kỳ đánh giá tháng" whose month is in the next cell.
_MONTH_LABEL = re.compile(r"(?:^| )thang$")
# File names: "Mau01_2024-03", "thang 3 2024", "T03.2024", "03-2024"; the form's number is not a month.
_FORM_NUMBER = re.compile(r"\bmau ?(?:so ?)?\d{1,2}\b")
_FILE_MONTHS = (
    (re.compile(r"\b(?:thang|t) ?(\d{1,2}) (?:nam )?(\d{4})\b"), False),
    (re.compile(r"\b(\d{4}) (\d{1,2})\b"), True),
    (re.compile(r"\b(\d{1,2}) (\d{4})\b"), False),
)
# The signature line under a single form: "Hữu Lũng, ngày 01 tháng 04 năm 2024" or "ngày 01/04/2024".
_SIGNED = re.compile(r"\bngay (\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?((?:19|20)\d\d)\b")
# Lines of a title block that name the officer: "Họ và tên: Nguyễn Văn An", "Mã cán bộ: CB001",
# "Đơn vị/Bộ phận: …". Labels are folded word sequences followed by a colon; the other labels only end
# a value written on the same line ("Họ và tên: … Chức vụ: …").
_LABELS: dict[str, tuple[str, ...]] = {
    "officer_name": ("ho va ten", "ho ten", "ten can bo", "ho va ten can bo", "ho va ten cong chuc"),
    "officer_code": ("ma can bo", "ma cong chuc", "ma cb", "ma so can bo", "ma ccvc", "ma nhan vien", "ma so"),
    "unit": ("don vi bo phan", "don vi", "bo phan", "co quan", "noi cong tac", "don vi cong tac", "co quan don vi",
             "bo phan cong tac"),
    "other": ("chuc vu", "chuc danh", "ngach", "vi tri viec lam", "nhiem vu", "thang", "ky danh gia"),
}  # fmt: skip
_LABEL_WORDS = sorted(
    ((tuple(label.split()), name) for name, labels in _LABELS.items() for label in labels),
    key=lambda item: -len(item[0]),
)
_LABEL_NAMES = {label: name for name, labels in _LABELS.items() for label in labels}
_TOKEN = re.compile(r"[^\s:/,;()]+|[:/,;()]")
_VALUE_EDGES = " .…:_-–—,;"
# Rows under a table that are its signature block, not data: only looked for in rows without a score.
_FOOTER_MARKERS = ("nguoi lap", "thu truong", "ky ghi ro ho ten", "ky ten", "xac nhan", "lanh dao",
                   "nguoi tong hop", "truong bo phan", "nguoi tu danh gia", "ngay thang nam")  # fmt: skip
# "(1) (2) (3)…" under a header: column numbers, not data.
_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2}|[a-z])\)?$")
# Rows that sum or average a table ("Tổng cộng", "Cộng", "Trung bình"), and the words that start one.
_TOTAL_WORDS = frozenset((*TOTAL_TITLES, "tong so", "trung binh", "binh quan", "diem trung binh"))
_TOTAL_START = re.compile(r"^(?:tong cong|tong diem|tong so diem)\b")
_POINT_FIELDS = ("max_points", "self_score", "reviewed_score")
_CELL_ROW = re.compile(r"\d+$")
_ROMAN = re.compile(r"^[IVX]+\.?$")
_DOTTED = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?$")
_LETTER = re.compile(r"^\(?[a-zđ][).]?$")


@dataclass(frozen=True)
class Month:
    """The month a form evaluates, and where the file (or the option) said it."""

    year: int
    month: int
    source: str

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    @property
    def last_day(self) -> dt.date:
        following = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)

    @property
    def label(self) -> str:
        return f"{self.month:02d}/{self.year}"

    @property
    def period(self) -> str:
        return f"{self.year}-{self.month:02d}"


@dataclass
class _Entry:
    """One officer's evaluation as the file writes it, with the cell of every value."""

    index: int
    code_text: str
    name_text: str
    code_cell: str | None
    name_cell: str | None
    unit_text: str
    unit_cell: str | None
    self_score: float | None
    self_cell: str
    reviewed_score: float | None
    reviewed_cell: str
    submitted: dt.date | None
    submitted_cell: str | None
    note: str

    @property
    def officer_cell(self) -> str | None:
        return self.code_cell if self.code_text else self.name_cell


@dataclass
class _Item:
    """A criteria line of a single form."""

    index: int
    stt: str
    title: str
    max_points: float | None
    self_points: float | None
    reviewed_points: float | None
    depth: int


@dataclass
class _Scope:
    """What a file shares between its rows: the month, the registries, the unit of the title block."""

    ctx: Context
    located: Located
    month: Month
    officers: OfficerRegistry
    units: UnitRegistry
    title_unit: Unit | None
    evaluator: FormulaEvaluator | None

    def place(self, cell: str | None) -> dict[str, object]:
        """Where a finding is: the sheet, the cell and its row."""
        row = _CELL_ROW.search(cell) if cell else None
        return {
            "sheet": self.located.sheet.name,
            "cell": cell,
            "row_number": int(row.group()) if row else None,
        }


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Read a Mẫu 01 summary table or single form, match its officers and month, and stage its rows."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    shape = _shape(located)
    if shape is None:
        sink.error(
            "officer_form.shape_unknown",
            sheet=located.sheet.name,
            cell=cell_ref(located.header.row_index, 0),
            row_number=located.header.row_index + 1,
            row=located.header.row_index + 1,
        )
        return None
    _warn_other_sheets(workbook, located, ctx)
    month = _month(located, ctx)
    if month is None:
        return None
    officers = ctx.reference(("officer_form", "officers"), lambda: OfficerRegistry.load(ctx.con))
    if not officers:
        sink.error("officer_form.no_registry", sheet=located.sheet.name)
        return None
    units = ctx.reference("units", lambda: UnitRegistry(ctx.con))
    labelled = _labelled_lines(located)
    evaluator = (
        FormulaEvaluator(located.sheet.uncached_formulas, located.sheet.rows)
        if located.sheet.uncached_formulas
        else None
    )
    scope = _Scope(ctx, located, month, officers, units, None, evaluator)
    scope.title_unit = _title_unit(scope, labelled)
    if shape == "summary":
        entries, items = _summary_entries(scope), []
    else:
        single = _single_entry(scope, labelled)
        entries, items = ([single[0]], single[1]) if single else ([], [])
    if not entries and not sink.has_errors:
        sink.error("file.no_rows", sheet=located.sheet.name)
    resolved = [(entry, _resolve(entry, scope)) for entry in entries]
    _check_duplicates(resolved, scope)
    if sink.has_errors:
        return None
    return _staged(shape, resolved, items, scope)


def _shape(located: Located) -> str | None:
    """The shape: "summary" when the header names officers, "single" when it has criteria lines."""
    columns = located.header.columns
    texts = located.header.texts
    # A title line "Họ và tên: …" above a header can be read as half of a two-row header: not a column.
    if any(f in columns and ":" not in texts.get(f, "") for f in ("officer_code", "officer_name")):
        return "summary"
    if "stt" in columns or "title" in columns:
        return "single"
    return None


def _warn_other_sheets(workbook: Workbook, located: Located, ctx: Context) -> None:
    """A workbook holds one form or one summary table; other sheets that look like one are not read."""
    for sheet in workbook.sheets:
        if sheet is located.sheet:
            continue
        header = find_header(sheet, LAYOUT)
        if header is not None and not header.missing(LAYOUT):
            ctx.sink.warning("officer_form.other_sheet", sheet=sheet.name, used=located.sheet.name)


# --------------------------------------------------------------------------------------------------
# The month evaluated
# --------------------------------------------------------------------------------------------------


def _month(located: Located, ctx: Context) -> Month | None:
    """The month: "tháng …" above the table, else the file name, else --month; the option must agree."""
    sink = ctx.sink
    sheet = located.sheet.name
    option: tuple[int, int] | None = None
    if ctx.options.month:
        try:
            option = parse_month(ctx.options.month)
        except ValueParseError:
            option = None
        if option is None or not MIN_YEAR <= option[0] <= MAX_YEAR:
            sink.error("officer_form.month_option_invalid", value=ctx.options.month)
            return None
    found = _month_in_title(located, ctx)
    if found is False:
        return None
    from_name = _month_in_file_name(ctx.file_name)
    if found is None and from_name is not None:
        found = Month(*from_name, "file_name")
    elif found is not None and from_name is not None and from_name != (found.year, found.month):
        sink.warning(
            "officer_form.month_file_name_differs",
            sheet=sheet,
            cell=found.source.removeprefix("cell:"),
            month=found.label,
            file_month=f"{from_name[1]:02d}/{from_name[0]}",
        )
    if found is not None:
        if option is not None and option != (found.year, found.month):
            cell = found.source.removeprefix("cell:") if found.source.startswith("cell:") else None
            sink.error(
                "officer_form.month_option_differs",
                sheet=sheet,
                cell=cell,
                month=found.label,
                where=msg("officer_form.where_cell", cell=cell)
                if cell
                else msg("officer_form.where_file_name"),
                option=ctx.options.month,
            )
            return None
        return found
    if option is not None:
        return Month(*option, "option")
    sink.error(
        "officer_form.month_missing",
        sheet=sheet,
        row=located.header.first_row_index + 1,
        file=ctx.file_name,
    )
    return None


def _month_in_title(located: Located, ctx: Context) -> Month | bool | None:
    """The first month introduced by "tháng" above the table; False after an error (a month that does
    not exist, such as "THÁNG 13/2024")."""
    for row_index, cells in enumerate(located.sheet.rows[: located.header.first_row_index]):
        for col, raw in enumerate(cells):
            if not isinstance(raw, str) or not raw.strip():
                continue
            folded = _DATE_IN_WORDS.sub(" ", fold(raw))
            match = _MONTH_AFTER_THANG.search(folded)
            year_month: tuple[int, int] | None = None
            where = (row_index, col)
            if match:
                year_month = int(match.group(2)), int(match.group(1))
            elif _MONTH_LABEL.search(folded):
                year_month, where = _month_in_next_cell(cells, col, row_index)
            if year_month is None:
                continue
            cell = cell_ref(*where)
            year, month = year_month
            if not 1 <= month <= 12 or not MIN_YEAR <= year <= MAX_YEAR:
                ctx.sink.error(
                    "officer_form.month_invalid",
                    sheet=located.sheet.name,
                    cell=cell,
                    row_number=where[0] + 1,
                    value=normalize_text(located.sheet.rows[where[0]][where[1]]),
                )
                return False
            return Month(year, month, f"cell:{cell}")
    return None


def _month_in_next_cell(
    cells: list[object], col: int, row_index: int
) -> tuple[tuple[int, int] | None, tuple[int, int]]:
    """ "Tháng:" | "03/2024": the month written in the next non-blank cell of the row."""
    for other in range(col + 1, len(cells)):
        raw = cells[other]
        if raw is None or normalize_text(raw) == "":
            continue
        try:
            found = parse_month(raw)
        except ValueParseError:
            return None, (row_index, other)
        return (found[0], found[1]) if found else None, (row_index, other)
    return None, (row_index, col)


def _month_in_file_name(file_name: str) -> tuple[int, int] | None:
    stem = _FORM_NUMBER.sub(" ", fold(file_name.rsplit(".", 1)[0]))
    for pattern, year_first in _FILE_MONTHS:
        for match in pattern.finditer(stem):
            first, second = int(match.group(1)), int(match.group(2))
            year, month = (first, second) if year_first else (second, first)
            if 1 <= month <= 12 and MIN_YEAR <= year <= MAX_YEAR:
                return year, month
    return None


# --------------------------------------------------------------------------------------------------
# The title block: labelled lines and the unit it names
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Labelled:
    """A value written after a label above the table, and its cell."""

    text: str
    index: int
    cell: str


def _labelled_lines(located: Located) -> dict[str, _Labelled]:
    """The first value of each label above the table ("Họ và tên: Nguyễn Văn An" in A4 → officer_name).
    A label whose value is in the next cell ("Họ và tên:" | "Nguyễn Văn An") takes that cell."""
    found: dict[str, _Labelled] = {}
    for row_index, cells in enumerate(located.sheet.rows[: located.header.first_row_index]):
        for col, raw in enumerate(cells):
            if not isinstance(raw, str):
                continue
            line = normalize_text(raw)
            if ":" not in line:
                # "Họ và tên" | "Nguyễn Văn An": a label alone in its cell, without the colon.
                label = _LABEL_NAMES.get(fold(line))
                if label is None:
                    continue
                line += ":"
            for name, written in _label_values(line):
                if name == "other" or name in found:
                    continue
                where = (row_index, col)
                if not written:
                    written, where = _next_text(cells, col, row_index)
                if written:
                    found[name] = _Labelled(written, where[0], cell_ref(*where))
    return found


def _label_values(line: str) -> list[tuple[str, str]]:
    """(label, value) pairs of one cell: each label followed by a colon, its value up to the next label."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(line)]
    words = [fold(t) if t not in ":/,;()" else t for t, _, _ in tokens]
    starts: list[tuple[int, int, str]] = []  # (token where the label starts, token after its colon, field)
    position = 0
    while position < len(tokens):
        matched = _label_at(words, position)
        if matched is None:
            position += 1
            continue
        size, name = matched
        after = position + size
        if after < len(tokens) and words[after] == ":":
            starts.append((position, after + 1, name))
            position = after + 1
        else:
            position += 1
    pairs = []
    for number, (_, value_start, name) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(tokens)
        if value_start >= end:
            pairs.append((name, ""))
            continue
        written = line[tokens[value_start][1] : tokens[end - 1][2]]
        pairs.append((name, written.strip(_VALUE_EDGES)))
    return pairs


def _label_at(words: list[str], position: int) -> tuple[int, str] | None:
    """The longest label starting at a token ("Đơn vị/Bộ phận" reads as "don vi / bo phan")."""
    plain: list[str] = []
    spans: list[int] = []
    for offset, word in enumerate(words[position : position + 8]):
        if word == "/" and plain:
            continue
        if word in ":,;()" or word == "/":
            break
        plain.append(word)
        spans.append(offset + 1)
    for label, name in _LABEL_WORDS:
        if tuple(plain[: len(label)]) == label:
            return spans[len(label) - 1], name
    return None


def _next_text(cells: list[object], col: int, row_index: int) -> tuple[str, tuple[int, int]]:
    for other in range(col + 1, len(cells)):
        written = normalize_text(cells[other]).strip(_VALUE_EDGES)
        if written:
            return written, (row_index, other)
    return "", (row_index, col)


def _title_unit(scope: _Scope, labelled: dict[str, _Labelled]) -> Unit | None:
    """The unit the title block names: a "Đơn vị/Bộ phận:" line, else a registered name in the block."""
    year = scope.month.year
    if "unit" in labelled:
        found = _units_named(labelled["unit"].text, scope.units, year)
        if len(found) == 1:
            return found[0]
    rows = scope.located.sheet.rows[: scope.located.header.first_row_index]
    labels = {item.index for name, item in labelled.items() if name != "unit"}
    lines = [
        " ".join(normalize_text(c) for c in cells if c is not None and normalize_text(c))
        for index, cells in enumerate(rows)
        if index not in labels
    ]
    found = scope.units.find_in([line for line in lines if line], year)
    return found[0] if len(found) == 1 else None


def _units_named(written: str, units: UnitRegistry, year: int) -> list[Unit]:
    """The units a unit cell names: by code, name or alias ("Bộ phận Một cửa UBND huyện Hữu Lũng" is
    "Bộ phận Một cửa huyện Hữu Lũng"), else a registered name inside it."""
    found = units.lookup(written, year)
    if not found:
        without_ubnd = re.sub(r"\b(?:ubnd|uy ban nhan dan)\b", " ", fold(written))
        found = units.lookup(" ".join(without_ubnd.split()), year)
    return found or units.find_in([written], year)


def _under(unit: Unit, units: UnitRegistry) -> set[str]:
    """A unit and the units directly under it (a district and its One-Stop desk)."""
    return {unit.code} | {u.code for u in units.units.values() if u.parent_code == unit.code}


# --------------------------------------------------------------------------------------------------
# Reading rows
# --------------------------------------------------------------------------------------------------


def _summary_entries(scope: _Scope) -> list[_Entry]:
    """One entry per officer row of a summary table; the table ends at its total or signature block."""
    located, sink = scope.located, scope.ctx.sink
    entries: list[_Entry] = []
    for index in range(located.header.data_start, len(located.sheet.rows)):
        cells = located.sheet.rows[index]
        if _blank(cells) or _column_numbers(cells):
            continue
        code = text(cells, located, "officer_code")
        name = text(cells, located, "officer_name")
        if _is_total(text(cells, located, "stt")) or any(
            _is_total(label, name=True) for label in (code, name)
        ):
            break
        if _is_footer(cells, located, ("self_score", "reviewed_score")):
            break
        self_score, ok_self = _number(cells, index, "self_score", scope)
        reviewed, ok_reviewed = _number(cells, index, "reviewed_score", scope)
        has_score = self_score is not None or reviewed is not None or not (ok_self and ok_reviewed)
        if not code and not name:
            if has_score:
                officer_field = "officer_code" if "officer_code" in located.header.columns else "officer_name"
                sink.error(
                    "officer_form.officer_blank",
                    **scope.place(cell_of(located, index, officer_field)),
                    row=index + 1,
                )
            continue
        if not has_score and not code and _is_heading(name, scope):
            sink.warning(
                "officer_form.heading_row",
                **scope.place(cell_of(located, index, "officer_name")),
                text=name,
            )
            continue
        if ok_self and self_score is None:
            sink.error(
                "value.required",
                **scope.place(cell_of(located, index, "self_score")),
                column=located.header.texts["self_score"],
                row=index + 1,
            )
        submitted, _ = date_value(cells, located, index, "submitted_date", sink)
        entries.append(
            _Entry(
                index=index,
                code_text=code,
                name_text=name,
                code_cell=cell_of(located, index, "officer_code") if "officer_code" in located.header.columns else None,
                name_cell=cell_of(located, index, "officer_name") if "officer_name" in located.header.columns else None,
                unit_text=text(cells, located, "unit"),
                unit_cell=cell_of(located, index, "unit") if "unit" in located.header.columns else None,
                self_score=self_score,
                self_cell=cell_of(located, index, "self_score"),
                reviewed_score=reviewed,
                reviewed_cell=cell_of(located, index, "reviewed_score"),
                submitted=submitted,
                submitted_cell=cell_of(located, index, "submitted_date"),
                note=text(cells, located, "note"),
            )
        )  # fmt: skip
    return entries


def _single_entry(scope: _Scope, labelled: dict[str, _Labelled]) -> tuple[_Entry, list[_Item]] | None:
    """A single officer's form: its criteria lines, its total and who it is, from the title block."""
    located, sink = scope.located, scope.ctx.sink
    items: list[_Item] = []
    total: int | None = None
    footer: list[int] = []
    for index in range(located.header.data_start, len(located.sheet.rows)):
        cells = located.sheet.rows[index]
        if total is not None or footer:
            footer.append(index)
            continue
        if _blank(cells) or _column_numbers(cells):
            continue
        stt = text(cells, located, "stt")
        title = text(cells, located, "title")
        if _is_total(title) or (not title and _is_total(stt)):
            total = index
            continue
        if _is_footer(cells, located, _POINT_FIELDS):
            footer.append(index)
            continue
        numbers = {f: _number(cells, index, f, scope) for f in _POINT_FIELDS}
        has_numbers = any(n is not None or not ok for n, ok in numbers.values())
        if not stt and not has_numbers:
            continue  # a note under a criterion, not a line that is scored
        items.append(
            _Item(index, stt, title, numbers["max_points"][0], numbers["self_score"][0],
                  numbers["reviewed_score"][0], _depth(stt))
        )  # fmt: skip
    if not items and total is None:
        sink.error("file.no_rows", sheet=located.sheet.name)
        return None
    _check_items(items, scope)
    officer = _single_officer(labelled, scope)
    if officer is None:
        return None
    code, name = officer
    scores = _single_scores(items, total, scope)
    if scores is None:
        return None
    (self_score, self_cell), (reviewed, reviewed_cell), row_index = scores
    submitted, submitted_cell = _signed(footer, scope)
    unit = labelled.get("unit")
    entry = _Entry(
        index=row_index,
        code_text=code.text if code else "",
        name_text=name.text if name else "",
        code_cell=code.cell if code else None,
        name_cell=name.cell if name else None,
        unit_text=unit.text if unit else "",
        unit_cell=unit.cell if unit else None,
        self_score=self_score,
        self_cell=self_cell,
        reviewed_score=reviewed,
        reviewed_cell=reviewed_cell,
        submitted=submitted,
        submitted_cell=submitted_cell,
        note="",
    )
    return entry, items


def _single_officer(
    labelled: dict[str, _Labelled], scope: _Scope
) -> tuple[_Labelled | None, _Labelled | None] | None:
    code, name = labelled.get("officer_code"), labelled.get("officer_name")
    if code is None and name is None:
        scope.ctx.sink.error(
            "officer_form.officer_missing",
            **scope.place(None),
            row=scope.located.header.first_row_index + 1,
        )
        return None
    return code, name


def _single_scores(
    items: list[_Item], total: int | None, scope: _Scope
) -> tuple[tuple[float | None, str], tuple[float | None, str], int] | None:
    """(self score, its cell), (reviewed score, its cell) and the form's row: the total row's values,
    else the sums of the lines that are scored; a total must agree with its lines."""
    located, sink = scope.located, scope.ctx.sink
    results = []
    row_index = total if total is not None else (items[-1].index if items else located.header.row_index)
    for field_name, attribute in (("self_score", "self_points"), ("reviewed_score", "reviewed_points")):
        summed = _leaf_sum(items, attribute)
        if total is None:
            results.append((summed, cell_of(located, row_index, field_name)))
            continue
        written, ok = _number(located.sheet.rows[total], total, field_name, scope)
        cell = cell_of(located, total, field_name)
        if not ok:
            return None
        if written is not None and summed is not None and abs(written - summed) > _TOLERANCE:
            sink.error(
                "officer_form.total_mismatch",
                **scope.place(cell),
                column=located.header.texts.get(field_name, field_name),
                total=fmt_points(written),
                summed=fmt_points(summed),
            )
        results.append((written if written is not None else summed, cell))
    if results[0][0] is None and not sink.has_errors:
        sink.error(
            "officer_form.no_score",
            **scope.place(results[0][1]),
            column=located.header.texts["self_score"],
        )
    return results[0], results[1], row_index


def _leaf_sum(items: list[_Item], attribute: str) -> float | None:
    """The sum of the lines that count: a line with points none of whose sub-lines has points (a group
    line "I. …" carries its lines' sum and is not counted again)."""
    total: float | None = None
    for position, item in enumerate(items):
        points = getattr(item, attribute)
        if points is None:
            continue
        below = []
        for later in items[position + 1 :]:
            if later.depth <= item.depth:
                break
            below.append(later)
        if any(getattr(b, attribute) is not None for b in below):
            continue
        total = (total or 0.0) + points
    return total


def _depth(stt: str) -> int:
    """How deep a numbered line sits: I, II… over 1, 2… over 1.1… over a), b)… over dashes and blanks."""
    compact = stt.replace(" ", "")
    if not compact:
        return 12
    if _ROMAN.match(compact):
        return 1
    if _DOTTED.match(compact):
        return 2 + compact.rstrip(".").count(".")
    if _LETTER.match(compact.lower()):
        return 10
    return 11


def _check_items(items: list[_Item], scope: _Scope) -> None:
    """Each line's points within 0 and its maximum."""
    located = scope.located
    for item in items:
        for field_name, points in (
            ("self_score", item.self_points),
            ("reviewed_score", item.reviewed_points),
        ):
            if points is None:
                continue
            upper = item.max_points if item.max_points is not None else MAX_SCORE
            if points < 0 or points > upper + 1e-9:
                scope.ctx.sink.error(
                    "officer_form.item_out_of_range",
                    **scope.place(cell_of(located, item.index, field_name)),
                    points=fmt_points(points),
                    column=located.header.texts.get(field_name, field_name),
                    item=item.stt or item.title[:60] or str(item.index + 1),
                    max_points=fmt_points(upper),
                )


def _signed(footer: list[int], scope: _Scope) -> tuple[dt.date | None, str | None]:
    """The date of the signature line under a single form: "Hữu Lũng, ngày 01 tháng 04 năm 2024"."""
    for index in footer:
        for col, raw in enumerate(scope.located.sheet.rows[index]):
            if isinstance(raw, dt.date):
                return parse_date(raw), cell_ref(index, col)
            if not isinstance(raw, str):
                continue
            match = _SIGNED.search(fold(raw))
            if match:
                day, month, year = (int(g) for g in match.groups())
                try:
                    return dt.date(year, month, day), cell_ref(index, col)
                except ValueError:
                    scope.ctx.sink.error(
                        "value.date_not_exist",
                        **scope.place(cell_ref(index, col)),
                        value=normalize_text(raw),
                        column=msg("officer_form.signature_line"),
                    )
                    return None, None
    return None, None


def _number(cells: list[object], index: int, field_name: str, scope: _Scope) -> tuple[float | None, bool]:
    """The number in a cell (a decimal comma, a formula without its value recomputed); (None, False)
    after an error when it cannot be read. "x"/"KAD" reads as blank: a line that does not apply."""
    located = scope.located
    col = located.header.columns.get(field_name)
    if col is None:
        return None, True
    raw = value(cells, located, field_name)
    evaluator = scope.evaluator
    place = scope.place(cell_ref(index, col))
    if raw is None and evaluator is not None and (index, col) in evaluator.formulas:
        try:
            return evaluator.evaluate(index, col), True
        except FormulaError:
            scope.ctx.sink.error(
                "officer_form.formula_uncomputed",
                **place,
                formula=evaluator.formulas[(index, col)],
            )
            return None, False
    try:
        parsed = parse_points(raw)
    except ValueParseError:
        scope.ctx.sink.error(
            "value.number",
            **place,
            value=normalize_text(raw),
            column=located.header.texts.get(field_name, field_name),
        )
        return None, False
    if parsed is NOT_APPLICABLE:
        return None, True
    return parsed, True


def _is_total(label: str, *, name: bool = False) -> bool:
    """Whether a label says its row is a total. In a name column a surname such as "Tống" folds to "tong":
    a total there is the word alone, or with a count ("Tổng cộng: 5 cán bộ")."""
    folded = fold(label)
    if not folded:
        return False
    if folded in _TOTAL_WORDS:
        return True
    return bool(_TOTAL_START.match(folded)) and (not name or any(char.isdigit() for char in folded))


def _blank(cells: list[object]) -> bool:
    return not any(c is not None and normalize_text(c) != "" for c in cells)


def _column_numbers(cells: list[object]) -> bool:
    """A row numbering the columns: "(1) (2) (3)…", "1 2 3…" or "A B C…", consecutive."""
    matches = [_COLUMN_NUMBER.match(fold(c)) for c in cells if c is not None and normalize_text(c) != ""]
    if len(matches) < 3 or not all(matches):
        return False
    marks = [m.group(1) for m in matches if m]
    ranks = [int(mark) if mark.isdigit() else ord(mark) for mark in marks]
    return all(later == earlier + 1 for earlier, later in pairwise(ranks))


def _is_footer(cells: list[object], located: Located, number_fields: tuple[str, ...]) -> bool:
    """A signature block's line ("NGƯỜI LẬP BIỂU", "Hữu Lũng, ngày … tháng … năm …"): a marker, and no
    number in the point columns (the line may run across them)."""
    for field_name in number_fields:
        try:
            points = parse_points(value(cells, located, field_name))
        except ValueParseError:
            continue
        if isinstance(points, float):
            return False
    for raw in cells:
        if isinstance(raw, str):
            folded = fold(raw)
            if any(marker in folded for marker in _FOOTER_MARKERS) or _SIGNED.search(folded):
                return True
    return False


def _is_heading(name: str, scope: _Scope) -> bool:
    """A row naming a unit or a group ("Bộ phận Một cửa huyện Hữu Lũng") over the officers under it."""
    return parse_group(name) is not None or bool(scope.units.lookup(name, scope.month.year))


# --------------------------------------------------------------------------------------------------
# Matching officers and units, checking scores
# --------------------------------------------------------------------------------------------------


@dataclass
class _Resolved:
    officer: Officer
    unit_code: str | None


def _resolve(entry: _Entry, scope: _Scope) -> _Resolved | None:
    """The entry's officer and unit, its scores and date checked; None after an error finding."""
    written_unit = _written_unit(entry, scope)
    officer = _officer(entry, scope, written_unit)
    _check_scores(entry, scope)
    _check_submitted(entry, scope)
    if officer is None:
        return None
    return _Resolved(officer, _unit_code(entry, officer, written_unit, scope))


def _written_unit(entry: _Entry, scope: _Scope) -> Unit | None:
    """The unit of the row's «Đơn vị» cell (or a single form's "Đơn vị:" line); a warning when the
    registry does not know it, and the officer's assignment is used instead."""
    if not entry.unit_text:
        return None
    found = _units_named(entry.unit_text, scope.units, scope.month.year)
    if len(found) == 1:
        return found[0]
    scope.ctx.sink.warning(
        "officer_form.unit_unknown",
        **scope.place(entry.unit_cell),
        written=entry.unit_text,
        matches=msg("officer_form.unit_matches", units=", ".join(f"«{u.name}» ({u.code})" for u in found))
        if found
        else "",
    )
    return None


def _officer(entry: _Entry, scope: _Scope, written_unit: Unit | None) -> Officer | None:
    """By code, the written name agreeing; else by name, within the unit when several share it."""
    sink, officers = scope.ctx.sink, scope.officers
    if entry.code_text:
        officer = officers.by_code(entry.code_text)
        place = scope.place(entry.code_cell)
        if officer is None:
            near = officers.by_name(entry.name_text) if entry.name_text else []
            near = near or officers.closest(entry.code_text)
            sink.error(
                "officer_form.unknown_code",
                **place,
                code=entry.code_text,
                closest=_described(near),
            )
            return None
        if entry.name_text and not officers.has_name(officer, entry.name_text):
            sink.error(
                "officer_form.name_mismatch",
                **scope.place(entry.name_cell),
                code=officer.code,
                registered=officer.name,
                written=entry.name_text,
            )
            return None
        return officer
    place = scope.place(entry.name_cell)
    found = officers.by_name(entry.name_text)
    if not found:
        sink.error(
            "officer_form.unknown_officer",
            **place,
            written=entry.name_text,
            closest=_described(officers.closest(entry.name_text)),
        )
        return None
    if len(found) == 1:
        return found[0]
    unit = written_unit or scope.title_unit
    if unit is not None:
        scope_codes = _under(unit, scope.units)
        within = [o for o in found if any(a.unit_code in scope_codes for a in o.assignments)]
        during = [o for o in within if any(a.unit_code in scope_codes for a in o.in_force(scope.month))]
        for candidates in (during, within):
            if len(candidates) == 1:
                return candidates[0]
    sink.error(
        "officer_form.ambiguous_officer",
        **place,
        written=entry.name_text,
        officers=_described(found),
        unit=msg("officer_form.in_unit", unit=unit.name) if unit is not None else "",
    )
    return None


def _described(officers: list[Officer]) -> str:
    return ", ".join(o.described() for o in officers) or msg("officer_form.no_close_names")


def _unit_code(entry: _Entry, officer: Officer, written_unit: Unit | None, scope: _Scope) -> str | None:
    """The row's unit, narrowed to the officer's desk under it; else the officer's desk during the
    month; else the title block's unit. Warns when the officer held no One-Stop desk that month."""
    units = scope.units
    in_force = officer.in_force(scope.month)
    place = scope.place(entry.officer_cell)
    desks = [a.unit_code for a in in_force if (u := units.units.get(a.unit_code)) and u.group == DESK_GROUP]
    if not desks:
        scope.ctx.sink.warning(
            "officer_form.not_at_desk", **place, name=officer.name, code=officer.code, month=scope.month.label
        )
    if written_unit is not None:
        under = _under(written_unit, units)
        held = [a.unit_code for a in in_force if a.unit_code in under]
        # The 2025 mergers re-used desk names: the desk of that name the officer held is the one meant.
        held += [
            a.unit_code
            for a in in_force
            if (desk := units.units.get(a.unit_code)) is not None
            and name_key(desk.name) == name_key(written_unit.name)
        ]
        if held:
            return held[0]
        if in_force:
            scope.ctx.sink.warning(
                "officer_form.other_unit",
                **place,
                name=officer.name,
                code=officer.code,
                unit=written_unit.name,
                desk=", ".join(dict.fromkeys(a.unit_code for a in in_force)),
                month=scope.month.label,
            )
        return written_unit.code
    if in_force:
        return (desks or [in_force[0].unit_code])[0]
    return scope.title_unit.code if scope.title_unit is not None else None


def _check_scores(entry: _Entry, scope: _Scope) -> None:
    """Scores within 0 and 100."""
    located = scope.located
    for field_name, score, cell in (
        ("self_score", entry.self_score, entry.self_cell),
        ("reviewed_score", entry.reviewed_score, entry.reviewed_cell),
    ):
        if score is not None and not 0 <= score <= MAX_SCORE:
            scope.ctx.sink.error(
                "officer_form.score_out_of_range",
                **scope.place(cell),
                score=fmt_points(score),
                column=located.header.texts.get(field_name, field_name),
            )


def _check_submitted(entry: _Entry, scope: _Scope) -> None:
    """A form is handed in after the month it evaluates has started (lateness is for the marts)."""
    if entry.submitted is not None and entry.submitted < scope.month.first_day:
        scope.ctx.sink.error(
            "officer_form.submitted_before_month",
            **scope.place(entry.submitted_cell),
            date=entry.submitted.strftime("%d/%m/%Y"),
            month=scope.month.label,
        )


def _check_duplicates(resolved: list[tuple[_Entry, _Resolved | None]], scope: _Scope) -> None:
    first: dict[str, _Entry] = {}
    for entry, found in resolved:
        if found is None:
            continue
        earlier = first.get(found.officer.code)
        if earlier is None:
            first[found.officer.code] = entry
            continue
        scope.ctx.sink.error(
            "officer_form.duplicate_officer",
            **scope.place(entry.officer_cell),
            name=found.officer.name,
            code=found.officer.code,
            first_row=earlier.index + 1,
            row=entry.index + 1,
        )


# --------------------------------------------------------------------------------------------------
# Staging
# --------------------------------------------------------------------------------------------------


def _staged(
    shape: str, resolved: list[tuple[_Entry, _Resolved | None]], items: list[_Item], scope: _Scope
) -> Parsed:
    ctx, located, month = scope.ctx, scope.located, scope.month
    sheet = located.sheet.name
    forms = [
        {
            "file_sha256": ctx.file_sha256,
            "sheet_name": sheet,
            "row_number": entry.index + 1,
            "form_layout": shape,
            "period_month": month.first_day,
            "month_source": month.source,
            "officer_code": found.officer.code,
            "officer_name_text": entry.name_text or None,
            "unit_code": found.unit_code,
            "self_score": round(entry.self_score, 2) if entry.self_score is not None else None,
            "reviewed_score": round(entry.reviewed_score, 2) if entry.reviewed_score is not None else None,
            "submitted_date": entry.submitted,
            "note_text": entry.note or None,
        }
        for entry, found in resolved
        if found is not None
    ]
    officer_code = forms[0]["officer_code"] if shape == "single" else None
    item_rows = [
        {
            "file_sha256": ctx.file_sha256,
            "sheet_name": sheet,
            "row_number": item.index + 1,
            "officer_code": officer_code,
            "item_code": item.stt or None,
            "title_text": item.title or None,
            "max_points": _rounded(item.max_points),
            "self_points": _rounded(item.self_points),
            "reviewed_points": _rounded(item.reviewed_points),
        }
        for item in items
    ]
    unit_codes = {form["unit_code"] for form in forms}
    return Parsed(
        tables={"raw_officer_form": forms, "raw_officer_form_item": item_rows},
        columns=column_rows(ctx.file_sha256, located),
        rows_loaded=len(item_rows) or len(forms),
        unit_codes=frozenset(unit_codes),
        unit_code=next(iter(unit_codes)) if len(unit_codes) == 1 else None,
        year=month.year,
        period=month.period,
    )


def _rounded(points: float | None) -> float | None:
    return round(points, 2) if points is not None else None

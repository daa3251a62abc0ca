"""Criteria frameworks (kind `framework`): a regulation's appendix table, versioned by the years it covers.

The hierarchy is read from the numbering: a Roman numeral is a field (lĩnh vực), `a.b` is a criterion
under field a, `a.b.c` a sub-criterion under `a.b`, and a letter item (`a)`, `b.`) sits under the row
numbered before it. Children's maxima must add up to their parent's, to the hundredth of a point.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from etl.kinds.base import (
    Context,
    Located,
    Parsed,
    allowed_groups,
    cell_of,
    column_rows,
    data_rows,
    locate,
    parse_group,
    text,
    value,
)
from etl.layouts import FRAMEWORK, FRAMEWORK_INFO_FIELDS, FRAMEWORK_INFO_SHEET, SURVEY_METHODS, TOTAL_TITLES
from etl.readers import Workbook
from etl.text import fold, normalize_text
from etl.values import NOT_APPLICABLE, ValueParseError, parse_points

LAYOUT = FRAMEWORK
TABLES = ("raw_framework", "raw_criterion")

_ROMAN = re.compile(r"^(?=[IVXL])(L?X{0,3})(IX|IV|V?I{0,3})\.?$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_DOTTED = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?$")
# A letter item ("a)", "(b)", "c."): it sits under the row numbered before it.
LETTER_ITEM = re.compile(r"^\(?([a-zđ])[).]?$")
_HUNDREDTH = Decimal("0.01")


@dataclass
class _Criterion:
    code: str
    parent: str | None
    field: str
    depth: int
    row_index: int
    stt_text: str
    title: str
    max_points: Decimal | None
    method_text: str
    is_survey: bool
    office: str


def roman_to_int(numeral: str) -> int:
    total = 0
    previous = 0
    for letter in reversed(numeral):
        amount = _ROMAN_VALUES[letter]
        total = total - amount if amount < previous else total + amount
        previous = max(previous, amount)
    return total


def canonical_code(stt: object) -> str | None:
    """A criterion number as the warehouse writes it: "VIII" → "8", "2.1." → "2.1", "3.1.2" as is.
    Letter items ("a)") depend on the row above and are not resolved here."""
    return _canonical_code(stt) if type(stt) is str else _canonical_code(normalize_text(stt))


# Every sheet of a framework repeats the same numbers: the answers are worth keeping.
@lru_cache(maxsize=16384)
def _canonical_code(stt: str) -> str | None:
    compact = normalize_text(stt).replace(" ", "")
    bare = compact.rstrip(".")
    if bare.isalpha() and bare.isupper() and _ROMAN.match(bare):
        return str(roman_to_int(bare))
    dotted = _DOTTED.match(compact)
    return ".".join(dotted.group(1).split(".")) if dotted else None


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Read a framework table, check its numbering and sums, and register it for a group and years."""
    sink = ctx.sink
    meta = _metadata(workbook, ctx)
    located = locate(workbook, LAYOUT, sink)
    if located is None or meta is None:
        return None
    criteria = _read_rows(located, ctx)
    if criteria is None:
        return None
    _check_sums(criteria, located, ctx)
    if sink.has_errors:
        return None
    framework_id = meta["framework_id"]
    supersedes = _check_overlap(meta, ctx)
    if sink.has_errors:
        return None
    sheet = located.sheet.name
    criterion_rows = [
        {
            "file_sha256": ctx.file_sha256,
            "sheet_name": sheet,
            "row_number": item.row_index + 1,
            "framework_id": framework_id,
            "criterion_code": item.code,
            "parent_code": item.parent,
            "field_code": item.field,
            "depth": item.depth,
            "sort_order": order,
            "stt_text": item.stt_text,
            "title": item.title,
            "max_points": item.max_points,
            "is_survey": item.is_survey,
            "method_text": item.method_text or None,
            "responsible_office": item.office or None,
        }
        for order, item in enumerate(criteria, start=1)
    ]
    framework_row = {
        "file_sha256": ctx.file_sha256,
        "framework_id": framework_id,
        "unit_group": meta["unit_group"],
        "from_year": meta["from_year"],
        "to_year": meta["to_year"],
        "legal_basis": meta["legal_basis"],
        "sheet_name": sheet,
    }
    to_year = meta["to_year"]
    return Parsed(
        tables={"raw_framework": [framework_row], "raw_criterion": criterion_rows},
        columns=column_rows(ctx.file_sha256, located),
        rows_loaded=len(criterion_rows),
        framework_id=framework_id,
        period=f"{meta['from_year']}-{to_year}" if to_year else f"{meta['from_year']}-",
        supersedes=supersedes,
    )


def _metadata(workbook: Workbook, ctx: Context) -> dict[str, object] | None:
    """Framework id, group and years: from the command line, else from an info sheet in the workbook."""
    options = ctx.options
    found: dict[str, object] = {
        "framework_id": options.framework_id,
        "unit_group": options.unit_group,
        "from_year": options.from_year,
        "to_year": options.to_year,
        "legal_basis": options.legal_basis,
    }
    info_sheet = next((s for s in workbook.sheets if fold(s.name) in FRAMEWORK_INFO_SHEET), None)
    if info_sheet is not None:
        for cells in info_sheet.rows:
            if len(cells) < 2:
                continue
            label = fold(cells[0])
            for key, synonyms in FRAMEWORK_INFO_FIELDS.items():
                if label in synonyms and found.get(key) in (None, ""):
                    raw = cells[1]
                    if isinstance(raw, float) and raw.is_integer():
                        raw = int(raw)
                    found[key] = normalize_text(raw) or None
    sink = ctx.sink
    if not found["framework_id"] or not found["unit_group"] or not found["from_year"]:
        sink.error("framework.metadata_missing")
        return None
    group = parse_group(found["unit_group"])
    if group is None:
        sink.error(
            "unit.unknown_group",
            sheet=info_sheet.name if info_sheet else None,
            value=found["unit_group"],
            allowed=allowed_groups(),
        )
        return None
    years: dict[str, int | None] = {}
    for key in ("from_year", "to_year"):
        raw = found[key]
        if raw in (None, ""):
            years[key] = None
            continue
        try:
            year = int(str(raw).strip())
        except ValueError:
            year = 0
        if not 1990 <= year <= 2100:
            sink.error("value.year", sheet=info_sheet.name if info_sheet else None, value=raw)
            return None
        years[key] = year
    if years["to_year"] is not None and years["to_year"] < years["from_year"]:
        sink.error("framework.years", from_year=years["from_year"], to_year=years["to_year"])
        return None
    return {
        "framework_id": normalize_text(found["framework_id"]),
        "unit_group": group,
        "from_year": years["from_year"],
        "to_year": years["to_year"],
        "legal_basis": normalize_text(found["legal_basis"]) or None,
    }


def _read_rows(located: Located, ctx: Context) -> list[_Criterion] | None:
    sink = ctx.sink
    sheet = located.sheet.name
    criteria: list[_Criterion] = []
    by_code: dict[str, _Criterion] = {}
    current_field: str | None = None
    roman_fields = False
    last_numbered: _Criterion | None = None
    total: tuple[Decimal, int] | None = None
    for index, cells in data_rows(located):
        row_number = index + 1
        stt = text(cells, located, "stt")
        title = text(cells, located, "title")
        points = _points(cells, located, index, ctx)
        if points is False:
            continue
        if not stt:
            if is_total_title(title):
                if points is not None:
                    total = (points, index)
                continue
            if points is not None:
                sink.error(
                    "framework.missing_number",
                    sheet=sheet,
                    cell=cell_of(located, index, "stt"),
                    row_number=row_number,
                    points=_fmt(points),
                )
            else:
                sink.warning(
                    "framework.note_row",
                    sheet=sheet,
                    cell=cell_of(located, index, "title"),
                    row_number=row_number,
                    title=title[:80],
                )
            continue
        code, parent = _code(stt, roman_fields, last_numbered)
        if code is None:
            sink.error(
                "framework.bad_number",
                sheet=sheet,
                cell=cell_of(located, index, "stt"),
                row_number=row_number,
                value=stt,
            )
            continue
        if parent is None:
            current_field = code
            roman_fields = roman_fields or not stt.rstrip(".").isdigit()
        elif parent not in by_code:
            sink.error(
                "framework.orphan",
                sheet=sheet,
                cell=cell_of(located, index, "stt"),
                row_number=row_number,
                code=code,
                parent=parent,
            )
            continue
        field = code.split(".", 1)[0]
        if parent is not None and current_field is not None and field != current_field:
            sink.error(
                "framework.wrong_field",
                sheet=sheet,
                cell=cell_of(located, index, "stt"),
                row_number=row_number,
                code=code,
                field=current_field,
                prefix=field,
            )
            continue
        if code in by_code:
            sink.error(
                "framework.duplicate_code",
                sheet=sheet,
                cell=cell_of(located, index, "stt"),
                row_number=row_number,
                code=code,
                first_row=by_code[code].row_index + 1,
            )
            continue
        if points is None:
            sink.error(
                "framework.missing_max",
                sheet=sheet,
                cell=cell_of(located, index, "max_points"),
                row_number=row_number,
                code=code,
            )
            continue
        if points <= 0:
            sink.error(
                "framework.negative_max",
                sheet=sheet,
                cell=cell_of(located, index, "max_points"),
                row_number=row_number,
                code=code,
                points=_fmt(points),
            )
            continue
        parent_item = by_code.get(parent) if parent else None
        method = text(cells, located, "method")
        is_survey = bool(parent_item and parent_item.is_survey) or _is_survey(method)
        office = text(cells, located, "responsible_office") or (parent_item.office if parent_item else "")
        item = _Criterion(
            code=code,
            parent=parent,
            field=field,
            depth=code.count(".") + 1,
            row_index=index,
            stt_text=stt,
            title=title,
            max_points=points,
            method_text=method,
            is_survey=is_survey,
            office=office,
        )
        criteria.append(item)
        by_code[code] = item
        if not LETTER_ITEM.match(stt.lower()):
            last_numbered = item
    if sink.has_errors:
        return None
    if not any(item.parent is None for item in criteria):
        sink.error("framework.no_fields", sheet=sheet)
        return None
    if total is not None:
        field_sum = sum((item.max_points for item in criteria if item.parent is None), Decimal(0))
        if abs(field_sum - total[0]) > _HUNDREDTH / 2:
            sink.error(
                "framework.total_mismatch",
                sheet=sheet,
                cell=cell_of(located, total[1], "max_points"),
                row_number=total[1] + 1,
                total_points=_fmt(total[0]),
                field_points=_fmt(field_sum),
            )
            return None
    return criteria


def _points(cells: list[object], located: Located, index: int, ctx: Context) -> Decimal | bool | None:
    """The maximum in a row as a Decimal, None when blank, False (after a finding) when unreadable."""
    raw = value(cells, located, "max_points")
    try:
        parsed = parse_points(raw)
    except ValueParseError:
        ctx.sink.error(
            "value.number",
            sheet=located.sheet.name,
            cell=cell_of(located, index, "max_points"),
            row_number=index + 1,
            value=normalize_text(raw),
            column=located.header.texts["max_points"],
        )
        return False
    if parsed is None or parsed is NOT_APPLICABLE:
        return None
    return Decimal(str(parsed)).quantize(_HUNDREDTH)


def _code(stt: str, roman_fields: bool, last_numbered: _Criterion | None) -> tuple[str | None, str | None]:
    """(canonical code, parent code) of a row's number; (None, None) when it cannot be read.

    A plain number is a field only in tables that do not number their fields with Roman numerals."""
    compact = stt.replace(" ", "")
    bare = compact.rstrip(".")
    if bare.isalpha() and bare.isupper() and _ROMAN.match(bare):
        return str(roman_to_int(bare)), None
    dotted = _DOTTED.match(compact)
    if dotted:
        parts = dotted.group(1).split(".")
        if len(parts) == 1:
            return (parts[0], None) if not roman_fields else (None, None)
        return ".".join(parts), ".".join(parts[:-1])
    letter = LETTER_ITEM.match(compact.lower())
    if letter and last_numbered is not None:
        return f"{last_numbered.code}.{letter.group(1)}", last_numbered.code
    return None, None


def is_total_title(title: str) -> bool:
    """Whether a row's title says it is a total («Tổng cộng», «Tổng điểm»), not a criterion."""
    folded = fold(title)
    return any(folded == word or folded.startswith(word + " ") for word in TOTAL_TITLES)


def _is_survey(method: str) -> bool:
    folded = fold(method)
    return bool(folded) and any(marker in folded for marker in SURVEY_METHODS)


def _check_sums(criteria: list[_Criterion], located: Located, ctx: Context) -> None:
    children: dict[str, list[_Criterion]] = {}
    for item in criteria:
        if item.parent:
            children.setdefault(item.parent, []).append(item)
    for item in criteria:
        kids = children.get(item.code)
        if not kids:
            continue
        child_sum = sum((kid.max_points for kid in kids), Decimal(0))
        if abs(child_sum - item.max_points) > _HUNDREDTH / 2:
            ctx.sink.error(
                "framework.sum_mismatch",
                sheet=located.sheet.name,
                cell=cell_of(located, item.row_index, "max_points"),
                row_number=item.row_index + 1,
                code=item.code,
                parent_points=_fmt(item.max_points),
                child_points=_fmt(child_sum),
                children=", ".join(kid.code for kid in kids),
            )


def _check_overlap(meta: dict[str, object], ctx: Context) -> str | None:
    """Refuse a framework whose years overlap another framework of the group; return the file it
    replaces when the same framework id is registered again."""
    rows = ctx.con.execute(
        "select framework_id, from_year, to_year, file_sha256 from stg_framework where unit_group = ?",
        [meta["unit_group"]],
    ).fetchall()
    supersedes = None
    start, end = meta["from_year"], meta["to_year"] or 9999
    for other_id, other_start, other_end, sha in rows:
        if other_id == meta["framework_id"]:
            supersedes = sha
            continue
        if start <= (other_end or 9999) and other_start <= end:
            ctx.sink.error(
                "framework.overlap",
                group=meta["unit_group"],
                other=other_id,
                other_years=_years(other_start, other_end),
                years=_years(start, meta["to_year"]),
                framework=meta["framework_id"],
            )
    return supersedes


def _years(start: int, end: int | None) -> str:
    return f"{start}–{end}" if end else f"từ {start}"


def _fmt(points: Decimal) -> str:
    """Points as Vietnamese write them: decimal comma, no trailing zeros (14,5; 0,25; 100)."""
    normalized = points.quantize(_HUNDREDTH).normalize()
    as_text = format(normalized, "f")
    return as_text.replace(".", ",")

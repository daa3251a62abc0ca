"""Published results tables (kind `published_index`): the province's own results of earlier years (the
entities are registered units) or national indices such as PAR INDEX, SIPAS, PCI, PAPI and DDCI (the
entities are provinces).

Which index and which year come from --index/--year, else the title block above the header, else the
file name. Average and total rows ("Trung bình cả nước") and group headings are reported and kept out.
A table whose entities are mostly registered units is the province's own: every entity must then be a
unit, and ranks are computed within each unit group, as the province ranks them. Ranks are recomputed
from the scores; a published rank that disagrees is loaded as published and reported, so a typing slip
in a rank never changes an order shown on a page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from etl.kinds.base import (
    MAX_YEAR,
    MIN_YEAR,
    Context,
    Located,
    Parsed,
    cell_of,
    column_rows,
    data_rows,
    file_year,
    fmt_points,
    locate,
    parse_group,
    text,
    title_lines,
    value,
)
from etl.kinds.registry import Unit, UnitRegistry
from etl.layouts import PUBLISHED_INDEX, PUBLISHED_INDEX_NAMES
from etl.readers import Workbook, cell_ref
from etl.text import fold, normalize_text
from etl.values import NOT_APPLICABLE, ValueParseError, parse_percent, parse_points
from labels import msg

LAYOUT = PUBLISHED_INDEX
TABLES = ("raw_published_index",)

# Rows that summarise the table rather than rank an entity ("Trung bình cả nước", "Bình quân", "Tổng cộng").
SUMMARY_WORDS = ("trung binh", "binh quan", "tong cong", "ca nuoc")
# raw_published_index.score is decimal(12, 4): ranks are computed on the value as stored.
_STORED = Decimal("0.0001")
# Every way of writing an index name, longest first so "năng lực cạnh tranh cấp sở" (DDCI) is not
# read as "năng lực cạnh tranh" (PCI).
_NAME_PATTERNS = sorted(
    (
        (re.compile(r"\b" + re.escape(synonym) + r"\b"), code, len(synonym))
        for code, synonyms in PUBLISHED_INDEX_NAMES.items()
        for synonym in (fold(code), *synonyms)
    ),
    key=lambda item: -item[2],
)


@dataclass
class _Row:
    index: int
    entity: str
    score: Decimal
    score_text: str
    rank: int | None
    unit: Unit | None = None


def index_name_of(written: str) -> str:
    """The warehouse's code of an index name as a user typed it: a known synonym gives its code
    ("sipas" → "SIPAS", "Chỉ số CCHC" → "PAR INDEX"); anything else is kept, upper-cased."""
    folded = fold(written)
    for code, synonyms in PUBLISHED_INDEX_NAMES.items():
        if folded == fold(code) or folded in synonyms:
            return code
    return normalize_text(written).upper()


def index_in_text(lines: list[str]) -> str | None:
    """The one index a title names, or None when it names none or several."""
    found: set[str] = set()
    for line in lines:
        folded = fold(line)
        for pattern, code, _ in _NAME_PATTERNS:
            match = pattern.search(folded)
            if match:
                found.add(code)
                # A longer name covers its shorter relatives within it.
                folded = folded[: match.start()] + " " * (match.end() - match.start()) + folded[match.end() :]
    return found.pop() if len(found) == 1 else None


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Read a published results table, check it, recompute its ranks and stage its rows."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    sheet = located.sheet.name
    header_place = {
        "sheet": sheet,
        "cell": cell_ref(located.header.row_index, 0),
        "row_number": located.header.row_index + 1,
    }
    index_name = _index_name(ctx, located)
    year = file_year(ctx, located, lone_in_title=True)
    if index_name is None:
        sink.error("published.index_missing", **header_place)
    if year is None:
        sink.error("published.year_missing", **header_place)
    elif not MIN_YEAR <= year <= MAX_YEAR:
        sink.error("value.year", value=year, **header_place)
    if sink.has_errors:
        return None
    read: list[_Row] = []
    skipped = 0
    first_row_of: dict[str, int] = {}
    for index, cells in data_rows(located):
        entity = text(cells, located, "entity_name")
        place = {"sheet": sheet, "row_number": index + 1, "cell": cell_of(located, index, "entity_name")}
        if entity and _is_summary(entity):
            sink.warning("published.summary_row", entity=entity, **place)
            skipped += 1
            continue
        if entity and _is_heading(cells, located, entity):
            sink.warning("published.heading_row", entity=entity, **place)
            skipped += 1
            continue
        row = _read_row(cells, index, located, ctx, entity)
        if row is None:
            continue
        key = fold(entity)
        if key in first_row_of:
            first = first_row_of[key]
            sink.error(
                "published.duplicate_entity",
                entity=entity,
                first_row=first + 1,
                first_cell=cell_of(located, first, "entity_name"),
                **place,
            )
            continue
        first_row_of[key] = index
        read.append(row)
    if not read and not sink.has_errors:
        sink.error("file.no_rows", sheet=sheet)
    if sink.has_errors:
        return None
    _resolve_units(read, located, ctx, year)
    if sink.has_errors:
        return None
    _check_ranks(read, located, ctx)
    entity_col = located.header.columns["entity_name"]
    rows = [
        {
            "file_sha256": ctx.file_sha256,
            "sheet_name": sheet,
            "row_number": row.index + 1,
            "index_name": index_name,
            "year": year,
            "entity_name": row.entity,
            "entity_source": ctx.typed_text(located.sheet, row.index, entity_col),
            "unit_code": row.unit.code if row.unit else None,
            "score": row.score,
            "score_text": row.score_text,
            "published_rank": row.rank,
        }
        for row in read
    ]
    is_units_table = any(row.unit for row in read)
    return Parsed(
        tables={"raw_published_index": rows},
        columns=column_rows(ctx.file_sha256, located),
        rows_loaded=len(rows),
        rows_rejected=skipped,
        year=year,
        period=index_name,
        supersedes=_superseded(ctx, index_name, year, is_units_table),
    )


def _index_name(ctx: Context, located: Located) -> str | None:
    """--index, else the index the title block names, else the one the file name names."""
    if ctx.options.index_name and ctx.options.index_name.strip():
        return index_name_of(ctx.options.index_name)
    return index_in_text(title_lines(located)) or index_in_text([ctx.file_name.rsplit(".", 1)[0]])


def _is_summary(entity: str) -> bool:
    padded = f" {fold(entity)} "
    return any(f" {word} " in padded for word in SUMMARY_WORDS)


def _is_heading(cells: list[object], located: Located, entity: str) -> bool:
    """A group heading of a province's table ("Sở, ban, ngành", "UBND cấp huyện"): a group's name with
    neither score nor rank."""
    blank = not text(cells, located, "score") and not text(cells, located, "rank")
    return blank and parse_group(entity) is not None


def _resolve_units(rows: list[_Row], located: Located, ctx: Context, year: int) -> None:
    """Give each row its registered unit when the table ranks the province's own units.

    A table is the province's own when most of its entities are registered units; then every entity
    must be one (a unit left unrecognised could not be ranked within its group). National tables rank
    provinces, which are not units: a province that happens to share a unit's name ("Lạng Sơn", the
    city) is not that unit, so their rows carry no unit code."""
    registry = UnitRegistry(ctx.con)
    found = {row.index: registry.lookup(row.entity, year) for row in rows}
    resolved = sum(1 for units in found.values() if units)
    if not resolved or resolved * 2 < len(rows):
        return
    first_row_of: dict[str, _Row] = {}
    for row in rows:
        units = found[row.index]
        place = {
            "sheet": located.sheet.name,
            "cell": cell_of(located, row.index, "entity_name"),
            "row_number": row.index + 1,
        }
        if not units:
            near = registry.closest_names(row.entity, year)
            ctx.sink.error(
                "published.unknown_unit",
                entity=row.entity,
                year=year,
                closest=", ".join(f"«{name}»" for name in near) or msg("survey.no_close_names"),
                **place,
            )
            continue
        if len(units) > 1:
            ctx.sink.error(
                "survey.ambiguous_unit",
                written=row.entity,
                units=", ".join(f"«{u.name}» ({u.code})" for u in units),
                **place,
            )
            continue
        unit = units[0]
        if not unit.valid_in(year):
            ctx.sink.error(
                "published.unit_not_in_force",
                entity=row.entity,
                name=unit.name,
                code=unit.code,
                year=year,
                **place,
            )
            continue
        earlier = first_row_of.get(unit.code)
        if earlier is not None:
            ctx.sink.error(
                "published.duplicate_unit",
                entity=row.entity,
                name=unit.name,
                code=unit.code,
                first_row=earlier.index + 1,
                first_cell=cell_of(located, earlier.index, "entity_name"),
                **place,
            )
            continue
        first_row_of[unit.code] = row
        row.unit = unit


def _read_row(cells: list[object], index: int, located: Located, ctx: Context, entity: str) -> _Row | None:
    """One entity's score and rank; None after an error finding when either cannot be read."""
    sink = ctx.sink
    place = {"sheet": located.sheet.name, "row_number": index + 1}
    raw_score = value(cells, located, "score")
    score_text = normalize_text(raw_score)
    if not entity:
        sink.error(
            "published.entity_blank",
            cell=cell_of(located, index, "entity_name"),
            row=index + 1,
            score=score_text,
            **place,
        )
        return None
    score = _number(raw_score, parse_percent if "%" in score_text else parse_points)
    score_cell = cell_of(located, index, "score")
    if score is None:
        sink.error("published.score_blank", cell=score_cell, entity=entity, **place)
        return None
    if score is NOT_APPLICABLE:
        sink.error(
            "value.number",
            cell=score_cell,
            value=score_text,
            column=located.header.texts["score"],
            **place,
        )
        return None
    if score < 0:
        sink.error(
            "published.score_negative", cell=score_cell, entity=entity, score=fmt_points(score), **place
        )
        return None
    rank: int | None = None
    raw_rank = value(cells, located, "rank")
    rank_text = normalize_text(raw_rank)
    if rank_text:
        number = _number(raw_rank, parse_points)
        if not isinstance(number, float) or not number.is_integer() or number < 1:
            sink.error(
                "published.rank_invalid", cell=cell_of(located, index, "rank"), value=rank_text, **place
            )
            return None
        rank = int(number)
    stored = Decimal(str(score)).quantize(_STORED)
    return _Row(index, entity, stored, score_text, rank)


def _number(raw: object, parser: Callable[[object], object]) -> object:
    """The parser's value, or NOT_APPLICABLE standing for "not a number" when it cannot be read."""
    try:
        return parser(raw)
    except ValueParseError:
        return NOT_APPLICABLE


def _check_ranks(rows: list[_Row], located: Located, ctx: Context) -> None:
    """Rank by descending score, ties sharing a rank (1, 2, 2, 4), units within their group only (as the
    province ranks them); warn where the published rank differs."""
    groups: dict[str | None, list[_Row]] = {}
    for row in rows:
        groups.setdefault(row.unit.group if row.unit else None, []).append(row)
    computed: dict[int, int] = {}
    for members in groups.values():
        for row, rank in zip(members, competition_ranks([m.score for m in members]), strict=True):
            computed[row.index] = rank
    for row in rows:
        rank = computed[row.index]
        if row.rank is not None and row.rank != rank:
            ctx.sink.warning(
                "published.rank_differs",
                sheet=located.sheet.name,
                cell=cell_of(located, row.index, "rank"),
                row_number=row.index + 1,
                entity=row.entity,
                published=row.rank,
                computed=rank,
                score=fmt_points(float(row.score)),
            )


def competition_ranks(scores: list[Decimal]) -> list[int]:
    """Standard competition ranks of scores, highest first: [9, 8, 8, 7] → [1, 2, 2, 4]."""
    ordered = sorted(scores, reverse=True)
    first_place: dict[Decimal, int] = {}
    for place, score in enumerate(ordered, start=1):
        first_place.setdefault(score, place)
    return [first_place[score] for score in scores]


def _superseded(ctx: Context, index_name: str, year: int, is_units_table: bool) -> str | None:
    """The current table of the same index and year, which this file replaces; a province's own table and
    a national one of the same index and year are two tables (see stg_published_index)."""
    row = ctx.con.execute(
        "select p.file_sha256 from raw_published_index as p"
        " inner join stg_source_file as f using (file_sha256)"
        " where not f.is_superseded and p.index_name = ? and p.year = ?"
        " group by p.file_sha256, f.attempt_id having bool_or(p.unit_code is not null) = ?"
        " order by f.attempt_id desc limit 1",
        [index_name, year, is_units_table],
    ).fetchone()
    return row[0] if row else None

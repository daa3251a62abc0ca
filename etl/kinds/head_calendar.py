"""The heads' index calendar (kind `head_calendar`): for each index (or field of an index) and result year,
when the result was published, sent to the Department of Home Affairs and the heads' levels decided, and
optionally the province's score and rank in it.

The score is what a published table cannot give: the province's result in a field (lĩnh vực) of the PAR
INDEX, or an index whose national table was not loaded. A published table's figure wins where both exist
(mart_head_level). A later calendar file replaces the rows of the years it gives (stg_head_calendar).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from etl.kinds.base import (
    MAX_YEAR,
    MIN_YEAR,
    Context,
    Located,
    Parsed,
    cell_of,
    column_rows,
    data_rows,
    date_value,
    locate,
    text,
    value,
)
from etl.kinds.head_rules import index_code
from etl.layouts import HEAD_CALENDAR
from etl.readers import Workbook
from etl.text import fold, normalize_text
from etl.values import ValueParseError, parse_percent, parse_points

LAYOUT = HEAD_CALENDAR
TABLES = ("raw_head_calendar",)


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Read a calendar file: years, dates in order, scores and ranks readable, one row per index and field."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    rows: list[dict[str, object]] = []
    first_of: dict[tuple[object, ...], int] = {}
    for index, cells in data_rows(located):
        row = _read_row(cells, located, index, ctx)
        if row is None:
            continue
        key = (row["year"], row["index_name"], fold(row["field_name"] or ""))
        if key in first_of:
            sink.error(
                "heads.calendar_duplicate",
                index=row["index_name"],
                year=row["year"],
                first_row=first_of[key],
                sheet=located.sheet.name,
                cell=cell_of(located, index, "index_name"),
                row_number=row["row_number"],
            )
            continue
        first_of[key] = row["row_number"]
        rows.append(row)
    if not rows and not sink.has_errors:
        sink.error("file.no_rows", sheet=located.sheet.name)
    if sink.has_errors:
        return None
    years = sorted({row["year"] for row in rows})
    return Parsed(
        tables={"raw_head_calendar": rows},
        columns=column_rows(ctx.file_sha256, located),
        rows_loaded=len(rows),
        year=years[-1] if len(years) == 1 else None,
    )


def _read_row(cells: list[object], located: Located, index: int, ctx: Context) -> dict[str, object] | None:
    sink = ctx.sink
    sheet = located.sheet.name
    row_number = index + 1

    def place(field_name: str) -> dict[str, object]:
        return {"sheet": sheet, "cell": cell_of(located, index, field_name), "row_number": row_number}

    for required in ("year", "index_name"):
        if not text(cells, located, required):
            column = located.header.texts.get(required, required)
            sink.error("value.required", column=column, row=row_number, **place(required))
            return None
    year_text = text(cells, located, "year")
    if not year_text.isdigit() or not MIN_YEAR <= int(year_text) <= MAX_YEAR:
        sink.error("value.year", value=year_text, **place("year"))
        return None
    year = int(year_text)
    score_text = text(cells, located, "score")
    score = None
    if score_text:
        score = _number(value(cells, located, "score"), parse_percent if "%" in score_text else parse_points)
        if score is None or score < 0:
            sink.error("heads.bad_score", value=score_text, **place("score"))
            return None
    rank_text = text(cells, located, "rank")
    rank = None
    if rank_text:
        number = _number(value(cells, located, "rank"), parse_points)
        if number is None or not number.is_integer() or number < 1:
            sink.error("published.rank_invalid", value=rank_text, **place("rank"))
            return None
        rank = int(number)
    dates = {}
    for name in ("published_date", "sent_date", "decided_date"):
        found, ok = date_value(cells, located, index, name, sink)
        if not ok:
            return None
        dates[name] = found
    order = [(name, dates[name]) for name in ("published_date", "sent_date", "decided_date") if dates[name]]
    for (earlier, first), (later, second) in itertools.pairwise(order):
        if second < first:
            sink.error(
                "heads.dates_order",
                earlier=located.header.texts.get(earlier, earlier),
                later=located.header.texts.get(later, later),
                first=first.strftime("%d/%m/%Y"),
                second=second.strftime("%d/%m/%Y"),
                **place(later),
            )
            return None
    return {
        "file_sha256": ctx.file_sha256,
        "sheet_name": sheet,
        "row_number": row_number,
        "year": year,
        "index_name": index_code(text(cells, located, "index_name")),
        "field_name": text(cells, located, "field_name") or None,
        "score": score,
        "score_text": normalize_text(value(cells, located, "score")) or None,
        "rank": rank,
        **dates,
        "note": text(cells, located, "note") or None,
    }


def _number(raw: object, parser: Callable[[object], object]) -> float | None:
    try:
        number = parser(raw)
    except ValueParseError:
        return None
    return number if isinstance(number, float) else None

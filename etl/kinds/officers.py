"""One-Stop officers (kind `officers`): who works at which desk, and since when."""

from __future__ import annotations

import datetime as dt

from etl.kinds.base import (
    Context,
    Parsed,
    cell_of,
    column_rows,
    data_rows,
    date_value,
    locate,
    suggestion,
    text,
)
from etl.layouts import OFFICERS
from etl.readers import Workbook

LAYOUT = OFFICERS
TABLES = ("raw_officer",)


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Read and check an officers list; every officer must belong to a registered unit."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    sheet = located.sheet.name
    units = {code for (code,) in ctx.con.execute("select unit_code from stg_unit").fetchall()}
    unit_list = sorted(units)
    rows: list[dict[str, object]] = []
    assignments: dict[str, list[dict[str, object]]] = {}
    for index, cells in data_rows(located):
        row_number = index + 1
        code = text(cells, located, "officer_code")
        name = text(cells, located, "officer_name")
        unit_code = text(cells, located, "unit_code")
        for field_name, current in (("officer_code", code), ("officer_name", name), ("unit_code", unit_code)):
            if not current:
                sink.error(
                    "value.required",
                    sheet=sheet,
                    cell=cell_of(located, index, field_name),
                    row_number=row_number,
                    column=located.header.texts[field_name],
                    row=row_number,
                )
        if unit_code and unit_code not in units:
            sink.error(
                "officer.unknown_unit",
                sheet=sheet,
                cell=cell_of(located, index, "unit_code"),
                row_number=row_number,
                code=unit_code,
                suggestion=suggestion(unit_list, unit_code),
            )
        valid_from, _ = date_value(cells, located, index, "valid_from_date", sink)
        valid_to, _ = date_value(cells, located, index, "valid_to_date", sink)
        if valid_from and valid_to and valid_to < valid_from:
            sink.error(
                "dates.end_before_start",
                sheet=sheet,
                cell=cell_of(located, index, "valid_to_date"),
                row_number=row_number,
                start=valid_from.strftime("%d/%m/%Y"),
                end=valid_to.strftime("%d/%m/%Y"),
                row=row_number,
            )
        # An officer moving desk is listed again with the new desk and dates; only overlapping
        # assignments of the same code are a contradiction.
        for earlier in assignments.get(code, []):
            if _overlap(earlier, valid_from, valid_to):
                sink.error(
                    "officer.duplicate_code",
                    sheet=sheet,
                    cell=cell_of(located, index, "officer_code"),
                    row_number=row_number,
                    code=code,
                    first_row=earlier["row_number"],
                )
                break
        rows.append(
            {
                "file_sha256": ctx.file_sha256,
                "sheet_name": sheet,
                "row_number": row_number,
                "officer_code": code,
                "officer_name": name,
                "unit_code": unit_code,
                "valid_from_date": valid_from,
                "valid_to_date": valid_to,
            }
        )
        if code:
            assignments.setdefault(code, []).append(rows[-1])
    if not rows:
        sink.error("file.no_rows", sheet=sheet)
        return None
    return Parsed(
        tables={"raw_officer": rows},
        columns=column_rows(ctx.file_sha256, located),
        rows_loaded=len(rows),
    )


def _overlap(earlier: dict[str, object], start: dt.date | None, end: dt.date | None) -> bool:
    low, high = dt.date.min, dt.date.max
    return (earlier["valid_from_date"] or low) <= (end or high) and (start or low) <= (
        earlier["valid_to_date"] or high
    )

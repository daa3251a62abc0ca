"""The unit registry (kind `units`): codes, names, groups, parents, validity periods and merges."""

from __future__ import annotations

from etl.kinds.base import (
    Context,
    Located,
    Parsed,
    allowed_groups,
    cell_of,
    column_rows,
    data_rows,
    date_value,
    locate,
    parse_group,
    suggestion,
    text,
)
from etl.layouts import UNITS
from etl.readers import Workbook

LAYOUT = UNITS
TABLES = ("raw_unit",)


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Read and check a units file; any error refuses the whole file (the registry must stay whole)."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    sheet = located.sheet.name
    known = {
        code: name for code, name in ctx.con.execute("select unit_code, unit_name from stg_unit").fetchall()
    }
    rows: list[dict[str, object]] = []
    first_row_of: dict[str, int] = {}
    for index, cells in data_rows(located):
        row_number = index + 1
        code = text(cells, located, "unit_code")
        name = text(cells, located, "unit_name")
        group_text = text(cells, located, "unit_group")
        for field_name, current in (("unit_code", code), ("unit_name", name), ("unit_group", group_text)):
            if not current:
                column = located.header.texts[field_name]
                sink.error(
                    "value.required",
                    sheet=sheet,
                    cell=cell_of(located, index, field_name),
                    row_number=row_number,
                    column=column,
                    row=row_number,
                )
        group = parse_group(group_text) if group_text else None
        if group_text and group is None:
            sink.error(
                "unit.unknown_group",
                sheet=sheet,
                cell=cell_of(located, index, "unit_group"),
                row_number=row_number,
                value=group_text,
                allowed=allowed_groups(),
            )
        if code in first_row_of:
            sink.error(
                "unit.duplicate_code",
                sheet=sheet,
                cell=cell_of(located, index, "unit_code"),
                row_number=row_number,
                code=code,
                first_row=first_row_of[code],
            )
        elif code:
            first_row_of[code] = row_number
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
        aliases = [part.strip() for part in text(cells, located, "aliases").split(";") if part.strip()]
        rows.append(
            {
                "file_sha256": ctx.file_sha256,
                "sheet_name": sheet,
                "row_number": row_number,
                "unit_code": code,
                "unit_name": name,
                "unit_group": group,
                "parent_code": text(cells, located, "parent_code") or None,
                "valid_from_date": valid_from,
                "valid_to_date": valid_to,
                "aliases": aliases,
                "successor_code": text(cells, located, "successor_code") or None,
                "_index": index,
            }
        )
    if not rows:
        sink.error("file.no_rows", sheet=sheet)
        return None
    _check_references(rows, known, located, ctx)
    for row in rows:
        row.pop("_index")
    return Parsed(
        tables={"raw_unit": rows},
        columns=column_rows(ctx.file_sha256, located),
        rows_loaded=len(rows),
    )


def _check_references(
    rows: list[dict[str, object]], known: dict[str, str], located: Located, ctx: Context
) -> None:
    """Parents and successors must exist in this file or the registry; a merged unit must end."""
    sink = ctx.sink
    codes = set(known) | {row["unit_code"] for row in rows if row["unit_code"]}
    candidates = sorted(codes)
    for row in rows:
        index = row["_index"]
        for field_name, rule in (
            ("parent_code", "unit.unknown_parent"),
            ("successor_code", "unit.unknown_successor"),
        ):
            target = row[field_name]
            if not target:
                continue
            if target == row["unit_code"]:
                sink.error(
                    "unit.self_parent",
                    sheet=located.sheet.name,
                    cell=cell_of(located, index, field_name),
                    row_number=row["row_number"],
                    code=target,
                )
            elif target not in codes:
                sink.error(
                    rule,
                    sheet=located.sheet.name,
                    cell=cell_of(located, index, field_name),
                    row_number=row["row_number"],
                    code=target,
                    suggestion=suggestion(candidates, str(target)),
                )
        if (
            row["successor_code"]
            and row["valid_to_date"] is None
            and "valid_to_date" in located.header.columns
        ):
            sink.error(
                "unit.successor_without_end",
                sheet=located.sheet.name,
                cell=cell_of(located, index, "valid_to_date"),
                row_number=row["row_number"],
                code=row["unit_code"],
                successor=row["successor_code"],
            )

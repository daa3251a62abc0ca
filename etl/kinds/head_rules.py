"""Heads' rule sets (kind `head_rules`): which reform indices each unit's head answers for, and how an
index result becomes a completion level (Hưng Yên QĐ 01/2023/QĐ-UBND; see docs/heads.md).

One row per unit × index (or field of an index): the measure (score, rank, or change against the year
before), the three thresholds of the levels, the weight and the way a unit's indices combine, the years
between a result and the grading that uses it, and the deadlines of the cycle. A new regulation is a new
rule set with its own period, not new code.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from etl.kinds.base import (
    Context,
    Located,
    Parsed,
    cell_of,
    column_rows,
    data_rows,
    date_value,
    locate,
    suggestion,
    text,
    value,
)
from etl.kinds.published_index import index_name_of
from etl.kinds.registry import UnitRegistry
from etl.layouts import HEAD_RULES
from etl.readers import Workbook
from etl.text import fold, normalize_text
from etl.values import ValueParseError, parse_day_month, parse_points

LAYOUT = HEAD_RULES
TABLES = ("raw_head_rule",)

# The province's own CCHC index of each unit (mart_unit_ranking), as rule files may write it. "Chỉ số
# CCHC" alone is the national PAR INDEX (etl.layouts.PUBLISHED_INDEX_NAMES), so the own index says whose.
OWN_INDEX = "CCHC_TINH"
OWN_INDEX_NAMES = (
    "cchc tinh",
    "cchc_tinh",
    "chi so cchc tinh",
    "chi so cchc cua tinh",
    "chi so cchc cua don vi",
    "chi so cchc don vi",
    "cchc don vi",
)
MEASURES: dict[str, tuple[str, ...]] = {
    "score": ("score", "diem", "diem so", "ket qua", "gia tri"),
    "rank": ("rank", "xep hang", "hang", "thu hang"),
    "change": ("change", "thay doi", "tang giam", "so voi nam truoc", "thay doi so voi nam truoc"),
}
COMBINE_METHODS: dict[str, tuple[str, ...]] = {
    "worst": ("worst", "thap nhat", "muc thap nhat", "chi so thap nhat"),
    "weighted_mean": ("weighted_mean", "weighted mean", "trung binh co trong so", "binh quan gia quyen"),
}
# Every parameter of a set that must agree across its rows: the deadlines are the set's, and one unit's
# indices combine one way.
_SET_WIDE = ("published_due", "sent_due", "decided_due", "result_lag_years")
_LIMIT = 10_000.0  # thresholds beyond this are typing slips (scores are %, ranks at most 63 provinces)


def index_code(written: str) -> str:
    """The warehouse's code of an index as a rule or calendar names it: the province's own CCHC index,
    else the published index code (PAR INDEX, SIPAS, PCI, PAPI, DDCI), else the name upper-cased."""
    if fold(written) in OWN_INDEX_NAMES:
        return OWN_INDEX
    return index_name_of(written)


def _choice(written: str, options: dict[str, tuple[str, ...]]) -> str | None:
    folded = fold(written).replace("_", " ")
    for code, synonyms in options.items():
        if folded == code.replace("_", " ") or folded in synonyms:
            return code
    return None


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Read a heads' rule file: every row checked, then each set's thresholds and set-wide values."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    registry = UnitRegistry(ctx.con)
    rows: list[dict[str, object]] = []
    for index, cells in data_rows(located):
        row = _read_row(cells, located, index, ctx, registry)
        if row is not None:
            rows.append(row)
    if not rows and not sink.has_errors:
        sink.error("file.no_rows", sheet=located.sheet.name)
    if sink.has_errors:
        return None
    _check_sets(rows, located, ctx)
    if sink.has_errors:
        return None
    for row in rows:
        row.pop("_index")
    return Parsed(
        tables={"raw_head_rule": rows}, columns=column_rows(ctx.file_sha256, located), rows_loaded=len(rows)
    )


def _read_row(
    cells: list[object], located: Located, index: int, ctx: Context, registry: UnitRegistry
) -> dict[str, object] | None:
    sink = ctx.sink
    sheet = located.sheet.name
    row_number = index + 1

    def place(field_name: str) -> dict[str, object]:
        return {"sheet": sheet, "cell": cell_of(located, index, field_name), "row_number": row_number}

    for required in ("rule_set_id", "unit_code", "index_name"):
        if not text(cells, located, required):
            column = located.header.texts.get(required, required)
            sink.error("value.required", column=column, row=row_number, **place(required))
            return None
    unit_code = text(cells, located, "unit_code")
    unit = registry.units.get(unit_code) or next(
        (u for u in registry.units.values() if u.code.casefold() == unit_code.casefold()), None
    )
    if unit is None:
        sink.error(
            "heads.unknown_unit",
            code=unit_code,
            suggestion=suggestion(list(registry.units), unit_code),
            **place("unit_code"),
        )
        return None
    measure_text = text(cells, located, "measure")
    measure = _choice(measure_text, MEASURES)
    if measure is None:
        sink.error("heads.bad_measure", value=measure_text, **place("measure"))
        return None
    combine_text = text(cells, located, "combine_method")
    combine = _choice(combine_text, COMBINE_METHODS) if combine_text else "worst"
    if combine is None:
        sink.error("heads.bad_combine", value=combine_text, **place("combine_method"))
        return None
    thresholds = []
    for name in ("excellent_threshold", "good_threshold", "done_threshold"):
        number = _number(value(cells, located, name))
        if number is None or (measure == "rank" and (number < 1 or not number.is_integer())):
            sink.error(
                "heads.bad_threshold",
                value=normalize_text(value(cells, located, name)),
                column=located.header.texts.get(name, name),
                expected=_expected(measure),
                **place(name),
            )
            return None
        thresholds.append(number)
    weight = 1.0
    if text(cells, located, "weight"):
        weight = _number(value(cells, located, "weight"))
        if weight is None or weight <= 0:
            sink.error("heads.bad_weight", value=text(cells, located, "weight"), **place("weight"))
            return None
    lag = 1
    if text(cells, located, "result_lag_years"):
        number = _number(value(cells, located, "result_lag_years"))
        if number is None or not number.is_integer() or not 0 <= number <= 3:
            sink.error(
                "heads.bad_lag", value=text(cells, located, "result_lag_years"), **place("result_lag_years")
            )
            return None
        lag = int(number)
    dues: dict[str, str | None] = {}
    for name in ("published_due", "sent_due", "decided_due"):
        raw = value(cells, located, name)
        if not normalize_text(raw):
            dues[name] = None
            continue
        try:
            day, month = parse_day_month(raw)
            if (day, month) == (29, 2):
                # A yearly deadline must exist every year: 29/02 would not, three years in four.
                raise ValueParseError("day_month", raw)
        except ValueParseError:
            sink.error(
                "heads.bad_due",
                value=normalize_text(raw),
                column=located.header.texts.get(name, name),
                **place(name),
            )
            return None
        dues[name] = f"{day:02d}/{month:02d}"
    valid_from, ok_from = date_value(cells, located, index, "valid_from_date", sink)
    valid_to, ok_to = date_value(cells, located, index, "valid_to_date", sink)
    if not (ok_from and ok_to):
        return None
    if valid_from is None:
        column = located.header.texts["valid_from_date"]
        sink.error("value.required", column=column, row=row_number, **place("valid_from_date"))
        return None
    if valid_to and valid_to < valid_from:
        sink.error(
            "dates.end_before_start",
            start=valid_from.strftime("%d/%m/%Y"),
            end=valid_to.strftime("%d/%m/%Y"),
            row=row_number,
            **place("valid_to_date"),
        )
        return None
    return {
        "file_sha256": ctx.file_sha256,
        "sheet_name": sheet,
        "row_number": row_number,
        "rule_set_id": text(cells, located, "rule_set_id"),
        "valid_from_date": valid_from,
        "valid_to_date": valid_to,
        "legal_basis": text(cells, located, "legal_basis") or None,
        "unit_code": unit.code,
        "index_name": index_code(text(cells, located, "index_name")),
        "field_name": text(cells, located, "field_name") or None,
        "measure": measure,
        "excellent_threshold": thresholds[0],
        "good_threshold": thresholds[1],
        "done_threshold": thresholds[2],
        "weight": weight,
        "combine_method": combine,
        "result_lag_years": lag,
        **dues,
        "note": text(cells, located, "note") or None,
        "_index": index,
    }


def _number(raw: object) -> float | None:
    try:
        number = parse_points(raw)
    except ValueParseError:
        return None
    if not isinstance(number, float) or abs(number) > _LIMIT:
        return None
    return number


def _expected(measure: str) -> str:
    from labels import msg

    return msg(f"heads.expect.{measure}")


def _check_sets(rows: list[dict[str, object]], located: Located, ctx: Context) -> None:
    """Thresholds in the order of the levels; one row per unit, index and field in a set; set-wide
    values alike on every row of a set; one combine method per unit; sets of a unit not overlapping."""
    sheet = located.sheet.name
    first_of: dict[tuple[object, ...], dict[str, object]] = {}
    by_set: dict[object, list[dict[str, object]]] = defaultdict(list)
    for row in rows:
        place = {"sheet": sheet, "row_number": row["row_number"]}
        high, mid, low = row["excellent_threshold"], row["good_threshold"], row["done_threshold"]
        ordered = high < mid < low if row["measure"] == "rank" else high > mid > low
        if not ordered:
            ctx.sink.error(
                "heads.thresholds_order",
                values=" · ".join(_num(v) for v in (high, mid, low)),
                measure=row["measure"],
                cell=cell_of(located, row["_index"], "excellent_threshold"),
                **place,
            )
        key = (row["rule_set_id"], row["unit_code"], row["index_name"], fold(row["field_name"] or ""))
        if key in first_of:
            ctx.sink.error(
                "heads.duplicate",
                unit=row["unit_code"],
                index=row["index_name"],
                first_row=first_of[key]["row_number"],
                cell=cell_of(located, row["_index"], "index_name"),
                **place,
            )
        first_of.setdefault(key, row)
        by_set[row["rule_set_id"]].append(row)
    periods: dict[object, tuple[dt.date, dt.date | None]] = {}
    for set_id, members in by_set.items():
        first = members[0]
        for row in members[1:]:
            for name in (*_SET_WIDE, "valid_from_date", "valid_to_date", "legal_basis"):
                if row[name] != first[name]:
                    ctx.sink.error(
                        "heads.set_differs",
                        rule_set=set_id,
                        column=located.header.texts.get(name, name),
                        first_row=first["row_number"],
                        cell=cell_of(located, row["_index"], name),
                        sheet=sheet,
                        row_number=row["row_number"],
                    )
                    return
        combine_of: dict[object, dict[str, object]] = {}
        for row in members:
            earlier = combine_of.setdefault(row["unit_code"], row)
            if earlier["combine_method"] != row["combine_method"]:
                ctx.sink.error(
                    "heads.combine_differs",
                    unit=row["unit_code"],
                    first_row=earlier["row_number"],
                    cell=cell_of(located, row["_index"], "combine_method"),
                    sheet=sheet,
                    row_number=row["row_number"],
                )
        periods[set_id] = (first["valid_from_date"], first["valid_to_date"])
    far = dt.date(9999, 12, 31)
    units_of = {set_id: {r["unit_code"] for r in members} for set_id, members in by_set.items()}
    names = list(periods)
    for number, a in enumerate(names):
        for b in names[number + 1 :]:
            (a_from, a_to), (b_from, b_to) = periods[a], periods[b]
            shared = units_of[a] & units_of[b]
            if shared and a_from <= (b_to or far) and b_from <= (a_to or far):
                row = by_set[b][0]
                ctx.sink.error(
                    "heads.sets_overlap",
                    first=a,
                    second=b,
                    units=", ".join(sorted(shared)),
                    sheet=sheet,
                    cell=cell_of(located, row["_index"], "valid_from_date"),
                    row_number=row["row_number"],
                )


def _num(number: float) -> str:
    return f"{number:g}".replace(".", ",")

"""Rule sets (kind `rules`): the parameters that vary by province and year, as dated rows.

A rule file lists `Quy tắc`, `Tham số`, `Giá trị`, optionally `Nhóm`, and the period the value is in
force. The catalogue below says which rules and parameters exist and what values they take; the
marts read the rows in force for each year, so a new regulation is a new row, not new code.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

import duckdb

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
    text,
    value,
)
from etl.layouts import RULES
from etl.readers import Workbook
from etl.text import fold, normalize_text
from etl.values import ValueParseError, parse_day_month, parse_points
from labels import msg

LAYOUT = RULES
TABLES = ("raw_rule",)

SATISFACTION_LEVELS = ("rat_hai_long", "hai_long", "binh_thuong", "khong_hai_long", "rat_khong_hai_long")
GRADES = ("A", "B", "C", "D")


@dataclass(frozen=True)
class Param:
    """One parameter: its value type, and for numbers the range it must lie in."""

    type: str  # number | day_month | levels | grade | text
    minimum: float = 0.0
    maximum: float = 100.0


CATALOGUE: dict[str, dict[str, Param]] = {
    # Unit classification bands by index %, lower bounds (Yếu is what is below Trung bình).
    "classification_band": {
        "xuat_sac": Param("number"),
        "tot": Param("number"),
        "kha": Param("number"),
        "trung_binh": Param("number"),
    },
    # Cao Lộc 2020: a sub-criterion with neither evidence nor explanation earns no points (1 = on).
    "evidence_rule": {"required": Param("number", 0, 1)},
    # Appraisal this many points below self-assessment (share of the maximum, %) flags inflated scoring.
    "self_assessment_gap": {"warning_pct": Param("number", 0, 100)},
    # Deadlines of the yearly cycle (day/month of the assessed year) and of Mẫu 01 (day of next month).
    "submission_deadline": {
        "cchc_data_cutoff": Param("day_month"),
        "cchc_report_due": Param("day_month"),
        "cchc_evidence_due": Param("day_month"),
        "officer_form_due_day": Param("number", 1, 28),
    },
    # QĐ 1514/2023 One-Stop grading, with the weights and bands the province chose.
    "one_stop_grading": {
        "self_weight": Param("number", 0, 1),
        "satisfaction_weight": Param("number", 0, 1),
        "min_ratings": Param("number", 0, 100000),
        "grade_a": Param("number"),
        "grade_b": Param("number"),
        "grade_c": Param("number"),
        "satisfied_levels": Param("levels"),
        "cap_after_d": Param("grade"),
    },
    # The province the profile describes, as national tables (PAR INDEX, SIPAS, PCI, PAPI) name it, so
    # the national page can mark it among the provinces.
    "province": {"name": Param("text")},
}

# Rules whose parameters only make sense together, with the check they must pass.
_COMPLETE = ("classification_band", "one_stop_grading")


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Read a rule file, check every value against the catalogue and the sets against each other."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    sheet = located.sheet.name
    rows: list[dict[str, object]] = []
    for index, cells in data_rows(located):
        row = _read_row(cells, located, index, ctx)
        if row is not None:
            rows.append(row)
    if not rows and not sink.has_errors:
        sink.error("file.no_rows", sheet=sheet)
    if sink.has_errors:
        return None
    _check_overlaps(rows, located, ctx)
    _check_sets(rows, located, ctx)
    if sink.has_errors:
        return None
    for row in rows:
        row.pop("_index")
    return Parsed(
        tables={"raw_rule": rows}, columns=column_rows(ctx.file_sha256, located), rows_loaded=len(rows)
    )


def _read_row(cells: list[object], located: Located, index: int, ctx: Context) -> dict[str, object] | None:
    sink = ctx.sink
    sheet = located.sheet.name
    row_number = index + 1
    rule = fold(text(cells, located, "rule_code")).replace(" ", "_")
    param = fold(text(cells, located, "param_code")).replace(" ", "_")
    if rule not in CATALOGUE:
        sink.error(
            "rule.unknown",
            sheet=sheet,
            cell=cell_of(located, index, "rule_code"),
            row_number=row_number,
            rule=text(cells, located, "rule_code"),
            allowed=", ".join(CATALOGUE),
        )
        return None
    if param not in CATALOGUE[rule]:
        sink.error(
            "rule.unknown_param",
            sheet=sheet,
            cell=cell_of(located, index, "param_code"),
            row_number=row_number,
            rule=rule,
            param=text(cells, located, "param_code"),
            allowed=", ".join(CATALOGUE[rule]),
        )
        return None
    group_text = text(cells, located, "unit_group")
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
        return None
    valid_from, ok_from = date_value(cells, located, index, "valid_from_date", sink)
    valid_to, ok_to = date_value(cells, located, index, "valid_to_date", sink)
    if not (ok_from and ok_to):
        return None
    if valid_from is None:
        sink.error(
            "value.required",
            sheet=sheet,
            cell=cell_of(located, index, "valid_from_date"),
            row_number=row_number,
            column=located.header.texts["valid_from_date"],
            row=row_number,
        )
        return None
    if valid_to and valid_to < valid_from:
        sink.error(
            "dates.end_before_start",
            sheet=sheet,
            cell=cell_of(located, index, "valid_to_date"),
            row_number=row_number,
            start=valid_from.strftime("%d/%m/%Y"),
            end=valid_to.strftime("%d/%m/%Y"),
            row=row_number,
        )
        return None
    spec = CATALOGUE[rule][param]
    if spec.type == "text" and not text(cells, located, "value"):
        sink.error(
            "value.required",
            sheet=sheet,
            cell=cell_of(located, index, "value"),
            row_number=row_number,
            column=located.header.texts.get("value", "value"),
            row=row_number,
        )
        return None
    parsed = _value(spec, value(cells, located, "value"))
    if isinstance(parsed, str) and parsed.startswith("!"):
        sink.error(
            "rule.bad_value",
            sheet=sheet,
            cell=cell_of(located, index, "value"),
            row_number=row_number,
            value=normalize_text(value(cells, located, "value")),
            rule=rule,
            param=param,
            expected=parsed[1:],
        )
        return None
    number, label = parsed
    return {
        "file_sha256": ctx.file_sha256,
        "sheet_name": sheet,
        "row_number": row_number,
        "rule_code": rule,
        "param_code": param,
        "unit_group": group,
        "valid_from_date": valid_from,
        "valid_to_date": valid_to,
        "value_number": number,
        "value_text": label,
        "legal_basis": text(cells, located, "legal_basis") or None,
        "note": text(cells, located, "note") or None,
        "_index": index,
    }


def _value(spec: Param, raw: object) -> tuple[float | None, str | None] | str:
    """(number, text) for a valid value, or "!" + what was expected (in Vietnamese) for a bad one."""
    if spec.type == "number":
        try:
            number = parse_points(raw)
        except ValueParseError:
            number = None
        if not isinstance(number, float) or not spec.minimum <= number <= spec.maximum:
            return "!" + msg("rule.expect.number", minimum=_num(spec.minimum), maximum=_num(spec.maximum))
        return number, None
    if spec.type == "day_month":
        try:
            day, month = parse_day_month(raw)
        except ValueParseError:
            return "!" + msg("rule.expect.day_month")
        return None, f"{day:02d}/{month:02d}"
    if spec.type == "levels":
        levels = [fold(part).replace(" ", "_") for part in normalize_text(raw).split(";") if part.strip()]
        if not levels or any(level not in SATISFACTION_LEVELS for level in levels):
            return "!" + msg("rule.expect.levels", allowed="; ".join(SATISFACTION_LEVELS))
        return None, ";".join(levels)
    if spec.type == "text":
        return None, normalize_text(raw)
    grade = normalize_text(raw).upper()
    if grade not in GRADES:
        return "!" + msg("rule.expect.grade")
    return None, grade


def _num(number: float) -> str:
    return f"{number:g}".replace(".", ",")


def _overlaps(a: dict[str, object], b: dict[str, object]) -> bool:
    far = dt.date(9999, 12, 31)
    return a["valid_from_date"] <= (b["valid_to_date"] or far) and b["valid_from_date"] <= (
        a["valid_to_date"] or far
    )


def _check_overlaps(rows: list[dict[str, object]], located: Located, ctx: Context) -> None:
    seen: dict[tuple[object, ...], list[dict[str, object]]] = {}
    for row in rows:
        key = (row["rule_code"], row["param_code"], row["unit_group"])
        for earlier in seen.get(key, []):
            if _overlaps(row, earlier):
                ctx.sink.error(
                    "rule.duplicate",
                    sheet=located.sheet.name,
                    cell=cell_of(located, row["_index"], "valid_from_date"),
                    row_number=row["row_number"],
                    rule=row["rule_code"],
                    param=row["param_code"],
                    group=row["unit_group"] or "tất cả",
                    first_row=earlier["row_number"],
                )
                break
        seen.setdefault(key, []).append(row)


def _check_sets(rows: list[dict[str, object]], located: Located, ctx: Context) -> None:
    """Parameters that work together: all present for a period, bands descending, weights summing to 1."""
    periods: dict[tuple[object, ...], dict[str, dict[str, object]]] = {}
    for row in rows:
        if row["rule_code"] in _COMPLETE:
            key = (row["rule_code"], row["unit_group"], row["valid_from_date"])
            periods.setdefault(key, {})[row["param_code"]] = row
    for (rule, _group, start), params in periods.items():
        first = min(params.values(), key=lambda r: r["row_number"])
        place = {
            "sheet": located.sheet.name,
            "cell": cell_of(located, first["_index"], "param_code"),
            "row_number": first["row_number"],
        }
        start_text = start.strftime("%d/%m/%Y")
        missing = [name for name in CATALOGUE[rule] if name not in params]
        if missing:
            ctx.sink.error("rule.incomplete", rule=rule, start=start_text, params=", ".join(missing), **place)
            continue
        if rule == "classification_band":
            values = [params[name]["value_number"] for name in ("xuat_sac", "tot", "kha", "trung_binh")]
            if any(high <= low for high, low in itertools.pairwise(values)):
                ctx.sink.error(
                    "rule.bands_order", values=" > ".join(_num(v) for v in values), start=start_text, **place
                )
        else:
            self_weight = params["self_weight"]["value_number"]
            satisfaction_weight = params["satisfaction_weight"]["value_number"]
            if abs(self_weight + satisfaction_weight - 1) > 1e-9:
                ctx.sink.error(
                    "rule.weights_sum",
                    self_weight=_num(self_weight),
                    satisfaction_weight=_num(satisfaction_weight),
                    start=start_text,
                    **place,
                )
            grades = [params[name]["value_number"] for name in ("grade_a", "grade_b", "grade_c")]
            if any(high <= low for high, low in itertools.pairwise(grades)):
                ctx.sink.error(
                    "rule.grades_order", values=" > ".join(_num(v) for v in grades), start=start_text, **place
                )


def in_force(
    con: duckdb.DuckDBPyConnection, rule_code: str, param_code: str, unit_group: str | None, on: dt.date
) -> tuple[float | None, str | None] | None:
    """(number, text) of a parameter in force on a date, the group's own row before the general one;
    None when the rule set has no such row."""
    row = con.execute(
        "select value_number, value_text from stg_rule where rule_code = ? and param_code = ?"
        " and valid_from_date <= ? and (valid_to_date is null or valid_to_date >= ?)"
        " and (unit_group is null or unit_group = ?)"
        " order by unit_group is null, valid_from_date desc limit 1",
        [rule_code, param_code, on, on, unit_group],
    ).fetchone()
    return (row[0], row[1]) if row else None

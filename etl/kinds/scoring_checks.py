"""The checks on a matched scoring sheet.

Blocking (`check`): points outside 0..max, a maximum from another version of the framework, survey
criteria self-scored, a parent or total row that disagrees with its children, a required criterion
missing, a formula that cannot be recomputed. Warnings (`warn`): a scored sub-criterion with neither
evidence nor explanation, evidence that names no document, appraisal far below the self-assessment,
a sheet signed after the deadline. Thresholds and deadlines come from the rule set in force that year.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from etl.kinds.base import Context, Located, cell_of
from etl.kinds.base import fmt_points as fmt
from etl.kinds.registry import Criterion, Unit
from etl.kinds.rules import in_force
from labels import msg

if TYPE_CHECKING:
    from etl.kinds.scoring import ScoreRow, Sheet

# Sums are compared to the hundredth of a point, as the framework's own sums are.
TOLERANCE = 0.01 + 1e-9
# How many missing criteria one finding lists before saying "and N more".
_LIST_LIMIT = 12
# Evidence that names a document: a number with a symbol ("123/QĐ-UBND", "45/BC-SNV"), a kind of
# document followed by its number, a file, or a link.
_DOCUMENT = re.compile(
    r"\d+\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐa-zđ]"
    r"|\b(?:quyết định|báo cáo|kế hoạch|công văn|văn bản|thông báo|nghị quyết|chỉ thị|hướng dẫn|tờ trình"
    r"|biên bản|giấy mời|quy chế|đề án|chương trình)\s+số\b"
    r"|\.(?:pdf|docx?|xlsx?|jpe?g|png|zip|rar)\b|https?://",
    re.IGNORECASE,
)


def check(
    sheet: Sheet, criteria: list[Criterion], located: Located, ctx: Context, *, framework_id: str, unit: Unit,
    year: int,
) -> None:  # fmt: skip
    """Blocking checks: any error refuses the whole file."""
    children: dict[str, list[Criterion]] = {}
    for criterion in criteria:
        if criterion.parent_code:
            children.setdefault(criterion.parent_code, []).append(criterion)
    rows = {row.criterion.code: row for row in sheet.rows if row.criterion}
    leaves = [row for row in sheet.rows if row.criterion and row.criterion.is_leaf]
    if leaves and not any(r.self_points is not None or r.appraised_points is not None for r in leaves):
        # An unfilled template: loading it would rank the unit at 0 %.
        first = leaves[0]
        ctx.sink.error(
            "scoring.no_points",
            sheet=located.sheet.name,
            cell=cell_of(located, first.index, "self_points"),
            row_number=first.index + 1,
            column=located.header.texts["self_points"],
            count=len(leaves),
        )
        return
    for row in sheet.rows:
        _check_row(row, located, ctx, framework_id, unit.group)
    _check_missing(criteria, rows, located, ctx, framework_id)
    for field_name in ("self_points", "appraised_points"):
        if field_name == "appraised_points" and not sheet.has_appraisal:
            continue
        computed = _computed(criteria, children, rows, field_name)
        for row in sheet.rows:
            criterion = row.criterion
            typed = getattr(row, field_name)
            if criterion is None or criterion.is_leaf or typed is None or row.is_not_applicable:
                continue
            if abs(typed - computed[criterion.code]) > TOLERANCE:
                ctx.sink.error(
                    "scoring.parent_sum",
                    sheet=located.sheet.name,
                    cell=cell_of(located, row.index, field_name),
                    row_number=row.index + 1,
                    code=criterion.stt_text,
                    column=located.header.texts[field_name],
                    typed=fmt(typed),
                    computed=fmt(computed[criterion.code]),
                    children=", ".join(c.stt_text for c in children[criterion.code]),
                )
        _check_total(sheet, criteria, computed, field_name, located, ctx)


def _check_row(row: ScoreRow, located: Located, ctx: Context, framework_id: str, group: str) -> None:
    sink = ctx.sink
    criterion = row.criterion
    assert criterion is not None
    name = located.sheet.name
    place = {"sheet": name, "row_number": row.index + 1}
    for _field, cell in row.uncomputed:
        rule = "scoring.formula_uncomputed" if criterion.is_leaf else "scoring.formula_parent_ignored"
        add = sink.error if criterion.is_leaf else sink.warning
        add(rule, cell=cell, code=criterion.stt_text, **place)
    if row.max_points is not None and abs(row.max_points - criterion.max_points) > TOLERANCE / 2:
        other = _framework_with_max(ctx, group, framework_id, criterion.code, row.max_points)
        sink.error(
            "scoring.max_differs",
            cell=cell_of(located, row.index, "max_points"),
            code=criterion.stt_text,
            typed=fmt(row.max_points),
            expected=fmt(criterion.max_points),
            framework=framework_id,
            other=msg("scoring.max_in_other", framework=other) if other else "",
            **place,
        )
    for field_name in ("self_points", "appraised_points"):
        points = getattr(row, field_name)
        if points is None:
            continue
        if points < 0 or points > criterion.max_points + TOLERANCE / 2:
            sink.error(
                "scoring.out_of_range",
                cell=cell_of(located, row.index, field_name),
                code=criterion.stt_text,
                column=located.header.texts[field_name],
                points=fmt(points),
                maximum=fmt(criterion.max_points),
                **place,
            )
    if criterion.is_survey and row.self_points:
        sink.error(
            "scoring.survey_self_scored",
            cell=cell_of(located, row.index, "self_points"),
            code=criterion.stt_text,
            points=fmt(row.self_points),
            **place,
        )
    if row.is_not_applicable and row.self_points and "not_applicable" in located.header.columns:
        sink.error(
            "scoring.not_applicable_with_points",
            cell=cell_of(located, row.index, "not_applicable"),
            code=criterion.stt_text,
            points=fmt(row.self_points),
            **place,
        )


def _check_missing(
    criteria: list[Criterion], rows: dict[str, ScoreRow], located: Located, ctx: Context, framework_id: str
) -> None:
    """Every sub-criterion a unit scores must have its row; survey rows may be left out, and a row
    marked not applicable covers the criteria under it."""
    marked = {code for code, row in rows.items() if row.is_not_applicable}
    missing = [
        c
        for c in criteria
        if c.is_leaf
        and not c.is_survey
        and c.code not in rows
        and not any(c.code.startswith(code + ".") for code in marked)
    ]
    if not missing:
        return
    listed = ", ".join(f"{c.stt_text} «{c.title[:40]}»" for c in missing[:_LIST_LIMIT])
    more = msg("scoring.and_more", count=len(missing) - _LIST_LIMIT) if len(missing) > _LIST_LIMIT else ""
    ctx.sink.error(
        "scoring.missing_criteria",
        sheet=located.sheet.name,
        count=len(missing),
        framework=framework_id,
        criteria=listed + more,
    )


def _computed(
    criteria: list[Criterion],
    children: dict[str, list[Criterion]],
    rows: dict[str, ScoreRow],
    field_name: str,
) -> dict[str, float]:
    """Each criterion's points as its leaves add up (not applicable and blank count 0)."""
    values: dict[str, float] = {}
    for criterion in reversed(criteria):  # children come after their parent in the appendix
        if criterion.code in children:
            values[criterion.code] = sum(values[c.code] for c in children[criterion.code])
            continue
        row = rows.get(criterion.code)
        points = getattr(row, field_name) if row is not None and not row.is_not_applicable else None
        values[criterion.code] = points or 0.0
    return values


def _check_total(
    sheet: Sheet,
    criteria: list[Criterion],
    computed: dict[str, float],
    field_name: str,
    located: Located,
    ctx: Context,
) -> None:
    total = sheet.total
    if total is None:
        return
    fields = [c for c in criteria if c.parent_code is None]
    typed = getattr(total, field_name)
    expected = sum(computed[c.code] for c in fields)
    if typed is not None and abs(typed - expected) > TOLERANCE:
        ctx.sink.error(
            "scoring.total_sum",
            sheet=located.sheet.name,
            cell=cell_of(located, total.index, field_name),
            row_number=total.index + 1,
            column=located.header.texts[field_name],
            typed=fmt(typed),
            computed=fmt(expected),
        )
    if field_name == "self_points" and total.max_points is not None:
        framework_total = sum(c.max_points for c in fields)
        if abs(total.max_points - framework_total) > TOLERANCE:
            ctx.sink.error(
                "scoring.total_max",
                sheet=located.sheet.name,
                cell=cell_of(located, total.index, "max_points"),
                row_number=total.index + 1,
                typed=fmt(total.max_points),
                expected=fmt(framework_total),
            )


def _framework_with_max(ctx: Context, group: str, framework_id: str, code: str, points: float) -> str | None:
    """Another framework of the group whose criterion `code` is worth `points`: the template used."""
    row = ctx.con.execute(
        "select c.framework_id from stg_criterion as c inner join stg_framework as f using (framework_id)"
        " where f.unit_group = ? and c.framework_id <> ? and c.criterion_code = ?"
        " and abs(cast(c.max_points as double) - ?) < 0.005 order by f.from_year desc limit 1",
        [group, framework_id, code, points],
    ).fetchone()
    return row[0] if row else None


def warn(sheet: Sheet, located: Located, ctx: Context) -> None:
    """Findings a steward should see that need the sheet's own text; the file is loaded. Points claimed
    without evidence, appraisals far below the self-assessment and late sheets are checked on every
    batch by the data-quality suites (expectations/scores.warning.json, score_sheets.warning.json)."""
    sink = ctx.sink
    name = located.sheet.name
    for row in sheet.rows:
        criterion = row.criterion
        if criterion is None or not criterion.is_leaf or criterion.is_survey or row.is_not_applicable:
            continue
        if row.evidence and not _DOCUMENT.search(row.evidence):
            sink.warning(
                "scoring.evidence_vague",
                cell=cell_of(located, row.index, "evidence"),
                code=criterion.stt_text,
                evidence=row.evidence[:80],
                sheet=name,
                row_number=row.index + 1,
            )


def _rule(
    ctx: Context, rule: str, param: str, group: str, on: dt.date
) -> tuple[float | None, str | None] | None:
    return ctx.reference(("rule", rule, param, group, on), lambda: in_force(ctx.con, rule, param, group, on))

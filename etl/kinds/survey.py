"""Sociological-survey points (kind `survey`): ĐTXHH points per unit and year, either per survey criterion
(column «Mã tiêu chí») or as one total per unit.

Survey points are never self-scored: the province's survey team sends one table for many units. Every
row is checked against the framework the unit's group is assessed on that year (the criterion must be
one of its survey leaves, the points within its maximum), so a figure that would distort an index is
refused with its cell. A corrected table replaces the earlier figures unit by unit (see stg_survey).
"""

from __future__ import annotations

from dataclasses import dataclass

from etl.kinds.base import (
    LONE_YEAR,
    MAX_YEAR,
    MIN_YEAR,
    YEAR_AFTER_NAM,
    Context,
    Located,
    Parsed,
    cell_of,
    column_rows,
    data_rows,
    file_year,
    fmt_points,
    header_label,
    locate,
    parse_group,
    text,
    value,
)
from etl.kinds.framework import canonical_code
from etl.kinds.registry import Criterion, Unit, UnitRegistry, criteria_of, framework_for
from etl.layouts import SURVEY
from etl.readers import Workbook, cell_ref
from etl.text import fold, normalize_text
from etl.values import NOT_APPLICABLE, ValueParseError, parse_points
from labels import msg, ui

LAYOUT = SURVEY
TABLES = ("raw_survey",)

# Rows of a survey table that sum or average it. Words of one syllable only on their own: "Công an
# tỉnh" is a unit, "Cộng" is a total.
SUMMARY_TITLES = ("tong", "cong", "tong cong", "tong so", "tong diem", "trung binh", "binh quan")
# Points are compared to maxima to the hundredth, the precision frameworks are written in.
_EPSILON = 0.005


@dataclass
class _Row:
    index: int
    unit: Unit
    year: int
    criterion_code: str | None
    points: float
    unit_text: str


class _Frameworks:
    """The framework of each group and year and its criteria, read once per file (a survey table has a
    row per unit and criterion: thousands of rows for a few frameworks)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._of_group: dict[tuple[str, int], str | None] = {}
        self._by_code: dict[str, dict[str, Criterion]] = {}
        self._leaves: dict[str, list[Criterion]] = {}

    def framework_for(self, unit_group: str, year: int) -> str | None:
        key = (unit_group, year)
        if key not in self._of_group:
            self._of_group[key] = framework_for(self.ctx.con, unit_group, year)
        return self._of_group[key]

    def by_code(self, framework_id: str) -> dict[str, Criterion]:
        if framework_id not in self._by_code:
            criteria = criteria_of(self.ctx.con, framework_id)
            self._by_code[framework_id] = {c.code: c for c in criteria}
            self._leaves[framework_id] = [c for c in criteria if c.is_survey and c.is_leaf]
        return self._by_code[framework_id]

    def survey_leaves(self, framework_id: str) -> list[Criterion]:
        """The criteria survey points are given for, in the framework's order."""
        self.by_code(framework_id)
        return self._leaves[framework_id]


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Read a survey table, check every row against the registry and the framework, and stage its rows."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    sheet = located.sheet.name
    columns = located.header.columns
    header_place = {
        "sheet": sheet,
        "cell": cell_ref(located.header.row_index, 0),
        "row_number": located.header.row_index + 1,
    }
    if "unit_code" not in columns and "unit_name" not in columns and not ctx.options.unit:
        sink.error("survey.no_unit_column", row=located.header.row_index + 1, **header_place)
        return None
    default_year = file_year(ctx, located, lone_in_title=False)
    if default_year is not None and not MIN_YEAR <= default_year <= MAX_YEAR:
        sink.error("value.year", value=default_year, **header_place)
        return None
    if default_year is None and "year" not in columns:
        sink.error("survey.year_missing", **header_place)
        return None
    registry = UnitRegistry(ctx.con)
    if not registry:
        sink.error("survey.no_registry", **header_place)
        return None
    frameworks = _Frameworks(ctx)
    read: list[_Row] = []
    skipped = 0
    for index, cells in data_rows(located):
        if _skipped_row(cells, index, located, ctx):
            skipped += 1
            continue
        row = _read_row(cells, index, located, ctx, registry, frameworks, default_year)
        if row is not None:
            read.append(row)
    if not read and not sink.has_errors:
        sink.error("file.no_rows", sheet=sheet)
    # Rows that passed their own checks are still compared, so one pass lists every fault of the file.
    _check_duplicates(read, located, ctx)
    if sink.has_errors:
        return None
    rows = [
        {
            "file_sha256": ctx.file_sha256,
            "sheet_name": sheet,
            "row_number": row.index + 1,
            "year": row.year,
            "unit_code": row.unit.code,
            "unit_text": row.unit_text or None,
            "criterion_code": row.criterion_code,
            "survey_points": round(row.points, 2),
        }
        for row in read
    ]
    years = {row.year for row in read}
    return Parsed(
        tables={"raw_survey": rows},
        columns=column_rows(ctx.file_sha256, located),
        rows_loaded=len(rows),
        rows_rejected=skipped,
        year=years.pop() if len(years) == 1 else None,
        supersedes=_superseded(read, located, ctx),
    )


def _skipped_row(cells: list[object], index: int, located: Located, ctx: Context) -> bool:
    """A totals row ("Tổng cộng", "Trung bình") or a group heading ("Sở, ban, ngành" with no points):
    reported as a warning and not loaded, since it is not a unit's figure."""
    field_name = next((f for f in ("unit_name", "unit_code") if text(cells, located, f)), None)
    if field_name is None:
        return False
    written = text(cells, located, field_name)
    folded = fold(written)
    place = {
        "sheet": located.sheet.name,
        "cell": cell_of(located, index, field_name),
        "row_number": index + 1,
    }
    if folded in SUMMARY_TITLES or folded.startswith(tuple(f"{t} " for t in SUMMARY_TITLES if " " in t)):
        ctx.sink.warning("survey.summary_row", text=written, **place)
        return True
    if not text(cells, located, "survey_points") and parse_group(written) is not None:
        ctx.sink.warning("survey.heading_row", text=written, **place)
        return True
    return False


def _read_row(
    cells: list[object],
    index: int,
    located: Located,
    ctx: Context,
    registry: UnitRegistry,
    frameworks: _Frameworks,
    default_year: int | None,
) -> _Row | None:
    """One data row, checked; None (after an error finding) when it cannot be loaded."""
    sink = ctx.sink
    place = {"sheet": located.sheet.name, "row_number": index + 1}
    year = _row_year(cells, index, located, ctx, default_year)
    if year is None:
        return None
    resolved = _row_unit(cells, index, located, ctx, registry, year)
    if resolved is None:
        return None
    unit, unit_field, unit_text = resolved
    if not unit.valid_in(year):
        successor = registry.units.get(unit.successor_code or "")
        sink.error(
            "survey.unit_not_in_force",
            cell=cell_of(located, index, unit_field),
            name=unit.name,
            code=unit.code,
            year=year,
            period=_period(unit),
            successor=msg("survey.successor_hint", name=successor.name, code=successor.code)
            if successor
            else "",
            **place,
        )
        return None
    framework_id = frameworks.framework_for(unit.group, year)
    if framework_id is None:
        sink.error(
            "survey.no_framework",
            cell=cell_of(located, index, unit_field),
            name=unit.name,
            group=ui.GROUP_LABELS.get(unit.group, unit.group),
            year=year,
            **place,
        )
        return None
    leaves = frameworks.survey_leaves(framework_id)
    if not leaves:
        sink.error(
            "survey.framework_has_no_survey",
            cell=cell_of(located, index, unit_field),
            framework=framework_id,
            name=unit.name,
            year=year,
            **place,
        )
        return None
    written_code = text(cells, located, "criterion_code")
    criterion: Criterion | None = None
    if written_code:
        criterion = _criterion(written_code, index, located, ctx, frameworks, framework_id)
        if criterion is None:
            return None
    points = _points(cells, index, located, ctx)
    if points is None:
        return None
    if criterion is not None:
        maximum, what = criterion.max_points, criterion.code
    else:
        maximum, what = sum(c.max_points for c in leaves), None
    if points > maximum + _EPSILON:
        if what is not None:
            sink.error(
                "survey.points_above_max",
                cell=cell_of(located, index, "survey_points"),
                points=fmt_points(points),
                code=what,
                max_points=fmt_points(maximum),
                framework=framework_id,
                **place,
            )
        else:
            sink.error(
                "survey.total_above_max",
                cell=cell_of(located, index, "survey_points"),
                points=fmt_points(points),
                max_points=fmt_points(maximum),
                codes=", ".join(c.code for c in leaves),
                framework=framework_id,
                **place,
            )
        return None
    return _Row(index, unit, year, criterion.code if criterion else None, points, unit_text)


def _row_year(
    cells: list[object], index: int, located: Located, ctx: Context, default_year: int | None
) -> int | None:
    """The row's «Năm», else the file's year; an error naming the cell when neither gives one."""
    written = text(cells, located, "year")
    place = {
        "sheet": located.sheet.name,
        "cell": cell_of(located, index, "year"),
        "row_number": index + 1,
    }
    if not written:
        if default_year is None:
            ctx.sink.error("survey.row_year_missing", row=index + 1, **place)
        return default_year
    match = LONE_YEAR.fullmatch(written) or YEAR_AFTER_NAM.fullmatch(fold(written))
    year = int(match.group(1)) if match else None
    if year is None or not MIN_YEAR <= year <= MAX_YEAR:
        ctx.sink.error("value.year", value=written, **place)
        return None
    return year


def _row_unit(
    cells: list[object],
    index: int,
    located: Located,
    ctx: Context,
    registry: UnitRegistry,
    year: int,
) -> tuple[Unit, str, str] | None:
    """(unit, the field that named it, what was written): by code first, then by name or alias."""
    sink = ctx.sink
    place = {"sheet": located.sheet.name, "row_number": index + 1}
    code_text = text(cells, located, "unit_code")
    name_text = text(cells, located, "unit_name")
    # A row naming no unit belongs to --unit when given (a table of one unit's points per criterion);
    # its findings then point at the row's unit cell, or at its points when the table has no unit column.
    unit_column = next(
        (f for f in ("unit_code", "unit_name") if f in located.header.columns), "survey_points"
    )
    from_option = not code_text and not name_text and bool(ctx.options.unit and ctx.options.unit.strip())
    if from_option:
        code_text = normalize_text(ctx.options.unit)
    if not code_text and not name_text:
        sink.error(
            "survey.unit_blank",
            cell=cell_of(located, index, unit_column),
            row=index + 1,
            columns=" / ".join(
                f"«{header_label(LAYOUT, name)}»"
                for name in ("unit_code", "unit_name")
                if name in located.header.columns
            ),
            **place,
        )
        return None
    found: list[Unit] = []
    field_name = "unit_name" if name_text else "unit_code"
    written = name_text or code_text
    if code_text:
        found = registry.lookup(code_text, year)
        if found:
            field_name, written = "unit_code", code_text
    if not found and name_text:
        found = registry.lookup(name_text, year)
        field_name, written = "unit_name", name_text
    if from_option:
        field_name = unit_column
    cell = cell_of(located, index, field_name)
    if not found:
        near = registry.closest_names(written, year) or registry.closest_names(written)
        sink.error(
            "survey.unknown_unit",
            cell=cell,
            written=written,
            year=year,
            closest=", ".join(f"«{name}»" for name in near) or msg("survey.no_close_names"),
            **place,
        )
        return None
    if len(found) > 1:
        sink.error(
            "survey.ambiguous_unit",
            cell=cell,
            written=written,
            units=", ".join(f"«{u.name}» ({u.code})" for u in found),
            **place,
        )
        return None
    unit = found[0]
    if field_name == "unit_code" and name_text:
        by_name = registry.lookup(name_text, year)
        if by_name and unit not in by_name:
            sink.error(
                "survey.unit_mismatch",
                cell=cell_of(located, index, "unit_name"),
                code=code_text,
                code_name=unit.name,
                written=name_text,
                other=", ".join(f"«{u.name}» ({u.code})" for u in by_name),
                **place,
            )
            return None
    return unit, field_name, name_text or code_text


def _criterion(
    written: str, index: int, located: Located, ctx: Context, frameworks: _Frameworks, framework_id: str
) -> Criterion | None:
    """The survey leaf a «Mã tiêu chí» cell names ("VIII", "8.1." and "8.1" alike)."""
    code = canonical_code(written) or written.replace(" ", "").rstrip(".").lower()
    criterion = frameworks.by_code(framework_id).get(code)
    if criterion is not None and criterion.is_survey and criterion.is_leaf:
        return criterion
    leaves = frameworks.survey_leaves(framework_id)
    place = {
        "sheet": located.sheet.name,
        "cell": cell_of(located, index, "criterion_code"),
        "row_number": index + 1,
    }
    allowed = ", ".join(
        msg("survey.criterion_item", code=c.code, points=fmt_points(c.max_points)) for c in leaves
    )
    children = ", ".join(c.code for c in leaves if c.code.startswith(code + "."))
    if criterion is None:
        ctx.sink.error(
            "survey.unknown_criterion", code=written, framework=framework_id, allowed=allowed, **place
        )
    elif children:
        ctx.sink.error("survey.parent_criterion", code=criterion.code, children=children, **place)
    else:
        ctx.sink.error(
            "survey.not_survey_criterion",
            code=criterion.code,
            framework=framework_id,
            allowed=allowed,
            **place,
        )
    return None


def _points(cells: list[object], index: int, located: Located, ctx: Context) -> float | None:
    """The points of a row as a float; None after an error when blank, unreadable or negative."""
    raw = value(cells, located, "survey_points")
    place = {
        "sheet": located.sheet.name,
        "cell": cell_of(located, index, "survey_points"),
        "row_number": index + 1,
    }
    try:
        points = parse_points(raw)
    except ValueParseError:
        points = NOT_APPLICABLE
    if points is None:
        ctx.sink.error("survey.points_blank", row=index + 1, **place)
        return None
    if points is NOT_APPLICABLE:
        ctx.sink.error(
            "value.number",
            value=normalize_text(raw),
            column=located.header.texts.get("survey_points", "survey_points"),
            **place,
        )
        return None
    if points < 0:
        ctx.sink.error("survey.points_negative", points=fmt_points(points), **place)
        return None
    return points


def _check_duplicates(rows: list[_Row], located: Located, ctx: Context) -> None:
    """One figure per unit, year and criterion; a unit-year is a total or per criterion, never both."""
    sheet = located.sheet.name
    first: dict[tuple[str, int, str | None], _Row] = {}
    by_unit_year: dict[tuple[str, int], list[_Row]] = {}
    for row in rows:
        key = (row.unit.code, row.year, row.criterion_code)
        earlier = first.get(key)
        if earlier is not None:
            field_name = "criterion_code" if row.criterion_code else "survey_points"
            rule = "survey.duplicate_criterion" if row.criterion_code else "survey.duplicate_total"
            ctx.sink.error(
                rule,
                sheet=sheet,
                cell=cell_of(located, row.index, field_name),
                row_number=row.index + 1,
                name=row.unit.name,
                year=row.year,
                code=row.criterion_code,
                first_row=earlier.index + 1,
            )
            continue
        first[key] = row
        by_unit_year.setdefault((row.unit.code, row.year), []).append(row)
    for (_, year), group in by_unit_year.items():
        totals = [row for row in group if row.criterion_code is None]
        per_criterion = [row for row in group if row.criterion_code is not None]
        if totals and per_criterion:
            total = totals[0]
            ctx.sink.error(
                "survey.total_and_criteria",
                sheet=sheet,
                cell=cell_of(located, total.index, "criterion_code"),
                row_number=total.index + 1,
                name=total.unit.name,
                year=year,
                total_row=total.index + 1,
                criteria_rows=", ".join(str(row.index + 1) for row in per_criterion),
            )


def _superseded(rows: list[_Row], located: Located, ctx: Context) -> str | None:
    """The latest current survey file whose units and years this file all gives again: it is replaced.

    stg_survey already takes each unit-year from the latest file, so a figure is never counted twice;
    this records the replacement. An earlier file only partly given again stays current for the rest,
    and the stewards are told which of its figures are replaced."""
    pairs = {(row.unit.code, row.year) for row in rows}
    earlier: dict[str, tuple[int, str, set[tuple[str, int]]]] = {}
    for sha, attempt_id, file_name, unit_code, year in ctx.con.execute(
        "select s.file_sha256, f.attempt_id, f.file_name, s.unit_code, s.year from raw_survey as s"
        " inner join stg_source_file as f using (file_sha256) where not f.is_superseded"
    ).fetchall():
        earlier.setdefault(sha, (attempt_id, file_name, set()))[2].add((unit_code, year))
    replaced: str | None = None
    latest = -1
    for sha, (attempt_id, file_name, covered) in earlier.items():
        if covered <= pairs:
            if attempt_id > latest:
                replaced, latest = sha, attempt_id
        elif covered & pairs:
            ctx.sink.warning(
                "survey.partly_replaces",
                sheet=located.sheet.name,
                file=file_name,
                count=len(covered & pairs),
                total=len(covered),
            )
    return replaced


def _period(unit: Unit) -> str:
    start = unit.valid_from.strftime("%d/%m/%Y") if unit.valid_from else "…"
    end = unit.valid_to.strftime("%d/%m/%Y") if unit.valid_to else "…"
    return f"{start} – {end}"

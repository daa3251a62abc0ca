"""The scoring template (`python -m etl template`): the sheet a unit fills in for its yearly CCHC
self-assessment, written from the framework registered in the warehouse.

Errors are cheapest where they are typed, so the sheet checks what it can before anyone loads it: only
the cells a unit may fill are unlocked, each score accepts a number between 0 and the criterion's
maximum, «Không áp dụng» is a one-value dropdown, parents and the total add up their children by
formula, and survey (ĐTXHH) points cannot be self-scored. The title block names the unit (with its
code) and "NĂM {year}" exactly as the scoring loader (`etl.kinds.scoring`) reads them back, and rows
carry the appendix's numbering and titles, so a filled template loads as typed.

The sheet is protected without a password: protection keeps the framework's rows from being edited by
mistake, not from a determined user (the loader checks rows against the framework anyway).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import duckdb
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from etl.kinds.base import closest
from etl.kinds.registry import Criterion, Unit, UnitRegistry, criteria_of, framework_for
from labels import msg, ui
from warehouse.db import connect

# Columns of the sheet, in order: the header texts come from labels.ui.TEMPLATE_HEADERS["scoring"].
# «Điểm thẩm định» comes last: the appraisal council fills it in after the unit has sent its sheet.
COLUMNS = (
    "stt",
    "title",
    "max_points",
    "self_points",
    "not_applicable",
    "evidence",
    "explanation",
    "appraised_points",
)
COLUMN_WIDTHS = {
    "stt": 7,
    "title": 58,
    "max_points": 9,
    "self_points": 11,
    "not_applicable": 14,
    "evidence": 36,
    "explanation": 36,
    "appraised_points": 11,
}
_LETTER = {name: get_column_letter(index) for index, name in enumerate(COLUMNS, start=1)}
_LAST_LETTER = _LETTER[COLUMNS[-1]]

# Title block: authority and motto (rows 1-2), a blank row, the title, the unit and framework lines,
# a line of guidance, then the header. Data starts right under the header.
HEADER_ROW = 8
DATA_START_ROW = HEADER_ROW + 1
_TITLE_ROW, _UNIT_ROW, _FRAMEWORK_ROW, _GUIDE_ROW = 4, 5, 6, 7
# The left block (authority) and the right block (national motto) of an official form's heading.
_LEFT_BLOCK = ("A", "C")
_RIGHT_BLOCK = ("E", _LAST_LETTER)

_FONT = "Times New Roman"
_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
# Rows a unit does not fill are shaded, so the white cells are the ones to fill.
_FIELD_FILL = PatternFill("solid", fgColor="E7E6E6")
_PARENT_FILL = PatternFill("solid", fgColor="F2F2F2")
_SURVEY_FILL = PatternFill("solid", fgColor="BFBFBF")
_INVALID_FILL = PatternFill("solid", fgColor="FFC7CE")
_NOT_APPLICABLE_FILL = PatternFill("solid", fgColor="D9D9D9")
_UNLOCKED = Protection(locked=False)
_LOCKED = Protection(locked=True)


class TemplateError(Exception):
    """A template that cannot be written; str() is the Vietnamese message, with its fix."""


@dataclass(frozen=True)
class Framework:
    """A registered framework as the template names it."""

    framework_id: str
    unit_group: str
    from_year: int
    to_year: int | None
    legal_basis: str | None

    def covers(self, year: int) -> bool:
        return self.from_year <= year <= (self.to_year or 9999)


@dataclass(frozen=True)
class TemplatePlan:
    """Everything the sheet is written from, checked: the unit, its parent, the framework and its rows."""

    unit: Unit
    parent: Unit | None
    framework: Framework
    criteria: tuple[Criterion, ...]
    year: int


def write_template(database: Path, framework_id: str, unit_code: str, year: int, out: Path) -> Path:
    """Write the self-assessment sheet of one unit for one year to `out` (an .xlsx; folders created).

    Everything the sheet depends on is checked first (warehouse, unit, framework, group and years), so a
    unit never receives a template the loader would refuse; a TemplateError says what is wrong and how
    to fix it."""
    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise TemplateError(msg("template.bad_suffix", path=out, example=out.with_suffix(".xlsx").name))
    plan = plan_template(Path(database), framework_id, unit_code, year)
    book = build_workbook(plan)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        book.save(out)
    except OSError as exc:
        raise TemplateError(msg("template.write_failed", path=out, detail=exc.strerror or exc)) from exc
    return out


# --------------------------------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------------------------------


def plan_template(database: Path, framework_id: str, unit_text: str, year: int) -> TemplatePlan:
    """Resolve and check the unit, the framework and the year against the warehouse; raise
    TemplateError with the fix when the template would not fit the unit or the year."""
    if not database.exists():
        raise TemplateError(msg("template.db_missing", db=database))
    try:
        con = connect(database, read_only=True)
    except duckdb.Error as exc:
        raise TemplateError(msg("template.db_unreadable", db=database, detail=_first_line(exc))) from exc
    try:
        return _plan(con, database, framework_id, unit_text, year)
    finally:
        con.close()


def _plan(
    con: duckdb.DuckDBPyConnection, database: Path, framework_id: str, unit_text: str, year: int
) -> TemplatePlan:
    try:
        registry = UnitRegistry(con)
        frameworks = _frameworks(con)
    except duckdb.CatalogException:
        # A warehouse file that was created but never loaded has no models yet.
        raise TemplateError(msg("template.no_units", db=database)) from None
    if not registry:
        raise TemplateError(msg("template.no_units", db=database))
    if not frameworks:
        raise TemplateError(msg("template.no_frameworks", db=database))
    unit = _unit(registry, unit_text, year)
    framework = _framework(frameworks, framework_id)
    if framework.unit_group != unit.group:
        raise TemplateError(
            msg(
                "template.wrong_group",
                framework=framework.framework_id,
                framework_group=_group_label(framework.unit_group),
                unit=unit.name,
                code=unit.code,
                unit_group=_group_label(unit.group),
                fix=_right_framework(con, unit.group, year),
            )
        )
    if not framework.covers(year):
        raise TemplateError(
            msg(
                "template.year_not_covered",
                framework=framework.framework_id,
                years=_years(framework),
                year=year,
                fix=_right_framework(con, unit.group, year),
            )
        )
    if not unit.valid_in(year):
        successor = registry.units.get(unit.successor_code or "")
        raise TemplateError(
            msg(
                "template.unit_not_in_force",
                unit=unit.name,
                code=unit.code,
                period=_period(unit),
                year=year,
                successor=msg("template.unit_successor", name=successor.name, code=successor.code)
                if successor
                else "",
            )
        )
    criteria = tuple(criteria_of(con, framework.framework_id))
    if not criteria:
        raise TemplateError(msg("template.no_criteria", framework=framework.framework_id))
    parent = registry.units.get(unit.parent_code) if unit.parent_code else None
    return TemplatePlan(unit=unit, parent=parent, framework=framework, criteria=criteria, year=year)


def _frameworks(con: duckdb.DuckDBPyConnection) -> list[Framework]:
    rows = con.execute(
        "select framework_id, unit_group, from_year, to_year, legal_basis from stg_framework"
        " order by unit_group, from_year, framework_id"
    ).fetchall()
    return [Framework(*row) for row in rows]


def _unit(registry: UnitRegistry, written: str, year: int) -> Unit:
    """The unit a code (or, failing that, a registered name) designates."""
    found = registry.lookup(written, year)
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        units = ", ".join(msg("template.unit_item", name=u.name, code=u.code) for u in found)
        raise TemplateError(msg("template.unit_ambiguous", unit=written, units=units))
    by_text: dict[str, Unit] = {}
    for unit in registry.units.values():
        by_text.setdefault(unit.code, unit)
        by_text.setdefault(unit.name, unit)
    near: list[Unit] = []
    for text in closest(list(by_text), written, limit=5):
        if by_text[text] not in near:
            near.append(by_text[text])
    listed = ", ".join(msg("template.unit_item", name=u.name, code=u.code) for u in near[:3])
    raise TemplateError(
        msg(
            "template.unit_unknown",
            unit=written,
            closest=msg("template.unit_closest", units=listed) if listed else "",
        )
    )


def _framework(frameworks: list[Framework], written: str) -> Framework:
    """The framework with this id; ids are compared without regard to case ("ls-xa-2021")."""
    wanted = written.strip()
    for framework in frameworks:
        if framework.framework_id == wanted:
            return framework
    for framework in frameworks:
        if framework.framework_id.casefold() == wanted.casefold():
            return framework
    listed = "; ".join(
        msg(
            "template.framework_item",
            framework=f.framework_id,
            group=_group_label(f.unit_group),
            years=_years(f),
        )
        for f in frameworks
    )
    raise TemplateError(msg("template.framework_unknown", framework=wanted, frameworks=listed))


def _right_framework(con: duckdb.DuckDBPyConnection, group: str, year: int) -> str:
    """How to fix a framework that does not fit: the one the group is assessed on that year, if any."""
    right = framework_for(con, group, year)
    if right:
        return msg("template.fix_use", framework=right, group=_group_label(group), year=year)
    return msg("template.fix_load", group=_group_label(group), year=year)


def _group_label(group: str) -> str:
    return ui.GROUP_LABELS.get(group, group)


def _years(framework: Framework) -> str:
    if framework.to_year is None:
        return msg("template.years_from", start=framework.from_year)
    return msg("template.years_range", start=framework.from_year, end=framework.to_year)


def _period(unit: Unit) -> str:
    start = unit.valid_from.strftime("%d/%m/%Y") if unit.valid_from else "…"
    end = unit.valid_to.strftime("%d/%m/%Y") if unit.valid_to else "…"
    return f"{start} – {end}"


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


# --------------------------------------------------------------------------------------------------
# The workbook
# --------------------------------------------------------------------------------------------------


def build_workbook(plan: TemplatePlan) -> Workbook:
    """The template as an openpyxl workbook (one protected sheet), not yet saved."""
    book = Workbook()
    sheet = book.active
    sheet.title = msg("template.sheet_name")
    book.properties.title = msg("template.title", year=plan.year)
    book.properties.creator = msg("template.note_author")
    _title_block(sheet, plan)
    _header(sheet)
    rows = {c.code: DATA_START_ROW + i for i, c in enumerate(plan.criteria)}
    children: dict[str, list[Criterion]] = {}
    for criterion in plan.criteria:
        if criterion.parent_code:
            children.setdefault(criterion.parent_code, []).append(criterion)
    validations = _Validations(sheet)
    for criterion in plan.criteria:
        kids = [rows[kid.code] for kid in children.get(criterion.code, [])]
        _criterion_row(sheet, rows[criterion.code], criterion, kids, validations)
    total_row = DATA_START_ROW + len(plan.criteria)
    fields = [rows[c.code] for c in plan.criteria if c.parent_code is None]
    _total_row(sheet, total_row, sum(c.max_points for c in plan.criteria if c.parent_code is None), fields)
    _conditional_formats(sheet, total_row - 1)
    _signature_block(sheet, total_row + 2)
    _page_setup(sheet, total_row + 5)
    return book


def _title_block(sheet: Worksheet, plan: TemplatePlan) -> None:
    unit = plan.unit
    left = [plan.parent.name.upper()] if plan.parent else []
    left.append(unit.name.upper())
    right = [msg("template.nation"), msg("template.motto")]
    for offset, text in enumerate(left):
        row = 1 + offset
        _merged(sheet, row, _LEFT_BLOCK, text, Font(name=_FONT, size=12, bold=offset == len(left) - 1))
    for offset, text in enumerate(right):
        underline = "single" if offset == len(right) - 1 else None
        _merged(
            sheet, 1 + offset, _RIGHT_BLOCK, text, Font(name=_FONT, size=12, bold=True, underline=underline)
        )
    whole = ("A", _LAST_LETTER)
    _merged(
        sheet, _TITLE_ROW, whole, msg("template.title", year=plan.year), Font(name=_FONT, size=14, bold=True)
    )
    _merged(
        sheet,
        _UNIT_ROW,
        whole,
        msg("template.unit_line", unit=unit.name, code=unit.code),
        Font(name=_FONT, size=12, bold=True),
    )
    framework = plan.framework
    line = (
        msg("template.framework_line", framework=framework.framework_id, legal_basis=framework.legal_basis)
        if framework.legal_basis
        else msg("template.framework_line_bare", framework=framework.framework_id)
    )
    _merged(sheet, _FRAMEWORK_ROW, whole, line, Font(name=_FONT, size=12, italic=True))
    _merged(
        sheet,
        _GUIDE_ROW,
        whole,
        msg("template.guide"),
        Font(name=_FONT, size=10, italic=True),
        horizontal="left",
    )
    # Merged cells do not grow with their text: give long lines the height of their wrapped lines.
    width = sum(COLUMN_WIDTHS.values())
    for row in (_FRAMEWORK_ROW, _GUIDE_ROW):
        text = str(sheet.cell(row, 1).value or "")
        # About 1.1 characters of this font per unit of column width; 16 points per line.
        sheet.row_dimensions[row].height = 16 * max(1, math.ceil(len(text) / (width * 1.1)))


def _merged(
    sheet: Worksheet,
    row: int,
    columns: tuple[str, str],
    text: str,
    font: Font,
    horizontal: str = "center",
) -> None:
    sheet.merge_cells(f"{columns[0]}{row}:{columns[1]}{row}")
    cell = sheet[f"{columns[0]}{row}"]
    cell.value = text
    cell.font = font
    cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=True)


def _header(sheet: Worksheet) -> None:
    labels = ui.TEMPLATE_HEADERS["scoring"]
    for index, name in enumerate(COLUMNS, start=1):
        cell = sheet.cell(HEADER_ROW, index, labels[name])
        cell.font = Font(name=_FONT, size=11, bold=True)
        cell.fill = _HEADER_FILL
        cell.border = _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[_LETTER[name]].width = COLUMN_WIDTHS[name]
    sheet.row_dimensions[HEADER_ROW].height = 36


class _Validations:
    """Data validations of the sheet, one per kind of cell and maximum, so the file stays small."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        self._points: dict[tuple[str, float], DataValidation] = {}
        self._not_applicable: DataValidation | None = None

    def points(self, column: str, max_points: float, cell: str) -> None:
        """A score between 0 and the criterion's maximum, with a prompt and a Vietnamese error."""
        key = (column, max_points)
        validation = self._points.get(key)
        if validation is None:
            shown = format_points(max_points)
            prefix = "self" if column == "self_points" else "appraised"
            validation = DataValidation(
                type="decimal",
                operator="between",
                formula1="0",
                formula2=_formula_number(max_points),
                allow_blank=True,
                showErrorMessage=True,
                errorStyle="stop",
                errorTitle=msg("template.points_error_title"),
                error=msg(f"template.{prefix}_error", max_points=shown),
                showInputMessage=True,
                promptTitle=msg(f"template.{prefix}_prompt_title"),
                prompt=msg(f"template.{prefix}_prompt", max_points=shown),
            )
            self.sheet.add_data_validation(validation)
            self._points[key] = validation
        validation.add(cell)

    def not_applicable(self, cell: str) -> None:
        """The «Không áp dụng» dropdown: its one value, or blank."""
        if self._not_applicable is None:
            value = msg("template.not_applicable_value")
            self._not_applicable = DataValidation(
                type="list",
                formula1=f'"{value}"',
                allow_blank=True,
                showDropDown=False,  # False shows the arrow (the attribute's meaning is inverted in OOXML)
                showErrorMessage=True,
                errorStyle="stop",
                errorTitle=msg("template.not_applicable_error_title"),
                error=msg("template.not_applicable_error"),
                showInputMessage=True,
                promptTitle=value,
                prompt=msg("template.not_applicable_prompt"),
            )
            self.sheet.add_data_validation(self._not_applicable)
        self._not_applicable.add(cell)


def _criterion_row(
    sheet: Worksheet, row: int, criterion: Criterion, child_rows: list[int], validations: _Validations
) -> None:
    is_parent = bool(child_rows)
    bold = is_parent
    fill = _FIELD_FILL if criterion.parent_code is None else _PARENT_FILL if is_parent else None
    cells = {name: sheet[f"{_LETTER[name]}{row}"] for name in COLUMNS}
    cells["stt"].value = criterion.stt_text
    cells["title"].value = criterion.title
    cells["max_points"].value = _number(criterion.max_points)
    cells["max_points"].number_format = points_format(criterion.max_points)
    for name, cell in cells.items():
        cell.font = Font(name=_FONT, size=11, bold=bold)
        cell.border = _BORDER
        cell.protection = _LOCKED
        cell.alignment = Alignment(
            horizontal="left" if name in ("title", "evidence", "explanation") else "center",
            vertical="center",
            wrap_text=True,
            indent=max(0, criterion.depth - 1) if name == "title" else 0,
        )
        if fill is not None:
            cell.fill = fill
    if is_parent:
        for name in ("self_points", "appraised_points"):
            cells[name].value = sum_formula(_LETTER[name], child_rows)
        return
    if criterion.is_survey:
        # ĐTXHH points come from the survey file; the unit neither scores nor excludes them.
        for name in ("self_points", "not_applicable", "appraised_points"):
            cells[name].fill = _SURVEY_FILL
        note = Comment(msg("template.survey_note"), msg("template.note_author"))
        note.width, note.height = 220, 60
        cells["self_points"].comment = note
        return
    for name in ("self_points", "not_applicable", "evidence", "explanation", "appraised_points"):
        cells[name].protection = _UNLOCKED
    validations.points("self_points", criterion.max_points, cells["self_points"].coordinate)
    validations.points("appraised_points", criterion.max_points, cells["appraised_points"].coordinate)
    validations.not_applicable(cells["not_applicable"].coordinate)


def _total_row(sheet: Worksheet, row: int, max_points: float, field_rows: list[int]) -> None:
    values = {
        "title": msg("template.total"),
        "max_points": _number(max_points),
        "self_points": sum_formula(_LETTER["self_points"], field_rows),
        "appraised_points": sum_formula(_LETTER["appraised_points"], field_rows),
    }
    for name in COLUMNS:
        cell = sheet[f"{_LETTER[name]}{row}"]
        cell.value = values.get(name)
        cell.font = Font(name=_FONT, size=11, bold=True)
        cell.border = _BORDER
        cell.fill = _HEADER_FILL
        cell.protection = _LOCKED
        cell.alignment = Alignment(horizontal="left" if name == "title" else "center", vertical="center")
    sheet[f"{_LETTER['max_points']}{row}"].number_format = points_format(max_points)


def _conditional_formats(sheet: Worksheet, last_row: int) -> None:
    """Scores pasted past the validation (Excel does not validate pasted values) show in red; the
    score of a criterion marked «Không áp dụng» is greyed out."""
    first = DATA_START_ROW
    max_cell = f"${_LETTER['max_points']}{first}"
    not_applicable = f"${_LETTER['not_applicable']}{first}"
    for name in ("self_points", "appraised_points"):
        letter = _LETTER[name]
        target = f"{letter}{first}:{letter}{last_row}"
        cell = f"{letter}{first}"
        invalid = f'AND({cell}<>"",OR(NOT(ISNUMBER({cell})),{cell}<0,{cell}>{max_cell}))'
        sheet.conditional_formatting.add(target, FormulaRule(formula=[invalid], fill=_INVALID_FILL))
    letter = _LETTER["self_points"]
    sheet.conditional_formatting.add(
        f"{letter}{first}:{letter}{last_row}",
        FormulaRule(formula=[f'{not_applicable}<>""'], fill=_NOT_APPLICABLE_FILL),
    )


def _signature_block(sheet: Worksheet, row: int) -> None:
    """Place, date and signatures, as official forms end; the date line is left for the unit to fill
    (the loader reads a date written there as the day the sheet was signed)."""
    _merged(
        sheet, row, _RIGHT_BLOCK, msg("template.signed_place_date"), Font(name=_FONT, size=12, italic=True)
    )
    sheet[f"{_RIGHT_BLOCK[0]}{row}"].protection = _UNLOCKED
    _merged(sheet, row + 1, ("A", "B"), msg("template.preparer"), Font(name=_FONT, size=12, bold=True))
    _merged(sheet, row + 1, _RIGHT_BLOCK, msg("template.head"), Font(name=_FONT, size=12, bold=True))
    _merged(sheet, row + 2, ("A", "B"), msg("template.preparer_sign"), Font(name=_FONT, size=11, italic=True))
    _merged(sheet, row + 2, _RIGHT_BLOCK, msg("template.head_sign"), Font(name=_FONT, size=11, italic=True))


def _page_setup(sheet: Worksheet, last_row: int) -> None:
    sheet.freeze_panes = f"A{DATA_START_ROW}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_area = f"A1:{_LAST_LETTER}{last_row}"
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.oddFooter.center.text = msg("template.page_footer")
    # Protection without a password: rows of the framework are not edited by mistake; resizing rows and
    # columns stays allowed so long evidence lists can be read.
    protection = sheet.protection
    protection.sheet = True
    protection.formatColumns = False
    protection.formatRows = False


# --------------------------------------------------------------------------------------------------
# Numbers and formulas
# --------------------------------------------------------------------------------------------------


def sum_formula(letter: str, rows: Iterable[int]) -> str:
    """=SUM(D10,D13): a parent adds its children only (grandchildren are inside the children)."""
    return "=SUM(" + ",".join(f"{letter}{row}" for row in rows) + ")"


def points_format(points: float) -> str:
    """Number format of a maximum: "0.##" for decimals; whole numbers get "0", because Excel shows "3."
    for 3 under "0.##"."""
    return "0" if float(points).is_integer() else "0.##"


def format_points(points: float) -> str:
    """Points as Vietnamese write them in messages: decimal comma, no trailing zeros (1,5; 0,25; 10)."""
    text = f"{round(float(points), 2):.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _formula_number(points: float) -> str:
    # Formulas in the file are stored in the invariant (English) form whatever the user's locale.
    return f"{round(float(points), 2):.2f}".rstrip("0").rstrip(".")


def _number(points: float) -> int | float:
    value = round(float(points), 2)
    return int(value) if value.is_integer() else value

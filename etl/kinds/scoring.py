"""Units' yearly CCHC scoring sheets (kind `scoring`): self-assessed points, evidence and explanations,
and, in the appraisal council's version, appraised points.

Whose sheet and which year come from the title block above the header (or the file name, or
--unit/--year). Rows are matched to the framework the unit's group is assessed on that year, by their
number and, where numbers are missing or shifted, by their title; the framework, not the numbering,
gives the hierarchy. Anything that would put a wrong figure on a page refuses the file; what a
steward should look at (missing evidence, inflated self-scores, late submission) is loaded and
reported. The checks themselves are in `etl.kinds.scoring_checks`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from etl.findings import FindingSink
from etl.formulas import FormulaError, FormulaEvaluator
from etl.kinds import scoring_checks
from etl.kinds.base import (
    Context,
    Located,
    Parsed,
    cell_of,
    column_rows,
    data_rows,
    locate,
    title_lines,
    year_in_text,
)
from etl.kinds.framework import LETTER_ITEM, canonical_code, is_total_title
from etl.kinds.registry import Criterion, Unit, UnitRegistry, criteria_of, framework_for, name_key
from etl.layouts import SCORING
from etl.readers import Workbook, cell_ref
from etl.text import fold, normalize_text
from etl.values import NOT_APPLICABLE, ValueParseError, parse_points
from labels import msg

LAYOUT = SCORING
TABLES = ("raw_score_sheet", "raw_score")

_DATE = re.compile(r"\bngay (\d{1,2}) (?:thang )?(\d{1,2}) (?:nam )?((?:19|20)\d\d)\b")
# How the left column of an official title block names an authority, and the province above it.
_AUTHORITY = re.compile(
    r"^(?:uy ban nhan dan|ubnd|so|phong|xa|phuong|thi tran|huyen|thanh pho|ban|van phong)\b"
)
_PROVINCE = re.compile(r"^(?:uy ban nhan dan|ubnd) tinh\b")
_UNIT_CODE = re.compile(r"\bm[aã]\s+(?:đơn vị|don vi|đv|dv)\s*:\s*([^\s,;()]+)", re.IGNORECASE)
# "(1) (2) (3)…" or "A B 1 2 3" under a header: column numbers, not data.
_COLUMN_NUMBER = re.compile(r"^\(?(\d{1,2}|[a-z])\)?$")
_NUMBER_FIELDS = ("max_points", "self_points", "appraised_points")
_MIN_CODE_TITLE_SIMILARITY = 55
_MIN_TITLE_SIMILARITY = 88


@dataclass
class ScoreRow:
    """One criterion row as read from the sheet, then matched to the framework."""

    index: int
    stt: str
    title: str
    max_points: float | None
    self_points: float | None
    appraised_points: float | None
    self_text: str | None
    appraised_text: str | None
    is_not_applicable: bool
    evidence: str
    explanation: str
    note: str
    criterion: Criterion | None = None
    matched_by: str = "code"
    # Cells holding a formula this reader could not compute: (field, cell).
    uncomputed: tuple[tuple[str, str], ...] = ()


@dataclass
class Sheet:
    """What the whole sheet says: rows, typed totals and the lines around the table."""

    rows: list[ScoreRow]
    total: ScoreRow | None
    footer: list[str]
    has_appraisal: bool


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Read one unit's scoring sheet for one year, check it against the framework, and stage its rows."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    above = title_lines(located)
    left = [_first_text(cells) for cells in located.sheet.rows[: located.header.first_row_index]]
    year, year_source = _year(ctx, above)
    registry = ctx.reference("units", lambda: UnitRegistry(ctx.con))
    unit, unit_text, unit_source = _unit(ctx, registry, above, left, year)
    if year is None:
        sink.error("scoring.no_year", sheet=located.sheet.name)
    if unit is None or year is None:
        return None
    ctx.identity.update(unit_code=unit.code, year=year, period=str(year))
    if not unit.valid_in(year):
        sink.error(
            "scoring.unit_not_in_force",
            sheet=located.sheet.name,
            unit=unit.name,
            code=unit.code,
            year=year,
            period=_period(unit),
            successor=msg("scoring.successor", code=unit.successor_code) if unit.successor_code else "",
        )
        return None
    framework_id = ctx.reference(
        ("framework_for", unit.group, year), lambda: framework_for(ctx.con, unit.group, year)
    )
    if framework_id is None:
        sink.error(
            "scoring.no_framework", sheet=located.sheet.name, unit=unit.name, group=unit.group, year=year
        )
        return None
    criteria = ctx.reference(("criteria", framework_id), lambda: criteria_of(ctx.con, framework_id))
    sheet = _read(located, sink)
    if sheet is None:
        return None
    _match(sheet, criteria, located, ctx, framework_id, unit.group)
    if sink.has_errors:
        return None
    # Appraised means the council scored sub-criteria; a parent's formula over empty cells is not that.
    sheet.has_appraisal = any(
        r.appraised_points is not None for r in sheet.rows if r.criterion and r.criterion.is_leaf
    )
    scoring_checks.check(sheet, criteria, located, ctx, framework_id=framework_id, unit=unit, year=year)
    if sink.has_errors:
        return None
    submitted = _submitted_date(above + sheet.footer)
    scoring_checks.warn(sheet, located, ctx)
    supersedes = _superseded(ctx, unit.code, year, sheet.has_appraisal, located)
    return _staged(sheet, located, ctx, unit, unit_text, unit_source, year, year_source, framework_id,
                   submitted, supersedes)  # fmt: skip


def _staged(
    sheet: Sheet,
    located: Located,
    ctx: Context,
    unit: Unit,
    unit_text: str | None,
    unit_source: str,
    year: int,
    year_source: str,
    framework_id: str,
    submitted: dt.date | None,
    supersedes: str | None,
) -> Parsed:
    name = located.sheet.name
    columns = located.header.columns
    not_applicable = _not_applicable_codes(sheet)
    # What the unit typed is kept only where a legacy encoding was converted.
    typed_text = ctx.typed_text if ctx.converted(located.sheet) else _never_typed
    score_rows = [
        {
            "file_sha256": ctx.file_sha256,
            "sheet_name": name,
            "row_number": row.index + 1,
            "criterion_code": row.criterion.code,
            "matched_by": row.matched_by,
            "stt_text": row.stt or None,
            "title_text": row.title or None,
            "title_source": typed_text(located.sheet, row.index, columns.get("title")),
            "max_points": row.max_points,
            "self_points": row.self_points,
            "appraised_points": row.appraised_points,
            "self_text": row.self_text,
            "appraised_text": row.appraised_text,
            "is_not_applicable": row.criterion.code in not_applicable,
            "evidence_text": row.evidence or None,
            "evidence_source": typed_text(located.sheet, row.index, columns.get("evidence")),
            "explanation_text": row.explanation or None,
            "explanation_source": typed_text(located.sheet, row.index, columns.get("explanation")),
            "note_text": row.note or None,
        }
        for row in sheet.rows
        if row.criterion is not None
    ]
    sheet_row = {
        "file_sha256": ctx.file_sha256,
        "sheet_name": name,
        "unit_code": unit.code,
        "year": year,
        "framework_id": framework_id,
        "unit_text": unit_text,
        "unit_source": unit_source,
        "year_source": year_source,
        "submitted_date": submitted,
        "has_appraisal": sheet.has_appraisal,
    }
    return Parsed(
        tables={"raw_score_sheet": [sheet_row], "raw_score": score_rows},
        columns=column_rows(ctx.file_sha256, located),
        rows_loaded=len(score_rows),
        unit_code=unit.code,
        year=year,
        period=str(year),
        framework_id=framework_id,
        supersedes=supersedes,
    )


def _never_typed(sheet: object, row_index: int, col: int | None) -> None:
    return None


# --------------------------------------------------------------------------------------------------
# Whose sheet, which year, when it was signed
# --------------------------------------------------------------------------------------------------


def _line(cells: list[object]) -> str:
    return " ".join(normalize_text(c) for c in cells if c is not None and normalize_text(c))


def _first_text(cells: list[object]) -> str:
    return next((normalize_text(c) for c in cells if c is not None and normalize_text(c)), "")


def _year(ctx: Context, above: list[str]) -> tuple[int | None, str]:
    """The assessed year: --year, else "NĂM 2023" in the title block, else a year in the file name."""
    if ctx.options.year:
        return ctx.options.year, "option"
    found = year_in_text(above, lone=False)
    if found is not None:
        return found, "title"
    found = year_in_text([ctx.file_name.rsplit(".", 1)[0]], lone=True)
    return (found, "file_name") if found is not None else (None, "none")


def _unit(
    ctx: Context, registry: UnitRegistry, above: list[str], left: list[str], year: int | None
) -> tuple[Unit | None, str | None, str]:
    """The unit: --unit, else "Mã đơn vị: X" in the title block, else the authority the block's left
    column ends with (under "UBND HUYỆN X" comes "UBND XÃ Y", the unit itself), else a registered name
    anywhere in the block, else the file name."""
    sink = ctx.sink
    written: str | None = None
    found: list[Unit] = []
    source = "title"
    if ctx.options.unit:
        found, written, source = registry.lookup(ctx.options.unit, year), ctx.options.unit, "option"
    else:
        for line in above:
            match = _UNIT_CODE.search(line)
            if match:
                found, written = registry.lookup(match.group(1), year), match.group(1)
                break
        if not found and written is None:
            named = registry.find_in(above, year)
            authority, superiors = _authority_line(left)
            if authority is not None:
                written = authority
                found = registry.find_in([authority], year)
                # "UBND HUYỆN CAO LỘC" over "PHÒNG TƯ PHÁP": the office's registered name carries its district.
                for superior in reversed(superiors):
                    if found:
                        break
                    found = registry.lookup(f"{authority} {name_key(superior)}", year)
                # "UBND HUYỆN X" on the left and "… CỦA UBND XÃ Y" in the title: the commune is meant.
                under = [u for u in named if u.parent_code in {a.code for a in found}]
                found = under or found
                if not found:
                    # "PHÒNG TƯ PHÁP" alone, its full name in "(Kèm theo … của Phòng Tư pháp huyện Hữu Lũng)"
                    # or in the file name.
                    stem = ctx.file_name.rsplit(".", 1)[0]
                    short = name_key(authority)
                    found = [u for u in named if short in name_key(u.name)] or [
                        u for u in registry.find_in([stem], year) if short in name_key(u.name)
                    ]
            else:
                found, written = named, " / ".join(above) if named else None
        if not found and written is None:
            stem = ctx.file_name.rsplit(".", 1)[0]
            found, written, source = registry.find_in([stem], year), stem, "file_name"
    if len(found) == 1:
        return found[0], written, source
    if len(found) > 1:
        sink.error("scoring.unit_ambiguous", units=", ".join(f"«{u.name}» ({u.code})" for u in found))
        return None, written, source
    if not registry:
        sink.error("scoring.no_registry")
        return None, written, source
    shown = written or _unit_like(above) or ctx.file_name
    near = registry.closest_names(shown, year)
    sink.error(
        "scoring.unit_unknown",
        written=shown[:120],
        closest=", ".join(f"«{name}»" for name in near) or msg("scoring.no_close_names"),
    )
    return None, written, source


def _authority_line(left: list[str]) -> tuple[str | None, list[str]]:
    """The last line of the title block's left column that names an authority (not the province), and
    the authority lines above it."""
    lines = [line for line in left if _AUTHORITY.match(fold(line)) and not _PROVINCE.match(fold(line))]
    return (lines[-1], lines[:-1]) if lines else (None, [])


def _unit_like(above: list[str]) -> str:
    """The title-block line most likely to name the unit, for "did you mean" messages."""
    markers = ("ubnd", "uy ban", "don vi", "so ", "xa ", "phuong", "huyen", "phong", "thi tran")
    for line in above:
        folded = fold(line)
        if any(folded.startswith(m) or f" {m}" in folded for m in markers) and "cong hoa" not in folded:
            return line
    return ""


def _period(unit: Unit) -> str:
    start = unit.valid_from.strftime("%d/%m/%Y") if unit.valid_from else "…"
    end = unit.valid_to.strftime("%d/%m/%Y") if unit.valid_to else "…"
    return f"{start} – {end}"


def _submitted_date(lines: list[str]) -> dt.date | None:
    """The date the sheet was signed or sent: "(Kèm theo Báo cáo số … ngày 02/12/2023)" or a signature
    line "…, ngày 02 tháng 12 năm 2023"; the latest such date when there are several."""
    found: list[dt.date] = []
    for line in lines:
        folded = fold(line)
        matches = list(_DATE.finditer(folded))
        # "Kèm theo Báo cáo số … ngày …" or "Minh Sơn, ngày …" (a place, then the date); not the date of a
        # decision quoted in the title block ("Bộ tiêu chí … Quyết định số 2282/QĐ-UBND ngày 21/11/2021").
        if not matches or "quyet dinh" in folded:
            continue
        if "kem theo" not in folded and len(folded[: matches[0].start()].split()) > 6:
            continue
        for day, month, year in (m.groups() for m in matches):
            try:
                found.append(dt.date(int(year), int(month), int(day)))
            except ValueError:
                continue
    return max(found) if found else None


def _superseded(ctx: Context, unit_code: str, year: int, has_appraisal: bool, located: Located) -> str | None:
    """The unit's current sheet for the year, which this file replaces; warns when an appraised sheet
    is replaced by one without appraisal. Called last, on a file that will be committed."""
    current = ctx.reference("current_sheets", lambda: _current_sheets(ctx))
    row = current.get((unit_code, year))
    # The load session's map follows its own commits instead of asking the warehouse for every sheet.
    current[(unit_code, year)] = (ctx.file_sha256, has_appraisal, ctx.file_name)
    if row is None:
        return None
    if row[1] and not has_appraisal:
        ctx.sink.warning("scoring.replaces_appraised", sheet=located.sheet.name, file=row[2], year=year)
    return row[0]


def _current_sheets(ctx: Context) -> dict[tuple[str, int], tuple[str, bool, str]]:
    """(unit, year) → (sha256, has appraisal, file name) of every sheet no later sheet superseded."""
    rows = ctx.con.execute(
        "select s.unit_code, s.year, s.file_sha256, s.has_appraisal, f.file_name from raw_score_sheet as s"
        " inner join source_file as f using (file_sha256)"
        " where not exists (select 1 from source_file as n where n.supersedes_sha256 = s.file_sha256)"
        " order by f.attempt_id"
    ).fetchall()
    return {(unit, year): (sha, appraised, name) for unit, year, sha, appraised, name in rows}


# --------------------------------------------------------------------------------------------------
# Reading rows
# --------------------------------------------------------------------------------------------------


def _read(located: Located, sink: FindingSink) -> Sheet | None:
    sheet = located.sheet
    columns = _Columns.of(located)
    evaluator = FormulaEvaluator(sheet.uncached_formulas, sheet.rows) if sheet.uncached_formulas else None
    rows: list[ScoreRow] = []
    total: ScoreRow | None = None
    footer: list[str] = []
    for index, cells in data_rows(located):
        if total is not None:
            footer.append(_line(cells))
            continue
        title = _text_at(cells, columns.title)
        stt = _text_at(cells, columns.stt) if columns.stt is not None else ""
        if _COLUMN_NUMBER.match(fold(title)) and (not stt or _COLUMN_NUMBER.match(fold(stt))):
            continue
        row = _row(cells, located, columns, index, sink, evaluator, stt, title)
        if row is None:
            continue
        if not stt and is_total_title(title):
            total = row
            continue
        rows.append(row)
    if not rows and not sink.has_errors:
        sink.error("file.no_rows", sheet=sheet.name)
    if sink.has_errors:
        return None
    return Sheet(rows, total, footer, has_appraisal=False)


@dataclass(frozen=True)
class _Columns:
    """The column of each field the rows are read from (None: the sheet has no such column)."""

    title: int | None
    stt: int | None
    not_applicable: int | None
    evidence: int | None
    explanation: int | None
    note: int | None
    numbers: tuple[tuple[str, int | None], ...]

    @classmethod
    def of(cls, located: Located) -> _Columns:
        get = located.header.columns.get
        return cls(
            title=get("title"),
            stt=get("stt"),
            not_applicable=get("not_applicable"),
            evidence=get("evidence"),
            explanation=get("explanation"),
            note=get("note"),
            numbers=tuple((name, get(name)) for name in _NUMBER_FIELDS),
        )


def _text_at(cells: list[object], col: int | None) -> str:
    """A cell's text as `base.text` gives it (a whole float written without ".0"); "" when absent."""
    if col is None or col >= len(cells):
        return ""
    raw = cells[col]
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return normalize_text(raw)


def _row(
    cells: list[object],
    located: Located,
    columns: _Columns,
    index: int,
    sink: FindingSink,
    evaluator: FormulaEvaluator | None,
    stt: str,
    title: str,
) -> ScoreRow | None:
    numbers: dict[str, float | None] = {}
    typed: dict[str, str | None] = {}
    not_applicable = bool(_text_at(cells, columns.not_applicable))
    uncomputed: list[tuple[str, str]] = []
    ok = True
    width = len(cells)
    for field_name, col in columns.numbers:
        raw = cells[col] if col is not None and col < width else None
        typed[field_name] = normalize_text(raw) or None if isinstance(raw, str) else None
        if raw is None and col is not None and evaluator is not None and (index, col) in evaluator.formulas:
            try:
                numbers[field_name] = evaluator.evaluate(index, col)
            except FormulaError:
                numbers[field_name] = None
                uncomputed.append((field_name, cell_ref(index, col)))
            continue
        try:
            parsed = parse_points(raw)
        except ValueParseError:
            sink.error(
                "value.number",
                sheet=located.sheet.name,
                cell=cell_of(located, index, field_name),
                row_number=index + 1,
                value=normalize_text(raw),
                column=located.header.texts[field_name],
            )
            ok = False
            continue
        if parsed is NOT_APPLICABLE:
            numbers[field_name] = None
            if field_name != "max_points":
                not_applicable = True
        else:
            numbers[field_name] = parsed
    if not ok:
        return None
    return ScoreRow(
        index=index,
        stt=stt,
        title=title,
        max_points=numbers["max_points"],
        self_points=numbers["self_points"],
        appraised_points=numbers.get("appraised_points"),
        self_text=typed["self_points"],
        appraised_text=typed.get("appraised_points"),
        is_not_applicable=not_applicable,
        evidence=_text_at(cells, columns.evidence),
        explanation=_text_at(cells, columns.explanation),
        note=_text_at(cells, columns.note),
        uncomputed=tuple(uncomputed),
    )


# --------------------------------------------------------------------------------------------------
# Matching rows to the framework
# --------------------------------------------------------------------------------------------------


def _match(
    sheet: Sheet, criteria: list[Criterion], located: Located, ctx: Context, framework_id: str, group: str
) -> None:
    """Give each row its criterion: by number when the title agrees (or is blank), else by title."""
    from rapidfuzz import fuzz, process

    sink = ctx.sink
    name = located.sheet.name
    by_code, titles, folded_titles, exact_titles = ctx.reference(
        ("criteria_index", framework_id), lambda: _criteria_index(criteria)
    )
    other_titles = ctx.reference(
        ("other_titles", group, framework_id), lambda: _other_titles(ctx, group, framework_id)
    )
    seen: dict[str, ScoreRow] = {}
    last_numbered: Criterion | None = None
    kept: list[ScoreRow] = []
    for row in sheet.rows:
        code = canonical_code(row.stt) if row.stt else None
        letter = LETTER_ITEM.match(row.stt.lower().replace(" ", "")) if row.stt else None
        if code is None and letter and last_numbered is not None:
            code = f"{last_numbered.code}.{letter.group(1)}"
        folded = fold(row.title)
        by_number = by_code.get(code) if code else None
        chosen: Criterion | None = None
        if by_number and (
            not folded
            # The framework's own title (most rows) needs no fuzzy comparison.
            or folded == folded_titles[by_number.code]
            or _similar(folded, folded_titles[by_number.code], fuzz) >= _MIN_CODE_TITLE_SIMILARITY
        ):
            chosen = by_number
        elif folded:
            candidates = exact_titles.get(folded)
            if candidates and len(candidates) == 1:
                chosen = candidates[0]
            elif not candidates:
                best = process.extract(folded, titles, scorer=fuzz.ratio, limit=2)
                if (
                    best
                    and best[0][1] >= _MIN_TITLE_SIMILARITY
                    and (len(best) < 2 or best[1][1] < best[0][1] - 3)
                ):
                    chosen = criteria[best[0][2]]
            if chosen is not None:
                row.matched_by = "title"
                if row.stt and chosen.code != code:
                    sink.warning(
                        "scoring.number_shifted",
                        sheet=name,
                        cell=cell_of(located, row.index, "stt"),
                        row_number=row.index + 1,
                        stt=row.stt,
                        code=chosen.stt_text,
                        title=chosen.title[:80],
                    )
            elif by_number and folded not in other_titles:
                # The number exists and no criterion of any version has this title: a unit's own wording.
                # A title of another version ("Đeo thẻ công chức" of 2019 under 2021's 5.3.4) is not.
                chosen = by_number
        if chosen is None:
            _unmatched(row, code, located, ctx, framework_id, group)
            continue
        if not (letter and row.stt and not canonical_code(row.stt)):
            last_numbered = chosen
        first = seen.get(chosen.code)
        if first is not None:
            sink.error(
                "scoring.duplicate_criterion",
                sheet=name,
                cell=cell_of(located, row.index, "stt" if row.stt else "title"),
                row_number=row.index + 1,
                code=chosen.stt_text,
                first_row=first.index + 1,
            )
            continue
        row.criterion = chosen
        seen[chosen.code] = row
        kept.append(row)
    sheet.rows = kept


def _criteria_index(
    criteria: list[Criterion],
) -> tuple[dict[str, Criterion], list[str], dict[str, str], dict[str, list[Criterion]]]:
    """A framework's criteria by code, their folded titles (in order and by code), and by folded title:
    built once per framework for the load session."""
    by_code = {c.code: c for c in criteria}
    titles = [fold(c.title) for c in criteria]
    exact_titles: dict[str, list[Criterion]] = {}
    for criterion, folded in zip(criteria, titles, strict=True):
        exact_titles.setdefault(folded, []).append(criterion)
    folded_titles = {c.code: folded for c, folded in zip(criteria, titles, strict=True)}
    return by_code, titles, folded_titles, exact_titles


def _similar(left: str, right: str, fuzz: object) -> float:
    return max(fuzz.token_set_ratio(left, right), fuzz.partial_ratio(left, right))  # type: ignore[attr-defined]


def _unmatched(
    row: ScoreRow, code: str | None, located: Located, ctx: Context, framework_id: str, group: str
) -> None:
    """A row that is no criterion of the framework: an error if it carries points, else a note."""
    sink = ctx.sink
    name = located.sheet.name
    has_points = any(v is not None for v in (row.max_points, row.self_points, row.appraised_points))
    if not has_points and not code:
        if row.title or row.evidence or row.explanation:
            sink.warning(
                "scoring.note_row",
                sheet=name,
                cell=cell_of(located, row.index, "title"),
                row_number=row.index + 1,
                title=(row.title or row.evidence or row.explanation)[:80],
            )
        return
    other = _other_framework(ctx, group, framework_id, code, row.title)
    sink.error(
        "scoring.unknown_criterion",
        sheet=name,
        cell=cell_of(located, row.index, "stt" if row.stt else "title"),
        row_number=row.index + 1,
        stt=row.stt or "—",
        title=row.title[:80] or "—",
        framework=framework_id,
        other=msg("scoring.in_other_framework", framework=other) if other else "",
    )


def _other_titles(ctx: Context, group: str, framework_id: str) -> frozenset[str]:
    """Folded titles of the group's other framework versions that this framework does not have."""
    rows = ctx.con.execute(
        "select c.title, c.framework_id = ? from stg_criterion as c inner join stg_framework as f using"
        " (framework_id) where f.unit_group = ?",
        [framework_id, group],
    ).fetchall()
    own = {fold(title) for title, is_own in rows if is_own}
    return frozenset(fold(title) for title, is_own in rows if not is_own) - own


def _other_framework(ctx: Context, group: str, framework_id: str, code: str | None, title: str) -> str | None:
    """Another framework of the group that has this criterion: the template the unit probably used."""
    rows = ctx.con.execute(
        "select c.framework_id, c.criterion_code, c.title from stg_criterion as c"
        " inner join stg_framework as f using (framework_id)"
        " where f.unit_group = ? and c.framework_id <> ? order by f.from_year desc",
        [group, framework_id],
    ).fetchall()
    folded = fold(title)
    for other, _code, other_title in rows:
        if folded and fold(other_title) == folded:
            return other
    for other, other_code, _ in rows:
        if code and other_code == code:
            return other
    return None


def _not_applicable_codes(sheet: Sheet) -> set[str]:
    """Criteria out of the denominator: marked themselves, or under a marked parent."""
    marked = {row.criterion.code for row in sheet.rows if row.criterion and row.is_not_applicable}
    if not marked:
        return set()
    result = set()
    for row in sheet.rows:
        if row.criterion is None:
            continue
        code = row.criterion.code
        parts = code.split(".")
        if any(".".join(parts[:n]) in marked for n in range(1, len(parts) + 1)):
            result.add(code)
    return result

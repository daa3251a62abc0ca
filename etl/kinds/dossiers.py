"""Dossier lists exported from the public-service portal (kind `dossiers`): one row per dossier filed at
a One-Stop desk, with its received, due and resolved dates, whether it was digitised, and whether an
apology letter went to the citizen when it was late.

A bad row (no dossier code, an unknown unit, an unreadable or impossible date, a due date before the
day of receipt) does not sink the file: it goes to raw_rejected_row with its line and a Vietnamese
message naming the cell and the fix, and the rest loads; loaded + rejected = the file's rows. A
receiving officer missing from the officer list is kept as written and counts for no officer.

The states of a list are as of the day it was exported: the date a title line gives («Tính đến ngày
05/01/2025»), else a date in the file name, else the day it is loaded (with a warning). The same dossier
in overlapping lists is kept in each and counted once by stg_dossier, in its newest state.
"""

from __future__ import annotations

import datetime as dt
import re

from etl.findings import place_prefix
from etl.kinds.base import Context, Located, Parsed, column_rows, data_rows, locate, title_lines
from etl.kinds.registry import OfficerRegistry, UnitRegistry
from etl.layouts import AS_OF_MARKERS, DOSSIERS, NO_TEXTS, YES_TEXTS
from etl.readers import Workbook, column_letter
from etl.text import fold, normalize_text
from etl.values import ValueParseError, parse_date
from labels import msg

LAYOUT = DOSSIERS
TABLES = ("raw_dossier", "raw_rejected_row")

_DATE_FIELDS = ("received_date", "due_date", "resolved_date")
_FLAG_FIELDS = ("is_digitised", "has_apology", "has_complaint")
# A date with a time beside it, as the portal writes received times: "15/03/2024 08:30:12", "08:30 15/03/2024".
_TIME_AFTER = re.compile(r"^(\S+)[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_TIME_BEFORE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s+(\S+)$")
# Dates in a title line or a file name: 05/01/2025, 05-01-2025, 05.01.2025, 2025-01-05.
_DMY = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)")
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
# Refused rows reported one by one as findings, per reason (the rest are in raw_rejected_row).
_EXAMPLES_PER_REASON = 5


def parse(workbook: Workbook, ctx: Context) -> Parsed | None:
    """Check a dossier list row by row; good rows go to raw_dossier, bad rows aside with their reason."""
    sink = ctx.sink
    located = locate(workbook, LAYOUT, sink)
    if located is None:
        return None
    columns = located.header.columns
    sheet = located.sheet.name
    if "unit_code" not in columns and "unit_name" not in columns:
        sink.error("dossiers.no_unit_column", sheet=sheet, cell=f"A{located.header.row_index + 1}",
                   row_number=located.header.row_index + 1, row=located.header.row_index + 1)  # fmt: skip
        return None
    as_of, as_of_source = _as_of(located, ctx.file_name)
    if as_of_source == "loaded":
        sink.warning("dossiers.as_of_loaded", sheet=sheet, date=as_of.strftime("%d/%m/%Y"))
    units = ctx.reference("units", lambda: UnitRegistry(ctx.con))
    officers = ctx.reference(("officer_form", "officers"), lambda: OfficerRegistry.load(ctx.con))
    reader = _Rows(ctx, located, units, officers)
    good: list[dict[str, object]] = []
    bad: list[dict[str, object]] = []
    for index, cells in data_rows(located):
        row, problem = reader.read(index, cells)
        if problem is None:
            good.append({**row, "as_of_date": as_of, "as_of_source": as_of_source})
        else:
            bad.append(problem)
    total = len(good) + len(bad)
    if total == 0:
        sink.error("file.no_rows", sheet=sheet)
        return None
    if not good:
        sink.error("dossiers.no_good_rows", sheet=sheet, rejected=len(bad))
        reader.report_examples(bad)
        return None
    if bad:
        counts: dict[str, int] = {}
        for problem in bad:
            counts[str(problem["rule"])] = counts.get(str(problem["rule"]), 0) + 1
        reasons = "; ".join(f"{msg(code + '.short')}: {n}" for code, n in sorted(counts.items()))
        sink.warning("dossiers.rows_rejected", sheet=sheet, rejected=len(bad), total=total, reasons=reasons)
        reader.report_examples(bad)
    reader.report_officers()
    _report_repeats(ctx, sheet, good)
    received = [row["received_date"] for row in good]
    first, last = min(received), max(received)  # type: ignore[type-var]
    return Parsed(
        tables={"raw_dossier": good, "raw_rejected_row": [_rejected_row(ctx, p) for p in bad]},
        columns=column_rows(ctx.file_sha256, located),
        rows_loaded=len(good),
        rows_rejected=len(bad),
        year=first.year if first.year == last.year else None,  # type: ignore[attr-defined]
        period=f"{first:%Y-%m}…{last:%Y-%m}",
        unit_codes=frozenset(str(row["unit_code"]) for row in good),
    )


class _Rows:
    """Reads one row at a time: typed values, or the reason the row is refused."""

    def __init__(
        self, ctx: Context, located: Located, units: UnitRegistry, officers: OfficerRegistry
    ) -> None:
        self.ctx = ctx
        self.located = located
        self.units = units
        self.officers = officers
        self.columns = located.header.columns
        self.unit_of: dict[str, str | None] = {}
        self.officer_of: dict[tuple[str, str], str | None] = {}
        self.unmatched_officers: dict[str, int] = {}
        self.unmatched_field = "officer_name"

    def _cell(self, cells: list[object], field_name: str) -> object:
        col = self.columns.get(field_name)
        if col is None or col >= len(cells):
            return None
        value = cells[col]
        if isinstance(value, str) and not value.strip():
            return None
        return value

    def _text(self, cells: list[object], field_name: str) -> str:
        value = self._cell(cells, field_name)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return normalize_text(value)

    def read(self, index: int, cells: list[object]) -> tuple[dict[str, object], dict[str, object] | None]:
        line = index + 1
        code = self._text(cells, "dossier_code")
        if not code:
            return {}, self._problem(line, cells, "dossiers.row.code_missing", "dossier_code")
        unit_field = "unit_code" if self._text(cells, "unit_code") else "unit_name"
        unit_text = self._text(cells, unit_field)
        if not unit_text:
            return {}, self._problem(line, cells, "dossiers.row.unit_missing", unit_field)
        unit_code = self._unit(unit_text)
        if unit_code is None:
            return {}, self._problem(line, cells, "dossiers.row.unit_unknown", unit_field)
        dates: dict[str, dt.date | None] = {}
        for field_name in _DATE_FIELDS:
            raw = self._cell(cells, field_name)
            try:
                dates[field_name] = _date(raw)
            except ValueParseError as exc:
                rule = (
                    "dossiers.row.date_impossible"
                    if exc.kind == "date_not_exist"
                    else "dossiers.row.date_unreadable"
                )
                return {}, self._problem(line, cells, rule, field_name)
            if dates[field_name] is None and field_name != "resolved_date":
                return {}, self._problem(line, cells, "dossiers.row.date_missing", field_name)
        received = dates["received_date"]
        assert received is not None
        for field_name, rule in (("due_date", "dossiers.row.due_before_received"),
                                 ("resolved_date", "dossiers.row.resolved_before_received")):  # fmt: skip
            later = dates[field_name]
            if later is not None and later < received:
                return {}, self._problem(
                    line, cells, rule, field_name, received=received.strftime("%d/%m/%Y")
                )
        flags: dict[str, bool | None] = {}
        for field_name in _FLAG_FIELDS:
            if field_name not in self.columns:
                flags[field_name] = None
                continue
            flag = _flag(self._cell(cells, field_name))
            if flag is None:
                return {}, self._problem(line, cells, "dossiers.row.flag_unreadable", field_name)
            flags[field_name] = flag
        officer_code, officer_text = self._officer(cells, unit_code)
        return {
            "file_sha256": self.ctx.file_sha256,
            "sheet_name": self.located.sheet.name,
            "line_number": line,
            "dossier_code": code,
            "unit_code": unit_code,
            "unit_text": unit_text,
            "officer_code": officer_code,
            "officer_text": officer_text,
            "procedure_text": self._text(cells, "procedure") or None,
            **dates,
            **flags,
        }, None

    def _unit(self, written: str) -> str | None:
        if written not in self.unit_of:
            found = self.units.lookup(written)
            self.unit_of[written] = found[0].code if len(found) == 1 else None
        return self.unit_of[written]

    def _officer(self, cells: list[object], unit_code: str) -> tuple[str | None, str | None]:
        """The registered officer a row names (code first, then name within the unit), and the text."""
        code_text = self._text(cells, "officer_code")
        name_text = self._text(cells, "officer_name")
        written = code_text or name_text
        if not written:
            return None, None
        key = (written, unit_code)
        if key not in self.officer_of:
            found = None
            if code_text:
                officer = self.officers.by_code(code_text)
                found = officer.code if officer else None
            if found is None and name_text:
                candidates = self.officers.by_name(name_text)
                if len(candidates) > 1:
                    held = [o for o in candidates if any(a.unit_code == unit_code for a in o.assignments)]
                    candidates = held or candidates
                found = candidates[0].code if len(candidates) == 1 else None
            self.officer_of[key] = found
        found = self.officer_of[key]
        if found is None:
            self.unmatched_officers[written] = self.unmatched_officers.get(written, 0) + 1
            self.unmatched_field = "officer_code" if code_text else "officer_name"
        return found, written

    def _problem(
        self, line: int, cells: list[object], rule: str, field_name: str, **values: object
    ) -> dict[str, object]:
        value = self._cell(cells, field_name)
        shown = _shown(value)
        letter = column_letter(self.columns[field_name]) if field_name in self.columns else "A"
        column = self.located.header.texts.get(field_name, field_name)
        raw = " | ".join(_shown(self._cell(cells, name)) for name in self.columns)
        where = place_prefix(self.ctx.file_name, self.located.sheet.name, f"{letter}{line}")
        message = where + msg(rule, column=column, value=shown, **values)
        return {"line_number": line, "rule": rule, "cell": f"{letter}{line}", "column": column,
                "value": shown, "values": values, "message": message, "raw_text": raw[:2000]}  # fmt: skip

    def report_examples(self, bad: list[dict[str, object]]) -> None:
        """The first refused rows of each reason, as findings with their cells."""
        seen: dict[str, int] = {}
        for problem in bad:
            rule = str(problem["rule"])
            seen[rule] = seen.get(rule, 0) + 1
            if seen[rule] > _EXAMPLES_PER_REASON:
                continue
            self.ctx.sink.warning(
                rule,
                sheet=self.located.sheet.name,
                cell=problem["cell"],
                row_number=problem["line_number"],
                column=problem["column"],
                value=problem["value"],
                **problem["values"],  # type: ignore[arg-type]
            )

    def report_officers(self) -> None:
        if not self.unmatched_officers:
            return
        example = max(self.unmatched_officers, key=lambda k: self.unmatched_officers[k])
        self.ctx.sink.warning(
            "dossiers.officer_unmatched",
            sheet=self.located.sheet.name,
            count=sum(self.unmatched_officers.values()),
            example=example,
            column=self.located.header.texts.get(self.unmatched_field, self.unmatched_field),
        )


def _rejected_row(ctx: Context, problem: dict[str, object]) -> dict[str, object]:
    """A refused row as raw_rejected_row keeps it: its line, reason, message and cells."""
    return {
        "file_sha256": ctx.file_sha256,
        "line_number": problem["line_number"],
        "rule": problem["rule"],
        "message": problem["message"],
        "raw_text": problem["raw_text"],
    }


def _report_repeats(ctx: Context, sheet: str, good: list[dict[str, object]]) -> None:
    """Dossiers listed twice in this file, or already in an earlier list: kept, and counted once."""
    seen: set[str] = set()
    repeated: list[str] = []
    for row in good:
        code = str(row["dossier_code"])
        if code in seen:
            repeated.append(code)
        seen.add(code)
    if repeated:
        ctx.sink.warning(
            "dossiers.repeated_in_file", sheet=sheet, count=len(set(repeated)), example=repeated[0]
        )
    codes = sorted(seen)
    earlier = ctx.con.execute(
        "select count(distinct dossier_code) from raw_dossier where list_contains(?, dossier_code)", [codes]
    ).fetchone()[0]
    if earlier:
        ctx.sink.warning("dossiers.repeated_earlier", sheet=sheet, count=earlier)


def _as_of(located: Located, file_name: str) -> tuple[dt.date, str]:
    """The day the list's states are as of, and where that came from (title, file_name or loaded)."""
    for line in title_lines(located):
        folded = fold(line)
        if any(marker in folded for marker in AS_OF_MARKERS):
            found = _date_in(line)
            if found:
                return found, "title"
    found = _date_in(file_name.rsplit(".", 1)[0].replace("_", " "))
    if found:
        return found, "file_name"
    return dt.date.today(), "loaded"


def _date_in(text: str) -> dt.date | None:
    for match in _DMY.finditer(text):
        try:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
        except ValueError:
            continue
    for match in _ISO.finditer(text):
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
    return None


def _date(raw: object) -> dt.date | None:
    """A date cell, with the time the portal writes beside it taken away."""
    if isinstance(raw, str):
        text = normalize_text(raw)
        match = _TIME_AFTER.match(text) or _TIME_BEFORE.match(text)
        if match:
            raw = match.group(1)
    return parse_date(raw)


_YES = frozenset(YES_TEXTS)
_NO = frozenset(NO_TEXTS)


def _flag(raw: object) -> bool | None:
    """True for «Có», «x», 1; False for «Không», 0 and a blank cell; None when unreadable."""
    if raw is None:
        return False
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, (int, float)):
        return {1: True, 0: False}.get(int(raw)) if float(raw).is_integer() else None
    folded = fold(raw)
    if not folded:
        return False
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return None


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return normalize_text(value)

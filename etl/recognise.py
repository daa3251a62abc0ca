"""What a workbook is, worked out from its cells alone: legacy-encoded text converted, and its kind.

Pure functions of the workbook (no warehouse), so the reader process can do this work beside the
parsing of the file before: a folder of sheets is read and recognised on one core while the loader
checks and writes the previous file on the other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from etl.headers import HeaderMatch, find_header, headers_of, may_have_header, remember_header
from etl.layouts import (
    DOSSIERS,
    FEEDBACK,
    FRAMEWORK,
    HEAD_CALENDAR,
    HEAD_RULES,
    OFFICER_FORM,
    OFFICERS,
    PUBLISHED_INDEX,
    RULES,
    SCORING,
    SURVEY,
    UNITS,
    Layout,
)
from etl.readers import Sheet, Workbook
from etl.text import detect_legacy_encoding, fold, to_unicode

# The layout of each kind of file the loader knows (etl.kinds.KINDS has the parsers of the same kinds).
LAYOUTS: dict[str, Layout] = {
    "units": UNITS,
    "officers": OFFICERS,
    "framework": FRAMEWORK,
    "rules": RULES,
    "scoring": SCORING,
    "survey": SURVEY,
    "published_index": PUBLISHED_INDEX,
    "officer_form": OFFICER_FORM,
    "feedback": FEEDBACK,
    "dossiers": DOSSIERS,
    "head_rules": HEAD_RULES,
    "head_calendar": HEAD_CALENDAR,
}


@dataclass(frozen=True)
class Recognised:
    """A workbook as read (`original`), as converted to Unicode (`workbook`), what was converted
    (sheet name, encoding) and the kind its header says, if one kind fits best."""

    original: Workbook
    workbook: Workbook
    conversions: tuple[tuple[str, str], ...]
    kind: str | None
    # The headers found while recognising: (sheet number, kind, header or None) of `workbook`.
    headers: tuple[tuple[int, str, HeaderMatch | None], ...] = ()

    def remember(self) -> None:
        """Let find_header answer from what recognising found, in a process that did not recognise."""
        for number, kind, found in self.headers:
            remember_header(self.workbook.sheets[number], LAYOUTS[kind], found)


def recognise(workbook: Workbook, detect: bool = True) -> Recognised:
    """Convert legacy text and detect the kind, keeping the headers found on the way."""
    repaired, conversions = convert_legacy_text(workbook)
    kind = detect_kind(repaired) if detect else None
    headers = tuple(
        (number, layout.kind, found)
        for number, sheet in enumerate(repaired.sheets)
        for layout, found in headers_of(sheet).items()
        if LAYOUTS.get(layout.kind) is layout
    )
    return Recognised(workbook, repaired, conversions, kind, headers)


def convert_legacy_text(workbook: Workbook) -> tuple[Workbook, tuple[tuple[str, str], ...]]:
    """Sheets typed in TCVN3 (.VnTime) or VNI fonts converted to Unicode, and which were."""
    sheets: list[Sheet] = []
    conversions: list[tuple[str, str]] = []
    for sheet in workbook.sheets:
        sample = [v for row in sheet.rows[:200] for v in row if isinstance(v, str) and v.strip()][:400]
        encoding = detect_legacy_encoding(sample) if sample else "unicode"
        if encoding == "unicode":
            sheets.append(sheet)
            continue
        rows = [[to_unicode(v, encoding) if isinstance(v, str) else v for v in row] for row in sheet.rows]
        sheets.append(replace(sheet, rows=rows))
        conversions.append((sheet.name, encoding))
    return (replace(workbook, sheets=sheets) if conversions else workbook), tuple(conversions)


def detect_kind(workbook: Workbook) -> str | None:
    """The kind whose header fits best: all its required columns, then its distinctive ones, then most."""
    best: tuple[tuple[int, int, int], str] | None = None
    tie = False
    for name, layout in LAYOUTS.items():
        for sheet in workbook.sheets:
            if not may_have_header(sheet, layout):
                continue
            header = find_header(sheet, layout)
            if header is None or header.missing(layout):
                continue
            distinctive = sum(1 for f in layout.distinctive if f in header.columns)
            if layout.title_markers and _marked(sheet, header.first_row_index, layout.title_markers):
                distinctive += 2
            key = (distinctive, len(header.columns), -len(layout.fields))
            if best is None or key > best[0]:
                best, tie = (key, name), False
            elif key == best[0] and name != best[1]:
                tie = True
    if best is None or tie:
        return None
    return best[1]


def _marked(sheet: Sheet, header_row: int, markers: tuple[str, ...]) -> bool:
    """Whether a marker phrase is written in the rows above the header."""
    for row in sheet.rows[:header_row]:
        for value in row:
            if isinstance(value, str) and value.strip():
                folded = f" {fold(value)} "
                if any(f" {marker} " in folded for marker in markers):
                    return True
    return False

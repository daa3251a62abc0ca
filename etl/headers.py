"""Finding the header row of a sheet, below whatever title block the unit put above it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from etl.layouts import Layout
from etl.readers import Sheet
from etl.text import fold

# Real title blocks run 2-6 rows; a generous window still finds a header under a long preamble.
HEADER_SEARCH_ROWS = 40
_PARENTHESES = re.compile(r"\([^)]*\)")


@dataclass(frozen=True)
class HeaderMatch:
    """Where a layout's header was found: its last row (0-based) and the column of each field."""

    row_index: int
    first_row_index: int
    columns: dict[str, int]
    texts: dict[str, str]

    @property
    def data_start(self) -> int:
        return self.row_index + 1

    def missing(self, layout: Layout) -> list[str]:
        return [name for name in layout.required if name not in self.columns]


@cache
def _lookup(layout: Layout) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for field_name, synonyms in layout.fields.items():
        for synonym in synonyms:
            exact.setdefault(synonym, field_name)
            prefixes.append((synonym, field_name))
    prefixes.sort(key=lambda item: -len(item[0]))
    return exact, tuple(prefixes)


def match_field(text: object, layout: Layout) -> str | None:
    """The field a header text names, or None: exact first, then without a parenthesis, then by prefix."""
    folded = fold(text)
    if not folded:
        return None
    exact, prefixes = _lookup(layout)
    if folded in exact:
        return exact[folded]
    bare = fold(_PARENTHESES.sub(" ", str(text)))
    if bare in exact:
        return exact[bare]
    for synonym, field_name in prefixes:
        # Prefix matches only for synonyms of two words or more: "ma" alone would match anything.
        if " " in synonym and (bare.startswith(synonym + " ") or folded.startswith(synonym + " ")):
            return field_name
    return None


def _match_row(cells: list[object], layout: Layout) -> tuple[dict[str, int], dict[str, str]]:
    columns: dict[str, int] = {}
    texts: dict[str, str] = {}
    for col, value in enumerate(cells):
        if value is None or value == "":
            continue
        name = match_field(value, layout)
        if name and name not in columns:
            columns[name] = col
            texts[name] = str(value)
    return columns, texts


def _combined(upper: list[object], lower: list[object]) -> list[object]:
    """A two-row header as one: the lower text under a merged upper cell carries the upper's words."""
    width = max(len(upper), len(lower))
    merged: list[object] = []
    last_upper = ""
    for col in range(width):
        top = upper[col] if col < len(upper) else None
        bottom = lower[col] if col < len(lower) else None
        if top not in (None, ""):
            last_upper = str(top)
        if bottom in (None, ""):
            merged.append(top)
        elif top in (None, ""):
            merged.append(f"{last_upper} {bottom}" if last_upper else bottom)
        else:
            merged.append(f"{top} {bottom}")
    return merged


def find_header(sheet: Sheet, layout: Layout) -> HeaderMatch | None:
    """The best header row for the layout in the first rows of the sheet, or None if no row has
    at least two of its fields. Two-row headers (a merged group title over its columns) are tried too."""
    best: HeaderMatch | None = None
    best_key = (0, 0, 0)
    rows = sheet.rows[:HEADER_SEARCH_ROWS]
    for index, cells in enumerate(rows):
        candidates = [(index, index, cells)]
        if index + 1 < len(rows):
            candidates.append((index, index + 1, _combined(cells, rows[index + 1])))
        for first, last, texts_row in candidates:
            columns, texts = _match_row(texts_row, layout)
            required = sum(1 for name in layout.required if name in columns)
            # On a tie a single row wins: a title line over the header is not half of a two-row header.
            key = (required, len(columns), int(first == last))
            if len(columns) >= 2 and key > best_key:
                best_key = key
                best = HeaderMatch(last, first, columns, texts)
    return best

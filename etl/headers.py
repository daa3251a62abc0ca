"""Finding the header row of a sheet, below whatever title block the unit put above it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Generic, TypeVar

from etl.layouts import Layout
from etl.readers import Sheet
from etl.text import fold

# Real title blocks run 2-6 rows; a generous window still finds a header under a long preamble.
HEADER_SEARCH_ROWS = 40
_PARENTHESES = re.compile(r"\([^)]*\)")
T = TypeVar("T")


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
def _lookup(layout: Layout) -> tuple[dict[str, str], dict[str, str], int, frozenset[str]]:
    """Exact synonyms, those of two words or more that may also start a longer header text, the most
    words such a prefix has, and the words they start with."""
    exact: dict[str, str] = {}
    prefixes: dict[str, str] = {}
    for field_name, synonyms in layout.fields.items():
        for synonym in synonyms:
            exact.setdefault(synonym, field_name)
            # Prefix matches only for synonyms of two words or more: "ma" alone would match anything.
            if " " in synonym:
                prefixes.setdefault(synonym, field_name)
    longest = max((len(synonym.split()) for synonym in prefixes), default=0)
    return exact, prefixes, longest, frozenset(synonym.split()[0] for synonym in prefixes)


def match_field(text: object, layout: Layout) -> str | None:
    """The field a header text names, or None: exact first, then without a parenthesis, then by the
    longest synonym the text starts with."""
    if text is None:
        return None
    return _match_text(text if type(text) is str else str(text), layout)


@lru_cache(maxsize=65536)
def _forms(text: str) -> tuple[str, str, tuple[str, ...], tuple[str, ...]] | None:
    """A cell's text folded, without its parentheses, and the words of both; None for a cell that
    cannot be a header (no letter). Shared by every layout tried on the same sheet."""
    if not any(char.isalpha() for char in text):
        return None  # numbers, "(1)", dates: never a header
    folded = fold(text)
    if not folded:
        return None
    bare = fold(_PARENTHESES.sub(" ", text))
    return folded, bare, tuple(bare.split()), tuple(folded.split())


# Header search looks at every cell of the first rows of every sheet for every kind; criterion titles
# repeat from file to file, so the answers are worth keeping.
@lru_cache(maxsize=65536)
def _match_text(text: str, layout: Layout) -> str | None:
    forms = _forms(text)
    if forms is None:
        return None
    folded, bare, bare_words, folded_words = forms
    exact, prefixes, longest, first_words = _lookup(layout)
    if folded in exact:
        return exact[folded]
    if bare in exact:
        return exact[bare]
    best: tuple[int, str] | None = None
    for words in (bare_words, folded_words):
        if not words or words[0] not in first_words:
            continue
        # A prefix is at most as long as the longest synonym: a long criterion title is not scanned.
        for size in range(min(len(words) - 1, longest), 1, -1):
            field_name = prefixes.get(" ".join(words[:size]))
            if field_name is not None:
                if best is None or size > best[0]:
                    best = (size, field_name)
                break
    return best[1] if best else None


def _match_row(cells: tuple[tuple[int, str], ...], layout: Layout) -> tuple[dict[str, int], dict[str, str]]:
    columns: dict[str, int] = {}
    texts: dict[str, str] = {}
    for col, value in cells:
        name = _match_text(value, layout)
        if name and name not in columns:
            columns[name] = col
            texts[name] = value
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


class _PerSheet(Generic[T]):
    """Values worked out from a sheet, kept by the identity of its rows (a read sheet never changes) for
    the last `size` sheets: recognising a file and parsing it ask the same questions of the same rows."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.items: dict[int, tuple[list[list[object]], T]] = {}

    def get(self, sheet: Sheet) -> T | None:
        found = self.items.get(id(sheet.rows))
        return found[1] if found is not None and found[0] is sheet.rows else None

    def put(self, sheet: Sheet, value: T) -> T:
        if len(self.items) >= self.size and id(sheet.rows) not in self.items:
            self.items.clear()
        self.items[id(sheet.rows)] = (sheet.rows, value)
        return value


def find_header(sheet: Sheet, layout: Layout) -> HeaderMatch | None:
    """The best header row for the layout in the first rows of the sheet, or None if no row has
    at least two of its fields. Two-row headers (a merged group title over its columns) are tried too."""
    known = headers_of(sheet)
    if layout in known:
        return known[layout]
    found = _find_header(sheet, layout)
    remember_header(sheet, layout, found)
    return found


# What find_header answered, per sheet and layout. The reader process recognises a file by finding
# headers and sends them with the workbook (headers_of); the loader's process keeps them (remember_header),
# so the parser does not search the same rows again.
_FOUND: _PerSheet[dict[Layout, HeaderMatch | None]] = _PerSheet(64)


def remember_header(sheet: Sheet, layout: Layout, found: HeaderMatch | None) -> None:
    known = _FOUND.get(sheet)
    if known is None:
        known = _FOUND.put(sheet, {})
    known[layout] = found


def headers_of(sheet: Sheet) -> dict[Layout, HeaderMatch | None]:
    """The header of each layout find_header has looked for on this sheet."""
    return dict(_FOUND.get(sheet) or {})


def _find_header(sheet: Sheet, layout: Layout) -> HeaderMatch | None:
    best: HeaderMatch | None = None
    best_key = (0, 0, 0)
    required_count = len(layout.required)
    for first, last, texts_row in _candidates(sheet):
        # A row of n texts matches n fields at most: once a header is found, the criterion rows below it
        # cannot beat it and are not matched at all.
        size = len(texts_row)
        if (min(size, required_count), size, int(first == last)) <= best_key:
            continue
        columns, texts = _match_row(texts_row, layout)
        required = sum(1 for name in layout.required if name in columns)
        # On a tie a single row wins: a title line over the header is not half of a two-row header.
        key = (required, len(columns), int(first == last))
        if len(columns) >= 2 and key > best_key:
            best_key = key
            best = HeaderMatch(last, first, columns, texts)
    return best


def may_have_header(sheet: Sheet, layout: Layout) -> bool:
    """False when no text in the header search window could name one of the layout's required fields,
    so `find_header` would find no complete header: recognising a file skips such layouts at once."""
    exact_texts, first_words = _vocabulary(sheet)
    for exact, firsts in _required_forms(layout):
        if exact.isdisjoint(exact_texts) and firsts.isdisjoint(first_words):
            return False
    return True


@cache
def _required_forms(layout: Layout) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Per required field: its synonyms, and the first words of those that may start a longer text."""
    return tuple(
        (
            frozenset(layout.fields[name]),
            frozenset(synonym.split()[0] for synonym in layout.fields[name] if " " in synonym),
        )
        for name in layout.required
    )


_VOCABULARIES: _PerSheet[tuple[frozenset[str], frozenset[str]]] = _PerSheet(16)


def _vocabulary(sheet: Sheet) -> tuple[frozenset[str], frozenset[str]]:
    """Every header candidate's text as `_match_text` compares it (folded, and without parentheses),
    and the first words of both: a superset of what any layout's header match can use."""
    cached = _VOCABULARIES.get(sheet)
    if cached is not None:
        return cached
    texts: set[str] = set()
    words: set[str] = set()
    for value in {value for _first, _last, cells in _candidates(sheet) for _col, value in cells}:
        forms = _forms(value)
        if forms is None:
            continue
        folded, bare, bare_words, folded_words = forms
        texts.update((folded, bare))
        words.update(w[0] for w in (bare_words, folded_words) if w)
    return _VOCABULARIES.put(sheet, (frozenset(texts), frozenset(words)))


# Recognising a file tries every kind's layout on the same sheet: its candidate rows are built once.
_CANDIDATES: _PerSheet[list[tuple[int, int, tuple[tuple[int, str], ...]]]] = _PerSheet(16)


def _candidates(sheet: Sheet) -> list[tuple[int, int, tuple[tuple[int, str], ...]]]:
    """(first row, last row, (column, text) of its cells with letters) of every single row and every
    two-row pair in the search window that has two such cells at least (a header names two fields)."""
    cached = _CANDIDATES.get(sheet)
    if cached is not None:
        return cached
    rows = [
        [v if type(v) is str else (None if v is None else str(v)) for v in r]
        for r in sheet.rows[:HEADER_SEARCH_ROWS]
    ]
    found: list[tuple[int, int, list[tuple[int, str]]]] = []
    for index, cells in enumerate(rows):
        pairs = [(index, cells)]
        if index + 1 < len(rows):
            pairs.append((index + 1, _combined(cells, rows[index + 1])))
        for last, candidate in pairs:
            texts = tuple(
                (col, str(v)) for col, v in enumerate(candidate) if v and _forms(str(v)) is not None
            )
            if len(texts) >= 2:
                found.append((index, last, texts))
    return _CANDIDATES.put(sheet, found)

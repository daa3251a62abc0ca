"""Recomputing the formulas a file carries without their values.

Programs that write spreadsheets (openpyxl, many portals) store `=SUM(D9,D12)` but no cached result,
so a reader sees an empty cell. Scoring sheets use a handful of shapes (sums of cells and ranges,
+ - * /, numbers), which this evaluates from the sheet's own cells; anything else is reported.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from etl.values import NOT_APPLICABLE, ValueParseError, parse_points

_TOKEN = re.compile(
    r"\s*(?:(?P<range>\$?[A-Z]{1,3}\$?\d+:\$?[A-Z]{1,3}\$?\d+)|(?P<ref>\$?[A-Z]{1,3}\$?\d+)"
    r"|(?P<number>\d+(?:\.\d+)?)|(?P<func>SUM|ROUND)\s*\(|(?P<op>[-+*/(),;]))",
    re.IGNORECASE,
)


class FormulaError(ValueError):
    """A formula this evaluator does not understand, or one that refers to itself."""


def _cell(ref: str) -> tuple[int, int]:
    match = re.fullmatch(r"\$?([A-Z]{1,3})\$?(\d+)", ref.upper())
    if not match:
        raise FormulaError(ref)
    col = 0
    for letter in match.group(1):
        col = col * 26 + ord(letter) - 64
    return int(match.group(2)) - 1, col - 1


class FormulaEvaluator:
    """Evaluates uncached formulas of one sheet, reading other cells through `cell_value`."""

    def __init__(self, formulas: dict[tuple[int, int], str], rows: list[list[object]]) -> None:
        self.formulas = formulas
        self.rows = rows
        self._done: dict[tuple[int, int], float | None] = {}
        self._active: set[tuple[int, int]] = set()

    def value(self, row: int, col: int) -> float | None:
        """The number a cell holds or computes to; None for a blank or a non-numeric cell."""
        if (row, col) in self.formulas:
            return self.evaluate(row, col)
        cells = self.rows[row] if row < len(self.rows) else []
        raw = cells[col] if col < len(cells) else None
        try:
            parsed = parse_points(raw)
        except ValueParseError:
            return None
        return None if parsed is None or parsed is NOT_APPLICABLE else float(parsed)

    def evaluate(self, row: int, col: int) -> float | None:
        """The result of the formula at (row, col); raises FormulaError when it cannot be computed."""
        key = (row, col)
        if key in self._done:
            return self._done[key]
        if key in self._active:
            raise FormulaError("circular")
        self._active.add(key)
        try:
            result = _Parser(self.formulas[key].lstrip("="), self.value).parse()
        finally:
            self._active.discard(key)
        self._done[key] = result
        return result


class _Parser:
    """Recursive descent over + - * / with SUM/ROUND, cell references and ranges."""

    def __init__(self, text: str, lookup: Callable[[int, int], float | None]) -> None:
        self.tokens: list[tuple[str, str]] = []
        position = 0
        text = text.strip()
        while position < len(text):
            match = _TOKEN.match(text, position)
            if not match or match.end() == position:
                raise FormulaError(text)
            kind = match.lastgroup or ""
            self.tokens.append((kind, match.group(kind)))
            position = match.end()
        self.position = 0
        self.lookup = lookup

    def parse(self) -> float | None:
        result = self._sum()
        if self.position != len(self.tokens):
            raise FormulaError("trailing")
        return result

    def _peek(self) -> tuple[str, str] | None:
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def _take(self) -> tuple[str, str]:
        token = self._peek()
        if token is None:
            raise FormulaError("end")
        self.position += 1
        return token

    def _sum(self) -> float | None:
        # Blank cells add nothing, but a sum of blanks only is blank (an empty appraisal column stays empty).
        total = self._product()
        while (token := self._peek()) and token[1] in "+-":
            self._take()
            right = self._product()
            if total is None and right is None:
                continue
            total = (total or 0.0) + (right or 0.0) * (1 if token[1] == "+" else -1)
        return total

    def _product(self) -> float | None:
        total = self._unary()
        while (token := self._peek()) and token[1] in "*/":
            self._take()
            right = self._unary() or 0.0
            if token[1] == "*":
                total = (total or 0.0) * right
            else:
                if right == 0:
                    raise FormulaError("division by zero")
                total = (total or 0.0) / right
        return total

    def _unary(self) -> float | None:
        token = self._peek()
        if token and token[1] in "+-":
            self._take()
            inner = self._unary()
            return -(inner or 0.0) if token[1] == "-" else inner
        return self._atom()

    def _atom(self) -> float | None:
        kind, text = self._take()
        if kind == "number":
            return float(text)
        if kind == "ref":
            return self.lookup(*_cell(text))
        if kind == "func":
            arguments = self._arguments()
            if text.upper() == "SUM":
                present = [value for value in arguments if value is not None]
                return sum(present) if present else None
            if len(arguments) != 2:
                raise FormulaError("ROUND")
            return round(arguments[0] or 0.0, int(arguments[1] or 0))
        if text == "(":
            inner = self._sum()
            if self._take()[1] != ")":
                raise FormulaError("parenthesis")
            return inner
        raise FormulaError(text)

    def _arguments(self) -> list[float | None]:
        values: list[float | None] = []
        while True:
            token = self._peek()
            if token and token[0] == "range":
                self._take()
                first, last = token[1].split(":")
                (r1, c1), (r2, c2) = _cell(first), _cell(last)
                for r in range(min(r1, r2), max(r1, r2) + 1):
                    for c in range(min(c1, c2), max(c1, c2) + 1):
                        values.append(self.lookup(r, c))
            else:
                values.append(self._sum())
            separator = self._take()[1]
            if separator == ")":
                return values
            if separator not in ",;":
                raise FormulaError(separator)

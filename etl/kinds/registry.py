"""Recognising a registered unit in what a file says: its code, its name or an alias, written with or
without diacritics, with or without "UBND", inside a title line or a file name.

Units change (the 2025 reorganisation re-used names such as "Sở Nội vụ"), so a name is resolved
against the units in force in the year the file is about.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Protocol

import duckdb

from etl.kinds.base import closest
from etl.layouts import UNIT_NAME_PREFIXES, UNIT_TYPE_WORDS
from etl.text import fold

_MAX_KEY_WORDS = 12
_PREFIX_RE = re.compile(r"^(?:" + "|".join(re.escape(p) for p in UNIT_NAME_PREFIXES) + r")\s+")
_TYPE_RE = re.compile(r"^(?:" + "|".join(re.escape(w) for w in UNIT_TYPE_WORDS) + r")\s+")


@dataclass(frozen=True)
class Unit:
    """A registered unit as the loaders need it."""

    code: str
    name: str
    group: str
    parent_code: str | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    successor_code: str | None

    def valid_in(self, year: int) -> bool:
        """Whether the unit existed at some point of the year."""
        starts = self.valid_from.year if self.valid_from else 0
        ends = self.valid_to.year if self.valid_to else 9999
        return starts <= year <= ends


def name_key(text: object) -> str:
    """A unit's name as compared: folded, without "UBND"/"Ủy ban nhân dân" in front."""
    folded = fold(text)
    return _PREFIX_RE.sub("", folded).strip()


def bare_key(key: str) -> str:
    """A name key without the word saying what kind of unit it is ("xa huu lung" → "huu lung")."""
    return _TYPE_RE.sub("", key).strip()


class UnitRegistry:
    """The unit registry of the warehouse, indexed by code, name key and alias key."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        rows = con.execute(
            "select unit_code, unit_name, unit_group, parent_code, valid_from_date, valid_to_date, aliases,"
            " successor_code from stg_unit order by unit_code"
        ).fetchall()
        self.units: dict[str, Unit] = {}
        self._codes: dict[str, str] = {}
        self._keys: dict[str, set[str]] = {}
        self._bare: dict[str, set[str]] = {}
        for code, name, group, parent, start, end, aliases, successor in rows:
            unit = Unit(code, name, group, parent, start, end, successor)
            self.units[code] = unit
            self._codes[code.casefold()] = code
            for written in (name, *(aliases or [])):
                key = name_key(written)
                if not key:
                    continue
                self._keys.setdefault(key, set()).add(code)
                bare = bare_key(key)
                if bare and bare != key:
                    self._bare.setdefault(bare, set()).add(code)

    def __bool__(self) -> bool:
        return bool(self.units)

    def lookup(self, text: object, year: int | None = None) -> list[Unit]:
        """The units a cell naming one unit may mean: by code, then by name or alias, then by the name
        without its "xã"/"huyện"; when several match, those in force in the year."""
        written = str(text or "").strip()
        if not written:
            return []
        code = self._codes.get(written.casefold())
        if code:
            return [self.units[code]]
        key = name_key(written)
        codes = self._keys.get(key) or self._bare.get(key) or self._bare.get(bare_key(key)) or set()
        return self._in_year(codes, year)

    def find_in(self, lines: list[object], year: int | None = None) -> list[Unit]:
        """The unit lines of free text name ("BẢNG TỰ ĐÁNH GIÁ … CỦA UBND XÃ MINH SƠN NĂM 2023").

        Names are matched longest first at each word; names of two words or more outrank codes and
        abbreviations (a "…/BC-SNV" reference is not the unit), and a unit named beside its own parent
        authority ("UBND HUYỆN HỮU LŨNG / UBND XÃ MINH SƠN") is the one meant. Several left: ambiguous."""
        texts = [fold(str(line or "").replace("_", " ").replace("-", " ")).split() for line in lines]
        for index in (self._keys, self._bare):
            found: dict[str, int] = {}
            for words in texts:
                start = 0
                while start < len(words):
                    size = min(_MAX_KEY_WORDS, len(words) - start)
                    while size and " ".join(words[start : start + size]) not in index:
                        size -= 1
                    if not size:
                        start += 1
                        continue
                    for code in index[" ".join(words[start : start + size])]:
                        found[code] = max(found.get(code, 0), size)
                    start += size
            if not found:
                continue
            if any(size >= 2 for size in found.values()):
                found = {code: size for code, size in found.items() if size >= 2}
            units = self._in_year(set(found), year)
            parents = {u.parent_code for u in units}
            return [u for u in units if u.code not in parents] or units
        return []

    def closest_names(self, text: object, year: int | None = None, limit: int = 3) -> list[str]:
        """Registered names nearest to what was written, for "did you mean" messages."""
        names = sorted({u.name for u in self.units.values() if year is None or u.valid_in(year)})
        return closest(names, str(text or ""), limit)

    def _in_year(self, codes: set[str], year: int | None) -> list[Unit]:
        units = [self.units[c] for c in sorted(codes)]
        if year is not None and len(units) > 1:
            units = [u for u in units if u.valid_in(year)] or units
        if year is not None and len(units) > 1:
            # A name re-used in a mid-year reorganisation ("Sở Xây dựng" before and after 01/03/2025):
            # the year is assessed on the unit in force at its end.
            year_end = dt.date(year, 12, 31)
            units = [u for u in units if u.valid_to is None or u.valid_to >= year_end] or units
        return units


@dataclass(frozen=True)
class Criterion:
    """A criterion of a framework as the score loaders check against."""

    code: str
    parent_code: str | None
    field_code: str
    depth: int
    sort_order: int
    stt_text: str
    title: str
    max_points: float
    is_survey: bool
    is_leaf: bool


def framework_for(con: duckdb.DuckDBPyConnection, unit_group: str, year: int) -> str | None:
    """The framework a group is assessed on in a year (frameworks of a group never overlap)."""
    row = con.execute(
        "select framework_id from stg_framework where unit_group = ? and from_year <= ?"
        " and coalesce(to_year, 9999) >= ? order by from_year desc limit 1",
        [unit_group, year, year],
    ).fetchone()
    return row[0] if row else None


def criteria_of(con: duckdb.DuckDBPyConnection, framework_id: str) -> list[Criterion]:
    """A framework's criteria in the appendix's order."""
    rows = con.execute(
        "select criterion_code, parent_code, field_code, depth, sort_order, stt_text, title,"
        " cast(max_points as double), is_survey, is_leaf from stg_criterion where framework_id = ?"
        " order by sort_order",
        [framework_id],
    ).fetchall()
    return [Criterion(*row) for row in rows]


# --------------------------------------------------------------------------------------------------
# One-Stop officers
# --------------------------------------------------------------------------------------------------


class Period(Protocol):
    """A span of days (a month a form evaluates)."""

    @property
    def first_day(self) -> dt.date: ...

    @property
    def last_day(self) -> dt.date: ...


@dataclass(frozen=True)
class Assignment:
    unit_code: str
    valid_from: dt.date | None
    valid_to: dt.date | None

    def overlaps(self, month: Period) -> bool:
        return (self.valid_from or dt.date.min) <= month.last_day and month.first_day <= (
            self.valid_to or dt.date.max
        )


@dataclass
class Officer:
    """A registered One-Stop officer and every desk assignment the registry holds."""

    code: str
    name: str
    assignments: list[Assignment] = field(default_factory=list)

    def in_force(self, month: Period) -> list[Assignment]:
        """Assignments during the month, the latest first."""
        current = [a for a in self.assignments if a.overlaps(month)]
        return sorted(current, key=lambda a: a.valid_from or dt.date.min, reverse=True)

    def described(self) -> str:
        desks = ", ".join(dict.fromkeys(a.unit_code for a in self.assignments))
        return f"«{self.name}» ({self.code}{', ' + desks if desks else ''})"


class OfficerRegistry:
    """The officers registry (stg_officer) indexed by code (any case) and by folded name."""

    def __init__(self, rows: list[tuple[str, str, str, dt.date | None, dt.date | None]]) -> None:
        self.officers: dict[str, Officer] = {}
        self._codes: dict[str, str] = {}
        self._names: dict[str, set[str]] = {}
        latest: dict[str, dt.date] = {}
        for code, name, unit_code, valid_from, valid_to in rows:
            officer = self.officers.setdefault(code, Officer(code, name))
            officer.assignments.append(Assignment(unit_code, valid_from, valid_to))
            # The name of the latest assignment is the officer's name now.
            start = valid_from or dt.date.min
            if start >= latest.get(code, dt.date.min):
                officer.name, latest[code] = name, start
            self._codes[code.casefold()] = code
            self._names.setdefault(fold(name), set()).add(code)

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection) -> OfficerRegistry:
        return cls(
            con.execute(
                "select officer_code, officer_name, unit_code, valid_from_date, valid_to_date from stg_officer"
                " order by officer_code, valid_from_date nulls first"
            ).fetchall()
        )

    def __bool__(self) -> bool:
        return bool(self.officers)

    def by_code(self, written: str) -> Officer | None:
        code = self._codes.get(written.strip().casefold())
        return self.officers[code] if code else None

    def by_name(self, written: str) -> list[Officer]:
        return [self.officers[code] for code in sorted(self._names.get(fold(written), ()))]

    def has_name(self, officer: Officer, written: str) -> bool:
        return officer.code in self._names.get(fold(written), ())

    def closest(self, written: str, limit: int = 3) -> list[Officer]:
        """Officers whose name or code is nearest to what was written."""
        by_label: dict[str, Officer] = {}
        for officer in self.officers.values():
            by_label.setdefault(officer.name, officer)
            by_label.setdefault(officer.code, officer)
        found: list[Officer] = []
        for label in closest(list(by_label), written, limit):
            if by_label[label] not in found:
                found.append(by_label[label])
        return found

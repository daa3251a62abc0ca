"""The overview page's comparisons, as pure functions: which earlier period a figure is compared
with, how the band counts moved, and who rose or fell the most."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

BANDS = ("xuat_sac", "tot", "kha", "trung_binh", "yeu")
GRADES = ("A", "B", "C", "D")


def previous_year(years: list[int], year: int) -> int | None:
    """The latest year before `year` that has data: a gap year is skipped, and the page names the
    year it compares with, so "so với năm 2022" is never mistaken for the year before."""
    earlier = [y for y in years if y < year]
    return max(earlier) if earlier else None


@dataclass(frozen=True)
class Period:
    period_type: str  # "month" or "quarter"
    start: date

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def quarter(self) -> int:
        return (self.start.month - 1) // 3 + 1

    @property
    def month(self) -> int:
        return self.start.month

    def previous(self) -> Period:
        step = 1 if self.period_type == "month" else 3
        months = self.start.year * 12 + self.start.month - 1 - step
        return Period(self.period_type, date(months // 12, months % 12 + 1, 1))

    @property
    def key(self) -> str:
        return self.start.isoformat()


def one_stop_period(
    months: list[str], year: int | None, quarter: int | None, month: int | None
) -> Period | None:
    """The One-Stop period the overview shows: the month or quarter chosen in the sidebar, else the
    latest graded month of the chosen year, else the latest graded month of all."""
    graded = sorted((date.fromisoformat(m) for m in months), reverse=True)
    if not graded:
        return None
    if year is not None and month is not None:
        return Period("month", date(year, month, 1))
    if year is not None and quarter is not None:
        return Period("quarter", date(year, 3 * quarter - 2, 1))
    in_year = [m for m in graded if year is None or m.year == year]
    return Period("month", in_year[0]) if in_year else None


def report_period(picture: Period | None, year: int | None) -> tuple[int | None, int | None]:
    """The report pack the page offers first: the quarter of the One-Stop period shown, else the year
    shown as a whole."""
    if picture is not None:
        return picture.year, picture.quarter
    return year, None


def band_changes(current: pd.DataFrame, previous: pd.DataFrame | None) -> list[tuple[str, int, int | None]]:
    """(band, units in the band now, change against the earlier year) summed over the groups shown."""
    rows = []
    for band in BANDS:
        column = f"{band}_count"
        now = int(current[column].sum()) if not current.empty else 0
        before = int(previous[column].sum()) if previous is not None and not previous.empty else None
        rows.append((band, now, None if before is None else now - before))
    return rows


def mean_index(by_group: pd.DataFrame) -> float | None:
    """The mean index over every unit shown (groups weighted by their number of units)."""
    if by_group.empty or by_group["unit_count"].sum() == 0:
        return None
    total = (by_group["mean_index_pct"] * by_group["unit_count"]).sum()
    return float(total / by_group["unit_count"].sum())


def top_movers(frame: pd.DataFrame, count: int = 5) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The units whose index rose the most and those whose index fell the most (ties by unit code);
    a unit whose index did not change is neither."""
    ordered = frame.sort_values(["change_pct", "unit_code"], ascending=[False, True])
    risers = ordered[ordered["change_pct"] > 0].head(count)
    fallers = ordered[ordered["change_pct"] < 0].sort_values(["change_pct", "unit_code"]).head(count)
    return risers.reset_index(drop=True), fallers.reset_index(drop=True)


def grade_changes(current: pd.DataFrame, previous: pd.DataFrame | None) -> list[tuple[str, int, int | None]]:
    """(grade, officers with it in the period, change against the period before)."""
    rows = []
    for grade in GRADES:
        column = f"{grade.lower()}_count"
        now = int(current[column].iloc[0]) if not current.empty else 0
        before = None
        if previous is not None and not previous.empty and int(previous["officer_count"].iloc[0]) > 0:
            before = int(previous[column].iloc[0])
        rows.append((grade, now, None if before is None else now - before))
    return rows


def group_comparison(current: pd.DataFrame, previous: pd.DataFrame | None) -> pd.DataFrame:
    """Each group's figures now with its mean index of the earlier year and the change."""
    frame = current.copy()
    if previous is None or previous.empty:
        frame["previous_mean_pct"] = float("nan")
    else:
        before = previous.set_index("unit_group")["mean_index_pct"]
        frame["previous_mean_pct"] = frame["unit_group"].map(before).astype(float)
    frame["mean_change_pct"] = frame["mean_index_pct"] - frame["previous_mean_pct"]
    return frame


def rank_change_text(rank: int, change: int, up: str, down: str, same: str) -> str:
    """ "3 (↑2)": the rank now and how it moved (a smaller rank is better)."""
    moved = up.format(n=change) if change > 0 else down.format(n=-change) if change < 0 else same
    return f"{int(rank)} ({moved})"

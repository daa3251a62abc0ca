"""Queries of the One-Stop page: officers' grades (mart_officer_grade) and citizens' satisfaction
(mart_feedback_satisfaction). Both marts are read from their snapshots; shares and tables are shaped by
`dashboard.one_stop_logic`."""

from __future__ import annotations

import pandas as pd

from dashboard.queries import UNIT_READERS, allowed, run, unit_scope


@allowed(UNIT_READERS)
def grade_years() -> pd.DataFrame:
    """Years with at least one graded officer, newest first."""
    return run(
        """
        select year, count(grade) as graded_count
        from mart_officer_grade
        where period_type = 'year' and (? is null or list_contains(?, unit_code))
        group by year
        having count(grade) > 0
        order by year desc
        """,
        *_scope(),
    )


@allowed(UNIT_READERS)
def graded_months() -> pd.DataFrame:
    """Every month that has a grade: the first and last periods a page can show."""
    return run(
        """
        select distinct year, quarter, month
        from mart_officer_grade
        where period_type = 'month' and grade is not null and (? is null or list_contains(?, unit_code))
        order by year, month
        """,
        *_scope(),
    )


@allowed(UNIT_READERS)
def grade_counts(period_type: str, year: int | None) -> pd.DataFrame:
    """Officers per grade and period (grade_code `missing` for a period without any form); every year
    when `year` is None."""
    return run(
        """
        select
            period_start_date,
            year,
            quarter,
            month,
            coalesce(grade, case when is_missing then 'missing' end) as grade_code,
            cast(count(*) as integer) as officer_count
        from mart_officer_grade
        where period_type = ?
          and (? is null or year = ?)
          and (grade is not null or is_missing)
          and (? is null or list_contains(?, unit_code))
        group by all
        order by period_start_date, grade_code
        """,
        period_type,
        year,
        year,
        *_scope(),
    )


@allowed(UNIT_READERS)
def officer_grades(year: int) -> pd.DataFrame:
    """Every month, quarter and year row of a year, with the minimum number of ratings and the form's due
    date in force for the officer's desk on month rows (QĐ 1514/2023, as mart_officer_grade applies them)."""
    return run(
        """
        select
            g.period_type,
            g.period_start_date,
            g.year,
            g.quarter,
            g.month,
            g.officer_code,
            g.officer_name,
            g.unit_code,
            g.unit_name,
            cast(g.self_score as double) as self_score,
            cast(g.reviewed_score as double) as reviewed_score,
            cast(g.final_score as double) as final_score,
            g.grade,
            cast(g.feedback_count as integer) as feedback_count,
            cast(g.satisfied_count as integer) as satisfied_count,
            cast(g.satisfied_pct as double) as satisfied_pct,
            g.is_missing,
            g.is_late,
            g.is_replacement,
            g.is_second_d_in_row,
            g.submitted_date,
            cast(g.months_with_form as integer) as months_with_form,
            cast(g.missing_months as integer) as missing_months,
            cast(g.late_months as integer) as late_months,
            cast(g.d_months as integer) as d_months,
            cast(r.min_ratings as integer) as min_ratings,
            r.officer_form_due_date as due_date
        from mart_officer_grade as g
        left join mart_unit as u on u.unit_code = g.unit_code
        left join mart_rule_month as r
            on g.period_type = 'month'
            and r.period_month = g.period_start_date
            and r.unit_group is not distinct from u.unit_group
        where g.year = ?
        """,
        year,
    )


@allowed(UNIT_READERS)
def satisfaction_by_unit(year: int, quarter: int | None, month: int | None) -> pd.DataFrame:
    """Ratings of a period per desk; `unjudged_rows` > 0 when some ratings fell outside every rule."""
    return _satisfaction("unit", year, quarter, month)


@allowed(UNIT_READERS)
def satisfaction_by_procedure(year: int, quarter: int | None, month: int | None) -> pd.DataFrame:
    """Ratings of a period per administrative procedure, over the desks the user may see."""
    return _satisfaction("procedure", year, quarter, month)


# What the satisfaction of a period is summed by: the columns named, from this fixed list only.
_SATISFACTION_KEYS = {
    "unit": ("unit_code, any_value(unit_name) as unit_name", "unit_code"),
    "procedure": ("procedure_text", "procedure_text"),
}


def _satisfaction(by: str, year: int, quarter: int | None, month: int | None) -> pd.DataFrame:
    selected, grouped = _SATISFACTION_KEYS[by]
    return run(
        f"""
        select
            {selected},
            cast(sum(rating_count) as integer) as rating_count,
            cast(sum(satisfied_count) as integer) as satisfied_count,
            cast(count(*) filter (where satisfied_pct is null) as integer) as unjudged_rows
        from mart_feedback_satisfaction
        where year = ? and (? is null or quarter = ?) and (? is null or month = ?)
            and (? is null or list_contains(?, unit_code))
        group by {grouped}
        """,
        year,
        quarter,
        quarter,
        month,
        month,
        *_scope(),
    )


def _scope() -> tuple[list[str] | None, list[str] | None]:
    """A unit's account counts its own desks' officers and ratings only."""
    units = unit_scope()
    return units, units


# --- Dossier handling (mart_dossier_period) ------------------------------------------------------------

# What the dossier figures of a period are listed by: the breakdown of mart_dossier_period, from this list.
DOSSIER_BREAKDOWNS = ("unit", "officer", "procedure")
_DOSSIER_COUNT_COLUMNS = ("received_count", "resolved_count", "early_count", "on_time_count", "late_count",
                          "pending_count", "overdue_count", "digitised_count", "digitised_known_count",
                          "late_without_apology_count", "disliked_count", "handling_days_total")  # fmt: skip
_DOSSIER_COUNTS = ", ".join(_DOSSIER_COUNT_COLUMNS)
_DOSSIER_SUMS = ", ".join(f"cast(sum({c}) as integer) as {c}" for c in _DOSSIER_COUNT_COLUMNS)


@allowed(UNIT_READERS)
def dossier_years() -> pd.DataFrame:
    """Years with at least one dossier received or resolved, newest first."""
    return run(
        """
        select distinct year
        from mart_dossier_period
        where period_type = 'year' and breakdown = 'unit' and (? is null or list_contains(?, unit_code))
        order by year desc
        """,
        *_scope(),
    )


@allowed(UNIT_READERS)
def dossiers_by(
    breakdown: str, period_type: str, year: int, quarter: int | None, month: int | None
) -> pd.DataFrame:
    """The dossier figures of one period per unit, per officer within a unit or per procedure within a
    unit (`breakdown`), with the shares the mart computes (QĐ 766/QĐ-TTg indicator included)."""
    if breakdown not in DOSSIER_BREAKDOWNS:
        raise ValueError(breakdown)
    return run(
        f"""
        select
            unit_code, unit_name, officer_code, officer_name, procedure_text,
            {_DOSSIER_COUNTS},
            cast(on_time_or_early_pct as double) as on_time_or_early_pct,
            cast(late_pct as double) as late_pct,
            cast(digitised_pct as double) as digitised_pct,
            cast(satisfaction_pct as double) as satisfaction_pct,
            cast(avg_handling_days as double) as avg_handling_days
        from mart_dossier_period
        where breakdown = ? and period_type = ? and year = ?
            and (? is null or quarter = ?) and (? is null or month = ?)
        order by late_count desc, late_without_apology_count desc, unit_code, officer_name, procedure_text
        """,
        breakdown,
        period_type,
        year,
        quarter,
        quarter,
        month,
        month,
    )


@allowed(UNIT_READERS)
def dossier_months(year: int) -> pd.DataFrame:
    """Each month of a year summed over the units the user may see: counts only, the shares are
    recomputed from them (dashboard.one_stop_logic.dossier_shares)."""
    return run(
        f"""
        select
            period_start_date, month,
            {_DOSSIER_SUMS}
        from mart_dossier_period
        where breakdown = 'unit' and period_type = 'month' and year = ?
            and (? is null or list_contains(?, unit_code))
        group by period_start_date, month
        order by period_start_date
        """,
        year,
        *_scope(),
    )

"""Queries of the data-quality page: the submission tracker (mart_submission), findings of every load and
of the Great Expectations suites (mart_quality_finding), the suites' runs, and self against appraised
points (mart_unit_index). Shaping is in `dashboard.quality_logic`."""

from __future__ import annotations

import pandas as pd

from dashboard.queries import READERS, allowed, run

# Which rows of mart_submission a tracker shows: one form and year, one month (Mẫu 01) and one group when
# given; refused files whose unit or period is unknown are left out (see `unplaced_rejections`).
_TRACKED = """
    form_code = ?
    and year = ?
    and (? is null or month = ?)
    and (? is null or unit_group = ?)
    and unit_code is not null
"""


def _tracked(form_code: str, year: int, month: int | None, unit_group: str | None) -> list[object]:
    return [form_code, year, month, month, unit_group, unit_group]


@allowed(READERS)
def submission_counts(form_code: str, year: int, month: int | None, unit_group: str | None) -> pd.DataFrame:
    """Per state, the tracker's rows and how many of them are owed cells (the rest are files refused or
    replaced): a national year of Mẫu 01 is counted here instead of fetching its 120,000 rows."""
    return run(
        f"""
        select status, count(*) as row_count, count(*) filter (where is_current) as current_count
        from mart_submission
        where {_TRACKED}
        group by status
        """,
        *_tracked(form_code, year, month, unit_group),
    )


@allowed(READERS)
def submission_deadlines(
    form_code: str, year: int, month: int | None, unit_group: str | None
) -> pd.DataFrame:
    """The deadlines of the owed cells and the unit groups each applies to."""
    return run(
        f"""
        select distinct deadline_date, unit_group
        from mart_submission
        where {_TRACKED} and is_current and deadline_date is not null
        order by deadline_date, unit_group
        """,
        *_tracked(form_code, year, month, unit_group),
    )


@allowed(READERS)
def officer_months(year: int, month: int | None) -> pd.DataFrame:
    """Mẫu 01 owed per officer: one row per officer and desk (named as in its latest month), the state of
    each month in `m01`..`m12` (null: not owed that month)."""
    months = ", ".join(f"max(status) filter (where month = {m}) as m{m:02d}" for m in range(1, 13))
    return run(
        f"""
        select unit_code, arg_max(unit_name, month) as unit_name,
               officer_code, arg_max(officer_name, month) as officer_name,
               {months}
        from mart_submission
        where {_TRACKED} and is_current and officer_code is not null
        group by unit_code, officer_code
        """,
        *_tracked("officer_form", year, month, None),
    )


@allowed(READERS)
def desk_submissions(year: int, month: int | None) -> pd.DataFrame:
    """Per One-Stop desk: Mẫu 01 owed, handed in on time, late, missing, and files refused or replaced."""
    return run(
        f"""
        select
            unit_code,
            arg_max(unit_name, coalesce(month, 0)) as unit_name,
            count(*) filter (where is_current) as owed_count,
            count(*) filter (where is_current and status = 'submitted') as submitted_count,
            count(*) filter (where is_current and status = 'late') as late_count,
            count(*) filter (where is_current and status = 'missing') as missing_count,
            count(*) filter (where not is_current and status = 'rejected') as rejected_files,
            count(*) filter (where not is_current and status = 'superseded') as superseded_files
        from mart_submission
        where {_TRACKED}
        group by unit_code
        having count(*) filter (where is_current) > 0
        order by unit_code
        """,
        *_tracked("officer_form", year, month, None),
    )


@allowed(READERS)
def submissions(form_code: str, year: int, month: int | None, unit_group: str | None) -> pd.DataFrame:
    """Tracker rows of one form and year (one month for Mẫu 01 when given), optionally one unit group."""
    return run(
        f"""
        select form_code, unit_code, unit_name, unit_group, officer_code, officer_name, year, month,
               period_start_date, status, is_current, deadline_date, submitted_date, days_late, file_name,
               attempt_id, attempted_at
        from mart_submission
        where {_TRACKED}
        """,
        *_tracked(form_code, year, month, unit_group),
    )


@allowed(READERS)
def unplaced_rejections(kind: str) -> int:
    """Refused files of a kind that name no unit or period: they cannot sit in the tracker's grid."""
    frame = run(
        """
        select count(*) as file_count
        from mart_load_attempt
        where kind = ? and status = 'rejected' and (unit_code is null or (year is null and period is null))
        """,
        kind,
    )
    return int(frame.iloc[0, 0])


@allowed(READERS)
def findings(year: int | None) -> pd.DataFrame:
    """Every finding of the year's files (all years when None) and of refused files of unknown year."""
    return run(
        """
        select attempt_id, finding_number, file_sha256, file_name, stored_path, kind, status, attempted_at,
               unit_code, unit_name, year, period, period_year, severity, rule, dataset, run_id, sheet_name,
               cell, row_number, header_row_number, message
        from mart_quality_finding
        where ? is null or period_year = ? or period_year is null
        order by case severity when 'error' then 0 else 1 end, attempt_id desc, finding_number
        """,
        year,
        year,
    )


@allowed(READERS)
def finding_counts() -> pd.DataFrame:
    """Findings per data year, month of loading, source and severity, for the trend."""
    return run(
        """
        select period_year, attempted_month, kind, dataset, severity, count(*) as finding_count
        from mart_quality_finding
        group by all
        """
    )


@allowed(READERS)
def quality_runs(limit: int = 20) -> pd.DataFrame:
    """The latest runs of the Great Expectations suites (absent table: a warehouse before migration 5)."""
    present = run("select count(*) from information_schema.tables where table_name = 'quality_run'")
    if int(present.iloc[0, 0]) == 0:
        return pd.DataFrame()
    return run(
        """
        select run_id, started_at, scope, engine_version, file_count, row_count, critical_count, warning_count
        from quality_run
        order by run_id desc
        limit ?
        """,
        limit,
    )


@allowed(READERS)
def self_and_appraised(year: int, unit_group: str | None) -> pd.DataFrame:
    """Units' self-assessed and appraised points of a year (ungrouped: every group)."""
    return run(
        """
        select unit_code, unit_name, unit_group, self_points, appraised_points, index_pct, has_appraisal
        from mart_unit_index
        where year = ? and (? is null or unit_group = ?)
        """,
        year,
        unit_group,
        unit_group,
    )

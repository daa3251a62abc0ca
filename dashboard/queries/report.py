"""Queries only the report pack needs; every other figure of the pack comes from the pages' own queries,
so the report and the pages never disagree."""

from __future__ import annotations

import pandas as pd

from dashboard.queries import READERS, allowed, run
from dashboard.queries.one_stop import OFFICER_GRADE_COLUMNS


@allowed(READERS)
def province_name() -> str | None:
    """The province of the profile (rule `province`, parameter `name`), for the letterhead and the
    national tables."""
    frame = run(
        """
        select value_text
        from mart_rule
        where rule_code = 'province' and param_code = 'name'
        order by valid_from_date desc nulls last
        limit 1
        """
    )
    return None if frame.empty else str(frame.iloc[0, 0])


@allowed(READERS)
def files_of_period(year: int, first_month: int, last_month: int) -> pd.DataFrame:
    """Files whose data belong to the period, per kind: monthly files (forms, feedback exports) whose
    months overlap it, and yearly files (scoring sheets, survey) of its year; with loaded and refused
    counts and their findings."""
    return run(
        """
        with attempts as (
            select
                kind,
                status,
                coalesce(error_count, 0) + coalesce(warning_count, 0) as finding_count,
                split_part(period, '…', 1) as first_period,
                coalesce(nullif(split_part(period, '…', 2), ''), split_part(period, '…', 1)) as last_period
            from mart_load_attempt
            where year = ?
        ),

        in_period as (
            select *
            from attempts
            where first_period is null
                or first_period = ''
                or length(first_period) <> 7
                or (first_period <= printf('%04d-%02d', ?, ?) and last_period >= printf('%04d-%02d', ?, ?))
        ),

        final as (
            select
                kind,
                count(*) as file_count,
                count(*) filter (where status in ('loaded', 'superseded')) as loaded_count,
                count(*) filter (where status = 'rejected') as rejected_count,
                sum(finding_count) as finding_count
            from in_period
            group by kind
        )

        select * from final order by kind
        """,
        year,
        year,
        last_month,
        year,
        first_month,
    )


@allowed(READERS)
def officer_grades_of_period(year: int, quarter: int | None) -> pd.DataFrame:
    """one_stop.officer_grades (same columns: the minimum number of ratings and the form's due date in
    force on month rows, QĐ 1514/2023), cut to what a pack of the period reads: a quarter's own rows and
    its month rows (a national quarter is 40,000 rows of the year's 170,000), or every row of the year."""
    return run(
        f"""
        select
{OFFICER_GRADE_COLUMNS}        from mart_officer_grade as g
        where g.year = ? and (? is null or g.quarter = ?)
        """,
        year,
        quarter,
        quarter,
    )

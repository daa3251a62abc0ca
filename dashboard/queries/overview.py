"""Queries of the overview page: the year's index figures against the year before, the movers, the
One-Stop picture of a period against the one before it, and the data still missing."""

from __future__ import annotations

import pandas as pd

from dashboard.queries import READERS, allowed, run


@allowed(READERS)
def index_years() -> list[int]:
    """Years with at least one unit index, newest first."""
    frame = run("select distinct year from mart_unit_index order by year desc")
    return [int(y) for y in frame["year"]]


@allowed(READERS)
def index_by_group(year: int, unit_group: str | None) -> pd.DataFrame:
    """Per unit group: units indexed, mean, lowest and highest index, provisional units and the count
    in each classification band."""
    return run(
        """
        select
            unit_group,
            count(*) as unit_count,
            avg(index_pct) as mean_index_pct,
            min(index_pct) as min_index_pct,
            max(index_pct) as max_index_pct,
            count_if(is_provisional) as provisional_count,
            count_if(classification = 'xuat_sac') as xuat_sac_count,
            count_if(classification = 'tot') as tot_count,
            count_if(classification = 'kha') as kha_count,
            count_if(classification = 'trung_binh') as trung_binh_count,
            count_if(classification = 'yeu') as yeu_count
        from mart_unit_index
        where year = ? and (? is null or unit_group = ?)
        group by unit_group
        order by unit_group
        """,
        year,
        unit_group,
        unit_group,
    )


@allowed(READERS)
def movers(year: int, previous_year: int, unit_group: str | None) -> pd.DataFrame:
    """Units indexed in both years with their index, rank and the change between the two; units that
    did not exist or were not indexed in one of the years have no change to show."""
    return run(
        """
        select
            c.unit_code,
            c.unit_name,
            c.unit_group,
            c.index_pct,
            p.index_pct as previous_index_pct,
            c.index_pct - p.index_pct as change_pct,
            c.rank_in_group,
            p.rank_in_group as previous_rank,
            p.rank_in_group - c.rank_in_group as rank_change,
            c.classification
        from mart_unit_index as c
        inner join mart_unit_index as p
            on p.unit_code = c.unit_code and p.year = ? and p.unit_group = c.unit_group
        where c.year = ? and (? is null or c.unit_group = ?)
        order by change_pct desc, c.unit_code
        """,
        previous_year,
        year,
        unit_group,
        unit_group,
    )


@allowed(READERS)
def grade_months() -> list[str]:
    """Months with One-Stop grades (YYYY-MM-01 as text), newest first."""
    frame = run(
        """
        select distinct strftime(period_start_date, '%Y-%m-%d') as period_start
        from mart_officer_grade
        where period_type = 'month'
        order by period_start desc
        """
    )
    return frame["period_start"].tolist()


@allowed(READERS)
def grade_picture(period_type: str, period_start: str) -> pd.DataFrame:
    """One row for the whole province (desks are not in the unit groups the index ranks): officers
    graded in the period, the count per grade, the satisfaction over all ratings,
    and the officers to replace, with missing and late forms."""
    return run(
        """
        select
            count(*) as officer_count,
            count(grade) as graded_count,
            count_if(grade = 'A') as a_count,
            count_if(grade = 'B') as b_count,
            count_if(grade = 'C') as c_count,
            count_if(grade = 'D') as d_count,
            count_if(is_replacement) as replacement_count,
            -- Forms owed and not handed in, and handed in late, month by month within the period.
            coalesce(sum(missing_months), 0) as missing_count,
            coalesce(sum(late_months), 0) as late_count,
            sum(feedback_count) as feedback_count,
            case
                when sum(feedback_count) > 0
                    then 100.0 * sum(satisfied_count) / sum(feedback_count)
            end as satisfied_pct
        from mart_officer_grade
        where period_type = ?
            and period_start_date = cast(? as date)
        """,
        period_type,
        period_start,
    )


@allowed(READERS)
def replacements(period_type: str, period_start: str) -> pd.DataFrame:
    return run(
        """
        select officer_code, officer_name, unit_name, final_score, grade, is_second_d_in_row
        from mart_officer_grade
        where period_type = ?
            and period_start_date = cast(? as date)
            and is_replacement
        order by officer_name
        """,
        period_type,
        period_start,
    )


@allowed(READERS)
def units_without_sheet(year: int, unit_group: str | None) -> pd.DataFrame:
    """Units that owe a scoring sheet for the year (in existence on 31 December, of a group with a
    framework in force) and have none in the warehouse."""
    return run(
        """
        with owing as (
            select u.unit_code, u.unit_name, u.unit_group
            from mart_unit as u
            where (u.valid_from_date is null or u.valid_from_date <= make_date(?, 12, 31))
                and (u.valid_to_date is null or u.valid_to_date >= make_date(?, 12, 31))
                and exists (
                    select 1
                    from mart_framework as f
                    where f.unit_group = u.unit_group
                        and f.from_year <= ?
                        and coalesce(f.to_year, 9999) >= ?
                )
        )
        select o.*
        from owing as o
        where not exists (select 1 from mart_unit_index as i where i.year = ? and i.unit_code = o.unit_code)
            and (? is null or o.unit_group = ?)
        order by o.unit_group, o.unit_code
        """,
        year,
        year,
        year,
        year,
        year,
        unit_group,
        unit_group,
    )


@allowed(READERS)
def provisional_units(year: int, unit_group: str | None) -> pd.DataFrame:
    """Units whose index is not final: not yet appraised, or survey points still missing."""
    return run(
        """
        select unit_code, unit_name, unit_group, index_pct, has_appraisal
        from mart_unit_index
        where year = ? and is_provisional and (? is null or unit_group = ?)
        order by unit_group, unit_code
        """,
        year,
        unit_group,
        unit_group,
    )


@allowed(READERS)
def unresolved_rejections() -> int:
    """Refused files not followed by an accepted file of the same kind, unit and period: what a unit
    still has to send again."""
    frame = run(
        """
        select count(*) as n
        from mart_load_attempt as r
        where r.status = 'rejected'
            and not exists (
                select 1
                from mart_load_attempt as a
                where a.status in ('loaded', 'superseded')
                    and a.attempt_id > r.attempt_id
                    and a.kind = r.kind
                    and a.unit_code is not distinct from r.unit_code
                    and a.year is not distinct from r.year
                    and a.period is not distinct from r.period
                    and r.unit_code is not null
            )
        """
    )
    return int(frame.iloc[0, 0])

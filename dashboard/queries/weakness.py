"""Queries of the weakness page: where the units of a group lost points in a year, by field and by
criterion, which criteria lose most across units, and one unit's full sheet. Survey criteria whose points
came only as a total have no per-criterion loss (null) and are left out of the losses.

Named `weakness`, not `criteria`: `dashboard.queries.criteria` is a function of the package, and importing
a submodule of that name would replace it for every page."""

from __future__ import annotations

import pandas as pd

from dashboard.queries import READERS, allowed, run


@allowed(READERS)
def groups_with_scores(year: int) -> list[str]:
    """Unit groups that have an index in the year, in the order of the group codes."""
    frame = run("select distinct unit_group from mart_unit_index where year = ? order by unit_group", year)
    return frame["unit_group"].tolist()


@allowed(READERS)
def group_units(year: int, unit_group: str) -> pd.DataFrame:
    """The units of a group scored in the year, with their index and rank."""
    return run(
        """
        select unit_code, unit_name, index_pct, rank_in_group, units_in_group, classification,
               is_provisional, has_appraisal
        from mart_unit_index
        where year = ? and unit_group = ?
        """,
        year,
        unit_group,
    )


@allowed(READERS)
def field_losses(year: int, unit_group: str, unit_limit: int | None = None) -> pd.DataFrame:
    """Unit × field: points lost against the field's maximum (criteria with a known loss only). With
    `unit_limit`, only the cells of that many units losing most points (ties by code): what a heatmap of
    a national group (~3,300 communes) can draw; None gives every unit, for files and the report."""
    return run(
        """
        with cells as (
            select unit_code, unit_name, field_code, field_stt, field_title, field_order, max_points,
                   lost_points, lost_pct
            from mart_field_gap
            where year = ? and unit_group = ?
        ),

        ranked as (
            -- Summed as decimals: the order of equal losses never depends on the order of the rows.
            select unit_code,
                   row_number() over (
                       order by sum(cast(lost_points as decimal(12, 2))) desc nulls last, unit_code
                   ) as loss_rank
            from cells
            group by unit_code
        ),

        final as (
            select cells.*
            from cells
            join ranked using (unit_code)
            where ? is null or ranked.loss_rank <= ?
        )

        select * from final order by field_order, unit_code
        """,
        year,
        unit_group,
        unit_limit,
        unit_limit,
    )


@allowed(READERS)
def criterion_losses(
    year: int, unit_group: str, field_code: str | None = None, unit_limit: int | None = None
) -> pd.DataFrame:
    """Unit × criterion: points lost and the share of the criterion's maximum; one field or all. Codes
    and figures only (a national group is ~270,000 cells): the criteria's numbers and titles come from
    `lost_criteria`. With `unit_limit`, only the cells of that many units losing most points in those
    criteria (ties by code), what a heatmap can draw; None gives every unit, for a file."""
    return run(
        """
        with ranked as (
            -- Ranked on the field totals (the same losses summed, ~12 times fewer rows than the cells).
            select unit_code,
                   row_number() over (
                       order by sum(cast(lost_points as decimal(12, 2))) desc, unit_code
                   ) as loss_rank
            from mart_field_gap
            where year = ? and unit_group = ? and (? is null or field_code = ?)
            group by unit_code
        ),

        kept as (
            select unit_code from ranked where ? is null or loss_rank <= ?
        ),

        final as (
            select unit_code, criterion_code, sort_order, max_points, lost_points, lost_pct
            from mart_criterion_gap
            where year = ? and unit_group = ? and lost_points is not null and (? is null or field_code = ?)
              and unit_code in (select unit_code from kept)
        )

        select unit_code, criterion_code, max_points, lost_points, lost_pct
        from final
        order by sort_order, unit_code
        """,
        year,
        unit_group,
        field_code,
        field_code,
        unit_limit,
        unit_limit,
        year,
        unit_group,
        field_code,
        field_code,
    )


@allowed(READERS)
def lost_criteria(year: int, unit_group: str, field_code: str | None = None) -> pd.DataFrame:
    """The criteria of `criterion_losses` (same year, group and field) with their number, title and place
    in the framework, in its order."""
    return run(
        """
        select criterion_code, arg_min(stt_text, sort_order) as stt_text,
               arg_min(criterion_title, sort_order) as criterion_title,
               arg_min(field_code, sort_order) as field_code, min(sort_order) as sort_order
        from mart_criterion_gap
        where year = ? and unit_group = ? and lost_points is not null and (? is null or field_code = ?)
        group by criterion_code
        order by sort_order, criterion_code
        """,
        year,
        unit_group,
        field_code,
        field_code,
    )


@allowed(READERS)
def fields(year: int, unit_group: str) -> pd.DataFrame:
    """The fields of the framework the group was scored on in the year."""
    return run(
        """
        select distinct c.criterion_code as field_code, c.stt_text as field_stt, c.title as field_title,
               c.sort_order
        from mart_criterion as c
        where c.depth = 1
          and c.framework_id in (
              select distinct framework_id from mart_unit_index where year = ? and unit_group = ?
          )
        order by c.sort_order
        """,
        year,
        unit_group,
    )


@allowed(READERS)
def top_criteria(year: int, unit_group: str) -> pd.DataFrame:
    """Criteria by points lost across the group's units, with the office responsible for each."""
    return run(
        """
        with gaps as (
            select * from mart_criterion_gap
            where year = ? and unit_group = ? and lost_points is not null
        ),

        final as (
            select
                framework_id,
                criterion_code,
                any_value(stt_text) as stt_text,
                any_value(criterion_title) as criterion_title,
                any_value(field_code) as field_code,
                min(sort_order) as sort_order,
                bool_or(is_survey) as is_survey,
                any_value(responsible_office) as responsible_office,
                max(max_points) as max_points,
                count(*) as unit_count,
                count(*) filter (where lost_points > 0) as losing_unit_count,
                sum(lost_points) as lost_points,
                avg(lost_points) as mean_lost_points,
                round(sum(lost_points) / nullif(sum(max_points), 0) * 100, 2) as lost_pct
            from gaps
            group by framework_id, criterion_code
        )

        select * from final where lost_points > 0 order by lost_points desc, sort_order
        """,
        year,
        unit_group,
    )


@allowed(READERS)
def unit_sheet(year: int, unit_code: str) -> pd.DataFrame:
    """One unit's full sheet in a year: every sub-criterion with its points, evidence and explanation."""
    return run(
        """
        select
            criterion_code, stt_text, criterion_title, field_code, sort_order, is_survey, is_not_applicable,
            has_appraisal, max_points, self_points, appraised_points, counted_points,
            case when not is_not_applicable then max_points - counted_points end as lost_points,
            evidence_text, explanation_text, note_text, responsible_office, sheet_name, row_number
        from mart_criterion_score
        where year = ? and unit_code = ?
        order by sort_order
        """,
        year,
        unit_code,
    )

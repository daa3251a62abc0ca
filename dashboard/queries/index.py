"""Queries of the index pages (Xu hướng chỉ số CCHC, Xếp hạng): the index per unit and year in both views
of the units, the spread of a group, the ranking table and what to annotate on the time axis."""

from __future__ import annotations

import pandas as pd

from dashboard.queries import READERS, allowed, run

# The two views of the units mart_index_trend offers: as they were, or mapped to today's units.
UNIT_VIEWS = ("as_was", "today")


@allowed(READERS)
def index_years() -> list[int]:
    """Years with at least one unit's index, newest first."""
    frame = run("select distinct year from mart_unit_index order by year desc")
    return [int(y) for y in frame["year"]]


@allowed(READERS)
def groups_with_index(year: int | None = None) -> list[str]:
    """Unit groups with an index (in `year`, or in any year when None)."""
    frame = run(
        "select distinct unit_group from mart_unit_index where ? is null or year = ? order by unit_group",
        year,
        year,
    )
    return frame["unit_group"].tolist()


@allowed(READERS)
def ranking(year: int, unit_group: str) -> pd.DataFrame:
    """The ranking table of one group and year, best first (ties in Vietnamese name order on the page)."""
    return run(
        """
        select unit_code, unit_name, index_pct, rank_in_group, units_in_group, classification,
               is_provisional, has_appraisal, self_points, appraised_points, self_minus_appraised_points,
               survey_points, max_points, previous_rank, previous_index_pct, rank_change, index_change,
               is_new, predecessor_index_pct, predecessor_count, predecessor_names
        from mart_unit_ranking
        where year = ? and unit_group = ?
        order by rank_in_group, unit_code
        """,
        year,
        unit_group,
    )


@allowed(READERS)
def trend(unit_view: str, unit_group: str, field_code: str | None = None) -> pd.DataFrame:
    """Every unit's values per year of one measure, in one view of the units: the index when `field_code`
    is None, else that field's percentage (a national group is ~200,000 rows over all measures: the page
    asks for the one it shows)."""
    if unit_view not in UNIT_VIEWS:
        raise ValueError(f"unknown unit view: {unit_view}")
    return run(
        """
        select t.year, t.unit_code, t.unit_name, t.field_code, t.value_pct, t.is_provisional, t.is_converted,
               t.source_unit_count, t.source_unit_names, u.valid_to_date
        from mart_index_trend as t
        left join mart_unit as u using (unit_code)
        where t.unit_view = ? and t.unit_group = ? and t.field_code is not distinct from ?
        order by t.unit_code, t.year
        """,
        unit_view,
        unit_group,
        field_code,
    )


@allowed(READERS)
def unit_trend(unit_view: str, unit_group: str, unit_code: str) -> pd.DataFrame:
    """One unit's index (field_code null) and field percentages per year, in one view of the units."""
    if unit_view not in UNIT_VIEWS:
        raise ValueError(f"unknown unit view: {unit_view}")
    return run(
        """
        select t.year, t.unit_code, t.unit_name, t.field_code, t.value_pct, t.is_provisional, t.is_converted,
               t.source_unit_count, t.source_unit_names, u.valid_to_date
        from mart_index_trend as t
        left join mart_unit as u using (unit_code)
        where t.unit_view = ? and t.unit_group = ? and t.unit_code = ?
        order by t.field_code, t.year
        """,
        unit_view,
        unit_group,
        unit_code,
    )


@allowed(READERS)
def spread(unit_view: str, unit_group: str) -> pd.DataFrame:
    """The group's mean, extremes and quartiles per year, for the index (field_code null) and each field."""
    return run(
        """
        select year, field_code, unit_count, converted_count, provisional_count, mean_pct, min_pct, q1_pct,
               median_pct, q3_pct, max_pct
        from mart_index_group_year
        where unit_view = ? and unit_group = ?
        order by field_code, year
        """,
        unit_view,
        unit_group,
    )


@allowed(READERS)
def fields(unit_group: str) -> pd.DataFrame:
    """The group's fields (lĩnh vực) titled as in its newest framework."""
    return run(
        """
        select field_code, arg_max(title, from_year) as field_title, min(sort_order) as sort_order
        from mart_criterion
        where unit_group = ? and depth = 1
        group by field_code
        order by sort_order
        """,
        unit_group,
    )


@allowed(READERS)
def framework_versions(unit_group: str) -> pd.DataFrame:
    """The group's frameworks by the first year they apply to, for the time axis."""
    return run(
        """
        select framework_id, from_year, to_year, legal_basis
        from mart_framework
        where unit_group = ?
        order by from_year
        """,
        unit_group,
    )


@allowed(READERS)
def unit_endings(unit_group: str) -> pd.DataFrame:
    """Dates on which units of the group ended, how many, and how many units succeeded them."""
    return run(
        """
        select valid_to_date, count(*) as ended_count, count(distinct successor_code) as successor_count
        from mart_unit
        where unit_group = ? and valid_to_date is not null
        group by valid_to_date
        order by valid_to_date
        """,
        unit_group,
    )

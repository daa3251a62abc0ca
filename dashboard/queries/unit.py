"""Queries of the unit page: the unit and its lineage, its index and rank over the years, its fields and
weaknesses in a year, and every file it sent with the findings about them."""

from __future__ import annotations

import pandas as pd

from dashboard.queries import UNIT_READERS, allowed, run


@allowed(UNIT_READERS)
def all_units() -> pd.DataFrame:
    """Every unit of the registry, ended and merged ones included (old results still point to them)."""
    return run("select unit_code, unit_name, unit_group, valid_to_date, is_active from mart_unit")


@allowed(UNIT_READERS)
def unit(unit_code: str) -> pd.DataFrame:
    """The unit's registry row (empty when the code is unknown)."""
    return run(
        """
        select unit_code, unit_name, unit_group, parent_code, parent_name, valid_from_date, valid_to_date,
               successor_code, successor_name, is_active
        from mart_unit
        where unit_code = ?
        """,
        unit_code,
    )


@allowed(UNIT_READERS)
def predecessors(unit_code: str) -> pd.DataFrame:
    """Units merged into this one."""
    return run(
        "select unit_code, unit_name, valid_to_date from mart_unit where successor_code = ?",
        unit_code,
    )


@allowed(UNIT_READERS)
def index_history(unit_code: str) -> pd.DataFrame:
    """The unit's index, rank in its group and classification, year by year."""
    return run(
        """
        select year, unit_group, framework_id, max_points, self_points, appraised_points, survey_points,
               total_points, index_pct, rank_in_group, units_in_group, classification, is_provisional
        from mart_unit_index
        where unit_code = ?
        order by year
        """,
        unit_code,
    )


@allowed(UNIT_READERS)
def field_points(year: int, unit_code: str) -> pd.DataFrame:
    """Points counted against the maximum per field (criteria with known points only)."""
    return run(
        """
        select field_code, field_stt, field_title, field_order, max_points, counted_points, lost_points, lost_pct
        from mart_field_gap
        where year = ? and unit_code = ?
        order by field_order
        """,
        year,
        unit_code,
    )


@allowed(UNIT_READERS)
def lost_criteria(year: int, unit_code: str, limit: int) -> pd.DataFrame:
    """The criteria where the unit lost most points in the year."""
    return run(
        """
        select stt_text, criterion_title, is_survey, max_points, self_points, appraised_points,
               counted_points, lost_points, lost_pct, responsible_office
        from mart_criterion_gap
        where year = ? and unit_code = ? and lost_points > 0
        order by lost_points desc, sort_order
        limit ?
        """,
        year,
        unit_code,
        limit,
    )


@allowed(UNIT_READERS)
def load_history(unit_code: str) -> pd.DataFrame:
    """Every file attributed to the unit: loaded, replaced by a later file, or refused."""
    return run(
        """
        select attempt_id, file_name, kind, year as file_year, period, status, attempted_at, rows_loaded, rows_rejected,
               error_count, warning_count
        from mart_load_attempt
        where unit_code = ?
        order by attempted_at desc, attempt_id desc
        """,
        unit_code,
    )


@allowed(UNIT_READERS)
def findings(unit_code: str) -> pd.DataFrame:
    """Findings about the unit's files, newest file first, in the order the checks reported them."""
    return run(
        """
        select f.attempt_id, f.file_name, a.year as file_year, a.period, a.status, f.severity, f.sheet_name, f.cell,
               f.message
        from mart_load_finding as f
        left join mart_load_attempt as a using (attempt_id)
        where f.unit_code = ?
        order by f.attempted_at desc, f.attempt_id desc, f.finding_number
        """,
        unit_code,
    )

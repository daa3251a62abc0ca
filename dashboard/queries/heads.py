"""Queries of the heads' completion levels (mart_head_level; docs/heads.md): a grading year's levels for
the overview and the annual report, one unit's levels over the years for its page. A unit's account sees
its own unit only (the `allowed` registry keeps the rows to its units)."""

from __future__ import annotations

import pandas as pd

from dashboard.queries import UNIT_READERS, allowed, run

_COLUMNS = """
    year, result_year, unit_code, unit_name, unit_group, rule_set_id, legal_basis, index_name, field_name,
    measure, excellent_threshold, good_threshold, done_threshold, weight, combine_method, result_source,
    score, rank, previous_score, score_change, measured_value, level_code, not_graded_reason,
    index_count, graded_count, overall_level_code, overall_not_graded_reason,
    published_date, published_due_date, is_published_late, sent_date, sent_due_date, is_sent_late,
    decided_date, decided_due_date, is_decided_late, unit_published_late, unit_sent_late, unit_decided_late
"""


@allowed(UNIT_READERS)
def head_years() -> pd.DataFrame:
    """Grading years with heads' levels, newest first."""
    return run("select distinct year from mart_head_level order by year desc")


@allowed(UNIT_READERS)
def head_levels(year: int) -> pd.DataFrame:
    """Every unit's row per index in a grading year, with the unit's overall level and deadline flags."""
    return run(
        f"select {_COLUMNS} from mart_head_level where year = ? order by unit_group, unit_name, index_name, field_name",
        year,
    )


@allowed(UNIT_READERS)
def unit_head_levels(unit_code: str) -> pd.DataFrame:
    """One unit's rows over the grading years, newest first."""
    return run(
        f"select {_COLUMNS} from mart_head_level where unit_code = ? order by year desc, index_name, field_name",
        unit_code,
    )

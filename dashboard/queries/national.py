"""Queries of the national indices page: the national tables of published indices (mart_national_index),
with the province of the profile marked and each province's change since its previous year."""

from __future__ import annotations

import pandas as pd

from dashboard.queries import READERS, allowed, run


@allowed(READERS)
def indices() -> pd.DataFrame:
    """Indices with at least one national table, with the years they cover."""
    return run(
        """
        select index_name, min(year) as first_year, max(year) as last_year, count(distinct year) as year_count
        from mart_national_index
        group by index_name
        order by index_name
        """
    )


@allowed(READERS)
def index_rows(index_name: str) -> pd.DataFrame:
    """Every province of every year of one index, best first within a year."""
    return run(
        """
        select
            year,
            entity_name,
            entity_key,
            cast(score as double) as score,
            cast(published_rank as integer) as published_rank,
            cast(computed_rank as integer) as computed_rank,
            rank_disagrees,
            cast(entity_count as integer) as entity_count,
            cast(mean_score as double) as mean_score,
            cast(score_gap_to_mean as double) as score_gap_to_mean,
            previous_year,
            cast(score_change as double) as score_change,
            cast(rank_change as integer) as rank_change,
            coalesce(is_province, false) as is_province,
            province_name
        from mart_national_index
        where index_name = ?
        order by year, score desc, entity_name
        """,
        index_name,
    )

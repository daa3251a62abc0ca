"""Every query the pages run (the registry `dashboard.queries.QUERY_ROLES`), on one warehouse, with
arguments that exist in it (the latest year with an index, the commune group, a commune, the latest graded
month...): p50 and p95 latency, cold and cached.

Cold: the query's Streamlit cache cleared (`st.cache_data.clear()`), inside a page view whose read-only
connection to the published replica is already open: what the query itself adds to the first view after
a load. Opening that connection (once per page view, shared by all its queries) is measured on its own
(`open_connection`). Cached: the same call again, served by `st.cache_data` (hashing the arguments and
the file stamp).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

COLD_RUNS = 7
# Queries no page runs while it is drawn: a full file built when its download button is clicked, and
# the report's (the report pack has its own target). Measured and listed; the p95 target is a page's.
NOT_ON_A_PAGE_VIEW = {
    "one_stop.officer_grades": "the full file of a download; the report",
    "report.officer_grades_of_period": "the report",
    "report.files_of_period": "the report",
    "report.province_name": "the report",
}
CACHED_RUNS = 20
TARGET_P95_MS = 150.0
SLOW_QUERY_BUDGET_MS = 5_000.0


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    # Nearest rank: with 7 samples the p95 is the slowest one.
    rank = max(1, min(len(ordered), round(share * len(ordered) + 0.5)))
    return ordered[rank - 1]


def calls(database: Path) -> dict[str, tuple[Callable, tuple]]:
    """Each registered query with realistic arguments for the warehouse `database`."""
    import duckdb

    from dashboard import queries as q
    from dashboard.criteria_logic import HEATMAP_UNITS_SHOWN as heatmap_units
    from dashboard.queries import heads, index, national, one_stop, overview, quality, report, unit, weakness
    from warehouse.db import replica_path

    con = duckdb.connect(str(replica_path(database)), read_only=True)
    try:

        def one(sql: str) -> object:
            row = con.execute(sql).fetchone()
            return row[0] if row else None

        year = int(one("select max(year) from mart_unit_index where not is_provisional") or 2024)
        group = "xa"
        commune = one(f"select min(unit_code) from mart_unit_index where year = {year} and unit_group = 'xa'")
        framework = one(
            "select framework_id from mart_framework where unit_group = 'xa' order by from_year desc"
        )
        index_name = one("select min(index_name) from mart_national_index") or "PAR INDEX"
        month = one("select max(period_start_date) from mart_officer_grade where period_type = 'month'")
        grade_year = int(one("select max(year) from mart_officer_grade where grade is not null") or year)
    finally:
        con.close()
    month_text = str(month) if month else f"{grade_year}-12-01"
    month_number = int(month_text[5:7])
    quarter = (month_number - 1) // 3 + 1
    found = {
        "has_data": (q.has_data, ()),
        "available_years": (q.available_years, ()),
        "headline": (q.headline, ()),
        "units_by_group": (q.units_by_group, ()),
        "units": (q.units, (group,)),
        "frameworks_for": (q.frameworks_for, (year, None)),
        "criteria": (q.criteria, (framework,)),
        "rules": (q.rules, ()),
        "officers": (q.officers, ()),
        "recent_files": (q.recent_files, ()),
        "rejected_findings": (q.rejected_findings, ()),
        "units_of_account": (q.units_of_account, (commune,)),
        "index.index_years": (index.index_years, ()),
        "index.groups_with_index": (index.groups_with_index, (year,)),
        "index.ranking": (index.ranking, (year, group)),
        "index.trend": (index.trend, ("as_was", group)),
        "index.trend_today": (index.trend, ("today", group)),
        "index.unit_trend": (index.unit_trend, ("as_was", group, commune)),
        "index.spread": (index.spread, ("as_was", group)),
        "index.fields": (index.fields, (group,)),
        "index.framework_versions": (index.framework_versions, (group,)),
        "index.unit_endings": (index.unit_endings, (group,)),
        "national.indices": (national.indices, ()),
        "national.index_rows": (national.index_rows, (index_name,)),
        "one_stop.grade_years": (one_stop.grade_years, ()),
        "one_stop.graded_months": (one_stop.graded_months, ()),
        "one_stop.grade_counts_month": (one_stop.grade_counts, ("month", grade_year)),
        "one_stop.grade_counts_quarter": (one_stop.grade_counts, ("quarter", None)),
        "one_stop.officer_grades": (one_stop.officer_grades, (grade_year,)),
        "one_stop.satisfaction_by_unit": (one_stop.satisfaction_by_unit, (grade_year, quarter, None)),
        "one_stop.satisfaction_by_procedure": (one_stop.satisfaction_by_procedure, (grade_year, None, None)),
        # The One-Stop page's year view (its default) and month view, each list cut as the page cuts it.
        "one_stop.period_summary": (one_stop.period_summary, ("year", grade_year, None, None)),
        "one_stop.officer_rows": (one_stop.officer_rows, ("year", grade_year, None, None, "", 200)),
        "one_stop.officer_rows_month": (
            one_stop.officer_rows,
            ("month", grade_year, quarter, month_number, "", 200),
        ),
        "one_stop.officer_rows_search": (
            one_stop.officer_rows,
            ("year", grade_year, None, None, "cb0000", 200),
        ),
        "one_stop.replacement_months": (one_stop.replacement_months, (grade_year, None, None, 500)),
        "one_stop.form_issue_months": (one_stop.form_issue_months, (grade_year, None, None, 500)),
        "overview.index_years": (overview.index_years, ()),
        "overview.index_by_group": (overview.index_by_group, (year, None)),
        "overview.movers": (overview.movers, (year, year - 1, group)),
        "overview.grade_months": (overview.grade_months, ()),
        "overview.grade_picture": (overview.grade_picture, ("month", month_text)),
        "overview.replacements": (overview.replacements, ("month", month_text)),
        "overview.units_without_sheet": (overview.units_without_sheet, (year, None)),
        "overview.provisional_units": (overview.provisional_units, (year, None)),
        "overview.unresolved_rejections": (overview.unresolved_rejections, ()),
        "quality.submissions_cchc": (quality.submissions, ("cchc", year, None, group)),
        # The Mẫu 01 tab of the page's default (a whole year): its counts, deadlines and the two views.
        "quality.submission_counts": (quality.submission_counts, ("officer_form", grade_year, None, None)),
        "quality.submission_deadlines": (
            quality.submission_deadlines,
            ("officer_form", grade_year, None, None),
        ),
        "quality.officer_months": (quality.officer_months, (grade_year, None)),
        "quality.desk_submissions": (quality.desk_submissions, (grade_year, None)),
        "quality.unplaced_rejections": (quality.unplaced_rejections, ("scoring",)),
        "quality.findings": (quality.findings, (year,)),
        "quality.finding_counts": (quality.finding_counts, ()),
        "quality.quality_runs": (quality.quality_runs, ()),
        "quality.self_and_appraised": (quality.self_and_appraised, (year, group)),
        "report.province_name": (report.province_name, ()),
        "report.files_of_period": (report.files_of_period, (year, 1, 3)),
        "report.officer_grades_of_period": (report.officer_grades_of_period, (grade_year, quarter)),
        "unit.all_units": (unit.all_units, ()),
        "unit.unit": (unit.unit, (commune,)),
        "unit.predecessors": (unit.predecessors, (commune,)),
        "unit.index_history": (unit.index_history, (commune,)),
        "unit.field_points": (unit.field_points, (year, commune)),
        "unit.lost_criteria": (unit.lost_criteria, (year, commune, 10)),
        "unit.load_history": (unit.load_history, (commune,)),
        "unit.findings": (unit.findings, (commune,)),
        "weakness.groups_with_scores": (weakness.groups_with_scores, (year,)),
        "weakness.group_units": (weakness.group_units, (year, group)),
        # As the weakness page's heatmap asks: the units losing most (the files ask for every unit).
        "weakness.field_losses": (weakness.field_losses, (year, group, heatmap_units)),
        "weakness.criterion_losses": (weakness.criterion_losses, (year, group, None, heatmap_units)),
        "weakness.lost_criteria": (weakness.lost_criteria, (year, group)),
        "heads.head_years": (heads.head_years, ()),
        "heads.head_levels": (heads.head_levels, (year,)),
        "heads.unit_head_levels": (heads.unit_head_levels, (commune,)),
        "weakness.fields": (weakness.fields, (year, group)),
        "weakness.top_criteria": (weakness.top_criteria, (year, group)),
        "weakness.unit_sheet": (weakness.unit_sheet, (year, commune)),
    }
    # The dossier queries (handling of dossiers at the desks), where this version of the app has them.
    if hasattr(one_stop, "dossiers_by"):
        found["one_stop.dossier_years"] = (one_stop.dossier_years, ())
        found["one_stop.dossiers_by"] = (
            one_stop.dossiers_by,
            ("unit", "month", grade_year, quarter, month_number),
        )
        found["one_stop.dossier_months"] = (one_stop.dossier_months, (grade_year,))
    return found


def run(database: Path, cold_runs: int = COLD_RUNS, cached_runs: int = CACHED_RUNS) -> dict[str, object]:
    """Latencies of every page query on `database` (its replica published), in milliseconds."""
    os.environ["CCHC_DB"] = str(database)
    import streamlit as st

    from dashboard import queries as q

    measured = calls(database)
    # A registered query this list misses is named in the results, so "every query" stays checked.
    covered = {function.query_name for function, _ in measured.values()}
    missing = sorted(set(q.QUERY_ROLES) - covered)
    rows: dict[str, dict[str, float]] = {}
    opens: list[float] = []
    with q.acting_as(q.SYSTEM_PRINCIPAL):
        for name, (function, args) in measured.items():
            cold, cached = [], []
            for _ in range(cold_runs):
                # A query that takes seconds is timed twice, not seven times: its p95 is then its slower run.
                if len(cold) >= 2 and sum(cold) > SLOW_QUERY_BUDGET_MS:
                    break
                st.cache_data.clear()
                with q.view():
                    # The view's connection, opened as its first query would open it (timed apart).
                    started = time.perf_counter()
                    q._VIEW.get()[str(database)] = q._open(str(database))
                    opens.append((time.perf_counter() - started) * 1000)
                    started = time.perf_counter()
                    function(*args)
                    cold.append((time.perf_counter() - started) * 1000)
                for _ in range(max(1, cached_runs // cold_runs)):
                    started = time.perf_counter()
                    function(*args)
                    cached.append((time.perf_counter() - started) * 1000)
            rows[name] = {
                "cold_p50_ms": round(statistics.median(cold), 1),
                "cold_p95_ms": round(_percentile(cold, 0.95), 1),
                "cached_p50_ms": round(statistics.median(cached), 2),
                "cached_p95_ms": round(_percentile(cached, 0.95), 2),
                "cold_runs": len(cold),
                "on_page_view": name not in NOT_ON_A_PAGE_VIEW,
            }
    slowest = max(rows, key=lambda name: rows[name]["cold_p95_ms"])
    return {
        "queries": rows,
        "open_connection": {
            "p50_ms": round(statistics.median(opens), 1),
            "p95_ms": round(_percentile(opens, 0.95), 1),
        },
        "not_measured": missing,
        "slowest": slowest,
        "slowest_cold_p95_ms": rows[slowest]["cold_p95_ms"],
        "over_target": sorted(
            name for name, row in rows.items() if row["on_page_view"] and row["cold_p95_ms"] > TARGET_P95_MS
        ),
        "cold_runs": cold_runs,
        "target_p95_ms": TARGET_P95_MS,
    }

"""The benchmark's generator at a tiny scale: a warehouse the pages' queries can read, with the counts the
scale asks for, every generated file in the load log, and the same values from the same seed."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

from bench import queries as bench_queries
from bench.national import TINY, generate
from warehouse.db import replica_path


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    database = tmp_path_factory.mktemp("bench") / "tiny.duckdb"
    return database, generate(database, TINY)


def test_counts_follow_the_scale(tiny: tuple[Path, dict[str, int]]) -> None:
    _, counts = tiny
    # Per province: 2 departments, 2 districts, 4 communes and a desk per commune.
    assert counts["raw_unit"] == 2 * (2 + 2 + 4 + 4)
    assert counts["raw_officer"] == 12
    assert counts["raw_feedback"] == 2_000
    # 12 officers x 12 months, about 2 % of officer-months left without a form.
    assert 12 * 12 * 0.9 <= counts["raw_officer_form"] < 12 * 12


def test_every_generated_row_names_a_loaded_file(tiny: tuple[Path, dict[str, int]]) -> None:
    database, _ = tiny
    con = duckdb.connect(str(replica_path(database)), read_only=True)
    try:
        for table in (
            "raw_unit",
            "raw_score",
            "raw_survey",
            "raw_officer",
            "raw_officer_form",
            "raw_feedback",
        ):
            orphans = con.execute(
                f"select count(*) from {table} where file_sha256 not in (select file_sha256 from source_file)"
            ).fetchone()[0]
            assert orphans == 0, table
        statuses = con.execute("select distinct status from load_attempt").fetchall()
        assert statuses == [("loaded",)]
        # Snapshots were computed from this state, so the pages read them.
        fresh = con.execute("select count(*) from snapshot_state").fetchone()[0]
        assert fresh == 1
        index = con.execute(
            "select year, unit_group, count(*), min(index_pct), max(index_pct), count(classification)"
            " from mart_unit_index group by all order by all"
        ).fetchall()
    finally:
        con.close()
    groups_2024 = {row[1]: row for row in index if row[0] == 2024}
    assert {g: r[2] for g, r in groups_2024.items()} == {"huyen": 4, "so_nganh": 4, "xa": 8}
    for _year, _group, count, low, high, classified in index:
        assert 30 <= low <= high <= 100
        assert classified == count
    # Districts end on 30/6/2025: no 2025 sheet for them.
    assert not [row for row in index if row[0] == 2025 and row[1] == "huyen"]


def test_every_page_query_reads_the_generated_marts(tiny: tuple[Path, dict[str, int]], monkeypatch) -> None:
    database, _ = tiny
    monkeypatch.setenv("CCHC_DB", str(database))
    from dashboard import queries as q

    measured = bench_queries.calls(database)
    assert set(q.QUERY_ROLES) == {function.query_name for function, _ in measured.values()}
    empty = []
    with q.acting_as(q.SYSTEM_PRINCIPAL):
        for name, (function, args) in measured.items():
            result = function(*args)
            if isinstance(result, pd.DataFrame) and result.empty:
                empty.append(name)
    # Findings, refused files, merged units, dossiers and heads' rule sets are what a generated warehouse
    # has none of; at this size a month may have no officer to replace and a year no missing sheet.
    # Everything else has rows.
    assert set(empty) <= {
        "overview.replacements",
        "overview.units_without_sheet",
        "one_stop.dossier_years",
        "one_stop.dossiers_by",
        "one_stop.dossier_months",
        "rejected_findings",
        "quality.findings",
        "quality.finding_counts",
        "quality.quality_runs",
        "unit.findings",
        "unit.predecessors",
        "index.unit_endings",
        "heads.head_years",
        "heads.head_levels",
        "heads.unit_head_levels",
    }, empty
    with q.acting_as(q.SYSTEM_PRINCIPAL):
        grades = q.one_stop.officer_grades(2025)
    assert set(grades["grade"].dropna()) <= {"A", "B", "C", "D"}
    assert grades["grade"].notna().sum() > 0


def test_same_seed_same_values(tmp_path: Path, tiny: tuple[Path, dict[str, int]]) -> None:
    database, counts = tiny
    again = tmp_path / "again.duckdb"
    assert generate(again, TINY) == counts
    sql = "select sum(self_points), sum(appraised_points) from raw_score"
    feedback = "select sum(hash(officer_code, level, rated_at)) from raw_feedback"
    first = duckdb.connect(str(replica_path(database)), read_only=True)
    second = duckdb.connect(str(replica_path(again)), read_only=True)
    try:
        assert first.execute(sql).fetchone() == second.execute(sql).fetchone()
        assert first.execute(feedback).fetchone() == second.execute(feedback).fetchone()
    finally:
        first.close()
        second.close()

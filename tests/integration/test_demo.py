"""The demo province built through the real loader: what it holds and what it refuses on purpose."""

from pathlib import Path

import pytest

from etl.demo import build_demo
from tests.conftest import query


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    assert build_demo(database, seed=2025) == 0
    return database


def test_demo_holds_the_province(demo_db: Path) -> None:
    groups = dict(query(demo_db, "select unit_group, count(*) from mart_unit group by unit_group"))
    assert 18 <= groups["so_nganh"] <= 30
    assert groups["huyen"] == 11
    assert groups["xa"] >= 55
    old_communes = query(
        demo_db,
        "select count(*) from mart_unit where unit_group = 'xa' and valid_to_date = date '2025-06-30'",
    )[0][0]
    new_communes = query(
        demo_db,
        "select count(*) from mart_unit where unit_group = 'xa' and valid_from_date = date '2025-07-01'",
    )[0][0]
    assert 35 <= old_communes <= 50 and 15 <= new_communes <= 25
    # every commune that ended on the merge has a successor that exists
    orphans = query(
        demo_db,
        "select count(*) from mart_unit where unit_group = 'xa' and valid_to_date = date '2025-06-30'"
        " and successor_name is null",
    )[0][0]
    assert orphans == 0


def test_demo_frameworks_cover_two_versions_per_group(demo_db: Path) -> None:
    rows = query(
        demo_db, "select unit_group, count(*), min(from_year) from mart_framework group by unit_group"
    )
    assert {group: (count, first) for group, count, first in rows} == {
        "so_nganh": (2, 2019),
        "huyen": (2, 2019),
        "xa": (2, 2019),
        "phong": (2, 2019),
    }
    totals = query(demo_db, "select distinct max_points from mart_framework")
    assert totals == [(100,)]


def test_demo_officers_and_rules(demo_db: Path) -> None:
    officers = query(demo_db, "select count(*) from mart_officer")[0][0]
    assert 55 <= officers <= 70
    assert query(demo_db, "select count(*) from mart_officer where unit_name is null") == [(0,)]
    rules = {r[0] for r in query(demo_db, "select distinct rule_code from mart_rule")}
    assert rules == {
        "classification_band",
        "evidence_rule",
        "self_assessment_gap",
        "submission_deadline",
        "one_stop_grading",
    }


def test_demo_plants_refused_files_with_cells(demo_db: Path) -> None:
    refused = query(
        demo_db,
        "select file_name, error_count from mart_load_attempt where status = 'rejected' order by file_name",
    )
    assert len(refused) == 3
    assert all(errors >= 1 for _, errors in refused)
    cells = query(
        demo_db, "select count(*) from mart_load_finding where status = 'rejected' and cell is null"
    )[0][0]
    assert cells == 0


def test_demo_is_reproducible(tmp_path: Path, demo_db: Path) -> None:
    other = tmp_path / "again.duckdb"
    assert build_demo(other, seed=2025) == 0
    sql = "select unit_code, unit_name from mart_unit order by 1"
    assert query(other, sql) == query(demo_db, sql)
    sql = "select officer_code, officer_name, unit_code from stg_officer order by 1, 3"
    assert query(other, sql) == query(demo_db, sql)

"""The demo's One-Stop year: what the generator planted is what the warehouse grades."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.demo import PROFILE_DIR, one_stop
from tests.conftest import query


@pytest.fixture(scope="module")
def planted(demo_db: Path) -> dict:
    return one_stop.planted(demo_db.parent / "demo_inputs", 2025, PROFILE_DIR)


def _months(demo_db: Path, condition: str) -> set[tuple[str, str]]:
    rows = query(
        demo_db,
        f"select officer_code, period_label from mart_officer_grade where period_type = 'month' and {condition}",
    )
    return set(rows)


def test_two_years_of_forms_for_about_sixty_officers(demo_db: Path, planted: dict) -> None:
    officers, months = query(
        demo_db, "select count(distinct officer_code), count(distinct period_month) from stg_officer_form"
    )[0]
    assert 55 <= officers <= 70 and months == 24
    assert query(demo_db, "select count(*) from stg_officer_form") == [
        (sum(1 for m in planted["officer_months"] if m["status"] != "missing"),)
    ]


def test_missing_late_and_d_months_are_the_planted_ones(demo_db: Path, planted: dict) -> None:
    assert _months(demo_db, "is_missing") == {(o, m) for o, m in planted["missing"]}
    assert _months(demo_db, "is_late") == {(o, m) for o, m, _ in planted["late"]}
    d_months = {(officer, month) for officer, months in planted["grade_d"].items() for month in months}
    assert _months(demo_db, "grade = 'D'") == d_months
    assert _months(demo_db, "is_second_d_in_row") == {("CB018", "2024-08")}
    capped = query(
        demo_db,
        "select distinct grade from mart_officer_grade where period_type in ('quarter', 'year') and d_months > 0",
    )
    assert {grade for (grade,) in capped} <= {"C", "D"}


def test_every_rating_counts_once_and_every_bad_row_is_kept(demo_db: Path, planted: dict) -> None:
    assert query(demo_db, "select count(*) from stg_feedback") == [(planted["total_ratings"],)]
    for name, export in planted["feedback_files"].items():
        if export["expected"] != "loaded":
            continue
        (loaded, rejected) = query(
            demo_db, "select rows_loaded, rows_rejected from load_attempt where file_name = ?", name
        )[0]
        assert loaded + rejected == export["rows"], name
        assert rejected == sum(export["bad_rows"].values()), name
    kept = query(demo_db, "select count(*) from mart_rejected_row where kind = 'feedback'")[0][0]
    expected = sum(
        sum(e["bad_rows"].values()) for e in planted["feedback_files"].values() if e["expected"] == "loaded"
    )
    assert kept == expected


def test_grades_exist_for_months_quarters_and_years(demo_db: Path) -> None:
    rows = dict(
        query(demo_db, "select period_type, count(distinct period_label) from mart_officer_grade group by 1")
    )
    assert rows == {"month": 24, "quarter": 8, "year": 2}
    levels = {scale for (scale,) in query(demo_db, "select distinct scale from stg_feedback")}
    assert levels == {3, 5}


def test_desks_that_share_a_name_after_the_merger_need_no_warning(demo_db: Path) -> None:
    # «Bộ phận Một cửa UBND xã Yên Bình» names the old desk until 30/6/2025 and the new one after.
    warned = query(
        demo_db,
        "select count(*) from mart_load_finding where rule in ('officer_form.other_unit', 'officer_form.unit_unknown')",
    )
    assert warned == [(0,)]

"""Snapshots brought up to date after a load without recomputing them whole (warehouse.db.refresh_snapshots):
kept when none of their tables changed, recomputed for the years the new rows fall in (YEAR_SPANS), and
after every step equal to what their views compute over the whole warehouse."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from etl.template import write_template
from tests.conftest import ingest
from tests.integration.test_one_stop_grading import Warehouse
from warehouse import db as wh


def differences(con) -> dict[str, int]:
    """Rows that differ between each snapshot and its view, both ways; empty when all are equal."""
    found = {}
    for name in wh.SNAPSHOTS:
        columns = ", ".join(
            f"round({column}, 6) as {column}" if kind in ("DOUBLE", "FLOAT") else column
            for column, kind, *_ in con.execute(f"describe {name}").fetchall()
        )
        (count,) = con.execute(
            f"select count(*) from ((select {columns} from {name} except all "
            f"select {columns} from snap_{name}) union all (select {columns} from snap_{name} "
            f"except all select {columns} from {name}))"
        ).fetchone()
        if count:
            found[name] = count
    return found


class LoggedWarehouse(Warehouse):
    """Every fake file also logged as a loaded attempt, as the loader does: the refresh tells new rows
    from the ones its snapshots already reflect by the attempt that loaded them."""

    def file(self, kind: str) -> str:
        sha = super().file(kind)
        self.con.execute(
            "insert into load_attempt (attempt_id, file_sha256, file_name, kind, status, attempted_at) "
            "values (?, ?, ?, ?, 'loaded', now())",
            [self.attempt, sha, f"{sha}.csv", kind],
        )
        return sha

    def refresh(self) -> dict[str, str]:
        return wh.refresh_snapshots(self.con)

    def differences(self) -> dict[str, int]:
        return differences(self.con)

    def year_counts(self, table: str) -> list[tuple[int, int]]:
        return self.con.execute(f"select year, count(*) from {table} group by year order by year").fetchall()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[LoggedWarehouse]:
    warehouse = LoggedWarehouse(tmp_path / "spans.duckdb")
    warehouse.default_rules()
    warehouse.officer("CB01", "Hoàng Thị Lan")
    warehouse.officer("CB02", "Nông Văn Hùng")
    for month in ("2024-10", "2024-11", "2024-12", "2025-01", "2025-02"):
        warehouse.form("CB01", month, "40" if month >= "2024-12" else "85", submitted=dt.date(2025, 3, 1))
        warehouse.form("CB02", month, "75")
    warehouse.month_ratings("CB01", "2024-11", ["hai_long"] * 6)
    yield warehouse
    warehouse.con.close()


ONE_STOP = {"mart_feedback_satisfaction", "mart_officer_grade"}


def test_the_first_refresh_computes_every_snapshot_whole(store: LoggedWarehouse) -> None:
    assert set(store.refresh().values()) == {"whole"}
    assert store.differences() == {}
    assert wh.snapshots_fresh(store.con)


def test_new_ratings_recompute_their_year_and_the_next_only(store: LoggedWarehouse) -> None:
    store.refresh()
    before = store.year_counts("snap_mart_officer_grade")
    # December's ratings: the month, its quarter and year change, and January 2025's "second D in a row"
    # reads December back: the grades of 2024 and 2025 are recomputed, the satisfaction of 2024 only.
    store.month_ratings("CB02", "2024-12", ["khong_hai_long"] * 6)
    done = store.refresh()
    assert done["mart_feedback_satisfaction"] == "years 2024-2024"
    assert done["mart_officer_grade"] == "years 2024-2025"
    assert done["mart_submission"] == "whole"  # it reads the load log, which every load changes
    assert {name for name, action in done.items() if action == "kept"} == set(wh.SNAPSHOTS) - ONE_STOP - {
        "mart_submission",
        "mart_dossier_state",
        "mart_dossier_period",
    }
    assert store.differences() == {}
    assert store.year_counts("snap_mart_officer_grade") == before
    december = store.con.execute(
        "select feedback_count, satisfied_pct from snap_mart_officer_grade "
        "where officer_code = 'CB02' and period_label = '2024-12'"
    ).fetchone()
    assert december == (6, 0)


def test_a_form_months_after_the_last_one_fills_the_months_between(store: LoggedWarehouse) -> None:
    store.refresh()
    # March 2026 after February 2025: every month between is owed and missing, for both officers.
    store.form("CB01", "2026-03", "95")
    done = store.refresh()
    assert done["mart_officer_grade"] == "years 2025-2027"
    assert store.differences() == {}
    (missing,) = store.con.execute(
        "select count(*) from snap_mart_officer_grade where period_type = 'month' and is_missing "
        "and period_start_date between date '2025-03-01' and date '2026-02-01'"
    ).fetchone()
    assert missing == 2 * 12


def test_ratings_of_a_year_before_any_form_change_no_grade(store: LoggedWarehouse) -> None:
    store.refresh()
    store.month_ratings("CB01", "2021-05", ["rat_hai_long"] * 3)
    done = store.refresh()
    # The span reaches the years already there (2024).
    assert done["mart_feedback_satisfaction"] == "years 2021-2024"
    assert store.differences() == {}
    assert store.year_counts("snap_mart_feedback_satisfaction")[0] == (2021, 1)
    assert store.year_counts("snap_mart_officer_grade")[0][0] == 2024


def test_a_changed_registry_recomputes_the_grades_whole(store: LoggedWarehouse) -> None:
    store.refresh()
    store.officer("CB03", "Lý Thị Hoa", valid_from=dt.date(2025, 1, 1))
    done = store.refresh()
    assert done["mart_officer_grade"] == "whole"
    assert done["mart_feedback_satisfaction"] == "kept"
    assert store.differences() == {}


def test_nothing_changed_keeps_everything_and_a_changed_model_rebuilds(store: LoggedWarehouse) -> None:
    store.refresh()
    assert set(store.refresh().values()) == {"kept"}
    assert set(wh.refresh_snapshots(store.con, whole=True).values()) == {"whole"}
    store.con.execute("update snapshot_state set models_hash = 'an older model'")
    assert set(store.refresh().values()) == {"whole"}
    assert store.differences() == {}


def test_a_span_refresh_leaves_no_variable_behind(store: LoggedWarehouse) -> None:
    store.refresh()
    store.month_ratings("CB01", "2025-01", ["hai_long"] * 6)
    store.refresh()
    assert store.con.execute(
        "select getvariable('refresh_from'), getvariable('refresh_until')"
    ).fetchone() == (
        None,
        None,
    )


def test_december_ratings_make_january_a_second_d_in_a_row(store: LoggedWarehouse) -> None:
    store.officer("CB03", "Lý Thị Hoa")
    store.form("CB03", "2024-12", "55")
    store.form("CB03", "2025-01", "40")
    store.refresh()

    def january() -> tuple:
        return store.con.execute(
            "select grade, is_second_d_in_row from snap_mart_officer_grade "
            "where officer_code = 'CB03' and period_label in ('2024-12', '2025-01', '2025-Q1') "
            "order by period_label"
        ).fetchall()

    assert january() == [("C", False), ("D", False), ("D", False)]
    # Six unsatisfied ratings in December: 0,7 × 55 = 38,5, a D; January becomes the second in a row.
    store.month_ratings("CB03", "2024-12", ["khong_hai_long"] * 6)
    assert store.refresh()["mart_officer_grade"] == "years 2024-2025"
    assert january() == [("D", False), ("D", True), ("D", True)]
    assert store.differences() == {}


def test_a_score_sheet_recomputes_its_year_of_the_index_only(demo_db: Path, tmp_path: Path) -> None:
    database = tmp_path / "demo.duckdb"
    shutil.copy(demo_db, database)
    con = wh.connect(database, read_only=True)
    try:
        unit, framework, year = con.execute(
            "select unit_code, framework_id, year from mart_unit_index where unit_group = 'xa' "
            "order by year desc, unit_code limit 1"
        ).fetchone()
        years = con.execute("select count(distinct year) from snap_mart_unit_index").fetchone()[0]
    finally:
        con.close()
    assert years >= 3
    # A new sheet of the unit's latest year, as the unit fills the template: it replaces the earlier one.
    book = load_workbook(write_template(database, framework, unit, year, tmp_path / "mau.xlsx"))
    sheet = book["Tự đánh giá"]
    (header,) = [c for row in sheet.iter_rows(max_row=30) for c in row if c.value == "Điểm tự đánh giá"]
    filled = 0
    for row in range(header.row + 1, sheet.max_row + 1):
        cell = sheet.cell(row, header.column)
        if not cell.protection.locked:
            cell.value = 0.5
            filled += 1
    assert filled > 20
    book.save(tmp_path / "da_dien.xlsx")
    assert ingest(tmp_path / "da_dien.xlsx", database).status == "loaded"
    con = wh.connect(database)
    try:
        done = wh.refresh_snapshots(con)
        assert done["mart_unit_index"] == done["mart_criterion_score"] == f"years {year}-{year}"
        assert done["mart_unit_ranking"] == f"years {year}-{year + 1}"
        assert done["mart_officer_grade"] == done["mart_feedback_satisfaction"] == "kept"
        assert differences(con) == {}
        (points,) = con.execute(
            "select count(*) from snap_mart_criterion_score where unit_code = ? and year = ? and self_points = 0.5",
            [unit, year],
        ).fetchone()
        assert points == filled
    finally:
        con.close()

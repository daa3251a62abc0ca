"""`python -m warehouse export-parquet DIR`: every mart as Parquet partitioned by year and province, read
back as one dataset with the same rows and figures as the warehouse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from bench.national import TINY, generate
from warehouse.db import PROJECT_DIR, replica_path
from warehouse.parquet import province_slug


@pytest.fixture(scope="module")
def small_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("parquet") / "small.duckdb"
    generate(database, TINY)
    return database


def test_slug_of_province_names() -> None:
    assert province_slug("Lạng Sơn") == "lang_son"
    assert province_slug("Đắk Lắk") == "dak_lak"
    assert province_slug("Bà Rịa - Vũng Tàu") == "ba_ria_vung_tau"
    assert province_slug(None) == "unknown"
    assert province_slug("  ") == "unknown"


def test_export_writes_partitions_that_read_back_as_the_marts(small_warehouse: Path, tmp_path: Path) -> None:
    folder = tmp_path / "parquet"
    done = subprocess.run(
        [sys.executable, "-m", "warehouse", "export-parquet", str(folder), "--db", str(small_warehouse)],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith(f"OK: {folder}")

    # The demo's rules name the province; a mart with a year is split by year, then province.
    years = sorted(p.name for p in (folder / "mart_unit_index").iterdir())
    assert years == ["year=2023", "year=2024", "year=2025"]
    assert [p.name for p in (folder / "mart_unit_index" / "year=2024").iterdir()] == ["province=lang_son"]
    # A mart without a year is split by province only.
    assert [p.name for p in (folder / "mart_unit").iterdir()] == ["province=lang_son"]

    con = duckdb.connect(str(replica_path(small_warehouse)), read_only=True)
    try:
        expected = con.execute(
            "select year, count(*), sum(index_pct) from mart_unit_index group by year order by year"
        ).fetchall()
        expected_grades = con.execute(
            "select count(*), count(grade) from mart_officer_grade where period_type = 'month'"
        ).fetchone()
        mart_count = con.execute(
            "select count(*) from duckdb_views() where not internal and starts_with(view_name, 'mart_')"
        ).fetchone()[0]
    finally:
        con.close()
    assert len([p for p in folder.iterdir() if p.is_dir()]) == mart_count

    reader = duckdb.connect()
    read_back = reader.execute(
        f"""
        select year, count(*), sum(index_pct)
        from read_parquet('{folder}/mart_unit_index/**/*.parquet', hive_partitioning = true)
        where province = 'lang_son'
        group by year order by year
        """
    ).fetchall()
    grades = reader.execute(
        f"""
        select count(*), count(grade)
        from read_parquet('{folder}/mart_officer_grade/**/*.parquet', hive_partitioning = true)
        where period_type = 'month'
        """
    ).fetchone()
    assert [(int(y), n, round(s, 2)) for y, n, s in read_back] == [
        (y, n, round(s, 2)) for y, n, s in expected
    ]
    # 2 provinces x (2 departments + 2 districts + 4 communes) scored; districts end in 2025.
    assert [n for _, n, _ in expected] == [16, 16, 12]
    assert grades == expected_grades
    assert grades[0] == 12 * 12  # 12 officers x 12 months, missing forms included


def test_export_again_into_the_same_folder_keeps_one_copy(small_warehouse: Path, tmp_path: Path) -> None:
    from warehouse.parquet import export

    folder = tmp_path / "again"
    first = export(small_warehouse, folder)
    second = export(small_warehouse, folder)
    assert first == second
    assert first["mart_unit"] == 2 * (2 + 2 + 4 + 4)
    rows = (
        duckdb.connect()
        .execute(
            f"select count(*) from read_parquet('{folder}/mart_unit/**/*.parquet', hive_partitioning = true)"
        )
        .fetchone()[0]
    )
    assert rows == first["mart_unit"]

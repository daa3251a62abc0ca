"""Feedback exports through the real loader: every way a rating's time may be written (the check tries
the file's own format first, the others only for the rows it misses), and a rating repeated inside one
export and again in a later one, counted once from its first line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import etl.ingest as ingest_module
from tests.conftest import ingest, query, units_rows, write_csv
from warehouse.db import MIGRATIONS_DIR, connect

OFFICER_HEADER = ["Mã cán bộ", "Họ và tên", "Mã đơn vị", "Từ ngày", "Đến ngày"]
HEADER = ["Thời gian đánh giá", "Mã hồ sơ", "Mã cán bộ", "Thủ tục hành chính", "Mức độ hài lòng"]
PROCEDURE = "Đăng ký khai sinh"
# Excel counts days from 30/12/1899: 45356 is 5/3/2024.
EXCEL_EPOCH = dt.datetime(1899, 12, 30)


@pytest.fixture
def officers(db: Path, tmp_path: Path) -> Path:
    assert ingest(write_csv(tmp_path / "ref" / "units.csv", units_rows()), db).status == "loaded"
    rows = [
        OFFICER_HEADER,
        ["CB001", "Hoàng Thị Lan", "MC-HL", "01/01/2023", ""],
        ["CB002", "Nông Văn Hùng", "MC-HL", "01/01/2023", ""],
    ]
    assert ingest(write_csv(tmp_path / "ref" / "officers.csv", rows), db).status == "loaded"
    return db


def rating(when: str, dossier: str, level: str = "Hài lòng", officer: str = "CB002") -> list[str]:
    return [when, dossier, officer, PROCEDURE, level]


@pytest.mark.parametrize("read_by_warehouse", [False, True])
def test_every_written_time_is_read_or_refused_with_its_reason(
    officers: Path, tmp_path: Path, monkeypatch, read_by_warehouse: bool
) -> None:
    if read_by_warehouse:  # a long CSV: DuckDB reads it, not the reader process
        monkeypatch.setattr(ingest_module, "CSV_HEAD_BYTES", 300)
    rows = [
        HEADER,
        *(rating(f"0{day}/03/2024 08:00:00", f"HS-0{day}") for day in range(1, 6)),  # lines 2-6
        rating(" 2024-03-05 10:00:00 ", "HS-07"),  # line 7: another format, spaces around
        rating("45356,5", "HS-08"),  # line 8: Excel's day number, decimal comma
        rating(" 45356.25 ", "HS-09"),  # line 9: spaces around
        rating("  ", "HS-10"),  # line 10: blank
        rating("31/02/2024 09:00:00", "HS-11"),  # line 11: no such day
        rating("12345678", "HS-12"),  # line 12: too many digits for a day number
        rating("4535", "HS-13"),  # line 13: too few
    ]
    report = ingest(write_csv(tmp_path / "times.csv", rows), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert (report.rows_loaded, report.rows_rejected) == (8, 4)
    loaded = dict(query(officers, "select line_number, rated_at from raw_feedback where line_number > 5"))
    assert loaded == {
        6: dt.datetime(2024, 3, 5, 8, 0),
        7: dt.datetime(2024, 3, 5, 10, 0),
        8: EXCEL_EPOCH + dt.timedelta(days=45356.5),
        9: EXCEL_EPOCH + dt.timedelta(days=45356.25),
    }
    assert loaded[8] == dt.datetime(2024, 3, 5, 12, 0)
    assert query(officers, "select line_number, rule from raw_rejected_row order by 1") == [
        (10, "feedback.row.time_missing"),
        (11, "feedback.row.time_impossible"),
        (12, "feedback.row.time_unreadable"),
        (13, "feedback.row.time_unreadable"),
    ]


def test_a_rating_repeated_in_one_export_and_the_next_counts_once_from_its_first_line(
    officers: Path, tmp_path: Path
) -> None:
    first = [
        HEADER,
        rating("04/03/2024 08:00:00", "HS-01", "Rất hài lòng"),  # line 2
        rating("04/03/2024 09:00:00", "", "Hài lòng"),  # line 3: no dossier
        rating("04/03/2024 09:00:00", "HS-02", "Hài lòng", officer="CB001"),  # line 4: another officer
        rating("04/03/2024 08:00:00", "HS-01", "Không hài lòng"),  # line 5: line 2 again
        rating("04/03/2024 09:00:00", "", "Không hài lòng"),  # line 6: line 3 again
        rating("04/03/2024 08:00:00", "HS-03", "Không hài lòng"),  # line 7: line 2's moment, another dossier
    ]
    report = ingest(write_csv(tmp_path / "kiosk.csv", first), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    later = [HEADER, rating("04/03/2024 08:00:00", "HS-01", "Không hài lòng")]  # a third copy
    assert ingest(write_csv(tmp_path / "portal.csv", later), officers).status == "loaded"
    assert query(officers, "select count(*) from raw_feedback") == [(7,)]
    kept = query(
        officers,
        "select f.file_name, s.line_number, s.dossier_code, s.officer_code, s.level, s.copy_count"
        " from stg_feedback as s join source_file as f using (file_sha256) order by s.line_number",
    )
    assert kept == [
        ("kiosk.csv", 2, "HS-01", "CB002", "rat_hai_long", 3),
        ("kiosk.csv", 3, None, "CB002", "hai_long", 2),
        ("kiosk.csv", 4, "HS-02", "CB001", "hai_long", 1),
        ("kiosk.csv", 7, "HS-03", "CB002", "khong_hai_long", 1),
    ]
    counts = query(
        officers,
        "select sum(rating_count), sum(rat_hai_long_count), sum(khong_hai_long_count)"
        " from mart_feedback_satisfaction",
    )
    assert counts == [(4, 1, 1)]


def test_files_holding_copies_are_listed_and_copies_counted_as_if_every_file_were(
    officers: Path, tmp_path: Path
) -> None:
    march = [HEADER, rating("04/03/2024 08:00:00", "HS-01"), rating("05/03/2024 08:00:00", "HS-02")]
    april = [HEADER, rating("04/04/2024 08:00:00", "HS-03"), rating("05/04/2024 08:00:00", "HS-04")]
    # A quarter's re-export: March's first rating again, and one rating given twice in it.
    quarter = [
        HEADER,
        rating("04/03/2024 08:00:00", "HS-01"),
        rating("06/03/2024 08:00:00", "HS-05", "Không hài lòng"),
        rating("06/03/2024 08:00:00", "HS-05", "Không hài lòng"),
    ]
    for name, rows in (("march.csv", march), ("april.csv", april)):
        report = ingest(write_csv(tmp_path / name, rows), officers)
        assert report.status == "loaded" and not report.findings, [f.message for f in report.findings]
    assert query(officers, "select count(*) from raw_feedback_copy_file") == [(0,)]
    report = ingest(write_csv(tmp_path / "quarter.csv", quarter), officers)
    assert [f.rule for f in report.findings] == ["feedback.repeated_ratings"]
    files = (
        "select f.file_name from raw_feedback_copy_file join source_file as f using (file_sha256) order by 1"
    )
    listed = query(officers, files)
    assert listed == [("march.csv",), ("quarter.csv",)]

    sql = "select file_sha256, line_number, copy_count from stg_feedback order by all"
    kept = query(officers, sql)
    assert len(kept) == 5 and sorted(row[2] for row in kept) == [1, 1, 1, 2, 2]
    con = connect(officers)
    try:
        # Listing every file gives the same answer, only slower.
        con.execute("insert into raw_feedback_copy_file select file_sha256 from source_file")
        assert con.execute(sql).fetchall() == kept
        # A warehouse loaded before the list existed is given the same list by its migration.
        con.execute("drop table raw_feedback_copy_file")
        con.execute((MIGRATIONS_DIR / "010_feedback_copies.sql").read_text())
        assert con.execute(files).fetchall() == listed
        assert con.execute(sql).fetchall() == kept
    finally:
        con.close()

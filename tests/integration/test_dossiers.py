"""Dossier lists from the public-service portal through the real loader: each outcome at its boundary
(resolved on the due date, one day late, pending past the due date), bad rows kept aside with messages
naming file, cell and fix, overlapping lists counted once in their newest state, and the marts against
figures computed by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import ingest, query, units_rows, write_csv, write_xlsx

OFFICER_HEADER = ["Mã cán bộ", "Họ và tên", "Mã đơn vị", "Từ ngày", "Đến ngày"]
HEADER = ["Mã hồ sơ", "Đơn vị tiếp nhận", "Cán bộ tiếp nhận", "Thủ tục hành chính", "Ngày tiếp nhận",
          "Ngày hẹn trả", "Ngày trả kết quả", "Số hóa", "Thư xin lỗi"]  # fmt: skip
DESK = "Bộ phận Một cửa huyện Hữu Lũng"
BIRTH = "Đăng ký khai sinh"
LAND = "Đăng ký biến động quyền sử dụng đất"


@pytest.fixture
def registry(db: Path, tmp_path: Path) -> Path:
    assert ingest(write_csv(tmp_path / "ref" / "units.csv", units_rows()), db).status == "loaded"
    rows = [OFFICER_HEADER, ["CB002", "Nông Văn Hùng", "MC-HL", "01/01/2023", ""]]
    assert ingest(write_csv(tmp_path / "ref" / "officers.csv", rows), db).status == "loaded"
    return db


def march_rows() -> list[list[object]]:
    """Seven dossiers of MC-HL as of 31/03/2024: early, on the due date, one day late (with an apology),
    late without one, pending past its due date, pending on its due date, and one received in February."""
    return [
        ["H35-001", DESK, "Nông Văn Hùng", BIRTH, "01/03/2024", "05/03/2024", "04/03/2024", "Có", ""],
        ["H35-002", DESK, "Nông Văn Hùng", BIRTH, "01/03/2024 08:15", "05/03/2024", "05/03/2024 16:00", "Không", ""],
        ["H35-003", DESK, "Nông Văn Hùng", LAND, "01/03/2024", "05/03/2024", "06/03/2024", "", "Có"],
        ["H35-004", DESK, "Lò Văn Lạ", LAND, "02/03/2024", "06/03/2024", "10/03/2024", "", ""],
        ["H35-005", DESK, "Nông Văn Hùng", LAND, "20/03/2024", "30/03/2024", "", "", ""],
        ["H35-006", DESK, "Nông Văn Hùng", BIRTH, "25/03/2024", "31/03/2024", "", "x", ""],
        ["H35-007", DESK, "Nông Văn Hùng", BIRTH, "28/02/2024", "04/03/2024", "01/03/2024", "", ""],
    ]  # fmt: skip


TITLE = [["DANH SÁCH HỒ SƠ TIẾP NHẬN TẠI BỘ PHẬN MỘT CỬA"], ["Tính đến ngày 31/03/2024"]]


def load_march(db: Path, tmp_path: Path) -> None:
    report = ingest(write_csv(tmp_path / "hoso_t3.csv", [*TITLE, HEADER, *march_rows()]), db)
    assert report.status == "loaded" and report.kind == "dossiers", [f.message for f in report.findings]
    assert (report.rows_loaded, report.rows_rejected) == (7, 0)


def states(db: Path) -> dict[str, tuple]:
    rows = query(db, "select dossier_code, status_code, is_late_without_apology from mart_dossier_state")
    return {code: (status, no_apology) for code, status, no_apology in rows}


def period(db: Path, breakdown: str, period_type: str, start: str, **keys: str) -> dict[str, object]:
    where = " and ".join(f"{name} = ?" for name in keys)
    sql = (
        "select * from mart_dossier_period where breakdown = ? and period_type = ? and period_start_date = ?"
        + (f" and {where}" if where else "")
    )
    con_rows = query(db, sql, breakdown, period_type, start, *keys.values())
    assert len(con_rows) == 1, con_rows
    columns = [r[0] for r in query(db, "select column_name from (describe mart_dossier_period)")]
    return dict(zip(columns, con_rows[0], strict=True))


def test_each_outcome_at_its_boundary(registry: Path, tmp_path: Path) -> None:
    load_march(registry, tmp_path)
    assert states(registry) == {
        "H35-001": ("early", False),
        "H35-002": ("on_time", False),  # resolved on the due date
        "H35-003": ("late", False),  # one day late, apology sent
        "H35-004": ("late", True),
        "H35-005": ("overdue", None),  # blank resolved date, due 30/03 < as of 31/03
        "H35-006": ("pending", None),  # due on the as-of date: still pending on time
        "H35-007": ("early", False),
    }
    (as_of, source, officer, text) = query(
        registry,
        "select as_of_date, as_of_source, officer_code, officer_text from raw_dossier where dossier_code = 'H35-004'",
    )[0]
    assert (str(as_of), source, officer, text) == ("2024-03-31", "title", None, "Lò Văn Lạ")


def test_march_figures_against_hand_computed_numbers(registry: Path, tmp_path: Path) -> None:
    load_march(registry, tmp_path)
    march = period(registry, "unit", "month", "2024-03-01", unit_code="MC-HL")
    # Received in March: 001–006 (007 was received in February); digitised 001 and 006 of 6.
    assert (march["received_count"], march["digitised_count"], float(march["digitised_pct"])) == (6, 2, 33.33)
    # Pending by month of receipt: 005 overdue, 006 pending on its due date.
    assert (march["pending_count"], march["overdue_count"]) == (2, 1)
    # Resolved in March: 001, 002, 003, 004, 007 → early 001 and 007, on time 002, late 003 and 004.
    assert (march["resolved_count"], march["early_count"], march["on_time_count"], march["late_count"]) == (
        5,
        2,
        1,
        2,
    )
    assert float(march["on_time_or_early_pct"]) == 60.0 and float(march["late_pct"]) == 40.0
    assert march["late_without_apology_count"] == 1
    # Handling days 3 + 4 + 5 + 8 + 2 (28/02 → 01/03/2024, a leap year) = 22 over 5.
    assert float(march["avg_handling_days"]) == 4.4
    february = period(registry, "unit", "month", "2024-02-01", unit_code="MC-HL")
    assert (february["received_count"], february["resolved_count"]) == (1, 0)
    assert february["on_time_or_early_pct"] is None
    quarter = period(registry, "all", "quarter", "2024-01-01")
    assert (quarter["received_count"], quarter["resolved_count"], quarter["late_count"]) == (7, 5, 2)
    officer = period(registry, "officer", "month", "2024-03-01", unit_code="MC-HL", officer_code="CB002")
    assert (officer["officer_name"], officer["received_count"], officer["late_count"]) == (
        "Nông Văn Hùng",
        5,
        1,
    )
    stranger = period(registry, "officer", "month", "2024-03-01", unit_code="MC-HL", officer_name="Lò Văn Lạ")
    assert (stranger["officer_code"], stranger["late_without_apology_count"]) == (None, 1)
    land = period(registry, "procedure", "year", "2024-01-01", unit_code="MC-HL", procedure_text=LAND)
    assert (land["received_count"], land["late_count"], land["overdue_count"]) == (3, 2, 1)


def test_newer_list_wins_and_each_dossier_counts_once(registry: Path, tmp_path: Path) -> None:
    load_march(registry, tmp_path)
    april = [
        HEADER,
        ["H35-005", DESK, "Nông Văn Hùng", LAND, "20/03/2024", "30/03/2024", "12/04/2024", "", "x"],
        ["H35-006", DESK, "Nông Văn Hùng", BIRTH, "25/03/2024", "31/03/2024", "31/03/2024", "x", ""],
        # Real Excel dates, the received one with its time.
        [
            "H35-011",
            DESK,
            "Nông Văn Hùng",
            BIRTH,
            dt.datetime(2024, 4, 2, 8, 30),
            dt.date(2024, 4, 20),
            None,
            "",
            "",
        ],
    ]
    report = ingest(write_xlsx(tmp_path / "hoso_t4.xlsx", april, top=[["Ngày xuất: 15/04/2024"]]), registry)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert "dossiers.repeated_earlier" in {f.rule for f in report.findings}
    # A list as of 20/03 loaded last: older than both, it changes nothing (H35-003 was still pending then).
    older = [HEADER, ["H35-003", DESK, "Nông Văn Hùng", LAND, "01/03/2024", "05/03/2024", "", "", ""]]
    assert ingest(write_csv(tmp_path / "HoSo_den_20-03-2024.csv", older), registry).status == "loaded"
    found = states(registry)
    assert found["H35-005"] == ("late", False) and found["H35-006"] == ("on_time", False)
    assert found["H35-003"] == ("late", False) and found["H35-011"] == ("pending", None)
    assert query(
        registry,
        "select as_of_source from raw_dossier where dossier_code = 'H35-003' and resolved_date is null",
    ) == [("file_name",)]
    assert query(registry, "select count(*), count(distinct dossier_code) from stg_dossier") == [(8, 8)]
    march = period(registry, "unit", "month", "2024-03-01", unit_code="MC-HL")
    assert (march["received_count"], march["pending_count"], march["overdue_count"]) == (6, 0, 0)
    assert (march["resolved_count"], march["on_time_count"]) == (6, 2)
    april_row = period(registry, "unit", "month", "2024-04-01", unit_code="MC-HL")
    assert (april_row["received_count"], april_row["resolved_count"], april_row["late_count"]) == (1, 1, 1)
    assert april_row["late_without_apology_count"] == 0 and april_row["pending_count"] == 1


def test_bad_rows_are_kept_aside_with_cell_and_fix(registry: Path, tmp_path: Path) -> None:
    rows = [HEADER, *march_rows()]
    rows.append(["H35-008", DESK, "", BIRTH, "01/03/2024", "31/02/2024", "", "", ""])  # line 9
    rows.append(["", DESK, "", BIRTH, "01/03/2024", "05/03/2024", "", "", ""])  # line 10
    rows.append(["H35-009", "UBND xã Không Có", "", BIRTH, "01/03/2024", "05/03/2024", "", "", ""])  # 11
    rows.append(["H35-010", DESK, "", BIRTH, "10/03/2024", "05/03/2024", "", "", ""])  # 12
    rows.append(["H35-012", DESK, "", BIRTH, "10/03/2024", "15/03/2024", "", "có lẽ", ""])  # 13
    rows.append(["H35-013", DESK, "", BIRTH, "không rõ", "15/03/2024", "", "", ""])  # 14
    rows.append(["H35-014", DESK, "", BIRTH, "10/03/2024", "", "", "", ""])  # 15
    report = ingest(write_csv(tmp_path / "hoso_loi.csv", rows), registry)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert (report.rows_loaded, report.rows_rejected) == (7, 7)
    assert query(registry, "select line_number, rule from raw_rejected_row order by line_number") == [
        (9, "dossiers.row.date_impossible"),
        (10, "dossiers.row.code_missing"),
        (11, "dossiers.row.unit_unknown"),
        (12, "dossiers.row.due_before_received"),
        (13, "dossiers.row.flag_unreadable"),
        (14, "dossiers.row.date_unreadable"),
        (15, "dossiers.row.date_missing"),
    ]
    (message,) = query(registry, "select message from raw_rejected_row where line_number = 9")[0]
    assert message.startswith("Tệp hoso_loi.csv, trang tính «CSV», ô F9: ") and "31/02/2024" in message
    assert "«Ngày hẹn trả»" in message and "Cách sửa:" in message
    (message,) = query(registry, "select message from raw_rejected_row where line_number = 13")[0]
    assert "ô H13" in message and "«có lẽ»" in message and "Cách sửa:" in message
    cells = {(f.rule, f.cell) for f in report.findings}
    assert ("dossiers.row.unit_unknown", "B11") in cells and ("dossiers.row.date_missing", "F15") in cells
    assert {"dossiers.rows_rejected", "dossiers.as_of_loaded", "dossiers.officer_unmatched"} <= {
        f.rule for f in report.findings
    }
    assert query(
        registry, "select rows_loaded, rows_rejected from load_attempt where file_name = 'hoso_loi.csv'"
    ) == [(7, 7)]


def test_a_list_with_no_good_row_is_refused_whole(registry: Path, tmp_path: Path) -> None:
    rows = [HEADER, ["H35-1", "Đơn vị lạ", "", BIRTH, "01/03/2024", "05/03/2024", "", "", ""]]
    report = ingest(write_csv(tmp_path / "hoso_hong.csv", rows), registry)
    assert report.status == "rejected"
    assert "dossiers.no_good_rows" in {f.rule for f in report.findings}
    assert query(registry, "select count(*) from raw_dossier") == [(0,)]


def test_dislike_ratings_matched_by_dossier_code_lower_satisfaction(registry: Path, tmp_path: Path) -> None:
    load_march(registry, tmp_path)
    ratings = [
        ["Thời gian đánh giá", "Mã hồ sơ", "Mã cán bộ", "Thủ tục hành chính", "Mức độ hài lòng"],
        ["05/03/2024 16:30:00", "H35-002", "CB002", BIRTH, "Không hài lòng"],
        ["04/03/2024 10:00:00", "H35-001", "CB002", BIRTH, "Rất hài lòng"],
        ["05/03/2024 10:00:00", "", "CB002", BIRTH, "Không hài lòng"],  # no dossier: cannot be matched
    ]
    assert ingest(write_csv(tmp_path / "danhgia.csv", ratings), registry).status == "loaded"
    march = period(registry, "unit", "month", "2024-03-01", unit_code="MC-HL")
    # 100 − late 40% − disliked 1 of 5 resolved (20%) = 40%.
    assert march["disliked_count"] == 1 and float(march["satisfaction_pct"]) == 40.0


# --- The demo's lists -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def planted(demo_db: Path) -> dict:
    from etl.demo import PROFILE_DIR, one_stop

    return one_stop.planted(demo_db.parent / "demo_inputs", 2025, PROFILE_DIR)["dossiers"]


def test_demo_lists_load_with_their_bad_rows_kept(demo_db: Path, planted: dict) -> None:
    assert len(planted["files"]) == 9
    for name, listed in planted["files"].items():
        (loaded, rejected) = query(
            demo_db, "select rows_loaded, rows_rejected from load_attempt where file_name = ?", name
        )[0]
        assert (loaded, rejected) == (listed["dossiers"], len(listed["bad_rows"])), name
    kept = query(
        demo_db, "select rule, count(*) from mart_rejected_row where kind = 'dossiers' group by 1 order by 1"
    )
    assert kept == [
        (f"dossiers.row.{kind}", 2) for kind in sorted(planted["files"]["HoSo_DVC_2025_Q3.xlsx"]["bad_rows"])
    ]


def test_demo_dossiers_count_once_in_their_newest_state(demo_db: Path, planted: dict) -> None:
    states = planted["states"]
    assert query(demo_db, "select count(*), count(distinct dossier_code) from mart_dossier_state") == [
        (len(states), len(states))
    ]
    resolved = query(demo_db, "select dossier_code, resolved_date from mart_dossier_state")
    assert {code: day for code, day in resolved} == {code: d.resolved for code, d in states.items()}
    # The list as of 15/03/2024 was loaded after the quarter's list as of 31/03/2024: it changed nothing.
    (older,) = query(
        demo_db,
        "select count(*) from stg_dossier as s inner join source_file as f using (file_sha256) where f.file_name = ?",
        planted["older_list"],
    )[0]
    assert older == 0


def test_demo_late_missing_apologies_and_overdue_per_desk(demo_db: Path, planted: dict) -> None:
    rows = query(
        demo_db,
        "select unit_code, count(*), count_if(is_late), count_if(is_late_without_apology), count_if(is_overdue)"
        " from mart_dossier_state group by 1",
    )
    found = {code: {"dossiers": n, "late": late, "late_without_apology": lax, "overdue": overdue}
             for code, n, late, lax, overdue in rows}  # fmt: skip
    assert found == planted["by_desk"]
    most_lax = max(found, key=lambda code: found[code]["late_without_apology"])
    assert most_lax == planted["apology_lax_desk"]
    assert all(counts["overdue"] > 0 and counts["late"] > 0 for counts in found.values())

"""Heads' completion levels (QĐ 01/2023): rule sets and the index calendar through the real loader, each
level rule at its thresholds (score, rank, change against last year), the two ways several indices
combine, the deadlines, and a unit without a result, which is listed ungraded with its reason."""

from pathlib import Path

import pytest

from labels import ui
from tests.conftest import ingest, query, snapshot, units_rows, write_csv, write_xlsx

RULE_HEADER = ["Quy tắc", "Tham số", "Giá trị", "Nhóm", "Hiệu lực từ", "Hiệu lực đến", "Căn cứ", "Diễn giải"]
HEAD_HEADER = list(ui.TEMPLATE_HEADERS["head_rules"].values())
CALENDAR_HEADER = list(ui.TEMPLATE_HEADERS["head_calendar"].values())
BASIS = "Quyết định số 01/2023/QĐ-UBND"
FIELD = "Cải cách thủ tục hành chính"


def head_row(unit: str, index: str, field: str, measure: str, *thresholds: str, **extra: str) -> list[str]:
    """A rule row of set HY-2023 in the template's column order."""
    values = {
        "rule_set_id": "HY-2023",
        "unit_code": unit,
        "index_name": index,
        "field_name": field,
        "measure": measure,
        "excellent_threshold": thresholds[0],
        "good_threshold": thresholds[1],
        "done_threshold": thresholds[2],
        "weight": extra.get("weight", "1"),
        "combine_method": extra.get("combine", "thấp nhất"),
        "result_lag_years": "1",
        "published_due": "31/10",
        "sent_due": "05/11",
        "decided_due": "15/11",
        "valid_from_date": "01/01/2023",
        "valid_to_date": "",
        "legal_basis": BASIS,
        "note": "",
    }
    return [values[name] for name in ui.TEMPLATE_HEADERS["head_rules"]]


def head_rules() -> list[list[str]]:
    return [
        HEAD_HEADER,
        head_row("SNV", "PAR INDEX", "", "xếp hạng", "1", "2", "3"),
        head_row("SNV", "PAR INDEX", FIELD, "điểm", "90", "80", "70"),
        head_row("HHL", "PAR INDEX", "", "điểm", "90", "89", "80", combine="trung bình có trọng số"),
        head_row(
            "HHL", "sipas", "", "thay đổi", "2", "0", "-1", weight="2", combine="trung bình có trọng số"
        ),
        head_row("X-MS", "PAPI", "", "điểm", "45", "42", "40"),
    ]


def calendar() -> list[list[str]]:
    def row(
        year: int, index: str, field: str, score: str, published: str, sent: str, decided: str
    ) -> list[str]:
        values = {
            "year": str(year),
            "index_name": index,
            "field_name": field,
            "score": score,
            "rank": "",
            "published_date": published,
            "sent_date": sent,
            "decided_date": decided,
            "note": "",
        }
        return [values[name] for name in ui.TEMPLATE_HEADERS["head_calendar"]]

    return [
        CALENDAR_HEADER,
        # On each deadline: not late.
        row(2022, "PAR INDEX", "", "", "31/10/2023", "05/11/2023", "15/11/2023"),
        row(2022, "PAR INDEX", FIELD, "80", "", "", ""),
        # A day after each deadline: late.
        row(2023, "PAR INDEX", "", "", "01/11/2024", "06/11/2024", "16/11/2024"),
        row(2023, "PAR INDEX", FIELD, "79,99", "", "", ""),
        row(2022, "SIPAS", "", "80", "", "", ""),
        row(2023, "SIPAS", "", "82,00", "", "", ""),
    ]


def par_index(year: int, rows: list[list[object]]) -> tuple[list[list[object]], list[list[object]]]:
    top = [[f"CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM {year} CỦA CÁC TỈNH, THÀNH PHỐ"], []]
    return [["STT", "Tỉnh, thành phố", "Chỉ số (%)", "Xếp hạng"], *rows], top


@pytest.fixture
def graded(db: Path, tmp_path: Path) -> Path:
    files = [
        write_csv(tmp_path / "units.csv", units_rows()),
        write_csv(
            tmp_path / "rules.csv",
            [RULE_HEADER, ["province", "name", "Lạng Sơn", "", "01/01/2018", "", "", ""]],
        ),
    ]
    for name, path in [(f.name, f) for f in files]:
        assert ingest(path, db).status == "loaded", name
    for year, rows in (
        (2022, [[1, "Quảng Ninh", "90,5", 1], [2, "Tỉnh Lạng Sơn", "85,25", 2]]),
        (2023, [[1, "Lạng Sơn", "88,10", 1], [2, "Quảng Ninh", "87,00", 2]]),
    ):
        table, top = par_index(year, rows)
        report = ingest(write_xlsx(tmp_path / f"par_{year}.xlsx", table, top=top), db)
        assert report.status == "loaded", [f.message for f in report.findings]
    report = ingest(write_xlsx(tmp_path / "quy_dinh.xlsx", head_rules()), db)
    assert (report.status, report.kind) == ("loaded", "head_rules"), [f.message for f in report.findings]
    report = ingest(write_csv(tmp_path / "lich.csv", calendar()), db)
    assert (report.status, report.kind) == ("loaded", "head_calendar"), [f.message for f in report.findings]
    return db


def levels(db: Path) -> dict[tuple[int, str, str, str | None], tuple]:
    rows = query(
        db,
        "select year, unit_code, index_name, field_name, measured_value, level_code, not_graded_reason"
        " from mart_head_level",
    )
    return {(y, u, i, f): (v, level, reason) for y, u, i, f, v, level, reason in rows}


def overall(db: Path) -> dict[tuple[int, str], tuple]:
    rows = query(
        db,
        "select distinct year, unit_code, overall_level_code, overall_not_graded_reason, unit_published_late,"
        " unit_sent_late, unit_decided_late from mart_head_level",
    )
    return {(y, u): tuple(rest) for y, u, *rest in rows}


def test_each_measure_is_graded_at_its_thresholds(graded: Path) -> None:
    found = levels(graded)
    # Rank: 2nd with "xuất sắc" up to 1 and "tốt" up to 2 is tốt; 1st is xuất sắc.
    assert found[(2023, "SNV", "PAR INDEX", None)] == (2.0, "tot", None)
    assert found[(2024, "SNV", "PAR INDEX", None)] == (1.0, "xuat_sac", None)
    # Score: exactly 80 reaches "tốt" (from 80); 79,99 does not.
    assert found[(2023, "SNV", "PAR INDEX", FIELD)] == (80.0, "tot", None)
    assert found[(2024, "SNV", "PAR INDEX", FIELD)] == (79.99, "hoan_thanh", None)
    # Score from the published table: 88,10 is under "tốt" from 89.
    assert found[(2024, "HHL", "PAR INDEX", None)] == (88.1, "hoan_thanh", None)
    # Change against the year before: +2 reaches "xuất sắc" (from 2); no 2021 result, no change.
    assert found[(2024, "HHL", "SIPAS", None)] == (2.0, "xuat_sac", None)
    assert found[(2023, "HHL", "SIPAS", None)] == (None, None, "no_previous")


def test_several_indices_combine_by_the_worst_or_the_weighted_mean(graded: Path) -> None:
    found = overall(graded)
    # Worst of tốt (rank) and tốt (field score) in 2023, xuất sắc and hoàn thành in 2024.
    assert found[(2023, "SNV")][0] == "tot"
    assert found[(2024, "SNV")][0] == "hoan_thanh"
    # Weighted mean of hoàn thành (2 points, weight 1) and xuất sắc (4, weight 2) is 3,33: rounded down, tốt.
    assert found[(2024, "HHL")][0] == "tot"


def test_a_unit_without_a_result_is_listed_ungraded_with_the_reason(graded: Path) -> None:
    found = levels(graded)
    assert found[(2024, "X-MS", "PAPI", None)] == (None, None, "no_result")
    assert overall(graded)[(2024, "X-MS")][:2] == (None, "missing_result")
    # One index without a figure leaves the whole unit ungraded, never graded on the rest.
    assert overall(graded)[(2023, "HHL")][:2] == (None, "missing_result")
    # Units outside the rule set are not listed; every unit × year × index of the set is.
    assert query(graded, "select count(*) from mart_head_level") == [(10,)]


def test_deadlines_are_met_on_the_day_and_missed_the_day_after(graded: Path) -> None:
    found = overall(graded)
    assert found[(2023, "SNV")][2:] == (False, False, False)
    assert found[(2024, "SNV")][2:] == (True, True, True)
    flags = query(
        graded,
        "select published_due_date, is_published_late, is_sent_late, is_decided_late from mart_head_level"
        " where year = 2024 and unit_code = 'SNV' and field_name is not null",
    )
    # The field has no dates of its own: it takes its index's.
    assert [(str(d), p, s, c) for d, p, s, c in flags] == [("2024-10-31", True, True, True)]


@pytest.mark.parametrize(
    ("row", "rule", "cell"),
    [
        (head_row("SNV", "PCI", "", "điểm", "70", "75", "60"), "heads.thresholds_order", "F3"),
        (head_row("SNV", "PCI", "", "xếp hạng", "5", "3", "10"), "heads.thresholds_order", "F3"),
        (head_row("SNV", "PCI", "", "điểm trung bình", "90", "80", "70"), "heads.bad_measure", "E3"),
        (head_row("S-KHONG-CO", "PCI", "", "điểm", "90", "80", "70"), "heads.unknown_unit", "B3"),
        (head_row("SNV", "PCI", "", "xếp hạng", "1,5", "3", "10"), "heads.bad_threshold", "F3"),
        (head_row("SNV", "PAR INDEX", "", "điểm", "90", "80", "70"), "heads.duplicate", "C3"),
        (
            [
                *head_row("SNV", "PCI", "", "điểm", "90", "80", "70")[:11],
                "29/02",
                *head_row("SNV", "PCI", "", "điểm", "90", "80", "70")[12:],
            ],
            "heads.bad_due",
            "L3",
        ),
        (
            head_row("SNV", "PCI", "", "điểm", "90", "80", "70", combine="trung bình"),
            "heads.bad_combine",
            "J3",
        ),
    ],
)
def test_a_bad_rule_file_is_refused_whole_naming_the_cell(
    graded: Path, tmp_path: Path, row: list[str], rule: str, cell: str
) -> None:
    before = snapshot(graded)
    rows = [HEAD_HEADER, head_row("SNV", "PAR INDEX", "", "xếp hạng", "1", "2", "3"), row]
    report = ingest(write_csv(tmp_path / "sai.csv", rows), graded, kind="head_rules")
    assert report.status == "rejected"
    assert [(f.rule, f.cell) for f in report.findings] == [(rule, cell)]
    assert all("Cách sửa" in f.message for f in report.findings)
    assert snapshot(graded) == before


def test_a_calendar_with_dates_out_of_order_is_refused(graded: Path, tmp_path: Path) -> None:
    rows = calendar()
    rows[1][5] = "20/11/2023"  # published after it was sent
    report = ingest(write_csv(tmp_path / "lich_sai.csv", rows), graded)
    assert report.status == "rejected"
    assert [(f.rule, f.cell) for f in report.findings] == [("heads.dates_order", "G2")]


def test_a_units_row_in_a_provinces_table_and_a_later_set(graded: Path, tmp_path: Path) -> None:
    ddci = [
        ["STT", "Đơn vị", "Chỉ số", "Xếp hạng"],
        [1, "Sở Nội vụ", "78,5", 1],
        [2, "UBND huyện Hữu Lũng", "70", 1],
    ]
    report = ingest(write_csv(tmp_path / "ddci.csv", ddci), graded, index_name="DDCI", year=2023)
    assert report.status == "loaded", [f.message for f in report.findings]
    later = [HEAD_HEADER, head_row("SNV", "DDCI", "", "xếp hạng", "1", "2", "3")]
    later[1][0], later[1][14] = "HY-2024", "01/01/2024"
    report = ingest(write_csv(tmp_path / "quy_dinh_2024.csv", later), graded)
    assert report.status == "loaded", [f.message for f in report.findings]
    found = levels(graded)
    # From 2024 the later set replaces HY-2023 for the Department: DDCI alone, its rank in its own group.
    assert [key for key in found if key[:2] == (2024, "SNV")] == [(2024, "SNV", "DDCI", None)]
    assert found[(2024, "SNV", "DDCI", None)] == (1.0, "xuat_sac", None)
    assert query(
        graded, "select result_source from mart_head_level where year = 2024 and unit_code = 'SNV'"
    ) == [("published_unit",)]
    # 2023 is still graded under HY-2023, and other units keep it.
    assert (2023, "SNV", "PAR INDEX", None) in found and (2024, "HHL", "SIPAS", None) in found

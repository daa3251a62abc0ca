"""Framework tables: hierarchy from numbering, sums checked, registration by group and years."""

from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.conftest import FRAMEWORK_HEADER, framework_rows, ingest, query, snapshot, write_csv, write_xlsx

OPTIONS = {"kind": "framework", "framework_id": "T-XA-2021", "unit_group": "xa", "from_year": 2021}


def test_good_framework_builds_its_hierarchy(db: Path, tmp_path: Path) -> None:
    report = ingest(write_csv(tmp_path / "fw.csv", framework_rows()), db, **OPTIONS)
    assert report.status == "loaded", [f.message for f in report.findings]
    rows = query(
        db,
        "select criterion_code, parent_code, depth, max_points, is_survey, is_leaf, responsible_office"
        " from stg_criterion order by sort_order",
    )
    codes = [r[0] for r in rows]
    assert codes == ["1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1", "2.1.a", "2.1.b"]
    by_code = {r[0]: r for r in rows}
    assert by_code["1.1.1"][1] == "1.1" and by_code["1.1.1"][3] == pytest.approx(1.5)
    assert by_code["1.2"][4] is True and by_code["1.1"][4] is False
    assert by_code["2.1.a"][1] == "2.1" and by_code["2.1.a"][5] is True
    assert by_code["1.1"][5] is False
    # The office is inherited from the field when a criterion row leaves it blank.
    assert by_code["2.1.b"][6] == "Văn phòng HĐND và UBND"
    (summary,) = query(
        db, "select unit_group, from_year, to_year, leaf_count, max_points, survey_points from mart_framework"
    )
    assert summary == ("xa", 2021, None, 5, 10, 3)


def test_children_not_adding_up_refuse_the_file_at_the_parent_cell(db: Path, tmp_path: Path) -> None:
    rows = framework_rows()
    rows[3][2] = "2"  # 1.1.1 now 2 points: 1.1 (3 points) no longer adds up
    report = ingest(write_csv(tmp_path / "fw.csv", rows), db, **OPTIONS)
    assert report.status == "rejected"
    errors = [(f.rule, f.cell) for f in report.findings if f.severity == "error"]
    assert ("framework.sum_mismatch", "C3") in errors
    message = next(f.message for f in report.findings if f.rule == "framework.sum_mismatch")
    assert "3,5" in message and "1.1.1, 1.1.2" in message


def test_total_row_must_match_the_fields(db: Path, tmp_path: Path) -> None:
    rows = framework_rows()
    rows[-1][2] = "12"
    report = ingest(write_csv(tmp_path / "fw.csv", rows), db, **OPTIONS)
    assert [(f.rule, f.cell) for f in report.findings if f.severity == "error"] == [
        ("framework.total_mismatch", "C11")
    ]


@pytest.mark.parametrize(
    ("row", "rule", "cell"),
    [
        (["1.3.1", "Tiêu chí mồ côi", "0", "", ""], "framework.orphan", "A11"),
        (["3.1", "Lĩnh vực chưa có", "1", "", ""], "framework.orphan", "A11"),
        (["1..2", "Số lạ", "1", "", ""], "framework.bad_number", "A11"),
        (["", "Dòng có điểm mà không có số", "1", "", ""], "framework.missing_number", "A11"),
        (["2.2", "Không có điểm tối đa", "", "", ""], "framework.missing_max", "C11"),
        (["2.2", "Điểm không đọc được", "hai", "", ""], "value.number", "C11"),
    ],
)
def test_numbering_errors_name_the_cell(db: Path, tmp_path: Path, row: list, rule: str, cell: str) -> None:
    rows = framework_rows()
    rows.insert(-1, row)
    report = ingest(write_csv(tmp_path / "fw.csv", rows), db, **OPTIONS)
    assert report.status == "rejected"
    assert (rule, cell) in [(f.rule, f.cell) for f in report.findings]


def test_criterion_under_the_wrong_field_is_refused(db: Path, tmp_path: Path) -> None:
    rows = framework_rows()
    rows.insert(6, ["2.5", "Đặt nhầm dưới lĩnh vực I", "1", "", ""])
    report = ingest(write_csv(tmp_path / "fw.csv", rows), db, **OPTIONS)
    assert report.status == "rejected"
    assert "framework.orphan" in [f.rule for f in report.findings] or "framework.wrong_field" in [
        f.rule for f in report.findings
    ]


def test_note_rows_are_reported_not_dropped_silently(db: Path, tmp_path: Path) -> None:
    rows = framework_rows()
    rows.insert(-1, ["", "Ghi chú: điểm thưởng xét riêng", "", "", ""])
    report = ingest(write_csv(tmp_path / "fw.csv", rows), db, **OPTIONS)
    assert report.status == "loaded"
    assert [(f.rule, f.cell) for f in report.findings] == [("framework.note_row", "B11")]


def test_metadata_is_required_and_can_come_from_an_info_sheet(db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "fw.csv", framework_rows())
    report = ingest(path, db, kind="framework")
    assert report.status == "rejected" and report.findings[0].rule == "framework.metadata_missing"

    book = Workbook()
    table = book.active
    table.title = "Phụ lục II"
    for row in framework_rows():
        table.append(row)
    info = book.create_sheet("Thông tin")
    for row in (
        ["Mã bộ tiêu chí", "T-XA-2021"],
        ["Nhóm", "UBND cấp xã"],
        ["Từ năm", 2021],
        ["Căn cứ", "QĐ 1/QĐ-UBND"],
    ):
        info.append(row)
    book.save(tmp_path / "fw.xlsx")
    report = ingest(tmp_path / "fw.xlsx", db)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert report.kind == "framework"
    assert query(db, "select framework_id, unit_group, legal_basis from mart_framework") == [
        ("T-XA-2021", "xa", "QĐ 1/QĐ-UBND")
    ]


def test_overlapping_years_for_a_group_are_refused_and_same_id_supersedes(db: Path, tmp_path: Path) -> None:
    first = ingest(write_csv(tmp_path / "a.csv", framework_rows()), db, **OPTIONS)
    assert first.status == "loaded"
    before = snapshot(db)
    other = {**OPTIONS, "framework_id": "T-XA-2024", "from_year": 2024}
    rows = framework_rows()
    rows[2][1] = "Kế hoạch CCHC"
    report = ingest(write_csv(tmp_path / "b.csv", rows), db, **other)
    assert report.status == "rejected" and report.findings[0].rule == "framework.overlap"
    assert snapshot(db) == before
    corrected = ingest(write_csv(tmp_path / "c.csv", rows), db, **OPTIONS)
    assert corrected.status == "loaded"
    assert corrected.supersedes == first.sha256
    assert query(db, "select title from stg_criterion where criterion_code = '1.1'") == [("Kế hoạch CCHC",)]
    assert query(db, "select count(*) from mart_load_attempt where status = 'superseded'") == [(1,)]


def test_header_variants_and_title_block(db: Path, tmp_path: Path) -> None:
    rows = framework_rows()
    rows[0] = ["TT", "Nội dung tiêu chí", "Điểm\ntối đa", "Phương pháp\nđánh giá", "Đơn vị chủ trì"]
    path = write_xlsx(
        tmp_path / "fw.xlsx", rows, top=[["PHỤ LỤC II"], ["(Kèm theo Quyết định số 2281/QĐ-UBND)"]]
    )
    report = ingest(path, db, **OPTIONS)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert report.rows_loaded == 9


def test_plain_numbered_fields_are_accepted(db: Path, tmp_path: Path) -> None:
    rows = [
        FRAMEWORK_HEADER,
        ["1", "Lĩnh vực một", "2", "", ""],
        ["1.1", "A", "2", "", ""],
        ["2", "Lĩnh vực hai", "1", "", ""],
        ["2.1", "B", "1", "", ""],
    ]
    report = ingest(write_csv(tmp_path / "fw.csv", rows), db, **OPTIONS)
    assert report.status == "loaded", [f.message for f in report.findings]

"""Survey (ĐTXHH) tables: points per criterion or as a total, checked against the registry and the
framework, refused whole with the cell on any fault, and replaced by a corrected table."""

from pathlib import Path

import pytest

from tests.conftest import framework_rows, ingest, query, snapshot, units_rows, write_csv, write_xlsx

HEADER = ["Mã đơn vị", "Tên đơn vị", "Năm", "Mã tiêu chí", "Điểm điều tra xã hội học"]
TOTAL_HEADER = ["STT", "Tên đơn vị", "Điểm ĐTXHH"]
TITLE = [["UBND TỈNH LẠNG SƠN"], ["KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC NĂM 2023"], []]


@pytest.fixture
def warehouse(db: Path, tmp_path: Path) -> Path:
    """Units, and a framework for communes and one for departments (criterion 1.2: survey, 3 points)."""
    assert ingest(write_csv(tmp_path / "ref" / "units.csv", units_rows()), db).status == "loaded"
    for framework_id, group in (("T-XA-2021", "xa"), ("T-SN-2021", "so_nganh")):
        rows = framework_rows()
        rows[1][1] += f" ({group})"  # the same bytes twice would be a duplicate file
        report = ingest(
            write_csv(tmp_path / "ref" / f"{framework_id}.csv", rows),
            db,
            kind="framework",
            framework_id=framework_id,
            unit_group=group,
            from_year=2021,
        )
        assert report.status == "loaded", [f.message for f in report.findings]
    return db


def per_criterion_rows() -> list[list[object]]:
    return [
        HEADER,
        ["X-MS", "UBND xã Minh Sơn", 2023, "1.2", "2,75"],
        ["X-HT", "UBND xã Hòa Thắng", "2023", "1.2.", 2.5],
        ["SNV", "Sở Nội vụ", 2023, "1.2", "3"],
        ["X-MS", "UBND xã Minh Sơn", 2024, "1.2", "2,9"],
    ]


def errors(report) -> list[tuple[str, str | None]]:
    return [(f.rule, f.cell) for f in report.findings if f.severity == "error"]


def test_points_per_criterion_are_recognised_and_staged(warehouse: Path, tmp_path: Path) -> None:
    report = ingest(write_csv(tmp_path / "dtxhh.csv", per_criterion_rows()), warehouse)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert report.kind == "survey"
    assert report.rows_loaded == 4
    assert report.year is None  # two years in one file
    rows = query(
        warehouse,
        "select unit_code, year, criterion_code, survey_points, row_number from stg_survey"
        " order by row_number",
    )
    assert [(r[0], r[1], r[2], float(r[3]), r[4]) for r in rows] == [
        ("X-MS", 2023, "1.2", 2.75, 2),
        ("X-HT", 2023, "1.2", 2.5, 3),
        ("SNV", 2023, "1.2", 3.0, 4),
        ("X-MS", 2024, "1.2", 2.9, 5),
    ]


def test_totals_with_the_year_in_the_title_and_names_without_diacritics(
    warehouse: Path, tmp_path: Path
) -> None:
    rows = [
        TOTAL_HEADER,
        ["I", "UBND cấp xã", ""],
        [1, "UBND XA MINH SON", "2,5"],
        [2, "Xã Hòa Thắng", "1,75"],
        ["II", "Sở, ban, ngành", None],
        [3, "So Noi vu", 3],
        ["", "Tổng cộng", "7,25"],
    ]
    path = write_xlsx(tmp_path / "tong_hop.xlsx", rows, title="ĐTXHH", top=TITLE)
    report = ingest(path, warehouse)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert report.kind == "survey" and report.year == 2023
    assert (report.rows_loaded, report.rows_rejected) == (3, 3)
    # Headings and the total are not units' figures: reported with their cells, not loaded.
    assert [(f.severity, f.rule, f.cell) for f in report.findings] == [
        ("warning", "survey.heading_row", "B5"),
        ("warning", "survey.heading_row", "B8"),
        ("warning", "survey.summary_row", "B10"),
    ]
    rows = query(
        warehouse, "select unit_code, year, criterion_code, survey_points, unit_text from stg_survey"
    )
    assert sorted((r[0], r[1], r[2], float(r[3]), r[4]) for r in rows) == [
        ("SNV", 2023, None, 3.0, "So Noi vu"),
        ("X-HT", 2023, None, 1.75, "Xã Hòa Thắng"),
        ("X-MS", 2023, None, 2.5, "UBND XA MINH SON"),
    ]
    (cell,) = query(
        warehouse,
        "select c.column_letter || cast(s.row_number as varchar) from raw_survey s"
        " join raw_file_column c using (file_sha256, sheet_name)"
        " where s.unit_code = 'X-HT' and c.field_name = 'survey_points'",
    )
    assert cell == ("C7",)


def test_year_from_option_or_file_name_and_refused_when_missing(warehouse: Path, tmp_path: Path) -> None:
    rows = [TOTAL_HEADER, [1, "Xã Minh Sơn", "2,5"]]
    report = ingest(write_csv(tmp_path / "diem.csv", rows), warehouse)
    assert report.status == "rejected"
    assert errors(report) == [("survey.year_missing", "A1")]
    message = report.findings[0].message
    assert message.startswith("Tệp diem.csv, trang tính «CSV», ô A1: ") and "--year" in message

    assert ingest(write_csv(tmp_path / "diem.csv", rows), warehouse, year=2022).year == 2022
    rows[1][2] = "2"
    assert ingest(write_csv(tmp_path / "dtxhh_2021.csv", rows), warehouse).year == 2021


def test_unknown_unit_is_refused_with_its_cell_and_the_closest_names(warehouse: Path, tmp_path: Path) -> None:
    rows = per_criterion_rows()
    rows.append(["", "Xã Minh Sơm", 2023, "1.2", "1"])
    report = ingest(write_csv(tmp_path / "dtxhh.csv", rows), warehouse)
    assert report.status == "rejected"
    assert errors(report) == [("survey.unknown_unit", "B6")]
    message = report.findings[0].message
    assert "«Xã Minh Sơm»" in message and "«UBND xã Minh Sơn»" in message and "Cách sửa:" in message


@pytest.mark.parametrize(
    ("row", "rule", "cell"),
    [
        (["X-MS", "", 2023, "1.1.1", "1"], "survey.not_survey_criterion", "D6"),
        (["X-MS", "", 2023, "9.9", "1"], "survey.unknown_criterion", "D6"),
        (["X-MS", "", 2023, "I", "1"], "survey.parent_criterion", "D6"),
        (["X-MS", "", 2023, "1.2", "3,5"], "survey.points_above_max", "E6"),
        (["X-MS", "", 2023, "", "3,01"], "survey.total_above_max", "E6"),
        (["X-MS", "", 2023, "1.2", "-1"], "survey.points_negative", "E6"),
        (["X-MS", "", 2023, "1.2", "hai điểm"], "value.number", "E6"),
        (["X-MS", "", 2023, "1.2", ""], "survey.points_blank", "E6"),
        (["X-MS", "", "năm ngoái", "1.2", "1"], "value.year", "C6"),
        (["X-HL", "", 2023, "1.2", "1"], "survey.unit_not_in_force", "A6"),
        (["X-MS", "UBND xã Hòa Thắng", 2022, "1.2", "1"], "survey.unit_mismatch", "B6"),
        (["HHL", "", 2023, "1.2", "1"], "survey.no_framework", "A6"),
        (["X-MS", "", 2020, "1.2", "1"], "survey.no_framework", "A6"),
        (["", "", 2023, "1.2", "1"], "survey.unit_blank", "A6"),
    ],
)
def test_each_fault_refuses_the_file_at_its_cell(
    warehouse: Path, tmp_path: Path, row: list, rule: str, cell: str
) -> None:
    rows = per_criterion_rows()
    rows.append(row)
    report = ingest(write_csv(tmp_path / "dtxhh.csv", rows), warehouse)
    assert report.status == "rejected"
    assert errors(report) == [(rule, cell)], [f.message for f in report.findings]
    assert all("Cách sửa:" in f.message for f in report.findings)


def test_a_non_survey_criterion_says_which_survey_criteria_exist(warehouse: Path, tmp_path: Path) -> None:
    rows = per_criterion_rows()
    rows[1][3] = "1.1.2"
    report = ingest(write_csv(tmp_path / "dtxhh.csv", rows), warehouse)
    (finding,) = report.findings
    assert (finding.rule, finding.cell, finding.row_number) == ("survey.not_survey_criterion", "D2", 2)
    assert "1.2 (3 điểm)" in finding.message and "T-XA-2021" in finding.message


def test_a_merged_unit_points_to_its_successor(warehouse: Path, tmp_path: Path) -> None:
    rows = [HEADER, ["X-MS", "", 2026, "1.2", "1"]]
    report = ingest(write_csv(tmp_path / "dtxhh.csv", rows), warehouse)
    (finding,) = report.findings
    assert (finding.rule, finding.cell) == ("survey.unit_not_in_force", "A2")
    assert "«UBND xã Hữu Lũng» (X-HL)" in finding.message


def test_the_same_figure_twice_names_the_first_row(warehouse: Path, tmp_path: Path) -> None:
    rows = per_criterion_rows()
    rows.append(["", "Xã Minh Sơn", 2023, "1.2", "2"])
    report = ingest(write_csv(tmp_path / "dtxhh.csv", rows), warehouse)
    (finding,) = report.findings
    assert (finding.rule, finding.cell) == ("survey.duplicate_criterion", "D6")
    assert "dòng 2" in finding.message


def test_a_total_and_per_criterion_points_for_one_unit_are_refused(warehouse: Path, tmp_path: Path) -> None:
    rows = per_criterion_rows()
    rows.append(["X-HT", "", 2023, "", "2"])
    report = ingest(write_csv(tmp_path / "dtxhh.csv", rows), warehouse)
    (finding,) = report.findings
    assert (finding.rule, finding.cell) == ("survey.total_and_criteria", "D6")
    assert "dòng 6" in finding.message and "dòng 3" in finding.message


def test_a_table_of_one_unit_takes_the_unit_from_the_option(warehouse: Path, tmp_path: Path) -> None:
    rows = [["Mã tiêu chí", "Điểm ĐTXHH"], ["1.2", "2,25"]]
    path = write_csv(tmp_path / "dtxhh_so_noi_vu.csv", rows)
    report = ingest(path, warehouse, year=2024)
    assert report.status == "rejected" and errors(report) == [("survey.no_unit_column", "A1")]
    assert "--unit" in report.findings[0].message
    report = ingest(path, warehouse, year=2024, unit="Sở Nội vụ")
    assert report.status == "loaded" and report.kind == "survey", [f.message for f in report.findings]
    assert query(warehouse, "select unit_code, year, criterion_code, unit_text from stg_survey") == [
        ("SNV", 2024, "1.2", "Sở Nội vụ")
    ]


def test_a_refused_file_changes_no_data_table(warehouse: Path, tmp_path: Path) -> None:
    ingest(write_csv(tmp_path / "a.csv", per_criterion_rows()), warehouse)
    before = snapshot(warehouse)
    rows = per_criterion_rows()
    rows[2][4] = "4"  # above 3 points
    report = ingest(write_csv(tmp_path / "b.csv", rows), warehouse)
    assert report.status == "rejected" and errors(report) == [("survey.points_above_max", "E3")]
    assert snapshot(warehouse) == before


def test_a_corrected_table_supersedes_the_earlier_one(warehouse: Path, tmp_path: Path) -> None:
    first = ingest(write_csv(tmp_path / "a.csv", per_criterion_rows()), warehouse)
    corrected = per_criterion_rows()
    corrected[1][4] = "1,5"
    corrected.append(["X-HT", "", 2024, "1.2", "2"])
    second = ingest(write_csv(tmp_path / "b.csv", corrected), warehouse)
    assert second.status == "loaded" and second.supersedes == first.sha256
    assert second.findings == []
    figures = query(warehouse, "select unit_code, year, survey_points, file_sha256 from stg_survey")
    assert {r[3] for r in figures} == {second.sha256}
    assert sorted((r[0], r[1], float(r[2])) for r in figures) == [
        ("SNV", 2023, 3.0),
        ("X-HT", 2023, 2.5),
        ("X-HT", 2024, 2.0),
        ("X-MS", 2023, 1.5),
        ("X-MS", 2024, 2.9),
    ]
    # A file giving only some of the current figures replaces those, says so, and supersedes nothing.
    third = ingest(write_csv(tmp_path / "c.csv", [HEADER, ["SNV", "", 2023, "1.2", "2,25"]]), warehouse)
    assert third.status == "loaded" and third.supersedes is None
    assert [(f.rule, f.severity) for f in third.findings] == [("survey.partly_replaces", "warning")]
    assert "«b.csv»" in third.findings[0].message
    assert query(
        warehouse, "select count(*), sum(survey_points)::double from stg_survey where unit_code = 'SNV'"
    ) == [(1, 2.25)]
    assert query(warehouse, "select count(*) from stg_survey") == [(5,)]

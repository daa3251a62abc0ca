"""Officers and rule sets."""

from pathlib import Path

import pytest

from tests.conftest import ingest, query, snapshot, units_rows, write_csv, write_xlsx

OFFICER_HEADER = ["Mã cán bộ", "Họ và tên", "Mã đơn vị", "Từ ngày", "Đến ngày"]
RULE_HEADER = ["Quy tắc", "Tham số", "Giá trị", "Nhóm", "Hiệu lực từ", "Hiệu lực đến", "Căn cứ", "Diễn giải"]


@pytest.fixture
def registry(db: Path, tmp_path: Path) -> Path:
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db).status == "loaded"
    return db


def test_officers_load_and_a_move_between_desks_is_kept(registry: Path, tmp_path: Path) -> None:
    rows = [
        OFFICER_HEADER,
        ["CB001", "Hoàng Thị Lan", "MC-HL", "01/01/2023", "30/06/2025"],
        ["CB001", "Hoàng Thị Lan", "MC-XHL", "01/07/2025", ""],
        ["CB002", "Nông Văn Hùng", "MC-HL", "01/01/2023", ""],
    ]
    path = write_xlsx(tmp_path / "cb.xlsx", rows, top=[["DANH SÁCH CÁN BỘ MỘT CỬA"], []])
    report = ingest(path, registry)
    assert report.status == "loaded" and report.kind == "officers", [f.message for f in report.findings]
    current = dict(query(registry, "select officer_code, unit_code from mart_officer"))
    assert current == {"CB001": "MC-XHL", "CB002": "MC-HL"}
    assert query(registry, "select count(*) from stg_officer") == [(3,)]


@pytest.mark.parametrize(
    ("row", "rule", "cell"),
    [
        (["CB003", "Lê Văn Tâm", "MC-KHONG-CO", "01/01/2023", ""], "officer.unknown_unit", "C3"),
        (["CB001", "Hoàng Thị Lan", "MC-HL", "01/06/2023", ""], "officer.duplicate_code", "A3"),
        (["CB004", "Vi Thị Mai", "MC-HL", "đầu năm 2023", ""], "value.date", "D3"),
        (["CB005", "Vi Thị Mai", "MC-HL", "29/02/2023", ""], "value.date_not_exist", "D3"),
        (["", "Vi Thị Mai", "MC-HL", "01/01/2023", ""], "value.required", "A3"),
    ],
)
def test_bad_officers_file_is_refused(
    registry: Path, tmp_path: Path, row: list, rule: str, cell: str
) -> None:
    before = snapshot(registry)
    rows = [OFFICER_HEADER, ["CB001", "Hoàng Thị Lan", "MC-HL", "01/01/2023", ""], row]
    report = ingest(write_csv(tmp_path / "cb.csv", rows), registry)
    assert report.status == "rejected"
    assert [(f.rule, f.cell) for f in report.findings] == [(rule, cell)]
    assert snapshot(registry) == before


def good_rules() -> list[list[object]]:
    return [
        RULE_HEADER,
        ["classification_band", "xuat_sac", "90", "", "01/01/2019", "", "", ""],
        ["classification_band", "tot", "80", "", "01/01/2019", "", "", ""],
        ["classification_band", "kha", "70", "", "01/01/2019", "", "", ""],
        ["classification_band", "trung_binh", "50", "", "01/01/2019", "", "", ""],
        ["classification_band", "xuat_sac", "92,5", "xa", "01/01/2024", "", "", "Ngưỡng riêng cấp xã"],
        ["classification_band", "tot", "82", "xa", "01/01/2024", "", "", ""],
        ["classification_band", "kha", "70", "xa", "01/01/2024", "", "", ""],
        ["classification_band", "trung_binh", "50", "xa", "01/01/2024", "", "", ""],
        ["submission_deadline", "cchc_report_due", "05/12", "", "01/01/2019", "", "", ""],
        ["evidence_rule", "required", "1", "", "01/01/2019", "", "", ""],
    ]


def test_rules_load_as_dated_rows(db: Path, tmp_path: Path) -> None:
    report = ingest(write_csv(tmp_path / "rules.csv", good_rules()), db)
    assert report.status == "loaded" and report.kind == "rules", [f.message for f in report.findings]
    rows = query(
        db,
        "select value_number from mart_rule where rule_code = 'classification_band' and param_code = 'xuat_sac' and unit_group = 'xa'",
    )
    assert rows == [(92.5,)]
    assert query(db, "select value_text from mart_rule where param_code = 'cchc_report_due'") == [("05/12",)]


@pytest.mark.parametrize(
    ("change", "rule", "cell"),
    [
        ((1, 2, "abc"), "rule.bad_value", "C2"),
        ((1, 2, "150"), "rule.bad_value", "C2"),
        ((1, 0, "bang_moi"), "rule.unknown", "A2"),
        ((1, 1, "sieu_xuat_sac"), "rule.unknown_param", "B2"),
        ((2, 2, "95"), "rule.bands_order", "B2"),
        ((9, 2, "31/13"), "rule.bad_value", "C10"),
        ((1, 4, ""), "value.required", "E2"),
    ],
)
def test_bad_rules_are_refused(db: Path, tmp_path: Path, change: tuple, rule: str, cell: str) -> None:
    rows = good_rules()
    row, col, value = change
    rows[row][col] = value
    report = ingest(write_csv(tmp_path / "rules.csv", rows), db)
    assert report.status == "rejected"
    assert (rule, cell) in [(f.rule, f.cell) for f in report.findings]


def test_overlapping_rule_periods_and_incomplete_sets_are_refused(db: Path, tmp_path: Path) -> None:
    rows = [*good_rules(), ["evidence_rule", "required", "0", "", "01/01/2022", "", "", ""]]
    report = ingest(write_csv(tmp_path / "r1.csv", rows), db)
    assert [(f.rule, f.cell) for f in report.findings] == [("rule.duplicate", "E12")]
    rows = good_rules()[:4]
    report = ingest(write_csv(tmp_path / "r2.csv", rows), db)
    assert [f.rule for f in report.findings] == ["rule.incomplete"]


def test_one_stop_weights_must_sum_to_one(db: Path, tmp_path: Path) -> None:
    params = {
        "self_weight": "0,7",
        "satisfaction_weight": "0,4",
        "min_ratings": "5",
        "grade_a": "90",
        "grade_b": "70",
        "grade_c": "50",
        "satisfied_levels": "rat_hai_long;hai_long",
        "cap_after_d": "C",
    }
    rows = [["Quy tắc", "Tham số", "Giá trị", "Hiệu lực từ"]] + [
        ["one_stop_grading", k, v, "22/09/2023"] for k, v in params.items()
    ]
    report = ingest(write_csv(tmp_path / "r.csv", rows), db)
    assert [f.rule for f in report.findings] == ["rule.weights_sum"]
    rows[2][2] = "0,3"
    assert ingest(write_csv(tmp_path / "r2.csv", rows), db).status == "loaded"
    rows[5][2] = "95"  # grade_b above grade_a
    report = ingest(write_csv(tmp_path / "r3.csv", rows), db)
    assert [(f.rule, f.cell) for f in report.findings] == [("rule.grades_order", "B2")]

"""Units registry: a good file, each way a file is refused (with the cell), and idempotence."""

from pathlib import Path

import pytest

from tests.conftest import UNIT_HEADER, ingest, query, snapshot, units_rows, write_csv, write_xlsx


def test_good_units_file_loads_with_groups_from_codes_or_labels(db: Path, tmp_path: Path) -> None:
    report = ingest(write_csv(tmp_path / "units.csv", units_rows()), db)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert report.kind == "units"
    assert report.rows_loaded == 7
    groups = dict(query(db, "select unit_code, unit_group from mart_unit"))
    assert groups["HHL"] == "huyen"
    assert groups["X-HT"] == "xa"
    assert groups["MC-XHL"] == "mot_cua"
    lineage = dict(
        query(db, "select unit_code, successor_name from mart_unit where successor_code is not null")
    )
    assert lineage == {"X-MS": "UBND xã Hữu Lũng", "X-HT": "UBND xã Hữu Lũng"}
    aliases = query(db, "select aliases from mart_unit where unit_code = 'X-HL'")[0][0]
    assert aliases == ["Xã Hữu Lũng", "UBND XA HUU LUNG"]


def test_every_value_traces_to_its_cell(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "units.xlsx",
        units_rows(),
        title="Danh mục",
        top=[["UBND TỈNH LẠNG SƠN"], ["DANH MỤC ĐƠN VỊ"], []],
    )
    assert ingest(path, db).status == "loaded"
    (row,) = query(
        db,
        "select u.sheet_name, c.column_letter || cast(u.row_number as varchar) from raw_unit u"
        " join raw_file_column c using (file_sha256, sheet_name)"
        " where u.unit_code = 'X-MS' and c.field_name = 'unit_name'",
    )
    assert row == ("Danh mục", "B7")


def test_same_bytes_twice_is_a_duplicate_and_changes_nothing(db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "units.csv", units_rows())
    assert ingest(path, db).status == "loaded"
    before = snapshot(db)
    again = ingest(path, db)
    assert again.status == "duplicate"
    assert snapshot(db) == before


def test_a_later_file_updates_a_unit(db: Path, tmp_path: Path) -> None:
    ingest(write_csv(tmp_path / "a.csv", units_rows()), db)
    update = [UNIT_HEADER, ["SNV", "Sở Nội vụ tỉnh Lạng Sơn", "so_nganh", "", "01/01/2019", "", "", ""]]
    assert ingest(write_csv(tmp_path / "b.csv", update), db).status == "loaded"
    names = dict(query(db, "select unit_code, unit_name from mart_unit"))
    assert names["SNV"] == "Sở Nội vụ tỉnh Lạng Sơn"
    assert len(names) == 7


BAD_CASES = {
    "unknown group": (["X-A", "Xã A", "Cấp thôn", "", "01/01/2020", "", "", ""], "unit.unknown_group", "C3"),
    "duplicate code": (
        ["SNV", "Sở Nội vụ (trùng)", "so_nganh", "", "01/01/2019", "", "", ""],
        "unit.duplicate_code",
        "A3",
    ),
    "missing parent": (
        ["X-B", "Xã B", "xa", "HUYEN-KHONG-CO", "01/01/2020", "", "", ""],
        "unit.unknown_parent",
        "D3",
    ),
    "end before start": (
        ["X-C", "Xã C", "xa", "", "01/07/2025", "30/06/2025", "", ""],
        "dates.end_before_start",
        "F3",
    ),
    "unreadable date": (["X-D", "Xã D", "xa", "", "31/02/2020", "", "", ""], "value.date_not_exist", "E3"),
    "missing name": (["X-E", "", "xa", "", "01/01/2020", "", "", ""], "value.required", "B3"),
    "unknown successor": (
        ["X-F", "Xã F", "xa", "", "01/01/2020", "30/06/2025", "", "X-KHONG-CO"],
        "unit.unknown_successor",
        "H3",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_CASES))
def test_bad_units_file_is_refused_whole_with_the_cell(db: Path, tmp_path: Path, case: str) -> None:
    ingest(
        write_csv(
            tmp_path / "base.csv",
            [UNIT_HEADER, ["HHL", "UBND huyện Hữu Lũng", "huyen", "", "01/01/2019", "", "", ""]],
        ),
        db,
    )
    before = snapshot(db)
    row, rule, cell = BAD_CASES[case]
    good = ["SNV", "Sở Nội vụ", "so_nganh", "", "01/01/2019", "", "", ""]
    report = ingest(write_csv(tmp_path / "bad.csv", [UNIT_HEADER, good, row]), db)
    assert report.status == "rejected"
    errors = [f for f in report.findings if f.severity == "error"]
    assert [(f.rule, f.cell) for f in errors] == [(rule, cell)]
    assert "bad.csv" in errors[0].message and cell in errors[0].message and "Cách sửa" in errors[0].message
    assert snapshot(db) == before
    logged = query(db, "select status, error_count from mart_load_attempt where file_name = 'bad.csv'")
    assert logged == [("rejected", 1)]


def test_parent_registered_earlier_is_accepted(db: Path, tmp_path: Path) -> None:
    ingest(write_csv(tmp_path / "a.csv", units_rows()), db)
    child = [
        UNIT_HEADER,
        [
            "PH-HL-NV",
            "Phòng Nội vụ huyện Hữu Lũng",
            "Phòng chuyên môn",
            "HHL",
            "01/01/2019",
            "30/06/2025",
            "",
            "",
        ],
    ]
    assert ingest(write_csv(tmp_path / "b.csv", child), db).status == "loaded"


def test_unknown_parent_message_suggests_close_codes(db: Path, tmp_path: Path) -> None:
    ingest(write_csv(tmp_path / "a.csv", units_rows()), db)
    child = [UNIT_HEADER, ["PH-1", "Phòng Nội vụ", "phong", "HHL1", "01/01/2019", "", "", ""]]
    report = ingest(write_csv(tmp_path / "b.csv", child), db)
    assert report.status == "rejected"
    assert "«HHL»" in report.findings[0].message


def test_file_without_the_required_columns_names_them(db: Path, tmp_path: Path) -> None:
    report = ingest(
        write_csv(tmp_path / "u.csv", [["Mã đơn vị", "Tên đơn vị"], ["A", "B"]]), db, kind="units"
    )
    assert report.status == "rejected"
    assert report.findings[0].rule == "header.missing_columns"
    assert "«Nhóm»" in report.findings[0].message


def test_unrecognised_file_is_refused_with_a_hint(db: Path, tmp_path: Path) -> None:
    report = ingest(write_csv(tmp_path / "x.csv", [["Cột 1", "Cột 2"], ["a", "b"]]), db)
    assert report.status == "rejected"
    assert report.findings[0].rule == "kind.unknown"

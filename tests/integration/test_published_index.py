"""Published results tables: index and year from the title, the file name or the options, scores written
every way, ranks recomputed (ties share a rank), summary rows reported, and a corrected table replacing
the earlier one."""

from pathlib import Path

import pytest

from etl.text import unicode_to_tcvn3
from tests.conftest import ingest, query, snapshot, units_rows, write_csv, write_xlsx

TITLE = [
    ["BỘ NỘI VỤ"],
    ["CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2023 CỦA CÁC TỈNH, THÀNH PHỐ"],
    ["(Kèm theo Quyết định số 123/QĐ-BNV ngày 15/02/2024)"],
    [],
]
HEADER = ["STT", "Tỉnh, thành phố", "Chỉ số PAR INDEX (%)", "Xếp hạng"]


def par_index_rows() -> list[list[object]]:
    """Percent strings, a decimal comma and a plain number; a tie; a wrong rank; a national average."""
    return [
        HEADER,
        [1, "Quảng Ninh", "91,43%", 1],
        [2, "Hải Phòng", "89,50%", 2],
        [3, "Lạng Sơn", "89,5", 2],
        [4, "Bắc Ninh", 88.21, 4],
        ["", "Trung bình cả nước", "84,00%", ""],
        [5, "Hà Giang", "80,1%", 6],
        [6, "Cao Bằng", "79,05%", ""],
    ]


def published(db: Path) -> list[tuple]:
    return query(
        db,
        "select entity_name, cast(score as double), published_rank, computed_rank, rank_disagrees"
        " from mart_published_index order by computed_rank, entity_name",
    )


def test_a_par_index_table_with_its_title_block(db: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bang.xlsx", par_index_rows(), title="PAR INDEX", top=TITLE)
    report = ingest(path, db)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert (report.kind, report.year, report.period) == ("published_index", 2023, "PAR INDEX")
    assert report.rows_loaded == 6 and report.rows_rejected == 1
    assert published(db) == [
        ("Quảng Ninh", 91.43, 1, 1, False),
        ("Hải Phòng", 89.5, 2, 2, False),
        ("Lạng Sơn", 89.5, 2, 2, False),
        ("Bắc Ninh", 88.21, 4, 4, False),
        ("Hà Giang", 80.1, 6, 5, True),
        ("Cao Bằng", 79.05, None, 6, False),
    ]
    assert [(f.severity, f.rule, f.cell) for f in report.findings] == [
        ("warning", "published.summary_row", "B10"),
        ("warning", "published.rank_differs", "D11"),
    ]
    summary, rank = report.findings
    assert "«Trung bình cả nước»" in summary.message and "Cách sửa:" in summary.message
    assert rank.message.startswith("Tệp bang.xlsx, trang tính «PAR INDEX», ô D11: ")
    assert "hạng 6" in rank.message and "hạng là 5" in rank.message and "80,1" in rank.message
    assert query(db, "select score_text from raw_published_index where entity_name = 'Quảng Ninh'") == [
        ("91,43%",)
    ]
    assert query(db, "select distinct index_name, year from stg_published_index") == [("PAR INDEX", 2023)]


def test_missing_index_and_year_are_refused_with_the_fix(db: Path, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bang_ket_qua.csv", par_index_rows())
    report = ingest(path, db)
    assert report.status == "rejected" and report.kind == "published_index"
    assert [(f.rule, f.cell) for f in report.findings] == [
        ("published.index_missing", "A1"),
        ("published.year_missing", "A1"),
    ]
    index_message, year_message = (f.message for f in report.findings)
    assert "--index" in index_message and "--year" in year_message
    assert snapshot(db)["raw_published_index"] == []

    report = ingest(path, db, index_name="sipas", year=2022)
    assert report.status == "loaded" and (report.period, report.year) == ("SIPAS", 2022)


def test_index_and_year_from_the_file_name(db: Path, tmp_path: Path) -> None:
    report = ingest(write_csv(tmp_path / "PCI_2022.csv", par_index_rows()), db)
    assert report.status == "loaded" and (report.period, report.year) == ("PCI", 2022)


def test_the_provinces_own_results_are_ranked_within_each_group(db: Path, tmp_path: Path) -> None:
    """A semicolon CSV with decimal commas and group headings; units named every way, ranked per group."""
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db).status == "loaded"
    lines = [
        "Đơn vị;Điểm;Xếp hạng",
        "Sở, ban, ngành;;",
        "Sở Nội vụ;82,1;1",
        "UBND cấp xã;;",
        "UBND xã Minh Sơn;87,45;1",
        "Xa Hoa Thang;82,10;2",
        "Bình quân chung;83,88;",
    ]
    path = tmp_path / "ket_qua_2022.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = ingest(path, db, index_name="cchc tỉnh")
    assert report.status == "loaded", [f.message for f in report.findings]
    assert (report.kind, report.period, report.year) == ("published_index", "CCHC TỈNH", 2022)
    assert [(f.rule, f.cell) for f in report.findings] == [
        ("published.heading_row", "A2"),
        ("published.heading_row", "A4"),
        ("published.summary_row", "A7"),
    ]
    rows = query(
        db,
        "select entity_name, unit_code, unit_group, cast(score as double), computed_rank, rank_disagrees"
        " from mart_published_index order by unit_group, computed_rank",
    )
    assert rows == [
        ("Sở Nội vụ", "SNV", "so_nganh", 82.1, 1, False),
        ("UBND xã Minh Sơn", "X-MS", "xa", 87.45, 1, False),
        ("Xa Hoa Thang", "X-HT", "xa", 82.1, 2, False),
    ]


def test_an_unknown_unit_in_the_provinces_table_is_refused(db: Path, tmp_path: Path) -> None:
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db).status == "loaded"
    rows = [
        ["Tên đơn vị", "Chỉ số CCHC", "Xếp hạng"],
        ["UBND xã Minh Sơn", "87,45", 1],
        ["UBND xã Hòa Thắg", "82,1", 2],
        ["Xã Minh Sơn", "80", 3],
    ]
    report = ingest(write_csv(tmp_path / "ket_qua_2022.csv", rows), db, index_name="CCHC TỈNH")
    assert report.status == "rejected"
    assert [(f.rule, f.cell) for f in report.findings] == [
        ("published.unknown_unit", "A3"),
        ("published.duplicate_unit", "A4"),
    ]
    assert "«UBND xã Hòa Thắng»" in report.findings[0].message
    assert "dòng 2 (ô A2)" in report.findings[1].message


def test_a_national_table_is_not_mistaken_for_the_provinces_units(db: Path, tmp_path: Path) -> None:
    """ "Lạng Sơn" the province is not a registered unit even when a unit's name contains it."""
    units = [*units_rows(), ["TP-LS", "UBND thành phố Lạng Sơn", "huyen", "", "01/01/2019", "", "", ""]]
    assert ingest(write_csv(tmp_path / "units.csv", units), db).status == "loaded"
    report = ingest(write_xlsx(tmp_path / "bang.xlsx", par_index_rows(), top=TITLE), db)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(db, "select count(*) from mart_published_index where unit_code is not null") == [(0,)]
    own = [["Đơn vị", "Chỉ số", "Xếp hạng"], ["Sở Nội vụ", "88", 1], ["UBND xã Minh Sơn", "85", 1]]
    mine = ingest(write_csv(tmp_path / "par_index_tinh_2023.csv", own), db)
    assert mine.status == "loaded" and mine.period == "PAR INDEX" and mine.supersedes is None
    assert query(
        db, "select is_unit_table, count(*) from stg_published_index group by is_unit_table order by 1"
    ) == [(False, 6), (True, 2)]


def test_text_typed_in_tcvn3_keeps_what_was_typed(db: Path, tmp_path: Path) -> None:
    rows = [[unicode_to_tcvn3(v) if isinstance(v, str) else v for v in row] for row in par_index_rows()]
    top = [[unicode_to_tcvn3(line[0])] if line else [] for line in TITLE]
    report = ingest(write_xlsx(tmp_path / "tcvn3.xlsx", rows, top=top), db)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert "text.legacy_encoding" in [f.rule for f in report.findings]
    (row,) = query(db, "select entity_name, entity_source from raw_published_index where row_number = 8")
    assert row == ("Lạng Sơn", unicode_to_tcvn3("Lạng Sơn"))
    assert query(db, "select entity_source from raw_published_index where entity_name = 'Quảng Ninh'") != [
        (None,)
    ]


@pytest.mark.parametrize(
    ("row", "rule", "cell"),
    [
        ([7, "Lạng Sơn", "70", ""], "published.duplicate_entity", "B13"),
        ([7, "Điện Biên", "", ""], "published.score_blank", "C13"),
        ([7, "Điện Biên", "bảy mươi", ""], "value.number", "C13"),
        ([7, "Điện Biên", "-5", ""], "published.score_negative", "C13"),
        ([7, "Điện Biên", "70", "hạng bảy"], "published.rank_invalid", "D13"),
        ([7, "", "70", "7"], "published.entity_blank", "B13"),
    ],
)
def test_each_fault_refuses_the_table_at_its_cell(
    db: Path, tmp_path: Path, row: list, rule: str, cell: str
) -> None:
    rows = par_index_rows()
    rows.append(row)
    report = ingest(write_xlsx(tmp_path / "bang.xlsx", rows, top=TITLE), db)
    assert report.status == "rejected"
    assert [(f.rule, f.cell) for f in report.findings if f.severity == "error"] == [(rule, cell)]
    assert all("Cách sửa:" in f.message for f in report.findings)
    assert snapshot(db)["raw_published_index"] == []


def test_a_duplicate_names_both_rows(db: Path, tmp_path: Path) -> None:
    rows = par_index_rows()
    rows.append([7, "LẠNG SƠN", "70", ""])
    report = ingest(write_xlsx(tmp_path / "bang.xlsx", rows, top=TITLE), db)
    (message,) = [f.message for f in report.findings if f.rule == "published.duplicate_entity"]
    assert "ô B13" in message and "dòng 8 (ô B8)" in message


def test_a_corrected_table_supersedes_the_earlier_one(db: Path, tmp_path: Path) -> None:
    first = ingest(write_xlsx(tmp_path / "a.xlsx", par_index_rows(), top=TITLE), db)
    assert first.status == "loaded"
    before = snapshot(db)
    rows = par_index_rows()
    rows[1][2] = "bảy mươi"
    assert ingest(write_xlsx(tmp_path / "bad.xlsx", rows, top=TITLE), db).status == "rejected"
    assert snapshot(db) == before

    corrected = par_index_rows()
    corrected[6][3] = 5
    second = ingest(write_xlsx(tmp_path / "b.xlsx", corrected, top=TITLE), db)
    assert second.status == "loaded" and second.supersedes == first.sha256
    assert [f.rule for f in second.findings] == ["published.summary_row"]
    title_2022 = [[line[0].replace("2023", "2022")] if line else [] for line in TITLE]
    other_year = ingest(write_xlsx(tmp_path / "c.xlsx", corrected, top=title_2022), db)
    assert other_year.status == "loaded" and other_year.supersedes is None
    assert query(
        db,
        "select year, count(*), count(distinct file_sha256) from stg_published_index"
        " group by year order by year",
    ) == [(2022, 6, 1), (2023, 6, 1)]
    assert query(db, "select distinct file_sha256 from stg_published_index where year = 2023") == [
        (second.sha256,)
    ]
    assert query(db, "select count(*) from mart_published_index where rank_disagrees") == [(0,)]

"""One-Stop officers' monthly self-evaluations (Mẫu 01) through the real loader: a desk's summary table and
one officer's form, the month and the officer as the file says them, and every refusal with its cell."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from etl.readers import Sheet, Workbook
from etl.recognise import detect_kind
from labels import ui
from tests.conftest import ingest, query, snapshot, units_rows, write_csv, write_xlsx

OFFICER_HEADER = list(ui.TEMPLATE_HEADERS["officers"].values())
SUMMARY_HEADER = [
    "STT",
    "Mã cán bộ",
    "Họ và tên",
    "Đơn vị",
    "Tổng điểm tự đánh giá",
    "Điểm thủ trưởng đánh giá",
    "Ngày nộp",
    "Ghi chú",
]
FORM_HEADER = ["STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thủ trưởng đánh giá"]
FORM_COLUMNS = {name: letter for name, letter in zip(FORM_HEADER, "ABCDE", strict=True)}
# Seven title rows, so the header is row 7 and the first officer row 8.
SUMMARY_HEADER_ROW = 7


def summary_title(month: str = "THÁNG 03/2024") -> list[list[object]]:
    return [
        ["UBND HUYỆN HỮU LŨNG", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["BỘ PHẬN MỘT CỬA", "", "", "Độc lập - Tự do - Hạnh phúc"],
        [],
        [f"BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CỦA CÔNG CHỨC BỘ PHẬN MỘT CỬA {month}".strip()],
        ["(Theo Quyết định số 1514/QĐ-UBND ngày 22/9/2023 của UBND tỉnh Lạng Sơn)"],
        [],
    ]


def summary_rows(*officers: list[object]) -> list[list[object]]:
    """The header, the officers (default: two at the Hữu Lũng desk) and a total row."""
    officers = officers or (
        [1, "CB001", "Nguyễn Văn An", "", "92,5", 90, "01/04/2024", ""],
        [2, "CB002", "Hoàng Thị Lan", "Bộ phận Một cửa huyện Hữu Lũng", 85, "", dt.date(2024, 3, 29), "Nghỉ phép 2 ngày"],
    )  # fmt: skip
    return [SUMMARY_HEADER, *officers, ["", "", "Tổng cộng", "", 177.5, 90, "", ""]]


def form_title(
    name: str | None = "Nguyễn Văn An", code: str | None = "CB001", month: str = "THÁNG 03 NĂM 2024"
) -> list[list[object]]:
    return [
        ["UBND HUYỆN HỮU LŨNG", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["BỘ PHẬN MỘT CỬA", "", "", "Độc lập - Tự do - Hạnh phúc"],
        ["", "", "", "Mẫu số 01"],
        [f"PHIẾU TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CÔNG CHỨC LÀM VIỆC TẠI BỘ PHẬN MỘT CỬA {month}".strip()],
        [f"Họ và tên: {name}" if name else ""],
        [f"Mã cán bộ: {code}" if code else ""],
        ["Đơn vị/Bộ phận: Bộ phận Một cửa UBND huyện Hữu Lũng"],
        [],
    ]


# Header on row 9: items on rows 10-15, the total on row 16.
FORM_ITEMS: list[list[object]] = [
    ["I", "Phẩm chất chính trị, đạo đức, lối sống", 30, 28, 28],
    ["1", "Chấp hành chủ trương, chính sách, pháp luật", 15, 14, 14],
    ["2", "Đạo đức, lối sống, tác phong", 15, 14, 14],
    ["II", "Kết quả thực hiện nhiệm vụ", 70, "62,5", 60],
    ["1", "Tiếp nhận, hướng dẫn hồ sơ đúng quy định", 40, 36, 35],
    ["2", "Trả kết quả đúng hẹn, xin lỗi khi trễ hẹn", 30, "26,5", 25],
]
FORM_TOTAL: list[object] = ["", "Tổng cộng", 100, "90,5", 88]
FORM_FOOTER: list[list[object]] = [
    [],
    ["", "", "", "Hữu Lũng, ngày 01 tháng 04 năm 2024"],
    ["", "", "", "NGƯỜI TỰ ĐÁNH GIÁ"],
    ["", "", "", "Nguyễn Văn An"],
]


def form_rows(
    items: list[list[object]] | None = None, total: list[object] | None = FORM_TOTAL
) -> list[list[object]]:
    rows = [FORM_HEADER, *[list(item) for item in (FORM_ITEMS if items is None else items)]]
    if total is not None:
        rows.append(list(total))
    return rows + FORM_FOOTER


@pytest.fixture
def officers(db: Path, tmp_path: Path) -> Path:
    """Units (with a second district desk) and officers: two «Nguyễn Văn An» at different desks, two
    «Lê Thị Hoa» at the same desk, and an officer of the Sở Nội vụ who holds no One-Stop desk."""
    units = [
        *units_rows(),
        ["HCL", "UBND huyện Cao Lộc", "huyen", "", "01/01/2019", "30/06/2025", "", ""],
        ["MC-CL", "Bộ phận Một cửa huyện Cao Lộc", "mot_cua", "HCL", "01/01/2019", "30/06/2025", "", ""],
    ]
    assert ingest(write_csv(tmp_path / "ref" / "units.csv", units), db).status == "loaded"
    rows = [
        OFFICER_HEADER,
        ["CB001", "Nguyễn Văn An", "MC-HL", "01/01/2023", ""],
        ["CB002", "Hoàng Thị Lan", "MC-HL", "01/01/2023", ""],
        ["CB003", "Nông Văn Hùng", "MC-HL", "01/01/2023", ""],
        ["CB005", "Lê Thị Hoa", "MC-HL", "01/01/2023", ""],
        ["CB006", "Lê Thị Hoa", "MC-HL", "01/06/2023", ""],
        ["CB007", "Vi Văn Tâm", "SNV", "01/01/2023", ""],
        ["CB010", "Nguyễn Văn An", "MC-CL", "01/01/2023", ""],
    ]
    report = ingest(write_xlsx(tmp_path / "ref" / "officers.xlsx", rows), db)
    assert report.status == "loaded" and report.kind == "officers", [f.message for f in report.findings]
    return db


FORM_COLUMNS_SQL = (
    "select officer_code, form_layout, period_month, month_source, unit_code, self_score, reviewed_score,"
    " submitted_date, row_number from raw_officer_form order by officer_code"
)


def findings(report: object) -> list[tuple[str, str | None]]:
    return [(f.rule, f.cell) for f in report.findings]  # type: ignore[attr-defined]


def refused(report: object, db: Path, before: dict) -> list[tuple[str, str | None]]:
    """The (rule, cell) of a refused file's errors, after checking it changed no data table."""
    assert report.status == "rejected", [f.message for f in report.findings]  # type: ignore[attr-defined]
    assert snapshot(db) == before
    return [(f.rule, f.cell) for f in report.findings if f.severity == "error"]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------------------------------
# Summary tables
# --------------------------------------------------------------------------------------------------


def test_summary_with_codes_loads(officers: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "tong_hop.xlsx", summary_rows(), top=summary_title())
    report = ingest(path, officers)
    assert report.status == "loaded" and report.kind == "officer_form", [f.message for f in report.findings]
    assert report.findings == []
    assert (report.period, report.year, report.unit_code, report.rows_loaded) == ("2024-03", 2024, "MC-HL", 2)
    assert query(officers, FORM_COLUMNS_SQL) == [
        ("CB001", "summary", dt.date(2024, 3, 1), "cell:A4", "MC-HL", Decimal("92.50"), Decimal("90.00"),
         dt.date(2024, 4, 1), 8),
        ("CB002", "summary", dt.date(2024, 3, 1), "cell:A4", "MC-HL", Decimal("85.00"), None,
         dt.date(2024, 3, 29), 9),
    ]  # fmt: skip
    assert query(officers, "select note_text from raw_officer_form where officer_code = 'CB002'") == [
        ("Nghỉ phép 2 ngày",)
    ]
    assert query(officers, "select count(*) from raw_officer_form_item") == [(0,)]


def test_summary_without_codes_matches_names_within_the_unit(officers: Path, tmp_path: Path) -> None:
    """«Nguyen Van An» is two officers; the title block's district picks the one at its desk."""
    rows = [
        ["STT", "Họ và tên", "Điểm tự đánh giá", "Ghi chú"],
        [1, "Nguyen Van An", "88,5", ""],
        [2, "HOÀNG THỊ LAN", 91, ""],
        [3, "nong van hung", "79", ""],
        [],
        ["", "Cộng", "", ""],
        ["", "NGƯỜI LẬP BIỂU", "", "THỦ TRƯỞNG ĐƠN VỊ"],
        ["", "Trần Thị Mai", "", ""],
    ]
    report = ingest(write_xlsx(tmp_path / "tong_hop.xlsx", rows, top=summary_title()), officers)
    assert report.status == "loaded" and report.kind == "officer_form", [f.message for f in report.findings]
    assert report.findings == []
    assert query(officers, "select officer_code, officer_name_text, unit_code, self_score from raw_officer_form"
                           " order by officer_code") == [
        ("CB001", "Nguyen Van An", "MC-HL", Decimal("88.50")),
        ("CB002", "HOÀNG THỊ LAN", "MC-HL", Decimal("91.00")),
        ("CB003", "nong van hung", "MC-HL", Decimal("79.00")),
    ]  # fmt: skip


def test_unit_cell_picks_the_officer_sharing_a_name(officers: Path, tmp_path: Path) -> None:
    rows = [
        ["STT", "Họ và tên", "Đơn vị", "Điểm tự đánh giá"],
        [1, "Nguyễn Văn An", "Bộ phận Một cửa huyện Cao Lộc", 80],
    ]
    top = [["BẢNG TỔNG HỢP TỰ ĐÁNH GIÁ CÔNG CHỨC MỘT CỬA"], ["Tháng 03-2024"], []]
    report = ingest(write_xlsx(tmp_path / "cao_loc.xlsx", rows, top=top), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(officers, "select officer_code, unit_code, month_source from raw_officer_form") == [
        ("CB010", "MC-CL", "cell:A2")
    ]


def test_officer_without_a_desk_that_month_is_loaded_with_a_warning(officers: Path, tmp_path: Path) -> None:
    rows = summary_rows([1, "CB007", "Vi Văn Tâm", "", 75, "", "", ""])
    report = ingest(write_xlsx(tmp_path / "snv.xlsx", rows, top=summary_title()), officers)
    assert report.status == "loaded"
    assert findings(report) == [("officer_form.not_at_desk", "B8")]
    assert query(officers, "select unit_code from raw_officer_form") == [("SNV",)]


# --------------------------------------------------------------------------------------------------
# Single forms
# --------------------------------------------------------------------------------------------------


def test_single_form_loads_items_and_takes_the_total_row(officers: Path, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "phieu.xlsx", form_rows(), top=form_title())
    report = ingest(path, officers)
    assert report.status == "loaded" and report.kind == "officer_form", [f.message for f in report.findings]
    assert report.findings == []
    assert query(officers, FORM_COLUMNS_SQL) == [
        ("CB001", "single", dt.date(2024, 3, 1), "cell:A4", "MC-HL", Decimal("90.50"), Decimal("88.00"),
         dt.date(2024, 4, 1), 16),
    ]  # fmt: skip
    items = query(
        officers,
        "select row_number, officer_code, item_code, title_text, max_points, self_points, reviewed_points"
        " from raw_officer_form_item order by row_number",
    )
    assert len(items) == 6
    assert items[0] == (10, "CB001", "I", "Phẩm chất chính trị, đạo đức, lối sống", Decimal("30.00"),
                        Decimal("28.00"), Decimal("28.00"))  # fmt: skip
    assert items[3][5] == Decimal("62.50")
    assert report.rows_loaded == 6


def test_single_form_without_total_row_sums_its_lines(officers: Path, tmp_path: Path) -> None:
    """Group lines (I, II) carry their lines' sums and are not counted twice; a form named only by its
    officer's name, without diacritics, is matched within the desk of the title block."""
    path = write_xlsx(
        tmp_path / "phieu.xlsx", form_rows(total=None), top=form_title(name="NGUYEN VAN AN", code=None)
    )
    report = ingest(path, officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(
        officers, "select officer_code, self_score, reviewed_score, row_number from raw_officer_form"
    ) == [("CB001", Decimal("90.50"), Decimal("88.00"), 15)]


def test_single_form_with_labels_and_values_in_separate_cells(officers: Path, tmp_path: Path) -> None:
    top = form_title(name=None, code=None)
    top[4] = ["Họ và tên", "Hoàng Thị Lan", "", ""]
    top[5] = ["Mã cán bộ:", "CB002", "", ""]
    report = ingest(write_xlsx(tmp_path / "phieu_lan.xlsx", form_rows(), top=top), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(officers, "select officer_code, officer_name_text from raw_officer_form") == [
        ("CB002", "Hoàng Thị Lan")
    ]


def test_single_form_total_written_as_a_formula_is_recomputed(officers: Path, tmp_path: Path) -> None:
    total = ["", "Tổng điểm", "=C10+C13", "=D11+D12+D14+D15", "=SUM(E11:E12)+E14+E15"]
    report = ingest(write_xlsx(tmp_path / "phieu.xlsx", form_rows(total=total), top=form_title()), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(officers, "select self_score, reviewed_score from raw_officer_form") == [
        (Decimal("90.50"), Decimal("88.00"))
    ]


# --------------------------------------------------------------------------------------------------
# The month
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("month_text", "file_name", "option", "period", "source"),
    [
        ("THÁNG 03/2024", "tong_hop.xlsx", None, dt.date(2024, 3, 1), "cell:A4"),
        ("tháng 11 năm 2024", "tong_hop.xlsx", None, dt.date(2024, 11, 1), "cell:A4"),
        ("THANG 3/2024", "tong_hop.xlsx", "2024-03", dt.date(2024, 3, 1), "cell:A4"),
        ("", "Mau01_2024-05.xlsx", None, dt.date(2024, 5, 1), "file_name"),
        ("", "tong hop thang 6 2024.xlsx", None, dt.date(2024, 6, 1), "file_name"),
        ("", "TH_T07.2024.xlsx", None, dt.date(2024, 7, 1), "file_name"),
        ("", "tong_hop.xlsx", "2024-09", dt.date(2024, 9, 1), "option"),
    ],
)
def test_month_from_title_file_name_or_option(
    officers: Path,
    tmp_path: Path,
    month_text: str,
    file_name: str,
    option: str | None,
    period: dt.date,
    source: str,
) -> None:
    rows = summary_rows([1, "CB001", "Nguyễn Văn An", "", 90, "", "", ""])
    report = ingest(
        write_xlsx(tmp_path / file_name, rows, top=summary_title(month_text)), officers, month=option
    )
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(officers, "select period_month, month_source from raw_officer_form") == [(period, source)]


def test_month_in_decomposed_unicode_is_read(officers: Path, tmp_path: Path) -> None:
    import unicodedata

    top = summary_title(unicodedata.normalize("NFD", "Tháng 04 năm 2024"))
    rows = summary_rows([1, "CB001", unicodedata.normalize("NFD", "Nguyễn Văn An"), "", 90, "", "", ""])
    report = ingest(write_xlsx(tmp_path / "nfd.xlsx", rows, top=top), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(officers, "select period_month from raw_officer_form") == [(dt.date(2024, 4, 1),)]


def test_a_blank_signature_date_above_the_table_is_not_the_month(officers: Path, tmp_path: Path) -> None:
    top = [["", "", "", "Hữu Lũng, ngày      tháng 04 năm 2024"], *summary_title()]
    rows = summary_rows([1, "CB001", "Nguyễn Văn An", "", 90, "", "", ""])
    report = ingest(write_xlsx(tmp_path / "tong_hop.xlsx", rows, top=top), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(officers, "select period_month, month_source from raw_officer_form") == [
        (dt.date(2024, 3, 1), "cell:A5")
    ]


def test_option_disagreeing_with_the_file_is_refused(officers: Path, tmp_path: Path) -> None:
    before = snapshot(officers)
    path = write_xlsx(tmp_path / "tong_hop.xlsx", summary_rows(), top=summary_title())
    report = ingest(path, officers, month="2024-04")
    assert refused(report, officers, before) == [("officer_form.month_option_differs", "A4")]
    assert "--month 2024-04" in report.findings[0].message and "03/2024" in report.findings[0].message


def test_unreadable_month_is_refused_and_a_decision_date_is_not_a_month(
    officers: Path, tmp_path: Path
) -> None:
    """The title quotes «ngày 22/9/2023» and the signature «ngày 01 tháng 04 năm 2024»: neither is the month."""
    before = snapshot(officers)
    top = [*summary_title(""), ["Hữu Lũng, ngày 01 tháng 04 năm 2024"]]
    report = ingest(write_xlsx(tmp_path / "tong_hop.xlsx", summary_rows(), top=top), officers)
    assert refused(report, officers, before) == [("officer_form.month_missing", None)]
    message = report.findings[0].message
    assert "tong_hop.xlsx" in message and "--month 2024-03" in message and "Cách sửa:" in message


def test_month_that_does_not_exist_is_refused_with_its_cell(officers: Path, tmp_path: Path) -> None:
    before = snapshot(officers)
    path = write_xlsx(tmp_path / "tong_hop.xlsx", summary_rows(), top=summary_title("THÁNG 13/2024"))
    assert refused(ingest(path, officers), officers, before) == [("officer_form.month_invalid", "A4")]


# --------------------------------------------------------------------------------------------------
# Refusals of summary tables
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("officer_row", "rule", "cell"),
    [
        ([1, "CB001", "Nguyễn Văn An", "", 101, "", "", ""], "officer_form.score_out_of_range", "E8"),
        ([1, "CB001", "Nguyễn Văn An", "", "-1", "", "", ""], "officer_form.score_out_of_range", "E8"),
        ([1, "CB001", "Nguyễn Văn An", "", 95, "100,5", "", ""], "officer_form.score_out_of_range", "F8"),
        ([1, "CB001", "Nguyễn Văn An", "", "", 90, "", ""], "value.required", "E8"),
        ([1, "CB001", "Nguyễn Văn An", "", "chín mươi", "", "", ""], "value.number", "E8"),
        ([1, "", "", "", 90, "", "", ""], "officer_form.officer_blank", "B8"),
        ([1, "CB001", "Hoàng Thị Lan", "", 90, "", "", ""], "officer_form.name_mismatch", "C8"),
        ([1, "CB999", "", "", 90, "", "", ""], "officer_form.unknown_code", "B8"),
        ([1, "CB001", "Nguyễn Văn An", "", 90, "", "15/02/2024", ""], "officer_form.submitted_before_month", "G8"),
        ([1, "CB001", "Nguyễn Văn An", "", 90, "", "31/04/2024", ""], "value.date_not_exist", "G8"),
    ],
)  # fmt: skip
def test_bad_summary_row_is_refused(
    officers: Path, tmp_path: Path, officer_row: list, rule: str, cell: str
) -> None:
    before = snapshot(officers)
    rows = summary_rows([2, "CB002", "Hoàng Thị Lan", "", 85, "", "", ""], officer_row)
    rows[1], rows[2] = rows[2], rows[1]  # the faulty row first, on row 8
    report = ingest(write_xlsx(tmp_path / "tong_hop.xlsx", rows, top=summary_title()), officers)
    assert refused(report, officers, before) == [(rule, cell)]
    assert all("Cách sửa:" in f.message and "tong_hop.xlsx" in f.message for f in report.findings)


def test_unknown_officer_is_refused_with_the_closest_names(officers: Path, tmp_path: Path) -> None:
    before = snapshot(officers)
    rows = [["STT", "Họ và tên", "Điểm tự đánh giá"], [1, "Hoàng Thị Lanh", 90]]
    report = ingest(write_xlsx(tmp_path / "tong_hop.xlsx", rows, top=summary_title()), officers)
    assert refused(report, officers, before) == [("officer_form.unknown_officer", "B8")]
    assert "«Hoàng Thị Lan» (CB002, MC-HL)" in report.findings[0].message


def test_name_shared_within_the_unit_is_refused(officers: Path, tmp_path: Path) -> None:
    before = snapshot(officers)
    rows = [["STT", "Họ và tên", "Điểm tự đánh giá"], [1, "Lê Thị Hoa", 90]]
    report = ingest(write_xlsx(tmp_path / "tong_hop.xlsx", rows, top=summary_title()), officers)
    assert refused(report, officers, before) == [("officer_form.ambiguous_officer", "B8")]
    assert "CB005" in report.findings[0].message and "CB006" in report.findings[0].message


def test_officer_listed_twice_is_refused_naming_both_rows(officers: Path, tmp_path: Path) -> None:
    before = snapshot(officers)
    rows = summary_rows(
        [1, "CB001", "Nguyễn Văn An", "", 90, "", "", ""],
        [2, "CB002", "Hoàng Thị Lan", "", 85, "", "", ""],
        [3, "cb001", "Nguyen Van An", "", 88, "", "", ""],
    )
    report = ingest(write_xlsx(tmp_path / "tong_hop.xlsx", rows, top=summary_title()), officers)
    assert refused(report, officers, before) == [("officer_form.duplicate_officer", "B10")]
    assert "dòng 8" in report.findings[0].message and "dòng 10" in report.findings[0].message


# --------------------------------------------------------------------------------------------------
# Refusals of single forms
# --------------------------------------------------------------------------------------------------


def test_item_above_its_maximum_is_refused(officers: Path, tmp_path: Path) -> None:
    before = snapshot(officers)
    items = [list(item) for item in FORM_ITEMS]
    items[4][3] = 41  # «Tiếp nhận, hướng dẫn hồ sơ»: 41 of 40 points, on row 14
    total = ["", "Tổng cộng", 100, "95,5", 88]
    path = write_xlsx(tmp_path / "phieu.xlsx", form_rows(items, total), top=form_title())
    assert refused(ingest(path, officers), officers, before) == [("officer_form.item_out_of_range", "D14")]


def test_total_row_disagreeing_with_the_items_is_refused(officers: Path, tmp_path: Path) -> None:
    before = snapshot(officers)
    path = write_xlsx(
        tmp_path / "phieu.xlsx", form_rows(total=["", "Tổng cộng", 100, 92, 88]), top=form_title()
    )
    report = ingest(path, officers)
    assert refused(report, officers, before) == [("officer_form.total_mismatch", "D16")]
    assert "92" in report.findings[0].message and "90,5" in report.findings[0].message


def test_single_form_officers_are_checked_like_rows(officers: Path, tmp_path: Path) -> None:
    before = snapshot(officers)
    path = write_xlsx(tmp_path / "phieu.xlsx", form_rows(), top=form_title(name="Hoàng Thị Lan"))
    assert refused(ingest(path, officers), officers, before) == [("officer_form.name_mismatch", "A5")]
    path = write_xlsx(tmp_path / "phieu2.xlsx", form_rows(), top=form_title(name=None, code=None))
    assert refused(ingest(path, officers), officers, before) == [("officer_form.officer_missing", None)]


def test_without_officers_registry_the_form_is_refused(db: Path, tmp_path: Path) -> None:
    assert ingest(write_csv(tmp_path / "ref" / "units.csv", units_rows()), db).status == "loaded"
    report = ingest(write_xlsx(tmp_path / "tong_hop.xlsx", summary_rows(), top=summary_title()), db)
    assert [f.rule for f in report.findings] == ["officer_form.no_registry"]


# --------------------------------------------------------------------------------------------------
# Recognising the kind
# --------------------------------------------------------------------------------------------------


def _workbook(rows: list[list[object]]) -> Workbook:
    return Workbook("t.xlsx", "xlsx", [Sheet("Sheet1", [list(row) for row in rows])])


def test_both_shapes_are_recognised_and_a_scoring_sheet_stays_scoring() -> None:
    assert detect_kind(_workbook(summary_title() + summary_rows())) == "officer_form"
    assert (
        detect_kind(_workbook([["Tháng 03/2024"], ["Họ và tên", "Điểm tự đánh giá"], ["An", 90]]))
        == "officer_form"
    )
    assert detect_kind(_workbook(form_title() + form_rows())) == "officer_form"
    scoring = [
        ["UBND HUYỆN HỮU LŨNG", "", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        ["UBND XÃ MINH SƠN", "", "", "Độc lập - Tự do - Hạnh phúc"],
        ["BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023"],
        ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định",
         "Tài liệu kiểm chứng", "Giải trình"],
        ["I", "Công tác chỉ đạo, điều hành CCHC", 6, 5, "", "", ""],
        ["1.1.1", "Ban hành kế hoạch kịp thời", "1,5", "1,5", "", "Quyết định số 12/QĐ-UBND", ""],
    ]  # fmt: skip
    assert detect_kind(_workbook(scoring)) == "scoring"
    # A unit's own sheet with «Nội dung» titles and no appraisal column is still a scoring sheet.
    assert detect_kind(_workbook([scoring[2], FORM_HEADER[:4], ["1.1.1", "Kế hoạch", 2, 2]])) == "scoring"

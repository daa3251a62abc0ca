"""The scoring template (`python -m etl template`): the checks before writing, the sheet's structure
(headers, locked cells, validations, formulas, protection), and the round trip: a template filled in
the way a unit fills it loads exactly as typed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from etl.cli import main
from etl.template import TemplateError, write_template
from labels import ui
from tests.conftest import framework_rows, ingest, query, units_rows, write_csv
from warehouse.db import prepare

FRAMEWORK = {"kind": "framework", "framework_id": "T-XA-2021", "unit_group": "xa", "from_year": 2021}
LEGAL_BASIS = "Quyết định số 2282/QĐ-UBND ngày 21/11/2021 của UBND tỉnh Lạng Sơn"
HEADERS = [
    ui.TEMPLATE_HEADERS["scoring"][name]
    for name in (
        "stt",
        "title",
        "max_points",
        "self_points",
        "not_applicable",
        "evidence",
        "explanation",
        "appraised_points",
    )
]
HEADER_ROW = 8
# Rows of framework_rows() in the template: criterion code -> spreadsheet row.
ROWS = {
    "1": 9,
    "1.1": 10,
    "1.1.1": 11,
    "1.1.2": 12,
    "1.2": 13,
    "2": 14,
    "2.1": 15,
    "2.1.a": 16,
    "2.1.b": 17,
}
TOTAL_ROW = 18
SCORED_LEAVES = ("1.1.1", "1.1.2", "2.1.a", "2.1.b")
SURVEY_LEAF = "1.2"
PARENTS = {"1": ("1.1", "1.2"), "1.1": ("1.1.1", "1.1.2"), "2": ("2.1",), "2.1": ("2.1.a", "2.1.b")}


@pytest.fixture
def warehouse(db: Path, tmp_path: Path) -> Path:
    """A registry and the communes' framework 2021-, with an older communes' framework and one for
    departments, so that refusals can name the framework that fits."""
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db).status == "loaded"
    fw = write_csv(tmp_path / "fw_xa_2021.csv", framework_rows())
    assert ingest(fw, db, **FRAMEWORK, legal_basis=LEGAL_BASIS).status == "loaded"
    for framework_id, group, years, title in (
        ("T-XA-2019", "xa", (2019, 2020), "Kế hoạch cải cách hành chính"),
        ("T-SN-2021", "so_nganh", (2021, None), "Kế hoạch CCHC của Sở"),
    ):
        rows = framework_rows()
        rows[2][1] = title  # other bytes, else the file is a duplicate of the first
        report = ingest(
            write_csv(tmp_path / f"{framework_id}.csv", rows),
            db,
            kind="framework",
            framework_id=framework_id,
            unit_group=group,
            from_year=years[0],
            to_year=years[1],
        )
        assert report.status == "loaded", [f.message for f in report.findings]
    return db


@pytest.fixture
def template(warehouse: Path, tmp_path: Path) -> Path:
    out = tmp_path / "mau" / "2023" / "tu_danh_gia_X-MS_2023.xlsx"
    assert write_template(warehouse, "T-XA-2021", "X-MS", 2023, out) == out
    return out


def sheet_of(path: Path) -> Worksheet:
    book = load_workbook(path)
    assert book.sheetnames == ["Tự đánh giá"]
    return book["Tự đánh giá"]


def col(sheet: Worksheet, header: str) -> str:
    """The column letter of a header text in the template's header row."""
    for cell in sheet[HEADER_ROW]:
        if cell.value == header:
            return cell.column_letter
    raise AssertionError(header)


def validations_of(sheet: Worksheet, coordinate: str) -> list:
    return [dv for dv in sheet.data_validations.dataValidation if coordinate in dv.sqref]


# --------------------------------------------------------------------------------------------------
# Structure
# --------------------------------------------------------------------------------------------------


def test_title_block_names_the_unit_the_year_and_the_framework(template: Path) -> None:
    sheet = sheet_of(template)
    above = [cell.value for row in sheet.iter_rows(max_row=HEADER_ROW - 1) for cell in row if cell.value]
    assert above[:4] == [
        "UBND HUYỆN HỮU LŨNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "UBND XÃ MINH SƠN",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert "BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023" in above
    assert "Đơn vị: UBND xã Minh Sơn (Mã đơn vị: X-MS)" in above
    assert f"Bộ tiêu chí: T-XA-2021 – {LEGAL_BASIS}" in above
    assert "A4:H4" in {str(r) for r in sheet.merged_cells.ranges}


def test_unit_without_parent_has_one_authority_line(warehouse: Path, tmp_path: Path) -> None:
    out = write_template(warehouse, "T-XA-2021", "X-HL", 2025, tmp_path / "x_hl.xlsx")
    sheet = sheet_of(out)
    assert sheet["A1"].value == "UBND XÃ HỮU LŨNG"
    assert sheet["A2"].value is None
    assert sheet["A5"].value == "Đơn vị: UBND xã Hữu Lũng (Mã đơn vị: X-HL)"


def test_header_and_rows_follow_the_framework(template: Path) -> None:
    sheet = sheet_of(template)
    assert [c.value for c in sheet[HEADER_ROW]] == HEADERS
    rows = list(sheet.iter_rows(min_row=HEADER_ROW + 1, max_row=TOTAL_ROW, max_col=3, values_only=True))
    assert rows == [
        ("I", "Công tác chỉ đạo, điều hành CCHC", 6),
        ("1.1", "Kế hoạch CCHC năm", 3),
        ("1.1.1", "Ban hành kế hoạch kịp thời", 1.5),
        ("1.1.2", "Mức độ thực hiện kế hoạch", 1.5),
        ("1.2", "Đánh giá của người dân về công tác chỉ đạo", 3),
        ("II", "Cải cách thủ tục hành chính", 4),
        ("2.1", "Công khai thủ tục hành chính", 4),
        ("a)", "Niêm yết đầy đủ tại Bộ phận Một cửa", 2),
        ("b)", "Công khai trên Cổng dịch vụ công", 2),
        (None, "Tổng điểm", 10),
    ]
    assert sheet[f"C{ROWS['1.1.1']}"].number_format == "0.##"
    assert sheet[f"C{ROWS['1']}"].number_format == "0"
    for code in ("1", "1.1", "2", "2.1"):
        assert sheet[f"B{ROWS[code]}"].font.b, code
    for code in SCORED_LEAVES:
        assert not sheet[f"B{ROWS[code]}"].font.b, code
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"


def test_parents_and_total_add_up_their_children_by_formula(template: Path) -> None:
    sheet = sheet_of(template)
    for header in ("Điểm tự đánh giá", "Điểm thẩm định"):
        letter = col(sheet, header)
        for parent, kids in PARENTS.items():
            cell = sheet[f"{letter}{ROWS[parent]}"]
            assert cell.value == "=SUM(" + ",".join(f"{letter}{ROWS[k]}" for k in kids) + ")"
            assert cell.protection.locked
        total = sheet[f"{letter}{TOTAL_ROW}"]
        assert total.value == f"=SUM({letter}{ROWS['1']},{letter}{ROWS['2']})"


def test_only_what_a_unit_fills_is_unlocked(template: Path) -> None:
    sheet = sheet_of(template)
    assert sheet.protection.sheet
    unlocked_headers = (
        "Điểm tự đánh giá",
        "Không áp dụng",
        "Tài liệu kiểm chứng",
        "Giải trình",
        "Điểm thẩm định",
    )
    for code, row in ROWS.items():
        for cell in sheet[row]:
            header = sheet.cell(HEADER_ROW, cell.column).value
            should_unlock = code in SCORED_LEAVES and header in unlocked_headers
            assert cell.protection.locked is not should_unlock, (code, header)
    for cell in sheet[TOTAL_ROW]:
        assert cell.protection.locked
    for row in range(1, HEADER_ROW + 1):
        assert all(c.protection.locked for c in sheet[row])
    evidence = sheet[f"{col(sheet, 'Tài liệu kiểm chứng')}{ROWS['1.1.1']}"]
    assert evidence.alignment.wrap_text


def test_survey_criterion_is_locked_grey_with_a_note(template: Path) -> None:
    sheet = sheet_of(template)
    cell = sheet[f"{col(sheet, 'Điểm tự đánh giá')}{ROWS[SURVEY_LEAF]}"]
    assert cell.protection.locked and cell.value is None
    assert cell.fill.fgColor.rgb.endswith("BFBFBF")
    assert cell.comment is not None
    assert cell.comment.text == "Điểm điều tra xã hội học – đơn vị không tự chấm"
    assert validations_of(sheet, cell.coordinate) == []


def test_scores_are_validated_between_zero_and_the_maximum(template: Path) -> None:
    sheet = sheet_of(template)
    for header in ("Điểm tự đánh giá", "Điểm thẩm định"):
        letter = col(sheet, header)
        for code, expected_max, shown in (("1.1.1", "1.5", "1,5"), ("2.1.a", "2", "2"), ("2.1.b", "2", "2")):
            (dv,) = validations_of(sheet, f"{letter}{ROWS[code]}")
            assert (dv.type, dv.operator, dv.formula1, dv.formula2) == (
                "decimal",
                "between",
                "0",
                expected_max,
            )
            assert dv.showErrorMessage and dv.errorStyle == "stop" and dv.allow_blank
            assert f"từ 0 đến {shown}" in dv.error and header in dv.error
            assert dv.showInputMessage and f"từ 0 đến {shown}" in dv.prompt
            # Excel refuses to open a file whose validation texts are longer than this.
            assert len(dv.errorTitle) <= 32 and len(dv.promptTitle) <= 32
            assert len(dv.error) <= 255 and len(dv.prompt) <= 255
        for code in PARENTS:
            assert validations_of(sheet, f"{letter}{ROWS[code]}") == []


def test_not_applicable_is_a_one_value_dropdown_on_leaves(template: Path) -> None:
    sheet = sheet_of(template)
    letter = col(sheet, "Không áp dụng")
    for code in SCORED_LEAVES:
        (dv,) = validations_of(sheet, f"{letter}{ROWS[code]}")
        assert dv.type == "list" and dv.formula1 == '"Không áp dụng"'
        assert not dv.showDropDown  # in OOXML, showDropDown=1 hides the arrow
        assert dv.showErrorMessage and dv.allow_blank
    for code in (*PARENTS, SURVEY_LEAF):
        assert validations_of(sheet, f"{letter}{ROWS[code]}") == []


def test_print_setup_fits_the_width_in_landscape(template: Path) -> None:
    sheet = sheet_of(template)
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${HEADER_ROW}:${HEADER_ROW}"
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width


def test_cli_writes_the_template(warehouse: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "cli" / "mau.xlsx"
    argv = ["template", "--framework", "T-XA-2021", "--unit", "X-MS", "--year", "2023", "-o", str(out)]
    assert main([*argv, "--db", str(warehouse)]) == 0
    assert out.exists() and str(out) in capsys.readouterr().out
    assert main([*argv[:4], "X-MSS", *argv[5:], "--db", str(warehouse)]) == 1
    assert "Không có đơn vị «X-MSS»" in capsys.readouterr().err


# --------------------------------------------------------------------------------------------------
# Refusals: nothing is written, and the message says what is wrong and how to fix it
# --------------------------------------------------------------------------------------------------


def refusal(database: Path, tmp_path: Path, framework: str, unit: str, year: int) -> str:
    out = tmp_path / "refused" / "mau.xlsx"
    with pytest.raises(TemplateError) as caught:
        write_template(database, framework, unit, year, out)
    assert not out.exists()
    message = str(caught.value)
    assert "Cách sửa:" in message
    return message


def test_unknown_unit_lists_the_closest(warehouse: Path, tmp_path: Path) -> None:
    message = refusal(warehouse, tmp_path, "T-XA-2021", "X-MSS", 2023)
    assert "Không có đơn vị «X-MSS»" in message
    assert "«UBND xã Minh Sơn» (mã X-MS)" in message


def test_unit_may_be_named(warehouse: Path, tmp_path: Path) -> None:
    out = write_template(warehouse, "T-XA-2021", "Xã Minh Sơn", 2023, tmp_path / "named.xlsx")
    assert sheet_of(out)["A5"].value == "Đơn vị: UBND xã Minh Sơn (Mã đơn vị: X-MS)"


def test_unknown_framework_lists_the_registered_ones(warehouse: Path, tmp_path: Path) -> None:
    message = refusal(warehouse, tmp_path, "LS-XA-2099", "X-MS", 2023)
    assert "Chưa có bộ tiêu chí «LS-XA-2099»" in message
    for framework in (
        "T-XA-2021 (UBND cấp xã, từ năm 2021)",
        "T-XA-2019 (UBND cấp xã, các năm 2019–2020)",
        "T-SN-2021",
    ):
        assert framework in message


def test_framework_of_another_group_names_the_right_one(warehouse: Path, tmp_path: Path) -> None:
    message = refusal(warehouse, tmp_path, "T-XA-2021", "SNV", 2023)
    assert "dùng cho nhóm «UBND cấp xã»" in message
    assert "«Sở Nội vụ» (mã SNV) thuộc nhóm «Sở, ban, ngành»" in message
    assert "--framework T-SN-2021" in message


def test_framework_of_another_group_without_one_for_the_unit(warehouse: Path, tmp_path: Path) -> None:
    message = refusal(warehouse, tmp_path, "T-XA-2021", "HHL", 2023)
    assert "chưa có bộ tiêu chí nào của nhóm «UBND cấp huyện» áp dụng cho năm 2023" in message


def test_year_not_covered_names_the_framework_that_covers_it(warehouse: Path, tmp_path: Path) -> None:
    message = refusal(warehouse, tmp_path, "T-XA-2021", "X-MS", 2020)
    assert "«T-XA-2021» áp dụng từ năm 2021, không áp dụng cho năm 2020" in message
    assert "--framework T-XA-2019" in message
    message = refusal(warehouse, tmp_path, "T-XA-2019", "X-MS", 2022)
    assert "các năm 2019–2020" in message and "--framework T-XA-2021" in message


def test_unit_not_in_force_names_its_successor(warehouse: Path, tmp_path: Path) -> None:
    message = refusal(warehouse, tmp_path, "T-XA-2021", "X-MS", 2026)
    assert "«UBND xã Minh Sơn» (mã X-MS) có hiệu lực 01/01/2019 – 30/06/2025" in message
    assert "không có trong năm 2026" in message
    assert "«UBND xã Hữu Lũng» (mã X-HL)" in message


def test_missing_and_empty_warehouse(db: Path, tmp_path: Path) -> None:
    message = refusal(db, tmp_path, "T-XA-2021", "X-MS", 2023)
    assert "Không tìm thấy kho dữ liệu" in message and "--db" in message
    prepare(db)
    assert "chưa có danh mục đơn vị" in refusal(db, tmp_path, "T-XA-2021", "X-MS", 2023)
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db).status == "loaded"
    assert "chưa có bộ tiêu chí nào" in refusal(db, tmp_path, "T-XA-2021", "X-MS", 2023)


def test_output_must_be_xlsx(warehouse: Path, tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match=r"phải có đuôi \.xlsx.*mau\.xlsx"):
        write_template(warehouse, "T-XA-2021", "X-MS", 2023, tmp_path / "mau.xls")


# --------------------------------------------------------------------------------------------------
# Round trip: a filled template ingests exactly
# --------------------------------------------------------------------------------------------------

TYPED_POINTS = {"1.1.1": 1.25, "1.1.2": 1.5, "2.1.a": 0.75}
NOT_APPLICABLE = "2.1.b"
EVIDENCE = {
    "1.1.1": "Quyết định số 12/QĐ-UBND ngày 10/02/2023 ban hành kế hoạch CCHC năm 2023",
    "1.1.2": "Báo cáo số 45/BC-UBND ngày 28/11/2023 về kết quả thực hiện kế hoạch",
    "2.1.a": "Biên bản kiểm tra số 03/BB-UBND ngày 15/06/2023 về niêm yết thủ tục hành chính",
}
EXPLANATIONS = {
    "1.1.1": "Kế hoạch ban hành đúng hạn nhưng thiếu phân công cụ thể, tự trừ 0,25 điểm.",
    "1.1.2": "Hoàn thành 100% nhiệm vụ của kế hoạch.",
    "2.1.a": "Niêm yết chưa đủ 3 thủ tục lĩnh vực đất đai.",
    NOT_APPLICABLE: "Xã chưa được kết nối Cổng dịch vụ công trong năm 2023.",
}


SIGNED = "Minh Sơn, ngày 05 tháng 12 năm 2023"


def fill(template: Path, out: Path, signed: str | None = SIGNED) -> Path:
    """Fill the template as a unit does in Excel: scores, one «Không áp dụng», evidence, explanations,
    and the place and date above the signatures."""
    book = load_workbook(template)
    sheet = book["Tự đánh giá"]
    score, na = col(sheet, "Điểm tự đánh giá"), col(sheet, "Không áp dụng")
    evidence, explanation = col(sheet, "Tài liệu kiểm chứng"), col(sheet, "Giải trình")
    for code, points in TYPED_POINTS.items():
        sheet[f"{score}{ROWS[code]}"] = points
    sheet[f"{na}{ROWS[NOT_APPLICABLE]}"] = "Không áp dụng"
    for code, text in EVIDENCE.items():
        sheet[f"{evidence}{ROWS[code]}"] = text
    for code, text in EXPLANATIONS.items():
        sheet[f"{explanation}{ROWS[code]}"] = text
    date_cell = sheet[f"E{TOTAL_ROW + 2}"]
    assert date_cell.value == "……, ngày …… tháng …… năm ……" and not date_cell.protection.locked
    if signed:
        date_cell.value = signed
    book.save(out)
    return out


def loaded_scores(database: Path) -> dict[str, tuple]:
    rows = query(
        database,
        "select criterion_code, cast(self_points as double), cast(appraised_points as double),"
        " is_not_applicable, evidence_text, explanation_text, matched_by from raw_score",
    )
    return {row[0]: row[1:] for row in rows}


def test_filled_template_ingests_exactly(warehouse: Path, template: Path, tmp_path: Path) -> None:
    pytest.importorskip("etl.kinds.scoring")
    report = ingest(fill(template, tmp_path / "Minh Sơn đã điền.xlsx"), warehouse)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert (report.kind, report.unit_code, report.year) == ("scoring", "X-MS", 2023)
    # A template filled as asked raises nothing, not even a warning.
    assert [f.message for f in report.findings] == []
    (sheet_row,) = query(
        warehouse,
        "select unit_code, year, framework_id, unit_source, year_source, submitted_date from raw_score_sheet",
    )
    assert sheet_row[:5] == ("X-MS", 2023, "T-XA-2021", "title", "title")
    assert str(sheet_row[5]) == "2023-12-05"
    loaded = loaded_scores(warehouse)
    assert set(loaded) == set(ROWS)
    typed = {code: loaded[code][0] for code in (*SCORED_LEAVES, SURVEY_LEAF)}
    assert typed == {**TYPED_POINTS, NOT_APPLICABLE: None, SURVEY_LEAF: None}
    for code in ROWS:
        _, _, is_na, evidence, explanation, matched_by = loaded[code]
        assert matched_by == "code", code
        assert is_na is (code == NOT_APPLICABLE), code
        assert evidence == EVIDENCE.get(code), code
        assert explanation == EXPLANATIONS.get(code), code
    # Parents hold what their formulas compute from the typed points.
    assert {code: loaded[code][0] for code in PARENTS} == {"1": 2.75, "1.1": 2.75, "2": 0.75, "2.1": 0.75}


def test_unit_filled_template_carries_no_appraisal(warehouse: Path, template: Path, tmp_path: Path) -> None:
    """Nobody typed an appraised point: the parents' =SUM over blank «Điểm thẩm định» cells is not an
    appraisal of 0 points."""
    pytest.importorskip("etl.kinds.scoring")
    assert ingest(fill(template, tmp_path / "filled.xlsx"), warehouse).status == "loaded"
    loaded = loaded_scores(warehouse)
    assert {code: loaded[code][1] for code in ROWS} == dict.fromkeys(ROWS)
    assert query(warehouse, "select has_appraisal from raw_score_sheet") == [(False,)]


def test_unsigned_template_has_no_submitted_date(warehouse: Path, template: Path, tmp_path: Path) -> None:
    """The date in the framework's legal basis (ngày 21/11/2021) is not the day the sheet was signed."""
    pytest.importorskip("etl.kinds.scoring")
    assert ingest(fill(template, tmp_path / "unsigned.xlsx", signed=None), warehouse).status == "loaded"
    assert query(warehouse, "select submitted_date from raw_score_sheet") == [(None,)]

"""The data-quality page's pure logic: tracker shaping, the trend, the largest cuts, the Excel feedback form
(opened back with openpyxl) and the offending rows read back from xlsx and CSV files."""

from pathlib import Path

import pandas as pd
from openpyxl import Workbook, load_workbook

from dashboard import quality_logic as logic
from labels import page_quality as txt
from labels import ui


def tracker_rows() -> pd.DataFrame:
    columns = ["unit_code", "unit_name", "unit_group", "status", "is_current", "days_late", "deadline_date"]
    rows = [
        ["SNV", "Sở Nội vụ", "so_nganh", "submitted", True, None, pd.Timestamp("2024-12-05")],
        ["STP", "Sở Tư pháp", "so_nganh", "late", True, 13, pd.Timestamp("2024-12-05")],
        ["XDA", "UBND xã Đồng Ý", "xa", "missing", True, None, pd.Timestamp("2024-12-05")],
        ["XDU", "UBND xã Dương Hưu", "xa", "missing", True, None, pd.Timestamp("2024-12-05")],
        ["STP", "Sở Tư pháp", "so_nganh", "superseded", False, None, None],
        ["STP", "Sở Tư pháp", "so_nganh", "rejected", False, None, None],
    ]
    return pd.DataFrame(rows, columns=columns)


def test_counts_separate_owed_cells_from_files() -> None:
    counts = pd.DataFrame(
        [["missing", 2, 2], ["late", 1, 1], ["submitted", 1, 1], ["superseded", 1, 0], ["rejected", 1, 0]],
        columns=["status", "row_count", "current_count"],
    )
    assert logic.status_counts(counts) == {
        "owed": 4,
        "missing": 2,
        "rejected": 1,
        "late": 1,
        "submitted": 1,
        "superseded": 1,
    }
    empty = logic.status_counts(counts.head(0))
    assert empty["owed"] == 0 and set(empty.values()) == {0}


def test_the_unit_tracker_puts_the_worst_first_in_vietnamese_order() -> None:
    table = logic.unit_tracker(tracker_rows())
    # Missing first, D before Đ; then late, then submitted.
    assert table["unit_name"].tolist() == ["UBND xã Dương Hưu", "UBND xã Đồng Ý", "Sở Tư pháp", "Sở Nội vụ"]
    assert table.loc[2, ["rejected_files", "superseded_files", "days_late"]].tolist() == [1, 1, "13"]
    assert table.loc[0, "days_late"] == ""


def test_deadline_text_names_the_groups() -> None:
    current = tracker_rows()[tracker_rows()["is_current"]]
    text = logic.deadline_text(current)
    assert text.startswith("05/12/2024 (") and "UBND cấp xã" in text and "Sở, ban, ngành" in text
    assert logic.deadline_text(current.assign(deadline_date=None)) == txt.NO_DEADLINE
    # A year of monthly deadlines for the desks is one range; a deadline of other units stays apart.
    months = pd.DataFrame(
        {
            "deadline_date": [pd.Timestamp(2025, m + 1, 1) for m in range(1, 12)]
            + [pd.Timestamp(2026, 1, 1)],
            "unit_group": "mot_cua",
        }
    )
    other = pd.DataFrame({"deadline_date": [pd.Timestamp(2025, 12, 5)], "unit_group": ["xa"]})
    text = logic.deadline_text(pd.concat([months, other]))
    desks = ui.GROUP_LABELS.get("mot_cua", "mot_cua")
    assert text == (f"12 hạn, từ 01/02/2025 đến 01/01/2026 ({desks}); 05/12/2025 (UBND cấp xã)")


def test_officer_matrix_and_desk_summary() -> None:
    officers = pd.DataFrame(
        [
            ["MC-A", "Bộ phận Một cửa A", "CB1", "Đỗ Văn An", "submitted", "late", None],
            ["MC-A", "Bộ phận Một cửa A", "CB2", "Dương Thị Bình", "missing", None, None],
        ],
        columns=["unit_code", "unit_name", "officer_code", "officer_name", "m01", "m02", "m03"],
    )
    matrix = logic.officer_matrix(officers)
    # D before Đ; a month nobody owes gets no column.
    assert matrix["officer_name"].tolist() == ["Dương Thị Bình", "Đỗ Văn An"]
    assert list(matrix.columns) == ["unit_name", "officer_name", "T1", "T2"]
    assert matrix.loc[1, ["T1", "T2"]].tolist() == [
        txt.STATUS_SYMBOLS["submitted"],
        txt.STATUS_SYMBOLS["late"],
    ]
    assert matrix.loc[0, "T2"] == ""
    assert logic.officer_matrix(officers.head(0)).empty
    desks = pd.DataFrame(
        [
            ["MC-B", "Bộ phận Một cửa Đồng Đăng", 2, 2, 0, 0, 0, 0],
            ["MC-A", "Bộ phận Một cửa Dương Hưu", 3, 1, 1, 1, 1.0, 0.0],
        ],
        columns=[
            "unit_code", "unit_name", "owed_count", "submitted_count", "late_count", "missing_count",
            "rejected_files", "superseded_files",
        ],
    )  # fmt: skip
    summary = logic.desk_summary(desks)
    assert summary["unit_code"].tolist() == ["MC-A", "MC-B"]
    assert summary.iloc[0][
        ["owed_count", "submitted_count", "late_count", "missing_count", "rejected_files"]
    ].tolist() == [3, 1, 1, 1, 1]
    assert summary["rejected_files"].dtype.kind == "i"


def test_trend_fills_every_period_and_keeps_unknown_years_last() -> None:
    counts = pd.DataFrame(
        [
            [2023.0, "scoring", "warning", 4],
            [2024.0, "scoring", "warning", 2],
            [None, "scoring", "error", 3],
            [2024.0, "feedback", "warning", 5],
        ],
        columns=["period_year", "kind", "severity", "finding_count"],
    )
    frame = logic.trend(counts, "period_year")
    assert len(frame) == 3 * 2 * 2
    assert frame["period_year"].iloc[-1] == logic.UNKNOWN_PERIOD
    picked = frame[(frame["period_year"] == 2023) & (frame["kind"] == "feedback")]
    assert picked["finding_count"].tolist() == [0, 0]
    assert logic.trend_span(frame, "period_year") == "2023–2024"
    assert logic.period_text(logic.UNKNOWN_PERIOD, "period_year") == txt.UNKNOWN_YEAR


def test_largest_cuts_rank_by_points_and_skip_unappraised() -> None:
    index = pd.DataFrame(
        [
            ["A", "Sở A", 90.0, 80.0, True],
            ["B", "Sở B", 95.0, 94.5, True],
            ["C", "Sở C", 99.0, None, False],
            ["D", "Sở D", 70.0, 72.0, True],
        ],
        columns=["unit_code", "unit_name", "self_points", "appraised_points", "has_appraisal"],
    )
    cuts = logic.largest_cuts(index)
    assert cuts["unit_code"].tolist() == ["A", "B"]
    assert cuts.loc[0, "cut_points"] == 10.0
    assert cuts.loc[0, "cut_pct"] == round(10 / 90 * 100, 2)


def test_the_feedback_workbook_opens_with_its_findings(tmp_path: Path) -> None:
    findings = pd.DataFrame(
        [
            [
                "Bảng điểm 2024.xlsx",
                "Phụ lục",
                "E79",
                79,
                "warning",
                "Tiêu chí 4.1.2 thiếu tài liệu kiểm chứng.",
            ],
            ["Bảng điểm 2024 (sửa).xlsx", "Biểu chấm điểm", "D9", 9, "error", "Điểm ngoài khoảng 0 – 2."],
            ["Bảng điểm 2024 (sửa).xlsx", None, None, None, "error", "Không nhận ra đơn vị."],
        ],
        columns=["file_name", "sheet_name", "cell", "row_number", "severity", "message"],
    )
    data = logic.feedback_workbook("PHIẾU PHẢN HỒI — Sở Tư pháp — năm 2024", "Lập ngày 01/12/2024", findings)
    path = tmp_path / "phieu.xlsx"
    path.write_bytes(data)
    sheet = load_workbook(path).active
    assert sheet.title == txt.FEEDBACK_SHEET
    assert sheet["A1"].value == "PHIẾU PHẢN HỒI — Sở Tư pháp — năm 2024" and sheet["A1"].font.bold
    assert [c.value for c in sheet[4]] == list(txt.FEEDBACK_HEADERS)
    assert all(c.font.bold and c.alignment.wrap_text for c in sheet[4])
    # Errors first; a finding about the whole file has empty sheet and cell, never "None".
    assert [c.value for c in sheet[5]] == [
        1,
        "Bảng điểm 2024 (sửa).xlsx",
        "Biểu chấm điểm",
        "D9",
        "Lỗi",
        findings.loc[1, "message"],
    ]
    assert [c.value for c in sheet[6]][2:5] == [None, None, "Lỗi"]
    assert [c.value for c in sheet[7]][3:5] == ["E79", "Cảnh báo"]
    assert sheet["F7"].alignment.wrap_text
    assert sheet.column_dimensions["F"].width >= 60 and sheet.column_dimensions["B"].width >= 30
    assert sheet.max_row == 7
    assert logic.feedback_file_name("X-HL", "2024") == "phieu_phan_hoi_X-HL_2024.xlsx"


def test_offending_rows_from_an_xlsx_with_header_and_context(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Biểu chấm điểm"
    sheet.append(["BẢNG TỰ ĐÁNH GIÁ NĂM 2024"])
    sheet.append(["STT", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá"])
    for number in range(1, 8):
        sheet.append([f"1.{number}", f"Tiêu chí {number}", 2, 1.5 if number != 5 else 2.25])
    path = tmp_path / "abc.xlsx"
    book.save(path)
    found = logic.read_offending_rows(path, "Biểu chấm điểm", 7, "D7", header_row=2)
    assert found.rows["row"].tolist() == [2, 6, 7, 8]
    assert found.rows.loc[0, ["A", "D"]].tolist() == ["STT", "Điểm tự đánh giá"]
    assert found.rows.loc[2, ["A", "D"]].tolist() == ["1.5", "2,25"]
    assert found.target_column == "D"
    css = logic.highlight_rows(found, "row")(found.rows)
    assert "border" in css.loc[2, "D"] and "background" in css.loc[2, "A"] and "bold" in css.loc[0, "A"]


def test_offending_line_of_a_semicolon_csv_with_a_bom(tmp_path: Path) -> None:
    lines = ["Thời gian;Mã cán bộ;Mức độ hài lòng"] + [
        f"01/03/2024 0{i}:00;CB00{i};Hài lòng" for i in range(1, 6)
    ]
    path = tmp_path / "x.csv"
    path.write_bytes("\r\n".join(lines).encode("utf-8-sig"))
    found = logic.read_offending_rows(path, "CSV", 4, "C4", header_row=1)
    assert found.rows["row"].tolist() == [1, 3, 4, 5]
    assert found.rows.loc[2, ["A", "B", "C"]].tolist() == ["01/03/2024 03:00", "CB003", "Hài lòng"]
    assert found.rows.loc[0, "C"] == "Mức độ hài lòng"


def test_cell_column_and_zip(tmp_path: Path) -> None:
    assert logic.cell_column("AB12") == "AB" and logic.cell_column(None) is None
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    (tmp_path / "docs" / "index.html").write_text("<html></html>")
    (tmp_path / "docs" / "sub" / "a.html").write_text("x")
    import io
    import zipfile

    names = zipfile.ZipFile(io.BytesIO(logic.zip_folder(tmp_path / "docs"))).namelist()
    assert names == ["index.html", "sub/a.html"]

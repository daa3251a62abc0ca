"""Tables as Excel and CSV files (reports.tables): typed values under Vietnamese headers, valid sheet
names, and no text that a spreadsheet would run as a formula."""

from __future__ import annotations

import datetime as dt
import io

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook

from dashboard.format import for_display
from dashboard.quality_logic import feedback_workbook
from reports.tables import (
    COUNT,
    DATE,
    DATE_TIME,
    DECIMAL,
    PLAIN,
    csv_bytes,
    export_frame,
    export_name,
    neutralise,
    sheet_names,
    xlsx_bytes,
)

BOM = b"\xef\xbb\xbf"
# Texts a unit could type into a cell to make the reader's spreadsheet run something.
HOSTILE = ['=HYPERLINK("http://x.example","Bấm")', "+1", "-2 đơn vị", "@SUM(A1:A2)", "\tTab", "\rCR"]


def units() -> pd.DataFrame:
    """A small ranking with every kind of value an export meets, hostile texts included."""
    rng = np.random.default_rng(7)
    return pd.DataFrame(
        {
            "unit_code": ["X-MS", "X-HT", "X-HL", "SNV", "STC", "HHL"],
            "unit_name": ["UBND xã Minh Sơn", *HOSTILE[:5]],
            "unit_group": ["xa", "xa", "xa", "so_nganh", None, "unknown_group"],
            "index_pct": [*np.round(rng.uniform(60, 95, 5), 2).tolist(), float("nan")],
            "self_points": [87.5, 80.25, -1.5, 90.0, 70.0, None],
            "rank_in_group": [1.0, 2.0, 3.0, 1.0, 2.0, float("nan")],
            "from_year": [2020, 2021, 2022, 2023, 2024, 2025],
            "to_year": [2021.0, None, 2023.0, None, None, None],
            "error_count": [0, 3, 1250, 2, 0, 1],
            "valid_to_date": pd.to_datetime(["2025-06-30", None, None, "2024-12-31", None, None]),
            "attempted_at": pd.to_datetime(["2025-07-01 08:30", None, None, None, None, "2025-01-02 17:05"]),
            "is_provisional": [True, False, False, True, None, False],
            "note": ["−3 điểm", None, "", "@đơn vị", "ghi chú", "\rtrả lại"],
        }
    )


COLUMNS = list(units().columns)


def workbook(frame: pd.DataFrame, **kwargs: object):
    return load_workbook(io.BytesIO(xlsx_bytes([("Xếp hạng năm 2025", frame)], **kwargs)))


# --- neutralise -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", HOSTILE)
def test_formula_starts_get_an_apostrophe(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize(
    "value",
    ["UBND xã Minh Sơn", "−3 điểm", "", "a=b", "87,45", "'đã có dấu nháy", -2, -2.5, 0, None, True],
)
def test_other_values_are_untouched(value: object) -> None:
    # The typographic minus "−" (U+2212) is not an operator to any spreadsheet: signed texts keep it.
    assert neutralise(value) is value or neutralise(value) == value
    assert type(neutralise(value)) is type(value)


# --- export_frame ---------------------------------------------------------------------------------------


def test_export_frame_has_the_display_headers_and_names() -> None:
    frame = units()
    exported = export_frame(frame, COLUMNS)
    shown = list(for_display(frame, COLUMNS).columns)
    # The page's headers where the page has them; typed columns the page shows as text are named too.
    assert [e for e, s in zip(exported.columns, shown, strict=True) if s not in COLUMNS] == [
        s for s in shown if s not in COLUMNS
    ]
    assert exported.columns[3] == "Chỉ số (%)" and shown[3] == "index_pct"
    assert exported["Nhóm"].tolist()[:4] == ["UBND cấp xã", "UBND cấp xã", "UBND cấp xã", "Sở, ban, ngành"]
    assert exported["Nhóm"].iloc[5] == "unknown_group"
    # Missing stays missing (an empty cell), not "" as on screen.
    assert pd.isna(exported["Nhóm"].iloc[4])
    assert pd.isna(exported["Diễn giải"].iloc[1])
    labelled = export_frame(frame, ["unit_name", "index_pct"], labels={"index_pct": "Chỉ số năm 2025 (%)"})
    assert list(labelled.columns) == ["Tên đơn vị", "Chỉ số năm 2025 (%)"]


def test_export_frame_keeps_values_typed() -> None:
    exported = export_frame(units(), COLUMNS)
    first = exported.iloc[0]
    assert isinstance(first["Chỉ số (%)"], float)
    assert first["Tự đánh giá"] == 87.5
    assert int(first["Từ năm"]) == 2020
    assert exported["Đến năm"].dtype == "Int64"
    assert exported["Đến năm"].iloc[0] == 2021 and pd.isna(exported["Đến năm"].iloc[1])
    assert first["Hiệu lực đến"] == dt.date(2025, 6, 30) and not isinstance(
        first["Hiệu lực đến"], dt.datetime
    )
    assert first["Thời điểm nạp"] == dt.datetime(2025, 7, 1, 8, 30)
    assert exported["Tạm tính"].tolist()[:4] == ["Có", "Không", "Không", "Có"]
    assert pd.isna(exported["Tạm tính"].iloc[4])
    assert exported.attrs["formats"] == {
        "Chỉ số (%)": DECIMAL,
        "Tự đánh giá": DECIMAL,
        "Hạng": PLAIN,
        "Từ năm": PLAIN,
        "Đến năm": PLAIN,
        "Số lỗi": COUNT,
        "Hiệu lực đến": DATE,
        "Thời điểm nạp": DATE_TIME,
    }


# --- Excel ----------------------------------------------------------------------------------------------


def test_xlsx_has_title_typed_cells_and_a_frozen_filtered_header() -> None:
    book = workbook(
        export_frame(units(), COLUMNS), title="Xếp hạng Chỉ số CCHC năm 2025", subtitle="Nguồn: kho"
    )
    sheet = book.active
    assert sheet.title == "Xếp hạng năm 2025"
    assert (
        sheet["A1"].value == "Xếp hạng Chỉ số CCHC năm 2025"
        and sheet["A1"].font.b
        and sheet["A1"].font.sz == 14
    )
    assert sheet["A2"].value == "Nguồn: kho"
    header = [c.value for c in sheet[4]]
    assert header[:4] == ["Mã đơn vị", "Tên đơn vị", "Nhóm", "Chỉ số (%)"]
    assert all(c.font.b and c.alignment.wrap_text and c.fill.fgColor.rgb.endswith("DDEBF7") for c in sheet[4])
    assert sheet.freeze_panes == "A5"
    assert sheet.auto_filter.ref == f"A4:M{4 + len(units())}"
    by_header = {name: position for position, name in enumerate(header)}
    row = [c for c in sheet[5]]
    index = row[by_header["Chỉ số (%)"]]
    assert isinstance(index.value, float) and index.number_format == DECIMAL
    year = row[by_header["Từ năm"]]
    assert year.value == 2020 and isinstance(year.value, int) and year.number_format == PLAIN
    day = row[by_header["Hiệu lực đến"]]
    assert day.is_date and day.value.date() == dt.date(2025, 6, 30) and day.number_format == DATE
    stamp = row[by_header["Thời điểm nạp"]]
    assert stamp.value == dt.datetime(2025, 7, 1, 8, 30) and stamp.number_format == DATE_TIME
    count = sheet.cell(row=7, column=by_header["Số lỗi"] + 1)
    assert count.value == 1250 and count.number_format == COUNT
    negative = sheet.cell(row=7, column=by_header["Tự đánh giá"] + 1)
    assert negative.value == -1.5 and negative.data_type == "n"
    assert sheet.cell(row=10, column=by_header["Chỉ số (%)"] + 1).value is None
    widths = [sheet.column_dimensions[letter].width for letter in "ABCDEFGHIJKLM"]
    assert all(8 <= width <= 60 for width in widths)
    assert widths[1] > widths[0]  # names are wider than codes


def test_xlsx_never_holds_a_formula() -> None:
    frame = units()
    frame[frame.columns[0]] = ["=1+1", "+1", "-2 text", "@SUM(A1)", '=HYPERLINK("x")', "ok"]
    book = workbook(export_frame(frame, COLUMNS), title="=tiêu đề")
    texts = []
    for row in book.active.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
            if isinstance(cell.value, str):
                texts.append(cell.value)
                assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r")), cell.coordinate
    assert '\'=HYPERLINK("x")' in texts and "'-2 text" in texts and "'=tiêu đề" in texts
    assert "−3 điểm" in texts


def test_xlsx_without_title_starts_with_the_header() -> None:
    sheet = workbook(export_frame(units(), ["unit_code", "index_pct"])).active
    assert [c.value for c in sheet[1]] == ["Mã đơn vị", "Chỉ số (%)"]
    assert sheet.freeze_panes == "A2"


def test_xlsx_writes_plain_frames_and_drops_control_characters() -> None:
    frame = pd.DataFrame({"Tên": ["a\x0bb", None], "Số": [1, 2], "Điểm": [1.5, np.nan]})
    sheet = load_workbook(io.BytesIO(xlsx_bytes([("Bảng", frame)]))).active
    assert [c.value for c in sheet["A"]] == ["Tên", "ab", None]
    assert sheet["B2"].number_format == COUNT and sheet["C2"].number_format == DECIMAL
    with pytest.raises(ValueError):
        xlsx_bytes([])


def test_sheet_names_are_valid_and_distinct() -> None:
    long = "Xếp hạng Chỉ số CCHC năm 2025 — UBND cấp xã và cấp huyện"
    names = sheet_names([long, long, "a/b:c*d?[e]\\f", "", "'trích'", "XẾP HẠNG", "xếp hạng"])
    assert all(len(name) <= 31 for name in names)
    assert len({name.casefold() for name in names}) == len(names)
    assert names[0] == "Xếp hạng Chỉ số CCHC năm 2025"
    assert names[1].endswith(" (2)") and names[1].startswith("Xếp hạng Chỉ số CCHC")
    assert names[2] == "a b c d e f"
    assert names[3] == "Bảng"
    assert names[4] == "trích"
    assert names[5:] == ["XẾP HẠNG", "xếp hạng (2)"]
    book = load_workbook(io.BytesIO(xlsx_bytes([(long, units()), (long, units())])))
    assert book.sheetnames == names[:2]


# --- CSV ------------------------------------------------------------------------------------------------


def test_csv_is_utf8_with_bom_and_round_trips() -> None:
    exported = export_frame(units(), COLUMNS)
    data = csv_bytes(exported)
    assert data.startswith(BOM)
    back = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False, na_values=[""])
    assert list(back.columns) == list(exported.columns)
    assert back["Chỉ số (%)"].iloc[:5].tolist() == exported["Chỉ số (%)"].iloc[:5].tolist()
    assert back["Số lỗi"].tolist() == [0, 3, 1250, 2, 0, 1]
    assert back["Hiệu lực đến"].iloc[0] == "2025-06-30"
    assert back["Thời điểm nạp"].iloc[0].startswith("2025-07-01 08:30")
    assert back["Tên đơn vị"].iloc[0] == "UBND xã Minh Sơn"
    # A decimal point, never the Vietnamese comma: "87,45" would split into two fields.
    assert b"-1.5" in data and b"87,5" not in data


def test_csv_neutralises_every_text() -> None:
    back = pd.read_csv(
        io.BytesIO(csv_bytes(export_frame(units(), COLUMNS))), encoding="utf-8-sig", keep_default_na=False
    )
    for text in HOSTILE[:5]:
        assert "'" + text in back["Tên đơn vị"].tolist()
    assert "'@đơn vị" in back["Diễn giải"].tolist() and "−3 điểm" in back["Diễn giải"].tolist()
    texts = back[["Mã đơn vị", "Tên đơn vị", "Nhóm", "Diễn giải"]].to_numpy().ravel()
    assert not any(str(v).startswith(("=", "+", "-", "@", "\t", "\r")) for v in texts)
    # Numbers are not texts: a negative number is written as it is.
    assert "-1.5" in back["Tự đánh giá"].astype(str).tolist()


def test_export_name_is_ascii() -> None:
    name = export_name("Xếp hạng Chỉ số CCHC năm 2025 — UBND cấp xã", "xlsx")
    assert name == "xep_hang_chi_so_cchc_nam_2025_ubnd_cap_xa.xlsx"
    assert export_name("Đơn vị", ".csv") == "don_vi.csv"
    assert name.isascii()


def test_the_feedback_form_never_holds_a_formula() -> None:
    findings = pd.DataFrame(
        {
            "severity": ["error", "warning", "error"],
            "file_name": ["=cmd|' /C calc'!A0.xlsx", "bang_diem.xlsx", "+bang.csv"],
            "sheet_name": ["@Trang 1", None, "Tổng hợp"],
            "row_number": [3, 5, None],
            "cell": ["-B7", "C5", None],
            "message": ['=HYPERLINK("http://x.example","Sửa tại đây")', "Thiếu điểm −0,5", "ok"],
        }
    )
    sheet = load_workbook(io.BytesIO(feedback_workbook("=Phiếu phản hồi", "-tháng 3", findings))).active
    texts = [cell.value for row in sheet.iter_rows() for cell in row if isinstance(cell.value, str)]
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
    assert not any(text.startswith(("=", "+", "-", "@")) for text in texts)
    assert '\'=HYPERLINK("http://x.example","Sửa tại đây")' in texts
    assert sheet["A1"].value == "'=Phiếu phản hồi" and "'@Trang 1" in texts and "Thiếu điểm −0,5" in texts

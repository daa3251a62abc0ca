"""Turn any submitted spreadsheet file into sheets of cell values.

The format is sniffed from the bytes, never from the file name: units send ".xls" files that are
really HTML tables, CSV saved as ".xls", and password-protected workbooks. Every refusal is a
`ReadError` carrying a rule code and a Vietnamese message that names the file and the fix.

Untrusted files should go through `read_workbook(path)` (isolated in a child process, see
etl/sandbox.py): python-calamine aborts the whole process on a sheet with a stray value in XFD1048576.
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import csv
import datetime as dt
import hashlib
import html
import io
import logging
import posixpath
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path

import python_calamine
from lxml import etree

import labels

LOG = logging.getLogger(__name__)

# --- Limits (module constants so tests can lower them) --------------------------------------------
# A yearly CCHC workbook is well under 5 MB; one-stop feedback exports with hundreds of thousands
# of rows reach ~100 MB as CSV.
MAX_FILE_BYTES = 300 * 1024 * 1024
# Zip bombs: refuse before anything inflates them.
MAX_ZIP_TOTAL_BYTES = 500 * 1024 * 1024
MAX_ZIP_RATIO = 200  # inflated / compressed, checked for members above ZIP_RATIO_MIN_BYTES
ZIP_RATIO_MIN_BYTES = 1024 * 1024
MAX_ZIP_MEMBERS = 10_000
# calamine allocates the whole bounding box of the value cells (~32 bytes a cell); above this the
# sheet is streamed with openpyxl, which only materialises the cells that exist. A 300k-row
# feedback export of 10 columns (3M cells) stays with calamine, which is ~10x faster.
MAX_CALAMINE_CELLS = 20_000_000
# Cells holding a value in a streamed sheet; beyond this the file is refused as too large.
MAX_VALUE_CELLS = 20_000_000
# Browsers cap colspan at 1000; rowspan is clipped to the rows the table has.
MAX_HTML_COLSPAN = 1000

_CHUNK_BYTES = 8 * 1024 * 1024
_OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_SPREADSHEETML_2003 = "urn:schemas-microsoft-com:office:spreadsheet"


# --- Public data types --------------------------------------------------------------------------
@dataclass(frozen=True)
class Sheet:
    """One sheet (or HTML table, or the CSV) as a grid of Python values; rows[0] is spreadsheet row 1."""

    name: str
    rows: list[list[object]]
    merged: tuple[tuple[int, int, int, int], ...] = ()
    uncached_formulas: dict[tuple[int, int], str] = field(default_factory=dict)


@dataclass(frozen=True)
class Workbook:
    """Every sheet of one submitted file, with what was detected about the file."""

    file_name: str
    file_format: str
    sheets: list[Sheet]
    encoding: str | None = None
    delimiter: str | None = None
    # Only the first part of a large text file was read (enough to recognise it; see etl.sandbox).
    truncated: bool = False


class ReadError(Exception):
    """A file that cannot be read; `message` is the Vietnamese text shown to the person."""

    def __init__(self, rule: str, message: str) -> None:
        super().__init__(message)
        self.rule = rule
        self.message = message

    def __reduce__(self):
        return (type(self), (self.rule, self.message))


def digest_file(path: Path) -> tuple[str, int]:
    """The file's SHA-256 (hex) and its lines (count_lines), from one pass over the bytes."""
    digest = hashlib.sha256()
    lines = _scan(path, digest)
    return digest.hexdigest(), lines


def count_lines(path: Path) -> int:
    """Lines of a file as a text editor counts them: a last line without a line break counts too."""
    return _scan(path, None)


def _scan(path: Path, digest: hashlib._Hash | None) -> int:
    lines = 0
    last = b""
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            if digest is not None:
                digest.update(block)
            lines += block.count(b"\n")
            last = block
    return lines + (0 if last.endswith(b"\n") else 1)


def _fail(rule: str, file: str, **values: object) -> ReadError:
    return ReadError(rule, labels.msg(rule, file=file, **values))


# --- Cell references ----------------------------------------------------------------------------
def column_letter(col: int) -> str:
    """0-based column index to its letters: 0 -> "A", 25 -> "Z", 26 -> "AA"."""
    if col < 0:
        raise ValueError(f"column index must be >= 0, got {col}")
    letters = ""
    n = col + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """0-based (row, col) to an A1-style reference: cell_ref(6, 1) == "B7"."""
    if row < 0:
        raise ValueError(f"row index must be >= 0, got {row}")
    return f"{column_letter(col)}{row + 1}"


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n - 1


_REF_RE = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]{1,7})")


def _parse_ref(ref: str) -> tuple[int, int]:
    m = _REF_RE.fullmatch(ref.strip().upper())
    if not m:
        raise ValueError(f"not a cell reference: {ref!r}")
    return int(m.group(2)) - 1, _column_index(m.group(1))


def _parse_range(ref: str) -> tuple[int, int, int, int]:
    first, _, last = ref.partition(":")
    r0, c0 = _parse_ref(first)
    r1, c1 = _parse_ref(last) if last else (r0, c0)
    return min(r0, r1), min(c0, c1), max(r0, r1), max(c0, c1)


# --- Entry points -------------------------------------------------------------------------------
def read_workbook(path: Path, *, isolated: bool = True, display_name: str | None = None) -> Workbook:
    """Read any supported spreadsheet file; isolated=True parses it in a limited child process."""
    path = Path(path)
    display = display_name or path.name
    if isolated:
        from etl import sandbox

        return sandbox.read_isolated(path, display)
    return _read_in_process(path, display)


def sniff_format(path: Path) -> str:
    """The file's format judged from its content: xlsx, xlsm, xlsb, ods, xls, html, xml2003 or csv."""
    path = Path(path)
    return _sniff(path, path.name)


def _read_in_process(path: Path, display: str, head_bytes: int | None = None) -> Workbook:
    """Sniff and parse in this process; unexpected parser failures become read.damaged. With
    `head_bytes`, a CSV longer than that is read only up to the last line break within it."""
    opened: dict[str, zipfile.ZipFile] = {}
    fmt = _sniff(path, display, opened)
    try:
        if fmt == "csv" and head_bytes and path.stat().st_size > head_bytes:
            with path.open("rb") as handle:
                head = handle.read(head_bytes)
            utf16 = (_bom_encoding(head) or _guess_utf16(head) or ("",))[0].startswith("utf-16")
            cut = head.rfind(b"\n\x00" if utf16 and head[:2] == b"\xff\xfe" else b"\n")
            head = head[: cut + (2 if utf16 and head[:2] == b"\xff\xfe" else 1)] if cut > 0 else head
            return replace(_finish(_read_csv(head, display), display), truncated=True)
        if fmt in ("xlsx", "xlsm"):
            sheets = _read_ooxml(path, opened["zip"], display, fmt)
            return _finish(Workbook(display, fmt, sheets), display)
        if fmt in ("xlsb", "ods"):
            sheets = _read_zip_calamine(path, opened["zip"], display, fmt)
            return _finish(Workbook(display, fmt, sheets), display)
        if fmt == "xls":
            return _finish(Workbook(display, fmt, _read_xls(path, display)), display)
        data = path.read_bytes()
        if fmt == "html":
            return _finish(_read_html(data, display), display)
        if fmt == "xml2003":
            return _finish(Workbook(display, fmt, _read_xml2003(data, display)), display)
        return _finish(_read_csv(data, display), display)
    except ReadError:
        raise
    except (MemoryError, KeyboardInterrupt, SystemExit):
        raise
    except OSError as exc:
        LOG.warning("cannot read %s: %s", display, exc)
        raise _fail("read.io_error", display) from exc
    except BaseException as exc:
        # pyo3 turns a Rust panic into PanicException, a BaseException: a damaged file, not a bug here.
        LOG.warning("parser failed on %s (%s)", display, fmt, exc_info=True)
        raise _fail("read.damaged", display, format=fmt) from exc
    finally:
        if "zip" in opened:
            opened["zip"].close()


def _finish(workbook: Workbook, display: str) -> Workbook:
    if not workbook.sheets:
        raise _fail("read.no_sheet", display)
    if not any(any(_has_value(v) for v in row) for sheet in workbook.sheets for row in sheet.rows):
        raise _fail("read.no_data", display)
    return workbook


def _has_value(v: object) -> bool:
    # A cell of spaces, tabs or no-break spaces looks empty on screen: a file of only those has no data.
    return v is not None and not (v.__class__ is str and not v.strip())


# --- Sniffing -----------------------------------------------------------------------------------
_IMAGE_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",
    b"MM\x00*",
)
_ARCHIVE_MAGIC = {
    b"Rar!\x1a\x07": "RAR",
    b"7z\xbc\xaf\x27\x1c": "7z",
    b"\x1f\x8b": "gzip",
    b"BZh": "bzip2",
    b"\xfd7zXZ\x00": "xz",
}


def check_file(path: Path, display: str) -> int:
    """The file's size, once it is known to be a regular, non-empty file within the size limit; else a
    ReadError. Nothing is read: the loader calls this before it hashes or keeps a copy of the file."""
    try:
        # lstat: a symbolic link is refused, not followed; a device or a pipe would never end.
        info = path.lstat()
    except OSError as exc:
        raise _fail("read.io_error", display) from exc
    if not stat.S_ISREG(info.st_mode):
        raise _fail("read.not_regular_file", display)
    size = info.st_size
    if size == 0:
        raise _fail("read.empty", display)
    if size > MAX_FILE_BYTES:
        raise _fail(
            "read.file_too_large",
            display,
            # Rounded up: a file just over the limit must not read as "12 MB exceeds 12 MB".
            size_mb=-(-size // 1024**2),
            limit_mb=MAX_FILE_BYTES // 1024**2,
        )
    return size


def _sniff(path: Path, display: str, opened: dict[str, zipfile.ZipFile] | None = None) -> str:
    """The format; a zip opened to look inside is left in `opened["zip"]` for the reader to reuse."""
    size = check_file(path, display)
    try:
        with path.open("rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise _fail("read.io_error", display) from exc
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return _sniff_zip(path, display, opened)
    if head.startswith(_OLE_MAGIC):
        return _sniff_ole(path, display)
    # Readers accept up to 1 KB of junk before the PDF header, so the header need not come first.
    if b"%PDF-" in head[:1024]:
        raise _fail("read.pdf", display)
    if head.startswith(_IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        raise _fail("read.image", display)
    if head[:2] == b"BM" and size > 26 and struct.unpack_from("<I", head, 2)[0] == size:
        raise _fail("read.image", display)
    for magic, kind in _ARCHIVE_MAGIC.items():
        if head.startswith(magic):
            raise _fail("read.archive", display, kind=kind)
    if head.startswith(b"{\\rtf"):
        raise _fail("read.word", display)
    # A raw BIFF2-4 stream (no OLE container) starts with a BOF record of length 4, 6, 8 or 16.
    if head[:1] == b"\x09" and head[1:2] in (b"\x00", b"\x02", b"\x04") and head[2:4] in _BOF_LENGTHS:
        raise _fail("read.xls_too_old", display)
    return _sniff_text(head, display)


_BOF_LENGTHS = {struct.pack("<H", n) for n in (4, 6, 8, 16)}


def _sniff_text(head: bytes, display: str) -> str:
    encoding = _bom_encoding(head) or _guess_utf16(head)
    if encoding:
        bom = _bom_length(head)
        sample = head[bom : bom + (len(head) - bom) // 2 * 2].decode(encoding[0], errors="replace")
    else:
        if head.count(0) > len(head) // 100:
            raise _fail("read.unknown_format", display)
        sample = head.decode("latin-1")
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f\x1a")
    if controls > len(sample) // 50 + 1:
        raise _fail("read.unknown_format", display)
    start = sample.lstrip("\ufeff \t\r\n").lower()
    if start.startswith("<"):
        if _SPREADSHEETML_2003 in start and "<html" not in start:
            return "xml2003"
        if start.startswith("<!doctype html") or re.search(r"<(html|table|body|head|meta|tr|td)\b", start):
            return "html"
        raise _fail("read.unknown_format", display)
    return "csv"


def _sniff_zip(path: Path, display: str, opened: dict[str, zipfile.ZipFile] | None) -> str:
    try:
        with contextlib.ExitStack() as stack:
            zf = zipfile.ZipFile(path)
            if opened is None:
                stack.enter_context(zf)
            else:
                opened["zip"] = zf  # the caller closes it
            names = set(zf.namelist())
            if "xl/workbook.bin" in names:
                return "xlsb"
            if "xl/workbook.xml" in names:
                content_types = b""
                if "[Content_Types].xml" in names:
                    with zf.open("[Content_Types].xml") as fh:
                        content_types = fh.read(1024 * 1024)
                return "xlsm" if b"macroenabled" in content_types.lower() else "xlsx"
            if "mimetype" in names:
                with zf.open("mimetype") as fh:
                    mimetype = fh.read(200)
                if b"opendocument.spreadsheet" in mimetype:
                    return "ods"
                if b"opendocument.text" in mimetype:
                    raise _fail("read.word", display)
                if b"opendocument.presentation" in mimetype:
                    raise _fail("read.presentation", display)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, zlib.error) as exc:
        raise _fail("read.damaged_zip", display) from exc
    if "word/document.xml" in names:
        raise _fail("read.word", display)
    if "ppt/presentation.xml" in names:
        raise _fail("read.presentation", display)
    raise _fail("read.zip_not_workbook", display)


# --- OLE compound files (BIFF .xls, encrypted OOXML, Word 97) -----------------------------------
_OLE_END = 0xFFFFFFFA  # sector ids from here up are markers (free, end of chain, FAT, DIFAT)


def _ole_entries(fh, file_size: int) -> list[tuple[str, int, int, int]]:
    """(name, type, start sector, size) of every directory entry; types 1 storage, 2 stream, 5 root."""
    header = fh.read(512)
    shift = struct.unpack_from("<H", header, 0x1E)[0]
    if shift not in (9, 12):
        raise ValueError("bad sector size")
    sector = 1 << shift
    max_sectors = file_size // sector + 1
    n_fat, dir_start = struct.unpack_from("<II", header, 0x2C)
    difat_next, n_difat = struct.unpack_from("<II", header, 0x44)
    fat_ids = [s for s in struct.unpack_from("<109I", header, 0x4C) if s < _OLE_END]

    def read_sector(sid: int) -> bytes:
        fh.seek((sid + 1) * sector)
        data = fh.read(sector)
        if len(data) < sector:
            raise ValueError("truncated compound file")
        return data

    for _ in range(min(n_difat, max_sectors)):
        if difat_next >= _OLE_END or len(fat_ids) >= n_fat:
            break
        raw = struct.unpack(f"<{sector // 4}I", read_sector(difat_next))
        fat_ids.extend(s for s in raw[:-1] if s < _OLE_END)
        difat_next = raw[-1]
    fat: list[int] = []
    for sid in fat_ids[: min(n_fat, max_sectors)]:
        fat.extend(struct.unpack(f"<{sector // 4}I", read_sector(sid)))
    entries = []
    sid, steps = dir_start, 0
    while sid < _OLE_END and sid < len(fat) and steps < max_sectors:
        data = read_sector(sid)
        for off in range(0, sector, 128):
            name_len, typ = struct.unpack_from("<HB", data, off + 0x40)
            if typ in (1, 2, 5) and 2 <= name_len <= 64:
                name = data[off : off + name_len - 2].decode("utf-16-le", errors="replace")
                start, size = struct.unpack_from("<II", data, off + 0x74)
                entries.append((name, typ, start, size))
        sid, steps = fat[sid], steps + 1
    if not entries:
        raise ValueError("no directory")
    # The first sector of a regular stream is all the FILEPASS check needs: keep the sector size.
    entries.append(("\x00sector", 0, sector, 0))
    return entries


def _sniff_ole(path: Path, display: str) -> str:
    try:
        with path.open("rb") as fh:
            entries = _ole_entries(fh, path.stat().st_size)
            sector = entries.pop()[2]
            streams = {name.lower(): (start, size) for name, typ, start, size in entries if typ == 2}
            if "encryptioninfo" in streams or "encryptedpackage" in streams:
                raise _fail("read.encrypted", display)
            book = streams.get("workbook") or streams.get("book")
            if book:
                # FILEPASS (0x002F) must directly follow the globals BOF in an encrypted BIFF stream.
                # Streams under 4096 bytes live in the mini stream; calamine's PasswordError covers them.
                start, size = book
                if size >= 4096 and start < _OLE_END:
                    fh.seek((start + 1) * sector)
                    first = fh.read(min(sector, 512))
                    if len(first) >= 8:
                        bof_type, bof_len = struct.unpack_from("<HH", first, 0)
                        is_bof = bof_type in (0x0809, 0x0409, 0x0209, 0x0009) and len(first) >= bof_len + 8
                        if is_bof and struct.unpack_from("<H", first, 4 + bof_len)[0] == 0x002F:
                            raise _fail("read.encrypted", display)
                return "xls"
    except ReadError:
        raise
    except (OSError, ValueError, struct.error, IndexError):
        # A damaged directory: calamine may still cope, so fall back to looking for the stream names.
        LOG.info("OLE directory of %s unreadable, scanning for stream names", display)
        return _sniff_ole_names(path, display)
    if "worddocument" in streams:
        raise _fail("read.word", display)
    if "powerpoint document" in streams:
        raise _fail("read.presentation", display)
    raise _fail("read.unknown_format", display)


def _sniff_ole_names(path: Path, display: str) -> str:
    with path.open("rb") as fh:
        data = fh.read(64 * 1024 * 1024)
    if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
        raise _fail("read.encrypted", display)
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        return "xls"
    raise _fail("read.damaged", display, format="OLE")


# --- Zip-based workbooks ------------------------------------------------------------------------
_XML_MEMBER_SUFFIXES = (".xml", ".rels", ".vml")
# Parts of an OOXML package that no parser here reads: checking them would cost ~0.1 ms a file.
_UNPARSED_OOXML_PREFIXES = ("docProps/", "xl/theme/", "xl/drawings/", "xl/charts/", "xl/media/", "customXml/")


def _check_zip_sizes(zf: zipfile.ZipFile, display: str) -> None:
    """Refuse zip bombs from the declared sizes, before anything inflates a member.

    zipfile never inflates a member past its declared size, so the declared sizes are a safe bound.
    """
    infos = zf.infolist()
    total = sum(info.file_size for info in infos)
    if len(infos) > MAX_ZIP_MEMBERS or total > MAX_ZIP_TOTAL_BYTES:
        raise _fail("read.zip_bomb", display, size_mb=round(total / 1024**2))
    for info in infos:
        if info.flag_bits & 0x1:
            raise _fail("read.encrypted", display)
        if info.file_size > ZIP_RATIO_MIN_BYTES and info.file_size > MAX_ZIP_RATIO * max(
            info.compress_size, 1
        ):
            raise _fail("read.zip_bomb", display, size_mb=round(total / 1024**2))


def _check_prologs(
    zf: zipfile.ZipFile, display: str, *, skip: frozenset[str] = frozenset(), ooxml: bool = False
) -> None:
    """Refuse XML parts with DOCTYPE/ENTITY declarations (entity expansion, external entities).

    Members in `skip` are worksheets whose prolog _scan_sheet checks while it reads them anyway.
    """
    for info in zf.infolist():
        name = info.filename
        if name in skip or not name.lower().endswith(_XML_MEMBER_SUFFIXES) or info.file_size == 0:
            continue
        if ooxml and name.startswith(_UNPARSED_OOXML_PREFIXES):
            continue
        _check_member_prolog(zf, name, display)


def _check_member_prolog(zf: zipfile.ZipFile, name: str, display: str) -> None:
    """Read a member only as far as its root element, refusing any declaration before it."""
    with zf.open(name) as fh:
        head = fh.read(2048)
        while not _check_prolog(head[:_MAX_PROLOG_BYTES], display, name):
            if len(head) >= _MAX_PROLOG_BYTES:
                raise _fail("read.xml_prolog_too_long", display, part=name)
            more = fh.read(65536)
            if not more:
                return  # no root element at all: the parser reports the part as damaged
            head += more


# Writers put an XML declaration and at most a comment before the root element; a longer prolog is
# only a way to push a DOCTYPE past the part of the file that is checked.
_MAX_PROLOG_BYTES = 1024 * 1024


def _check_prolog(head: bytes, display: str, part: str) -> bool:
    """Refuse a DOCTYPE or ENTITY declaration before the root element; True when the root element
    starts within `head` (the whole prolog was seen), False when `head` ends first.

    Comments and processing instructions are skipped, not searched for "<": an element written inside
    a comment ("<!-- <a> -->") must not pass for the root and hide a DOCTYPE after it.
    """
    flat = _prolog_text(head)
    pos = 0
    while True:
        start = flat.find(b"<", pos)
        if start < 0 or start + 1 >= len(flat):
            return False
        if flat.startswith(b"<!--", start):
            end = flat.find(b"-->", start + 4)
            if end < 0:
                return False
            pos = end + 3
        elif flat.startswith(b"<?", start):
            end = flat.find(b"?>", start + 2)
            if end < 0:
                return False
            pos = end + 2
        elif flat[start + 1] == ord("!"):
            # <!DOCTYPE, <!ENTITY or any other declaration: none has a place in a spreadsheet part.
            raise _fail("read.xml_entities", display, part=part)
        else:
            return True


def _prolog_text(head: bytes) -> bytes:
    """The head of an XML part as UTF-8 (or single-byte) text for the prolog scan.

    UTF-16 is decoded rather than stripped of its NUL bytes: stripping turns a character such as
    U+2D2D followed by ">" into "-->", which would end a comment early in the scan but not in a parser.
    """
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom) and not head.startswith(codecs.BOM_UTF32_LE):
            body = head[2:]
            return body[: len(body) // 2 * 2].decode(codec, "replace").encode("utf-8")
    if head.startswith((b"<\x00?\x00", b"<\x00!\x00")):
        return head[: len(head) // 2 * 2].decode("utf-16-le", "replace").encode("utf-8")
    if head.startswith((b"\x00<\x00?", b"\x00<\x00!")):
        return head[: len(head) // 2 * 2].decode("utf-16-be", "replace").encode("utf-8")
    return head.replace(b"\x00", b"") if b"\x00" in head[:64] else head


def _safe_xml(data: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    return etree.fromstring(data, parser)


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> worksheet part inside the zip, from xl/workbook.xml and its relationships."""
    try:
        workbook = _safe_xml(zf.read("xl/workbook.xml"))
        rels = _safe_xml(zf.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, etree.XMLSyntaxError):
        return {}
    targets = {}
    for rel in rels.iter("{*}Relationship"):
        target = rel.get("Target") or ""
        # Targets are relative to xl/ unless absolute within the package.
        absolute = target.startswith("/")
        targets[rel.get("Id")] = target[1:] if absolute else posixpath.normpath(posixpath.join("xl", target))
    parts = {}
    for sheet in workbook.iter("{*}sheet"):
        rel_id = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
        if rel_id in targets:
            parts[sheet.get("name")] = targets[rel_id]
    return parts


@dataclass
class _SheetScan:
    uncached: dict[tuple[int, int], str]
    stream: bool  # the value cells span too much for calamine
    merged: tuple[tuple[int, int, int, int], ...]


_ROOT_RE = re.compile(rb"<([A-Za-z_][\w.-]*:)?worksheet\b")


class _SheetPatterns:
    """Regexes for one namespace prefix ("" or e.g. "x:" from the .NET Open XML SDK).

    A literal start ("<c", "<x:c") lets the regex engine skip ahead; an optional prefix group
    would be tried at every "<" and costs ~5x more on a 100 KB sheet.
    """

    def __init__(self, prefix: bytes) -> None:
        p = re.escape(prefix)
        self.row = b"<" + prefix + b"row"
        self.formula = b"<" + prefix + b"f"
        self.merge_cells = b"<" + prefix + b"mergeCells"
        # A formula cell whose value is missing or empty: what programs that do not calculate write.
        self.uncached = re.compile(
            rb"<" + p + rb"c\b([^>]*)>\s*<" + p + rb"f\b([^>]*?)(?:/>|>([^<]*)</" + p + rb"f>)\s*"
            rb"(<" + p + rb"v\s*/>|<" + p + rb"v>\s*</" + p + rb"v>)?\s*</" + p + rb"c>"
        )
        self.shared_master = re.compile(
            rb"<" + p + rb"c\b([^>]*)>\s*<" + p + rb'f\b([^>]*\bsi="\d+"[^>]*)>([^<]+)</' + p + rb"f>"
        )
        self.row_number = re.compile(rb"<" + p + rb'row\b[^>]*?\br="([0-9]+)"')
        self.column_refs = {n: re.compile(rb"<" + p + rb'c\b[^>]*?\br="[A-Z]{%d}[0-9]' % n) for n in (2, 3)}
        # Self-closing cells (<c r="XFD1" s="3"/>) hold no value and calamine skips them.
        self.value_cell = re.compile(rb"<" + p + rb'c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(?<!/)>')
        self.merge = re.compile(rb"<" + p + rb'mergeCell\s+ref="([^"]+)"')


_PATTERNS: dict[bytes, _SheetPatterns] = {}
_ATTR_R_RE = re.compile(rb'\br="\$?([A-Z]{1,3})\$?([0-9]{1,7})"')
_ATTR_T_RE = re.compile(rb'\bt="(\w+)"')
_ATTR_SI_RE = re.compile(rb'\bsi="(\d+)"')


def _patterns_for(head: bytes) -> _SheetPatterns:
    m = _ROOT_RE.search(head)
    prefix = (m.group(1) or b"") if m else b""
    if prefix not in _PATTERNS:
        _PATTERNS[prefix] = _SheetPatterns(prefix)
    return _PATTERNS[prefix]


def _scan_sheet(zf: zipfile.ZipFile, part: str, display: str) -> _SheetScan:
    """One pass over a worksheet's XML: uncached formulas, merges, and whether calamine can hold it.

    The <dimension> is not trusted (programs omit it or write A1:XFD1048576): the height comes from
    the last row and, for tall sheets only, the width from the longest column reference. Each step
    is a C-speed search: a 150-row sheet costs ~0.2 ms, most of it inflating the XML.
    """
    uncached: dict[tuple[int, int], str] = {}
    shared_pending: list[tuple[int, int, bytes]] = []
    masters: dict[bytes, tuple[str, str]] = {}
    pats: _SheetPatterns | None = None
    max_row = 0
    widest = 1  # letters in the widest column reference: 3 means beyond ZZ
    merged: list[tuple[int, int, int, int]] = []
    tall_blocks: list[bool] = []
    # Above this many rows the sheet could exceed MAX_CALAMINE_CELLS if it used every column.
    rows_needing_width = MAX_CALAMINE_CELLS // 16384
    carry = b""
    small = zf.getinfo(part).file_size <= _CHUNK_BYTES
    with zf.open(part) as fh:
        while True:
            chunk = fh.read(_CHUNK_BYTES)
            data = carry + chunk
            if pats is None:
                if not _check_prolog(data[:65536], display, part):
                    _check_member_prolog(zf, part, display)
                pats = _patterns_for(data[:65536])
            if small:
                block, carry, chunk = data, b"", b""  # one block, no cutting
            elif chunk:
                # Cut at the start of the last row so that no cell is split between two blocks.
                cut = data.rfind(pats.row)
                if cut <= 0:
                    carry = data
                    continue
                block, carry = data[:cut], data[cut:]
            else:
                block, carry = data, b""
            if pats.formula in block:
                _collect_uncached(block, pats, uncached, shared_pending, masters)
            max_row = max(max_row, _last_row_number(block, pats))
            if max_row > rows_needing_width:
                for letters in (3, 2):
                    if letters <= widest:
                        break
                    if pats.column_refs[letters].search(block):
                        widest = letters
                        break
            tall_blocks.append(max_row > rows_needing_width)
            start = block.rfind(pats.merge_cells)  # merges follow the rows: search from the end
            if start >= 0:
                # calamine's merged_cell_ranges parses the sheet a second time: 0.4 ms on 150 rows.
                merged.extend(_parse_range(m.decode()) for m in pats.merge.findall(block, start))
            if not chunk:
                break
    for r, c, si in shared_pending:
        master = masters.get(si)
        if master:
            uncached[(r, c)] = _translate_shared(master[1], master[0], cell_ref(r, c))
    # A block read before the sheet grew tall was not searched for wide columns: assume the worst.
    if max_row > rows_needing_width and not all(tall_blocks):
        widest = 3
    # A cheap bound first (rows x widest possible column); only a sheet that fails it (tens of
    # thousands of rows beyond column Z, or a stray far cell) pays for the exact extent.
    bound = max_row * {1: 26, 2: 702, 3: 16384}[widest]
    stream = bound > MAX_CALAMINE_CELLS and _value_extent(zf, part, pats) > MAX_CALAMINE_CELLS
    return _SheetScan(uncached, stream, tuple(merged))


def _last_row_number(block: bytes, pats: _SheetPatterns) -> int:
    # Rows are written in ascending order (Excel calls a file with unsorted rows corrupt), so the
    # last one bounds the sheet's height.
    pos = block.rfind(pats.row)
    m = pats.row_number.match(block, pos) if pos >= 0 else None
    return int(m.group(1)) if m else 0


def _value_extent(zf: zipfile.ZipFile, part: str, pats: _SheetPatterns) -> int:
    """Cells in the bounding box of the cells that hold a value."""
    max_row = max_col = 0
    with zf.open(part) as fh:
        data = fh.read()
    pairs = pats.value_cell.findall(data)
    if pairs:
        cols, rows = zip(*pairs, strict=True)  # zip(*) and set() keep the per-cell work in C
        max_row = max(map(int, set(rows)))
        max_col = max(_column_index(c.decode()) for c in set(cols)) + 1
    return max_row * max_col


def _collect_uncached(
    block: bytes, pats: _SheetPatterns, uncached: dict, shared_pending: list, masters: dict
) -> None:
    if b'si="' in block:
        for attrs, f_attrs, text in pats.shared_master.findall(block):
            ref = _ATTR_R_RE.search(attrs)
            si = _ATTR_SI_RE.search(f_attrs)
            if ref and si and b"shared" in f_attrs:
                origin = ref.group(1).decode() + ref.group(2).decode()
                masters.setdefault(si.group(1), (origin, html.unescape(text.decode("utf-8", "replace"))))
    for m in pats.uncached.finditer(block):
        attrs, f_attrs, text, value = m.groups()
        ref = _ATTR_R_RE.search(attrs)
        if not ref:
            continue
        cell_type = _ATTR_T_RE.search(attrs)
        # An empty <v></v> on a text formula is a cached empty string, not a missing value.
        if value is not None and cell_type and cell_type.group(1) in (b"str", b"s", b"inlineStr"):
            continue
        r, c = int(ref.group(2)) - 1, _column_index(ref.group(1).decode())
        if text:
            uncached[(r, c)] = "=" + html.unescape(text.decode("utf-8", "replace"))
        else:
            si = _ATTR_SI_RE.search(f_attrs)
            if si and b"shared" in f_attrs:
                shared_pending.append((r, c, si.group(1)))


def _translate_shared(formula: str, origin: str, dest: str) -> str:
    """The formula of a shared-formula dependent: the master's formula moved to the dependent cell."""
    from openpyxl.formula.translate import Translator

    try:
        return Translator("=" + formula, origin=origin).translate_formula(dest)
    except Exception:
        return "=" + formula


def _open_calamine(path: Path, display: str, fmt: str) -> python_calamine.CalamineWorkbook:
    try:
        return python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as exc:
        raise _fail("read.encrypted", display) from exc
    except python_calamine.ZipError as exc:
        raise _fail("read.damaged_zip", display) from exc
    except python_calamine.CalamineError as exc:
        LOG.info("calamine cannot open %s: %s", display, exc)
        raise _fail("read.damaged", display, format=fmt) from exc


def _data_sheet_names(book: python_calamine.CalamineWorkbook) -> list[str]:
    worksheet = python_calamine.SheetTypeEnum.WorkSheet
    return [meta.name for meta in book.sheets_metadata if meta.typ == worksheet]


def _read_ooxml(path: Path, zf: zipfile.ZipFile, display: str, fmt: str) -> list[Sheet]:
    try:
        _check_zip_sizes(zf, display)
        names = set(zf.namelist())
        parts = {name: part for name, part in _sheet_parts(zf).items() if part in names}
        _check_prologs(zf, display, skip=frozenset(parts.values()), ooxml=True)
        scans = {name: _scan_sheet(zf, part, display) for name, part in parts.items()}
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise _fail("read.damaged_zip", display) from exc
    book = _open_calamine(path, display, fmt)
    sheets = []
    try:
        for name in _data_sheet_names(book):
            scan = scans.get(name)
            if scan is None:  # the part was not found: let calamine read the sheet and its merges
                sheets.append(Sheet(name, *_calamine_sheet(book, name, display, fmt)))
            elif scan.stream:
                rows = _read_sheet_streaming(path, name, display)
                sheets.append(Sheet(name, _cover(rows, scan.uncached), scan.merged, scan.uncached))
            else:
                rows, _ = _calamine_sheet(book, name, display, fmt, with_merged=False)
                sheets.append(Sheet(name, _cover(rows, scan.uncached), scan.merged, scan.uncached))
    finally:
        book.close()
    return sheets


def _cover(rows: list[list[object]], cells: dict[tuple[int, int], str]) -> list[list[object]]:
    """Pad the grid so that every uncached formula cell exists (as None) for callers to index."""
    for r, c in cells:
        while len(rows) <= r:
            rows.append([])
        row = rows[r]
        if len(row) <= c:
            row.extend([None] * (c + 1 - len(row)))
    return rows


def _calamine_sheet(
    book, name: str, display: str, fmt: str, *, with_merged: bool = True
) -> tuple[list[list[object]], tuple]:
    try:
        sheet = book.get_sheet_by_name(name)
        raw = sheet.to_python(skip_empty_area=False)
        ranges = (sheet.merged_cell_ranges or ()) if with_merged else ()
    except python_calamine.CalamineError as exc:
        LOG.info("calamine cannot read sheet %r of %s: %s", name, display, exc)
        raise _fail("read.damaged", display, format=fmt) from exc
    merged = tuple((r0, c0, r1, c1) for (r0, c0), (r1, c1) in ranges)
    return _clean_rows(raw), merged


def _read_zip_calamine(path: Path, zf: zipfile.ZipFile, display: str, fmt: str) -> list[Sheet]:
    try:
        _check_zip_sizes(zf, display)
        _check_prologs(zf, display)
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise _fail("read.damaged_zip", display) from exc
    book = _open_calamine(path, display, fmt)
    try:
        return [Sheet(name, *_calamine_sheet(book, name, display, fmt)) for name in _data_sheet_names(book)]
    finally:
        book.close()


def _read_sheet_streaming(path: Path, name: str, display: str) -> list[list[object]]:
    """Read one sheet row by row with openpyxl: only cells that exist are materialised."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
    try:
        ws = book[name]
        ws.reset_dimensions()  # ignore the absurd <dimension>: rows are only as wide as their cells
        rows: list[list[object]] = []
        count = 0
        for values in ws.iter_rows(values_only=True):
            end = len(values)
            while end and values[end - 1] is None:
                end -= 1
            row = [_clean_value(v) for v in values[:end]]
            count += end
            if count > MAX_VALUE_CELLS:
                raise _fail("read.too_large", display)
            rows.append(row)
    finally:
        book.close()
    return _trim(rows)


# --- Cell values --------------------------------------------------------------------------------
def _clean_value(v: object) -> object:
    if v == "" or v is None:
        return None
    kind = type(v)
    if kind is float:
        # Spreadsheets store every number as a double; 2.0 is read as 2, as Excel shows it.
        return int(v) if v.is_integer() and abs(v) < 1e15 else v
    if kind is dt.time:
        return v.isoformat()
    if kind is dt.timedelta:
        return str(v)
    return v


_RARE_TYPES = frozenset({dt.time, dt.timedelta})


def _clean_rows(raw: list[list[object]]) -> list[list[object]]:
    # _clean_value inlined as one expression: this runs for every cell (3M in a large export).
    return _trim(
        [
            [
                None
                if v == ""
                else (
                    int(v)
                    if v.__class__ is float and v.is_integer() and -1e15 < v < 1e15
                    else (_clean_value(v) if v.__class__ in _RARE_TYPES else v)
                )
                for v in row
            ]
            for row in raw
        ]
    )


def _trim(rows: list[list[object]]) -> list[list[object]]:
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    return rows


# --- Real BIFF .xls -----------------------------------------------------------------------------
def _read_xls(path: Path, display: str) -> list[Sheet]:
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except python_calamine.PasswordError as exc:
        raise _fail("read.encrypted", display) from exc
    except python_calamine.CalamineError as exc:
        LOG.info("calamine cannot open %s (%s), trying xlrd", display, exc)
        return _read_xls_xlrd(path, display)
    try:
        return [Sheet(name, *_calamine_sheet(book, name, display, "xls")) for name in _data_sheet_names(book)]
    except ReadError:
        return _read_xls_xlrd(path, display)
    finally:
        book.close()


def _read_xls_xlrd(path: Path, display: str) -> list[Sheet]:
    """Second opinion for BIFF files calamine rejects (some Excel 95 and program-written files)."""
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except Exception:
        try:
            book = xlrd.open_workbook(str(path), on_demand=True)
        except Exception as exc:
            if "encrypt" in str(exc).lower():
                raise _fail("read.encrypted", display) from exc
            raise _fail("read.damaged", display, format="xls") from exc
    sheets = []
    try:
        for index in range(book.nsheets):
            ws = book.sheet_by_index(index)
            rows = []
            for r in range(ws.nrows):
                row = []
                for cell in ws.row(r):
                    if cell.ctype == xlrd.XL_CELL_DATE:
                        value = xlrd.xldate_as_datetime(cell.value, book.datemode)
                    elif cell.ctype == xlrd.XL_CELL_BOOLEAN:
                        value = bool(cell.value)
                    elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
                        value = None
                    else:
                        value = _clean_value(cell.value)
                    row.append(value)
                rows.append(row)
            merged = tuple((r0, c0, r1 - 1, c1 - 1) for r0, r1, c0, c1 in ws.merged_cells)
            sheets.append(Sheet(ws.name, _trim(rows), merged))
    finally:
        book.release_resources()
    return sheets


# --- Text: encodings ----------------------------------------------------------------------------
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_UTF8_MULTIBYTE_RE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _bom_encoding(data: bytes) -> tuple[str, str] | None:
    """(codec to decode after the BOM, name to report) when the data starts with a BOM."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            codec = "utf-8" if name == "utf-8-sig" else name
            return codec, name
    return None


def _bom_length(data: bytes) -> int:
    for bom, _ in _BOMS:
        if data.startswith(bom):
            return len(bom)
    return 0


def _guess_utf16(data: bytes) -> tuple[str, str] | None:
    """BOM-less UTF-16: ASCII-heavy text has a NUL in every other byte."""
    sample = data[:4096]
    half = len(sample) // 2
    if half < 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le", "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be", "utf-16-be"
    return None


def _decode_text(data: bytes, display: str, declared: str | None = None) -> tuple[str, str]:
    """Decode a text file: BOM, BOM-less UTF-16, UTF-8, the declared charset, then Windows-1258."""
    found = _bom_encoding(data) or _guess_utf16(data)
    if found:
        body = data[_bom_length(data) :]
        if found[0].startswith("utf-16"):
            body = body[: len(body) // 2 * 2]
        return body.decode(found[0], errors="replace"), found[1]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
        valid = len(_UTF8_MULTIBYTE_RE.findall(data))
        # A UTF-8 file with a few broken bytes (cut mid-character, one bad paste) stays UTF-8.
        if valid and valid >= 20 * text.count("\ufffd"):
            return text, "utf-8"
    candidates = []
    if declared:
        with contextlib.suppress(LookupError):
            candidates.append(codecs.lookup(declared).name)
    candidates.append("cp1258")
    for codec in candidates:
        if codec in ("utf-8", "utf-16", "utf-32"):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        # Python's cp1258 decoder leaves tone marks as combining characters: compose them.
        return unicodedata.normalize("NFC", text), codec
    raise _fail("read.encoding", display)


# --- CSV ----------------------------------------------------------------------------------------
_DELIMITERS = ("\t", ";", ",", "|")


def _sniff_delimiter(text: str) -> str:
    """The separator that splits the first records into the most consistent number of fields."""
    sample = text[:65536]
    if len(text) > len(sample):
        sample = sample[: sample.rfind("\n") + 1] or sample
    best: tuple[float, int, int] | None = None
    chosen = ","
    for priority, delimiter in enumerate(reversed(_DELIMITERS)):
        if delimiter not in sample:
            continue
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter, strict=False)
        counts = []
        try:
            for record in reader:
                if any(f.strip() for f in record):
                    counts.append(len(record))
                if len(counts) >= 50:
                    break
        except csv.Error:
            continue
        multi = [n for n in counts if n > 1]
        if not multi:
            continue
        mode, freq = collections.Counter(multi).most_common(1)[0]
        consistency = freq / len(counts)
        # Near-ties (a decimal comma in every row of a ";" file) go to more fields, then to the rarer
        # separator: tab, semicolon, comma, pipe.
        score = (round(consistency * 20) / 20, mode, priority)
        if best is None or score > best:
            best, chosen = score, delimiter
    return chosen


def _read_csv(data: bytes, display: str) -> Workbook:
    text, encoding = _decode_text(data, display)
    delimiter = None
    first_line, _, rest = text.partition("\n")
    hint = first_line.strip().lower()
    if hint.startswith("sep=") and len(hint) == 5:
        # Excel's "sep=;" first line names the separator.
        delimiter, text = first_line.strip()[4], rest
    delimiter = delimiter or _sniff_delimiter(text)
    if csv.field_size_limit() < 10 * 1024 * 1024:
        csv.field_size_limit(10 * 1024 * 1024)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    try:
        rows = [[None if v == "" else v for v in record] for record in reader]
    except csv.Error as exc:
        raise _fail("read.csv_damaged", display, line=reader.line_num) from exc
    sheet = Sheet("CSV", _trim(rows))
    return Workbook(display, "csv", [sheet], encoding=encoding, delimiter=delimiter)


# --- HTML tables (".xls" exported by portals) ---------------------------------------------------
_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>")
# Elements whose end is a line break on screen: their text must not glue to the next word.
_BREAKING_TAGS = ("br", "p", "div", "li", "tr")
_NON_TEXT_TAGS = ("script", "style", "noscript", "template")


def _read_html(data: bytes, display: str) -> Workbook:
    import lxml.html

    meta = _META_CHARSET_RE.search(data[:16384])
    declared = meta.group(1).decode("ascii", "replace") if meta else None
    text, encoding = _decode_text(data, display, declared)
    text = _XML_DECL_RE.sub("", text, count=1)
    parser = lxml.html.HTMLParser()
    try:
        doc = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise _fail("read.no_table", display) from exc
    # libxml2 stops at a limit (nesting deeper than 256, a text over 10 MB) and keeps what it had:
    # a table cut there would load without its last rows.
    if any(error.level == etree.ErrorLevels.FATAL for error in parser.error_log):
        raise _fail("read.html_incomplete", display)
    # A browser runs scripts and Excel drops them; neither shows their text in a cell.
    etree.strip_elements(doc, *_NON_TEXT_TAGS, with_tail=False)
    for el in doc.iter(*_BREAKING_TAGS):
        el.tail = " " + (el.tail or "")
    sheets: list[Sheet] = []
    used_names: set[str] = set()
    for table in doc.iter("table"):
        rows, merged = _html_grid(table)
        if not any(v is not None for row in rows for v in row):
            continue
        caption = table.find("caption")
        name = " ".join(caption.text_content().split()) if caption is not None else ""
        name = name or labels.msg("read.html_table_name", index=len(sheets) + 1)
        base, n = name, 2
        while name in used_names:
            name, n = f"{base} ({n})", n + 1
        used_names.add(name)
        sheets.append(Sheet(name, rows, merged))
    if not sheets:
        raise _fail("read.no_table", display)
    return Workbook(display, "html", sheets, encoding=encoding)


def _span(value: str | None, limit: int) -> int:
    try:
        n = int((value or "1").strip().split(".")[0] or 1)
    except ValueError:
        return 1
    return max(1, min(n, limit)) if n != 0 else limit


def _html_grid(table) -> tuple[list[list[object]], tuple[tuple[int, int, int, int], ...]]:
    """Lay a table's cells on a grid: a spanned value sits in its top-left cell, the rest are None."""
    trs = table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")
    n_rows = len(trs)
    cells: dict[tuple[int, int], object] = {}
    merged = []
    width = 0
    for r, tr in enumerate(trs):
        c = 0
        for td in tr.xpath("./td | ./th"):
            while (r, c) in cells:
                c += 1
            colspan = _span(td.get("colspan"), MAX_HTML_COLSPAN)
            rowspan = _span(td.get("rowspan"), n_rows - r)  # rowspan="0" runs to the end of the table
            value = " ".join(td.text_content().split()) or None
            for dr in range(rowspan):
                for dc in range(colspan):
                    cells[(r + dr, c + dc)] = None
            cells[(r, c)] = value
            if rowspan > 1 or colspan > 1:
                merged.append((r, c, r + rowspan - 1, c + colspan - 1))
            c += colspan
            width = max(width, c)
    rows = [[None] * width for _ in range(n_rows)]
    for (r, c), value in cells.items():
        if value is not None:
            rows[r][c] = value
    return _trim(rows), tuple(merged)


# --- XML Spreadsheet 2003 -----------------------------------------------------------------------
def _read_xml2003(data: bytes, display: str) -> list[Sheet]:
    if not _check_prolog(data[:_MAX_PROLOG_BYTES], display, "Workbook") and len(data) > _MAX_PROLOG_BYTES:
        raise _fail("read.xml_prolog_too_long", display, part="Workbook")
    try:
        root = _safe_xml(data)
    except etree.XMLSyntaxError as exc:
        raise _fail("read.damaged", display, format="XML Spreadsheet 2003") from exc
    ss = "{" + _SPREADSHEETML_2003 + "}"
    sheets = []
    for ws in root.iter(ss + "Worksheet"):
        name = ws.get(ss + "Name") or labels.msg("read.html_table_name", index=len(sheets) + 1)
        cells: dict[tuple[int, int], object] = {}
        merged = []
        r = -1
        for table in ws.iterfind(ss + "Table"):
            for row in table.iterfind(ss + "Row"):
                r = int(row.get(ss + "Index", r + 2)) - 1
                c = -1
                for cell in row.iterfind(ss + "Cell"):
                    c = int(cell.get(ss + "Index", c + 2)) - 1
                    data_el = cell.find(ss + "Data")
                    if data_el is not None:
                        cells[(r, c)] = _xml2003_value(data_el, ss)
                    across = int(cell.get(ss + "MergeAcross", 0))
                    down = int(cell.get(ss + "MergeDown", 0))
                    if across or down:
                        merged.append((r, c, r + down, c + across))
                    c += across
        n_rows = max((rc[0] for rc in cells), default=-1) + 1
        if n_rows * (max((rc[1] for rc in cells), default=0) + 1) > MAX_CALAMINE_CELLS:
            raise _fail("read.too_large", display)
        rows: list[list[object]] = [[] for _ in range(n_rows)]
        for (rr, cc), value in sorted(cells.items()):
            row_cells = rows[rr]
            row_cells.extend([None] * (cc + 1 - len(row_cells)))
            row_cells[cc] = value
        sheets.append(Sheet(name, _trim(rows), tuple(merged)))
    return sheets


def _xml2003_value(data_el, ss: str) -> object:
    kind = data_el.get(ss + "Type", "String")
    text = "".join(data_el.itertext())
    if kind == "Number":
        try:
            return _clean_value(float(text))
        except ValueError:
            return text or None
    if kind == "DateTime":
        try:
            value = dt.datetime.fromisoformat(text.strip())
        except ValueError:
            return text or None
        return value.date() if value.time() == dt.time(0) else value
    if kind == "Boolean":
        return text.strip() in ("1", "true", "TRUE")
    return text or None

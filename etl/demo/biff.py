"""A small writer of real BIFF8 .xls files (Excel 97-2003), for demo data and reader tests.

Units still send .xls files saved by old Excel versions; no maintained Python library writes them, so
this writes the few records a reader needs: strings in a shared string table, numbers, booleans,
dates (cell format 16 is the built-in date format 14) and merged ranges, inside an OLE2 compound file.
"""

from __future__ import annotations

import datetime as dt
import struct

_SECTOR = 512
_FAT_PER_SECTOR = _SECTOR // 4
_FREE, _END_OF_CHAIN, _FAT_SECTOR = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_HEADER_DIFAT = 109  # FAT sector ids the header itself can list
# A BIFF record holds at most 8224 bytes; a longer shared string table goes on in CONTINUE records.
_MAX_RECORD_DATA = 8224

Cells = dict[tuple[int, int], object]
Merge = tuple[int, int, int, int]  # first row, first column, last row, last column (0-based)


def ole_file(streams: dict[str, bytes]) -> bytes:
    """A minimal OLE2 compound file (v3, 512-byte sectors) holding the given streams at the root."""
    names = sorted(streams, key=lambda n: (len(n), n.upper()))
    # Streams under 4096 bytes would belong in the mini stream; padding keeps the writer simple.
    payloads = [streams[n].ljust(4096, b"\0") for n in names]
    dir_sectors = ((1 + len(names)) * 128 + _SECTOR - 1) // _SECTOR
    counts = [(len(p) + _SECTOR - 1) // _SECTOR for p in payloads]
    data_sectors = dir_sectors + sum(counts)
    fat_sectors = 1
    while fat_sectors * _FAT_PER_SECTOR < fat_sectors + data_sectors:
        fat_sectors += 1
    if fat_sectors > _HEADER_DIFAT:
        raise ValueError("workbook too large for this writer (more than 109 FAT sectors)")
    fat = [_FREE] * (fat_sectors * _FAT_PER_SECTOR)
    for i in range(fat_sectors):
        fat[i] = _FAT_SECTOR
    first_dir = fat_sectors
    for i in range(dir_sectors):
        fat[first_dir + i] = first_dir + i + 1 if i < dir_sectors - 1 else _END_OF_CHAIN
    starts, nxt = [], first_dir + dir_sectors
    for count in counts:
        starts.append(nxt)
        for i in range(count):
            fat[nxt + i] = nxt + i + 1 if i < count - 1 else _END_OF_CHAIN
        nxt += count

    def entry(name: str, typ: int, start: int, size: int, child: int = _FREE, right: int = _FREE) -> bytes:
        raw = name.encode("utf-16-le") + b"\0\0"
        return (
            raw.ljust(64, b"\0")
            + struct.pack("<HBB", len(raw), typ, 1)
            + struct.pack("<III", _FREE, right, child)
            + b"\0" * 36
            + struct.pack("<II", start, size)
            + b"\0" * 4
        )

    entries = [entry("Root Entry", 5, _END_OF_CHAIN, 0, child=1 if names else _FREE)]
    for i, name in enumerate(names):
        right = i + 2 if i + 1 < len(names) else _FREE
        entries.append(entry(name, 2, starts[i], len(payloads[i]), right=right))
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHHH", header, 0x18, 0x3E, 3, 0xFFFE, 9, 6)
    struct.pack_into(
        "<IIIIIIII", header, 0x2C, fat_sectors, first_dir, 0, 4096, _END_OF_CHAIN, 0, _END_OF_CHAIN, 0
    )
    difat = list(range(fat_sectors)) + [_FREE] * (_HEADER_DIFAT - fat_sectors)
    struct.pack_into("<109I", header, 0x4C, *difat)
    body = struct.pack(f"<{len(fat)}I", *fat) + b"".join(entries).ljust(dir_sectors * _SECTOR, b"\0")
    body += b"".join(p.ljust(c * _SECTOR, b"\0") for p, c in zip(payloads, counts, strict=True))
    return bytes(header) + body


def biff_record(rtype: int, data: bytes = b"") -> bytes:
    """One BIFF record: type, length, data."""
    return struct.pack("<HH", rtype, len(data)) + data


def biff_string(text: str, length_bytes: int = 2) -> bytes:
    """A BIFF8 unicode string (UTF-16 always, which every reader accepts)."""
    return struct.pack("<H" if length_bytes == 2 else "<B", len(text)) + b"\x01" + text.encode("utf-16-le")


def _sst_records(sst: list[str]) -> bytes:
    """SST, then CONTINUE records; strings are never split, a string that does not fit starts the next."""
    records = []
    current = bytearray(struct.pack("<II", len(sst), len(sst)))
    rtype = 0x00FC
    for text in sst:
        encoded = biff_string(text)
        if len(current) + len(encoded) > _MAX_RECORD_DATA:
            records.append(biff_record(rtype, bytes(current)))
            current, rtype = bytearray(), 0x003C
        current += encoded
    records.append(biff_record(rtype, bytes(current)))
    return b"".join(records)


def biff8_workbook(sheets: list[tuple[str, Cells, list[Merge]]], *, encrypted: bool = False) -> bytes:
    """A BIFF8 Workbook stream: SST strings, NUMBER, BOOLERR, MERGEDCELLS; XF 16 is a date (format 14).

    Each sheet is (name, {(row, col): value}, merged ranges). `encrypted` adds a FILEPASS record, as a
    password-protected file has, so readers can be tested on refusing it."""
    sst: list[str] = []
    sst_index: dict[str, int] = {}
    bof_globals = biff_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 6))
    bof_sheet = biff_record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 6))
    bodies = []
    for _name, cells, merges in sheets:
        parts = [bof_sheet]
        n_rows = max(r for r, _ in cells) + 1
        n_cols = max(c for _, c in cells) + 1
        parts.append(biff_record(0x0200, struct.pack("<IIHHH", 0, n_rows, 0, n_cols, 0)))
        for (r, c), value in sorted(cells.items()):
            if value is None:
                continue
            if isinstance(value, bool):
                parts.append(biff_record(0x0205, struct.pack("<HHHBB", r, c, 15, int(value), 0)))
            elif isinstance(value, dt.date):
                serial = (value - dt.date(1899, 12, 30)).days
                parts.append(biff_record(0x0203, struct.pack("<HHHd", r, c, 16, float(serial))))
            elif isinstance(value, int | float):
                parts.append(biff_record(0x0203, struct.pack("<HHHd", r, c, 15, float(value))))
            else:
                text = str(value)
                if text not in sst_index:
                    sst_index[text] = len(sst)
                    sst.append(text)
                parts.append(biff_record(0x00FD, struct.pack("<HHHI", r, c, 15, sst_index[text])))
        if merges:
            ranges = b"".join(struct.pack("<HHHH", r0, r1, c0, c1) for r0, c0, r1, c1 in merges)
            parts.append(biff_record(0x00E5, struct.pack("<H", len(merges)) + ranges))
        parts.append(biff_record(0x000A))
        bodies.append(b"".join(parts))
    stream = bof_globals
    if encrypted:
        stream += biff_record(0x002F, struct.pack("<H", 1) + b"\0" * 52)
    stream += biff_record(0x0042, struct.pack("<H", 1200))
    font = struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + biff_string("Arial", 1)
    stream += biff_record(0x0031, font) * 5
    for i in range(16):
        stream += biff_record(0x00E0, struct.pack("<HHH", 0, 0, 0xFFF5 if i < 15 else 1) + b"\0" * 14)
    stream += biff_record(0x00E0, struct.pack("<HHH", 0, 14, 1) + b"\0" * 14)
    positions = []
    for name, _, _ in sheets:
        positions.append(len(stream))
        stream += biff_record(0x0085, struct.pack("<IBB", 0, 0, 0) + biff_string(name, 1))
    stream += _sst_records(sst)
    stream = bytearray(stream + biff_record(0x000A))
    for body, pos in zip(bodies, positions, strict=True):
        struct.pack_into("<I", stream, pos + 4, len(stream))  # BOUNDSHEET points at the sheet's BOF
        stream += body
    return bytes(stream)


def xls_file(sheets: list[tuple[str, Cells, list[Merge]]]) -> bytes:
    """The bytes of a .xls file holding the given sheets."""
    return ole_file({"Workbook": biff8_workbook(sheets)})

"""Citizens' feedback exports (Mẫu 02) through the real loader: every shape of export, bad rows kept aside
with their line and reason, loaded + rejected = rows in the file, and repeated ratings noticed."""

from __future__ import annotations

from pathlib import Path

import pytest

import etl.ingest as ingest_module
from etl.text import unicode_to_cp1258
from tests.conftest import ingest, query, snapshot, units_rows, write_csv, write_xlsx

OFFICER_HEADER = ["Mã cán bộ", "Họ và tên", "Mã đơn vị", "Từ ngày", "Đến ngày"]
HEADER = [
    "Thời gian đánh giá",
    "Mã hồ sơ",
    "Mã cán bộ",
    "Thủ tục hành chính",
    "Mức độ hài lòng",
    "Ý kiến khác",
]
PROCEDURE = "Đăng ký khai sinh"


@pytest.fixture
def officers(db: Path, tmp_path: Path) -> Path:
    """Two desks of Hữu Lũng; Hoàng Thị Lan moves to the merged commune's desk on 1/7/2025, and two
    officers share the name Vi Thị Mai at different desks."""
    assert ingest(write_csv(tmp_path / "ref" / "units.csv", units_rows()), db).status == "loaded"
    rows = [
        OFFICER_HEADER,
        ["CB001", "Hoàng Thị Lan", "MC-HL", "01/01/2023", "30/06/2025"],
        ["CB001", "Hoàng Thị Lan", "MC-XHL", "01/07/2025", ""],
        ["CB002", "Nông Văn Hùng", "MC-HL", "01/01/2023", ""],
        ["CB003", "Vi Thị Mai", "MC-HL", "01/01/2023", ""],
        ["CB004", "Vi Thị Mai", "MC-XHL", "01/07/2025", ""],
    ]
    assert ingest(write_csv(tmp_path / "ref" / "officers.csv", rows), db).status == "loaded"
    return db


def ratings(count: int, start_day: int = 1, officer: str = "CB002") -> list[list[object]]:
    levels = ["Rất hài lòng", "Hài lòng", "Không hài lòng"]
    return [
        [f"{start_day + i // 24:02d}/03/2024 {i % 24:02d}:15:00", f"H35-2403-{start_day:02d}{i:04d}", officer,
         PROCEDURE, levels[i % 3], ""]
        for i in range(count)
    ]  # fmt: skip


def rejected(db: Path) -> list[tuple]:
    return query(db, "select line_number, rule from raw_rejected_row order by line_number")


def test_kiosk_csv_loads_with_levels_scale_and_desk(officers: Path, tmp_path: Path) -> None:
    report = ingest(write_csv(tmp_path / "kiosk.csv", [HEADER, *ratings(30)]), officers)
    assert report.status == "loaded" and report.kind == "feedback", [f.message for f in report.findings]
    assert (report.rows_loaded, report.rows_rejected) == (30, 0)
    assert query(officers, "select level, count(*) from raw_feedback group by 1 order by 1") == [
        ("hai_long", 10),
        ("khong_hai_long", 10),
        ("rat_hai_long", 10),
    ]
    row = query(
        officers,
        "select line_number, rated_at, dossier_code, unit_code, officer_code, procedure_text, scale, level_text"
        " from raw_feedback order by line_number limit 1",
    )[0]
    assert row[0] == 2 and str(row[1]) == "2024-03-01 00:15:00"
    assert row[2:] == ("H35-2403-010000", "MC-HL", "CB002", PROCEDURE, 3, "Rất hài lòng")


def test_bad_rows_are_kept_aside_with_line_and_reason(officers: Path, tmp_path: Path) -> None:
    rows = [HEADER, *ratings(10)]
    rows[3][2] = "CB999"  # line 4
    rows[5][0] = "31/02/2024 09:15:00"  # line 6
    rows[6][0] = "không rõ"  # line 7
    rows[8][4] = "Tuyệt vời"  # line 9
    rows[9][4] = ""  # line 10
    report = ingest(write_csv(tmp_path / "bad.csv", rows), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert (report.rows_loaded, report.rows_rejected) == (5, 5)
    assert rejected(officers) == [
        (4, "feedback.row.officer_unknown"),
        (6, "feedback.row.time_impossible"),
        (7, "feedback.row.time_unreadable"),
        (9, "feedback.row.level_unreadable"),
        (10, "feedback.row.level_missing"),
    ]
    loaded = query(officers, "select count(*) from raw_feedback")[0][0]
    assert loaded + len(rejected(officers)) == len(rows) - 1
    (message,) = query(officers, "select message from raw_rejected_row where line_number = 6")[0]
    assert message.startswith("Tệp bad.csv, trang tính «CSV», ô A6: ") and "31/02/2024 09:15:00" in message
    assert "Cách sửa:" in message
    (attempt,) = query(
        officers, "select rows_loaded, rows_rejected from load_attempt where file_name = 'bad.csv'"
    )
    assert attempt == (5, 5)
    cells = {(f.rule, f.cell) for f in report.findings}
    assert ("feedback.row.officer_unknown", "C4") in cells and ("feedback.row.level_missing", "E10") in cells
    assert "feedback.rows_rejected" in {f.rule for f in report.findings}


def test_windows_1258_semicolons_and_names_within_the_desk(officers: Path, tmp_path: Path) -> None:
    header = ["Ngày giờ đánh giá", "Số hồ sơ", "Đơn vị", "Cán bộ tiếp nhận", "Thủ tục", "Mức độ hài lòng"]
    rows = [
        header,
        [
            "05/08/2025 08:00:00",
            "A1",
            "Bộ phận Một cửa UBND xã Hữu Lũng",
            "Vi Thị Mai",
            PROCEDURE,
            "Hài lòng",
        ],
        [
            "05/08/2025 09:00:00",
            "A2",
            "Bộ phận Một cửa huyện Hữu Lũng",
            "Vi Thi Mai",
            PROCEDURE,
            "Rất hài lòng",
        ],
        ["05/08/2025 10:00:00", "A3", "", "Vi Thị Mai", PROCEDURE, "Hài lòng"],
        ["05/08/2025 11:00:00", "A4", "", "Nông Văn Hùng", PROCEDURE, "Không hài lòng"],
    ]
    text = "\r\n".join(";".join(row) for row in rows) + "\r\n"
    path = tmp_path / "kiosk-cu.csv"
    path.write_bytes(unicode_to_cp1258(text))
    report = ingest(path, officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(officers, "select line_number, officer_code from raw_feedback order by 1") == [
        (2, "CB004"),
        (3, "CB003"),
        (5, "CB002"),
    ]
    assert rejected(officers) == [(4, "feedback.row.officer_ambiguous")]
    (procedure,) = query(officers, "select distinct procedure_text from raw_feedback")[0]
    assert procedure == PROCEDURE


def test_portal_excel_five_levels_aspects_and_a_title_line(officers: Path, tmp_path: Path) -> None:
    header = ["STT", "Thời gian", "Mã hồ sơ", "Mã cán bộ", "Thủ tục hành chính", "Mức độ hài lòng",
              "Thái độ phục vụ", "Thời gian giải quyết", "Ý kiến"]  # fmt: skip
    import datetime as dt

    rows = [
        header,
        [1, dt.datetime(2024, 4, 2, 8, 30), "P1", "CB001", PROCEDURE, "Bình thường", "Hài lòng", "Rất không hài lòng", "Chờ lâu"],
        [2, dt.datetime(2024, 4, 2, 9, 30), "P2", "CB001", PROCEDURE, "Rất không hài lòng", "Không hài lòng", "", ""],
    ]  # fmt: skip
    top = [["KẾT QUẢ ĐÁNH GIÁ SỰ HÀI LÒNG TRÊN CỔNG DỊCH VỤ CÔNG THÁNG 4/2024"], []]
    report = ingest(write_xlsx(tmp_path / "portal.xlsx", rows, title="Đánh giá", top=top), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(
        officers,
        "select line_number, level, scale, attitude_level, timeliness_level, comment_text from raw_feedback order by 1",
    ) == [
        (4, "binh_thuong", 5, "hai_long", "rat_khong_hai_long", "Chờ lâu"),
        (5, "rat_khong_hai_long", 5, "khong_hai_long", None, None),
    ]


def test_numeric_levels_infer_the_scale_or_take_the_option(officers: Path, tmp_path: Path) -> None:
    rows = [HEADER, *ratings(6)]
    for number, row in enumerate(rows[1:]):
        row[4] = str(5 - number % 5)
    report = ingest(write_csv(tmp_path / "so.csv", rows), officers)
    assert report.status == "loaded" and "feedback.scale_inferred" in {f.rule for f in report.findings}
    assert query(officers, "select level from raw_feedback order by line_number limit 3") == [
        ("rat_hai_long",),
        ("hai_long",),
        ("binh_thuong",),
    ]
    three = [HEADER, *ratings(4, start_day=9)]
    for row, level in zip(three[1:], ("3", "2", "1", "4"), strict=True):
        row[4] = level
    report = ingest(write_csv(tmp_path / "so3.csv", three), officers, scale=3)
    assert report.status == "loaded" and "feedback.scale_inferred" not in {f.rule for f in report.findings}
    levels = query(
        officers, "select level from raw_feedback where dossier_code like 'H35-2403-09%' order by line_number"
    )
    assert levels == [("rat_hai_long",), ("hai_long",), ("khong_hai_long",)]
    assert rejected(officers)[-1] == (5, "feedback.row.level_unreadable")


def test_overlapping_exports_are_kept_and_noticed(officers: Path, tmp_path: Path) -> None:
    first = ingest(write_csv(tmp_path / "q1.csv", [HEADER, *ratings(20)]), officers)
    assert first.status == "loaded"
    again = [[row[4], row[0], row[2], row[1], row[3]] for row in ratings(10)]  # another column order
    header = [HEADER[4], HEADER[0], HEADER[2], HEADER[1], HEADER[3]]
    second = ingest(write_csv(tmp_path / "march.csv", [header, *again, *again[:2]]), officers)
    assert second.status == "loaded"
    (finding,) = [f for f in second.findings if f.rule == "feedback.repeated_ratings"]
    assert "2 phiếu lặp lại ngay trong tệp này, 10 phiếu đã có" in finding.message
    assert query(officers, "select count(*) from raw_feedback") == [(32,)]


@pytest.mark.parametrize("read_by_warehouse", [False, True])
def test_irregular_csv_keeps_exact_lines(
    officers: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, read_by_warehouse: bool
) -> None:
    if read_by_warehouse:  # as a long file: DuckDB reads it, the loader counted its lines while hashing
        monkeypatch.setattr(ingest_module, "CSV_HEAD_BYTES", 200)
        monkeypatch.setattr(ingest_module, "_HASH_APART_BYTES", 0)
    lines = [
        ",".join(HEADER),
        '01/03/2024 08:00:00,X1,CB002,Đăng ký khai sinh,Hài lòng,"Nhiều dòng',
        'ý kiến"',
        "",
        "01/03/2024 09:00:00,X2,CB002,Đăng ký khai sinh,Hài lòng,,thừa",
        "01/03/2024 10:00:00,X3,CB002,Đăng ký khai sinh,Không hài lòng,",
    ]
    path = tmp_path / "le.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = ingest(path, officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(officers, "select line_number, dossier_code from raw_feedback order by 1") == [
        (2, "X1"),
        (6, "X3"),
    ]
    assert rejected(officers) == [(5, "feedback.row.too_many_cells")]


def test_a_long_csv_is_read_by_the_warehouse_not_the_reader(
    officers: Path, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(ingest_module, "CSV_HEAD_BYTES", 2000)
    rows = [["KẾT QUẢ ĐÁNH GIÁ THÁNG 3/2024"], HEADER, *ratings(200)]
    rows[150][4] = "??"
    report = ingest(write_csv(tmp_path / "big.csv", rows), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert (report.rows_loaded, report.rows_rejected) == (199, 1)
    assert rejected(officers) == [(151, "feedback.row.level_unreadable")]
    assert query(officers, "select min(line_number), max(line_number) from raw_feedback") == [(3, 202)]


@pytest.mark.parametrize(
    ("header", "rule"),
    [
        (
            ["Thời gian đánh giá", "Mã hồ sơ", "Mã cán bộ", "Thủ tục hành chính", "Ghi chú"],
            "header.missing_columns",
        ),
        (
            ["Thời gian đánh giá", "Mã hồ sơ", "Thủ tục hành chính", "Mức độ hài lòng"],
            "feedback.no_officer_column",
        ),
    ],
)
def test_exports_without_the_needed_columns_are_refused(
    officers: Path, tmp_path: Path, header: list[str], rule: str
) -> None:
    before = snapshot(officers)
    rows = [header, *[row[: len(header)] for row in ratings(3)]]
    report = ingest(write_csv(tmp_path / "thieu.csv", rows), officers, kind="feedback")
    assert report.status == "rejected"
    assert rule in {f.rule for f in report.findings}
    assert snapshot(officers) == before


def test_an_export_with_no_good_row_is_refused_whole(officers: Path, tmp_path: Path) -> None:
    before = snapshot(officers)
    rows = [HEADER, *ratings(3, officer="CB777")]
    report = ingest(write_csv(tmp_path / "sai.csv", rows), officers)
    assert report.status == "rejected"
    assert [f.rule for f in report.findings if f.severity == "error"] == ["feedback.no_good_rows"]
    assert snapshot(officers) == before


def test_utf16_export_with_tabs(officers: Path, tmp_path: Path) -> None:
    rows = [HEADER, *ratings(5)]
    path = tmp_path / "utf16.csv"
    path.write_bytes("\r\n".join("\t".join(map(str, row)) for row in rows).encode("utf-16"))
    report = ingest(path, officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert query(officers, "select count(*), min(line_number), max(line_number) from raw_feedback") == [
        (5, 2, 6)
    ]
    assert query(officers, "select distinct procedure_text from raw_feedback") == [(PROCEDURE,)]


def test_portal_html_table_saved_as_xls(officers: Path, tmp_path: Path) -> None:
    cells = "".join(f"<th>{name}</th>" for name in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{value}</td>" for value in row) + "</tr>" for row in ratings(4))
    html = f'<html><meta charset="utf-8"><body><table><tr>{cells}</tr>{body}</table></body></html>'
    path = tmp_path / "dvc.xls"
    path.write_text(html, encoding="utf-8")
    report = ingest(path, officers)
    assert report.status == "loaded" and report.kind == "feedback", [f.message for f in report.findings]
    assert query(officers, "select count(*), min(line_number) from raw_feedback") == [(4, 2)]


def test_every_line_of_a_long_csv_keeps_its_place(officers: Path, tmp_path: Path) -> None:
    """The rows as read pass through several batches: each rating and each refusal keeps its own line,
    and a file whose ratings are all distinct reports no repeat."""
    count = 150_000
    path = tmp_path / "long.csv"
    levels = ["Rất hài lòng", "Hài lòng", "Không hài lòng"]
    bad = {7: "time", 74_999: "officer", count + 1: "level"}  # file lines (the header is line 1)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write(",".join(HEADER) + "\n")
        for line in range(2, count + 2):
            when = f"{1 + line % 28:02d}/03/2024 {line % 24:02d}:{line % 60:02d}:{line % 57:02d}"
            officer, level = "CB002", levels[line % 3]
            if bad.get(line) == "time":
                when = "31/02/2024 09:15:00"
            elif bad.get(line) == "officer":
                officer = "CB999"
            elif bad.get(line) == "level":
                level = "Rất tuyệt vời"
            out.write(f"{when},L{line:07d},{officer},{PROCEDURE},{level},\n")
    report = ingest(path, officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert (report.rows_loaded, report.rows_rejected) == (count - 3, 3)
    assert rejected(officers) == [
        (7, "feedback.row.time_impossible"),
        (74_999, "feedback.row.officer_unknown"),
        (count + 1, "feedback.row.level_unreadable"),
    ]
    misplaced = query(
        officers,
        "select count(*) filter (where dossier_code <> 'L' || lpad(line_number::varchar, 7, '0')),"
        " count(distinct line_number), min(line_number), max(line_number) from raw_feedback",
    )
    assert misplaced == [(0, count - 3, 2, count)]
    message = query(officers, "select message from raw_rejected_row where line_number = 74999")[0][0]
    assert "ô C74999" in message and "«CB999»" in message
    assert "feedback.repeated_ratings" not in {f.rule for f in report.findings}


def test_blank_cells_are_missing_not_unknown(officers: Path, tmp_path: Path) -> None:
    """A cell of spaces is as empty as no cell: the refusal says what is missing, at its cell."""
    rows = [HEADER, *ratings(4)]
    rows[2][2] = "   "  # line 3: officer code of spaces
    rows[3][4] = "  "  # line 4: level of spaces
    rows[4][0] = " "  # line 5: time of spaces
    report = ingest(write_csv(tmp_path / "blank.csv", rows), officers)
    assert report.status == "loaded", [f.message for f in report.findings]
    assert rejected(officers) == [
        (3, "feedback.row.officer_missing"),
        (4, "feedback.row.level_missing"),
        (5, "feedback.row.time_missing"),
    ]
    cells = query(officers, "select line_number, message from raw_rejected_row order by 1")
    assert "ô C3" in cells[0][1] and "ô E4" in cells[1][1] and "ô A5" in cells[2][1]

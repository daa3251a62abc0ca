"""One-Stop officers' self-evaluations (Mẫu 01) as the office receives them: each desk's monthly summary
table, in the layout the desk keeps (with or without officer codes and a reviewed score, header text on
one or two rows, dates typed as text or as dates), a few officers' own forms with their criteria, and
two summaries the office must send back (a score of 105; a table that never says its month).

A sheet is laid out once as a Grid; a sheet holding real dates is written by openpyxl (with its
timestamps fixed, so a rebuild writes the same bytes), the others by the demo's small .xlsx writer,
which is ten times faster for the ~270 forms."""

from __future__ import annotations

import datetime as dt
import io
import random
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

from etl.demo.one_stop_story import Desk, OfficerMonth, Story, Template, ascii_text
from etl.demo.scoring_files import Formula, Grid, write

MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
SUMMARY_TITLE = "BẢNG TỔNG HỢP KẾT QUẢ TỰ ĐÁNH GIÁ CỦA CÔNG CHỨC BỘ PHẬN MỘT CỬA"
FORM_TITLE = "PHIẾU TỰ ĐÁNH GIÁ CÔNG CHỨC LÀM VIỆC TẠI BỘ PHẬN MỘT CỬA"

# Criteria of the officer's own form (Mẫu 01), two versions desks use; each adds up to 100.
CRITERIA = (
    (
        ("Chấp hành kỷ luật, kỷ cương hành chính", 20),
        ("Thái độ, tác phong giao tiếp với người dân", 20),
        ("Hướng dẫn, tiếp nhận hồ sơ đúng quy định", 25),
        ("Trả kết quả đúng hẹn", 25),
        ("Ứng dụng công nghệ thông tin, số hóa hồ sơ", 10),
    ),
    (
        ("Chấp hành giờ giấc làm việc, nội quy của Bộ phận Một cửa", 15),
        ("Thái độ, tác phong giao tiếp với người dân", 15),
        ("Trang phục, đeo thẻ công chức theo quy định", 10),
        ("Hướng dẫn, tiếp nhận hồ sơ đúng quy định", 20),
        ("Trả kết quả đúng hẹn, gửi thư xin lỗi khi trễ hẹn", 20),
        ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 10),
        ("Không để xảy ra phản ánh, kiến nghị", 10),
    ),
)

HEADERS = {
    "plain": {
        "stt": "STT",
        "code": "Mã cán bộ",
        "name": "Họ và tên",
        "self": "Tổng điểm tự đánh giá",
        "reviewed": "Điểm thủ trưởng đánh giá",
        "date": "Ngày nộp",
        "note": "Ghi chú",
    },
    "breaks": {
        "stt": "STT",
        "code": "Mã\ncán bộ",
        "name": "Họ và tên",
        "self": "Tổng điểm\ntự đánh giá",
        "reviewed": "Điểm thủ trưởng\nđánh giá",
        "date": "Ngày nộp\nphiếu",
        "note": "Ghi chú",
    },
}
# «Điểm» over «Tự đánh giá» | «Thủ trưởng đánh giá», as the scoring sheets write their two-row header.
TWO_ROW = ("Điểm", "Tự đánh giá", "Thủ trưởng đánh giá")

_FIXED_TIME = dt.datetime(2025, 1, 1)
_ZIP_DATE = (2025, 1, 1, 0, 0, 0)
_BOLD = Font(name="Times New Roman", size=12, bold=True)
_PLAIN = Font(name="Times New Roman", size=12)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_WRAP = Alignment(vertical="center", wrap_text=True)


class _FixedTimeZip(zipfile.ZipFile):
    """A zip whose entries all carry the same date: openpyxl stamps the current time on each entry."""

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):  # type: ignore[override]
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            zinfo_or_arcname = zipfile.ZipInfo(zinfo_or_arcname, date_time=_ZIP_DATE)
        super().writestr(zinfo_or_arcname, data, compress_type or zipfile.ZIP_DEFLATED, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):  # type: ignore[override]
        with open(filename, "rb") as handle:
            self.writestr(arcname or str(filename), handle.read(), compress_type, compresslevel)


def save_book(book: Workbook, path: Path) -> None:
    """Save with fixed timestamps (document properties and zip entries): same story, same bytes."""
    book.properties.creator = "Bộ phận Một cửa"
    book.properties.created = _FIXED_TIME
    book.properties.modified = _FIXED_TIME
    buffer = io.BytesIO()
    ExcelWriter(book, _FixedTimeZip(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    path.write_bytes(buffer.getvalue())


def _with_openpyxl(grid: Grid, path: Path) -> None:
    """The grid through openpyxl: dates become Excel dates shown dd/mm/yyyy."""
    book = Workbook()
    sheet = book.active
    sheet.title = grid.name
    for r, values in enumerate(grid.rows, start=1):
        bold = r - 1 in grid.bold_rows
        for c, value in enumerate(values, start=1):
            if value is None:
                continue
            if isinstance(value, Formula):
                value = f"={value.text}"
            cell = sheet.cell(row=r, column=c, value=value)
            cell.font = _BOLD if bold else _PLAIN
            if bold:
                cell.alignment = _CENTRE
            elif r - 1 in grid.wrap_rows:
                cell.alignment = _WRAP
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    for r0, c0, r1, c1 in grid.merges:
        sheet.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
    for c, width in grid.widths.items():
        sheet.column_dimensions[get_column_letter(c + 1)].width = width
    save_book(book, path)


def save_grid(grid: Grid, path: Path) -> None:
    """A sheet with real dates goes through openpyxl; the others through the demo's .xlsx writer."""
    if any(isinstance(v, dt.date) for row in grid.rows for v in row):
        _with_openpyxl(grid, path)
    else:
        write(path, grid, "xlsx")


def _short(desk: Desk) -> str:
    """ "Bộ phận Một cửa UBND xã Minh Sơn" → "xa Minh Son"."""
    return ascii_text(desk.name.removeprefix("Bộ phận Một cửa ").removeprefix("UBND "))


def summary_name(desk: Desk, template: Template, month: str) -> str:
    """File names as desks send them, each desk its own habit, always with the month."""
    year, number = month[:4], month[5:]
    if template.name_style == 0:
        return f"Mau01_{desk.code}_{month}.xlsx"
    if template.name_style == 1:
        return f"Tong hop Mau 01 thang {number}-{year} - BPMC {_short(desk)}.xlsx"
    return f"BPMC {_short(desk)} - Tu danh gia T{number}.{year}.xlsx"


def single_name(om: OfficerMonth) -> str:
    return f"Phieu Mau 01 - {ascii_text(om.officer_name)} - T{om.month[5:]}-{om.month[:4]}.xlsx"


def _number(value: float | None, as_text: bool) -> object:
    if value is None or not as_text:
        return value
    return f"{value:g}".replace(".", ",")


def _date_line(desk: Desk, day: dt.date) -> str:
    return f"{desk.place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def _title_block(grid: Grid, desk: Desk, width: int) -> None:
    """Committee and desk on the left, the national motto on the right."""
    motto = max(2, width - 3)
    grid.add(desk.parent_name.upper(), *[None] * (motto - 1), MOTTO[0])
    grid.add("BỘ PHẬN MỘT CỬA", *[None] * (motto - 1), MOTTO[1])
    for r in (0, 1):
        grid.merges += [(r, 0, r, motto - 1), (r, motto, r, width - 1)]
    grid.bold_rows.update({0, 1})


def _centred_line(grid: Grid, text: str, width: int, *, bold: bool) -> None:
    r = grid.add(text)
    grid.merges.append((r, 0, r, width - 1))
    if bold:
        grid.bold_rows.add(r)


def summary_grid(
    story: Story,
    desk_code: str,
    month: str,
    lines: list[OfficerMonth],
    *,
    with_month: bool = True,
    self_points: dict[str, float] | None = None,
) -> Grid:
    """A desk's monthly table, one row per officer who handed in a form. `with_month=False` leaves the
    month out of the title and drops «Ngày nộp» (a table that cannot be placed); `self_points` replaces
    officers' self-scores (a score out of range)."""
    desk, template = story.desks[desk_code], story.templates[desk_code]
    columns = ["stt", *(["code"] if template.has_code else []), "name", "self"]
    columns += ["reviewed"] if template.has_reviewer else []
    columns += ["date"] if with_month else []
    columns += ["note"] if template.has_note else []
    width = len(columns)
    col = {name: i for i, name in enumerate(columns)}
    grid = Grid(f"T{month[5:]}.{month[:4]}" if with_month else "Tổng hợp")
    _title_block(grid, desk, width)
    grid.add()
    title = f"{SUMMARY_TITLE} THÁNG {month[5:]}/{month[:4]}" if with_month else SUMMARY_TITLE
    _centred_line(grid, title, width, bold=True)
    _centred_line(grid, f"Đơn vị: {desk.name}", width, bold=False)
    grid.add()

    if template.header == "two_row":
        # «Điểm» over its two columns; the other headings span both rows.
        top = [HEADERS["plain"][name] for name in columns]
        top[col["self"]], top[col["reviewed"]] = TWO_ROW[0], None
        bottom: list[object] = [None] * width
        bottom[col["self"]], bottom[col["reviewed"]] = TWO_ROW[1], TWO_ROW[2]
        r = grid.add(*top)
        grid.add(*bottom)
        grid.merges.append((r, col["self"], r, col["reviewed"]))
        grid.merges += [(r, c, r + 1, c) for name, c in col.items() if name not in ("self", "reviewed")]
        grid.bold_rows.update({r, r + 1})
    else:
        r = grid.add(*[HEADERS[template.header][name] for name in columns])
        grid.bold_rows.add(r)

    for number, om in enumerate(lines, start=1):
        points = (self_points or {}).get(om.officer_code, om.self_points)
        date: object = om.submitted_date
        if template.dates_as_text and om.submitted_date:
            date = f"{om.submitted_date:%d/%m/%Y}"
        values = {
            "stt": number,
            "code": om.officer_code,
            "name": om.officer_name,
            "self": _number(points, template.numbers_as_text),
            "reviewed": _number(om.reviewed_points, template.numbers_as_text),
            "date": date,
            "note": om.note,
        }
        grid.add(*[values[name] for name in columns])
    if template.signature:
        grid.add()
        right = max(2, width - 3)
        if with_month:
            last = max(om.submitted_date for om in lines if om.submitted_date)
            grid.add(*[None] * right, _date_line(desk, last + dt.timedelta(days=1)))
        r = grid.add(None, "NGƯỜI LẬP BIỂU", *[None] * (right - 2), "TRƯỞNG BỘ PHẬN MỘT CỬA")
        grid.bold_rows.add(r)
    grid.widths = {0: 6, col.get("code", 1): 12, col["name"]: 26, col["self"]: 14}
    return grid


def write_summary(
    path: Path, story: Story, desk_code: str, month: str, lines: list[OfficerMonth], **faults
) -> None:
    """Write a desk's monthly table (see summary_grid for the faults a refused version carries)."""
    save_grid(summary_grid(story, desk_code, month, lines, **faults), path)


def _split(total: float, maxima: list[int], rng: random.Random) -> list[float]:
    """Criterion points adding up to `total`: points are taken one by one from criteria still above
    half their maximum."""
    points = [float(m) for m in maxima]
    lost = round(sum(points) - total)
    while lost > 0:
        i = rng.randrange(len(points))
        if points[i] - 1 >= maxima[i] / 2:
            points[i] -= 1
            lost -= 1
    return points


def _whole(value: float | None) -> float | int | None:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def single_grid(story: Story, om: OfficerMonth, seed: int, *, formula_total: bool = False) -> Grid:
    """One officer's own Mẫu 01: title block, the officer, the criteria table, the total and the date."""
    rng = random.Random(f"{seed}:mau01-single:{om.officer_code}:{om.month}")
    desk = story.desks[om.desk_code]
    criteria = CRITERIA[rng.randrange(len(CRITERIA))]
    maxima = [m for _, m in criteria]
    self_parts = _split(float(om.self_points or 0), maxima, rng)
    reviewed_parts = None
    if om.reviewed_points is not None:
        # The head's score takes points from the officer's, never more than a criterion holds.
        cut = [0.0] * len(maxima)
        lost = round((om.self_points or 0) - om.reviewed_points)
        while lost > 0:
            i = rng.randrange(len(maxima))
            if self_parts[i] - cut[i] >= 1:
                cut[i] += 1
                lost -= 1
        reviewed_parts = [s - c for s, c in zip(self_parts, cut, strict=True)]

    width = 5
    grid = Grid("Mẫu 01")
    _title_block(grid, desk, width)
    grid.add(None, None, None, None, "Mẫu số 01")
    grid.add()
    _centred_line(grid, FORM_TITLE, width, bold=True)
    _centred_line(grid, f"Tháng {om.month[5:]} năm {om.month[:4]}", width, bold=True)
    grid.add()
    grid.add(f"Họ và tên: {om.officer_name}")
    grid.add(f"Mã cán bộ: {om.officer_code}")
    grid.add(f"Đơn vị: {desk.name}")
    grid.add()
    r = grid.add("STT", "Nội dung", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thủ trưởng đánh giá")
    grid.bold_rows.add(r)
    first = r + 1
    for i, (title, maximum) in enumerate(criteria):
        reviewed = reviewed_parts[i] if reviewed_parts else None
        grid.wrap_rows.add(grid.add(i + 1, title, maximum, _whole(self_parts[i]), _whole(reviewed)))
    last = first + len(criteria) - 1
    if formula_total:
        # Excel rows are 1-based: the criteria sit on rows first + 1 … last + 1.
        totals: list[object] = [Formula(f"SUM({c}{first + 1}:{c}{last + 1})") for c in "CD"]
        totals.append(Formula(f"SUM(E{first + 1}:E{last + 1})") if reviewed_parts else None)
    else:
        totals = [100, _whole(om.self_points), _whole(om.reviewed_points)]
    grid.bold_rows.add(grid.add(None, "Tổng cộng", *totals))
    grid.add()
    assert om.submitted_date is not None
    grid.add(None, None, None, _date_line(desk, om.submitted_date))
    grid.bold_rows.add(grid.add(None, "XÁC NHẬN CỦA THỦ TRƯỞNG", None, "NGƯỜI TỰ ĐÁNH GIÁ"))
    grid.add()
    grid.add()
    grid.add()
    grid.add(None, None, None, om.officer_name)
    grid.widths = {0: 6, 1: 52, 2: 12, 3: 16, 4: 16}
    return grid


def write_single(
    path: Path, story: Story, om: OfficerMonth, seed: int, *, formula_total: bool = False
) -> None:
    save_grid(single_grid(story, om, seed, formula_total=formula_total), path)

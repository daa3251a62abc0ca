"""Generated reference files of the demo: the One-Stop officers list, shaped like an office's own
spreadsheet (title block, merged title, dates typed both as text and as dates), and a few files a
steward would refuse (a registry with a duplicate code, a framework whose points do not add up, an
officer at an unknown desk)."""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from etl.kinds.base import IngestOptions
from labels import ui

if TYPE_CHECKING:
    from etl.demo import DemoFile

# Common family names in Lạng Sơn (Kinh, Tày, Nùng), middle and given names.
FAMILY = (
    "Nguyễn",
    "Hoàng",
    "Nông",
    "Lương",
    "Vi",
    "Lăng",
    "Hà",
    "Triệu",
    "Chu",
    "Mông",
    "Trần",
    "Lê",
    "Đinh",
)
MIDDLE_MALE = ("Văn", "Đức", "Minh", "Quang", "Hữu", "Thành")
MIDDLE_FEMALE = ("Thị", "Thu", "Hồng", "Ngọc", "Thanh", "Kim")
GIVEN_MALE = (
    "Hùng",
    "Tuấn",
    "Dũng",
    "Sơn",
    "Hải",
    "Cường",
    "Thắng",
    "Long",
    "Quân",
    "Bình",
    "Khánh",
    "Phong",
)
GIVEN_FEMALE = ("Lan", "Hương", "Mai", "Thảo", "Linh", "Trang", "Phương", "Huyền", "Nga", "Tâm", "Yến", "Hà")

MERGE_DAY = dt.date(2025, 7, 1)
FIRST_DAY = dt.date(2023, 1, 1)
OFFICER_COUNT = 60


def _units(profile: Path) -> list[dict[str, str]]:
    with (profile / "units.csv").open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _date(text: str) -> dt.date | None:
    return dt.datetime.strptime(text, "%d/%m/%Y").date() if text.strip() else None


def _name(rng: random.Random, used: set[str]) -> str:
    while True:
        if rng.random() < 0.55:
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_FEMALE)} {rng.choice(GIVEN_FEMALE)}"
        else:
            name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE_MALE)} {rng.choice(GIVEN_MALE)}"
        if name not in used:
            used.add(name)
            return name


def officers(profile: Path, seed: int) -> list[dict[str, object]]:
    """About 60 officers over the One-Stop desks; desks that close on the 2025 merge hand their
    officers to the desk of the successor unit, as the reorganisation did."""
    rng = random.Random(seed)
    units = _units(profile)
    desks = [u for u in units if u["Nhóm"] == "mot_cua"]
    old_desks = [d for d in desks if _date(d["Hiệu lực đến"])]
    new_desks = [d for d in desks if (_date(d["Hiệu lực từ"]) or FIRST_DAY) >= MERGE_DAY]
    steady = [d for d in desks if d not in old_desks and d not in new_desks]
    pool = old_desks + steady
    used: set[str] = set()
    rows: list[dict[str, object]] = []
    for number in range(1, OFFICER_COUNT + 1):
        desk = pool[(number - 1) % len(pool)] if pool else rng.choice(desks)
        start = FIRST_DAY if rng.random() < 0.85 else dt.date(2024, rng.randint(1, 12), 1)
        end = _date(desk["Hiệu lực đến"])
        row = {
            "code": f"CB{number:03d}",
            "name": _name(rng, used),
            "unit": desk["Mã đơn vị"],
            "start": start,
            "end": end,
        }
        rows.append(row)
        if end and new_desks:
            # The officer carries on at a desk of the merged commune from the day after.
            successor = rng.choice(new_desks)
            rows.append({**row, "unit": successor["Mã đơn vị"], "start": MERGE_DAY, "end": None})
    return rows


def _title_block(sheet, title: str, subtitle: str, width: int) -> None:
    sheet["A1"] = "UBND TỈNH LẠNG SƠN"
    sheet["A2"] = "VĂN PHÒNG UBND TỈNH"
    sheet.cell(row=1, column=width - 2, value="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    sheet.cell(row=2, column=width - 2, value="Độc lập - Tự do - Hạnh phúc")
    sheet["A4"] = title
    sheet["A5"] = subtitle
    sheet.merge_cells(start_row=4, start_column=1, end_row=4, end_column=width)
    sheet.merge_cells(start_row=5, start_column=1, end_row=5, end_column=width)
    for ref in ("A1", "A2", "A4"):
        sheet[ref].font = Font(bold=True)
    sheet["A4"].alignment = Alignment(horizontal="center")
    sheet["A5"].alignment = Alignment(horizontal="center")


def write_officers(path: Path, rows: list[dict[str, object]], rng: random.Random) -> None:
    """The officers list as an office keeps it: title block, a header with line breaks, STT numbers."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    headers = ["STT", "Mã cán bộ", "Họ và tên", "Mã đơn vị", "Từ ngày", "Đến ngày\n(nếu có)"]
    _title_block(
        sheet,
        "DANH SÁCH CÔNG CHỨC ĐƯỢC CỬ ĐẾN LÀM VIỆC TẠI BỘ PHẬN MỘT CỬA",
        "(Kèm theo Báo cáo số 15/BC-VP ngày 10/7/2025 của Văn phòng UBND tỉnh)",
        len(headers),
    )
    for col, text in enumerate(headers, start=1):
        cell = sheet.cell(row=7, column=col, value=text)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, horizontal="center")
    for number, row in enumerate(rows, start=1):
        start, end = row["start"], row["end"]
        # Offices type some dates as text and let Excel store others as dates.
        as_text = rng.random() < 0.5
        values = [
            number,
            row["code"],
            row["name"],
            row["unit"],
            start.strftime("%d/%m/%Y") if as_text else start,
            (end.strftime("%d/%m/%Y") if as_text else end) if end else None,
        ]
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row=7 + number, column=col, value=value)
            if isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
    sheet.column_dimensions["C"].width = 28
    book.save(path)


def write_bad_units(path: Path) -> None:
    """A district's additions to the registry with a repeated code, an unknown parent and group."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Bổ sung"
    sheet["A1"] = "DANH MỤC ĐƠN VỊ BỔ SUNG"
    # The registry's own headers, without the merge column a district would not fill in.
    header = [text for name, text in ui.TEMPLATE_HEADERS["units"].items() if name != "successor_code"]
    sheet.append([])
    sheet.append(header)
    sheet.append(["X-HL-THONMOI", "Thôn Mới", "Cấp thôn", "HHL", "01/01/2024", None, None])
    sheet.append(
        ["PH-HL-TTRA2", "Thanh tra huyện Hữu Lũng (bộ phận 2)", "phong", "HHL-CU", "01/01/2024", None, None]
    )
    sheet.append(
        ["PH-HL-TTRA2", "Thanh tra huyện Hữu Lũng (trùng)", "phong", "HHL", "01/01/2024", None, None]
    )
    sheet.append(
        ["PH-HL-TCKH2", "Phòng Tài chính – Kế hoạch (tách)", "phong", "HHL", "01/07/2024", "30/06/2024", None]
    )
    book.save(path)


def write_bad_framework(source: Path, path: Path) -> None:
    """A copy of a framework table in which one sub-criterion was given a point more than its share."""
    with source.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    for row in rows[1:]:
        if row[0].count(".") == 2:
            points = float(row[2].replace(",", "."))
            row[2] = f"{points + 1:g}".replace(".", ",")
            break
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def write_bad_officers(path: Path, desk_code: str) -> None:
    """Officers sent by a commune with a desk code that is not in the registry."""
    book = Workbook()
    sheet = book.active
    sheet.append(list(ui.TEMPLATE_HEADERS["officers"].values()))
    sheet.append(["CB901", "Hoàng Văn Tâm", desk_code, "01/03/2025", None])
    sheet.append(["CB902", "Lương Thị Mai", "MC-KHONG-CO", "31/02/2025", None])
    book.save(path)


def generate(out_dir: Path, seed: int, profile: Path) -> list[DemoFile]:
    """Write the generated reference files and say how each is loaded and how it should end."""
    from etl.demo import DemoFile

    rng = random.Random(seed)
    reference_dir = out_dir / "danh_muc"
    bad_dir = out_dir / "tep_loi"
    reference_dir.mkdir(parents=True, exist_ok=True)
    bad_dir.mkdir(parents=True, exist_ok=True)

    officers_path = reference_dir / "Danh sach can bo Mot cua.xlsx"
    write_officers(officers_path, officers(profile, seed), rng)

    bad_units = bad_dir / "Danh muc don vi bo sung - Huu Lung.xlsx"
    write_bad_units(bad_units)
    framework_source = profile / "frameworks" / "LS-XA-2021.csv"
    bad_framework = bad_dir / "Bo tieu chi xa 2021 (ban sua).csv"
    write_bad_framework(framework_source, bad_framework)
    bad_officers = bad_dir / "Can bo Mot cua bo sung.xlsx"
    desks = [u["Mã đơn vị"] for u in _units(profile) if u["Nhóm"] == "mot_cua"]
    write_bad_officers(bad_officers, desks[0] if desks else "MC")

    framework_options = IngestOptions(
        kind="framework", framework_id="LS-XA-2021", unit_group="xa", from_year=2021
    )
    return [
        DemoFile(officers_path, IngestOptions(), "loaded"),
        DemoFile(bad_units, IngestOptions(), "rejected"),
        DemoFile(bad_framework, framework_options, "rejected"),
        DemoFile(bad_officers, IngestOptions(), "rejected"),
    ]

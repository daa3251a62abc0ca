"""Citizens' ratings of One-Stop officers (Mẫu 02) as the exports really come: the kiosks' CSV of 2024
(UTF-8, comma, three levels), an older kiosk's Windows-1258 CSV with semicolons, the public-service
portal's Excel of 2025 (five levels, criteria columns), a kiosk scoring 1–5 under a title line, a
monthly re-export that repeats ratings already sent, and an export that lost its level column.

Each desk-month's ratings are drawn from their own seed, so an export that repeats a month repeats the
same ratings (same dossier, officer and time) whatever else it holds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path
from typing import NamedTuple

from etl.demo.one_stop_story import LEVELS_3, LEVELS_5, FeedbackFile, Story, month_days
from etl.demo.scoring_files import Grid, write
from etl.text import unicode_to_cp1258

DISTRICT_PROCEDURES = (
    "Cấp giấy chứng nhận quyền sử dụng đất lần đầu",
    "Đăng ký biến động quyền sử dụng đất",
    "Cấp giấy phép xây dựng nhà ở riêng lẻ",
    "Đăng ký hộ kinh doanh",
    "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
    "Cấp bản sao trích lục hộ tịch",
    "Chứng thực bản sao từ bản chính",
    "Đăng ký kết hôn có yếu tố nước ngoài",
    "Thủ tục xét tặng danh hiệu Gia đình văn hóa",
    "Cấp giấy phép kinh doanh bán lẻ sản phẩm rượu",
)
COMMUNE_PROCEDURES = (
    "Đăng ký khai sinh",
    "Đăng ký khai tử",
    "Đăng ký kết hôn",
    "Xác nhận tình trạng hôn nhân",
    "Chứng thực bản sao từ bản chính",
    "Chứng thực chữ ký",
    "Đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    "Trợ cấp xã hội hằng tháng",
    "Hòa giải tranh chấp đất đai",
    "Đăng ký giám hộ",
)
COMMENTS_GOOD = (
    "Cán bộ hướng dẫn nhiệt tình, chu đáo",
    "Trả kết quả đúng hẹn",
    "Thủ tục nhanh gọn",
    "Cảm ơn cán bộ đã hỗ trợ",
)
COMMENTS_BAD = (
    "Thời gian chờ lâu",
    "Hồ sơ phải bổ sung nhiều lần",
    "Cán bộ trả lời chưa rõ ràng",
    "Cần bố trí thêm ghế ngồi chờ, nước uống",
)
# Names of people who are not officers (no officer of the demo has the family name Phạm).
STRANGERS = ("Phạm Văn Toàn", "Phạm Thị Nhung", "Phạm Đức Thịnh")
UNREADABLE_DATE = "không rõ"
UNREADABLE_LEVEL = "Tuyệt vời"


class Rating(NamedTuple):
    day: dt.date
    second: int  # seconds since midnight
    desk_code: str
    officer_code: str
    officer_name: str
    procedure: str
    level: int  # index in LEVELS_5: 0 = Rất hài lòng … 4 = Rất không hài lòng
    attitude: int
    guidance: int
    timeliness: int
    comment: str
    dossier_code: str


def time_text(day: dt.date, second: int) -> str:
    """ "15/03/2024 09:12:33", as every export writes it."""
    hours, rest = divmod(second, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{day.day:02d}/{day.month:02d}/{day.year} {hours:02d}:{minutes:02d}:{seconds:02d}"


def _near(draw: float, level: int) -> int:
    """A criterion's level: mostly the overall one, sometimes one step away."""
    if draw < 0.7:
        return level
    return min(4, max(0, level + (1 if draw < 0.85 else -1)))


def desk_month_ratings(story: Story, desk_code: str, month: str, seed: int) -> list[Rating]:
    """Every rating of a desk's officers in a month, by time, with the dossier codes the desk gave.
    (~300k ratings: plain `random()` draws keep this to about a second.)"""
    rng = random.Random(f"{seed}:mau02:{desk_code}:{month}")
    draw = rng.random
    desk = story.desks[desk_code]
    first, last = month_days(month)
    days = [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    procedures = DISTRICT_PROCEDURES if desk.is_district else COMMUNE_PROCEDURES
    drawn = []
    for om in story.at(desk_code, month):
        # Times are drawn at random and sorted below, so the satisfied ratings need no shuffling.
        for index in range(om.ratings):
            satisfied = index < om.satisfied
            if satisfied:
                level = 0 if draw() < 0.55 else 1
            else:
                u = draw()
                level = 2 if u < 0.55 else 3 if u < 0.9 else 4
            # Working hours: 7:30–11:30 and 13:30–17:00.
            offset = int(draw() * 27000)
            second = 27000 + offset if offset < 14400 else 48600 + offset - 14400
            comment = ""
            if draw() < 0.05:
                texts = COMMENTS_GOOD if satisfied else COMMENTS_BAD
                comment = texts[int(draw() * len(texts))]
            drawn.append(
                (
                    days[int(draw() * len(days))],
                    second,
                    om.officer_code,
                    om.officer_name,
                    procedures[int(draw() * len(procedures))],
                    level,
                    _near(draw(), level),
                    _near(draw(), level),
                    _near(draw(), level),
                    comment,
                )
            )
    drawn.sort(key=lambda r: (r[0], r[1], r[2]))
    ratings = []
    day = None
    stamp = ""
    number = 0
    for when, second, code, name, procedure, level, attitude, guidance, timeliness, comment in drawn:
        if when != day:
            day, number = when, int(draw() * 20)
            stamp = f"{desk.agency_code}-{when:%y%m%d}-"
        number += 1 + int(draw() * 3)  # not every dossier is rated
        ratings.append(
            Rating(when, second, desk_code, code, name, procedure, level, attitude, guidance, timeliness,
                   comment, f"{stamp}{number:04d}")
        )  # fmt: skip
    return ratings


# --------------------------------------------------------------------------------------------------
# Rows of each export
# --------------------------------------------------------------------------------------------------

HEADERS = {
    "kiosk": ("Thời gian đánh giá", "Mã hồ sơ", "Mã đơn vị", "Mã cán bộ", "Cán bộ tiếp nhận",
              "Thủ tục hành chính", "Mức độ hài lòng", "Ý kiến khác"),
    "old_kiosk": ("Thời gian", "Mã hồ sơ", "Đơn vị", "Cán bộ tiếp nhận", "Thủ tục hành chính",
                  "Mức độ hài lòng", "Ý kiến khác"),
    "portal": ("STT", "Mã hồ sơ", "Thủ tục hành chính", "Đơn vị", "Mã cán bộ", "Cán bộ tiếp nhận",
               "Thời gian đánh giá", "Thái độ phục vụ", "Hướng dẫn hồ sơ", "Thời gian giải quyết",
               "Mức độ hài lòng", "Ý kiến khác"),
    "numeric": ("STT", "Thời gian đánh giá", "Mã hồ sơ", "Mã cán bộ", "Cán bộ tiếp nhận", "Thủ tục hành chính",
                "Mức độ hài lòng"),
    "reexport": ("Mã hồ sơ", "Cán bộ tiếp nhận", "Mã cán bộ", "Mức độ hài lòng", "Thủ tục hành chính",
                 "Mã đơn vị", "Thời gian đánh giá", "Ý kiến khác"),
    "no_level": ("Thời gian đánh giá", "Mã hồ sơ", "Mã đơn vị", "Mã cán bộ", "Cán bộ tiếp nhận",
                 "Thủ tục hành chính", "Ý kiến khác"),
}  # fmt: skip


def _row(form: str, r: Rating, story: Story, broken: dict[str, str] | None = None) -> list[object]:
    """The cells of one rating in an export; `broken` replaces the time, officer or level text."""
    broken = broken or {}
    when = broken.get("time") or time_text(r.day, r.second)
    code = broken.get("code", r.officer_code)
    name = broken.get("name", r.officer_name)
    if form == "kiosk":
        level = broken.get("level", LEVELS_3[r.level])
        return [when, r.dossier_code, r.desk_code, code, name, r.procedure, level, r.comment]
    if form == "old_kiosk":
        level = broken.get("level", LEVELS_3[r.level])
        desk = story.desks[r.desk_code].alias
        return [when, r.dossier_code, desk, name, r.procedure, level, r.comment]
    if form == "portal":
        level = broken.get("level", LEVELS_5[r.level])
        desk = story.desks[r.desk_code].name
        criteria = [LEVELS_5[r.attitude], LEVELS_5[r.guidance], LEVELS_5[r.timeliness]]
        return [
            None,
            r.dossier_code,
            r.procedure,
            desk,
            code,
            name,
            when,
            *criteria,
            level,
            r.comment or None,
        ]
    if form == "numeric":
        level = broken.get("level", str(5 - r.level))
        return [None, when, r.dossier_code, code, name, r.procedure, level]
    if form == "reexport":
        level = LEVELS_3[r.level]
        return [r.dossier_code, name, code, level, r.procedure, r.desk_code, when, r.comment]
    # no_level: the export was run without the satisfaction column.
    return [when, r.dossier_code, r.desk_code, code, name, r.procedure, r.comment]


def _impossible_date(day: dt.date, second: int) -> str:
    """A day the month does not have: the 31st of a 30-day month, the 30th of February, else the 32nd."""
    last = month_days(f"{day.year}-{day.month:02d}")[1].day
    wrong = 32 if last == 31 else 30 if day.month == 2 else 31
    return time_text(day, second).replace(f"{day.day:02d}/", f"{wrong:02d}/", 1)


def _broken(
    kind: str, number: int, r: Rating, rng: random.Random, story: Story
) -> tuple[Rating, dict[str, str]]:
    """A copy of a rating with a dossier of its own (numbered from 9001) and one fault of the given kind."""
    dossier = f"{r.dossier_code[:-4]}{9001 + number:04d}"
    copy = r._replace(dossier_code=dossier)
    if kind == "unknown_officer":
        known = {om.officer_code for om in story.officer_months}
        code = next(f"CB{n:03d}" for n in range(90 + rng.randrange(5), 1000) if f"CB{n:03d}" not in known)
        return copy, {"code": code, "name": rng.choice(STRANGERS)}
    if kind == "impossible_date":
        return copy, {"time": _impossible_date(r.day, r.second)}
    if kind == "unreadable_date":
        return copy, {"time": UNREADABLE_DATE}
    if kind == "unreadable_level":
        return copy, {"level": UNREADABLE_LEVEL}
    return copy, {"level": ""}


def export_rows(story: Story, export: FeedbackFile, seed: int) -> list[list[object]]:
    """The data rows of an export in file order, with its planted bad rows beside the ratings they copy."""
    ratings: list[Rating] = []
    for desk_code, month in export.desk_months:
        ratings += desk_month_ratings(story, desk_code, month, seed)
    ratings.sort(key=lambda r: (r.day, r.second, r.desk_code, r.officer_code))
    if export.form == "reexport":
        ratings.reverse()  # the monthly re-export lists the newest first
    rows = [_row(export.form, r, story) for r in ratings]
    if export.bad_rows:
        rng = random.Random(f"{seed}:bad-rows:{export.name}")
        planted = [kind for kind, count in export.bad_rows.items() for _ in range(count)]
        places = rng.sample(range(len(ratings)), len(planted))
        extra: dict[int, list[list[object]]] = {}
        for number, (kind, place) in enumerate(zip(planted, places, strict=True)):
            copy, broken = _broken(kind, number, ratings[place], rng, story)
            extra.setdefault(place, []).append(_row(export.form, copy, story, broken))
        rows = [row for i, row in enumerate(rows) for row in (row, *extra.get(i, ()))]
    if export.form in ("portal", "numeric"):
        for number, row in enumerate(rows, start=1):
            row[0] = number
    return rows


# --------------------------------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------------------------------


def _csv_text(rows: list[list[object]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return buffer.getvalue()


_QUARTERS = ("I", "II", "III", "IV")


def write_export(path: Path, story: Story, export: FeedbackFile, seed: int) -> int:
    """Write one export; returns its number of data rows."""
    rows = export_rows(story, export, seed)
    header = list(HEADERS[export.form])
    form = export.form
    if form == "portal":
        year, quarter = export.name.removesuffix(".xlsx").split("_")[-2:]
        grid = Grid("DanhGia")
        grid.add(
            "DANH SÁCH KẾT QUẢ ĐÁNH GIÁ SỰ HÀI LÒNG CỦA NGƯỜI DÂN, DOANH NGHIỆP - "
            f"QUÝ {_QUARTERS[int(quarter[1]) - 1]} NĂM {year}"
        )
        grid.add("Nguồn: Cổng Dịch vụ công tỉnh Lạng Sơn")
        grid.add()
        grid.add(*header)
        grid.bold_rows.update({0, 3})
        grid.rows += rows
        grid.widths = {1: 28, 2: 40, 3: 36, 5: 24, 6: 20}
        write(path, grid, "xlsx")
    elif form == "old_kiosk":
        path.write_bytes(unicode_to_cp1258(_csv_text([header, *rows], ";")))
    elif form == "numeric":
        desk = story.desks[export.desk_months[0][0]]
        month = export.desk_months[0][1]
        title = [
            [f"KẾT QUẢ ĐÁNH GIÁ SỰ HÀI LÒNG THÁNG {month[5:]}/{month[:4]}"],
            [f"Đơn vị: {desk.name}"],
            [
                "Ghi chú: 5 = Rất hài lòng, 4 = Hài lòng, 3 = Bình thường, 2 = Không hài lòng, 1 = Rất không hài lòng"
            ],
        ]
        path.write_bytes(_csv_text([*title, header, *rows]).encode("utf-8-sig"))
    elif form == "reexport":
        path.write_bytes(_csv_text([header, *rows]).encode("utf-8-sig"))
    else:
        path.write_bytes(_csv_text([header, *rows]).encode("utf-8"))
    return len(rows)

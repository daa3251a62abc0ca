"""Tables the province itself sends: each year's sociological-survey (ĐTXHH) points per unit and criterion,
the province's own published CCHC results of 2018–2019, and excerpts of the national PAR INDEX.

National PAR INDEX figures are invented for the demo (see docs/profile.md); no real ranking is quoted.
"""

from __future__ import annotations

from collections import defaultdict

from etl.demo.scoring_files import Grid
from etl.demo.scoring_layout import MOTTO, PROVINCE
from etl.demo.scoring_story import ROMAN, Submission
from labels import ui

SURVEY_TITLE = "KẾT QUẢ ĐIỀU TRA XÃ HỘI HỌC NĂM {year}"
SURVEY_HEADER = ("STT", "Mã đơn vị", "Tên đơn vị", "Mã tiêu chí", "Điểm điều tra xã hội học")
GROUP_ORDER = ("so_nganh", "huyen", "phong", "xa")

# Invented PAR INDEX excerpts: (province, score in %) per year; ranks follow the scores.
NATIONAL_PAR_INDEX = {
    2022: (
        ("Quảng Ninh", 91.14),
        ("Hải Phòng", 89.62),
        ("Bắc Ninh", 87.45),
        ("Thành phố Hồ Chí Minh", 86.93),
        ("Đà Nẵng", 86.10),
        ("Bắc Giang", 85.38),
        ("Đồng Tháp", 84.71),
        ("Thái Nguyên", 83.56),
        ("Lạng Sơn", 82.87),
        ("Hà Nội", 82.40),
        ("Cao Bằng", 79.95),
        ("Hà Giang", 78.62),
    ),
    2023: (
        ("Hải Phòng", 91.02),
        ("Quảng Ninh", 90.77),
        ("Bắc Ninh", 88.19),
        ("Đà Nẵng", 87.35),
        ("Thành phố Hồ Chí Minh", 86.81),
        ("Lạng Sơn", 85.64),
        ("Bắc Giang", 85.20),
        ("Thái Nguyên", 84.93),
        ("Đồng Tháp", 84.12),
        ("Hà Nội", 83.48),
        ("Cao Bằng", 80.76),
        ("Hà Giang", 79.31),
    ),
}


def survey_grid(year: int, subs: list[Submission]) -> Grid:
    """The survey team's table for one year: one row per unit and survey sub-criterion."""
    grid = Grid("ĐTXHH")
    grid.add(PROVINCE, None, None, MOTTO[0])
    grid.add("SỞ NỘI VỤ", None, None, MOTTO[1])
    grid.add()
    grid.add(SURVEY_TITLE.format(year=year))
    grid.add("(Kèm theo Báo cáo của Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh)")
    grid.add()
    grid.bold_rows.update({0, 1, 3, len(grid.rows)})
    grid.merges += [(3, 0, 3, 4), (4, 0, 4, 4)]
    grid.add(*SURVEY_HEADER)
    number = 0
    for sub in sorted(subs, key=lambda s: (GROUP_ORDER.index(s.unit.group), s.unit.code)):
        for stt, points in sub.survey_points.items():
            number += 1
            grid.add(number, sub.unit.code, sub.unit.name, stt, points)
    grid.widths = {0: 6, 1: 14, 2: 45, 3: 12, 4: 14}
    return grid


def province_results_grid(year: int, subs: list[Submission]) -> Grid:
    """The province's published CCHC results of a year: one section per group, each unit's index and
    its rank within its group (units are never ranked across groups)."""
    grid = Grid("Kết quả")
    grid.add(PROVINCE, None, None, MOTTO[0])
    grid.add(None, None, None, MOTTO[1])
    grid.add()
    grid.add(f"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year} CỦA CÁC CƠ QUAN, ĐƠN VỊ TRÊN ĐỊA BÀN TỈNH")
    grid.add(f"(Kèm theo Quyết định công bố Chỉ số cải cách hành chính năm {year} của UBND tỉnh Lạng Sơn)")
    grid.add()
    grid.merges += [(3, 0, 3, 3), (4, 0, 4, 3)]
    grid.bold_rows.update({0, 3, len(grid.rows)})
    grid.add("STT", "Đơn vị", "Chỉ số (%)", "Xếp hạng")
    by_group: dict[str, list[Submission]] = defaultdict(list)
    for sub in subs:
        by_group[sub.unit.group].append(sub)
    for number, group in enumerate(GROUP_ORDER):
        grid.bold_rows.add(grid.add(ROMAN[number], ui.GROUP_LABELS[group]))
        ranked = sorted(by_group[group], key=lambda s: -s.index_pct())
        scores = [s.index_pct() for s in ranked]
        for place, sub in enumerate(ranked, start=1):
            grid.add(place, sub.unit.name, sub.index_pct(), scores.index(sub.index_pct()) + 1)
    grid.widths = {0: 6, 1: 50, 2: 12, 3: 10}
    return grid


def national_grid(year: int) -> Grid:
    """An excerpt of the Ministry of Home Affairs' PAR INDEX table of a year (invented figures)."""
    grid = Grid(f"PAR INDEX {year}")
    grid.add("BỘ NỘI VỤ")
    grid.add(
        f"CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year} CỦA CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG (PAR INDEX)"
    )
    grid.add("(Trích một số địa phương; số liệu minh họa)")
    grid.add()
    grid.merges += [(1, 0, 1, 3), (2, 0, 2, 3)]
    grid.bold_rows.update({0, 1, len(grid.rows)})
    grid.add("STT", "Tỉnh, thành phố", "Chỉ số (%)", "Xếp hạng")
    rows = NATIONAL_PAR_INDEX[year]
    scores = sorted((score for _, score in rows), reverse=True)
    for number, (province, score) in enumerate(rows, start=1):
        grid.add(number, province, f"{score:.2f}%".replace(".", ","), scores.index(score) + 1)
    grid.widths = {0: 6, 1: 30, 2: 12, 3: 10}
    return grid

"""The demo's inputs for the heads' completion levels (QĐ 01/2023): the rule set of the profile
(profiles/demo/head_rules.csv) and the index calendar the Department of Home Affairs keeps, written as a
workbook with a title block.

The calendar gives the dates of each result year (2022–2024) and the province's figures no loaded table
holds: two PAR INDEX fields, SIPAS, PCI, PAPI, and the 2024 PAR INDEX (the demo loads national tables of
2022 and 2023 only). It plants deadlines missed on purpose: the 2023 PAR INDEX sent to the Department a day
late, SIPAS 2024 published on 3 November, the 2024 levels decided on 18 November. PAPI of 2024 and every
figure of 2025 are missing, so some heads stay ungraded with the reason. All figures are invented.
"""

from __future__ import annotations

from pathlib import Path

from etl.demo.scoring_files import Grid, write
from etl.kinds.base import IngestOptions
from labels import ui

DIGITAL = "Xây dựng, phát triển Chính quyền điện tử, Chính quyền số"
PROCEDURES = "Cải cách thủ tục hành chính"
OWN_INDEX = "Chỉ số CCHC tỉnh"

# (year, index, field, score, rank, published, sent to Nội vụ, levels decided)
CALENDAR: tuple[tuple[int, str, str, str, str, str, str, str], ...] = (
    (2022, OWN_INDEX, "", "", "", "20/02/2023", "20/02/2023", "14/11/2023"),
    (2022, "PAR INDEX", "", "", "", "16/05/2023", "03/11/2023", "14/11/2023"),
    (2022, "PAR INDEX", PROCEDURES, "84,12%", "", "", "", ""),
    (2022, "PAR INDEX", DIGITAL, "71,40%", "", "", "", ""),
    (2022, "SIPAS", "", "84,10%", "", "05/04/2023", "02/11/2023", "14/11/2023"),
    (2022, "PCI", "", "65,80", "", "12/04/2023", "01/11/2023", "14/11/2023"),
    (2022, "PAPI", "", "42,50", "", "04/04/2023", "01/11/2023", "14/11/2023"),
    (2021, "PCI", "", "64,20", "", "10/05/2022", "", ""),
    (2023, OWN_INDEX, "", "", "", "23/02/2024", "23/02/2024", "15/11/2024"),
    (2023, "PAR INDEX", "", "", "", "17/04/2024", "06/11/2024", "15/11/2024"),
    (2023, "PAR INDEX", PROCEDURES, "88,76%", "", "", "", ""),
    (2023, "PAR INDEX", DIGITAL, "77,95%", "", "", "", ""),
    (2023, "SIPAS", "", "86,35%", "", "09/04/2024", "04/11/2024", "15/11/2024"),
    (2023, "PCI", "", "66,10", "", "08/05/2024", "04/11/2024", "15/11/2024"),
    (2023, "PAPI", "", "43,10", "", "02/04/2024", "04/11/2024", "15/11/2024"),
    (2024, OWN_INDEX, "", "", "", "21/02/2025", "21/02/2025", "18/11/2025"),
    (2024, "PAR INDEX", "", "86,90%", "7", "05/05/2025", "04/11/2025", "18/11/2025"),
    (2024, "PAR INDEX", PROCEDURES, "90,05%", "", "", "", ""),
    (2024, "PAR INDEX", DIGITAL, "85,00%", "", "", "", ""),
    (2024, "SIPAS", "", "87,02%", "", "03/11/2025", "05/11/2025", "18/11/2025"),
    (2024, "PCI", "", "65,40", "", "06/05/2025", "04/11/2025", "18/11/2025"),
)


def calendar_grid() -> Grid:
    grid = Grid("Lich chi so")
    grid.add("SỞ NỘI VỤ")
    grid.add("THEO DÕI CÔNG BỐ, GỬI KẾT QUẢ CÁC CHỈ SỐ ĐỂ ĐÁNH GIÁ NGƯỜI ĐỨNG ĐẦU (QĐ 01/2023/QĐ-UBND)")
    grid.add("(Số liệu minh họa)")
    grid.add()
    grid.bold_rows.update({0, 1, 4})
    grid.add(*ui.TEMPLATE_HEADERS["head_calendar"].values())
    for row in CALENDAR:
        grid.add(*row, "")
    grid.widths = {1: 22, 2: 50, 5: 14, 6: 14, 7: 14}
    return grid


def generate(out_dir: Path, profile: Path) -> list:
    """The rule set of the profile, then the calendar written under out_dir; returns them in load order."""
    from etl.demo import DemoFile

    path = out_dir / "nguoi_dung_dau" / "Lich cong bo chi so.xlsx"
    path.parent.mkdir(parents=True, exist_ok=True)
    write(path, calendar_grid(), "xlsx")
    return [
        DemoFile(profile / "head_rules.csv", IngestOptions(kind="head_rules"), "loaded"),
        DemoFile(path, IngestOptions(kind="head_calendar"), "loaded"),
    ]

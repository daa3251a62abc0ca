"""The demo's scoring data: every assessed unit's CCHC scoring sheet for 2018–2025, written in the shapes
real files take, plus each year's survey table, the province's published results of 2018–2019, two
excerpts of the national PAR INDEX and a few sheets the loader must refuse.

Load order follows the yearly cycle: units' sheets in December (a share without appraisal yet), the
survey table, then the council's appraised versions that supersede the first sheets. 2025 is still
being appraised: some units only have their self-assessment (their index is provisional).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

from etl.demo.scoring_files import write
from etl.demo.scoring_layout import Shape, sheet_grid
from etl.demo.scoring_planted import PLANTED, write_planted
from etl.demo.scoring_story import YEARS, Submission, ascii_upper, build_story
from etl.demo.scoring_tables import national_grid, province_results_grid, survey_grid
from etl.kinds.base import IngestOptions

if TYPE_CHECKING:
    from etl.demo import DemoFile

__all__ = ["PLANTED", "generate", "shape_of"]

_EXTENSIONS = {
    "xlsx": ".xlsx",
    "xlsm": ".xlsm",
    "xls": ".xls",
    "html": ".xls",  # a portal's "Excel" export is an HTML table named .xls
    "csv_utf8": ".csv",
    "csv_utf16": ".csv",
    "csv_cp1258": ".csv",
}
_SHEET_NAMES = ("Biểu chấm điểm", "TĐG CCHC", "Sheet1", "Bảng tự chấm", "Phụ lục")


def shape_of(sub: Submission, seed: int) -> Shape:
    """The shape of a unit's sheet: a template the unit keeps over the years (header wording, title
    block), and a format and typing habits that vary from year to year."""
    unit, year = sub.unit, sub.year
    keep = random.Random(f"{seed}:template:{unit.code}")
    header = keep.choices(
        ("plain", "breaks", "abbrev", "upper", "ascii", "two_row"), weights=(40, 20, 12, 10, 6, 12)
    )[0]
    template = {
        "header": header,
        "note_column": keep.random() < 0.25,
        "column_numbers": keep.random() < 0.15,
        "classic_block": keep.random() < 0.85,
        "with_signature": keep.random() < 0.3,
        "sheet_name": keep.choice(_SHEET_NAMES),
    }
    rng = random.Random(f"{seed}:shape:{unit.code}:{year}")
    file_format = rng.choices(
        ("xlsx", "xlsm", "xls", "html", "csv_utf8", "csv_utf16", "csv_cp1258"), weights=(76, 4, 5, 4, 4, 4, 3)
    )[0]
    excel = file_format in ("xlsx", "xlsm", "xls")
    text = "unicode"
    draw = rng.random()
    if draw < 0.06 and excel and year <= 2021:
        text = "tcvn3"  # .VnTime sheets are the older ones
    elif draw < 0.1 and file_format != "csv_cp1258":
        text = "nfd"
    return Shape(
        file_format=file_format,
        text=text,
        numbers_as_text=excel and rng.random() < 0.08,
        parent_formulas=file_format in ("xlsx", "xlsm") and rng.random() < 0.1,
        ascii_unit=unit.group == "xa" and rng.random() < 0.12,
        omit_survey=rng.random() < 0.05,
        with_report_line=unit.group == "phong" or rng.random() < 0.85,
        **template,
    )


def file_name(sub: Submission, shape: Shape, round_name: str, seed: int) -> str:
    """Names as units send them: some with diacritics, some typed without, some by code."""
    rng = random.Random(f"{seed}:name:{sub.unit.code}")
    short = sub.unit.name.removeprefix("UBND ")
    style = rng.randrange(4)
    appraised = round_name == "appraised"
    if style == 0:
        stem = f"Biểu chấm điểm CCHC năm {sub.year} - {short}" + (" (thẩm định)" if appraised else "")
    elif style == 1:
        stem = f"Bieu tu danh gia CCHC {sub.year} - {ascii_upper(short).title()}" + (
            " - da tham dinh" if appraised else ""
        )
    elif style == 2:
        stem = f"{sub.unit.code}_{sub.year}_" + ("TD" if appraised else "TDG")
    else:
        stem = f"Cham diem CCHC nam {sub.year} ({ascii_upper(short).title()})" + (
            " - ket qua tham dinh" if appraised else ""
        )
    return stem.replace("/", "-") + _EXTENSIONS[shape.file_format]


def generate(out_dir: Path, seed: int, profile: Path) -> list[DemoFile]:
    """Write every scoring, survey and published file of the demo; returns them in load order."""
    from etl.demo import DemoFile

    story = build_story(profile, seed)
    subs = story.submissions
    plain = IngestOptions()
    files: list[DemoFile] = []
    scoring_dir = out_dir / "cham_diem"
    for year in YEARS:
        year_dir = scoring_dir / str(year)
        year_dir.mkdir(parents=True, exist_ok=True)
        of_year = [s for s in subs if s.year == year]
        later: list[DemoFile] = []
        for sub in of_year:
            shape = shape_of(sub, seed)
            for number, round_name in enumerate(sub.rounds):
                path = year_dir / file_name(sub, shape, round_name, seed)
                write(
                    path, sheet_grid(sub, shape, with_appraisal=round_name == "appraised"), shape.file_format
                )
                (later if number else files).append(DemoFile(path, plain, "loaded"))
        survey_path = scoring_dir / f"Ket qua dieu tra xa hoi hoc nam {year}.xlsx"
        write(survey_path, survey_grid(year, of_year), "xlsx")
        files.append(DemoFile(survey_path, plain, "loaded"))
        files += later
    published_dir = out_dir / "cong_bo"
    published_dir.mkdir(parents=True, exist_ok=True)
    for year in (2018, 2019):
        path = published_dir / f"Ket qua Chi so CCHC tinh Lang Son nam {year}.xlsx"
        write(path, province_results_grid(year, [s for s in subs if s.year == year]), "xlsx")
        files.append(DemoFile(path, plain, "loaded"))
    for year in (2022, 2023):
        path = published_dir / f"PAR INDEX {year} - trich.xlsx"
        write(path, national_grid(year), "xlsx")
        files.append(DemoFile(path, plain, "loaded"))
    for path in write_planted(story, out_dir / "tep_loi", seed):
        files.append(DemoFile(path, plain, "rejected"))
    return files

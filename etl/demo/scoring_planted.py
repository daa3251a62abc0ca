"""Scoring sheets a steward must refuse, one fault each, made from valid sheets of the story: the rule
each is refused by is listed in `PLANTED`, so tests can check the refusal and its reason."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from etl.demo.scoring_files import Grid, write
from etl.demo.scoring_layout import TITLE, Shape, sheet_grid
from etl.demo.scoring_story import Story, Submission, score

# File name → the rule the loader refuses it by.
PLANTED = {
    "Bieu cham diem CCHC 2023 - vuot diem toi da.xlsx": "scoring.out_of_range",
    "Bieu cham diem CCHC 2022 - diem toi da cu.xlsx": "scoring.max_differs",
    "Bieu cham diem CCHC 2022 - dung mau 2019.xlsx": "scoring.unknown_criterion",
    "Bieu cham diem CCHC 2023 - them tieu chi.xlsx": "scoring.unknown_criterion",
    "Bieu cham diem CCHC 2022 - thieu tieu chi.xlsx": "scoring.missing_criteria",
    "Bieu cham diem CCHC 2021 - lech tong.xlsx": "scoring.parent_sum",
    "Bieu cham diem CCHC 2024 - tu cham DTXHH.xlsx": "scoring.survey_self_scored",
    "Bieu cham diem CCHC 2023 - So Du lich.xlsx": "scoring.unit_unknown",
    "Bieu cham diem CCHC - xa chua ghi nam.xlsx": "scoring.no_year",
    "Bieu cham diem CCHC 2023 - trung tieu chi.xlsx": "scoring.duplicate_criterion",
}


def _pick(subs: list[Submission], group: str, year: int, offset: int = 0) -> Submission:
    """A unit's sheet of that group and year, with an appraisal, whose leaves are not all marked N/A."""
    found = [
        s
        for s in subs
        if s.unit.group == group
        and s.year == year
        and not any(line.not_applicable for line in s.lines.values())
    ]
    return found[offset % len(found)]


def _copy(sub: Submission) -> Submission:
    lines = {stt: dataclasses.replace(line) for stt, line in sub.lines.items()}
    return dataclasses.replace(sub, lines=lines)


def _row_of(grid: Grid, stt: str) -> int:
    return next(i for i, row in enumerate(grid.rows) if row and row[0] == stt)


def _scored_leaf(sub: Submission, min_points: float = 0.0) -> str:
    """The first self-scored leaf (not survey) with at least `min_points` maximum."""
    return next(
        stt
        for stt, line in sub.lines.items()
        if not line.criterion.is_survey
        and line.self_points is not None
        and line.criterion.max_points >= min_points
    )


def write_planted(story: Story, out_dir: Path, seed: int) -> list[Path]:
    """Write every planted file into `out_dir`; returns their paths in the order of `PLANTED`."""
    subs = story.submissions
    out_dir.mkdir(parents=True, exist_ok=True)
    names = iter(PLANTED)
    paths = []

    def save(grid: Grid) -> None:
        path = out_dir / next(names)
        write(path, grid, "xlsx")
        paths.append(path)

    plain = Shape()

    # A self-score above the criterion's maximum.
    sub = _copy(_pick(subs, "xa", 2023, 1))
    stt = _scored_leaf(sub)
    sub.lines[stt].self_points = sub.lines[stt].criterion.max_points + 1
    save(sheet_grid(sub, plain, with_appraisal=False))

    # A 2022 sheet made from the 2019 template whose rows were brought up to date but whose maxima
    # were not: criteria present in both versions keep their 2019 maximum.
    base = _copy(_pick(subs, "xa", 2022, 2))
    old = next(f for f in story.frameworks if f.group == "xa" and f.covers(2019))
    old_max = {(c.stt, c.title): c.max_points for c in old.criteria}
    criteria = tuple(
        dataclasses.replace(c, max_points=old_max.get((c.stt, c.title), c.max_points))
        for c in base.framework.criteria
    )
    for stt, line in base.lines.items():
        if line.self_points is not None:
            line.self_points = min(line.self_points, old_max.get((stt, line.criterion.title), 100.0))
    assert any(c.max_points != n.max_points for c, n in zip(criteria, base.framework.criteria, strict=True))
    save(sheet_grid(dataclasses.replace(base, framework=dataclasses.replace(base.framework, criteria=criteria)),
                    plain, with_appraisal=False))  # fmt: skip

    # The whole 2019 template used for 2022: numbering, criteria and maxima of the older framework.
    base = _pick(subs, "xa", 2022, 3)
    save(sheet_grid(score(base.unit, base.parent, 2022, old, story.traits[base.unit.code], seed, 1.0), plain,
                    with_appraisal=False))  # fmt: skip

    # A criterion the framework does not have, inserted under field III.
    sub = _pick(subs, "huyen", 2023, 3)
    grid = sheet_grid(sub, plain, with_appraisal=False)
    extra = ["3.9", "Thực hiện thí điểm tiếp nhận hồ sơ thủ tục hành chính tại nhà", 1, 1, None, "Có kết quả"]
    grid.rows.insert(_row_of(grid, "IV"), extra)
    save(grid)

    # A required sub-criterion deleted (its points with it).
    sub = _copy(_pick(subs, "xa", 2022, 1))
    stt = _scored_leaf(sub)
    sub.lines[stt].self_points = 0.0
    grid = sheet_grid(sub, plain, with_appraisal=False)
    del grid.rows[_row_of(grid, stt)]
    save(grid)

    # A parent row whose self-score disagrees with its children by half a point.
    sub = _pick(subs, "so_nganh", 2021, 4)
    grid = sheet_grid(sub, plain, with_appraisal=False)
    row = grid.rows[_row_of(grid, "1.1")]
    row[3] = row[3] + 0.5 if row[3] <= sub.framework.by_stt()["1.1"].max_points - 0.5 else row[3] - 0.5
    save(grid)

    # A survey criterion self-scored (and added into the totals, as the unit did).
    sub = _copy(_pick(subs, "xa", 2024, 5))
    survey_leaf = next(stt for stt, line in sub.lines.items() if line.criterion.is_survey)
    sub.lines[survey_leaf].self_points = sub.lines[survey_leaf].criterion.max_points
    save(sheet_grid(sub, plain, with_appraisal=False))

    # A department that is not in the registry.
    sub = _pick(subs, "so_nganh", 2023, 6)
    stranger = dataclasses.replace(sub.unit, code="SDL", name="Sở Du lịch", aliases=())
    save(sheet_grid(dataclasses.replace(sub, unit=stranger), plain, with_appraisal=False))

    # No year in the title, no dated report line, none in the file name.
    sub = _pick(subs, "xa", 2023, 7)
    grid = sheet_grid(sub, Shape(with_report_line=False), with_appraisal=False)
    title_row = next(i for i, row in enumerate(grid.rows) if row and row[0] == TITLE.format(year=2023))
    grid.rows[title_row][0] = TITLE.removesuffix(" NĂM {year}")
    save(grid)

    # The same sub-criterion twice (a row pasted again).
    sub = _pick(subs, "xa", 2023, 8)
    grid = sheet_grid(sub, plain, with_appraisal=False)
    index = _row_of(grid, _scored_leaf(sub))
    grid.rows.insert(index + 1, list(grid.rows[index]))
    save(grid)
    return paths

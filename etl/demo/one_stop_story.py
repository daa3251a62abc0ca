"""The One-Stop story of the demo, before any file is written: which officer sits at which desk in each
month of 2024–2025, what each hands in on Mẫu 01 (score, date, or nothing), how many citizens rate them
on Mẫu 02 and how many of those are satisfied, how each desk lays out its monthly summary, and which
export carries each desk-month of ratings. The writers (one_stop_forms, one_stop_feedback) only render
it, so `one_stop.planted()` can tell tests what was planted without writing a file."""

from __future__ import annotations

import csv
import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from etl.demo.reference import officers

YEARS = (2024, 2025)
MONTHS: tuple[str, ...] = tuple(f"{year}-{month:02d}" for year in YEARS for month in range(1, 13))

# Mean ratings per officer and month at a quiet commune desk; busier desks get more (Desk.busy).
# ~300k ratings in all: the size of a real year of kiosk exports, still loaded in reasonable time.
COMMUNE_RATINGS = 150
# Tết (late January or February) empties the desks; December is the year-end rush.
MONTH_FACTOR = {1: 0.85, 2: 0.7, 12: 1.1}
# Satisfied share (two top levels) of an ordinary officer, of a weak one, and in a month graded D.
SATISFIED_USUAL = (0.80, 0.97)
SATISFIED_WEAK = (0.60, 0.78)
SATISFIED_D = (0.30, 0.46)
# How often an officer-month's form is missing or handed in late (QĐ 1514/2023: before the 2nd).
MISSING_RATE = 0.025
LATE_RATE = 0.06
SINGLE_FORMS = 8
FEW_RATINGS = 6
# Share of rows broken on purpose in the exports that carry bad rows.
BAD_ROW_RATE = 0.005
BAD_KINDS = ("unknown_officer", "impossible_date", "unreadable_date", "unreadable_level", "blank_level")

# Satisfaction levels, best first, as the exports spell them (index = level in Rating.level).
LEVELS_5 = ("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Rất không hài lòng")
# A three-level kiosk has the first, second and fourth; the others fold into «Không hài lòng».
LEVELS_3 = ("Rất hài lòng", "Hài lòng", "Không hài lòng", "Không hài lòng", "Không hài lòng")

MERGE_DAY = dt.date(2025, 7, 1)


@dataclass(frozen=True)
class Desk:
    """A One-Stop desk of the registry, with what its files show of it."""

    code: str
    name: str
    alias: str  # how an older kiosk names it ("Bộ phận TN&TKQ xã Khánh Xuân")
    parent_name: str  # the people's committee it belongs to ("UBND xã Khánh Xuân")
    place: str  # where its documents are dated ("Lộc Bình, ngày …")
    valid_from: dt.date
    valid_to: dt.date | None
    agency_code: str  # first part of its dossier codes ("000.00.21.H35")
    is_district: bool  # the desk of a district's people's committee (busier, wider procedures)
    busy: int  # mean ratings per officer and month


@dataclass(frozen=True)
class Template:
    """How a desk lays out its monthly summary of Mẫu 01: kept month after month."""

    has_code: bool  # some desks list officers by name only
    has_reviewer: bool  # some heads do not fill in a reviewed score
    header: str  # "plain", "breaks" (text with line breaks) or "two_row" (merged «Điểm đánh giá»)
    dates_as_text: bool  # «Ngày nộp» typed as dd/mm/yyyy text, or a real date
    has_note: bool
    numbers_as_text: bool  # scores typed as text with a decimal comma ("92,5")
    signature: bool
    name_style: int


@dataclass
class OfficerMonth:
    """One officer in one month: the form handed in and the citizens' ratings received."""

    officer_code: str
    officer_name: str
    desk_code: str
    month: str  # "YYYY-MM"
    status: str = "summary"  # a line of the desk's summary, "single" (own form) or "missing"
    self_points: float | None = None
    reviewed_points: float | None = None
    submitted_date: dt.date | None = None
    is_late: bool = False
    is_grade_d: bool = False
    ratings: int = 0
    satisfied: int = 0
    note: str | None = None


@dataclass(frozen=True)
class FeedbackFile:
    """One export of ratings: its desk-months, its shape and the rows broken in it on purpose."""

    name: str
    form: str  # kiosk, old_kiosk, portal, numeric, reexport, no_level
    desk_months: tuple[tuple[str, str], ...]
    bad_rows: dict[str, int] = field(default_factory=dict)
    expected: str = "loaded"


@dataclass
class Story:
    desks: dict[str, Desk]
    templates: dict[str, Template]
    officer_months: list[OfficerMonth]
    weak_officers: tuple[str, ...]
    old_kiosk_desk: str
    numeric_desk: str
    feedback_files: list[FeedbackFile]

    def at(self, desk_code: str, month: str) -> list[OfficerMonth]:
        """Officer-months of one desk, by officer code."""
        return [om for om in self.officer_months if om.desk_code == desk_code and om.month == month]

    def ratings_of(self, desk_months: tuple[tuple[str, str], ...]) -> int:
        wanted = set(desk_months)
        return sum(om.ratings for om in self.officer_months if (om.desk_code, om.month) in wanted)


def ascii_text(text: str) -> str:
    """ "Bộ phận Một cửa xã Khánh Xuân" → "Bo phan Mot cua xa Khanh Xuan": file names are typed so."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def month_days(month: str) -> tuple[dt.date, dt.date]:
    """First and last day of "YYYY-MM"."""
    year, number = int(month[:4]), int(month[5:])
    first = dt.date(year, number, 1)
    following = dt.date(year + number // 12, number % 12 + 1, 1)
    return first, following - dt.timedelta(days=1)


def _date(text: str) -> dt.date | None:
    return dt.datetime.strptime(text, "%d/%m/%Y").date() if text.strip() else None


_PLACE_PREFIXES = ("UBND ", "thành phố ", "huyện ", "thị trấn ", "phường ", "xã ")


def _place(unit_name: str) -> str:
    for prefix in _PLACE_PREFIXES:
        unit_name = unit_name.removeprefix(prefix)
    return unit_name


def _desks(profile: Path, volume: float) -> dict[str, Desk]:
    with (profile / "units.csv").open(encoding="utf-8-sig", newline="") as handle:
        units = {row["Mã đơn vị"]: row for row in csv.DictReader(handle)}
    desks: dict[str, Desk] = {}
    districts = 0
    communes = 0
    for row in units.values():
        if row["Nhóm"] != "mot_cua":
            continue
        parent = units.get(row["Đơn vị cấp trên"])
        parent_name = parent["Tên đơn vị"] if parent else row["Tên đơn vị"].replace("Bộ phận Một cửa ", "")
        top = parent
        while top and units.get(top["Đơn vị cấp trên"]):
            top = units[top["Đơn vị cấp trên"]]
        place = _place(top["Tên đơn vị"] if top else parent_name)
        aliases = [a for a in row["Tên gọi khác"].split(";") if a.strip()]
        alias = next((a for a in aliases if "TN&TKQ" in a), row["Tên đơn vị"])
        valid_from = _date(row["Hiệu lực từ"]) or dt.date(2018, 1, 1)
        is_district = bool(parent and parent["Nhóm"] == "huyen")
        if is_district:
            districts += 1
            agency = f"000.00.{20 + districts:02d}.H35"
            factor = 2.0
        else:
            communes += 1
            agency = f"{500 + communes:03d}.{20 + communes:02d}.00.H35"
            factor = 1.0
            if valid_from >= MERGE_DAY:
                factor = 1.6  # merged communes serve several old ones
            elif "thị trấn" in parent_name:
                factor = 1.45
        desks[row["Mã đơn vị"]] = Desk(
            code=row["Mã đơn vị"],
            name=row["Tên đơn vị"],
            alias=alias,
            parent_name=parent_name,
            place=place,
            valid_from=valid_from,
            valid_to=_date(row["Hiệu lực đến"]),
            agency_code=agency,
            is_district=is_district,
            busy=round(factor * COMMUNE_RATINGS * volume),
        )
    return desks


def _templates(desks: dict[str, Desk], seed: int) -> dict[str, Template]:
    """Layouts cycle over the desks so every variant appears; the rest is each desk's habit."""
    templates = {}
    for index, code in enumerate(desks):
        rng = random.Random(f"{seed}:mau01-template:{code}")
        has_reviewer = index % 5 != 2
        header = ("plain", "breaks", "two_row", "breaks")[index % 4]
        if header == "two_row" and not has_reviewer:
            header = "breaks"
        templates[code] = Template(
            has_code=index % 4 != 1,
            has_reviewer=has_reviewer,
            header=header,
            dates_as_text=index % 3 != 0,
            has_note=rng.random() < 0.8,
            numbers_as_text=index % 7 == 3,
            signature=rng.random() < 0.5,
            name_style=index % 3,
        )
    return templates


def _in_force(desk: Desk, first: dt.date, last: dt.date) -> bool:
    return desk.valid_from <= first and (desk.valid_to is None or desk.valid_to >= last)


def _assignments(desks: dict[str, Desk], profile: Path, seed: int) -> list[OfficerMonth]:
    """An officer-month wherever an officer's posting and the desk cover the whole month (postings
    start on the 1st and the old desks close on 30/06/2025, so months never split)."""
    postings = officers(profile, seed)
    months = []
    for month in MONTHS:
        first, last = month_days(month)
        for posting in postings:
            desk = desks.get(str(posting["unit"]))
            end = posting["end"]
            if desk is None or not _in_force(desk, first, last):
                continue
            if posting["start"] <= first and (end is None or end >= last):  # type: ignore[operator]
                months.append(OfficerMonth(str(posting["code"]), str(posting["name"]), desk.code, month))
    return months


def _half(rng: random.Random, points: int) -> float | int:
    """One score in ten ends in ,5."""
    return points - 0.5 if rng.random() < 0.1 else points


def _submitted(rng: random.Random, month: str, late: bool) -> dt.date:
    """On time: the last days of the month or the 1st of the next; late: the 3rd to the 10th."""
    _, last = month_days(month)
    following = last + dt.timedelta(days=1)
    if late:
        return following.replace(day=rng.randint(3, 10))
    return last - dt.timedelta(days=rng.randint(0, 5)) if rng.random() < 0.7 else following


def _weak_months(by_officer: dict[str, list[OfficerMonth]], rng: random.Random) -> dict[str, list[str]]:
    """Three officers present all 24 months: one has two D months in a row (in 2024, at the same
    desk), the other two one D month each."""
    present = sorted(code for code, oms in by_officer.items() if len(oms) == len(MONTHS))
    weak = rng.sample(present, 3)
    start = rng.randint(2, 9)
    return {
        weak[0]: [MONTHS[start], MONTHS[start + 1]],
        weak[1]: [MONTHS[rng.randint(12, 17)]],
        weak[2]: [MONTHS[rng.randint(18, 22)]],
    }


_LEAVE_NOTES = ("Nghỉ phép", "Đi học bồi dưỡng", "Nghỉ ốm", "Đi công tác")


def build_story(profile: Path, seed: int, volume: float = 1.0) -> Story:
    """The whole story from the profile's registry and the seed. `volume` scales the number of ratings
    (1.0: ~300k; tests use less); everything else stays as planted."""
    desks = _desks(profile, volume)
    templates = _templates(desks, seed)
    months = _assignments(desks, profile, seed)
    rng = random.Random(f"{seed}:one-stop")
    by_officer: dict[str, list[OfficerMonth]] = {}
    for om in months:
        by_officer.setdefault(om.officer_code, []).append(om)
    weak = _weak_months(by_officer, rng)
    skill = {code: rng.uniform(84, 95) for code in sorted(by_officer)}
    for code in weak:
        skill[code] = rng.uniform(74, 79)

    # Ordinary months first, the rare statuses drawn afterwards from what is left.
    for om in months:
        om.is_grade_d = om.month in weak.get(om.officer_code, ())
        if not om.is_grade_d and rng.random() < MISSING_RATE:
            om.status = "missing"
    ordinary = [om for om in months if om.status == "summary" and not om.is_grade_d]
    few = rng.sample(ordinary, FEW_RATINGS)
    singles = rng.sample([om for om in ordinary if om not in few], SINGLE_FORMS)
    for om in singles:
        om.status = "single"

    for om in months:
        desk = desks[om.desk_code]
        month_number = int(om.month[5:])
        expected = desk.busy * MONTH_FACTOR.get(month_number, 1.0) * rng.uniform(0.75, 1.25)
        om.ratings = max(8, round(expected))
        if om in few:
            om.ratings = rng.randint(1, 4)
            om.note = rng.choice(_LEAVE_NOTES)
        if om.is_grade_d:
            share = rng.uniform(*SATISFIED_D)
        elif om.officer_code in weak:
            share = rng.uniform(*SATISFIED_WEAK)
        else:
            share = rng.uniform(*SATISFIED_USUAL)
        om.satisfied = round(om.ratings * share)
        if om.status == "missing":
            continue
        if om.is_grade_d:
            om.self_points = rng.randint(40, 49)
            om.note = "Bị người dân phản ánh về thái độ phục vụ"
        else:
            points = max(76, min(99, round(rng.gauss(skill[om.officer_code], 3))))
            om.self_points = points if om.status == "single" else _half(rng, points)
        has_reviewer = templates[om.desk_code].has_reviewer
        if has_reviewer:
            lowered = rng.random() < 0.25 or om.is_grade_d
            cut = rng.randint(2, 10) if not om.is_grade_d else rng.randint(0, 3)
            om.reviewed_points = om.self_points - cut if lowered else om.self_points
        om.is_late = not om.is_grade_d and rng.random() < LATE_RATE
        om.submitted_date = _submitted(rng, om.month, om.is_late)
        if om.is_late and om.note is None and rng.random() < 0.5:
            om.note = "Nộp muộn"

    old_commune_desks = [d.code for d in desks.values() if d.valid_to and not d.is_district]
    new_desks = [d.code for d in desks.values() if d.valid_from >= MERGE_DAY]
    old_kiosk_desk = rng.choice(old_commune_desks)
    numeric_desk = rng.choice(new_desks)
    story = Story(
        desks=desks,
        templates=templates,
        officer_months=months,
        weak_officers=tuple(weak),
        old_kiosk_desk=old_kiosk_desk,
        numeric_desk=numeric_desk,
        feedback_files=[],
    )
    story.feedback_files = _feedback_files(story, rng)
    return story


def _bad_rows(rows: int) -> dict[str, int]:
    """About 0.5% of the rows, at least one of each kind."""
    total = max(len(BAD_KINDS), round(rows * BAD_ROW_RATE))
    base, extra = divmod(total, len(BAD_KINDS))
    return {kind: base + (i < extra) for i, kind in enumerate(BAD_KINDS)}


def _feedback_files(story: Story, rng: random.Random) -> list[FeedbackFile]:
    """Which export carries each desk-month: a kiosk CSV per quarter of 2024 (an older kiosk writes one
    desk's second quarter in Windows-1258), the portal's Excel per quarter of 2025 (one desk's October
    comes from a kiosk scoring 1–5), a re-export of March 2024, and an export without the level."""
    desk_months = sorted(
        {(om.desk_code, om.month) for om in story.officer_months}, key=lambda x: (x[1], x[0])
    )
    quarters: dict[str, list[tuple[str, str]]] = {}
    old_kiosk: list[tuple[str, str]] = []
    numeric: list[tuple[str, str]] = []
    for desk, month in desk_months:
        year, number = month[:4], int(month[5:])
        quarter = (number - 1) // 3 + 1
        if desk == story.old_kiosk_desk and year == "2024" and quarter == 2:
            old_kiosk.append((desk, month))
        elif desk == story.numeric_desk and month == "2025-10":
            numeric.append((desk, month))
        else:
            quarters.setdefault(f"{year}_Q{quarter}", []).append((desk, month))
    with_bad = {"2024_Q2", "2024_Q4", "2025_Q1", "2025_Q3"}
    files = []
    for key in sorted(quarters):
        part = tuple(quarters[key])
        bad = _bad_rows(story.ratings_of(part)) if key in with_bad else {}
        if key.startswith("2024"):
            files.append(FeedbackFile(f"DanhGia_Kiosk_{key}.csv", "kiosk", part, bad))
        else:
            files.append(FeedbackFile(f"DanhGia_DVC_{key}.xlsx", "portal", part, bad))
    desk = story.old_kiosk_desk
    files.append(FeedbackFile(f"DanhGia_{desk}_2024_Q2_kiosk_cu.csv", "old_kiosk", tuple(old_kiosk)))
    files.append(
        FeedbackFile(
            f"KetQuaDanhGia_{story.numeric_desk}_T10-2025.csv",
            "numeric",
            tuple(numeric),
            _bad_rows(story.ratings_of(tuple(numeric))),
        )
    )
    march = tuple(dm for dm in desk_months if dm[1] == "2024-03")
    files.append(FeedbackFile("DanhGia_Kiosk_2024-03_xuat_lai.csv", "reexport", march))
    district = sorted(d.code for d in story.desks.values() if d.is_district)
    refused_desk = rng.choice(district)
    files.append(
        FeedbackFile(
            f"DanhGia_{refused_desk}_2024-08.csv", "no_level", ((refused_desk, "2024-08"),), {}, "rejected"
        )
    )
    return files

"""The story behind the demo's scoring sheets: who is assessed each year, on which framework, how well,
and how honestly they score themselves.

Each unit has a capacity that drifts up over the years with noise. Some fields are weak for a whole
group (modernisation in communes, administrative procedures in districts). Survey points are a share
of the survey maxima that follows capacity. A few units inflate their self-scores; some are careless
with evidence; some submit late. Everything comes from random generators seeded by the demo seed and
the unit's code, so the story is the same on every rebuild and does not shift when a unit is added.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

YEARS = tuple(range(2018, 2026))
ASSESSED_GROUPS = ("so_nganh", "huyen", "xa", "phong")
SURVEY_METHOD = "Điều tra xã hội học"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")
# Deadline of the self-assessment report (rules.csv, submission_deadline.cchc_report_due).
DUE_DAY, DUE_MONTH = 5, 12

# Fields a whole group is weak in (0-based field index → capacity lost): communes lag in
# modernisation (field VII), districts in administrative procedures (field III), as provincial
# reports on the index usually say.
WEAK_FIELDS = {
    "xa": {6: 0.22, 7: 0.05},
    "huyen": {2: 0.16},
    "phong": {6: 0.10},
    "so_nganh": {7: 0.06},
}


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    group: str
    parent: str
    start: dt.date
    end: dt.date | None
    aliases: tuple[str, ...]

    def assessed_in(self, year: int) -> bool:
        """A unit is assessed in a year when it is in force on 31/12 of that year."""
        last_day = dt.date(year, 12, 31)
        return self.start <= last_day and (self.end is None or self.end >= last_day)


@dataclass(frozen=True)
class Criterion:
    stt: str
    title: str
    max_points: float
    is_survey: bool
    parent: str | None
    field_index: int
    children: tuple[str, ...] = ()

    @property
    def is_leaf(self) -> bool:
        return not self.children


@dataclass(frozen=True)
class Framework:
    framework_id: str
    group: str
    from_year: int
    to_year: int | None
    criteria: tuple[Criterion, ...]
    total: float

    def covers(self, year: int) -> bool:
        return self.from_year <= year <= (self.to_year or 9999)

    def by_stt(self) -> dict[str, Criterion]:
        return {c.stt: c for c in self.criteria}


@dataclass
class Line:
    """A leaf criterion as the unit scored it and the council appraised it."""

    criterion: Criterion
    self_points: float | None
    appraised_points: float | None
    not_applicable: str | None  # the marker the unit typed ("x", "KAD", "Không áp dụng")
    evidence: str
    explanation: str


@dataclass
class Submission:
    """One unit's scoring sheet for one year, with the rounds in which it reaches the province."""

    unit: Unit
    parent: Unit | None
    year: int
    framework: Framework
    lines: dict[str, Line]
    survey_points: dict[str, float]
    submitted: dt.date
    report_number: int
    is_late: bool
    inflates: bool
    # "self" (self-assessment only, loaded first) and/or "appraised" (the council's version).
    rounds: tuple[str, ...]
    extra: dict[str, object] = field(default_factory=dict)

    def index_pct(self) -> float:
        """(appraised + survey points) / applicable maximum × 100, as the province computes it."""
        earned = sum(line.appraised_points or 0.0 for line in self.lines.values())
        earned += sum(self.survey_points.values())
        excluded = sum(line.criterion.max_points for line in self.lines.values() if line.not_applicable)
        return round(earned / (self.framework.total - excluded) * 100, 2)


# --------------------------------------------------------------------------------------------------
# Reading the profile
# --------------------------------------------------------------------------------------------------


def _date(text: str) -> dt.date | None:
    return dt.datetime.strptime(text, "%d/%m/%Y").date() if text.strip() else None


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def load_units(profile: Path) -> dict[str, Unit]:
    with (profile / "units.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    units = {}
    for row in rows:
        start = _date(row["Hiệu lực từ"]) or dt.date(YEARS[0], 1, 1)
        units[row["Mã đơn vị"]] = Unit(
            code=row["Mã đơn vị"],
            name=row["Tên đơn vị"],
            group=row["Nhóm"],
            parent=row["Đơn vị cấp trên"],
            start=start,
            end=_date(row["Hiệu lực đến"]),
            aliases=tuple(a for a in row["Tên gọi khác"].split(";") if a),
        )
    return units


def _parent_stt(stt: str) -> str | None:
    if stt in ROMAN:
        return None
    parts = stt.split(".")
    if len(parts) == 2:
        return ROMAN[int(parts[0]) - 1]
    return ".".join(parts[:-1])


def load_framework(
    path: Path, framework_id: str, group: str, from_year: int, to_year: int | None
) -> Framework:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.reader(handle)][1:]
    raw = [row for row in rows if row[0].strip()]
    total = sum(_number(row[2]) for row in raw if row[0] in ROMAN)
    children: dict[str, list[str]] = {}
    for row in raw:
        parent = _parent_stt(row[0])
        if parent:
            children.setdefault(parent, []).append(row[0])
    criteria = []
    field_index = -1
    for stt, title, points, method, *_ in raw:
        if stt in ROMAN:
            field_index = ROMAN.index(stt)
        criteria.append(
            Criterion(
                stt=stt,
                title=title,
                max_points=_number(points),
                is_survey=method == SURVEY_METHOD,
                parent=_parent_stt(stt),
                field_index=field_index,
                children=tuple(children.get(stt, ())),
            )
        )
    return Framework(framework_id, group, from_year, to_year, tuple(criteria), total)


def load_frameworks(profile: Path) -> list[Framework]:
    with (profile / "frameworks.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        load_framework(
            profile / row["Tệp"],
            row["Mã bộ tiêu chí"],
            row["Nhóm"],
            int(row["Từ năm"]),
            int(row["Đến năm"]) if row["Đến năm"].strip() else None,
        )
        for row in rows
    ]


def framework_for(frameworks: list[Framework], group: str, year: int) -> Framework:
    return next(f for f in frameworks if f.group == group and f.covers(year))


# --------------------------------------------------------------------------------------------------
# Units' traits and yearly scores
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Traits:
    """What stays with a unit over the years."""

    base: float
    trend: float
    field_effects: tuple[float, ...]
    inflates: bool
    evidence_style: str  # careful | brief | sloppy
    late_prone: bool
    document_symbol: str


def ascii_upper(text: str) -> str:
    """ "UBND xã Minh Sơn" → "UBND XA MINH SON": how a unit types without a Vietnamese keyboard."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).upper()


def document_symbol(unit: Unit) -> str:
    """The issuer part of a document number: "QĐ-UBND" for people's committees, the office otherwise."""
    if unit.group in ("huyen", "xa"):
        return "UBND"
    if unit.group == "phong":
        prefix = unit.code.split("-")[0]
        return {"TTR": "TTr", "PTCKH": "TCKH", "PVHTT": "VHTT"}.get(prefix, prefix)
    code = unit.code.removesuffix("-25")
    return {"SKHDT": "SKHĐT", "SGDDT": "SGDĐT", "BDT": "BDT", "VPUBND": "VP", "BQLKKT": "BQLKKT"}.get(
        code, code
    )


def traits(unit: Unit, seed: int, inflating: set[str]) -> Traits:
    rng = random.Random(f"{seed}:traits:{unit.code}")
    base = min(0.9, max(0.55, rng.gauss(0.72, 0.07)))
    trend = rng.uniform(0.004, 0.028)
    effects = tuple(rng.gauss(0, 0.05) for _ in ROMAN)
    style = rng.choices(("careful", "brief", "sloppy"), weights=(70, 20, 10))[0]
    return Traits(
        base=base,
        trend=trend,
        field_effects=effects,
        inflates=unit.code in inflating,
        evidence_style=style,
        late_prone=rng.random() < 0.12,
        document_symbol=document_symbol(unit),
    )


def capacity(t: Traits, year: int, rng: random.Random) -> float:
    return min(0.97, max(0.45, t.base + t.trend * (year - YEARS[0]) + rng.gauss(0, 0.025)))


def _quarter(points: float) -> float:
    return round(points * 4) / 4


_DOCUMENTS = (
    ("Kế hoạch", "KH"),
    ("Quyết định", "QĐ"),
    ("Báo cáo", "BC"),
    ("Thông báo", "TB"),
    ("Công văn", ""),
)
_VAGUE = ("Có", "Đã thực hiện", "Có thực hiện", "Đã triển khai", "Có văn bản", "Thực hiện tốt")
_FULL_EXPLANATIONS = (
    "Thực hiện đầy đủ, đúng quy định",
    "Hoàn thành đúng thời hạn quy định",
    "Đạt 100% kế hoạch đề ra",
    "Đạt yêu cầu, tự chấm điểm tối đa",
    "Thực hiện đúng tiến độ, có kết quả cụ thể",
)


def _points_text(points: float) -> str:
    return f"{points:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _document(rng: random.Random, year: int, symbol: str, stt: str, with_file: bool) -> str:
    kind, short = rng.choice(_DOCUMENTS)
    number = rng.randint(3, 380)
    day, month = rng.randint(1, 28), rng.randint(1, 11)
    issued = f"{day:02d}/{month:02d}/{year}"
    text = f"{kind} số {number}/{short}-{symbol} ngày {issued}" if short else f"{kind} số {number}/{symbol}"
    if not short:
        text += f" ngày {issued}"
    if with_file:
        # Hữu Lũng's rule: evidence files are named after the criterion's number.
        text += f" (tệp {stt}_{short or 'CV'}{number}.pdf)"
    return text


def _explanation(rng: random.Random, line_max: float, points: float, year: int) -> str:
    if points >= line_max:
        return rng.choice(_FULL_EXPLANATIONS)
    if points <= 0:
        return f"Chưa thực hiện trong năm {year}"
    share = round(points / line_max * 100)
    lost = _points_text(line_max - points)
    return rng.choice(
        (
            f"Hoàn thành {share}% kế hoạch, tự trừ {lost} điểm",
            f"Thực hiện chậm so với thời hạn, trừ {lost} điểm",
            f"Chưa đầy đủ nội dung theo hướng dẫn, trừ {lost} điểm",
        )
    )


# Leaves a unit marks "not applicable", by the words of their title and which units they spare:
# wards and towns have no new-rural-area targets; the city has none either; an inspectorate
# provides no online public services.
def _not_applicable(unit: Unit, criterion: Criterion) -> bool:
    title = criterion.title
    if unit.group == "xa" and unit.name.startswith(("UBND phường", "UBND thị trấn")):
        return "nông thôn mới" in title
    if unit.code == "TPLS":
        return "nông thôn mới" in title
    if unit.group == "phong" and unit.code.startswith("TTR-"):
        return "trực tuyến" in title
    if unit.code in ("TTT", "BDT", "VPUBND"):
        return "đơn vị sự nghiệp công lập" in title
    return False


_NA_MARKERS = ("x", "KAD", "Không áp dụng")


def score(
    unit: Unit,
    parent: Unit | None,
    year: int,
    framework: Framework,
    t: Traits,
    seed: int,
    appraised_share: float,
) -> Submission:
    """One unit's sheet for one year: leaf points, evidence, survey points, date and rounds."""
    rng = random.Random(f"{seed}:score:{unit.code}:{year}")
    cap = capacity(t, year, rng)
    weak = WEAK_FIELDS.get(unit.group, {})
    # Weak fields recover slowly as the province focuses on them.
    recovery = 1 - 0.06 * (year - YEARS[0])
    marker = rng.choice(_NA_MARKERS)
    style = t.evidence_style
    missing_p = {"careful": 0.0, "brief": 0.0, "sloppy": 0.06}[style]
    vague_p = {"careful": 0.0, "brief": 0.05, "sloppy": 0.06}[style]
    with_files = rng.random() < 0.15
    lines: dict[str, Line] = {}
    survey: dict[str, float] = {}
    share = min(0.98, max(0.4, cap * 0.95 + rng.gauss(0, 0.04)))
    inflate_p = rng.uniform(0.25, 0.4) if t.inflates else 0.0
    for criterion in framework.criteria:
        if not criterion.is_leaf:
            continue
        top = criterion.max_points
        if criterion.is_survey:
            survey[criterion.stt] = round(top * min(1.0, max(0.3, share + rng.gauss(0, 0.04))), 2)
            lines[criterion.stt] = Line(criterion, None, None, None, "", "")
            continue
        if _not_applicable(unit, criterion):
            lines[criterion.stt] = Line(criterion, None, None, marker, "", "Đơn vị không có nhiệm vụ này")
            continue
        quality = (
            cap
            - weak.get(criterion.field_index, 0.0) * recovery
            + t.field_effects[criterion.field_index]
            + rng.gauss(0, 0.13)
        )
        appraised = min(top, max(0.0, _quarter(top * min(1.0, max(0.0, quality)))))
        self_points = appraised
        if appraised < top and rng.random() < inflate_p:
            self_points = top
        elif appraised < top and top >= 1.5 and rng.random() < 0.12:
            # Honest units still round up now and then, by less than the council's warning threshold.
            self_points = appraised + 0.25
        draw = rng.random()
        if self_points > 0 and draw < missing_p:
            evidence, explanation = "", ""
        elif self_points > 0 and draw < missing_p + vague_p:
            evidence = rng.choice(_VAGUE)
            explanation = _explanation(rng, top, self_points, year)
        elif self_points > 0:
            evidence = _document(rng, year, t.document_symbol, criterion.stt, with_files)
            if rng.random() < 0.2:
                evidence += "; " + _document(rng, year, t.document_symbol, criterion.stt, with_files)
            explanation = _explanation(rng, top, self_points, year)
        else:
            evidence, explanation = "", _explanation(rng, top, self_points, year)
        lines[criterion.stt] = Line(criterion, self_points, appraised, None, evidence, explanation)
    is_late = t.late_prone and rng.random() < 0.5
    due = dt.date(year, DUE_MONTH, DUE_DAY)
    submitted = (
        due + dt.timedelta(days=rng.randint(3, 16))
        if is_late
        else due - dt.timedelta(days=rng.randint(0, 14))
    )
    # Late sheets and a share of the others reach the province before the council has appraised them.
    appraised_now = rng.random() < appraised_share
    two_rounds = is_late or rng.random() < 0.08
    if not appraised_now:
        rounds: tuple[str, ...] = ("self",)
    elif two_rounds:
        rounds = ("self", "appraised")
    else:
        rounds = ("appraised",)
    return Submission(
        unit=unit,
        parent=parent,
        year=year,
        framework=framework,
        lines=lines,
        survey_points=survey,
        submitted=submitted,
        report_number=rng.randint(12, 260),
        is_late=is_late,
        inflates=t.inflates,
        rounds=rounds,
    )


def choose_inflating(units: list[Unit], seed: int) -> set[str]:
    """A few units in each group that score themselves well above what the council accepts."""
    rng = random.Random(f"{seed}:inflating")
    chosen: set[str] = set()
    for group, count in (("so_nganh", 2), ("huyen", 1), ("xa", 3), ("phong", 1)):
        members = sorted(u.code for u in units if u.group == group and u.start.year == YEARS[0])
        chosen.update(rng.sample(members, count))
    return chosen


@dataclass
class Story:
    """The demo province's units, frameworks, units' traits and every yearly sheet."""

    units: dict[str, Unit]
    frameworks: list[Framework]
    traits: dict[str, Traits]
    submissions: list[Submission]


def build_story(profile: Path, seed: int) -> Story:
    """Every assessed unit's sheet for every demo year, in year then unit order."""
    units = load_units(profile)
    frameworks = load_frameworks(profile)
    assessed = [u for u in units.values() if u.group in ASSESSED_GROUPS]
    inflating = choose_inflating(assessed, seed)
    unit_traits = {u.code: traits(u, seed, inflating) for u in assessed}
    result = []
    for year in YEARS:
        # 2025 is still being appraised: most units have their appraised sheet, some do not yet.
        appraised_share = 0.75 if year == YEARS[-1] else 1.0
        for unit in assessed:
            if not unit.assessed_in(year):
                continue
            framework = framework_for(frameworks, unit.group, year)
            parent = units.get(unit.parent) if unit.parent else None
            result.append(score(unit, parent, year, framework, unit_traits[unit.code], seed, appraised_share))
    return Story(units, frameworks, unit_traits, result)

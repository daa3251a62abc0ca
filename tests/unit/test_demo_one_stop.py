"""The One-Stop generator of the demo on its own (the loader's parsers are tested elsewhere): the files
it writes say what `planted()` says, every rating names an officer at a desk in force that day, and a
rebuild writes the same bytes. Generated at a tenth of the demo's ratings to stay fast; the plan of the
full volume is checked without writing it."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from etl.demo import PROFILE_DIR, one_stop, reference
from etl.demo.one_stop_feedback import HEADERS
from etl.demo.one_stop_story import LEVELS_5, build_story
from etl.text import unicode_to_cp1258

SEED = 2025
VOLUME = 0.1
SATISFIED = {"Rất hài lòng", "Hài lòng", "5", "4"}
LEVELS = {*LEVELS_5, "1", "2", "3", "4", "5"}
TIME = re.compile(r"^(\d\d)/(\d\d)/(\d{4}) (\d\d):(\d\d):(\d\d)$")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list, dict]:
    out = tmp_path_factory.mktemp("one_stop")
    files = one_stop.generate(out, SEED, PROFILE_DIR, volume=VOLUME)
    return out, files, one_stop.planted(out, SEED, PROFILE_DIR, volume=VOLUME)


def _cells(path: Path) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python(skip_empty_area=False)


def _export(path: Path, info: dict) -> tuple[list[str], list[list[str]]]:
    """Header and data rows of a feedback export, as text."""
    if path.suffix == ".xlsx":
        rows = [["" if v is None else str(v) for v in row] for row in _cells(path)]
    else:
        text = path.read_bytes().decode(info["encoding"])
        text = unicodedata.normalize("NFC", text)
        rows = list(csv.reader(io.StringIO(text), delimiter=";" if info["form"] == "old_kiosk" else ","))
    start = next(i for i, row in enumerate(rows) if "Mã hồ sơ" in row)
    return rows[start], rows[start + 1 :]


def _when(text: str) -> dt.datetime | str:
    """The rating's time, or why it cannot be read."""
    found = TIME.match(text)
    if not found:
        return "unreadable_date"
    day, month, year, hour, minute, second = map(int, found.groups())
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        return "impossible_date"


def _postings() -> dict[str, list[tuple[str, dt.date, dt.date | None]]]:
    found: dict[str, list[tuple[str, dt.date, dt.date | None]]] = {}
    for row in reference.officers(PROFILE_DIR, SEED):
        found.setdefault(str(row["code"]), []).append((str(row["unit"]), row["start"], row["end"]))  # type: ignore[arg-type]
    return found


@pytest.fixture(scope="module")
def ratings(built: tuple[Path, list, dict]) -> tuple[dict[str, Counter], list[tuple]]:
    return _ratings(built[2])


def _ratings(planted: dict) -> tuple[dict[str, Counter], list[tuple]]:
    """Bad rows by file and kind, and every readable rating as (file, officer, desk, time, level, dossier)."""
    story = build_story(PROFILE_DIR, SEED, VOLUME)
    code_of_name = {om.officer_name: om.officer_code for om in story.officer_months}
    desk_names: dict[str, set[str]] = {}
    for desk in story.desks.values():
        for text in (desk.code, desk.name, desk.alias):
            desk_names.setdefault(text, set()).add(desk.code)
    bad: dict[str, Counter] = {}
    good = []
    for name, info in planted["feedback_files"].items():
        if info["expected"] != "loaded":
            continue
        header, rows = _export(info["path"], info)
        col = {text: i for i, text in enumerate(header)}
        assert len(rows) == info["rows"], name
        kinds: Counter = Counter()
        for row in rows:
            code = (
                row[col["Mã cán bộ"]]
                if "Mã cán bộ" in col
                else code_of_name.get(row[col["Cán bộ tiếp nhận"]], "")
            )
            level = row[col["Mức độ hài lòng"]]
            when = _when(row[col.get("Thời gian đánh giá", col.get("Thời gian"))])
            if code not in _POSTINGS:
                kinds["unknown_officer"] += 1
            elif isinstance(when, str):
                kinds[when] += 1
            elif not level:
                kinds["blank_level"] += 1
            elif level not in LEVELS:
                kinds["unreadable_level"] += 1
            else:
                if "Mã đơn vị" in col:
                    desk = row[col["Mã đơn vị"]]
                elif "Đơn vị" in col:
                    desk = row[col["Đơn vị"]]
                else:  # the 1–5 export names its desk above the header
                    (desk,) = info["desks"]
                good.append((name, code, desk, when, level, row[col["Mã hồ sơ"]]))
        bad[name] = kinds
    return bad, [(f, c, _desk(desk_names[d], c, w), w, lv, dossier) for f, c, d, w, lv, dossier in good]


_POSTINGS = _postings()


def _desk(candidates: set[str], code: str, when: dt.datetime) -> str:
    """The desk a rating names: a name two desks share («xã Yên Bình» before and after the merge) is
    the one the officer sat at that day, if any."""
    for desk, start, end in _POSTINGS.get(code, ()):
        if desk in candidates and start <= when.date() and (end is None or when.date() <= end):
            return desk
    return sorted(candidates)[0]


def test_same_seed_writes_the_same_bytes(built: tuple[Path, list, dict], tmp_path: Path) -> None:
    out, files, _ = built
    again = one_stop.generate(tmp_path, SEED, PROFILE_DIR, volume=VOLUME)
    assert [f.path.relative_to(tmp_path) for f in again] == [f.path.relative_to(out) for f in files]
    for first, second in zip(files, again, strict=True):
        assert first.path.read_bytes() == second.path.read_bytes(), first.path.name


def test_files_are_listed_with_their_outcome(built: tuple[Path, list, dict]) -> None:
    out, files, planted = built
    written = sorted(p.relative_to(out) for p in (out / "one_stop").rglob("*") if p.is_file())
    assert sorted(f.path.relative_to(out) for f in files) == written
    rejected = {f.path.name for f in files if f.expected == "rejected"}
    assert rejected == set(planted["rejected"])
    assert all(f.path.parent.name == "tep_loi" for f in files if f.expected == "rejected")
    # Vietnamese file names are typed without diacritics.
    assert all(f.path.name.isascii() for f in files)
    loaded = {f.path.name for f in files if f.expected == "loaded"}
    expected = {*planted["summary_files"], *planted["single_forms"]}
    expected |= {n for n, info in planted["feedback_files"].items() if info["expected"] == "loaded"}
    expected |= set(planted["dossiers"]["files"])
    assert loaded == expected
    assert len(planted["summary_files"]) > 200 and len(planted["single_forms"]) == 8


def test_cp1258_encoding_round_trips_every_vietnamese_letter() -> None:
    vowels = "aăâeêioôơuưy"
    tones = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    letters = "".join(unicodedata.normalize("NFC", v + t) for v in vowels for t in tones) + "đ"
    text = f"{letters} {letters.upper()} Nguyễn Thị Hồng Ngọc; Bộ phận TN&TKQ xã Khánh Xuân: Rất hài lòng"
    encoded = unicode_to_cp1258(text)
    assert unicodedata.normalize("NFC", encoded.decode("cp1258")) == text
    with pytest.raises(UnicodeDecodeError):
        encoded.decode("utf-8")


def test_cp1258_export_reads_back_to_the_exact_texts(built: tuple[Path, list, dict]) -> None:
    _, _, planted = built
    name, info = next((n, i) for n, i in planted["feedback_files"].items() if i["form"] == "old_kiosk")
    raw = info["path"].read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    header, rows = _export(info["path"], info)
    assert header == list(HEADERS["old_kiosk"])
    story = build_story(PROFILE_DIR, SEED, VOLUME)
    desk = story.desks[story.old_kiosk_desk]
    names = {om.officer_name for om in story.officer_months if om.desk_code == desk.code}
    assert {row[2] for row in rows} == {desk.alias}
    assert {row[3] for row in rows} <= names and len({row[3] for row in rows}) >= 3
    assert {row[5] for row in rows} <= {"Rất hài lòng", "Hài lòng", "Không hài lòng"}
    # Every text comes back letter for letter once recomposed (NFC).
    assert all(row[4] in unicodedata.normalize("NFC", row[4]) for row in rows)
    assert any("ễ" in row[3] or "ữ" in row[2] or "ệ" in row[4] for row in rows)
    assert len(rows) == info["rows"] == info["ratings"]
    assert name.endswith("_kiosk_cu.csv")


def _summary_rows(path: Path) -> list[dict[str, object]]:
    """Officer rows of a desk's summary: cells under the header, until the first row without STT."""
    cells = _cells(path)
    top = next(i for i, row in enumerate(cells) if row and row[0] == "STT")
    header = [" ".join(str(v).split()) for v in cells[top]]
    below = [" ".join(str(v).split()) for v in cells[top + 1]]
    two_row = "Tự đánh giá" in below
    names = [b if two_row and b else h for h, b in zip(header, below, strict=True)] if two_row else header
    rows = []
    for row in cells[top + (2 if two_row else 1) :]:
        if row[0] in (None, ""):
            break
        rows.append(dict(zip(names, row, strict=True)))
    return rows


def _number(value: object) -> float:
    return float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)  # type: ignore[arg-type]


def test_forms_hold_the_planted_officer_months(built: tuple[Path, list, dict]) -> None:
    _, _, planted = built
    plan = {(om["officer_code"], om["month"]): om for om in planted["officer_months"]}
    code_of_name = {om["officer_name"]: om["officer_code"] for om in planted["officer_months"]}
    seen: dict[tuple[str, str], dict] = {}
    layouts = Counter()
    for name, info in planted["summary_files"].items():
        rows = _summary_rows(info["path"])
        header = set(rows[0])
        layouts["names only"] += "Mã cán bộ" not in header and "Mã cán bộ" not in {
            h.replace("\n", " ") for h in header
        }
        layouts["no reviewer"] += not any("thủ trưởng" in h.lower() for h in header)
        for row in rows:
            code = row.get("Mã cán bộ") or code_of_name[str(row["Họ và tên"])]
            key = (str(code), info["month"])
            assert key not in seen, (name, key)
            date = row.get("Ngày nộp") or row.get("Ngày nộp phiếu")
            if isinstance(date, str):
                date = dt.datetime.strptime(date, "%d/%m/%Y").date()
            elif isinstance(date, dt.datetime):
                date = date.date()
            self_points = row.get("Tổng điểm tự đánh giá") or row.get("Tự đánh giá")
            seen[key] = {"date": date, "self": _number(self_points), "file": name}
    assert layouts["names only"] > 0 and layouts["no reviewer"] > 0
    for name, info in planted["single_forms"].items():
        cells = _cells(info["path"])
        texts = [str(row[0]) for row in cells if row and row[0]]
        code = next(t.split(": ")[1] for t in texts if t.startswith("Mã cán bộ:"))
        month_line = next(t for t in texts if t.startswith("Tháng "))
        month = f"{month_line[-4:]}-{month_line[6:8]}"
        line = next(str(row[3]) for row in cells if len(row) > 3 and ", ngày " in str(row[3]))
        day, month_number, year = (int(x) for x in re.findall(r"\d+", line))
        total = next(row for row in cells if row[1] == "Tổng cộng")
        assert (code, month) not in seen and month == info["month"]
        self_points = total[3] if name != planted["formula_total_form"] else None
        seen[(code, month)] = {"date": dt.date(year, month_number, day), "self": self_points, "file": name}

    handed_in = {key for key, om in plan.items() if om["status"] != "missing"}
    assert set(seen) == handed_in
    missing = {key for key, om in plan.items() if om["status"] == "missing"}
    assert missing == set(planted["missing"]) and 15 <= len(missing) <= 50
    # QĐ 1514/2023: handed in after the 1st of the next month is late.
    late = set()
    for (code, month), form in seen.items():
        following = dt.date(int(month[:4]) + int(month[5:]) // 12, int(month[5:]) % 12 + 1, 1)
        assert form["date"] <= following or 3 <= form["date"].day <= 10
        if form["date"] > following:
            late.add((code, month))
        if form["self"] is not None:
            assert form["self"] == plan[(code, month)]["self_points"]
    assert late == {(code, month) for code, month, _ in planted["late"]}
    assert 40 <= len(late) <= 110


def test_weak_officers_are_graded_d(built: tuple[Path, list, dict]) -> None:
    _, _, planted = built
    grade_d = planted["grade_d"]
    assert len(grade_d) == 3
    assert sorted(len(months) for months in grade_d.values()) == [1, 1, 2]
    pair = next(months for months in grade_d.values() if len(months) == 2)
    first, second = (dt.date(int(m[:4]), int(m[5:]), 1) for m in pair)
    assert (second - first).days in (28, 29, 30, 31)
    for om in planted["officer_months"]:
        if om["is_grade_d"]:
            assert 40 <= om["self_points"] <= 49 and om["status"] == "summary"
            points = om["reviewed_points"] if om["reviewed_points"] is not None else om["self_points"]
            # The demo's rule (profiles/demo/rules.csv): 0.7 × score + 0.3 × satisfied %, D below 50.
            assert 0.7 * points + 0.3 * 100 * om["satisfied"] / om["ratings"] < 50
            assert om["ratings"] >= 5
        elif om["status"] != "missing":
            assert 75 <= om["self_points"] <= 99


def test_planted_bad_rows_are_in_the_exports(built: tuple[Path, list, dict], ratings: tuple) -> None:
    planted = built[2]
    bad, _ = ratings
    for name, kinds in bad.items():
        expected = {k: v for k, v in planted["feedback_files"][name]["bad_rows"].items() if v}
        assert dict(kinds) == expected, name
    with_bad = [name for name, kinds in bad.items() if kinds]
    assert len(with_bad) == 5 and all(len(bad[name]) == 5 for name in with_bad)


def test_every_rating_names_an_officer_in_force_that_day(ratings: tuple) -> None:
    _, good = ratings
    story = build_story(PROFILE_DIR, SEED, VOLUME)
    for name, code, desk, when, _, _ in good:
        day = when.date()
        assert any(
            d == desk and start <= day and (end is None or day <= end) for d, start, end in _POSTINGS[code]
        ), (name, code, desk, when)
        unit = story.desks[desk]
        assert unit.valid_from <= day and (unit.valid_to is None or day <= unit.valid_to)
        assert day.weekday() < 5


def test_ratings_add_up_to_the_plan_once_the_overlap_is_removed(
    built: tuple[Path, list, dict], ratings: tuple
) -> None:
    planted = built[2]
    _, good = ratings
    distinct: dict[tuple[str, str, dt.datetime], tuple[str, str]] = {}
    repeated = 0
    overlap = planted["overlap"]
    for name, code, _, when, level, dossier in good:
        key = (dossier, code, when)
        if key in distinct:
            repeated += 1
            assert name == overlap["file"] and distinct[key][1] == overlap["repeats"]
            assert (level in SATISFIED) == (distinct[key][0] in SATISFIED)
            continue
        distinct[key] = (level, name)
    assert repeated == overlap["rows"] == planted["feedback_files"][overlap["file"]]["rows"]
    counts: Counter = Counter()
    satisfied: Counter = Counter()
    for (_, code, when), (level, _) in distinct.items():
        counts[(code, f"{when:%Y-%m}")] += 1
        satisfied[(code, f"{when:%Y-%m}")] += level in SATISFIED
    for om in planted["officer_months"]:
        key = (om["officer_code"], om["month"])
        assert (counts[key], satisfied[key]) == (om["ratings"], om["satisfied"]), key
    assert sum(counts.values()) == planted["total_ratings"]
    assert len(planted["few_ratings"]) >= 3 and all(n < 5 for _, _, n in planted["few_ratings"])


def test_refused_files_carry_their_fault(built: tuple[Path, list, dict]) -> None:
    _, _, planted = built
    reasons = {info["reason"]: info for info in planted["rejected"].values()}
    assert set(reasons) == {"over_max", "no_month", "no_level"}
    over = [row for row in _cells(reasons["over_max"]["path"]) if 105 in row or "105" in row]
    assert len(over) == 1
    blind = reasons["no_month"]["path"]
    texts = " ".join(str(v) for row in _cells(blind) for v in row if v not in (None, ""))
    assert "THÁNG" not in texts.upper() and not re.search(r"\d{4}", blind.name)
    assert not re.search(r"\d\d/\d\d/\d{4}", texts)
    header = reasons["no_level"]["path"].read_text(encoding="utf-8").splitlines()[0]
    assert "Mã hồ sơ" in header and "hài lòng" not in header.lower() and "Mức" not in header


def test_full_demo_plans_about_300k_ratings_with_the_same_story() -> None:
    full = one_stop.planted(Path("demo"), SEED, PROFILE_DIR)
    small = one_stop.planted(Path("demo"), SEED, PROFILE_DIR, volume=VOLUME)
    assert 250_000 <= full["total_ratings"] <= 400_000
    for key in ("grade_d", "missing", "late", "few_ratings", "summary_files", "single_forms", "rejected"):
        assert full[key] == small[key], key
    # Most ratings satisfied (80–97% in the two top levels), the weak officers lower.
    weak = set(full["grade_d"])
    for om in full["officer_months"]:
        if om["ratings"] < 5:
            continue
        share = om["satisfied"] / om["ratings"]
        if om["is_grade_d"]:
            assert share <= 0.47
        elif om["officer_code"] in weak:
            assert 0.59 <= share <= 0.79
        else:
            assert 0.79 <= share <= 0.98
    for info in full["feedback_files"].values():
        if info["bad_rows"]:
            assert 0.003 <= sum(info["bad_rows"].values()) / info["rows"] <= 0.01

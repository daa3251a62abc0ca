"""The demo's One-Stop files for 2024-01 … 2025-12: what a Văn phòng HĐND và UBND receives each month
from the ~60 officers of the desks in profiles/demo (reference.officers; the desks that close on
30/06/2025 hand their officers to a desk of the merged commune).

Mẫu 01 (one_stop_forms), under one_stop/mau01/<year>/:
- each desk's monthly summary table, one row per officer who handed in a form, in the layout the desk
  keeps: with or without «Mã cán bộ» (names only) and «Điểm thủ trưởng đánh giá», header text on one
  row, with line breaks or under a merged «Điểm đánh giá», «Ngày nộp» as text or as a date, scores as
  numbers or as text with a decimal comma; most scores 80–98, the head lowers one in four by 2–10;
- planted: officer-months with no form («chưa nộp», ~2.5%), forms handed in late (the 3rd–10th of the
  next month, ~6%; on time is by the 1st), three weak officers with D months (self-score 40–49 and at
  most 46% satisfied ratings; one of them two months in a row), officer-months with fewer than 5
  ratings, and 8 officers' own forms (criteria table, «Tổng cộng», date line; one totals by =SUM
  formulas without cached values) whose officer is then absent from the desk's summary.

Mẫu 02 (one_stop_feedback), under one_stop/mau02/: ~300k ratings, each desk-month in one export:
- DanhGia_Kiosk_2024_Q1…Q4.csv: kiosks, UTF-8, comma, three levels;
- DanhGia_<desk>_2024_Q2_kiosk_cu.csv: one desk's older kiosk, Windows-1258, semicolon, names only;
- DanhGia_DVC_2025_Q1…Q4.xlsx: the public-service portal, five levels and three criteria columns;
- KetQuaDanhGia_<desk>_T10-2025.csv: one desk's October 2025 on a kiosk scoring 1–5, under a title;
- DanhGia_Kiosk_2024-03_xuat_lai.csv: March 2024 exported again (other column order, newest first,
  UTF-8 with BOM): every row repeats a rating of DanhGia_Kiosk_2024_Q1.csv;
- bad rows (~0.5%) in Kiosk 2024 Q2 and Q4, DVC 2025 Q1 and Q3 and the 1–5 export: an unknown officer,
  a day the month does not have, «không rõ» as time, «Tuyệt vời» as level and a blank level. These files
  still load: the bad rows are kept aside.

Refused on purpose, under one_stop/tep_loi/: a summary with a self-score of 105, a summary that never
says its month (neither title nor file name), and an export without the level column.

`planted()` lists all of it (officer-months with scores, dates and rating counts, files and bad rows),
so tests can check the loaded demo against the plan.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import TYPE_CHECKING

from etl.demo import one_stop_dossiers
from etl.demo.one_stop_feedback import write_export
from etl.demo.one_stop_forms import single_name, summary_name, write_single, write_summary
from etl.demo.one_stop_story import MONTHS, FeedbackFile, OfficerMonth, Story, ascii_text, build_story
from etl.kinds.base import IngestOptions

if TYPE_CHECKING:
    from etl.demo import DemoFile

__all__ = ["MONTHS", "generate", "planted"]

# Why each refused file must be refused.
REFUSED_REASONS = {
    "over_max": "a self-score of 105 on a form out of 100",
    "no_month": "the month evaluated is neither in the title nor in the file name",
    "no_level": "the export has no satisfaction level column",
}

_LEVELS_OF = {"kiosk": 3, "old_kiosk": 3, "reexport": 3, "no_level": None, "portal": 5, "numeric": 5}
_ENCODING_OF = {"old_kiosk": "cp1258", "numeric": "utf-8-sig", "reexport": "utf-8-sig"}


def _forms_dir(out_dir: Path) -> Path:
    return out_dir / "one_stop" / "mau01"


def _summaries(story: Story) -> list[tuple[str, str, list[OfficerMonth]]]:
    """(desk, month, lines of the summary) in month order, desks in registry order."""
    found = []
    for month in MONTHS:
        for desk_code in story.desks:
            lines = [om for om in story.at(desk_code, month) if om.status == "summary"]
            if lines:
                found.append((desk_code, month, lines))
    return found


def _refused_summaries(story: Story, seed: int) -> dict[str, tuple[str, str, str]]:
    """File name → (reason, desk, month) of the two summaries the office sends back; each is a first
    version of a desk-month whose correct table is also in the demo."""
    rng = random.Random(f"{seed}:mau01-refused")
    candidates = [(d, m) for d, m, lines in _summaries(story) if m.startswith("2024") and len(lines) >= 3]
    over_desk, over_month = rng.choice(candidates)
    blind_desk, blind_month = rng.choice([(d, m) for d, m in candidates if d != over_desk])
    over = summary_name(story.desks[over_desk], story.templates[over_desk], over_month)
    blind_short = story.desks[blind_desk].name.removeprefix("Bộ phận Một cửa UBND ")
    return {
        over.replace(".xlsx", " (gui lan 1).xlsx"): ("over_max", over_desk, over_month),
        f"Bang tong hop tu danh gia - BPMC {ascii_text(blind_short)}.xlsx": (
            "no_month",
            blind_desk,
            blind_month,
        ),
    }


def _formula_form(story: Story) -> OfficerMonth:
    """The own form whose total row is =SUM formulas: the first one."""
    return next(om for om in story.officer_months if om.status == "single")


def generate(out_dir: Path, seed: int, profile: Path, *, volume: float = 1.0) -> list[DemoFile]:
    """Write the One-Stop files of 2024–2025 and say how each is loaded and how it should end.
    `volume` scales the number of ratings (1.0: ~300k, the demo; tests use a tenth)."""
    from etl.demo import DemoFile

    story = build_story(profile, seed, volume)
    plain = IngestOptions()
    files: list[DemoFile] = []
    forms_dir = _forms_dir(out_dir)
    formula_form = _formula_form(story)
    for month in MONTHS:
        (forms_dir / month[:4]).mkdir(parents=True, exist_ok=True)
    for desk_code, month, lines in _summaries(story):
        desk, template = story.desks[desk_code], story.templates[desk_code]
        path = forms_dir / month[:4] / summary_name(desk, template, month)
        write_summary(path, story, desk_code, month, lines)
        files.append(DemoFile(path, plain, "loaded"))
    for om in story.officer_months:
        if om.status == "single":
            path = forms_dir / om.month[:4] / single_name(om)
            write_single(path, story, om, seed, formula_total=om is formula_form)
            files.append(DemoFile(path, plain, "loaded"))

    feedback_dir = out_dir / "one_stop" / "mau02"
    bad_dir = out_dir / "one_stop" / "tep_loi"
    feedback_dir.mkdir(parents=True, exist_ok=True)
    bad_dir.mkdir(parents=True, exist_ok=True)
    for export in story.feedback_files:
        path = (feedback_dir if export.expected == "loaded" else bad_dir) / export.name
        write_export(path, story, export, seed)
        files.append(DemoFile(path, _options(export), export.expected))

    # Dossier lists of the portal (one_stop_dossiers), after the ratings they are matched with.
    files += [
        DemoFile(path, plain, expected) for path, expected in one_stop_dossiers.generate(out_dir, story, seed)
    ]

    for name, (reason, desk_code, month) in _refused_summaries(story, seed).items():
        lines = [om for om in story.at(desk_code, month) if om.status == "summary"]
        if reason == "over_max":
            write_summary(
                bad_dir / name, story, desk_code, month, lines, self_points={lines[1].officer_code: 105}
            )
        else:
            write_summary(bad_dir / name, story, desk_code, month, lines, with_month=False)
        files.append(DemoFile(bad_dir / name, plain, "rejected"))
    return files


def _options(export: FeedbackFile) -> IngestOptions:
    if export.form == "numeric":
        return IngestOptions(scale=5)  # what the user types for a 1–5 export (the file also says it)
    if export.form == "no_level":
        return IngestOptions(kind="feedback")  # so the refusal is about the missing column
    return IngestOptions()


def planted(out_dir: Path, seed: int, profile: Path, *, volume: float = 1.0) -> dict:
    """What `generate` plants, without writing a file:

    - officer_months: one dict per officer and month (officer_code, officer_name, desk_code, month,
      status summary|single|missing, self_points, reviewed_points, submitted_date, is_late, is_grade_d,
      ratings, satisfied);
    - grade_d: officer → months graded D; missing: (officer, month); late: (officer, month, date);
      few_ratings: (officer, month, ratings) with fewer than 5;
    - summary_files / single_forms: file name → path, desk, month, officers in it;
      formula_total_form: the own form whose totals are formulas;
    - feedback_files: file name → path, form, levels (3, 5 or None), encoding, months, desks, ratings
      (valid rows), rows (data rows), bad_rows (kind → count), expected;
    - overlap: the re-export, the month it repeats, the export it repeats and its rows;
    - rejected: file name → path and reason; total_ratings: distinct valid ratings;
    - dossiers: the portal's dossier lists and each dossier's final state (one_stop_dossiers.planted).
    """
    story = build_story(profile, seed, volume)
    forms_dir = _forms_dir(out_dir)
    months = story.officer_months
    summary_files = {}
    for desk_code, month, lines in _summaries(story):
        name = summary_name(story.desks[desk_code], story.templates[desk_code], month)
        summary_files[name] = {
            "path": forms_dir / month[:4] / name,
            "desk_code": desk_code,
            "month": month,
            "officers": [om.officer_code for om in lines],
        }
    single_forms = {
        single_name(om): {
            "path": forms_dir / om.month[:4] / single_name(om),
            "desk_code": om.desk_code,
            "month": om.month,
            "officers": [om.officer_code],
        }
        for om in months
        if om.status == "single"
    }
    feedback_files = {}
    for export in story.feedback_files:
        folder = "mau02" if export.expected == "loaded" else "tep_loi"
        ratings = story.ratings_of(export.desk_months)
        feedback_files[export.name] = {
            "path": out_dir / "one_stop" / folder / export.name,
            "form": export.form,
            "levels": _LEVELS_OF[export.form],
            "encoding": _ENCODING_OF.get(export.form, "utf-8"),
            "months": sorted({m for _, m in export.desk_months}),
            "desks": sorted({d for d, _ in export.desk_months}),
            "ratings": ratings,
            "rows": ratings + sum(export.bad_rows.values()),
            "bad_rows": dict(export.bad_rows),
            "expected": export.expected,
        }
    reexport = next(e for e in story.feedback_files if e.form == "reexport")
    repeated = next(
        e.name
        for e in story.feedback_files
        if e.form == "kiosk" and set(reexport.desk_months) <= set(e.desk_months)
    )
    rejected = {
        name: {"path": out_dir / "one_stop" / "tep_loi" / name, "reason": reason, "desk_code": d, "month": m}
        for name, (reason, d, m) in _refused_summaries(story, seed).items()
    }
    for export in story.feedback_files:
        if export.expected == "rejected":
            rejected[export.name] = {
                "path": out_dir / "one_stop" / "tep_loi" / export.name,
                "reason": export.form,
                "desk_code": export.desk_months[0][0],
                "month": export.desk_months[0][1],
            }
    grade_d: dict[str, list[str]] = {}
    for om in months:
        if om.is_grade_d:
            grade_d.setdefault(om.officer_code, []).append(om.month)
    return {
        "officer_months": [
            {
                "officer_code": om.officer_code,
                "officer_name": om.officer_name,
                "desk_code": om.desk_code,
                "month": om.month,
                "status": om.status,
                "self_points": om.self_points,
                "reviewed_points": om.reviewed_points,
                "submitted_date": om.submitted_date,
                "is_late": om.is_late,
                "is_grade_d": om.is_grade_d,
                "ratings": om.ratings,
                "satisfied": om.satisfied,
            }
            for om in months
        ],
        "grade_d": grade_d,
        "missing": [(om.officer_code, om.month) for om in months if om.status == "missing"],
        "late": [(om.officer_code, om.month, om.submitted_date) for om in months if om.is_late],
        "few_ratings": [(om.officer_code, om.month, om.ratings) for om in months if om.ratings < 5],
        "summary_files": summary_files,
        "single_forms": single_forms,
        "formula_total_form": single_name(_formula_form(story)),
        "feedback_files": feedback_files,
        "overlap": {
            "file": reexport.name,
            "month": reexport.desk_months[0][1],
            "repeats": repeated,
            "rows": story.ratings_of(reexport.desk_months),
        },
        "rejected": rejected,
        "total_ratings": sum(om.ratings for om in months),
        "dossiers": one_stop_dossiers.planted(out_dir, story, seed),
    }

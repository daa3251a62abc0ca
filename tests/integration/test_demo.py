"""The demo province built through the real loader: what it holds and what it refuses on purpose.

Building the demo loads every generated file; it is built once per test session (tests/conftest.py)."""

import hashlib
from pathlib import Path

import pytest

from etl.demo import PROFILE_DIR, plan, reference
from etl.demo.scoring import PLANTED
from tests.conftest import query

ASSESSED = ("so_nganh", "huyen", "xa", "phong")
# Refusals whose finding names no cell: the whole sheet is at fault.
SHEET_LEVEL_RULES = {
    "scoring.no_year",
    "scoring.unit_unknown",
    "scoring.missing_criteria",
    "officer_form.month_missing",
}


def test_demo_holds_the_province(demo_db: Path) -> None:
    groups = dict(query(demo_db, "select unit_group, count(*) from mart_unit group by unit_group"))
    assert 18 <= groups["so_nganh"] <= 30
    assert groups["huyen"] == 11
    assert groups["xa"] >= 55
    old_communes = query(
        demo_db,
        "select count(*) from mart_unit where unit_group = 'xa' and valid_to_date = date '2025-06-30'",
    )[0][0]
    new_communes = query(
        demo_db,
        "select count(*) from mart_unit where unit_group = 'xa' and valid_from_date = date '2025-07-01'",
    )[0][0]
    assert 35 <= old_communes <= 50 and 15 <= new_communes <= 25
    # every commune that ended on the merge has a successor that exists
    orphans = query(
        demo_db,
        "select count(*) from mart_unit where unit_group = 'xa' and valid_to_date = date '2025-06-30'"
        " and successor_name is null",
    )[0][0]
    assert orphans == 0


def test_demo_frameworks_cover_two_versions_per_group(demo_db: Path) -> None:
    rows = query(
        demo_db, "select unit_group, count(*), min(from_year) from mart_framework group by unit_group"
    )
    # The older frameworks are taken back to 2018 in the demo (docs/profile.md).
    assert {group: (count, first) for group, count, first in rows} == {
        "so_nganh": (2, 2018),
        "huyen": (2, 2018),
        "xa": (2, 2018),
        "phong": (2, 2018),
    }
    totals = query(demo_db, "select distinct max_points from mart_framework")
    assert totals == [(100,)]


def test_demo_officers_and_rules(demo_db: Path) -> None:
    officers = query(demo_db, "select count(*) from mart_officer")[0][0]
    assert 55 <= officers <= 70
    assert query(demo_db, "select count(*) from mart_officer where unit_name is null") == [(0,)]
    rules = {r[0] for r in query(demo_db, "select distinct rule_code from mart_rule")}
    assert rules == {
        "classification_band",
        "evidence_rule",
        "self_assessment_gap",
        "submission_deadline",
        "one_stop_grading",
        "province",
    }


def test_demo_plants_refused_files_with_cells(demo_db: Path) -> None:
    refused = query(
        demo_db,
        "select file_name, error_count from mart_load_attempt where status = 'rejected' order by file_name",
    )
    # Three reference files, the scoring sheets planted, and three One-Stop files (see one_stop.planted).
    assert len(refused) == 3 + len(PLANTED) + 3
    assert all(errors >= 1 for _, errors in refused)
    cells = query(
        demo_db,
        "select rule from mart_load_finding where status = 'rejected' and severity = 'error' and cell is null",
    )
    assert {rule for (rule,) in cells} <= SHEET_LEVEL_RULES


def test_every_group_has_seven_years_of_scores(demo_db: Path) -> None:
    years = dict(
        query(
            demo_db,
            "select u.unit_group, count(distinct s.year) from stg_score_sheet as s"
            " inner join stg_unit as u using (unit_code) group by u.unit_group",
        )
    )
    assert set(years) == set(ASSESSED)
    assert all(count >= 7 for count in years.values()), years
    # Districts and their offices end on 30/06/2025: their last assessment is 2024's.
    last = dict(
        query(
            demo_db,
            "select u.unit_group, max(s.year) from stg_score_sheet as s inner join stg_unit as u"
            " using (unit_code) group by u.unit_group",
        )
    )
    assert last == {"so_nganh": 2025, "huyen": 2024, "xa": 2025, "phong": 2024}


def test_every_assessed_unit_has_an_appraised_sheet_until_2024(demo_db: Path) -> None:
    missing = query(
        demo_db,
        "with years as (select unnest(range(2018, 2025)) as year),"
        " assessed as (select u.unit_code, y.year from stg_unit as u cross join years as y"
        "   where u.unit_group in ('so_nganh', 'huyen', 'xa', 'phong')"
        "   and u.valid_from_date <= make_date(y.year, 12, 31)"
        "   and coalesce(u.valid_to_date, date '9999-12-31') >= make_date(y.year, 12, 31))"
        " select a.unit_code, a.year from assessed as a left join stg_score_sheet as s"
        "   on s.unit_code = a.unit_code and s.year = a.year and s.has_appraisal"
        " where s.unit_code is null order by 1, 2",
    )
    assert missing == []
    provisional = query(
        demo_db, "select has_appraisal, count(*) from stg_score_sheet where year = 2025 group by 1"
    )
    counts = dict(provisional)
    assert counts[True] > counts[False] > 0


@pytest.mark.parametrize(("file_name", "rule"), sorted(PLANTED.items()))
def test_planted_sheets_are_refused_for_their_fault(demo_db: Path, file_name: str, rule: str) -> None:
    rows = query(
        demo_db,
        "select a.status, f.rule from load_attempt as a left join load_finding as f using (attempt_id)"
        " where a.file_name = ?",
        file_name,
    )
    assert rows, file_name
    assert {status for status, _ in rows} == {"rejected"}
    assert rule in {r for _, r in rows}


def test_planted_warnings_are_loaded(demo_db: Path) -> None:
    warned = dict(
        query(
            demo_db,
            "select rule, count(distinct attempt_id) from mart_load_finding"
            " where kind = 'scoring' and status in ('loaded', 'superseded') and severity = 'warning'"
            " group by rule",
        )
    )
    for rule in ("scoring.late", "scoring.no_evidence", "scoring.evidence_vague", "scoring.inflated"):
        assert warned.get(rule, 0) >= 3, rule
    # TCVN3 (.VnTime) sheets are converted and said so.
    assert warned.get("text.legacy_encoding", 0) >= 1


def test_self_assessments_are_superseded_by_appraised_sheets(demo_db: Path) -> None:
    pairs = query(
        demo_db,
        "select old.has_appraisal, new.has_appraisal, old.unit_code = new.unit_code and old.year = new.year"
        " from stg_source_file as f"
        " inner join raw_score_sheet as old on old.file_sha256 = f.file_sha256"
        " inner join raw_score_sheet as new on new.file_sha256 = f.superseded_by_sha256"
        " where f.kind = 'scoring' and f.is_superseded",
    )
    assert len(pairs) >= 20
    assert set(pairs) == {(False, True, True)}


def test_every_file_shape_is_loaded(demo_db: Path) -> None:
    formats = {
        fmt
        for (fmt,) in query(
            demo_db, "select distinct file_format from stg_source_file where kind = 'scoring'"
        )
    }
    assert {"xlsx", "xlsm", "xls", "html", "csv"} <= formats
    kinds = dict(query(demo_db, "select kind, count(*) from stg_source_file group by kind"))
    assert kinds["survey"] == 8
    assert kinds["published_index"] == 4


def test_demo_is_reproducible(tmp_path: Path, demo_db: Path) -> None:
    """The same seed writes the same scoring files, byte for byte, and the same officers."""

    def digests(root: Path) -> dict[str, str]:
        return {
            str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for folder in ("cham_diem", "cong_bo")
            for p in sorted((root / folder).rglob("*"))
            if p.is_file()
        }

    again = tmp_path / "again"
    plan(again, 2025)
    first = digests(demo_db.parent / "demo_inputs")
    assert len(first) > 600
    assert digests(again) == first
    officers = {(o["code"], o["name"], o["unit"]) for o in reference.officers(PROFILE_DIR, 2025)}
    loaded = set(query(demo_db, "select officer_code, officer_name, unit_code from stg_officer"))
    assert loaded == officers

"""Data-quality suites inside the load: a critical failure refuses the file and leaves the warehouse as it
was, warnings are stored with their run, and `python -m etl docs` builds the auditors' site."""

import json
import shutil
from pathlib import Path

import pytest

from etl import ingest as ingest_module
from etl.cli import main
from etl.quality import SUITES_DIR, QualityChecker, load_suites
from tests.conftest import ingest, query, snapshot, units_rows, write_csv


def _strict_units_suite(folder: Path) -> Path:
    """The shipped suites, with the units' groups narrowed to communes only."""
    shutil.copytree(SUITES_DIR, folder)
    path = folder / "units.critical.json"
    body = json.loads(path.read_text(encoding="utf-8"))
    for expectation in body["expectations"]:
        if expectation["meta"]["rule"] == "quality.unit_group_unknown":
            expectation["kwargs"]["value_set"] = ["xa"]
    path.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
    return folder


def test_a_critical_failure_refuses_the_file_and_changes_nothing(
    tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suites = load_suites(_strict_units_suite(tmp_path / "suites"))
    monkeypatch.setattr(ingest_module, "QualityChecker", lambda: QualityChecker(suites))
    from warehouse.db import prepare

    prepare(db)
    before = snapshot(db)
    report = ingest(write_csv(tmp_path / "units.csv", units_rows()), db)
    assert report.status == "rejected"
    assert report.rows_loaded == 0
    assert snapshot(db) == before
    refused = query(
        db,
        "select rule, severity, cell, dataset, run_id is not null from load_finding "
        "where rule = 'quality.unit_group_unknown' order by cell",
    )
    # Every unit not of the commune group, at its group cell (column C of the CSV).
    groups = [row[2] for row in units_rows()[1:]]
    expected_rows = [n + 2 for n, group in enumerate(groups) if group not in ("xa", "UBND cấp xã", "Cấp xã")]
    assert sorted(cell for _, _, cell, _, _ in refused) == sorted(f"C{n}" for n in expected_rows)
    assert {(rule, severity, dataset, tagged) for rule, severity, _, dataset, tagged in refused} == {
        ("quality.unit_group_unknown", "error", "units", True)
    }
    ((critical, scope),) = query(db, "select critical_count, scope from quality_run")
    assert (critical, scope) == (len(expected_rows), "load")
    assert query(db, "select status from load_attempt") == [("rejected",)]


def test_the_demo_keeps_its_warnings_with_their_runs(demo_db: Path) -> None:
    by_rule = dict(
        query(
            demo_db,
            "select rule, count(*) from load_finding where dataset is not null group by rule",
        )
    )
    assert by_rule.get("scoring.no_evidence", 0) > 0 and by_rule.get("scoring.late", 0) > 0
    ((untagged,),) = query(
        demo_db, "select count(*) from load_finding where dataset is not null and run_id is null"
    )
    assert untagged == 0
    ((warnings,),) = query(demo_db, "select sum(warning_count) from quality_run where scope = 'load'")
    ((stored,),) = query(
        demo_db, "select count(*) from load_finding where run_id is not null and severity = 'warning'"
    )
    assert warnings == stored


def test_docs_build_a_site_and_record_the_run(
    tmp_path: Path, db: Path, capsys: pytest.CaptureFixture
) -> None:
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db).status == "loaded"
    out = tmp_path / "docs"
    assert main(["docs", "--db", str(db), "--out", str(out)]) == 0
    assert "Đã tạo Data Docs" in capsys.readouterr().out
    entry = (out / "muc-luc.html").read_text(encoding="utf-8")
    assert "units.critical" in entry and "Kết quả lần kiểm tra này" in entry
    assert list(out.glob("validations/units/critical/**/*.html"))
    assert query(db, "select scope, file_count from quality_run where scope = 'docs'") == [("docs", 1)]


def test_docs_without_a_warehouse_say_how_to_fix(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["docs", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "Cách sửa" in capsys.readouterr().err

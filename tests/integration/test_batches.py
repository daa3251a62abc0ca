"""A folder through `ingest_paths`: read ahead and written in batches, yet every file lands whole,
in order, and is reported only once it is committed."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

import etl.ingest as ingest_module
from etl.ingest import ingest_paths
from tests.conftest import query, units_rows, write_csv, write_xlsx
from tests.integration.test_scoring import loaded, sheet, title_block  # noqa: F401 - fixture

COMMUNES = ["UBND XÃ MINH SƠN", "UBND XÃ HÒA THẮNG", "UBND XÃ YÊN THỊNH", "UBND XÃ ĐỒNG TÂN"]


def _folder(tmp_path: Path, broken: bool = True) -> Path:
    """Four communes' 2023 sheets, one of them refused (a score above the maximum), and a units file
    in the middle that the later files do not need but that must be written in its place."""
    folder = tmp_path / "batch"
    for number, unit in enumerate(COMMUNES):
        points = {"1.1.1": 9} if broken and number == 1 else None
        write_xlsx(folder / f"{number}-sheet.xlsx", sheet(points), title="Tự đánh giá", top=title_block(unit))
        if number == 1:
            write_csv(folder / f"{number}-units.csv", [*units_rows(), ["SYT", "Sở Y tế", "so_nganh", "", "01/01/2019", "", "", ""]])  # fmt: skip
    return folder


def test_folder_loads_in_order_and_reports_after_commit(loaded: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setattr(ingest_module, "BATCH_SIZE", 2)
    real = ingest_module._write_batch
    written: set[str] = set()

    def recording(con, outcomes, run_id=None):
        real(con, outcomes, run_id)
        written.update(o.sha256 for o in outcomes)

    monkeypatch.setattr(ingest_module, "_write_batch", recording)
    committed: list[tuple[str, str, int]] = []

    def on_report(report, number: int, total: int) -> None:
        assert report.sha256 in written, "a file is reported before it is written"
        committed.append((Path(report.file).name, report.status, number))

    reports = ingest_paths([_folder(tmp_path)], loaded, on_report=on_report)
    names = [Path(r.file).name for r in reports]
    assert names == ["0-sheet.xlsx", "1-sheet.xlsx", "1-units.csv", "2-sheet.xlsx", "3-sheet.xlsx"]
    assert [r.status for r in reports] == ["loaded", "rejected", "loaded", "loaded", "loaded"]
    assert committed == [
        (name, r.status, n) for n, (name, r) in enumerate(zip(names, reports, strict=True), 1)
    ]
    attempts = query(loaded, "select file_name, status from load_attempt order by attempt_id")[-5:]
    assert attempts == [(name, r.status) for name, r in zip(names, reports, strict=True)]
    assert query(loaded, "select count(*) from raw_score_sheet") == [(3,)]
    (refused,) = [r for r in reports if r.status == "rejected"]
    logged = query(
        loaded,
        "select f.rule, f.cell from load_finding as f inner join load_attempt as a using (attempt_id)"
        " where a.file_sha256 = ? and f.severity = 'error'",
        refused.sha256,
    )
    assert logged == [(f.rule, f.cell) for f in refused.findings if f.severity == "error"]


def test_same_file_twice_in_one_folder_is_a_duplicate(loaded: Path, tmp_path: Path) -> None:  # noqa: F811
    folder = _folder(tmp_path, broken=False)
    (folder / "4-copy.xlsx").write_bytes((folder / "0-sheet.xlsx").read_bytes())
    reports = ingest_paths([folder], loaded)
    assert [r.status for r in reports][-1] == "duplicate"
    assert query(loaded, "select count(*) from raw_score_sheet") == [(4,)]


def test_a_failing_batch_is_written_again_file_by_file(loaded: Path, tmp_path: Path, monkeypatch) -> None:  # noqa: F811
    monkeypatch.setattr(ingest_module, "BATCH_SIZE", 10)
    real = ingest_module._write_batch
    calls: list[int] = []

    def flaky(con, outcomes, run_id=None):
        calls.append(len(outcomes))
        if len(outcomes) > 1:
            real(con, outcomes, run_id)  # half of the batch is written, then the statement fails
            raise duckdb.ConstraintException("simulated failure in the middle of a batch")
        real(con, outcomes, run_id)

    monkeypatch.setattr(ingest_module, "_write_batch", flaky)
    reports = ingest_paths([_folder(tmp_path, broken=False)], loaded)
    assert [r.status for r in reports] == ["loaded"] * 5
    assert query(loaded, "select count(*) from raw_score_sheet") == [(4,)]
    assert query(
        loaded, "select count(*), count(distinct file_sha256) from source_file where kind = 'scoring'"
    ) == [(4, 4)]
    assert max(calls) > 1 and calls.count(1) >= 4


def test_a_file_that_cannot_be_written_stops_the_load_with_earlier_files_kept(
    loaded: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch,
) -> None:
    monkeypatch.setattr(ingest_module, "BATCH_SIZE", 10)
    real = ingest_module._write_batch

    def failing(con, outcomes, run_id=None):
        if any(Path(o.report.file).name == "2-sheet.xlsx" for o in outcomes):
            raise duckdb.IOException("disk full")
        real(con, outcomes, run_id)

    monkeypatch.setattr(ingest_module, "_write_batch", failing)
    with pytest.raises(duckdb.IOException):
        ingest_paths([_folder(tmp_path, broken=False)], loaded)
    # The units file flushed the first sheets; the failing sheet and what followed it are not half-written.
    sheets = query(
        loaded,
        "select f.file_name from raw_score_sheet inner join source_file as f using (file_sha256) order by 1",
    )
    assert sheets == [("0-sheet.xlsx",), ("1-sheet.xlsx",)]
    assert query(loaded, "select count(*) from source_file where file_name = '2-sheet.xlsx'") == [(0,)]

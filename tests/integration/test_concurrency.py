"""Loads while people browse: the app reads the warehouse's replica, which the loader publishes whole when
it finishes. Readers get no lock error during a load and see the warehouse before or after it, never half
of it; a load killed half-way leaves what readers see as it was, and running it again completes it."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from dashboard import queries
from tests.conftest import PROJECT_DIR_FOR_TESTS, query, units_rows, write_csv, write_xlsx
from tests.integration.test_scoring import loaded, sheet, title_block  # noqa: F401 - fixture
from tests.pages.apptest import run_page
from warehouse.db import replica_path

COMMUNES = ["UBND XÃ MINH SƠN", "UBND XÃ HÒA THẮNG", "UBND XÃ YÊN THỊNH", "UBND XÃ ĐỒNG TÂN"]
YEARS = (2021, 2022, 2023, 2024)
READERS = 20
NOI_VU = queries.Principal("noi_vu_kiem_thu", "noi_vu")


def _sheets(folder: Path) -> Path:
    """Sixteen scoring sheets: four communes, four years."""
    for unit_number, unit in enumerate(COMMUNES):
        for year in YEARS:
            points = {"1.1.1": 1 + 0.5 * ((unit_number + year) % 2)}
            write_xlsx(
                folder / f"{year}-{unit_number}.xlsx",
                sheet(points),
                title="Tự đánh giá",
                top=title_block(unit, year),
            )
    return folder


def _sheets_around_a_registry(folder: Path) -> Path:
    """The sixteen sheets with a new version of the registry between the 2022 and 2023 sheets: the
    loader commits the sheets before it (a registry changes what later files are checked against), so
    a load killed after it has committed half of the folder."""
    _sheets(folder)
    registry = [
        *units_rows(),
        ["X-YT", "UBND xã Yên Thịnh", "xa", "HHL", "01/01/2019", "30/06/2025", "", "X-HL"],
        ["X-DT", "UBND xã Đồng Tân", "xa", "HHL", "01/01/2019", "30/06/2025", "", "X-HL"],
        ["SYT", "Sở Y tế", "so_nganh", "", "01/01/2019", "", "", ""],
    ]
    write_csv(folder / "2022-z-units.csv", registry)
    return folder


def _ingest(database: Path, folder: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "etl", "ingest", str(folder), "--json", "--db", str(database)],
        cwd=PROJECT_DIR_FOR_TESTS,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def _loaded_files() -> int:
    return int((queries.recent_files(1000)["status"] == "loaded").sum())


def test_twenty_readers_during_a_load_see_before_or_after_and_no_error(
    loaded: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CCHC_DB", str(loaded))
    with queries.acting_as(NOI_VU):
        before = _loaded_files()
    child = _ingest(loaded, _sheets(tmp_path / "sheets"))
    seen: list[int] = []
    errors: list[BaseException] = []

    def browse() -> None:
        # Each reader is one person refreshing a page: a view, a query, the view closed.
        while child.poll() is None:
            try:
                with queries.acting_as(NOI_VU), queries.view():
                    seen.append(_loaded_files())
            except BaseException as exc:  # any failure is the finding
                errors.append(exc)
                return
            time.sleep(0.01)

    readers = [threading.Thread(target=browse) for _ in range(READERS)]
    for reader in readers:
        reader.start()
    pages = []
    while child.poll() is None:
        pages.append(run_page("pages/home.py"))
    for reader in readers:
        reader.join()
    reports = [json.loads(line) for line in child.stdout if line.startswith("{")]
    assert child.returncode == 0
    assert not errors
    assert len(reports) == len(COMMUNES) * len(YEARS)
    with queries.acting_as(NOI_VU):
        after = _loaded_files()
    assert after == before + len(reports)
    assert seen and set(seen) <= {before, after}
    for app in pages:
        assert not app.exception
        assert not [w for w in app.warning if "đang được cập nhật" in w.value]


def test_a_load_killed_half_way_changes_nothing_readers_see_and_a_rerun_completes_it(
    loaded: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CCHC_DB", str(loaded))
    folder = _sheets_around_a_registry(tmp_path / "sheets")
    published_before = replica_path(loaded)
    assert published_before is not None
    child = _ingest(loaded, folder)
    assert child.stdout is not None
    first = child.stdout.readline()  # the 2021–2022 sheets are committed: kill the loader in the middle
    assert first.startswith("{")
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL
    # What readers see has not moved: the replica is the one published before the load.
    assert replica_path(loaded) == published_before
    # The warehouse holds whole files only: every stored sheet has all its rows, and no rows without it.
    rows_per_file = query(
        loaded,
        "select s.file_sha256, s.rows_loaded, count(r.file_sha256) from source_file as s "
        "left join raw_score as r using (file_sha256) where s.kind = 'scoring' group by all",
    )
    assert all(expected == found for _, expected, found in rows_per_file)
    orphans = query(
        loaded,
        "select count(*) from raw_score where file_sha256 not in (select file_sha256 from source_file)",
    )
    assert orphans == [(0,)]
    killed_at = len(rows_per_file)
    assert killed_at == 2 * len(COMMUNES)

    rerun = _ingest(loaded, folder)
    statuses = [json.loads(line)["status"] for line in rerun.stdout if line.startswith("{")]
    assert rerun.wait() == 0
    assert statuses.count("duplicate") == killed_at + 1  # and the registry
    assert statuses.count("loaded") == len(COMMUNES) * len(YEARS) - killed_at
    with queries.acting_as(NOI_VU):
        assert int((queries.recent_files(1000)["kind"] == "scoring").sum()) >= len(COMMUNES) * len(YEARS)
    assert replica_path(loaded) != published_before

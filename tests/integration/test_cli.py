"""The command-line contract of docs/cli.md: JSON keys, exit statuses, folders walked."""

import json
import subprocess
import sys
from pathlib import Path

from etl.cli import main
from tests.conftest import PROJECT_DIR_FOR_TESTS, UNIT_HEADER, units_rows, write_csv

KEYS = {
    "file",
    "sha256",
    "kind",
    "status",
    "rows_loaded",
    "rows_rejected",
    "unit_code",
    "year",
    "period",
    "supersedes",
    "findings",
}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "etl", *args],
        capture_output=True,
        text=True,
        cwd=PROJECT_DIR_FOR_TESTS,
        check=False,
    )


def test_json_lines_and_exit_status(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_csv(folder / "1_units.csv", units_rows())
    write_csv(folder / "2_bad.csv", [UNIT_HEADER, ["A", "Đơn vị A", "không rõ", "", "", "", "", ""]])
    (folder / ".hidden.csv").write_text("x")
    result = run_cli("ingest", str(folder), "--db", str(db), "--json")
    assert result.returncode == 1, result.stderr
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["status"] for o in objects] == ["loaded", "rejected"]
    assert all(set(o) == KEYS for o in objects)
    finding = objects[1]["findings"][0]
    assert set(finding) >= {"severity", "rule", "sheet", "cell", "message"}
    assert finding["cell"] == "C2" and finding["severity"] == "error"

    again = run_cli("ingest", str(folder / "1_units.csv"), "--db", str(db), "--json")
    assert again.returncode == 0
    assert json.loads(again.stdout)["status"] == "duplicate"


def test_readable_table_without_json(db: Path, tmp_path: Path, capsys) -> None:
    path = write_csv(tmp_path / "units.csv", units_rows())
    assert main(["ingest", str(path), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "units.csv" in out and "Đã nạp" in out and "1 tệp đã nạp" in out


def test_usage_errors_exit_2(db: Path, tmp_path: Path) -> None:
    assert run_cli("ingest", str(tmp_path / "khong-co.xlsx"), "--db", str(db)).returncode == 2
    result = run_cli("ingest", "--kind", "khong_ro", str(tmp_path))
    assert result.returncode == 2
    assert "Lỗi cú pháp lệnh" in result.stderr
    assert run_cli().returncode == 2

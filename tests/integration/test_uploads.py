"""Files sent through the app: staged under safe names within the size limit, loaded by the real loader in
a child process, a unit's account kept to its own unit and kinds, and every step on the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest

from access import audit
from dashboard import uploads
from tests.conftest import units_rows, write_csv, write_xlsx
from tests.integration.test_scoring import loaded, sheet, title_block  # noqa: F401 - fixture


def _sheet_bytes(tmp_path: Path, unit: str, name: str) -> bytes:
    path = write_xlsx(tmp_path / "src" / name, sheet(), title="Tự đánh giá", top=title_block(unit, 2023))
    return path.read_bytes()


def test_names_are_made_safe_and_large_files_are_not_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_MAX_UPLOAD_MB", "0.001")  # about 1 KB
    staged = uploads.stage(
        [
            ("../../etc/Bảng chấm điểm.xlsx", b"x" * 100),
            ("a\\b\\c:d*.csv", b"y" * 10),
            ("lon.xlsx", b"z" * 5000),
        ],
        tmp_path,
    )
    assert [s.name for s in staged] == ["Bảng chấm điểm.xlsx", "c_d_.csv", "lon.xlsx"]
    assert (
        staged[0].path == tmp_path / "001" / "Bảng chấm điểm.xlsx"
        and staged[0].path.read_bytes() == b"x" * 100
    )
    assert staged[2].path is None and staged[2].size == 5000
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["Bảng chấm điểm.xlsx", "c_d_.csv"]


def test_a_unit_account_loads_its_own_sheet_and_nothing_else(loaded: Path, tmp_path: Path) -> None:  # noqa: F811
    files = [
        ("minh_son.xlsx", _sheet_bytes(tmp_path, "UBND XÃ MINH SƠN", "ms.xlsx")),
        ("hoa_thang.xlsx", _sheet_bytes(tmp_path, "UBND XÃ HÒA THẮNG", "ht.xlsx")),
        ("don_vi.csv", write_csv(tmp_path / "src" / "units.csv", units_rows()).read_bytes()),
    ]
    staged = uploads.stage(files, tmp_path / "staged")
    reports: list[dict] = []
    code, said = uploads.load(
        [s.path for s in staged],
        loaded,
        uploader="donvi.minhson",
        allowed_kinds=frozenset({"scoring", "officer_form", "feedback"}),
        allowed_units=frozenset({"X-MS"}),
        on_report=reports.append,
    )
    assert code == 1 and said == ""
    by_name = {Path(r["file"]).name: r for r in reports}
    assert by_name["minh_son.xlsx"]["status"] == "loaded"
    refused = by_name["hoa_thang.xlsx"]
    assert refused["status"] == "rejected"
    assert [f["rule"] for f in refused["findings"] if f["severity"] == "error"] == ["upload.other_unit"]
    message = next(f["message"] for f in refused["findings"] if f["rule"] == "upload.other_unit")
    assert (
        message.startswith("Tệp hoa_thang.xlsx")
        and "X-HT" in message
        and "X-MS" in message
        and "Cách sửa" in message
    )
    registry = by_name["don_vi.csv"]
    assert registry["status"] == "rejected"
    assert [f["rule"] for f in registry["findings"]] == ["upload.kind_not_allowed"]
    assert "Danh mục đơn vị" in registry["findings"][0]["message"]
    trail = [(e.action, e.object) for e in audit.entries(loaded, user_name="donvi.minhson")]
    assert sorted(trail) == sorted(
        [
            ("upload", "minh_son.xlsx"),
            ("load", "minh_son.xlsx"),
            ("upload", "hoa_thang.xlsx"),
            ("reject", "hoa_thang.xlsx"),
            ("upload", "don_vi.csv"),
            ("reject", "don_vi.csv"),
        ]
    )


def test_a_later_sheet_supersedes_and_the_command_line_is_audited_too(loaded: Path, tmp_path: Path) -> None:  # noqa: F811
    first = uploads.stage(
        [("v1.xlsx", _sheet_bytes(tmp_path, "UBND XÃ MINH SƠN", "v1.xlsx"))], tmp_path / "a"
    )
    changed = write_xlsx(
        tmp_path / "src" / "v2.xlsx",
        sheet({"1.1.1": 1}),
        title="Tự đánh giá",
        top=title_block("UBND XÃ MINH SƠN", 2023),
    )
    reports: list[dict] = []
    for staged in (first, uploads.stage([("v2.xlsx", changed.read_bytes())], tmp_path / "b")):
        uploads.load(
            [s.path for s in staged],
            loaded,
            uploader="noivu.test",
            allowed_kinds=None,
            allowed_units=None,
            on_report=reports.append,
        )
    assert [r["status"] for r in reports] == ["loaded", "loaded"] and reports[1]["supersedes"]
    actions = [e.action for e in audit.entries(loaded, user_name="noivu.test")]
    assert sorted(actions) == sorted(["upload", "load", "upload", "load", "supersede"])

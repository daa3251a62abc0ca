"""The headers the reader process found while recognising a file are exactly those the parser would find
itself, and a folder loads the same rows whether the parser uses them or searches again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from etl import headers, sandbox
from etl.findings import FindingSink
from etl.ingest import ingest_paths
from etl.kinds import scoring
from etl.kinds.base import locate
from etl.recognise import LAYOUTS, Recognised
from tests.conftest import query, write_xlsx
from tests.integration.test_scoring import loaded, sheet, title_block  # noqa: F401 - fixture

COMMUNES = ["UBND XÃ MINH SƠN", "UBND XÃ HÒA THẮNG", "UBND XÃ YÊN THỊNH"]
RAW_SCORE = """
    select row_number, criterion_code, stt_text, title_text, max_points, self_points, appraised_points,
        self_text, evidence_text, explanation_text, note_text, is_not_applicable
    from raw_score join source_file using (file_sha256)
    order by source_file.file_name, row_number
"""


def _sheets(folder: Path) -> list[Path]:
    """Three communes' 2023 sheets; the second with other points."""
    paths = []
    for number, unit in enumerate(COMMUNES):
        points = {"1.1.1": 1.25, "a)": 0} if number == 1 else None
        path = folder / f"{number}-sheet.xlsx"
        write_xlsx(path, sheet(points), title="Tự đánh giá", top=title_block(unit))
        paths.append(path)
    return paths


def test_reader_sends_the_headers_the_parser_would_find(tmp_path: Path) -> None:
    for path in _sheets(tmp_path):
        recognised = sandbox.read_recognised(path, path.name)
        assert recognised.kind == "scoring"
        workbook = recognised.workbook
        sent = {(number, kind): found for number, kind, found in recognised.headers}
        assert "scoring" in {kind for _, kind in sent}
        for (number, kind), found in sent.items():
            assert found == headers._find_header(workbook.sheets[number], LAYOUTS[kind])
        recognised.remember()
        located = locate(workbook, scoring.LAYOUT, FindingSink(path.name))
        assert located is not None
        assert located.header is sent[(0, "scoring")]
        assert located.header.columns["self_points"] == 3


def test_a_refused_cell_is_reported_the_same_with_the_headers_sent(
    loaded: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "bad.xlsx"
    write_xlsx(path, sheet({"1.1.1": "một"}), title="Tự đánh giá", top=title_block())
    (report,) = ingest_paths([path], loaded, refresh=False)
    assert report.status == "rejected"
    finding = next(f for f in report.findings if f.rule == "value.number")
    assert finding.cell == "D9"  # title block 5 rows, header on 6, criteria 1 and 1.1 above
    assert "một" in finding.message


def test_a_folder_loads_the_same_rows_with_or_without_the_headers_sent(
    loaded: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "sheets"
    folder.mkdir()
    _sheets(folder)
    other = tmp_path / "other.duckdb"
    shutil.copyfile(loaded, other)
    searched: list[str] = []
    real = headers._find_header

    def searching(sheet_, layout):
        searched.append(layout.kind)
        return real(sheet_, layout)

    monkeypatch.setattr(headers, "_find_header", searching)
    assert [r.status for r in ingest_paths([folder], loaded, refresh=False)] == ["loaded"] * 3
    assert "scoring" not in searched  # the reader process searched, in its own process
    monkeypatch.setattr(Recognised, "remember", lambda self: None)
    assert [r.status for r in ingest_paths([folder], other, refresh=False)] == ["loaded"] * 3
    assert searched.count("scoring") == 3
    rows = query(loaded, RAW_SCORE)
    assert len(rows) == 3 * (len(sheet()) - 2)  # every criterion row; not the header, not the total
    assert rows == query(other, RAW_SCORE)

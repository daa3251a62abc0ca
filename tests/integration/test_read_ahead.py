"""What the reader process works out ahead for the loader (the headers it found, a scoring sheet's rows)
is exactly what the parser would work out itself, and a folder loads the same rows either way."""

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


def test_reader_sends_the_headers_and_rows_the_parser_would_find(tmp_path: Path) -> None:
    for path in _sheets(tmp_path):
        recognised = sandbox.read_recognised(path, path.name)
        assert recognised.kind == "scoring"
        workbook = recognised.workbook
        sent = {(number, kind): found for number, kind, found in recognised.headers}
        assert "scoring" in {kind for _, kind in sent}
        for (number, kind), found in sent.items():
            assert found == headers._find_header(workbook.sheets[number], LAYOUTS[kind])
        assert recognised.scoring_rows is not None
        number, rows = recognised.scoring_rows
        located = locate(workbook, scoring.LAYOUT, FindingSink(path.name))
        assert located is not None
        assert workbook.sheets[number].name == located.sheet.name
        assert rows == scoring._read(located, FindingSink(path.name))
        assert len(rows.rows) > 5


def test_a_sheet_whose_rows_report_a_problem_is_read_again_by_the_parser(
    loaded: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "bad.xlsx"
    write_xlsx(path, sheet({"1.1.1": "một"}), title="Tự đánh giá", top=title_block())
    recognised = sandbox.read_recognised(path, path.name)
    assert recognised.kind == "scoring"
    assert recognised.scoring_rows is None
    (report,) = ingest_paths([path], loaded, refresh=False)
    assert report.status == "rejected"
    finding = next(f for f in report.findings if f.rule == "value.number")
    assert finding.cell == "D9"  # title block 5 rows, header on 6, criteria 1 and 1.1 above
    assert "một" in finding.message


def test_a_folder_loads_the_same_rows_with_or_without_what_was_read_ahead(
    loaded: Path,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "sheets"
    folder.mkdir()
    _sheets(folder)
    other = tmp_path / "other.duckdb"
    shutil.copyfile(loaded, other)
    taken: list[bool] = []
    real = scoring._taken_rows

    def taking(sheet_):
        rows = real(sheet_)
        taken.append(rows is not None)
        return rows

    monkeypatch.setattr(scoring, "_taken_rows", taking)
    assert [r.status for r in ingest_paths([folder], loaded, refresh=False)] == ["loaded"] * 3
    assert taken == [True] * 3
    taken.clear()
    monkeypatch.setattr(Recognised, "remember", lambda self: None)
    assert [r.status for r in ingest_paths([folder], other, refresh=False)] == ["loaded"] * 3
    assert taken == [False] * 3
    rows = query(loaded, RAW_SCORE)
    assert len(rows) == 3 * (len(sheet()) - 2)  # every criterion row; not the header, not the total
    assert rows == query(other, RAW_SCORE)

"""Shared test helpers: a fresh warehouse per test and writers for small reference files."""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from etl.findings import FileReport
from etl.ingest import ingest_paths
from etl.kinds.base import IngestOptions
from labels import ui
from warehouse.db import connect

# Tables that hold loaded data: a refused file must leave every one of them as it was.
DATA_TABLES = (
    "source_file",
    "raw_file_column",
    "raw_unit",
    "raw_officer",
    "raw_framework",
    "raw_criterion",
    "raw_rule",
    "raw_score_sheet",
    "raw_score",
    "raw_survey",
    "raw_published_index",
    "raw_officer_form",
    "raw_officer_form_item",
    "raw_feedback",
    "raw_feedback_copy_file",
    "raw_dossier",
    "raw_rejected_row",
    "raw_head_rule",
    "raw_head_calendar",
)

UNIT_HEADER = list(ui.TEMPLATE_HEADERS["units"].values())


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo province, built once per test session through the real loader (it takes about a minute).
    Tests only read it. While developing, CCHC_TEST_DEMO_DB may name a demo warehouse built from the
    current code (`python -m etl demo --db FILE`) to skip the build; CI never sets it."""
    from etl.demo import build_demo

    database = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    prebuilt = os.environ.get("CCHC_TEST_DEMO_DB")
    if prebuilt and Path(prebuilt).exists():
        # With what the build leaves beside it (replica, stored files, the generated inputs), renamed.
        source = Path(prebuilt)
        for sibling in source.parent.iterdir():
            if sibling.name != source.name and not sibling.name.startswith(
                (f"{source.stem}.", f"{source.stem}_")
            ):
                continue
            target = database.parent / (database.stem + sibling.name[len(source.stem) :])
            if sibling.is_dir():
                shutil.copytree(sibling, target)
            else:
                shutil.copy(sibling, target)
        pointer = database.parent / f"{database.stem}.read.current"
        if pointer.exists():
            pointer.write_text(pointer.read_text().replace(f"{source.stem}.read-", f"{database.stem}.read-"))
        return database
    assert build_demo(database, seed=2025) == 0
    return database


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "wh" / "test.duckdb"


def write_csv(path: Path, rows: list[list[object]], encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def write_xlsx(
    path: Path, rows: list[list[object]], title: str = "Sheet1", top: list[list[object]] | None = None
) -> Path:
    """A workbook with optional title-block rows above the table."""
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()
    sheet = book.active
    sheet.title = title
    for row in (top or []) + rows:
        sheet.append(row)
    book.save(path)
    return path


def ingest(path: Path, db: Path, *, refresh: bool = False, **options: object) -> FileReport:
    """Load one file as the CLI does. The pages' snapshots are left stale unless `refresh`: the marts'
    views answer the same, and most tests load many files one by one (tests/integration/test_snapshots.py
    covers the refresh)."""
    (report,) = ingest_paths([path], db, IngestOptions(**options), refresh=refresh)
    return report


def snapshot(db: Path) -> dict[str, list[tuple]]:
    con = connect(db, read_only=True)
    try:
        return {
            table: sorted(map(repr, con.execute(f"select * from {table}").fetchall()))
            for table in DATA_TABLES
        }
    finally:
        con.close()


def query(db: Path, sql: str, *params: object) -> list[tuple]:
    con = connect(db, read_only=True)
    try:
        return con.execute(sql, list(params)).fetchall()
    finally:
        con.close()


def units_rows() -> list[list[object]]:
    """A small registry: a department, a district with two communes merged into one in 2025."""
    return [
        UNIT_HEADER,
        ["SNV", "Sở Nội vụ", "so_nganh", "", "01/01/2019", "", "Sở Nội Vụ;SNV Lạng Sơn", ""],
        [
            "HHL",
            "UBND huyện Hữu Lũng",
            "UBND cấp huyện",
            "",
            "01/01/2019",
            "30/06/2025",
            "Huyện Hữu Lũng",
            "",
        ],
        ["X-MS", "UBND xã Minh Sơn", "xa", "HHL", "01/01/2019", "30/06/2025", "Xã Minh Sơn", "X-HL"],
        ["X-HT", "UBND xã Hòa Thắng", "Cấp xã", "HHL", "01/01/2019", "30/06/2025", "", "X-HL"],
        ["X-HL", "UBND xã Hữu Lũng", "xa", "", "01/07/2025", "", "Xã Hữu Lũng;UBND XA HUU LUNG", ""],
        ["MC-HL", "Bộ phận Một cửa huyện Hữu Lũng", "mot_cua", "HHL", "01/01/2019", "30/06/2025", "", ""],
        ["MC-XHL", "Bộ phận Một cửa UBND xã Hữu Lũng", "Bộ phận Một cửa", "X-HL", "01/07/2025", "", "", ""],
    ]


FRAMEWORK_HEADER = list(ui.TEMPLATE_HEADERS["framework"].values())


def framework_rows() -> list[list[object]]:
    """Two fields, decimals with a comma, a survey criterion, a letter item and a total row."""
    return [
        FRAMEWORK_HEADER,
        ["I", "Công tác chỉ đạo, điều hành CCHC", "6", "", "Phòng Nội vụ"],
        ["1.1", "Kế hoạch CCHC năm", "3", "Tự đánh giá", ""],
        ["1.1.1", "Ban hành kế hoạch kịp thời", "1,5", "Tự đánh giá", ""],
        ["1.1.2", "Mức độ thực hiện kế hoạch", "1,5", "Tự đánh giá", ""],
        ["1.2", "Đánh giá của người dân về công tác chỉ đạo", "3", "Điều tra xã hội học", ""],
        ["II", "Cải cách thủ tục hành chính", "4", "", "Văn phòng HĐND và UBND"],
        ["2.1", "Công khai thủ tục hành chính", "4", "", ""],
        ["a)", "Niêm yết đầy đủ tại Bộ phận Một cửa", "2", "", ""],
        ["b)", "Công khai trên Cổng dịch vụ công", "2", "", ""],
        ["", "TỔNG ĐIỂM", "10", "", ""],
    ]


PROJECT_DIR_FOR_TESTS = Path(__file__).resolve().parent.parent

"""Scoring-sheet ingest benchmark: 100 unit sheets of ~150 rows loaded in one CLI call.

Targets (issue: scoring spreadsheets): marginal cost ≤ 20 ms per sheet on the 2-core machine, and at
least 5× faster than merely reading the same files with `pandas.read_excel` on openpyxl. The marginal
cost is (time for 100 sheets − time for 10 sheets) / 90, each a fresh `python -m etl ingest` process on
a warehouse holding the demo profile, so start-up and the warehouse's own set-up cancel out.
"""

from __future__ import annotations

import csv
import random
import subprocess
import sys
import time
from pathlib import Path

from openpyxl import Workbook

from etl.demo import PROFILE_DIR, framework_files
from etl.ingest import Loader
from warehouse.db import PROJECT_DIR

SHEETS = 100
BASELINE_SHEETS = 10
FRAMEWORK = "LS-SN-2021"
HEADER = ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm tự đánh giá", "Tài liệu kiểm chứng",
          "Giải trình"]  # fmt: skip


def _framework_rows() -> list[dict[str, str]]:
    path = PROFILE_DIR / "frameworks" / f"{FRAMEWORK}.csv"
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return [row for row in csv.DictReader(handle) if row["STT"].strip()]


def _points(text: str) -> float:
    return float(text.replace(",", "."))


def _departments(year: int) -> list[tuple[str, str]]:
    """(code, name) of the departments in force on 31/12 of the year, from the demo registry."""
    out = []
    with (PROFILE_DIR / "units.csv").open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            ends = row["Hiệu lực đến"].strip()
            starts = row["Hiệu lực từ"].strip()
            if row["Nhóm"] != "so_nganh" or (ends and int(ends[-4:]) <= year) or int(starts[-4:]) > year:
                continue
            out.append((row["Mã đơn vị"], row["Tên đơn vị"]))
    return out


def write_sheets(folder: Path, count: int, seed: int = 7) -> list[Path]:
    """`count` filled scoring sheets of departments, years 2021 on, each with a title block."""
    rng = random.Random(seed)
    rows = _framework_rows()
    codes = [row["STT"] for row in rows]
    children: dict[int, list[int]] = {}
    stack: list[tuple[int, int]] = []
    for index, code in enumerate(codes):
        depth = 1 if code.isalpha() and code.isupper() else code.count(".") + 1
        while stack and stack[-1][1] >= depth:
            stack.pop()
        if stack:
            children.setdefault(stack[-1][0], []).append(index)
        stack.append((index, depth))
    pairs = [(year, unit) for year in range(2021, 2026) for unit in _departments(year)]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, (year, (_code, name)) in enumerate(pairs[:count]):
        points = [0.0] * len(rows)
        for index in reversed(range(len(rows))):
            if index in children:
                points[index] = sum(points[child] for child in children[index])
            elif "điều tra" not in rows[index]["Phương pháp đánh giá"].lower():
                points[index] = round(_points(rows[index]["Điểm tối đa"]) * rng.choice((1, 1, 0.75, 0.5)), 2)
        book = Workbook()
        sheet = book.active
        sheet.title = "Tự đánh giá"
        sheet.append(["UBND TỈNH LẠNG SƠN", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"])
        sheet.append([name.upper(), None, None, "Độc lập - Tự do - Hạnh phúc"])
        sheet.append([f"BẢNG TỰ ĐÁNH GIÁ, CHẤM ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {year}"])
        sheet.append(HEADER)
        for index, row in enumerate(rows):
            survey = "điều tra" in row["Phương pháp đánh giá"].lower()
            leaf = index not in children
            sheet.append([
                row["STT"],
                row["Lĩnh vực/Tiêu chí/Tiêu chí thành phần"],
                _points(row["Điểm tối đa"]),
                None if survey else points[index],
                f"Quyết định số {rng.randint(1, 999)}/QĐ-UBND ngày 15/02/{year}" if leaf and not survey else None,
                "Đã thực hiện đầy đủ" if leaf and not survey else None,
            ])  # fmt: skip
        fields = [index for index, code in enumerate(codes) if code.isalpha() and code.isupper()]
        sheet.append([None, "Tổng điểm", 100, round(sum(points[index] for index in fields), 2)])
        path = folder / f"{number:03d}.xlsx"
        book.save(path)
        paths.append(path)
    return paths


def _warehouse(path: Path) -> None:
    with Loader(path) as loader:
        loader.ingest(PROFILE_DIR / "units.csv")
        loader.ingest(PROFILE_DIR / "rules.csv")
        for item in framework_files():
            loader.ingest(item.path, item.options)


def _cli_seconds(database: Path, folder: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "etl", "ingest", str(folder), "--db", str(database), "--json"],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"ingest failed: {done.stdout[-2000:]} {done.stderr[-2000:]}")
    return elapsed


def run(root: Path) -> dict[str, float]:
    """Time the CLI on 10 and on 100 sheets, and pandas reading the 100 sheets; return the figures."""
    import pandas as pd

    paths = write_sheets(root / "sheets", SHEETS)
    small = root / "small"
    small.mkdir()
    for path in paths[:BASELINE_SHEETS]:
        (small / path.name).write_bytes(path.read_bytes())
    timings: dict[str, list[float]] = {"small": [], "full": []}
    for attempt in range(3):
        for label, folder in (("small", small), ("full", root / "sheets")):
            database = root / f"{label}{attempt}.duckdb"
            _warehouse(database)
            timings[label].append(_cli_seconds(database, folder))
    small_s, full_s = min(timings["small"]), min(timings["full"])
    start = time.perf_counter()
    for path in paths:
        pd.read_excel(path, sheet_name=None, engine="openpyxl", header=None)
    pandas_s = time.perf_counter() - start
    marginal_ms = (full_s - small_s) / (SHEETS - BASELINE_SHEETS) * 1000
    pandas_ms = pandas_s / SHEETS * 1000
    return {
        "sheets": SHEETS,
        "rows_per_sheet": len(_framework_rows()) + 4,
        "cli_10_sheets_s": round(small_s, 3),
        "cli_100_sheets_s": round(full_s, 3),
        "marginal_ms_per_sheet": round(marginal_ms, 2),
        "pandas_openpyxl_read_ms_per_sheet": round(pandas_ms, 2),
        "speedup_vs_pandas_openpyxl": round(pandas_ms / marginal_ms, 1),
    }

"""Scoring-sheet ingest benchmark: 100 unit sheets of ~150 rows loaded in one CLI call.

Targets (issue: scoring spreadsheets): marginal cost ≤ 20 ms per sheet on the 2-core machine, and at
least 5× faster than merely reading the same files with `pandas.read_excel` on openpyxl. The marginal
cost is (time for 100 sheets − time for 10 sheets) / 90, each a fresh `python -m etl ingest` process on
a warehouse holding the demo profile, so start-up and the warehouse's own set-up cancel out. The same is
measured over 1,000 sheets (a unit's sheet sent again replaces the one before), beside python-calamine's
bare read of each sheet: the floor of any reader that returns every cell to Python.
"""

from __future__ import annotations

import csv
import os
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
LARGE_SHEETS = 1000
# Targets of the issue: marginal ms per sheet, and how many times faster than pandas on openpyxl.
TARGET_MS_PER_SHEET = 20.0
TARGET_SPEEDUP = 5.0
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
    """`count` filled scoring sheets of departments, years 2021 on, each with a title block; past one
    sheet per department and year, the same units send again (other points, the later sheet replaces)."""
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
    for number in range(count):
        year, (_code, name) = pairs[number % len(pairs)]
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
    return _cli(database, folder)[0]


def _cli(database: Path, folder: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, its reader process included) of one CLI run. The
    CPU time does not grow when other programs share the cores, the wall time does."""
    import tempfile

    start = time.perf_counter()
    with tempfile.TemporaryFile() as output, tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [sys.executable, "-m", "etl", "ingest", str(folder), "--db", str(database), "--json"],
            cwd=PROJECT_DIR,
            stdout=output,
            stderr=errors,
        )
        # wait4 reports the process's own time and that of the children it waited for (the reader).
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - start
        if process.returncode != 0:
            output.seek(0)
            errors.seek(0)
            raise RuntimeError(f"ingest failed: {output.read()[-2000:]!r} {errors.read()[-2000:]!r}")
    return elapsed, usage.ru_utime + usage.ru_stime


def _calamine_ms(paths: list[Path]) -> float:
    """python-calamine's bare read of every sheet, in ms per file (best of three)."""
    import python_calamine

    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        for path in paths:
            book = python_calamine.CalamineWorkbook.from_path(str(path))
            for name in book.sheet_names:
                book.get_sheet_by_name(name).to_python()
            book.close()
        best = min(best, time.perf_counter() - start)
    return best / len(paths) * 1000


def run(root: Path) -> dict[str, object]:
    """Time the CLI on 10, 100 and 1,000 sheets, and pandas and calamine reading the 100 sheets; return
    the figures and whether each target is met."""
    import pandas as pd

    paths = write_sheets(root / "sheets", SHEETS)
    small = root / "small"
    small.mkdir()
    for path in paths[:BASELINE_SHEETS]:
        (small / path.name).write_bytes(path.read_bytes())
    timings: dict[str, list[float]] = {"small": [], "full": []}
    cpu: dict[str, list[float]] = {"small": [], "full": []}
    for attempt in range(3):
        for label, folder in (("small", small), ("full", root / "sheets")):
            database = root / f"{label}{attempt}.duckdb"
            _warehouse(database)
            wall, used = _cli(database, folder)
            timings[label].append(wall)
            cpu[label].append(used)
    small_s, full_s = min(timings["small"]), min(timings["full"])
    small_cpu = min(cpu["small"])
    start, start_cpu = time.perf_counter(), time.process_time()
    for path in paths:
        pd.read_excel(path, sheet_name=None, engine="openpyxl", header=None)
    pandas_s = time.perf_counter() - start
    pandas_cpu_ms = (time.process_time() - start_cpu) / SHEETS * 1000
    calamine_ms = _calamine_ms(paths)
    write_sheets(root / "large", LARGE_SHEETS)
    large_db = root / "large.duckdb"
    _warehouse(large_db)
    large_s, large_cpu = _cli(large_db, root / "large")
    marginal_ms = (full_s - small_s) / (SHEETS - BASELINE_SHEETS) * 1000
    large_ms = (large_s - small_s) / (LARGE_SHEETS - BASELINE_SHEETS) * 1000
    cpu_ms = (min(cpu["full"]) - small_cpu) / (SHEETS - BASELINE_SHEETS) * 1000
    large_cpu_ms = (large_cpu - small_cpu) / (LARGE_SHEETS - BASELINE_SHEETS) * 1000
    pandas_ms = pandas_s / SHEETS * 1000
    speedup = pandas_ms / marginal_ms
    return {
        "sheets": SHEETS,
        "rows_per_sheet": len(_framework_rows()) + 4,
        "cli_10_sheets_s": round(small_s, 3),
        "cli_100_sheets_s": round(full_s, 3),
        "marginal_ms_per_sheet": round(marginal_ms, 2),
        "pandas_openpyxl_read_ms_per_sheet": round(pandas_ms, 2),
        "speedup_vs_pandas_openpyxl": round(speedup, 1),
        "cli_1000_sheets_s": round(large_s, 3),
        "marginal_ms_per_sheet_1000": round(large_ms, 2),
        "calamine_read_ms_per_sheet": round(calamine_ms, 2),
        # CPU of both processes (loader and reader), which run side by side on the two cores.
        "marginal_cpu_ms_per_sheet": round(cpu_ms, 2),
        "marginal_cpu_ms_per_sheet_1000": round(large_cpu_ms, 2),
        "pandas_openpyxl_read_cpu_ms_per_sheet": round(pandas_cpu_ms, 2),
        "targets": {
            "marginal_ms_per_sheet": {
                "value": round(marginal_ms, 2),
                "target": TARGET_MS_PER_SHEET,
                "pass": marginal_ms <= TARGET_MS_PER_SHEET,
            },
            "marginal_ms_per_sheet_1000": {
                "value": round(large_ms, 2),
                "target": TARGET_MS_PER_SHEET,
                "pass": large_ms <= TARGET_MS_PER_SHEET,
            },
            "speedup_vs_pandas_openpyxl": {
                "value": round(speedup, 1),
                "target": TARGET_SPEEDUP,
                "pass": speedup >= TARGET_SPEEDUP,
            },
        },
    }

"""The floor under the scoring-sheet ingest: python-calamine's bare read of the same 100 sheets the
scoring benchmark loads (bench.scoring.write_sheets), every cell of every sheet to Python values and
nothing else. No loader can read a sheet faster than this; the loader's marginal cost per sheet is
compared with it."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

RUNS = 3


def run(root: Path, sheets: int = 100) -> dict[str, object]:
    import python_calamine

    from bench.scoring import write_sheets

    paths = write_sheets(root / "calamine-sheets", sheets)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for path in paths:
            book = python_calamine.CalamineWorkbook.from_path(str(path))
            for name in book.sheet_names:
                book.get_sheet_by_name(name).to_python()
        times.append(time.perf_counter() - started)
    return {
        "sheets": len(paths),
        "calamine_bare_read_ms_per_sheet": round(statistics.median(times) / len(paths) * 1000, 2),
    }

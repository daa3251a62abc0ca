"""The quarterly report pack (issue target: ≤ 30 s): the command line in a fresh process (Chromium starts
with it), the same pack again in one process with the render server already open (a second click of
the page's button), and one chart as PNG and SVG once the server is warm."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

RUNS = 3


def run(database: Path, scratch: Path) -> dict[str, object]:
    env = {**os.environ, "CCHC_DB": str(database)}
    command = [
        sys.executable,
        "-m",
        "reports",
        "quarterly",
        "--year",
        "2025",
        "--quarter",
        "3",
        "--db",
        str(database),
    ]
    cold = []
    for number in range(RUNS):
        started = time.perf_counter()
        done = subprocess.run(
            [*command, "-o", str(scratch / f"cli{number}")],
            check=False,
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"python -m reports quarterly failed: {done.stderr.strip()[-600:]}")
        cold.append(time.perf_counter() - started)

    os.environ["CCHC_DB"] = str(database)
    from dashboard import queries
    from reports import images, pack

    with queries.acting_as(queries.SYSTEM_PRINCIPAL):
        return _in_process(scratch, cold, images, pack)


def _in_process(scratch: Path, cold: list[float], images, pack) -> dict[str, object]:
    content = pack.build(2025, 3)
    pack.write(content, scratch / "warmup")
    warm, build = [], []
    for number in range(RUNS):
        started = time.perf_counter()
        content = pack.build(2025, 3)
        built = time.perf_counter()
        pack.write(content, scratch / f"warm{number}")
        warm.append(time.perf_counter() - started)
        build.append(built - started)
    figure = content.figures[0].fig
    chart = []
    for _ in range(5):
        started = time.perf_counter()
        images.render(figure, "png")
        images.render(figure, "svg")
        chart.append(time.perf_counter() - started)
    images.shutdown()
    return {
        "figures": len(content.figures),
        "tables": len(content.tables),
        "cli_fresh_process_s": round(statistics.median(cold), 2),
        "in_process_warm_server_s": round(statistics.median(warm), 2),
        "content_only_s": round(statistics.median(build), 2),
        "one_chart_png_and_svg_s": round(statistics.median(chart), 3),
        "target_s": 30,
    }

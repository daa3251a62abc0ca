"""`python -m bench`: time the demo build, reference-file ingest, scoring-sheet ingest and the app's queries.

Each figure is the median of several runs; results go to bench/results.json with the machine's cores and
memory. Not part of `make test`: timings belong here, not in assertions.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench import one_stop, report, scoring
from etl.demo import PROFILE_DIR, build_demo, framework_files
from etl.ingest import Loader
from warehouse.db import connect

RUNS = 5
QUERIES = {
    "units_by_group": "select unit_group, count(*) from mart_unit group by unit_group",
    "frameworks_for_year": "select * from mart_framework where from_year <= 2024 and coalesce(to_year, 9999) >= 2024",
    "criteria_of_framework": "select * from mart_criterion where framework_id = 'LS-SN-2021' order by sort_order",
    "recent_files": "select * from mart_load_attempt order by attempt_id desc limit 50",
    "rejected_findings": "select * from mart_load_finding where status = 'rejected' limit 200",
    "unit_index_of_year": "select * from mart_unit_index where year = 2024 order by unit_group, rank_in_group",
    "criterion_gap_of_group": "select field_code, avg(lost_pct) from mart_criterion_gap where year = 2024"
    " and unit_group = 'xa' group by field_code",
}


def _median_seconds(action, runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    results: dict[str, object] = {
        "machine": {
            "cores": os.cpu_count(),
            "memory_gb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
            "python": platform.python_version(),
        }
    }
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        counter = iter(range(1000))

        def demo() -> None:
            build_demo(root / f"demo{next(counter)}.duckdb", root / f"in{next(counter)}", force=True)

        # The demo holds ~700 scoring sheets: one build is a long enough sample.
        results["demo_build_s"] = round(_median_seconds(demo, runs=1), 3)

        def reference() -> None:
            with Loader(root / f"ref{next(counter)}.duckdb") as loader:
                loader.ingest(PROFILE_DIR / "units.csv")
                loader.ingest(PROFILE_DIR / "rules.csv")
                for item in framework_files():
                    loader.ingest(item.path, item.options)

        results["reference_profile_ingest_s"] = round(_median_seconds(reference, runs=3), 3)
        results["scoring_ingest"] = scoring.run(root / "scoring")
        (root / "one_stop").mkdir()
        results["one_stop_feedback"] = one_stop.run(root / "one_stop")

        database = root / "query.duckdb"
        build_demo(database, root / "qin", force=True)
        latencies = {}
        for name, sql in QUERIES.items():

            def run(sql: str = sql) -> None:
                con = connect(database, read_only=True)
                con.execute(sql).fetchall()
                con.close()

            latencies[name] = round(_median_seconds(run, runs=20) * 1000, 2)
        results["query_ms_open_run_close"] = latencies
        (root / "report").mkdir()
        results["quarterly_report_pack"] = report.run(database, root / "report")
    out = Path(__file__).resolve().parent / "results.json"
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    json.dump(results, sys.stdout, indent=2, ensure_ascii=False)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())

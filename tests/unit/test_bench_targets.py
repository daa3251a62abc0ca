"""The bench's verdicts: PASS at the limit, FAIL past it, n/a when a figure is missing, FAIL on a timeout."""

from __future__ import annotations

from bench.__main__ import targets


def _verdicts(results: dict) -> dict[str, str]:
    return {row["target"]: row["verdict"] for row in targets(results)}


def test_limits_are_inclusive_and_direction_matters() -> None:
    results = {
        "scoring_ingest": {"marginal_ms_per_sheet": 20.0, "speedup_vs_pandas_openpyxl": 4.99},
        "one_stop_feedback": {
            "csv": {"marginal_s": 2.01, "ratio_to_duckdb_read": 4.0, "peak_memory_gb": 0.9}
        },
    }
    verdicts = _verdicts(results)
    assert verdicts["scoring sheet: marginal ms per sheet"] == "PASS"
    assert verdicts["scoring sheet: × faster than pandas/openpyxl"] == "FAIL"
    assert verdicts["feedback CSV 1M rows: marginal s"] == "FAIL"
    assert verdicts["feedback CSV: × DuckDB read_csv"] == "PASS"
    assert verdicts["peak memory GB, loader: 1M-row CSV"] == "PASS"
    # Not measured in this run: said, not passed.
    assert verdicts["peak memory GB, loader: 200k-row Excel"] == "n/a"
    assert verdicts["quarterly report pack s (CLI, national)"] == "n/a"


def test_every_national_query_and_page_is_judged() -> None:
    results = {
        "queries": {"national": {"queries": {"a": {"cold_p95_ms": 150.0}, "b": {"cold_p95_ms": 150.1}}}},
        "pages": {
            "national": {
                "pages": {
                    "overview": {"cold_s": 1.5, "timed_out": False},
                    "one_stop": {"cold_s": None, "timed_out": True},
                }
            }
        },
    }
    verdicts = _verdicts(results)
    assert verdicts["query a: cold p95 ms (national)"] == "PASS"
    assert verdicts["query b: cold p95 ms (national)"] == "FAIL"
    assert verdicts["page overview: cold s (national)"] == "PASS"
    assert verdicts["page one_stop: cold s (national)"] == "FAIL"

"""How cost grows with the data: the generated province (bench.national.PROVINCE_1X: ~120 scored units,
10 years of sheets, 60 officers, 24 months of forms, 300,000 ratings) at 1×, 10× and 100× (10 and 100
such provinces in one warehouse: every count multiplied).

At each point:
- `generate_s`: writing that much data straight into the raw tables and refreshing the models and
  snapshots (a bulk load; None when the warehouse came from the cache);
- `load_one_file_s`: `python -m etl ingest` of one more 10,000-row feedback export into a copy of that
  warehouse, in a fresh process: what a user waits for after an upload, since every accepted load
  refreshes the snapshots of the whole warehouse and publishes a new replica; with its peak memory
  (at 1× and 10×; the national warehouse, ~34×, is measured the same way by `python -m bench`);
- `page_s`: the overview and One-Stop pages drawn with AppTest, query cache cleared.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import duckdb

from bench import one_stop, pages
from bench.national import PROVINCE_1X, PROVINCE_10X, PROVINCE_100X, Scale, ensure

POINTS: tuple[tuple[str, Scale], ...] = (("1x", PROVINCE_1X), ("10x", PROVINCE_10X), ("100x", PROVINCE_100X))
EXPORT_ROWS = 10_000
GROWTH_PAGES = ("pages/overview.py", "pages/one_stop.py")
LOAD_POINTS = ("1x", "10x")
HEADER = ("Thời gian đánh giá", "Mã hồ sơ", "Mã đơn vị", "Mã cán bộ", "Thủ tục hành chính", "Mức độ hài lòng")


def write_export(path: Path, rows: int = EXPORT_ROWS) -> Path:
    """A kiosk export of December 2025 for the first generated officers (who exist at every scale)."""
    con = duckdb.connect()
    try:
        frame = con.execute(
            """
            select
                strftime(timestamp '2025-12-02 07:30:00' + to_seconds(i * 97), '%d/%m/%Y %H:%M:%S'),
                'KIOSK-' || i,
                'MC-T001-X' || lpad(cast(i % 60 + 1 as varchar), 3, '0'),
                'CB' || lpad(cast(i % 60 + 1 as varchar), 6, '0'),
                'Đăng ký khai sinh',
                case when i % 10 < 8 then 'Hài lòng' else 'Không hài lòng' end
            from range(?) as t(i)
            """,
            [rows],
        ).df()
    finally:
        con.close()
    frame.columns = list(HEADER)
    frame.to_csv(path, index=False, encoding="utf-8")
    return path


def load_into_copy(database: Path, scratch: Path) -> dict[str, float]:
    """One 10,000-row feedback export loaded by the CLI into a copy of `database`: seconds and peak GB."""
    export = scratch / "kiosk-2025-12.csv"
    if not export.exists():
        write_export(export)
    with tempfile.TemporaryDirectory(dir=scratch) as folder:
        copy = Path(folder) / "copy.duckdb"
        shutil.copyfile(database, copy)
        seconds, peak_gb, _ = one_stop.cli_usage(copy, export)
    return {"seconds": round(seconds, 2), "peak_gb": round(peak_gb, 2), "rows": EXPORT_ROWS}


def run(scratch: Path) -> dict[str, object]:
    results: dict[str, object] = {}
    for label, scale in POINTS:
        database, generated, generator_gb = ensure(scale)
        # At 100x one load takes longer than the rest of the bench together: the national warehouse
        # (~34x) gives the curve's last load point instead (results: national_load).
        load = (
            load_into_copy(database, scratch) if label in LOAD_POINTS else {"seconds": None, "peak_gb": None}
        )
        os.environ["CCHC_DB"] = str(database)
        page_s = {}
        for page in GROWTH_PAGES:
            seconds, _ = pages.render(page, clear=True)
            page_s[Path(page).stem] = round(seconds, 3)
        results[label] = {
            "units": scale.units,
            "officers": scale.officers,
            "ratings": scale.ratings,
            "generate_s": None if generated is None else round(generated, 1),
            "generator_peak_gb": None if generator_gb is None else round(generator_gb, 2),
            "load_one_file_s": load["seconds"],
            "load_one_file_peak_gb": load["peak_gb"],
            "page_s": page_s,
            "warehouse_gb": round(database.stat().st_size / 2**30, 2),
        }
    return results

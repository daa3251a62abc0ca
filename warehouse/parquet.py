"""The marts as Parquet, partitioned by year and province, for an engine beyond one machine.

A warehouse holds one province. `export(database, folder)` writes every mart with DuckDB's own
`COPY ... (FORMAT parquet, PARTITION_BY ...)` (no pyarrow) to `folder/<mart>/year=Y/province=P/`, adding a
`province` column (the province's name from the rules, as a path-safe slug); marts without a year are
partitioned by province only. Provinces exporting into one shared folder fill disjoint partitions, so a
distributed engine (DuckDB over object storage, Spark, Trino) reads the country as one dataset with
`read_parquet('folder/mart_unit_index/**/*.parquet', hive_partitioning = true)`.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from warehouse.db import SNAPSHOTS, connect, ensure_replica, snapshot_sql, snapshots_fresh

_MART = re.compile(r"^mart_[a-z0-9_]+$")


def province_slug(name: str | None) -> str:
    """A path-safe ASCII name: "Lạng Sơn" -> "lang_son" (đ has no decomposition, so it is mapped)."""
    if not name:
        return "unknown"
    text = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "_", text).strip("_") or "unknown"


def export(database: Path, folder: Path) -> dict[str, int]:
    """Write every mart of the warehouse's published replica to `folder`; returns rows per mart."""
    replica = ensure_replica(database)
    if replica is None:
        raise FileNotFoundError(database)
    folder.mkdir(parents=True, exist_ok=True)
    con = connect(replica, read_only=True)
    try:
        fresh = snapshots_fresh(con)
        row = con.execute(
            "select value_text from mart_rule where rule_code = 'province' and param_code = 'name'"
            " order by valid_from_date desc nulls last limit 1"
        ).fetchone()
        province = province_slug(row[0] if row else None)
        marts = [
            name
            for (name,) in con.execute(
                "select view_name from duckdb_views() where not internal and starts_with(view_name, 'mart_')"
                " order by view_name"
            ).fetchall()
            if _MART.match(name)
        ]
        written: dict[str, int] = {}
        for mart in marts:
            columns = {
                c
                for (c,) in con.execute(
                    "select column_name from duckdb_columns() where table_name = ?", [mart]
                ).fetchall()
            }
            source = f"select *, ? as province from {mart}"
            if fresh and mart in SNAPSHOTS:
                source = snapshot_sql(source)
            partitions = "year, province" if "year" in columns else "province"
            target = folder / mart
            # Names come from the catalogue (checked against _MART), the province only as a bound value.
            # COPY answers with the number of rows written.
            copied = con.execute(
                f"copy ({source}) to '{_quoted(target)}'"
                f" (format parquet, partition_by ({partitions}), overwrite_or_ignore true)",
                [province],
            ).fetchone()
            written[mart] = int(copied[0]) if copied else 0
        return written
    finally:
        con.close()


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")

"""Slow marts materialised as snap_ tables: equal to their views after every load, never read when stale."""

from pathlib import Path

import pytest

from tests.conftest import ingest, query, units_rows, write_csv
from warehouse import db as wh


def _comparable(con, name: str) -> str:
    """The mart's columns with doubles rounded: parallel sums of doubles may differ in the last bit."""
    columns = con.execute(f"describe {name}").fetchall()
    return ", ".join(
        f"round({column}, 6) as {column}" if kind in ("DOUBLE", "FLOAT") else column
        for column, kind, *_ in columns
    )


def test_snapshots_equal_their_marts_on_the_demo(demo_db: Path) -> None:
    con = wh.connect(demo_db, read_only=True)
    try:
        assert wh.snapshots_fresh(con)
        for name in wh.SNAPSHOTS:
            (rows,) = con.execute(f"select count(*) from {name}").fetchone()
            columns = _comparable(con, name)
            differ = con.execute(
                f"select count(*) from ((select {columns} from {name} except all select {columns} from snap_{name}) "
                f"union all (select {columns} from snap_{name} except all select {columns} from {name}))"
            ).fetchone()[0]
            assert differ == 0, name
            assert name != "mart_unit_index" or rows > 0
    finally:
        con.close()


def test_a_load_refreshes_the_snapshots_and_a_refusal_needs_no_refresh(tmp_path: Path, db: Path) -> None:
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db, refresh=True).status == "loaded"
    ((refreshed_at,),) = query(db, "select refreshed_at from snapshot_state")
    con = wh.connect(db, read_only=True)
    try:
        assert wh.snapshots_fresh(con)
    finally:
        con.close()
    refused = ingest(write_csv(tmp_path / "empty.csv", [["a", "b"]]), db, refresh=True)
    assert refused.status == "rejected"
    assert query(db, "select refreshed_at from snapshot_state") == [(refreshed_at,)]
    con = wh.connect(db, read_only=True)
    try:
        assert wh.snapshots_fresh(con)
    finally:
        con.close()


def test_stale_snapshots_are_not_read(tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from dashboard import queries

    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db, refresh=True).status == "loaded"
    monkeypatch.setenv("CCHC_DB", str(db))
    # The test reads as the machine itself, as the report command does.
    with queries.acting_as(queries.SYSTEM_PRINCIPAL):
        count = "select count(*) as n from mart_unit_index where year = 2099"
        con = wh.connect(db)
        con.execute("insert into snap_mart_unit_index (year, unit_code) values (2099, 'GHOST')")
        con.close()
        assert queries.run(count).iloc[0, 0] == 1  # fresh: the snapshot is what is read
        # A load committed but not yet reflected (a crash before the refresh): the marts' views serve.
        con = wh.connect(db)
        con.execute(
            "insert into load_attempt (attempt_id, file_sha256, file_name, kind, status, attempted_at) "
            "values (999, 'x', 'x.csv', 'units', 'loaded', now())"
        )
        assert not wh.snapshots_fresh(con)
        con.close()
        assert queries.run(count).iloc[0, 0] == 0


def test_snapshot_sql_rewrites_only_whole_names() -> None:
    sql = "select * from mart_unit_index join mart_unit using (unit_code) join mart_criterion_gap_x g"
    assert wh.snapshot_sql(sql) == (
        "select * from snap_mart_unit_index join mart_unit using (unit_code) join mart_criterion_gap_x g"
    )


def test_a_mart_added_to_the_snapshots_makes_them_stale(tmp_path: Path, db: Path, monkeypatch) -> None:
    """A release that snapshots one more mart, without changing any model, must not read a snap_ table
    that was never built."""
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db, refresh=True).status == "loaded"
    con = wh.connect(db)
    assert wh.snapshots_fresh(con)
    monkeypatch.setattr(wh, "SNAPSHOTS", (*wh.SNAPSHOTS, "mart_unit"))
    assert not wh.snapshots_fresh(con)
    con.close()

from pathlib import Path

import pytest

from warehouse import db as wh


def test_fresh_warehouse_gets_every_migration_and_model(tmp_path: Path) -> None:
    database = tmp_path / "w.duckdb"
    wh.prepare(database)
    con = wh.connect(database, read_only=True)
    versions = wh.applied_versions(con)
    views = {
        row[0] for row in con.execute("select view_name from duckdb_views() where not internal").fetchall()
    }
    con.close()
    assert versions == [m.version for m in wh.migrations()]
    assert {m.name for m in wh.models()} <= views
    assert "mart_unit" in views


def test_reapplying_migrations_changes_nothing(tmp_path: Path) -> None:
    database = tmp_path / "w.duckdb"
    wh.prepare(database)
    con = wh.connect(database)
    con.execute(
        "insert into load_attempt (file_sha256, file_name, status, attempted_at) values ('x', 'a.xlsx', 'rejected', now())"
    )
    assert wh.migrate(con) == []
    assert con.execute("select count(*) from load_attempt").fetchone()[0] == 1
    assert con.execute("select count(*) from schema_version").fetchone()[0] == len(wh.migrations())
    con.close()
    wh.prepare(database)  # models rebuilt over existing data


def test_a_failing_migration_leaves_no_trace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    (migrations / "001_good.sql").write_text("create table good_one (id integer);")
    (migrations / "002_bad.sql").write_text(
        "create table half_made (id integer);\nselect * from no_such_table;"
    )
    monkeypatch.setattr(wh, "MIGRATIONS_DIR", migrations)
    con = wh.connect(tmp_path / "w.duckdb")
    with pytest.raises(Exception, match="no_such_table"):
        wh.migrate(con)
    tables = {row[0] for row in con.execute("select table_name from information_schema.tables").fetchall()}
    assert "good_one" in tables
    assert "half_made" not in tables
    assert wh.applied_versions(con) == [1]
    con.close()


def test_models_are_ordered_after_what_they_read() -> None:
    order = [m.name for m in wh.models()]
    for model in wh.models():
        for dependency in model.depends_on:
            assert order.index(dependency) < order.index(model.name)


def test_a_model_reading_a_later_layer_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    models = tmp_path / "models"
    models.mkdir()
    (models / "mart_a.sql").write_text("select 1 as x")
    (models / "stg_b.sql").write_text("select * from mart_a")
    monkeypatch.setattr(wh, "MODELS_DIR", models)
    with pytest.raises(ValueError, match="later layer"):
        wh.models()


def test_db_path_prefers_explicit_then_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "env.duckdb"))
    assert wh.db_path(tmp_path / "x.duckdb") == tmp_path / "x.duckdb"
    assert wh.db_path() == tmp_path / "env.duckdb"
    monkeypatch.delenv("CCHC_DB")
    assert wh.db_path() == wh.DEFAULT_DB

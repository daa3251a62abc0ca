"""The DuckDB warehouse: where it lives, how to open it, its migrations and its SQL models.

Migrations (`migrations/NNN_name.sql`) create the tables that hold loaded data; they run once each, in
order, inside a transaction, and are recorded in `schema_version`. Models (`models/{raw,stg,mart}_*.sql`)
are views rebuilt from their files, so changing a model never needs a migration. The marts the pages
read most (SNAPSHOTS) are also materialised as `snap_<mart>` tables after every load; `snapshot_sql`
points a query at them while they are fresh.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

PACKAGE_DIR = Path(__file__).resolve().parent
MIGRATIONS_DIR = PACKAGE_DIR / "migrations"
MODELS_DIR = PACKAGE_DIR / "models"
PROJECT_DIR = PACKAGE_DIR.parent
DEFAULT_DB = PROJECT_DIR / "data" / "cchc.duckdb"

# Models are layered; a model may read only its own layer or the ones before it.
LAYERS = ("raw", "stg", "mart")

# Extensions cannot be downloaded on the machines this runs on, and a silent download attempt would
# stall a query for the length of a network timeout.
_CONFIG = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}

_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
_MODEL_NAME = re.compile(r"^(raw|stg|mart)_[a-z0-9_]+$")


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The warehouse file: an explicit path, else $CCHC_DB, else data/cchc.duckdb in the project."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("CCHC_DB")
    return Path(env) if env else DEFAULT_DB


def files_dir(database: Path) -> Path:
    """Where source files are kept, content-addressed, beside the warehouse file."""
    return database.parent / f"{database.stem}_files"


def data_docs_dir(database: Path) -> Path:
    """Where `python -m etl docs` builds the data-quality Data Docs for auditors, beside the warehouse."""
    return database.parent / f"{database.stem}_data_docs"


def connect(database: Path, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a writer creates the folder and file if missing."""
    if not read_only:
        database.parent.mkdir(parents=True, exist_ok=True)
    return duckdb.connect(str(database), read_only=read_only, config=dict(_CONFIG))


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    path: Path


def migrations() -> list[Migration]:
    """All migration files, in version order; a misnamed or duplicate file is a programming error."""
    found: list[Migration] = []
    for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise ValueError(f"migration file name must be NNN_name.sql: {path.name}")
        found.append(Migration(int(match.group(1)), match.group(2), path))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise ValueError(f"two migrations share a version: {versions}")
    return found


def applied_versions(con: duckdb.DuckDBPyConnection) -> list[int]:
    exists = con.execute(
        "select count(*) from information_schema.tables where table_name = 'schema_version'"
    ).fetchone()[0]
    if not exists:
        return []
    return [row[0] for row in con.execute("select version from schema_version order by version").fetchall()]


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations not yet applied, each in its own transaction; returns the versions applied."""
    con.execute(
        "create table if not exists schema_version ("
        " version integer primary key, name varchar not null, applied_at timestamp not null)"
    )
    done = set(applied_versions(con))
    applied: list[int] = []
    for migration in migrations():
        if migration.version in done:
            continue
        con.execute("begin transaction")
        try:
            con.execute(migration.path.read_text(encoding="utf-8"))
            con.execute(
                "insert into schema_version values (?, ?, ?)",
                [migration.version, migration.name, datetime.now()],
            )
            con.execute("commit")
        except Exception:
            con.execute("rollback")
            raise
        applied.append(migration.version)
    return applied


@dataclass(frozen=True)
class Model:
    name: str
    layer: str
    sql: str
    depends_on: frozenset[str]


def models() -> list[Model]:
    """The SQL models in an order where every model comes after the models it reads."""
    by_name: dict[str, str] = {}
    for path in MODELS_DIR.glob("*.sql"):
        name = path.stem
        if not _MODEL_NAME.match(name):
            raise ValueError(f"model file name must start with raw_, stg_ or mart_: {path.name}")
        by_name[name] = path.read_text(encoding="utf-8")
    found = []
    for name, sql in by_name.items():
        referenced = set(re.findall(r"\b((?:raw|stg|mart)_[a-z0-9_]+)\b", _strip_comments(sql)))
        depends = frozenset(ref for ref in referenced if ref in by_name and ref != name)
        layer = name.split("_", 1)[0]
        for dep in depends:
            if LAYERS.index(dep.split("_", 1)[0]) > LAYERS.index(layer):
                raise ValueError(f"model {name} reads {dep} from a later layer")
        found.append(Model(name, layer, sql, depends))
    return _topological(found)


def _strip_comments(sql: str) -> str:
    return re.sub(r"--[^\n]*", "", sql)


def _topological(found: list[Model]) -> list[Model]:
    by_name = {m.name: m for m in found}
    ordered: list[Model] = []
    state: dict[str, str] = {}

    def visit(model: Model, chain: tuple[str, ...]) -> None:
        if state.get(model.name) == "done":
            return
        if state.get(model.name) == "visiting":
            raise ValueError(f"models read each other in a cycle: {' -> '.join((*chain, model.name))}")
        state[model.name] = "visiting"
        for dep in sorted(model.depends_on):
            visit(by_name[dep], (*chain, model.name))
        state[model.name] = "done"
        ordered.append(model)

    for model in sorted(found, key=lambda m: (LAYERS.index(m.layer), m.name)):
        visit(model, ())
    return ordered


def build_models(con: duckdb.DuckDBPyConnection) -> list[str]:
    """(Re)create every model as a view, in dependency order, in one transaction."""
    ordered = models()
    wanted = {m.name for m in ordered}
    existing = [
        row[0]
        for row in con.execute(
            "select view_name from duckdb_views() where not internal and regexp_matches(view_name, ?)",
            [r"^(raw|stg|mart)_"],
        ).fetchall()
    ]
    con.execute("begin transaction")
    try:
        # A model whose file was removed must not linger and be read by mistake.
        for name in existing:
            if name not in wanted:
                con.execute(f"drop view if exists {name}")
        for model in ordered:
            body = model.sql.strip().rstrip(";")
            con.execute(f"create or replace view {model.name} as\n{body}")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return [m.name for m in ordered]


def prepare(database: Path) -> None:
    """Create or upgrade the warehouse file: migrations, models (when changed), and snapshots if stale."""
    con = connect(database)
    try:
        applied = migrate(con)
        wanted = models_hash()
        built = con.execute("select models_hash from model_state").fetchall()
        if applied or built != [(wanted,)]:
            build_models(con)
            con.execute("delete from model_state")
            con.execute("insert into model_state values (?, ?)", [wanted, datetime.now()])
        # An empty warehouse needs no snapshots: until a file is accepted the views answer at once.
        if _state(con)[0] and not snapshots_fresh(con):
            refresh_snapshots(con)
    finally:
        con.close()


# Marts that take a few hundred milliseconds to compute on a province's data, read by most pages.
SNAPSHOTS = (
    "mart_criterion_score",
    "mart_criterion_gap",
    "mart_field_gap",
    "mart_unit_index",
    "mart_officer_grade",
    "mart_feedback_satisfaction",
    "mart_unit_ranking",
    "mart_index_trend",
    "mart_index_group_year",
    "mart_submission",
)
SNAPSHOT_PREFIX = "snap_"
_SNAPSHOT_NAMES = re.compile(r"\b(" + "|".join(SNAPSHOTS) + r")\b")


def models_hash() -> str:
    """A fingerprint of every model's SQL: a changed model makes the snapshots stale."""
    digest = hashlib.sha256()
    for model in sorted(models(), key=lambda m: m.name):
        digest.update(model.name.encode())
        digest.update(model.sql.encode())
    return digest.hexdigest()[:16]


def _state(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """The accepted files so far: a refused file changes no data table, so it leaves snapshots fresh."""
    count, last = con.execute(
        "select count(*), coalesce(max(attempt_id), 0) from load_attempt where status = 'loaded'"
    ).fetchall()[0]
    return int(count), int(last)


def snapshots_fresh(con: duckdb.DuckDBPyConnection) -> bool:
    """True when the snap_ tables were computed from the current models and load log."""
    try:
        rows = con.execute(
            "select models_hash, attempt_count, last_attempt_id from snapshot_state"
        ).fetchall()
    except duckdb.CatalogException:
        return False
    return len(rows) == 1 and rows[0] == (models_hash(), *_state(con))


def refresh_snapshots(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every snapshot from its mart, in one transaction with the state it reflects."""
    ordered = [m for m in models() if m.name in SNAPSHOTS]
    built: list[str] = []
    con.execute("begin transaction")
    try:
        for model in ordered:
            # A snapshot built on others reads the tables just built, not their views again.
            body = model.sql.strip().rstrip(";")
            if built:
                body = re.sub(r"\b(" + "|".join(built) + r")\b", lambda m: SNAPSHOT_PREFIX + m.group(1), body)
            con.execute(f"create or replace table {SNAPSHOT_PREFIX}{model.name} as\n{body}")
            built.append(model.name)
        con.execute("delete from snapshot_state")
        con.execute(
            "insert into snapshot_state values (?, ?, ?, ?)", [models_hash(), *_state(con), datetime.now()]
        )
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def snapshot_sql(sql: str) -> str:
    """The query reading the snapshot tables instead of the marts' views (call only while fresh)."""
    return _SNAPSHOT_NAMES.sub(lambda m: SNAPSHOT_PREFIX + m.group(1), sql)

"""The DuckDB warehouse: where it lives, how to open it, its migrations and its SQL models.

Migrations (`migrations/NNN_name.sql`) create the tables that hold loaded data; they run once each, in
order, inside a transaction, and are recorded in `schema_version`. Models (`models/{raw,stg,mart}_*.sql`)
are views rebuilt from their files, so changing a model never needs a migration. The marts the pages
read most (SNAPSHOTS) are also materialised as `snap_<mart>` tables after every load; `snapshot_sql`
points a query at them while they are fresh.

Readers never open the warehouse itself: DuckDB lets one process write and blocks every other process
from opening the file meanwhile, so the app reads a *replica* (`replica_path`) that the writer publishes
whole after each load (`publish`: checkpoint, copy, atomic rename). A page sees the warehouse before or
after a load, never half of it, and a load never waits for, or breaks, the people browsing.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import threading
import time
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


# A writer waits this long for another process to let go of the file: the app publishing its replica
# holds it for a fraction of a second, another load for as long as it runs.
WRITE_WAIT_SECONDS = 60.0


def connect(
    database: Path, *, read_only: bool = False, wait: float | None = None
) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a writer creates the folder and file if missing and waits up to `wait`
    seconds (default WRITE_WAIT_SECONDS) while another process holds the file."""
    if read_only:
        return duckdb.connect(str(database), read_only=True, config=dict(_CONFIG))
    database.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + (WRITE_WAIT_SECONDS if wait is None else wait)
    pause = 0.05
    while True:
        try:
            return duckdb.connect(str(database), config=dict(_CONFIG))
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower() or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 1.0)


def _pointer_path(database: Path) -> Path:
    return database.with_name(f"{database.stem}.read.current")


def replica_path(database: Path) -> Path | None:
    """The read replica the app and the reports open, as last published (None before the first publish).
    Each publish is a new file named in `<name>.read.current`: DuckDB keeps one instance per open path,
    so a reader opening the same path while another still has the old file open would get the old file."""
    try:
        name = _pointer_path(database).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return database.with_name(name) if name else None


def _stamp_path(database: Path) -> Path:
    return database.with_name(f"{database.stem}.read.stamp")


def file_stamp(database: Path | None) -> str:
    """Size and modification time of the warehouse and its WAL: changes with every write."""
    if database is None:
        return "-"
    parts = []
    for candidate in (database, Path(f"{database}.wal")):
        try:
            stat = os.stat(candidate)
            parts.append(f"{stat.st_size}:{stat.st_mtime_ns}")
        except FileNotFoundError:
            parts.append("-")
    return "|".join(parts)


# Replicas kept besides the current one: a reader that read the pointer just before a publish still
# finds its file. Readers that have an older one open keep reading it (a removed file lives on while open).
_REPLICAS_KEPT = 2


def publish(con: duckdb.DuckDBPyConnection, database: Path) -> Path:
    """Copy the warehouse, as committed, to a new read replica and point readers at it in one atomic
    rename. Called by the writer, which holds the file: after the checkpoint no transaction is
    half-written in it."""
    con.execute("checkpoint")
    suffix = database.suffix or ".duckdb"
    target = database.with_name(f"{database.stem}.read-{time.time_ns()}{suffix}")
    partial = target.with_name(f".{target.name}.partial")
    shutil.copyfile(database, partial)
    os.replace(partial, target)
    pointer = _pointer_path(database)
    staged = pointer.with_name(f".{pointer.name}.{os.getpid()}")
    staged.write_text(target.name, encoding="utf-8")
    os.replace(staged, pointer)
    older = sorted(database.parent.glob(f"{database.stem}.read-*{suffix}"))[: -(_REPLICAS_KEPT + 1)]
    for stale in older:
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    return target


def record_published(database: Path) -> None:
    """Remember what the replica was copied from (after the writer closed the file), so a reader can
    tell whether a later write was not published."""
    _stamp_path(database).write_text(file_stamp(database), encoding="utf-8")


def replica_is_current(database: Path) -> bool:
    stamp = _stamp_path(database)
    replica = replica_path(database)
    if replica is None or not replica.exists() or not stamp.exists():
        return False
    return stamp.read_text(encoding="utf-8") == file_stamp(database)


_publishing = threading.Lock()
# After finding the file held by a loader, readers do not try again for this long: the loader publishes
# when it finishes anyway.
_BUSY_PAUSE_SECONDS = 2.0
_busy_until = 0.0


def ensure_replica(database: Path) -> Path | None:
    """The replica to read, publishing it first when the warehouse changed without a publish (a file
    written by another tool, or one from before replicas) and no writer holds the file. None when there
    is nothing to read yet. A writer at work is never waited for: its publish comes when it finishes."""
    global _busy_until
    if replica_is_current(database) or not database.exists():
        return replica_path(database)
    with _publishing:
        if replica_is_current(database) or time.monotonic() < _busy_until:
            return replica_path(database)
        try:
            con = connect(database, wait=0)
        except duckdb.IOException:  # a loader holds the file: read the replica as last published
            _busy_until = time.monotonic() + _BUSY_PAUSE_SECONDS
            return replica_path(database)
        try:
            target = publish(con, database)
        finally:
            con.close()
        record_published(database)
    return target


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
    "mart_dossier_state",
    "mart_dossier_period",
    "mart_head_level",
)
SNAPSHOT_PREFIX = "snap_"
_SNAPSHOT_NAMES = re.compile(r"\b(" + "|".join(SNAPSHOTS) + r")\b")


def models_hash() -> str:
    """A fingerprint of every model's SQL and of the list of snapshots: a changed model, or a mart added to
    SNAPSHOTS, makes the snapshots stale."""
    digest = hashlib.sha256(" ".join(SNAPSHOTS).encode())
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


@dataclass(frozen=True)
class YearSpan:
    """How a snapshot is recomputed for the years new rows fall in rather than whole. Its rows of a year
    depend only on the rows of `dated` tables of that year (table: the SQL giving a row's year, or None
    for a table whose rows always come with rows of another one, from the same files), and on tables
    that did not change; when it `looks_back` ("month": a grade's "second D in a row"; "year": last
    year's rank), also on the end of the year before, and the year after the new rows changes too. The
    models bound their scans of those tables by the variables refresh_from and refresh_until, null
    outside such a refresh."""

    dated: dict[str, str | None]
    looks_back: str | None = None


_SCORES = {"raw_score_sheet": "year", "raw_survey": "year", "raw_score": None}
YEAR_SPANS: dict[str, YearSpan] = {
    # A file listed as holding copies only matters for the ratings it shares a time with, in its own years.
    "mart_feedback_satisfaction": YearSpan(
        {"raw_feedback": "year(rated_at)", "raw_feedback_copy_file": None}
    ),
    "mart_officer_grade": YearSpan(
        {
            "raw_feedback": "year(rated_at)",
            "raw_feedback_copy_file": None,
            "raw_officer_form": "year(period_month)",
        },
        looks_back="month",
    ),
    "mart_criterion_score": YearSpan(_SCORES),
    "mart_criterion_gap": YearSpan(_SCORES),
    "mart_field_gap": YearSpan(_SCORES),
    "mart_unit_index": YearSpan(_SCORES),
    "mart_unit_ranking": YearSpan(_SCORES, looks_back="year"),
    "mart_index_trend": YearSpan(_SCORES),
    "mart_index_group_year": YearSpan(_SCORES),
}

# source_file lists every accepted file, whatever its kind; the models read it only joined to a raw
# table's rows, so a file matters to a snapshot through its rows, which the raw tables' counts show.
_NOT_A_SOURCE = {"source_file", "snapshot_state", "snapshot_source", "model_state", "schema_version"}


def refresh_snapshots(con: duckdb.DuckDBPyConnection, *, whole: bool = False) -> dict[str, str]:
    """Bring every snapshot up to date, in one transaction with the state it reflects, and say what was
    done to each: "kept" (none of the tables it reads changed since the last refresh), "years Y1-Y2"
    (YEAR_SPANS: only those years recomputed) or "whole" (any other change, a changed model, `whole`)."""
    ordered = [m for m in models() if m.name in SNAPSHOTS]
    sources = _snapshot_sources(con, ordered)
    counts = {
        table: con.execute(f"select count(*) from {table}").fetchone()[0]
        for table in sorted(set().union(*sources.values()))
    }
    previous = None if whole else _previous_refresh(con)
    existing = {
        row[0] for row in con.execute("select table_name from duckdb_tables() where not internal").fetchall()
    }
    done: dict[str, str] = {}
    con.execute("begin transaction")
    try:
        for position, model in enumerate(ordered):
            # Snapshots earlier in the order are current by now: read them, not their views again.
            earlier = [m.name for m in ordered[:position]]
            body = model.sql.strip().rstrip(";")
            if earlier:
                body = re.sub(
                    r"\b(" + "|".join(earlier) + r")\b", lambda m: SNAPSHOT_PREFIX + m.group(1), body
                )
            target = SNAPSHOT_PREFIX + model.name
            changed = (
                set()
                if previous is None
                else {t for t in sources[model.name] if counts[t] != previous[1].get(t)}
            )
            spec = YEAR_SPANS.get(model.name)
            span = None
            if (
                previous is not None
                and target in existing
                and changed
                and spec
                and changed <= set(spec.dated)
            ):
                span = _new_years(con, {t: spec.dated[t] for t in changed}, previous[0])
            if previous is not None and target in existing and not changed:
                done[model.name] = "kept"
            elif spec is not None and span is not None:
                first, last = span
                start = f"{first:04d}-01-01"
                if spec.looks_back:
                    start = f"{first - 1:04d}-{'12' if spec.looks_back == 'month' else '01'}-01"
                    last += 1
                con.execute(f"set variable refresh_from = timestamp '{start}'")
                con.execute(f"set variable refresh_until = timestamp '{last + 1:04d}-01-01'")
                try:
                    con.execute(f"delete from {target} where year between {first} and {last}")
                    con.execute(
                        f"insert into {target} by name select * from (\n{body}\n) where year between {first} and {last}"
                        f"{_clustered(con, model.name)}"
                    )
                finally:
                    con.execute("reset variable refresh_from")
                    con.execute("reset variable refresh_until")
                done[model.name] = f"years {first}-{last}"
            else:
                con.execute(
                    f"create or replace table {target} as select * from (\n{body}\n){_clustered(con, model.name)}"
                )
                done[model.name] = "whole"
        con.execute("delete from snapshot_state")
        con.execute(
            "insert into snapshot_state values (?, ?, ?, ?)", [models_hash(), *_state(con), datetime.now()]
        )
        con.execute("delete from snapshot_source")
        con.executemany("insert into snapshot_source values (?, ?)", sorted(counts.items()))
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return done


# Snapshot rows stored in this order, where the mart has the columns: the pages read one year, one kind of
# period, one group at a time, and DuckDB skips the row groups whose ranges miss the filter.
_CLUSTER_COLUMNS = ("year", "period_type", "period_start_date", "unit_group")


def _clustered(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """The ORDER BY clause that stores a snapshot's rows clustered (empty when it has none of the columns)."""
    columns = {row[0] for row in con.execute(f"describe {name}").fetchall()}
    order = [column for column in _CLUSTER_COLUMNS if column in columns]
    return f"\norder by {', '.join(order)}" if order else ""


def _snapshot_sources(con: duckdb.DuckDBPyConnection, ordered: list[Model]) -> dict[str, set[str]]:
    """The tables each snapshot reads, through the models it reads."""
    tables = [
        row[0]
        for row in con.execute(
            "select table_name from duckdb_tables() where not internal and not starts_with(table_name, ?)",
            [SNAPSHOT_PREFIX],
        ).fetchall()
        if row[0] not in _NOT_A_SOURCE
    ]
    by_name = {m.name: m for m in models()}
    found: dict[str, set[str]] = {}

    def reads(name: str) -> set[str]:
        if name not in found:
            sql = _strip_comments(by_name[name].sql)
            direct = {t for t in tables if re.search(rf"\b{t}\b", sql)}
            found[name] = direct.union(*(reads(dep) for dep in by_name[name].depends_on))
        return found[name]

    return {m.name: reads(m.name) for m in ordered}


def _previous_refresh(con: duckdb.DuckDBPyConnection) -> tuple[int, dict[str, int]] | None:
    """The last attempt and the tables' counts the snapshots reflect; None when they must be rebuilt whole
    (never refreshed, refreshed before the counts were kept, or built from other models)."""
    state = con.execute("select models_hash, last_attempt_id from snapshot_state").fetchall()
    counts = dict(con.execute("select table_name, row_count from snapshot_source").fetchall())
    if len(state) != 1 or state[0][0] != models_hash() or not counts:
        return None
    return int(state[0][1]), counts


def _new_years(
    con: duckdb.DuckDBPyConnection, dated: dict[str, str | None], last_attempt_id: int
) -> tuple[int, int] | None:
    """The years of the rows files accepted after `last_attempt_id` added (or replaced), widened to meet
    the years already there: a model's months run from its first to its last row, and a gap between
    the old rows and the new would gain months too. None when no such row is found: rebuild whole."""
    spans = []
    for table, year in dated.items():
        if year is None:
            continue
        new, old = con.execute(
            f"""
            with new_files as (
                select file_sha256 from source_file where attempt_id > ?
                union
                select supersedes_sha256 from source_file where attempt_id > ? and supersedes_sha256 is not null
            )
            select
                (select [min({year}), max({year})] from {table} as t
                 where t.file_sha256 in (select file_sha256 from new_files)),
                (select [min({year}), max({year})] from {table} as t
                 where t.file_sha256 not in (select file_sha256 from new_files))
            """,
            [last_attempt_id, last_attempt_id],
        ).fetchone()
        if new is None or new[0] is None:  # the table changed, yet no new file holds its new rows
            return None
        first, last = new
        if old is not None and old[0] is not None:
            first, last = min(first, old[1]), max(last, old[0])
        spans.append((first, last))
    if not spans:
        return None
    return min(s[0] for s in spans), max(s[1] for s in spans)


def snapshot_sql(sql: str) -> str:
    """The query reading the snapshot tables instead of the marts' views (call only while fresh)."""
    return _SNAPSHOT_NAMES.sub(lambda m: SNAPSHOT_PREFIX + m.group(1), sql)

"""Accounts, sign-in throttling and the audit trail, kept in a sidecar SQLite store beside the warehouse.

Why not in the warehouse: it is a DuckDB file that one process may write at a time, and while a loader
writes, nobody else can open it. The app must record sign-ins and audit entries at any moment, also
during a load. So users and the audit trail live in a small SQLite file next to the warehouse,
`access_path(database)` = `<warehouse stem>.access.sqlite` (e.g. `data/cchc.access.sqlite`), opened in WAL
mode with a 5-second busy timeout, which many processes can write safely.

This module holds the plumbing both halves share (the path, the connection, the schema, UTC times);
`access.store` has the accounts and sign-in, `access.audit` the append-only trail.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

# A writer waits this long for another writer before giving up: sign-ins and audit writes are a few
# milliseconds each, so 5 s only runs out when something is badly wrong.
BUSY_TIMEOUT_MS = 5000

SCHEMA_VERSION = 1

# Roles, actions and the unit rule are checked in Python rather than in CHECK constraints: SQLite can only
# change a constraint by rebuilding the table, and the audit table must never be rebuilt.
_SCHEMA = (
    """
    create table if not exists app_user (
        user_name text primary key,
        display_name text not null,
        role text not null,
        unit_code text,
        password_hash text not null,
        is_active integer not null default 1,
        created_at text not null,
        updated_at text not null,
        last_sign_in_at text
    )
    """,
    # One row per user name or source with recent failures; unknown names get rows too, so that a locked
    # name looks the same whether or not an account exists.
    """
    create table if not exists sign_in_throttle (
        scope text not null,
        key text not null,
        failed_count integer not null default 0,
        locked_until text,
        last_failed_at text not null,
        primary key (scope, key)
    )
    """,
    """
    create table if not exists sign_in_failure (
        source text not null,
        failed_at text not null
    )
    """,
    "create index if not exists sign_in_failure_source on sign_in_failure (source, failed_at)",
    """
    create table if not exists audit_entry (
        entry_id integer primary key autoincrement,
        at text not null,
        user_name text not null,
        action text not null,
        object text,
        detail text
    )
    """,
    "create index if not exists audit_entry_at on audit_entry (at)",
    "create index if not exists audit_entry_user on audit_entry (user_name, at)",
    "create index if not exists audit_entry_action on audit_entry (action, at)",
    # The trail is append-only: even a mistaken query from a console cannot rewrite or erase it.
    """
    create trigger if not exists audit_entry_no_update before update on audit_entry
    begin
        select raise(abort, 'audit_entry is append-only: entries cannot be changed');
    end
    """,
    """
    create trigger if not exists audit_entry_no_delete before delete on audit_entry
    begin
        select raise(abort, 'audit_entry is append-only: entries cannot be deleted');
    end
    """,
)


def access_path(database: Path) -> Path:
    """The sidecar SQLite file of a warehouse: `data/cchc.duckdb` → `data/cchc.access.sqlite`."""
    database = Path(database)
    return database.with_name(database.stem + ".access.sqlite")


def connect(database: Path) -> sqlite3.Connection:
    """Open the access store of a warehouse in autocommit mode, creating the folder and schema if missing.

    Callers close the connection and open write transactions with `transaction`.
    """
    path = access_path(database)
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        connection.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
        _use_wal(connection)
        if connection.execute("pragma user_version").fetchone()[0] < SCHEMA_VERSION:
            with transaction(connection):
                for statement in _SCHEMA:
                    connection.execute(statement)
                connection.execute(f"pragma user_version = {SCHEMA_VERSION}")
    except BaseException:
        connection.close()
        raise
    return connection


def _use_wal(connection: sqlite3.Connection) -> None:
    """Switch a new store to WAL once. Switching needs the file to itself and SQLite answers "locked" at
    once, without its busy wait, when another connection opens the new file at the same moment: so the
    switch is retried here for as long as the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while connection.execute("pragma journal_mode").fetchone()[0].lower() != "wal":
        try:
            connection.execute("pragma journal_mode = wal")
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


@contextmanager
def opened(database: Path) -> Iterator[sqlite3.Connection]:
    """`connect`, closed on exit (sqlite3's own context manager commits but never closes)."""
    with closing(connect(database)) as connection:
        yield connection


@contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A write transaction that takes the write lock at once, so a read-then-write cannot interleave."""
    connection.execute("begin immediate")
    try:
        yield connection
    except BaseException:
        connection.execute("rollback")
        raise
    connection.execute("commit")


def utc(moment: datetime | None = None) -> datetime:
    """An aware UTC time: now when not given; a naive value is taken as UTC already."""
    if moment is None:
        return datetime.now(UTC)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def utc_text(moment: datetime | None = None) -> str:
    """A time as stored: UTC ISO text of fixed width, so that text order is time order."""
    return utc(moment).isoformat(timespec="microseconds")


def from_utc_text(text: str | None) -> datetime | None:
    """A stored time back as an aware UTC datetime."""
    return None if text is None else datetime.fromisoformat(text)

"""The audit trail: who did what, when, to which object. Append-only by design: this module offers no
update or delete, and triggers in the store refuse both (see access/__init__.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from access import from_utc_text, opened, transaction, utc_text

ACTIONS = (
    "sign_in",
    "sign_in_failed",
    "sign_in_locked",
    "sign_out",
    "upload",
    "load",
    "supersede",
    "reject",
    "user_add",
    "user_disable",
    "user_enable",
    "user_reset",
    "export_officer_grades",
)


@dataclass(frozen=True)
class Entry:
    """One line of the trail; `at` is an aware UTC time."""

    entry_id: int
    at: datetime
    user_name: str
    action: str
    object: str | None
    detail: str | None


def insert_entry(
    connection: sqlite3.Connection,
    user_name: str,
    action: str,
    object: str | None = None,
    detail: str | None = None,
    *,
    at: datetime | None = None,
) -> None:
    """Append one entry on an open connection, inside the caller's transaction, so that a change and its
    entry are written together or not at all."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}; expected one of {ACTIONS}")
    connection.execute(
        "insert into audit_entry (at, user_name, action, object, detail) values (?, ?, ?, ?, ?)",
        (utc_text(at), user_name, action, object, detail),
    )


def record(
    database: Path,
    user_name: str,
    action: str,
    object: str | None = None,
    detail: str | None = None,
    *,
    at: datetime | None = None,
) -> None:
    """Append one entry to the trail of a warehouse's access store; `at` defaults to now (UTC)."""
    with opened(database) as connection, transaction(connection):
        insert_entry(connection, user_name, action, object, detail, at=at)


def entries(
    database: Path,
    *,
    user_name: str | None = None,
    action: str | Sequence[str] | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    text: str | None = None,
    limit: int = 1000,
) -> list[Entry]:
    """Entries matching every filter given (since ≤ at < until; `text` is found in object or detail,
    ignoring the case of Latin letters), newest first."""
    conditions: list[str] = []
    values: list[object] = []
    if user_name is not None:
        conditions.append("user_name = ? collate nocase")
        values.append(user_name.strip())
    if action is not None:
        actions = (action,) if isinstance(action, str) else tuple(action)
        conditions.append(f"action in ({', '.join('?' * len(actions))})" if actions else "0")
        values += actions
    if since is not None:
        conditions.append("at >= ?")
        values.append(utc_text(since))
    if until is not None:
        conditions.append("at < ?")
        values.append(utc_text(until))
    if text:
        conditions.append(r"(object like ? escape '\' or detail like ? escape '\')")
        pattern = "%" + text.replace("\\", "\\\\").replace("%", r"\%").replace("_", r"\_") + "%"
        values += [pattern, pattern]
    where = f"where {' and '.join(conditions)}" if conditions else ""
    with opened(database) as connection:
        rows = connection.execute(
            "select entry_id, at, user_name, action, object, detail from audit_entry "
            f"{where} order by at desc, entry_id desc limit ?",
            (*values, limit),
        ).fetchall()
    return [Entry(row[0], from_utc_text(row[1]), *row[2:]) for row in rows]

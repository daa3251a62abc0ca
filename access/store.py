"""Accounts, roles and sign-in with throttling, in the warehouse's sidecar SQLite store.

The store is `access_path(database)` = `<warehouse stem>.access.sqlite` beside the DuckDB warehouse (e.g.
`data/cchc.access.sqlite`), in WAL mode with a 5-second busy timeout: the warehouse admits one writer and
nobody else while a loader writes, but sign-ins and audit entries must be recorded at any time, from many
processes. Every user change and every sign-in attempt is written to the audit trail in the same
transaction as the change itself.
"""

from __future__ import annotations

import math
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from access import access_path, connect, opened, transaction, utc, utc_text
from access.audit import insert_entry
from access.passwords import check_strength, dummy_hash, hash_password, needs_rehash, verify_password
from labels import access as labels

__all__ = [
    "DEMO_ACCOUNTS",
    "ROLES",
    "SignIn",
    "User",
    "access_path",
    "add_user",
    "authenticate",
    "check_new_user",
    "connect",
    "disable_user",
    "enable_user",
    "get_user",
    "reset_password",
    "seed_demo_users",
    "users",
]

ROLES = ("lanh_dao", "noi_vu", "don_vi", "admin")
# The one role bound to a unit: it sees its own unit only.
UNIT_ROLE = "don_vi"

USER_NAME_PATTERN = re.compile(r"[a-z0-9._@-]{3,64}")
_MAX_SOURCE_LENGTH = 200

# Throttling by user name: after this many consecutive failures the name is locked for FIRST_LOCK,
# doubling with each further failure, at most LONGEST_LOCK. Slows guessing to a few tries an hour
# while a person who mistypes five times waits a minute.
FAILURES_BEFORE_LOCK = 5
FIRST_LOCK = timedelta(minutes=1)
LONGEST_LOCK = timedelta(hours=1)
# Failures further apart than this are no longer "consecutive": the count starts again.
FAILURE_MEMORY = timedelta(days=1)

# Throttling by source (a session or an address): one source trying many names is refused for
# SOURCE_LOCK once it has more than SOURCE_FAILURES_ALLOWED failures within SOURCE_WINDOW.
SOURCE_FAILURES_ALLOWED = 20
SOURCE_WINDOW = timedelta(minutes=10)
SOURCE_LOCK = timedelta(minutes=10)

# The demo's accounts, one per role (user name, role, password, unit). Their passwords are public (README)
# and meant for the demo warehouse only. X25-CAOLOC is a commune formed by the 1/7/2025 merger in
# profiles/demo/units.csv, so the unit account sees data before and after the merger.
DEMO_ACCOUNTS: tuple[tuple[str, str, str, str | None], ...] = (
    ("lanhdao", "lanh_dao", "lanhdao-demo-2025", None),
    ("noivu", "noi_vu", "noivu-demo-2025", None),
    ("donvi", "don_vi", "donvi-demo-2025", "X25-CAOLOC"),
    ("quantri", "admin", "quantri-demo-2025", None),
)
DEMO_ACTOR = "demo:build"

_USER_COLUMNS = "user_name, display_name, role, unit_code, is_active"


@dataclass(frozen=True)
class User:
    """An account as the app sees it (never its password hash)."""

    user_name: str
    display_name: str
    role: str
    unit_code: str | None
    is_active: bool


@dataclass(frozen=True)
class SignIn:
    """The outcome of a sign-in: the user, or a Vietnamese message and, when throttled, until when (UTC)."""

    user: User | None
    message: str | None
    locked_until: datetime | None


def normalise_user_name(user_name: str) -> str:
    """User names are compared without regard to case or surrounding spaces."""
    return user_name.strip().lower()


def add_user(
    database: Path,
    user_name: str,
    password: str,
    role: str,
    *,
    unit_code: str | None = None,
    display_name: str | None = None,
    actor: str,
) -> User:
    """Create an account; ValueError with a Vietnamese message for a bad name, role, unit or password or a
    name already taken."""
    name, unit = check_new_user(user_name, role, unit_code)
    _require_strong(password)
    user = User(name, (display_name or "").strip() or name, role, unit, True)
    # Hashing takes a fraction of a second: done before the write lock is taken.
    password_hash = hash_password(password)
    now = utc_text()
    with opened(database) as connection, transaction(connection):
        try:
            connection.execute(
                f"insert into app_user ({_USER_COLUMNS}, password_hash, created_at, updated_at) "
                "values (?, ?, ?, ?, 1, ?, ?, ?)",
                (user.user_name, user.display_name, user.role, user.unit_code, password_hash, now, now),
            )
        except sqlite3.IntegrityError:
            raise ValueError(labels.DUPLICATE_USER.format(user_name=name)) from None
        insert_entry(connection, actor, "user_add", name, _user_detail(user))
    return user


def check_new_user(user_name: str, role: str, unit_code: str | None) -> tuple[str, str | None]:
    """The stored user name and unit code of a new account, or ValueError with a Vietnamese message; lets
    the command line refuse bad input before it asks for a password."""
    name = normalise_user_name(user_name)
    if not USER_NAME_PATTERN.fullmatch(name):
        raise ValueError(labels.BAD_USER_NAME.format(user_name=user_name))
    if role not in ROLES:
        roles = ", ".join(f"{code} ({labels.ROLE_LABELS[code]})" for code in ROLES)
        raise ValueError(labels.UNKNOWN_ROLE.format(role=role, roles=roles))
    unit = (unit_code or "").strip() or None
    if role == UNIT_ROLE and unit is None:
        raise ValueError(labels.UNIT_REQUIRED)
    if role != UNIT_ROLE and unit is not None:
        raise ValueError(labels.UNIT_NOT_ALLOWED.format(role=labels.ROLE_LABELS[role]))
    return name, unit


def disable_user(database: Path, user_name: str, *, actor: str) -> None:
    """Stop an account from signing in; its audit history stays. The last active admin cannot be disabled,
    so that somebody can always manage accounts."""
    _set_active(database, user_name, False, actor)


def enable_user(database: Path, user_name: str, *, actor: str) -> None:
    """Let a disabled account sign in again."""
    _set_active(database, user_name, True, actor)


def reset_password(database: Path, user_name: str, password: str, *, actor: str) -> None:
    """Give an account a new password and lift any sign-in lock on its name."""
    name = normalise_user_name(user_name)
    _require_strong(password)
    password_hash = hash_password(password)
    with opened(database) as connection, transaction(connection):
        changed = connection.execute(
            "update app_user set password_hash = ?, updated_at = ? where user_name = ?",
            (password_hash, utc_text(), name),
        ).rowcount
        if not changed:
            raise ValueError(labels.UNKNOWN_USER.format(user_name=name))
        connection.execute("delete from sign_in_throttle where scope = 'user' and key = ?", (name,))
        insert_entry(connection, actor, "user_reset", name)


def users(database: Path) -> list[User]:
    """Every account, active or not, by user name."""
    with opened(database) as connection:
        rows = connection.execute(f"select {_USER_COLUMNS} from app_user order by user_name").fetchall()
    return [_user(row) for row in rows]


def get_user(database: Path, user_name: str) -> User | None:
    """The account of a user name (any case), or None."""
    with opened(database) as connection:
        row = connection.execute(
            f"select {_USER_COLUMNS} from app_user where user_name = ?", (normalise_user_name(user_name),)
        ).fetchone()
    return _user(row) if row else None


def authenticate(
    database: Path,
    user_name: str,
    password: str,
    *,
    now: datetime | None = None,
    source: str | None = None,
) -> SignIn:
    """Check a sign-in, throttled by user name and by source, and audit it whatever the outcome.

    Unknown and disabled names are verified against a dummy hash or their own and refused with the same
    message as a wrong password, and they are locked alike, so probing learns nothing about which names
    exist. `source` (a session or address) is optional; `now` is for tests.
    """
    now = utc(now)
    # Names that cannot exist are still answered like any other, but not stored at any length.
    name = normalise_user_name(user_name)[:64]
    source = source[:_MAX_SOURCE_LENGTH] if source else None
    with opened(database) as connection:
        if any(_locks(connection, name, source, now)):
            with transaction(connection):
                return _refuse_locked(connection, name, source, now)
        row = connection.execute(
            f"select {_USER_COLUMNS}, password_hash from app_user where user_name = ?", (name,)
        ).fetchone()
        stored_hash = row[5] if row else dummy_hash()
        # Verified outside the write transaction: it takes a fraction of a second on purpose.
        matches = verify_password(stored_hash, password)
        user = _user(row) if row else None
        accepted = user is not None and user.is_active and matches
        new_hash = hash_password(password) if accepted and needs_rehash(stored_hash) else None
        with transaction(connection):
            # Another attempt may have locked the name or source while the hash was checked.
            if any(_locks(connection, name, source, now)):
                return _refuse_locked(connection, name, source, now)
            if accepted:
                return _accept(connection, user, new_hash, source, now)
            if user is None:
                reason = labels.DETAIL_UNKNOWN_USER
            elif not user.is_active:
                reason = labels.DETAIL_DISABLED
            else:
                reason = labels.DETAIL_WRONG_PASSWORD
            return _refuse_failed(connection, name, source, now, reason)


def seed_demo_users(database: Path) -> list[tuple[str, str, str]]:
    """Create the demo's accounts, one per role, or restore their documented passwords; returns (user name,
    role, password) of each, for the build to print."""
    seeded = []
    for user_name, role, password, unit_code in DEMO_ACCOUNTS:
        with opened(database) as connection:
            row = connection.execute(
                "select password_hash, is_active from app_user where user_name = ?", (user_name,)
            ).fetchone()
        if row is None:
            display_name = labels.DEMO_DISPLAY_NAME.format(role=labels.ROLE_LABELS[role])
            add_user(
                database,
                user_name,
                password,
                role,
                unit_code=unit_code,
                display_name=display_name,
                actor=DEMO_ACTOR,
            )
        else:
            if not verify_password(row[0], password):
                reset_password(database, user_name, password, actor=DEMO_ACTOR)
            if not row[1]:
                enable_user(database, user_name, actor=DEMO_ACTOR)
        seeded.append((user_name, role, password))
    return seeded


def _require_strong(password: str) -> None:
    reason = check_strength(password)
    if reason:
        raise ValueError(reason)


def _user(row: tuple) -> User:
    return User(row[0], row[1], row[2], row[3], bool(row[4]))


def _user_detail(user: User) -> str:
    parts = [
        labels.DETAIL_ROLE.format(role=labels.ROLE_LABELS[user.role]),
        labels.DETAIL_DISPLAY.format(display_name=user.display_name),
    ]
    if user.unit_code:
        parts.append(labels.DETAIL_UNIT.format(unit_code=user.unit_code))
    return labels.DETAIL_SEPARATOR.join(parts)


def _set_active(database: Path, user_name: str, active: bool, actor: str) -> None:
    name = normalise_user_name(user_name)
    with opened(database) as connection, transaction(connection):
        row = connection.execute(
            "select role, is_active from app_user where user_name = ?", (name,)
        ).fetchone()
        if row is None:
            raise ValueError(labels.UNKNOWN_USER.format(user_name=name))
        role, is_active = row
        if not active and is_active and role == "admin":
            (other_admins,) = connection.execute(
                "select count(*) from app_user where role = 'admin' and is_active and user_name <> ?", (name,)
            ).fetchone()
            if not other_admins:
                raise ValueError(labels.LAST_ADMIN.format(user_name=name))
        connection.execute(
            "update app_user set is_active = ?, updated_at = ? where user_name = ?",
            (int(active), utc_text(), name),
        )
        insert_entry(connection, actor, "user_enable" if active else "user_disable", name)


def _lock_of(connection: sqlite3.Connection, scope: str, key: str, now: datetime) -> datetime | None:
    row = connection.execute(
        "select locked_until from sign_in_throttle where scope = ? and key = ? and locked_until > ?",
        (scope, key, utc_text(now)),
    ).fetchone()
    return datetime.fromisoformat(row[0]) if row else None


def _locks(
    connection: sqlite3.Connection, name: str, source: str | None, now: datetime
) -> tuple[datetime | None, datetime | None]:
    """(until when the user name is locked, until when the source is locked), None where free."""
    source_lock = _lock_of(connection, "source", source, now) if source else None
    return _lock_of(connection, "user", name, now), source_lock


def _count_user_failure(connection: sqlite3.Connection, name: str, now: datetime) -> datetime | None:
    """Count one more consecutive failure for a name; returns the lock it now has, if any."""
    connection.execute(
        "delete from sign_in_throttle where last_failed_at < ? and (locked_until is null or locked_until < ?)",
        (utc_text(now - FAILURE_MEMORY), utc_text(now)),
    )
    (failed_count,) = connection.execute(
        "insert into sign_in_throttle (scope, key, failed_count, last_failed_at) values ('user', ?, 1, ?) "
        "on conflict (scope, key) do update set failed_count = failed_count + 1, "
        "last_failed_at = excluded.last_failed_at returning failed_count",
        (name, utc_text(now)),
    ).fetchone()
    if failed_count < FAILURES_BEFORE_LOCK:
        return None
    # The exponent is capped before it can overflow: 2**6 minutes is already past the longest lock.
    doublings = min(failed_count - FAILURES_BEFORE_LOCK, 6)
    locked_until = now + min(FIRST_LOCK * 2**doublings, LONGEST_LOCK)
    connection.execute(
        "update sign_in_throttle set locked_until = ? where scope = 'user' and key = ?",
        (utc_text(locked_until), name),
    )
    return locked_until


def _count_source_failure(connection: sqlite3.Connection, source: str, now: datetime) -> datetime | None:
    """Log one failure from a source; returns the source's lock when it has failed too often lately."""
    window_start = utc_text(now - SOURCE_WINDOW)
    connection.execute("delete from sign_in_failure where failed_at <= ?", (window_start,))
    connection.execute(
        "insert into sign_in_failure (source, failed_at) values (?, ?)", (source, utc_text(now))
    )
    (recent,) = connection.execute(
        "select count(*) from sign_in_failure where source = ? and failed_at > ?", (source, window_start)
    ).fetchone()
    if recent <= SOURCE_FAILURES_ALLOWED:
        return None
    locked_until = now + SOURCE_LOCK
    connection.execute(
        "insert into sign_in_throttle (scope, key, failed_count, locked_until, last_failed_at) "
        "values ('source', ?, ?, ?, ?) on conflict (scope, key) do update set "
        "failed_count = excluded.failed_count, locked_until = excluded.locked_until, "
        "last_failed_at = excluded.last_failed_at",
        (source, recent, utc_text(locked_until), utc_text(now)),
    )
    return locked_until


def _accept(
    connection: sqlite3.Connection, user: User, new_hash: str | None, source: str | None, now: datetime
) -> SignIn:
    connection.execute("delete from sign_in_throttle where scope = 'user' and key = ?", (user.user_name,))
    connection.execute(
        "update app_user set last_sign_in_at = ? where user_name = ?", (utc_text(now), user.user_name)
    )
    if new_hash:
        connection.execute(
            "update app_user set password_hash = ? where user_name = ?", (new_hash, user.user_name)
        )
    insert_entry(connection, user.user_name, "sign_in", None, _detail(source), at=now)
    return SignIn(user, None, None)


def _refuse_failed(
    connection: sqlite3.Connection, name: str, source: str | None, now: datetime, reason: str
) -> SignIn:
    user_lock = _count_user_failure(connection, name, now)
    source_lock = _count_source_failure(connection, source, now) if source else None
    insert_entry(connection, name, "sign_in_failed", None, _detail(source, reason), at=now)
    return _refusal(now, user_lock, source_lock)


def _refuse_locked(connection: sqlite3.Connection, name: str, source: str | None, now: datetime) -> SignIn:
    """Refuse an attempt on a locked name or from a locked source without checking the password. An
    attempt on a locked name counts as a further failure and doubles its lock."""
    user_lock, source_lock = _locks(connection, name, source, now)
    reasons = []
    if user_lock:
        user_lock = _count_user_failure(connection, name, now) or user_lock
        reasons.append(labels.DETAIL_USER_LOCKED.format(until=user_lock.strftime("%Y-%m-%d %H:%M:%S")))
    if source:
        source_lock = _count_source_failure(connection, source, now) or source_lock
        if source_lock:
            until = source_lock.strftime("%Y-%m-%d %H:%M:%S")
            reasons.append(labels.DETAIL_SOURCE_LOCKED.format(until=until))
    insert_entry(connection, name, "sign_in_locked", None, _detail(source, *reasons), at=now)
    return _refusal(now, user_lock, source_lock)


def _refusal(now: datetime, *locks: datetime | None) -> SignIn:
    locked_until = max((lock for lock in locks if lock), default=None)
    if locked_until is None:
        return SignIn(None, labels.SIGN_IN_REFUSED, None)
    minutes = max(1, math.ceil((locked_until - now).total_seconds() / 60))
    return SignIn(None, labels.SIGN_IN_LOCKED.format(minutes=minutes), locked_until)


def _detail(source: str | None, *reasons: str) -> str | None:
    parts = [*reasons, *([labels.DETAIL_SOURCE.format(source=source)] if source else [])]
    return labels.DETAIL_SEPARATOR.join(parts) or None

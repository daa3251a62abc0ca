"""The access store: password hashing, accounts, sign-in throttling and the append-only audit trail."""

from __future__ import annotations

import csv
import itertools
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher

import access.store as store_module
from access import access_path, connect, passwords
from access.audit import entries, record
from access.passwords import check_strength, hash_password, needs_rehash, verify_password
from access.store import (
    DEMO_ACCOUNTS,
    ROLES,
    add_user,
    authenticate,
    disable_user,
    enable_user,
    get_user,
    reset_password,
    seed_demo_users,
    users,
)
from labels import access as labels
from warehouse.db import PROJECT_DIR

T0 = datetime(2025, 3, 14, 8, 0, tzinfo=UTC)
GOOD = "mật-khẩu-2025"
ACTOR = "cli:tester"
REFUSED = "Tên đăng nhập hoặc mật khẩu không đúng."


@pytest.fixture
def database(tmp_path: Path) -> Path:
    # The warehouse itself is never created: the access store lives beside it on its own.
    return tmp_path / "wh" / "test.duckdb"


@pytest.fixture
def fast_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """The cheapest argon2id parameters, so that tests making dozens of attempts stay fast."""
    monkeypatch.setattr(passwords, "_HASHER", PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def lan(database: Path, fast_hashing: None) -> str:
    add_user(database, "lan", GOOD, "noi_vu", display_name="Nguyễn Thị Lan", actor=ACTOR)
    return "lan"


# --- Passwords --------------------------------------------------------------------------------------------


def test_hashes_are_salted_argon2id_and_verify() -> None:
    first, second = hash_password(GOOD), hash_password(GOOD)
    assert first != second, "the same password must hash differently: each hash has its own salt"
    assert first.startswith("$argon2id$")
    assert verify_password(first, GOOD) and verify_password(second, GOOD)
    assert not verify_password(first, GOOD + "x")
    assert not needs_rehash(first)


@pytest.mark.parametrize(
    "malformed", ["", "not a hash", "$argon2id$v=19$m=65536,t=3,p=4$zzz$yyy", "$2b$12$abc"]
)
def test_malformed_hash_is_false_not_an_error(malformed: str) -> None:
    assert verify_password(malformed, GOOD) is False
    assert needs_rehash(malformed) is True


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("ngắn-1", labels.WEAK_SHORT.format(minimum=10)),
        ("123456789012", labels.WEAK_ONLY_DIGITS),
        ("abcdefghijkl", labels.WEAK_ONLY_LETTERS),
        ("Trườnghợpđặcbiệt", labels.WEAK_ONLY_LETTERS),
        ("lanhdao-demo-2025", None),
        ("mật khẩu dài", None),
        ("0123456789a", None),
    ],
)
def test_strength_rule(password: str, reason: str | None) -> None:
    assert check_strength(password) == reason


# --- The store file ---------------------------------------------------------------------------------------


def test_store_sits_beside_the_warehouse_in_wal_mode(database: Path) -> None:
    assert access_path(Path("data/cchc.duckdb")) == Path("data/cchc.access.sqlite")
    for _ in range(2):  # the schema is created once and opening again changes nothing
        with closing(connect(database)) as connection:
            assert connection.execute("pragma journal_mode").fetchone()[0] == "wal"
            assert connection.execute("pragma busy_timeout").fetchone()[0] == 5000
            tables = {
                row[0] for row in connection.execute("select name from sqlite_master where type='table'")
            }
    assert {"app_user", "audit_entry", "sign_in_throttle", "sign_in_failure"} <= tables
    assert access_path(database).exists() and not database.exists()


# --- Accounts ---------------------------------------------------------------------------------------------


def test_add_list_get_with_case_insensitive_names(database: Path, fast_hashing: None) -> None:
    leader = add_user(database, "  Lan.Nguyen@SNV ", GOOD, "lanh_dao", actor=ACTOR)
    unit = add_user(
        database,
        "xa-caoloc",
        GOOD,
        "don_vi",
        unit_code="X25-CAOLOC",
        display_name="UBND xã Cao Lộc",
        actor=ACTOR,
    )
    assert leader.user_name == "lan.nguyen@snv" and leader.display_name == "lan.nguyen@snv"
    assert leader.unit_code is None and leader.is_active
    assert get_user(database, "LAN.NGUYEN@snv") == leader
    assert get_user(database, "ai-do") is None
    assert users(database) == [leader, unit]
    assert unit.unit_code == "X25-CAOLOC" and unit.display_name == "UBND xã Cao Lộc"
    assert authenticate(database, "Lan.Nguyen@SNV", GOOD, now=T0).user == leader

    added = entries(database, action="user_add")
    assert [e.object for e in added] == ["xa-caoloc", "lan.nguyen@snv"]
    assert {e.user_name for e in added} == {ACTOR}
    assert "đơn vị: X25-CAOLOC" in added[0].detail and "vai trò: Đơn vị" in added[0].detail


@pytest.mark.parametrize(
    ("user_name", "role", "unit_code", "password", "fragment"),
    [
        ("ab", "noi_vu", None, GOOD, "không hợp lệ"),
        ("x" * 65, "noi_vu", None, GOOD, "không hợp lệ"),
        ("lãnhđạo", "noi_vu", None, GOOD, "không hợp lệ"),
        ("hai tu", "noi_vu", None, GOOD, "không hợp lệ"),
        ("lan", "giam_doc", None, GOOD, "Vai trò «giam_doc» không có"),
        ("xa-1", "don_vi", None, GOOD, "phải gắn với một đơn vị"),
        ("xa-2", "don_vi", "  ", GOOD, "phải gắn với một đơn vị"),
        ("lan", "lanh_dao", "SNV", GOOD, "Chỉ tài khoản đơn vị"),
        ("lan", "noi_vu", None, "123456789012", "chỉ gồm chữ số"),
        ("lan", "noi_vu", None, "ngắn", "quá ngắn"),
    ],
)
def test_bad_input_is_refused_in_vietnamese(
    database: Path,
    fast_hashing: None,
    user_name: str,
    role: str,
    unit_code: str | None,
    password: str,
    fragment: str,
) -> None:
    with pytest.raises(ValueError, match=fragment):
        add_user(database, user_name, password, role, unit_code=unit_code, actor=ACTOR)
    assert users(database) == []


def test_duplicate_names_differing_in_case_are_refused(database: Path, lan: str) -> None:
    with pytest.raises(ValueError, match="Đã có tài khoản «lan»"):
        add_user(database, "LAN", GOOD, "admin", actor=ACTOR)
    assert [u.role for u in users(database)] == ["noi_vu"]


def test_every_role_can_be_created(database: Path, fast_hashing: None) -> None:
    for role in ROLES:
        add_user(
            database, f"tk-{role}", GOOD, role, unit_code="SNV" if role == "don_vi" else None, actor=ACTOR
        )
    assert sorted(u.role for u in users(database)) == sorted(ROLES)
    assert set(labels.ROLE_LABELS) == set(ROLES)


def test_disable_enable_and_reset(database: Path, lan: str) -> None:
    disable_user(database, "LAN", actor=ACTOR)
    assert get_user(database, lan).is_active is False
    refused = authenticate(database, lan, GOOD, now=T0)
    assert refused.user is None and refused.message == REFUSED and refused.locked_until is None

    enable_user(database, lan, actor=ACTOR)
    assert authenticate(database, lan, GOOD, now=T0).user.user_name == lan

    reset_password(database, lan, "mật-khẩu-mới-2026", actor=ACTOR)
    assert authenticate(database, lan, GOOD, now=T0).user is None
    assert authenticate(database, lan, "mật-khẩu-mới-2026", now=T0).user is not None
    with pytest.raises(ValueError, match="quá ngắn"):
        reset_password(database, lan, "ngắn", actor=ACTOR)
    for change in (disable_user, enable_user):
        with pytest.raises(ValueError, match="Không có tài khoản «ai-do»"):
            change(database, "ai-do", actor=ACTOR)
    actions = [e.action for e in entries(database, user_name=ACTOR)]
    assert actions == ["user_reset", "user_enable", "user_disable", "user_add"]


def test_last_active_admin_cannot_be_disabled(database: Path, fast_hashing: None) -> None:
    add_user(database, "quantri", GOOD, "admin", actor=ACTOR)
    with pytest.raises(ValueError, match="quản trị cuối cùng"):
        disable_user(database, "quantri", actor=ACTOR)
    add_user(database, "quantri2", GOOD, "admin", actor=ACTOR)
    disable_user(database, "quantri", actor=ACTOR)
    with pytest.raises(ValueError, match="quản trị cuối cùng"):
        disable_user(database, "quantri2", actor=ACTOR)


# --- Throttling -------------------------------------------------------------------------------------------


def fail(database: Path, user_name: str, at: datetime, source: str | None = None):
    return authenticate(database, user_name, "sai-mat-khau-1", now=at, source=source)


def test_five_failures_lock_even_the_right_password(database: Path, lan: str) -> None:
    for attempt in range(4):
        result = fail(database, lan, T0 + timedelta(seconds=attempt))
        assert (result.user, result.message, result.locked_until) == (None, REFUSED, None)
    fifth = fail(database, lan, T0 + timedelta(seconds=4))
    assert fifth.locked_until == T0 + timedelta(seconds=4, minutes=1)
    assert fifth.message == labels.SIGN_IN_LOCKED.format(minutes=1)

    # The right password while locked is refused, and counts as one more failure: the lock doubles.
    during = authenticate(database, lan, GOOD, now=T0 + timedelta(seconds=30))
    assert during.user is None
    assert during.locked_until == T0 + timedelta(seconds=30, minutes=2)
    assert "2 phút" in during.message

    after = authenticate(database, lan, GOOD, now=during.locked_until + timedelta(seconds=1))
    assert after.user is not None and after.user.user_name == lan


def test_lock_doubles_with_each_failure_up_to_an_hour(database: Path, lan: str) -> None:
    at = T0
    for _ in range(5):
        result = fail(database, lan, at)
    lengths = [result.locked_until - at]
    for _ in range(7):
        at += timedelta(seconds=10)  # still locked: every attempt is a further failure
        result = authenticate(database, lan, GOOD, now=at)
        lengths.append(result.locked_until - at)
    assert [length // timedelta(minutes=1) for length in lengths] == [1, 2, 4, 8, 16, 32, 60, 60]


def test_a_success_resets_the_count(database: Path, lan: str) -> None:
    for attempt in range(4):
        fail(database, lan, T0 + timedelta(seconds=attempt))
    assert authenticate(database, lan, GOOD, now=T0 + timedelta(seconds=5)).user is not None
    for attempt in range(4):
        result = fail(database, lan, T0 + timedelta(seconds=10 + attempt))
    assert result.locked_until is None
    assert authenticate(database, lan, GOOD, now=T0 + timedelta(seconds=20)).user is not None


def test_reset_password_lifts_the_lock(database: Path, lan: str) -> None:
    for attempt in range(5):
        fail(database, lan, T0 + timedelta(seconds=attempt))
    reset_password(database, lan, "mật-khẩu-mới-2026", actor=ACTOR)
    assert authenticate(database, lan, "mật-khẩu-mới-2026", now=T0 + timedelta(seconds=6)).user is not None


def test_unknown_names_look_like_known_ones(
    database: Path, lan: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    checked: list[str] = []
    real_verify = store_module.verify_password

    def spy(stored_hash: str, password: str) -> bool:
        checked.append(stored_hash)
        return real_verify(stored_hash, password)

    monkeypatch.setattr(store_module, "verify_password", spy)
    known = [fail(database, lan, T0 + timedelta(seconds=s)) for s in range(5)]
    unknown = [fail(database, "khong-co-ai", T0 + timedelta(seconds=s)) for s in range(5)]
    assert [(r.message, r.locked_until) for r in known] == [(r.message, r.locked_until) for r in unknown]
    assert unknown[-1].locked_until is not None
    # Every unknown name was checked against a hash too, so it costs the same time as a known one.
    assert len(checked) == 10 and all(h.startswith("$argon2id$") for h in checked[5:])


def test_too_many_failures_from_one_source(database: Path, lan: str) -> None:
    # 21 failures from one address across many names (at most 4 per name, so no name is locked).
    for attempt in range(20):
        fail(database, f"ten-{attempt % 6}", T0 + timedelta(seconds=attempt), source="10.0.0.9")
    assert (
        authenticate(database, lan, GOOD, now=T0 + timedelta(seconds=21), source="10.0.0.9").user is not None
    )
    blocked = fail(database, "ten-9", T0 + timedelta(seconds=22), source="10.0.0.9")
    assert blocked.locked_until == T0 + timedelta(seconds=22, minutes=10)

    refused = authenticate(database, lan, GOOD, now=T0 + timedelta(seconds=30), source="10.0.0.9")
    assert refused.user is None and refused.locked_until is not None
    assert (
        authenticate(database, lan, GOOD, now=T0 + timedelta(seconds=31), source="10.0.0.7").user is not None
    )
    later = T0 + timedelta(minutes=21)
    assert authenticate(database, lan, GOOD, now=later, source="10.0.0.9").user is not None


def test_failures_older_than_the_window_do_not_count(database: Path, lan: str) -> None:
    for attempt in range(20):
        fail(database, f"ten-{attempt % 6}", T0 + timedelta(seconds=attempt), source="phien-1")
    for attempt in range(5):
        result = fail(
            database, f"khac-{attempt}", T0 + timedelta(minutes=11, seconds=attempt), source="phien-1"
        )
    assert result.locked_until is None


def test_sign_ins_are_audited(database: Path, lan: str) -> None:
    authenticate(database, lan, GOOD, now=T0, source="phien-A")
    for attempt in range(5):
        fail(database, "Khong-Co-Ai", T0 + timedelta(seconds=1 + attempt), source="phien-B")
    authenticate(database, "khong-co-ai", GOOD, now=T0 + timedelta(seconds=10))

    trail = entries(database, action=("sign_in", "sign_in_failed", "sign_in_locked"))
    assert [e.action for e in trail] == ["sign_in_locked"] + ["sign_in_failed"] * 5 + ["sign_in"]
    assert trail[-1].user_name == lan and trail[-1].detail == "nguồn: phien-A" and trail[-1].at == T0
    assert trail[1].user_name == "khong-co-ai"
    assert trail[1].detail == "tên đăng nhập không có; nguồn: phien-B"
    assert "đang bị tạm khóa" in trail[0].detail


# --- Audit trail ------------------------------------------------------------------------------------------


@pytest.fixture
def trail(database: Path) -> Path:
    # Recorded out of time order on purpose: entries() orders by time, not by insertion.
    record(database, "lan", "upload", "bang_diem_SNV_2024.xlsx", "tải lên 1 tệp", at=T0 + timedelta(hours=2))
    record(database, "quantri", "user_add", "lan", "vai trò: Sở Nội vụ", at=T0)
    record(database, "lan", "load", "bang_diem_SNV_2024.xlsx", "đã nạp 120 dòng", at=T0 + timedelta(hours=3))
    record(database, "Hung", "reject", "50%_mau.xlsx", "thiếu cột Điểm", at=T0 + timedelta(hours=1))
    record(database, "hung", "export_officer_grades", None, None, at=T0 + timedelta(days=1))
    return database


def test_entries_are_newest_first(trail: Path) -> None:
    found = entries(trail)
    assert [e.action for e in found] == ["export_officer_grades", "load", "upload", "reject", "user_add"]
    assert all(a.at >= b.at for a, b in itertools.pairwise(found))
    assert found[-1].at == T0 and found[-1].at.tzinfo is not None
    assert [e.action for e in entries(trail, limit=2)] == ["export_officer_grades", "load"]


def test_entry_filters_combine(trail: Path) -> None:
    def actions(**filters) -> list[str]:
        return [e.action for e in entries(trail, **filters)]

    assert actions(user_name="LAN") == ["load", "upload"]
    assert actions(user_name="hung") == ["export_officer_grades", "reject"]
    assert actions(action="reject") == ["reject"]
    assert actions(action=("upload", "load")) == ["load", "upload"]
    assert actions(since=T0 + timedelta(hours=1), until=T0 + timedelta(hours=3)) == ["upload", "reject"]
    assert actions(text="SNV_2024") == ["load", "upload"]
    assert actions(text="Điểm") == ["reject"]  # found in the detail
    assert actions(text="50%") == ["reject"]  # % is a character here, not a wildcard
    assert actions(text="0%") == ["reject"]
    assert actions(text="_mau") == ["reject"]
    assert actions(user_name="lan", text="dòng", since=T0) == ["load"]
    assert actions(user_name="lan", action="reject") == []


def test_unknown_action_is_refused(database: Path) -> None:
    with pytest.raises(ValueError, match="unknown audit action"):
        record(database, "lan", "delete_everything")
    assert entries(database) == []


def test_audit_rows_cannot_be_changed_or_deleted(trail: Path) -> None:
    before = entries(trail)
    with closing(connect(trail)) as connection:
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("update audit_entry set user_name = 'ai-do'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("delete from audit_entry where action = 'reject'")
    assert entries(trail) == before


def test_concurrent_threads_record_every_entry(database: Path) -> None:
    errors: list[BaseException] = []

    def write(writer: str) -> None:
        try:
            for number in range(200):
                record(database, writer, "load", f"tệp {number}")
        except BaseException as exc:  # collected: an exception in a thread would otherwise vanish
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(name,)) for name in ("luong-1", "luong-2")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    found = entries(database, limit=10_000)
    assert len(found) == 400
    assert {e.user_name for e in found} == {"luong-1", "luong-2"}
    assert len({e.entry_id for e in found}) == 400


def test_concurrent_processes_record_every_entry(database: Path) -> None:
    script = (
        "import sys; from pathlib import Path; from access.audit import record\n"
        "for number in range(200): record(Path(sys.argv[1]), sys.argv[2], 'upload', f'tệp {number}')\n"
    )
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(database), name],
            cwd=PROJECT_DIR,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("tien-trinh-1", "tien-trinh-2")
    ]
    outcomes = [(writer.wait(timeout=120), writer.stderr.read()) for writer in writers]
    assert outcomes == [(0, ""), (0, "")]
    assert len(entries(database, action="upload", limit=10_000)) == 400


# --- Demo accounts ----------------------------------------------------------------------------------------


def test_demo_accounts_one_per_role(database: Path, fast_hashing: None) -> None:
    seeded = seed_demo_users(database)
    assert sorted(role for _, role, _ in seeded) == sorted(ROLES)
    for user_name, role, password in seeded:
        signed_in = authenticate(database, user_name, password, now=T0)
        assert signed_in.user is not None and signed_in.user.role == role
    assert get_user(database, "donvi").unit_code == "X25-CAOLOC"

    # Seeding again restores a changed password and a disabled account, and adds nobody.
    reset_password(database, "lanhdao", "doi-mat-khau-1", actor=ACTOR)
    disable_user(database, "noivu", actor=ACTOR)
    assert seed_demo_users(database) == seeded
    assert len(users(database)) == 4
    assert authenticate(database, "lanhdao", "lanhdao-demo-2025", now=T0).user is not None
    assert authenticate(database, "noivu", "noivu-demo-2025", now=T0).user is not None


def test_demo_unit_account_is_a_commune_after_the_2025_merger() -> None:
    # The demo profile is the reference data the demo is built from: the unit account must point at a
    # commune that still exists, or it would see nothing.
    with (PROJECT_DIR / "profiles" / "demo" / "units.csv").open(encoding="utf-8-sig", newline="") as handle:
        units = {row["Mã đơn vị"]: row for row in csv.DictReader(handle)}
    (unit_code,) = [unit for _, role, _, unit in DEMO_ACCOUNTS if role == "don_vi"]
    assert units[unit_code]["Nhóm"] == "xa"
    assert units[unit_code]["Hiệu lực đến"] == ""
    assert units[unit_code]["Hiệu lực từ"] == "01/07/2025"

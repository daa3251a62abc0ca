"""`python -m etl users …`: accounts managed from the command line, passwords never on it, every change
audited under the login name."""

from __future__ import annotations

import getpass
import io
import re
import sys
from pathlib import Path

import pytest

from access.audit import entries
from access.store import authenticate, get_user
from etl.cli import main

PASSWORD = "mật-khẩu-2025"


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the person types at the password prompts, in order; the login name is fixed."""
    answers: list[str] = []

    def prompt(text: str = "") -> str:
        if not answers:
            raise AssertionError(f"unexpected password prompt: {text}")
        return answers.pop(0)

    monkeypatch.setattr(getpass, "getpass", prompt)
    monkeypatch.setattr(getpass, "getuser", lambda: "kiemthu")
    return answers


def users_cli(db: Path, *args: str) -> int:
    return main(["users", *args, "--db", str(db)])


def test_add_list_duplicate_disable_reset(db: Path, typed: list[str], capsys, monkeypatch) -> None:
    typed += [PASSWORD, PASSWORD]
    assert users_cli(db, "add", "Lan", "--role", "noi_vu", "--display", "Nguyễn Thị Lan") == 0
    assert "Đã tạo tài khoản lan (Sở Nội vụ)." in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO("donvi-cao-loc-1\n"))
    assert (
        users_cli(db, "add", "xa-caoloc", "--role", "don_vi", "--unit", "X25-CAOLOC", "--password-stdin") == 0
    )
    assert authenticate(db, "xa-caoloc", "donvi-cao-loc-1").user.unit_code == "X25-CAOLOC"
    capsys.readouterr()

    assert users_cli(db, "list") == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].split() == [
        "Tên",
        "đăng",
        "nhập",
        "Tên",
        "hiển",
        "thị",
        "Vai",
        "trò",
        "Đơn",
        "vị",
        "Trạng",
        "thái",
    ]
    assert listing[2].split() == ["lan", "Nguyễn", "Thị", "Lan", "Sở", "Nội", "vụ", "Đang", "hoạt", "động"]
    assert listing[3].split() == ["xa-caoloc", "xa-caoloc", "Đơn", "vị", "X25-CAOLOC", "Đang", "hoạt", "động"]

    monkeypatch.setattr(sys, "stdin", io.StringIO(PASSWORD + "\n"))
    assert users_cli(db, "add", "LAN", "--role", "admin", "--password-stdin") == 2
    assert "Đã có tài khoản «lan»" in capsys.readouterr().err
    assert get_user(db, "lan").role == "noi_vu"

    assert users_cli(db, "disable", "lan") == 0
    assert "Đã vô hiệu hóa tài khoản lan." in capsys.readouterr().out
    assert authenticate(db, "lan", PASSWORD).user is None
    assert users_cli(db, "list") == 0
    assert "Đã vô hiệu hóa" in capsys.readouterr().out
    assert users_cli(db, "enable", "lan") == 0

    assert users_cli(db, "reset", "lan", "--generate") == 0
    out = capsys.readouterr().out
    (generated,) = re.findall(r"chỉ hiện một lần.*: (\S+)$", out, flags=re.MULTILINE)
    assert len(generated) >= 20
    assert authenticate(db, "lan", generated).user.user_name == "lan"
    assert authenticate(db, "lan", PASSWORD).user is None

    trail = entries(db, user_name="cli:kiemthu")
    assert [(e.action, e.object) for e in trail] == [
        ("user_reset", "lan"),
        ("user_enable", "lan"),
        ("user_disable", "lan"),
        ("user_add", "xa-caoloc"),
        ("user_add", "lan"),
    ]
    assert generated not in str(trail) and PASSWORD not in str(trail)


def test_reset_reads_the_new_password_from_stdin(db: Path, typed: list[str], capsys, monkeypatch) -> None:
    typed += [PASSWORD, PASSWORD]
    assert users_cli(db, "add", "quantri", "--role", "admin") == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("mat-khau-moi-2026\r\n"))
    assert users_cli(db, "reset", "quantri", "--password-stdin") == 0
    assert authenticate(db, "quantri", "mat-khau-moi-2026").user is not None
    assert "mat-khau-moi-2026" not in capsys.readouterr().out


def test_mismatched_prompts_change_nothing(db: Path, typed: list[str], capsys) -> None:
    typed += [PASSWORD, PASSWORD + "x"]
    assert users_cli(db, "add", "lan", "--role", "lanh_dao") == 2
    assert "không khớp" in capsys.readouterr().err
    assert get_user(db, "lan") is None


@pytest.mark.parametrize(
    ("args", "stdin", "fragment"),
    [
        (["add", "xa", "--role", "don_vi"], "", "không hợp lệ"),
        (["add", "xa-caoloc", "--role", "don_vi"], "", "phải gắn với một đơn vị"),
        (["add", "lan", "--role", "giam_doc"], "", "Vai trò «giam_doc» không có"),
        (["add", "lan", "--role", "noi_vu", "--password-stdin"], "12345678901\n", "chỉ gồm chữ số"),
        (["add", "lan", "--role", "noi_vu", "--password-stdin"], "", "Không đọc được mật khẩu"),
        (["disable", "ai-do"], "", "Không có tài khoản «ai-do»"),
        (["reset", "ai-do", "--generate"], "", "Không có tài khoản «ai-do»"),
    ],
)
def test_invalid_input_exits_2_in_vietnamese(
    db: Path, typed: list[str], capsys, monkeypatch, args: list[str], stdin: str, fragment: str
) -> None:
    # No answers are typed: bad names, roles and units are refused before any password prompt.
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert users_cli(db, *args) == 2
    assert fragment in capsys.readouterr().err
    assert entries(db) == []


def test_password_options_exclude_each_other(db: Path, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        users_cli(db, "reset", "lan", "--generate", "--password-stdin")
    assert exited.value.code == 2
    assert "Lỗi cú pháp lệnh" in capsys.readouterr().err

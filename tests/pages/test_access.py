"""Who opens what: nothing without signing in, each role exactly its pages, a unit's account its own unit,
and the sign-in form with its refusals on the audit trail."""

from __future__ import annotations

from pathlib import Path

import pytest

from access import audit, policy, store
from tests.pages.apptest import run_page, signed_in

PAGE_FILES = {
    "overview": "pages/overview.py",
    "trend": "pages/trend.py",
    "ranking": "pages/ranking.py",
    "weakness": "pages/weakness.py",
    "one_stop": "pages/one_stop.py",
    "national": "pages/national.py",
    "unit": "pages/unit.py",
    "quality": "pages/quality.py",
    "upload": "pages/upload.py",
    "home": "pages/home.py",
    "reference": "pages/reference.py",
    "admin": "pages/admin.py",
}
UNIT = "X25-CAOLOC"


def test_every_page_of_the_policy_has_a_file() -> None:
    assert set(PAGE_FILES) == set(policy.PAGES)
    assert all(Path(path).exists() for path in PAGE_FILES.values())


def test_nobody_signed_in_gets_the_sign_in_form_and_no_page(demo: Path) -> None:
    app = run_page(user=None)
    assert not app.exception
    assert [t.value for t in app.title] == ["Đăng nhập"]
    assert len(app.text_input) == 2
    for path in PAGE_FILES.values():
        with pytest.raises(ValueError):
            app.switch_page(path)


@pytest.mark.parametrize("role", policy.ROLES)
def test_each_role_opens_exactly_its_pages_and_each_renders(role: str, demo: Path) -> None:
    user = signed_in(role, UNIT if role == policy.DON_VI else None)
    app = run_page(user=user)
    assert not app.exception, app.exception
    for name, path in PAGE_FILES.items():
        if policy.may_open(role, name):
            app.switch_page(path)
            app.run()
            assert not app.exception, (role, name, app.exception)
            assert not [e for e in app.error if "không được xem" in e.value], (role, name)
        else:
            with pytest.raises(ValueError):
                app.switch_page(path)


def test_a_unit_account_sees_its_own_unit_only(demo: Path) -> None:
    """Cao Lộc's account: its commune, the communes merged into it in 2025 and their desks, nothing else."""
    app = run_page("pages/unit.py", user=signed_in(policy.DON_VI, UNIT), unit="X-CLO-GIACAT")
    assert not app.exception
    options = app.selectbox(key="unit_pick").options[1:]
    assert "UBND xã Cao Lộc" in options and "UBND xã Gia Cát (đến 30/06/2025)" in options
    assert len(options) == 5
    assert not [o for o in options if "Hữu Lũng" in o or "Sở" in o]
    # Another commune in the URL is not opened: the picker offers its own units only.
    other = run_page("pages/unit.py", user=signed_in(policy.DON_VI, UNIT), unit="X25-HUULUNG")
    assert not other.exception
    assert other.selectbox(key="unit_pick").value != "X25-HUULUNG"


def test_a_unit_account_opens_the_unit_page_on_its_own_unit(demo: Path) -> None:
    """Without a unit in the address, a unit's account sees its own unit at once; other roles choose."""
    app = run_page("pages/unit.py", user=signed_in(policy.DON_VI, UNIT))
    assert not app.exception
    assert app.selectbox(key="unit_pick").value == UNIT
    assert app.query_params["unit"] == UNIT  # the address now names it, to share or come back to
    assert [h.value for h in app.header][:1] == ["UBND xã Cao Lộc"]
    leader = run_page("pages/unit.py", user=signed_in(policy.LANH_DAO))
    assert not leader.exception
    assert leader.selectbox(key="unit_pick").value is None


def test_a_unit_account_sees_its_lost_points_without_a_link_to_a_page_it_cannot_open(demo: Path) -> None:
    """The lost-points table of the unit page links leaders to the weakness page; a unit's account has no
    such page, so the link is left out instead of failing the whole page."""
    app = run_page("pages/unit.py", user=signed_in(policy.DON_VI, UNIT), unit="X-CLO-GIACAT", year="2024")
    assert not app.exception, app.exception
    assert app.dataframe, "the year must have lost points for this test to mean anything"
    leader = run_page("pages/unit.py", user=signed_in(policy.LANH_DAO), unit="X-CLO-GIACAT", year="2024")
    assert not leader.exception, leader.exception


def test_signing_in_with_the_form_and_refusals_on_the_trail(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(db))
    store.add_user(db, "noivu.test", "mat-khau-dai-2025", policy.NOI_VU, actor="kiem_thu")
    app = run_page(user=None)
    app.text_input(key="sign_in_user").input("noivu.test")
    app.text_input(key="sign_in_password").input("sai-mat-khau-2025")
    app.button[0].click().run()
    assert [e.value for e in app.error] == ["Tên đăng nhập hoặc mật khẩu không đúng."]
    assert "user" not in app.session_state
    app.text_input(key="sign_in_user").input("NoiVu.Test")
    app.text_input(key="sign_in_password").input("mat-khau-dai-2025")
    app.button[0].click().run()
    assert not app.exception
    assert app.session_state["user"].user_name == "noivu.test"
    assert app.title[0].value == "Tổng quan"
    actions = [e.action for e in audit.entries(db, user_name="noivu.test")]
    assert actions[:2] == ["sign_in", "sign_in_failed"]


def test_an_account_disabled_while_signed_in_is_out_at_the_next_click(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(db))
    store.add_user(db, "quantri.test", "mat-khau-dai-2025", policy.ADMIN, actor="kiem_thu")
    user = signed_in(policy.LANH_DAO)
    app = run_page(user=user)
    assert app.title[0].value == "Tổng quan"
    store.disable_user(db, user.user_name, actor="quantri.test")
    app.run()
    assert [t.value for t in app.title] == ["Đăng nhập"]
    assert "user" not in app.session_state


def test_downloading_officers_grades_is_on_the_audit_trail(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard import widgets

    seen: dict[str, object] = {}

    def recording(label: str, data, **options: object) -> None:
        seen[str(options["key"])] = data

    monkeypatch.setattr(widgets, "_offer", recording)
    user = signed_in(policy.LANH_DAO)
    app = run_page("pages/one_stop.py", user=user, year="2025")
    assert not app.exception
    before = len(audit.entries(demo, user_name=user.user_name, action="export_officer_grades"))
    seen["one_stop_officers_xlsx"]()
    seen["one_stop_procedures_csv"]()  # ratings per procedure: no person in it, not recorded
    entries = audit.entries(demo, user_name=user.user_name, action="export_officer_grades")
    assert len(entries) == before + 1
    assert entries[0].object.endswith("(.xlsx)")

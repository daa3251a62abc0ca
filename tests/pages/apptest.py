"""Running the app with AppTest as a browser would: signed in, URL parameters first, then the page chosen."""

import os

from streamlit.testing.v1 import AppTest

from access import store
from access.store import User
from tests.conftest import PROJECT_DIR_FOR_TESTS
from warehouse.db import db_path

APP = str(PROJECT_DIR_FOR_TESTS / "app.py")
# Nội vụ reads every page but the administrator's: the default signed-in user of page tests.
NOI_VU = User("noi_vu_kiem_thu", "Cán bộ Sở Nội vụ", "noi_vu", None, True)


def signed_in(role: str, unit_code: str | None = None) -> User:
    """A user of `role` (a unit's account bound to `unit_code`), as the sign-in form would keep it."""
    return User(f"{role}_kiem_thu", f"Người dùng {role}", role, unit_code, True)


def run_page(page: str | None = None, *, user: User | None = NOI_VU, **params: str) -> AppTest:
    """The app opened by `user` (None: nobody signed in) with `params` in the URL, on `page` (the role's
    home page when None)."""
    app = AppTest.from_file(APP, default_timeout=60)
    if user is not None:
        _ensure_account(user)
        app.session_state["user"] = user
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    if page:
        app.switch_page(page)
        app.run()
    return app


def _ensure_account(user: User) -> None:
    """The app checks the signed-in user against the access store on every run: the test's user has an
    account in the store of the warehouse under test (made once per store)."""
    database = db_path(os.environ.get("CCHC_DB"))
    if store.get_user(database, user.user_name) is None:
        store.add_user(
            database,
            user.user_name,
            "mat-khau-kiem-thu-2025",
            user.role,
            unit_code=user.unit_code,
            display_name=user.display_name,
            actor="kiem_thu",
        )

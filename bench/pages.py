"""Every page rendered with Streamlit's AppTest, signed in (Nội vụ, or the administrator for its page),
on one warehouse: wall time of the page's run after the app has opened, first with the query cache
cleared (cold: every query of the page runs) and then again (cached). The page's default filters are
used: the latest year, every group. Exceptions a page shows are counted, not hidden; a page that takes
longer than TIMEOUT_S is recorded as timed out (cold_s None: FAIL)."""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

from warehouse.db import PROJECT_DIR

RUNS = 3
TARGET_S = 1.5
# A page still drawing after this long has failed its target many times over; the run goes on.
TIMEOUT_S = 120.0
APP = str(PROJECT_DIR / "app.py")
PASSWORD = "mat-khau-do-hieu-nang-2025"


def _user(role: str):
    from access import store
    from access.store import User
    from warehouse.db import db_path

    user = User(f"{role}_do_hieu_nang", f"Người dùng {role}", role, None, True)
    if store.get_user(db_path(), user.user_name) is None:
        store.add_user(
            db_path(), user.user_name, PASSWORD, role, display_name=user.display_name, actor="bench"
        )
    return user


def render(
    page: str, role: str = "noi_vu", clear: bool = True, timeout: float = TIMEOUT_S
) -> tuple[float, int]:
    """Seconds the page's run took and the number of exceptions it showed; None for the seconds when the
    page (or the home page drawn before it) did not finish within `timeout`."""
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(APP, default_timeout=timeout)
    app.session_state["user"] = _user(role)
    try:
        app.run()
        if clear:
            st.cache_data.clear()
        app.switch_page(page)
        started = time.perf_counter()
        app.run()
    except RuntimeError as exc:  # AppTest's timeout: the figure is "over the timeout"
        if "timed out" not in str(exc):
            raise
        return None, 0
    seconds = time.perf_counter() - started
    return seconds, len(app.exception)


def run(database: Path, runs: int = RUNS) -> dict[str, object]:
    """Render times of every page on `database`."""
    os.environ["CCHC_DB"] = str(database)
    results: dict[str, dict[str, float]] = {}
    for page_file in sorted((PROJECT_DIR / "pages").glob("*.py")):
        name, path = page_file.stem, f"pages/{page_file.name}"
        role = "admin" if name == "admin" else "noi_vu"
        cold, cached, errors = [], [], 0
        for _ in range(runs):
            seconds, exceptions = render(path, role, clear=True)
            errors += exceptions
            if seconds is None:
                break
            cold.append(seconds)
            seconds, exceptions = render(path, role, clear=False)
            errors += exceptions
            if seconds is not None:
                cached.append(seconds)
        results[name] = {
            "cold_s": round(statistics.median(cold), 3) if cold else None,
            "cached_s": round(statistics.median(cached), 3) if cached else None,
            "exceptions": errors,
            "timed_out": not cold,
        }
        print(f"  page {name}: {results[name]}", file=sys.stderr, flush=True)
    return {
        "pages": results,
        "over_target": sorted(
            name for name, row in results.items() if row["cold_s"] is None or row["cold_s"] > TARGET_S
        ),
        "timeout_s": TIMEOUT_S,
        "runs": runs,
        "target_s": TARGET_S,
    }

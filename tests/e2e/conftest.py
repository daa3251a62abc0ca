"""The app served by `streamlit run` on a free port over a copy of the demo warehouse, driven by Debian's
Chromium through Playwright (never a downloaded browser). Screenshots go to test-output/screenshots."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from access.store import seed_demo_users
from reports.images import browser_path
from tests.conftest import PROJECT_DIR_FOR_TESTS

SCREENSHOTS = PROJECT_DIR_FOR_TESTS / "test-output" / "screenshots"
VIEWPORT = {"width": 1366, "height": 768}
# Demo accounts (etl demo seeds them; README lists them).
ACCOUNTS = {
    "lanh_dao": ("lanhdao", "lanhdao-demo-2025"),
    "noi_vu": ("noivu", "noivu-demo-2025"),
    "don_vi": ("donvi", "donvi-demo-2025"),
    "admin": ("quantri", "quantri-demo-2025"),
}


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(database: Path, folder: Path) -> tuple[str, subprocess.Popen]:
    """`streamlit run app.py` on a free port over `database`, once its health endpoint answers."""
    port = _free_port()
    log = (folder / "streamlit.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            "app.py",
            "--server.port",
            str(port),
            "--server.headless",
            "true",
            "--server.address",
            "127.0.0.1",
        ],
        cwd=PROJECT_DIR_FOR_TESTS,
        env={**os.environ, "CCHC_DB": str(database)},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return base, server
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                raise RuntimeError((folder / "streamlit.log").read_text()) from None
            time.sleep(0.3)


def stop_server(server: subprocess.Popen) -> None:
    server.terminate()
    server.wait(timeout=20)


@pytest.fixture(scope="session")
def served(demo_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The app on a copy of the demo (uploads must not change the demo other tests read), with the demo
    accounts; yields its base URL and the warehouse."""
    folder = tmp_path_factory.mktemp("served")
    database = folder / "cchc.duckdb"
    shutil.copy(demo_db, database)
    seed_demo_users(database)
    base, server = start_server(database, folder)
    yield base, database
    stop_server(server)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=browser_path(), args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
        )
        yield launched
        launched.close()


@pytest.fixture
def open_as(served: tuple[str, Path], browser: object) -> Iterator[object]:
    """`open_as(role, path="")`: a fresh browser tab at `path`, signed in with the role's demo account."""
    base, _ = served
    contexts = []

    def opener(role: str, path: str = "") -> object:
        context = browser.new_context(viewport=VIEWPORT, accept_downloads=True, locale="vi-VN")
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{base}/{path}")
        dismiss_page_not_found(page)
        user, password = ACCOUNTS[role]
        page.get_by_label("Tên đăng nhập").fill(user)
        page.get_by_label("Mật khẩu").fill(password)
        page.get_by_role("button", name="Đăng nhập").click()
        page.get_by_text("Đang đăng nhập").wait_for()
        settled(page)
        return page

    yield opener
    for context in contexts:
        context.close()


def dismiss_page_not_found(page: object) -> None:
    """Streamlit shows «Page not found» on the first deep link after the server starts (its issue
    #9624), over the right page; close it."""
    page.wait_for_selector("[data-testid='stApp']")
    page.wait_for_timeout(500)
    if page.get_by_text("Page not found").count():
        page.keyboard.press("Escape")


def settled(page: object) -> None:
    """Wait until the script run is over: no running indicator, and the page's elements are drawn."""
    page.wait_for_timeout(300)
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        " || document.querySelector('[data-testid=\"stStatusWidget\"]').innerText.trim() === ''",
        timeout=90_000,
    )
    page.wait_for_timeout(500)


def shoot(page: object, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    target = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(target))
    return target

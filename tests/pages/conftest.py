"""Fixtures of the page tests."""

from pathlib import Path

import pytest


@pytest.fixture
def demo(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The demo warehouse, as the app's warehouse for this test."""
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    return demo_db

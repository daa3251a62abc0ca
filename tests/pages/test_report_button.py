"""The overview page's report pack button: the pack of the period shown, built with a progress bar and
offered as one .zip holding the .docx, the .xlsx and the chart images."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from reports import images
from tests.pages.apptest import run_page


def test_the_button_builds_the_quarter_shown_and_offers_it_as_a_zip(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(images, "browser_path", lambda: None)  # images are tested with the pack itself
    app = run_page(year="2025", quarter="3")
    assert not app.exception
    assert app.selectbox(key="pack_year").value == 2025
    assert app.selectbox(key="pack_quarter").value == 3
    app.button(key="pack_build").click().run()
    assert not app.exception
    made = app.session_state["report_pack"]
    assert made.file_name == "bao_cao_cchc_q3_2025.zip"
    assert any("Đã tạo bao_cao_cchc_q3_2025.zip" in s.value for s in app.success)
    assert any("Chromium" in w.value for w in app.warning)
    names = zipfile.ZipFile(io.BytesIO(made.data)).namelist()
    assert sorted(names) == ["bao_cao_cchc_q3_2025.docx", "bao_cao_cchc_q3_2025.xlsx"]
    document = docx.Document(
        io.BytesIO(zipfile.ZipFile(io.BytesIO(made.data)).read("bao_cao_cchc_q3_2025.docx"))
    )
    assert any(
        p.text == "I. Đánh giá, xếp loại công chức Bộ phận Một cửa quý III/2025" for p in document.paragraphs
    )


def test_a_whole_year_pack_for_the_group_in_the_sidebar(demo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(images, "browser_path", lambda: None)
    app = run_page(year="2024", group="huyen")
    app.selectbox(key="pack_quarter").select_index(0).run()
    assert app.selectbox(key="pack_quarter").value is None
    app.button(key="pack_build").click().run()
    assert not app.exception
    assert app.session_state["report_pack"].file_name == "bao_cao_cchc_nam_2024_huyen.zip"

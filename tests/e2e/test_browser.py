"""What users do in Chromium and AppTest cannot: sign in through the page, see only their role's pages,
open every page without an error box, change filters and see the charts change, open a shared link,
download chart images and tables, upload files, and make the quarterly report pack."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from access import policy
from dashboard import uploads
from labels import page_upload as upload_text
from reports.images import browser_path
from tests.conftest import PROJECT_DIR_FOR_TESTS
from tests.e2e.conftest import VIEWPORT, settled, shoot, start_server, stop_server

pytestmark = pytest.mark.skipif(browser_path() is None, reason="no Chromium: `make install` installs it")

TITLES = {
    "overview": "Tổng quan",
    "trend": "Xu hướng chỉ số CCHC",
    "ranking": "Xếp hạng",
    "weakness": "Điểm yếu theo tiêu chí",
    "one_stop": "Một cửa",
    "national": "Chỉ số quốc gia",
    "unit": "Đơn vị",
    "quality": "Chất lượng dữ liệu",
    "upload": "Nạp dữ liệu",
    "home": "Kho dữ liệu",
    "reference": "Danh mục",
    "admin": "Người dùng và nhật ký",
}


def _menu(page: object) -> list[str]:
    links = page.locator("[data-testid='stSidebarNav'] a")
    # A link reads "icon-name\n\nTitle": the icon is a ligature of the Material font.
    return [links.nth(i).inner_text().strip().split("\n")[-1].strip() for i in range(links.count())]


def _open(page: object, name: str) -> None:
    page.locator("[data-testid='stSidebarNav'] a", has_text=TITLES[name]).first.click()
    settled(page)


def _no_error(page: object) -> None:
    assert page.locator("[data-testid='stException']").count() == 0, page.url
    errors = page.locator("[data-testid='stAlertContentError']")
    assert errors.count() == 0, [errors.nth(i).inner_text() for i in range(errors.count())]


def _choose(page: object, key: str, option: str) -> None:
    """Pick `option` in the select box of widget key `key` (e.g. the sidebar's filter_year), as a person
    would: open the list, click the option."""
    box = page.locator(f".st-key-{key} input[role='combobox']")
    box.scroll_into_view_if_needed()
    box.click()
    page.keyboard.press("ArrowDown")  # the combo box opens its list on a key, not on a click
    page.get_by_role("option", name=option, exact=True).click()
    settled(page)


def _chart_titles(page: object) -> list[str]:
    """The titles drawn in the page's charts (scrolled into view first: charts draw when seen)."""
    page.locator("[data-testid='stPlotlyChart']").first.scroll_into_view_if_needed()
    page.wait_for_selector(".js-plotly-plot .gtitle", timeout=30_000)
    charts = page.locator(".js-plotly-plot")
    for i in range(charts.count()):
        charts.nth(i).scroll_into_view_if_needed()
    page.wait_for_timeout(500)
    titles = page.locator(".js-plotly-plot .gtitle")
    return [titles.nth(i).text_content() for i in range(titles.count())]


@pytest.mark.parametrize("role", policy.ROLES)
def test_each_role_sees_exactly_its_pages(role: str, open_as) -> None:
    page = open_as(role)
    expected = [TITLES[name] for name in TITLES if policy.may_open(role, name)]
    if len(expected) == 1:  # one page: Streamlit shows no menu, the page is all there is
        assert _menu(page) == []
        assert page.get_by_role("heading", name=expected[0]).count() >= 1
    else:
        assert sorted(_menu(page)) == sorted(expected)
    _no_error(page)


def test_every_page_opens_without_an_error_and_is_kept_as_a_screenshot(open_as) -> None:
    for role in (policy.NOI_VU, policy.ADMIN):
        page = open_as(role)
        for name in TITLES:
            if not policy.may_open(role, name):
                continue
            if len(_menu(page)) > 0:
                _open(page, name)
            _no_error(page)
            assert page.get_by_role("heading", name=TITLES[name]).count() >= 1, name
            shoot(page, f"{role}_{name}")


def test_changing_the_period_and_group_changes_the_charts(open_as) -> None:
    page = open_as(policy.LANH_DAO, "xep-hang?year=2024&group=xa")
    before = _chart_titles(page)
    assert any("2024" in t for t in before), before
    _choose(page, "filter_year", "2022")
    after = _chart_titles(page)
    assert any("2022" in t for t in after) and after != before
    assert "year=2022" in page.url
    _choose(page, "filter_group", "UBND cấp huyện")
    assert _chart_titles(page) != after and "group=huyen" in page.url


def test_a_shared_link_opens_the_same_view_after_signing_in(open_as) -> None:
    first = open_as(policy.LANH_DAO, "xep-hang?year=2023&group=huyen")
    shared = first.url
    assert "year=2023" in shared and "group=huyen" in shared
    path = shared.split("/", 3)[3]
    second = open_as(policy.LANH_DAO, path)
    assert second.url == shared
    assert _chart_titles(second) == _chart_titles(first)
    _no_error(second)


def test_chart_images_and_table_files_download(open_as, tmp_path: Path) -> None:
    page = open_as(policy.LANH_DAO, "xep-hang?year=2024&group=huyen")
    files = {}
    for label in ("Tải PNG", "Tải SVG", "Tải Excel", "Tải CSV"):
        with page.expect_download(timeout=90_000) as info:
            page.get_by_role("button", name=label).first.click()
        target = tmp_path / info.value.suggested_filename
        info.value.save_as(target)
        files[label] = target
    with Image.open(files["Tải PNG"]) as picture:
        assert picture.width >= 2000  # 1200 px at print scale 2
    svg = files["Tải SVG"].read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "UBND huyện" in svg
    book = load_workbook(files["Tải Excel"])
    cells = [c.value for row in book.active.iter_rows() for c in row if c.value is not None]
    assert "Đơn vị" in cells and any(isinstance(v, float) for v in cells)
    assert files["Tải CSV"].read_bytes().startswith(b"\xef\xbb\xbf")


def _fill(template: Path) -> None:
    """Score every criterion of a blank template at 80 % of its maximum, in the cells left to the unit
    (unlocked; totals are formulas, survey points are not the unit's to give)."""
    book = load_workbook(template)
    for row in book.active.iter_rows():
        open_cell = len(row) > 3 and row[3].value is None and not row[3].protection.locked
        if open_cell and isinstance(row[2].value, int | float):
            row[3].value = round(row[2].value * 0.8, 2)
    book.save(template)


def test_uploading_a_good_and_a_bad_file_reports_each(open_as, tmp_path: Path, served) -> None:
    _, database = served
    good = tmp_path / "Bảng tự chấm Cao Lộc 2026.xlsx"
    subprocess.run(
        [sys.executable, "-m", "etl", "template", "--framework", "LS-XA-2021", "--unit", "X25-CAOLOC", "--year",
         "2026", "-o", str(good), "--db", str(database)],
        check=True, cwd=PROJECT_DIR_FOR_TESTS, capture_output=True,
    )  # fmt: skip
    _fill(good)
    bad = tmp_path / "bao_cao.xlsx"
    bad.write_bytes(b"%PDF-1.4 not a workbook")
    page = open_as(policy.DON_VI)
    _open(page, "upload")
    # The picker's own words are Vietnamese (Streamlit writes "Upload" and "20MB per file"), and no
    # developer toolbar ("Deploy") shows.
    shown = page.evaluate(
        """() => [...document.querySelectorAll("[data-testid='stFileUploaderDropzone'] button p, "
            + "[data-testid='stFileUploaderDropzoneInstructions'] span")]
            .map(e => getComputedStyle(e, '::after').content)"""
    )
    limit = uploads.limit_bytes() // (1024 * 1024)
    assert shown == [f'"{upload_text.PICKER_BUTTON}"', f'"{upload_text.PICKER_DROP.format(limit=limit)}"']
    assert page.get_by_role("button", name="Deploy").count() == 0
    page.locator("input[type=file]").set_input_files([str(good), str(bad)])
    page.get_by_role("button", name="Nạp 2 tệp").click()
    page.get_by_text("Đã xử lý xong 2 tệp").wait_for(timeout=120_000)
    settled(page)
    summary = page.get_by_text("Đã xử lý xong 2 tệp").inner_text()
    assert "1 nạp được" in summary and "1 bị từ chối" in summary
    refused = page.locator("[data-testid='stExpander']", has_text="bao_cao.xlsx")
    assert "Bị từ chối" in refused.inner_text() and "Cách sửa" in refused.inner_text()
    shoot(page, "don_vi_upload_report")


def test_the_quarterly_pack_comes_from_the_overview_button(open_as, tmp_path: Path) -> None:
    page = open_as(policy.LANH_DAO, "?year=2025&quarter=3")
    page.get_by_text("Bộ báo cáo quý, năm").click()
    page.get_by_role("button", name="Tạo bộ báo cáo").click()
    page.get_by_text("Đã tạo bao_cao_cchc_q3_2025.zip").wait_for(timeout=120_000)
    with page.expect_download() as info:
        page.get_by_role("button", name="Tải bộ báo cáo (.zip)").click()
    target = tmp_path / info.value.suggested_filename
    info.value.save_as(target)
    names = zipfile.ZipFile(io.BytesIO(target.read_bytes())).namelist()
    assert "bao_cao_cchc_q3_2025.docx" in names and "bao_cao_cchc_q3_2025.xlsx" in names
    assert any(n.startswith("bieu_do/") and n.endswith(".png") for n in names)
    shoot(page, "lanh_dao_report_pack")


@pytest.mark.parametrize("address", ["one_stop", "admin"])
def test_the_first_visitor_after_a_restart_gets_the_sign_in_form_at_a_page_file_address(
    address: str, demo_db: Path, browser, tmp_path: Path
) -> None:
    """Before app.py has run once in a server process, Streamlit would run pages/<address>.py itself,
    without the sign-in: the first visitor after a restart must get the sign-in form and nothing else."""
    database = tmp_path / "cchc.duckdb"
    shutil.copy(demo_db, database)
    base, server = start_server(database, tmp_path)
    try:
        context = browser.new_context(viewport=VIEWPORT, locale="vi-VN")
        page = context.new_page()
        page.set_default_timeout(60_000)
        page.goto(f"{base}/{address}")
        page.get_by_label("Tên đăng nhập").wait_for()
        settled(page)
        assert page.locator("[data-testid='stException']").count() == 0
        assert page.locator("h1").all_inner_texts() == ["Đăng nhập"]
        assert TITLES[address] not in page.locator("[data-testid='stMain']").inner_text()
        context.close()
    finally:
        stop_server(server)
    assert "AccessDenied" not in (tmp_path / "streamlit.log").read_text()

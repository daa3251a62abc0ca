"""Downloads on every page with AppTest: each table has its Excel and CSV buttons and each chart its PNG
and SVG buttons; the files hold what the page's query holds, typed; without a Chromium the image buttons
are off and say why."""

from __future__ import annotations

import io
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from dashboard import widgets
from labels import export as txt
from labels import report, ui
from reports import images
from tests.conftest import query
from tests.pages.apptest import run_page

BOM = b"\xef\xbb\xbf"


@dataclass
class Offer:
    label: str
    data: Callable[[], bytes]
    file_name: str
    key: str
    disabled: bool
    help: str


@pytest.fixture
def offers(monkeypatch: pytest.MonkeyPatch) -> dict[str, Offer]:
    """Every download button the pages offer, by key, with the callable that builds its file (AppTest
    runs the pages in this process, so the widgets module is the one patched here)."""
    seen: dict[str, Offer] = {}
    offer = widgets._offer

    def recording(label: str, data: Callable[[], bytes], **options: object) -> None:
        seen[str(options["key"])] = Offer(
            label,
            data,
            str(options["file_name"]),
            str(options["key"]),
            bool(options.get("disabled")),
            str(options["help"]),
        )
        offer(label, data, **options)

    monkeypatch.setattr(widgets, "_offer", recording)
    return seen


def buttons(app: AppTest) -> list:
    return list(app.get("download_button"))


def labels_of(app: AppTest) -> list[str]:
    return [button.proto.label for button in buttons(app)]


def sheet_rows(data: bytes) -> tuple[list[str], list[list[object]], object]:
    """The header and the rows of the workbook's only sheet, and the sheet (title rows above the header)."""
    book = load_workbook(io.BytesIO(data))
    assert len(book.worksheets) == 1
    sheet = book.active
    header_row = int(sheet.freeze_panes[1:]) - 1
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=header_row)]
    return [str(v) for v in rows[0]], rows[1:], sheet


PAGES = [
    ("pages/overview.py", {"year": "2025"}),
    ("pages/trend.py", {"group": "xa"}),
    ("pages/ranking.py", {"year": "2024", "group": "xa"}),
    ("pages/weakness.py", {"year": "2024", "group": "xa"}),
    ("pages/one_stop.py", {"year": "2024"}),
    ("pages/national.py", {}),
    ("pages/unit.py", {"unit": "HBS", "year": "2024"}),
    ("pages/quality.py", {"year": "2024"}),
    ("pages/home.py", {}),
    ("pages/reference.py", {}),
]


@pytest.mark.parametrize(("page", "params"), PAGES, ids=[p.split("/")[1][:-3] for p, _ in PAGES])
def test_every_table_and_chart_has_its_downloads(
    demo: Path, offers: dict[str, Offer], page: str, params: dict[str, str]
) -> None:
    app = run_page(page, **params)
    assert not app.exception
    shown = labels_of(app)
    tables, charts = len(app.dataframe), len(app.get("plotly_chart"))
    assert tables > 0
    assert shown.count(txt.DOWNLOAD_XLSX) == shown.count(txt.DOWNLOAD_CSV) == tables
    assert shown.count(txt.DOWNLOAD_PNG) == shown.count(txt.DOWNLOAD_SVG) == charts
    if page not in ("pages/home.py", "pages/reference.py"):
        assert charts > 0
    for offer in offers.values():
        assert offer.file_name.isascii() and " " not in offer.file_name
        assert offer.file_name.rsplit(".", 1)[-1] in ("xlsx", "csv", "png", "svg")
    # Every table's file opens and has its title above a Vietnamese header.
    for key, offer in offers.items():
        if key.endswith("_xlsx"):
            header, _, sheet = sheet_rows(offer.data())
            assert sheet["A1"].value and header and all(header), key


def test_the_ranking_file_holds_the_marts_figures_as_numbers(demo: Path, offers: dict[str, Offer]) -> None:
    app = run_page("pages/ranking.py", year="2024", group="xa")
    assert not app.exception
    offer = offers["ranking_table_xlsx"]
    assert offer.label == txt.DOWNLOAD_XLSX
    assert offer.file_name == "xep_hang_chi_so_cchc_nam_2024_ubnd_cap_xa.xlsx"
    header, rows, sheet = sheet_rows(offer.data())
    assert sheet["A1"].value == "Xếp hạng Chỉ số CCHC năm 2024 — UBND cấp xã"
    assert header[:6] == [
        "Hạng",
        "Thay đổi hạng",
        "Chưa xếp hạng năm trước",
        "Mã đơn vị",
        "Đơn vị",
        "Chỉ số (%)",
    ]
    expected = query(
        demo,
        """
        select unit_code, rank_in_group, index_pct, rank_change, classification, self_points
        from mart_unit_ranking where year = 2024 and unit_group = 'xa'
        """,
    )
    assert len(rows) == len(expected) == 44
    by_code = {row[header.index("Mã đơn vị")]: row for row in rows}
    for code, rank, index, change, band, self_points in expected:
        row = by_code[code]
        assert row[header.index("Hạng")] == rank and isinstance(row[header.index("Hạng")], int)
        assert isinstance(row[header.index("Chỉ số (%)")], float)
        assert row[header.index("Chỉ số (%)")] == pytest.approx(float(index))
        assert row[header.index("Thay đổi hạng")] == change
        assert row[header.index("Điểm tự đánh giá")] == pytest.approx(float(self_points))
        assert row[header.index("Xếp loại")] == ui.BAND_LABELS[band]
    # Rows in the page's order, best first.
    assert [row[0] for row in rows] == sorted(row[0] for row in rows)
    first_index = sheet.cell(row=int(sheet.freeze_panes[1:]), column=header.index("Chỉ số (%)") + 1)
    assert first_index.number_format == "#,##0.00"

    csv = offers["ranking_table_csv"].data()
    assert csv.startswith(BOM)
    back = pd.read_csv(io.BytesIO(csv), encoding="utf-8-sig")
    assert list(back.columns) == header
    assert back["Chỉ số (%)"].tolist() == pytest.approx([row[header.index("Chỉ số (%)")] for row in rows])


def test_the_unit_history_file_has_years_and_indices_of_the_mart(
    demo: Path, offers: dict[str, Offer]
) -> None:
    app = run_page("pages/unit.py", unit="HBS", year="2024")
    assert not app.exception
    header, rows, sheet = sheet_rows(offers["unit_history_table_xlsx"].data())
    ((name,),) = query(demo, "select unit_name from mart_unit where unit_code = 'HBS'")
    assert sheet["A1"].value.startswith(f"Chỉ số CCHC của {name}, ")
    expected = query(
        demo,
        "select year, index_pct, rank_in_group from mart_unit_index where unit_code = 'HBS' order by year desc",
    )
    assert [row[header.index("Năm")] for row in rows] == [year for year, _, _ in expected]
    assert [row[header.index("Chỉ số (%)")] for row in rows] == pytest.approx(
        [float(i) for _, i, _ in expected]
    )
    assert [row[header.index("Hạng")] for row in rows] == [rank for _, _, rank in expected]


def test_the_one_stop_files_keep_scores_as_numbers(demo: Path, offers: dict[str, Offer]) -> None:
    app = run_page("pages/one_stop.py", year="2024")
    assert not app.exception
    header, rows, _ = sheet_rows(offers["one_stop_officers_xlsx"].data())
    scores = query(
        demo,
        """
        select officer_code, final_score from mart_officer_grade
        where period_type = 'year' and year = 2024 and final_score is not null
        """,
    )
    assert scores
    by_code = {row[header.index("Mã cán bộ")]: row for row in rows}
    for code, score in scores:
        assert by_code[code][header.index("Điểm xếp loại")] == pytest.approx(float(score))
    assert "T1" in header and by_code[scores[0][0]][header.index("T1")] in {"A", "B", "C", "D", "–", None}


def test_image_buttons_are_off_without_chromium(
    demo: Path, offers: dict[str, Offer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(images, "browser_path", lambda: None)
    app = run_page("pages/ranking.py", year="2024", group="xa")
    assert not app.exception
    by_label = {}
    for button in buttons(app):
        by_label.setdefault(button.proto.label, []).append(button.proto)
    for label in (txt.DOWNLOAD_PNG, txt.DOWNLOAD_SVG):
        assert by_label[label] and all(b.disabled and b.help == report.NO_CHROMIUM for b in by_label[label])
    for label in (txt.DOWNLOAD_XLSX, txt.DOWNLOAD_CSV):
        assert by_label[label] and not any(b.disabled for b in by_label[label])
    assert offers["ranking_chart_png"].disabled and offers["ranking_chart_png"].help == report.NO_CHROMIUM


def test_image_buttons_are_on_with_chromium(
    demo: Path, offers: dict[str, Offer], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(images, "browser_path", lambda: "/usr/bin/chromium")
    app = run_page("pages/ranking.py", year="2024", group="xa")
    assert not app.exception
    pictures = [b.proto for b in buttons(app) if b.proto.label in (txt.DOWNLOAD_PNG, txt.DOWNLOAD_SVG)]
    assert len(pictures) == 2 and not any(p.disabled for p in pictures)
    png, svg = offers["ranking_chart_png"], offers["ranking_chart_svg"]
    assert png.file_name == "chi_so_cchc_nam_2024_ubnd_cap_xa.png"
    assert svg.file_name == "chi_so_cchc_nam_2024_ubnd_cap_xa.svg"
    assert png.help == txt.PNG_HELP


@pytest.mark.skipif(shutil.which("chromium") is None, reason="no Chromium on this machine")
def test_a_chart_renders_as_png_and_svg(demo: Path, offers: dict[str, Offer]) -> None:
    app = run_page("pages/national.py")
    assert not app.exception
    assert offers["national_score_png"].data().startswith(b"\x89PNG")
    assert b"<svg" in offers["national_score_svg"].data()[:200]

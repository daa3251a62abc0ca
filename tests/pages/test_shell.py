"""The app shell with AppTest: every page renders with data and empty, and filters live in the URL."""

from pathlib import Path

import pytest

from tests.conftest import query
from tests.pages.apptest import run_page

PAGES = ["pages/home.py", "pages/reference.py"]
HOME = "pages/home.py"


run = run_page


@pytest.mark.parametrize("page", PAGES)
def test_pages_render_on_an_empty_warehouse(
    page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "none.duckdb"))
    app = run(page)
    assert not app.exception
    assert any("make demo" in info.value for info in app.info)


@pytest.mark.parametrize("page", PAGES)
def test_pages_render_with_data(page: str, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(page)
    assert not app.exception
    assert not app.error


def test_home_figures_match_the_marts(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(HOME)
    metrics = {m.label: m.value for m in app.metric}
    active, total = query(demo_db, "select count(*) filter (where is_active), count(*) from mart_unit")[0]
    assert metrics["Đơn vị đang hoạt động"] == f"{active}/{total}"
    assert metrics["Bộ tiêu chí"] == "8"
    (rejected,) = query(demo_db, "select count(*) from mart_load_attempt where status = 'rejected'")[0]
    assert int(metrics["Tệp bị từ chối"].replace(".", "")) == rejected > 3
    rejected_table = app.dataframe[-1].value
    assert set(rejected_table["Tệp"]) == {
        r[0] for r in query(demo_db, "select file_name from mart_load_attempt where status = 'rejected'")
    }


def test_filters_are_restored_from_the_url(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(HOME, year="2020", quarter="2", group="xa")
    assert not app.exception
    assert app.selectbox(key="filter_year").value == 2020
    assert app.selectbox(key="filter_quarter").value == 2
    assert app.selectbox(key="filter_group").value == "xa"
    frameworks = app.dataframe[1].value
    assert list(frameworks["Mã bộ tiêu chí"]) == ["LS-XA-2019"]
    app.selectbox(key="filter_year").set_value(2023).run()
    assert app.query_params["year"] == "2023"
    assert list(app.dataframe[1].value["Mã bộ tiêu chí"]) == ["LS-XA-2021"]


def test_a_month_sets_its_quarter(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", month="11")
    assert app.query_params["quarter"] == "4"

"""The trend page (Xu hướng chỉ số CCHC) with AppTest: the group's figures and the units' results checked
against the marts, old results converted to today's units, the view restored from the URL, empty states."""

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.format import vn_delta, vn_number
from tests.conftest import query
from tests.pages.apptest import run_page

PAGE = "pages/trend.py"


def run(**params: str) -> AppTest:
    return run_page(PAGE, **params)


def test_renders_on_an_empty_warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "none.duckdb"))
    app = run()
    assert not app.exception
    assert any("make demo" in info.value for info in app.info)


def test_group_figures_match_the_unit_index(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", group="xa")
    assert not app.exception
    assert not app.error
    rows = query(
        demo_db,
        """
        select year, avg(index_pct), max(index_pct), min(index_pct), count(*)
        from mart_unit_index where unit_group = 'xa' and year in (2023, 2024) group by year order by year
        """,
    )
    (_, mean_2023, *_), (_, mean_2024, top, bottom, count) = rows
    metric = {m.label: m for m in app.metric}
    assert metric["Bình quân năm 2024"].value == vn_number(round(mean_2024, 2), 2)
    assert metric["Bình quân năm 2024"].delta == vn_delta(round(round(mean_2024, 2) - round(mean_2023, 2), 2))
    assert metric["Cao nhất"].value == vn_number(top, 2)
    assert metric["Thấp nhất"].value == vn_number(bottom, 2)
    assert metric["Số đơn vị"].value == str(count)
    # With no unit chosen the table lists every unit the group ever had, a year per column.
    table = app.dataframe[0].value
    (units,) = query(
        demo_db, "select count(distinct unit_code) from mart_unit_index where unit_group = 'xa'"
    )[0]
    assert len(table) == units
    name, value = query(
        demo_db,
        "select unit_name, index_pct from mart_unit_index where unit_group = 'xa' and year = 2019 "
        "order by unit_code limit 1",
    )[0]
    assert vn_number(value, 2) in set(table.loc[table["Đơn vị"].str.startswith(name), "2019"])
    assert "None" not in table.to_string() and "nan" not in table.to_string()


def test_old_results_are_converted_to_todays_units(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2025", group="xa", units_as="today", units="X25-HUULUNG")
    assert not app.exception
    assert app.selectbox(key="trend_view").value == "today"
    assert app.multiselect(key="trend_units").value == ["X25-HUULUNG"]
    predecessors_2019, own_2025 = query(
        demo_db,
        """
        select
            (select avg(i.index_pct) from mart_unit as u
             join mart_unit_index as i on i.unit_code = u.unit_code and i.year = 2019
             where u.successor_code = 'X25-HUULUNG'),
            (select index_pct from mart_unit_index where unit_code = 'X25-HUULUNG' and year = 2025)
        """,
    )[0]
    row = app.dataframe[0].value.iloc[0]
    assert row["Đơn vị"] == "UBND xã Hữu Lũng"
    assert row["2019"] == f"{vn_number(round(predecessors_2019, 2), 2)} (quy đổi)"
    assert row["2025"] == vn_number(own_2025, 2)
    assert any("quy đổi" in caption.value for caption in app.caption)


def test_a_field_is_counted_points_over_its_maximum(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", group="so_nganh", field="3")
    assert not app.exception
    assert app.selectbox(key="trend_field").value == "3"
    (mean,) = query(
        demo_db,
        """
        select avg(pct) from (
            select round(sum(coalesce(counted_points, 0)) / sum(max_points) * 100, 2) as pct
            from mart_criterion_score
            where year = 2024 and unit_group = 'so_nganh' and field_code = '3' and not is_not_applicable
            group by unit_code
        )
        """,
    )[0]
    assert {m.label: m.value for m in app.metric}["Bình quân năm 2024"] == vn_number(round(mean, 2), 2)


def test_the_view_is_restored_from_the_url(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2022", view_group="phong", units="PNV-HL,TTR-CLO")
    assert not app.exception
    assert app.selectbox(key="trend_group").value == "phong"
    assert app.selectbox(key="trend_view").value == "as_was"
    assert sorted(app.multiselect(key="trend_units").value) == ["PNV-HL", "TTR-CLO"]
    assert len(app.dataframe[0].value) == 2
    app.selectbox(key="trend_view").set_value("today").run()
    assert app.query_params["units_as"] == "today"
    # The district offices were dissolved in 2025 without successors: no "today" view, and it says why.
    assert any("không còn đơn vị nào hoạt động" in info.value for info in app.info)


def test_framework_change_and_reorganisation_are_on_the_time_axis(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", group="xa")
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    figure = " ".join(note["text"] for note in spec["layout"]["annotations"])
    assert "Bộ tiêu chí mới từ 2021" in figure
    assert "01/07/2025" in figure
    assert "44 đơn vị cũ → 20 đơn vị mới" in figure

"""The ranking page (Xếp hạng) with AppTest: figures checked against the marts, the view restored from the
URL, and what it says when there is nothing to rank."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.format import vn_number
from tests.conftest import query
from tests.pages.apptest import run_page

PAGE = "pages/ranking.py"


def run(**params: str) -> AppTest:
    return run_page(PAGE, **params)


def metrics(app: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def test_renders_on_an_empty_warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "none.duckdb"))
    app = run()
    assert not app.exception
    assert any("make demo" in info.value for info in app.info)


def test_figures_match_the_unit_index(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", group="xa")
    assert not app.exception
    assert not app.error
    count, mean = query(
        demo_db,
        "select count(*), avg(index_pct) from mart_unit_index where year = 2024 and unit_group = 'xa'",
    )[0]
    climbed, fell = query(
        demo_db,
        """
        select count(*) filter (where b.rank_in_group < a.rank_in_group),
               count(*) filter (where b.rank_in_group > a.rank_in_group)
        from mart_unit_index as a
        join mart_unit_index as b on b.unit_code = a.unit_code and b.year = a.year + 1
        where a.year = 2023 and a.unit_group = 'xa'
        """,
    )[0]
    shown = metrics(app)
    assert shown["Số đơn vị xếp hạng"] == str(count) == "44"
    assert shown["Chỉ số bình quân"] == vn_number(round(mean, 2), 2)
    assert shown["Tăng hạng"] == str(climbed)
    assert shown["Giảm hạng"] == str(fell)
    assert climbed + fell > 0

    table = app.dataframe[0].value
    assert len(table) == count
    best = query(
        demo_db,
        """
        select unit_name, index_pct, self_points, appraised_points, survey_points
        from mart_unit_index where year = 2024 and unit_group = 'xa' order by index_pct desc limit 1
        """,
    )[0]
    top = table.iloc[0]
    assert top["Hạng"] == "1"
    assert top["Đơn vị"] == best[0]
    assert top["Chỉ số (%)"] == vn_number(best[1], 2)
    assert top["Xếp loại"] in {"Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"}
    # A unit that moved: the arrow says by how many places.
    name, old_rank, new_rank = query(
        demo_db,
        """
        select b.unit_name, a.rank_in_group, b.rank_in_group
        from mart_unit_index as a
        join mart_unit_index as b on b.unit_code = a.unit_code and b.year = 2024
        where a.year = 2023 and a.unit_group = 'xa' and a.rank_in_group - b.rank_in_group >= 2
        order by a.rank_in_group - b.rank_in_group desc, b.unit_code limit 1
        """,
    )[0]
    row = table[table["Đơn vị"] == name].iloc[0]
    assert row["Thay đổi hạng"] == f"↑{old_rank - new_rank}"
    assert row["Hạng"] == str(new_rank)
    assert "None" not in table.to_string() and "nan" not in table.to_string()


def test_new_and_provisional_units_are_marked(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2025", group="so_nganh")
    assert not app.exception
    table = app.dataframe[0].value
    provisional = {
        r[0]
        for r in query(
            demo_db,
            "select unit_name from mart_unit_index where year = 2025 and unit_group = 'so_nganh' "
            "and is_provisional",
        )
    }
    assert provisional
    for _, row in table.iterrows():
        assert row["Chỉ số (%)"].endswith("(tạm tính)") == (row["Đơn vị"] in provisional)
    # A department formed by the merger: no rank last year, its predecessors' mean shown as "quy đổi".
    name, predecessors_mean = query(
        demo_db,
        """
        select n.unit_name, avg(i.index_pct)
        from mart_unit as o
        join mart_unit as n on n.unit_code = o.successor_code
        join mart_unit_index as i on i.unit_code = o.unit_code and i.year = 2024
        where n.unit_code = 'STC-25'
        group by n.unit_name
        """,
    )[0]
    row = table[table["Đơn vị"] == name].iloc[0]
    assert row["Thay đổi hạng"] == "mới"
    assert row["Chỉ số năm trước"] == f"{vn_number(round(predecessors_mean, 2), 2)} (quy đổi)"
    assert any("tạm tính" in warning.value for warning in app.warning)


def test_group_chosen_on_the_page_is_kept_in_the_url(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2023", view_group="phong")
    assert not app.exception
    assert app.selectbox(key="ranking_group").value == "phong"
    (count,) = query(
        demo_db, "select count(*) from mart_unit_index where year = 2023 and unit_group = 'phong'"
    )[0]
    assert len(app.dataframe[0].value) == count == 12
    app.selectbox(key="ranking_group").set_value("huyen").run()
    assert app.query_params["view_group"] == "huyen"
    assert len(app.dataframe[0].value) == 11


def test_the_first_group_with_data_is_the_default(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024")
    assert app.selectbox(key="ranking_group").value == "so_nganh"
    assert len(app.dataframe[0].value) == 20


def test_a_group_without_results_says_so(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2025", group="huyen")
    assert not app.exception
    assert not app.dataframe
    assert any("Chưa có kết quả chỉ số CCHC năm 2025" in info.value for info in app.info)

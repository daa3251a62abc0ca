"""The weakness page (Điểm yếu theo tiêu chí) with AppTest: the heatmap, the criteria losing most and one
unit's sheet checked against the marts; the view restored from the URL; the empty and no-match states."""

import base64
import json
from pathlib import Path

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from dashboard.format import vn_number, vn_points
from tests.conftest import query
from tests.pages.apptest import run_page

PAGE = "pages/weakness.py"


def run(**params: str) -> AppTest:
    return run_page(PAGE, **params)


def metrics(app: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in app.metric}


def figures(app: AppTest) -> list[dict]:
    return [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]


def matrix(value: object) -> list[list[float]]:
    """A plotly array from a chart's JSON: a plain list or a typed array (dtype, base64 data, shape)."""
    if isinstance(value, dict):
        flat = np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
        shape = [int(n) for n in str(value["shape"]).split(",")]
        return flat.reshape(shape).tolist()
    return value


def test_renders_on_an_empty_warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "none.duckdb"))
    app = run()
    assert not app.exception
    assert any("make demo" in info.value for info in app.info)


def test_heatmap_of_fields_matches_the_gaps(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", group="huyen")
    assert not app.exception
    assert not app.error
    # The sidebar chose the group: the page offers no group of its own.
    assert not [box for box in app.selectbox if box.key == "weak_group"]
    heatmap = figures(app)[0]
    trace = heatmap["data"][0]
    assert heatmap["layout"]["title"]["text"] == "Tỷ lệ điểm bị trừ theo lĩnh vực, năm 2024 – UBND cấp huyện"
    assert "Nguồn:" in heatmap["layout"]["annotations"][0]["text"]
    # Units in Vietnamese order of their names, without the "UBND" every name repeats.
    assert trace["y"][:3] == ["Huyện Bắc Sơn", "Huyện Bình Gia", "Huyện Cao Lộc"]
    assert trace["y"][-1] == "Thành phố Lạng Sơn"
    assert len(trace["x"]) == 8 and trace["x"][0].startswith("I. ")
    ((lost, maximum),) = query(
        demo_db,
        """
        select sum(lost_points), sum(max_points) from mart_criterion_gap
        where year = 2024 and unit_code = 'HBS' and field_code = '3' and lost_points is not null
        """,
    )
    assert matrix(trace["z"])[0][2] == pytest.approx(round(lost / maximum * 100, 2))
    assert trace["customdata"][0][2][0] == "UBND huyện Bắc Sơn"
    assert trace["customdata"][0][2][2] == vn_points(lost)


def test_criteria_losing_most_with_their_office(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", group="xa")
    assert not app.exception
    top = query(
        demo_db,
        """
        select any_value(stt_text), sum(lost_points), count(*) filter (where lost_points > 0), count(*),
               any_value(responsible_office)
        from mart_criterion_gap
        where year = 2024 and unit_group = 'xa' and lost_points is not null
        group by criterion_code
        having sum(lost_points) > 0
        order by sum(lost_points) desc, min(sort_order)
        """,
    )
    table = app.dataframe[0].value
    assert len(table) == len(top)
    first = table.iloc[0]
    stt, lost, losing, units, office = top[0]
    assert first["STT"] == stt
    assert first["Bị trừ"] == vn_points(lost)
    assert first["Số đơn vị bị trừ"] == f"{losing}/{units}"
    assert first["Cơ quan chủ trì"] == office
    offices = app.dataframe[1].value
    ((total,),) = query(
        demo_db,
        "select sum(lost_points) from mart_criterion_gap where year = 2024 and unit_group = 'xa' and lost_points > 0",
    )
    assert sum(float(v.replace(",", ".")) for v in offices["Bị trừ"]) == pytest.approx(total, abs=0.05)


def test_view_and_unit_are_restored_from_the_url(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2023", unit_group="xa", view="criterion", order="index", field="7", unit="X-BG-TOHIEU")
    assert not app.exception
    assert app.selectbox(key="weak_group").value == "xa"
    assert app.selectbox(key="weak_view").value == "criterion"
    assert app.selectbox(key="weak_order").value == "index"
    assert app.selectbox(key="weak_field").value == "7"
    assert app.selectbox(key="weak_unit").value == "X-BG-TOHIEU"
    trace = figures(app)[0]["data"][0]
    # Criteria of field VII only, units by index, highest first.
    assert all(label.startswith("7.") for label in trace["x"])
    best = query(
        demo_db,
        "select unit_name from mart_unit_index where year = 2023 and unit_group = 'xa' order by index_pct desc",
    )[0][0]
    assert trace["customdata"][0][0][0] == best
    ((index_pct, rank, count),) = query(
        demo_db,
        """
        select index_pct, rank_in_group, units_in_group from mart_unit_index
        where year = 2023 and unit_code = 'X-BG-TOHIEU'
        """,
    )
    ((lost, lost_count),) = query(
        demo_db,
        """
        select sum(lost_points), count(*) filter (where lost_points > 0) from mart_criterion_gap
        where year = 2023 and unit_code = 'X-BG-TOHIEU'
        """,
    )
    shown = metrics(app)
    assert shown["Chỉ số CCHC"] == f"{vn_number(index_pct, 2)}%"
    assert shown["Xếp hạng trong nhóm"] == f"{rank}/{count}"
    assert shown["Tổng điểm bị trừ"] == vn_points(lost)
    assert shown["Số tiêu chí bị trừ điểm"] == str(lost_count)


def test_unit_sheet_shows_evidence_explanation_and_survey_rows(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", group="huyen", unit="HBS")
    sheet = app.dataframe[-1].value
    rows = query(
        demo_db,
        """
        select stt_text, evidence_text, explanation_text, is_survey, self_points
        from mart_criterion_score where year = 2024 and unit_code = 'HBS' order by sort_order
        """,
    )
    assert len(sheet) == len(rows)
    assert sheet["STT"].tolist() == [r[0] for r in rows]
    assert sheet["Tài liệu kiểm chứng"].tolist() == [r[1] or "" for r in rows]
    assert sheet["Giải trình"].tolist() == [r[2] or "" for r in rows]
    survey = [position for position, r in enumerate(rows) if r[3]]
    assert survey and all(sheet["Tự đánh giá"].iloc[p] == "(điều tra XHH)" for p in survey)
    app.toggle(key="weak_only_lost").set_value(True).run()
    ((losing,),) = query(
        demo_db,
        "select count(*) from mart_criterion_gap where year = 2024 and unit_code = 'HBS' and lost_points > 0",
    )
    assert len(app.dataframe[-1].value) == losing


def test_a_group_without_scores_in_the_year_says_so(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    # District committees ended with the 07/2025 reorganisation: no 2025 sheets.
    app = run(year="2025", group="huyen")
    assert not app.exception
    assert any("Chưa có kết quả chấm điểm CCHC của nhóm «UBND cấp huyện»" in i.value for i in app.info)
    assert not app.get("plotly_chart")

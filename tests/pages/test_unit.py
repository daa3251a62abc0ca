"""The unit page (Đơn vị) with AppTest: index, rank, fields, weaknesses, files and findings checked against
the marts; the unit restored from `?unit=`; lineage both ways; unknown codes and the empty warehouse."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.format import vn_number, vn_points
from tests.conftest import query
from tests.pages.apptest import run_page

PAGE = "pages/unit.py"


def run(**params: str) -> AppTest:
    return run_page(PAGE, **params)


def metrics(app: AppTest) -> dict[str, tuple[str, str]]:
    return {m.label: (m.value, m.delta) for m in app.metric}


def links(app: AppTest) -> list[str]:
    return [link.proto.label for link in app.get("page_link")]


def table(app: AppTest, header: str):
    """The first table with this column header."""
    return next(frame.value for frame in app.dataframe if header in frame.value.columns)


def test_renders_on_an_empty_warehouse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "none.duckdb"))
    app = run(unit="HBS")
    assert not app.exception
    assert any("make demo" in info.value for info in app.info)


def test_without_a_unit_it_offers_the_units_in_vietnamese_order(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024")
    assert not app.exception
    assert any("Chọn một đơn vị" in info.value for info in app.info)
    picker = app.selectbox(key="unit_pick")
    assert picker.value is None
    (count,) = query(demo_db, "select count(*) from mart_unit")[0]
    assert len(picker.options) == count + 1
    names = picker.options[1:]
    # Đ between C and G, not after Y as in a byte sort; an ended unit shows when it ended.
    first = {
        name: next(i for i, option in enumerate(names) if option.startswith(name))
        for name in ("UBND xã Công Sơn", "UBND xã Đội Cấn", "UBND xã Gia Cát")
    }
    assert first["UBND xã Công Sơn"] < first["UBND xã Đội Cấn"] < first["UBND xã Gia Cát"]
    assert "UBND xã Đình Lập (đến 30/06/2025)" in names and "UBND xã Đình Lập" in names
    assert names.index("Ban Dân tộc (đến 28/02/2025)") < names.index("Sở Y tế")
    picker.set_value("HBS").run()
    assert app.query_params["unit"] == "HBS"
    assert app.header[0].value == "UBND huyện Bắc Sơn"


def test_an_unknown_code_says_so(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", unit="KHONG-CO")
    assert not app.exception
    assert any("«KHONG-CO»" in warning.value for warning in app.warning)


def test_index_rank_and_history_match_the_marts(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", unit="BQLKKT")
    assert not app.exception
    assert not app.error
    assert app.selectbox(key="unit_pick").value == "BQLKKT"
    rows = query(
        demo_db,
        """
        select year, index_pct, rank_in_group, units_in_group from mart_unit_index
        where unit_code = 'BQLKKT' order by year
        """,
    )
    now = next(r for r in rows if r[0] == 2024)
    before = next(r for r in rows if r[0] == 2023)
    shown = metrics(app)
    assert shown["Chỉ số CCHC năm 2024"][0] == f"{vn_number(now[1], 2)}%"
    # A fall is drawn with Streamlit's down arrow: the delta starts with an ASCII minus.
    index_delta = round(now[1] - before[1], 2)
    assert shown["Chỉ số CCHC năm 2024"][1] == ("+" if index_delta > 0 else "-") + vn_number(
        abs(index_delta), 2
    )
    assert shown["Xếp hạng trong nhóm"][0] == f"{now[2]}/{now[3]}"
    places = before[2] - now[2]
    assert shown["Xếp hạng trong nhóm"][1] == (f"+{places} bậc" if places > 0 else f"-{-places} bậc")
    assert any(caption.value == "So với năm 2023" for caption in app.caption)
    history = table(app, "Thay đổi hạng")
    assert history["Năm"].tolist() == [str(r[0]) for r in reversed(rows)]
    assert history["Chỉ số (%)"].tolist() == [vn_number(r[1], 2) for r in reversed(rows)]


def test_fields_and_weaknesses_match_the_gaps(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", unit="HBS")
    charts = app.get("plotly_chart")
    assert len(charts) == 3
    weak = table(app, "Cơ quan chủ trì")
    top = query(
        demo_db,
        """
        select stt_text, lost_points, responsible_office from mart_criterion_gap
        where year = 2024 and unit_code = 'HBS' and lost_points > 0
        order by lost_points desc, sort_order limit 10
        """,
    )
    assert weak["STT"].tolist() == [r[0] for r in top]
    assert weak["Bị trừ"].tolist() == [vn_points(r[1]) for r in top]
    assert weak["Cơ quan chủ trì"].tolist() == [r[2] for r in top]
    assert "Xem bảng điểm chi tiết (tài liệu kiểm chứng, giải trình)" in links(app)


def test_files_include_superseded_ones_and_findings(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", unit="SNGV")
    files = table(app, "Trạng thái")
    rows = query(demo_db, "select file_name, status from mart_load_attempt where unit_code = 'SNGV'")
    assert sorted(files["Tệp"]) == sorted(r[0] for r in rows)
    assert "superseded" in {r[1] for r in rows}
    assert "Đã được thay thế" in set(files["Trạng thái"])
    findings = table(app, "Nội dung")
    (count,) = query(demo_db, "select count(*) from mart_load_finding where unit_code = 'SNGV'")[0]
    assert len(findings) == count > 0
    assert any(caption.value.startswith(f"{vn_number(count)} lỗi, cảnh báo") for caption in app.caption)
    assert set(findings["Mức độ"]) <= {"Lỗi", "Cảnh báo"}


def test_lineage_both_ways(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    merged = run(year="2024", unit="X-BG-TOHIEU")
    (successor,) = query(demo_db, "select successor_name from mart_unit where unit_code = 'X-BG-TOHIEU'")[0]
    assert any(successor in info.value for info in merged.info)
    assert f"Mở trang {successor}" in links(merged)
    successor_page = run(year="2025", unit="X25-BINHGIA")
    assert not successor_page.exception
    predecessors = {
        r[0] for r in query(demo_db, "select unit_name from mart_unit where successor_code = 'X25-BINHGIA'")
    }
    assert predecessors and predecessors <= set(links(successor_page))
    assert any(f"từ {len(predecessors)} đơn vị" in md.value for md in successor_page.markdown)


def test_a_year_without_an_index_says_so(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    # The merged commune was created on 01/07/2025: it has no 2024 result.
    app = run(year="2024", unit="X25-BINHGIA")
    assert not app.exception
    assert any("không có kết quả chỉ số CCHC trong năm 2024" in info.value for info in app.info)

"""The heads' completion levels on «Tổng quan» and «Đơn vị» with AppTest, checked against mart_head_level:
the levels, an ungraded unit with its reason, missed deadlines, a unit's account seeing its own unit only."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from access.policy import DON_VI
from dashboard import queries
from dashboard.queries import heads as heads_queries
from tests.conftest import query
from tests.pages.apptest import run_page

OVERVIEW = "pages/overview.py"
UNIT = "pages/unit.py"
LEVEL = "Mức của người đứng đầu"


def table(app: AppTest, header: str):
    return next(frame.value for frame in app.dataframe if header in frame.value.columns)


def test_the_overview_lists_every_unit_with_its_level_and_why_one_is_not_graded(demo: Path) -> None:
    app = run_page(OVERVIEW, year="2025")
    assert not app.exception
    assert "Mức độ hoàn thành nhiệm vụ của người đứng đầu năm 2025" in [s.value for s in app.subheader]
    shown = table(app, LEVEL)
    units = query(demo, "select count(distinct unit_code) from mart_head_level where year = 2025")[0][0]
    assert len(shown) == units
    row = shown[shown["Đơn vị"] == "Sở Tư pháp"].iloc[0]
    assert row[LEVEL] == "Chưa xếp mức"
    assert "chưa có kết quả PAPI năm 2024" in row["Ghi chú"]
    assert any("1 đơn vị chưa được xếp mức" in w.value for w in app.warning)
    late = shown[shown["Thời hạn"].str.contains("sau hạn")]
    assert any(
        f"{len(late)} đơn vị có chỉ số công bố, gửi hoặc quyết định mức sau hạn" in w.value
        for w in app.warning
    )


def test_the_unit_page_shows_the_heads_levels_over_the_years(demo: Path) -> None:
    app = run_page(UNIT, unit="SNV", year="2024")
    assert not app.exception
    shown = table(app, LEVEL)
    expected = query(
        demo,
        "select distinct year, overall_level_code from mart_head_level where unit_code = 'SNV' order by year desc",
    )
    assert [int(y) for y in shown["Năm đánh giá"]] == [y for y, _ in expected]
    assert "PAR INDEX: Hoàn thành tốt nhiệm vụ" in shown["Chỉ số phụ trách"].iloc[-1]


def test_a_unit_page_without_heads_rules_has_no_section(demo: Path) -> None:
    app = run_page(UNIT, unit="X25-CAOLOC", year="2025")
    assert not app.exception
    assert not any(LEVEL in frame.value.columns for frame in app.dataframe)


def test_a_units_account_reads_its_own_levels_only(demo: Path) -> None:
    with queries.acting_as(queries.Principal("stp", DON_VI, frozenset({"STP"}))):
        rows = heads_queries.head_levels(2025)
        assert set(rows["unit_code"]) == {"STP"} and len(rows) == 2
        with pytest.raises(queries.AccessDenied):
            heads_queries.unit_head_levels("SNV")

"""The weakness page on a group larger than its heatmap draws (62 communes, generated with a fixed seed by the
national benchmark's generator): the heatmap keeps the units losing most and says so, the criteria table
still covers the whole group, and the files hold every unit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from bench.national import Scale, generate
from dashboard import criteria_logic
from dashboard import queries as q
from dashboard.format import vn_sort_key
from dashboard.queries import weakness
from tests.conftest import query
from tests.pages.apptest import run_page
from tests.pages.test_weakness import figures

# Two provinces of 31 communes: one group of 62, past the heatmap's 50 rows.
WIDE = Scale("weakness-wide", 2, 1, 1, 31, 12, 2024, 2024, 12, 500)
LIMIT = criteria_logic.HEATMAP_UNITS_SHOWN


@pytest.fixture(scope="module")
def wide(tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = tmp_path_factory.mktemp("wide") / "wide.duckdb"
    generate(database, WIDE)
    return database


def losses(database: Path, table: str, field: str | None = None) -> dict[str, float]:
    """Points each commune of 2024 lost (criteria with a known loss), from the mart itself."""
    assert table in ("mart_field_gap", "mart_criterion_gap")
    rows = query(
        database,
        f"""
        select unit_code, sum(lost_points) from {table}
        where year = 2024 and unit_group = 'xa' and lost_points is not null and (? is null or field_code = ?)
        group by unit_code
        """,
        field,
        field,
    )
    return {code: lost for code, lost in rows}


def assert_losing_most(kept: set[str], every: dict[str, float]) -> None:
    assert len(every) == 62 and len(kept) == LIMIT
    dropped = set(every) - kept
    # No unit left out lost more than a unit drawn.
    assert min(every[c] for c in kept) >= max(every[c] for c in dropped) - 1e-9


def test_the_bounded_queries_keep_the_units_losing_most(wide: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(wide))
    with q.acting_as(q.SYSTEM_PRINCIPAL):
        every_field = weakness.field_losses(2024, "xa")
        bounded_field = weakness.field_losses(2024, "xa", LIMIT)
        every_criterion = weakness.criterion_losses(2024, "xa", "7")
        bounded_criterion = weakness.criterion_losses(2024, "xa", "7", LIMIT)
        roomy = weakness.criterion_losses(2024, "xa", None, 100)
        whole = weakness.criterion_losses(2024, "xa")
    assert every_field["unit_code"].nunique() == 62
    assert_losing_most(set(bounded_field["unit_code"]), losses(wide, "mart_field_gap"))
    # The cells of a unit drawn are all of its cells, with the same figures.
    merged = bounded_field.merge(every_field, on=["unit_code", "field_code"], suffixes=("", "_all"))
    assert len(merged) == len(bounded_field) == LIMIT * every_field["field_code"].nunique()
    assert (merged["lost_pct"] == merged["lost_pct_all"]).all()
    # In one field, the units losing most in that field.
    assert every_criterion["unit_code"].nunique() == 62
    assert_losing_most(set(bounded_criterion["unit_code"]), losses(wide, "mart_criterion_gap", "7"))
    # A limit above the group's size leaves every cell.
    assert len(roomy) == len(whole) > 62 * 80


def test_the_heatmap_draws_the_units_losing_most_and_says_so(
    wide: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(wide))
    fetches: list[Callable[[], pd.DataFrame]] = []
    deferred = criteria_logic.deferred_files

    def recording(fetch: Callable[[], pd.DataFrame], *args: object) -> dict[str, Callable[[], bytes]]:
        fetches.append(fetch)
        return deferred(fetch, *args)

    monkeypatch.setattr(criteria_logic, "deferred_files", recording)
    app = run_page("pages/weakness.py", year="2024", group="xa")
    assert not app.exception
    heatmap = figures(app)[0]
    trace = heatmap["data"][0]
    assert len(trace["y"]) == LIMIT
    names = dict(query(wide, "select unit_code, unit_name from mart_unit where unit_group = 'xa'"))
    expected = {criteria_logic.short_unit_name(names[c]) for c in losses(wide, "mart_field_gap")}
    assert set(trace["y"]) < expected
    # The units drawn keep the order chosen on the page (Vietnamese order of their names).
    assert trace["y"] == sorted(trace["y"], key=vn_sort_key)
    assert heatmap["layout"]["title"]["text"].startswith(
        "Tỷ lệ điểm bị trừ theo lĩnh vực, năm 2024 – UBND cấp xã<br>50/62 đơn vị bị trừ nhiều điểm nhất"
    )
    captions = [c.value for c in app.caption]
    assert any(
        c.startswith("Nhóm có 62 đơn vị: biểu đồ chỉ vẽ 50 đơn vị bị trừ nhiều điểm nhất (cộng trên")
        for c in captions
    )
    # The criteria losing most still count every unit of the group.
    top = app.dataframe[0].value
    assert top["Số đơn vị bị trừ"].str.endswith("/62").all()
    # The file of every unit: built outside the page's run, as the download thread builds it.
    (fetch,) = fetches
    every = fetch()
    assert every["unit_code"].nunique() == 62 and len(every) == 62 * 8
    labels = [b.proto.label for b in app.get("download_button")]
    assert labels.count("Tải số liệu mọi đơn vị (Excel)") == labels.count("Tải số liệu mọi đơn vị (CSV)") == 1


def test_a_field_of_criteria_bounded_and_its_file_named(wide: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(wide))
    fetches: list[Callable[[], pd.DataFrame]] = []
    deferred = criteria_logic.deferred_files
    monkeypatch.setattr(
        criteria_logic, "deferred_files", lambda fetch, *args: fetches.append(fetch) or deferred(fetch, *args)
    )
    app = run_page("pages/weakness.py", year="2024", group="xa", view="criterion", field="7", order="index")
    assert not app.exception
    trace = figures(app)[0]["data"][0]
    assert len(trace["y"]) == LIMIT
    assert all(label.startswith("7.") for label in trace["x"])
    # Highest index first among the units drawn.
    indices = dict(query(wide, "select unit_name, index_pct from mart_unit_index where year = 2024"))
    drawn = [trace["customdata"][row][0][0] for row in range(LIMIT)]
    assert [indices[n] for n in drawn] == sorted((indices[n] for n in drawn), reverse=True)
    assert any("ở lĩnh vực VII. Xây dựng chính quyền điện tử" in c.value for c in app.caption)
    every = fetches[0]()
    ((criteria,),) = query(
        wide,
        """
        select count(distinct criterion_code) from mart_criterion_gap
        where year = 2024 and unit_group = 'xa' and field_code = '7' and lost_points is not null
        """,
    )
    assert len(every) == 62 * criteria
    assert every[["unit_name", "stt_text", "criterion_title"]].notna().all().all()
    assert every["stt_text"].str.startswith("7.").all()

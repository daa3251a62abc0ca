"""The overview page (Tổng quan) with AppTest: headline figures and their changes against the named
earlier period, the movers, the One-Stop month, and the empty states."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.format import vn_number
from tests.conftest import ingest, query, units_rows, write_csv
from tests.pages.apptest import run_page


def run(**params: str) -> AppTest:
    return run_page(None, **params)


def metrics(app: AppTest) -> dict[str, tuple[str, str | None]]:
    return {m.label: (m.value, m.proto.delta or None) for m in app.metric}


def test_the_overview_is_the_default_page_and_renders_on_an_empty_warehouse(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "none.duckdb"))
    app = run()
    assert not app.exception
    assert app.title[0].value == "Tổng quan"
    assert any("make demo" in info.value for info in app.info)


def test_a_warehouse_with_reference_data_only_says_how_to_load_scores(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "wh" / "ref.duckdb"
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), database).status == "loaded"
    monkeypatch.setenv("CCHC_DB", str(database))
    app = run()
    assert not app.exception
    assert any("chưa có chỉ số CCHC" in info.value for info in app.info)
    assert any("python -m etl ingest" in info.value for info in app.info)


def test_headline_figures_and_changes_match_the_marts(demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024")
    assert not app.exception and not app.error
    shown = metrics(app)
    sql = "select count(*), avg(index_pct) from mart_unit_index where year = ?"
    ((count, mean),) = query(demo_db, sql, 2024)
    ((_, mean_before),) = query(demo_db, sql, 2023)
    assert shown["Đơn vị được đánh giá"][0] == vn_number(count)
    assert shown["Chỉ số trung bình"][0] == f"{vn_number(mean, 2)}%"
    change = float(mean) - float(mean_before)
    assert shown["Chỉ số trung bình"][1] == ("+" if change > 0 else "-") + vn_number(abs(change), 2)
    assert any("so với năm 2023" in m.proto.delta_description for m in app.metric)
    bands = dict(
        query(demo_db, "select classification, count(*) from mart_unit_index where year = 2024 group by 1")
    )
    for code, label in (
        ("xuat_sac", "Xuất sắc"),
        ("tot", "Tốt"),
        ("kha", "Khá"),
        ("trung_binh", "Trung bình"),
    ):
        assert shown[label][0] == vn_number(bands.get(code, 0))


def test_movers_are_the_units_whose_index_changed_most(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", group="xa")
    assert not app.exception
    expected = query(
        demo_db,
        """
        select c.unit_name, c.index_pct - p.index_pct as change
        from mart_unit_index as c
        inner join mart_unit_index as p on p.unit_code = c.unit_code and p.year = 2023
        where c.year = 2024 and c.unit_group = 'xa'
        order by change desc, c.unit_code
        """,
    )
    risers = next(frame.value for frame in app.dataframe if "Thứ hạng" in frame.value.columns)
    assert list(risers["Đơn vị"]) == [name for name, change in expected[:5] if change > 0]
    assert "Sở" not in " ".join(risers["Đơn vị"])  # the group filter holds


def test_the_one_stop_month_counts_grades_and_lists_replacements(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2024", month="8")
    assert not app.exception
    shown = metrics(app)
    grades = dict(
        query(
            demo_db,
            "select grade, count(*) from mart_officer_grade "
            "where period_type = 'month' and period_start_date = date '2024-08-01' and grade is not null group by 1",
        )
    )
    for grade in "ABCD":
        assert shown[f"Loại {grade}"][0] == vn_number(grades.get(grade, 0))
    replaced = [
        row[0]
        for row in query(
            demo_db,
            "select officer_name from mart_officer_grade "
            "where period_type = 'month' and period_start_date = date '2024-08-01' and is_replacement",
        )
    ]
    assert replaced, "the demo plants a D in August 2024"
    table = next(frame.value for frame in app.dataframe if "Công chức" in frame.value.columns)
    assert sorted(table["Công chức"]) == sorted(replaced)
    assert any("tháng 08/2024" in header.value for header in app.header)


def test_a_quarter_is_compared_with_the_quarter_before(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2025", quarter="2")
    assert not app.exception
    assert any("quý 2/2025" in header.value for header in app.header)
    assert any("so với quý 1/2025" in (m.proto.delta_description or "") for m in app.metric)


def test_a_year_with_fewer_units_says_why_counts_moved(
    demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CCHC_DB", str(demo_db))
    app = run(year="2025")
    assert not app.exception
    (now,), (before,) = (
        query(demo_db, "select count(*) from mart_unit_index where year = ?", year)[0]
        for year in (2025, 2024)
    )
    assert now != before, "the demo's 2025 follows the mergers"
    assert any(f"năm 2024: {vn_number(before)}, năm 2025: {vn_number(now)}" in c.value for c in app.caption)
    tot = next(m for m in app.metric if m.label == "Tốt")
    ((count,),) = query(
        demo_db, "select count(*) from mart_unit_index where year = 2025 and classification = 'tot'"
    )
    assert tot.help == f"{vn_number(100 * count / now, 1)}% số đơn vị được đánh giá."

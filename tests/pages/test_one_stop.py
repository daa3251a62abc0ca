"""The One-Stop page with AppTest: empty and partial warehouses say what to load; with the demo, the
period's figures, the officers' grades, the replacement list and the URL's period match the marts."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.format import vn_number, vn_sort_key
from tests.conftest import ingest, query, units_rows, write_csv
from tests.pages.apptest import run_page

PAGE = "pages/one_stop.py"


def run(**params: str) -> AppTest:
    return run_page(PAGE, **params)


def metrics(app: AppTest) -> dict[str, tuple[str, str]]:
    return {m.label: (m.value, m.delta) for m in app.metric}


def pct(value: float) -> str:
    """87.6543 → "87,65%" as the page writes a share (two decimals, no trailing zeros)."""
    text = vn_number(value, 2)
    return (text.rstrip("0").rstrip(",") if "," in text else text) + "%"


def test_an_empty_warehouse_says_how_to_load(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "none.duckdb"))
    app = run()
    assert not app.exception
    assert any("make demo" in info.value for info in app.info)


def test_a_warehouse_without_forms_names_what_is_missing(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert ingest(write_csv(tmp_path / "units.csv", units_rows()), db).status == "loaded"
    monkeypatch.setenv("CCHC_DB", str(db))
    app = run()
    assert not app.exception
    assert any("Mẫu 01" in info.value and "python -m etl ingest" in info.value for info in app.info)
    assert not app.metric


def test_the_years_figures_match_the_marts(demo: Path) -> None:
    app = run(year="2024")
    assert not app.exception and not app.error
    assert app.radio[0].value == "year"
    expected, graded, a_count, d_count, missing, late = query(
        demo,
        "select count(*), count(grade), count_if(grade = 'A'), count_if(is_replacement),"
        " sum(missing_months), sum(late_months)"
        " from mart_officer_grade where period_type = 'year' and year = 2024",
    )[0]
    shown = metrics(app)
    assert shown["Cán bộ được xếp loại"] == (str(graded), f"trên {expected}")
    assert graded == expected == 60
    assert shown["Loại A"][0] == str(a_count)
    assert shown["Loại A"][1] == pct(round(100 * a_count / graded, 1)) + " số xếp loại"
    assert shown["Loại D"][0] == str(d_count) == "1"
    assert shown["Phiếu chưa nộp"][0] == str(missing)
    assert shown["Phiếu nộp muộn"][0] == str(late)
    satisfied, ratings = query(
        demo,
        "select sum(satisfied_count), sum(rating_count) from mart_feedback_satisfaction where year = 2024",
    )[0]
    assert shown["Tỷ lệ hài lòng"] == (
        pct(round(100 * satisfied / ratings, 2)),
        f"{vn_number(ratings)} phiếu",
    )


def test_the_officers_table_shows_each_months_grade_and_the_ratings_behind_satisfaction(demo: Path) -> None:
    app = run(year="2024")
    table = app.dataframe[0].value
    names = [
        r[0]
        for r in query(
            demo, "select officer_name from mart_officer_grade where period_type = 'year' and year = 2024"
        )
    ]
    assert list(table["Họ và tên"]) == sorted(names, key=vn_sort_key)
    row = table[table["Họ và tên"] == "Nông Kim Huyền"].iloc[0]
    assert (row["T6"], row["T7"], row["T8"], row["T9"]) == ("B", "D", "D", "B")
    assert row["T1"] == "–"  # no form in 01/2024
    grade, final, pct_value, count = query(
        demo,
        "select grade, final_score, satisfied_pct, feedback_count from mart_officer_grade"
        " where period_type = 'year' and year = 2024 and officer_code = 'CB018'",
    )[0]
    assert row["Xếp loại năm 2024"] == grade == "C"  # two D months cap the year at C
    assert row["Điểm xếp loại"] == vn_number(float(final), 2)
    assert row["Hài lòng (số phiếu)"] == f"{pct(float(pct_value))} ({vn_number(count)} phiếu)"
    replaced = app.dataframe[1].value
    assert replaced[["Tháng", "Họ và tên", "D lần hai liên tiếp"]].values.tolist() == [
        ["07/2024", "Nông Kim Huyền", ""],
        ["08/2024", "Nông Kim Huyền", "Có"],
    ]
    issues = app.dataframe[2].value
    (expected_issues,) = query(
        demo,
        "select count(*) from mart_officer_grade where period_type = 'month' and year = 2024"
        " and (is_missing or is_late)",
    )[0]
    assert len(issues) == expected_issues


def test_a_month_in_the_url_shows_that_month(demo: Path) -> None:
    app = run(year="2025", month="9")
    assert not app.exception and not app.error
    assert app.radio[0].value == "month"
    assert "period" not in app.query_params
    (d_count, a_count, graded) = query(
        demo,
        "select count_if(is_replacement), count_if(grade = 'A'), count(grade) from mart_officer_grade"
        " where period_type = 'month' and year = 2025 and month = 9",
    )[0]
    shown = metrics(app)
    assert shown["Loại D"][0] == str(d_count) == "1"
    assert shown["Loại A"][0] == str(a_count)
    assert shown["Cán bộ được xếp loại"][0] == str(graded)
    replaced = app.dataframe[1].value
    assert replaced[["Tháng", "Họ và tên"]].values.tolist() == [
        ["09/2025", query(demo, "select officer_name from mart_officer where officer_code = 'CB051'")[0][0]]
    ]


def test_too_few_ratings_say_the_forms_score_stands_alone(demo: Path) -> None:
    year, month, name, count = query(
        demo,
        "select year, month, officer_name, feedback_count from mart_officer_grade"
        " where period_type = 'month' and not is_missing and feedback_count < 5"
        " order by period_start_date, officer_code limit 1",
    )[0]
    app = run(year=str(year), month=str(month))
    table = app.dataframe[0].value
    text = table[table["Họ và tên"] == name].iloc[0]["Hài lòng (số phiếu)"]
    assert f"({count} phiếu; dưới 5 phiếu: chỉ tính điểm Mẫu 01)" in text or (
        count == 0 and text == "Chưa có phiếu"
    )


def test_the_period_switch_is_kept_in_the_url(demo: Path) -> None:
    app = run(year="2025", period="quarter")
    assert app.radio[0].value == "quarter"
    assert any("quý 4/2025" in caption.value for caption in app.caption)
    d_count, late = query(
        demo,
        "select count_if(is_replacement), sum(late_months) from mart_officer_grade"
        " where period_type = 'quarter' and year = 2025 and quarter = 4",
    )[0]
    shown = metrics(app)
    assert shown["Loại D"][0] == str(d_count)
    assert shown["Phiếu nộp muộn"][0] == str(late)
    assert "Xếp loại quý 4/2025" in app.dataframe[0].value.columns
    app.radio[0].set_value("month").run()
    assert app.query_params["period"] == "month"
    assert any("tháng 12/2025" in caption.value for caption in app.caption)
    app.radio[0].set_value("year").run()
    assert "period" not in app.query_params


def test_a_year_without_grades_names_the_years_that_have_them(demo: Path) -> None:
    app = run(year="2023")
    assert not app.exception
    assert app.info[0].value == "Chưa có kết quả xếp loại Một cửa năm 2023. Các năm có dữ liệu: 2024, 2025."
    # No grade figures; the desks' dossiers of the year (the demo's first lists reach back to December
    # 2023) are still shown under their own heading.
    assert app.metric[0].label == "Hồ sơ tiếp nhận"
    assert [h.value for h in app.subheader] == ["Giải quyết hồ sơ thủ tục hành chính"]


def test_a_long_list_is_cut_searched_and_downloaded_whole(
    demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    import pandas as pd

    from dashboard import one_stop_logic, widgets

    files: dict[str, object] = {}
    monkeypatch.setattr(
        widgets, "_offer", lambda label, data, **options: files.setdefault(options["key"], data)
    )
    monkeypatch.setattr(one_stop_logic, "OFFICER_ROWS_SHOWN", 10)
    app = run(year="2024")
    assert not app.exception
    table = app.dataframe[0].value
    # 60 officers, 10 shown: the officer graded C for the year (two D months) comes first.
    assert len(table) == 10 and table.iloc[0]["Họ và tên"] == "Nông Kim Huyền"
    assert any("Đang hiện 10 trong 60 cán bộ" in c.value for c in app.caption)
    every = pd.read_csv(io.BytesIO(files["one_stop_officers_csv"]()), encoding="utf-8-sig")
    assert len(every) == 60 and every["Họ và tên"].tolist() == sorted(every["Họ và tên"], key=vn_sort_key)
    app.text_input[0].set_value("nong kim huyen").run()
    assert app.query_params["officer"] == "nong kim huyen"
    assert app.dataframe[0].value["Họ và tên"].tolist() == ["Nông Kim Huyền"]

"""The One-Stop page's logic on small frames: the period shown, grade shares, the officers' table in
Vietnamese order, satisfaction texts and the replacement and late-form lists."""

import datetime as dt
import re

import pandas as pd
import pytest

from dashboard import one_stop_logic as logic
from dashboard.one_stop_logic import Period


def grade_rows(rows: list[dict]) -> pd.DataFrame:
    """Rows shaped like dashboard.queries.one_stop.officer_grades, with defaults for what a test omits."""
    defaults = {
        "period_type": "month",
        "year": 2024,
        "quarter": None,
        "month": None,
        "officer_code": "CB001",
        "officer_name": "Đào Văn An",
        "unit_code": "MC-1",
        "unit_name": "Bộ phận Một cửa UBND xã Minh Sơn",
        "self_score": 90.0,
        "reviewed_score": None,
        "final_score": 90.0,
        "grade": "A",
        "feedback_count": 10,
        "satisfied_count": 9,
        "satisfied_pct": 90.0,
        "is_missing": False,
        "is_late": False,
        "is_replacement": False,
        "is_second_d_in_row": False,
        "submitted_date": None,
        "months_with_form": 1,
        "missing_months": 0,
        "late_months": 0,
        "d_months": 0,
        "min_ratings": 5,
        "due_date": None,
    }
    frame = pd.DataFrame([{**defaults, **row} for row in rows])
    months = frame["month"].fillna(1).astype(int)
    frame["quarter"] = frame["quarter"].fillna((months - 1) // 3 + 1)
    frame["period_start_date"] = [
        dt.date(int(y), int(m), 1) for y, m in zip(frame["year"], months, strict=True)
    ]
    return frame


GRADED = pd.DataFrame({"year": [2024, 2024, 2025], "quarter": [1, 3, 2], "month": [2, 8, 5]})


@pytest.mark.parametrize(
    ("quarter", "month", "expected"), [(None, None, "year"), (3, None, "quarter"), (3, 8, "month")]
)
def test_the_sidebar_sets_the_default_period_type(
    quarter: int | None, month: int | None, expected: str
) -> None:
    assert logic.default_period_type(quarter, month) == expected


def test_the_period_shown_is_the_sidebars_or_the_latest_with_grades() -> None:
    assert logic.focus_period("year", 2024, 3, 8, GRADED) == Period("year", 2024)
    assert logic.focus_period("quarter", 2024, None, None, GRADED) == Period("quarter", 2024, 3)
    assert logic.focus_period("quarter", 2024, 1, 2, GRADED) == Period("quarter", 2024, 1)
    assert logic.focus_period("month", 2024, None, None, GRADED) == Period("month", 2024, 3, 8)
    assert logic.focus_period("month", 2024, 1, None, GRADED) == Period("month", 2024, 1, 2)
    assert logic.focus_period("month", 2025, 2, 4, GRADED) == Period("month", 2025, 2, 4)
    assert Period("month", 2025, 2, 4).label == "tháng 04/2025"
    assert Period("quarter", 2025, 2).label == "quý 2/2025"


def test_grade_shares_are_of_the_graded_officers_and_every_grade_appears() -> None:
    counts = pd.DataFrame(
        {
            "period_start_date": [dt.date(2024, 1, 1)] * 4 + [dt.date(2024, 2, 1)],
            "year": [2024] * 5,
            "quarter": [1] * 5,
            "month": [1, 1, 1, 1, 2],
            "grade_code": ["A", "B", "D", "missing", "B"],
            "officer_count": [1, 2, 1, 5, 3],
        }
    )
    shares = logic.grade_distribution(counts, "month")
    january = shares[shares["period_name"] == "Tháng 1"].set_index("grade_code")
    assert list(january.index) == ["A", "B", "C", "D", "missing"]
    assert january["officer_count"].tolist() == [1, 2, 0, 1, 5]
    assert january.loc["B", "share_pct"] == 50.0 and january.loc["C", "share_pct"] == 0.0
    assert pd.isna(january.loc["missing", "share_pct"])
    february = shares[shares["period_name"] == "Tháng 2"].set_index("grade_code")
    assert february.loc["B", "share_pct"] == 100.0
    figure = logic.distribution_figure(shares, "Tiêu đề năm 2024", "Nguồn: thử.")
    assert [trace.name for trace in figure.data] == ["Loại A", "Loại B", "Loại C", "Loại D", "Chưa nộp phiếu"]
    assert figure.data[1].text == ("50%", "100%")


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        ((92.5, 48), {}, "92,5% (48 phiếu)"),
        ((100.0, 1250), {}, "100% (1.250 phiếu)"),
        ((75.0, 4, 5, 1), {}, "75% (4 phiếu; dưới 5 phiếu: chỉ tính điểm Mẫu 01)"),
        ((75.0, 40, 5, 2), {"is_month": False}, "75% (40 phiếu; 2 tháng dưới 5 phiếu: chỉ tính điểm Mẫu 01)"),
        ((None, 0), {}, "Chưa có phiếu"),
        ((None, 7), {}, "7 phiếu, chưa xác định mức hài lòng"),
    ],
)
def test_satisfaction_says_how_many_ratings_are_behind_it(args: tuple, kwargs: dict, expected: str) -> None:
    assert logic.satisfaction_text(*args, **kwargs) == expected


def test_the_officers_table_has_a_grade_per_month_in_vietnamese_order() -> None:
    grades = grade_rows(
        [
            {"officer_code": "CB002", "officer_name": "Đinh Thị Bình", "month": 1, "grade": "B"},
            {
                "officer_code": "CB002",
                "officer_name": "Đinh Thị Bình",
                "month": 2,
                "grade": None,
                "final_score": None,
                "self_score": None,
                "is_missing": True,
            },
            {"officer_code": "CB003", "officer_name": "Dương Văn Cường", "month": 1, "grade": "D"},
            {"officer_code": "CB001", "officer_name": "Ánh Văn Dũng", "month": 2, "feedback_count": 3},
            {
                "period_type": "quarter",
                "officer_code": "CB002",
                "officer_name": "Đinh Thị Bình",
                "grade": "B",
                "final_score": 85.5,
                "feedback_count": 20,
                "satisfied_pct": 92.5,
            },
        ]
    )
    table = logic.officer_table(grades, Period("quarter", 2024, 1))
    assert table["officer_name"].tolist() == ["Ánh Văn Dũng", "Dương Văn Cường", "Đinh Thị Bình"]
    assert logic.month_columns(grades) == ["T1", "T2"]
    assert table[["T1", "T2"]].values.tolist() == [["", "A"], ["D", ""], ["B", "–"]]
    binh = table.iloc[2]
    assert (binh["focus_grade"], binh["final_score"], binh["satisfaction_text"]) == (
        "B",
        "85,50",
        "92,5% (20 phiếu)",
    )
    assert binh["desk_name"] == "UBND xã Minh Sơn"
    # No quarter row for the others: the period's columns stay empty, never "None".
    assert table.iloc[0]["focus_grade"] == "" and table.iloc[0]["final_score"] == ""
    # The files' rows: the same officers and letters, the period's figures as numbers.
    grid = logic.officer_grid(grades, Period("quarter", 2024, 1))
    assert grid["officer_code"].tolist() == ["CB001", "CB003", "CB002"]
    assert (
        grid[["T1", "T2", "focus_grade"]].values.tolist()
        == table[["T1", "T2", "focus_grade"]].values.tolist()
    )
    assert (grid.iloc[2]["final_score"], grid.iloc[2]["satisfied_pct"], grid.iloc[2]["feedback_count"]) == (
        85.5,
        92.5,
        20,
    )
    assert pd.isna(grid.iloc[0]["final_score"])
    assert logic.officer_texts(grid.iloc[[2]], Period("quarter", 2024, 1))["satisfaction_text"].tolist() == [
        "92,5% (20 phiếu)"
    ]
    month_table = logic.officer_table(grades, Period("month", 2024, 1, 2))
    dung = month_table.iloc[0]
    assert dung["satisfaction_text"] == "90% (3 phiếu; dưới 5 phiếu: chỉ tính điểm Mẫu 01)"
    assert month_table.iloc[2]["focus_grade"] == "Chưa nộp"


def test_replacements_and_form_issues_are_listed_by_month_then_name() -> None:
    grades = grade_rows(
        [
            {
                "officer_name": "Hà Văn Bảo",
                "officer_code": "CB2",
                "month": 8,
                "grade": "D",
                "is_replacement": True,
                "is_second_d_in_row": True,
                "final_score": 40.05,
            },
            {
                "officer_name": "Bế Thị An",
                "officer_code": "CB1",
                "month": 8,
                "grade": "D",
                "is_replacement": True,
            },
            {
                "officer_name": "Hà Văn Bảo",
                "officer_code": "CB2",
                "month": 7,
                "grade": "D",
                "is_replacement": True,
                "final_score": 39.18,
            },
            {
                "officer_name": "Bế Thị An",
                "officer_code": "CB1",
                "month": 9,
                "is_late": True,
                "submitted_date": dt.date(2024, 10, 5),
                "due_date": dt.date(2024, 10, 1),
            },
            {
                "officer_name": "Hà Văn Bảo",
                "officer_code": "CB2",
                "month": 9,
                "is_missing": True,
                "grade": None,
                "due_date": dt.date(2024, 10, 1),
            },
        ]
    )
    replaced = logic.replacements(grades, Period("year", 2024))
    assert replaced[["period_name", "officer_name", "second_d_text"]].values.tolist() == [
        ["07/2024", "Hà Văn Bảo", ""],
        ["08/2024", "Bế Thị An", ""],
        ["08/2024", "Hà Văn Bảo", "Có"],
    ]
    assert replaced["final_score"].tolist()[0] == "39,18"
    assert logic.replacements(grades, Period("quarter", 2024, 3)).shape[0] == 3
    assert logic.replacements(grades, Period("month", 2024, 3, 9)).empty
    issues = logic.form_issues(grades, Period("month", 2024, 3, 9))
    assert issues[["officer_name", "form_status"]].values.tolist() == [
        ["Bế Thị An", "Nộp muộn"],
        ["Hà Văn Bảo", "Chưa nộp"],
    ]
    assert issues["due_date"].tolist() == [dt.date(2024, 10, 1)] * 2


def test_headline_counts_the_periods_rows() -> None:
    grades = grade_rows(
        [
            {
                "period_type": "year",
                "officer_code": "CB1",
                "grade": "A",
                "missing_months": 1,
                "late_months": 2,
            },
            {
                "period_type": "year",
                "officer_code": "CB2",
                "grade": "C",
                "is_replacement": True,
                "d_months": 1,
            },
            {
                "period_type": "year",
                "officer_code": "CB3",
                "grade": None,
                "is_missing": True,
                "missing_months": 12,
            },
            {"period_type": "month", "month": 1, "officer_code": "CB1", "grade": "A"},
        ]
    )
    head = logic.headline(grades, Period("year", 2024))
    assert (head.expected_count, head.graded_count, head.a_count, head.d_count) == (3, 2, 1, 1)
    assert (head.a_share_pct, head.missing_forms, head.late_forms) == (50.0, 13, 2)


def test_satisfaction_shares_are_withheld_when_ratings_were_not_judged() -> None:
    frame = pd.DataFrame(
        {"rating_count": [8, 4, 0], "satisfied_count": [7, 2, 0], "unjudged_rows": [0, 1, 0]}
    )
    shares = logic.with_satisfaction_share(frame)["satisfied_pct"].tolist()
    assert shares[0] == 87.5 and pd.isna(shares[1]) and pd.isna(shares[2])
    assert logic.satisfaction_total(frame) == (None, 12)
    assert logic.satisfaction_total(frame.iloc[[0]]) == (87.5, 8)
    procedures = logic.procedure_table(
        logic.with_satisfaction_share(
            pd.DataFrame(
                {
                    "procedure_text": ["Đăng ký khai sinh", None, "Chứng thực"],
                    "rating_count": [1200, 10, 30],
                    "satisfied_count": [1000, 10, 15],
                    "unjudged_rows": [0, 0, 0],
                }
            )
        )
    )
    assert procedures.values.tolist() == [
        ["Chứng thực", "50%", "30"],
        ["Đăng ký khai sinh", "83,33%", "1.200"],
        ["(không ghi thủ tục)", "100%", "10"],
    ]


def test_grade_cells_take_the_grade_colours() -> None:
    assert logic.grade_style("D").startswith("background-color: #D94801; color: #FFFFFF")
    assert logic.grade_style("B").startswith("background-color: #6BAED6; color: #000000")
    assert "background" not in logic.grade_style("–")
    assert logic.desk_name("Bộ phận Một cửa UBND xã Hòa Thắng") == "UBND xã Hòa Thắng"
    assert logic.desk_name(None) == ""
    assert logic.percent_text(86.0) == "86%" and logic.percent_text(None) == ""


def _officers(count: int) -> pd.DataFrame:
    """An officers' table as officer_table builds it: `count` officers in name order, every fifth one with
    a D, every seventh a C, every eleventh with a month without a form."""
    rows = []
    for i in range(count):
        grade = "D" if i % 5 == 4 else "C" if i % 7 == 6 else "A"
        rows.append(
            {
                "officer_code": f"CB{i:05d}",
                "officer_name": f"Cán bộ {i:05d}",
                "desk_name": "UBND xã Đồng Đăng" if i % 2 else "UBND xã Minh Sơn",
                "T1": "–" if i % 11 == 10 else grade,
                "focus_grade": grade,
            }
        )
    return pd.DataFrame(rows)


def test_a_table_within_the_limit_is_shown_whole_in_its_order() -> None:
    table = _officers(12)
    shown = logic.officers_shown(table, ["T1"], limit=12)
    assert shown["officer_code"].tolist() == table["officer_code"].tolist()


def test_a_longer_table_puts_the_officers_needing_attention_first_and_is_cut() -> None:
    table = _officers(40)
    shown = logic.officers_shown(table, ["T1"], limit=10)
    assert len(shown) == 10
    # The eight D officers (4, 9, ..., 39) in name order, then the first two C officers (6, 13).
    assert shown["officer_code"].tolist() == [
        *(f"CB{i:05d}" for i in range(4, 40, 5)),
        "CB00006",
        "CB00013",
    ]
    # A limit past the D and C officers reaches those with a missing month, then the rest.
    # Eight D, four C (6, 13, 20, 27), three A with a month without a form, then the first other officer.
    wider = logic.officers_shown(table, ["T1"], limit=16)
    assert wider["officer_code"].tolist()[8:] == [
        "CB00006", "CB00013", "CB00020", "CB00027", "CB00010", "CB00021", "CB00032", "CB00000"
    ]  # fmt: skip


def test_the_search_ignores_case_and_tones_and_matches_desks_and_codes() -> None:
    table = _officers(40)
    by_desk = logic.officers_shown(table, ["T1"], "dong dang", limit=100)
    assert len(by_desk) == 20 and set(by_desk["desk_name"]) == {"UBND xã Đồng Đăng"}
    assert logic.officers_shown(table, ["T1"], "cb00007", limit=5)["officer_code"].tolist() == ["CB00007"]
    assert logic.officers_shown(table, ["T1"], "CÁN BỘ 0001", limit=100)["officer_code"].tolist() == [
        f"CB{i:05d}" for i in range(10, 20)
    ]
    assert logic.officers_shown(table, ["T1"], "không có ai", limit=5).empty


def test_the_officer_list_writes_the_cells_of_officer_rows() -> None:
    from dashboard.queries.one_stop import MONTH_CELLS

    assert [logic.MONTH_CELL.format(m) for m in range(1, 13)] == list(MONTH_CELLS)
    rows = pd.DataFrame(
        {
            "officer_code": ["CB1", "CB2"],
            "officer_name": ["Bế Thị An", "Hà Văn Bảo"],
            "unit_name": ["Bộ phận Một cửa UBND xã Minh Sơn", None],
            **{name: [None, None] for name in MONTH_CELLS},
            "grade": ["D", None],
            "is_missing": [False, True],
            "final_score": [40.5, None],
            "self_score": [40.5, None],
            "reviewed_score": [None, None],
            "satisfied_pct": [50.0, None],
            "feedback_count": [4, 0],
            "min_ratings": [5, 5],
            "months_below": [1, 0],
        }
    )
    rows.loc[:, "month_02_cell"] = ["D", "missing"]
    rows.loc[:, "month_03_cell"] = ["", None]
    listed = logic.officer_list(rows, [3, 2])
    assert list(listed.columns[3:6]) == ["T2", "T3", "focus_grade"]
    assert listed[["T2", "T3", "focus_grade"]].values.tolist() == [["D", "", "D"], ["–", "", "Chưa nộp"]]
    assert listed["desk_name"].tolist() == ["UBND xã Minh Sơn", ""]
    texts = logic.officer_texts(listed, Period("month", 2024, 1, 2))
    assert texts["satisfaction_text"].tolist() == [
        "50% (4 phiếu; dưới 5 phiếu: chỉ tính điểm Mẫu 01)",
        "Chưa có phiếu",
    ]
    assert logic.officer_list(rows.iloc[0:0], [1]).columns.tolist()[3:5] == ["T1", "focus_grade"]
    assert logic.month_columns_of([12, 1]) == ["T1", "T12"]


def test_an_empty_summary_has_nothing_graded() -> None:
    head = logic.summary_headline(pd.DataFrame())
    assert (head.graded_count, head.expected_count, head.a_share_pct) == (0, 0, None)


def test_the_satisfaction_chart_draws_the_lowest_desks_when_there_are_many() -> None:
    by_unit = pd.DataFrame(
        {
            "unit_code": [f"MC-{i:02d}" for i in range(8)],
            "unit_name": [f"Bộ phận Một cửa UBND xã {i}" for i in range(8)],
            "satisfied_pct": [90.0, 50.0, None, 70.0, 50.0, 99.0, 60.0, 80.0],
            "rating_count": [10, 5, 3, 10, 20, 10, 10, 10],
        }
    )
    assert logic.desks_charted(by_unit, limit=7)["unit_code"].tolist() == [
        "MC-00", "MC-01", "MC-03", "MC-04", "MC-05", "MC-06", "MC-07"
    ]  # fmt: skip
    # Lowest first; of two at 50 %, the one with more ratings first.
    assert logic.desks_charted(by_unit, limit=3)["unit_code"].tolist() == ["MC-04", "MC-01", "MC-06"]


def test_the_satisfaction_axis_is_labelled_up_to_100_percent() -> None:
    from reports import images

    if not images.available():
        pytest.skip(images.unavailable_reason() or "no Chromium")
    by_unit = pd.DataFrame(
        {"unit_code": ["MC-A", "MC-B"], "unit_name": ["UBND xã A", "UBND xã B"],
         "satisfied_pct": [93.5, 71.25], "rating_count": [120, 80]}
    )  # fmt: skip
    svg = images.render(logic.satisfaction_figure(by_unit, "Tỷ lệ hài lòng", "Nguồn"), "svg").decode()
    ticks = re.findall(r'class="xtick"[^>]*>\s*<text[^>]*>([^<]+)</text>', svg)
    assert ticks == ["0", "20", "40", "60", "80", "100"]


def test_desks_sharing_a_name_get_a_bar_each() -> None:
    by_unit = pd.DataFrame(
        {"unit_code": ["MC-X-HL-YENBINH", "MC-X25-YENBINH", "MC-A"],
         "unit_name": ["Bộ phận Một cửa UBND xã Yên Bình", "Bộ phận Một cửa UBND xã Yên Bình", "Bộ phận Một cửa UBND xã A"],
         "satisfied_pct": [89.86, 87.06, 90.0], "rating_count": [4002, 11837, 100]}
    )  # fmt: skip
    bars = logic.satisfaction_figure(by_unit, "Tỷ lệ hài lòng", "Nguồn").data[0]
    assert list(bars.y) == [
        "UBND xã Yên Bình [MC-X25-YENBINH]",
        "UBND xã Yên Bình [MC-X-HL-YENBINH]",
        "UBND xã A",
    ]

"""The One-Stop page's queries (dashboard.queries.one_stop: period_summary, officer_rows, replacement_months,
form_issue_months) on a small warehouse written by code: the same officers, letters, figures and order as
the page's former shaping in pandas (one_stop_logic.officer_grid / officers_shown over officer_grades), the
attention-first cut, the search without tones, the lists' cut and a unit account's scope."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from access.policy import DON_VI, NOI_VU
from dashboard import one_stop_logic as logic
from dashboard import queries
from dashboard.one_stop_logic import Period
from dashboard.queries import one_stop as q
from tests.integration.test_one_stop_grading import Warehouse

# Officer, name, desk, (score, submitted) for January to March 2024; None: no form that month.
FORMS = {
    "CB1": ("Bế Thị An", "MC-HL", [("95", 1), ("40", 1), ("92", 3)]),
    "CB2": ("Hà Văn Bảo", "MC-HL", [("60", 1), None, ("75", 1)]),
    "CB3": ("Ánh Văn Dũng", "MC-HL", [("85", 1), ("88", 1), ("91", 1)]),
    "CB4": ("Đinh Thị Bình", "MC-HL", [("95", 1), ("95", 1), ("95", 1)]),
    "CB5": ("Dương Văn Cường", "MC-HL", [("72", 1), ("55", 1), ("80", 1)]),
}
PERIODS = [
    Period("year", 2024),
    Period("quarter", 2024, 1),
    Period("month", 2024, 1, 1),
    Period("month", 2024, 1, 2),
    Period("month", 2024, 1, 3),
]
GRID_COLUMNS = ["officer_code", "officer_name", "desk_name", "T1", "T2", "T3", "focus_grade",
                "final_score", "self_score", "reviewed_score", "satisfied_pct", "feedback_count",
                "min_ratings", "months_below"]  # fmt: skip


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    path = tmp_path_factory.mktemp("one_stop_page") / "page.duckdb"
    wh = Warehouse(path)
    wh.default_rules()
    for code, (name, desk, months) in FORMS.items():
        wh.officer(code, name, desk)
        for number, form in enumerate(months, start=1):
            if form is not None:
                score, day = form
                wh.form(code, f"2024-{number:02d}", score, submitted=dt.date(2024, number + 1, day))
    # At the commune's own desk in January only: no row in February or March.
    wh.officer("CB6", "Nông Kim Huyền", "X-MS", valid_to=dt.date(2024, 1, 31))
    wh.form("CB6", "2024-01", "91", submitted=dt.date(2024, 2, 1), unit="X-MS")
    wh.month_ratings("CB3", "2024-01", ["hai_long"] * 3)  # below the minimum of 5
    wh.month_ratings("CB4", "2024-01", ["hai_long"] * 5 + ["khong_hai_long"])
    wh.con.close()
    yield path


@pytest.fixture
def as_noi_vu(warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CCHC_DB", str(warehouse))
    with queries.acting_as(queries.Principal("noivu", NOI_VU)):
        yield


def _args(period: Period) -> tuple:
    return period.period_type, period.year, period.quarter, period.month


def _months(period: Period) -> list[int]:
    return list(q.period_summary(*_args(period))["month_numbers"].iloc[0])


@pytest.mark.parametrize("period", PERIODS, ids=lambda p: p.label)
def test_every_officer_as_the_former_pandas_table(as_noi_vu: None, period: Period) -> None:
    former = logic.officer_grid(q.officer_grades(2024), period)
    # officer_grid left an officer without a month below the minimum empty; officer_rows counts 0.
    former["months_below"] = former["months_below"].fillna(0)
    listed = logic.officer_list(q.officer_rows(*_args(period), "", None), _months(period))
    assert len(listed) == 6
    pd.testing.assert_frame_equal(
        listed[GRID_COLUMNS].reset_index(drop=True),
        former[GRID_COLUMNS].reset_index(drop=True),
        check_dtype=False,
    )


def test_the_rows_of_february(as_noi_vu: None) -> None:
    february = Period("month", 2024, 1, 2)
    rows = logic.officer_list(q.officer_rows(*_args(february), "", None), _months(february))
    by_code = rows.set_index("officer_code")
    # Vietnamese order: Á after A but before B, Đ after D.
    assert rows["officer_name"].tolist() == [
        "Ánh Văn Dũng", "Bế Thị An", "Dương Văn Cường", "Đinh Thị Bình", "Hà Văn Bảo", "Nông Kim Huyền"
    ]  # fmt: skip
    assert by_code.loc["CB1", ["T1", "T2", "T3", "focus_grade"]].tolist() == ["A", "D", "A", "D"]
    assert by_code.loc["CB2", ["T2", "focus_grade"]].tolist() == ["–", "Chưa nộp"]
    # No row in February: named as last seen (January, at the commune's desk), no grade for the month.
    assert by_code.loc["CB6", ["desk_name", "T1", "T2", "focus_grade"]].tolist() == [
        "UBND xã Minh Sơn",
        "A",
        "",
        "",
    ]
    assert pd.isna(by_code.loc["CB6", "final_score"])
    january = q.officer_rows("month", 2024, 1, 1, "", None).set_index("officer_code")
    assert (january.loc["CB3", "min_ratings"], january.loc["CB3", "months_below"]) == (5, 1)
    assert (january.loc["CB4", "months_below"], january.loc["CB4", "satisfied_pct"]) == (0, 83.33)


def test_more_officers_than_the_limit_puts_those_needing_attention_first(as_noi_vu: None) -> None:
    february = Period("month", 2024, 1, 2)
    # February: CB1 D, CB5 C, CB2 without a form; the others by name.
    for limit in (1, 2, 3, 4, 5):
        rows = q.officer_rows(*_args(february), "", limit)
        grid = logic.officer_grid(q.officer_grades(2024), february)
        former = logic.officers_shown(grid, ["T1", "T2", "T3"], "", limit)
        assert rows["officer_code"].tolist() == former["officer_code"].tolist()
        assert set(rows["found_count"]) == {6}
    assert q.officer_rows(*_args(february), "", 3)["officer_code"].tolist() == ["CB1", "CB5", "CB2"]
    assert q.officer_rows(*_args(february), "", 4)["officer_code"].tolist() == ["CB1", "CB5", "CB2", "CB3"]
    # Within the limit the list keeps the order of names.
    assert q.officer_rows(*_args(february), "", 6)["officer_code"].tolist() == [
        "CB3", "CB1", "CB5", "CB4", "CB2", "CB6"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("search", "codes"),
    [
        ("duong van", ["CB5"]),
        ("ĐINH", ["CB4"]),
        ("dinh thi", ["CB4"]),
        ("minh son", ["CB6"]),
        ("huu lung", ["CB3", "CB1", "CB5", "CB4", "CB2"]),
        ("cb6", ["CB6"]),
        ("bộ phận", []),  # the desk is searched by the name shown, without «Bộ phận Một cửa»
        ("không có ai", []),
    ],
)
def test_the_search_ignores_case_and_tones(as_noi_vu: None, search: str, codes: list[str]) -> None:
    rows = q.officer_rows("year", 2024, None, None, logic.folded(search), 200)
    assert rows["officer_code"].tolist() == codes
    assert set(rows["found_count"]) <= {len(codes)}


def test_the_periods_headline(as_noi_vu: None) -> None:
    head = logic.summary_headline(q.period_summary("month", 2024, 1, 2))
    assert (head.expected_count, head.graded_count, head.a_count, head.d_count) == (5, 4, 1, 1)
    assert (head.missing_forms, head.late_forms, head.a_share_pct) == (1, 0, 25.0)
    year = q.period_summary("year", 2024, None, None).iloc[0]
    assert (int(year["officer_count"]), list(year["month_numbers"])) == (6, [1, 2, 3])
    assert logic.summary_headline(q.period_summary("year", 2024, None, None)) == logic.headline(
        q.officer_grades(2024), Period("year", 2024)
    )
    assert q.period_summary("month", 2025, 2, 5)["expected_count"].iloc[0] == 0


def test_the_lists_of_d_months_and_forms(as_noi_vu: None) -> None:
    replaced = q.replacement_months(2024, None, None, None)
    assert replaced[["officer_code", "month", "total_count"]].values.tolist() == [["CB1", 2, 1]]
    assert q.replacement_months(2024, 1, 3, 10).empty
    issues = q.form_issue_months(2024, None, None, None)
    assert issues[["officer_code", "month", "is_missing", "is_late"]].values.tolist() == [
        ["CB2", 2, True, False],
        ["CB1", 3, False, True],
    ]
    assert [d.date() for d in pd.to_datetime(issues["due_date"])] == [
        dt.date(2024, 3, 1),
        dt.date(2024, 4, 1),
    ]
    cut = q.form_issue_months(2024, None, None, 1)
    assert cut["officer_code"].tolist() == ["CB2"] and cut["total_count"].tolist() == [2]
    former = logic.form_issues(q.officer_grades(2024), Period("year", 2024))
    shown = logic.form_issue_table(issues)
    pd.testing.assert_frame_equal(shown, former, check_dtype=False)


def test_a_unit_account_counts_its_own_desk_only(warehouse: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CCHC_DB", str(warehouse))
    with queries.acting_as(queries.Principal("donvi", DON_VI, frozenset({"X-MS"}))):
        rows = q.officer_rows("year", 2024, None, None, "", None)
        summary = q.period_summary("year", 2024, None, None).iloc[0]
        issues = q.form_issue_months(2024, None, None, None)
    assert rows["officer_code"].tolist() == ["CB6"]
    assert (int(summary["officer_count"]), int(summary["expected_count"])) == (1, 1)
    assert issues.empty

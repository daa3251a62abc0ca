"""The overview's comparisons: the earlier period named, band and grade changes, the movers."""

from datetime import date

import pandas as pd

from dashboard import overview_logic as logic


def test_the_year_compared_with_is_the_latest_earlier_year_with_data() -> None:
    assert logic.previous_year([2025, 2023, 2022], 2025) == 2023
    assert logic.previous_year([2025, 2023], 2023) is None


def test_the_one_stop_period_follows_the_sidebar() -> None:
    months = ["2025-12-01", "2025-11-01", "2024-12-01"]
    assert logic.one_stop_period(months, 2025, 2, 5) == logic.Period("month", date(2025, 5, 1))
    assert logic.one_stop_period(months, 2025, 3, None) == logic.Period("quarter", date(2025, 7, 1))
    assert logic.one_stop_period(months, 2024, None, None) == logic.Period("month", date(2024, 12, 1))
    assert logic.one_stop_period(months, None, None, None) == logic.Period("month", date(2025, 12, 1))
    assert logic.one_stop_period(months, 2019, None, None) is None
    assert logic.one_stop_period([], 2025, None, None) is None


def test_the_period_before_crosses_the_year() -> None:
    assert logic.Period("month", date(2025, 1, 1)).previous() == logic.Period("month", date(2024, 12, 1))
    assert logic.Period("quarter", date(2025, 1, 1)).previous() == logic.Period("quarter", date(2024, 10, 1))
    assert logic.Period("quarter", date(2025, 7, 1)).quarter == 3


def _groups(**counts: int) -> pd.DataFrame:
    row = {f"{band}_count": counts.get(band, 0) for band in logic.BANDS}
    return pd.DataFrame(
        [{**row, "unit_group": "xa", "unit_count": sum(counts.values()), "mean_index_pct": 80.0}]
    )


def test_band_changes_against_the_earlier_year_and_without_one() -> None:
    changes = logic.band_changes(_groups(tot=3, kha=2), _groups(tot=1, kha=2, yeu=1))
    assert changes[1] == ("tot", 3, 2)
    assert changes[2] == ("kha", 2, 0)
    assert changes[4] == ("yeu", 0, -1)
    assert logic.band_changes(_groups(tot=3), None)[1] == ("tot", 3, None)


def test_the_mean_index_weights_groups_by_their_units() -> None:
    frame = pd.DataFrame({"unit_count": [1, 3], "mean_index_pct": [60.0, 80.0]})
    assert logic.mean_index(frame) == 75.0
    assert logic.mean_index(frame.iloc[0:0]) is None


def test_movers_split_risers_and_fallers_and_skip_the_unchanged() -> None:
    frame = pd.DataFrame({"unit_code": ["A", "B", "C", "D", "E"], "change_pct": [5.0, -2.0, 0.0, 5.0, -7.5]})
    risers, fallers = logic.top_movers(frame, count=5)
    assert list(risers["unit_code"]) == ["A", "D"]
    assert list(fallers["unit_code"]) == ["E", "B"]


def test_rank_change_text() -> None:
    assert logic.rank_change_text(3, 2, "↑{n}", "↓{n}", "=") == "3 (↑2)"
    assert logic.rank_change_text(7, -1, "↑{n}", "↓{n}", "=") == "7 (↓1)"
    assert logic.rank_change_text(1, 0, "↑{n}", "↓{n}", "=") == "1 (=)"


def test_grade_changes_without_a_previous_period() -> None:
    now = pd.DataFrame([{"officer_count": 3, "a_count": 1, "b_count": 2, "c_count": 0, "d_count": 0}])
    empty = pd.DataFrame([{"officer_count": 0, "a_count": 0, "b_count": 0, "c_count": 0, "d_count": 0}])
    assert logic.grade_changes(now, empty)[0] == ("A", 1, None)
    assert logic.grade_changes(now, now)[1] == ("B", 2, 0)

"""The One-Stop page's dossier logic on small frames, and the kind's cell readers: shares recomputed
from counts at their boundaries, the officers listed, yes/no cells, dates with times, as-of dates."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from dashboard import one_stop_logic as logic
from etl.kinds import dossiers
from etl.values import ValueParseError


def counts(**values: int) -> dict[str, int]:
    return {name: values.get(name.removesuffix("_count"), 0) for name in logic.DOSSIER_COUNTS}


def test_shares_are_recomputed_from_summed_counts() -> None:
    # Two units: 4 resolved (1 early, 2 on time, 1 late) and 6 resolved (6 early); 1 disliked.
    frame = pd.DataFrame(
        [
            counts(received=5, resolved=4, early=1, on_time=2, late=1, digitised=2, digitised_known=5,
                   disliked=1, handling_days_total=14),
            counts(received=6, resolved=6, early=6, digitised=6, digitised_known=6, handling_days_total=6),
        ]
    )  # fmt: skip
    shown = logic.dossier_shares(frame)
    assert list(shown["on_time_or_early_pct"]) == [75.0, 100.0]
    assert list(shown["satisfaction_pct"]) == [50.0, 100.0]
    totals = logic.dossier_totals(frame)
    assert totals["resolved_count"] == 10 and totals["late_count"] == 1
    assert totals["on_time_or_early_pct"] == 90.0 and totals["late_pct"] == 10.0
    assert totals["satisfaction_pct"] == 80.0  # 100 − 10 − 10
    assert totals["digitised_pct"] == round(100 * 8 / 11, 2)
    assert totals["avg_handling_days"] == 2.0


def test_no_resolved_dossier_gives_no_share() -> None:
    shown = logic.dossier_shares(pd.DataFrame([counts(received=3, pending=3, overdue=1)]))
    assert shown["on_time_or_early_pct"].iloc[0] is None and shown["satisfaction_pct"].iloc[0] is None
    assert shown["digitised_pct"].iloc[0] is None  # the list said nothing about digitising


def test_officers_with_late_dossiers_or_missing_apologies_most_late_first() -> None:
    frame = pd.DataFrame(
        {
            "officer_code": ["CB1", "CB2", None, "CB4"],
            "officer_name": ["Hoàng Thị Lan", "Nông Văn Hùng", None, "Vi Thị Mai"],
            "late_count": [1, 3, 2, 0],
            "late_without_apology_count": [1, 0, 2, 0],
        }
    )
    table = logic.dossier_officer_table(frame)
    assert list(table["officer_name"]) == ["Nông Văn Hùng", "(không ghi cán bộ)", "Hoàng Thị Lan"]
    assert len(logic.dossier_officer_table(frame, limit=1)) == 1


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("Có", True), ("x", True), ("Đã số hóa", True), (1.0, True), ("KHONG", False), ("", False),
     (None, False), (0, False), ("Chưa", False), ("có lẽ", None), (2, None)],
)  # fmt: skip
def test_yes_no_cells(cell: object, expected: bool | None) -> None:
    assert dossiers._flag(cell) is expected


def test_dates_with_times_serials_and_impossible_days() -> None:
    assert dossiers._date("15/03/2024 08:30") == dt.date(2024, 3, 15)
    assert dossiers._date("08:30:12 15/03/2024") == dt.date(2024, 3, 15)
    assert dossiers._date("45366") == dt.date(2024, 3, 15)
    assert dossiers._date(dt.datetime(2024, 3, 15, 16, 0)) == dt.date(2024, 3, 15)
    assert dossiers._date("") is None
    with pytest.raises(ValueParseError) as caught:
        dossiers._date("31/02/2024")
    assert caught.value.kind == "date_not_exist"


def test_as_of_date_from_text() -> None:
    assert dossiers._date_in("Tính đến ngày 05/01/2025") == dt.date(2025, 1, 5)
    assert dossiers._date_in("HoSo den 2025-01-05") == dt.date(2025, 1, 5)
    assert dossiers._date_in("HoSo 31-02-2025 den 01-03-2025") == dt.date(2025, 3, 1)
    assert dossiers._date_in("Quý 1 năm 2025") is None

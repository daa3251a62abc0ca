"""Parsing of points, percentages, "not applicable" markers, dates and months from cells."""

from __future__ import annotations

import copy
import datetime as dt
import math
import pickle
import time
from decimal import Decimal

import pytest

from etl.values import (
    NOT_APPLICABLE,
    ValueParseError,
    excel_serial_to_date,
    parse_date,
    parse_day_month,
    parse_month,
    parse_percent,
    parse_points,
)

# -- NOT_APPLICABLE and ValueParseError -----------------------------------------------------------


def test_not_applicable_is_a_readable_singleton() -> None:
    assert repr(NOT_APPLICABLE) == "NOT_APPLICABLE"
    assert pickle.loads(pickle.dumps(NOT_APPLICABLE)) is NOT_APPLICABLE
    assert copy.deepcopy(NOT_APPLICABLE) is NOT_APPLICABLE
    assert NOT_APPLICABLE != 0
    assert NOT_APPLICABLE is not None


def test_value_parse_error_carries_kind_and_raw() -> None:
    error = ValueParseError(kind="number", raw="abc")
    assert isinstance(error, ValueError)
    assert (error.kind, error.raw) == ("number", "abc")
    assert "abc" in str(error)
    restored = pickle.loads(pickle.dumps(error))
    assert (restored.kind, restored.raw) == ("number", "abc")


# -- parse_points ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # blanks
        (None, None),
        ("", None),
        ("   ", None),
        ("\u00a0", None),
        ("\n", None),
        ("-", None),
        (" - ", None),
        ("\u2013", None),
        (float("nan"), None),
        # numbers as numbers
        (0, 0.0),
        (3, 3.0),
        (2.5, 2.5),
        (-1.0, -1.0),
        (Decimal("1.5"), 1.5),
        # plain text numbers
        ("12", 12.0),
        (" 12 ", 12.0),
        ("0", 0.0),
        ("-2", -2.0),
        ("+2", 2.0),
        ("- 0,5", -0.5),
        # decimal comma
        ("0,5", 0.5),
        ("14,5", 14.5),
        ("-0,25", -0.25),
        (",5", 0.5),
        ("1,250", 1.25),
        # decimal point
        ("0.5", 0.5),
        ("0.25", 0.25),
        ("12.5", 12.5),
        ("12.50", 12.5),
        ("1.2500", 1.25),
        ("1000.5", 1000.5),
        ("0.125", 0.125),
        ("00.125", 0.125),
        (".5", 0.5),
        # dot thousands
        ("1.250", 1250.0),
        ("10.000", 10000.0),
        ("100.000", 100000.0),
        ("1.250.000", 1250000.0),
        ("1.250,5", 1250.5),
        ("1.250.000,75", 1250000.75),
        # English thousands
        ("1,250.5", 1250.5),
        ("1,250,000", 1250000.0),
        ("1,250,000.25", 1250000.25),
        # units and percent
        ("91,43%", 91.43),
        ("91,43 %", 91.43),
        ("100%", 100.0),
        ("2đ", 2.0),
        ("2 đ", 2.0),
        ("14,5 điểm", 14.5),
        ("14,5 Điểm", 14.5),
        ("3 diem", 3.0),
        ("1\u00a0điểm", 1.0),
        ("0,5\n", 0.5),
    ],
)
def test_parse_points(value: object, expected: float | None) -> None:
    result = parse_points(value)
    assert result == expected
    assert result is None or type(result) is float


@pytest.mark.parametrize(
    "value",
    [
        "x",
        "X",
        " x ",
        "KAD",
        "kad",
        "K.A.D",
        "K.A.D.",
        "K/AD",
        "Không áp dụng",
        "KHÔNG ÁP DỤNG",
        "không áp dụng",
        "khong ap dung",
        "(Không áp dụng)",
        "Không\náp dụng",
        "N/A",
        "n/a",
        "NA",
    ],
)
def test_parse_points_not_applicable(value: str) -> None:
    assert parse_points(value) is NOT_APPLICABLE


@pytest.mark.parametrize(
    "value",
    [
        True,
        False,
        "abc",
        "Tổng",
        "1..2",
        "1.2.3",
        "12,",
        "12.",
        "1,2,3",
        "1.25.0",
        "1.250,5,3",
        "12.345,6.7",
        "1 2",
        "5d",
        "1e5",
        "1_000",
        "inf",
        "nan",
        "--5",
        "?",
        float("inf"),
        dt.date(2023, 1, 1),
        [1],
    ],
)
def test_parse_points_rejects(value: object) -> None:
    with pytest.raises(ValueParseError) as info:
        parse_points(value)
    assert info.value.kind == "number"
    assert info.value.raw is value


# -- parse_percent --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("91,43%", 91.43),
        ("91,43", 91.43),
        ("100 %", 100.0),
        (0.9143, 0.9143),
        (95, 95.0),
        ("", None),
        ("-", None),
        ("1.250,5", 1250.5),
    ],
)
def test_parse_percent(value: object, expected: float | None) -> None:
    assert parse_percent(value) == expected


def test_parse_percent_not_applicable_and_errors() -> None:
    assert parse_percent("Không áp dụng") is NOT_APPLICABLE
    for value in ("12 điểm", "abc", True):
        with pytest.raises(ValueParseError) as info:
            parse_percent(value)
        assert info.value.kind == "number"


# -- parse_date -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("  ", None),
        ("-", None),
        (float("nan"), None),
        (dt.date(2023, 2, 15), dt.date(2023, 2, 15)),
        (dt.datetime(2023, 2, 15, 8, 30), dt.date(2023, 2, 15)),
        # Excel serials (1900 date system)
        (44972, dt.date(2023, 2, 15)),
        (44972.75, dt.date(2023, 2, 15)),
        (45000, dt.date(2023, 3, 15)),
        (25569, dt.date(1970, 1, 1)),
        ("44972", dt.date(2023, 2, 15)),
        # day first text
        ("15/02/2023", dt.date(2023, 2, 15)),
        ("15-02-2023", dt.date(2023, 2, 15)),
        ("15.02.2023", dt.date(2023, 2, 15)),
        ("5/2/2023", dt.date(2023, 2, 5)),
        ("05/02/2023", dt.date(2023, 2, 5)),
        (" 15 / 02 / 2023 ", dt.date(2023, 2, 15)),
        ("15/2/23", dt.date(2023, 2, 15)),
        ("1/1/00", dt.date(2000, 1, 1)),
        ("29/02/2024", dt.date(2024, 2, 29)),
        ("15/02/2023 08:30", dt.date(2023, 2, 15)),
        ("15/02/2023 08:30:59", dt.date(2023, 2, 15)),
        ("15/02/2023 8h30", dt.date(2023, 2, 15)),
        ("15/02/2023 08:30 PM", dt.date(2023, 2, 15)),
        # ISO
        ("2023-02-15", dt.date(2023, 2, 15)),
        ("2023/02/15", dt.date(2023, 2, 15)),
        ("2023-2-5", dt.date(2023, 2, 5)),
        ("2023-02-15 00:00:00", dt.date(2023, 2, 15)),
        ("2023-02-15T08:30:00", dt.date(2023, 2, 15)),
        ("2023-02-15T08:30:00+07:00", dt.date(2023, 2, 15)),
        # Vietnamese
        ("ngày 15 tháng 02 năm 2023", dt.date(2023, 2, 15)),
        ("Ngày 5 tháng 2 năm 2023", dt.date(2023, 2, 5)),
        ("NGÀY 15 THÁNG 02 NĂM 2023", dt.date(2023, 2, 15)),
        ("ngay 15 thang 02 nam 2023", dt.date(2023, 2, 15)),
        ("Hữu Lũng, ngày 15 tháng 02 năm 2023", dt.date(2023, 2, 15)),
        ("15 tháng 02 năm 2023", dt.date(2023, 2, 15)),
        ("ngày 15/02/2023", dt.date(2023, 2, 15)),
        ("Ngày 15-02-2023", dt.date(2023, 2, 15)),
        ("ngày\n15 tháng 02\nnăm 2023", dt.date(2023, 2, 15)),
    ],
)
def test_parse_date(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("02/15/2023", dt.date(2023, 2, 15)),
        ("2/5/2023", dt.date(2023, 2, 5)),
        ("2023-02-05", dt.date(2023, 2, 5)),
    ],
)
def test_parse_date_month_first(value: str, expected: dt.date) -> None:
    assert parse_date(value, dayfirst=False) == expected


@pytest.mark.parametrize(
    "value",
    [
        "31/02/2023",
        "29/02/2023",
        "30/02/2024",
        "31/04/2023",
        "00/01/2023",
        "15/13/2023",
        "32/01/2023",
        "2023-02-30",
        "2023-13-01",
        "ngày 31 tháng 02 năm 2023",
        "29/2/23",
    ],
)
def test_parse_date_not_exist(value: str) -> None:
    with pytest.raises(ValueParseError) as info:
        parse_date(value)
    assert info.value.kind == "date_not_exist"
    assert info.value.raw == value


@pytest.mark.parametrize(
    "value",
    [
        "abc",
        "15/02",
        "15/02/2023/1",
        "15/02-2023",
        "15//02/2023",
        "2023",
        "15/02/202",
        "15/02/2023 abc",
        "ngày 15 tháng 02",
        True,
        19999,
        80000,
        0,
        -5,
        float("inf"),
        "12345",
        [2023, 2, 15],
    ],
)
def test_parse_date_unreadable(value: object) -> None:
    with pytest.raises(ValueParseError) as info:
        parse_date(value)
    assert info.value.kind == "date"


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, dt.date(1900, 1, 1)),
        (59, dt.date(1900, 2, 28)),
        (61, dt.date(1900, 3, 1)),
        (44972, dt.date(2023, 2, 15)),
    ],
)
def test_excel_serial_to_date(serial: int, expected: dt.date) -> None:
    assert excel_serial_to_date(serial) == expected


def test_excel_serial_phantom_leap_day() -> None:
    with pytest.raises(ValueParseError) as info:
        excel_serial_to_date(60)
    assert info.value.kind == "date_not_exist"


# -- parse_month ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        (" ", None),
        ("03/2024", (2024, 3)),
        ("3/2024", (2024, 3)),
        ("03-2024", (2024, 3)),
        ("03.2024", (2024, 3)),
        ("2024-03", (2024, 3)),
        ("2024/3", (2024, 3)),
        ("T3/2024", (2024, 3)),
        ("t03/2024", (2024, 3)),
        ("T 3/2024", (2024, 3)),
        ("Tháng 03/2024", (2024, 3)),
        ("tháng 3-2024", (2024, 3)),
        ("THÁNG 3 NĂM 2024", (2024, 3)),
        ("tháng 03 năm 2024", (2024, 3)),
        ("Tháng 12, năm 2024", (2024, 12)),
        ("thang 12 nam 2024", (2024, 12)),
        (dt.date(2024, 3, 1), (2024, 3)),
        (dt.datetime(2024, 3, 31, 23, 59), (2024, 3)),
        (45352, (2024, 3)),
    ],
)
def test_parse_month(value: object, expected: tuple[int, int] | None) -> None:
    assert parse_month(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "13/2024",
        "0/2024",
        "00/2024",
        "2024-13",
        "Tháng 13 năm 2024",
        "03/24",
        "15/02/2024",
        "abc",
        "2024",
        True,
        3,
    ],
)
def test_parse_month_rejects(value: object) -> None:
    with pytest.raises(ValueParseError) as info:
        parse_month(value)
    assert info.value.kind == "month"


# -- parse_day_month ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05/12", (5, 12)),
        ("5/12", (5, 12)),
        (" 5 / 12 ", (5, 12)),
        ("05-12", (5, 12)),
        ("05.12", (5, 12)),
        ("ngày 05/12", (5, 12)),
        ("ngày 5 tháng 12", (5, 12)),
        ("29/02", (29, 2)),
        ("31/12", (31, 12)),
        (dt.date(2024, 12, 5), (5, 12)),
        (dt.datetime(2024, 12, 5, 10, 0), (5, 12)),
        # Excel with a decimal point turns a typed "05.12" into 5.12 and "05.10" into 5.1.
        (5.12, (5, 12)),
        (5.1, (5, 10)),
    ],
)
def test_parse_day_month(value: object, expected: tuple[int, int]) -> None:
    assert parse_day_month(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "31/02",
        "30/02",
        "31/04",
        "00/12",
        "05/13",
        "05/00",
        "05",
        "05/12/2024",
        "abc",
        "",
        None,
        5,
        5.123,
        True,
    ],
)
def test_parse_day_month_rejects(value: object) -> None:
    with pytest.raises(ValueParseError) as info:
        parse_day_month(value)
    assert info.value.kind == "day_month"


# -- speed ----------------------------------------------------------------------------------------


def test_parsing_a_sheet_worth_of_cells_is_fast() -> None:
    # 100 sheets x 150 rows x a handful of numeric cells must stay well inside the 2 s budget.
    cells = ["12", "0,5", 1.5, 3, "", None, "x", "14,5", "1.250", "91,43%"] * 6000
    started = time.perf_counter()
    for cell in cells:
        parse_points(cell)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.5, elapsed
    assert not math.isnan(sum(value for value in map(parse_points, cells[:4]) if isinstance(value, float)))

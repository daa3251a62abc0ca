"""Parsing spreadsheet cells: points and percentages written the Vietnamese way ("0,5", "1.250",
"91,43%"), "not applicable" markers, dates, months and day-month deadlines.

Every parser accepts what openpyxl/xlrd/pandas hand over (str, int, float, date, datetime, None) and
raises `ValueParseError` with a `kind` the caller turns into a message naming the cell.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import numbers
import re
from decimal import Decimal
from typing import Literal

from etl.text import fold, normalize_text

__all__ = [
    "NOT_APPLICABLE",
    "NotApplicable",
    "ValueParseError",
    "excel_serial_to_date",
    "parse_date",
    "parse_day_month",
    "parse_month",
    "parse_percent",
    "parse_points",
]


class ValueParseError(ValueError):
    """A cell value that cannot be read; `kind` says what was expected, `raw` is the value as given.

    Kinds: "number", "date", "date_not_exist", "month", "day_month".
    """

    def __init__(self, kind: str, raw: object, detail: str = "") -> None:
        self.kind = kind
        self.raw = raw
        self.detail = detail
        message = f"cannot read {kind}: {raw!r}"
        super().__init__(f"{message} ({detail})" if detail else message)

    def __reduce__(self):  # keep kind/raw when the error crosses a process or cache boundary
        return (type(self), (self.kind, self.raw, self.detail))


class NotApplicable(enum.Enum):
    """The "Không áp dụng" marker of a score cell: the criterion does not apply to the unit."""

    NOT_APPLICABLE = "not_applicable"

    def __repr__(self) -> str:
        return "NOT_APPLICABLE"

    __str__ = __repr__


# An enum member is a singleton that survives pickling (st.cache_data) and copying, so `is` works.
NOT_APPLICABLE = NotApplicable.NOT_APPLICABLE

Points = float | None | Literal[NotApplicable.NOT_APPLICABLE]

# --------------------------------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------------------------------

# Folded, with spaces removed: "K.A.D" -> "kad", "N/A" -> "na", "Không áp dụng" -> "khongapdung".
_NOT_APPLICABLE_KEYS = frozenset({"x", "kad", "khongapdung", "kapdung", "na", "kd"})
# A lone dash is how forms leave a cell empty on purpose.
_BLANK_MARKERS = frozenset({"-", "--", "\u2013", "\u2014", "_"})

_PLAIN_INT_RE = re.compile(r"-?\d+")
_PLAIN_COMMA_RE = re.compile(r"-?\d+,\d+")
_NUMBER_RE = re.compile(
    r"(?P<sign>[+-])?\s*(?P<body>\d[\d.,]*|[.,]\d+)\s*(?P<unit>%|đ|điểm|diem)?",
    re.IGNORECASE,
)
_DOT_GROUPS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COMMA_GROUPS_RE = re.compile(r"\d{1,3}(?:,\d{3})+")
_DIGITS_RE = re.compile(r"\d+")


def _number_body(body: str) -> float | None:
    """The value of digits with Vietnamese or English separators, or None if they are malformed."""
    has_dot = "." in body
    has_comma = "," in body
    if not has_dot and not has_comma:
        return float(body)
    if has_dot and has_comma:
        # Both present: the last one is the decimal separator, the other groups thousands.
        last = max(body.rfind("."), body.rfind(","))
        decimal_sep = body[last]
        integer, fraction = body[:last], body[last + 1 :]
        groups_re = _DOT_GROUPS_RE if decimal_sep == "," else _COMMA_GROUPS_RE
        if not groups_re.fullmatch(integer) or not _DIGITS_RE.fullmatch(fraction):
            return None
        return float(integer.replace("." if decimal_sep == "," else ",", "") + "." + fraction)
    sep = "." if has_dot else ","
    if body.count(sep) > 1:
        groups_re = _DOT_GROUPS_RE if sep == "." else _COMMA_GROUPS_RE
        return float(body.replace(sep, "")) if groups_re.fullmatch(body) else None
    integer, fraction = body.split(sep)
    if not _DIGITS_RE.fullmatch(fraction):
        return None
    # "1.250" is one thousand two hundred and fifty in Vietnamese files, but "0.125" and "1.25"
    # are decimals. A comma alone is always the decimal comma ("1,250" = 1.25).
    if sep == "." and len(fraction) == 3 and 1 <= len(integer) <= 3 and not integer.startswith("0"):
        return float(integer + fraction)
    return float((integer or "0") + "." + fraction)


def _parse_number(value: object, allow_point_unit: bool) -> Points:
    # Fast paths first: most cells are floats, ints or short plain strings.
    value_type = type(value)
    if value_type is float:
        if math.isnan(value):  # pandas' empty cell
            return None
        if math.isinf(value):
            raise ValueParseError("number", value)
        return value
    if value_type is int:
        return float(value)
    if value is None:
        return None
    if value_type is str:
        text = value.strip()
        if text.isascii():
            if _PLAIN_INT_RE.fullmatch(text):
                return float(text)
            if _PLAIN_COMMA_RE.fullmatch(text):
                return float(text.replace(",", "."))
        return _parse_number_text(value, allow_point_unit)
    if isinstance(value, bool):
        raise ValueParseError("number", value)
    if isinstance(value, (numbers.Real, Decimal)):  # numpy scalars, Decimal from some readers
        number = float(value)
        if math.isnan(number):
            return None
        if math.isinf(number):
            raise ValueParseError("number", value)
        return number
    raise ValueParseError("number", value)


def _parse_number_text(raw: str, allow_point_unit: bool) -> Points:
    text = normalize_text(raw)
    if not text or text in _BLANK_MARKERS:
        return None
    match = _NUMBER_RE.fullmatch(text)
    if match is None:
        if fold(text).replace(" ", "") in _NOT_APPLICABLE_KEYS:
            return NOT_APPLICABLE
        raise ValueParseError("number", raw)
    unit = match.group("unit")
    if unit is not None and unit != "%" and not allow_point_unit:
        raise ValueParseError("number", raw)
    number = _number_body(match.group("body"))
    if number is None:
        raise ValueParseError("number", raw)
    return -number if match.group("sign") == "-" else number


def parse_points(value: object) -> Points:
    """A score cell: float, None when blank (or "-"), NOT_APPLICABLE for "x"/"KAD"/"Không áp dụng"."""
    return _parse_number(value, allow_point_unit=True)


def parse_percent(value: object) -> Points:
    """A percentage cell as the percent figure ("91,43%" -> 91.43); floats are returned as they are."""
    return _parse_number(value, allow_point_unit=False)


# --------------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------------

# Excel's 1900 date system counts 29/02/1900, which never existed; from serial 61 on, counting from
# 30/12/1899 absorbs that phantom day.
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_SERIAL_MIN = 20000  # 04/10/1954: nothing in these reports is older
_EXCEL_SERIAL_MAX = 80000  # 07/01/2119

_TIME = r"(?:(?:\s+|T)\d{1,2}[:h]\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_DMY_RE = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})" + _TIME, re.IGNORECASE)
_ISO_RE = re.compile(r"(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})" + _TIME, re.IGNORECASE)
# Matched on folded text: "Hữu Lũng, ngày 15 tháng 02 năm 2023" -> "huu lung ngay 15 thang 02 nam 2023".
_VI_DATE_RE = re.compile(r"(?:^|\bngay )(\d{1,2}) thang (\d{1,2}) nam (\d{4})\b")
_DAY_PREFIX_RE = re.compile(r"ng[aà]y\s*", re.IGNORECASE)
_SERIAL_TEXT_RE = re.compile(r"\d{5}(?:\.\d+)?")


def excel_serial_to_date(serial: float) -> dt.date:
    """The date of an Excel 1900-system serial (1 = 01/01/1900; 60, the phantom 29/02/1900, raises)."""
    days = int(serial)
    if days < 1:
        raise ValueParseError("date", serial)
    if days == 60:
        raise ValueParseError("date_not_exist", serial, "Excel's 29/02/1900")
    if days < 60:
        return dt.date(1899, 12, 31) + dt.timedelta(days=days)
    return _EXCEL_EPOCH + dt.timedelta(days=days)


def _make_date(year: int, month: int, day: int, raw: object) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueParseError("date_not_exist", raw) from None


def _full_year(year_text: str) -> int:
    year = int(year_text)
    return 2000 + year if len(year_text) == 2 else year


def _serial_date(number: float, raw: object, kind: str) -> dt.date:
    if not math.isfinite(number) or not _EXCEL_SERIAL_MIN <= number < _EXCEL_SERIAL_MAX:
        raise ValueParseError(kind, raw)
    return excel_serial_to_date(number)


def parse_date(value: object, *, dayfirst: bool = True) -> dt.date | None:
    """A date cell: date/datetime, Excel serial, "15/02/2023", "2023-02-15", "ngày 15 tháng 02 năm 2023"."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):  # before date: datetime is a subclass of date
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueParseError("date", value)
    if isinstance(value, (numbers.Real, Decimal)):
        number = float(value)
        if math.isnan(number):
            return None
        return _serial_date(number, value, "date")
    if not isinstance(value, str):
        raise ValueParseError("date", value)
    text = normalize_text(value)
    if not text or text in _BLANK_MARKERS:
        return None
    bare = _DAY_PREFIX_RE.sub("", text, count=1) if text[:1] in "nN" else text
    match = _DMY_RE.fullmatch(bare)
    if match:
        first, second = int(match.group(1)), int(match.group(3))
        day, month = (first, second) if dayfirst else (second, first)
        return _make_date(_full_year(match.group(4)), month, day, value)
    match = _ISO_RE.fullmatch(bare)
    if match:
        return _make_date(int(match.group(1)), int(match.group(3)), int(match.group(4)), value)
    if _SERIAL_TEXT_RE.fullmatch(text):  # a serial stored as text
        return _serial_date(float(text), value, "date")
    match = _VI_DATE_RE.search(fold(text))
    if match:
        return _make_date(int(match.group(3)), int(match.group(2)), int(match.group(1)), value)
    raise ValueParseError("date", value)


# "03/2024", "T3/2024", "Tháng 03/2024", "THÁNG 3 NĂM 2024" fold to "03 2024", "t3 2024",
# "thang 03 2024", "thang 3 nam 2024".
_MONTH_YEAR_RE = re.compile(r"(?:(?:thang|t) ?)?(\d{1,2}) (?:nam )?(\d{4})")
_YEAR_MONTH_RE = re.compile(r"(\d{4}) (\d{1,2})")


def parse_month(value: object) -> tuple[int, int] | None:
    """A reporting month as (year, month) from "03/2024", "2024-03", "T3/2024", "Tháng 3 năm 2024" or a date."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.year, value.month
    if isinstance(value, bool):
        raise ValueParseError("month", value)
    if isinstance(value, (numbers.Real, Decimal)):
        number = float(value)
        if math.isnan(number):
            return None
        serial = _serial_date(number, value, "month")  # a date cell formatted mm/yyyy, read by xlrd
        return serial.year, serial.month
    if not isinstance(value, str):
        raise ValueParseError("month", value)
    key = fold(value)
    if not key:
        return None
    match = _MONTH_YEAR_RE.fullmatch(key)
    if match:
        month, year = int(match.group(1)), int(match.group(2))
    else:
        match = _YEAR_MONTH_RE.fullmatch(key)
        if not match:
            raise ValueParseError("month", value)
        year, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12 or year < 1:
        raise ValueParseError("month", value)
    return year, month


# Days per month with February at 29: a deadline without a year may fall on a leap day.
_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_DAY_MONTH_RE = re.compile(r"(?:ngay ?)?(\d{1,2}) (?:thang ?)?(\d{1,2})")


def parse_day_month(value: object) -> tuple[int, int]:
    """A yearly deadline such as "05/12" as (day, month); blank or impossible values raise."""
    if isinstance(value, dt.date):
        return value.day, value.month
    if isinstance(value, float) and math.isfinite(value) and round(value, 2) == value:
        # Excel with a decimal-point locale turns a typed "05.12" into the number 5.12.
        key = f"{value:.2f}".replace(".", " ")
    elif isinstance(value, str):
        key = fold(value)
    else:
        raise ValueParseError("day_month", value)
    match = _DAY_MONTH_RE.fullmatch(key)
    if not match:
        raise ValueParseError("day_month", value)
    day, month = int(match.group(1)), int(match.group(2))
    if not 1 <= month <= 12 or not 1 <= day <= _MONTH_DAYS[month - 1]:
        raise ValueParseError("day_month", value)
    return day, month

"""Vietnamese formatting of figures and tables for display (no Streamlit here: tested directly)."""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

import pandas as pd

from labels import ui


def vn_number(value: float | int | None, decimals: int = 0) -> str:
    """87.456 → "87,46" (decimals=2); 12500 → "12.500": dot thousands, decimal comma."""
    if is_missing(value):
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def _as_python(value: object) -> object:
    return value.to_pydatetime() if hasattr(value, "to_pydatetime") else value


def _day(value: object) -> str:
    if is_missing(value):
        return ""
    value = _as_python(value)
    return vn_date(value.date() if isinstance(value, dt.datetime) else value)


def is_missing(value: object) -> bool:
    """None, NaN, NaT and pandas' NA alike (nullable integer columns give NA)."""
    if value is None or isinstance(value, (list, tuple)):
        return value is None
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def vn_points(value: float | None) -> str:
    """Points as written in the regulations: 14,5 · 0,25 · 100 (no trailing zeros)."""
    if is_missing(value):
        return ""
    text = vn_number(float(value), 2)
    return text.rstrip("0").rstrip(",") if "," in text else text


def vn_percent(value: float | None, decimals: int = 2) -> str:
    """ "87,46%"; "–" when unknown (None or NaN)."""
    return "–" if is_missing(value) else f"{vn_number(value, decimals)}%"


def vn_date(value: dt.date | dt.datetime | None) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value.strftime("%d/%m/%Y %H:%M") if isinstance(value, dt.datetime) else value.strftime("%d/%m/%Y")


def group_label(code: str | None) -> str:
    return ui.GROUP_LABELS.get(code or "", code or "")


# Columns that hold a stored code, and the Vietnamese names shown for the codes (tables and exports).
CODE_NAMES: dict[str, dict[str, str]] = {
    "unit_group": ui.GROUP_LABELS,
    "status": ui.STATUS_LABELS,
    "kind": ui.KIND_LABELS,
    "severity": ui.SEVERITY_LABELS,
    "classification": ui.BAND_LABELS,
}


def code_name(column: str, code: object) -> object:
    """The Vietnamese name of a stored code of `column` (a CODE_NAMES key); unknown codes as they are,
    missing ones left missing."""
    if is_missing(code):
        return code
    return CODE_NAMES[column].get(code, code)


def headers(
    columns: list[str], labels: dict[str, str] | None = None, fallback: dict[str, str] | None = None
) -> dict[str, str]:
    """Column name → Vietnamese header: the app's shared headers, with `labels` adding or overriding
    one page's own, and `fallback` naming columns that neither names."""
    known = {**(fallback or {}), **ui.COLUMNS, **(labels or {})}
    return {name: known.get(name, name) for name in columns}


def for_display(
    frame: pd.DataFrame, columns: list[str], labels: dict[str, str] | None = None
) -> pd.DataFrame:
    """The chosen columns, codes turned into Vietnamese names, dates as dd/mm/yyyy, headers in Vietnamese
    (`labels` adds or overrides header names for one page's columns)."""
    shown = frame.loc[:, columns].copy()
    for name in columns:
        if name in CODE_NAMES:
            # A unit without a group shows nothing, as a cell without a sheet does below.
            shown[name] = shown[name].map(
                lambda code, column=name: "" if is_missing(code) else code_name(column, code)
            )
        elif name.endswith("_points"):
            shown[name] = shown[name].map(vn_points)
        elif name.endswith("_year"):
            shown[name] = shown[name].map(lambda y: "" if is_missing(y) else str(int(y)))
        elif name.endswith("_date"):
            shown[name] = shown[name].map(_day)
        elif name.endswith("_at"):
            shown[name] = shown[name].map(lambda d: "" if is_missing(d) else vn_date(_as_python(d)))
        elif shown[name].dtype == object or pd.api.types.is_string_dtype(shown[name]):
            # A finding about a whole file has no sheet or cell: show nothing, not "None".
            shown[name] = shown[name].map(lambda v: "" if is_missing(v) else v)
    return shown.rename(columns=headers(columns, labels))


def rule_values(frame: pd.DataFrame) -> pd.DataFrame:
    """Rule rows with one `value` column: numbers with a decimal comma, texts as they are."""
    shown = frame.copy()
    shown["value"] = [
        text
        if number is None or (isinstance(number, float) and math.isnan(number))
        else vn_number(number, 2).rstrip("0").rstrip(",")
        for number, text in zip(shown["value_number"], shown["value_text"], strict=True)
    ]
    return shown


# Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; tones
# only break ties, in the order of the dictionary (none, huyền, hỏi, ngã, sắc, nặng).
# Letters of the Vietnamese alphabet in order, with f, j, w, z where Latin puts them; spaces, digits and
# punctuation sort before every letter.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
# Marks that make another letter (a + breve = ă), and the five tone marks.
_LETTER_MARKS = {
    ("a", "\u0306"): "ă",
    ("a", "\u0302"): "â",
    ("e", "\u0302"): "ê",
    ("o", "\u0302"): "ô",
    ("o", "\u031b"): "ơ",
    ("u", "\u031b"): "ư",
}
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letter_and_tone(char: str) -> tuple[str, int]:
    decomposed = unicodedata.normalize("NFD", char.lower())
    base, tone = decomposed[0], 0
    for mark in decomposed[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        else:
            base = _LETTER_MARKS.get((base, mark), base)
    return base, tone


def vn_sort_key(text: object) -> tuple:
    """A key that sorts names as a Vietnamese reader expects: Ă and Â after A, Đ after D, Ơ after O;
    case and tones only break ties ("Bắc Sơn" < "Bình Gia" < "Đình Lập")."""
    if is_missing(text):
        return ((), ())
    letters: list[int] = []
    tones: list[int] = []
    for char in str(text):
        base, tone = _letter_and_tone(char)
        position = _ALPHABET.find(base)
        letters.append(
            200 + position if position >= 0 else (ord(base) if ord(base) < 200 else ord(base) + 1000)
        )
        tones.append(tone)
    return tuple(letters), tuple(tones)


def vn_sort_keys(values: list[object]) -> list[tuple]:
    """vn_sort_key of each value, worked out once per distinct value (a national year repeats each
    officer's name and desk on every month row)."""
    known: dict[object, tuple] = {}
    keys = []
    for value in values:
        if value not in known:
            known[value] = vn_sort_key(value)
        keys.append(known[value])
    return keys


def vn_sorted(frame: pd.DataFrame, column: str) -> pd.DataFrame:
    """The frame ordered by a name column in Vietnamese alphabetical order."""
    return frame.iloc[sorted(range(len(frame)), key=lambda i: vn_sort_key(frame[column].iloc[i]))]


def period_label(year: int | None, quarter: int | None = None, month: int | None = None) -> str:
    """ "năm 2024", "quý 2/2024", "tháng 03/2024": the words titles and comparisons use."""
    if year is None:
        return ui.PERIOD_ALL
    if month is not None:
        return ui.PERIOD_MONTH.format(month=month, year=year)
    if quarter is not None:
        return ui.PERIOD_QUARTER.format(quarter=quarter, year=year)
    return ui.PERIOD_YEAR.format(year=year)


def vn_delta(value: float | None, decimals: int = 2, unit: str = "") -> str | None:
    """A signed change for st.metric ("+1,25", "-0,50", "0"); None when there is nothing to compare.
    The sign is an ASCII hyphen-minus: st.metric reads it to point the arrow down."""
    if is_missing(value):
        return None
    if round(value, decimals) == 0:
        return f"0{unit}"
    sign = "+" if value > 0 else "-"
    return f"{sign}{vn_number(abs(value), decimals)}{unit}"


_MARKDOWN = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$])")


def plain_markdown(text: str) -> str:
    """A message shown as it is where Streamlit reads Markdown: "bao_cao_2024.xlsx" keeps its underscores."""
    return _MARKDOWN.sub(r"\\\1", text)

"""Vietnamese formatting of figures and tables for display (no Streamlit here: tested directly)."""

from __future__ import annotations

import datetime as dt
import math

import pandas as pd

from labels import ui


def vn_number(value: float | int | None, decimals: int = 0) -> str:
    """87.456 → "87,46" (decimals=2); 12500 → "12.500": dot thousands, decimal comma."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def vn_percent(value: float | None, decimals: int = 2) -> str:
    return "–" if value is None else f"{vn_number(value, decimals)}%"


def vn_date(value: dt.date | dt.datetime | None) -> str:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value.strftime("%d/%m/%Y %H:%M") if isinstance(value, dt.datetime) else value.strftime("%d/%m/%Y")


def group_label(code: str | None) -> str:
    return ui.GROUP_LABELS.get(code or "", code or "")


def for_display(frame: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    """The chosen columns, codes turned into Vietnamese names, dates as dd/mm/yyyy, headers in Vietnamese."""
    shown = frame.loc[:, columns].copy()
    for name in columns:
        if name == "unit_group":
            shown[name] = shown[name].map(group_label)
        elif name == "status":
            shown[name] = shown[name].map(lambda s: ui.STATUS_LABELS.get(s, s))
        elif name == "kind":
            shown[name] = shown[name].map(lambda k: ui.KIND_LABELS.get(k, k))
        elif name == "severity":
            shown[name] = shown[name].map(lambda s: ui.SEVERITY_LABELS.get(s, s))
        elif name.endswith("_date") or name.endswith("_at"):
            shown[name] = shown[name].map(
                lambda d: vn_date(d.to_pydatetime() if hasattr(d, "to_pydatetime") else d)
            )
    return shown.rename(columns={name: ui.COLUMNS.get(name, name) for name in columns})


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

"""Streamlit pieces every page uses the same way: a chart with its download button, a table whose row
opens the unit's page, and the empty state that says what to load."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dashboard.format import _missing, vn_delta
from labels import ui

UNIT_PAGE = "pages/unit.py"
# The modebar's camera button saves the chart as a PNG at twice the screen size, ready for a report.
_CHART_CONFIG = {
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 2},
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
}


def chart(fig: go.Figure, key: str) -> None:
    st.plotly_chart(fig, width="stretch", config=_CHART_CONFIG, key=key)


def table_opening_units(shown: pd.DataFrame, unit_codes: pd.Series, key: str, **params: object) -> None:
    """A table where choosing a row opens that unit's page (with `params` such as the year kept in the
    URL). `shown` is the display frame, `unit_codes` the code of each of its rows, in the same order."""
    event = st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        on_select="rerun",
        selection_mode="single-row",
        key=key,
    )
    rows = event.selection.rows if event is not None and hasattr(event, "selection") else []
    if rows:
        code = unit_codes.iloc[rows[0]]
        query = {"unit": str(code), **{k: str(v) for k, v in params.items() if v is not None}}
        st.switch_page(UNIT_PAGE, query_params=query)
    st.caption(ui.OPEN_UNIT_HINT)


def empty_state(message: str) -> None:
    """What is missing and how to load it, instead of an empty chart."""
    st.info(message)


def metric(
    where: object,
    label: str,
    value: str,
    change: float | None = None,
    *,
    decimals: int = 2,
    compared: str | None = None,
    worse_when_up: bool = False,
    neutral: bool = False,
    help: str | None = None,
) -> None:
    """A figure with its change against a named earlier period ("+1,25 so với năm 2023"): the arrow
    follows the sign, green means better (`worse_when_up` for counts of bad things, `neutral` for counts
    that are neither), no arrow for 0."""
    delta = vn_delta(change, decimals)
    unchanged = delta is not None and not _missing(change) and round(change, decimals) == 0
    where.metric(
        label,
        value,
        delta,
        delta_color="off" if neutral else "inverse" if worse_when_up else "normal",
        delta_arrow="off" if unchanged else "auto",
        delta_description=compared if delta is not None else None,
        help=help,
    )

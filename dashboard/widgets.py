"""Streamlit pieces every page uses the same way: a chart with its image downloads, a table with its Excel
and CSV downloads (a row may open the unit's page), and the empty state that says what to load."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from pandas.io.formats.style import Styler

from dashboard.format import for_display, is_missing, vn_delta
from labels import export as export_text
from labels import ui
from reports import images
from reports.tables import csv_bytes, export_frame, export_name, xlsx_bytes

UNIT_PAGE = "pages/unit.py"
# The modebar's camera button saves the chart as a PNG at twice the screen size, ready for a report.
_CHART_CONFIG = {
    "displaylogo": False,
    "toImageButtonOptions": {"format": "png", "scale": 2},
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
}
_MIMES = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
}
# Titles may carry plotly's markup (<br>, <b>): it has no place in a file name.
_MARKUP = re.compile(r"<[^>]+>")


def _offer(
    label: str,
    data: Callable[[], bytes],
    *,
    file_name: str,
    key: str,
    icon: str,
    help: str,
    disabled: bool = False,
) -> None:
    """One small download button. `data` runs only when the button is clicked (Streamlit's deferred
    download), so a page pays nothing for the files nobody asks for; the click does not rerun the page."""
    st.download_button(
        label,
        data=data,
        file_name=file_name,
        mime=_MIMES[file_name.rsplit(".", 1)[-1]],
        key=key,
        help=help,
        on_click="ignore",
        type="tertiary",
        icon=icon,
        disabled=disabled,
        width="content",
    )


def chart_title(fig: go.Figure) -> str:
    """The figure's title as plain text (markup removed), empty when it has none."""
    text = fig.layout.title.text if fig.layout.title else None
    return " ".join(_MARKUP.sub(" ", text or "").split())


def chart(fig: go.Figure, key: str, *, name: str | None = None) -> None:
    """The chart, and under it PNG and SVG buttons drawing it server-side at print size (file named after
    `name` or the chart's title). Without a Chromium the buttons are off and say why."""
    st.plotly_chart(fig, width="stretch", config=_CHART_CONFIG, key=key)
    title = name or chart_title(fig)
    reason = images.unavailable_reason()
    with st.container(horizontal=True, gap="small"):
        for fmt, label, help in (
            ("png", export_text.DOWNLOAD_PNG, export_text.PNG_HELP),
            ("svg", export_text.DOWNLOAD_SVG, export_text.SVG_HELP),
        ):
            _offer(
                label,
                lambda fmt=fmt: images.render(fig, fmt),
                file_name=export_name(title, fmt),
                key=f"{key}_{fmt}",
                icon=":material/image:",
                help=reason or help,
                disabled=reason is not None,
            )


def table(
    frame: pd.DataFrame,
    columns: list[str],
    *,
    key: str,
    title: str,
    labels: dict[str, str] | None = None,
    shown: pd.DataFrame | Styler | None = None,
    unit_codes: pd.Series | None = None,
    unit_params: Mapping[str, object] | None = None,
    selectable: bool = False,
    height: int | None = None,
    column_config: dict[str, Any] | None = None,
    audited: str | None = None,
) -> list[int]:
    """A table and, under it, Excel and CSV buttons exporting `columns` of `frame` typed (numbers as
    numbers, dates as dates) under `title`, which names the table's period in the file.

    What is seen is `for_display(frame, columns, labels)`, or `shown` when the page shows the same rows
    formatted its own way (colours, marks, texts such as "87,45 (tạm tính)"). With `unit_codes` (one per
    row, in order) choosing a row opens that unit's page with `unit_params` kept in the URL; with
    `selectable` a single row may be chosen. With `audited` (an audit action, e.g. officers' grades, which
    are personal data), each download is recorded with the user and the table's title. Returns the
    positions of the chosen rows."""
    opens_units = unit_codes is not None
    choosing = opens_units or selectable
    options: dict[str, Any] = {"on_select": "rerun", "selection_mode": "single-row"} if choosing else {}
    if height is not None:
        options["height"] = height
    event = st.dataframe(
        for_display(frame, columns, labels) if shown is None else shown,
        hide_index=True,
        width="stretch",
        column_config=column_config,
        key=key,
        **options,
    )
    _table_downloads(frame, columns, labels, title, key, audited)
    rows = list(event.selection.rows) if choosing and hasattr(event, "selection") else []
    if opens_units:
        if rows:
            code = unit_codes.iloc[rows[0]]
            params = {k: str(v) for k, v in (unit_params or {}).items() if v is not None}
            st.switch_page(UNIT_PAGE, query_params={"unit": str(code), **params})
        st.caption(ui.OPEN_UNIT_HINT)
    return rows


def table_files(
    frame: pd.DataFrame, columns: list[str], labels: dict[str, str] | None, title: str
) -> dict[str, Callable[[], bytes]]:
    """The table's downloads by extension: each builds its file only when called."""

    def typed() -> pd.DataFrame:
        return export_frame(frame, columns, labels)

    return {
        "xlsx": lambda: xlsx_bytes([(title, typed())], title=title),
        "csv": lambda: csv_bytes(typed()),
    }


def _table_downloads(
    frame: pd.DataFrame,
    columns: list[str],
    labels: dict[str, str] | None,
    title: str,
    key: str,
    audited: str | None = None,
) -> None:
    files = table_files(frame, columns, labels, title)
    if audited is not None:
        files = {ext: _recorded(build, audited, f"{title} (.{ext})") for ext, build in files.items()}
    with st.container(horizontal=True, gap="small"):
        for ext, label, icon, help in (
            ("xlsx", export_text.DOWNLOAD_XLSX, ":material/table_view:", export_text.XLSX_HELP),
            ("csv", export_text.DOWNLOAD_CSV, ":material/csv:", export_text.CSV_HELP),
        ):
            _offer(
                label, files[ext], file_name=export_name(title, ext), key=f"{key}_{ext}", icon=icon, help=help
            )


def _recorded(build: Callable[[], bytes], action: str, what: str) -> Callable[[], bytes]:
    """The download, recorded in the audit trail when it is made (the user is taken now: the download
    runs on another thread, outside the session)."""
    from access import audit
    from dashboard import session
    from warehouse.db import db_path

    user = session.current_user()
    database = db_path()

    def made() -> bytes:
        data = build()
        audit.record(database, user.user_name if user else "?", action, what)
        return data

    return made


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
    unchanged = delta is not None and not is_missing(change) and round(change, decimals) == 0
    where.metric(
        label,
        value,
        delta,
        delta_color="off" if neutral else "inverse" if worse_when_up else "normal",
        delta_arrow="off" if unchanged else "auto",
        delta_description=compared if delta is not None else None,
        help=help,
    )


def file_picker(label: str, *, button: str, drop: str, help: str, key: str) -> list[Any]:
    """st.file_uploader (several files) with its button and drop-zone words in the page's language:
    Streamlit writes them in English and has no option for them, so a stylesheet puts ours in their place."""
    zone = '[data-testid="stFileUploaderDropzone"]'
    st.html(
        "<style>"
        f'{zone} [data-testid="stBaseButton-secondary"] [data-testid="stMarkdownContainer"] p {{font-size: 0}}'
        f'{zone} [data-testid="stBaseButton-secondary"] [data-testid="stMarkdownContainer"] p::after'
        f" {{content: {json.dumps(button, ensure_ascii=False)}; font-size: 0.875rem}}"
        f'{zone} [data-testid="stFileUploaderDropzoneInstructions"] span {{font-size: 0}}'
        f'{zone} [data-testid="stFileUploaderDropzoneInstructions"] span::after'
        f" {{content: {json.dumps(drop, ensure_ascii=False)}; font-size: 0.875rem}}"
        "</style>"
    )
    return st.file_uploader(label, accept_multiple_files=True, help=help, key=key) or []

"""The sidebar's period and unit-group filters, kept in the URL so a shared link reproduces the view."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from labels import ui

# URL parameter names; values are plain numbers and group codes.
YEAR, QUARTER, MONTH, GROUP = "year", "quarter", "month", "group"


@dataclass(frozen=True)
class Filters:
    year: int | None
    quarter: int | None
    month: int | None
    unit_group: str | None


def _from_url(name: str, allowed: list) -> object | None:
    raw = st.query_params.get(name)
    if raw is None:
        return None
    for option in allowed:
        if str(option) == raw:
            return option
    return None


def parse_period(year: object, quarter: object, month: object) -> tuple[int | None, int | None, int | None]:
    """A consistent period: a month implies its quarter; a quarter without a year is dropped."""
    year = int(year) if year not in (None, "") else None
    quarter = int(quarter) if quarter not in (None, "") else None
    month = int(month) if month not in (None, "") else None
    if year is None:
        return None, None, None
    if month is not None:
        quarter = (month - 1) // 3 + 1
    return year, quarter, month


def sidebar(years: list[int]) -> Filters:
    """Draw the filters (defaults from the URL, else the latest year) and write the choice back to it."""
    sidebar = st.sidebar
    sidebar.header(ui.FILTER_HEADER)
    year_options: list[int | None] = list(years) or [None]
    year = _from_url(YEAR, year_options)
    year = sidebar.selectbox(
        ui.FILTER_YEAR,
        year_options,
        index=year_options.index(year) if year in year_options else 0,
        format_func=lambda y: str(y) if y else ui.ALL,
        key="filter_year",
    )
    quarter_options: list[int | None] = [None, 1, 2, 3, 4]
    quarter = _from_url(QUARTER, quarter_options)
    quarter = sidebar.selectbox(
        ui.FILTER_QUARTER,
        quarter_options,
        index=quarter_options.index(quarter),
        format_func=lambda q: ui.QUARTER_OPTION.format(quarter=q) if q else ui.ALL,
        key="filter_quarter",
    )
    month_options: list[int | None] = [None] + (
        list(range(3 * quarter - 2, 3 * quarter + 1)) if quarter else list(range(1, 13))
    )
    month = _from_url(MONTH, month_options)
    month = sidebar.selectbox(
        ui.FILTER_MONTH,
        month_options,
        index=month_options.index(month) if month in month_options else 0,
        format_func=lambda m: ui.MONTH_OPTION.format(month=m) if m else ui.ALL,
        key="filter_month",
    )
    group_options: list[str | None] = [None, *ui.GROUP_LABELS]
    group = _from_url(GROUP, group_options)
    group = sidebar.selectbox(
        ui.FILTER_GROUP,
        group_options,
        index=group_options.index(group),
        format_func=lambda g: ui.GROUP_LABELS[g] if g else ui.ALL,
        key="filter_group",
    )
    sidebar.caption(ui.FILTER_LINK_HINT)
    year, quarter, month = parse_period(year, quarter, month)
    chosen = {YEAR: year, QUARTER: quarter, MONTH: month, GROUP: group}
    for name, value in chosen.items():
        if value is None:
            if name in st.query_params:
                del st.query_params[name]
        elif st.query_params.get(name) != str(value):
            st.query_params[name] = str(value)
    return Filters(year=year, quarter=quarter, month=month, unit_group=group)


_STATE_KEY = "filters"


def remember(chosen: Filters) -> None:
    """Keep this run's filters for the page the navigation runs next."""
    st.session_state[_STATE_KEY] = chosen


def current() -> Filters:
    """The filters chosen in the sidebar on this run (all open when the page runs on its own)."""
    return st.session_state.get(_STATE_KEY, Filters(None, None, None, None))


def url_select(
    label: str, options: list, param: str, *, key: str, format_func=str, container=None, default=None
) -> object:
    """A page's own choice (a unit, an index, a view), restored from and written back to the URL
    parameter `param`, so a shared link reopens the same view; without one, `default` (if an option) or
    the first option. Returns the chosen option."""
    where = container or st
    if not options:
        return None
    chosen = _from_url(param, options) if param in st.query_params else default
    value = where.selectbox(
        label,
        options,
        index=options.index(chosen) if chosen in options else 0,
        format_func=format_func,
        key=key,
    )
    if value is None:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != str(value):
        st.query_params[param] = str(value)
    return value


def url_multiselect(
    label: str,
    options: list,
    param: str,
    *,
    key: str,
    format_func=str,
    default=None,
    placeholder: str = ui.CHOOSE_OPTIONS,
) -> list:
    """Several choices kept in the URL as one comma-separated parameter ("units=HCL,HVQ")."""
    raw = st.query_params.get(param)
    wanted = raw.split(",") if raw else [str(v) for v in (default or [])]
    initial = [option for option in options if str(option) in wanted]
    values = st.multiselect(
        label, options, default=initial, format_func=format_func, key=key, placeholder=placeholder
    )
    text = ",".join(str(v) for v in values)
    if not text:
        if param in st.query_params:
            del st.query_params[param]
    elif st.query_params.get(param) != text:
        st.query_params[param] = text
    return values

"""Trang chủ: what the warehouse holds, what was refused, and how to load data when it is empty."""

import streamlit as st

from dashboard import filters, queries, session, widgets
from dashboard.format import group_label, vn_number
from labels import export as export_text
from labels import ui

session.through_app()
st.title(ui.PAGE_HOME)
st.caption(ui.APP_SUBTITLE)

if not queries.has_data():
    st.subheader(ui.EMPTY_TITLE)
    st.info(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()

chosen = filters.current()
st.write(ui.HOME_INTRO)

counts = queries.headline().iloc[0]
metrics = st.columns(5)
metrics[0].metric(
    ui.METRIC_UNITS,
    f"{vn_number(counts.active_units)}/{vn_number(counts.all_units)}",
    help=ui.METRIC_UNITS_HELP,
)
metrics[1].metric(ui.METRIC_FRAMEWORKS, vn_number(counts.frameworks))
metrics[2].metric(ui.METRIC_OFFICERS, vn_number(counts.active_officers))
metrics[3].metric(ui.METRIC_FILES, vn_number(counts.loaded_files), help=ui.METRIC_FILES_HELP)
metrics[4].metric(ui.METRIC_REJECTED, vn_number(counts.rejected_files))

updated = queries.loaded_at()
# One above the other: the frameworks' six columns do not fit half the page.
st.subheader(ui.SECTION_UNITS)
widgets.table(
    queries.units_by_group(),
    ["unit_group", "active_count", "ended_count"],
    key="home_units",
    title=export_text.HOME_UNITS.format(updated=updated),
)
st.subheader(ui.SECTION_FRAMEWORKS)
in_force = queries.frameworks_for(chosen.year, chosen.unit_group)
if in_force.empty:
    st.info(ui.NO_MATCH)
else:
    year_name = chosen.year or ui.ALL.lower()
    group_name = group_label(chosen.unit_group) or ui.ALL.lower()
    st.caption(ui.FRAMEWORKS_CAPTION.format(year=year_name, group=group_name))
    widgets.table(
        in_force,
        ["framework_id", "unit_group", "from_year", "to_year", "leaf_count", "max_points"],
        key="home_frameworks",
        title=export_text.HOME_FRAMEWORKS.format(year=year_name, group=group_name),
    )

st.subheader(ui.SECTION_FILES)
widgets.table(
    queries.recent_files(),
    [
        "file_name",
        "kind",
        "status",
        "attempted_at",
        "rows_loaded",
        "rows_rejected",
        "error_count",
        "warning_count",
    ],
    key="home_files",
    title=export_text.HOME_FILES.format(updated=updated),
)

rejected = queries.rejected_findings()
if not rejected.empty:
    st.subheader(ui.SECTION_REJECTED)
    widgets.table(
        rejected,
        ["file_name", "sheet_name", "cell", "message"],
        key="home_rejected",
        title=export_text.HOME_REJECTED.format(updated=updated),
    )

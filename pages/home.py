"""Trang chủ: what the warehouse holds, what was refused, and how to load data when it is empty."""

import streamlit as st

from dashboard import filters, queries
from dashboard.format import for_display, group_label, vn_number
from labels import ui

st.title(ui.APP_TITLE)
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

left, right = st.columns(2)
with left:
    st.subheader(ui.SECTION_UNITS)
    by_group = queries.units_by_group()
    st.dataframe(
        for_display(by_group, ["unit_group", "active_count", "ended_count"]),
        hide_index=True,
        width="stretch",
    )
with right:
    st.subheader(ui.SECTION_FRAMEWORKS)
    in_force = queries.frameworks_for(chosen.year, chosen.unit_group)
    if in_force.empty:
        st.info(ui.NO_MATCH)
    else:
        st.caption(
            ui.FRAMEWORKS_CAPTION.format(
                year=chosen.year or ui.ALL.lower(), group=group_label(chosen.unit_group) or ui.ALL.lower()
            )
        )
        st.dataframe(
            for_display(
                in_force, ["framework_id", "unit_group", "from_year", "to_year", "leaf_count", "max_points"]
            ),
            hide_index=True,
            width="stretch",
        )

st.subheader(ui.SECTION_FILES)
st.dataframe(
    for_display(
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
    ),
    hide_index=True,
    width="stretch",
)

rejected = queries.rejected_findings()
if not rejected.empty:
    st.subheader(ui.SECTION_REJECTED)
    st.dataframe(
        for_display(rejected, ["file_name", "sheet_name", "cell", "message"]),
        hide_index=True,
        width="stretch",
    )

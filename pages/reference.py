"""Danh mục: the reference data as loaded — units with their lineage, frameworks, rules, officers."""

import streamlit as st

from dashboard import filters, queries
from dashboard.format import for_display, rule_values
from labels import ui

st.title(ui.PAGE_REFERENCE)
if not queries.has_data():
    st.info(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()

chosen = filters.current()
tab_units, tab_frameworks, tab_rules, tab_officers = st.tabs(
    [ui.TAB_UNITS, ui.TAB_FRAMEWORKS, ui.TAB_RULES, ui.TAB_OFFICERS]
)

with tab_units:
    units = queries.units(chosen.unit_group)
    st.caption(ui.UNITS_CAPTION.format(count=len(units)))
    st.dataframe(
        for_display(
            units,
            [
                "unit_code",
                "unit_name",
                "unit_group",
                "parent_name",
                "valid_from_date",
                "valid_to_date",
                "successor_name",
            ],
        ),
        hide_index=True,
        width="stretch",
    )

with tab_frameworks:
    frameworks = queries.frameworks_for(None, chosen.unit_group)
    st.dataframe(
        for_display(
            frameworks,
            [
                "framework_id",
                "unit_group",
                "from_year",
                "to_year",
                "legal_basis",
                "leaf_count",
                "max_points",
                "survey_points",
            ],
        ),
        hide_index=True,
        width="stretch",
    )
    if not frameworks.empty:
        framework_id = st.selectbox(ui.PICK_FRAMEWORK, frameworks["framework_id"].tolist())
        st.dataframe(
            for_display(
                queries.criteria(framework_id),
                ["stt_text", "criterion_code", "title", "max_points", "is_survey", "responsible_office"],
            ),
            hide_index=True,
            width="stretch",
            height=480,
        )

with tab_rules:
    st.dataframe(
        for_display(
            rule_values(queries.rules()),
            [
                "rule_code",
                "param_code",
                "unit_group",
                "value",
                "valid_from_date",
                "valid_to_date",
                "legal_basis",
                "note",
            ],
        ),
        hide_index=True,
        width="stretch",
    )

with tab_officers:
    officers = queries.officers()
    st.caption(ui.OFFICERS_CAPTION.format(count=len(officers)))
    st.dataframe(
        for_display(
            officers, ["officer_code", "officer_name", "unit_name", "valid_from_date", "valid_to_date"]
        ),
        hide_index=True,
        width="stretch",
    )

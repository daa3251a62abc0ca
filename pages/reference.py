"""Danh mục: the reference data as loaded — units with their lineage, frameworks, rules, officers."""

import streamlit as st

from dashboard import filters, queries, session, widgets
from dashboard.format import for_display, group_label, rule_values
from labels import export as export_text
from labels import ui

session.through_app()
st.title(ui.PAGE_REFERENCE)
if not queries.has_data():
    st.info(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()

chosen = filters.current()
tab_units, tab_frameworks, tab_rules, tab_officers = st.tabs(
    [ui.TAB_UNITS, ui.TAB_FRAMEWORKS, ui.TAB_RULES, ui.TAB_OFFICERS]
)

updated = queries.loaded_at()
group_name = group_label(chosen.unit_group) if chosen.unit_group else ui.ALL.lower()

with tab_units:
    units = queries.units(chosen.unit_group)
    st.caption(ui.UNITS_CAPTION.format(count=len(units)))
    widgets.table(
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
        key="reference_units",
        title=export_text.REFERENCE_UNITS.format(group=group_name, updated=updated),
    )

with tab_frameworks:
    frameworks = queries.frameworks_for(None, chosen.unit_group)
    widgets.table(
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
        key="reference_frameworks",
        title=export_text.REFERENCE_FRAMEWORKS.format(group=group_name, updated=updated),
    )
    if not frameworks.empty:
        framework_id = st.selectbox(ui.PICK_FRAMEWORK, frameworks["framework_id"].tolist())
        widgets.table(
            queries.criteria(framework_id),
            ["stt_text", "criterion_code", "title", "max_points", "is_survey", "responsible_office"],
            key="reference_criteria",
            title=export_text.REFERENCE_CRITERIA.format(framework=framework_id),
            height=480,
        )

with tab_rules:
    rules = queries.rules()
    valid = ["valid_from_date", "valid_to_date", "legal_basis", "note"]
    # Shown as one value with a decimal comma; the file keeps a number and a text in their own columns.
    widgets.table(
        rules,
        ["rule_code", "param_code", "unit_group", "value_number", "value_text", *valid],
        shown=for_display(rule_values(rules), ["rule_code", "param_code", "unit_group", "value", *valid]),
        key="reference_rules",
        title=export_text.REFERENCE_RULES.format(updated=updated),
    )

with tab_officers:
    officers = queries.officers()
    st.caption(ui.OFFICERS_CAPTION.format(count=len(officers)))
    widgets.table(
        officers,
        ["officer_code", "officer_name", "unit_name", "valid_from_date", "valid_to_date"],
        key="reference_officers",
        title=export_text.REFERENCE_OFFICERS.format(updated=updated),
    )

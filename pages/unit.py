"""Đơn vị: one unit's page (`?unit=CODE`), reachable from every table: its lineage, its index and rank over
the years, its fields and weaknesses in the sidebar's year, every file it sent and the findings."""

import streamlit as st

from access.policy import may_open
from dashboard import charts, criteria_logic, filters, heads_logic, queries, session, widgets
from dashboard.format import for_display, group_label, period_label, vn_date, vn_number, vn_sorted
from dashboard.queries import heads as heads_queries
from dashboard.queries import unit as unit_queries
from labels import export as export_text
from labels import page_heads as heads_text
from labels import page_unit as text
from labels import ui

HISTORY_SHOWN = [
    "year",
    "index_text",
    "rank_text",
    "rank_change_text",
    "classification_text",
    "self_points",
    "appraised_points",
    "survey_points",
    "total_points",
    "max_points",
    "provisional_text",
]
# The same columns typed: the rank and the group's size apart, a climb as a positive number of places.
HISTORY_EXPORT = [
    "year",
    "index_pct",
    "rank_in_group",
    "units_in_group",
    "rank_change",
    "classification",
    "self_points",
    "appraised_points",
    "survey_points",
    "total_points",
    "max_points",
    "is_provisional",
]

session.through_app()
st.title(ui.PAGE_UNIT)
if not queries.has_data():
    widgets.empty_state(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()

registry = unit_queries.all_units()
if registry.empty:
    widgets.empty_state(text.NO_UNITS)
    st.stop()
options = criteria_logic.unit_options(registry)
asked = st.query_params.get("unit")
if asked and asked not in options:
    st.warning(text.UNKNOWN_UNIT.format(code=asked))
# A unit's account opens on its own unit; other roles choose one.
user = session.current_user()
own = user.unit_code if user is not None and session.principal().unit_codes is not None else None
code = filters.url_select(
    text.PICK_UNIT,
    [None, *options],
    "unit",
    key="unit_pick",
    format_func=lambda c: text.PICK_PLACEHOLDER if c is None else options[c],
    default=own,
)
if code is None:
    st.info(text.CHOOSE_UNIT)
    st.stop()

chosen = filters.current()
year = chosen.year
period = period_label(year)
info = unit_queries.unit(code).iloc[0]
st.header(info.unit_name)
caption = [text.CAPTION.format(group=group_label(info.unit_group), code=code)]
if isinstance(info.parent_name, str):
    caption.append(text.CAPTION_PARENT.format(parent=info.parent_name))
if not criteria_logic.is_missing(info.valid_from_date):
    caption.append(text.CAPTION_VALID.format(start=vn_date(info.valid_from_date.date())))
if not criteria_logic.is_missing(info.valid_to_date):
    caption.append(text.CAPTION_ENDED.format(end=vn_date(info.valid_to_date.date())))
st.caption(" · ".join(caption))

# Lineage: a merged unit points to its successor, a successor lists the units merged into it.
if isinstance(info.successor_code, str):
    st.info(text.MERGED_INTO.format(end=vn_date(info.valid_to_date.date()), name=info.successor_name))
    st.page_link(
        widgets.UNIT_PAGE,
        label=text.OPEN_SUCCESSOR.format(name=info.successor_name),
        icon=":material/arrow_forward:",
        query_params={"unit": info.successor_code, "year": year},
    )
elif not info.is_active:
    st.info(text.ENDED.format(end=vn_date(info.valid_to_date.date())))
merged = unit_queries.predecessors(code)
if not merged.empty:
    st.markdown(text.FORMED_FROM.format(count=len(merged)))
    links = st.columns(min(len(merged), 4))
    for position, row in enumerate(vn_sorted(merged, "unit_name").itertuples()):
        links[position % len(links)].page_link(
            widgets.UNIT_PAGE,
            label=row.unit_name,
            icon=":material/call_merge:",
            query_params={"unit": row.unit_code, "year": year},
        )

history = criteria_logic.rank_history(unit_queries.index_history(code))
source = charts.source_line(text.CHART_SOURCE, queries.loaded_at())
this_year = history[history["year"] == year]

st.subheader(text.SECTION_HISTORY)
if history.empty:
    st.info(text.NO_INDEX)
else:
    if this_year.empty:
        st.info(text.NO_INDEX_YEAR.format(period=period))
    else:
        now = this_year.iloc[0]
        compared = (
            ui.COMPARED_TO.format(period=period_label(int(now.previous_year)))
            if not criteria_logic.is_missing(now.previous_year)
            else None
        )
        metrics = st.columns(3)
        metrics[0].metric(
            text.METRIC_INDEX.format(period=period),
            f"{vn_number(now.index_pct, 2)}%",
            criteria_logic.metric_delta(now.index_delta, 2),
            help=compared,
        )
        metrics[1].metric(
            text.METRIC_RANK,
            text.METRIC_RANK_VALUE.format(rank=int(now.rank_in_group), count=int(now.units_in_group)),
            criteria_logic.rank_delta(now.rank_change),
            help=compared,
        )
        metrics[2].metric(text.METRIC_CLASS, ui.BAND_LABELS.get(now.classification, "–"))
        if compared:
            st.caption(compared.capitalize())
        if now.is_provisional:
            st.caption(text.PROVISIONAL.format(period=period))
    years = criteria_logic.years_label(history["year"])
    left, right = st.columns(2)
    with left:
        widgets.chart(
            criteria_logic.index_figure(
                history,
                title=text.INDEX_TITLE.format(years=years, unit=info.unit_name),
                source=source,
            ),
            key="unit_index_chart",
        )
    with right:
        widgets.chart(
            criteria_logic.rank_figure(
                history,
                title=text.RANK_TITLE.format(
                    group=group_label(info.unit_group), years=years, unit=info.unit_name
                ),
                source=source,
            ),
            key="unit_rank_chart",
        )
    # The file holds the figures as numbers, newest year first as shown.
    widgets.table(
        history.iloc[::-1],
        HISTORY_EXPORT,
        labels=text.COLUMNS,
        shown=for_display(criteria_logic.history_table(history), HISTORY_SHOWN, labels=text.COLUMNS),
        key="unit_history_table",
        title=export_text.UNIT_HISTORY.format(unit=info.unit_name, years=years),
    )

if not this_year.empty:
    fields = unit_queries.field_points(year, code)
    st.subheader(text.SECTION_FIELDS.format(period=period))
    if fields.empty:
        st.info(ui.NO_MATCH)
    else:
        widgets.chart(
            criteria_logic.field_figure(
                fields, title=text.FIELD_TITLE.format(period=period, unit=info.unit_name), source=source
            ),
            key="unit_field_chart",
        )

    st.subheader(text.SECTION_WEAK.format(period=period))
    lost = unit_queries.lost_criteria(year, code, 10)
    if lost.empty:
        st.info(text.NO_LOSS.format(period=period))
    else:
        st.caption(text.WEAK_CAPTION)
        widgets.table(
            criteria_logic.lost_table(lost),
            ["stt_text", "criterion_title", "max_points", "counted_points", "lost_points", "office"],
            labels=text.COLUMNS,
            key="unit_weak_table",
            title=export_text.UNIT_WEAK.format(unit=info.unit_name, period=period),
        )
        if may_open(session.principal().role, "weakness"):
            st.page_link(
                "pages/weakness.py",
                label=text.OPEN_SHEET,
                icon=":material/troubleshoot:",
                query_params={"unit": code, "year": year, "group": info.unit_group},
            )

heads = heads_queries.unit_head_levels(code)
if not heads.empty:
    st.subheader(heads_text.SECTION_UNIT)
    widgets.table(
        heads_logic.unit_rows(heads),
        ["year", "result_year", "overall_text", "indices_text", "deadline_text", "reason_text"],
        labels=heads_text.COLUMNS,
        key="unit_heads_table",
        title=heads_text.EXPORT_UNIT_TITLE.format(unit=info.unit_name),
    )
    with st.expander(heads_text.DETAIL):
        widgets.table(
            heads_logic.index_rows(heads),
            [
                "year",
                "index_text",
                "measure_text",
                "value_text",
                "thresholds_text",
                "level_text",
                "reason_text",
            ],
            labels=heads_text.COLUMNS,
            key="unit_heads_detail",
            title=heads_text.EXPORT_UNIT_TITLE.format(unit=info.unit_name),
        )

st.subheader(text.SECTION_FILES)
files = unit_queries.load_history(code)
if files.empty:
    st.info(text.NO_FILES)
else:
    st.caption(text.FILES_CAPTION)
    widgets.table(
        files,
        [
            "file_name",
            "kind",
            "file_year",
            "period",
            "status",
            "attempted_at",
            "rows_loaded",
            "error_count",
            "warning_count",
        ],
        labels=text.COLUMNS,
        key="unit_files_table",
        title=export_text.UNIT_FILES.format(unit=info.unit_name, updated=queries.loaded_at()),
    )

st.subheader(text.SECTION_FINDINGS)
found = unit_queries.findings(code)
if found.empty:
    st.info(text.NO_FINDINGS)
else:
    st.caption(text.FINDINGS_CAPTION.format(count=vn_number(len(found))))
    widgets.table(
        found,
        ["file_name", "file_year", "status", "severity", "sheet_name", "cell", "message"],
        labels=text.COLUMNS,
        key="unit_findings_table",
        title=export_text.UNIT_FINDINGS.format(unit=info.unit_name, updated=queries.loaded_at()),
        height=420,
        column_config={ui.COLUMNS["message"]: st.column_config.TextColumn(width="large")},
    )

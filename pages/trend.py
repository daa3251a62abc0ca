"""Xu hướng chỉ số CCHC: a group's index over the years (mean, spread, chosen units), overall or per field,
as units were or mapped to today's units, with framework changes and reorganisations on the time axis."""

import streamlit as st

from dashboard import charts, filters, index_logic, queries, session, widgets
from dashboard.format import group_label, period_label, vn_delta, vn_number
from dashboard.queries import index as index_queries
from labels import export as export_text
from labels import page_index as text
from labels import ui

session.through_app()
st.title(ui.PAGE_TREND)
if not queries.has_data():
    st.subheader(ui.EMPTY_TITLE)
    widgets.empty_state(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()
groups = index_logic.ordered_groups(index_queries.groups_with_index())
if not groups:
    widgets.empty_state(text.NO_INDEX)
    st.stop()

chosen = filters.current()
st.caption(text.TREND_INTRO)
controls = st.columns(3)
group = chosen.unit_group or filters.url_select(
    text.PICK_GROUP, groups, "view_group", key="trend_group", format_func=group_label, container=controls[0]
)
if group not in groups:
    names = text.LIST_SEPARATOR.join(group_label(g) for g in groups)
    widgets.empty_state(text.NO_INDEX_GROUP.format(group=group_label(group), groups=names))
    st.stop()
unit_view = filters.url_select(
    text.PICK_VIEW,
    list(text.VIEW_LABELS),
    "units_as",
    key="trend_view",
    format_func=text.VIEW_LABELS.get,
    container=controls[1],
)
fields = index_queries.fields(group)
field_titles = dict(zip(fields["field_code"], fields["field_title"], strict=True))
field = filters.url_select(
    text.PICK_MEASURE,
    [None, *field_titles],
    "field",
    key="trend_field",
    container=controls[2],
    format_func=lambda c: text.FIELD_OPTION.format(code=c, title=field_titles[c]) if c else text.MEASURE_ALL,
)
results = index_queries.trend(unit_view, group, field)
all_spread = index_queries.spread(unit_view, group)
if results.empty:
    widgets.empty_state(
        text.TODAY_NONE.format(group=group_label(group)) if unit_view == "today" else ui.NO_MATCH
    )
    st.stop()
names = index_logic.unit_options(results)
units = filters.url_multiselect(
    text.PICK_UNITS,
    list(names),
    "units",
    key="trend_units",
    format_func=names.get,
    placeholder=text.PICK_UNITS_PLACEHOLDER,
)
spread = index_logic.of_measure(all_spread, field)
years = spread["year"].tolist()
measure = text.MEASURE_ALL if field is None else text.MEASURE_FIELD.format(code=field)

year = index_logic.pick_year(chosen.year, years)
if chosen.year is not None and year != chosen.year:
    st.caption(text.METRIC_YEAR_FALLBACK.format(wanted=period_label(chosen.year), shown=period_label(year)))
summary = index_logic.year_summary(spread, year)
metrics = st.columns(5)
metrics[0].metric(
    text.METRIC_MEAN.format(period=period_label(year)),
    vn_number(summary.mean_pct, 2),
    vn_delta(summary.mean_change),
    help=text.METRIC_MEAN_HELP.format(
        count=summary.unit_count, compared=ui.COMPARED_TO.format(period=period_label(summary.previous_year))
    )
    if summary.previous_year
    else text.METRIC_MEAN_HELP_FIRST.format(count=summary.unit_count),
)
metrics[1].metric(text.METRIC_MAX, vn_number(summary.max_pct, 2))
metrics[2].metric(text.METRIC_MEDIAN, vn_number(summary.median_pct, 2))
metrics[3].metric(text.METRIC_MIN, vn_number(summary.min_pct, 2))
metrics[4].metric(
    text.METRIC_UNITS,
    vn_number(summary.unit_count),
    help=text.METRIC_UNITS_HELP.format(
        provisional=summary.provisional_count, converted=summary.converted_count
    ),
)

source = charts.source_line(text.SOURCE_INDEX, queries.loaded_at())
y_title = text.AXIS_INDEX if field is None else text.AXIS_FIELD
span = text.TREND_TITLE_PERIOD.format(first=min(years), last=max(years))
shown = results[results["unit_code"].isin(units)]
if units and shown.empty:
    widgets.empty_state(text.UNITS_NO_RESULT.format(measure=measure))
figure = index_logic.trend_figure(
    spread,
    shown,
    names,
    changes=index_logic.framework_changes(index_queries.framework_versions(group)),
    events=index_logic.reorganisations(index_queries.unit_endings(group), min(years), max(years)),
    y_title=y_title,
    title=text.TREND_TITLE.format(measure=measure, period=span, group=group_label(group)),
    source=source,
)
widgets.chart(figure, key="trend_chart")
if unit_view == "today":
    st.caption(text.CONVERTED_NOTE)

st.subheader(text.SECTION_FIELDS)
single = units[0] if len(units) == 1 else None
if single:
    by_field = index_logic.field_values(index_queries.unit_trend(unit_view, group, single), single)
    who = names[single]
else:
    by_field = index_logic.field_values(all_spread)
    who = text.FIELDS_WHO_GROUP.format(group=group_label(group))
if by_field.empty:
    widgets.empty_state(ui.NO_MATCH)
else:
    widgets.chart(
        index_logic.fields_figure(by_field, fields, text.FIELDS_TITLE.format(period=span, who=who), source),
        key="trend_fields",
    )
    st.caption(text.FIELDS_CAPTION)

st.subheader(text.SECTION_TABLE)
table, codes = index_logic.trend_table(results, {code: names[code] for code in units} if units else names)
# The file holds one row per unit and year, the value a number and its marks as their own columns.
widgets.table(
    results[results["unit_code"].isin(codes)],
    ["unit_code", "unit_name", "year", "value_pct", "is_provisional", "is_converted"],
    labels={"value_pct": y_title},
    shown=table,
    key="trend_table",
    title=export_text.TREND.format(measure=measure, period=span, group=group_label(group)),
    unit_codes=codes,
    unit_params={"year": year},
)

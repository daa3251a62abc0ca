"""Xếp hạng: the ranking of one unit group in one year, with the change since last year, classification,
self against appraised points and survey points, as a table (a row opens the unit) and as bars."""

import streamlit as st

from dashboard import charts, filters, index_logic, queries, session, widgets
from dashboard.format import group_label, period_label, vn_number
from dashboard.queries import index as index_queries
from labels import export as export_text
from labels import page_index as text
from labels import ui

# The ranking's figures as numbers: a rank change in places (climbed > 0), the flags the table shows as
# "mới", "(tạm tính)" and "(quy đổi)" as their own columns.
RANKING_EXPORT = [
    "rank_in_group",
    "rank_change",
    "is_new",
    "unit_code",
    "unit_name",
    "index_pct",
    "is_provisional",
    "classification",
    "previous_index_pct",
    "predecessor_index_pct",
    "index_change",
    "self_points",
    "appraised_points",
    "self_minus_appraised_points",
    "survey_points",
]

session.through_app()
st.title(ui.PAGE_RANKING)
if not queries.has_data():
    st.subheader(ui.EMPTY_TITLE)
    widgets.empty_state(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()
years = index_queries.index_years()
if not years:
    widgets.empty_state(text.NO_INDEX)
    st.stop()

chosen = filters.current()
year = chosen.year or max(years)
period = period_label(year)
if year not in years:
    widgets.empty_state(
        text.NO_INDEX_YEAR.format(period=period, years=text.LIST_SEPARATOR.join(map(str, sorted(years))))
    )
    st.stop()
st.caption(text.RANKING_INTRO)
if chosen.quarter or chosen.month:
    st.caption(text.YEARLY_ONLY)
groups = index_logic.ordered_groups(index_queries.groups_with_index(year))
group = chosen.unit_group or filters.url_select(
    text.PICK_GROUP,
    groups,
    "view_group",
    key="ranking_group",
    format_func=group_label,
    container=st.columns(3)[0],
)
if group not in groups:
    names = text.LIST_SEPARATOR.join(group_label(g) for g in groups)
    widgets.empty_state(
        text.NO_INDEX_GROUP_YEAR.format(period=period, group=group_label(group), groups=names)
    )
    st.stop()

ranked = index_logic.in_rank_order(index_queries.ranking(year, group))
summary = index_logic.ranking_summary(ranked)
metrics = st.columns(5)
metrics[0].metric(text.METRIC_RANKED, vn_number(summary.unit_count))
metrics[1].metric(text.METRIC_RANK_MEAN, vn_number(summary.mean_pct, 2))
metrics[2].metric(
    text.METRIC_CLIMBED,
    vn_number(summary.climbed_count),
    help=text.METRIC_CLIMBED_HELP.format(period=period_label(year - 1)),
)
metrics[3].metric(
    text.METRIC_FELL,
    vn_number(summary.fell_count),
    help=text.METRIC_FELL_HELP.format(period=period_label(year - 1)),
)
metrics[4].metric(
    text.METRIC_NEW,
    vn_number(summary.new_count),
    help=text.METRIC_NEW_HELP.format(period=period_label(year - 1)),
)
counts = index_logic.band_counts(ranked)
if counts:
    st.caption(
        text.BAND_COUNTS.format(
            counts=text.LIST_SEPARATOR.join(text.BAND_COUNT.format(band=b, count=n) for b, n in counts)
        )
    )
if summary.provisional_count:
    st.warning(text.PROVISIONAL_COUNT.format(count=summary.provisional_count), icon=":material/pending:")

widgets.table(
    ranked,
    RANKING_EXPORT,
    labels=text.COLUMNS,
    shown=index_logic.band_coloured(index_logic.ranking_table(ranked)),
    key="ranking_table",
    title=export_text.RANKING.format(period=period, group=group_label(group)),
    unit_codes=ranked["unit_code"],
    unit_params={"year": year},
)
st.caption(text.RANK_LEGEND.format(period=period_label(year - 1)))

figure = index_logic.ranking_figure(
    ranked,
    text.RANKING_TITLE.format(period=period, group=group_label(group)),
    charts.source_line(text.SOURCE_INDEX, queries.loaded_at()),
)
widgets.chart(figure, key="ranking_chart")

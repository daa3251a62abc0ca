"""Chỉ số quốc gia: the province's score and rank in the published national indices over the years, and
where it stands among the provinces of a year's table."""

import streamlit as st

from dashboard import charts, filters, queries, session, widgets
from dashboard import national_logic as logic
from dashboard.queries import national as q
from labels import page_national as txt
from labels import ui

session.through_app()
st.title(ui.PAGE_NATIONAL)
st.caption(txt.INTRO)

if not queries.has_data():
    st.subheader(ui.EMPTY_TITLE)
    widgets.empty_state(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()
loaded = q.indices()
if loaded.empty:
    widgets.empty_state(txt.NO_TABLES)
    st.stop()

pick_index, pick_entity = st.columns(2)
index_name = filters.url_select(
    txt.PICK_INDEX,
    logic.ordered_indices(list(loaded["index_name"])),
    "index",
    key="national_index",
    format_func=logic.index_label,
    container=pick_index,
)
rows = q.index_rows(index_name)

entity_name = filters.url_select(
    txt.PICK_ENTITY, logic.entity_options(rows), "entity", key="national_entity", container=pick_entity
)
entity_key = logic.entity_key_of(rows, entity_name)
province_name = logic.province_name(rows)
if province_name is None:
    st.info(txt.PROVINCE_UNKNOWN)
elif not logic.province_keys(rows):
    st.info(txt.PROVINCE_NOT_IN_INDEX.format(index=index_name, name=province_name))
else:
    st.caption(txt.PROVINCE_FROM_RULES.format(name=province_name))

chosen_year = filters.current().year
year = logic.shown_year(logic.index_years(rows), chosen_year)
if chosen_year is not None and year != chosen_year:
    st.caption(txt.YEAR_FALLBACK.format(index=index_name, year=chosen_year, shown=year))

table = logic.year_table(rows, year)
count = int(table["entity_count"].iloc[0])
among = txt.AMONG.format(count=count)
history = logic.entity_history(rows, entity_key)
mine = history[history["year"] == year]
if mine.empty:
    st.info(txt.NOT_IN_YEAR.format(index=index_name, year=year, name=entity_name))
else:
    me = logic.standing(mine.iloc[0], count)
    metrics = st.columns(4)
    metrics[0].metric(txt.METRIC_SCORE.format(index=index_name, year=year), me.score_text, me.score_delta)
    metrics[1].metric(
        txt.METRIC_RANK.format(year=year),
        me.rank_text,
        me.rank_delta,
        help=txt.RANK_HELP.format(among=among, published=me.published_text),
    )
    metrics[2].metric(txt.METRIC_MEAN.format(year=year), me.mean_text, help=among)
    metrics[3].metric(txt.METRIC_GAP, me.gap_text, delta_color="off")
st.caption(txt.EXCERPT_NOTE.format(among=among))

source = charts.source_line(txt.SOURCE.format(index=index_name), queries.loaded_at())
st.subheader(txt.SECTION_HISTORY)
left, right = st.columns(2)
with left:
    widgets.chart(logic.score_figure(rows, entity_key, index_name, source), key="national_score")
with right:
    widgets.chart(logic.rank_figure(rows, entity_key, index_name, source), key="national_rank")

st.subheader(txt.SECTION_DISTRIBUTION.format(year=year))
widgets.chart(
    logic.distribution_figure(rows, year, entity_key, index_name, source), key="national_distribution"
)

table_title = txt.SECTION_TABLE.format(index=index_name, year=year)
st.subheader(table_title)
disagreements = logic.disagreement_count(table)
if disagreements:
    st.warning(txt.DISAGREE_WARNING.format(count=disagreements))
widgets.table(
    table,
    ["computed_rank", "entity_name", "score", "score_change", "published_rank", "rank_disagrees"],
    labels=txt.COLUMNS,
    shown=logic.ranking_table(table, entity_key),
    key="national_table",
    title=table_title,
    height=min(38 + 35 * len(table), 800),
)

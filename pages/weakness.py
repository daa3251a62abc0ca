"""Điểm yếu theo tiêu chí: where the units of a group lost points in a year (units × fields or criteria),
the criteria that lose most and the office owning each, and one unit's full sheet with its evidence and
explanations, so a leader sees the cause."""

import streamlit as st

from dashboard import charts, criteria_logic, filters, queries, session, widgets
from dashboard.format import for_display, group_label, period_label, vn_number, vn_points
from dashboard.queries import weakness
from labels import export as export_text
from labels import page_criteria as text
from labels import ui
from reports.tables import export_name

SHEET_SHOWN = [
    "stt_text",
    "criterion_title",
    "max_points",
    "self_text",
    "appraised_points",
    "counted_text",
    "lost_points",
    "evidence_text",
    "explanation_text",
    "note_text",
    "office",
]
# The sheet typed: "điều tra XHH" and "không áp dụng" as their own yes/no columns beside the points.
SHEET_EXPORT = [
    "stt_text",
    "criterion_title",
    "max_points",
    "is_survey",
    "self_points",
    "appraised_points",
    "is_not_applicable",
    "counted_points",
    "lost_points",
    "evidence_text",
    "explanation_text",
    "note_text",
    "office",
]

session.through_app()
st.title(ui.PAGE_WEAKNESS)
if not queries.has_data():
    widgets.empty_state(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()

chosen = filters.current()
year = chosen.year
period = period_label(year)
groups = weakness.groups_with_scores(year) if year else []
if not groups:
    widgets.empty_state(text.NO_YEAR_DATA.format(period=period))
    st.stop()
st.caption(text.INTRO)

# The page's own choices side by side; the group's slot only when the sidebar left the group open.
controls = iter(st.columns(4))
if chosen.unit_group:
    group = chosen.unit_group
else:
    group_slot = next(controls)
    group = filters.url_select(
        text.PICK_GROUP, groups, "unit_group", key="weak_group", format_func=group_label, container=group_slot
    )
    group_slot.caption(text.PICK_GROUP_HELP)
if group not in groups:
    widgets.empty_state(text.NO_GROUP_DATA.format(group=group_label(group), period=period))
    st.stop()

view = filters.url_select(
    text.PICK_VIEW,
    list(text.VIEWS),
    "view",
    key="weak_view",
    format_func=text.VIEWS.get,
    container=next(controls),
)
order_by = filters.url_select(
    text.PICK_ORDER,
    list(text.ORDERS),
    "order",
    key="weak_order",
    format_func=text.ORDERS.get,
    container=next(controls),
)
units = weakness.group_units(year, group)
ordered = criteria_logic.ordered_units(units, order_by)
# A national group has ~3,300 communes: the heatmap draws the units losing most, the files hold them all.
shown_units = criteria_logic.HEATMAP_UNITS_SHOWN
field_cells = weakness.field_losses(year, group, shown_units)
fields = field_cells.drop_duplicates("field_code").sort_values("field_order")
source = charts.source_line(text.HEATMAP_SOURCE, queries.loaded_at())
who = queries.principal()

st.subheader(text.SECTION_HEATMAP)
if view == "field":
    cells = field_cells.rename(columns={"field_code": "key"})
    columns = criteria_logic.field_columns(field_cells)
    title, hover, axis = text.HEATMAP_TITLE_FIELD, text.HEATMAP_HOVER_FIELD, text.AXIS_FIELDS
    field_name = None
    cell_columns = criteria_logic.FIELD_CELL_COLUMNS
    cells_title = text.CELLS_TITLE_FIELD.format(period=period, group=group_label(group))

    def every_cell():
        # Built when a file is asked for, on the server's download thread: the page's user goes with it.
        with queries.acting_as(who):
            return weakness.field_losses(year, group)
else:
    field_names = dict(
        zip(fields["field_code"], fields["field_stt"] + ". " + fields["field_title"], strict=True)
    )
    field = filters.url_select(
        text.PICK_FIELD,
        [None, *fields["field_code"]],
        "field",
        key="weak_field",
        container=next(controls),
        format_func=lambda code: field_names.get(code, text.ALL_FIELDS),
    )
    criterion_cells = weakness.criterion_losses(year, group, field, shown_units)
    cells = criterion_cells.rename(columns={"criterion_code": "key"})
    criteria = weakness.lost_criteria(year, group, field)
    columns = criteria_logic.criterion_columns(criteria)
    title, hover, axis = text.HEATMAP_TITLE_CRITERION, text.HEATMAP_HOVER_CRITERION, text.AXIS_CRITERIA
    field_name = field_names.get(field)
    cell_columns = criteria_logic.CRITERION_CELL_COLUMNS
    cells_title = text.CELLS_TITLE_CRITERION.format(
        field=field_name or text.ALL_FIELDS.lower(), period=period, group=group_label(group)
    )

    def every_cell():
        with queries.acting_as(who):
            every = weakness.criterion_losses(year, group, field)
        return criteria_logic.criterion_cell_table(every, units, criteria)


rows = criteria_logic.heatmap_rows(ordered, cells)
if cells.empty:
    st.info(ui.NO_MATCH)
else:
    widgets.chart(
        criteria_logic.loss_heatmap(
            cells,
            rows,
            columns,
            title=criteria_logic.heatmap_title(
                title.format(period=period, group=group_label(group)), len(rows), len(units)
            ),
            source=source,
            hover=hover,
            x_title=axis,
            show_values=view == "field",
        ),
        key="weak_heatmap",
    )
    cut = criteria_logic.heatmap_cut_text(len(rows), len(units), field_name)
    if cut:
        st.caption(cut)
    st.caption(text.HEATMAP_CAPTION)
    files = criteria_logic.deferred_files(every_cell, cell_columns, text.CELL_COLUMNS, cells_title)
    with st.container(horizontal=True, gap="small"):
        for ext, label, icon in (
            ("xlsx", text.DOWNLOAD_CELLS_XLSX, ":material/table_view:"),
            ("csv", text.DOWNLOAD_CELLS_CSV, ":material/csv:"),
        ):
            st.download_button(
                label,
                data=files[ext],
                file_name=export_name(cells_title, ext),
                mime=criteria_logic.FILE_TYPES[ext],
                key=f"weak_cells_{ext}",
                help=text.CELLS_HELP.format(total=vn_number(len(units))),
                on_click="ignore",
                type="tertiary",
                icon=icon,
                width="content",
            )

st.subheader(text.SECTION_TOP)
top = weakness.top_criteria(year, group)
if top.empty:
    st.info(text.NO_LOSS)
else:
    st.caption(text.TOP_CAPTION)
    shown_top = top.head(10)
    widgets.chart(
        criteria_logic.top_criteria_figure(
            shown_top,
            title=text.TOP_CHART_TITLE.format(count=len(shown_top), period=period, group=group_label(group)),
            source=source,
        ),
        key="weak_top_chart",
    )
    top_table = criteria_logic.top_criteria_table(top)
    # Shown as "5/11" units and "12,5%"; the file keeps the counts and shares as numbers.
    widgets.table(
        top_table,
        [
            "stt_text",
            "criterion_title",
            "office",
            "method",
            "max_points",
            "losing_unit_count",
            "unit_count",
            "lost_points",
            "mean_lost_points",
            "lost_pct",
        ],
        labels=text.COLUMNS,
        shown=for_display(
            top_table,
            [
                "stt_text",
                "criterion_title",
                "office",
                "method",
                "max_points",
                "losing_text",
                "lost_points",
                "mean_lost_text",
                "lost_pct_text",
            ],
            labels=text.COLUMNS,
        ),
        key="weak_top_table",
        title=export_text.WEAKNESS_TOP.format(period=period, group=group_label(group)),
        height=420,
        column_config={text.COLUMNS["criterion_title"]: st.column_config.TextColumn(width=320)},
    )

    st.markdown(f"**{text.SECTION_OFFICES}**")
    st.caption(text.OFFICE_CAPTION)
    offices = criteria_logic.office_summary(top)
    widgets.table(
        offices,
        ["office", "criteria_count", "lost_points", "share_pct"],
        labels=text.COLUMNS,
        shown=for_display(
            offices, ["office", "criteria_count", "lost_points", "share_text"], labels=text.COLUMNS
        ),
        key="weak_offices_table",
        title=export_text.WEAKNESS_OFFICES.format(period=period, group=group_label(group)),
    )

st.subheader(text.SECTION_SHEET)
by_name = criteria_logic.unit_order(units, "name")
unit_names = dict(zip(units["unit_code"], units["unit_name"], strict=True))
unit_code = filters.url_select(text.PICK_UNIT, by_name, "unit", key="weak_unit", format_func=unit_names.get)
unit = units.set_index("unit_code").loc[unit_code]
sheet = weakness.unit_sheet(year, unit_code)
if sheet.empty:
    st.info(text.NO_SHEET.format(period=period))
    st.stop()
totals = criteria_logic.sheet_totals(sheet)
metrics = st.columns(4)
metrics[0].metric(text.METRIC_INDEX, f"{vn_number(unit.index_pct, 2)}%")
metrics[1].metric(
    text.METRIC_RANK, text.RANK_VALUE.format(rank=int(unit.rank_in_group), count=int(unit.units_in_group))
)
metrics[2].metric(text.METRIC_LOST, vn_points(totals["lost_points"]))
metrics[3].metric(text.METRIC_LOST_COUNT, vn_number(totals["lost_count"]))
if unit.is_provisional:
    st.caption(text.PROVISIONAL)
st.page_link(
    widgets.UNIT_PAGE,
    label=text.OPEN_UNIT_PAGE,
    icon=":material/apartment:",
    query_params={"unit": unit_code, "year": year},
)
only_lost = st.toggle(text.ONLY_LOST, key="weak_only_lost")
shown_sheet = criteria_logic.sheet_table(sheet, only_lost)
widgets.table(
    shown_sheet,
    SHEET_EXPORT,
    labels=text.COLUMNS,
    shown=for_display(shown_sheet, SHEET_SHOWN, labels=text.COLUMNS),
    key="weak_sheet_table",
    title=export_text.WEAKNESS_SHEET.format(unit=unit_names[unit_code], period=period),
    height=560,
    column_config={
        # Narrower titles leave the evidence and explanation in view; a cell's full text shows on hover.
        text.COLUMNS["criterion_title"]: st.column_config.TextColumn(width=300),
        text.COLUMNS["evidence_text"]: st.column_config.TextColumn(width=300),
        text.COLUMNS["explanation_text"]: st.column_config.TextColumn(width=240),
        text.COLUMNS["note_text"]: st.column_config.TextColumn(width=240),
    },
)
st.caption(text.SHEET_CAPTION)

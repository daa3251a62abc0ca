"""Tổng quan: the year's CCHC index against the year before, the movers, the One-Stop picture of the
period against the one before, and what data is still missing."""

import plotly.graph_objects as go
import streamlit as st

from access import audit
from dashboard import charts, filters, heads_logic, queries, session, widgets
from dashboard import overview_logic as logic
from dashboard.format import for_display, group_label, period_label, vn_delta, vn_number
from dashboard.queries import heads as q_heads
from dashboard.queries import overview as q
from labels import export as export_text
from labels import page_heads as heads_text
from labels import page_overview as t
from labels import ui
from reports.facts import ROMAN
from warehouse.db import db_path

session.through_app()
st.title(ui.PAGE_OVERVIEW)
if not queries.has_data():
    st.info(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()

chosen = filters.current()
group_name = group_label(chosen.unit_group) or ui.ALL.lower()
updated = queries.loaded_at()
years = q.index_years()
year = chosen.year or (years[0] if years else None)
before = logic.previous_year(years, year) if year else None
period, compared = period_label(year), ui.COMPARED_TO.format(period=period_label(before))
picture = logic.one_stop_period(q.grade_months(), chosen.year, chosen.quarter, chosen.month)

if picture:
    one_stop_name = period_label(
        picture.year, picture.quarter, picture.month if picture.period_type == "month" else None
    )
    st.caption(t.CAPTION.format(index_period=period, one_stop_period=one_stop_name, group=group_name))
else:
    st.caption(t.CAPTION_NO_ONE_STOP.format(index_period=period, group=group_name))

# --- The report pack -------------------------------------------------------------------------------------
with st.expander(t.PACK_TITLE, icon=":material/summarize:"):
    st.caption(t.PACK_HELP)
    pack_year, pack_quarter = logic.report_period(picture, year)
    pack_years = queries.available_years()
    quarters = [None, 1, 2, 3, 4]
    cells = st.columns(2)
    chosen_pack_year = cells[0].selectbox(
        t.PACK_YEAR,
        pack_years,
        index=pack_years.index(pack_year) if pack_year in pack_years else 0,
        key="pack_year",
    )
    chosen_pack_quarter = cells[1].selectbox(
        t.PACK_PERIOD,
        quarters,
        index=quarters.index(pack_quarter),
        format_func=lambda q: t.PACK_WHOLE_YEAR if q is None else t.PACK_QUARTER.format(roman=ROMAN[q - 1]),
        key="pack_quarter",
    )
    if st.button(t.PACK_BUTTON, icon=":material/description:", key="pack_build"):
        from reports import pack

        bar = st.progress(0.0)
        st.session_state["report_pack"] = pack.make_download(
            chosen_pack_year,
            chosen_pack_quarter,
            chosen.unit_group,
            progress=lambda fraction, message: bar.progress(fraction, text=message),
        )
        # The pack lists every officer's grades: personal data, so its making is on the audit trail.
        signed_in = session.current_user()
        audit.record(
            db_path(),
            signed_in.user_name if signed_in else "?",
            "export_officer_grades",
            st.session_state["report_pack"].file_name,
        )
    made = st.session_state.get("report_pack")
    if made is not None:
        st.success(
            t.PACK_READY.format(
                name=made.file_name,
                figures=made.figures,
                tables=made.tables,
                seconds=vn_number(made.seconds, 1),
            )
        )
        if made.image_note:
            st.warning(t.PACK_NO_IMAGES.format(reason=made.image_note))
        st.download_button(
            t.PACK_DOWNLOAD,
            data=made.data,
            file_name=made.file_name,
            mime="application/zip",
            on_click="ignore",
            icon=":material/download:",
            key="pack_download",
        )

# --- CCHC index of the year --------------------------------------------------------------------------
st.header(t.SECTION_INDEX.format(period=period))
by_group = q.index_by_group(year, chosen.unit_group) if year in years else None
if not years:
    widgets.empty_state(t.NO_INDEX_AT_ALL)
elif by_group is None:
    widgets.empty_state(t.NO_INDEX.format(period=period, years=", ".join(map(str, sorted(years)))))
elif by_group.empty:
    widgets.empty_state(t.NO_GROUP_DATA.format(group=group_name, period=period))
else:
    earlier = q.index_by_group(before, chosen.unit_group) if before else None
    if before is None:
        st.caption(t.NO_PREVIOUS)
    mean_now, mean_before = (
        logic.mean_index(by_group),
        logic.mean_index(earlier) if earlier is not None else None,
    )
    units_now = int(by_group["unit_count"].sum())
    units_before = int(earlier["unit_count"].sum()) if earlier is not None else None
    cells = st.columns(5)
    widgets.metric(
        cells[0],
        t.METRIC_UNITS,
        vn_number(units_now),
        None if units_before is None else units_now - units_before,
        decimals=0,
        compared=compared,
        neutral=True,
    )
    widgets.metric(
        cells[1],
        t.METRIC_MEAN,
        f"{vn_number(mean_now, 2)}%",
        None if mean_before is None else mean_now - mean_before,
        compared=compared,
        help=t.METRIC_MEAN_HELP,
    )
    cells[2].metric(t.METRIC_BEST, f"{vn_number(by_group['max_index_pct'].max(), 2)}%")
    cells[3].metric(t.METRIC_WORST, f"{vn_number(by_group['min_index_pct'].min(), 2)}%")
    cells[4].metric(
        t.METRIC_PROVISIONAL,
        vn_number(int(by_group["provisional_count"].sum())),
        help=t.METRIC_PROVISIONAL_HELP,
    )

    st.subheader(t.BANDS_TITLE.format(period=period))
    if units_before is not None and units_before != units_now:
        st.caption(
            t.UNITS_CHANGED.format(
                previous=period_label(before),
                before=vn_number(units_before),
                period=period,
                now=vn_number(units_now),
            )
        )
    band_cells = st.columns(len(logic.BANDS))
    for cell, (band, count, change) in zip(band_cells, logic.band_changes(by_group, earlier), strict=True):
        widgets.metric(
            cell,
            ui.BAND_LABELS[band],
            vn_number(count),
            change,
            decimals=0,
            compared=compared,
            worse_when_up=band in ("trung_binh", "yeu"),
            help=t.BAND_SHARE.format(share=vn_number(100 * count / units_now, 1)) if units_now else None,
        )

    st.subheader(t.GROUPS_TITLE)
    groups = logic.group_comparison(by_group, earlier)
    fig = go.Figure()
    labels = [group_label(g) for g in groups["unit_group"]]
    if before:
        fig.add_bar(
            x=labels,
            y=groups["previous_mean_pct"],
            name=period_label(before).capitalize(),
            marker_color=charts.PALETTE[4],
        )
    fig.add_bar(
        x=labels,
        y=groups["mean_index_pct"],
        name=period.capitalize(),
        marker_color=charts.PALETTE[0],
        text=[vn_number(v, 2) for v in groups["mean_index_pct"]],
        textposition="outside",
    )
    fig.update_layout(barmode="group", yaxis_title=t.AXIS_INDEX, yaxis_range=[0, 105])
    title = (
        t.CHART_GROUPS.format(period=period, previous=period_label(before))
        if before
        else t.CHART_GROUPS_ONE.format(period=period)
    )
    widgets.chart(
        charts.styled(fig, title, charts.source_line(t.CHART_SOURCE, updated), height=380), "groups"
    )
    shown = for_display(
        groups,
        ["unit_group", "unit_count", "mean_index_pct", "previous_mean_pct", "mean_change_pct"],
        labels=t.COLUMNS,
    )
    for column in ("mean_index_pct", "previous_mean_pct"):
        shown[t.COLUMNS[column]] = groups[column].map(lambda v: vn_number(v, 2))
    shown[t.COLUMNS["mean_change_pct"]] = groups["mean_change_pct"].map(vn_delta)
    widgets.table(
        groups,
        ["unit_group", "unit_count", "mean_index_pct", "previous_mean_pct", "mean_change_pct"],
        labels=t.COLUMNS,
        shown=shown,
        key="groups_table",
        title=title,
    )

    if before:
        st.subheader(t.MOVERS_TITLE.format(compared=compared))
        risers, fallers = logic.top_movers(q.movers(year, before, chosen.unit_group))
        cols = st.columns(2)
        for column, frame, title, none, key in (
            (cols[0], risers, t.RISERS, t.NO_RISERS, "risers"),
            (cols[1], fallers, t.FALLERS, t.NO_FALLERS, "fallers"),
        ):
            with column:
                st.markdown(f"**{title}**")
                if frame.empty:
                    st.caption(none)
                    continue
                frame = frame.assign(
                    rank_text=[
                        logic.rank_change_text(r, c, t.RANK_UP, t.RANK_DOWN, t.RANK_SAME)
                        for r, c in zip(frame["rank_in_group"], frame["rank_change"], strict=True)
                    ]
                )
                shown = for_display(
                    frame,
                    ["unit_name", "index_pct", "change_pct", "rank_text"],
                    labels=t.COLUMNS,
                )
                shown[t.COLUMNS["index_pct"]] = frame["index_pct"].map(lambda v: vn_number(v, 2))
                shown[t.COLUMNS["change_pct"]] = frame["change_pct"].map(vn_delta)
                widgets.table(
                    frame,
                    [
                        "unit_code",
                        "unit_name",
                        "index_pct",
                        "previous_index_pct",
                        "change_pct",
                        "rank_in_group",
                        "previous_rank",
                        "rank_change",
                    ],
                    labels=t.COLUMNS,
                    shown=shown,
                    key=key,
                    title=export_text.OVERVIEW_MOVERS.format(
                        what=title.lower(), period=period, compared=compared
                    ),
                    unit_codes=frame["unit_code"],
                    unit_params={"year": year},
                )
        st.caption(t.MOVERS_NOTE)

# --- One-Stop ------------------------------------------------------------------------------------------
if picture:
    one_stop_name = period_label(
        picture.year, picture.quarter, picture.month if picture.period_type == "month" else None
    )
    previous = picture.previous()
    previous_name = period_label(
        previous.year, previous.quarter, previous.month if previous.period_type == "month" else None
    )
    st.header(t.SECTION_ONE_STOP.format(period=one_stop_name))
    now = q.grade_picture(picture.period_type, picture.key)
    if now.empty or int(now["officer_count"].iloc[0]) == 0:
        widgets.empty_state(t.NO_ONE_STOP.format(period=one_stop_name))
    else:
        then = q.grade_picture(previous.period_type, previous.key)
        one_stop_compared = ui.COMPARED_TO.format(period=previous_name)
        row = now.iloc[0]
        cells = st.columns(4) + st.columns(4)
        for cell, (grade, count, change) in zip(cells[:4], logic.grade_changes(now, then), strict=True):
            widgets.metric(
                cell,
                t.GRADE_METRIC.format(grade=grade),
                vn_number(count),
                change,
                decimals=0,
                compared=one_stop_compared,
                worse_when_up=grade in ("C", "D"),
            )
        satisfied_before = then["satisfied_pct"].iloc[0] if not then.empty else None
        widgets.metric(
            cells[4],
            t.METRIC_SATISFACTION,
            "–" if row.satisfied_pct is None else f"{vn_number(row.satisfied_pct, 1)}%",
            None
            if satisfied_before is None or row.satisfied_pct is None
            else row.satisfied_pct - satisfied_before,
            decimals=1,
            compared=one_stop_compared,
            help=t.METRIC_SATISFACTION_HELP.format(count=vn_number(row.feedback_count)),
        )
        cells[5].metric(t.METRIC_REPLACEMENTS, vn_number(row.replacement_count))
        cells[6].metric(t.METRIC_MISSING_FORMS, vn_number(row.missing_count))
        cells[7].metric(t.METRIC_LATE_FORMS, vn_number(row.late_count))
        to_replace = q.replacements(picture.period_type, picture.key)
        if not to_replace.empty:
            st.markdown(f"**{t.REPLACEMENTS_TITLE}**")
            to_replace = to_replace.assign(
                second_d_text=to_replace["is_second_d_in_row"].map(lambda b: t.SECOND_D if b else "")
            )
            shown = for_display(
                to_replace,
                ["officer_name", "unit_name", "final_score", "grade", "second_d_text"],
                labels=t.COLUMNS,
            )
            shown[t.COLUMNS["final_score"]] = to_replace["final_score"].map(lambda v: vn_number(v, 2))
            widgets.table(
                to_replace,
                ["officer_code", "officer_name", "unit_name", "final_score", "grade", "is_second_d_in_row"],
                labels=t.COLUMNS,
                shown=shown,
                key="replacements_table",
                title=export_text.OVERVIEW_REPLACEMENTS.format(period=one_stop_name),
            )

# --- Missing data --------------------------------------------------------------------------------------
st.header(t.SECTION_MISSING)
if year:
    missing = q.units_without_sheet(year, chosen.unit_group)
    if missing.empty:
        st.success(t.MISSING_SHEETS_NONE.format(period=period))
    else:
        with st.expander(t.MISSING_SHEETS.format(count=len(missing), period=period), expanded=True):
            widgets.table(
                missing,
                ["unit_code", "unit_name", "unit_group"],
                labels=t.COLUMNS,
                key="missing_table",
                title=export_text.OVERVIEW_MISSING.format(period=period),
            )
    provisional = q.provisional_units(year, chosen.unit_group)
    if not provisional.empty:
        provisional = provisional.assign(
            has_appraisal_text=provisional["has_appraisal"].map(
                lambda b: t.APPRAISED if b else t.NOT_APPRAISED
            )
        )
        with st.expander(t.PROVISIONAL_LIST.format(count=len(provisional), period=period)):
            shown = for_display(
                provisional, ["unit_name", "unit_group", "index_pct", "has_appraisal_text"], labels=t.COLUMNS
            )
            shown[t.COLUMNS["index_pct"]] = provisional["index_pct"].map(lambda v: vn_number(v, 2))
            widgets.table(
                provisional,
                ["unit_code", "unit_name", "unit_group", "index_pct", "has_appraisal"],
                labels=t.COLUMNS,
                shown=shown,
                key="provisional_table",
                title=export_text.OVERVIEW_PROVISIONAL.format(period=period),
            )
if picture and not now.empty and int(now["missing_count"].iloc[0]) > 0:
    st.warning(t.MISSING_FORMS.format(count=int(now["missing_count"].iloc[0]), period=one_stop_name))
unresolved = q.unresolved_rejections()
if unresolved:
    st.warning(t.UNRESOLVED.format(count=vn_number(unresolved)))
    st.page_link("pages/home.py", label=t.UNRESOLVED_LINK, icon=":material/database:")

# --- Heads' completion levels (QĐ 01/2023) ---------------------------------------------------------------
if year:
    levels = q_heads.head_levels(year)
    heads = heads_logic.unit_rows(levels, chosen.unit_group)
    st.subheader(heads_text.SECTION.format(year=year))
    found = heads_logic.summary(levels, chosen.unit_group)
    if found is None:
        st.info(heads_text.NONE.format(year=year))
    else:
        st.caption(heads_text.CAPTION.format(basis=found.basis, result_year=found.result_year))
        if found.ungraded:
            st.warning(heads_text.UNGRADED_WARNING.format(count=len(found.ungraded)))
        if found.late:
            st.warning(heads_text.LATE_WARNING.format(count=len(found.late)))
        widgets.table(
            heads,
            ["unit_name", "overall_text", "indices_text", "deadline_text", "reason_text"],
            labels=heads_text.COLUMNS,
            key="heads_table",
            title=heads_text.EXPORT_TITLE.format(year=year),
            unit_codes=heads["unit_code"],
            unit_params={"year": year},
        )

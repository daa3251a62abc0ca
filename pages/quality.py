"""Chất lượng dữ liệu: for Sở Nội vụ, the data steward. Who has not submitted or was late, which files were
refused and why (with the offending rows as they were sent), a feedback form per unit, the trend of
findings, the auditors' Data Docs, and the units whose self-scores the appraisal cut most."""

from datetime import date, datetime

import streamlit as st

from dashboard import charts, filters, queries, session, widgets
from dashboard import quality_logic as logic
from dashboard.format import for_display, period_label, vn_number
from dashboard.queries import quality as q
from labels import export as export_text
from labels import page_quality as txt
from labels import ui
from warehouse.db import data_docs_dir, files_dir

session.through_app()
st.title(ui.PAGE_QUALITY)
st.caption(txt.INTRO)

if not queries.has_data():
    st.subheader(ui.EMPTY_TITLE)
    widgets.empty_state(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()

chosen = filters.current()
year, month, group = chosen.year, chosen.month, chosen.unit_group
period = period_label(year, None, month) if year else ui.ALL.lower()
year_text = period_label(year, None, None) if year else ui.ALL.lower()
updated = queries.loaded_at()
group_suffix = txt.GROUP_SUFFIX.format(group=ui.GROUP_LABELS[group]) if group else ""


def state_metrics(counts: dict[str, int], owed_help: str) -> None:
    cells = st.columns(6)
    cells[0].metric(txt.METRIC_OWED, vn_number(counts["owed"]), help=owed_help)
    for where, status in zip(
        cells[1:], ("submitted", "late", "missing", "rejected", "superseded"), strict=True
    ):
        where.metric(
            txt.STATUS_LABELS[status],
            vn_number(counts[status]),
            help=txt.METRIC_FILES_HELP if status in ("rejected", "superseded") else None,
        )


# --- 1. Submission tracker -------------------------------------------------------------------------
st.header(txt.SECTION_TRACKER)
if year is None:
    widgets.empty_state(txt.NO_YEAR)
else:
    sheets_tab, forms_tab = st.tabs([txt.TAB_CCHC, txt.TAB_FORMS])
    with sheets_tab:
        sheets = q.submissions("cchc", year, None, group)
        if not sheets["is_current"].any():
            widgets.empty_state(txt.NO_SHEETS.format(period=year_text, group=group_suffix))
        else:
            state_metrics(
                logic.status_counts(q.submission_counts("cchc", year, None, group)), txt.METRIC_OWED_HELP_CCHC
            )
            st.markdown(txt.DEADLINE.format(deadlines=logic.deadline_text(sheets[sheets["is_current"]])))
            tracker = logic.unit_tracker(sheets)
            tracker["state"] = tracker["status"].map(txt.STATUS_LABELS)
            columns = ["unit_name", "unit_group", "state", "deadline_date", "submitted_date", "days_late"]
            columns += ["file_name", "rejected_files", "superseded_files"]
            # The tracker writes the days late as text; the file takes the number from the sheets' rows.
            late_days = sheets[sheets["is_current"]].drop_duplicates("unit_code").set_index("unit_code")
            widgets.table(
                tracker.assign(days_late=tracker["unit_code"].map(late_days["days_late"])),
                ["unit_code", *columns],
                labels={**txt.COLUMNS, "state": txt.COLUMNS["status"]},
                shown=for_display(tracker, columns, labels={**txt.COLUMNS, "state": txt.COLUMNS["status"]}),
                key="quality_tracker",
                title=export_text.QUALITY_TRACKER.format(period=year_text, group=group_suffix),
                height=min(38 + 35 * len(tracker), 420),
            )
            st.caption(txt.TRACKER_CAPTION)
        unplaced = q.unplaced_rejections("scoring")
        if unplaced:
            st.caption(txt.REJECTED_UNKNOWN.format(count=unplaced))
    with forms_tab:
        # A national year of Mẫu 01 is 120,000 officer-months: the tab reads them counted and pivoted.
        form_counts = logic.status_counts(q.submission_counts("officer_form", year, month, None))
        if not form_counts["owed"]:
            widgets.empty_state(txt.NO_FORMS.format(period=period))
        else:
            state_metrics(form_counts, txt.METRIC_OWED_HELP_FORMS)
            deadlines = logic.deadline_text(q.submission_deadlines("officer_form", year, month, None))
            st.markdown(txt.DEADLINE.format(deadlines=f"{txt.FORMS_DEADLINE}: {deadlines}"))
            if group:
                st.caption(txt.FORMS_GROUP_NOTE)
            view = st.radio(
                txt.VIEW_SWITCH, [txt.VIEW_OFFICER, txt.VIEW_DESK], horizontal=True, key="quality_form_view"
            )
            if view == txt.VIEW_OFFICER:
                matrix = logic.officer_matrix(q.officer_months(year, month))
                # A national list is cut on the page (drawing 10,000 rows takes seconds); the files hold all.
                widgets.table(
                    matrix,
                    list(matrix.columns),
                    labels=txt.COLUMNS,
                    shown=for_display(
                        matrix.head(logic.MATRIX_ROWS_SHOWN), list(matrix.columns), labels=txt.COLUMNS
                    ),
                    key="quality_form_matrix",
                    title=export_text.QUALITY_FORMS_OFFICERS.format(period=period),
                    height=min(38 + 35 * len(matrix), 420),
                )
                if len(matrix) > logic.MATRIX_ROWS_SHOWN:
                    st.caption(
                        txt.MATRIX_CUT.format(
                            shown=vn_number(logic.MATRIX_ROWS_SHOWN), total=vn_number(len(matrix))
                        )
                    )
                st.caption(txt.MATRIX_CAPTION)
            else:
                desks = logic.desk_summary(q.desk_submissions(year, month))
                widgets.table(
                    desks,
                    list(desks.columns),
                    labels=txt.COLUMNS,
                    shown=for_display(
                        desks, [c for c in desks.columns if c != "unit_code"], labels=txt.COLUMNS
                    ),
                    key="quality_form_desks",
                    title=export_text.QUALITY_FORMS_DESKS.format(period=period),
                )
        unplaced = q.unplaced_rejections("officer_form")
        if unplaced:
            st.caption(txt.REJECTED_UNKNOWN.format(count=unplaced))

# --- 2. Findings -----------------------------------------------------------------------------------
st.header(txt.SECTION_FINDINGS)
found = q.findings(year)
if found.empty:
    widgets.empty_state(txt.NO_FINDINGS.format(period=year_text))
else:
    st.caption(txt.FINDINGS_SCOPE.format(period=year_text))
    found = logic.with_names(found)
    unit_names = logic.unit_names(found)
    pickers = st.columns(4)
    with pickers[0]:
        severities = filters.url_multiselect(
            txt.FILTER_SEVERITY,
            [s for s in logic.SEVERITIES if s in set(found["severity"])],
            "severity",
            key="quality_severity",
            format_func=ui.SEVERITY_LABELS.get,
        )
    with pickers[1]:
        units = filters.url_multiselect(
            txt.FILTER_UNIT,
            sorted(unit_names, key=lambda code: logic.sort_text(unit_names[code])),
            "units",
            key="quality_units",
            format_func=unit_names.get,
        )
    with pickers[2]:
        kinds = filters.url_multiselect(
            txt.FILTER_KIND,
            sorted(set(found["kind"].dropna())),
            "kinds",
            key="quality_kinds",
            format_func=lambda k: ui.KIND_LABELS.get(k, k),
        )
    with pickers[3]:
        rules = filters.url_multiselect(
            txt.FILTER_RULE,
            sorted(set(found["rule"]), key=lambda r: logic.sort_text(txt.RULE_NAMES.get(r, r))),
            "rules",
            key="quality_rules",
            format_func=lambda r: txt.RULE_NAMES.get(r, r),
        )
    shown = logic.filter_findings(found, severities, units, kinds, rules)
    if shown.empty:
        widgets.empty_state(ui.NO_MATCH)
    else:
        counts = st.columns(4)
        counts[0].metric(txt.METRIC_ERRORS, vn_number(int((shown["severity"] == "error").sum())))
        counts[1].metric(txt.METRIC_WARNINGS, vn_number(int((shown["severity"] == "warning").sum())))
        counts[2].metric(txt.METRIC_FILES, vn_number(shown["attempt_id"].nunique()))
        counts[3].metric(
            txt.METRIC_REJECTED_FILES,
            vn_number(shown.loc[shown["status"] == "rejected", "attempt_id"].nunique()),
        )
        limit = 2000
        table = shown.head(limit)
        columns = ["severity", "file_name", "unit_name", "sheet_name", "cell", "rule_name", "message"]
        # The page lists the first rows; the file has every finding the filters keep.
        picked = widgets.table(
            shown,
            columns,
            labels=txt.COLUMNS,
            shown=for_display(table, columns, labels=txt.COLUMNS),
            key="quality_findings",
            title=export_text.QUALITY_FINDINGS.format(period=year_text),
            selectable=True,
            height=420,
            column_config={txt.COLUMNS["message"]: st.column_config.TextColumn(width="large")},
        )
        if len(shown) > limit:
            st.caption(txt.TABLE_LIMIT.format(shown=vn_number(limit), total=vn_number(len(shown))))
        st.caption(txt.PICK_HINT)
        if picked:
            finding = table.iloc[picked[0]]
            st.subheader(
                txt.ROWS_HEADING.format(file=finding["file_name"], sheet=finding["sheet_name"] or "—")
            )
            st.markdown(finding["message"])
            row_number = logic.optional_int(finding["row_number"])
            if row_number is None:
                st.info(txt.ROWS_NONE)
            else:
                stored = files_dir(queries.warehouse_path()) / str(finding["stored_path"])
                try:
                    found_rows = logic.read_offending_rows(
                        stored,
                        finding["sheet_name"],
                        row_number,
                        finding["cell"],
                        logic.optional_int(finding["header_row_number"]),
                    )
                except (OSError, ValueError) as problem:
                    st.warning(txt.ROWS_MISSING.format(file=finding["file_name"], reason=problem))
                else:
                    rows = found_rows.rows.rename(columns={"row": txt.ROW_COLUMN})
                    widgets.table(
                        rows,
                        list(rows.columns),
                        shown=rows.style.apply(logic.highlight_rows(found_rows, txt.ROW_COLUMN), axis=None),
                        key="quality_offending_rows",
                        title=txt.ROWS_HEADING.format(
                            file=finding["file_name"], sheet=finding["sheet_name"] or "—"
                        ),
                    )
                    st.caption(
                        txt.ROWS_CAPTION.format(
                            row=found_rows.target_row,
                            cell=txt.ROWS_CELL.format(cell=finding["cell"])
                            if found_rows.target_column
                            else "",
                            header=txt.ROWS_HEADER.format(row=found_rows.header_row)
                            if found_rows.header_row
                            else "",
                        )
                    )

    # --- 3. Feedback form per unit -----------------------------------------------------------------
    st.header(txt.SECTION_FEEDBACK)
    st.caption(txt.FEEDBACK_HINT)
    sendable = shown if not shown.empty else found
    per_unit = sendable.groupby("unit_key").size()
    options = sorted(per_unit.index, key=lambda code: (code == "", logic.sort_text(unit_names[code])))
    recipient = filters.url_select(
        txt.FEEDBACK_UNIT,
        options,
        "feedback_unit",
        key="quality_feedback_unit",
        format_func=lambda code: txt.FEEDBACK_OPTION.format(
            unit=unit_names[code] if code else txt.FEEDBACK_UNKNOWN, count=vn_number(int(per_unit[code]))
        ),
    )
    for_unit = sendable[sendable["unit_key"] == recipient]
    recipient_name = unit_names[recipient] if recipient else txt.FEEDBACK_UNKNOWN
    st.download_button(
        txt.FEEDBACK_DOWNLOAD,
        data=lambda: logic.feedback_workbook(
            txt.FEEDBACK_TITLE.format(unit=recipient_name, period=year_text),
            txt.FEEDBACK_SUBTITLE.format(
                errors=vn_number(int((for_unit["severity"] == "error").sum())),
                warnings=vn_number(int((for_unit["severity"] == "warning").sum())),
                date=date.today().strftime("%d/%m/%Y"),
            ),
            for_unit,
        ),
        file_name=logic.feedback_file_name(recipient or None, str(year or "tat_ca")),
        mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        key="quality_feedback_download",
    )

# --- 4. Trend of findings --------------------------------------------------------------------------
st.header(txt.SECTION_TREND)
counts = q.finding_counts()
if counts.empty:
    widgets.empty_state(txt.NO_FINDINGS.format(period=ui.ALL.lower()))
else:
    axis = filters.url_select(
        txt.TREND_BY,
        list(txt.TREND_BY_OPTIONS),
        "trend",
        key="quality_trend",
        format_func=txt.TREND_BY_OPTIONS.get,
    )
    trend = logic.trend(counts, axis)
    if trend.empty:
        widgets.empty_state(ui.NO_MATCH)
    else:
        widgets.chart(
            logic.trend_figure(
                trend,
                axis,
                txt.TREND_TITLE.format(axis=txt.TREND_AXIS[axis], span=logic.trend_span(trend, axis)),
                charts.source_line(txt.TREND_SOURCE, updated),
            ),
            key="quality_trend_chart",
        )
runs = q.quality_runs()
st.markdown(f"**{txt.RUNS_HEADING}**")
if runs.empty:
    st.info(txt.NO_RUNS)
else:
    runs = runs.assign(scope=runs["scope"].map(lambda s: txt.SCOPE_LABELS.get(s, s)))
    widgets.table(
        runs,
        [c for c in runs.columns if c != "run_id"],
        labels=txt.COLUMNS,
        key="quality_runs",
        title=txt.RUNS_HEADING,
        height=min(38 + 35 * len(runs), 300),
    )
    st.caption(txt.RUNS_CAPTION)

# --- 5. Data Docs ----------------------------------------------------------------------------------
st.header(txt.SECTION_DOCS)
docs = data_docs_dir(queries.warehouse_path())
if (docs / "index.html").exists():
    built = datetime.fromtimestamp((docs / "index.html").stat().st_mtime).strftime("%d/%m/%Y")
    st.markdown(txt.DOCS_READY.format(date=built, folder=docs))
    st.download_button(
        txt.DOCS_DOWNLOAD,
        data=lambda: logic.zip_folder(docs),
        file_name="data_docs.zip",
        mime="application/zip",
        icon=":material/folder_zip:",
        key="quality_docs_download",
    )
else:
    st.info(txt.DOCS_MISSING.format(folder=docs))

# --- 6. Self-assessment against appraisal ----------------------------------------------------------
st.header(txt.SECTION_CUTS)
if year is None:
    widgets.empty_state(txt.NO_YEAR)
else:
    st.caption(txt.CUTS_INTRO.format(period=year_text))
    cuts = logic.largest_cuts(q.self_and_appraised(year, group))
    if cuts.empty:
        widgets.empty_state(txt.CUTS_NONE.format(period=year_text, group=group_suffix))
    else:
        widgets.chart(
            logic.cuts_figure(
                cuts,
                txt.CUTS_TITLE.format(count=len(cuts), period=year_text, group=group_suffix),
                charts.source_line(txt.CUTS_SOURCE, updated),
            ),
            key="quality_cuts_chart",
        )
        columns = ["unit_name", "unit_group", "self_points", "appraised_points", "cut_points", "cut_pct"]
        widgets.table(
            cuts,
            ["unit_code", *columns],
            labels=txt.COLUMNS,
            shown=for_display(
                cuts.assign(cut_pct=cuts["cut_pct"].map(lambda v: vn_number(v, 2))),
                columns,
                labels=txt.COLUMNS,
            ),
            key="quality_cuts_table",
            title=export_text.QUALITY_CUTS.format(period=year_text, group=group_suffix),
            unit_codes=cuts["unit_code"],
            unit_params={"year": year},
        )

"""Một cửa: One-Stop officers' grades by month, quarter and year, satisfaction with the ratings behind it,
the officers to replace, and missing and late forms."""

import functools
from collections.abc import Callable

import pandas as pd
import streamlit as st

from dashboard import charts, filters, queries, session, widgets
from dashboard import one_stop_logic as logic
from dashboard.format import for_display, vn_number
from dashboard.queries import one_stop as q
from labels import export as export_text
from labels import page_one_stop as txt
from labels import ui
from reports.tables import export_name


def bounded_table(
    shown: object,
    every_row: Callable[[], pd.DataFrame],
    columns: list[str],
    *,
    key: str,
    title: str,
    labels: dict[str, str],
    audited: str | None = None,
    **options: object,
) -> None:
    """A table of the rows shown (`shown`, as widgets.table shows them) with Excel and CSV buttons whose
    files hold every row: `every_row` (a larger query) runs only when a file is asked for, on the
    download's thread, as the user now signed in."""
    st.dataframe(shown, hide_index=True, width="stretch", key=key, **options)
    who = queries.principal()

    def build(ext: str) -> bytes:
        with queries.acting_as(who):
            frame = every_row()
        return widgets.table_files(frame, columns, labels, title)[ext]()

    with st.container(horizontal=True, gap="small"):
        for ext, label, icon, help in (
            ("xlsx", export_text.DOWNLOAD_XLSX, ":material/table_view:", export_text.XLSX_HELP),
            ("csv", export_text.DOWNLOAD_CSV, ":material/csv:", export_text.CSV_HELP),
        ):
            data = functools.partial(build, ext)
            if audited is not None:
                data = widgets._recorded(data, audited, f"{title} (.{ext})")
            widgets._offer(
                label, data, file_name=export_name(title, ext), key=f"{key}_{ext}", icon=icon, help=help
            )


def dossier_section(period_type: str, year: int, period: logic.Period) -> None:
    """How the desks handled dossiers in the period: shown whether or not officers were graded in it."""
    updated = queries.loaded_at()
    st.subheader(txt.SECTION_DOSSIERS)
    by_unit_dossiers = logic.dossier_unit_table(
        logic.dossier_shares(q.dossiers_by("unit", period_type, year, period.quarter, period.month))
    )
    if by_unit_dossiers.empty:
        st.info(txt.DOSSIERS_NONE.format(period=period.label))
    else:
        totals = logic.dossier_totals(by_unit_dossiers)
        cells = st.columns(6)
        cells[0].metric(
            txt.METRIC_RECEIVED,
            vn_number(totals["received_count"]),
            txt.RESOLVED_COUNT.format(count=vn_number(totals["resolved_count"])),
            delta_color="off",
            delta_arrow="off",
        )
        cells[1].metric(
            txt.METRIC_ON_TIME,
            logic.percent_text(totals["on_time_or_early_pct"], 2) or "–",
            help=txt.METRIC_ON_TIME_HELP,
        )
        cells[2].metric(txt.METRIC_LATE_DOSSIERS, vn_number(totals["late_count"]))
        cells[3].metric(txt.METRIC_OVERDUE, vn_number(totals["overdue_count"]), help=txt.METRIC_OVERDUE_HELP)
        cells[4].metric(
            txt.METRIC_NO_APOLOGY,
            vn_number(totals["late_without_apology_count"]),
            help=txt.METRIC_NO_APOLOGY_HELP,
        )
        cells[5].metric(
            txt.METRIC_INDEX_766,
            logic.percent_text(totals["satisfaction_pct"], 2) or "–",
            f"{txt.METRIC_DIGITISED}: {logic.percent_text(totals['digitised_pct'], 1) or '–'}",
            delta_color="off",
            delta_arrow="off",
            help=txt.METRIC_INDEX_766_HELP,
        )
        dossier_months = logic.dossier_shares(q.dossier_months(year))
        widgets.chart(
            logic.dossier_figure(
                dossier_months,
                txt.DOSSIER_MONTHS_TITLE.format(year=year),
                charts.source_line(txt.DOSSIER_SOURCE, updated),
            ),
            key="one_stop_dossier_months",
        )
        figures = ["received_count", "resolved_count", "early_count", "on_time_count", "late_count", "pending_count",
                   "overdue_count", "late_without_apology_count", "on_time_or_early_pct", "digitised_pct",
                   "satisfaction_pct", "avg_handling_days"]  # fmt: skip
        widgets.table(
            dossier_months,
            ["period_start_date", *figures],
            labels=txt.DOSSIER_COLUMNS,
            key="one_stop_dossier_month_table",
            title=txt.DOSSIER_MONTHS_EXPORT.format(year=year),
        )
        st.markdown(f"**{txt.DOSSIER_UNITS_HEADING.format(period=period.label)}**")
        widgets.table(
            by_unit_dossiers,
            ["unit_code", "unit_name", *figures],
            labels=txt.DOSSIER_COLUMNS,
            key="one_stop_dossier_units",
            title=txt.DOSSIER_UNITS_EXPORT.format(period=period.label),
        )
        st.caption(txt.DOSSIER_UNITS_CAPTION)
        st.markdown(f"**{txt.DOSSIER_OFFICERS_HEADING.format(period=period.label)}**")
        late_officers = logic.dossier_officer_table(
            q.dossiers_by("officer", period_type, year, period.quarter, period.month)
        )
        if late_officers.empty:
            st.info(txt.DOSSIER_OFFICERS_NONE.format(period=period.label))
        else:
            widgets.table(
                late_officers,
                [
                    "officer_code",
                    "officer_name",
                    "unit_name",
                    "received_count",
                    "resolved_count",
                    "late_count",
                    "late_without_apology_count",
                    "overdue_count",
                ],
                labels=txt.DOSSIER_COLUMNS,
                key="one_stop_dossier_officers",
                audited="export_officer_grades",
                title=txt.DOSSIER_OFFICERS_EXPORT.format(period=period.label),
            )


session.through_app()
st.title(ui.PAGE_ONE_STOP)
st.caption(txt.INTRO)

if not queries.has_data():
    st.subheader(ui.EMPTY_TITLE)
    widgets.empty_state(ui.EMPTY_BODY.format(db=queries.warehouse_path()))
    st.stop()
years = [int(y) for y in q.grade_years()["year"]]
if not years:
    widgets.empty_state(txt.NO_FORMS)
    if filters.current().year:
        dossier_section("year", filters.current().year, logic.Period("year", filters.current().year))
    st.stop()

chosen = filters.current()
year = chosen.year or years[0]
if year not in years:
    widgets.empty_state(txt.NO_YEAR.format(year=year, years=", ".join(str(y) for y in sorted(years))))
    dossier_section("year", year, logic.Period("year", year))
    st.stop()

# The switch's default follows the sidebar; a choice the user makes is kept in the URL (?period=quarter).
default_type = logic.default_period_type(chosen.quarter, chosen.month)
url_type = st.query_params.get("period")
period_type = st.radio(
    txt.PERIOD_SWITCH,
    logic.PERIOD_TYPES,
    index=logic.PERIOD_TYPES.index(url_type if url_type in logic.PERIOD_TYPES else default_type),
    format_func=txt.PERIOD_TYPES.get,
    horizontal=True,
    key=f"one_stop_period_{default_type}",
)
if period_type == default_type:
    st.query_params.pop("period", None)
else:
    st.query_params["period"] = period_type

months = q.graded_months()
period = logic.focus_period(period_type, year, chosen.quarter, chosen.month, months)
summary = q.period_summary(period_type, year, period.quarter, period.month)
head = logic.summary_headline(summary)
if head.graded_count == 0:
    first, last = months.iloc[0], months.iloc[-1]
    widgets.empty_state(
        txt.NO_PERIOD.format(
            period=period.label,
            first=f"{int(first.month):02d}/{int(first.year)}",
            last=f"{int(last.month):02d}/{int(last.year)}",
        )
    )
    dossier_section(period_type, year, period)
    st.stop()
st.caption(txt.PERIOD_HINT.format(period=period.label))

by_unit = logic.with_satisfaction_share(q.satisfaction_by_unit(year, period.quarter, period.month))
satisfied_pct, rating_count = logic.satisfaction_total(by_unit)
metrics = st.columns(6)
# The officers expected under the figure: "10.000/10.000" does not fit a sixth of the page.
metrics[0].metric(
    txt.METRIC_GRADED,
    vn_number(head.graded_count),
    txt.OF_EXPECTED.format(count=vn_number(head.expected_count)),
    delta_color="off",
    delta_arrow="off",
    help=txt.METRIC_GRADED_HELP,
)
metrics[1].metric(
    txt.METRIC_A,
    vn_number(head.a_count),
    txt.SHARE_OF_GRADED.format(share=logic.percent_text(head.a_share_pct)),
    delta_color="off",
    delta_arrow="off",
)
metrics[2].metric(
    txt.METRIC_D,
    vn_number(head.d_count),
    txt.METRIC_D_NOTE if head.d_count else None,
    delta_color="inverse",
    delta_arrow="off",
    help=txt.METRIC_D_HELP,
)
metrics[3].metric(txt.METRIC_MISSING, vn_number(head.missing_forms), help=txt.METRIC_FORM_HELP)
metrics[4].metric(txt.METRIC_LATE, vn_number(head.late_forms), help=txt.METRIC_FORM_HELP)
metrics[5].metric(
    txt.METRIC_SATISFACTION,
    logic.percent_text(satisfied_pct, 2) or "–",
    txt.RATINGS_COUNT.format(count=vn_number(rating_count)),
    delta_color="off",
    delta_arrow="off",
    help=txt.METRIC_SATISFACTION_HELP,
)

updated = queries.loaded_at()
st.subheader(txt.SECTION_DISTRIBUTION)
all_years = period_type == "year"
distribution = logic.grade_distribution(q.grade_counts(period_type, None if all_years else year), period_type)
span = (
    txt.DISTRIBUTION_ALL_YEARS.format(first=min(years), last=max(years))
    if all_years
    else ui.PERIOD_YEAR.format(year=year)
)
widgets.chart(
    logic.distribution_figure(
        distribution,
        txt.DISTRIBUTION_TITLE.format(unit=txt.DISTRIBUTION_UNIT[period_type], period=span),
        charts.source_line(txt.DISTRIBUTION_SOURCE, updated),
    ),
    key="one_stop_distribution",
)

st.subheader(txt.SECTION_OFFICERS)
officer_count = int(summary["officer_count"].iloc[0])
month_numbers = list(summary["month_numbers"].iloc[0])
month_columns = logic.month_columns_of(month_numbers)
grade_columns = [*month_columns, "focus_grade"]
columns = ["officer_name", "desk_name", *grade_columns]
labels = {**txt.COLUMNS, "focus_grade": txt.GRADE_OF.format(period=period.label)}
# A national list is cut: the officers needing attention first, the others by search (kept in the URL as
# ?officer=...); the downloads below hold every officer.
search = ""
if officer_count > logic.OFFICER_ROWS_SHOWN:
    search = st.text_input(
        txt.OFFICER_SEARCH, value=st.query_params.get("officer", ""), help=txt.OFFICER_SEARCH_HELP
    ).strip()
    if search:
        st.query_params["officer"] = search
    else:
        st.query_params.pop("officer", None)
the_period = (period_type, year, period.quarter, period.month)
listed = q.officer_rows(*the_period, logic.folded(search), logic.OFFICER_ROWS_SHOWN)
visible = logic.officer_texts(logic.officer_list(listed, month_numbers), period)
shown = for_display(
    visible, [*columns, "final_score", "self_score", "reviewed_score", "satisfaction_text"], labels
)
shown_grades = [labels.get(c, c) for c in grade_columns]
# The file has every officer, the grade letters as shown and the period's scores as numbers.
score_columns = ["final_score", "self_score", "reviewed_score", "satisfied_pct", "feedback_count"]
bounded_table(
    shown.style.map(logic.grade_style, subset=shown_grades),
    lambda: logic.officer_list(q.officer_rows(*the_period, "", None), month_numbers),
    ["officer_code", *columns, *score_columns],
    labels=labels,
    key="one_stop_officers",
    audited="export_officer_grades",
    title=export_text.ONE_STOP_OFFICERS.format(period=period.label),
    height=min(38 + 35 * len(shown), 560),
    column_config={
        labels["officer_name"]: st.column_config.TextColumn(pinned=True),
        **{name: st.column_config.TextColumn(width=40) for name in shown_grades[:-1]},
    },
)
total, count = vn_number(officer_count), vn_number(len(visible))
if search:
    st.caption(
        txt.OFFICERS_FOUND.format(shown=count, search=search, total=total)
        if len(visible)
        else txt.OFFICERS_NOT_FOUND.format(search=search)
    )
elif len(visible) < officer_count:
    st.caption(txt.OFFICERS_CUT.format(shown=count, total=total))
st.caption(
    txt.OFFICERS_CAPTION.format(
        first=month_columns[0], last=month_columns[-1], year=year, period=period.label
    )
)

st.subheader(txt.SECTION_REPLACEMENT)
# The lists below show their first rows (month, then name); their files hold every row, typed.
replaced_rows = q.replacement_months(year, period.quarter, period.month, logic.LIST_ROWS_SHOWN)
if replaced_rows.empty:
    st.info(txt.REPLACEMENT_NONE.format(period=period.label))
else:
    bounded_table(
        for_display(
            logic.replacement_table(replaced_rows),
            ["period_name", "officer_name", "desk_name", "final_score", "second_d_text"],
            labels=txt.COLUMNS,
        ),
        lambda: q.replacement_months(year, period.quarter, period.month),
        ["year", "month", "officer_code", "officer_name", "unit_name", "final_score", "is_second_d_in_row"],
        labels=txt.COLUMNS,
        key="one_stop_replacements",
        audited="export_officer_grades",
        title=export_text.ONE_STOP_REPLACEMENTS.format(period=period.label),
    )
    replaced_total = int(replaced_rows["total_count"].iloc[0])
    if replaced_total > len(replaced_rows):
        st.caption(txt.ROWS_CUT.format(shown=vn_number(len(replaced_rows)), total=vn_number(replaced_total)))
    st.caption(txt.REPLACEMENT_CAPTION)

st.subheader(txt.SECTION_FORMS)
issue_rows = q.form_issue_months(year, period.quarter, period.month, logic.LIST_ROWS_SHOWN)
if issue_rows.empty:
    st.info(txt.FORMS_NONE.format(period=period.label))
else:
    issues = logic.form_issue_table(issue_rows)
    bounded_table(
        for_display(issues, list(issues.columns), labels=txt.COLUMNS),
        lambda: q.form_issue_months(year, period.quarter, period.month),
        [
            "year",
            "month",
            "officer_code",
            "officer_name",
            "unit_name",
            "is_missing",
            "is_late",
            "submitted_date",
            "due_date",
        ],
        labels=txt.COLUMNS,
        key="one_stop_forms",
        title=export_text.ONE_STOP_FORMS.format(period=period.label),
    )
    issue_total = int(issue_rows["total_count"].iloc[0])
    if issue_total > len(issue_rows):
        st.caption(txt.ROWS_CUT.format(shown=vn_number(len(issue_rows)), total=vn_number(issue_total)))
    st.caption(txt.FORMS_CAPTION)

st.subheader(txt.SECTION_SATISFACTION)
if rating_count == 0:
    st.info(txt.SATISFACTION_NONE.format(period=period.label))
else:
    charted = logic.desks_charted(by_unit)
    widgets.chart(
        logic.satisfaction_figure(
            charted,
            txt.SATISFACTION_UNIT_TITLE.format(period=period.label),
            charts.source_line(txt.SATISFACTION_SOURCE, updated),
        ),
        key="one_stop_satisfaction",
    )
    judged_desks = int(by_unit["satisfied_pct"].notna().sum())
    if len(charted) < judged_desks:
        st.caption(
            txt.SATISFACTION_DESKS_CUT.format(shown=vn_number(len(charted)), total=vn_number(judged_desks))
        )
    st.markdown(f"**{txt.PROCEDURE_HEADING.format(period=period.label)}**")
    by_procedure = logic.with_satisfaction_share(
        q.satisfaction_by_procedure(year, period.quarter, period.month)
    ).sort_values(["satisfied_pct", "rating_count"], ascending=[True, False], na_position="last")
    procedures = logic.procedure_table(by_procedure)
    widgets.table(
        by_procedure,
        ["procedure_text", "satisfied_pct", "rating_count", "satisfied_count"],
        labels=txt.COLUMNS,
        shown=for_display(procedures, list(procedures.columns), labels=txt.COLUMNS),
        key="one_stop_procedures",
        title=export_text.ONE_STOP_PROCEDURES.format(period=period.label),
    )
    st.caption(txt.PROCEDURE_CAPTION)

dossier_section(period_type, year, period)

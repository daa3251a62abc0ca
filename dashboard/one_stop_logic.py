"""The One-Stop page's logic, without Streamlit: which period the page shows, the grade shares over time,
the officers' table with a grade per month, the replacement list, missing and late forms, satisfaction
shares, and the page's two figures (pure plotly through dashboard.charts)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard import charts
from dashboard.format import period_label, vn_number, vn_points, vn_sort_keys
from labels import page_one_stop as txt

PERIOD_TYPES = ("month", "quarter", "year")
GRADES = ("A", "B", "C", "D")
MISSING = "missing"
# Grades on a dark colour carry white text; on a light one, black (GRADE_COLOURS: A, D dark; B, C light).
_GRADE_TEXT = {"A": "#FFFFFF", "B": "#000000", "C": "#000000", "D": "#FFFFFF"}
_MISSING_COLOUR = "#D9D9D9"
# The column of a month's grade cell in officer_rows' result (dashboard.queries.one_stop.MONTH_CELLS).
MONTH_CELL = "month_{:02d}_cell"


@dataclass(frozen=True)
class Period:
    """The period the page's figures are about: a month, a quarter or a year."""

    period_type: str
    year: int
    quarter: int | None = None
    month: int | None = None

    @property
    def label(self) -> str:
        """ "tháng 03/2025", "quý 2/2025", "năm 2025"."""
        return period_label(self.year, self.quarter, self.month)


def default_period_type(quarter: int | None, month: int | None) -> str:
    """The sidebar decides the default: a month chosen → month, a quarter → quarter, else year."""
    if month is not None:
        return "month"
    if quarter is not None:
        return "quarter"
    return "year"


def focus_period(
    period_type: str, year: int, quarter: int | None, month: int | None, graded_months: pd.DataFrame
) -> Period:
    """The period shown: the sidebar's month or quarter when it names one, else the latest month or
    quarter of the year (within the sidebar's quarter, if any) that has grades."""
    if period_type == "year":
        return Period("year", year)
    months = graded_months[graded_months["year"] == year]
    if quarter is not None:
        months = months[months["quarter"] == quarter]
    if period_type == "quarter":
        if quarter is None:
            quarter = int(months["quarter"].max()) if not months.empty else 4
        return Period("quarter", year, quarter)
    if month is None:
        month = int(months["month"].max()) if not months.empty else (3 * quarter if quarter else 12)
    return Period("month", year, (month - 1) // 3 + 1, month)


def _in_period(frame: pd.DataFrame, period: Period) -> pd.Series:
    mask = frame["year"] == period.year
    if period.quarter is not None:
        mask &= frame["quarter"] == period.quarter
    if period.month is not None:
        mask &= frame["month"] == period.month
    return mask


def period_rows(grades: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The rows of the period's own type (the quarter's rows for a quarter, not its months)."""
    rows = grades[grades["period_type"] == period.period_type]
    return rows[_in_period(rows, period)]


def month_rows(grades: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The month rows that fall inside the period."""
    rows = grades[grades["period_type"] == "month"]
    return rows[_in_period(rows, period)]


def axis_name(period_type: str, year: int, quarter: int | None, month: int | None) -> str:
    if period_type == "month":
        return txt.AXIS_MONTH.format(month=month)
    if period_type == "quarter":
        return txt.AXIS_QUARTER.format(quarter=quarter)
    return txt.AXIS_YEAR.format(year=year)


def _share(count: float, total: float) -> float | None:
    return round(100.0 * count / total, 1) if total else None


def grade_distribution(counts: pd.DataFrame, period_type: str) -> pd.DataFrame:
    """Officers per grade and period with each grade's share of the officers graded in that period
    (A–D; officers without a form are counted but have no share). Every grade appears in every period."""
    columns = ["period_start_date", "period_name", "grade_code", "officer_count", "share_pct"]
    if counts.empty:
        return pd.DataFrame(columns=columns)
    periods = counts.drop_duplicates("period_start_date").sort_values("period_start_date")
    rows = []
    for period in periods.itertuples(index=False):
        here = counts[counts["period_start_date"] == period.period_start_date]
        by_code = dict(zip(here["grade_code"], here["officer_count"], strict=True))
        graded = sum(int(by_code.get(grade, 0)) for grade in GRADES)
        name = axis_name(period_type, int(period.year), _int(period.quarter), _int(period.month))
        for code in (*GRADES, MISSING):
            count = int(by_code.get(code, 0))
            share = _share(count, graded) if code != MISSING else None
            rows.append((period.period_start_date, name, code, count, share))
    return pd.DataFrame(rows, columns=columns)


def _int(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def percent_text(value: float | None, decimals: int = 1) -> str:
    """92.5 → "92,5%"; trailing zeros dropped (100 → "100%")."""
    if value is None or pd.isna(value):
        return ""
    text = vn_number(float(value), decimals)
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return f"{text}%"


def distribution_figure(distribution: pd.DataFrame, title: str, source: str) -> go.Figure:
    """Stacked bars of officers per grade (A at the bottom), the share of each grade written inside."""
    fig = go.Figure()
    for code in (*GRADES, MISSING):
        part = distribution[distribution["grade_code"] == code]
        if code == MISSING and int(part["officer_count"].sum()) == 0:
            continue
        shares = [percent_text(v) for v in part["share_pct"]]
        is_grade = code != MISSING
        fig.add_bar(
            x=part["period_name"],
            y=part["officer_count"],
            name=txt.GRADE_NAME.format(grade=code) if is_grade else txt.MISSING_NAME,
            marker_color=charts.GRADE_COLOURS[code] if is_grade else _MISSING_COLOUR,
            text=shares if is_grade else None,
            textposition="inside",
            insidetextanchor="middle",
            textfont={"color": _GRADE_TEXT[code] if is_grade else "#000000"},
            customdata=shares,
            hovertemplate=txt.HOVER_GRADE if is_grade else txt.HOVER_MISSING,
        )
    fig.update_layout(
        barmode="stack", uniformtext={"minsize": 9, "mode": "hide"}, legend={"traceorder": "normal"}
    )
    fig.update_xaxes(title=txt.AXIS_PERIOD, type="category")
    fig.update_yaxes(title=txt.AXIS_OFFICERS)
    return charts.styled(fig, title, source, height=420)


def desk_name(unit_name: object) -> str:
    """ "Bộ phận Một cửa UBND xã Hòa Thắng" → "UBND xã Hòa Thắng": the column header already says it."""
    if unit_name is None or pd.isna(unit_name):
        return ""
    name = str(unit_name)
    return name[len(txt.DESK_PREFIX) :] if name.startswith(txt.DESK_PREFIX) else name


def satisfaction_text(
    pct: float | None, count: int, minimum: int | None = None, months_below: int = 0, *, is_month: bool = True
) -> str:
    """ "92,5% (48 phiếu)"; with a note when the ratings were too few to count (the form's score stands
    alone that month, QĐ 1514/2023 as the rules apply it)."""
    count = int(count or 0)
    if count == 0:
        return txt.SATISFACTION_NO_RATINGS
    if pct is None or pd.isna(pct):
        return txt.SATISFACTION_UNJUDGED.format(count=vn_number(count))
    note = ""
    if months_below and minimum is not None:
        if is_month:
            note = txt.FORM_ALONE_MONTH.format(minimum=minimum)
        else:
            note = txt.FORM_ALONE_PERIOD.format(months=months_below, minimum=minimum)
    return txt.SATISFACTION_TEXT.format(pct=vn_points(float(pct)), count=vn_number(count), note=note)


def _months_below_minimum(months: pd.DataFrame) -> pd.DataFrame:
    """Per officer: months with a form whose ratings were fewer than min_ratings, and the minimum."""
    judged = months[~months["is_missing"].astype(bool)]
    below = judged[judged["min_ratings"].notna() & (judged["feedback_count"] < judged["min_ratings"])]
    counts = below.groupby("officer_code").size().rename("months_below")
    minimum = months.sort_values("period_start_date").groupby("officer_code")["min_ratings"].last()
    return pd.concat([counts, minimum.rename("minimum")], axis=1)


def score_text(value: object) -> str:
    """Scores of a column with two decimals so they line up (68,70 · 100,00); nothing when absent."""
    return "" if value is None or pd.isna(value) else vn_number(float(value), 2)


def grade_cell(grade: object, is_missing: object) -> str:
    if isinstance(grade, str) and grade:
        return grade
    return txt.MISSING_CELL if bool(is_missing) else ""


def _grade_cells(grades: pd.Series, is_missing: pd.Series) -> np.ndarray:
    """grade_cell of each row, worked out on whole columns (a national year has 120,000 month rows)."""
    letters = grades.astype(object).where(grades.notna(), "").to_numpy()
    missing = is_missing.astype(object).where(is_missing.notna(), False).astype(bool).to_numpy()
    graded = np.array([isinstance(g, str) and g != "" for g in letters], dtype=bool)
    return np.where(graded, letters, np.where(missing, txt.MISSING_CELL, ""))


def month_columns(grades: pd.DataFrame) -> list[str]:
    months = sorted(int(m) for m in grades.loc[grades["period_type"] == "month", "month"].unique())
    return [txt.COLUMN_MONTH.format(month=m) for m in months]


def _flag(value: object) -> bool:
    """A boolean that may be missing (an officer with no row in the period)."""
    return False if value is None or pd.isna(value) else bool(value)


def officer_table(grades: pd.DataFrame, period: Period) -> pd.DataFrame:
    """One row per officer of the year, in Vietnamese order of names: a grade letter per month
    ("–" without a form), then the period's grade, scores and satisfaction with its number of ratings."""
    return officer_texts(officer_grid(grades, period), period)


def officer_grid(grades: pd.DataFrame, period: Period) -> pd.DataFrame:
    """officer_table with the period's figures as numbers (final_score, self_score, reviewed_score,
    satisfied_pct, feedback_count, and min_ratings / months_below for the satisfaction note): what the
    files hold. officer_texts writes them as the page shows them, for the rows shown only."""
    months = grades[grades["period_type"] == "month"].sort_values("period_start_date")
    if months.empty:
        return pd.DataFrame()
    grid = (
        months.assign(
            column=months["month"].map(
                {m: txt.COLUMN_MONTH.format(month=int(m)) for m in months["month"].unique()}
            ),
            cell=_grade_cells(months["grade"], months["is_missing"]),
        )
        .pivot(index="officer_code", columns="column", values="cell")
        .reindex(columns=month_columns(grades))
        .fillna("")
    )
    # The officer's name and desk in the period shown, else as last seen in the year.
    latest = months.groupby("officer_code")[["officer_name", "unit_name"]].last()
    focus = period_rows(grades, period).set_index("officer_code").reindex(grid.index)
    below = _months_below_minimum(month_rows(grades, period)).reindex(grid.index)
    names = focus["officer_name"].fillna(latest["officer_name"])
    units = focus["unit_name"].fillna(latest["unit_name"])
    table = pd.DataFrame(
        {
            "officer_code": grid.index,
            "officer_name": names.to_numpy(),
            "desk_name": [desk_name(u) for u in units],
            **{column: grid[column].to_numpy() for column in grid.columns},
            "focus_grade": [
                g if isinstance(g, str) else (txt.NO_GRADE if _flag(m) else "")
                for g, m in zip(focus["grade"], focus["is_missing"], strict=True)
            ],
            **{column: focus[column].to_numpy() for column in _FOCUS_FIGURES},
            "min_ratings": below["minimum"].to_numpy(),
            "months_below": below["months_below"].to_numpy(),
        }
    )
    keys, codes = vn_sort_keys(names.tolist()), list(grid.index)
    order = sorted(range(len(table)), key=lambda i: (keys[i], codes[i]))
    return table.iloc[order].reset_index(drop=True)


# The period's figures officer_grid carries as numbers.
_FOCUS_FIGURES = ("final_score", "self_score", "reviewed_score", "satisfied_pct", "feedback_count")


def officer_texts(grid: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Rows of officer_grid as shown: scores with two decimals and satisfaction with its number of
    ratings (and the note when the ratings were too few), in place of the numbers."""
    is_month = period.period_type == "month"
    if "final_score" not in grid.columns:  # a year without month rows: officer_grid has no columns
        return grid
    shown = grid.drop(columns=["satisfied_pct", "feedback_count", "min_ratings", "months_below"])
    for column in ("final_score", "self_score", "reviewed_score"):
        shown[column] = [score_text(v) for v in grid[column]]
    shown["satisfaction_text"] = [
        ""
        if pd.isna(count)
        else satisfaction_text(
            pct,
            count,
            None if pd.isna(minimum) else int(minimum),
            0 if pd.isna(months_below) else int(months_below),
            is_month=is_month,
        )
        for pct, count, minimum, months_below in zip(
            grid["satisfied_pct"],
            grid["feedback_count"],
            grid["min_ratings"],
            grid["months_below"],
            strict=True,
        )
    ]
    return shown


def month_columns_of(month_numbers: object) -> list[str]:
    """The grade table's month columns ("T1" … "T12") for the months of the year that have rows
    (period_summary's `month_numbers`)."""
    return [txt.COLUMN_MONTH.format(month=int(m)) for m in sorted(month_numbers)]


def officer_list(rows: pd.DataFrame, month_numbers: object) -> pd.DataFrame:
    """officer_grid's table from the rows of dashboard.queries.one_stop.officer_rows, in their order: a grade
    letter per month ("–" without a form, empty without a row), the period's grade ("Chưa nộp" without a
    form) and its figures as numbers."""
    numbers = sorted(int(m) for m in month_numbers)
    columns = month_columns_of(numbers)
    if rows.empty:
        names = ["officer_code", "officer_name", "desk_name", *columns, "focus_grade", *_FOCUS_FIGURES]
        return pd.DataFrame(columns=[*names, "min_ratings", "months_below"])
    cells = {
        column: [
            "" if cell is None or pd.isna(cell) else txt.MISSING_CELL if cell == MISSING else cell
            for cell in rows[MONTH_CELL.format(number)]
        ]
        for number, column in zip(numbers, columns, strict=True)
    }
    return pd.DataFrame(
        {
            "officer_code": rows["officer_code"].to_numpy(),
            "officer_name": rows["officer_name"].to_numpy(),
            "desk_name": [desk_name(u) for u in rows["unit_name"]],
            **cells,
            "focus_grade": [
                g if isinstance(g, str) else (txt.NO_GRADE if _flag(m) else "")
                for g, m in zip(rows["grade"], rows["is_missing"], strict=True)
            ],
            **{column: rows[column].to_numpy() for column in _FOCUS_FIGURES},
            "min_ratings": rows["min_ratings"].to_numpy(),
            "months_below": rows["months_below"].to_numpy(),
        }
    )


# The officers' table shows at most this many rows on the page (a page of 10,000 styled rows takes many
# seconds to draw); the rest are found with the search box and every row is in the Excel and CSV files.
OFFICER_ROWS_SHOWN = 200
# The replacement and form lists show at most this many rows (month, then name); the files hold them all.
LIST_ROWS_SHOWN = 500
# The order officers needing attention come first in when the table is cut: D, then C, then no grade.
_ATTENTION = {"D": 0, "C": 1}


def _attention_rank(table: pd.DataFrame, month_columns: list[str]) -> list[int]:
    """0 for a D in the period, 1 for a C, 2 for a period without a grade or a month without a form, 3 else."""
    missing_month = (
        table[month_columns].eq(txt.MISSING_CELL).any(axis=1)
        if month_columns
        else pd.Series(False, index=table.index)
    )
    return [
        _ATTENTION.get(grade, 2 if grade == txt.NO_GRADE or missing else 3)
        for grade, missing in zip(table["focus_grade"], missing_month, strict=True)
    ]


def officers_shown(
    table: pd.DataFrame, month_columns: list[str], search: str = "", limit: int = OFFICER_ROWS_SHOWN
) -> pd.DataFrame:
    """The rows of the officers' table (`month_columns`: its grade letter per month, as month_columns
    names them) the page shows: those whose name, desk or code holds `search`
    (case and tones ignored); when more than `limit`, the officers needing attention first (a D, a C,
    no grade or a missing form in the period), each group in the table's order of names, cut at `limit`.
    A table within `limit` is shown whole in its own order."""
    if table.empty:
        return table
    rows = table
    wanted = folded(search.strip())
    if wanted:
        haystack = [
            folded(f"{name} {desk} {code}")
            for name, desk, code in zip(
                rows["officer_name"], rows["desk_name"], rows["officer_code"], strict=True
            )
        ]
        rows = rows[[wanted in text for text in haystack]]
    if len(rows) <= limit:
        return rows.reset_index(drop=True)
    ranked = rows.assign(_rank=_attention_rank(rows, month_columns))
    return ranked.sort_values("_rank", kind="stable").head(limit).drop(columns="_rank").reset_index(drop=True)


def folded(text: object) -> str:
    """Lower case without tones or marks ("Nông Kim Huyền" → "nong kim huyen"; "Đ" → "d"): how the search
    compares (dashboard.queries.one_stop.officer_rows folds names the same way in SQL)."""
    plain = unicodedata.normalize("NFD", str(text or "")).replace("\u0111", "d").replace("\u0110", "d")
    return "".join(c for c in plain if not unicodedata.combining(c)).casefold()


def _month_name(value: object) -> str:
    """2024-07-01 → "07/2024"."""
    return pd.Timestamp(value).strftime("%m/%Y")


def _sorted_by_month_and_name(frame: pd.DataFrame) -> pd.DataFrame:
    dates = frame["period_start_date"].tolist()
    keys = vn_sort_keys(frame["officer_name"].tolist())
    order = sorted(range(len(frame)), key=lambda i: (dates[i], keys[i]))
    return frame.iloc[order].reset_index(drop=True)


def replacement_rows(grades: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The month rows graded D in the period, by month, then name (every column of officer_grades)."""
    rows = month_rows(grades, period)
    return _sorted_by_month_and_name(rows[rows["is_replacement"].astype(bool)])


def replacement_table(rows: pd.DataFrame) -> pd.DataFrame:
    """The replacement list as shown, from replacement_rows: a second D in a row is marked."""
    return pd.DataFrame(
        {
            "period_name": [_month_name(d) for d in rows["period_start_date"]],
            "officer_name": rows["officer_name"],
            "desk_name": [desk_name(u) for u in rows["unit_name"]],
            "final_score": [score_text(v) for v in rows["final_score"]],
            "second_d_text": [txt.YES if bool(v) else "" for v in rows["is_second_d_in_row"]],
        }
    )


def replacements(grades: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Months graded D in the period: the officer is to be replaced; a second D in a row is marked."""
    return replacement_table(replacement_rows(grades, period))


def form_issue_rows(grades: pd.DataFrame, period: Period) -> pd.DataFrame:
    """The month rows of the period whose form is missing or late, by month, then name."""
    rows = month_rows(grades, period)
    return _sorted_by_month_and_name(rows[rows["is_missing"].astype(bool) | rows["is_late"].astype(bool)])


def form_issue_table(rows: pd.DataFrame) -> pd.DataFrame:
    """The missing and late forms as shown, from form_issue_rows."""
    return pd.DataFrame(
        {
            "period_name": [_month_name(d) for d in rows["period_start_date"]],
            "officer_name": rows["officer_name"],
            "desk_name": [desk_name(u) for u in rows["unit_name"]],
            "form_status": [txt.FORM_MISSING if bool(m) else txt.FORM_LATE for m in rows["is_missing"]],
            "submitted_date": rows["submitted_date"],
            "due_date": rows["due_date"],
        }
    )


def form_issues(grades: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Forms not handed in, or handed in after the due day, month by month."""
    return form_issue_table(form_issue_rows(grades, period))


@dataclass(frozen=True)
class Headline:
    expected_count: int
    graded_count: int
    a_count: int
    a_share_pct: float | None
    d_count: int
    missing_forms: int
    late_forms: int


def headline(grades: pd.DataFrame, period: Period) -> Headline:
    """The period's figures: officers expected and graded, A and D officers, missing and late forms
    (officer-months)."""
    rows = period_rows(grades, period)
    graded = int(rows["grade"].notna().sum())
    a_count = int((rows["grade"] == "A").sum())
    return Headline(
        expected_count=len(rows),
        graded_count=graded,
        a_count=a_count,
        a_share_pct=_share(a_count, graded),
        d_count=int(rows["is_replacement"].astype(bool).sum()),
        missing_forms=int(rows["missing_months"].sum()),
        late_forms=int(rows["late_months"].sum()),
    )


def summary_headline(summary: pd.DataFrame) -> Headline:
    """The Headline of dashboard.queries.one_stop.period_summary's row (nothing graded when it has none)."""
    if summary.empty:
        return Headline(0, 0, 0, None, 0, 0, 0)
    row = summary.iloc[0]
    graded, a_count = int(row["graded_count"]), int(row["a_count"])
    return Headline(
        expected_count=int(row["expected_count"]),
        graded_count=graded,
        a_count=a_count,
        a_share_pct=_share(a_count, graded),
        d_count=int(row["d_count"]),
        missing_forms=int(row["missing_forms"]),
        late_forms=int(row["late_forms"]),
    )


def with_satisfaction_share(frame: pd.DataFrame) -> pd.DataFrame:
    """Adds satisfied_pct (two decimals): none when some ratings were judged by no rule, or no ratings."""
    shown = frame.copy()
    shown["satisfied_pct"] = [
        round(100.0 * satisfied / count, 2) if count and not unjudged else None
        for satisfied, count, unjudged in zip(
            shown["satisfied_count"], shown["rating_count"], shown["unjudged_rows"], strict=True
        )
    ]
    return shown


def satisfaction_total(frame: pd.DataFrame) -> tuple[float | None, int]:
    """The period's share of satisfied ratings over every desk, and the number of ratings."""
    total = {
        "satisfied_count": [int(frame["satisfied_count"].sum())],
        "rating_count": [int(frame["rating_count"].sum())],
        "unjudged_rows": [int(frame["unjudged_rows"].sum())],
    }
    share = with_satisfaction_share(pd.DataFrame(total))["satisfied_pct"].iloc[0]
    return (None if pd.isna(share) else float(share)), total["rating_count"][0]


# The satisfaction chart draws at most this many desks (a national period has ~3,300, a bar each would make
# a chart tens of thousands of pixels high): those with the lowest satisfied share.
DESKS_CHARTED = 60


def desks_charted(by_unit: pd.DataFrame, limit: int = DESKS_CHARTED) -> pd.DataFrame:
    """The desks the satisfaction chart draws: those with a share, the `limit` lowest (most ratings first
    among equal shares, then by code) when there are more."""
    judged = by_unit.dropna(subset=["satisfied_pct"])
    if len(judged) <= limit:
        return judged
    return judged.sort_values(
        ["satisfied_pct", "rating_count", "unit_code"], ascending=[True, False, True], kind="stable"
    ).head(limit)


def satisfaction_figure(by_unit: pd.DataFrame, title: str, source: str) -> go.Figure:
    """Horizontal bars of the satisfied share per desk, best at the top, the ratings behind each bar."""
    shown = by_unit.dropna(subset=["satisfied_pct"]).sort_values("satisfied_pct")
    names = [desk_name(u) or str(c) for u, c in zip(shown["unit_name"], shown["unit_code"], strict=True)]
    # A desk merged away and the new one of the same name (2025) both have ratings that year: the axis
    # would draw both bars on one row, so the code tells them apart.
    names = [
        f"{n} [{c}]" if names.count(n) > 1 else n for n, c in zip(names, shown["unit_code"], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            x=shown["satisfied_pct"],
            y=names,
            orientation="h",
            marker_color=charts.PALETTE[0],
            text=[
                satisfaction_text(p, n)
                for p, n in zip(shown["satisfied_pct"], shown["rating_count"], strict=True)
            ],
            textposition="auto",
            customdata=[vn_number(n) for n in shown["rating_count"]],
            hovertemplate=txt.SATISFACTION_HOVER,
        )
    )
    fig.update_xaxes(title=txt.SATISFACTION_AXIS, range=[0, 100], dtick=20)
    fig.update_yaxes(title=None)
    fig = charts.styled(fig, title, source, height=max(320, 28 * len(shown) + 140))
    # The axis ends on its last tick: room on the right for "100", which would otherwise be hidden.
    fig.update_layout(margin={"r": 30})
    return fig


def procedure_table(by_procedure: pd.DataFrame) -> pd.DataFrame:
    """Procedures with the lowest satisfied share first, the ratings behind each share beside it."""
    shown = by_procedure.sort_values(
        ["satisfied_pct", "rating_count"], ascending=[True, False], na_position="last"
    )
    return pd.DataFrame(
        {
            "procedure_text": [txt.NO_PROCEDURE if pd.isna(p) else p for p in shown["procedure_text"]],
            "satisfied_pct": [percent_text(p, 2) for p in shown["satisfied_pct"]],
            "rating_count": [vn_number(n) for n in shown["rating_count"]],
        }
    )


def grade_style(cell: object) -> str:
    """CSS for a grade cell of a table: the grade's colour (GRADE_COLOURS) with readable text."""
    if cell in charts.GRADE_COLOURS:
        return (
            f"background-color: {charts.GRADE_COLOURS[cell]}; color: {_GRADE_TEXT[cell]}; text-align: center"
        )
    return "color: #6E6E6E; text-align: center"


# --- Dossier handling -----------------------------------------------------------------------------------

DOSSIER_COUNTS = ("received_count", "resolved_count", "early_count", "on_time_count", "late_count",
                  "pending_count", "overdue_count", "digitised_count", "digitised_known_count",
                  "late_without_apology_count", "disliked_count", "handling_days_total")  # fmt: skip


def _pct(part: float, whole: float) -> float | None:
    return round(100.0 * part / whole, 2) if whole else None


def dossier_shares(frame: pd.DataFrame) -> pd.DataFrame:
    """Shares recomputed from the counts of each row (rows summed over units keep exact shares): on time
    or early and late of the resolved dossiers, digitised of the received ones whose list says it, the QĐ
    766/QĐ-TTg indicator (100 − late % − disliked %) and the average handling days."""
    shown = frame.copy()
    rows = list(zip(*(shown[c] for c in DOSSIER_COUNTS), strict=True))
    named = [dict(zip(DOSSIER_COUNTS, (int(v or 0) for v in row), strict=True)) for row in rows]
    shown["on_time_or_early_pct"] = [
        _pct(r["early_count"] + r["on_time_count"], r["resolved_count"]) for r in named
    ]
    shown["late_pct"] = [_pct(r["late_count"], r["resolved_count"]) for r in named]
    shown["digitised_pct"] = [_pct(r["digitised_count"], r["digitised_known_count"]) for r in named]
    shown["satisfaction_pct"] = [
        round(100.0 - 100.0 * (r["late_count"] + r["disliked_count"]) / r["resolved_count"], 2)
        if r["resolved_count"]
        else None
        for r in named
    ]
    shown["avg_handling_days"] = [
        round(r["handling_days_total"] / r["resolved_count"], 2) if r["resolved_count"] else None
        for r in named
    ]
    return shown


def dossier_totals(by_unit: pd.DataFrame) -> dict[str, float | int | None]:
    """The period's figures over every unit shown: counts summed, shares recomputed."""
    summed = pd.DataFrame({c: [int(by_unit[c].sum()) if c in by_unit else 0] for c in DOSSIER_COUNTS})
    return {k: (None if pd.isna(v) else v) for k, v in dossier_shares(summed).iloc[0].to_dict().items()}


def dossier_unit_table(by_unit: pd.DataFrame) -> pd.DataFrame:
    """Units with the most late dossiers first, then the most late dossiers without an apology letter."""
    return by_unit.sort_values(
        ["late_count", "late_without_apology_count", "received_count"], ascending=[False, False, False]
    ).reset_index(drop=True)


def dossier_officer_table(by_officer: pd.DataFrame, limit: int = 15) -> pd.DataFrame:
    """The officers with late dossiers or missing apology letters, most late first; an officer the list
    names but the officer list does not know keeps the name the list wrote."""
    flagged = by_officer[
        (by_officer["late_count"] > 0) | (by_officer["late_without_apology_count"] > 0)
    ].copy()
    flagged["officer_name"] = [txt.NO_OFFICER if pd.isna(n) else n for n in flagged["officer_name"]]
    return (
        flagged.sort_values(["late_count", "late_without_apology_count"], ascending=[False, False])
        .head(limit)
        .reset_index(drop=True)
    )


def dossier_figure(months: pd.DataFrame, title: str, source: str) -> go.Figure:
    """Resolved dossiers per month stacked early / on time / late, the share on time or early above."""
    shown = dossier_shares(months)
    names = [txt.AXIS_MONTH.format(month=int(m)) for m in shown["month"]]
    fig = go.Figure()
    for column, name, colour in (
        ("early_count", txt.DOSSIER_EARLY, charts.GRADE_COLOURS["A"]),
        ("on_time_count", txt.DOSSIER_ON_TIME, charts.GRADE_COLOURS["B"]),
        ("late_count", txt.DOSSIER_LATE, charts.GRADE_COLOURS["D"]),
    ):
        fig.add_bar(x=names, y=shown[column], name=name, marker_color=colour,
                    hovertemplate=txt.DOSSIER_HOVER)  # fmt: skip
    fig.add_scatter(
        x=names,
        y=shown["resolved_count"],
        mode="text",
        text=[percent_text(p) for p in shown["on_time_or_early_pct"]],
        textposition="top center",
        showlegend=False,
        hoverinfo="skip",
    )
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title=None, type="category")
    fig.update_yaxes(title=txt.DOSSIER_AXIS)
    return charts.styled(fig, title, source, height=420)

"""Queries of the One-Stop page: officers' grades (mart_officer_grade) and citizens' satisfaction
(mart_feedback_satisfaction). Both marts are read from their snapshots; shares and tables are shaped by
`dashboard.one_stop_logic`."""

from __future__ import annotations

import pandas as pd

from dashboard.queries import UNIT_READERS, allowed, run, unit_scope
from labels.page_one_stop import DESK_PREFIX


@allowed(UNIT_READERS)
def grade_years() -> pd.DataFrame:
    """Years with at least one graded officer, newest first."""
    return run(
        """
        select year, count(grade) as graded_count
        from mart_officer_grade
        where period_type = 'year' and (? is null or list_contains(?, unit_code))
        group by year
        having count(grade) > 0
        order by year desc
        """,
        *_scope(),
    )


@allowed(UNIT_READERS)
def graded_months() -> pd.DataFrame:
    """Every month that has a grade: the first and last periods a page can show."""
    return run(
        """
        select distinct year, quarter, month
        from mart_officer_grade
        where period_type = 'month' and grade is not null and (? is null or list_contains(?, unit_code))
        order by year, month
        """,
        *_scope(),
    )


@allowed(UNIT_READERS)
def grade_counts(period_type: str, year: int | None) -> pd.DataFrame:
    """Officers per grade and period (grade_code `missing` for a period without any form); every year
    when `year` is None."""
    return run(
        """
        select
            period_start_date,
            year,
            quarter,
            month,
            coalesce(grade, case when is_missing then 'missing' end) as grade_code,
            cast(count(*) as integer) as officer_count
        from mart_officer_grade
        where period_type = ?
          and (? is null or year = ?)
          and (grade is not null or is_missing)
          and (? is null or list_contains(?, unit_code))
        group by all
        order by period_start_date, grade_code
        """,
        period_type,
        year,
        year,
        *_scope(),
    )


# The columns of a grade row as officer_grades and the report read them (`g`: mart_officer_grade).
OFFICER_GRADE_COLUMNS = """
        g.period_type,
        g.period_start_date,
        g.year,
        g.quarter,
        g.month,
        g.officer_code,
        g.officer_name,
        g.unit_code,
        g.unit_name,
        cast(g.self_score as double) as self_score,
        cast(g.reviewed_score as double) as reviewed_score,
        cast(g.final_score as double) as final_score,
        g.grade,
        cast(g.feedback_count as integer) as feedback_count,
        cast(g.satisfied_count as integer) as satisfied_count,
        cast(g.satisfied_pct as double) as satisfied_pct,
        g.is_missing,
        g.is_late,
        g.is_replacement,
        g.is_second_d_in_row,
        g.submitted_date,
        cast(g.months_with_form as integer) as months_with_form,
        cast(g.missing_months as integer) as missing_months,
        cast(g.late_months as integer) as late_months,
        cast(g.d_months as integer) as d_months,
        g.min_ratings,
        g.form_due_date as due_date
"""


@allowed(UNIT_READERS)
def officer_grades(year: int) -> pd.DataFrame:
    """Every month, quarter and year row of a year, with the minimum number of ratings and the form's due
    date in force for the officer's desk on month rows (QĐ 1514/2023, as mart_officer_grade applies them)."""
    return run(
        f"""
        select
{OFFICER_GRADE_COLUMNS}        from mart_officer_grade as g
        where g.year = ?
        """,
        year,
    )


# The rows of one period: its own rows (a quarter's quarter rows), or the month rows inside it. Bound with
# _period_params; `quarter` and `month` null stand for "any".
_PERIOD = "year = ? and (? is null or quarter = ?) and (? is null or month = ?)"
_IN_SCOPE = "(? is null or list_contains(?, unit_code))"
# One grade cell per calendar month in the officers' table, named from this fixed list.
MONTH_CELLS = tuple(f"month_{month:02d}_cell" for month in range(1, 13))
# A month's cell as a number of three bits (0: no row that month), so the twelve months of an officer are
# one integer to aggregate rather than twelve texts; decoded only for the officers listed.
_CELL_CODES = ("A", "B", "C", "D", "missing", "")
_CELL_CODE_SQL = (
    "case "
    + " ".join(f"when grade = '{code}' then {number}" for number, code in enumerate(_CELL_CODES[:4], 1))
    + " when is_missing then 5 else 6 end"
)
_MONTH_CELL_SQL = ",\n".join(
    "case (month_codes >> {shift}) & 7 {whens} end as {name}".format(
        shift=3 * (number - 1),
        whens=" ".join(f"when {code} then '{cell}'" for code, cell in enumerate(_CELL_CODES, 1)),
        name=name,
    )
    for number, name in enumerate(MONTH_CELLS, 1)
)
# Names and desks compared as the page's search does (one_stop_logic.folded): lower case, no tones or
# marks, đ as d. chr(273) and chr(272) are đ and Đ, which strip_accents keeps.
_FOLDED = "lower(strip_accents(replace(replace({}, chr(273), 'd'), chr(272), 'd')))"
# What the search looks in, as one_stop_logic.officers_shown did: name, desk as shown ($8, the prefix of
# every desk's name, taken off) and code.
_SEARCHED = (
    "coalesce(officer_name, '') || ' ' || "
    "case when starts_with(unit_name, $8) then substr(unit_name, length($8) + 1) else coalesce(unit_name, '') end"
    " || ' ' || officer_code"
)


def _period_params(year: int, quarter: int | None, month: int | None) -> tuple[object, ...]:
    return year, quarter, quarter, month, month


@allowed(UNIT_READERS)
def period_summary(period_type: str, year: int, quarter: int | None, month: int | None) -> pd.DataFrame:
    """One row of the period's headline figures: officers expected and graded, A and D officers (D: at
    least one D month), missing and late forms (officer-months); and over the year, the officers with a
    month row (`officer_count`, the rows of the officers' table) and the months that have rows
    (`month_numbers`, its month columns)."""
    return run(
        f"""
        with period as (
            select
                cast(count(*) as integer) as expected_count,
                cast(count(grade) as integer) as graded_count,
                cast(count_if(grade = 'A') as integer) as a_count,
                cast(count_if(is_replacement) as integer) as d_count,
                cast(coalesce(sum(missing_months), 0) as integer) as missing_forms,
                cast(coalesce(sum(late_months), 0) as integer) as late_forms
            from mart_officer_grade
            where period_type = ? and {_PERIOD} and {_IN_SCOPE}
        ),

        year_months as (
            select
                cast(count(distinct officer_code) as integer) as officer_count,
                coalesce(list(distinct month order by month), []) as month_numbers
            from mart_officer_grade
            where period_type = 'month' and year = ? and {_IN_SCOPE}
        ),

        final as (
            select * from period cross join year_months
        )

        select * from final
        """,
        period_type,
        *_period_params(year, quarter, month),
        *_scope(),
        year,
        *_scope(),
    )


@allowed(UNIT_READERS)
def officer_rows(
    period_type: str,
    year: int,
    quarter: int | None,
    month: int | None,
    search: str = "",
    limit: int | None = None,
) -> pd.DataFrame:
    """The officers' table of a period: one row per officer with a month row in the year, in the order the
    page lists them. By Vietnamese name (ICU's `vi` collation: ă after a, đ after d, tones break ties; case
    ignored, then the officer's code); when more than `limit` officers match, those needing attention
    first (`attention_rank`: 0 a D in the period, 1 a C, 2 no grade or a month without a form, 3 the
    others), cut at `limit` (None: every officer, for the files). `search`, folded as one_stop_logic.folded
    does, keeps the officers whose name, desk (`desk_prefix` taken off) or code holds it; `found_count` is
    how many matched before the cut.

    Each row: the name and desk in the period, else as last seen in the year; the cell of every month
    (MONTH_CELLS: the grade, `missing` without a form, '' for a row without a grade, null without a row);
    the period's grade, scores, ratings and satisfied share; the minimum number of ratings in force at the
    period's last month (`min_ratings`) and the months with a form below it (`months_below`)."""
    return run(
        f"""
        with months as not materialized (
            select *
            from mart_officer_grade
            where period_type = 'month' and year = $2
                and ($5 is null or list_contains($5, unit_code))
        ),

        focus as (
            select
                officer_code,
                officer_name,
                unit_name,
                grade,
                is_missing,
                final_score,
                self_score,
                reviewed_score,
                satisfied_pct,
                feedback_count
            from mart_officer_grade
            where period_type = $1 and year = $2
                and ($3 is null or quarter = $3) and ($4 is null or month = $4)
                and ($5 is null or list_contains($5, unit_code))
        ),

        officers as (
            select
                officer_code,
                bool_or(is_missing and grade is null) as has_missing_month,
                bit_or(cast({_CELL_CODE_SQL} as bigint) << (3 * (month - 1))) as month_codes
            from months
            group by officer_code
        ),

        last_seen as (
            -- Officers without a row in the period (few or none) are named as last seen in the year.
            select
                officer_code,
                arg_max(officer_name, period_start_date) filter (where officer_name is not null)
                    as officer_name,
                arg_max(unit_name, period_start_date) filter (where unit_name is not null) as unit_name
            from months
            semi join (select officer_code from officers anti join focus using (officer_code)) using (officer_code)
            group by officer_code
        ),

        listed as (
            select
                o.officer_code,
                coalesce(f.officer_name, l.officer_name) as officer_name,
                coalesce(f.unit_name, l.unit_name) as unit_name,
                o.month_codes,
                f.grade,
                f.is_missing,
                case
                    when f.grade = 'D' then 0
                    when f.grade = 'C' then 1
                    when (f.grade is null and f.is_missing) or o.has_missing_month then 2
                    else 3
                end as attention_rank,
                f.final_score,
                f.self_score,
                f.reviewed_score,
                f.satisfied_pct,
                f.feedback_count
            from officers as o
            left join focus as f on f.officer_code = o.officer_code
            left join last_seen as l on l.officer_code = o.officer_code
        ),

        found as (
            select
                *,
                -- More officers than the page lists: those needing attention first.
                case when $7 is not null and count(*) over () > $7 then attention_rank else 0 end as list_rank,
                cast(count(*) over () as integer) as found_count
            from listed
            where $6 = '' or contains({_FOLDED.format(_SEARCHED)}, $6)
        ),

        last_rank as (
            -- The last group the list reaches: only its officers and those before it are sorted by name.
            select coalesce(min(list_rank), 3) as list_rank
            from (
                select list_rank, sum(count(*)) over (order by list_rank) as reached
                from found
                group by list_rank
            )
            where $7 is not null and reached >= $7
        ),

        chosen as (
            select
                *,
                row_number() over (
                    order by list_rank, lower(officer_name) collate vi, officer_code
                ) as position
            from found
            where list_rank <= (select list_rank from last_rank)
            qualify $7 is null or position <= $7
        ),

        below as (
            -- The period's months of the officers listed, with the minimum in force for their desk.
            select
                m.officer_code,
                cast(count(*) filter (
                    where not m.is_missing and m.min_ratings is not null and m.feedback_count < m.min_ratings
                ) as integer) as months_below,
                arg_max(m.min_ratings, m.period_start_date) filter (where m.min_ratings is not null)
                    as min_ratings
            from months as m
            where m.officer_code in (select officer_code from chosen)
                and ($3 is null or m.quarter = $3) and ($4 is null or m.month = $4)
            group by m.officer_code
        ),

        final as (
            select
                c.officer_code,
                c.officer_name,
                c.unit_name,
                {_MONTH_CELL_SQL},
                c.grade,
                c.is_missing,
                c.attention_rank,
                cast(c.final_score as double) as final_score,
                cast(c.self_score as double) as self_score,
                cast(c.reviewed_score as double) as reviewed_score,
                cast(c.satisfied_pct as double) as satisfied_pct,
                cast(c.feedback_count as integer) as feedback_count,
                cast(b.min_ratings as integer) as min_ratings,
                coalesce(b.months_below, 0) as months_below,
                c.found_count,
                c.position
            from chosen as c
            left join below as b on b.officer_code = c.officer_code
        )

        select * from final
        order by position
        """,
        # $1 … $8, in this order.
        period_type,
        year,
        quarter,
        month,
        unit_scope(),
        search,
        limit,
        DESK_PREFIX,
    )


@allowed(UNIT_READERS)
def replacement_months(
    year: int, quarter: int | None, month: int | None, limit: int | None = None
) -> pd.DataFrame:
    """The months of a period graded D (the officer is to be replaced), by month, then Vietnamese name (then
    the officer's code), the first `limit` of them (None: all, for the files), each with `total_count`, the
    rows before the cut."""
    return _flagged_months("is_replacement", False, year, quarter, month, limit)


@allowed(UNIT_READERS)
def form_issue_months(
    year: int, quarter: int | None, month: int | None, limit: int | None = None
) -> pd.DataFrame:
    """The months of a period whose form was not handed in or handed in late, ordered and cut as
    replacement_months, each with the form's due date in force for the desk (`due_date`)."""
    return _flagged_months("(is_missing or is_late)", True, year, quarter, month, limit)


def _flagged_months(
    flag: str, with_due_date: bool, year: int, quarter: int | None, month: int | None, limit: int | None
) -> pd.DataFrame:
    """`flag`: a condition on mart_officer_grade's flags, from the two queries above only."""
    return run(
        f"""
        with flagged as (
            select
                period_start_date,
                year,
                quarter,
                month,
                officer_code,
                officer_name,
                unit_code,
                unit_name,
                final_score,
                is_replacement,
                is_second_d_in_row,
                is_missing,
                is_late,
                submitted_date,
                form_due_date,
                cast(count(*) over () as integer) as total_count
            from mart_officer_grade
            where period_type = 'month' and {_PERIOD} and {flag} and {_IN_SCOPE}
        ),

        last_month as (
            -- The last month the list reaches: only its rows and those before it are sorted by name.
            select
                coalesce(min(period_start_date) filter (where reached >= ?), max(period_start_date))
                    as period_start_date
            from (
                select period_start_date, sum(count(*)) over (order by period_start_date) as reached
                from flagged
                group by period_start_date
            )
        ),

        chosen as (
            select
                *,
                row_number() over (
                    order by period_start_date, lower(officer_name) collate vi, officer_code
                ) as position
            from flagged
            where ? is null or period_start_date <= (select period_start_date from last_month)
            qualify ? is null or position <= ?
        ),

        final as (
            select
                m.period_start_date,
                m.year,
                m.quarter,
                m.month,
                m.officer_code,
                m.officer_name,
                m.unit_code,
                m.unit_name,
                cast(m.final_score as double) as final_score,
                m.is_replacement,
                m.is_second_d_in_row,
                m.is_missing,
                m.is_late,
                m.submitted_date,
                {"m.form_due_date" if with_due_date else "cast(null as date)"} as due_date,
                m.total_count,
                m.position
            from chosen as m
        )

        select * from final
        order by position
        """,
        *_period_params(year, quarter, month),
        *_scope(),
        limit,
        limit,
        limit,
        limit,
    )


@allowed(UNIT_READERS)
def satisfaction_by_unit(year: int, quarter: int | None, month: int | None) -> pd.DataFrame:
    """Ratings of a period per desk; `unjudged_rows` > 0 when some ratings fell outside every rule."""
    return _satisfaction("unit", year, quarter, month)


@allowed(UNIT_READERS)
def satisfaction_by_procedure(year: int, quarter: int | None, month: int | None) -> pd.DataFrame:
    """Ratings of a period per administrative procedure, over the desks the user may see."""
    return _satisfaction("procedure", year, quarter, month)


# What the satisfaction of a period is summed by: the columns named, from this fixed list only.
_SATISFACTION_KEYS = {
    "unit": ("unit_code, any_value(unit_name) as unit_name", "unit_code"),
    "procedure": ("procedure_text", "procedure_text"),
}


def _satisfaction(by: str, year: int, quarter: int | None, month: int | None) -> pd.DataFrame:
    selected, grouped = _SATISFACTION_KEYS[by]
    return run(
        f"""
        select
            {selected},
            cast(sum(rating_count) as integer) as rating_count,
            cast(sum(satisfied_count) as integer) as satisfied_count,
            cast(count(*) filter (where satisfied_pct is null) as integer) as unjudged_rows
        from mart_feedback_satisfaction
        where year = ? and (? is null or quarter = ?) and (? is null or month = ?)
            and (? is null or list_contains(?, unit_code))
        group by {grouped}
        """,
        year,
        quarter,
        quarter,
        month,
        month,
        *_scope(),
    )


def _scope() -> tuple[list[str] | None, list[str] | None]:
    """A unit's account counts its own desks' officers and ratings only."""
    units = unit_scope()
    return units, units


# --- Dossier handling (mart_dossier_period) ------------------------------------------------------------

# What the dossier figures of a period are listed by: the breakdown of mart_dossier_period, from this list.
DOSSIER_BREAKDOWNS = ("unit", "officer", "procedure")
_DOSSIER_COUNT_COLUMNS = ("received_count", "resolved_count", "early_count", "on_time_count", "late_count",
                          "pending_count", "overdue_count", "digitised_count", "digitised_known_count",
                          "late_without_apology_count", "disliked_count", "handling_days_total")  # fmt: skip
_DOSSIER_COUNTS = ", ".join(_DOSSIER_COUNT_COLUMNS)
_DOSSIER_SUMS = ", ".join(f"cast(sum({c}) as integer) as {c}" for c in _DOSSIER_COUNT_COLUMNS)


@allowed(UNIT_READERS)
def dossier_years() -> pd.DataFrame:
    """Years with at least one dossier received or resolved, newest first."""
    return run(
        """
        select distinct year
        from mart_dossier_period
        where period_type = 'year' and breakdown = 'unit' and (? is null or list_contains(?, unit_code))
        order by year desc
        """,
        *_scope(),
    )


@allowed(UNIT_READERS)
def dossiers_by(
    breakdown: str, period_type: str, year: int, quarter: int | None, month: int | None
) -> pd.DataFrame:
    """The dossier figures of one period per unit, per officer within a unit or per procedure within a
    unit (`breakdown`), with the shares the mart computes (QĐ 766/QĐ-TTg indicator included)."""
    if breakdown not in DOSSIER_BREAKDOWNS:
        raise ValueError(breakdown)
    return run(
        f"""
        select
            unit_code, unit_name, officer_code, officer_name, procedure_text,
            {_DOSSIER_COUNTS},
            cast(on_time_or_early_pct as double) as on_time_or_early_pct,
            cast(late_pct as double) as late_pct,
            cast(digitised_pct as double) as digitised_pct,
            cast(satisfaction_pct as double) as satisfaction_pct,
            cast(avg_handling_days as double) as avg_handling_days
        from mart_dossier_period
        where breakdown = ? and period_type = ? and year = ?
            and (? is null or quarter = ?) and (? is null or month = ?)
        order by late_count desc, late_without_apology_count desc, unit_code, officer_name, procedure_text
        """,
        breakdown,
        period_type,
        year,
        quarter,
        quarter,
        month,
        month,
    )


@allowed(UNIT_READERS)
def dossier_months(year: int) -> pd.DataFrame:
    """Each month of a year summed over the units the user may see: counts only, the shares are
    recomputed from them (dashboard.one_stop_logic.dossier_shares)."""
    return run(
        f"""
        select
            period_start_date, month,
            {_DOSSIER_SUMS}
        from mart_dossier_period
        where breakdown = 'unit' and period_type = 'month' and year = ?
            and (? is null or list_contains(?, unit_code))
        group by period_start_date, month
        order by period_start_date
        """,
        year,
        *_scope(),
    )

-- One-Stop officers' grades (QĐ 1514/QĐ-UBND Lạng Sơn 2023) per month, quarter and year: the monthly
-- self-evaluation (Mẫu 01, the reviewer's score when given) blended with the citizens' satisfaction
-- (Mẫu 02), banded A-D. Weights, bands, the minimum number of ratings, the satisfied levels, the quarter
-- cap after a D and the form's due day are rows of mart_rule_month, never constants here.
with scope as (
    -- Months in scope run from the first to the last month any officer handed in a form: before that
    -- the office was not collecting, after it the month is not over.
    select min(period_month) as first_month, max(period_month) as last_month
    from stg_officer_form
),

all_months as (
    select cast(unnest(generate_series(first_month, last_month, interval 1 month)) as date) as period_month
    from scope
    where first_month is not null
),

-- While warehouse.db refreshes a span of years (variables refresh_from and refresh_until set), only the
-- months of the span; the scope above stays the whole warehouse's.
months as (
    select period_month
    from all_months
    where getvariable('refresh_from') is null
        or (period_month >= getvariable('refresh_from') and period_month < getvariable('refresh_until'))
),

forms as (
    select *
    from stg_officer_form
    where getvariable('refresh_from') is null
        or (period_month >= getvariable('refresh_from') and period_month < getvariable('refresh_until'))
),

-- An officer owes a form for every month an assignment covers, even by a day. A move within the month
-- counts once, at the later desk.
expected as (
    select
        m.period_month,
        o.officer_code,
        arg_max(o.officer_name, coalesce(o.valid_from_date, date '1900-01-01')) as officer_name,
        arg_max(o.unit_code, coalesce(o.valid_from_date, date '1900-01-01')) as unit_code
    from months as m
    inner join stg_officer as o
        on (o.valid_from_date is null or o.valid_from_date <= last_day(m.period_month))
        and (o.valid_to_date is null or o.valid_to_date >= m.period_month)
    group by m.period_month, o.officer_code
),

-- Expected months, and any form handed in by an officer the registry does not expect that month.
officer_months as (
    select
        coalesce(f.period_month, e.period_month) as period_month,
        coalesce(f.officer_code, e.officer_code) as officer_code,
        coalesce(f.officer_name, e.officer_name) as officer_name,
        coalesce(f.unit_code, e.unit_code) as unit_code,
        f.self_score,
        f.reviewed_score,
        f.submitted_date,
        f.officer_code is not null as has_form
    from forms as f
    full outer join expected as e
        on e.officer_code = f.officer_code
        and e.period_month = f.period_month
),

-- Ratings are counted whether or not the officer handed in a form: citizens rated the desk regardless.
feedback as (
    select
        officer_code,
        period_month,
        count(*) as feedback_count,
        count_if(is_satisfied) as satisfied_count,
        -- Ratings no satisfied_levels rule covered: a share over them would be invented.
        count(*) - count(is_satisfied) as unjudged_count
    from stg_feedback
    -- Only months in scope are graded (every form's month is one): other months' ratings would join nothing,
    -- and before the first form there is no month to count.
    where period_month in (select period_month from months)
    group by officer_code, period_month
),

month_scores as (
    select
        om.period_month,
        om.officer_code,
        om.officer_name,
        om.unit_code,
        u.unit_name,
        u.unit_group,
        om.has_form,
        om.self_score,
        om.reviewed_score,
        -- The reviewer (head of the office) may adjust the self-evaluation; the adjusted score counts.
        coalesce(om.reviewed_score, om.self_score) as score,
        om.submitted_date,
        coalesce(fb.feedback_count, 0) as feedback_count,
        coalesce(fb.satisfied_count, 0) as satisfied_count,
        coalesce(fb.unjudged_count, 0) as unjudged_count,
        case
            when fb.feedback_count > 0 and fb.unjudged_count = 0
                then cast(round(100.0 * fb.satisfied_count / fb.feedback_count, 2) as decimal(5, 2))
        end as satisfied_pct,
        r.self_weight,
        r.satisfaction_weight,
        r.min_ratings,
        r.grade_a,
        r.grade_b,
        r.grade_c,
        r.officer_form_due_date
    from officer_months as om
    left join stg_unit as u on u.unit_code = om.unit_code
    left join feedback as fb
        on fb.officer_code = om.officer_code
        and fb.period_month = om.period_month
    left join mart_rule_month as r
        on r.period_month = om.period_month
        and r.unit_group is not distinct from u.unit_group
),

month_finals as (
    select
        *,
        case
            when not has_form or min_ratings is null then null
            -- Too few ratings say little about an officer: below min_ratings the form's score stands alone.
            when feedback_count >= min_ratings and satisfied_pct is not null
                then cast(round(self_weight * score + satisfaction_weight * satisfied_pct, 2) as decimal(6, 2))
            else cast(round(score, 2) as decimal(6, 2))
        end as final_score
    from month_scores
),

month_grades as (
    select
        *,
        case
            when final_score is null or grade_a is null or grade_b is null or grade_c is null then null
            when final_score >= grade_a then 'A'
            when final_score >= grade_b then 'B'
            when final_score >= grade_c then 'C'
            else 'D'
        end as grade
    from month_finals
),

month_rows as materialized (
    select
        period_month,
        cast(year(period_month) as integer) as year,
        cast(quarter(period_month) as integer) as quarter,
        cast(month(period_month) as integer) as month,
        officer_code,
        officer_name,
        unit_code,
        unit_name,
        unit_group,
        has_form,
        self_score,
        reviewed_score,
        score,
        feedback_count,
        satisfied_count,
        unjudged_count,
        satisfied_pct,
        final_score,
        grade,
        submitted_date,
        min_ratings,
        officer_form_due_date,
        -- QĐ 1514/2023: the form is due before the 2nd of the next month (due day 1); no date, no finding.
        case when submitted_date is null then false else submitted_date > officer_form_due_date end as is_late,
        not has_form as is_missing,
        -- A D means the officer is to be replaced promptly.
        coalesce(grade = 'D', false) as is_replacement,
        coalesce(
            grade = 'D'
            and lag(grade) over officer_history = 'D'
            and lag(period_month) over officer_history = cast(period_month - interval 1 month as date),
            false
        ) as is_second_d_in_row
    from month_grades
    window officer_history as (partition by officer_code order by period_month)
),

rollup_types as (
    select 'quarter' as period_type
    union all
    select 'year' as period_type
),

-- Quarter and year over the months in scope only: a quarter in progress aggregates the months it has.
period_aggregates as (
    select
        t.period_type,
        m.officer_code,
        m.year,
        case when t.period_type = 'quarter' then m.quarter end as quarter,
        arg_max(m.officer_name, m.period_month) as officer_name,
        arg_max(m.unit_code, m.period_month) as unit_code,
        arg_max(m.unit_name, m.period_month) as unit_name,
        arg_max(m.unit_group, m.period_month) as unit_group,
        -- avg skips the months without a form, whose scores are null.
        cast(round(avg(m.self_score), 2) as decimal(6, 2)) as self_score,
        cast(round(avg(m.reviewed_score), 2) as decimal(6, 2)) as reviewed_score,
        cast(round(avg(m.score), 2) as decimal(6, 2)) as score,
        cast(round(avg(m.final_score), 2) as decimal(6, 2)) as final_score,
        sum(m.feedback_count) as feedback_count,
        sum(m.satisfied_count) as satisfied_count,
        sum(m.unjudged_count) as unjudged_count,
        count_if(m.has_form) as months_with_form,
        count_if(m.is_missing) as missing_months,
        count_if(m.is_late) as late_months,
        count_if(m.grade = 'D') as d_months,
        bool_or(m.is_second_d_in_row) as is_second_d_in_row
    from month_rows as m
    cross join rollup_types as t
    group by all
),

period_rules as (
    select
        p.*,
        -- The rules in force at the period's last month in scope.
        least(
            case
                when p.period_type = 'quarter' then make_date(p.year, p.quarter * 3, 1)
                else make_date(p.year, 12, 1)
            end,
            s.last_month
        ) as rule_month
    from period_aggregates as p
    cross join scope as s
),

period_grades as (
    select
        p.*,
        case
            when p.final_score is null or r.grade_a is null or r.grade_b is null or r.grade_c is null then null
            when p.final_score >= r.grade_a then 'A'
            when p.final_score >= r.grade_b then 'B'
            when p.final_score >= r.grade_c then 'C'
            else 'D'
        end as banded_grade,
        r.cap_after_d
    from period_rules as p
    left join mart_rule_month as r
        on r.period_month = p.rule_month
        and r.unit_group is not distinct from p.unit_group
),

period_rows as (
    select
        period_type,
        case when period_type = 'quarter' then format('{}-Q{}', year, quarter) else cast(year as varchar) end
            as period_label,
        case
            when period_type = 'quarter' then make_date(year, quarter * 3 - 2, 1)
            else make_date(year, 1, 1)
        end as period_start_date,
        year,
        quarter,
        cast(null as integer) as month,
        officer_code,
        officer_name,
        unit_code,
        unit_name,
        self_score,
        reviewed_score,
        score,
        feedback_count,
        satisfied_count,
        case
            when feedback_count > 0 and unjudged_count = 0
                then cast(round(100.0 * satisfied_count / feedback_count, 2) as decimal(5, 2))
        end as satisfied_pct,
        final_score,
        -- A month graded D keeps the quarter and the year at cap_after_d (C) or below, however good the
        -- other months were. Grades compare as letters: 'A' < 'C'.
        case
            when banded_grade is not null and d_months > 0 and banded_grade < cap_after_d then cap_after_d
            else banded_grade
        end as grade,
        late_months > 0 as is_late,
        months_with_form = 0 as is_missing,
        d_months > 0 as is_replacement,
        cast(null as date) as submitted_date,
        is_second_d_in_row,
        months_with_form,
        missing_months,
        late_months,
        d_months
    from period_grades
),

final as (
    select
        'month' as period_type,
        strftime(period_month, '%Y-%m') as period_label,
        period_month as period_start_date,
        year,
        quarter,
        month,
        officer_code,
        officer_name,
        unit_code,
        unit_name,
        self_score,
        reviewed_score,
        score,
        feedback_count,
        satisfied_count,
        satisfied_pct,
        final_score,
        grade,
        is_late,
        is_missing,
        is_replacement,
        submitted_date,
        is_second_d_in_row,
        cast(has_form as integer) as months_with_form,
        cast(is_missing as integer) as missing_months,
        cast(is_late as integer) as late_months,
        cast(is_replacement as integer) as d_months,
        -- The rules in force for the month's desk, as the month was graded (null on quarter and year rows).
        cast(min_ratings as integer) as min_ratings,
        officer_form_due_date as form_due_date
    from month_rows
    union all by name
    select * from period_rows
)

select * from final

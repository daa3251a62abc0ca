-- The One-Stop grading parameters in force for each month and unit group, one column per parameter:
-- the value in force on the month's last day, a group's own row before the general one (as in
-- mart_rule_year). unit_group null is the general rule alone, for desks the registry does not know.
-- A parameter with no row in force stays null, and so does every grade that needs it: the SQL invents
-- no default, a province that has not loaded its rules sees no grades.
with month_range as (
    -- Read from the raw tables: the range is the same before and after de-duplication, and it spares a
    -- pass over millions of ratings.
    select min(m) as first_month, max(m) as last_month
    from (
        select min(period_month) as m from raw_officer_form
        union all
        select max(period_month) from raw_officer_form
        union all
        select cast(date_trunc('month', min(rated_at)) as date) from raw_feedback
        union all
        select cast(date_trunc('month', max(rated_at)) as date) from raw_feedback
    )
),

-- Every month between the first and last with forms or ratings, so a month where nobody handed in a
-- form still has the rules a quarter ending there needs.
months as (
    select cast(unnest(generate_series(first_month, last_month, interval 1 month)) as date) as period_month
    from month_range
    where first_month is not null
),

unit_groups as (
    select distinct unit_group from stg_unit
    union all
    select null as unit_group
),

month_groups as (
    select m.period_month, last_day(m.period_month) as month_end_date, g.unit_group
    from months as m
    cross join unit_groups as g
),

candidates as (
    select
        mg.period_month,
        mg.unit_group,
        r.param_code,
        r.value_number,
        r.value_text,
        row_number() over (
            partition by mg.period_month, mg.unit_group, r.rule_code, r.param_code
            order by r.unit_group is null, r.valid_from_date desc
        ) as priority
    from month_groups as mg
    inner join stg_rule as r
        on r.valid_from_date <= mg.month_end_date
        and (r.valid_to_date is null or r.valid_to_date >= mg.month_end_date)
        and (r.unit_group is null or r.unit_group = mg.unit_group)
    where
        (r.rule_code = 'one_stop_grading')
        or (r.rule_code = 'submission_deadline' and r.param_code = 'officer_form_due_day')
),

in_force as (
    select
        period_month,
        unit_group,
        -- Weights as exact decimals, so 0,7 x 90 + 0,3 x 90 is 90.00 and not 89.99999...
        cast(max(value_number) filter (where param_code = 'self_weight') as decimal(9, 6)) as self_weight,
        cast(max(value_number) filter (where param_code = 'satisfaction_weight') as decimal(9, 6))
            as satisfaction_weight,
        cast(max(value_number) filter (where param_code = 'min_ratings') as integer) as min_ratings,
        cast(max(value_number) filter (where param_code = 'grade_a') as decimal(9, 2)) as grade_a,
        cast(max(value_number) filter (where param_code = 'grade_b') as decimal(9, 2)) as grade_b,
        cast(max(value_number) filter (where param_code = 'grade_c') as decimal(9, 2)) as grade_c,
        max(value_text) filter (where param_code = 'satisfied_levels') as satisfied_levels,
        max(value_text) filter (where param_code = 'cap_after_d') as cap_after_d,
        cast(max(value_number) filter (where param_code = 'officer_form_due_day') as integer)
            as officer_form_due_day
    from candidates
    where priority = 1
    group by period_month, unit_group
),

final as (
    select
        mg.period_month,
        cast(year(mg.period_month) as integer) as year,
        cast(quarter(mg.period_month) as integer) as quarter,
        cast(month(mg.period_month) as integer) as month,
        mg.unit_group,
        i.self_weight,
        i.satisfaction_weight,
        i.min_ratings,
        i.grade_a,
        i.grade_b,
        i.grade_c,
        i.satisfied_levels,
        i.cap_after_d,
        i.officer_form_due_day,
        -- Mẫu 01 is due before day (due_day + 1) of the next month: on the due day itself is on time.
        cast(
            mg.period_month + interval 1 month + to_days(i.officer_form_due_day - 1) as date
        ) as officer_form_due_date
    from month_groups as mg
    left join in_force as i
        on i.period_month = mg.period_month
        and i.unit_group is not distinct from mg.unit_group
)

select * from final

-- The submission tracker of the data-quality page: who owed a file, what came in and when.
-- CCHC score sheets are owed per unit and year by every unit that exists on 31/12 of the year and whose
-- group has a framework in force that year; Mẫu 01 forms per officer and month as mart_officer_grade
-- expects them (QĐ 1514/2023: before the 2nd of the next month). One row per owed cell decides its state
-- (is_current: submitted, late, rejected, missing); files refused or replaced are rows of their own
-- (status rejected or superseded, is_current false), so the stewards see every attempt.
with scoring_years as (
    -- From the first to the last year any score sheet covers: the warehouse did not collect other years.
    select unnest(range(min(year), max(year) + 1)) as year
    from raw_score_sheet
    having count(*) > 0
),

owed_sheets as (
    select distinct y.year, u.unit_code
    from scoring_years as y
    inner join mart_unit as u
        on (u.valid_from_date is null or u.valid_from_date <= make_date(y.year, 12, 31))
        and (u.valid_to_date is null or u.valid_to_date >= make_date(y.year, 12, 31))
    inner join mart_framework as f
        on f.unit_group = u.unit_group
        and f.from_year <= y.year
        and coalesce(f.to_year, 9999) >= y.year
),

report_due as (
    select year, unit_group, max(value_text) as due_text
    from mart_rule_year
    where rule_code = 'submission_deadline' and param_code = 'cchc_report_due'
    group by year, unit_group
),

-- The unit's own submission is its first sheet without the council's appraisal; an appraised sheet is
-- the council's, so its date says nothing about the unit's punctuality (as the score_sheets suite rules).
own_sheets as (
    select
        s.unit_code,
        s.year,
        min(s.submitted_date) filter (where not s.has_appraisal) as submitted_date
    from raw_score_sheet as s
    inner join source_file as f using (file_sha256)
    group by s.unit_code, s.year
),

-- Cells a unit tried to fill with a file that was refused: without a loaded file they are "rejected",
-- not "missing". A refused file often names no unit or period (it could not be read that far).
rejected_cells as (
    select distinct kind, unit_code, year, period
    from load_attempt
    where status = 'rejected' and unit_code is not null
),

sheet_cells as (
    select
        coalesce(o.unit_code, s.unit_code) as unit_code,
        coalesce(o.year, s.year) as year,
        s.file_name,
        s.attempt_id,
        s.loaded_at as attempted_at,
        coalesce(own.submitted_date, s.submitted_date) as submitted_date,
        s.attempt_id is not null as has_sheet
    from owed_sheets as o
    full outer join stg_score_sheet as s
        on s.unit_code = o.unit_code
        and s.year = o.year
    left join own_sheets as own
        on own.unit_code = coalesce(o.unit_code, s.unit_code)
        and own.year = coalesce(o.year, s.year)
),

sheet_rows as (
    select
        'cchc' as form_code,
        c.unit_code,
        cast(null as varchar) as officer_code,
        cast(null as varchar) as officer_name,
        c.year,
        cast(null as integer) as month,
        make_date(c.year, 1, 1) as period_start_date,
        c.file_name,
        c.attempt_id,
        c.attempted_at,
        c.submitted_date,
        case
            when d.due_text is not null
                then make_date(
                    c.year,
                    cast(split_part(d.due_text, '/', 2) as integer),
                    cast(split_part(d.due_text, '/', 1) as integer)
                )
        end as deadline_date,
        c.has_sheet,
        rc.unit_code is not null as has_rejected,
        true as is_current
    from sheet_cells as c
    left join mart_unit as u on u.unit_code = c.unit_code
    left join report_due as d on d.year = c.year and d.unit_group = u.unit_group
    left join rejected_cells as rc
        on rc.kind = 'scoring'
        and rc.unit_code = c.unit_code
        and rc.year = c.year
),

form_files as (
    select f.officer_code, f.period_month, any_value(s.file_name) as file_name,
           any_value(s.attempt_id) as attempt_id, any_value(s.loaded_at) as attempted_at
    from stg_officer_form as f
    inner join stg_source_file as s using (file_sha256)
    group by f.officer_code, f.period_month
),

form_rows as (
    select
        'officer_form' as form_code,
        g.unit_code,
        g.officer_code,
        g.officer_name,
        g.year,
        g.month,
        g.period_start_date,
        ff.file_name,
        ff.attempt_id,
        ff.attempted_at,
        g.submitted_date,
        r.officer_form_due_date as deadline_date,
        not g.is_missing as has_sheet,
        rc.unit_code is not null as has_rejected,
        true as is_current
    from mart_officer_grade as g
    left join mart_unit as u on u.unit_code = g.unit_code
    left join mart_rule_month as r
        on r.period_month = g.period_start_date
        and r.unit_group is not distinct from u.unit_group
    left join form_files as ff
        on ff.officer_code = g.officer_code
        and ff.period_month = g.period_start_date
    left join rejected_cells as rc
        on rc.kind = 'officer_form'
        and rc.unit_code = g.unit_code
        and rc.period = strftime(g.period_start_date, '%Y-%m')
    where g.period_type = 'month'
),

current_rows as (
    select
        *,
        case
            when has_sheet and submitted_date > deadline_date then 'late'
            when has_sheet then 'submitted'
            when has_rejected then 'rejected'
            else 'missing'
        end as status
    from (select * from sheet_rows union all by name select * from form_rows)
),

-- Files that no longer decide a cell: refused ones (their unit or period may be unknown: the file could
-- not be read that far) and the ones a later file replaced. Mẫu 01 files belong to a desk, not an officer.
attempt_rows as (
    select
        case a.kind when 'scoring' then 'cchc' else 'officer_form' end as form_code,
        a.unit_code,
        cast(null as varchar) as officer_code,
        cast(null as varchar) as officer_name,
        coalesce(a.year, cast(left(a.period, 4) as integer)) as year,
        case when a.kind = 'officer_form' then cast(substr(a.period, 6, 2) as integer) end as month,
        case
            when a.kind = 'officer_form' and a.period is not null then cast(a.period || '-01' as date)
            when a.year is not null then make_date(a.year, 1, 1)
        end as period_start_date,
        a.file_name,
        a.attempt_id,
        a.attempted_at,
        cast(null as date) as submitted_date,
        cast(null as date) as deadline_date,
        a.status = 'superseded' as has_sheet,
        a.status = 'rejected' as has_rejected,
        false as is_current,
        a.status
    from mart_load_attempt as a
    where a.kind in ('scoring', 'officer_form')
      and a.status in ('rejected', 'superseded')
),

final as (
    select
        r.form_code,
        r.unit_code,
        u.unit_name,
        u.unit_group,
        r.officer_code,
        r.officer_name,
        r.year,
        r.month,
        r.period_start_date,
        r.status,
        r.is_current,
        r.deadline_date,
        r.submitted_date,
        case when r.status = 'late' then datediff('day', r.deadline_date, r.submitted_date) end as days_late,
        r.file_name,
        r.attempt_id,
        r.attempted_at
    from (select * from current_rows union all by name select * from attempt_rows) as r
    left join mart_unit as u on u.unit_code = r.unit_code
)

select * from final

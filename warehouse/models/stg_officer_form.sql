-- One-Stop officers' monthly self-evaluation forms (Mẫu 01, QĐ 1514/QĐ-UBND Lạng Sơn 2023): one row per
-- officer and month. A form sent again (a single form after the desk's summary table, or a corrected
-- file) replaces the earlier one: the latest loaded file wins for an officer-month.
with ranked as (
    select
        o.*,
        f.attempt_id,
        row_number() over (
            partition by o.officer_code, o.period_month
            order by f.attempt_id desc, o.row_number desc
        ) as recency
    from raw_officer_form as o
    inner join source_file as f using (file_sha256)
),

-- The registry spells names with care; the form's handwriting-turned-text is only a fallback for an
-- officer the registry does not list. An officer who moved desk keeps one name: the latest row's.
registry_name as (
    select
        officer_code,
        arg_max(officer_name, coalesce(valid_from_date, date '1900-01-01')) as officer_name
    from stg_officer
    group by officer_code
),

-- The desk the registry assigns the officer to during the month, for forms that do not say their desk.
-- A move within the month: the later assignment.
assignment as (
    select
        r.officer_code,
        r.period_month,
        arg_max(o.unit_code, coalesce(o.valid_from_date, date '1900-01-01')) as unit_code
    from ranked as r
    inner join stg_officer as o
        on o.officer_code = r.officer_code
        and (o.valid_from_date is null or o.valid_from_date <= last_day(r.period_month))
        and (o.valid_to_date is null or o.valid_to_date >= r.period_month)
    where r.recency = 1
    group by r.officer_code, r.period_month
),

final as (
    select
        r.period_month,
        r.officer_code,
        coalesce(n.officer_name, r.officer_name_text) as officer_name,
        coalesce(r.unit_code, a.unit_code) as unit_code,
        r.self_score,
        r.reviewed_score,
        r.submitted_date,
        r.month_source,
        r.note_text,
        r.attempt_id,
        r.file_sha256,
        r.sheet_name,
        r.row_number,
        r.form_layout
    from ranked as r
    left join registry_name as n using (officer_code)
    left join assignment as a using (officer_code, period_month)
    where r.recency = 1
)

select * from final

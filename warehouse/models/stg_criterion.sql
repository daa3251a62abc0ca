-- Criteria of the current table of each framework; leaves are what units score.
with current_criteria as (
    select c.*
    from raw_criterion as c
    inner join stg_framework as fw using (framework_id, file_sha256)
),

parents as (
    select distinct framework_id, parent_code as criterion_code
    from current_criteria
    where parent_code is not null
),

final as (
    select
        c.framework_id,
        c.criterion_code,
        c.parent_code,
        c.field_code,
        c.depth,
        c.sort_order,
        c.stt_text,
        c.title,
        c.max_points,
        c.is_survey,
        c.method_text,
        c.responsible_office,
        p.criterion_code is null as is_leaf,
        c.file_sha256,
        c.sheet_name,
        c.row_number
    from current_criteria as c
    left join parents as p using (framework_id, criterion_code)
)

select * from final

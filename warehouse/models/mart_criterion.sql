-- Criteria of every framework with the title of their field, in the order of the appendix.
with fields as (
    select framework_id, criterion_code as field_code, title as field_title
    from stg_criterion
    where depth = 1
),

final as (
    select
        c.framework_id,
        fw.unit_group,
        fw.from_year,
        fw.to_year,
        c.criterion_code,
        c.parent_code,
        c.field_code,
        f.field_title,
        c.depth,
        c.sort_order,
        c.stt_text,
        c.title,
        c.max_points,
        c.is_survey,
        c.is_leaf,
        c.responsible_office
    from stg_criterion as c
    inner join stg_framework as fw using (framework_id)
    left join fields as f using (framework_id, field_code)
)

select * from final

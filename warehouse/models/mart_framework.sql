-- One row per framework in force, with the size of its table and its survey share.
with criteria as (
    select
        framework_id,
        count(*) as criteria_count,
        count(*) filter (where is_leaf) as leaf_count,
        count(*) filter (where depth = 1) as field_count,
        sum(max_points) filter (where depth = 1) as max_points,
        sum(max_points) filter (where is_leaf and is_survey) as survey_points
    from stg_criterion
    group by framework_id
),

final as (
    select
        fw.framework_id,
        fw.unit_group,
        fw.from_year,
        fw.to_year,
        fw.legal_basis,
        fw.file_name,
        fw.loaded_at,
        coalesce(c.criteria_count, 0) as criteria_count,
        coalesce(c.leaf_count, 0) as leaf_count,
        coalesce(c.field_count, 0) as field_count,
        coalesce(c.max_points, 0) as max_points,
        coalesce(c.survey_points, 0) as survey_points
    from stg_framework as fw
    left join criteria as c using (framework_id)
)

select * from final

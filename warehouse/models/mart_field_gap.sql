-- Points each unit lost per field (lĩnh vực) of its framework in a year, against the field's maximum:
-- the unit page's field bars and the weakness page's heatmap. Criteria whose loss is unknown (survey
-- criteria given only as a total) are left out of both the loss and the maximum. Summed as decimals, so
-- the figures never depend on the order of the rows.
with gaps as (
    select * from mart_criterion_gap
    where lost_points is not null
),

fields as (
    select
        framework_id,
        criterion_code as field_code,
        stt_text as field_stt,
        title as field_title,
        sort_order as field_order
    from mart_criterion
    where depth = 1
),

per_field as (
    select
        g.year,
        g.unit_code,
        any_value(g.unit_name) as unit_name,
        any_value(g.unit_group) as unit_group,
        g.field_code,
        any_value(f.field_stt) as field_stt,
        any_value(f.field_title) as field_title,
        min(f.field_order) as field_order,
        cast(sum(cast(g.max_points as decimal(12, 2))) as double) as max_points,
        cast(sum(cast(g.counted_points as decimal(12, 2))) as double) as counted_points,
        cast(sum(cast(g.lost_points as decimal(12, 2))) as double) as lost_points
    from gaps as g
    left join fields as f using (framework_id, field_code)
    group by g.year, g.unit_code, g.field_code
),

final as (
    select
        *,
        round(lost_points / nullif(max_points, 0) * 100, 2) as lost_pct
    from per_field
)

select * from final

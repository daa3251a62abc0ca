-- Each unit's result per field (lĩnh vực) of its framework: the points that count over the applicable
-- maximum of the field's sub-criteria, as a percentage, so fields of different sizes compare. Field codes
-- (1–8) are stable across framework versions while their titles and maxima change; survey criteria count
-- their survey points (0 until the survey is in, when the unit's index is provisional too).
with scores as (
    select * from mart_criterion_score
    where not is_not_applicable
),

per_field as (
    select
        year,
        unit_code,
        any_value(unit_name) as unit_name,
        any_value(unit_group) as unit_group,
        any_value(framework_id) as framework_id,
        field_code,
        -- Summed as decimals, so the result never depends on the order of the rows (see mart_unit_index).
        cast(sum(cast(max_points as decimal(12, 2))) as double) as max_points,
        cast(sum(cast(coalesce(counted_points, 0) as decimal(12, 2))) as double) as counted_points
    from scores
    group by year, unit_code, field_code
),

titles as (
    select framework_id, field_code, field_title, sort_order
    from mart_criterion
    where depth = 1
),

final as (
    select
        p.year,
        p.unit_code,
        p.unit_name,
        p.unit_group,
        p.framework_id,
        p.field_code,
        t.field_title,
        t.sort_order as field_sort_order,
        p.max_points,
        p.counted_points,
        round(p.counted_points / nullif(p.max_points, 0) * 100, 2) as field_pct,
        coalesce(i.is_provisional, true) as is_provisional
    from per_field as p
    left join titles as t using (framework_id, field_code)
    left join mart_unit_index as i using (year, unit_code)
)

select * from final

-- The ranking table of a group and year: the index, rank and classification from mart_unit_index with
-- last year's rank and index of the same unit and the change (rank_change > 0: the unit climbed), self
-- against appraised points (the scored part, survey excluded) and the survey points. A unit without a
-- result last year is new (is_new); when it was formed by a merger, predecessor_index_pct is the plain
-- mean of its direct predecessors' index last year ("quy đổi"), a reference only: ranks across a merger
-- are not comparable, so no rank change is given.
with current_year as (
    select * from mart_unit_index
),

previous_year as (
    select year + 1 as year, unit_code, unit_group, rank_in_group, index_pct
    from mart_unit_index
),

predecessors as (
    select
        i.year + 1 as year,
        u.successor_code as unit_code,
        round(avg(cast(i.index_pct as decimal(7, 2))), 2) as predecessor_index_pct,
        count(*) as predecessor_count,
        string_agg(i.unit_name, '; ' order by i.unit_name) as predecessor_names
    from mart_unit_index as i
    inner join stg_unit as u using (unit_code)
    where u.successor_code is not null
    group by i.year, u.successor_code
),

final as (
    select
        c.year,
        c.unit_group,
        c.unit_code,
        c.unit_name,
        c.framework_id,
        c.index_pct,
        c.rank_in_group,
        c.units_in_group,
        c.classification,
        c.is_provisional,
        c.has_appraisal,
        c.max_points,
        c.self_points,
        c.effective_self_points,
        c.appraised_points,
        c.self_points - c.appraised_points as self_minus_appraised_points,
        c.survey_points,
        c.total_points,
        p.rank_in_group as previous_rank,
        p.index_pct as previous_index_pct,
        p.rank_in_group - c.rank_in_group as rank_change,
        round(c.index_pct - p.index_pct, 2) as index_change,
        p.unit_code is null as is_new,
        case when p.unit_code is null then d.predecessor_index_pct end as predecessor_index_pct,
        case when p.unit_code is null then d.predecessor_count end as predecessor_count,
        case when p.unit_code is null then d.predecessor_names end as predecessor_names
    from current_year as c
    left join previous_year as p using (year, unit_code, unit_group)
    left join predecessors as d using (year, unit_code)
)

select * from final

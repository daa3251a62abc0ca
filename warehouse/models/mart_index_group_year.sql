-- The spread of a unit group's results per year, in both views of the units (see mart_index_trend): the
-- province's mean for the group, its extremes and quartiles, overall (field_code null) and per field.
-- The mean is the plain mean of the units, as the province publishes it.
with results as (
    select * from mart_index_trend
),

final as (
    select
        unit_view,
        year,
        unit_group,
        field_code,
        count(*) as unit_count,
        count(*) filter (where is_converted) as converted_count,
        count(*) filter (where is_provisional) as provisional_count,
        round(avg(cast(value_pct as decimal(7, 2))), 2) as mean_pct,
        min(value_pct) as min_pct,
        round(quantile_cont(value_pct, 0.25), 2) as q1_pct,
        round(quantile_cont(value_pct, 0.5), 2) as median_pct,
        round(quantile_cont(value_pct, 0.75), 2) as q3_pct,
        max(value_pct) as max_pct
    from results
    group by unit_view, year, unit_group, field_code
)

select * from final

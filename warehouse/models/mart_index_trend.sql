-- The index (field_code null) and each field's percentage per unit and year, in two views of the units:
-- 'as_was' gives each unit's own results; 'today' gives today's units, where a year in which the unit
-- did not exist yet is "quy đổi" (converted): the plain mean of the results its predecessors had that
-- year (every predecessor counts once, whatever its size, as the province ranks units not people). A
-- unit's own result always wins over a conversion; units dissolved without a successor are left out of
-- 'today'. Predecessors are found through mart_unit_lineage, so chains of mergers are followed.
with overall as (
    select
        year,
        unit_code,
        unit_name,
        unit_group,
        cast(null as varchar) as field_code,
        cast(null as varchar) as field_title,
        index_pct as value_pct,
        is_provisional
    from mart_unit_index
),

fields as (
    select year, unit_code, unit_name, unit_group, field_code, field_title, field_pct as value_pct, is_provisional
    from mart_index_field
),

as_was as (
    select * from overall
    union all
    select * from fields
),

mapped as (
    select
        a.*,
        l.current_unit_code,
        l.current_unit_name,
        l.current_unit_group,
        a.unit_code = l.current_unit_code as is_own
    from as_was as a
    inner join mart_unit_lineage as l using (unit_code)
    where l.current_unit_code is not null
),

flagged as (
    select
        *,
        bool_or(is_own) over (partition by year, current_unit_code, field_code) as has_own
    from mapped
),

today as (
    select
        'today' as unit_view,
        year,
        current_unit_code as unit_code,
        any_value(current_unit_name) as unit_name,
        any_value(current_unit_group) as unit_group,
        field_code,
        any_value(field_title) as field_title,
        round(avg(cast(value_pct as decimal(7, 2))), 2) as value_pct,
        bool_or(is_provisional) as is_provisional,
        not bool_or(is_own) as is_converted,
        count(*) as source_unit_count,
        string_agg(unit_name, '; ' order by unit_name) as source_unit_names
    from flagged
    where is_own or not has_own
    group by year, current_unit_code, field_code
),

final as (
    select
        'as_was' as unit_view,
        year,
        unit_code,
        unit_name,
        unit_group,
        field_code,
        field_title,
        value_pct,
        is_provisional,
        false as is_converted,
        1 as source_unit_count,
        unit_name as source_unit_names
    from as_was
    union all
    select * from today
)

select * from final

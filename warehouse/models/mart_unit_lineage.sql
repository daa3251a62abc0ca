-- Every unit, past or present, mapped to the unit that carries on its work today, by following
-- successor_code to the end of the chain (merged communes of 07/2025 → the new commune; departments
-- merged in 03/2025 → the new department). Trends "as units are today" read old results through this.
-- A unit that ended without a successor (the districts and their offices, abolished on 01/07/2025) has
-- no today's unit. A chain stops after 20 steps, which also ends a cycle in faulty reference data, and
-- a successor code missing from the registry leaves the unit without a today's unit.
with recursive units as (
    select
        unit_code,
        unit_name,
        unit_group,
        valid_from_date,
        valid_to_date,
        successor_code,
        valid_to_date is null or valid_to_date >= current_date as is_active
    from stg_unit
),

chain as (
    select unit_code, unit_code as reached_code, 0 as step_count
    from units
    union all
    select c.unit_code, u.successor_code as reached_code, c.step_count + 1 as step_count
    from chain as c
    inner join units as u on u.unit_code = c.reached_code
    where u.successor_code is not null and c.step_count < 20
),

chain_end as (
    select unit_code, arg_max(reached_code, step_count) as end_code, max(step_count) as step_count
    from chain
    group by unit_code
),

final as (
    select
        u.unit_code,
        u.unit_name,
        u.unit_group,
        u.valid_from_date,
        u.valid_to_date,
        u.successor_code,
        u.is_active,
        today.unit_code as current_unit_code,
        today.unit_name as current_unit_name,
        today.unit_group as current_unit_group,
        e.step_count,
        today.unit_code is not null and today.unit_code = u.unit_code as is_current
    from units as u
    inner join chain_end as e using (unit_code)
    left join units as today on today.unit_code = e.end_code and today.is_active
)

select * from final

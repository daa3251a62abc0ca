-- One row per One-Stop officer at the desk of their latest assignment, with how many desks they held.
with ranked as (
    select
        o.*,
        count(*) over (partition by o.officer_code) as assignment_count,
        row_number() over (
            partition by o.officer_code order by o.valid_from_date desc nulls last, o.row_number desc
        ) as recency
    from stg_officer as o
),

final as (
    select
        r.officer_code,
        r.officer_name,
        r.unit_code,
        u.unit_name,
        u.parent_code,
        r.valid_from_date,
        r.valid_to_date,
        r.assignment_count,
        r.valid_to_date is null or r.valid_to_date >= current_date as is_active
    from ranked as r
    left join stg_unit as u using (unit_code)
    where r.recency = 1
)

select * from final

-- Units with their parent and successor named, for pages and lookups.
with final as (
    select
        u.unit_code,
        u.unit_name,
        u.unit_group,
        u.parent_code,
        p.unit_name as parent_name,
        u.valid_from_date,
        u.valid_to_date,
        u.successor_code,
        s.unit_name as successor_name,
        u.aliases,
        u.valid_to_date is null or u.valid_to_date >= current_date as is_active
    from stg_unit as u
    left join stg_unit as p on p.unit_code = u.parent_code
    left join stg_unit as s on s.unit_code = u.successor_code
)

select * from final

-- The unit registry: a unit listed again in a later file takes that file's values, so a corrected
-- registry is loaded by sending the rows that changed.
with ranked as (
    select
        u.*,
        row_number() over (partition by u.unit_code order by f.attempt_id desc, u.row_number) as recency
    from raw_unit as u
    inner join source_file as f using (file_sha256)
),

final as (
    select
        unit_code,
        unit_name,
        unit_group,
        parent_code,
        valid_from_date,
        valid_to_date,
        coalesce(aliases, []) as aliases,
        successor_code,
        file_sha256,
        sheet_name,
        row_number
    from ranked
    where recency = 1
)

select * from final

-- One-Stop officers' assignments to desks. An officer who moves desk has one row per assignment; the
-- latest file that lists an officer gives all of that officer's rows.
with latest_file as (
    select
        o.officer_code,
        max(f.attempt_id) as attempt_id
    from raw_officer as o
    inner join source_file as f using (file_sha256)
    group by o.officer_code
),

final as (
    select
        o.officer_code,
        o.officer_name,
        o.unit_code,
        o.valid_from_date,
        o.valid_to_date,
        o.file_sha256,
        o.sheet_name,
        o.row_number
    from raw_officer as o
    inner join source_file as f using (file_sha256)
    inner join latest_file as l on l.officer_code = o.officer_code and l.attempt_id = f.attempt_id
)

select * from final

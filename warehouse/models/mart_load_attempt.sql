-- Every file the warehouse was given, accepted or refused, with its findings counted.
with finding_counts as (
    select
        attempt_id,
        count(*) filter (where severity = 'error') as error_count,
        count(*) filter (where severity = 'warning') as warning_count
    from load_finding
    group by attempt_id
),

final as (
    select
        a.attempt_id,
        a.file_sha256,
        a.file_name,
        a.kind,
        case when a.status = 'loaded' and coalesce(f.is_superseded, false) then 'superseded' else a.status end
            as status,
        a.attempted_at,
        a.rows_loaded,
        a.rows_rejected,
        a.unit_code,
        u.unit_name,
        a.year,
        a.period,
        coalesce(c.error_count, 0) as error_count,
        coalesce(c.warning_count, 0) as warning_count
    from load_attempt as a
    left join stg_source_file as f on f.attempt_id = a.attempt_id
    left join stg_unit as u on u.unit_code = a.unit_code
    left join finding_counts as c on c.attempt_id = a.attempt_id
)

select * from final

-- Criteria frameworks: registering a framework id again replaces its table (a corrected appendix).
with ranked as (
    select
        fw.*,
        f.file_name,
        f.loaded_at,
        row_number() over (partition by fw.framework_id order by f.attempt_id desc) as recency
    from raw_framework as fw
    inner join source_file as f using (file_sha256)
),

final as (
    select framework_id, unit_group, from_year, to_year, legal_basis, file_sha256, file_name, sheet_name, loaded_at
    from ranked
    where recency = 1
)

select * from final

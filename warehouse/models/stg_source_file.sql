-- Accepted files with whether a later file for the same unit, period and kind replaced them.
with superseding as (
    select supersedes_sha256 as file_sha256, file_sha256 as superseded_by_sha256
    from source_file
    where supersedes_sha256 is not null
),

final as (
    select
        f.*,
        s.superseded_by_sha256,
        s.superseded_by_sha256 is not null as is_superseded
    from source_file as f
    left join superseding as s using (file_sha256)
)

select * from final

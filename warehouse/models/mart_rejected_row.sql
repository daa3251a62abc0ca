-- Rows of loaded files that could not be taken (a rating with an unreadable date, an unknown level),
-- with the file they came from, for the data-quality page: the stewards fix the export and resend it.
with final as (
    select
        r.file_sha256,
        f.file_name,
        f.kind,
        f.loaded_at,
        f.attempt_id,
        f.unit_code,
        f.period,
        r.line_number,
        r.rule,
        r.message,
        r.raw_text
    from raw_rejected_row as r
    inner join source_file as f using (file_sha256)
)

select * from final

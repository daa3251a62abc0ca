-- Scoring sheets in force: a newer sheet for the same unit and year supersedes the earlier one, which
-- stays in the warehouse (and in the unit's history) but is never counted.
with final as (
    select
        s.file_sha256,
        s.sheet_name,
        s.unit_code,
        s.year,
        s.framework_id,
        s.unit_text,
        s.unit_source,
        s.year_source,
        s.submitted_date,
        s.has_appraisal,
        f.file_name,
        f.attempt_id,
        f.loaded_at
    from raw_score_sheet as s
    inner join stg_source_file as f using (file_sha256)
    where not f.is_superseded
        -- Only while warehouse.db refreshes a span of years are these variables set: null, every year.
        and (getvariable('refresh_from') is null
            or (
                make_date(s.year, 1, 1) >= getvariable('refresh_from')
                and make_date(s.year, 1, 1) < getvariable('refresh_until')
            ))
)

select * from final

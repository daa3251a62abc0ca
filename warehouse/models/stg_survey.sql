-- Survey (ĐTXHH) points in force: for each unit and year, the rows of the latest file that gives that
-- unit and year, so a corrected survey table replaces the earlier figures instead of adding to them.
with latest_file as (
    select
        s.unit_code,
        s.year,
        max(f.attempt_id) as attempt_id
    from raw_survey as s
    inner join source_file as f using (file_sha256)
    -- Only while warehouse.db refreshes a span of years are these variables set: null, every year.
    where getvariable('refresh_from') is null
        or (
            make_date(s.year, 1, 1) >= getvariable('refresh_from')
            and make_date(s.year, 1, 1) < getvariable('refresh_until')
        )
    group by s.unit_code, s.year
),

final as (
    select
        s.year,
        s.unit_code,
        s.criterion_code,
        s.survey_points,
        s.unit_text,
        s.file_sha256,
        s.sheet_name,
        s.row_number
    from raw_survey as s
    inner join source_file as f using (file_sha256)
    inner join latest_file as l
        on l.unit_code = s.unit_code and l.year = s.year and l.attempt_id = f.attempt_id
)

select * from final

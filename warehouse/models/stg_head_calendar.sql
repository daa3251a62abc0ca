-- The index calendar in force: for each result year, the rows of the latest file that gives that year, so
-- a corrected calendar of 2024 replaces the earlier one without touching 2023.
with latest_file_per_year as (
    select
        c.year,
        max(f.attempt_id) as attempt_id
    from raw_head_calendar as c
    inner join source_file as f using (file_sha256)
    group by c.year
),

final as (
    select
        c.year,
        c.index_name,
        c.field_name,
        cast(c.score as double) as score,
        c.score_text,
        c.rank,
        c.published_date,
        c.sent_date,
        c.decided_date,
        c.note,
        c.file_sha256,
        c.sheet_name,
        c.row_number
    from raw_head_calendar as c
    inner join source_file as f using (file_sha256)
    inner join latest_file_per_year as l on l.year = c.year and l.attempt_id = f.attempt_id
)

select * from final

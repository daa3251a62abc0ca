-- Published results in force: for each index and year, the rows of the latest file that gives them, so
-- a corrected table replaces the earlier one instead of adding a second set of ranks. A province's own
-- table (its rows carry unit codes) and a national table of the same index and year are two tables:
-- the province's PAR INDEX of its departments does not replace the ministry's PAR INDEX of provinces.
with file_scope as (
    select
        p.file_sha256,
        p.index_name,
        p.year,
        bool_or(p.unit_code is not null) as is_unit_table,
        any_value(f.attempt_id) as attempt_id
    from raw_published_index as p
    inner join source_file as f using (file_sha256)
    group by p.file_sha256, p.index_name, p.year
),

latest_file as (
    select
        index_name,
        year,
        is_unit_table,
        max(attempt_id) as attempt_id
    from file_scope
    group by index_name, year, is_unit_table
),

current_file as (
    select s.file_sha256, s.is_unit_table
    from file_scope as s
    inner join latest_file as l
        on l.index_name = s.index_name
        and l.year = s.year
        and l.is_unit_table = s.is_unit_table
        and l.attempt_id = s.attempt_id
),

final as (
    select
        p.index_name,
        p.year,
        c.is_unit_table,
        p.entity_name,
        p.entity_source,
        p.unit_code,
        p.score,
        p.score_text,
        p.published_rank,
        p.file_sha256,
        p.sheet_name,
        p.row_number
    from raw_published_index as p
    inner join current_file as c using (file_sha256)
)

select * from final

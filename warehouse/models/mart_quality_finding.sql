-- Every finding of every load attempt, with the attempt it belongs to (file, kind, unit, period, status)
-- and, for findings of the Great Expectations suites, the run and the dataset checked. The data-quality
-- page filters these, follows them over time and sends them back to the unit that owns the file;
-- stored_path lets it reopen the exact bytes the unit sent to show the offending row.
with attempts as (
    select
        a.attempt_id,
        a.file_sha256,
        a.file_name,
        l.stored_path,
        a.kind,
        a.status,
        a.attempted_at,
        a.unit_code,
        a.unit_name,
        a.year,
        a.period
    from mart_load_attempt as a
    inner join load_attempt as l using (attempt_id)
),

-- Where each sheet's column headings were found, so the page can show them above the offending row
-- (known for loaded files only: a refused file may not have got that far).
headers as (
    select file_sha256, sheet_name, min(header_row_number) as header_row_number
    from raw_file_column
    group by file_sha256, sheet_name
),

final as (
    select
        a.attempt_id,
        fi.finding_number,
        a.file_sha256,
        a.file_name,
        a.stored_path,
        a.kind,
        a.status,
        a.attempted_at,
        cast(date_trunc('month', a.attempted_at) as date) as attempted_month,
        a.unit_code,
        a.unit_name,
        a.year,
        a.period,
        -- The year the data is about; a Mẫu 02 export names a span of months ("2024-04…2024-06").
        coalesce(a.year, try_cast(left(a.period, 4) as integer)) as period_year,
        fi.severity,
        fi.rule,
        fi.dataset,
        fi.run_id,
        fi.sheet_name,
        fi.cell,
        fi.row_number,
        h.header_row_number,
        fi.message
    from load_finding as fi
    inner join attempts as a using (attempt_id)
    left join headers as h
        on h.file_sha256 = a.file_sha256
        and h.sheet_name = fi.sheet_name
)

select * from final

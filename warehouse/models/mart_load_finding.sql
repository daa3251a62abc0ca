-- Findings of every load attempt with the file they belong to.
with final as (
    select
        a.attempt_id,
        a.file_name,
        a.kind,
        a.status,
        a.attempted_at,
        a.unit_code,
        fi.finding_number,
        fi.severity,
        fi.rule,
        fi.sheet_name,
        fi.cell,
        fi.row_number,
        fi.message
    from load_finding as fi
    inner join load_attempt as a using (attempt_id)
)

select * from final

-- Dossiers from the portal's lists, each once, in its newest state. Lists overlap (a month exported again
-- at the end of the quarter, a list of pending dossiers followed by the full one), and a pending dossier
-- of one list is resolved in the next, so the same dossier code keeps the row of the list with the later
-- as-of date; on the same as-of date the list loaded later, then its later row. Portal dossier codes
-- carry the receiving agency's code, so a code names one dossier across units.
with ranked as (
    select
        d.*,
        f.attempt_id,
        row_number() over (
            partition by d.dossier_code
            order by d.as_of_date desc, f.attempt_id desc, d.line_number desc
        ) as state_rank,
        count(*) over (partition by d.dossier_code) as copy_count
    from raw_dossier as d
    inner join source_file as f using (file_sha256)
),

final as (
    select
        dossier_code,
        unit_code,
        unit_text,
        officer_code,
        officer_text,
        procedure_text,
        received_date,
        due_date,
        resolved_date,
        is_digitised,
        has_apology,
        has_complaint,
        as_of_date,
        as_of_source,
        copy_count,
        file_sha256,
        sheet_name,
        line_number
    from ranked
    where state_rank = 1
)

select * from final

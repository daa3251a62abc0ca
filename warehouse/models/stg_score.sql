-- Criterion rows of the scoring sheets in force, with the unit and year of their sheet.
with final as (
    select
        sh.year,
        sh.unit_code,
        sh.framework_id,
        sh.has_appraisal,
        r.criterion_code,
        r.matched_by,
        r.stt_text,
        r.title_text,
        cast(r.max_points as double) as max_points,
        cast(r.self_points as double) as self_points,
        cast(r.appraised_points as double) as appraised_points,
        r.self_text,
        r.appraised_text,
        r.is_not_applicable,
        r.evidence_text,
        r.explanation_text,
        r.note_text,
        r.file_sha256,
        r.sheet_name,
        r.row_number
    from raw_score as r
    inner join stg_score_sheet as sh using (file_sha256)
)

select * from final

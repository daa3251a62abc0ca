-- Where each unit lost points, criterion by criterion, and which office owns the criterion, so a
-- weakness has an owner. Survey criteria given only as a total have no per-criterion loss (null).
with final as (
    select
        year,
        unit_code,
        unit_name,
        unit_group,
        framework_id,
        criterion_code,
        stt_text,
        criterion_title,
        field_code,
        sort_order,
        is_survey,
        max_points,
        self_points,
        appraised_points,
        survey_points,
        counted_points,
        max_points - counted_points as lost_points,
        round((max_points - counted_points) / nullif(max_points, 0) * 100, 2) as lost_pct,
        responsible_office,
        file_sha256,
        sheet_name,
        row_number
    from mart_criterion_score
    where not is_not_applicable
)

select * from final

-- Every sub-criterion of the framework for every unit sheet in force: the points typed, the points
-- that count and why. Survey criteria count the survey table's points; a scored sub-criterion with
-- neither evidence nor explanation counts 0 until appraised where the evidence rule is on (Cao Lộc
-- 2020); a criterion marked not applicable (itself or a parent row) leaves the denominator.
with sheets as (
    select * from stg_score_sheet
),

units as (
    select unit_code, unit_name, unit_group from stg_unit
),

leaves as (
    select * from stg_criterion where is_leaf
),

marked as (
    select file_sha256, criterion_code from stg_score where is_not_applicable
),

survey as (
    select year, unit_code, criterion_code, cast(survey_points as double) as survey_points
    from stg_survey
    where criterion_code is not null
),

evidence_rule as (
    select year, unit_group, value_number = 1 as is_required
    from mart_rule_year
    where rule_code = 'evidence_rule' and param_code = 'required'
),

joined as (
    select
        sh.year,
        sh.unit_code,
        u.unit_name,
        u.unit_group,
        sh.framework_id,
        sh.has_appraisal,
        l.criterion_code,
        l.parent_code,
        l.field_code,
        l.stt_text,
        l.title as criterion_title,
        l.sort_order,
        cast(l.max_points as double) as max_points,
        l.is_survey,
        l.responsible_office,
        s.self_points,
        s.appraised_points,
        s.evidence_text,
        s.explanation_text,
        s.note_text,
        sv.survey_points,
        coalesce(er.is_required, false) as is_evidence_required,
        exists (
            select 1
            from marked as m
            where m.file_sha256 = sh.file_sha256
                and (m.criterion_code = l.criterion_code or starts_with(l.criterion_code, m.criterion_code || '.'))
        ) as is_not_applicable,
        s.row_number is not null as has_row,
        sh.file_sha256,
        sh.sheet_name,
        s.row_number
    from sheets as sh
    inner join units as u using (unit_code)
    inner join leaves as l on l.framework_id = sh.framework_id
    left join stg_score as s on s.file_sha256 = sh.file_sha256 and s.criterion_code = l.criterion_code
    left join survey as sv on sv.year = sh.year and sv.unit_code = sh.unit_code and sv.criterion_code = l.criterion_code
    left join evidence_rule as er on er.year = sh.year and er.unit_group = u.unit_group
),

counted as (
    select
        *,
        case
            when is_survey then null
            when is_evidence_required
                and coalesce(self_points, 0) > 0
                and evidence_text is null
                and explanation_text is null
                and note_text is null
                then 0
            else coalesce(self_points, 0)
        end as effective_self_points
    from joined
),

final as (
    select
        *,
        case
            when is_not_applicable then null
            when is_survey then survey_points
            when has_appraisal then coalesce(appraised_points, effective_self_points)
            else effective_self_points
        end as counted_points
    from counted
)

select * from final

-- The yearly CCHC index of each unit: (appraised points, or effective self points while the unit is
-- not appraised, + survey points) / applicable maximum × 100, two decimals. Units are ranked within
-- their group and year only (ties share a rank: 1, 2, 2, 4) and classified by the bands in force.
-- Points are summed as decimals: a sum of doubles depends on the order the rows arrive in, and an index
-- that rounds differently from one run to the next could swap two units' ranks.
with criteria as (
    select * from mart_criterion_score
),

survey_totals as (
    select year, unit_code, cast(sum(cast(survey_points as decimal(12, 2))) as double) as survey_points
    from stg_survey
    where criterion_code is null
    group by year, unit_code
),

per_unit as (
    select
        year,
        unit_code,
        any_value(unit_name) as unit_name,
        any_value(unit_group) as unit_group,
        any_value(framework_id) as framework_id,
        any_value(has_appraisal) as has_appraisal,
        any_value(file_sha256) as file_sha256,
        cast(sum(cast(max_points as decimal(12, 2))) filter (where not is_not_applicable) as double) as max_points,
        cast(sum(cast(coalesce(self_points, 0) as decimal(12, 2))) filter (where not is_not_applicable and not is_survey) as double) as self_points,
        cast(sum(cast(effective_self_points as decimal(12, 2))) filter (where not is_not_applicable and not is_survey) as double) as effective_self_points,
        cast(sum(cast(counted_points as decimal(12, 2))) filter (where not is_not_applicable and not is_survey) as double) as counted_scored_points,
        cast(sum(cast(survey_points as decimal(12, 2))) filter (where not is_not_applicable and is_survey) as double) as survey_criterion_points,
        count(*) filter (where not is_not_applicable and is_survey) as survey_criteria
    from criteria
    group by year, unit_code
),

indexed as (
    select
        p.*,
        case when p.has_appraisal then p.counted_scored_points end as appraised_points,
        coalesce(p.survey_criterion_points, t.survey_points) as survey_points
    from per_unit as p
    left join survey_totals as t using (year, unit_code)
),

scored as (
    select
        *,
        coalesce(appraised_points, effective_self_points, 0) + coalesce(survey_points, 0) as total_points,
        not has_appraisal or (survey_criteria > 0 and survey_points is null) as is_provisional
    from indexed
),

bands as (
    select
        year,
        unit_group,
        max(value_number) filter (where param_code = 'xuat_sac') as xuat_sac,
        max(value_number) filter (where param_code = 'tot') as tot,
        max(value_number) filter (where param_code = 'kha') as kha,
        max(value_number) filter (where param_code = 'trung_binh') as trung_binh
    from mart_rule_year
    where rule_code = 'classification_band'
    group by year, unit_group
),

ranked as (
    select
        s.*,
        round(s.total_points / nullif(s.max_points, 0) * 100, 2) as index_pct
    from scored as s
),

final as (
    select
        r.year,
        r.unit_code,
        r.unit_name,
        r.unit_group,
        r.framework_id,
        r.max_points,
        r.self_points,
        r.effective_self_points,
        r.appraised_points,
        r.survey_points,
        r.total_points,
        r.index_pct,
        r.is_provisional,
        r.has_appraisal,
        rank() over (partition by r.year, r.unit_group order by r.index_pct desc) as rank_in_group,
        count(*) over (partition by r.year, r.unit_group) as units_in_group,
        case
            when b.xuat_sac is null then null
            when r.index_pct >= b.xuat_sac then 'xuat_sac'
            when r.index_pct >= b.tot then 'tot'
            when r.index_pct >= b.kha then 'kha'
            when r.index_pct >= b.trung_binh then 'trung_binh'
            else 'yeu'
        end as classification,
        r.file_sha256
    from ranked as r
    left join bands as b using (year, unit_group)
)

select * from final

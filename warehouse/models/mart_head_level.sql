-- Heads' completion levels (Hưng Yên QĐ 01/2023/QĐ-UBND; docs/heads.md): one row per unit, grading year and
-- index (or field of an index) the unit answers for under the rule set in force, with the figure behind the
-- level, the level in that index, the unit's overall level and the deadlines of the cycle met or missed.
--
-- A head graded in year Y is graded on results of year Y - result_lag_years (PAR INDEX, SIPAS, PCI and PAPI
-- of a year are published the next year). A unit is graded while it exists at the end of the result year.
-- The province's own CCHC index is the unit's own result (mart_unit_ranking); another index is the unit's row
-- in a province's published table of its units (DDCI), else the province's result: its row in a published
-- national table, else the score the index calendar gives (the only source of a field's result, since
-- published tables hold whole indices). An index without a figure
-- leaves its row ungraded with a reason, and the unit's overall level then stays empty with the reason too:
-- nothing is graded on part of what the head answers for.
-- The own index is read once: mart_unit_ranking is a chain of views over every score, and DuckDB would
-- otherwise compute it again for each place this model names it.
with own_results as materialized (
    select * from mart_unit_ranking
),

rules as (
    select
        *,
        lower(strip_accents(trim(coalesce(field_name, '')))) as field_key
    from stg_head_rule
),

result_years as (
    select year from own_results
    union
    select year from mart_national_index
    union
    select year from stg_head_calendar
),

-- Grading years a rule set covers: its period, up to the last year a result of the warehouse can be used.
rule_years as (
    select
        r.*,
        g.year,
        g.year - r.result_lag_years as result_year
    from rules as r
    inner join (
        select unnest(range(min(year), max(year) + 5)) as year from result_years
    ) as g
        on g.year between year(r.valid_from_date) and coalesce(
            year(r.valid_to_date), (select max(year) from result_years) + r.result_lag_years
        )
),

-- One set per unit and year: where two sets loaded from different files both cover a year, the one that
-- took effect later replaces the other for that unit (one file cannot hold overlapping sets).
set_in_force as (
    select unit_code, year, arg_max(rule_set_id, valid_from_date) as rule_set_id
    from rule_years
    group by unit_code, year
),

in_scope as (
    select
        y.*,
        u.unit_name,
        u.unit_group
    from rule_years as y
    inner join set_in_force as s using (unit_code, year, rule_set_id)
    inner join stg_unit as u using (unit_code)
    where u.valid_from_date <= make_date(y.result_year, 12, 31)
        and (u.valid_to_date is null or u.valid_to_date >= make_date(y.result_year, 12, 31))
),

calendar as (
    select
        *,
        lower(strip_accents(trim(coalesce(field_name, '')))) as field_key
    from stg_head_calendar
),

published as (
    select index_name, year, cast(score as double) as score, computed_rank as rank
    from mart_national_index
    where is_province
),

-- A unit's own row in a province's table of its units (DDCI ranks departments, for instance), ranked within
-- its group as the province ranks them. A province's table filed under PAR INDEX is its own CCHC index of
-- its units, which a rule names as the own index (CCHC_TINH): it never stands for the national PAR INDEX.
unit_published as (
    select index_name, year, unit_code, cast(score as double) as score, computed_rank as rank
    from mart_published_index
    where unit_code is not null and index_name <> 'PAR INDEX'
),

-- The province's result in each index and field: a published national table first, the calendar's figure
-- where no table gives one.
province_results as (
    select index_name, '' as field_key, year, score, rank, 'published' as source
    from published
    union all
    select c.index_name, c.field_key, c.year, c.score, c.rank, 'calendar' as source
    from calendar as c
    left join published as p
        on c.field_key = '' and p.index_name = c.index_name and p.year = c.year
    where c.score is not null and p.index_name is null
),

valued as (
    select
        s.*,
        case
            when s.index_name = 'CCHC_TINH' then o.index_pct
            when up.unit_code is not null then up.score
            else r.score
        end as score,
        case
            when s.index_name = 'CCHC_TINH' then o.rank_in_group
            when up.unit_code is not null then up.rank
            else r.rank
        end as rank,
        case
            when s.index_name = 'CCHC_TINH' then o.previous_index_pct
            when up.unit_code is not null then ub.score
            else b.score
        end as previous_score,
        case
            when s.index_name = 'CCHC_TINH' then o.unit_code is not null
            else up.unit_code is not null or r.score is not null
        end as has_result,
        case
            when s.index_name = 'CCHC_TINH' then 'own'
            when up.unit_code is not null then 'published_unit'
            else r.source
        end as result_source
    from in_scope as s
    left join unit_published as up
        on s.field_key = '' and up.index_name = s.index_name and up.unit_code = s.unit_code
        and up.year = s.result_year
    left join unit_published as ub
        on s.field_key = '' and ub.index_name = s.index_name and ub.unit_code = s.unit_code
        and ub.year = s.result_year - 1
    left join own_results as o
        on s.index_name = 'CCHC_TINH' and o.unit_code = s.unit_code and o.year = s.result_year
    left join province_results as r
        on s.index_name <> 'CCHC_TINH'
        and r.index_name = s.index_name
        and r.field_key = s.field_key
        and r.year = s.result_year
    left join province_results as b
        on s.index_name <> 'CCHC_TINH'
        and b.index_name = s.index_name
        and b.field_key = s.field_key
        and b.year = s.result_year - 1
),

measured as (
    select
        *,
        round(score - previous_score, 2) as score_change,
        case measure
            when 'score' then score
            when 'rank' then rank
            when 'change' then round(score - previous_score, 2)
        end as measured_value
    from valued
),

leveled as (
    select
        *,
        case
            when measured_value is null then null
            when measure = 'rank' and measured_value <= excellent_threshold then 4
            when measure = 'rank' and measured_value <= good_threshold then 3
            when measure = 'rank' and measured_value <= done_threshold then 2
            when measure = 'rank' then 1
            when measured_value >= excellent_threshold then 4
            when measured_value >= good_threshold then 3
            when measured_value >= done_threshold then 2
            else 1
        end as level_points,
        case
            when measured_value is not null then null
            when not has_result then 'no_result'
            when measure = 'rank' then 'no_rank'
            else 'no_previous'
        end as not_graded_reason
    from measured
),

-- The index's own calendar row, else the whole index's row (a field is published with its index).
dated as (
    select
        l.*,
        coalesce(cf.published_date, ci.published_date) as published_date,
        coalesce(cf.sent_date, ci.sent_date) as sent_date,
        coalesce(cf.decided_date, ci.decided_date) as decided_date,
        case when l.published_due is not null then make_date(
            l.year, cast(split_part(l.published_due, '/', 2) as integer), cast(split_part(l.published_due, '/', 1) as integer)
        ) end as published_due_date,
        case when l.sent_due is not null then make_date(
            l.year, cast(split_part(l.sent_due, '/', 2) as integer), cast(split_part(l.sent_due, '/', 1) as integer)
        ) end as sent_due_date,
        case when l.decided_due is not null then make_date(
            l.year, cast(split_part(l.decided_due, '/', 2) as integer), cast(split_part(l.decided_due, '/', 1) as integer)
        ) end as decided_due_date
    from leveled as l
    left join calendar as cf
        on l.field_key <> ''
        and cf.index_name = l.index_name
        and cf.field_key = l.field_key
        and cf.year = l.result_year
    left join calendar as ci
        on ci.index_name = l.index_name and ci.field_key = '' and ci.year = l.result_year
),

flagged as (
    select
        *,
        published_date > published_due_date as is_published_late,
        sent_date > sent_due_date as is_sent_late,
        decided_date > decided_due_date as is_decided_late
    from dated
),

per_unit as (
    select
        year,
        unit_code,
        count(*) as index_count,
        count(level_points) as graded_count,
        min(level_points) as worst_points,
        -- Rounded down: the overall level never exceeds what the results earn on average.
        floor(sum(level_points * weight) / sum(weight)) as mean_points,
        bool_or(is_published_late) as any_published_late,
        bool_or(is_sent_late) as any_sent_late,
        bool_or(is_decided_late) as any_decided_late
    from flagged
    group by year, unit_code
),

final as (
    select
        f.year,
        f.result_year,
        f.unit_code,
        f.unit_name,
        f.unit_group,
        f.rule_set_id,
        f.legal_basis,
        f.index_name,
        f.field_name,
        f.measure,
        f.excellent_threshold,
        f.good_threshold,
        f.done_threshold,
        f.weight,
        f.combine_method,
        f.result_source,
        f.score,
        f.rank,
        f.previous_score,
        f.score_change,
        f.measured_value,
        f.level_points,
        case f.level_points
            when 4 then 'xuat_sac' when 3 then 'tot' when 2 then 'hoan_thanh' when 1 then 'khong_hoan_thanh'
        end as level_code,
        f.not_graded_reason,
        p.index_count,
        p.graded_count,
        case
            when p.graded_count < p.index_count then null
            when f.combine_method = 'weighted_mean' then cast(p.mean_points as integer)
            else p.worst_points
        end as overall_points,
        case
            when p.graded_count < p.index_count then null
            when (case when f.combine_method = 'weighted_mean' then p.mean_points else p.worst_points end) = 4
                then 'xuat_sac'
            when (case when f.combine_method = 'weighted_mean' then p.mean_points else p.worst_points end) = 3
                then 'tot'
            when (case when f.combine_method = 'weighted_mean' then p.mean_points else p.worst_points end) = 2
                then 'hoan_thanh'
            else 'khong_hoan_thanh'
        end as overall_level_code,
        case when p.graded_count < p.index_count then 'missing_result' end as overall_not_graded_reason,
        f.published_date,
        f.published_due_date,
        f.is_published_late,
        f.sent_date,
        f.sent_due_date,
        f.is_sent_late,
        f.decided_date,
        f.decided_due_date,
        f.is_decided_late,
        coalesce(p.any_published_late, false) as unit_published_late,
        coalesce(p.any_sent_late, false) as unit_sent_late,
        coalesce(p.any_decided_late, false) as unit_decided_late
    from flagged as f
    inner join per_unit as p using (year, unit_code)
)

select * from final

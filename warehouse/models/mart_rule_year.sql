-- The rule parameters in force for each assessed year and unit group: the value in force on 31/12 of
-- the year, a group's own row before the general one. Marts join this instead of repeating the dates.
with years as (
    select distinct year from stg_score_sheet
    union
    select distinct year from stg_survey
),

unit_groups as (
    select distinct unit_group from stg_unit
),

candidates as (
    select
        y.year,
        g.unit_group,
        r.rule_code,
        r.param_code,
        r.value_number,
        r.value_text,
        row_number() over (
            partition by y.year, g.unit_group, r.rule_code, r.param_code
            order by r.unit_group is null, r.valid_from_date desc
        ) as priority
    from years as y
    cross join unit_groups as g
    inner join stg_rule as r
        on r.valid_from_date <= make_date(y.year, 12, 31)
        and (r.valid_to_date is null or r.valid_to_date >= make_date(y.year, 12, 31))
        and (r.unit_group is null or r.unit_group = g.unit_group)
),

final as (
    select year, unit_group, rule_code, param_code, value_number, value_text
    from candidates
    where priority = 1
)

select * from final

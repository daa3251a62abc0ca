-- Citizens' satisfaction with the One-Stop desks (Mẫu 02) by unit, procedure and month, each rating
-- counted once (stg_feedback). Which levels count as satisfied follows the rule in force on the day of
-- the rating, so a month straddling a rule change mixes both, as it was judged at the time.
with ratings as (
    select
        f.unit_code,
        u.unit_name,
        f.procedure_text,
        f.period_month,
        f.level,
        f.is_satisfied
    from stg_feedback as f
    left join stg_unit as u on u.unit_code = f.unit_code
),

final as (
    select
        unit_code,
        unit_name,
        procedure_text,
        period_month,
        cast(year(period_month) as integer) as year,
        cast(quarter(period_month) as integer) as quarter,
        cast(month(period_month) as integer) as month,
        count(*) as rating_count,
        count_if(is_satisfied) as satisfied_count,
        -- Null when some rating fell outside every satisfied_levels rule: no share is better than a wrong one.
        case
            when count(is_satisfied) = count(*)
                then cast(round(100.0 * count_if(is_satisfied) / count(*), 2) as decimal(5, 2))
        end as satisfied_pct,
        count_if(level = 'rat_hai_long') as rat_hai_long_count,
        count_if(level = 'hai_long') as hai_long_count,
        count_if(level = 'binh_thuong') as binh_thuong_count,
        count_if(level = 'khong_hai_long') as khong_hai_long_count,
        count_if(level = 'rat_khong_hai_long') as rat_khong_hai_long_count
    from ratings
    group by unit_code, unit_name, procedure_text, period_month
)

select * from final

-- Citizens' ratings of One-Stop officers (Mẫu 02), each counted once. Portal and kiosk exports overlap
-- (a month exported twice, a quarter after its months), so the same rating - same dossier, officer and
-- time, a missing dossier matching a missing dossier - is kept once, from the earliest loaded file.
-- Exports run to millions of rows, and a window ranking every rating sorts them all: copies of a rating
-- share its officer and time, so only the ratings sharing both with another are ranked. Both files of
-- a copy (or the one file giving a rating twice) are in raw_feedback_copy_file, which the loader keeps,
-- so a hash aggregate over those files' ratings alone finds them; most exports repeat nothing.
with spanned as not materialized (
    select
        b.*,
        f.attempt_id
    from raw_feedback as b
    inner join source_file as f using (file_sha256)
    -- Only while warehouse.db refreshes a span of years are these variables set: null, every rating counts.
    -- Copies of a rating share its time, so a span never splits them.
    where getvariable('refresh_from') is null
        or (b.rated_at >= getvariable('refresh_from') and b.rated_at < getvariable('refresh_until'))
),

shared_moments as (
    select
        officer_code,
        rated_at
    from spanned
    where file_sha256 in (select file_sha256 from raw_feedback_copy_file)
    group by officer_code, rated_at
    having count(*) > 1
),

singles as (
    select
        s.*,
        cast(1 as bigint) as copy_count
    from spanned as s
    anti join shared_moments as m
        on m.officer_code = s.officer_code
        and m.rated_at = s.rated_at
),

-- Of the copies of a rating, the one from the earliest loaded file (its first line when a file repeats
-- it). Partitioning treats nulls as equal, which is what a rating without a dossier needs.
first_copies as (
    select
        s.*,
        count(*) over copies as copy_count
    from spanned as s
    semi join shared_moments as m
        on m.officer_code = s.officer_code
        and m.rated_at = s.rated_at
    window copies as (partition by s.dossier_code, s.officer_code, s.rated_at)
    qualify row_number() over (copies order by s.attempt_id, s.line_number) = 1
),

ratings as (
    select
        *,
        cast(rated_at as date) as rated_date,
        cast(date_trunc('month', rated_at) as date) as period_month
    from (
        select * from singles
        union all by name
        select * from first_copies
    )
),

-- Which levels count as satisfied is the province's choice (one_stop_grading.satisfied_levels, e.g.
-- "rat_hai_long;hai_long"). The rule loader refuses overlapping periods for one parameter and group, so
-- each join below finds at most one row and never multiplies ratings.
satisfied_rule as (
    select
        unit_group,
        valid_from_date,
        valid_to_date,
        string_split(value_text, ';') as satisfied_levels
    from stg_rule
    where rule_code = 'one_stop_grading' and param_code = 'satisfied_levels'
),

final as (
    select
        r.period_month,
        r.rated_at,
        r.dossier_code,
        r.unit_code,
        r.officer_code,
        r.procedure_text,
        r.level,
        r.scale,
        r.level_text,
        r.attitude_level,
        r.guidance_level,
        r.timeliness_level,
        r.comment_text,
        -- The unit group's own rule before the general one; null when no rule is in force that day.
        list_contains(coalesce(own.satisfied_levels, general.satisfied_levels), r.level) as is_satisfied,
        r.copy_count,
        r.file_sha256,
        r.line_number
    from ratings as r
    left join stg_unit as u on u.unit_code = r.unit_code
    left join satisfied_rule as own
        on own.unit_group = u.unit_group
        and own.valid_from_date <= r.rated_date
        and (own.valid_to_date is null or own.valid_to_date >= r.rated_date)
    left join satisfied_rule as general
        on general.unit_group is null
        and general.valid_from_date <= r.rated_date
        and (general.valid_to_date is null or general.valid_to_date >= r.rated_date)
)

select * from final

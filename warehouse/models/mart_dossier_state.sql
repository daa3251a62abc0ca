-- Each dossier in its newest state (stg_dossier) with the outcome the commune desks are judged on.
-- Boundaries: resolved before the due date = early; on the due date = on time; any day after = late;
-- not resolved and the due date before the list's as-of date = pending and overdue (on the due date
-- itself it is still pending on time). Handling days are calendar days from receipt to resolution.
-- A dossier is "disliked" (QĐ 766/QĐ-TTg: dossiers with a complaint or a "dislike" rating) when the list
-- marks a complaint, or when a citizen's rating carrying its dossier code (raw_feedback, matched on the
-- code) is «Không hài lòng» or «Rất không hài lòng». Ratings without a dossier code cannot be matched.
with dossiers as (
    select * from stg_dossier
),

-- Read from raw_feedback, not stg_feedback: a rating repeated in two exports is the same dislike either
-- way, and skipping stg_feedback's window over every rating keeps this mart fast.
disliked as (
    select distinct dossier_code
    from raw_feedback
    where dossier_code is not null and level in ('khong_hai_long', 'rat_khong_hai_long')
),

final as (
    select
        d.dossier_code,
        d.unit_code,
        u.unit_name,
        d.officer_code,
        coalesce(o.officer_name, d.officer_text) as officer_name,
        d.procedure_text,
        d.received_date,
        d.due_date,
        d.resolved_date,
        d.as_of_date,
        case
            when d.resolved_date < d.due_date then 'early'
            when d.resolved_date = d.due_date then 'on_time'
            when d.resolved_date > d.due_date then 'late'
            when d.due_date < d.as_of_date then 'overdue'
            else 'pending'
        end as status_code,
        d.resolved_date is not null as is_resolved,
        d.resolved_date is null as is_pending,
        d.resolved_date is null and d.due_date < d.as_of_date as is_overdue,
        d.resolved_date > d.due_date as is_late,
        d.resolved_date <= d.due_date as is_on_time_or_early,
        d.is_digitised,
        coalesce(d.has_apology, false) as has_apology,
        d.resolved_date > d.due_date and not coalesce(d.has_apology, false) as is_late_without_apology,
        coalesce(d.has_complaint, false) or l.dossier_code is not null as is_disliked,
        cast(d.resolved_date - d.received_date as integer) as handling_days,
        d.copy_count,
        d.file_sha256,
        d.line_number
    from dossiers as d
    left join stg_unit as u on u.unit_code = d.unit_code
    left join (select officer_code, any_value(officer_name) as officer_name from stg_officer group by 1) as o
        on o.officer_code = d.officer_code
    left join disliked as l on l.dossier_code = d.dossier_code
)

select * from final

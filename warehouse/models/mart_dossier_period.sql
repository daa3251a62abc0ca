-- Dossier handling by month, quarter and year, for the whole province (breakdown 'all') and per unit,
-- per receiving officer within a unit, and per procedure within a unit. Which period a dossier counts in
-- depends on the measure: received, digitised, pending and overdue count in the period of receipt (pending
-- and overdue as of the list's as-of date); resolved, early, on time, late, late without an apology,
-- disliked and handling days count in the period of resolution. So a dossier received in January and
-- resolved late in February is received in January and late in February.
-- Shares are of the resolved dossiers of the period, except the digitised share (of the dossiers received
-- in lists that say it). The satisfaction indicator follows QĐ 766/QĐ-TTg: 100% minus the late share minus
-- the share of dossiers with a complaint or a "dislike" rating (mart_dossier_state.is_disliked).
-- An officer the officer list does not know is grouped under the name the list wrote (officer_code null).
with dossiers as (
    select * from mart_dossier_state
),

events as (
    select
        unit_code,
        unit_name,
        officer_code,
        officer_name,
        procedure_text,
        received_date as counted_date,
        1 as received_count,
        cast(coalesce(is_digitised, false) as integer) as digitised_count,
        cast(is_digitised is not null as integer) as digitised_known_count,
        cast(is_pending as integer) as pending_count,
        cast(is_overdue as integer) as overdue_count,
        0 as resolved_count,
        0 as early_count,
        0 as on_time_count,
        0 as late_count,
        0 as late_without_apology_count,
        0 as disliked_count,
        0 as handling_days
    from dossiers
    union all
    select
        unit_code,
        unit_name,
        officer_code,
        officer_name,
        procedure_text,
        resolved_date as counted_date,
        0,
        0,
        0,
        0,
        0,
        1,
        cast(status_code = 'early' as integer),
        cast(status_code = 'on_time' as integer),
        cast(is_late as integer),
        cast(is_late_without_apology as integer),
        cast(is_disliked as integer),
        handling_days
    from dossiers
    where is_resolved
),

periods as (
    select
        e.*,
        p.period_type,
        cast(date_trunc(p.period_type, e.counted_date) as date) as period_start_date
    from events as e
    cross join (values ('month'), ('quarter'), ('year')) as p (period_type)
),

grouped as (
    select
        period_type,
        period_start_date,
        case
            when grouping(unit_code) = 1 then 'all'
            when grouping(officer_name) = 0 then 'officer'
            when grouping(procedure_text) = 0 then 'procedure'
            else 'unit'
        end as breakdown,
        unit_code,
        unit_name,
        officer_code,
        officer_name,
        procedure_text,
        sum(received_count) as received_count,
        sum(resolved_count) as resolved_count,
        sum(early_count) as early_count,
        sum(on_time_count) as on_time_count,
        sum(late_count) as late_count,
        sum(pending_count) as pending_count,
        sum(overdue_count) as overdue_count,
        sum(digitised_count) as digitised_count,
        sum(digitised_known_count) as digitised_known_count,
        sum(late_without_apology_count) as late_without_apology_count,
        sum(disliked_count) as disliked_count,
        sum(handling_days) as handling_days_total
    from periods
    group by grouping sets (
        (period_type, period_start_date),
        (period_type, period_start_date, unit_code, unit_name),
        (period_type, period_start_date, unit_code, unit_name, officer_code, officer_name),
        (period_type, period_start_date, unit_code, unit_name, procedure_text)
    )
),

final as (
    select
        period_type,
        period_start_date,
        cast(year(period_start_date) as integer) as year,
        case when period_type in ('month', 'quarter') then cast(quarter(period_start_date) as integer) end as quarter,
        case when period_type = 'month' then cast(month(period_start_date) as integer) end as month,
        breakdown,
        unit_code,
        unit_name,
        officer_code,
        officer_name,
        procedure_text,
        cast(received_count as integer) as received_count,
        cast(resolved_count as integer) as resolved_count,
        cast(early_count as integer) as early_count,
        cast(on_time_count as integer) as on_time_count,
        cast(late_count as integer) as late_count,
        cast(pending_count as integer) as pending_count,
        cast(overdue_count as integer) as overdue_count,
        cast(digitised_count as integer) as digitised_count,
        cast(late_without_apology_count as integer) as late_without_apology_count,
        cast(disliked_count as integer) as disliked_count,
        -- Kept so a sum of rows gives its own shares: lists without a digitised column, handling days.
        cast(digitised_known_count as integer) as digitised_known_count,
        cast(handling_days_total as integer) as handling_days_total,
        case when resolved_count > 0
            then round(100.0 * (early_count + on_time_count) / resolved_count, 2) end as on_time_or_early_pct,
        case when resolved_count > 0 then round(100.0 * late_count / resolved_count, 2) end as late_pct,
        case when resolved_count > 0 then round(100.0 * disliked_count / resolved_count, 2) end as disliked_pct,
        case when digitised_known_count > 0
            then round(100.0 * digitised_count / digitised_known_count, 2) end as digitised_pct,
        case when resolved_count > 0
            then round(100.0 - 100.0 * late_count / resolved_count - 100.0 * disliked_count / resolved_count, 2)
        end as satisfaction_pct,
        case when resolved_count > 0 then round(handling_days_total / resolved_count, 2) end as avg_handling_days
    from grouped
)

select * from final

-- Heads' rule sets in force: for each rule set, the rows of the latest file that gives it, so a corrected
-- set replaces the earlier one while other sets (other periods) stay.
with latest_file_per_set as (
    select
        r.rule_set_id,
        max(f.attempt_id) as attempt_id
    from raw_head_rule as r
    inner join source_file as f using (file_sha256)
    group by r.rule_set_id
),

final as (
    select
        r.rule_set_id,
        r.valid_from_date,
        r.valid_to_date,
        r.legal_basis,
        r.unit_code,
        r.index_name,
        r.field_name,
        r.measure,
        r.excellent_threshold,
        r.good_threshold,
        r.done_threshold,
        r.weight,
        r.combine_method,
        r.result_lag_years,
        r.published_due,
        r.sent_due,
        r.decided_due,
        r.note,
        r.file_sha256,
        r.sheet_name,
        r.row_number
    from raw_head_rule as r
    inner join source_file as f using (file_sha256)
    inner join latest_file_per_set as l on l.rule_set_id = r.rule_set_id and l.attempt_id = f.attempt_id
)

select * from final

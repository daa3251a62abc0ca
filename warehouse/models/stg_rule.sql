-- Rule parameters in force: for each rule, the rows of the latest file that sets that rule, so a
-- province can change its bands without resending its deadlines.
with latest_file_per_rule as (
    select
        r.rule_code,
        max(f.attempt_id) as attempt_id
    from raw_rule as r
    inner join source_file as f using (file_sha256)
    group by r.rule_code
),

final as (
    select
        r.rule_code,
        r.param_code,
        r.unit_group,
        r.valid_from_date,
        r.valid_to_date,
        r.value_number,
        r.value_text,
        r.legal_basis,
        r.note,
        r.file_sha256,
        r.sheet_name,
        r.row_number
    from raw_rule as r
    inner join source_file as f using (file_sha256)
    inner join latest_file_per_rule as l on l.rule_code = r.rule_code and l.attempt_id = f.attempt_id
)

select * from final

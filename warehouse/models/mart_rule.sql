-- Rule parameters in force, with their period, as the reference page shows them.
with final as (
    select rule_code, param_code, unit_group, valid_from_date, valid_to_date, value_number, value_text, legal_basis, note
    from stg_rule
)

select * from final

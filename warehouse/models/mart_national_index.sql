-- National tables of published indices (PAR INDEX, SIPAS, PCI, PAPI…): every province of each table
-- with the number of provinces the table ranks, the table's mean, the province's change since its
-- previous year in the same index, and whether it is the province this profile describes (rule
-- province.name). A table is national when none of its rows names a unit of the registry: a
-- province's own table of its departments is ranked within groups elsewhere, never among provinces.
with national_tables as (
    select index_name, year, file_sha256
    from mart_published_index
    group by index_name, year, file_sha256
    having bool_and(unit_code is null)
),

entries as (
    select
        p.index_name,
        p.year,
        p.entity_name,
        p.score,
        p.published_rank,
        p.computed_rank,
        p.rank_disagrees,
        p.file_sha256,
        p.sheet_name,
        p.row_number
    from mart_published_index as p
    inner join national_tables as t using (index_name, year, file_sha256)
),

province as (
    -- A province's name is its identity, not a yearly parameter: the latest row names it.
    select arg_max(value_text, valid_from_date) as province_name
    from mart_rule
    where rule_code = 'province' and param_code = 'name'
),

names as (
    select entity_name as name from entries
    union
    select province_name as name from province where province_name is not null
),

-- Tables write a province as "Lạng Sơn", "Tỉnh Lạng Sơn", "LẠNG SƠN" or without tone marks: names are
-- compared without the prefix, the case and the marks, so one province is one series across years.
name_keys as (
    select
        name,
        trim(
            strip_accents(
                regexp_replace(lower(nfc_normalize(trim(name))), '^(tỉnh|thành phố|tp\.?)\s*', '')
            )
        ) as entity_key
    from names
),

ranked as (
    select
        e.*,
        k.entity_key,
        count(*) over index_year as entity_count,
        avg(e.score) over index_year as mean_score
    from entries as e
    inner join name_keys as k on k.name = e.entity_name
    window index_year as (partition by e.index_name, e.year)
),

with_history as (
    select
        r.*,
        lag(r.year) over entity_history as previous_year,
        lag(r.score) over entity_history as previous_score,
        lag(r.computed_rank) over entity_history as previous_rank,
        lag(r.entity_count) over entity_history as previous_entity_count
    from ranked as r
    window entity_history as (partition by r.index_name, r.entity_key order by r.year)
),

final as (
    select
        h.index_name,
        h.year,
        h.entity_name,
        h.entity_key,
        h.score,
        -- Ranks and their changes are among the provinces of the loaded table, from the scores (a loaded
        -- table may be an excerpt); the printed rank is kept beside it and flagged when it differs.
        h.computed_rank,
        h.published_rank,
        h.rank_disagrees,
        h.entity_count,
        h.mean_score,
        round(h.score - h.mean_score, 2) as score_gap_to_mean,
        h.previous_year,
        h.previous_score,
        round(h.score - h.previous_score, 2) as score_change,
        h.previous_rank,
        -- Positive when the province climbed: rank 9 → 6 is +3.
        h.previous_rank - h.computed_rank as rank_change,
        h.previous_entity_count,
        p.province_name,
        case when p.province_name is not null then h.entity_key = pk.entity_key end as is_province,
        h.file_sha256,
        h.sheet_name,
        h.row_number
    from with_history as h
    cross join province as p
    left join name_keys as pk on pk.name = p.province_name
)

select * from final

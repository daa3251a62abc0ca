-- Published index results with the rank recomputed from the scores. Ties share a rank (1, 2, 2, 4), as
-- the publishers rank them. Units of the province are ranked within their group only, never across
-- groups; provinces in a national table (no unit code, no group) are ranked together. A published rank
-- that disagrees is kept as published and flagged, so pages order by the scores and can show where the
-- printed table differs.
with ranked as (
    select
        p.*,
        u.unit_group,
        rank() over (
            partition by p.index_name, p.year, p.is_unit_table, u.unit_group order by p.score desc
        ) as computed_rank
    from stg_published_index as p
    left join stg_unit as u using (unit_code)
),

final as (
    select
        index_name,
        year,
        entity_name,
        unit_code,
        unit_group,
        score,
        published_rank,
        computed_rank,
        coalesce(published_rank <> computed_rank, false) as rank_disagrees,
        file_sha256,
        sheet_name,
        row_number
    from ranked
)

select * from final

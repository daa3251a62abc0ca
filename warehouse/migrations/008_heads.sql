-- Heads of units graded on the reform indices their unit answers for (Hưng Yên QĐ 01/2023/QĐ-UBND):
-- the rule sets that map each unit to its indices and thresholds, and the yearly calendar of each index
-- (when it was published, sent to the Department of Home Affairs and the levels decided), which also
-- carries the province's result in a field (lĩnh vực) of a national index, since published tables hold
-- whole-index results only.
create table raw_head_rule (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    row_number integer not null,
    rule_set_id varchar not null,
    valid_from_date date not null,
    valid_to_date date,
    legal_basis varchar,
    unit_code varchar not null,
    index_name varchar not null,
    field_name varchar,
    -- score | rank | change (score against the year before)
    measure varchar not null,
    -- Lower bounds of each level for score and change; upper bounds (worst rank still in the level) for rank.
    excellent_threshold double not null,
    good_threshold double not null,
    done_threshold double not null,
    weight double not null,
    -- worst | weighted_mean: how a unit's levels in several indices make its overall level.
    combine_method varchar not null,
    -- Years between the result's year and the year the head is graded on it.
    result_lag_years integer not null,
    -- Deadlines as dd/mm of the grading year: a date after it is late.
    published_due varchar,
    sent_due varchar,
    decided_due varchar,
    note varchar
);

create table raw_head_calendar (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    row_number integer not null,
    year integer not null,
    index_name varchar not null,
    field_name varchar,
    score decimal(12, 4),
    score_text varchar,
    rank integer,
    published_date date,
    sent_date date,
    decided_date date,
    note varchar
);

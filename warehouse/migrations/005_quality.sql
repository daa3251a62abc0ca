-- Data-quality runs: each time the Great Expectations suites (expectations/*.json) check a batch of
-- files before it is committed. A run's findings are load findings like any other, tagged with the
-- run and the dataset whose suite raised them, so failures can be followed over time.
create sequence quality_run_seq start 1;

create table quality_run (
    run_id bigint primary key,
    started_at timestamp not null,
    -- load: the suites checked a batch before it was committed; docs: `python -m etl docs` rechecked
    -- the warehouse to build the auditors' Data Docs.
    scope varchar not null check (scope in ('load', 'docs')),
    engine_version varchar not null,
    suite_names varchar[] not null,
    file_count integer not null,
    row_count bigint not null,
    critical_count integer not null,
    warning_count integer not null
);

alter table load_finding add column run_id bigint;
alter table load_finding add column dataset varchar;

-- Foundation: the file registry, the load log and the raw reference tables.
-- Raw tables hold values as the ETL read and typed them, each row with the file (sha256), sheet and
-- spreadsheet row it came from; raw_file_column says which column each field was read from, so every
-- value can be traced to its cell.

create sequence load_attempt_seq start 1;

-- One row per accepted file, content-addressed: the same bytes are never loaded twice.
create table source_file (
    file_sha256 varchar primary key,
    attempt_id bigint not null,
    file_name varchar not null,
    stored_path varchar not null,
    file_format varchar not null,
    size_bytes bigint not null,
    kind varchar not null,
    unit_code varchar,
    year integer,
    period varchar,
    framework_id varchar,
    loaded_at timestamp not null,
    rows_loaded integer not null,
    rows_rejected integer not null default 0,
    supersedes_sha256 varchar
);

-- Every attempt, accepted or refused, so stewards can follow refused files. A refused file changes no
-- data table; only this log and its findings record that it was seen.
create table load_attempt (
    attempt_id bigint primary key default nextval('load_attempt_seq'),
    file_sha256 varchar not null,
    file_name varchar not null,
    stored_path varchar,
    kind varchar,
    status varchar not null check (status in ('loaded', 'rejected')),
    attempted_at timestamp not null,
    rows_loaded integer not null default 0,
    rows_rejected integer not null default 0,
    unit_code varchar,
    year integer,
    period varchar
);

create table load_finding (
    attempt_id bigint not null,
    finding_number integer not null,
    severity varchar not null check (severity in ('error', 'warning')),
    rule varchar not null,
    sheet_name varchar,
    cell varchar,
    row_number integer,
    message varchar not null,
    primary key (attempt_id, finding_number)
);

create table raw_file_column (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    field_name varchar not null,
    column_letter varchar not null,
    header_text varchar,
    header_row_number integer
);

create table raw_unit (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    row_number integer not null,
    unit_code varchar not null,
    unit_name varchar not null,
    unit_group varchar not null,
    parent_code varchar,
    valid_from_date date,
    valid_to_date date,
    aliases varchar[],
    successor_code varchar
);

create table raw_officer (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    row_number integer not null,
    officer_code varchar not null,
    officer_name varchar not null,
    unit_code varchar not null,
    valid_from_date date,
    valid_to_date date
);

create table raw_framework (
    file_sha256 varchar not null,
    framework_id varchar not null,
    unit_group varchar not null,
    from_year integer not null,
    to_year integer,
    legal_basis varchar,
    sheet_name varchar not null
);

create table raw_criterion (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    row_number integer not null,
    framework_id varchar not null,
    criterion_code varchar not null,
    parent_code varchar,
    field_code varchar not null,
    depth integer not null,
    sort_order integer not null,
    stt_text varchar,
    title varchar not null,
    max_points decimal(9, 2) not null,
    is_survey boolean not null,
    method_text varchar,
    responsible_office varchar
);

create table raw_rule (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    row_number integer not null,
    rule_code varchar not null,
    param_code varchar not null,
    unit_group varchar,
    valid_from_date date not null,
    valid_to_date date,
    value_number double,
    value_text varchar,
    legal_basis varchar,
    note varchar
);

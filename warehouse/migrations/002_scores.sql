-- Scores of the yearly CCHC index: units' scoring sheets (self-assessed and appraised points, evidence,
-- explanations), survey points, and published index tables. Like the reference tables, every row keeps
-- the file, sheet and spreadsheet row it came from; text converted from TCVN3/VNI keeps what was typed.

-- One row per accepted scoring file: whose sheet it is, for which year and framework, and how we know.
create table raw_score_sheet (
    file_sha256 varchar primary key,
    sheet_name varchar not null,
    unit_code varchar not null,
    year integer not null,
    framework_id varchar not null,
    -- How the file named the unit and the year, and where: a cell, the file name, or the command line.
    unit_text varchar,
    unit_source varchar not null,
    year_source varchar not null,
    -- The date the sheet says it was signed or sent, when it says one (late submissions are findings).
    submitted_date date,
    has_appraisal boolean not null
);

-- One row per criterion row of a scoring sheet, parents included (their typed totals are kept as typed).
create table raw_score (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    row_number integer not null,
    criterion_code varchar not null,
    -- code: matched through the STT; title: the STT was missing or shifted and the title decided.
    matched_by varchar not null check (matched_by in ('code', 'title')),
    stt_text varchar,
    title_text varchar,
    title_source varchar,
    max_points decimal(9, 2),
    self_points decimal(9, 2),
    appraised_points decimal(9, 2),
    self_text varchar,
    appraised_text varchar,
    is_not_applicable boolean not null,
    evidence_text varchar,
    evidence_source varchar,
    explanation_text varchar,
    explanation_source varchar,
    note_text varchar,
    primary key (file_sha256, criterion_code)
);

-- Survey (ĐTXHH) points per unit and year: per survey criterion, or a total when criterion_code is null.
create table raw_survey (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    row_number integer not null,
    year integer not null,
    unit_code varchar not null,
    unit_text varchar,
    criterion_code varchar,
    survey_points decimal(9, 2) not null
);

-- Published results tables: the province's own results of earlier years, or national indices
-- (PAR INDEX, SIPAS, PCI, PAPI…). unit_code is set when the entity is a registered unit.
create table raw_published_index (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    row_number integer not null,
    index_name varchar not null,
    year integer not null,
    entity_name varchar not null,
    entity_source varchar,
    unit_code varchar,
    score decimal(12, 4) not null,
    score_text varchar,
    published_rank integer
);

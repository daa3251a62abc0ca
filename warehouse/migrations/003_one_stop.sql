-- One-Stop officers' monthly grading (QĐ 1514/QĐ-UBND Lạng Sơn, 2023): the officers' self-evaluation
-- forms (Mẫu 01), the citizens' ratings (Mẫu 02), and the rows of rating exports that could not be read.
-- As everywhere, each row keeps the file and the row it came from.

-- One row per officer and file: a single officer's form, or one line of a desk's monthly summary table.
create table raw_officer_form (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    -- The summary table's row, or for a single form the row of its total.
    row_number integer not null,
    form_layout varchar not null check (form_layout in ('single', 'summary')),
    -- The month evaluated, as its first day, and how the file said it: a cell, the file name, or the option.
    period_month date not null,
    month_source varchar not null,
    officer_code varchar not null,
    officer_name_text varchar,
    unit_code varchar,
    self_score decimal(5,2) not null,
    -- The head of the office's score, when the reviewer adjusted the self-evaluation.
    reviewed_score decimal(5,2),
    submitted_date date,
    note_text varchar,
    primary key (file_sha256, officer_code)
);

-- The criteria lines of a single officer's form, as filled in.
create table raw_officer_form_item (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    row_number integer not null,
    officer_code varchar not null,
    item_code varchar,
    title_text varchar,
    max_points decimal(5,2),
    self_points decimal(5,2),
    reviewed_points decimal(5,2),
    primary key (file_sha256, row_number)
);

-- One row per rating read from a feedback export (Mẫu 02). The same rating in two overlapping exports
-- is kept twice here and counted once by stg_feedback (same dossier, officer and time).
create table raw_feedback (
    file_sha256 varchar not null,
    -- The line of the file (CSV) or the row of the sheet (Excel) the rating was on.
    line_number bigint not null,
    rated_at timestamp not null,
    dossier_code varchar,
    unit_code varchar,
    officer_code varchar not null,
    procedure_text varchar,
    -- rat_hai_long, hai_long, binh_thuong, khong_hai_long or rat_khong_hai_long, and the scale it was on.
    level varchar not null,
    scale tinyint not null check (scale in (3, 5)),
    level_text varchar,
    -- Per-aspect ratings, when the export has them (same level codes).
    attitude_level varchar,
    guidance_level varchar,
    timeliness_level varchar,
    comment_text varchar
);

-- Rows of a loaded file that could not be taken, with why: loaded + rejected = rows in the file.
create table raw_rejected_row (
    file_sha256 varchar not null,
    line_number bigint not null,
    rule varchar not null,
    message varchar not null,
    -- The row as it was in the file (its cells joined by " | " for a sheet).
    raw_text varchar
);

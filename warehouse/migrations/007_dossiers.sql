-- Dossier lists exported from the public-service portal: one row per dossier handled at a One-Stop desk,
-- with the dates that say whether it was resolved early, on time or late, whether it was digitised, and
-- whether an apology letter went to the citizen when it was late. Rows that could not be read go to
-- raw_rejected_row like the rows of a feedback export.

-- One row per dossier and file. The same dossier in two overlapping exports is kept in both here and
-- reduced to its newest state by stg_dossier (the export with the later as-of date, then the later load).
create table raw_dossier (
    file_sha256 varchar not null,
    sheet_name varchar not null,
    -- The line of the CSV or the row of the sheet the dossier was on.
    line_number bigint not null,
    dossier_code varchar not null,
    unit_code varchar not null,
    -- The unit and officer as the export wrote them; officer_code is null when the name is not in the
    -- officer list (the dossier still counts for its unit and procedure).
    unit_text varchar,
    officer_code varchar,
    officer_text varchar,
    procedure_text varchar,
    received_date date not null,
    due_date date not null,
    -- Null while the dossier is pending.
    resolved_date date,
    -- Null when the export has no such column; a blank cell in a present column is false.
    is_digitised boolean,
    has_apology boolean,
    has_complaint boolean,
    -- The day the export's states are as of: a pending dossier past its due date that day is overdue.
    as_of_date date not null,
    -- Where as_of_date came from: the title block, the file name, or the day the file was loaded.
    as_of_source varchar not null check (as_of_source in ('title', 'file_name', 'loaded')),
    primary key (file_sha256, line_number)
);

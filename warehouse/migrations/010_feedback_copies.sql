-- The feedback exports holding a rating that another loaded row repeats (same dossier, officer and time;
-- no dossier matching no dossier): both files of a copy, or the one file that gives a rating twice. The
-- loader adds them as it loads an export (etl.kinds.feedback); stg_feedback looks for copies only among
-- these files' ratings, which spares it a pass over millions of ratings that no export repeats. Listing
-- a file that holds no copy costs time, never a wrong count; a file may be listed more than once.
create table raw_feedback_copy_file (
    file_sha256 varchar not null
);

-- Warehouses loaded before this list existed: every file holding a copy.
insert into raw_feedback_copy_file
select distinct r.file_sha256
from raw_feedback as r
semi join (
    select dossier_code, officer_code, rated_at
    from raw_feedback
    group by dossier_code, officer_code, rated_at
    having count(*) > 1
) as c
    on c.officer_code = r.officer_code
    and c.rated_at = r.rated_at
    and c.dossier_code is not distinct from r.dossier_code;

-- The row count of every table the snapshots read, as of their last refresh. The loader only ever inserts
-- (supersedes and corrections are resolved in the stg views), so a table whose count did not change did not
-- change: a snapshot reading only such tables is kept as it is (warehouse.db.refresh_snapshots).
create table snapshot_source (
    table_name varchar primary key,
    row_count bigint not null
);

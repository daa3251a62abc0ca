-- The slow marts the pages read are also kept as tables (snap_<mart>), recomputed after each load.
-- This row says which warehouse state they were computed from: the model definitions and the files
-- accepted so far (a refused file changes no data).
-- The app reads a snapshot only while both still match, and the mart's view otherwise, so a snapshot
-- is never wrong, at worst slow.
create table snapshot_state (
    models_hash varchar not null,
    attempt_count bigint not null,
    last_attempt_id bigint not null,
    refreshed_at timestamp not null
);

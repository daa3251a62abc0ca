-- The fingerprint of the SQL models the views were last built from: opening the warehouse rebuilds them
-- only when a model file changed or a migration ran.
create table model_state (
    models_hash varchar not null,
    built_at timestamp not null
);

"""Home Assistant recorder ``migration.py``, `_apply_update` for new_version == 6: context columns on `events` and `states`.

`_add_columns` twice (SQLite refuses both ADDs in one ALTER, so upstream adds them one
by one); the `ix_*_context_id` indexes are no longer in the model (skipped), the
`*_context_user_id` ones were removed in version 28.
"""

from _recorder import add_columns, create_index, record_version

from edi_migrations.changes import AddRows, MigrationTime

CHANGES = (
    # the recorder's own bookkeeping: `migrate_schema` adds a `schema_changes` row per version
    AddRows("schema_changes"),
    # ... stamped `changed` with the time the step ran (`dt_util.utcnow`)
    MigrationTime("schema_changes", "changed"),
)


def upgrade(conn):
    add_columns(conn, "events", ["context_id CHARACTER(36)", "context_user_id CHARACTER(36)"])
    create_index(conn, "events", "ix_events_context_id")
    add_columns(conn, "states", ["context_id CHARACTER(36)", "context_user_id CHARACTER(36)"])
    create_index(conn, "states", "ix_states_context_id")
    record_version(conn, 6)

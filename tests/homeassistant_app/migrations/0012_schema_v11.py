"""Home Assistant recorder ``migration.py``, `_apply_update` for new_version == 11: the `states.old_state_id` index.

`_create_index("states", "ix_states_old_state_id")`; then
`_update_states_table_with_foreign_key_options`, which does nothing on SQLite: the
inspector reports SQLite's foreign keys without a name, and only named ones are altered.
"""

from _recorder import create_index, record_version

from edi_migrations.changes import AddRows, MigrationTime

CHANGES = (
    # the recorder's own bookkeeping: `migrate_schema` adds a `schema_changes` row per version
    AddRows("schema_changes"),
    # ... stamped `changed` with the time the step ran (`dt_util.utcnow`)
    MigrationTime("schema_changes", "changed"),
)


def upgrade(conn):
    create_index(conn, "states", "ix_states_old_state_id")
    record_version(conn, 11)

"""Home Assistant recorder ``migration.py``, `_apply_update` for new_version == 8: `events.context_parent_id`, `states.old_state_id`.

Two `_add_columns`; `ix_events_context_parent_id` it once made was removed in version 28.
"""

from _recorder import add_columns, record_version

from edi_migrations.changes import AddRows, MigrationTime

CHANGES = (
    # the recorder's own bookkeeping: `migrate_schema` adds a `schema_changes` row per version
    AddRows("schema_changes"),
    # ... stamped `changed` with the time the step ran (`dt_util.utcnow`)
    MigrationTime("schema_changes", "changed"),
)


def upgrade(conn):
    add_columns(conn, "events", ["context_parent_id CHARACTER(36)"])
    add_columns(conn, "states", ["old_state_id INTEGER"])
    record_version(conn, 8)

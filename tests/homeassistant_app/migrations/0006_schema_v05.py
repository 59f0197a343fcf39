"""Home Assistant recorder ``migration.py``, `_apply_update` for new_version == 5: the `states.event_id` index, no longer in the model.

`_create_index("states", LEGACY_STATES_EVENT_ID_INDEX)`: `db_schema.py` has no such index
any more, so upstream skips it ("The index ... no longer exists").
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
    create_index(conn, "states", "ix_states_event_id")
    record_version(conn, 5)

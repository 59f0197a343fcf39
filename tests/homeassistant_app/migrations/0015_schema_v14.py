"""Home Assistant recorder ``migration.py``, `_apply_update` for new_version == 14: nothing on SQLite.

`_modify_columns("events", ["event_type VARCHAR(64)"])`: a no-op on SQLite ("Modifying
column length in SQLite is unnecessary, it does not impose any length restrictions").
"""

from _recorder import record_version

from edi_migrations.changes import AddRows, MigrationTime

CHANGES = (
    # the recorder's own bookkeeping: `migrate_schema` adds a `schema_changes` row per version
    AddRows("schema_changes"),
    # ... stamped `changed` with the time the step ran (`dt_util.utcnow`)
    MigrationTime("schema_changes", "changed"),
)


def upgrade(conn):
    record_version(conn, 14)

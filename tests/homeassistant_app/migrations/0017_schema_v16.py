"""Home Assistant recorder ``migration.py``, `_apply_update` for new_version == 16: nothing on SQLite.

`_drop_foreign_key_constraints("states", "old_state_id")` drops only named foreign
keys; SQLite's are reported without a name, so nothing is dropped.
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
    record_version(conn, 16)

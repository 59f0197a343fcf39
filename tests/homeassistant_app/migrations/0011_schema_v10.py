"""Home Assistant recorder ``migration.py``, `_apply_update` for new_version == 10: nothing.

Upstream: "Now done in step 11".
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
    record_version(conn, 10)

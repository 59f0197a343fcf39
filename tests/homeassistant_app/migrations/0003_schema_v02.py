"""Home Assistant recorder ``migration.py``, `_apply_update` for new_version == 2: the start/end index of `recorder_runs`.

`_create_index("recorder_runs", "ix_recorder_runs_start_end")`; the
`ix_states_last_updated` it once made was removed in version 32.
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
    create_index(conn, "recorder_runs", "ix_recorder_runs_start_end")
    record_version(conn, 2)

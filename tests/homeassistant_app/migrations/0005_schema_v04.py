"""Home Assistant recorder ``migration.py``, `_apply_update` for new_version == 4: the indexes of version 0 go.

Queries were rewritten: the two `states` indexes of version 0 are dropped (and
`ix_states_created_domain` / `ix_states_entity_id_created`, which only a start at
version 3 / 2 could hold: no step of this commit makes them, `_drop_index` skips a
missing one). `ix_states_entity_id_last_updated` it once made was removed in version 32.
"""

from _recorder import drop_index, record_version

from edi_migrations.changes import AddRows, DropObject, MigrationTime

CHANGES = (
    # the recorder's own bookkeeping: `migrate_schema` adds a `schema_changes` row per version
    AddRows("schema_changes"),
    # ... stamped `changed` with the time the step ran (`dt_util.utcnow`)
    MigrationTime("schema_changes", "changed"),
    # upstream's point: "Most indexes from earlier versions of the schema are no longer needed"
    DropObject("index", "states__state_changes"),
    DropObject("index", "states__significant_changes"),
)


def upgrade(conn):
    drop_index(conn, "states", "ix_states_created_domain")
    drop_index(conn, "states", "ix_states_entity_id_created")
    drop_index(conn, "states", "states__state_changes")
    drop_index(conn, "states", "states__significant_changes")
    drop_index(conn, "states", "ix_states_entity_id_created")
    record_version(conn, 4)

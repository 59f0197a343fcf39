"""Home Assistant recorder ``migration.py``, `_apply_update` for new_version == 9: redundant indexes go.

Context now comes from `events` by a join: `ix_states_context_user_id`,
`ix_states_context_parent_id` and `ix_states_entity_id` (none of which this commit's
steps make) and `events`'s `ix_events_event_type` of version 0 are dropped.
`ix_events_event_type_time_fired` it once made was removed in version 32.
"""

from _recorder import drop_index, record_version

from edi_migrations.changes import AddRows, DropObject, MigrationTime

CHANGES = (
    # the recorder's own bookkeeping: `migrate_schema` adds a `schema_changes` row per version
    AddRows("schema_changes"),
    # ... stamped `changed` with the time the step ran (`dt_util.utcnow`)
    MigrationTime("schema_changes", "changed"),
    # upstream's point: `ix_events_event_type_time_fired` (version 5, since removed) replaced it
    DropObject("index", "ix_events_event_type"),
)


def upgrade(conn):
    drop_index(conn, "states", "ix_states_context_user_id")
    drop_index(conn, "states", "ix_states_context_parent_id")
    drop_index(conn, "states", "ix_states_entity_id")
    drop_index(conn, "events", "ix_events_event_type")
    record_version(conn, 9)

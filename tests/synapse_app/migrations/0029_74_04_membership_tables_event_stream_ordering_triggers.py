"""Synapse ``synapse/storage/schema/main/delta/74/04_membership_tables_event_stream_ordering_triggers.py``,
ported: ``run_create``'s SQLite branch, one trigger per membership table.
"""


def upgrade(conn):
    # Complain if the `event_stream_ordering` in membership tables doesn't match
    # the `stream_ordering` row with the same `event_id` in `events`.
    for table in (
        "current_state_events",
        "local_current_membership",
        "room_memberships",
    ):
        conn.execute(
            f"""
            CREATE TRIGGER IF NOT EXISTS {table}_bad_event_stream_ordering
            BEFORE INSERT ON {table}
            FOR EACH ROW
            BEGIN
                SELECT RAISE(ABORT, 'Incorrect event_stream_ordering in {table}')
                WHERE EXISTS (
                    SELECT 1 FROM events
                    WHERE events.event_id = NEW.event_id
                       AND events.stream_ordering != NEW.event_stream_ordering
                );
            END;
            """
        )

"""Synapse ``synapse/storage/schema/main/delta/78/03event_extremities_constraints.py``, ported:
``run_create`` calls ``run_validate_constraint_and_delete_rows_schema_delta``
(``synapse/storage/background_updates.py``), whose SQLite branch is written out here: the
table's indexes and triggers read, an empty copy made with the foreign key, the rows whose
event exists copied (the others dropped), the copy renamed over the table, the indexes and
triggers made again.
"""

from edi_migrations.changes import DeleteRows

CHANGES = (
    # upstream's point: extremities whose event is not in events deleted by the rebuild
    DeleteRows(
        "event_forward_extremities",
        where="NOT EXISTS (SELECT 1 FROM events WHERE events.event_id = event_forward_extremities.event_id)",
    ),
)

FORWARD_EXTREMITIES_TABLE_SCHEMA = """
    CREATE TABLE event_forward_extremities2(
        event_id TEXT NOT NULL,
        room_id TEXT NOT NULL,
        UNIQUE (event_id, room_id),
        CONSTRAINT event_forward_extremities_event_id FOREIGN KEY (event_id) REFERENCES events (event_id) DEFERRABLE INITIALLY DEFERRED
    )
"""


def upgrade(conn):
    table = "event_forward_extremities"
    sqlite_table_name = "event_forward_extremities2"
    # ForeignKeyConstraint("events", [("event_id", "event_id")], deferred=True).make_check_clause
    check_clause = f"EXISTS (SELECT 1 FROM events WHERE event_id = {table}.event_id)"
    extras = [
        row[0]
        for row in conn.execute(
            """
            SELECT sql FROM sqlite_master
            WHERE tbl_name = ? AND type != 'table' AND sql IS NOT NULL
            """,
            (table,),
        )
    ]

    conn.execute(FORWARD_EXTREMITIES_TABLE_SCHEMA)

    sql = f"""
        INSERT INTO {sqlite_table_name} SELECT * FROM {table}
        WHERE {check_clause}
    """
    conn.execute(sql)

    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {sqlite_table_name} RENAME TO {table}")

    for extra in extras:
        conn.execute(extra)

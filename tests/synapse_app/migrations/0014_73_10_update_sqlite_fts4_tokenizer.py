"""Synapse ``synapse/storage/schema/main/delta/73/10_update_sqlite_fts4_tokenizer.py``, ported:
``run_create``'s SQLite branch (``event_search`` made again with the porter tokenizer, the
background update that fills it queued over the events there are), statement for statement.
"""

import json

from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (
    # upstream's point: a background update queued (a data row here: the port does not run it)
    AddRows("background_updates"),
    # upstream's point: the search index made again empty, the background update refills it
    DeleteRows("event_search", where="1 = 1"),
)


def upgrade(conn):
    # Rebuild the table event_search table with tokenize=porter configured.
    conn.execute("DROP TABLE event_search")
    conn.execute(
        """
        CREATE VIRTUAL TABLE event_search
        USING fts4 (tokenize=porter, event_id, room_id, sender, key, value )
        """
    )

    # Re-run the background job to re-populate the event_search table.
    row = conn.execute("SELECT MIN(stream_ordering) FROM events").fetchone()
    assert row is not None
    min_stream_id = row[0]

    # If there are not any events, nothing to do.
    if min_stream_id is None:
        return

    row = conn.execute("SELECT MAX(stream_ordering) FROM events").fetchone()
    assert row is not None
    max_stream_id = row[0]

    progress = {
        "target_min_stream_id_inclusive": min_stream_id,
        "max_stream_id_exclusive": max_stream_id + 1,
    }
    progress_json = json.dumps(progress)

    sql = """
    INSERT into background_updates (ordering, update_name, progress_json)
    VALUES (?, ?, ?)
    """

    conn.execute(sql, (7310, "event_search", progress_json))

"""Every exchange gets an id the app can link to: the row id, made an INTEGER PRIMARY KEY.

SQLite cannot add a primary key in place, so the table is rebuilt the way sqlite-utils'
``transform()`` does it: a new table, the rows copied with their ``rowid`` as the id,
the old table dropped and the new one renamed.
"""

from edi_migrations.changes import Backfill

CHANGES = (Backfill("log", "id", expression="rowid"),)


def upgrade(conn):
    conn.execute(
        """
        CREATE TABLE new_log (
            id INTEGER PRIMARY KEY,
            model TEXT,
            prompt TEXT,
            system TEXT,
            reply TEXT,
            chat_id TEXT,
            duration_ms TEXT,
            created TEXT
        )
        """
    )
    conn.execute(
        """
        INSERT INTO new_log (id, model, prompt, system, reply, chat_id, duration_ms, created)
        SELECT rowid, model, prompt, system, reply, chat_id, duration_ms, created FROM log
        """
    )
    conn.execute("DROP TABLE log")
    conn.execute("ALTER TABLE new_log RENAME TO log")

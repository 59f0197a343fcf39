"""Zotero userdata step 105 (``_migrateUserDataSchema``, ``else if (i == 105)``), ported:
``retractedItems`` (upstream's 103 and 104, run again as 105 with ``IF NOT EXISTS``),
with its ``flag``; upstream has no step 103 or 104 any more.
"""

from edi_migrations.sqlite.dbapi import sqlite3


def upgrade(conn):
    # This was originally in 103 and then 104, but some schema update steps are being
    # missed for some people, so run again with IF NOT EXISTS until we figure out
    # what's going on.
    conn.execute("CREATE TABLE IF NOT EXISTS retractedItems (\n\titemID INTEGER PRIMARY KEY,\n\tdata TEXT,\n\tFOREIGN KEY (itemID) REFERENCES items(itemID) ON DELETE CASCADE\n);")

    try:
        conn.execute("ALTER TABLE retractedItems ADD COLUMN flag INT DEFAULT 0")
    except sqlite3.OperationalError:
        pass

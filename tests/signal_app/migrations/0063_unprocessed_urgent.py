"""Signal Desktop ``ts/sql/migrations/63-add-urgent-to-unprocessed.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE unprocessed ADD COLUMN urgent INTEGER;
"""
    )

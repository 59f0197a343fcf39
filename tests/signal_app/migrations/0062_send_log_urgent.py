"""Signal Desktop ``ts/sql/migrations/62-add-urgent-to-send-log.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE sendLogPayloads ADD COLUMN urgent INTEGER;
"""
    )

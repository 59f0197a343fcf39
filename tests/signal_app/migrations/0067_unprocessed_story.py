"""Signal Desktop ``ts/sql/migrations/67-add-story-to-unprocessed.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE unprocessed ADD COLUMN story INTEGER;
"""
    )

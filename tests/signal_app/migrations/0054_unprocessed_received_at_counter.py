"""Signal Desktop ``ts/sql/migrations/54-unprocessed-received-at-counter.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
        ALTER TABLE unprocessed ADD COLUMN receivedAtCounter INTEGER;
"""
    )

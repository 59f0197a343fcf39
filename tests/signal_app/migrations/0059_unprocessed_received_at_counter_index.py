"""Signal Desktop ``ts/sql/migrations/59-unprocessed-received-at-counter-index.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      CREATE INDEX unprocessed_byReceivedAtCounter ON unprocessed
        (receivedAtCounter)
"""
    )

"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion24``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE conversations
      ADD COLUMN profileLastFetchedAt INTEGER;
"""
    )

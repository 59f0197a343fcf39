"""Signal Desktop ``ts/sql/migrations/69-group-call-ring-cancellations.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropTable

CHANGES = (
    # upstream's point: rings are no longer kept, only their cancellations (a new table)
    DropTable("groupCallRings"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      DROP TABLE IF EXISTS groupCallRings;

      CREATE TABLE groupCallRingCancellations(
        ringId INTEGER PRIMARY KEY,
        createdAt INTEGER NOT NULL
      );
"""
    )

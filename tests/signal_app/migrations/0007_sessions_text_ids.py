"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion7``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import ChangeType

CHANGES = (
    # upstream's point: ids forced to TEXT (SQLite had coerced them to numbers), prefixed with "+"
    ChangeType("sessions", "id", to="TEXT", expression="'+' || id"),
    ChangeType("sessions", "number", to="TEXT"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      -- SQLite has been coercing our STRINGs into numbers, so we force it with TEXT
      -- We create a new table then copy the data into it, since we can't modify columns
      DROP INDEX sessions_number;
      ALTER TABLE sessions RENAME TO sessions_old;

      CREATE TABLE sessions(
        id TEXT PRIMARY KEY,
        number TEXT,
        json TEXT
      );
      CREATE INDEX sessions_number ON sessions (
        number
      ) WHERE number IS NOT NULL;
      INSERT INTO sessions(id, number, json)
        SELECT "+" || id, number, json FROM sessions_old;
      DROP TABLE sessions_old;
"""
    )

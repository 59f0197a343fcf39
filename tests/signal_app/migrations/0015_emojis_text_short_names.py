"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion15``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import ChangeType

CHANGES = (
    # upstream's point: short names forced to TEXT (SQLite had coerced them to numbers)
    ChangeType("emojis", "shortName", to="TEXT"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      -- SQLite has again coerced our STRINGs into numbers, so we force it with TEXT
      -- We create a new table then copy the data into it, since we can't modify columns

      DROP INDEX emojis_lastUsage;
      ALTER TABLE emojis RENAME TO emojis_old;

      CREATE TABLE emojis(
        shortName TEXT PRIMARY KEY,
        lastUsage INTEGER
      );
      CREATE INDEX emojis_lastUsage
        ON emojis (
          lastUsage
      );

      DELETE FROM emojis WHERE shortName = 1;
      INSERT INTO emojis(shortName, lastUsage)
        SELECT shortName, lastUsage FROM emojis_old;

      DROP TABLE emojis_old;
"""
    )

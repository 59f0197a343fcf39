"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion19``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import Backfill

CHANGES = (
    # "Preload new field with the profileName we already have"
    Backfill("conversations", "profileFullName", from_column="profileName"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE conversations
      ADD COLUMN profileFamilyName TEXT;
      ALTER TABLE conversations
      ADD COLUMN profileFullName TEXT;

      -- Preload new field with the profileName we already have
      UPDATE conversations SET profileFullName = profileName;
"""
    )

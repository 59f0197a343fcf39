"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion23``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropObject

CHANGES = (
    # "Remove triggers which keep full-text search up to date"
    DropObject("trigger", "messages_on_insert"),
    DropObject("trigger", "messages_on_update"),
    DropObject("trigger", "messages_on_delete"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      -- Remove triggers which keep full-text search up to date
      DROP TRIGGER messages_on_insert;
      DROP TRIGGER messages_on_update;
      DROP TRIGGER messages_on_delete;
"""
    )

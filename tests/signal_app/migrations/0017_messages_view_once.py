"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion17``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``; its two
``try``/``catch`` blocks (a database that already had ``isViewOnce`` or the index) as
Python's ``try``/``except`` around the same statements (upstream logs and goes on).
"""

from edi_migrations.changes import DropObject
from edi_migrations.sqlite.dbapi import sqlite3

CHANGES = (
    # dropped with the new isViewOnce column (upstream's try block)
    DropObject("index", "messages_message_timer"),
)


def upgrade(conn):
    try:
        conn.executescript(
            r"""
        ALTER TABLE messages
        ADD COLUMN isViewOnce INTEGER;

        DROP INDEX messages_message_timer;
"""
        )
    except sqlite3.DatabaseError:
        pass  # upstream: 'Message table already had isViewOnce column'

    try:
        conn.executescript("DROP INDEX messages_view_once;")
    except sqlite3.DatabaseError:
        pass  # upstream: 'Index messages_view_once did not already exist'

    conn.executescript(
        r"""
      CREATE INDEX messages_view_once ON messages (
        isErased
      ) WHERE isViewOnce = 1;

      -- Updating full-text triggers to avoid anything with isViewOnce = 1

      DROP TRIGGER messages_on_insert;
      DROP TRIGGER messages_on_update;

      CREATE TRIGGER messages_on_insert AFTER INSERT ON messages
      WHEN new.isViewOnce != 1
      BEGIN
        INSERT INTO messages_fts (
          id,
          body
        ) VALUES (
          new.id,
          new.body
        );
      END;
      CREATE TRIGGER messages_on_update AFTER UPDATE ON messages
      WHEN new.isViewOnce != 1
      BEGIN
        DELETE FROM messages_fts WHERE id = old.id;
        INSERT INTO messages_fts(
          id,
          body
        ) VALUES (
          new.id,
          new.body
        );
      END;
"""
    )

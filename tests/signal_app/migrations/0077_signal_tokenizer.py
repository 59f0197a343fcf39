"""Signal Desktop ``ts/sql/migrations/77-signal-tokenizer.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed; ``tokenize = 'signal_tokenizer'`` is the one
change: that tokenizer is C code ``@signalapp/better-sqlite3`` registers, which Python's
SQLite cannot load, so FTS5's ``unicode61`` stands in: it decides how the index splits
words, not which rows it holds), run by ``conn.executescript``.
"""

from edi_migrations.changes import DropTable

CHANGES = (
    # upstream's point: the search index rebuilt (only its body, keyed by the message's
    # rowid) under Signal's own tokenizer
    DropTable("messages_fts"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      -- Create FTS table with custom tokenizer from
      -- @signalapp/better-sqlite3.

      DROP TABLE messages_fts;

      CREATE VIRTUAL TABLE messages_fts USING fts5(
        body,
        tokenize = 'unicode61'
      );

      -- Reindex messages
      -- Based on messages_on_insert trigger from migrations/45-stories.ts

      INSERT INTO messages_fts (rowid, body)
      SELECT rowid, body
      FROM messages
      WHERE isViewOnce IS NOT 1 AND storyId IS NULL;
"""
    )

"""Signal Desktop ``ts/sql/migrations/80-edited-messages.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      CREATE TABLE edited_messages(
        fromId STRING,
        messageId STRING REFERENCES messages(id)
          ON DELETE CASCADE,
        sentAt INTEGER,
        readStatus INTEGER
      );

      CREATE INDEX edited_messages_sent_at ON edited_messages (sentAt);
"""
    )

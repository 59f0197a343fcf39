"""Signal Desktop ``ts/sql/migrations/72-optimize-call-id-message-lookup.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE messages
        ADD COLUMN callId TEXT
        GENERATED ALWAYS AS (
          json_extract(json, '$.callHistoryDetails.callId')
        );
      ALTER TABLE messages
        ADD COLUMN callMode TEXT
        GENERATED ALWAYS AS (
          json_extract(json, '$.callHistoryDetails.callMode')
        );
      CREATE INDEX messages_call ON messages
        (conversationId, type, callMode, callId);
"""
    )

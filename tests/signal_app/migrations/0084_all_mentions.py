"""Signal Desktop ``ts/sql/migrations/84-all-mentions.ts``, ported: its ``db.exec`` SQL as
written (trailing blanks trimmed), its ``${selectMentionsFromMessages}`` put in as the
TypeScript template does, run by ``conn.executescript``. A new ``mentions`` table holds each
message's mentions (from its JSON's ``bodyRanges``), kept so by two new triggers.
"""

SELECT_MENTIONS_FROM_MESSAGES = """
      SELECT messages.id, bodyRanges.value ->> 'mentionUuid' as mentionUuid, bodyRanges.value ->> 'start' as start, bodyRanges.value ->> 'length' as length
      FROM messages, json_each(messages.json ->> 'bodyRanges') as bodyRanges
      WHERE bodyRanges.value ->> 'mentionUuid' IS NOT NULL
    """


def upgrade(conn):
    conn.executescript(
        rf"""
      DROP TABLE IF EXISTS mentions;

      CREATE TABLE mentions (
        messageId REFERENCES messages(id) ON DELETE CASCADE,
        mentionUuid STRING,
        start INTEGER,
        length INTEGER
      );

      CREATE INDEX mentions_uuid ON mentions (mentionUuid);

      INSERT INTO mentions (messageId, mentionUuid, start, length)
      {SELECT_MENTIONS_FROM_MESSAGES};

      -- Note: any changes to this trigger must be reflected in
      -- Server.ts: enableMessageInsertTriggersAndBackfill
      CREATE TRIGGER messages_on_insert_insert_mentions AFTER INSERT ON messages
      BEGIN
        INSERT INTO mentions (messageId, mentionUuid, start, length)
        {SELECT_MENTIONS_FROM_MESSAGES}
        AND messages.id = new.id;
      END;

      CREATE TRIGGER messages_on_update_update_mentions AFTER UPDATE ON messages
      BEGIN
        DELETE FROM mentions WHERE messageId = new.id;
        INSERT INTO mentions (messageId, mentionUuid, start, length)
        {SELECT_MENTIONS_FROM_MESSAGES}
        AND messages.id = new.id;
      END;
"""
    )

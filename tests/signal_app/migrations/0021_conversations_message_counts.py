"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion21``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import Recompute

CHANGES = (
    # upstream's point: each conversation's JSON counts its messages and sent messages
    Recompute("conversations", "json", expression="json_set(json_set(json, '$.messageCount', (SELECT count(*) FROM messages WHERE messages.conversationId = conversations.id)), '$.sentMessageCount', (SELECT count(*) FROM messages WHERE messages.conversationId = conversations.id AND messages.type = 'outgoing'))"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      UPDATE conversations
      SET json = json_set(
        json,
        '$.messageCount',
        (SELECT count(*) FROM messages WHERE messages.conversationId = conversations.id)
      );
      UPDATE conversations
      SET json = json_set(
        json,
        '$.sentMessageCount',
        (SELECT count(*) FROM messages WHERE messages.conversationId = conversations.id AND messages.type = 'outgoing')
      );
"""
    )

"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion2``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import Backfill

CHANGES = (
    # upstream's point: the new columns copied out of each message's JSON
    Backfill("messages", "expirationStartTimestamp", expression="json_extract(json, '$.expirationStartTimestamp')"),
    Backfill("messages", "expireTimer", expression="json_extract(json, '$.expireTimer')"),
    Backfill("messages", "type", expression="json_extract(json, '$.type')"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE messages
        ADD COLUMN expireTimer INTEGER;

      ALTER TABLE messages
        ADD COLUMN expirationStartTimestamp INTEGER;

      ALTER TABLE messages
        ADD COLUMN type STRING;

      CREATE INDEX messages_expiring ON messages (
        expireTimer,
        expirationStartTimestamp,
        expires_at
      );

      UPDATE messages SET
        expirationStartTimestamp = json_extract(json, '$.expirationStartTimestamp'),
        expireTimer = json_extract(json, '$.expireTimer'),
        type = json_extract(json, '$.type');
"""
    )

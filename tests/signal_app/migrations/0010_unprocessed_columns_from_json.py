"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion10``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import Backfill, DropColumn

CHANGES = (
    # upstream's point: each envelope's fields move out of its JSON into columns
    DropColumn("unprocessed", "json"),
    Backfill("unprocessed", "version", expression="json_extract(json, '$.version')"),
    Backfill("unprocessed", "attempts", expression="json_extract(json, '$.attempts')"),
    Backfill("unprocessed", "envelope", expression="json_extract(json, '$.envelope')"),
    Backfill("unprocessed", "decrypted", expression="json_extract(json, '$.decrypted')"),
    Backfill("unprocessed", "source", expression="json_extract(json, '$.source')"),
    Backfill("unprocessed", "sourceDevice", expression="json_extract(json, '$.sourceDevice')"),
    Backfill("unprocessed", "serverTimestamp", expression="json_extract(json, '$.serverTimestamp')"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      DROP INDEX unprocessed_id;
      DROP INDEX unprocessed_timestamp;
      ALTER TABLE unprocessed RENAME TO unprocessed_old;

      CREATE TABLE unprocessed(
        id STRING,
        timestamp INTEGER,
        version INTEGER,
        attempts INTEGER,
        envelope TEXT,
        decrypted TEXT,
        source TEXT,
        sourceDevice TEXT,
        serverTimestamp INTEGER
      );

      CREATE INDEX unprocessed_id ON unprocessed (
        id
      );
      CREATE INDEX unprocessed_timestamp ON unprocessed (
        timestamp
      );

      INSERT INTO unprocessed (
        id,
        timestamp,
        version,
        attempts,
        envelope,
        decrypted,
        source,
        sourceDevice,
        serverTimestamp
      ) SELECT
        id,
        timestamp,
        json_extract(json, '$.version'),
        json_extract(json, '$.attempts'),
        json_extract(json, '$.envelope'),
        json_extract(json, '$.decrypted'),
        json_extract(json, '$.source'),
        json_extract(json, '$.sourceDevice'),
        json_extract(json, '$.serverTimestamp')
      FROM unprocessed_old;

      DROP TABLE unprocessed_old;
"""
    )

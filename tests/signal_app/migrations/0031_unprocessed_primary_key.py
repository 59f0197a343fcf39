"""Signal Desktop ``ts/sql/migrations/index.ts``, ``updateToSchemaVersion31``, ported: its
``db.exec`` SQL as written (trailing blanks trimmed), run by ``conn.executescript``.
"""

from edi_migrations.changes import DeleteRows, DropObject

CHANGES = (
    # the new PRIMARY KEY (id): INSERT OR REPLACE keeps the last envelope of each id
    DeleteRows("unprocessed", where="id IS NOT NULL AND rowid NOT IN (SELECT max(rowid) FROM unprocessed WHERE id IS NOT NULL GROUP BY id)"),
    DropObject("index", "unprocessed_id"),
)


def upgrade(conn):
    conn.executescript(
        r"""
      DROP INDEX unprocessed_id;
      DROP INDEX unprocessed_timestamp;
      ALTER TABLE unprocessed RENAME TO unprocessed_old;

      CREATE TABLE unprocessed(
        id STRING PRIMARY KEY ASC,
        timestamp INTEGER,
        version INTEGER,
        attempts INTEGER,
        envelope TEXT,
        decrypted TEXT,
        source TEXT,
        sourceDevice TEXT,
        serverTimestamp INTEGER,
        sourceUuid STRING
      );

      CREATE INDEX unprocessed_timestamp ON unprocessed (
        timestamp
      );

      INSERT OR REPLACE INTO unprocessed
        (id, timestamp, version, attempts, envelope, decrypted, source,
         sourceDevice, serverTimestamp, sourceUuid)
      SELECT
        id, timestamp, version, attempts, envelope, decrypted, source,
         sourceDevice, serverTimestamp, sourceUuid
      FROM unprocessed_old;

      DROP TABLE unprocessed_old;
"""
    )

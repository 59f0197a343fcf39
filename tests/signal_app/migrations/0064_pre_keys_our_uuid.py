"""Signal Desktop ``ts/sql/migrations/64-uuid-column-for-pre-keys.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE preKeys
        ADD COLUMN ourUuid STRING
        GENERATED ALWAYS AS (json_extract(json, '$.ourUuid'));

      CREATE INDEX preKeys_ourUuid ON preKeys (ourUuid);

      ALTER TABLE signedPreKeys
        ADD COLUMN ourUuid STRING
        GENERATED ALWAYS AS (json_extract(json, '$.ourUuid'));

      CREATE INDEX signedPreKeys_ourUuid ON signedPreKeys (ourUuid);
"""
    )

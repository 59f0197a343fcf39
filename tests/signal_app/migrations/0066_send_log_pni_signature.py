"""Signal Desktop ``ts/sql/migrations/66-add-pni-signature-to-sent-protos.ts``, ported: its ``db.exec`` SQL as written
(trailing blanks trimmed), run by ``conn.executescript``.
"""


def upgrade(conn):
    conn.executescript(
        r"""
      ALTER TABLE sendLogPayloads
      ADD COLUMN hasPniSignatureMessage INTEGER DEFAULT 0 NOT NULL;
"""
    )

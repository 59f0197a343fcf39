"""Trilium ``db/migrations/0190__change_to_etapi_tokens.sql``, ported: the script verbatim, run as one
(``sql.executeScript``).
"""

from edi_migrations.changes import DropTable, Recompute

CHANGES = (
    # upstream: API tokens become ETAPI tokens (copied), the old table dropped, the sync log renamed
    DropTable("api_tokens"),
    Recompute(
        "entity_changes",
        "entityName",
        expression="CASE WHEN entityName = 'api_tokens' THEN 'etapi_tokens' ELSE entityName END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r"""CREATE TABLE IF NOT EXISTS "etapi_tokens"
(
    etapiTokenId TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    tokenHash TEXT NOT NULL,
    utcDateCreated TEXT NOT NULL,
    utcDateModified TEXT NOT NULL,
    isDeleted INT NOT NULL DEFAULT 0);

INSERT INTO etapi_tokens (etapiTokenId, name, tokenHash, utcDateCreated, utcDateModified, isDeleted)
SELECT apiTokenId, 'Trilium Sender', token, utcDateCreated, utcDateCreated, isDeleted FROM api_tokens;

DROP TABLE api_tokens;

UPDATE entity_changes SET entityName = 'etapi_tokens' WHERE entityName = 'api_tokens';
"""
    )

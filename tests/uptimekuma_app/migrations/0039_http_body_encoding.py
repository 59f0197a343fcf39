"""Uptime Kuma ``db/old_migrations/patch-http-body-encoding.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``, ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""

from edi_migrations.changes import Backfill

# Upstream's second transaction sets the body encoding of the HTTP and keyword monitors
# already there to JSON (how their bodies were sent before the column existed).
CHANGES = (
    Backfill(
        "monitor",
        "http_body_encoding",
        expression="CASE WHEN type = 'http' OR type = 'keyword' THEN 'json' END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor ADD http_body_encoding VARCHAR(25);

UPDATE monitor SET http_body_encoding = 'json' WHERE (type = 'http' or type = 'keyword') AND http_body_encoding IS NULL;
'''
    )

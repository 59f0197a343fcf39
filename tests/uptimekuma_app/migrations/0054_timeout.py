"""Uptime Kuma ``db/old_migrations/patch-timeout.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""

from edi_migrations.changes import Recompute

# Upstream gives every monitor without a positive timeout 80% of its interval (the new
# default the app computes for a monitor saved without one).
CHANGES = (
    Recompute(
        "monitor",
        "timeout",
        expression="CASE WHEN timeout IS NULL OR timeout <= 0 THEN interval * 0.8 ELSE timeout END",
    ),
)


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

UPDATE monitor SET timeout = (interval * 0.8)
WHERE timeout IS NULL OR timeout <= 0;
'''
    )

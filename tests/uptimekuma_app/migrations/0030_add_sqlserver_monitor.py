"""Uptime Kuma ``db/old_migrations/patch-add-sqlserver-monitor.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
 ALTER TABLE monitor
     ADD database_connection_string VARCHAR(2000);

 ALTER TABLE monitor
     ADD database_query TEXT;
'''
    )

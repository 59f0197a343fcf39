"""Uptime Kuma ``db/old_migrations/patch-improve-performance.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

-- For sendHeartbeatList
CREATE INDEX monitor_time_index ON heartbeat (monitor_id, time);

-- For sendImportantHeartbeatList
CREATE INDEX monitor_important_time_index ON heartbeat (monitor_id, important,time);
'''
    )

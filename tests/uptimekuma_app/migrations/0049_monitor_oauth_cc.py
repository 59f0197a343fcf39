"""Uptime Kuma ``db/old_migrations/patch-monitor-oauth-cc.sql``, verbatim but for the
transaction lines the runner owns: ``BEGIN TRANSACTION;``, ``COMMIT;``.
"""


def upgrade(conn):
    conn.executescript(
        r'''
-- You should not modify if this have pushed to Github, unless it does serious wrong with the db.

ALTER TABLE monitor
    ADD oauth_client_id TEXT default null;

ALTER TABLE monitor
    ADD oauth_client_secret TEXT default null;

ALTER TABLE monitor
    ADD oauth_token_url TEXT default null;

ALTER TABLE monitor
    ADD oauth_scopes TEXT default null;

ALTER TABLE monitor
    ADD oauth_auth_method TEXT default null;
'''
    )

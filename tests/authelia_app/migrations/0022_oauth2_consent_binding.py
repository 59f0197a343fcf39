"""Authelia ``internal/storage/migrations/sqlite/V0022.OAuth2ConsentBinding.up.sql`` and ``V0022.OAuth2ConsentBinding.down.sql``:
consent sessions gain expires_at, NOT NULL with a DEFAULT in 2000. Down drops it.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE oauth2_consent_session
    ADD COLUMN expires_at TIMESTAMP NOT NULL DEFAULT '2000-01-01 00:00:00.000000000+00:00';
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE oauth2_consent_session
    DROP COLUMN expires_at;
'''
    )

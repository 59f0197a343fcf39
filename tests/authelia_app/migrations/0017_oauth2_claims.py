"""Authelia ``internal/storage/migrations/sqlite/V0017.OAuth2Claims.up.sql`` and ``V0017.OAuth2Claims.down.sql``:
consent sessions and pre-configurations gain their claims columns. Down drops the four columns.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE oauth2_consent_session
    ADD COLUMN granted_claims TEXT NULL;

ALTER TABLE oauth2_consent_preconfiguration ADD COLUMN requested_claims TEXT NULL;
ALTER TABLE oauth2_consent_preconfiguration ADD COLUMN signature_claims CHAR(64) NULL;
ALTER TABLE oauth2_consent_preconfiguration ADD COLUMN granted_claims TEXT DEFAULT '';
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE oauth2_consent_session
    DROP COLUMN granted_claims;

ALTER TABLE oauth2_consent_preconfiguration DROP COLUMN requested_claims;
ALTER TABLE oauth2_consent_preconfiguration DROP COLUMN signature_claims;
ALTER TABLE oauth2_consent_preconfiguration DROP COLUMN granted_claims;
'''
    )

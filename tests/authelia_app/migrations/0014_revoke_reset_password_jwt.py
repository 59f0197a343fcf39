"""Authelia ``internal/storage/migrations/sqlite/V0014.RevokeResetPasswordJWT.up.sql`` and ``V0014.RevokeResetPasswordJWT.down.sql``:
identity verification gains revoked and revoked_ip. Down drops the two columns.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE identity_verification ADD COLUMN revoked DATETIME NULL DEFAULT NULL;
ALTER TABLE identity_verification ADD COLUMN revoked_ip VARCHAR(39) NULL DEFAULT NULL;
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE identity_verification DROP COLUMN revoked_ip;
ALTER TABLE identity_verification DROP COLUMN revoked;
'''
    )

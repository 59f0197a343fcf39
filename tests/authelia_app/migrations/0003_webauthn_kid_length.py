"""Authelia ``internal/storage/migrations/sqlite/V0003.WebAuthnKIDLength.up.sql`` and ``V0003.WebAuthnKIDLength.down.sql``:
rebuilds webauthn_devices (for SQLite the same definition: the longer `kid` is MySQL's and PostgreSQL's). Down only drops a leftover backup table.
"""

LINT_ACKNOWLEDGED = {
    "EM101": "upstream's rebuild: the old table renamed to a _bkp_ copy, copied back, dropped",
}


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE webauthn_devices
    RENAME TO _bkp_UP_V0003_webauthn_devices;

CREATE TABLE IF NOT EXISTS webauthn_devices (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at TIMESTAMP NULL DEFAULT NULL,
    rpid TEXT,
    username VARCHAR(100) NOT NULL,
    description VARCHAR(30) NOT NULL DEFAULT 'Primary',
    kid VARCHAR(512) NOT NULL,
    public_key BLOB NOT NULL,
    attestation_type VARCHAR(32),
    transport VARCHAR(64) DEFAULT '',
    aaguid CHAR(36) NOT NULL,
    sign_count INTEGER DEFAULT 0,
    clone_warning BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (username, description),
    UNIQUE (kid)
);

INSERT INTO webauthn_devices (id, created_at, last_used_at, rpid, username, description, kid, public_key, attestation_type, transport, aaguid, sign_count, clone_warning)
SELECT id, created_at, last_used_at, rpid, username, description, kid, public_key, attestation_type, transport, aaguid, sign_count, clone_warning
FROM _bkp_UP_V0003_webauthn_devices;

DROP TABLE IF EXISTS _bkp_UP_V0003_webauthn_devices;
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE IF EXISTS _bkp_UP_V0003_webauthn_devices;
'''
    )

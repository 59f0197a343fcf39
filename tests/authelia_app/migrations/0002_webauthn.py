"""Authelia ``internal/storage/migrations/sqlite/V0002.WebAuthn.up.sql`` and ``V0002.WebAuthn.down.sql``:
TOTP configurations gain created_at and last_used_at (a rebuild); U2F devices become webauthn_devices (the key handle as base64 `kid`, attestation 'fido-u2f'); 'u2f' preferences become 'webauthn'. Down rebuilds TOTP without the two columns and turns the 'fido-u2f' WebAuthn devices back into U2F devices.
"""

import base64
import uuid

from _functions import insert_known, register_functions

from edi_migrations.changes import DropTable, MigrationTime

# U2F devices become WebAuthn devices (copied, then the old table dropped); the rebuilt
# TOTP table stamps every existing configuration's created_at with the time it ran.
CHANGES = (
    DropTable("u2f_devices"),
    MigrationTime("totp_configurations", "created_at"),
)

LINT_ACKNOWLEDGED = {
    "EM101": "upstream's rebuild: the old table renamed to a _bkp_ copy, copied back, dropped",
}


def upgrade(conn):
    register_functions(conn)
    conn.executescript(
        r'''
ALTER TABLE totp_configurations
    RENAME TO _bkp_UP_V0002_totp_configurations;

ALTER TABLE u2f_devices
    RENAME TO _bkp_UP_V0002_u2f_devices;

CREATE TABLE IF NOT EXISTS totp_configurations (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    last_used_at TIMESTAMP NULL DEFAULT NULL,
    username VARCHAR(100) NOT NULL,
    issuer VARCHAR(100),
    algorithm VARCHAR(6) NOT NULL DEFAULT 'SHA1',
    digits INTEGER NOT NULL DEFAULT 6,
    period INTEGER NOT NULL DEFAULT 30,
    secret BLOB NOT NULL,
    UNIQUE (username)
);

INSERT INTO totp_configurations (id, username, issuer, algorithm, digits, period, secret)
SELECT id, username, issuer, algorithm, digits, period, secret
FROM _bkp_UP_V0002_totp_configurations;

DROP TABLE IF EXISTS _bkp_UP_V0002_totp_configurations;

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

INSERT INTO webauthn_devices (id, rpid, username, description, kid, public_key, attestation_type, aaguid, sign_count)
SELECT id, '', username, description, BIN2B64(key_handle), public_key, 'fido-u2f', '00000000-0000-0000-0000-000000000000', 0
FROM _bkp_UP_V0002_u2f_devices;

DROP TABLE IF EXISTS _bkp_UP_V0002_u2f_devices;

UPDATE user_preferences
SET second_factor_method = 'webauthn'
WHERE second_factor_method = 'u2f';
'''
    )


def downgrade(conn):
    register_functions(conn)
    conn.executescript(
        r'''
ALTER TABLE totp_configurations
    RENAME TO _bkp_DOWN_V0002_totp_configurations;

ALTER TABLE webauthn_devices
    RENAME TO _bkp_DOWN_V0002_webauthn_devices;

CREATE TABLE IF NOT EXISTS totp_configurations (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    username VARCHAR(100) NOT NULL,
    issuer VARCHAR(100),
    algorithm VARCHAR(6) NOT NULL DEFAULT 'SHA1',
    digits INTEGER NOT NULL DEFAULT 6,
    period INTEGER NOT NULL DEFAULT 30,
    secret BLOB NOT NULL,
    UNIQUE (username)
);

INSERT INTO totp_configurations (id, username, issuer, algorithm, digits, period, secret)
SELECT id, username, issuer, algorithm, digits, period, secret
FROM _bkp_DOWN_V0002_totp_configurations;

CREATE TABLE IF NOT EXISTS u2f_devices (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    username VARCHAR(100) NOT NULL,
    description VARCHAR(30) NOT NULL DEFAULT 'Primary',
    key_handle BLOB NOT NULL,
    public_key BLOB NOT NULL,
    UNIQUE (username, description)
);

INSERT INTO u2f_devices (id, username, description, key_handle, public_key)
SELECT id, username, description, B642BIN(kid), public_key
FROM _bkp_DOWN_V0002_webauthn_devices
WHERE attestation_type = 'fido-u2f';

UPDATE user_preferences
SET second_factor_method = 'u2f'
WHERE second_factor_method = 'webauthn';

DROP TABLE IF EXISTS _bkp_DOWN_V0002_totp_configurations;
DROP TABLE IF EXISTS _bkp_DOWN_V0002_webauthn_devices;
DROP TABLE IF EXISTS _bkp_UP_V0002_totp_configurations;
DROP TABLE IF EXISTS _bkp_UP_V0002_u2f_devices;
'''
    )


def app_writes(conn, ctx):
    """WebAuthn devices as Authelia registers them (until ``0012`` moves them): the
    relying party's id always set, ``kid`` the credential id as base64 (``0002``'s down
    decodes it), each unique."""
    if ctx.version >= 12:
        return
    insert_known(conn, "webauthn_devices", [
        {"rpid": ctx.rng.choice(["auth.example.com", "login.example.org", ""]),
         "username": f"user{n % 7}", "description": f"key {n}",
         "kid": base64.b64encode(ctx.rng.randbytes(32)).decode(),
         "public_key": ctx.rng.randbytes(77),
         "attestation_type": ctx.rng.choice(["fido-u2f", "packed", "none"]),
         "transport": ctx.rng.choice(["usb", "usb,nfc", ""]),
         "aaguid": str(uuid.UUID(int=ctx.rng.getrandbits(128))),
         "sign_count": ctx.rng.randint(0, 500), "clone_warning": 0,
         "created_at": "2023-01-02 03:04:05", "last_used_at": "2024-02-03 04:05:06"}
        for n in range(ctx.rows)
    ])

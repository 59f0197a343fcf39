"""Authelia ``internal/storage/migrations/sqlite/V0024.WebAuthnAttestationType.up.sql`` and ``V0024.WebAuthnAttestationType.down.sql``:
WebAuthn credentials' attestation_type is renamed attestation_format, and a new attestation_type is added, empty. Down drops the new column and renames the old one back.
"""

from edi_migrations.changes import RenameColumn

# The stored value is the attestation's format: the column is renamed to say so, and a
# new attestation_type starts empty (its DEFAULT), for the app to fill.
CHANGES = (RenameColumn("webauthn_credentials", "attestation_type", "attestation_format"),)


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE webauthn_credentials RENAME COLUMN attestation_type TO attestation_format;
ALTER TABLE webauthn_credentials ADD COLUMN attestation_type VARCHAR(32) NOT NULL DEFAULT '';
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE webauthn_credentials DROP COLUMN attestation_type;
ALTER TABLE webauthn_credentials RENAME COLUMN attestation_format TO attestation_type;
'''
    )

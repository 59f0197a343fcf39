"""Vaultwarden ``migrations/sqlite/2024-09-04-091351_use_device_type_for_mails/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE twofactor_incomplete ADD COLUMN device_type INTEGER NOT NULL DEFAULT 14; -- 14 = Unknown Browser
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE `twofactor_incomplete` DROP COLUMN `device_type`;
'''
    )

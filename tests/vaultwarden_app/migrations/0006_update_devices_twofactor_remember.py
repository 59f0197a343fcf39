"""Vaultwarden ``migrations/sqlite/2018-06-01-112529_update_devices_twofactor_remember/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream (a comment only): no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE devices
    ADD COLUMN
    twofactor_remember TEXT;
'''
    )

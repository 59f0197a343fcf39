"""Vaultwarden ``migrations/sqlite/2021-05-11-205202_add_hide_email/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE sends
ADD COLUMN hide_email BOOLEAN;
'''
    )

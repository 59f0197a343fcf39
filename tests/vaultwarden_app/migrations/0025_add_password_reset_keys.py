"""Vaultwarden ``migrations/sqlite/2021-07-01-203140_add_password_reset_keys/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE organizations
  ADD COLUMN private_key TEXT;

ALTER TABLE organizations
  ADD COLUMN public_key TEXT;
'''
    )

"""Vaultwarden ``migrations/sqlite/2018-11-27-152651_add_att_key_columns/up.sql`` (Diesel), verbatim.
Its ``down.sql`` is empty upstream: no downgrade().
"""


def upgrade(conn):
    conn.executescript(
        r'''
ALTER TABLE attachments
    ADD COLUMN
    key TEXT;
'''
    )

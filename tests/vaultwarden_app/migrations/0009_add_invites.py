"""Vaultwarden ``migrations/sqlite/2018-09-10-111213_add_invites/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE invitations (
    email   TEXT NOT NULL PRIMARY KEY
);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE invitations;
'''
    )

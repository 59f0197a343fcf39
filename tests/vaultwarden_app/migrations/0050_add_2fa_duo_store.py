"""Vaultwarden ``migrations/sqlite/2024-06-05-131359_add_2fa_duo_store/up.sql`` and ``down.sql`` (Diesel), verbatim.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE twofactor_duo_ctx (
    state      TEXT    NOT NULL,
    user_email TEXT    NOT NULL,
    nonce      TEXT    NOT NULL,
    exp        INTEGER NOT NULL,

    PRIMARY KEY (state)
);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE twofactor_duo_ctx;
'''
    )

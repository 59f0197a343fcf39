"""Authelia ``internal/storage/migrations/sqlite/V0015.TOTPEnhance.up.sql`` and ``V0015.TOTPEnhance.down.sql``:
TOTP history. Down drops it.
"""


def upgrade(conn):
    conn.executescript(
        r'''
CREATE TABLE IF NOT EXISTS totp_history (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    created_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    username VARCHAR(100) NOT NULL,
    step CHAR(64) NOT NULL
);

CREATE UNIQUE INDEX totp_history_lookup_key ON totp_history (username, step);
'''
    )


def downgrade(conn):
    conn.executescript(
        r'''
DROP TABLE IF EXISTS totp_history;
'''
    )

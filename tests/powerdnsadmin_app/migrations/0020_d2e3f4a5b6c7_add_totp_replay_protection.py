"""PowerDNS-Admin ``migrations/versions/d2e3f4a5b6c7_add_totp_replay_protection.py``: Add TOTP replay protection.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('ALTER TABLE user ADD COLUMN otp_last_used BIGINT', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE user DROP COLUMN otp_last_used', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

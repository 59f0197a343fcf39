"""Mealie ``alembic/versions/2022-08-12-19.05.59_188374910655_add_login_attemps_and_locked_at_field_.py``: add login attemps and locked at field.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('ALTER TABLE users ADD COLUMN login_attemps INTEGER', [], False),
    ('ALTER TABLE users ADD COLUMN locked_at DATETIME', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE users DROP COLUMN locked_at', [], False),
    ('ALTER TABLE users DROP COLUMN login_attemps', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

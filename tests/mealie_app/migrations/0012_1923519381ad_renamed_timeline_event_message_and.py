"""Mealie ``alembic/versions/2022-11-03-13.10.24_1923519381ad_renamed_timeline_event_message_and_.py``: renamed timeline event message and.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('ALTER TABLE recipes ADD COLUMN last_made DATETIME', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE recipes DROP COLUMN last_made', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

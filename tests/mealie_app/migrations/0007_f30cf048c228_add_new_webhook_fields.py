"""Mealie ``alembic/versions/2022-06-15-21.05.34_f30cf048c228_add_new_webhook_fields.py``: add new webhook fields.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('ALTER TABLE webhook_urls ADD COLUMN webhook_type VARCHAR', [], False),
    ('ALTER TABLE webhook_urls ADD COLUMN scheduled_time TIME', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE webhook_urls DROP COLUMN scheduled_time', [], False),
    ('ALTER TABLE webhook_urls DROP COLUMN webhook_type', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

"""PowerDNS-Admin ``migrations/versions/b24bf17725d2_add_unique_index_to_settings_table_keys.py``: Add unique index to settings table keys.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

LINT_ACKNOWLEDGED = {
    "EM107": "the app keeps setting names distinct: Setting.set and toggle look a setting up by name and insert it only when it is missing",
}

UPGRADE = [
    ('CREATE UNIQUE INDEX ix_setting_name ON setting (name)', [], False),
]

DOWNGRADE = [
    ('\nDROP INDEX ix_setting_name', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

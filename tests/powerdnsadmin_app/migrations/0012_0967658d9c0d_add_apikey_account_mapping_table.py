"""PowerDNS-Admin ``migrations/versions/0967658d9c0d_add_apikey_account_mapping_table.py``: add apikey account mapping table.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('\nCREATE TABLE apikey_account (\n\tid INTEGER NOT NULL, \n\tapikey_id INTEGER NOT NULL, \n\taccount_id INTEGER NOT NULL, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(account_id) REFERENCES account (id), \n\tFOREIGN KEY(apikey_id) REFERENCES apikey (id)\n)\n\n', [], False),
    ('CREATE INDEX ix_history_created_on ON history (created_on)', [], False),
]

DOWNGRADE = [
    ('\nDROP INDEX ix_history_created_on', [], False),
    ('\nDROP TABLE apikey_account', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

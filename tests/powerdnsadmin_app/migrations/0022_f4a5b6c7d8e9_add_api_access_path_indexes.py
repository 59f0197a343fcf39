"""PowerDNS-Admin ``migrations/versions/f4a5b6c7d8e9_add_api_access_path_indexes.py``: Add indexes for API access paths.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('CREATE INDEX ix_account_user_user_id_account_id ON account_user (user_id, account_id)', [], False),
    ('CREATE INDEX ix_apikey_account_apikey_id_account_id ON apikey_account (apikey_id, account_id)', [], False),
    ('CREATE INDEX ix_domain_apikey_apikey_id_domain_id ON domain_apikey (apikey_id, domain_id)', [], False),
    ('CREATE INDEX ix_domain_setting_domain_id_setting ON domain_setting (domain_id, setting)', [], False),
    ('CREATE INDEX ix_domain_user_user_id_domain_id ON domain_user (user_id, domain_id)', [], False),
]

DOWNGRADE = [
    ('\nDROP INDEX ix_domain_user_user_id_domain_id', [], False),
    ('\nDROP INDEX ix_domain_setting_domain_id_setting', [], False),
    ('\nDROP INDEX ix_domain_apikey_apikey_id_domain_id', [], False),
    ('\nDROP INDEX ix_apikey_account_apikey_id_account_id', [], False),
    ('\nDROP INDEX ix_account_user_user_id_account_id', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

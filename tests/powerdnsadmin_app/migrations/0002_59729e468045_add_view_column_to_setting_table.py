"""PowerDNS-Admin ``migrations/versions/59729e468045_add_view_column_to_setting_table.py``: Add view column to setting table.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('ALTER TABLE setting ADD COLUMN "view" VARCHAR(64)', [], False),
    ('UPDATE setting SET "view"=? WHERE setting.id <= ?', ['basic', 7], False),
    ('INSERT INTO setting (id, name, value, "view") VALUES (?, ?, ?, ?)', [[8, 'pretty_ipv6_ptr', 'False', 'basic'], [9, 'dnssec_admins_only', 'False', 'basic'], [10, 'bg_domain_updates', 'False', 'basic'], [11, 'site_name', 'PowerDNS-Admin', 'basic'], [12, 'pdns_api_url', '', 'pdns'], [13, 'pdns_api_key', '', 'pdns'], [14, 'pdns_version', '4.1.1', 'pdns'], [15, 'local_db_enabled', 'True', 'authentication'], [16, 'signup_enabled', 'True', 'authentication'], [17, 'ldap_enabled', 'False', 'authentication'], [18, 'ldap_type', 'ldap', 'authentication'], [19, 'ldap_uri', '', 'authentication'], [20, 'ldap_base_dn', '', 'authentication'], [21, 'ldap_admin_username', '', 'authentication'], [22, 'ldap_admin_password', '', 'authentication'], [23, 'ldap_filter_basic', '', 'authentication'], [24, 'ldap_filter_username', '', 'authentication'], [25, 'ldap_sg_enabled', 'False', 'authentication'], [26, 'ldap_admin_group', '', 'authentication'], [27, 'ldap_user_group', '', 'authentication'], [28, 'github_oauth_enabled', 'False', 'authentication'], [29, 'github_oauth_key', '', 'authentication'], [30, 'github_oauth_secret', '', 'authentication'], [31, 'github_oauth_scope', 'email', 'authentication'], [32, 'github_oauth_api_url', 'https://api.github.com/user', 'authentication'], [33, 'github_oauth_token_url', 'https://github.com/login/oauth/access_token', 'authentication'], [34, 'github_oauth_authorize_url', 'https://github.com/login/oauth/authorize', 'authentication'], [35, 'google_oauth_enabled', 'False', 'authentication'], [36, 'google_oauth_client_id', '', 'authentication'], [37, 'google_oauth_client_secret', '', 'authentication'], [38, 'google_token_url', 'https://accounts.google.com/o/oauth2/token', 'authentication'], [39, 'google_token_params', "{'scope': 'email profile'}", 'authentication'], [40, 'google_authorize_url', 'https://accounts.google.com/o/oauth2/auth', 'authentication'], [41, 'google_base_url', 'https://www.googleapis.com/oauth2/v1/', 'authentication']], True),
]

DOWNGRADE = [
    ('ALTER TABLE setting DROP COLUMN "view"', [], False),
    ('DELETE FROM setting WHERE id > 7', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

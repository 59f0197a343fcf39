"""PowerDNS-Admin ``migrations/versions/4a666113c7bb_add_operator_role.py``: Adding Operator Role.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('INSERT INTO setting (id, name, value, "view") VALUES (?, ?, ?, ?)', [[44, 'ldap_operator_group', '', 'authentication'], [45, 'allow_user_create_domain', 'False', 'basic'], [46, 'record_quick_edit', 'True', 'basic']], True),
    ('INSERT INTO role (id, name, description) VALUES (?, ?, ?)', [3, 'Operator', 'Operator'], False),
]

DOWNGRADE = [
    ('UPDATE user SET role_id = 2 WHERE role_id=3', [], False),
    ("DELETE FROM role WHERE name = 'Operator'", [], False),
    ("DELETE FROM setting WHERE name = 'ldap_operator_group'", [], False),
    ("DELETE FROM setting WHERE name = 'allow_user_create_domain'", [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

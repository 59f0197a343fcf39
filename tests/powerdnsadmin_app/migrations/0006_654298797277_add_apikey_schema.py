"""PowerDNS-Admin ``migrations/versions/654298797277_add_apikey_schema.py``: Upgrade DB Schema.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('\nCREATE TABLE apikey (\n\tid INTEGER NOT NULL, \n\t"key" VARCHAR(255) NOT NULL, \n\tdescription VARCHAR(255), \n\trole_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(role_id) REFERENCES role (id), \n\tUNIQUE ("key")\n)\n\n', [], False),
    ('\nCREATE TABLE domain_apikey (\n\tdomain_id INTEGER, \n\tapikey_id INTEGER, \n\tFOREIGN KEY(apikey_id) REFERENCES apikey (id), \n\tFOREIGN KEY(domain_id) REFERENCES domain (id)\n)\n\n', [], False),
]

DOWNGRADE = [
    ('\nDROP TABLE domain_apikey', [], False),
    ('\nDROP TABLE apikey', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

"""PowerDNS-Admin ``migrations/versions/0d3d93f1c2e0_add_domain_id_to_history_table.py``: Add domain_id to history table.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('\nCREATE TABLE _alembic_tmp_history (\n\tid INTEGER NOT NULL, \n\tmsg VARCHAR(256), \n\tdetail TEXT, \n\tcreated_by VARCHAR(128), \n\tcreated_on DATETIME, \n\tdomain_id INTEGER, \n\tPRIMARY KEY (id), \n\tCONSTRAINT fk_domain_id FOREIGN KEY(domain_id) REFERENCES domain (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_history (id, msg, detail, created_by, created_on) SELECT history.id, history.msg, history.detail, history.created_by, history.created_on \nFROM history', [], False),
    ('\nDROP TABLE history', [], False),
    ('ALTER TABLE _alembic_tmp_history RENAME TO history', [], False),
]

DOWNGRADE = [
    ('\nCREATE TABLE _alembic_tmp_history (\n\tid INTEGER NOT NULL, \n\tmsg VARCHAR(256), \n\tdetail TEXT, \n\tcreated_by VARCHAR(128), \n\tcreated_on DATETIME, \n\tPRIMARY KEY (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_history (id, msg, detail, created_by, created_on) SELECT history.id, history.msg, history.detail, history.created_by, history.created_on \nFROM history', [], False),
    ('\nDROP TABLE history', [], False),
    ('ALTER TABLE _alembic_tmp_history RENAME TO history', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

"""PowerDNS-Admin ``migrations/versions/b0fea72a3f20_update_domain_serial_columns_type.py``: Update domain serial columns type.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('\nCREATE TABLE _alembic_tmp_domain (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(255), \n\tmaster VARCHAR(128), \n\ttype VARCHAR(6) NOT NULL, \n\tserial BIGINT, \n\tnotified_serial BIGINT, \n\tlast_check INTEGER, \n\tdnssec INTEGER, \n\taccount_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(account_id) REFERENCES account (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_domain (id, name, master, type, serial, notified_serial, last_check, dnssec, account_id) SELECT domain.id, domain.name, domain.master, domain.type, domain.serial, domain.notified_serial, domain.last_check, domain.dnssec, domain.account_id \nFROM domain', [], False),
    ('\nDROP TABLE domain', [], False),
    ('ALTER TABLE _alembic_tmp_domain RENAME TO domain', [], False),
    ('CREATE UNIQUE INDEX ix_domain_name ON domain (name)', [], False),
]

DOWNGRADE = [
    ('\nCREATE TABLE _alembic_tmp_domain (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(255), \n\tmaster VARCHAR(128), \n\ttype VARCHAR(6) NOT NULL, \n\tserial INTEGER, \n\tnotified_serial INTEGER, \n\tlast_check INTEGER, \n\tdnssec INTEGER, \n\taccount_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(account_id) REFERENCES account (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_domain (id, name, master, type, serial, notified_serial, last_check, dnssec, account_id) SELECT domain.id, domain.name, domain.master, domain.type, domain.serial, domain.notified_serial, domain.last_check, domain.dnssec, domain.account_id \nFROM domain', [], False),
    ('\nDROP TABLE domain', [], False),
    ('ALTER TABLE _alembic_tmp_domain RENAME TO domain', [], False),
    ('CREATE UNIQUE INDEX ix_domain_name ON domain (name)', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

"""PowerDNS-Admin ``migrations/versions/856bb94b7040_add_comment_column_in_domain_template_.py``: Add comment column in domain template record table.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('ALTER TABLE domain_template_record ADD COLUMN comment TEXT', [], False),
]

DOWNGRADE = [
    ('\nCREATE TABLE _alembic_tmp_domain_template_record (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(255), \n\ttype VARCHAR(64), \n\tttl INTEGER, \n\tdata TEXT, \n\tstatus BOOLEAN, \n\ttemplate_id INTEGER, \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(template_id) REFERENCES domain_template (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_domain_template_record (id, name, type, ttl, data, status, template_id) SELECT domain_template_record.id, domain_template_record.name, domain_template_record.type, domain_template_record.ttl, domain_template_record.data, domain_template_record.status, domain_template_record.template_id \nFROM domain_template_record', [], False),
    ('\nDROP TABLE domain_template_record', [], False),
    ('ALTER TABLE _alembic_tmp_domain_template_record RENAME TO domain_template_record', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

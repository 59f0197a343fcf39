"""PowerDNS-Admin ``migrations/versions/e3f4a5b6c7d8_set_null_history_domain_on_delete.py``: Set preserved history domain references to null on delete.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

from edi_migrations.changes import ChangeConstraint, Recompute

# upstream's point: a domain's deletion now sets its history rows' domain_id to NULL; the
# ids it already left dangling are cleared first (the UPDATE before the rebuild)
CHANGES = (
    ChangeConstraint("history", "foreign key", column="domain_id"),
    Recompute(
        "history",
        "domain_id",
        expression="CASE WHEN domain_id IS NOT NULL AND NOT EXISTS "
        "(SELECT 1 FROM domain WHERE domain.id = history.domain_id) THEN NULL ELSE domain_id END",
    ),
)

UPGRADE = [
    ('\n        UPDATE history\n        SET domain_id = NULL\n        WHERE domain_id IS NOT NULL\n          AND NOT EXISTS (\n              SELECT 1\n              FROM domain\n              WHERE domain.id = history.domain_id\n          )\n    ', [], False),
    ('\nCREATE TABLE _alembic_tmp_history (\n\tid INTEGER NOT NULL, \n\tmsg VARCHAR(256), \n\tdetail TEXT, \n\tcreated_by VARCHAR(128), \n\tcreated_on DATETIME, \n\tdomain_id INTEGER, \n\tPRIMARY KEY (id), \n\tCONSTRAINT fk_domain_id FOREIGN KEY(domain_id) REFERENCES domain (id) ON DELETE SET NULL\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_history (id, msg, detail, created_by, created_on, domain_id) SELECT history.id, history.msg, history.detail, history.created_by, history.created_on, history.domain_id \nFROM history', [], False),
    ('\nDROP TABLE history', [], False),
    ('ALTER TABLE _alembic_tmp_history RENAME TO history', [], False),
    ('CREATE INDEX ix_history_created_on ON history (created_on)', [], False),
]

DOWNGRADE = [
    ('\nCREATE TABLE _alembic_tmp_history (\n\tid INTEGER NOT NULL, \n\tmsg VARCHAR(256), \n\tdetail TEXT, \n\tcreated_by VARCHAR(128), \n\tcreated_on DATETIME, \n\tdomain_id INTEGER, \n\tPRIMARY KEY (id), \n\tCONSTRAINT fk_domain_id FOREIGN KEY(domain_id) REFERENCES domain (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_history (id, msg, detail, created_by, created_on, domain_id) SELECT history.id, history.msg, history.detail, history.created_by, history.created_on, history.domain_id \nFROM history', [], False),
    ('\nDROP TABLE history', [], False),
    ('ALTER TABLE _alembic_tmp_history RENAME TO history', [], False),
    ('CREATE INDEX ix_history_created_on ON history (created_on)', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

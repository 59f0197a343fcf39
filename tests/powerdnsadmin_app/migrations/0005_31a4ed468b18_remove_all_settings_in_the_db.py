"""PowerDNS-Admin ``migrations/versions/31a4ed468b18_remove_all_settings_in_the_db.py``: Remove all setting in the DB.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.51, Alembic 1.20.1), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

from edi_migrations.changes import DeleteRows, DropColumn

# upstream empties the settings table on purpose (its settings moved into code) and drops
# its `view` column with them
CHANGES = (DeleteRows("setting", where="1"), DropColumn("setting", "view"))

UPGRADE = [
    ('DELETE FROM setting', [], False),
    ('\nCREATE TABLE _alembic_tmp_setting (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(64), \n\tvalue TEXT, \n\tPRIMARY KEY (id)\n)\n\n', [], False),
    ('INSERT INTO _alembic_tmp_setting (id, name, value) SELECT setting.id, setting.name, setting.value \nFROM setting', [], False),
    ('\nDROP TABLE setting', [], False),
    ('ALTER TABLE _alembic_tmp_setting RENAME TO setting', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE setting ADD COLUMN "view" VARCHAR(64)', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

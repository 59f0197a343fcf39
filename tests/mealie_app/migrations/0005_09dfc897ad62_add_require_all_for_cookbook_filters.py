"""Mealie ``alembic/versions/2022-04-03-10.48.51_09dfc897ad62_add_require_all_for_cookbook_filters.py``: add require all for cookbook filters.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

from edi_migrations.changes import Backfill

# upstream's point: existing cookbooks keep matching every filter (its UPDATE ... = TRUE)
CHANGES = (
    Backfill("cookbooks", "require_all_categories", constant=1),
    Backfill("cookbooks", "require_all_tags", constant=1),
    Backfill("cookbooks", "require_all_tools", constant=1),
)

UPGRADE = [
    ('ALTER TABLE cookbooks ADD COLUMN require_all_categories BOOLEAN', [], False),
    ('ALTER TABLE cookbooks ADD COLUMN require_all_tags BOOLEAN', [], False),
    ('ALTER TABLE cookbooks ADD COLUMN require_all_tools BOOLEAN', [], False),
    ('UPDATE cookbooks\n        SET require_all_categories = TRUE,\n            require_all_tags = TRUE,\n            require_all_tools = TRUE', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE cookbooks DROP COLUMN require_all_tools', [], False),
    ('ALTER TABLE cookbooks DROP COLUMN require_all_tags', [], False),
    ('ALTER TABLE cookbooks DROP COLUMN require_all_categories', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

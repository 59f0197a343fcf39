"""Mealie ``alembic/versions/2022-06-01-11.12.06_ab0bae02578f_add_use_abbreviation_column_to_.py``: add use abbreviation column to.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

from edi_migrations.changes import Backfill

# upstream's point: existing units do not use their abbreviation (its UPDATE ... = FALSE)
CHANGES = (Backfill("ingredient_units", "use_abbreviation", constant=0),)

UPGRADE = [
    ('ALTER TABLE ingredient_units ADD COLUMN use_abbreviation BOOLEAN', [], False),
    ('UPDATE ingredient_units SET use_abbreviation = FALSE WHERE use_abbreviation IS NULL', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE ingredient_units DROP COLUMN use_abbreviation', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

"""Mealie ``alembic/versions/2022-03-27-19.30.28_f1a2dbee5fe9_add_original_text_column_to_recipes_.py``: add original text column to recipes.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('ALTER TABLE recipes_ingredients ADD COLUMN original_text VARCHAR', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE recipes_ingredients DROP COLUMN original_text', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

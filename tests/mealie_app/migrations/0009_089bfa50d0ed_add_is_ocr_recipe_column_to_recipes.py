"""Mealie ``alembic/versions/2022-08-13-17.07.07_089bfa50d0ed_add_is_ocr_recipe_column_to_recipes.py``: add is ocr recipe column to recipes.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

from edi_migrations.changes import Backfill

# upstream's point: no existing recipe came from OCR (its UPDATE ... = FALSE)
CHANGES = (Backfill("recipes", "is_ocr_recipe", constant=0),)

UPGRADE = [
    ('ALTER TABLE recipes ADD COLUMN is_ocr_recipe BOOLEAN', [], False),
    ('UPDATE recipes SET is_ocr_recipe = FALSE', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE recipes DROP COLUMN is_ocr_recipe', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

"""Mealie ``alembic/versions/2022-11-22-03.42.45_167eb69066ad_add_recipe_scale_to_shopping_list_item_.py``: add recipe scale to shopping list item.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

from edi_migrations.changes import Backfill

# upstream's point: existing references are at scale 1 (its UPDATE ... = 1, a REAL column)
CHANGES = (Backfill("shopping_list_item_recipe_reference", "recipe_scale", constant=1.0),)

UPGRADE = [
    ('ALTER TABLE shopping_list_item_recipe_reference ADD COLUMN recipe_scale FLOAT', [], False),
    ('UPDATE shopping_list_item_recipe_reference SET recipe_scale = 1', [], False),
]

DOWNGRADE = [
    ('ALTER TABLE shopping_list_item_recipe_reference DROP COLUMN recipe_scale', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

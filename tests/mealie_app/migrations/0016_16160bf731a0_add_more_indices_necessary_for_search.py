"""Mealie ``alembic/versions/2023-02-10-21.18.32_16160bf731a0_add_more_indices_necessary_for_search.py``: add more indices necessary for search.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('CREATE INDEX ix_recipe_instructions_text ON recipe_instructions (text)', [], False),
    ('CREATE INDEX ix_recipes_description ON recipes (description)', [], False),
    ('CREATE INDEX ix_recipes_ingredients_note ON recipes_ingredients (note)', [], False),
    ('CREATE INDEX ix_recipes_ingredients_original_text ON recipes_ingredients (original_text)', [], False),
]

DOWNGRADE = [
    ('DROP INDEX ix_recipes_ingredients_original_text', [], False),
    ('DROP INDEX ix_recipes_ingredients_note', [], False),
    ('DROP INDEX ix_recipes_description', [], False),
    ('DROP INDEX ix_recipe_instructions_text', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

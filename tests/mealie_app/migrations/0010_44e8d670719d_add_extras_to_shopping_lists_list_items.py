"""Mealie ``alembic/versions/2022-08-29-13.57.40_44e8d670719d_add_extras_to_shopping_lists_list_items_.py``: add extras to shopping lists list items.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('CREATE TABLE shopping_list_extras (\n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tid INTEGER NOT NULL, \n\tkey_name VARCHAR, \n\tvalue VARCHAR, \n\tshopping_list_id CHAR(32), \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(shopping_list_id) REFERENCES shopping_lists (id)\n)', [], False),
    ('CREATE TABLE ingredient_food_extras (\n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tid INTEGER NOT NULL, \n\tkey_name VARCHAR, \n\tvalue VARCHAR, \n\tingredient_food_id CHAR(32), \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(ingredient_food_id) REFERENCES ingredient_foods (id)\n)', [], False),
    ('CREATE TABLE shopping_list_item_extras (\n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tid INTEGER NOT NULL, \n\tkey_name VARCHAR, \n\tvalue VARCHAR, \n\tshopping_list_item_id CHAR(32), \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(shopping_list_item_id) REFERENCES shopping_list_items (id)\n)', [], False),
]

DOWNGRADE = [
    ('DROP TABLE shopping_list_item_extras', [], False),
    ('DROP TABLE ingredient_food_extras', [], False),
    ('DROP TABLE shopping_list_extras', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

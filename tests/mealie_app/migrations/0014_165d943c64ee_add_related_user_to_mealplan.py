"""Mealie ``alembic/versions/2023-01-21-16.54.44_165d943c64ee_add_related_user_to_mealplan.py``: add related user to mealplan.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements

UPGRADE = [
    ('CREATE TABLE _alembic_tmp_group_meal_plans (\n\tid INTEGER NOT NULL, \n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tdate DATE NOT NULL, \n\tentry_type VARCHAR NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\ttext VARCHAR NOT NULL, \n\tgroup_id CHAR(32), \n\trecipe_id CHAR(32), \n\tuser_id CHAR(32), \n\tPRIMARY KEY (id), \n\tCONSTRAINT fk_user_mealplans FOREIGN KEY(user_id) REFERENCES users (id), \n\tFOREIGN KEY(group_id) REFERENCES groups (id), \n\tFOREIGN KEY(recipe_id) REFERENCES recipes (id)\n)', [], False),
    ('INSERT INTO _alembic_tmp_group_meal_plans (id, created_at, update_at, date, entry_type, title, text, group_id, recipe_id) SELECT group_meal_plans.id, group_meal_plans.created_at, group_meal_plans.update_at, group_meal_plans.date, group_meal_plans.entry_type, group_meal_plans.title, group_meal_plans.text, group_meal_plans.group_id, group_meal_plans.recipe_id \nFROM group_meal_plans', [], False),
    ('DROP TABLE group_meal_plans', [], False),
    ('ALTER TABLE _alembic_tmp_group_meal_plans RENAME TO group_meal_plans', [], False),
    ('CREATE INDEX ix_group_meal_plans_date ON group_meal_plans (date)', [], False),
    ('CREATE INDEX ix_group_meal_plans_recipe_id ON group_meal_plans (recipe_id)', [], False),
    ('CREATE INDEX ix_group_meal_plans_entry_type ON group_meal_plans (entry_type)', [], False),
    ('CREATE INDEX ix_group_meal_plans_title ON group_meal_plans (title)', [], False),
    ('CREATE INDEX ix_group_meal_plans_group_id ON group_meal_plans (group_id)', [], False),
    ('CREATE INDEX ix_group_meal_plans_user_id ON group_meal_plans (user_id)', [], False),
    ('CREATE TABLE _alembic_tmp_shopping_list_item_recipe_reference (\n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tid CHAR(32) NOT NULL, \n\tshopping_list_item_id CHAR(32) NOT NULL, \n\trecipe_id CHAR(32), \n\trecipe_quantity FLOAT NOT NULL, \n\trecipe_scale FLOAT NOT NULL, \n\tPRIMARY KEY (id, shopping_list_item_id), \n\tFOREIGN KEY(shopping_list_item_id) REFERENCES shopping_list_items (id), \n\tFOREIGN KEY(recipe_id) REFERENCES recipes (id)\n)', [], False),
    ('INSERT INTO _alembic_tmp_shopping_list_item_recipe_reference (created_at, update_at, id, shopping_list_item_id, recipe_id, recipe_quantity, recipe_scale) SELECT shopping_list_item_recipe_reference.created_at, shopping_list_item_recipe_reference.update_at, shopping_list_item_recipe_reference.id, shopping_list_item_recipe_reference.shopping_list_item_id, shopping_list_item_recipe_reference.recipe_id, shopping_list_item_recipe_reference.recipe_quantity, shopping_list_item_recipe_reference.recipe_scale \nFROM shopping_list_item_recipe_reference', [], False),
    ('DROP TABLE shopping_list_item_recipe_reference', [], False),
    ('ALTER TABLE _alembic_tmp_shopping_list_item_recipe_reference RENAME TO shopping_list_item_recipe_reference', [], False),
    ('CREATE INDEX ix_shopping_list_item_recipe_reference_recipe_id ON shopping_list_item_recipe_reference (recipe_id)', [], False),
]

DOWNGRADE = [
    ('CREATE TABLE _alembic_tmp_shopping_list_item_recipe_reference (\n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tid CHAR(32) NOT NULL, \n\tshopping_list_item_id CHAR(32) NOT NULL, \n\trecipe_id CHAR(32), \n\trecipe_quantity FLOAT NOT NULL, \n\trecipe_scale FLOAT, \n\tPRIMARY KEY (id, shopping_list_item_id), \n\tFOREIGN KEY(shopping_list_item_id) REFERENCES shopping_list_items (id), \n\tFOREIGN KEY(recipe_id) REFERENCES recipes (id)\n)', [], False),
    ('INSERT INTO _alembic_tmp_shopping_list_item_recipe_reference (created_at, update_at, id, shopping_list_item_id, recipe_id, recipe_quantity, recipe_scale) SELECT shopping_list_item_recipe_reference.created_at, shopping_list_item_recipe_reference.update_at, shopping_list_item_recipe_reference.id, shopping_list_item_recipe_reference.shopping_list_item_id, shopping_list_item_recipe_reference.recipe_id, shopping_list_item_recipe_reference.recipe_quantity, shopping_list_item_recipe_reference.recipe_scale \nFROM shopping_list_item_recipe_reference', [], False),
    ('DROP TABLE shopping_list_item_recipe_reference', [], False),
    ('ALTER TABLE _alembic_tmp_shopping_list_item_recipe_reference RENAME TO shopping_list_item_recipe_reference', [], False),
    ('CREATE INDEX ix_shopping_list_item_recipe_reference_recipe_id ON shopping_list_item_recipe_reference (recipe_id)', [], False),
    ('CREATE TABLE _alembic_tmp_group_meal_plans (\n\tid INTEGER NOT NULL, \n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tdate DATE NOT NULL, \n\tentry_type VARCHAR NOT NULL, \n\ttitle VARCHAR NOT NULL, \n\ttext VARCHAR NOT NULL, \n\tgroup_id CHAR(32), \n\trecipe_id CHAR(32), \n\tPRIMARY KEY (id), \n\tFOREIGN KEY(group_id) REFERENCES groups (id), \n\tFOREIGN KEY(recipe_id) REFERENCES recipes (id)\n)', [], False),
    ('INSERT INTO _alembic_tmp_group_meal_plans (id, created_at, update_at, date, entry_type, title, text, group_id, recipe_id) SELECT group_meal_plans.id, group_meal_plans.created_at, group_meal_plans.update_at, group_meal_plans.date, group_meal_plans.entry_type, group_meal_plans.title, group_meal_plans.text, group_meal_plans.group_id, group_meal_plans.recipe_id \nFROM group_meal_plans', [], False),
    ('DROP TABLE group_meal_plans', [], False),
    ('ALTER TABLE _alembic_tmp_group_meal_plans RENAME TO group_meal_plans', [], False),
    ('CREATE INDEX ix_group_meal_plans_title ON group_meal_plans (title)', [], False),
    ('CREATE INDEX ix_group_meal_plans_entry_type ON group_meal_plans (entry_type)', [], False),
    ('CREATE INDEX ix_group_meal_plans_recipe_id ON group_meal_plans (recipe_id)', [], False),
    ('CREATE INDEX ix_group_meal_plans_date ON group_meal_plans (date)', [], False),
    ('CREATE INDEX ix_group_meal_plans_group_id ON group_meal_plans (group_id)', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

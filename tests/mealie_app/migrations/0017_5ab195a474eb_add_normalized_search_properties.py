"""Mealie ``alembic/versions/2023-02-14-20.45.41_5ab195a474eb_add_normalized_search_properties.py``: add normalized search properties.

The statements Alembic ran for it on SQLite (SQLAlchemy 2.0.35, Alembic 1.13.3), upgrade
and downgrade, as captured (README.md); Alembic's own version table and its reads are left out.
"""

from _alembic import run_statements
from _normalize import normalize

from edi_migrations.changes import Backfill, DropObject


def normalize_search_columns(conn) -> None:
    """``do_data_migration``: every recipe's and ingredient's text normalized, row by row,
    by ``id``, where the text is not NULL (upstream's loop over the ORM's rows)."""
    for table, columns in (
        ("recipes", ("name", "description")),
        ("recipes_ingredients", ("note", "original_text")),
    ):
        rows = conn.execute(f"SELECT id, {columns[0]}, {columns[1]} FROM {table}").fetchall()
        for row_id, *values in rows:
            for column, value in zip(columns, values, strict=True):
                if value is not None:
                    conn.execute(
                        f"UPDATE {table} SET {column}_normalized=? WHERE id=?",
                        (normalize(value), row_id),
                    )

# upstream's point: search reads normalized copies of the texts (``_normalize.py``, which
# the project's conftest registers for the harness), and the raw texts' indexes go
CHANGES = (
    Backfill("recipes", "name_normalized", expression="mealie_normalize(name)"),
    Backfill("recipes", "description_normalized", expression="mealie_normalize(description)"),
    Backfill("recipes_ingredients", "note_normalized", expression="mealie_normalize(note)"),
    Backfill(
        "recipes_ingredients",
        "original_text_normalized",
        expression="mealie_normalize(original_text)",
    ),
    DropObject("index", "ix_recipes_name"),
    DropObject("index", "ix_recipes_description"),
    DropObject("index", "ix_recipes_ingredients_note"),
    DropObject("index", "ix_recipes_ingredients_original_text"),
)

UPGRADE = [
    ("ALTER TABLE recipes ADD COLUMN name_normalized VARCHAR DEFAULT '' NOT NULL", [], False),
    ('ALTER TABLE recipes ADD COLUMN description_normalized VARCHAR', [], False),
    ('DROP INDEX ix_recipes_description', [], False),
    ('DROP INDEX ix_recipes_name', [], False),
    ('CREATE INDEX ix_recipes_description_normalized ON recipes (description_normalized)', [], False),
    ('CREATE INDEX ix_recipes_name_normalized ON recipes (name_normalized)', [], False),
    ('ALTER TABLE recipes_ingredients ADD COLUMN note_normalized VARCHAR', [], False),
    ('ALTER TABLE recipes_ingredients ADD COLUMN original_text_normalized VARCHAR', [], False),
    ('DROP INDEX ix_recipes_ingredients_note', [], False),
    ('DROP INDEX ix_recipes_ingredients_original_text', [], False),
    ('CREATE INDEX ix_recipes_ingredients_note_normalized ON recipes_ingredients (note_normalized)', [], False),
    ('CREATE INDEX ix_recipes_ingredients_original_text_normalized ON recipes_ingredients (original_text_normalized)', [], False),
]

UPGRADE_AFTER_DATA = [
    ('CREATE TABLE _alembic_tmp_recipes (\n\tcreated_at DATETIME, \n\tupdate_at DATETIME, \n\tid CHAR(32) NOT NULL, \n\tslug VARCHAR, \n\tgroup_id CHAR(32) NOT NULL, \n\tuser_id CHAR(32), \n\tname VARCHAR NOT NULL, \n\tdescription VARCHAR, \n\timage VARCHAR, \n\ttotal_time VARCHAR, \n\tprep_time VARCHAR, \n\tperform_time VARCHAR, \n\tcook_time VARCHAR, \n\trecipe_yield VARCHAR, \n\t"recipeCuisine" VARCHAR, \n\trating INTEGER, \n\torg_url VARCHAR, \n\tdate_added DATE, \n\tdate_updated DATETIME, \n\tis_ocr_recipe BOOLEAN, \n\tlast_made DATETIME, \n\tname_normalized VARCHAR NOT NULL, \n\tdescription_normalized VARCHAR, \n\tPRIMARY KEY (id), \n\tCONSTRAINT recipe_slug_group_id_key UNIQUE (slug, group_id), \n\tFOREIGN KEY(user_id) REFERENCES users (id), \n\tFOREIGN KEY(group_id) REFERENCES groups (id)\n)', [], False),
    ('INSERT INTO _alembic_tmp_recipes (created_at, update_at, id, slug, group_id, user_id, name, description, image, total_time, prep_time, perform_time, cook_time, recipe_yield, "recipeCuisine", rating, org_url, date_added, date_updated, is_ocr_recipe, last_made, name_normalized, description_normalized) SELECT recipes.created_at, recipes.update_at, recipes.id, recipes.slug, recipes.group_id, recipes.user_id, recipes.name, recipes.description, recipes.image, recipes.total_time, recipes.prep_time, recipes.perform_time, recipes.cook_time, recipes.recipe_yield, recipes."recipeCuisine", recipes.rating, recipes.org_url, recipes.date_added, recipes.date_updated, recipes.is_ocr_recipe, recipes.last_made, recipes.name_normalized, recipes.description_normalized \nFROM recipes', [], False),
    ('DROP TABLE recipes', [], False),
    ('ALTER TABLE _alembic_tmp_recipes RENAME TO recipes', [], False),
    ('CREATE INDEX ix_recipes_slug ON recipes (slug)', [], False),
    ('CREATE INDEX ix_recipes_group_id ON recipes (group_id)', [], False),
    ('CREATE INDEX ix_recipes_description_normalized ON recipes (description_normalized)', [], False),
    ('CREATE INDEX ix_recipes_created_at ON recipes (created_at)', [], False),
    ('CREATE INDEX ix_recipes_name_normalized ON recipes (name_normalized)', [], False),
    ('CREATE INDEX ix_recipes_user_id ON recipes (user_id)', [], False),
]

DOWNGRADE = [
    ('DROP INDEX ix_recipes_ingredients_original_text_normalized', [], False),
    ('DROP INDEX ix_recipes_ingredients_note_normalized', [], False),
    ('CREATE INDEX ix_recipes_ingredients_original_text ON recipes_ingredients (original_text)', [], False),
    ('CREATE INDEX ix_recipes_ingredients_note ON recipes_ingredients (note)', [], False),
    ('ALTER TABLE recipes_ingredients DROP COLUMN original_text_normalized', [], False),
    ('ALTER TABLE recipes_ingredients DROP COLUMN note_normalized', [], False),
    ('DROP INDEX ix_recipes_name_normalized', [], False),
    ('DROP INDEX ix_recipes_description_normalized', [], False),
    ('CREATE INDEX ix_recipes_name ON recipes (name)', [], False),
    ('CREATE INDEX ix_recipes_description ON recipes (description)', [], False),
    ('ALTER TABLE recipes DROP COLUMN description_normalized', [], False),
    ('ALTER TABLE recipes DROP COLUMN name_normalized', [], False),
]


def upgrade(conn):
    run_statements(conn, UPGRADE)
    normalize_search_columns(conn)
    run_statements(conn, UPGRADE_AFTER_DATA)


def downgrade(conn):
    run_statements(conn, DOWNGRADE)

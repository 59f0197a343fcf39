"""The plugin on schemas as apps and their tools write them, with only the README.

A JSON column (``CHECK (json_valid(payload))``, Django's JSONField, an expression index or
a view reading ``json_extract``) gets JSON objects holding the keys the schema reads: its
start databases are filled and the default matrix passes; a migration that strips a key
the view reads still fails, naming the column. Each on a small chain that is not EDI's.
"""

from __future__ import annotations

from tests.harness_projects import run_matrix
from tests.newcomer_chains import STEP, passes_the_default_matrix, step_fails_showing, two_steps

EVENTS = '''"""Events with a JSON payload, checked as JSON; Django's JSONField beside it."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, "
        "payload TEXT NOT NULL CHECK (json_valid(payload)), "
        '"extra" text NULL CHECK ((JSON_VALID("extra") OR "extra" IS NULL)))'
    )
'''
READS = """
def upgrade(conn):
    conn.execute(
        "CREATE INDEX IF NOT EXISTS events_amount ON events (json_extract(payload, '$.amount'))"
    )
    conn.execute(
        "CREATE VIEW IF NOT EXISTS event_users AS SELECT id, payload ->> '$.user' AS user_name, "
        "json_extract(extra, '$.source') AS source FROM events"
    )
"""
STRIPS_A_KEY = (
    READS + """    conn.execute("UPDATE events SET payload = json_remove(payload, '$.user')")\n"""
)


def test_json_columns_are_filled_with_json_and_the_default_matrix_passes(pytester):
    result = passes_the_default_matrix(pytester, two_steps(pytester, EVENTS, READS))
    result.stdout.fnmatch_lines(["*v1  events * rows: id 100%, kind 100%, payload 100%*"])


def test_a_step_stripping_a_key_the_view_reads_fails_naming_it(pytester):
    folder = two_steps(pytester, EVENTS, STRIPS_A_KEY)
    step_fails_showing(pytester, folder, ["*broke invariant 'data kept'*", "*events*payload*"])


ITEMS = '''"""Items as sqlite-utils writes them: TEXT everything, a JSON meta the schema never names."""


def upgrade(conn):
    conn.execute("CREATE TABLE [items] ([id] INTEGER PRIMARY KEY, [name] TEXT, [meta] TEXT)")
'''
SIZE_INDEX = """
def upgrade(conn):
    conn.execute("CREATE INDEX IF NOT EXISTS items_size ON items (json_extract(meta, '$.size'))")
"""


def test_an_index_reading_json_the_start_never_held_fails_saying_how_to_say_it(pytester):
    lines = ["*malformed JSON; a row holds text that is not JSON in meta*json_valid(meta)*"]
    step_fails_showing(pytester, two_steps(pytester, ITEMS, SIZE_INDEX), lines)


def test_the_same_index_over_a_column_checked_as_json_passes(pytester):
    checked = ITEMS.replace("[meta] TEXT)", "[meta] TEXT CHECK (json_valid(meta)))")
    result = run_matrix(pytester, two_steps(pytester, checked, SIZE_INDEX), *STEP)
    result.assert_outcomes(passed=1)


RECIPES = '''"""Recipes: an object of attributes, an array of tags, each checked."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, "
        "attrs TEXT NOT NULL DEFAULT '{}' CHECK (json_type(attrs) = 'object'), "
        "tags TEXT NOT NULL DEFAULT '[]' CHECK (json_type(tags) = 'array'))"
    )
'''
TAGS_VIEW = """
def upgrade(conn):
    conn.execute(
        "CREATE VIEW IF NOT EXISTS recipe_tags AS "
        "SELECT r.id, t.value AS tag FROM recipes r, json_each(r.tags) t"
    )
"""
LOSES_TAGS = TAGS_VIEW + """    conn.execute("UPDATE recipes SET tags = '[]'")\n"""


def test_a_column_checked_as_a_json_array_holds_arrays_and_the_matrix_passes(pytester):
    result = passes_the_default_matrix(pytester, two_steps(pytester, RECIPES, TAGS_VIEW))
    result.stdout.fnmatch_lines(
        ["*v1  recipes * rows: id 100%, title 100%, attrs 100%, tags 100%*"]
    )


def test_a_step_emptying_the_arrays_fails_naming_them(pytester):
    folder = two_steps(pytester, RECIPES, LOSES_TAGS)
    step_fails_showing(pytester, folder, ["*broke invariant 'data kept'*", "*recipes.tags rowid*"])

"""Rows deleted as declared leave the way the app's own triggers and views say.

grocy's ``0089`` deletes the meal plan entries whose recipe is gone (declared
``DeleteRows``); its ``AFTER DELETE`` trigger on the meal plan rebuilds the day's and
the week's internal recipes as each entry leaves. Those are consequences of the
declaration, as for moved and merged rows: the harness deletes the declared rows on a
copy of the start, where the triggers fire and the views lose them, and holds the
upgraded database to that copy. A counter the migration itself then writes over still
fails, naming the value expected. A plan chain of its own (not EDI's).
"""

from __future__ import annotations

import pytest

from tests.harness_projects import first_migration, run_matrix

PLAN = '''"""Recipes, a meal plan, its entry count (kept by a trigger) and a view per recipe."""


def upgrade(conn):
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute("CREATE TABLE meal_plan (id INTEGER PRIMARY KEY, day TEXT, recipe_id INTEGER)")
    conn.execute("CREATE TABLE plan_stats (id INTEGER PRIMARY KEY, entries INTEGER NOT NULL)")
    conn.execute(
        "CREATE TRIGGER meal_plan_left AFTER DELETE ON meal_plan BEGIN "
        "UPDATE plan_stats SET entries = entries - 1; END"
    )
    conn.execute(
        "CREATE VIEW planned_recipes AS SELECT recipe_id, count(*) AS entries "
        "FROM meal_plan GROUP BY recipe_id"
    )


def app_writes(conn, ctx):
    """Entries for recipes that exist and for some deleted since, later days first."""
    conn.executemany("INSERT INTO recipes (id, name) VALUES (?, ?)", [(1, "soup"), (2, "pie")])
    conn.executemany(
        "INSERT INTO meal_plan (day, recipe_id) VALUES (?, ?)",
        [(f"2021-01-{28 - n % 28:02d}", n % 4) for n in range(ctx.rows)],
    )
    conn.execute("INSERT INTO plan_stats (id, entries) VALUES (1, ?)", (ctx.rows,))
'''

GONE = "recipe_id NOT IN (SELECT id FROM recipes)"



def deleting(where: str) -> str:
    return f'''"""Meal plan entries are deleted: {where}."""

from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("meal_plan", where={where!r}),)


def upgrade(conn):
    conn.execute({f"DELETE FROM meal_plan WHERE {where}"!r})
'''


DECLARED = deleting(GONE)

# The same deletion, then the count written over by hand (and wrongly).
COUNT_OVERWRITTEN = DECLARED + '''    conn.execute("UPDATE plan_stats SET entries = 0")
'''


# The plan's last deleted day, kept by a trigger: which row leaves last is the DELETE's
# plan (here the index on day), not rowid order, so the replay deletes as one statement.
LAST_DAY = PLAN.replace(
    "UPDATE plan_stats SET entries = entries - 1; END",
    "UPDATE plan_stats SET entries = entries - 1, last_day = OLD.day; END",
).replace(
    "entries INTEGER NOT NULL)",
    "entries INTEGER NOT NULL, last_day TEXT)\")\n    conn.execute(\"CREATE INDEX meal_plan_day ON meal_plan(day)",
)
BY_DAY = deleting("day > '2021-01-10'")


def run_step(pytester: pytest.Pytester, second: str, first: str = PLAN) -> pytest.RunResult:
    folder = first_migration(pytester, first, name="plan")
    (folder / "0002_drop_orphans.py").write_text(second, encoding="utf-8")
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_rows_deleted_as_declared_fire_the_apps_triggers_and_leave_its_views(pytester):
    run_step(pytester, DECLARED).assert_outcomes(passed=1)


def test_a_counter_written_over_after_the_declared_deletion_fails_naming_it(pytester):
    result = run_step(pytester, COUNT_OVERWRITTEN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*plan_stats.entries rowid 1: before *, after integer 0*"])


def test_rows_deleted_as_declared_leave_in_the_order_the_deletion_takes_them(pytester):
    run_step(pytester, BY_DAY, LAST_DAY).assert_outcomes(passed=1)

"""EM101 (a rebuild that renames the old table away first) is not the ORM's pattern of two
rebuilds of one table in one migration: Django adding two fields creates ``new__t``,
copies, drops ``t``, renames ``new__t`` to ``t``, then creates ``new__t`` again for the
second field. That second ``CREATE TABLE new__t`` is a new temporary copy, renamed into
place in its turn, not the old table recreated after a rename. Renaming the old table
away first is still found where the rename repoints something (here a view).

A small task-list chain, not EDI's: 0002 rebuilds ``tasks`` (twice, or old-first).
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

INITIAL = '''"""Tasks."""


def upgrade(conn):
    conn.execute('CREATE TABLE "tasks" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" text NOT NULL)')
'''

TWICE = '''
def upgrade(conn):
    conn.executescript("""
CREATE TABLE "new__tasks" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "done" bool NOT NULL, "title" text NOT NULL);
INSERT INTO "new__tasks" ("id", "title", "done") SELECT "id", "title", 0 FROM "tasks";
DROP TABLE "tasks";
ALTER TABLE "new__tasks" RENAME TO "tasks";
CREATE TABLE "new__tasks" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" text NOT NULL, "done" bool NOT NULL, "rank" integer NOT NULL);
INSERT INTO "new__tasks" ("id", "title", "done", "rank") SELECT "id", "title", "done", 1 FROM "tasks";
DROP TABLE "tasks";
ALTER TABLE "new__tasks" RENAME TO "tasks";
""")
'''

OLD_FIRST = '''
def upgrade(conn):
    conn.executescript("""
ALTER TABLE "tasks" RENAME TO "old__tasks";
CREATE TABLE "tasks" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "done" bool NOT NULL, "title" text NOT NULL);
INSERT INTO "tasks" ("id", "title", "done") SELECT "id", "title", 0 FROM "old__tasks";
DROP TABLE "old__tasks";
""")
'''

# a view reading tasks: renamed away first, tasks takes it along to the dropped copy
WITH_A_VIEW = INITIAL + """    conn.execute("CREATE VIEW open_tasks AS SELECT title FROM tasks")
"""

LINT = ("-k", "test_migration_passes_the_lint", "--upgrade-path", "v1->v2")


def test_one_table_rebuilt_twice_with_a_temporary_copy_passes_the_lint(pytester):
    chain = first_migration(pytester, INITIAL)
    add_migration(chain, "task_fields", TWICE)
    run_matrix(pytester, chain, *LINT).assert_outcomes(passed=1)


def test_the_old_table_renamed_away_first_is_still_found(pytester):
    chain = first_migration(pytester, WITH_A_VIEW)
    add_migration(chain, "task_fields", OLD_FIRST)
    result = run_matrix(pytester, chain, *LINT)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*EM101*", "*tasks is renamed to old__tasks and then recreated*"])

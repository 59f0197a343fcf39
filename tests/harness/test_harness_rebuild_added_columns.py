"""A column added by a table rebuild, NOT NULL with no DEFAULT, filled with one value in
every existing row, is an addition: SQLite's ALTER TABLE cannot add a NOT NULL column
without a DEFAULT, so an ORM (Django's ``AddField(default=...)``) rebuilds the table and
writes its field's default into the copy, as ``INSERT INTO "new__t" (...) SELECT ..., 0``.
That value is the column's default at its addition, and speaks for itself. A column the
rebuild fills with different values per row (copied from another column) still fails.

A small task-list chain, not EDI's: 0002 rebuilds ``tasks`` adding ``done``.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

INITIAL = '''"""Tasks."""


def upgrade(conn):
    conn.executescript("""
CREATE TABLE "tasks" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "title" varchar(50) NOT NULL, "rank" integer NOT NULL);
CREATE INDEX "tasks_title_1a2b" ON "tasks" ("title");
""")
'''


def rebuild(fill: str) -> str:
    return f'''
def upgrade(conn):
    conn.executescript("""
CREATE TABLE "new__tasks" ("id" integer NOT NULL PRIMARY KEY AUTOINCREMENT, "done" bool NOT NULL, "title" varchar(50) NOT NULL, "rank" integer NOT NULL);
INSERT INTO "new__tasks" ("id", "title", "rank", "done") SELECT "id", "title", "rank", {fill} FROM "tasks";
DROP TABLE "tasks";
ALTER TABLE "new__tasks" RENAME TO "tasks";
CREATE INDEX "tasks_title_1a2b" ON "tasks" ("title");
""")
'''


V1_V2 = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


@pytest.mark.parametrize("fill", ["0", "'open'"])
def test_a_rebuild_adding_a_not_null_column_filled_with_one_value_passes(pytester, fill):
    chain = first_migration(pytester, INITIAL)
    add_migration(chain, "task_done", rebuild(fill))
    run_matrix(pytester, chain, *V1_V2).assert_outcomes(passed=1)


def test_a_rebuild_filling_the_new_column_per_row_fails_naming_it(pytester):
    chain = first_migration(pytester, INITIAL)
    add_migration(chain, "task_done", rebuild('"rank" % 2'))
    result = run_matrix(pytester, chain, *V1_V2)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*column tasks.done added and filled in * existing row(s)*"])

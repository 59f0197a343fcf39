"""Two narrowed stamps of one migration with the same condition, on two tables, read just
before that migration on a jump.

Trilium's 220 stamps the image notes' branches and attributes under one condition
(``noteId IN (SELECT noteId FROM notes WHERE type = 'image')``) and draws the notes' delete
ids under it too. Where the condition had to be read just before its migration (an earlier
step recomputes what it reads), the stamp was found by its condition alone: the first
table's, so the second table's condition was read over the first table's rows, by rowid,
and its stamped rows failed as changed outside the stamp. Each stamp is read over its own
table. Here a small chain (items retyped, then items and logs of that type stamped): the
jump passes, and its twin that also stamps a log row the condition leaves out still
fails, naming it.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

ITEMS = '''"""Items and a log, each with a kind and a time."""


def upgrade(conn):
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, seen TEXT NOT NULL)")
    conn.execute("CREATE TABLE logs (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, seen TEXT NOT NULL)")


def app_writes(conn, ctx):
    """Items of kinds x and z, log rows of kinds z and y."""
    for n, kind in enumerate(("x", "z", "x"), start=1):
        conn.execute("INSERT OR IGNORE INTO items VALUES (?, ?, 'then')", [n, kind])
    for n, kind in enumerate(("z", "y", "z"), start=1):
        conn.execute("INSERT OR IGNORE INTO logs VALUES (?, ?, 'then')", [n, kind])
'''

RETYPE = '''"""Items of kind x become kind y."""

from edi_migrations.changes import Recompute

CHANGES = (Recompute("items", "kind", expression="CASE WHEN kind = 'x' THEN 'y' ELSE kind END"),)


def upgrade(conn):
    conn.execute("UPDATE items SET kind = 'y' WHERE kind = 'x'")
'''


def stamp(also: str = "") -> str:
    return f'''"""Everything of kind y seen now."""

from edi_migrations.changes import MigrationTime

CHANGES = (
    MigrationTime("items", "seen", where="kind = 'y'"),
    MigrationTime("logs", "seen", where="kind = 'y'"),
)


def upgrade(conn):
    conn.execute("UPDATE items SET seen = CURRENT_TIMESTAMP WHERE kind = 'y'")
    conn.execute("UPDATE logs SET seen = CURRENT_TIMESTAMP WHERE kind = 'y'")
{also}'''


def jump(pytester, also: str = ""):
    folder = first_migration(pytester, ITEMS)
    add_migration(folder, "x_is_y", RETYPE)
    add_migration(folder, "y_seen", stamp(also))
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")


def test_each_table_stamped_under_one_condition_on_a_jump_passes(pytester):
    jump(pytester).assert_outcomes(passed=1)


def test_a_log_row_stamped_outside_the_condition_still_fails(pytester):
    result = jump(pytester, "    conn.execute(\"UPDATE logs SET seen = 'later' WHERE id = 3\")")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*logs.seen rowid 3: before text 'then', after text 'later'*"])

"""A deletion whose condition reads a column an earlier migration of the jump changes.

Trilium marks rows deleted in several steps (``isDeleted = 1``, declared ``Recompute``)
and a later step erases every row so marked (``DeleteRows(..., where="isDeleted = 1")``).
On a jump over both, the condition was read over the start, where those rows were not
yet marked: their erasure failed as rows lost, a false alarm. A condition that reads what
an earlier migration of the path declares changed is read just before its own migration,
as a recomputation's expression already is. Here a small chain (tasks marked done, then
the done ones purged): the jump passes, and its twin that also deletes a task no
declaration lets go still fails, naming it.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

TASKS = '''"""Tasks, done or not."""


def upgrade(conn):
    conn.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, done INT NOT NULL)")


def app_writes(conn, ctx):
    """An old task and a new one, neither done."""
    conn.execute("INSERT OR IGNORE INTO tasks VALUES (1, 'old report', 0)")
    conn.execute("INSERT OR IGNORE INTO tasks VALUES (2, 'new report', 0)")
    conn.execute("INSERT OR IGNORE INTO tasks VALUES (3, 'old memo', 1)")
'''

MARK = '''"""Old tasks count as done."""

from edi_migrations.changes import Recompute

CHANGES = (
    Recompute("tasks", "done", expression="CASE WHEN title LIKE 'old%' THEN 1 ELSE done END"),
)


def upgrade(conn):
    conn.execute("UPDATE tasks SET done = 1 WHERE title LIKE 'old%'")
'''


def purge(also: str = "") -> str:
    return f'''"""Done tasks purged."""

from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("tasks", where="done = 1"),)


def upgrade(conn):
    conn.execute("DELETE FROM tasks WHERE done = 1")
{also}'''


def jump(pytester, also: str = ""):
    folder = first_migration(pytester, TASKS)
    add_migration(folder, "old_done", MARK)
    add_migration(folder, "purge_done", purge(also))
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")


def test_rows_an_earlier_step_marked_then_deleted_on_a_jump_pass(pytester):
    jump(pytester).assert_outcomes(passed=1)


def test_another_row_deleted_beside_them_still_fails(pytester):
    result = jump(pytester, '    conn.execute("DELETE FROM tasks WHERE id = 2")')
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*tasks rowid 2: row lost*"])

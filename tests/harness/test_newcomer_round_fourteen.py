"""Round fourteen of a newcomer: an app keeping JSON documents and enums in SQLite.

The app writes its enum columns 0..3 only, and a migration maps them to names with a CASE
that has no ELSE into a NOT NULL column. The schema's rows hold other integers, so the
step failed with SQLite's bare ``NOT NULL constraint failed: tasks.state``: no row, no
value, no word of the way out a newcomer needs (say what the app writes). The failure now
names the rows whose new value is NULL before the step, and the ways out, ``app_writes``
among them; the CHECK evidence names that way out too.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration

TASKS = '''"""Tasks: a JSON document and a status the app writes 0..3."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE tasks (id INTEGER PRIMARY KEY, doc TEXT NOT NULL CHECK (json_valid(doc)), "
        "status INTEGER NOT NULL DEFAULT 0)"
    )
'''

WRITES = '''

def app_writes(conn, ctx):
    """The app only ever writes a status of 0 to 3."""
    conn.executemany(
        "INSERT INTO tasks (doc, status) VALUES (json_object('title', ?), ?)",
        [(f"task {n}", n % 4) for n in range(ctx.rows)],
    )
'''

STATE = '''"""The status number becomes a readable state."""

from edi_migrations.changes import Backfill

STATE = "CASE status WHEN 0 THEN 'todo' WHEN 1 THEN 'doing' WHEN 2 THEN 'done' WHEN 3 THEN 'gone' END"
CHANGES = (Backfill("tasks", "state", expression=STATE),)


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN state TEXT NOT NULL DEFAULT 'todo'")
    conn.execute(f"UPDATE tasks SET state = {STATE}")
'''

CHECKED = '''"""The status must now be one the app writes."""

from edi_migrations.rebuild import NewTable, rebuild_tables


def upgrade(conn):
    rebuild_tables(conn, [NewTable("tasks", "id INTEGER PRIMARY KEY, doc TEXT NOT NULL, "
    "status INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 3)")])
'''


def run(pytester: pytest.Pytester, first: str, second: str) -> pytest.RunResult:
    folder = first_migration(pytester, first)
    add_migration(folder, "task_state", second)
    return pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-seed", "7", "--migrations-dir", "migrations",
        "-k", "test_upgrade_path", "--upgrade-path", "v1->v2",
    )  # fmt: skip


def test_an_enum_mapped_over_values_the_app_never_writes_names_rows_and_app_writes(pytester):
    result = run(pytester, TASKS, STATE)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*NOT NULL constraint failed: tasks.state*",
            "*before the failing step, * row(s) of tasks gave state NULL: rowid * (status=*"
            "*where the app never writes such values, say what it writes (app_writes*",
        ]
    )


def test_the_same_enum_mapping_passes_once_the_app_says_what_it_writes(pytester):
    result = run(pytester, TASKS + WRITES, STATE)
    result.assert_outcomes(passed=1)


def test_a_check_failure_names_app_writes_as_a_way_out(pytester):
    result = run(pytester, TASKS, CHECKED)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*row(s) of tasks broke the CHECK (status BETWEEN 0 AND 3)*"
            "*where the app never writes such values, say what it writes (app_writes*",
        ]
    )

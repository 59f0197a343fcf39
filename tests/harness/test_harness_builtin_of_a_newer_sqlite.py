"""A step calling a function SQLite itself has only from a newer release is told so.

Chromium's cookie store v23 copies its rows with ``CONCAT(...)``, SQLite's own from 3.44.0
(Chromium bundles its SQLite). On an older library the step fails with "no such function",
and the message said the app registers the function on its connections, pointing at the
``connect`` option, which cannot help. Where the function is one of SQLite's (the floor
lint's table) added after the running library, the message names the release that added
it and the running one; a function no SQLite has keeps the connect hint.
"""

from __future__ import annotations

from contextlib import closing

from edi_migrations.lint.features import FEATURES
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.newer_builtin import builtin_functions
from tests.harness_projects import add_migration, first_migration, run_matrix

NOTES = '''"""Notes with a title and a body."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT, body TEXT)")
    conn.execute("INSERT INTO notes VALUES (1, 'a', 'b')")
'''


def lacking_function() -> tuple[str, str] | None:
    """A function of the floor table the running library lacks (probed: SQLite says "no
    such function" for it), newest first, and the release that added it; None where the
    library has them all (then the choice is proven in tests/runner/test_newer_builtin_choice.py)."""
    with closing(sqlite3.connect(":memory:")) as conn:
        for name, added in sorted(builtin_functions().items(), key=lambda i: i[1], reverse=True):
            try:
                conn.execute(f"SELECT {name}('1', '2')").fetchall()
            except sqlite3.OperationalError as exc:
                if "no such function" in str(exc):
                    return name, ".".join(map(str, added))
    return None


def run_step(pytester, expression: str):
    folder = first_migration(pytester, NOTES, name="notes")
    body = (
        "from edi_migrations.changes import Recompute\n\n"
        f'CHANGES = (Recompute("notes", "title", expression="{expression}"),)\n\n\n'
        "def upgrade(conn):\n"
        f'    conn.execute("UPDATE notes SET title = {expression}")\n'
    )
    add_migration(folder, "title_from_body", body)
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_the_same_step_written_with_an_older_operator_passes(pytester):
    run_step(pytester, "title || body").assert_outcomes(passed=1)


def test_a_function_of_a_newer_sqlite_is_named_with_its_release(pytester):
    lacking = lacking_function()
    if lacking is None:  # this library has every function the table names: the step runs
        run_step(pytester, "concat(title, body)").assert_outcomes(passed=1)
        return
    name, added = lacking
    result = run_step(pytester, f"{name}(title, body)")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [f"*no such function: {name}*SQLite's own from {added}*{sqlite3.sqlite_version}*"]
    )
    result.stdout.no_fnmatch_line("*the app registers it on its connections*")


def test_a_function_no_sqlite_has_keeps_the_connect_hint(pytester):
    result = run_step(pytester, "title_case(title)")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no such function: title_case*the app registers it*"])


def test_every_function_the_floor_table_recognises_is_known():
    names = builtin_functions()
    assert {"concat", "concat_ws", "unhex", "unixepoch", "iif"} <= set(names)
    assert len(FEATURES) > len(names) // 2

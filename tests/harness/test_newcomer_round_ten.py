"""A newcomer's workflow, round ten: today's new failure texts reached by a newcomer's
mistakes on a small tasks chain, each text's advice followed literally.

A ``BEFORE INSERT`` trigger refusing every value drawn for a column (an allowed-values
guard, no foreign key) leaves the column NULL, not the table empty: the coverage failure
said only that the column is NULL, and the README's ``app_writes`` shape (an UPDATE of
the rows there) changes nothing, since ``app_writes`` runs before the generated rows.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

TASKS = '''"""Tasks: one row per task, its priority guarded by a trigger as the app wrote it."""


def upgrade(conn):
    conn.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, priority TEXT)")
    conn.execute(
        "CREATE TRIGGER tasks_priority BEFORE INSERT ON tasks "
        "WHEN NEW.priority NOT IN ('low', 'normal', 'high') "
        "BEGIN SELECT RAISE(ABORT, 'priority must be low, normal or high'); END"
    )

{writes}
'''

UPDATES = '''
def app_writes(conn, ctx):
    """The app asks every task's priority."""
    rows = conn.execute("SELECT rowid FROM tasks").fetchall()
    conn.executemany("UPDATE tasks SET priority = ? WHERE rowid = ?",
                     [(ctx.rng.choice(["low", "high"]), r) for (r,) in rows])
'''

INSERTS = '''
def app_writes(conn, ctx):
    """The app asks every task's priority."""
    conn.executemany("INSERT INTO tasks (title, priority) VALUES (?, ?)",
                     [(f"task {i}", ctx.rng.choice(["low", "high"])) for i in range(5)])
'''

DUE = """
def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN due TEXT")
"""

COVERAGE = ("-k", "test_start_database_covers_the_schema", "--upgrade-path", "coverage->v1")


@pytest.mark.parametrize("writes", ["", UPDATES, INSERTS], ids=["none", "updates", "inserts"])
def test_a_column_its_trigger_keeps_null_names_the_trigger(pytester, writes):
    """``column tasks.priority is NULL in all N rows`` named no trigger; the README's
    UPDATE-shaped ``app_writes``, followed, changed nothing; one inserting its rows passes."""
    folder = first_migration(pytester, TASKS.format(writes=writes), "tasks")
    add_migration(folder, "due", DUE)
    result = run_matrix(pytester, folder, *COVERAGE)
    if writes == INSERTS:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*column tasks.priority is NULL in all * rows*",
            "*trigger tasks_priority (BEFORE INSERT ON tasks) can refuse the rows from the "
            "schema: RAISE(ABORT, 'priority must be low, normal or high')*",
            "*INSERT these rows in app_writes: it runs before the generated rows, an UPDATE "
            "there finds none*",
        ]
    )


NARROW = """
from appdb import connect as app_connect


def connect(database):
    return app_connect(database)
"""


@pytest.mark.parametrize("connect", ["narrow:connect", "appdb:connect"])
def test_a_factory_taking_no_kw_says_to_take_them(pytester, connect):
    """``def connect(database)``, the shape a newcomer writes first: the refusal quoted
    Python's "unexpected keyword argument 'timeout'", so each keyword added in turn met
    the next; it now says to take ``**kw`` and pass them on. The app's own factory passes."""
    from tests.harness.test_newcomer_round_nine import _project, _run

    _project(pytester, connect)
    (pytester.path / "src" / "narrow.py").write_text(NARROW, encoding="utf-8")
    result = _run(pytester, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    if connect == "appdb:connect":
        result.assert_outcomes(passed=1)
        return
    assert result.ret == pytest.ExitCode.USAGE_ERROR  # tried once, before any check
    result.stdout.fnmatch_lines(
        [
            "*the app's connect narrow:connect failed to open a new database (TypeError: "
            "*unexpected keyword argument*): it must take **kw and pass them on to "
            "sqlite3.connect unchanged (factory=, uri=, timeout=)*"
        ]
    )


CODES = '''"""Items with the supplier's code."""


def upgrade(conn):
    conn.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, code TEXT)")


def downgrade(conn):
    conn.execute("DROP TABLE items")
'''

PREFIXED = """
from edi_migrations.changes import Recompute

CHANGES = (Recompute("items", "code", expression="'sku-' || code"),)
DOWNGRADE_CHANGES = (Recompute("items", "code", expression="substr(code, {start})"),)


def upgrade(conn):
    conn.execute("UPDATE items SET code = 'sku-' || code")


def downgrade(conn):
    conn.execute("UPDATE items SET code = substr(code, {start})")
"""


@pytest.mark.parametrize("start", [5, 6])
def test_a_down_declared_from_the_column_itself_must_undo_the_up(pytester, start):
    """The round trip holds a down to its declared ``Recompute`` (a stamp such as
    ``ver = 17``); declared as ``substr(code, 6)`` after an up's ``'sku-' || code`` it held
    the down to its own bug, and every code losing its first letter passed. A down computed
    from the column's own value is undoing the up: it must give the earlier value back."""
    folder = first_migration(pytester, CODES, "items")
    add_migration(folder, "prefixed", PREFIXED.format(start=start))
    result = run_matrix(
        pytester, folder, "-k", "test_round_trip", "--upgrade-path", "v1->v2",
        "--migrations-seed", "7",
    )  # fmt: skip
    if start == 5:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*round trip up->down*", "*items rowid *: code: text *"])

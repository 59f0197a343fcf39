"""Round four of the red team on the round trip (harness/round_trips.py), on a notes
chain of its own (not EDI's), as a newcomer writes it: each broken twin beside its sound
control. Going down from the app's data at v2 compared only the tables and columns both
sides still had, so a downgrade that drops one of v1's only on data the v2 app writes
(an archived note) passed: the trip from below never has such a note."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations.runner.discovery import load_migrations
from tests.harness.test_kept_verdicts import run as kept_verdicts_run
from tests.harness_projects import (
    EXAMPLE_CHAIN,
    add_migration,
    assert_outcome,
    copy_example_chain,
    run_matrix,
)
from tests.newcomer_chains import two_steps

NOTES = '''"""Notes and their tags."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE tags (id INTEGER PRIMARY KEY, "
        "note_id INTEGER NOT NULL REFERENCES notes(id), name TEXT NOT NULL)"
    )


def app_writes(conn, ctx):
    for n in range(ctx.rows):
        conn.execute("INSERT INTO notes (body) VALUES (?)", (f"note {n}",))
        conn.execute("INSERT INTO tags (note_id, name) VALUES (?, ?)", (n + 1, f"t{n}"))
'''

ARCHIVING = """
def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN archived_at TEXT")


def downgrade(conn):
    archived = conn.execute("SELECT 1 FROM notes WHERE archived_at IS NOT NULL").fetchone()
    {extra}
    conn.execute("ALTER TABLE notes DROP COLUMN archived_at")


def app_writes(conn, ctx):  # every other note archived
    rows = [(f"note {{n}}",) for n in range(ctx.rows)]
    conn.executemany("INSERT INTO notes (body) VALUES (?)", rows)
    conn.execute("UPDATE notes SET archived_at = '2026-12-01' WHERE id % 2 = 0")
"""
# a slip: a clean-up meant for v2's leftovers drops what v1 still has, once a note is archived
DROPS_TABLE = ARCHIVING.format(extra='if archived:\n        conn.execute("DROP TABLE tags")')
DROPS_COLUMN = ARCHIVING.format(
    extra='if archived:\n        conn.execute("ALTER TABLE tags DROP COLUMN name")'
)
SOUND = ARCHIVING.format(extra="assert archived is None or archived == (1,)")


def round_trip(pytester: pytest.Pytester, second: str) -> pytest.RunResult:
    folder = two_steps(pytester, NOTES, second)
    return run_matrix(pytester, folder, "-k", "test_round_trip", "--upgrade-path", "*v2")


@pytest.mark.parametrize(
    ("second", "gone"),
    [
        (DROPS_TABLE, "*table tags (v1 has it) is gone*"),
        (DROPS_COLUMN, "*column tags.name (v1 has it) is gone*"),
    ],
    ids=["table", "column"],
)
def test_a_downgrade_dropping_what_v1_has_on_the_apps_data_fails(pytester, second, gone):
    broke = "*upgrade path v1<->v2 broke invariant 'down from v2 data keeps v1's'*"
    assert_outcome(round_trip(pytester, second), (broke, gone))


def test_a_downgrade_keeping_what_v1_has_passes(pytester):
    round_trip(pytester, SOUND).assert_outcomes(passed=1)


# The previous app (harness/previous_app.py) on the example app's chain: v8 renames
# ``tags`` to ``labels`` and leaves a view ``tags`` for apps before it. An INSERT through a
# view's INSTEAD OF trigger leaves last_insert_rowid() as it was, so the row the v7 app
# wrote was looked for at a stale rowid and reported gone: a false alarm on a sound view.
COMPAT_VIEW = """
from edi_migrations.changes import RenameTable

CHANGES = (RenameTable("tags", "labels"),)


def upgrade(conn):
    conn.execute("ALTER TABLE tags RENAME TO labels")
    conn.execute("CREATE VIEW tags AS SELECT id, name FROM labels")
    conn.execute(
        "CREATE TRIGGER tags_insert INSTEAD OF INSERT ON tags "
        "BEGIN INSERT INTO labels (id, name) VALUES (NEW.id, {name}); END"
    )
"""
PREVIOUS_APP = ("-o", "edi_migrations_previous_app=required")
PREVIOUS_APP += ("-k", "test_previous_app_still_works", "--upgrade-path", "app->v8")


NO_LONGER = "*0008_change: the v7 app no longer works on v8*"


def previous_app(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    chain = copy_example_chain(pytester)
    add_migration(chain, "change", body)
    return run_matrix(pytester, chain, *PREVIOUS_APP)


def test_a_renamed_table_left_as_a_writable_view_keeps_the_previous_app_working(pytester):
    result = previous_app(pytester, COMPAT_VIEW.format(name="NEW.name"))
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*0008_change: the v7 app keeps working on v8*"])


@pytest.mark.parametrize(
    ("body", "seen"),
    [
        (COMPAT_VIEW.format(name="upper(NEW.name)"), "*does not read back: name wrote *, reads back *"),
        (COMPAT_VIEW.split("    conn.execute(\n")[0], "*cannot modify tags because it is a view*"),
    ],
    ids=["view-trigger-changes-the-row", "view-without-trigger"],
)
def test_a_compatibility_view_that_loses_the_previous_apps_writes_fails(pytester, body, seen):
    assert_outcome(previous_app(pytester, body), (NO_LONGER, seen))


# The app derived from the schema read each view by naming its columns, so a view made
# again with its columns in another order passed; an app reading it with SELECT * (by
# position: ``for id, title, n in ...``) gets its values swapped. A column added at the
# end leaves every position the previous app knows as it was.
BOOK_COUNTS = """
def upgrade(conn):
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'book_counts'").fetchone()[0]
    conn.execute("DROP VIEW book_counts")
    conn.execute(sql.replace("SELECT b.id, b.title, count(n.id) AS notes", "SELECT {columns}"))
"""
REORDERED = BOOK_COUNTS.format(columns="count(n.id) AS notes, b.title, b.id")
APPENDED = BOOK_COUNTS.format(columns="b.id, b.title, count(n.id) AS notes, b.rowid AS book")


def test_a_view_made_again_with_its_columns_reordered_breaks_the_previous_app(pytester):
    moved = "*'read view book_counts'*columns (id, title, notes) come as (notes, title, id)*"
    assert_outcome(previous_app(pytester, REORDERED), (NO_LONGER, moved))


def test_a_view_made_again_with_a_column_added_last_keeps_the_previous_app_working(pytester):
    previous_app(pytester, APPENDED).assert_outcomes(passed=1)


# A migrations folder that is a package (``src/myapp/migrations/__init__.py``) imports its
# helper relatively. A second project whose package has the same name, loaded in the same
# process (a suite checking two apps, or ``myapp`` already imported from another copy),
# found ``myapp`` in sys.modules pointing at the first copy: its migration ran the first
# project's ``_shared.py``. Two names apart (the control) never met.
RELATIVE = """from ._shared import TABLE


def upgrade(conn):
    conn.execute(f"CREATE TABLE {TABLE} (id INTEGER PRIMARY KEY)")
"""


def package_project(root: Path, package: str, table: str) -> Path:
    folder = root / "src" / package / "migrations"
    folder.mkdir(parents=True)
    (folder.parent / "__init__.py").write_text("")
    (folder / "__init__.py").write_text("")
    (folder / "_shared.py").write_text(f"TABLE = {table!r}\n")
    (folder / "0001_first.py").write_text(RELATIVE)
    return folder


@pytest.mark.parametrize("second", ["myapp", "otherapp"], ids=["same-name", "other-name"])
def test_two_packages_of_migrations_each_import_their_own_helper(tmp_path, second):
    made = []
    for project, package in (("one", "myapp"), ("two", second)):
        folder = package_project(tmp_path / project, package, f"notes_{project}")
        (migration,) = load_migrations(folder)
        with closing(sqlite3.connect(":memory:")) as conn:
            migration.upgrade(conn)
            made += [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    assert made == ["notes_one", "notes_two"]


# Kept verdicts (harness/verdict_inputs.py): every file of the migrations folder other
# than its migrations is an input (a data file one reads). A project whose migrations sit
# at its root (``migrations-dir = "."``) has pytest's own cache in that folder, written by
# every run (the kept verdicts themselves among it), so each run found its input changed
# and ran every check again; so would a ``git add`` (.git). A folder below the root is the
# control.
KEPT_STEP = ("-k", "test_upgrade_path", "--upgrade-path", "v6->v7", "--verdicts=reuse")


@pytest.mark.parametrize("folder", [".", "migrations"], ids=["at-the-root", "below-it"])
def test_a_verdict_is_kept_when_the_migrations_sit_at_the_projects_root(pytester, folder):
    chain = pytester.path / folder
    shutil.copytree(
        EXAMPLE_CHAIN, chain, ignore=shutil.ignore_patterns("__pycache__"), dirs_exist_ok=True
    )
    pytester.makepyprojecttoml(f'[tool.edi-migrations]\nmigrations-dir = "{folder}"\n')
    kept_verdicts_run(pytester, chain, *KEPT_STEP).assert_outcomes(passed=1)
    kept_verdicts_run(pytester, chain, *KEPT_STEP).assert_outcomes(skipped=1)

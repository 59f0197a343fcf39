"""Red team, round sixteen: what the last hour's merges loosened, each beside its twin.

Small chains of their own (not the package's). Found: rows alike in every column no
earlier step declares changed (twins), after a copy that followed a declared deletion,
were paired with the start's "own rowid first": each twin past the deleted one read the
condition of the row before it, and a sound stamp failed (``harness/midpath_keyless.py``
pairs them in order, the rows a deletion names last). In an AUTOINCREMENT table a row a
declared deletion names, kept and changed above every other, passed as a declared new
row under its rowid (``invariants/data_kept.py``: SQLite never hands those out again).
Found sound, kept as a guard: a copy changing an undeclared column of one twin fails.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, run_matrix
from tests.newcomer_chains import two_steps

OVER_TWO_STEPS = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v3")

ENTRIES = '''"""Entries of a log, no key of their own; many share a tag."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE entry (tag TEXT NOT NULL, score INTEGER NOT NULL, "
        "seen TEXT NOT NULL DEFAULT 'never')"
    )


def app_writes(conn, ctx):
    conn.executemany(
        "INSERT INTO entry (tag, score) VALUES (?, ?)",
        [("same", n + 1) for n in range(max(ctx.rows, 6))],
    )
'''

COPIED = """
from edi_migrations.changes import DeleteRows, Recompute

CHANGES = (
    DeleteRows("entry", where="score = 2"),
    Recompute("entry", "score", "score * 10"),
)


def upgrade(conn):
    conn.execute("DELETE FROM entry WHERE score = 2")
    conn.execute("UPDATE entry SET score = score * 10")
    conn.execute(
        "CREATE TABLE entry_new (tag TEXT NOT NULL, score INTEGER NOT NULL, "
        "seen TEXT NOT NULL DEFAULT 'never')"
    )
    conn.execute("INSERT INTO entry_new SELECT tag, score, seen FROM entry")
    conn.execute("DROP TABLE entry")
    conn.execute("ALTER TABLE entry_new RENAME TO entry")
"""

STAMPED = """
from edi_migrations.changes import MigrationTime

CHANGES = (MigrationTime("entry", "seen", where="score > 30"),)


def upgrade(conn):
    conn.execute("UPDATE entry SET seen = datetime('now') WHERE WHO")
"""


def twins_then(pytester, who: str):
    folder = two_steps(pytester, ENTRIES, COPIED)
    add_migration(folder, "third", STAMPED.replace("WHO", who))
    return folder


def test_twins_stamped_as_declared_after_a_copy_pass(pytester):
    run_matrix(pytester, twins_then(pytester, "score > 30"), *OVER_TWO_STEPS).assert_outcomes(
        passed=1
    )


def test_twins_stamped_outside_the_declaration_after_a_copy_fail(pytester):
    result = run_matrix(pytester, twins_then(pytester, "score > 20"), *OVER_TWO_STEPS)
    result.assert_outcomes(failed=1)


KINDS = '''"""Kinds of things, owned by the system (0) or by a user (2); ids never reused."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE kinds (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, owner INTEGER)"
    )
    conn.execute("INSERT INTO kinds VALUES (1, 'standard', 0)")
    conn.execute("INSERT INTO kinds VALUES (2, 'other', 0)")
    conn.execute("INSERT INTO kinds VALUES (3, 'mine', 2)")
'''

USER_KINDS_REPLACED = """
from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (DeleteRows("kinds", where="id >= 3"), AddRows("kinds"))


def upgrade(conn):
    conn.execute("USER_KIND")
    conn.execute("INSERT INTO kinds (name, owner) VALUES ('replacement', 0)")
"""

ONE_STEP = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def replacing(pytester, user_kind: str, table: str = KINDS) -> pytest.RunResult:
    folder = two_steps(pytester, table, USER_KINDS_REPLACED.replace("USER_KIND", user_kind))
    return run_matrix(pytester, folder, *ONE_STEP)


def test_autoincrement_user_kind_deleted_and_a_kind_added_passes(pytester):
    replacing(pytester, "DELETE FROM kinds WHERE id >= 3").assert_outcomes(passed=1)


def test_autoincrement_user_kind_changed_not_deleted_fails(pytester):
    """AUTOINCREMENT never hands a deleted id out again: the new kind took id 4, and the
    row under id 3 is the user's kind, kept and changed (it read as a new row: a miss)."""
    result = replacing(pytester, "UPDATE kinds SET name = 'renamed' WHERE id >= 3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*broke invariant 'data kept'*", "*kinds*rowid 3*'mine'*'renamed'*"]
    )


def test_without_autoincrement_the_top_rowid_may_be_a_new_row(pytester):
    """Without AUTOINCREMENT id 3, deleted, is the next one SQLite hands out: the row
    there may be the new kind (the rule kept, as Kodi's chain needs)."""
    plain = KINDS.replace(" AUTOINCREMENT", "")
    replacing(pytester, "DELETE FROM kinds WHERE id >= 3", plain).assert_outcomes(passed=1)


def test_a_copy_changing_an_undeclared_column_of_one_twin_still_fails(pytester):
    """The rows no longer pair by their content (the values fall back to rowids): the
    change no declaration names still fails the path."""
    folder = two_steps(
        pytester,
        ENTRIES,
        COPIED.replace("SELECT tag, score", "SELECT iif(score = 40, 'other', tag), score"),
    )
    add_migration(folder, "third", STAMPED.replace("WHO", "score > 30"))
    result = run_matrix(pytester, folder, *OVER_TWO_STEPS)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*entry rowid 4: row lost*"])

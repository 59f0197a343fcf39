"""A row deleted as declared whose rowid a declared new row takes is not a changed row.

Kodi's video library deletes the unused user-defined version types (v128, ``DeleteRows``)
and a later step adds a type at the next id (v131, ``AddRows``): SQLite hands out the
largest rowid plus one, so the new type can take the deleted one's id. The harness
matched the two by rowid and failed the path on a "changed" name. Where the table
declares both the deletion and new rows, the row under that rowid is a new one; a
deletion without ``AddRows`` still fails on the row taking the old one's place.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

KINDS = '''"""Kinds of things, owned by the system (0) or by a user (2)."""


def upgrade(conn):
    conn.execute("CREATE TABLE kinds (id INTEGER PRIMARY KEY, name TEXT, owner INTEGER)")
    conn.execute("INSERT INTO kinds VALUES (1, 'standard', 0)")
    conn.execute("INSERT INTO kinds VALUES (2, 'mine', 2)")
    conn.execute("INSERT INTO kinds VALUES (3, 'other', 0)")
'''

STEP = """
def upgrade(conn):
    gone = conn.execute("DELETE FROM kinds WHERE owner = 2").rowcount
    for _ in range(gone):  # each at SQLite's next rowid: a deleted one's, where it was the largest
        conn.execute("INSERT INTO kinds (name, owner) VALUES ('replacement', 0)")
"""

DELETES = 'DeleteRows("kinds", where="owner = 2")'


def run_step(pytester, changes: str) -> pytest.RunResult:
    folder = first_migration(pytester, KINDS, name="kinds")
    body = (
        f"from edi_migrations.changes import AddRows, DeleteRows\n\nCHANGES = ({changes},)\n{STEP}"
    )
    add_migration(folder, "replace_user_kinds", body)
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_a_declared_deletion_and_a_declared_new_row_under_its_rowid_pass(pytester):
    run_step(pytester, f'{DELETES}, AddRows("kinds")').assert_outcomes(passed=1)


def test_the_same_without_added_rows_declared_fails_on_the_row(pytester):
    result = run_step(pytester, DELETES)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*kinds*"])


KEPT_AND_CHANGED = """
def upgrade(conn):
    conn.execute("UPDATE kinds SET name = 'renamed' WHERE id = 2")
    conn.execute("INSERT INTO kinds (name, owner) VALUES ('replacement', 0)")
"""


def test_a_row_the_deletion_names_kept_and_changed_below_a_kept_row_still_fails(pytester):
    """Only a rowid above every row kept can be handed out again (SQLite's next rowid is
    the largest plus one): a row the condition names below one is judged as before."""
    folder = first_migration(pytester, KINDS, name="kinds")
    body = (
        "from edi_migrations.changes import AddRows, DeleteRows\n\n"
        f'CHANGES = ({DELETES}, AddRows("kinds"))\n{KEPT_AND_CHANGED}'
    )
    add_migration(folder, "rename_user_kind", body)
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*kinds*rowid 2*'mine'*'renamed'*"])

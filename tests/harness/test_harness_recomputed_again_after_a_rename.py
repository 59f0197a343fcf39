"""A column recomputed by several migrations of a path is expected at the last rule's
values, even where a rename sits between them.

ntfy records the version it reached in its own ``schemaVersion`` row, rewritten by every
step (each declares ``Recompute``), and one step renames a column of another table. The
harness read the expression of the last recomputation declared *before* that rename
(kept as written, to read it under the old names) as the rule of the last one: on a
path over both, the row was expected at an earlier step's version. A step writing other
values than its rule says is still caught. On a notes chain, not ntfy's nor EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

NOTES = '''"""Notes, and the version the app reached."""


def upgrade(conn):
    conn.execute("CREATE TABLE meta (id INT PRIMARY KEY, version INT NOT NULL)")
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    conn.execute("INSERT INTO meta VALUES (1, 1)")
'''


def stamp(version: int, written: int | None = None, rename: bool = False) -> str:
    """A step stamping ``version`` in row 1 (``written`` instead, broken), renaming
    ``note.body`` to ``note.text`` first when ``rename``."""
    renamed = 'RenameColumn("note", "body", "text"), ' if rename else ""
    return f'''
from edi_migrations.changes import Recompute, RenameColumn

CHANGES = ({renamed}Recompute("meta", "version", expression="CASE WHEN id = 1 THEN {version} ELSE version END"),)


def upgrade(conn):
    if {rename}:
        conn.execute("ALTER TABLE note RENAME COLUMN body TO text")
    conn.execute("UPDATE meta SET version = ? WHERE id = 1", ({written or version},))
'''


@pytest.mark.parametrize("last", [5, 4], ids=["stamped-as-declared", "stamped-wrong"])
def test_the_last_recomputation_of_a_column_is_the_one_expected(pytester, last):
    folder = first_migration(pytester, NOTES)
    add_migration(folder, "two", stamp(2))
    add_migration(folder, "three", stamp(3))
    add_migration(folder, "four", stamp(4, rename=True))
    add_migration(folder, "five", stamp(5, written=last))
    result = run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v5")
    if last == 5:
        result.assert_outcomes(passed=1)
        return
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*meta.version rowid *: before integer *, after integer 4 (expected integer 5: recompute*"]
    )

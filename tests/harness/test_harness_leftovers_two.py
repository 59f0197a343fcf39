"""Leftovers of the last session, each a broken twin beside its sound control, on a small
chain of items (not EDI's).

1. A ``DeleteRows(where=...)`` naming a column a later migration renames: on a jump over
   both, the condition is read under the names it was written with, as a stamp's is
   (round twelve), not under the end's ("no such column").
"""

from __future__ import annotations

import pytest

from tests.harness.test_harness_misses_round_twelve import ITEMS, RENAME_TITLE, run_paths
from tests.harness_projects import add_migration, first_migration

DELETE_SOME = """
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("items", where="title LIKE '%2'"),)


def upgrade(conn):
    conn.execute("DELETE FROM items WHERE DELETED")
"""


@pytest.mark.parametrize("deleted", ["title LIKE '%2'", "id % 2 = 0"], ids=["declared", "more"])
def test_a_deletion_condition_naming_a_column_renamed_later_reads_its_old_name(
    pytester, deleted
):
    """v3 renames the column v2's deletion condition names; the jump v1->v3 read it over
    the start under the end's names."""
    folder = first_migration(pytester, ITEMS, name="items")
    add_migration(folder, "delete", DELETE_SOME.replace("DELETED", deleted))
    add_migration(folder, "rename", RENAME_TITLE)
    result = run_paths(pytester, folder, "v1->v2", "v1->v3", "v1=>v3")
    if deleted.startswith("title"):
        result.assert_outcomes(passed=3)
        return
    result.assert_outcomes(failed=3)  # rows no condition selects deleted: every path says so
    result.stdout.fnmatch_lines(["*upgrade path v1->v3 broke invariant*"])

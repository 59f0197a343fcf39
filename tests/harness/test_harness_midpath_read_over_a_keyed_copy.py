"""A recomputation read just before its migration, over a table an earlier migration of
the jump copied into a new one (numbering its rows 1..n again): its values follow the
rows by their own PRIMARY KEY.

Trilium's 218 copies ``note_revisions`` into ``revisions`` (a TEXT PRIMARY KEY) after 210
erased some and 213 added some; 228 recomputes ``revisions.blobId``. On a jump over both,
228's expression was read just before it, by rowid, and applied to the start's rows by
the same rowid: after the copy those name other revisions, and every revision past the
gap failed with another's value. 'data kept' already pairs such rows by their key; the
values read before the migration now are paired the same way. Here a small chain
(revisions purged and one saved, copied under new names, then titles upper-cased): the
jump passes, and its twin whose last step also changes a title no declaration allows
still fails, naming it.
"""

from __future__ import annotations

from tests.harness.test_harness_keyed_copy_after_rows_added import PURGE, REVS, copy
from tests.harness_projects import add_migration, first_migration, run_matrix


def upper(also: str = "") -> str:
    return f'''"""Titles upper-cased."""

from edi_migrations.changes import Recompute

CHANGES = (Recompute("revisions", "title", expression="upper(title)"),)


def upgrade(conn):
    conn.execute("UPDATE revisions SET title = upper(title)")
{also}'''


def jump(pytester, also: str = ""):
    folder = first_migration(pytester, REVS)
    add_migration(folder, "purge_and_save", PURGE)
    add_migration(folder, "copied", copy())
    add_migration(folder, "titles_upper", upper(also))
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v4")


def test_a_recomputation_after_a_keyed_copy_on_a_jump_passes(pytester):
    jump(pytester).assert_outcomes(passed=1)


def test_a_title_changed_beside_it_still_fails(pytester):
    result = jump(
        pytester,
        "    conn.execute(\"UPDATE revisions SET title = 'other' WHERE revisionId = 'r4'\")",
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*revisions.title rowid 4: before text 't4', after text 'other'*"])

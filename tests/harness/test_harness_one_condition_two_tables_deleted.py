"""Two declared deletions of one migration with the same condition, on two tables, read
just before that migration on a jump.

Trilium's erase step deletes from ``branches`` and ``attributes`` under one condition,
``isDeleted = 1 OR noteId IN (...)``. Where the condition had to be read just before its
migration (an earlier step marks the rows), the declaration was found by its condition
alone: the first table's, so the second table's condition was read over the first
table's rows, by rowid, and its rows failed as lost. Each deletion is read over its own
table. Here a small chain (notes and their tags marked deleted, then both purged): the
jump passes, and its twin that also deletes a tag no declaration lets go still fails,
naming it.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

NOTES = '''"""Notes and tags, each flagged deleted or not."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, gone INT NOT NULL)")
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL, gone INT NOT NULL)")


def app_writes(conn, ctx):
    """Three notes and three tags, none deleted yet."""
    for n, title in enumerate(("draft a", "final b", "draft c"), start=1):
        conn.execute("INSERT OR IGNORE INTO notes VALUES (?, ?, 0)", [n, title])
    for n, name in enumerate(("keep", "draft", "other"), start=1):
        conn.execute("INSERT OR IGNORE INTO tags VALUES (?, ?, 0)", [n, name])
'''

MARK = '''"""Drafts flagged deleted, notes and tags alike."""

from edi_migrations.changes import Recompute

CHANGES = (
    Recompute("notes", "gone", expression="CASE WHEN title LIKE 'draft%' THEN 1 ELSE gone END"),
    Recompute("tags", "gone", expression="CASE WHEN name = 'draft' THEN 1 ELSE gone END"),
)


def upgrade(conn):
    conn.execute("UPDATE notes SET gone = 1 WHERE title LIKE 'draft%'")
    conn.execute("UPDATE tags SET gone = 1 WHERE name = 'draft'")
'''


def purge(also: str = "") -> str:
    return f'''"""What is flagged deleted, erased."""

from edi_migrations.changes import DeleteRows

CHANGES = (
    DeleteRows("notes", where="gone = 1"),
    DeleteRows("tags", where="gone = 1"),
)


def upgrade(conn):
    conn.execute("DELETE FROM notes WHERE gone = 1")
    conn.execute("DELETE FROM tags WHERE gone = 1")
{also}'''


def jump(pytester, also: str = ""):
    folder = first_migration(pytester, NOTES)
    add_migration(folder, "drafts_flagged", MARK)
    add_migration(folder, "flagged_erased", purge(also))
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")


def test_each_table_deleted_under_one_condition_on_a_jump_passes(pytester):
    jump(pytester).assert_outcomes(passed=1)


def test_another_tag_deleted_beside_them_still_fails(pytester):
    result = jump(pytester, '    conn.execute("DELETE FROM tags WHERE id = 3")')
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*tags rowid 3: row lost*"])

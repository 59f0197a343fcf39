"""A table with a TEXT PRIMARY KEY copied into a new one after a row was added and one
deleted on the way: its rows are paired by that key, the added row too.

Trilium's 218 copies ``note_revisions`` into ``revisions`` (``INSERT ... SELECT``, a TEXT
PRIMARY KEY): the copy numbers the rows 1..n again. 'data kept' pairs such a table's rows
by their own key, but a row added earlier on the path (213 saves revisions) kept its new
rowid there, which a paired row already held: the pairing gave up, the rows were compared
by rowid and every one after the gap failed as changed. A row whose key the start lacks
now takes a rowid no paired row holds. Here a small chain (revisions flagged, purged, one
added, then copied under new names): the jump passes, and its twin whose copy also
changes a title no declaration allows still fails, naming it.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

REVS = '''"""Revisions by their text id."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE revs (revId TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, gone INT NOT NULL)"
    )


def app_writes(conn, ctx):
    """Four revisions, the second one flagged."""
    for n in range(1, 5):
        conn.execute("INSERT OR IGNORE INTO revs VALUES (?, ?, ?)", [f"r{n}", f"t{n}", int(n == 2)])
'''

PURGE = '''"""Flagged revisions purged, a new one saved."""

from edi_migrations.changes import AddRows, DeleteRows

CHANGES = (DeleteRows("revs", where="gone = 1"), AddRows("revs"))


def upgrade(conn):
    conn.execute("DELETE FROM revs WHERE gone = 1")
    conn.execute("INSERT INTO revs VALUES ('q9', 'new', 0)")
'''


def copy(title: str = "title") -> str:
    return f'''"""Revisions copied into a new table under new names."""

from edi_migrations.changes import RenameColumn, RenameTable

CHANGES = (RenameTable("revs", "revisions"), RenameColumn("revisions", "revId", "revisionId"))


def upgrade(conn):
    conn.execute(
        "CREATE TABLE revisions (revisionId TEXT PRIMARY KEY NOT NULL, title TEXT NOT NULL, "
        "gone INT NOT NULL)"
    )
    conn.execute(
        "INSERT INTO revisions (revisionId, title, gone) SELECT revId, {title}, gone FROM revs"
    )
    conn.execute("DROP TABLE revs")
'''


def jump(pytester, title: str = "title"):
    folder = first_migration(pytester, REVS)
    add_migration(folder, "purge_and_save", PURGE)
    add_migration(folder, "copied", copy(title))
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v3")


def test_a_keyed_copy_after_a_row_added_and_one_deleted_passes(pytester):
    jump(pytester).assert_outcomes(passed=1)


def test_a_title_the_copy_changes_still_fails(pytester):
    result = jump(pytester, "CASE WHEN revId = 'r4' THEN 'other' ELSE title END")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*revisions.title rowid 4: before text 't4', after text 'other'*"])

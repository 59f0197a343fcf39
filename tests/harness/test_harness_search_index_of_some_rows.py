"""A search index over some of its content table's rows, on a chain that is not EDI's: a
notes app whose FTS4 index (external content, ``content="notes"``) is filled with the
notes that are not hidden only, as Joplin's v15 fills its index with the notes that are
not conflicts.

SQLite's ``integrity-check`` reports such an index malformed (an external-content index
must hold every row of its content table), and the harness fails it. Its message told
every such migration to ``rebuild`` the index, which here would index the hidden notes
too, against the migration's intent: it now names the other way, a content table that
holds only the rows to index, which the control does and which passes.
"""

from __future__ import annotations

from pathlib import Path

from tests.harness_projects import add_migration, first_migration, run_matrix

NOTES = '''"""Notes, some hidden from search (the app writes 0 or 1)."""


def app_writes(conn, ctx):
    conn.execute("UPDATE notes SET hidden = rowid % 2")


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT, hidden INTEGER)")
'''

SOME_ROWS = """
def upgrade(conn):
    conn.execute('CREATE VIRTUAL TABLE notes_fts USING fts4(content="notes", body)')
    conn.execute(
        "INSERT INTO notes_fts(docid, body) SELECT rowid, body FROM notes WHERE hidden = 0"
    )
"""

A_TABLE_OF_THOSE_ROWS = """
def upgrade(conn):
    conn.execute("CREATE TABLE notes_shown (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes_shown SELECT id, body FROM notes WHERE hidden = 0")
    conn.execute('CREATE VIRTUAL TABLE notes_fts USING fts4(content="notes_shown", body)')
    conn.execute("INSERT INTO notes_fts(notes_fts) VALUES('rebuild')")
"""


def chain(pytester, search: str) -> Path:
    folder = first_migration(pytester, NOTES, "notes")
    add_migration(folder, "search", search, "Search over the notes that are not hidden.")
    return folder


def the_search_step(pytester, folder: Path):
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_an_index_of_some_rows_of_its_content_table_fails_naming_both_ways_out(pytester):
    result = the_search_step(pytester, chain(pytester, SOME_ROWS))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v1->v2 broke invariant 'virtual tables work'*",
            "*virtual table notes_fts (fts4): its index does not match its content "
            "(integrity-check: *)*INSERT INTO notes_fts(notes_fts) VALUES('rebuild')*"
            "to index only some rows, take its content from a table that holds only those*",
        ]
    )
    assert "EDI" not in result.stdout.str().split(" FAILURES ")[1]


def test_an_index_of_a_table_holding_only_those_rows_passes(pytester):
    """The control: the same rows indexed through a content table of their own."""
    the_search_step(pytester, chain(pytester, A_TABLE_OF_THOSE_ROWS)).assert_outcomes(passed=1)

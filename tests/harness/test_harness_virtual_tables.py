"""Virtual tables on a chain that is not EDI's: a notes app with an FTS5 search index over
its notes (external content, kept in step by triggers, as sqlite-utils sets it up).

The index's shadow tables (``notes_fts_data``, ``_idx``, ``_docsize``, ``_config``) are
its storage, not the app's rows: an ``optimize``, an UPDATE the triggers re-index and a
declared drop of the index all pass. What the harness checks instead is that the index
answers for its content: one created over existing rows without a ``rebuild`` fails,
naming it. Reading a virtual table whose content table is gone is evidence, never a crash.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, backfill, first_migration, run_matrix

NOTES = '''"""Notes, one row per note the user writes."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
'''

SEARCH_DOC = "Search over the notes: an FTS5 index whose content is the notes table itself."
SEARCH = """
def upgrade(conn):{guard}
    conn.execute(
        "CREATE VIRTUAL TABLE notes_fts USING fts5(body, content='notes', content_rowid='id')"
    ){rebuild}
    conn.execute(
        "CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN "
        "INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body); END"
    )
    conn.execute(
        "CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN "
        "INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body); END"
    )
    conn.execute(
        "CREATE TRIGGER notes_au AFTER UPDATE ON notes BEGIN "
        "INSERT INTO notes_fts (notes_fts, rowid, body) VALUES ('delete', old.id, old.body); "
        "INSERT INTO notes_fts (rowid, body) VALUES (new.id, new.body); END"
    )
"""
REBUILD = """
    conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('rebuild')")"""
# Re-run on a database past 0003 (notes renamed memos) it does nothing: its table is gone.
GUARD = """
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'notes'").fetchone():
        return"""

OPTIMIZE = """
def upgrade(conn):
    conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')")
"""

WORD_COUNTS = backfill("notes", "words", "length(body) - length(replace(body, ' ', '')) + 1")

DROP_SEARCH = """
from edi_migrations.changes import DropObject, DropTable

CHANGES = ({declared})


def upgrade(conn):
    for trigger in ("notes_ai", "notes_ad", "notes_au"):
        conn.execute(f"DROP TRIGGER {{trigger}}")
    conn.execute("DROP TABLE notes_fts")
"""
TRIGGERS_DROPPED = ", ".join(f'DropObject("trigger", "notes_{t}")' for t in ("ai", "ad", "au"))

MEMOS = """
from edi_migrations.changes import DropObject, DropTable, RenameTable

CHANGES = (RenameTable("notes", "memos"), DropTable("notes_fts"), {triggers})


def upgrade(conn):
    for trigger in ("notes_ai", "notes_ad", "notes_au"):
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE notes_fts")
    conn.execute("ALTER TABLE notes RENAME TO memos")
    conn.execute(
        "CREATE VIRTUAL TABLE memos_fts USING fts5(body, content='memos', content_rowid='id')"
    )
    conn.execute("INSERT INTO memos_fts (memos_fts) VALUES ('rebuild')")
""".replace("{triggers}", TRIGGERS_DROPPED)

SHADOWS = ("notes_fts_data", "notes_fts_idx", "notes_fts_docsize", "notes_fts_config")


def chain_with_search(pytester, rebuild: str = REBUILD, guard: str = "") -> Path:
    folder = first_migration(pytester, NOTES, "notes")
    add_migration(folder, "search", SEARCH.format(rebuild=rebuild, guard=guard), SEARCH_DOC)
    return folder


@pytest.fixture
def chain(pytester) -> Path:
    return chain_with_search(pytester)


def the_new_step(pytester, folder: Path, path: str = "v2->v3"):
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", path)


def assert_no_shadow_table_named(result) -> None:
    named = [line for line in result.stdout.lines if any(s in line for s in SHADOWS)]
    assert not named, "\n".join(named)


@pytest.mark.parametrize(
    "body",
    [
        OPTIMIZE,
        WORD_COUNTS,
        DROP_SEARCH.format(declared=f'DropTable("notes_fts"), {TRIGGERS_DROPPED}'),
    ],
    ids=["optimize", "update-through-the-triggers", "declared-drop"],
)
def test_what_only_the_index_storage_sees_passes(pytester, chain, body):
    """The controls: each step rewrites the shadow tables and changes no note."""
    add_migration(chain, "search_step", body)
    result = the_new_step(pytester, chain)
    assert_no_shadow_table_named(result)
    result.assert_outcomes(passed=1)


def test_an_undeclared_drop_of_the_index_fails_naming_it_and_not_its_storage(pytester, chain):
    add_migration(chain, "search_step", DROP_SEARCH.format(declared=TRIGGERS_DROPPED))
    result = the_new_step(pytester, chain)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v2->v3 broke invariant 'data kept'*",
            '*table notes_fts dropped (* rows), not declared: *DropTable("notes_fts")*',
        ]
    )
    assert_no_shadow_table_named(result)


def test_an_index_created_over_existing_rows_without_a_rebuild_fails_naming_it(pytester):
    folder = chain_with_search(pytester, rebuild="")
    result = the_new_step(pytester, folder, "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v1->v2 broke invariant 'virtual tables work'*",
            "*virtual table notes_fts (fts5): its index does not match its content "
            "(integrity-check: *)*INSERT INTO notes_fts(notes_fts) VALUES('rebuild')*",
        ]
    )
    failure = result.stdout.str().split(" FAILURES ")[1]
    assert "EDI" not in failure


def test_the_same_index_rebuilt_passes(pytester, chain):
    """The control: the same migration, with its ``rebuild``."""
    the_new_step(pytester, chain, "v1->v2").assert_outcomes(passed=1)


def test_a_rerun_that_leaves_an_index_over_a_missing_table_fails_with_evidence(pytester, chain):
    """0002 re-run past 0003 creates ``notes_fts`` over ``notes``, which 0003 renamed:
    its rebuild fails and the index it left cannot be read. Reading it is evidence."""
    add_migration(chain, "memos", MEMOS)
    required = ("-o", "edi_migrations_rerun_check=required")  # a change fails the check
    select = ("-k", "test_rerun", "--upgrade-path", "rerun->v2-on-v3", *required)
    result = run_matrix(pytester, chain, *select)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0002_search re-run on v3 broke invariant 'idempotent'*",
            "*re-run refused (OperationalError: *) after changing the database: the schema*",
            "*virtual table notes_fts cannot be read: no such table: main.notes*",
        ]
    )
    assert_no_shadow_table_named(result)


def test_a_rerun_that_does_nothing_past_the_rename_passes(pytester):
    """The control: the same 0002, guarded by its table's existence."""
    folder = chain_with_search(pytester, guard=GUARD)
    add_migration(folder, "memos", MEMOS)
    result = run_matrix(pytester, folder, "-k", "test_rerun", "--upgrade-path", "rerun->v2-on-v3")
    result.assert_outcomes(passed=1)

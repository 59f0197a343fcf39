"""Round fifteen of a newcomer: a notes app with STRICT tables, FTS5 and a WITHOUT ROWID link.

The docs send a constraint change to ``rebuild_tables``. On the app's link table
``note_tags (note_id, tag_id) WITHOUT ROWID, STRICT`` gaining ``ON DELETE CASCADE`` it
copied a ``rowid`` the table does not have (``no such column: rowid``: a sound migration
refused), and on any STRICT table it dropped ``STRICT`` unsaid, as ``NewTable`` had no
place for a table's options. The rebuild now keeps the table's own options (``WITHOUT
ROWID``, ``STRICT``) unless ``NewTable(options=...)`` says others.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from edi_migrations.rebuild import NewTable, rebuild_tables
from tests.harness_projects import add_migration, first_migration

NOTES = '''"""Notes, and the tags they carry: a WITHOUT ROWID, STRICT link table."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL) STRICT")
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL) STRICT")
    conn.execute(
        "CREATE TABLE note_tags (note_id INTEGER NOT NULL REFERENCES notes(id), "
        "tag_id INTEGER NOT NULL REFERENCES tags(id), "
        "PRIMARY KEY (note_id, tag_id)) WITHOUT ROWID, STRICT"
    )
'''

LINKS = (
    "note_id INTEGER NOT NULL REFERENCES notes(id) ON DELETE CASCADE, "
    "tag_id INTEGER NOT NULL REFERENCES tags(id), PRIMARY KEY (note_id, tag_id)"
)

CASCADE = f'''
from edi_migrations.changes import ChangeConstraint
from edi_migrations.rebuild import NewTable, rebuild_tables

CHANGES = (ChangeConstraint("note_tags", "foreign key", column="note_id"),)


def upgrade(conn):
    rebuild_tables(conn, [NewTable("note_tags", "{LINKS}")])
'''


PINNED = 'def upgrade(conn):\n    conn.execute("ALTER TABLE notes ADD pinned INT")'


def run_chain(
    pytester: pytest.Pytester, first: str, later: dict[str, str], *selection: str
) -> pytest.RunResult:
    """``first`` as 0001, then ``later`` (name: body) in order, the checks ``selection`` picks."""
    folder = first_migration(pytester, first)
    for name, body in later.items():
        add_migration(folder, name, body)
    return pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-seed", "7", "--migrations-dir", "migrations",
        *selection,
    )  # fmt: skip


def run_cascade(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    path = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    return run_chain(pytester, NOTES, {"links_cascade": body}, *path)


def test_a_without_rowid_link_table_rebuilt_for_a_cascade_passes(pytester):
    result = run_cascade(pytester, CASCADE)
    result.assert_outcomes(passed=1)


def test_the_same_rebuild_undeclared_still_fails_constraints_kept(pytester):
    result = run_cascade(pytester, CASCADE.replace("CHANGES = (", "UNSAID = ("))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'constraints kept'*", "*note_tags*"])


def _table_sql(path: Path, name: str) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)).fetchone()[0]


def _rebuilt(tmp_path: Path, schema: str, table: NewTable) -> Path:
    """``schema`` with a row in each table, then ``table`` rebuilt as the runner does it."""
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(schema)
    conn.execute("BEGIN")
    rebuild_tables(conn, [table])
    conn.execute("COMMIT")
    conn.close()
    return path


LINKED = """
CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL, priority TEXT) STRICT;
CREATE TABLE tags (id INTEGER PRIMARY KEY, label TEXT NOT NULL) STRICT;
CREATE TABLE note_tags (note_id INTEGER NOT NULL REFERENCES notes(id),
  tag_id INTEGER NOT NULL REFERENCES tags(id), PRIMARY KEY (note_id, tag_id)) WITHOUT ROWID, STRICT;
INSERT INTO notes VALUES (1, 'groceries', '3');
INSERT INTO tags VALUES (1, 'home');
INSERT INTO note_tags VALUES (1, 1);
"""


def test_a_rebuild_keeps_the_tables_own_options_and_rows(tmp_path):
    path = _rebuilt(tmp_path, LINKED, NewTable("note_tags", LINKS))
    assert _table_sql(path, "note_tags").endswith(") WITHOUT ROWID, STRICT")
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT note_id, tag_id FROM note_tags").fetchall() == [(1, 1)]


def test_a_rebuild_keeps_strict_on_a_rowid_table(tmp_path):
    columns = "id INTEGER PRIMARY KEY, title TEXT NOT NULL, priority TEXT"
    path = _rebuilt(tmp_path, LINKED, NewTable("notes", columns))
    assert _table_sql(path, "notes").endswith(") STRICT")


def test_new_table_options_say_other_options(tmp_path):
    columns = "id INTEGER PRIMARY KEY, title TEXT NOT NULL, priority TEXT"
    plain = _rebuilt(tmp_path, LINKED, NewTable("notes", columns, ""))
    assert _table_sql(plain, "notes").endswith("priority TEXT)")
    (tmp_path / "notes.db").unlink()
    made = _rebuilt(
        tmp_path, LINKED.replace(") STRICT;\nCREATE TABLE tags", ");\nCREATE TABLE tags", 1),
        NewTable("notes", columns, "STRICT"),
    )  # fmt: skip
    assert _table_sql(made, "notes").endswith(") STRICT")


PRIORITIES = '''"""Notes whose priority the app writes as text."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, priority TEXT)")


def app_writes(conn, ctx):
    """The app writes priority as the form gives it: WORDS."""
    conn.executemany(
        "INSERT INTO notes (priority) VALUES (?)", [(WORDS[n % 3],) for n in range(ctx.rows)]
    )
'''

CAST = """
from edi_migrations.changes import ChangeType

CHANGES = (ChangeType("notes", "priority", to="INTEGER"),)


def upgrade(conn):
    conn.execute("CREATE TABLE notes_new (id INTEGER PRIMARY KEY, priority INTEGER)")
    conn.execute("INSERT INTO notes_new SELECT id, CAST(priority AS INTEGER) FROM notes")
    conn.execute("DROP TABLE notes")
    conn.execute("ALTER TABLE notes_new RENAME TO notes")
"""


def run_cast(pytester: pytest.Pytester, words: tuple[str, ...]) -> pytest.RunResult:
    first = PRIORITIES.replace("WORDS", repr(words))
    path = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    return run_chain(pytester, first, {"priority_number": CAST}, *path)


def test_a_cast_that_turns_words_into_zero_says_the_declaration_accepts_the_loss(pytester):
    result = run_cast(pytester, ("high", "low", "2"))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*notes.priority rowid *: before text 'high', after integer 0*"
            "if the migration converts with CAST, declare it in CHANGES: ChangeType(*"
            "CAST makes text that is no number ('high') 0: that declaration accepts the loss;"
            " to keep it, map such text first (UPDATE notes SET priority = CASE *"
        ]
    )


def test_a_cast_of_numbers_written_as_text_only_names_the_declaration(pytester):
    result = run_cast(pytester, ("1e3", "2", "3"))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*before text '1e3', after integer 1 *CAST(priority AS INTEGER)*"])
    result.stdout.no_fnmatch_line("*that declaration accepts the loss*")


NUMBERED = """
from edi_migrations.changes import ChangeType

CAST = "CASE priority WHEN 'high' THEN 5 WHEN 'low' THEN 1 ELSE CAST(priority AS INTEGER) END"
CHANGES = (ChangeType("notes", "priority", to="INTEGER", expression=CAST),)


def upgrade(conn):
    conn.execute("CREATE TABLE notes_new (id INTEGER PRIMARY KEY, priority INTEGER) STRICT")
    conn.execute(f"INSERT INTO notes_new SELECT id, {CAST} FROM notes")
    conn.execute("DROP TABLE notes")
    conn.execute("ALTER TABLE notes_new RENAME TO notes")
"""


def run_numbered(pytester: pytest.Pytester, writes: str) -> pytest.RunResult:
    first = PRIORITIES.replace("[(WORDS[n % 3],) for n in range(ctx.rows)]", writes)
    later = {"priority_number": NUMBERED, "pinned": PINNED}
    return run_chain(pytester, first, later, "-k", "test_upgrade_path", "--upgrade-path", "v2->v3")


def test_an_early_app_writes_failing_on_a_later_schema_says_it_runs_there_too(pytester):
    result = run_numbered(pytester, "[('high',) for n in range(ctx.rows)]")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*app_writes of 0001_initial failed on the start database at v2: IntegrityError*",
            "*app_writes of 0001_initial runs at every version from v1 on, here on v2's schema: "
            "write what the app writes at each (ctx.version says which)*",
        ]
    )


def test_an_early_app_writes_that_follows_the_version_passes(pytester):
    writes = "[('high' if ctx.version < 2 else 5,) for n in range(ctx.rows)]"
    run_numbered(pytester, writes).assert_outcomes(passed=1)


TRIGGERED = '''"""Notes, and a count of them a trigger keeps."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT) STRICT")
    conn.execute("CREATE TABLE counts (n INTEGER NOT NULL)")
    conn.execute(
        "CREATE TRIGGER notes_count AFTER INSERT ON notes BEGIN UPDATE counts SET n = n + 1; END"
    )
'''

TITLED = """
from edi_migrations.changes import ChangeConstraint
from edi_migrations.rebuild import NewTable, rebuild_tables

CHANGES = (ChangeConstraint("notes", "not null", column="title"),)


def upgrade(conn):
    conn.execute("UPDATE notes SET title = '' WHERE title IS NULL")
    rebuild_tables(conn, [NewTable("notes", "id INTEGER PRIMARY KEY, title TEXT NOT NULL")])
"""


def run_rerun(pytester: pytest.Pytester, second: str) -> pytest.RunResult:
    pytester.makeini("[pytest]\nedi_migrations_rerun_check = required\n")
    later = {"titled": second, "pinned": PINNED}
    return run_chain(pytester, TRIGGERED, later, "-k", "test_rerun and m0002 and v3")


def test_a_rebuild_run_again_past_a_later_column_refuses_before_changing_anything(pytester):
    run_rerun(pytester, TITLED).assert_outcomes(passed=1)


def test_a_rebuild_by_hand_run_again_past_a_later_column_still_fails(pytester):
    by_hand = TITLED.replace(
        '    rebuild_tables(conn, [NewTable("notes", "id INTEGER PRIMARY KEY, title TEXT NOT NULL")])',
        '    conn.execute("CREATE TABLE notes_new (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")\n'
        '    conn.execute("INSERT INTO notes_new SELECT id, title FROM notes")\n'
        '    conn.execute("DROP TABLE notes")\n'
        '    conn.execute("ALTER TABLE notes_new RENAME TO notes")',
    )
    result = run_rerun(pytester, by_hand)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*re-run on v3 broke invariant 'idempotent'*"])


PRAGMA_FACTORY = """
import sqlite3


def connect(database, **kw):
    conn = sqlite3.connect(PATH, **kw)
    conn.execute("PRAGMA cache_size = -4000")
    conn.create_function("slug", 1, lambda s: s and s.lower().replace(" ", "-"))
    return conn
"""


def run_with_connect(pytester: pytest.Pytester, path: str) -> pytest.RunResult:
    """The notes chain, opened by a ``connect`` setting whose factory runs a PRAGMA."""
    (pytester.path / "notesdb.py").write_text(PRAGMA_FACTORY.replace("PATH", path))
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "notesdb:connect"\n')
    path = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    return run_chain(pytester, NOTES, {"links_cascade": CASCADE}, "-p", "no:xdist", *path)


def test_a_connect_that_runs_a_pragma_on_the_runners_connection_passes(pytester):
    result = run_with_connect(pytester, "database")
    result.assert_outcomes(passed=1)


def test_a_connect_opening_another_path_stops_the_run_in_one_line(pytester):
    result = run_with_connect(pytester, "'/nonexistent-notes-dir/' + str(database)")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(
        [
            "*the app's connect notesdb:connect failed to open a new database (OperationalError:"
            " unable to open database file), though the file it was given exists: it must open"
            " the path it is given; no check was run*"
        ]
    )
    assert "Traceback" not in result.stdout.str()


def test_a_connect_that_turns_wal_on_passes(pytester):
    """Every start is made in the app's journal mode (harness.journal_settle): the checks
    compare files byte for byte, and later opens through the connect change nothing."""
    (pytester.path / "notesdb.py").write_text(
        PRAGMA_FACTORY.replace("PATH", "database").replace(
            "cache_size = -4000", "journal_mode = WAL"
        )
    )
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "notesdb:connect"\n')
    path = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    result = run_chain(pytester, NOTES, {"links_cascade": CASCADE}, "-p", "no:xdist", *path)
    result.assert_outcomes(passed=1)


def test_a_refused_rebuild_of_two_tables_leaves_no_copy_behind(tmp_path):
    path = tmp_path / "notes.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.executescript(LINKED)
    before = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    conn.execute("BEGIN")
    refused = [NewTable("note_tags", LINKS), NewTable("notes", "id INTEGER PRIMARY KEY")]
    with pytest.raises(ValueError, match="rebuilding notes would drop column"):
        rebuild_tables(conn, refused)
    after = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
    conn.execute("ROLLBACK")
    conn.close()
    assert after == before

"""Messages the calibre port showed wrong (``tests/calibre_app/README.md``), each on a small
chain of its own.

- A table whose trigger (``RAISE(ABORT, ...)``) refuses the generated rows stays empty: the
  coverage failure names the trigger, its RAISE message and a way out. (calibre's own shape,
  a missing parent row, now reads as a foreign key: ``test_harness_trigger_enforced_keys.py``;
  this one also asks the book be shelved.)
- A function the project registers on its connections (the ``edi_migrations_connect``
  factory) is the project's, not SQLite's: EM001 does not take it for a newer built-in.
"""

from __future__ import annotations

from tests.harness_projects import add_migration, first_migration, run_matrix

NOTES = """\"\"\"Notes, each on a book; the link is a trigger, as the app writes it.\"\"\"


def upgrade(conn):
    conn.executescript('''
        CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
        CREATE TABLE notes (id INTEGER PRIMARY KEY, book INTEGER NOT NULL, text TEXT NOT NULL);
    ''')
"""

GUARD = """
def upgrade(conn):
    conn.execute('''
        CREATE TRIGGER fkc_insert_notes BEFORE INSERT ON notes BEGIN
          SELECT CASE WHEN (SELECT id FROM books WHERE id = NEW.book AND title = 'shelved') IS NULL
                 THEN RAISE(ABORT, 'Foreign key violation: book not in books') END;
        END
    ''')
"""

TOUCH = """
def upgrade(conn):
    conn.execute("CREATE INDEX ix_notes_book ON notes (book)")
"""

COVERAGE = ("-k", "test_start_database_covers_the_schema", "--upgrade-path", "coverage->v2")


def test_a_table_its_trigger_keeps_empty_is_named_with_the_trigger(pytester):
    folder = first_migration(pytester, NOTES, "notes")
    add_migration(folder, "note_guard", GUARD)
    add_migration(folder, "notes_index", TOUCH)
    result = run_matrix(pytester, folder, *COVERAGE)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*table notes is empty*",
            "*trigger fkc_insert_notes (BEFORE INSERT ON notes) can refuse the rows from "
            "the schema: RAISE(ABORT, 'Foreign key violation: book not in books')*",
            "*app_writes*",
        ]
    )


def test_the_control_without_the_trigger_is_covered(pytester):
    folder = first_migration(pytester, NOTES, "notes")
    add_migration(folder, "notes_index", TOUCH)
    add_migration(
        folder,
        "books_index",
        TOUCH.replace("notes (book)", "books (title)").replace("notes_book", "books_title"),
    )
    run_matrix(pytester, folder, *COVERAGE).assert_outcomes(passed=1)


APP_DB = """
import sqlite3


class Joined:
    def __init__(self):
        self.parts = []

    def step(self, value):
        self.parts.append(str(value))

    def finalize(self):
        return ",".join(self.parts)


def connect(database, **kwargs):
    conn = sqlite3.connect(database, **kwargs)
    conn.create_aggregate("concat", 1, Joined)
    return conn
"""

CONFTEST = """
import pytest

import appdb


@pytest.fixture(scope="session")
def edi_migrations_connect():
    return appdb.connect
"""

TAGS = """\"\"\"Tags.\"\"\"


def upgrade(conn):
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
"""

CONCAT_VIEW = """
def upgrade(conn):
    conn.execute("CREATE VIEW tag_list AS SELECT concat(name) AS names FROM tags")
"""

LINT = ("-k", "test_migration_passes_the_lint", "--sqlite-floor", "3.31")


def _concat_project(pytester, registered: bool):
    (pytester.path / "appdb.py").write_text(APP_DB, encoding="utf-8")
    if registered:
        pytester.makeconftest(CONFTEST)
    folder = first_migration(pytester, TAGS, "tags")
    add_migration(folder, "tag_list", CONCAT_VIEW)
    return folder


def test_a_function_the_project_registers_is_not_sqlites_newer_builtin(pytester):
    folder = _concat_project(pytester, registered=True)
    result = run_matrix(pytester, folder, *LINT, "--upgrade-path", "v1->v2")
    result.assert_outcomes(passed=1)


def test_the_same_builtin_without_the_registration_still_fails_em001(pytester):
    folder = _concat_project(pytester, registered=False)
    result = run_matrix(pytester, folder, *LINT, "--upgrade-path", "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*EM001 needs a newer SQLite*", "*concat() and concat_ws() needs SQLite 3.44.0*"]
    )

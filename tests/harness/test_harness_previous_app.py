"""The app one version back keeps working on the upgraded database.

``test_previous_app_still_works[v7-app-on-v8]`` runs the statements of the app at v7 on
the matrix's v7 start upgraded to v8: its reads return what they returned before, its
writes succeed and the v8 app reads them back. Proven on the note-taking chain of
``tests/example_app`` (not EDI's): a rename of a column the v7 app reads, a NOT NULL column
its INSERT omits and a tightened CHECK its writes break each fail naming the statement,
and pass once the migration declares ``BreaksPreviousApp``; an additive migration passes,
with the app's declared statements and with the app derived from the schema alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, copy_example_chain, run_matrix

CHECK = ("-k", "test_previous_app_still_works", "--upgrade-path", "app->v8")
REQUIRED = ("-o", "edi_migrations_previous_app=required")

DECLARED_APP = '''
import pytest

from edi_migrations.harness.app_statements import Read, Write

NOTES_APP = (
    Read(
        "notes of a book",
        "SELECT id, body, pinned FROM notes WHERE book_id = ? ORDER BY id",
        params='SELECT id FROM "note books" ORDER BY id LIMIT 3',
    ),
    Read("tag names", "SELECT name FROM tags ORDER BY name"),
    Write(
        "write a note",
        "INSERT INTO notes (book_id, body) VALUES (?, ?)",
        params="SELECT id, 'a new note' FROM \\"note books\\" ORDER BY id LIMIT 2",
    ),
    Write(
        "pin a note",
        "UPDATE notes SET pinned = 1 WHERE id = ?",
        params="SELECT id FROM notes ORDER BY id LIMIT 2",
    ),
)


@pytest.fixture(scope="session")
def edi_migrations_app_statements():
    return {7: NOTES_APP}
'''

RENAME_BODY = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("notes", "body", "text"),)


def upgrade(conn):
    conn.execute("ALTER TABLE notes RENAME COLUMN body TO text")
"""

NOT_NULL_COLOUR = """
from edi_migrations.changes import AddColumn, Backfill

CHANGES = (AddColumn("tags", "colour"), Backfill("tags", "colour", constant="grey"))


def upgrade(conn):
    conn.execute(
        "CREATE TABLE tags_new (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
        "colour TEXT NOT NULL)"
    )
    conn.execute("INSERT INTO tags_new (id, name, colour) SELECT id, name, 'grey' FROM tags")
    conn.execute("DROP TABLE tags")
    conn.execute("ALTER TABLE tags_new RENAME TO tags")
"""

NO_MORE_PINS = '''
from edi_migrations.changes import ChangeConstraint, ChangeType
from edi_migrations.rebuild import NewTable, rebuild_tables

CHANGES = (
    ChangeType("notes", "pinned", "INT", expression="0"),
    ChangeConstraint("notes", "check", column="pinned"),
)

NOTES = """id INTEGER PRIMARY KEY AUTOINCREMENT,
    book_id INT REFERENCES "note books"(id) ON DELETE CASCADE,
    body TEXT,
    "quote""d" TEXT,
    created TEXT NOT NULL DEFAULT '2024-01-01 00:00:00',
    pinned INT NOT NULL DEFAULT 0 CHECK (pinned IN (0))"""


def upgrade(conn):
    conn.execute("UPDATE notes SET pinned = 0")
    rebuild_tables(conn, [NewTable("notes", NOTES)])
'''

ADDITIVE = """
def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN colour TEXT")
    conn.execute(
        "CREATE TABLE reminders (id INTEGER PRIMARY KEY, note_id INT REFERENCES notes(id), "
        "due TEXT)"
    )
    conn.execute("CREATE INDEX idx_notes_created ON notes(created)")
"""

# (migration body, whether the project declares its app's statements, the failure's lines)
BREAKS = {
    "a-declared-rename-of-a-column-the-app-reads": (
        RENAME_BODY,
        True,
        [
            "*0008_breaking_change: the v7 app no longer works on v8*",
            "*statement 'notes of a book' of the v7 app*no such column: body*",
        ],
    ),
    "a-new-not-null-column-the-app-does-not-write": (
        NOT_NULL_COLOUR,
        False,
        [
            "*0008_breaking_change: the v7 app no longer works on v8*",
            "*statement 'insert into tags' of the v7 app*NOT NULL constraint failed: tags.colour*",
        ],
    ),
    "a-tightened-check-the-app-writes-break": (
        NO_MORE_PINS,
        True,
        [
            "*0008_breaking_change: the v7 app no longer works on v8*",
            "*statement 'pin a note' of the v7 app*CHECK constraint failed*",
        ],
    ),
}


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    return copy_example_chain(pytester)


def declared_breaking(body: str) -> str:
    return (
        "from edi_migrations.changes import BreaksPreviousApp\n"
        + body
        + '\nCHANGES = (*CHANGES, BreaksPreviousApp("notes apps before v8 are retired"))\n'
    )


@pytest.mark.parametrize("body, declared_app, lines", BREAKS.values(), ids=BREAKS.keys())
def test_a_break_of_the_previous_app_fails_naming_the_statement(
    pytester, chain, body, declared_app, lines
):
    if declared_app:
        pytester.makeconftest(DECLARED_APP)
    add_migration(chain, "breaking_change", body)
    result = run_matrix(pytester, chain, *REQUIRED, *CHECK)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(lines)


@pytest.mark.parametrize("body, declared_app, lines", BREAKS.values(), ids=BREAKS.keys())
def test_the_same_break_declared_passes_and_is_reported(pytester, chain, body, declared_app, lines):
    if declared_app:
        pytester.makeconftest(DECLARED_APP)
    add_migration(chain, "breaking_change", declared_breaking(body))
    result = run_matrix(pytester, chain, *REQUIRED, *CHECK)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [
            "*previous app*",
            "*0008_breaking_change: the v7 app breaks on v8, declared: notes apps before v8 "
            "are retired*",
        ]
    )


@pytest.mark.parametrize("declared_app", [True, False], ids=["declared-app", "derived-app"])
def test_an_additive_migration_keeps_the_previous_app_working(pytester, chain, declared_app):
    if declared_app:
        pytester.makeconftest(DECLARED_APP)
    add_migration(chain, "additions", ADDITIVE)
    result = run_matrix(pytester, chain, *REQUIRED, *CHECK)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*0008_additions: the v7 app keeps working on v8*"])


def test_the_app_derived_from_the_schema_catches_the_rename(pytester, chain):
    add_migration(chain, "breaking_change", RENAME_BODY)
    result = run_matrix(pytester, chain, *REQUIRED, *CHECK)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0008_breaking_change: the v7 app no longer works on v8*",
            "*statement 'read notes' of the v7 app (derived from the schema)*"
            "no such column: body*",
        ]
    )


def test_a_project_that_never_asked_is_told_without_failing(pytester, chain):
    """The default: compatibility reported, not required; the report names the first
    failing statement."""
    add_migration(chain, "breaking_change", RENAME_BODY)
    report = pytester.path / "matrix.md"
    result = run_matrix(pytester, chain, *CHECK, "--matrix-report", str(report))
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [
            "*previous app*",
            "*0008_breaking_change: the v7 app breaks on v8 (reported, not required: "
            "edi_migrations_previous_app = required fails it)*",
            "*first failing: 'read notes'*no such column: body*",
        ]
    )
    text = report.read_text(encoding="utf-8")
    assert "### Previous app" in text
    assert "0008_breaking_change" in text and "'read notes'" in text


RENAME_NAIVE_PROMPT = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("sessions", "naive_prompt", "user_prompt"),)


def upgrade(conn):
    conn.execute("ALTER TABLE sessions RENAME COLUMN naive_prompt TO user_prompt")
"""


def test_a_rename_appended_to_edis_chain_is_a_verdict_not_a_traceback(pytester, matrix_project):
    """EDI's v3 app (its declared statements) reads naive_prompt: the check fails naming
    the statement, and EDI's fixture writer, asked for a v4 database, writes what it can."""
    add_migration(matrix_project, "user_prompt", RENAME_NAIVE_PROMPT)
    result = run_matrix(
        pytester,
        matrix_project,
        *REQUIRED,
        *("-k", "test_previous_app_still_works or test_rerun"),
        *("--upgrade-path", "app->v4", "--upgrade-path", "rerun->v4-on-v4"),
    )
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(
        [
            "*0004_user_prompt: the v3 app no longer works on v4*",
            "*statement 'read a session' of the v3 app*no such column*naive_prompt*",
        ]
    )
    assert "Traceback" not in result.stdout.str()

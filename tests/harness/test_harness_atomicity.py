"""The atomicity check injects its error without touching the migration's source.

``test_failed_migration_leaves_the_database_untouched`` makes a migration fail at its very
end and asserts the file is unchanged. It must do so for any valid migration file:
the error is raised after ``upgrade`` returns, so a final triple-quoted statement, an
early return, a decorated or nested function or ``upgrade = helper(...)`` are all run
as written. A migration that ends or escapes the runner's transaction still fails it.

Each spec runs the example app's chain (not EDI's) in a pytester project with one
migration added, and only the atomicity check on the step into it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.harness.atomicity import failing_at_the_end
from edi_migrations.runner.wrapping import wrapped_upgrade
from tests.harness_projects import add_migration, run_matrix

EXAMPLE = Path(__file__).parents[1] / "example_app" / "migrations"
CHECK = ("-k", "test_failed_migration")

# Sound migrations written in every way Python allows; each changes the schema and data,
# so a rollback that missed anything would show.
TRIPLE_QUOTED_LAST = '''
def upgrade(conn):
    conn.execute("""
        CREATE TABLE reminders (
            id INTEGER PRIMARY KEY,
            note_id INT REFERENCES notes(id),
            due TEXT NOT NULL DEFAULT '2024-01-01 00:00:00',
            repeat_every TEXT CHECK (repeat_every IN ('day', 'week', 'month'))
        )
""")
'''
EARLY_RETURN = """
def upgrade(conn):
    conn.execute("CREATE TABLE reminders (id INTEGER PRIMARY KEY, due TEXT)")
    if conn.execute("SELECT count(*) FROM notes").fetchone()[0] >= 0:
        return
    conn.execute("DROP TABLE notes")
"""
DOCSTRING_ONLY = '''
def upgrade(conn):
    """Nothing to change: the app's next release reads the same schema."""
'''
NESTED_AND_DECORATED = """
import functools


def logged(function):
    @functools.wraps(function)
    def run(conn):
        function(conn)
        conn.execute("CREATE TABLE upgrade_log (note TEXT)")
    return run


@logged
def upgrade(conn):
    def add(name):
        conn.execute(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY, due TEXT)")

    add("reminders")
"""
BUILT_BY_A_HELPER = """
def statements(*sql):
    def run(conn):
        for statement in sql:
            conn.execute(statement)
    return run


upgrade = statements(
    "CREATE TABLE reminders (id INTEGER PRIMARY KEY, due TEXT)",
    "UPDATE notes SET body = upper(body)",
)
"""
ANNOTATED_OVER_LINES = """
import sqlite3


def upgrade(
    connection: sqlite3.Connection,
) -> None:
    connection.execute("ALTER TABLE notes ADD COLUMN due TEXT")
"""

SOUND = {
    "a-final-triple-quoted-statement": TRIPLE_QUOTED_LAST,
    "an-early-return": EARLY_RETURN,
    "a-docstring-only": DOCSTRING_ONLY,
    "a-decorated-upgrade-with-a-nested-function": NESTED_AND_DECORATED,
    "upgrade-built-by-a-helper": BUILT_BY_A_HELPER,
    "a-signature-over-several-lines": ANNOTATED_OVER_LINES,
}

COMMITS_HALF = """
def upgrade(conn):
    conn.execute("CREATE TABLE reminders (id INTEGER PRIMARY KEY, due TEXT)")
    conn.commit()
    conn.execute("UPDATE notes SET body = upper(body)")
"""
# Lifts the runner's guard and commits: the first half stays written even when the
# step fails after it. Only the injected failure shows it.
ESCAPES_THE_TRANSACTION = """
def upgrade(conn):
    conn.execute("CREATE TABLE reminders (id INTEGER PRIMARY KEY, due TEXT)")
    conn.set_authorizer(None)
    conn.execute("COMMIT")
    conn.execute("BEGIN")
    conn.execute("UPDATE notes SET body = upper(body)")
"""
BROKEN = {
    "commits-half-its-work": (
        COMMITS_HALF,
        "*0008_reminders tried to end the runner's transaction*",
    ),
    "escapes-the-transaction": (
        ESCAPES_THE_TRANSACTION,
        "*database changed although the migration raised*",
    ),
}


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    folder = pytester.path / "migrations"
    shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    return folder


@pytest.mark.parametrize("body", SOUND.values(), ids=SOUND.keys())
def test_any_sound_migration_passes_the_atomicity_check(pytester, chain, body):
    add_migration(chain, "reminders", body)
    result = run_matrix(pytester, chain, *CHECK, "--upgrade-path", "v7->v8")
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize("body, line", BROKEN.values(), ids=BROKEN.keys())
def test_a_migration_that_leaves_its_transaction_fails_the_check(pytester, chain, body, line):
    add_migration(chain, "reminders", body)
    result = run_matrix(pytester, chain, *CHECK, "--upgrade-path", "v7->v8")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*upgrade path v7->v8 broke invariant 'atomicity'*", line])


def run_first_migration(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    """The init case: a chain of one migration, checked on v0->v1 (``init`` on a new file)."""
    folder = pytester.path / "migrations"
    folder.mkdir()
    add_migration(folder, "reminders", body)
    return run_matrix(pytester, folder, *CHECK, "--upgrade-path", "v0->v1")


def test_the_first_migration_ending_in_a_triple_quoted_statement_passes(pytester):
    body = TRIPLE_QUOTED_LAST.replace("REFERENCES notes(id)", "")
    run_first_migration(pytester, body).assert_outcomes(passed=1)


def test_the_first_migration_committing_half_its_work_fails(pytester):
    result = run_first_migration(
        pytester, COMMITS_HALF.replace("notes SET body = upper(body)", "reminders SET due = NULL")
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v0->v1 broke invariant 'atomicity'*",
            "*0001_reminders tried to end the runner's transaction*",
        ]
    )


def test_the_wrap_holds_only_inside_its_block_and_for_its_folder(tmp_path):
    """Every other load of a folder, the runner's public calls included, is as always."""
    mine, other = tmp_path / "mine", tmp_path / "other"
    for folder in (mine, other):
        shutil.copytree(EXAMPLE, folder, ignore=shutil.ignore_patterns("__pycache__", "schema_*"))
    original = load_migrations(mine)
    with wrapped_upgrade(mine, 2, failing_at_the_end):
        inside = load_migrations(mine)
        elsewhere = load_migrations(other)
    assert inside[1].upgrade is not original[1].upgrade
    assert inside[1].checksum == original[1].checksum
    assert [m.upgrade for m in inside[:1] + inside[2:]] == [
        m.upgrade for m in original[:1] + original[2:]
    ]
    assert all(m.upgrade.__name__ == "upgrade" for m in elsewhere)
    assert load_migrations(mine) == original

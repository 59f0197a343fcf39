"""The plugin on migrations as a newcomer writes them, with only the README.

A migration written with ``executescript`` passes; one that never ends fails on the
statement budget naming itself, never hanging the run; one that fails makes every check
starting from a fresh install at its version fail with that failure in one message, not
a traceback of the plugin. Each broken migration beside its sound control, on the
note-taking chain of ``tests/example_app`` (not EDI's).
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, copy_example_chain, run_matrix

SCRIPT = '''
def upgrade(conn):
    conn.executescript("""
        CREATE TABLE IF NOT EXISTS reminders (id INTEGER PRIMARY KEY, due TEXT DEFAULT 'soon; later');
        CREATE INDEX IF NOT EXISTS reminders_due ON reminders(due);
    """)
'''
ENDS = """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS reminders (id INTEGER PRIMARY KEY)")
    for n in range(1000):
        n += 1
"""
LOOPS_IN_PYTHON = """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS reminders (id INTEGER PRIMARY KEY)")
    n = 0
    while n >= 0:
        n += 1
"""
LOOPS_IN_SQL = """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS reminders (id INTEGER PRIMARY KEY)")
    conn.execute(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    ).fetchall()
"""
TYPO = """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS reminders (id INTEGER PRIMARY KEY, due TEXT)")
    conn.execute("UPDATE reminders SET due = ?", (DEFAULT_DUE,))
"""
SOUND = TYPO.replace("(DEFAULT_DUE,)", "('soon',)")
PATH = ("-k", "test_upgrade_path", "--upgrade-path", "v7->v8")


def chain_with(pytester: pytest.Pytester, *migrations: tuple[str, str], conftest: str = ""):
    """The example chain with ``migrations`` (name, body) added, and ``conftest``."""
    chain = copy_example_chain(pytester)
    for name, body in migrations:
        add_migration(chain, name, body)
    if conftest:
        pytester.makeconftest(conftest)
    return chain


def fails_saying(result: pytest.RunResult, lines: list[str], never: str) -> None:
    """One failed check showing ``lines``, and none of the plugin's frames (``never``)."""
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(lines)
    assert never not in result.stdout.str()


def test_a_migration_written_as_a_script_passes(pytester):
    chain = copy_example_chain(pytester)
    add_migration(chain, "reminders", SCRIPT)
    run_matrix(pytester, chain, *PATH).assert_outcomes(passed=1)
    rerun = ("-k", "test_rerun", "--upgrade-path", "rerun->v8-on-v8")
    run_matrix(pytester, chain, *rerun).assert_outcomes(passed=1)


def test_a_migration_whose_loop_ends_passes_under_the_budget(pytester):
    chain = copy_example_chain(pytester)
    add_migration(chain, "reminders", ENDS)
    result = run_matrix(pytester, chain, *PATH, "--statement-timeout", "5", timeout=120)
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize("body", [LOOPS_IN_PYTHON, LOOPS_IN_SQL], ids=["python", "sql"])
def test_a_migration_that_never_ends_fails_on_the_budget(pytester, body):
    chain = copy_example_chain(pytester)
    add_migration(chain, "reminders", body)
    result = run_matrix(pytester, chain, *PATH, "--statement-timeout", "1", timeout=120)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v7->v8 broke invariant 'upgrade completes'*",
            "*migration 0008_reminders ran past the statement budget of 1 s and was stopped;"
            " rolled back, database still at v7*--statement-timeout*",
        ]
    )


FRESH_V8 = ("-k", "test_rerun or test_schema_snapshot", "--upgrade-path", "rerun->v7-on-v8")


def test_checks_starting_at_a_version_its_migration_cannot_reach_say_why(pytester):
    chain = chain_with(pytester, ("reminders", TYPO))
    lines = [
        "*upgrade path fresh->v8 broke invariant 'upgrade completes'*",
        "*migration 0008_reminders failed at line 5 of 0008_reminders.py"
        " (after statement: *): NameError*",
        "*starts from a fresh install at v8, which the chain cannot build*",
    ]
    fails_saying(run_matrix(pytester, chain, *FRESH_V8), lines, never="steps.py")


def test_checks_starting_at_a_version_its_sound_migration_reaches_pass(pytester):
    chain = chain_with(pytester, ("reminders", SOUND))
    run_matrix(pytester, chain, *FRESH_V8).assert_outcomes(passed=1)


HELPER = "def normalised(text):\n    return text.strip().lower()\n"
USES_HELPER = """
from _names import normalised


def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS reminders (id INTEGER PRIMARY KEY, due TEXT)")
    conn.execute("INSERT INTO reminders (due) VALUES (?)", (normalised(" Soon "),))
"""


def test_a_migration_importing_a_helper_beside_it_passes(pytester):
    chain = copy_example_chain(pytester)
    (chain / "_names.py").write_text(HELPER, encoding="utf-8")
    add_migration(chain, "reminders", USES_HELPER)
    run_matrix(pytester, chain, *PATH).assert_outcomes(passed=1)


def test_a_refused_folder_is_one_collection_error_in_one_line(pytester):
    """Said as the refusal alone: the plugin's and pytest's frames are noise to its author."""
    chain = copy_example_chain(pytester)
    (chain / "names.py").write_text(HELPER, encoding="utf-8")
    add_migration(chain, "reminders", USES_HELPER.replace("_names", "names"))
    result = run_matrix(pytester, chain, *PATH)
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(
        ["*names.py: migration files are named NNNN_snake_name.py (a helper module's name*"]
    )
    assert "_caller.py" not in result.stdout.str() and "discovery.py" not in result.stdout.str()


REMINDERS = """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS reminders (id INTEGER PRIMARY KEY, due TEXT)")
"""
APP_WRITES = """
import pytest


@pytest.fixture(scope="session")
def edi_migrations_app_writes():
    def writes(conn, ctx):
        if ctx.version >= 8:
            conn.execute("INSERT INTO reminders (due) VALUES ('soon')")
    return writes
"""
RERUN_ON_V8 = ("-k", "test_rerun", "--upgrade-path", "rerun->v8-on-v8")


def test_the_apps_writes_failing_on_a_start_database_say_where(pytester):
    typo = APP_WRITES.replace("(due)", "(due_at)")
    chain = chain_with(pytester, ("reminders", REMINDERS), conftest=typo)
    lines = [
        "*upgrade path fresh->v8 broke invariant 'the app's writes run'*",
        "*edi_migrations_app_writes failed on the start database at v8:"
        " OperationalError: table reminders has no column named due_at (conftest.py line 8)*",
    ]
    fails_saying(run_matrix(pytester, chain, *RERUN_ON_V8), lines, never="app_data.py")


def test_the_apps_writes_that_run_pass(pytester):
    chain = chain_with(pytester, ("reminders", REMINDERS), conftest=APP_WRITES)
    run_matrix(pytester, chain, *RERUN_ON_V8).assert_outcomes(passed=1)


SEARCHED = """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS posts (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS posts_fts "
        "USING fts5(title, content='posts', content_rowid='id')"
    )
"""
RENAMES_UNDER_SEARCH = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("posts", "title", "headline"),)


def upgrade(conn):
    if "title" in [r[1] for r in conn.execute("PRAGMA table_info(posts)")]:
        conn.execute("ALTER TABLE posts RENAME COLUMN title TO headline")
"""
RENAMES_AND_REBUILDS_SEARCH = RENAMES_UNDER_SEARCH.replace(
    '"ALTER TABLE posts RENAME COLUMN title TO headline")',
    '"ALTER TABLE posts RENAME COLUMN title TO headline")\n'
    '        conn.execute("DROP TABLE posts_fts")\n'
    '        conn.execute("CREATE VIRTUAL TABLE posts_fts USING fts5(headline, '
    "content='posts', content_rowid='id')\")",
)
POSTS_WRITES = APP_WRITES.replace(">= 8", ">= 9").replace(
    "INSERT INTO reminders (due) VALUES ('soon')", "INSERT INTO posts (headline) VALUES ('hi')"
)
RERUN_ON_V9 = ("-k", "test_rerun", "--upgrade-path", "rerun->v8-on-v9")


def test_a_start_database_the_chain_left_broken_names_the_table_not_the_writes(pytester):
    """The app's writes ran; the table the chain broke is what cannot be read after them."""
    added = (("posts", SEARCHED), ("headline", RENAMES_UNDER_SEARCH))
    chain = chain_with(pytester, *added, conftest=POSTS_WRITES)
    lines = [
        "*upgrade path fresh->v9 broke invariant 'tables readable'*",
        "*table posts_fts of the start database at v9 cannot be read:"
        " OperationalError: no such column: T.title*",
    ]
    fails_saying(run_matrix(pytester, chain, *RERUN_ON_V9), lines, never="app_data.py")


@pytest.mark.parametrize("writes", ["", POSTS_WRITES], ids=["schema-rows", "app-writes"])
def test_a_start_database_the_chain_keeps_readable_passes(pytester, writes):
    added = (("posts", SEARCHED), ("headline", RENAMES_AND_REBUILDS_SEARCH))
    chain = chain_with(pytester, *added, conftest=writes)
    run_matrix(pytester, chain, *RERUN_ON_V9).assert_outcomes(passed=1)


CODES = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE IF NOT EXISTS codes (id INTEGER PRIMARY KEY, "
        "code TEXT NOT NULL CHECK (length(code) = 3 AND substr(code, 2, 1) = '-'))"
    )
    conn.execute(
        "CREATE TABLE IF NOT EXISTS code_uses (id INTEGER PRIMARY KEY, "
        "code_id INTEGER NOT NULL REFERENCES codes(id))"
    )
"""
NOTHING = "def upgrade(conn):\n    pass\n"
CODES_WRITTEN = APP_WRITES.replace(
    "INSERT INTO reminders (due) VALUES ('soon')", "INSERT INTO codes (code) VALUES ('A-C')"
)


def test_a_table_the_rows_from_the_schema_cannot_fill_leaves_the_paths_passing(pytester):
    """A sound CHECK the generator cannot satisfy is no failure of every check: the
    table stays empty and the coverage check says how to fill it."""
    chain = chain_with(pytester, ("codes", CODES), ("nothing", NOTHING))
    paths = ("-k", "test_upgrade_path", "--upgrade-path", "v8->v9")
    run_matrix(pytester, chain, *paths).assert_outcomes(passed=1)
    coverage = ("-k", "test_start_database_covers", "--upgrade-path", "coverage->v8")
    lines = ["*start database v8 holds no data in:*", "*codes*", "*app_writes(conn, ctx)*"]
    fails_saying(run_matrix(pytester, chain, *coverage), lines, never="schema_rows.py")
    previous_app = ("-k", "test_previous_app", "--upgrade-path", "app->v9")
    run_matrix(pytester, chain, *previous_app).assert_outcomes(passed=1)


def test_the_same_table_written_by_the_app_is_covered(pytester):
    chain = chain_with(pytester, ("codes", CODES), ("nothing", NOTHING), conftest=CODES_WRITTEN)
    coverage = ("-k", "test_start_database_covers", "--upgrade-path", "coverage->v8")
    run_matrix(pytester, chain, *coverage).assert_outcomes(passed=1)


APPEND_ONLY = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE IF NOT EXISTS audit (id INTEGER PRIMARY KEY, action TEXT NOT NULL)"
    )
    conn.execute("CREATE TABLE IF NOT EXISTS audit_seen (id INTEGER PRIMARY KEY, n INTEGER)")
    conn.execute(
        "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'audit is append-only, it''s the law'); END"
    )
    conn.execute(
        "CREATE TRIGGER IF NOT EXISTS audit_counted AFTER INSERT ON audit "
        "BEGIN INSERT INTO audit_seen (n) VALUES (new.id); END"
    )
"""
ACTOR = """
def upgrade(conn):
    if "actor" not in [r[1] for r in conn.execute("PRAGMA table_info(audit)")]:
        conn.execute("ALTER TABLE audit ADD COLUMN actor TEXT")
"""
DROPS_WHAT_A_TRIGGER_WRITES = """
from edi_migrations.changes import DropObject, DropTable

CHANGES = (DropTable("audit_seen"), DropObject("trigger", "audit_no_update"))


def upgrade(conn):
    conn.execute("DROP TABLE IF EXISTS audit_seen")
    conn.execute("DROP TRIGGER IF EXISTS audit_no_update")
"""
V8_TO_V9 = ("-k", "test_upgrade_path", "--upgrade-path", "v8->v9")


def test_a_trigger_refusing_on_purpose_is_no_failure(pytester):
    """An append-only table's RAISE is the app's rule: its refusal is not a broken trigger."""
    chain = chain_with(pytester, ("audit", APPEND_ONLY), ("actor", ACTOR))
    run_matrix(pytester, chain, *V8_TO_V9).assert_outcomes(passed=1)


def test_a_trigger_left_writing_into_a_dropped_table_still_fails(pytester):
    chain = chain_with(pytester, ("audit", APPEND_ONLY), ("drop", DROPS_WHAT_A_TRIGGER_WRITES))
    lines = ["*broke invariant 'triggers fire'*", "*a trigger on audit fails*audit_seen*"]
    fails_saying(run_matrix(pytester, chain, *V8_TO_V9), lines, never="compare.py")

"""Four gaps users met, mended: each broken twin beside its sound control, on small
chains that are not EDI's.

1. A dropped UNIQUE index needed ``DropObject`` and ``DropConstraint``: a user who wrote the
   one met the other on the next run. Either covers both now (one act, two names), and the
   undeclared failure's index line says so.
2. A JSON document kept as TEXT that lost a key was shown as two text excerpts, the key
   often past their cut: the evidence now names the JSON path and the row first.
3. The connect probe opened a database through the project's ``connect`` in every run of a
   configured project, even one selecting only the project's own tests: it now runs only
   when a selected test is one of the harness's checks.
4. A down that drops a table only when it is empty, declared ``DependsOnData`` in
   ``DOWNGRADE_CHANGES``, failed the round trip where the up filled the table. A
   single-row settings table (``CHECK (id = 1)``) is filled with one row, not more; but
   that row was drawn with a nullable column NULL, so a column added to it failed the
   coverage check of a sound migration: the full table's NULL-only column is filled.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix
from tests.newcomer_chains import STEP, two_steps

MEMBERS = '''"""Members, each e-mail once."""


def upgrade(conn):
    conn.execute("CREATE TABLE members (id INTEGER PRIMARY KEY, email TEXT NOT NULL)")
    conn.execute("CREATE UNIQUE INDEX members_email ON members(email)")
'''

DROP_UNIQUE = """
{imports}
CHANGES = ({changes})


def upgrade(conn):
    conn.execute("DROP INDEX members_email")
"""


def drop_unique(changes: str) -> str:
    imports = "from edi_migrations.changes import DropConstraint, DropObject" if changes else ""
    return DROP_UNIQUE.format(imports=imports, changes=changes)


def test_a_dropped_unique_index_undeclared_fails_naming_both_ways_out(pytester):
    folder = two_steps(pytester, MEMBERS, drop_unique(""))
    result = run_matrix(pytester, folder, *STEP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            '*index members_email lost, not declared: declare it in CHANGES: DropObject("index",'
            ' "members_email") (the UNIQUE on members(email) goes with it;'
            ' DropConstraint("members", "unique", column="email") says the same*'
        ]
    )


@pytest.mark.parametrize(
    "declared",
    ['DropObject("index", "members_email"),', 'DropConstraint("members", "unique", "email"),'],
    ids=["drop-object", "drop-constraint"],
)
def test_a_dropped_unique_index_declared_either_way_passes(pytester, declared):
    folder = two_steps(pytester, MEMBERS, drop_unique(declared))
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)


RECORDING_FACTORY = """
import sqlite3
from pathlib import Path

def connect(database, **kw):
    with open(Path(__file__).with_name("opened.log"), "a") as log:
        log.write(str(database) + "\\n")
    raise RuntimeError("the app's key file is missing")
"""

OWN_TEST = "def test_own_code():\n    assert 1 + 1 == 2\n"


def recording_project(pytester: pytest.Pytester) -> Path:
    """A configured project whose ``connect`` logs every call and cannot open a database,
    with one test of its own beside the checks."""
    (pytester.path / "appdb_logged.py").write_text(RECORDING_FACTORY)
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "appdb_logged:connect"\n')
    pytester.makepyfile(test_own=OWN_TEST)
    return two_steps(pytester, MEMBERS, drop_unique(""))


def test_selecting_only_the_projects_own_tests_opens_nothing_through_connect(pytester):
    folder = recording_project(pytester)
    result = run_matrix(pytester, folder, "-k", "test_own_code", "-p", "no:xdist", timeout=120)
    result.assert_outcomes(passed=1)
    assert not (pytester.path / "opened.log").exists(), (pytester.path / "opened.log").read_text()


def test_selecting_a_check_still_stops_the_run_in_one_line(pytester):
    folder = recording_project(pytester)
    result = run_matrix(pytester, folder, *STEP, "-p", "no:xdist", timeout=120)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(
        ["*appdb_logged:connect failed to open a new database*no check was run*"]
    )
    assert (pytester.path / "opened.log").exists()


SETTINGS = '''"""Members' settings, one JSON document each."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE prefs (id INTEGER PRIMARY KEY, doc TEXT NOT NULL CHECK (json_valid(doc)))"
    )


def app_writes(conn, ctx):
    """The app keeps each member's theme and font under ``prefs``."""
    conn.executemany(
        "INSERT INTO prefs (doc) VALUES (json_object('prefs', json_object("
        "'theme', ?, 'font', 'serif'), 'name', ?))",
        [("dark" if n % 2 else "light", f"member {n}") for n in range(ctx.rows)],
    )
'''

NO_THEME = """
{imports}
CHANGES = ({changes})


def upgrade(conn):
    conn.execute("UPDATE prefs SET doc = json_remove(doc, '$.prefs.theme')")
"""


def test_a_json_key_lost_is_named_by_its_path_and_row(pytester):
    folder = two_steps(pytester, SETTINGS, NO_THEME.format(imports="", changes=""))
    result = run_matrix(pytester, folder, *STEP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ['*prefs.doc rowid 2: JSON $.prefs.theme removed (was "dark"): before text*, after*']
    )


def declared_step(pytester: pytest.Pytester, first: str, second: str, declared: str) -> Path:
    """``first`` then ``second`` declaring ``declared`` (one change, imported by name)."""
    name = declared.split("(", 1)[0]
    imports = f"from edi_migrations.changes import {name}"
    return two_steps(pytester, first, second.format(imports=imports, changes=declared + ","))


def test_the_same_json_key_removal_declared_passes(pytester):
    declared = 'Recompute("prefs", "doc", expression="json_remove(doc, \'$.prefs.theme\')")'
    folder = declared_step(pytester, SETTINGS, NO_THEME, declared)
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)


NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
'''

DRAFTS = """
{imports}
DOWNGRADE_CHANGES = ({changes})


def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS drafts (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
    conn.execute("INSERT OR IGNORE INTO drafts SELECT id, body FROM notes WHERE id % 2 = 0")


def downgrade(conn):  # the drafts a user saved stay for them to export
    if conn.execute("SELECT 1 FROM drafts LIMIT 1").fetchone() is None:
        conn.execute("DROP TABLE drafts")
"""

ROUND_TRIP = ("-k", "test_round_trip_down_and_up", "--upgrade-path", "v1->v2")


def test_a_down_keeping_a_table_for_its_rows_undeclared_fails(pytester):
    folder = two_steps(pytester, NOTES, DRAFTS.format(imports="", changes=""))
    result = run_matrix(pytester, folder, *ROUND_TRIP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*round trip up->down*", "*table drafts: added*"])


def test_a_down_keeping_a_table_for_its_rows_declared_passes(pytester):
    folder = declared_step(pytester, NOTES, DRAFTS, 'DependsOnData("table", "drafts")')
    run_matrix(pytester, folder, *ROUND_TRIP).assert_outcomes(passed=1)


SETTINGS_ROW = '''"""One row of settings: its key admits no other."""


def upgrade(conn):
    conn.execute("CREATE TABLE settings ({key}, theme TEXT NOT NULL DEFAULT 'light')")
'''

NEEDS_ONE_ROW = """
def upgrade(conn):
    count = conn.execute("SELECT count(*) FROM settings").fetchone()[0]
    if count > 1:
        raise RuntimeError(f"settings holds {count} rows")
    conn.execute("ALTER TABLE settings ADD COLUMN font TEXT NOT NULL DEFAULT 'serif'")
"""


@pytest.mark.parametrize(
    "key",
    ["id INTEGER PRIMARY KEY CHECK (id = 1)", "id INT PRIMARY KEY CHECK (id = 1)"],
    ids=["rowid-key", "nullable-key"],
)
def test_a_single_row_settings_table_is_filled_with_one_row(pytester, key):
    """Not a gap: the rows drawn from the schema go through its CHECK (and a NULL key,
    which that CHECK lets by, is not drawn), so a migration relying on one row passes."""
    folder = two_steps(pytester, SETTINGS_ROW.format(key=key), NEEDS_ONE_ROW)
    run_matrix(pytester, folder, *STEP).assert_outcomes(passed=1)


FONT = """
def upgrade(conn):
    conn.execute("ALTER TABLE settings ADD COLUMN font TEXT")
"""
TAGS = """
def upgrade(conn):
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
"""
COVERAGE_AT_V2 = ("-k", "test_start_database_covers_the_schema and v2")


def covered_at_v2(pytester: pytest.Pytester, font: str) -> pytest.RunResult:
    """The coverage check of the start at v2 (a start below a third migration), where
    the single-row settings table has had ``font`` added."""
    first = SETTINGS_ROW.format(key="id INTEGER PRIMARY KEY CHECK (id = 1)")
    folder = two_steps(pytester, first, font)
    add_migration(folder, "tags", TAGS)
    return run_matrix(pytester, folder, *COVERAGE_AT_V2)


def test_a_column_added_to_a_single_row_table_is_filled_in_its_one_row(pytester):
    """The one row its CHECK admits was drawn with the new nullable column NULL, the rows
    that would have held values were refused, and the coverage check failed a sound
    migration ("font is NULL in all 1 rows"): the full table's NULL-only column is filled."""
    result = covered_at_v2(pytester, FONT)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*v2  settings 1 rows: id 100%, theme 100%, font 100%*"])


def test_a_single_row_table_whose_column_no_value_fits_still_fails_coverage(pytester):
    result = covered_at_v2(pytester, FONT.replace("font TEXT", "font TEXT CHECK (font IS NULL)"))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*column settings.font is NULL in all 1 rows*"])

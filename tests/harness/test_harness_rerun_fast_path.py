"""The re-run check reads the database's rows only when the re-run may have changed it:
a re-run that leaves every page as it was changed nothing, so the common case (a clean
refusal, a guarded CREATE, an INSERT OR IGNORE) costs no read of the rows. Whatever way a
re-run changes the database, it still FAILS with the check's message: a row by UPDATE, a
row through a trigger, a row replaced by INSERT OR REPLACE (same values, another rowid),
DDL, the header's user_version, a REAL -0.0 turned 0.0, a blob written in place (no
statement), one row changed beside a table's equal rows rewritten (only the tables whose
pages changed are read: harness/page_owners.py); and a harmless re-run PASSES.

One pytester run on the example app's chain (a note-taking app, not EDI's), one migration
added per case: each case is the re-run of its migration on its own version.
"""

from __future__ import annotations

import pytest

from tests.harness import test_harness_rerun_setting as rerun_setting
from tests.harness_projects import add_migration, run_matrix

chain = rerun_setting.chain  # the fixture: the example app's chain, copied into the project

CHANGES = "*re-run changed the database: "

BREAKING = {
    "update_row": (
        """
def upgrade(conn):
    conn.execute(
        "UPDATE \\"note books\\" SET title = title || '+'"
        " WHERE id = (SELECT min(id) FROM \\"note books\\")"
    )
""",
        [CHANGES + "rows of note books*"],
    ),
    "through_a_trigger": (
        """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS tallies (id INTEGER PRIMARY KEY, n INT NOT NULL)")
    conn.execute("INSERT OR IGNORE INTO tallies (id, n) VALUES (0, 0)")
    conn.execute(
        "CREATE TRIGGER IF NOT EXISTS edits_touched AFTER UPDATE ON edits"
        " BEGIN UPDATE tallies SET n = n + 1; END"
    )
    conn.execute("UPDATE edits SET old_body = old_body")
""",
        [CHANGES + "rows of tallies*"],
    ),
    "replaced": (
        """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE IF NOT EXISTS prefs (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE,"
        " value TEXT)"
    )
    conn.execute("INSERT OR REPLACE INTO prefs (key, value) VALUES ('theme', 'dark')")
""",
        [CHANGES + "rows of prefs*", "*prefs rowid *: row gone (*", "*prefs rowid *: row added (*"],
    ),
    "ddl": (
        """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS grown (id INTEGER PRIMARY KEY)")
    n = len(conn.execute("PRAGMA table_info(grown)").fetchall())
    conn.execute(f"ALTER TABLE grown ADD COLUMN c{n} TEXT")
""",
        [CHANGES + "the schema (1 object(s))*"],
    ),
    "user_version": (
        """
def upgrade(conn):
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    conn.execute(f"PRAGMA user_version = {version + 1}")
""",
        [CHANGES + "PRAGMA user_version 1 -> 2*"],
    ),
    "negative_zero": (
        """
import math


def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS levels (id INTEGER PRIMARY KEY, level)")
    conn.execute("INSERT OR IGNORE INTO levels (id, level) VALUES (0, 0.0)")
    (level,) = conn.execute("SELECT level FROM levels WHERE id = 0").fetchone()
    conn.execute("UPDATE levels SET level = ? WHERE id = 0", (-math.copysign(0.0, level),))
""",
        [CHANGES + "rows of levels*", "*levels rowid 0: level: real -0.0 -> real 0.0*"],
    ),
    "blob_written_in_place": (
        """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS blobs (id INTEGER PRIMARY KEY, data BLOB)")
    conn.execute("INSERT OR IGNORE INTO blobs (id, data) VALUES (0, zeroblob(20000))")
    with conn.blobopen("blobs", "data", 0) as blob:  # no statement: no authorizer
        blob.seek(15000)  # on an overflow page
        (byte,) = blob.read(1)
        blob.seek(15000)
        blob.write(bytes([byte + 1]))
""",
        [CHANGES + "rows of blobs*"],
    ),
    "equal_rows_rewritten_beside_a_changed_one": (
        """
def upgrade(conn):
    conn.execute("UPDATE tags SET name = name")
    conn.execute(
        "UPDATE \\"note books\\" SET \\"order\\" = coalesce(\\"order\\", 0) + 1"
        " WHERE id = (SELECT max(id) FROM \\"note books\\")"
    )
""",
        [CHANGES + "rows of note books*"],
    ),
}

HARMLESS = {
    "create_if_not_exists": """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS shelves (id INTEGER PRIMARY KEY, name TEXT)")
""",
    "update_to_equal_values": """
def upgrade(conn):
    conn.execute("UPDATE tags SET name = name")
""",
    "insert_or_ignore_an_existing_row": """
def upgrade(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS labels (id INTEGER PRIMARY KEY, name TEXT UNIQUE)")
    conn.execute("INSERT OR IGNORE INTO labels (id, name) VALUES (0, 'inbox')")
""",
}


@pytest.fixture
def reruns(pytester, chain) -> dict[str, pytest.RunResult]:
    """Every case's migration added; the re-run of each on its own version, in one run.
    Returns the failure text of each failing case's test, by case name."""
    versions = {}
    for name, body in [*((n, b) for n, (b, _) in BREAKING.items()), *HARMLESS.items()]:
        versions[name] = int(add_migration(chain, name, body).name[:4])
    selected = " or ".join(f"m{v:04d}-on-v{v}" for v in versions.values())
    required = ("-o", "edi_migrations_rerun_check=required")  # a change fails the check
    select = ("-k", f"test_rerun and ({selected})", "-p", "no:xdist", *required)
    result = run_matrix(pytester, chain, *select)
    result.assert_outcomes(failed=len(BREAKING), passed=len(HARMLESS))
    sections = result.stdout.str().split(" FAILURES ")[1].split("_ test_rerun")
    return {
        name: next(s for s in sections if f"m{versions[name]:04d}-on-v{versions[name]}]" in s)
        for name in BREAKING
    }


def test_every_breaking_rerun_fails_and_every_harmless_one_passes(reruns):
    for name, (_, lines) in BREAKING.items():
        section = pytest.LineMatcher(reruns[name].splitlines())
        section.fnmatch_lines(["*broke invariant 'idempotent'*", *lines])

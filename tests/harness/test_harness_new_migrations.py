"""Migrations nobody taught the generator about are still tested on data.

A developer appends migrations to the project's chain and runs the matrix with
``--migrations-dir``, writing no harness code: the start databases at the new version
hold rows in the new table and values in the new column (generated from the schema),
so a later migration that breaks exactly that data fails, naming path, invariant,
table, row and values.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, run_matrix

ADD_TABLE = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE thumbnails (id INTEGER PRIMARY KEY, "
        "session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE, "
        "width INT NOT NULL CHECK (width BETWEEN 16 AND 4096), image BLOB, caption TEXT)"
    )
    conn.execute("CREATE INDEX idx_thumbnails_session ON thumbnails(session_id)")
"""
ADD_COLUMN = """
def upgrade(conn):
    conn.execute("ALTER TABLE prompts ADD COLUMN token_count INTEGER")
"""
NOTHING = """
def upgrade(conn):
    pass
"""


def then(*statements: str) -> str:
    """A migration whose upgrade runs ``statements`` in order."""
    return "def upgrade(conn):\n" + "".join(f"    conn.execute({s!r})\n" for s in statements)


SOUND = {"adds-a-table": ADD_TABLE, "adds-a-column": ADD_COLUMN}
AROUND_THE_NEW_VERSION = tuple(  # the paths into and out of v4, its snapshot and its data
    arg
    for pattern in (
        "v3->v4",
        "v3->v5",
        "v4->v5",
        "fresh->v5",
        "rerun->v4-*",
        "schema->v*",
        "coverage->v*",
    )
    for arg in ("--upgrade-path", pattern)
)
SNAPSHOTS = ("-k", "test_schema_snapshot")  # what --snapshot-update writes: one per version


@pytest.mark.parametrize("body", SOUND.values(), ids=SOUND.keys())
def test_a_sound_new_migration_passes_with_its_snapshot(pytester, matrix_project, body):
    add_migration(matrix_project, "sound_addition", body)
    add_migration(matrix_project, "nothing_yet", NOTHING)
    written = run_matrix(pytester, matrix_project, "--snapshot-update", *SNAPSHOTS)
    written.assert_outcomes(passed=5)  # schema_v1.sql .. schema_v5.sql
    again = run_matrix(pytester, matrix_project, *AROUND_THE_NEW_VERSION)
    # with the lint of 0004 and 0005; their round trips skipped (neither has a downgrade())
    again.assert_outcomes(passed=19, skipped=2)
    assert (matrix_project / "schema_snapshots" / "schema_v5.sql").exists()
    again.stdout.fnmatch_lines(["*v4  * rows: *"])  # the new version's coverage is shown


BROKEN = {
    "rows-of-the-new-table-lost": (
        ADD_TABLE,
        ("DELETE FROM thumbnails WHERE id % 3 = 0",),
        "*thumbnails rowid * row lost*",
    ),
    "the-new-columns-integers-stored-as-text": (
        ADD_COLUMN,
        (  # the column re-made as TEXT, its values copied over: each integer becomes text
            "ALTER TABLE prompts RENAME COLUMN token_count TO token_count_old",
            "ALTER TABLE prompts ADD COLUMN token_count TEXT",
            "UPDATE prompts SET token_count = token_count_old",
            "ALTER TABLE prompts DROP COLUMN token_count_old",
        ),
        "*prompts.token_count rowid *: before integer *, after text '*'*",
    ),
    "the-new-tables-blobs-cast-to-text": (
        ADD_TABLE,
        ("UPDATE thumbnails SET image = CAST(image AS TEXT) WHERE typeof(image) = 'blob'",),
        "*thumbnails.image rowid *: before blob *, after text *",
    ),
    "the-new-columns-values-shifted-by-one": (
        ADD_COLUMN,
        ("UPDATE prompts SET token_count = token_count + 1 WHERE token_count < 1000000",),
        "*prompts.token_count rowid *: before integer *, after integer *",
    ),
}


@pytest.mark.parametrize("sound, broken, line", BROKEN.values(), ids=BROKEN.keys())
def test_a_migration_that_breaks_the_new_data_fails_the_matrix(
    pytester, matrix_project, sound, broken, line
):
    add_migration(matrix_project, "sound_addition", sound)
    add_migration(matrix_project, "breaks_it", then(*broken))
    result = run_matrix(
        pytester, matrix_project, "-k", "test_upgrade_path", "--upgrade-path", "v4->v5"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*upgrade path v4->v5 broke invariant*data kept*", line])


def test_a_start_database_with_an_empty_table_fails_naming_it(pytester, matrix_project):
    # The app never keeps a draft: a trigger deletes each one as it is written, so no
    # writer can leave rows there, and the check says so instead of passing on nothing.
    add_migration(
        matrix_project,
        "drafts",
        """
def upgrade(conn):
    conn.execute("CREATE TABLE drafts (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute(
        "CREATE TRIGGER drafts_vanish AFTER INSERT ON drafts "
        "BEGIN DELETE FROM drafts WHERE id = NEW.id; END"
    )
""",
    )
    add_migration(matrix_project, "nothing_yet", NOTHING)
    result = run_matrix(pytester, matrix_project, "-k", "test_start_database_covers_the_schema")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*start database v4 holds no data in:*",
            "*table drafts is empty*",
            "*app_writes(conn, ctx)*",
        ]
    )


def test_what_a_migration_says_the_app_writes_is_what_the_start_database_holds(
    pytester, matrix_project
):
    add_migration(
        matrix_project,
        "session_rating",
        """
def upgrade(conn):
    conn.execute("ALTER TABLE sessions ADD COLUMN rating INT")


def app_writes(conn, ctx):
    rows = conn.execute("SELECT rowid FROM sessions").fetchall()
    conn.executemany(
        "UPDATE sessions SET rating = ?, updated_at = '2030-01-01 00:00:00' WHERE rowid = ?",
        [(ctx.rng.randint(1, 5), rowid) for (rowid,) in rows],
    )
""",
    )
    add_migration(matrix_project, "breaks_it", then("UPDATE sessions SET rating = 6 - rating"))
    result = run_matrix(
        pytester, matrix_project, "-k", "test_upgrade_path", "--upgrade-path", "v4->v5"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*sessions.rating rowid *: before integer [1-5], after integer [1-5]*"]
    )

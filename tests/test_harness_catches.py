"""The harness proves itself: each check FAILS on a deliberately broken migration.

Every case copies the project's versions folder into a pytester project, breaks
one migration the way real migrations go wrong, runs the matrix against it with
``--migrations-dir`` and asserts that it fails, naming the path, the invariant and
the evidence.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from fixtures.migration_folders import append_to_function, copy_migrations, migration_file
from fixtures.snapshots import PROJECT_SNAPSHOTS

CONFTEST = (
    'pytest_plugins = ["fixtures.seeding", "fixtures.database_fixtures", "fixtures.matrix"]\n'
)
TESTS = "from fixtures.matrix_checks import *  # noqa: F403\n"

NAIVE_REBUILD = """conn.execute("PRAGMA legacy_alter_table = ON")
    for table in V3_TABLES:
        conn.execute(f"CREATE TABLE _naive_{table.name} ({table.definition})")
        conn.execute(f"INSERT INTO _naive_{table.name} SELECT * FROM {table.name}")
        conn.execute(f"DROP TABLE {table.name}")
        conn.execute(f"ALTER TABLE _naive_{table.name} RENAME TO {table.name}")
    conn.execute("PRAGMA legacy_alter_table = OFF")"""


@dataclass(frozen=True)
class Breakage:
    """How to break one migration, which tests to run, and the lines the failure must show."""

    version: int
    append: tuple[str, ...] = ()  # statements added at the end of upgrade()
    replace: tuple[str, str] | None = None  # (old, new) in the migration's source
    also: tuple[tuple[int, str], ...] = ()  # (version, statement) added to other migrations
    select: tuple[str, ...] = ("-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2")
    expect: tuple[str, ...] = ()


BREAKAGES = {
    "row-lost": Breakage(
        2,
        append=(
            'conn.execute("DELETE FROM prompts WHERE rowid = (SELECT max(rowid) FROM prompts)")',
        ),
        expect=(
            "*upgrade path v1-versioned->v2 broke invariant 'data kept'*",
            "*prompts rowid * row lost*",
        ),
    ),
    "value-altered": Breakage(
        2,
        append=(
            'conn.execute("UPDATE entities SET confidence = confidence / 2 WHERE confidence > 0.1")',
        ),
        expect=("*'data kept'*", "*entities.confidence rowid *: before real *, after real *"),
    ),
    "value-altered-where-nothing-is-declared": Breakage(  # rows compared whole first
        3,
        append=(
            'conn.execute("UPDATE validations SET alignment_score = alignment_score / 2 '
            'WHERE alignment_score > 0.1")',
        ),
        select=("-k", "test_upgrade_path", "--upgrade-path", "v2->v3"),
        expect=(
            "*upgrade path v2->v3 broke invariant 'data kept*",
            "*validations.alignment_score rowid *: before real *, after real *",
        ),
    ),
    "column-dropped": Breakage(
        2,
        append=('conn.execute("ALTER TABLE validations DROP COLUMN user_feedback")',),
        expect=("*'data kept'*", "*column validations.user_feedback dropped, not declared*"),
    ),
    "column-added-undeclared": Breakage(
        2,
        append=('conn.execute("ALTER TABLE prompts ADD COLUMN seed INT")',),
        expect=("*'data kept'*", "*column prompts.seed added, not declared*"),
    ),
    "not-idempotent": Breakage(
        2,
        replace=('raise AlreadyApplied(NAME, "trigger sessions_updated_at exists")', "pass"),
        select=("-k", "test_rerun and m0002-on-v2"),
        expect=(
            "*0002_session_metrics re-run on v2 broke invariant 'idempotent'*",
            "*re-run refused (OperationalError: trigger sessions_updated_at already exists) "
            "after changing the database*",
        ),
    ),
    "index-lost-in-rebuild": Breakage(
        3,
        replace=("rebuild_tables(conn, V3_TABLES)", NAIVE_REBUILD),
        select=("-k", "test_upgrade_path", "--upgrade-path", "v2->v3"),
        expect=(
            "*upgrade path v2->v3 broke invariant*objects kept*",
            "*index idx_* lost, not declared*",
        ),
    ),
    "trigger-fails-when-fired": Breakage(
        2,
        append=(
            'conn.execute("CREATE TRIGGER touch_prompts AFTER UPDATE ON prompts BEGIN '
            'UPDATE prompts SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id; END")',
        ),
        expect=(
            "*broke invariant 'triggers fire'*",
            "*a trigger on prompts fails when it fires: no such column: updated_at*",
        ),
    ),
    "view-rows-change": Breakage(
        3,
        append=(
            'conn.execute("DROP VIEW session_summary")',
            'conn.execute("CREATE VIEW session_summary AS SELECT id, created_at, image_path, '
            "naive_prompt, status, final_alignment_score, 0 AS prompt_count, 0 AS entity_count, "
            '0 AS validation_count FROM sessions")',
        ),
        select=("-k", "test_upgrade_path", "--upgrade-path", "v2->v3"),
        expect=("*'views keep their rows'*", "*view session_summary: * row(s) gone, * new*"),
    ),
    "differs-from-fresh-install": Breakage(
        2,
        append=(
            'if conn.execute("SELECT count(*) FROM sessions").fetchone()[0]: '
            'conn.execute("CREATE INDEX idx_only_with_data ON sessions(naive_prompt)")',
        ),
        expect=(
            "*broke invariant 'converges to a fresh install'*",
            "*+index idx_only_with_data on sessions (naive_prompt)*",
        ),
    ),
    "relies-on-connection-state": Breakage(
        3,
        append=(
            "conn.execute(\"UPDATE sessions SET model_version = 'carried' WHERE EXISTS "
            "(SELECT 1 FROM sqlite_temp_master WHERE name = 'carried')\")",
        ),
        also=((2, 'conn.execute("CREATE TEMP TABLE IF NOT EXISTS carried (x)")'),),
        select=("-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2->v3"),
        expect=(
            "*upgrade path v1-versioned->v2->v3 broke invariant 'resumed equals uninterrupted'*",
            "*table sessions differs*",
        ),
    ),
    "commits-half-its-work": Breakage(
        2,
        replace=(
            "    for sql in NEW_TABLES.values():\n",
            "    conn.commit()\n    for sql in NEW_TABLES.values():\n",
        ),
        expect=(
            "*upgrade path v1-versioned->v2 broke invariant 'atomicity'*",
            "*0002_session_metrics tried to end the runner's transaction*",
        ),
    ),
}


@pytest.fixture
def migrations(pytester):
    """A pytester project running the matrix on a private copy of the migrations."""
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_matrix=TESTS)
    return copy_migrations(pytester.path / "versions")


def run_matrix(pytester, folder, *args):
    return pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-dir", str(folder), "--matrix-sessions", "25", *args
    )


def break_migration(folder, breakage: Breakage) -> None:
    for code in breakage.append:
        append_to_function(folder, breakage.version, "upgrade", code)
    for version, code in breakage.also:
        append_to_function(folder, version, "upgrade", code)
    if breakage.replace:
        path = migration_file(folder, breakage.version)
        old, new = breakage.replace
        assert old in path.read_text(), f"{old!r} not in {path.name}"
        path.write_text(path.read_text().replace(old, new))


def test_the_intact_migrations_pass(pytester, migrations):
    result = run_matrix(
        pytester, migrations, "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned*"
    )
    result.assert_outcomes(passed=3)


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_the_matrix_fails_on_a_broken_migration(pytester, migrations, breakage):
    break_migration(migrations, breakage)
    result = run_matrix(pytester, migrations, *breakage.select)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(list(breakage.expect))


def test_a_new_migration_without_a_snapshot_says_how_to_create_it(pytester, migrations):
    result = run_matrix(pytester, migrations, "-k", "test_schema_snapshot and v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no schema snapshot for v3*pytest --snapshot-update*"])


def test_snapshot_update_writes_readable_schema_files_beside_the_folder(pytester, migrations):
    own = {p.name: p.read_bytes() for p in PROJECT_SNAPSHOTS.iterdir()}
    result = run_matrix(pytester, migrations, "-k", "test_schema_snapshot", "--snapshot-update")
    result.assert_outcomes(passed=3)
    written = sorted(p.name for p in (migrations / "schema_snapshots").iterdir())
    assert written == ["schema_v1.sql", "schema_v2.sql", "schema_v3.sql"]
    assert "table sessions" in (migrations / "schema_snapshots" / "schema_v1.sql").read_text()
    again = run_matrix(pytester, migrations, "-k", "test_schema_snapshot")
    again.assert_outcomes(passed=3)
    assert {p.name: p.read_bytes() for p in PROJECT_SNAPSHOTS.iterdir()} == own


def test_the_grid_ends_the_run_and_is_written_as_markdown(pytester, migrations, tmp_path):
    report = tmp_path / "matrix.md"
    args = (
        "-k",
        "test_upgrade_path",
        "--upgrade-path",
        "v1-versioned*",
        "--upgrade-path",
        "v2->v3",
    )
    result = run_matrix(pytester, migrations, *args, "--matrix-report", str(report))
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(
        [
            "*upgrade-path matrix (start x target)*",
            "start \\ target*v2*v3",
            "v1-versioned*pass*pass",
            "v2*-*pass",
        ]
    )
    text = report.read_text()
    assert "| start \\ target | v2 | v3 |" in text
    assert "| v1-versioned | ✅ pass | ✅ pass |" in text
    assert "3 cells, 0 failing." in text  # the jump and the stepwise path share a cell


def test_a_failing_path_is_a_fail_cell_in_the_grid(pytester, migrations, tmp_path):
    break_migration(migrations, BREAKAGES["row-lost"])
    report = tmp_path / "matrix.md"
    run_matrix(pytester, migrations, *BREAKAGES["row-lost"].select, "--matrix-report", str(report))
    assert "| v1-versioned | ❌ FAIL |" in report.read_text()

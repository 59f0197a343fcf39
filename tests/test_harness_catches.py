"""The harness proves itself: each check FAILS on a deliberately broken migration.

Every case copies the project's versions folder into a pytester project, breaks
one migration the way real migrations go wrong, runs the matrix against it with
``--migrations-dir`` and asserts the failure names the path, the invariant and
the evidence.
"""

from __future__ import annotations

import pytest

from fixtures.migration_folders import append_to_function, copy_migrations, migration_file
from fixtures.snapshots import PROJECT_SNAPSHOTS

CONFTEST = 'pytest_plugins = ["fixtures.field_plugin", "fixtures.matrix"]\n'
TESTS = "from fixtures.matrix_checks import *  # noqa: F403\n"


@pytest.fixture
def broken(pytester):
    """A pytester project running the matrix on a private copy of the migrations."""
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_matrix=TESTS)
    return copy_migrations(pytester.path / "versions")


def run_matrix(pytester, folder, *args):
    return pytester.runpytest_inprocess(
        "-p", "no:cacheprovider", "--migrations-dir", str(folder), "--matrix-sessions", "25", *args
    )


def replace_in(folder, version, old, new):
    path = migration_file(folder, version)
    text = path.read_text()
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new))


def test_the_intact_migrations_pass(pytester, broken):
    result = run_matrix(
        pytester, broken, "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned*"
    )
    result.assert_outcomes(passed=3)


def test_a_lost_row_fails_data_kept(pytester, broken):
    append_to_function(
        broken,
        2,
        "upgrade",
        'conn.execute("DELETE FROM prompts WHERE rowid = (SELECT max(rowid) FROM prompts)")',
    )
    result = run_matrix(
        pytester, broken, "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v1-versioned->v2 broke invariant 'data kept'*",
            "*prompts rowid * row lost*",
        ]
    )


def test_an_undeclared_value_change_fails_data_kept(pytester, broken):
    append_to_function(
        broken,
        2,
        "upgrade",
        'conn.execute("UPDATE entities SET confidence = confidence / 2 WHERE confidence > 0.1")',
    )
    result = run_matrix(
        pytester, broken, "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*'data kept'*", "*entities.confidence rowid *: before real *, after real *"]
    )


def test_a_silently_dropped_column_fails_data_kept(pytester, broken):
    append_to_function(
        broken, 2, "upgrade", 'conn.execute("ALTER TABLE validations DROP COLUMN user_feedback")'
    )
    result = run_matrix(
        pytester, broken, "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*'data kept'*", "*column validations.user_feedback dropped, not declared*"]
    )


def test_a_non_idempotent_migration_fails_the_rerun_check(pytester, broken):
    replace_in(
        broken, 2, 'raise AlreadyApplied(NAME, "trigger sessions_updated_at exists")', "pass"
    )
    result = run_matrix(pytester, broken, "-k", "test_rerun and m0002-on-v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0002_session_metrics re-run on v2 broke invariant 'idempotent'*",
            "*re-run refused (OperationalError: trigger sessions_updated_at already exists) after changing the database*",
        ]
    )


NAIVE_REBUILD = """conn.execute("PRAGMA legacy_alter_table = ON")
    for table in V3_TABLES:
        conn.execute(f"CREATE TABLE _naive_{table.name} ({table.definition})")
        conn.execute(f"INSERT INTO _naive_{table.name} SELECT * FROM {table.name}")
        conn.execute(f"DROP TABLE {table.name}")
        conn.execute(f"ALTER TABLE _naive_{table.name} RENAME TO {table.name}")
    conn.execute("PRAGMA legacy_alter_table = OFF")"""


def test_an_index_lost_in_a_table_rebuild_fails_objects_kept(pytester, broken):
    replace_in(broken, 3, "rebuild_tables(conn, V3_TABLES)", NAIVE_REBUILD)
    result = run_matrix(pytester, broken, "-k", "test_upgrade_path", "--upgrade-path", "v2->v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v2->v3 broke invariant*objects kept*",
            "*index idx_* lost, not declared*",
        ]
    )


def test_a_trigger_that_fails_when_it_fires_is_caught(pytester, broken):
    append_to_function(
        broken,
        2,
        "upgrade",
        'conn.execute("CREATE TRIGGER touch_prompts AFTER UPDATE ON prompts BEGIN '
        'UPDATE prompts SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id; END")',
    )
    result = run_matrix(
        pytester, broken, "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*broke invariant 'triggers fire'*",
            "*a trigger on prompts fails when it fires: no such column: updated_at*",
        ]
    )


def test_a_view_whose_rows_change_is_caught(pytester, broken):
    append_to_function(broken, 3, "upgrade", 'conn.execute("DROP VIEW session_summary")')
    append_to_function(
        broken,
        3,
        "upgrade",
        'conn.execute("CREATE VIEW session_summary AS SELECT id, created_at, image_path, naive_prompt, '
        "status, final_alignment_score, 0 AS prompt_count, 0 AS entity_count, 0 AS validation_count "
        'FROM sessions")',
    )
    result = run_matrix(pytester, broken, "-k", "test_upgrade_path", "--upgrade-path", "v2->v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*'views keep their rows'*", "*view session_summary: * row(s) gone, * new*"]
    )


def test_a_schema_that_differs_from_a_fresh_install_fails_convergence(pytester, broken):
    append_to_function(
        broken,
        2,
        "upgrade",
        'if conn.execute("SELECT count(*) FROM sessions").fetchone()[0]: '
        'conn.execute("CREATE INDEX idx_only_with_data ON sessions(naive_prompt)")',
    )
    result = run_matrix(
        pytester, broken, "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*broke invariant 'converges to a fresh install'*",
            "*+index idx_only_with_data on sessions (naive_prompt)*",
        ]
    )


def test_a_migration_that_commits_half_its_work_fails_atomicity(pytester, broken):
    replace_in(
        broken,
        2,
        "    for sql in NEW_TABLES.values():\n",
        "    conn.commit()\n    for sql in NEW_TABLES.values():\n",
    )
    result = run_matrix(
        pytester, broken, "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned->v2"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v1-versioned->v2 broke invariant 'atomicity'*",
            "*0002_session_metrics tried to end the runner's transaction*",
        ]
    )


def test_a_new_migration_without_a_snapshot_says_how_to_create_it(pytester, broken):
    result = run_matrix(pytester, broken, "-k", "test_schema_snapshot and v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no schema snapshot for v3*pytest --snapshot-update*"])


def test_snapshot_update_writes_readable_schema_files_beside_the_folder(pytester, broken):
    own = {p.name: p.read_bytes() for p in PROJECT_SNAPSHOTS.iterdir()}
    result = run_matrix(pytester, broken, "-k", "test_schema_snapshot", "--snapshot-update")
    result.assert_outcomes(passed=3)
    written = sorted(p.name for p in (broken / "schema_snapshots").iterdir())
    assert written == ["schema_v1.sql", "schema_v2.sql", "schema_v3.sql"]
    assert "table sessions" in (broken / "schema_snapshots" / "schema_v1.sql").read_text()
    again = run_matrix(pytester, broken, "-k", "test_schema_snapshot")
    again.assert_outcomes(passed=3)
    assert {p.name: p.read_bytes() for p in PROJECT_SNAPSHOTS.iterdir()} == own

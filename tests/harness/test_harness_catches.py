"""The harness proves itself: each check FAILS on a deliberately broken migration.

Every case copies the project's versions folder into a pytester project, breaks
one migration the way real migrations go wrong, runs the matrix against it with
``--migrations-dir`` and asserts that it fails, naming the path, the invariant and
the evidence.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import Breakage, assert_matrix_fails, break_migration, run_matrix
from tests.support import ROOT

NAIVE_REBUILD = """conn.execute("PRAGMA legacy_alter_table = ON")
    for table in V3_TABLES:
        conn.execute(f"CREATE TABLE _naive_{table.name} ({table.definition})")
        conn.execute(f"INSERT INTO _naive_{table.name} SELECT * FROM {table.name}")
        conn.execute(f"DROP TABLE {table.name}")
        conn.execute(f"ALTER TABLE _naive_{table.name} RENAME TO {table.name}")
    conn.execute("PRAGMA legacy_alter_table = OFF")"""


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
    "column-added-and-filled-undeclared": Breakage(
        2,
        append=(
            'conn.execute("ALTER TABLE prompts ADD COLUMN seed INT")',
            'conn.execute("UPDATE prompts SET seed = iteration")',
        ),
        expect=(
            "*'data kept'*",
            "*column prompts.seed added and filled in * existing row(s)*, not declared: "
            'declare it in CHANGES: Backfill("prompts", "seed", expression="...")*',
        ),
    ),
    "not-idempotent": Breakage(
        2,
        replace=('raise AlreadyApplied(NAME, "trigger sessions_updated_at exists")', "pass"),
        select=("-k", "test_rerun and m0002-on-v2", "-o", "edi_migrations_rerun_check=required"),
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
            "*upgrade path v1-versioned=>v3 (v1-versioned->v2->v3) broke invariant"
            " 'resumed equals uninterrupted'*",
            "*table sessions: * row(s) changed in column model_version*",
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


def test_the_intact_migrations_pass(pytester, matrix_project):
    result = run_matrix(
        pytester, matrix_project, "-k", "test_upgrade_path", "--upgrade-path", "v1-versioned*"
    )
    result.assert_outcomes(passed=3)


def test_a_column_added_undeclared_holding_only_null_passes(pytester, matrix_project):
    """Control: an addition that changes no existing data speaks for itself."""
    break_migration(
        matrix_project,
        Breakage(2, append=('conn.execute("ALTER TABLE prompts ADD COLUMN seed INT")',)),
    )
    result = run_matrix(pytester, matrix_project, *Breakage(2).select)
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize("breakage", BREAKAGES.values(), ids=BREAKAGES.keys())
def test_the_matrix_fails_on_a_broken_migration(pytester, matrix_project, breakage):
    assert_matrix_fails(pytester, matrix_project, breakage)


def test_a_new_migration_without_a_snapshot_says_how_to_create_it(pytester, matrix_project):
    result = run_matrix(pytester, matrix_project, "-k", "test_schema_snapshot and v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no schema snapshot for v3*pytest --snapshot-update*"])


def test_snapshot_update_writes_readable_schema_files_beside_the_folder(pytester, matrix_project):
    PROJECT_SNAPSHOTS = ROOT / "tests" / "schema_snapshots"
    own = {p.name: p.read_bytes() for p in PROJECT_SNAPSHOTS.iterdir()}
    result = run_matrix(pytester, matrix_project, "-k", "test_schema_snapshot", "--snapshot-update")
    result.assert_outcomes(passed=3)
    written = sorted(p.name for p in (matrix_project / "schema_snapshots").iterdir())
    assert written == ["schema_v1.sql", "schema_v2.sql", "schema_v3.sql"]
    v1 = (matrix_project / "schema_snapshots" / "schema_v1.sql").read_text()
    assert v1.startswith("-- schema of v1, written by edi-migrations; review the diff\n")
    assert "\nCREATE TABLE sessions (\n    id TEXT PRIMARY KEY,\n" in v1
    again = run_matrix(pytester, matrix_project, "-k", "test_schema_snapshot")
    again.assert_outcomes(passed=3)
    assert {p.name: p.read_bytes() for p in PROJECT_SNAPSHOTS.iterdir()} == own


def test_the_grid_ends_the_run_and_is_written_as_markdown(pytester, matrix_project, tmp_path):
    report = tmp_path / "matrix.md"
    args = (
        "-k",
        "test_upgrade_path",
        "--upgrade-path",
        "v1-versioned*",
        "--upgrade-path",
        "v2->v3",
    )
    result = run_matrix(pytester, matrix_project, *args, "--matrix-report", str(report))
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


def test_a_failing_path_is_a_fail_cell_in_the_grid(pytester, matrix_project, tmp_path):
    break_migration(matrix_project, BREAKAGES["row-lost"])
    report = tmp_path / "matrix.md"
    run_matrix(
        pytester, matrix_project, *BREAKAGES["row-lost"].select, "--matrix-report", str(report)
    )
    assert "| v1-versioned | ❌ FAIL |" in report.read_text()

"""The schema snapshot check compares canonical SQL: it fails on any change a migration
makes to the schema, showing the changed statement, and passes when a migration writes
the same schema another way (spacing, keyword case, quoting, IF NOT EXISTS)."""

from __future__ import annotations

import shutil

import pytest

from tests.harness_projects import Breakage, break_migration, run_matrix
from tests.support import ROOT

SNAPSHOTS = ("-k", "test_schema_snapshot")


@pytest.fixture
def snapshotted(matrix_project):
    """The copied migrations with the repository's reviewed snapshots of them beside."""
    shutil.copytree(ROOT / "tests" / "schema_snapshots", matrix_project / "schema_snapshots")
    return matrix_project


CHANGED = {
    "an index added": (
        Breakage(3, append=('conn.execute("CREATE INDEX idx_tags ON sessions(session_tags)")',)),
        "*CREATE INDEX idx_tags ON sessions (session_tags);*",
    ),
    "a CHECK widened": (
        Breakage(3, replace=("'failed', 'cancelled'", "'failed', 'cancelled', 'archived'")),
        "*status TEXT CHECK (status IN (*'archived'))*",
    ),
}


@pytest.mark.parametrize("breakage, line", CHANGED.values(), ids=CHANGED.keys())
def test_a_schema_change_fails_the_snapshot_showing_the_statement(
    pytester, snapshotted, breakage, line
):
    break_migration(snapshotted, breakage)
    result = run_matrix(pytester, snapshotted, "-k", "test_schema_snapshot and v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([line])


REWRITTEN = (  # (version, as the migration writes it, the same schema written otherwise)
    (
        1,
        '"CREATE INDEX idx_sessions_status ON sessions(status)"',
        """'create   index "idx_sessions_status" on [sessions] (  status )'""",
    ),
    (1, "naive_prompt TEXT NOT NULL,", "naive_prompt   text   not null,"),
    (1, "CREATE INDEX idx_prompts_session ON", "CREATE INDEX IF NOT EXISTS idx_prompts_session ON"),
)


def test_the_same_schema_written_another_way_passes_the_snapshot(pytester, snapshotted):
    """Control: spacing, keyword case, quoting and IF NOT EXISTS are not changes."""
    for version, old, new in REWRITTEN:
        break_migration(snapshotted, Breakage(version, replace=(old, new)))
    result = run_matrix(pytester, snapshotted, *SNAPSHOTS)
    result.assert_outcomes(passed=3)

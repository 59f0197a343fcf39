"""A real Go chain, ported: ntfy's message cache (``server/message_cache.go``), its
schema and each ``migrateFromN`` with its SQL constants, 14 versions
(``tests/ntfy_app/README.md``).

Every step stamps ntfy's own ``schemaVersion`` row (declared ``Recompute``), and one
renames a column of ``messages``: on a path over both, the harness once expected the
row at an earlier step's version. The rebuild to ``mid`` (v5 -> v6) loses ``idx_topic``
(``CREATE INDEX IF NOT EXISTS`` finds the old table's index of that name), which
upstream only made again in its schema version 13 (v14 here).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

SEED = ("--migrations-seed", "7")  # the start's schemaVersion row with id 1 is drawn


@pytest.fixture
def ntfy(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check)."""
    ported_project("ntfy", pytester.path)
    return pytester.path / "migrations"


def test_the_rebuild_to_mid_loses_the_topic_index(pytester, ntfy):
    result = run_matrix(pytester, ntfy, "-k", "test_upgrade_path", "--upgrade-path", "v5->v6")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*index idx_topic lost, not declared*"])


def test_the_version_stamped_by_every_step_is_the_last_one_across_the_rename(pytester, ntfy):
    result = run_matrix(
        pytester, ntfy, "-k", "test_upgrade_path", "--upgrade-path", "v2->v14", *SEED
    )
    result.assert_outcomes(passed=1)

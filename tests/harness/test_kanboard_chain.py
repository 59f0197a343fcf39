"""A real public chain, ported: Kanboard's SQLite migrations, versions 1 to 71.

``tests/kanboard_app/migrations`` holds ``version_1`` ... ``version_71`` of Kanboard's
``app/Schema/Sqlite.php`` (MIT), one file each, the same SQL in the same order (PHP
loops over rows written as Python; see ``tests/kanboard_app/README.md``). Its changes
are declared only where upstream means them: a backfill from the project activities, a
recomputation of private projects' owners, two renames, dropped tables, settings rows
added and deleted, tokens drawn at random.

Its steps past the two findings pass: a jump from v27 to head (across the settings,
the dropped histories, the owners, the renames, the positions and the settings
deleted) and the single steps of the token, the owners and ``date_moved``. The
findings are upstream's own and fail as they should: the ``comments`` rebuild of ``version_11`` copies rows whose ``user_id`` has no user (the
table referenced ``tasks(id)`` before), and ``version_27`` puts a UNIQUE index over
``users.username`` as the rows are. The whole default matrix is a bench row
(``bench/bench_ported_chain.py kanboard``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

DECLARED_STEPS = ("v18->v19", "v38->v39", "v43->v44")  # the jump from v27 crosses the others
# The comments finding needs a v10 start holding a comment whose user_id has no user; the
# rows drawn on about one seed in fifty hold none (1168834383 is one), so its spec runs on
# a seed that does, whatever seed the outer run drew (on CI, a fresh one every run).
FINDING_SEED = ("--migrations-seed", "7")


@pytest.fixture
def kanboard(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini turns the re-run check
    off: PicoDb never runs a migration twice)."""
    ported_project("kanboard", pytester.path)
    return pytester.path / "migrations"


def test_the_port_passes_a_jump_to_head_and_every_declared_step(pytester, kanboard):
    paths = [a for p in ("v27->v71", *DECLARED_STEPS) for a in ("--upgrade-path", p)]
    result = run_matrix(pytester, kanboard, "-k", "test_upgrade_path", *paths)
    result.assert_outcomes(passed=1 + len(DECLARED_STEPS))


def test_upstreams_comments_rebuild_leaves_users_that_do_not_exist(pytester, kanboard):
    path = ("--upgrade-path", "v10->v11", *FINDING_SEED)
    result = run_matrix(pytester, kanboard, "-k", "test_upgrade_path", *path)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*migration 0011_comments_user_fk left * new foreign-key violation(s)*"
            "comments(user_id) -> users: * row(s) with no parent row*"
        ]
    )


def test_upstreams_unique_username_over_existing_rows_fails_the_lint(pytester, kanboard):
    paths = ("--upgrade-path", "v26->v27", "--upgrade-path", "v23->v24")
    result = run_matrix(pytester, kanboard, "-k", "test_migration_passes_the_lint", *paths)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        ["*0027_unique_username: EM107 UNIQUE index created over existing*"]
    )

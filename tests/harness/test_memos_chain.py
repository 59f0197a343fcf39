"""A real public chain, ported: memos's SQLite migrations, 0.1 to 0.31 (62 versions).

``tests/memos_app/migrations`` holds memos's (MIT) first schema and each of its
``store/migration/sqlite/<version>/NN__name.sql`` files, one migration each, the same SQL
in the same order (see ``tests/memos_app/README.md``). Its changes are declared only
where upstream means them: renames, backfills, recomputed settings, random names, tables
and columns dropped, reactions whose memo is gone deleted.

A jump across its last 22 versions passes, and so does the step that rewrites inbox
messages from the activities, and the long jumps whose declared expressions read what
only the middle of the path holds. Upstream's own findings fail as they should: the ``user``
rebuild of 0.2 renames the table aside, so the references of ``memo`` and its neighbours
follow it to ``_user_old`` and dangle once it is dropped (0.5 regenerates them). The
whole default matrix is a bench row (``bench/bench_ported_chain.py memos``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def memos(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini turns the re-run check
    off: memos records the version it reached and never runs a migration twice)."""
    ported_project("memos", pytester.path)
    return pytester.path / "migrations"


def test_the_port_passes_a_jump_to_head_and_the_inbox_step(pytester, memos):
    paths = ("--upgrade-path", "v40->v62", "--upgrade-path", "v53->v54")
    result = run_matrix(pytester, memos, "-k", "test_upgrade_path", *paths)
    result.assert_outcomes(passed=2)


def test_expressions_reading_what_only_the_middle_of_a_path_holds_pass(pytester, memos):
    """0.22's backfill reads ``internal_path`` (added by 0.12, dropped by 0.22) and 0.16's
    ``memo_resource``; 0.27's inbox recomputation reads activities 0.17 deleted: each is
    read just before its migration ran on the path, not over its start or its end."""
    paths = ("--upgrade-path", "v4->v62", "--upgrade-path", "v31->v62")
    result = run_matrix(pytester, memos, "-k", "test_upgrade_path", *paths)
    result.assert_outcomes(passed=2)


def test_upstreams_user_rebuild_leaves_references_to_a_dropped_table(pytester, memos):
    result = run_matrix(pytester, memos, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*migration 0002_user_role left * new foreign-key violation(s)*"
            "memo(creator_id) -> _user_old: table _user_old does not exist*"
        ]
    )

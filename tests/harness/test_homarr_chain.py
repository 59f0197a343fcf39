"""A real Drizzle chain, ported: Homarr's ``packages/db/migrations/sqlite/*.sql`` (42
migrations), each file's statements run as Drizzle's migrator runs them, split at its
``--> statement-breakpoint`` markers (``tests/homarr_app/README.md``).

Drizzle writes every SQLite ALTER it cannot do as a rebuild through ``__new_<table>``,
and renames columns that way too. Homarr's app opens its database with better-sqlite3,
which turns foreign keys on: its ``pytest.ini`` says so, and its start databases hold no
orphans. ``cheerful_tattoo`` makes search engines' shorts unique, which the app at v18
never kept unique: a database with two engines of one short cannot upgrade.
``add-group-home-board-settings`` copies the groups in another order (rowids renumbered,
no data moved), on which the harness once read every group as changed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project

SEED = ("--migrations-seed", "7")  # the duplicated shorts are drawn rows


@pytest.fixture
def homarr(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini: no re-run check, foreign
    keys on in the app)."""
    ported_project("homarr", pytester.path)
    return pytester.path / "migrations"


def test_unique_search_engine_shorts_fail_on_a_database_holding_two(pytester, homarr):
    result = run_matrix(
        pytester, homarr, "-k", "test_upgrade_path", "--upgrade-path", "v18->v19", *SEED
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0019_cheerful_tattoo failed at statement: CREATE UNIQUE INDEX*search_engine_short*",
            "*before the failing step, search_engine (short) held * duplicated value(s)*",
        ]
    )


@pytest.mark.parametrize("path", ["v25->v26", "v30->v31"])
def test_groups_reordered_and_items_moved_into_layouts_keep_their_data(pytester, homarr, path):
    result = run_matrix(pytester, homarr, "-k", "test_upgrade_path", "--upgrade-path", path)
    result.assert_outcomes(passed=1)

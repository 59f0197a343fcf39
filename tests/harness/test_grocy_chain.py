"""A real public chain, ported: grocy's SQLite migrations, 0001 to 0102.

``tests/grocy_app/migrations`` holds grocy's (MIT) ``migrations/NNNN.sql`` files, one
migration each, the same SQL run as one script as grocy's runner does, and its PHP
migrations (a default user, default units and location, the default shopping list's
name) as Python (see ``tests/grocy_app/README.md``). Its changes are declared only where
upstream means them: default rows added and deleted, renamed and dropped tables, views
redefined, a unit and an amount recomputed, meal plan entries of deleted recipes
deleted.

Jumps across its views (recreated again and again, each time with a column more) and
rebuilt tables pass. Upstream's own finding fails as it should: ``0080`` means to turn
line breaks in product descriptions into ``<br>`` but writes ``CHAR(13) + CHAR(10)``,
which SQLite adds as numbers (0), so every ``0`` in a description becomes ``<br>``. The
whole default matrix is a bench row (``bench/bench_ported_chain.py grocy``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def grocy(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini turns the re-run check
    off: grocy records each migration it ran and never runs one twice)."""
    ported_project("grocy", pytester.path)
    return pytester.path / "migrations"


DECLARED_STEPS = ("v95->v96",)  # the meal plan rebuilt (the jump crosses the rest)
# a seed without a stock row naming a missing product or location: on those, 0095's
# redefined stock_current_locations is upstream's finding (test_grocy_seed_findings)
PASSING_SEED = 7


def test_the_port_passes_a_jump_to_head_and_its_rebuilds(pytester, grocy):
    paths = [a for p in ("v89->v102", *DECLARED_STEPS) for a in ("--upgrade-path", p)]
    paths += ["--migrations-seed", str(PASSING_SEED)]
    result = run_matrix(pytester, grocy, "-k", "test_upgrade_path", *paths)
    result.assert_outcomes(passed=1 + len(DECLARED_STEPS))


def test_a_jump_across_the_trigger_and_the_deletion_it_follows_shows_only_0080(pytester, grocy):
    """``0073`` brings the meal plan's ``AFTER DELETE`` trigger, ``0089`` deletes entries
    (declared): the deletion is replayed with the triggers of v88, not the start's, so the
    internal recipes the trigger rebuilds are expected. Every jump from before ``0073``
    crosses ``0080`` too: upstream's finding, and only it, fails the jump."""
    path = ("--upgrade-path", "v72->v102", "--migrations-seed", str(PASSING_SEED))
    result = run_matrix(pytester, grocy, "-k", "test_upgrade_path", *path)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*broke invariant 'data kept':", "*products.description rowid *'<br>*"]
    )
    result.stdout.no_fnmatch_line("*recipes rowid*")
    result.stdout.no_fnmatch_line("*recipes_resolved*")


def test_upstreams_newline_replacement_eats_every_zero(pytester, grocy):
    result = run_matrix(pytester, grocy, "-k", "test_upgrade_path", "--upgrade-path", "v79->v80")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*products.description rowid *: before text '*0*', after text '*<br>*'*"]
    )

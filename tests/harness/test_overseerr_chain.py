"""A real TypeORM chain with down migrations, ported: Overseerr's ``server/migration/*.ts``
(33 migrations), each ``up()``'s queries as ``upgrade()`` and its ``down()``'s as
``downgrade()`` (``tests/overseerr_app/README.md``).

TypeORM writes every SQLite ALTER it cannot do as a rebuild through ``temporary_<table>``,
in both directions. Its downs first rename the live table to ``temporary_<table>``: SQLite
(3.26+, legacy_alter_table off) rewrites every other table's REFERENCES to follow it, and
the down then drops it, leaving those references pointing at a table that no longer
exists. The runner refuses that step; the round trip says so. ``AddLastSeasonChangeMedia``
copies a column ``media`` does not have, ``"lastSeasonChange"``, which SQLite reads as a
string: every media row's new timestamp is the text 'lastSeasonChange'. ``UpdateWebPush``
(the last migration) adds ``createdAt DEFAULT (datetime('now'))`` by a rebuild, on which
the harness once crashed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix
from tests.ported_projects import ported_project


@pytest.fixture
def overseerr(pytester) -> Path:
    """The port as a pytester project of its own (its pytest.ini turns the re-run check
    off: TypeORM records each migration it ran and never runs one twice)."""
    ported_project("overseerr", pytester.path)
    return pytester.path / "migrations"


def test_a_down_renaming_the_live_table_away_leaves_references_to_it(pytester, overseerr):
    result = run_matrix(
        pytester, overseerr, "-k", "test_round_trip_down_and_up", "--upgrade-path", "v10->v11"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*0011_add_media_added_field_to_media left * new foreign-key violation(s)*temporary_media*"]
    )


def test_the_web_push_rebuild_with_a_function_default_is_judged(pytester, overseerr):
    result = run_matrix(pytester, overseerr, "-k", "test_upgrade_path", "--upgrade-path", "v32->v33")
    result.assert_outcomes(passed=1)


def test_the_last_season_change_rebuild_copies_a_string_into_every_media(pytester, overseerr):
    result = run_matrix(pytester, overseerr, "-k", "test_upgrade_path", "--upgrade-path", "v5->v6")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*column media.lastSeasonChange added and filled in*text 'lastSeasonChange'*"]
    )

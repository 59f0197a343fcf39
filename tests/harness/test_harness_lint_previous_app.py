"""The lint knows what statically breaks the previous version's app: a RENAME COLUMN or
RENAME TABLE, a DROP COLUMN, a CHECK added or changed on a table the app writes. Each is
an advisory finding (EM111-EM114) in the lint's report, pointing at
``test_previous_app_still_works`` for the proof: it never fails the lint check itself. Run
on the note-taking chain of ``tests/example_app`` (not EDI's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness.test_harness_previous_app import ADDITIVE, NO_MORE_PINS, RENAME_BODY
from tests.harness_projects import add_migration, copy_example_chain, run_matrix

LINT = ("-k", "test_migration_passes_the_lint", "--upgrade-path", "v7->v8")

RENAME_TAGS = """
from edi_migrations.changes import RenameTable

CHANGES = (RenameTable("tags", "labels"),)


def upgrade(conn):
    conn.execute("ALTER TABLE tags RENAME TO labels")
"""

DROP_QUOTED = """
from edi_migrations.changes import DropColumn

CHANGES = (DropColumn("notes", 'quote"d'),)


def upgrade(conn):
    conn.execute('ALTER TABLE notes DROP COLUMN "quote""d"')
"""

ADVISED = {
    "EM111": (RENAME_BODY, "a column of notes is renamed"),
    "EM112": (RENAME_TAGS, "tags is renamed to labels"),
    "EM113": (DROP_QUOTED, "a column of notes is dropped"),
    "EM114": (NO_MORE_PINS, "a CHECK of notes is added or changed: pinned IN (0)"),
}

@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    return copy_example_chain(pytester)


@pytest.mark.parametrize("code", sorted(ADVISED))
def test_a_static_break_of_the_previous_app_is_advised_not_failed(pytester, chain, code):
    body, detail = ADVISED[code]
    add_migration(chain, "breaking_change", body)
    result = run_matrix(pytester, chain, *LINT)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        [f"0008_breaking_change: {code} * (advisory: test_previous_app_still_works *"]
    )


def test_an_additive_migration_is_clean(pytester, chain):
    add_migration(chain, "additions", ADDITIVE)
    result = run_matrix(pytester, chain, *LINT)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["0008_additions: clean"])
    assert "advisory" not in result.stdout.str()

"""The previous-app section says where ``KEEPS_PREVIOUS_APP`` is there for the taking.

A migration the previous app keeps working on, and that makes no claim, leaves the build
one version back refused on the files it upgrades, for nothing. The check has already
proved that app works there, so the terminal's "previous app" section says, in one line
that fails nothing, that the migration could say so; a claiming one reads "as it says",
and one whose previous app breaks gets no such line. On a small notes chain, not EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness.test_harness_previous_app_claim import CHECK, NOTES
from tests.harness_projects import add_migration, first_migration, run_matrix

TAGS = """
def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN tags TEXT")
"""
RENAMED = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("notes", "title", "heading"),)


def upgrade(conn):
    conn.execute("ALTER TABLE notes RENAME COLUMN title TO heading")
"""
HINT = (
    "*0002_tags could say KEEPS_PREVIOUS_APP = True (before it is released): the v1 build "
    "would then start on the files it upgrades*"
)


def _run(pytester: pytest.Pytester, body: str) -> pytest.RunResult:
    chain = first_migration(pytester, NOTES, "notes")
    add_migration(chain, "tags", body)
    return run_matrix(pytester, chain, *CHECK)


def test_a_migration_the_previous_app_keeps_that_claims_nothing_gets_the_hint(pytester):
    result = _run(pytester, TAGS)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        ["*previous app*", "*0002_tags: the v1 app keeps working on v2", HINT]
    )


def test_a_claiming_migration_reads_as_it_says_and_gets_no_hint(pytester):
    result = _run(pytester, "KEEPS_PREVIOUS_APP = True\n" + TAGS)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        ["*0002_tags: the v1 app keeps working on v2, as it says KEEPS_PREVIOUS_APP = True*"]
    )
    assert "could say KEEPS_PREVIOUS_APP" not in result.stdout.str()


def test_a_migration_the_previous_app_breaks_on_gets_no_hint(pytester):
    result = _run(pytester, RENAMED)
    result.assert_outcomes(passed=1)  # reported, the default
    result.stdout.fnmatch_lines(["*0002_tags: the v1 app breaks on v2*"])
    assert "could say KEEPS_PREVIOUS_APP" not in result.stdout.str()


def test_only_the_newest_migration_gets_the_hint(pytester):
    """A released migration cannot take the claim (it is part of its checksum, and files it
    upgraded hold no record): the hint is for the one being written, the chain's newest."""
    chain = first_migration(pytester, NOTES, "notes")
    add_migration(chain, "tags", TAGS)
    add_migration(chain, "pins", TAGS.replace("tags TEXT", "pinned INTEGER"))
    result = run_matrix(pytester, chain, *CHECK)
    result.stdout.fnmatch_lines(["*0003_pins could say KEEPS_PREVIOUS_APP = True*"])
    assert "0002_tags could say" not in result.stdout.str()
    assert "0002_tags, " not in result.stdout.str()

"""A migration that says ``KEEPS_PREVIOUS_APP = True`` is held to it.

The claim lets the build one version back start on the file (its ``upgrade(db)`` leaves a
file one version newer as it is), so ``test_previous_app_still_works`` fails such a
migration when the previous app breaks, whatever ``edi_migrations_previous_app`` says
(``reported``, the default, too); and it starts that build as an app would (the runner
with the chain ending one version back, on the upgraded file) before the statements run:
a refusal there fails the check naming it. On a small notes chain, not EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

CHECK = ("-k", "test_previous_app_still_works")

NOTES = '''"""Notes: a title each."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
'''

TAGS = """
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN tags TEXT")
"""

RENAMED = """
from edi_migrations.changes import RenameColumn

CHANGES = (RenameColumn("notes", "title", "heading"),)
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute("ALTER TABLE notes RENAME COLUMN title TO heading")
"""

# The statements keep working, but the step rewrites what the runner logged of v1: the
# build one version back finds its migration changed since applied and refuses to start.
LOG_REWRITTEN = """
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN tags TEXT")
    conn.execute("UPDATE migration_log SET checksum = 'rewritten' WHERE migration_name = '0001_notes'")
"""


def _run(pytester: pytest.Pytester, name: str, body: str, *args: str) -> pytest.RunResult:
    chain = first_migration(pytester, NOTES, "notes")
    add_migration(chain, name, body)
    return run_matrix(pytester, chain, *CHECK, *args)


@pytest.mark.parametrize("mode", ["reported", "required"])
def test_a_claim_the_previous_app_keeps_passes(pytester, mode):
    result = _run(pytester, "tags", TAGS, "-o", f"edi_migrations_previous_app={mode}")
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize("mode", ["reported", "required"])
def test_a_claim_the_previous_app_breaks_fails_naming_the_statement(pytester, mode):
    result = _run(pytester, "heading", RENAMED, "-o", f"edi_migrations_previous_app={mode}")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0002_heading: the v1 app no longer works on v2, though it says "
            "KEEPS_PREVIOUS_APP = True*",
            "*statement * of the v1 app (derived from the schema): fails on*title*",
            "*remove KEEPS_PREVIOUS_APP from 0002_heading*",
        ]
    )


def test_the_same_break_without_the_claim_is_only_reported(pytester):
    body = RENAMED.replace("KEEPS_PREVIOUS_APP = True\n", "")
    _run(pytester, "heading", body).assert_outcomes(passed=1)


def test_a_claim_whose_previous_build_cannot_start_fails_naming_the_refusal(pytester):
    result = _run(pytester, "tags", LOG_REWRITTEN)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*0002_tags: the v1 app no longer works on v2, though it says KEEPS_PREVIOUS_APP*",
            "*start-up* of the v1 app*: refused: *migration 0001_notes was applied with "
            "checksum*",
        ]
    )

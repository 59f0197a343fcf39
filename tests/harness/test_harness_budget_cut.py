"""A migration stopped by the statement budget is given a tenth of it for the rest of the run.

A migration that never ends met the whole budget (30 s by default) in every check that
ran it: seven or more of them, minutes before a CI gate reported what the first check
already knew. After its first stop, each later run of the same migration in the run gets
a tenth of the budget (at least a second): a run that loops fails in about one budget,
and a run of it that ends (on other data) still passes. The chain is a notes app of its
own; each run is a subprocess with a timeout, so a harness that hangs fails the spec.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, run_matrix

NOTES = """
def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
"""

# Meant to tag notes until none is left untagged; loops wherever a note exists.
TAG_LOOPS = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("notes", "tag", expression="'inbox'"),)


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN tag TEXT")
    while conn.execute("SELECT count(*) FROM notes WHERE tag IS NULL").fetchone()[0] > 0:
        pass
"""

TAG_ENDS = """
from edi_migrations.changes import Backfill

CHANGES = (Backfill("notes", "tag", expression="'inbox'"),)


def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN tag TEXT")
    while conn.execute("SELECT count(*) FROM notes WHERE tag IS NULL").fetchone()[0] > 0:
        conn.execute("UPDATE notes SET tag = 'inbox' WHERE tag IS NULL")
"""

CHECKS = ("-k", "test_upgrade_path or test_failed_migration or test_previous_app")
BUDGET = ("--statement-timeout", "2", "-rN", "-v")


def chain(pytester: pytest.Pytester, tag: str) -> Path:
    folder = pytester.mkdir("migrations")
    add_migration(folder, "notes", NOTES)
    add_migration(folder, "tags", tag)
    return folder


def test_a_looping_migration_meets_the_whole_budget_once_then_a_tenth(pytester):
    result = run_matrix(pytester, chain(pytester, TAG_LOOPS), *CHECKS, *BUDGET, timeout=120)
    out = result.stdout.str()
    assert result.ret == 1
    assert out.count("ran past the statement budget of 2 s") == 1, out
    assert out.count("ran past 1 s (its statement budget of 2 s cut to a tenth") >= 2, out
    result.stdout.fnmatch_lines(["*test_upgrade_path?fresh->v2? PASSED*"])  # no note: it ends


def test_a_migration_that_ends_passes_every_check_with_nothing_cut(pytester):
    result = run_matrix(pytester, chain(pytester, TAG_ENDS), *CHECKS, *BUDGET, timeout=120)
    assert result.ret == 0, result.stdout.str()
    assert "cut to a tenth" not in result.stdout.str()

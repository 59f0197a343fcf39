"""Round trips report what ran: a first migration's round trip runs from v0, and a
migration without ``downgrade()`` is skipped saying so, never passed.

``test_round_trip_down_and_up`` takes each migration up, down and up again. For the
first migration that starts from an empty file and goes down to v0 (the runner's own
tables only): the way up again must work as it does for a user's database. A migration
with no ``downgrade()`` has no round trip: the check does not apply, and the report
says so with the reason. A small reading-list chain of its own (not EDI's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix

BOOKS = '''"""Books on the reading list."""


def upgrade(conn):
    conn.execute("CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")


def downgrade(conn):
    conn.execute("DROP TABLE books")
'''
RATING = '''"""A rating per book: irreversible by design (no downgrade)."""


def upgrade(conn):
    conn.execute("ALTER TABLE books ADD COLUMN rating INT")
'''
SHELVES = '''"""Shelves, with a downgrade that puts everything back."""


def upgrade(conn):
    conn.execute("CREATE TABLE shelves (id INTEGER PRIMARY KEY, name TEXT)")


def downgrade(conn):
    conn.execute("DROP TABLE shelves")
'''
SHELVES_KEPT = SHELVES.replace('conn.execute("DROP TABLE shelves")', "pass  # forgets the table")


def make_chain(folder: Path, shelves: str = SHELVES) -> Path:
    folder.mkdir()
    for name, source in (("0001_books", BOOKS), ("0002_rating", RATING), ("0003_shelves", shelves)):
        (folder / f"{name}.py").write_text(source, encoding="utf-8")
    return folder


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    return make_chain(pytester.path / "migrations")


def round_trip(pytester: pytest.Pytester, chain: Path, step: str, *more: str):
    return run_matrix(pytester, chain, "-k", "test_round_trip", "--upgrade-path", step, *more)


def test_the_first_migrations_round_trip_runs_from_v0_and_passes(pytester, chain):
    result = round_trip(pytester, chain, "v0->v1")
    result.assert_outcomes(passed=1)


def test_a_migration_without_downgrade_is_skipped_saying_why(pytester, chain):
    result = round_trip(pytester, chain, "v1->v2", "-rs")
    result.assert_outcomes(skipped=1)
    result.stdout.fnmatch_lines(["SKIPPED*migration 0002_rating has no downgrade()*"])


def test_a_downgrade_that_forgets_what_it_must_undo_fails(pytester):
    chain = make_chain(pytester.path / "migrations", SHELVES_KEPT)
    result = round_trip(pytester, chain, "v2->v3")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*v2<->v3 broke invariant 'round trip up->down'*"])


def test_the_same_downgrade_written_right_passes(pytester, chain):
    round_trip(pytester, chain, "v2->v3").assert_outcomes(passed=1)

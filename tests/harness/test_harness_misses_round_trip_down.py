"""Going down from the app's data at its version, only a refusal is no loss.

A ``downgrade()`` refusing data the earlier version cannot hold (it raises; the step is
rolled back) loses nothing, so the round trip from the app's own data passes it. Every
rolled-back runner error counted as such a refusal, though, so a downgrade that never
ends on that data (the statement budget stops it) passed too: a batching loop that makes
no progress on archived notes, which the trip from below never meets (there the new
column is empty). Only the migration's own failure is a refusal now; a budget's stop is
the check's failure. A notes chain of its own, not EDI's.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import run_matrix
from tests.newcomer_chains import two_steps

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
'''

ARCHIVING = '''
def upgrade(conn):
    conn.execute("ALTER TABLE notes ADD COLUMN archived_at TEXT")


def downgrade(conn):
    # v1 knows no archive: the marks are cleared a batch at a time, then the column goes
    while conn.execute("SELECT 1 FROM notes WHERE archived_at IS NOT NULL").fetchone():
        conn.execute(
            "UPDATE notes SET archived_at = NULL "
            "WHERE id IN (SELECT id FROM notes WHERE archived_at {picked} LIMIT 10)"
        )
    conn.execute("ALTER TABLE notes DROP COLUMN archived_at")


def app_writes(conn, ctx):
    for n in range(ctx.rows):
        conn.execute(
            "INSERT INTO notes (body, archived_at) VALUES (?, ?)",
            (f"note {{n}}", "2026-12-01" if n % 2 else None),
        )
'''
# the sound batch picks marked notes; the broken one (a slip: IS NULL) never clears one
SOUND = ARCHIVING.format(picked="IS NOT NULL")
ENDLESS = ARCHIVING.format(picked="IS NULL")
BUDGET = ("--statement-timeout", "2")


def round_trip(pytester: pytest.Pytester, second: str):
    folder = two_steps(pytester, NOTES, second)
    return run_matrix(pytester, folder, "-k", "test_round_trip", "--upgrade-path", "*v2", *BUDGET)


def test_a_downgrade_that_never_ends_on_the_apps_data_fails(pytester):
    result = round_trip(pytester, ENDLESS)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v1<->v2 broke invariant*",
            "*migration 0002_second ran past the statement budget of 2 s and was stopped*",
        ]
    )


def test_a_downgrade_that_ends_on_the_apps_data_passes(pytester):
    round_trip(pytester, SOUND).assert_outcomes(passed=1)

"""Round sixteen of a newcomer: a ledger app that upgraded its file by hand with
``PRAGMA user_version`` ports its steps as migrations, one of them SQLite's table rebuild
written out by hand (``CREATE TABLE entries_new ...; INSERT INTO entries_new SELECT ...
FROM entries``) to add a CHECK. The rows the schema generates break that CHECK, and the
failure gave SQLite's bare message: the step was rolled back, so ``entries_new`` no longer
exists to read the rows from. They are read from the table the copy selects from.
"""

from __future__ import annotations

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

LEDGER = '''"""Entries of a ledger, in any currency the user types."""


def upgrade(conn):
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL, "
                 "currency TEXT NOT NULL)")
'''

WRITES = '''

def app_writes(conn, ctx):
    """The app writes three-letter codes only."""
    conn.executemany("INSERT INTO entries (amount, currency) VALUES (?, ?)",
                     [(n, ("eur", "USD")[n % 2]) for n in range(ctx.rows)])
'''

BY_HAND = '''"""A currency is three letters: the table rebuilt by hand to add the CHECK."""


def upgrade(conn):
    conn.execute("CREATE TABLE entries_new (id INTEGER PRIMARY KEY, amount INTEGER NOT NULL, "
                 "currency TEXT NOT NULL CHECK (length(currency) = 3))")
    conn.execute("INSERT INTO entries_new (id, amount, currency) "
                 "SELECT id, amount, currency FROM entries")
    conn.execute("DROP TABLE entries")
    conn.execute("ALTER TABLE entries_new RENAME TO entries")
'''


def run(pytester: pytest.Pytester, first: str, second: str) -> pytest.RunResult:
    folder = first_migration(pytester, first)
    add_migration(folder, "currency_check", second)
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


def test_a_check_added_by_a_hand_written_rebuild_names_the_copied_rows(pytester):
    result = run(pytester, LEDGER, BY_HAND)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*CHECK constraint failed: length(currency) = 3*",
            "*before the failing step, * row(s) of entries broke the CHECK "
            "(length(currency) = 3): rowid * (currency=*"
            "*where the app never writes such values, say what it writes (app_writes*",
        ]
    )
    assert "EDI" not in result.stdout.str()


def test_the_same_rebuild_passes_once_the_app_says_what_it_writes(pytester):
    result = run(pytester, LEDGER + WRITES, BY_HAND)
    result.assert_outcomes(passed=1)

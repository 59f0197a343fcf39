"""A value a migration draws at random (Kanboard's API token, ``bin2hex(random_bytes(30))``)
is declared ``RandomValue``: the rows it fills may hold any value, and no comparison of
two runs (resumed against uninterrupted, stepwise against one jump) expects the same
draw. Undeclared, the same fill still fails, naming the column and the line to paste;
declared, a change of that column's existing values still fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import add_migration, first_migration, run_matrix

ACCOUNTS = '''"""Accounts, one row per user of the app."""


def upgrade(conn):
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, login TEXT NOT NULL)")
'''

TOKEN = """
import secrets

{header}

def upgrade(conn):
    conn.execute("ALTER TABLE accounts ADD COLUMN api_token TEXT DEFAULT ''")
    conn.execute(f"UPDATE accounts SET api_token = '{{secrets.token_hex(30)}}'")
"""

DECLARED = 'from edi_migrations.changes import RandomValue\n\nCHANGES = (RandomValue("accounts", "api_token"),)'

NOTES = """
def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
"""

NEW_TOKENS = """
import secrets

from edi_migrations.changes import RandomValue

CHANGES = (RandomValue("accounts", "api_token"),)


def upgrade(conn):
    conn.execute(f"UPDATE accounts SET api_token = '{secrets.token_hex(30)}'")
"""


def chain(pytester, header: str) -> Path:
    """v1 accounts, v2 their token drawn at random (declared with ``header``), v3 notes."""
    folder = first_migration(pytester, ACCOUNTS, name="accounts")
    add_migration(folder, "api_token", TOKEN.format(header=header))
    add_migration(folder, "notes", NOTES)
    return folder


def run_paths(pytester, folder: Path, *paths: str) -> pytest.RunResult:
    selected = [a for p in paths for a in ("--upgrade-path", p)]
    return run_matrix(pytester, folder, "-k", "test_upgrade_path", *selected)


def test_a_token_drawn_at_random_and_declared_passes_every_path_to_head(pytester):
    folder = chain(pytester, DECLARED)
    run_paths(pytester, folder, "v1->v3", "v1=>v3", "v1->v2").assert_outcomes(passed=3)


def test_the_same_token_undeclared_fails_naming_the_column(pytester):
    folder = chain(pytester, "")
    result = run_paths(pytester, folder, "v1->v2")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*column accounts.api_token added and filled in * existing row(s)*Backfill(*"]
    )


def test_a_declared_random_column_whose_existing_values_change_still_fails(pytester):
    folder = chain(pytester, DECLARED)
    add_migration(folder, "new_tokens", NEW_TOKENS)
    result = run_paths(pytester, folder, "v3->v4")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*broke invariant 'data kept'*", "*accounts.api_token rowid *"])

"""A round trip expects back what its up did not declare gone.

A migration that throws rows away on purpose (``DeleteRows``: expired login sessions,
say) cannot have a ``downgrade()`` that brings them back; Authelia's ``V0006`` drops
every OAuth 2.0 session and creates the table again. Up then down then gives back the
earlier data less exactly the rows the declaration's condition names; a down that loses
any other row still fails the round trip. A small sign-in chain of its own (not EDI's,
not Authelia's).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import run_matrix

ACCOUNTS = '''"""Accounts and their sign-in sessions."""


def upgrade(conn):
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    conn.execute(
        "CREATE TABLE sessions (id INTEGER PRIMARY KEY, account TEXT, token TEXT, "
        "expired INTEGER NOT NULL DEFAULT 0)"
    )


def downgrade(conn):
    conn.execute("DROP TABLE sessions")
    conn.execute("DROP TABLE accounts")


def app_writes(conn, ctx):
    for n in range(ctx.rows):
        conn.execute("INSERT INTO accounts (name) VALUES (?)", (f"user{{n}}",))
        conn.execute(
            "INSERT INTO sessions (account, token, expired) VALUES (?, ?, ?)",
            (f"user{{n}}", f"t{{n}}", n % 3 == 0),
        )
'''
PURGE = '''"""Expired sessions are purged, and sessions remember where they came from."""

from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("sessions", where="expired = 1"),)


def upgrade(conn):
    conn.execute("DELETE FROM sessions WHERE expired = 1")
    conn.execute("ALTER TABLE sessions ADD COLUMN origin TEXT")


def downgrade(conn):
    conn.execute("ALTER TABLE sessions DROP COLUMN origin"){more}
'''
# The broken twin: its down also loses accounts, which nothing declared.
LOSES_ACCOUNTS = '\n    conn.execute("DELETE FROM accounts WHERE id % 2 = 0")'


def make_chain(folder: Path, more: str = "") -> Path:
    folder.mkdir()
    (folder / "0001_accounts.py").write_text(ACCOUNTS.format(), encoding="utf-8")
    (folder / "0002_purge.py").write_text(PURGE.format(more=more), encoding="utf-8")
    return folder


def round_trip(pytester: pytest.Pytester, chain: Path):
    return run_matrix(pytester, chain, "-k", "test_round_trip", "--upgrade-path", "v1->v2")


def test_rows_the_up_declares_deleted_are_not_asked_back_of_the_down(pytester):
    result = round_trip(pytester, make_chain(pytester.path / "migrations"))
    result.assert_outcomes(passed=1)


def test_a_down_losing_rows_nothing_declared_still_fails(pytester):
    result = round_trip(pytester, make_chain(pytester.path / "migrations", LOSES_ACCOUNTS))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*v1<->v2 broke invariant 'round trip up->down'*", "*table accounts:*row(s) gone*"]
    )
    assert not any("sessions" in line and "gone" in line for line in result.stdout.lines)

"""The plugin speaks of the user's project: a foreign chain's run names none of EDI.

A bookmarks app's own chain (users, bookmarks) meets the harness as a new user does:
its options are ``--migrations-seed`` and ``--matrix-rows`` (``--edi-seed`` and
``--matrix-sessions`` still work, unlisted), ``app_writes`` gets ``ctx.rows``
(``ctx.sessions`` still works), and a failing run's whole output, header to reproduce
line, never says "EDI".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import INNER, add_migration, outer_seed

USERS_AND_BOOKMARKS = '''
def upgrade(conn):
    conn.execute(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, display_name TEXT NOT NULL, email TEXT)"
    )
    conn.execute(
        "CREATE TABLE bookmarks (id INTEGER PRIMARY KEY, "
        "user_id INTEGER REFERENCES users(id), url TEXT NOT NULL, title TEXT)"
    )


def app_writes(conn, ctx):
    """As many users as the run's size asks for: ctx.rows (ctx.sessions, its old name)."""
    assert ctx.rows == ctx.sessions
    conn.executemany(
        "INSERT INTO users (display_name) VALUES (?)",
        [(f"user {i}",) for i in range(ctx.rows)],
    )
'''
LOSES_BOOKMARKS = """
def upgrade(conn):
    conn.execute("ALTER TABLE bookmarks ADD COLUMN read_at TEXT")
    conn.execute("DELETE FROM bookmarks WHERE id % 2 = 0")
"""
KEEPS_BOOKMARKS = """
def upgrade(conn):
    conn.execute("ALTER TABLE bookmarks ADD COLUMN read_at TEXT")
"""
LAST_STEP = ("-k", "test_upgrade_path", "--upgrade-path", "v1->v2")


@pytest.fixture
def chain(pytester: pytest.Pytester) -> Path:
    folder = pytester.path / "migrations"
    folder.mkdir()
    add_migration(folder, "users_and_bookmarks", USERS_AND_BOOKMARKS)
    return folder


def run(pytester: pytest.Pytester, folder: Path, *args: str) -> pytest.RunResult:
    cache = ("-o", f"cache_dir={INNER[0].cache}", *outer_seed())
    return pytester.runpytest_inprocess(*cache, "--migrations-dir", str(folder), *args)


def whole_output(result: pytest.RunResult) -> str:
    return result.stdout.str() + result.stderr.str()


def test_a_failing_run_on_a_foreign_chain_never_says_edi(pytester, chain):
    add_migration(chain, "read_at", LOSES_BOOKMARKS)
    result = run(pytester, chain, "--migrations-seed", "3", "--matrix-rows", "12", *LAST_STEP)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "migrations-seed: 3 (reproduce with: pytest --migrations-seed 3)",
            "temporary databases: * (TMPDIR, --basetemp or MIGRATIONS_RAM_TMP choose)",
            "*bookmarks rowid *: row lost*",
            "reproduce with: pytest --migrations-seed 3 --matrix-rows 12 --migrations-dir*",
        ]
    )
    for edis in ("EDI", "dramatic", "DROP TABLE sessions"):  # its words, its prompt texts
        assert edis not in whole_output(result)


def test_the_old_option_names_still_decide_seed_and_size(pytester, chain):
    add_migration(chain, "read_at", KEEPS_BOOKMARKS)
    result = run(pytester, chain, "--edi-seed", "3", "--matrix-sessions", "12", *LAST_STEP)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["migrations-seed: 3 (reproduce with: pytest --migrations-seed 3)"])


def test_the_help_lists_the_neutral_names_only(pytester):
    result = pytester.runpytest_inprocess("--help")
    text = result.stdout.str()
    assert "--migrations-seed=N" in text and "--matrix-rows=N" in text
    assert "edi-seed" not in text and "matrix-sessions" not in text
    assert "EDI" not in text

"""Newcomer, round eighteen: a team-chat app whose ``connect`` ATTACHes ``archive.db``
beside the database it opens. The checks hand that connect a ``file:`` URI whenever they
only read a file (``?mode=ro``, ``uri=True``); a connect that takes the folder from the
name as a path (``os.path.dirname(database)``) attached ``<cwd>/file:/…/archive.db`` and
every check failed with SQLite's traceback from deep in the harness, after the probe had
passed it. The probe now opens its scratch file that way too and stops the run in one
line; a connect that reads the URI's path runs the matrix green."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.harness_projects import INNER, add_migration, first_migration

CHAT = '''"""Users and channels."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE users (id INTEGER PRIMARY KEY, handle TEXT NOT NULL UNIQUE);
        CREATE TABLE channels (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
    """)
'''

MEMBERSHIPS = '''
def upgrade(conn):
    conn.executescript("""
        CREATE TABLE memberships (
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
            PRIMARY KEY (user_id, channel_id)
        ) WITHOUT ROWID;
    """)
'''

CONNECT = '''import os
import sqlite3
from urllib.parse import unquote, urlparse


def folder_of(database):
    {body}


def connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    folder = folder_of(str(database))
    archive = os.path.join(folder, "archive.db") if folder else ":memory:"
    conn.execute("ATTACH DATABASE ? AS archive", (archive,))
    return conn
'''

AS_A_PATH = 'return None if database == ":memory:" else os.path.dirname(os.path.abspath(database))'
READS_THE_URI = """if database.startswith("file:"):
        database = unquote(urlparse(database).path)
    return None if database == ":memory:" else os.path.dirname(os.path.abspath(database))"""


def chat_project(pytester: pytest.Pytester, body: str) -> Path:
    (pytester.path / "chatdb.py").write_text(CONNECT.format(body=body), encoding="utf-8")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "chatdb:connect"\n')
    folder = first_migration(pytester, CHAT, "users_and_channels")
    add_migration(folder, "memberships", MEMBERSHIPS)
    return folder


def run(pytester: pytest.Pytester, folder: Path) -> pytest.RunResult:
    argv = ("-p", "no:cacheprovider", "-p", "no:xdist", "--edi-seed", str(INNER[0].seed))
    argv += ("--migrations-dir", str(folder), "-k", "test_upgrade_path")
    return pytester.runpytest_subprocess(*argv, timeout=300)


def test_a_connect_taking_a_uri_for_a_path_stops_the_run_in_one_line(pytester):
    result = run(pytester, chat_project(pytester, AS_A_PATH))
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    out = result.stdout.str() + result.stderr.str()
    assert "Traceback" not in out and "reading_mode.py" not in out, out
    result.stdout.fnmatch_lines(
        [
            "*the app's connect chatdb:connect failed to open a database the checks give "
            "as a URI (file:*?mode=ro, uri=True)*unable to open database*"
            "a path, a file: URI or :memory:*no check was run*"
        ]
    )


def test_a_connect_reading_the_uri_path_runs_the_matrix_green(pytester):
    result = run(pytester, chat_project(pytester, READS_THE_URI))
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()

"""Newcomer, round nineteen: a task tracker whose app and background sync worker are
updated at different times, so the old worker starts (``upgrade(db)``) on a file the new
app upgraded. Three things misled: a ``connect`` attaching ``<database>.archive`` beside
the file was stopped by the probe as one "writing a setting the file keeps" (the probe
weighed every file whose name begins with the database's); the previous-app report said
"the v6 app keeps working on v7" of a migration without ``KEEPS_PREVIOUS_APP``, in a chain
whose builds start on newer files, though that build is then refused; and ``upgrade(db)``
from Python, given no folder, answered "pass --migrations-dir" to a caller with no such
flag."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import init, upgrade
from edi_migrations.errors import ForeignChain
from edi_migrations.harness.dbstate import file_bytes
from tests.harness_projects import INNER, add_migration, first_migration

TASKS = '''"""Tasks, one row per task the user tracks."""


def upgrade(conn):
    conn.execute(
        "CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL, due TEXT)"
    )
'''

SYNC_STATE = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE sync_state (task_id INTEGER PRIMARY KEY REFERENCES tasks(id),"
        " remote_id TEXT NOT NULL)"
    )
"""

PRIORITY = """
KEEPS_PREVIOUS_APP = True


def upgrade(conn):
    conn.execute("ALTER TABLE tasks ADD COLUMN priority INTEGER NOT NULL DEFAULT 0")
"""

NOTES = """
def upgrade(conn):
    conn.execute("CREATE TABLE task_notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
"""

CONNECT = """import sqlite3
from urllib.parse import unquote, urlparse


def connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    name = str(database)
    path = unquote(urlparse(name).path) if name.startswith("file:") else name
    archive = ":memory:" if path == ":memory:" else path + ".archive"
    conn.execute("ATTACH DATABASE ? AS archive", (archive,))
    conn.execute("CREATE TABLE IF NOT EXISTS archive.done (id INTEGER PRIMARY KEY, title TEXT)")
    {more}
    return conn
"""


def tracker(pytester: pytest.Pytester, *later: tuple[str, str]) -> Path:
    folder = first_migration(pytester, TASKS, "tasks")
    add_migration(folder, "sync_state", SYNC_STATE)
    for name, body in later:
        add_migration(folder, name, body)
    return folder


def run(pytester: pytest.Pytester, folder: Path, *args: str) -> pytest.RunResult:
    argv = ("-p", "no:cacheprovider", "-p", "no:xdist", "--edi-seed", str(INNER[0].seed))
    argv += ("--migrations-dir", str(folder), *args)
    return pytester.runpytest_subprocess(*argv, timeout=300)


def with_connect(pytester: pytest.Pytester, more: str = "pass") -> None:
    (pytester.path / "trackerdb.py").write_text(CONNECT.format(more=more), encoding="utf-8")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "trackerdb:connect"\n')


def test_a_connect_attaching_a_file_named_after_the_database_runs_the_matrix(pytester):
    with_connect(pytester)
    result = run(pytester, tracker(pytester), "-k", "test_upgrade_path")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


def test_a_connect_writing_a_table_into_the_database_itself_is_still_stopped(pytester):
    with_connect(pytester, 'conn.execute("CREATE TABLE IF NOT EXISTS main.seen (n INTEGER)")')
    result = run(pytester, tracker(pytester), "-k", "test_upgrade_path")
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    result.stdout.fnmatch_lines(["*writes to the database it opens*it creates seen*"])


def test_an_unclaimed_migration_in_a_claiming_chain_says_its_build_is_refused(pytester):
    folder = tracker(pytester, ("priority", PRIORITY), ("task_notes", NOTES))
    result = run(pytester, folder, "-k", "test_previous_app_still_works")
    result.stdout.fnmatch_lines(
        [
            "*0003_priority: the v2 app keeps working on v3*",
            "*0004_task_notes: the v3 app keeps working on v4*",
            "    the v3 build is still refused on the files it upgrades: 0004_task_notes "
            "does not say KEEPS_PREVIOUS_APP = True",
        ]
    )
    assert "the v1 build is still refused" not in result.stdout.str()  # before any claim


def test_a_chain_that_never_claims_gets_no_such_line(pytester):
    result = run(pytester, tracker(pytester, ("task_notes", NOTES)), "-k", "previous_app")
    result.stdout.fnmatch_lines(["*0003_task_notes: the v2 app keeps working on v3*"])
    assert "still refused" not in result.stdout.str()


def test_upgrade_from_python_on_another_chains_file_names_migrations_dir(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_tasks.py").write_text(TASKS, encoding="utf-8")
    db = tmp_path / "tasks.db"
    init(db, migrations_dir=folder)
    before = file_bytes(db)
    with pytest.raises(ForeignChain) as refused:
        upgrade(db)  # no folder: the package's own chain, not the app's
    message = str(refused.value)
    assert "migrations_dir=" in message and "--migrations-dir" in message, message
    assert "EDI" not in message
    assert file_bytes(db) == before

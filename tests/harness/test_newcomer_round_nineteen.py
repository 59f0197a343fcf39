"""Newcomer, round nineteen: a task tracker whose app and background sync worker are
updated at different times, so the old worker starts (``upgrade(db)``) on a file the new
app upgraded. Two things misled: a ``connect`` attaching ``<database>.archive`` beside
the file was stopped by the probe as one "writing a setting the file keeps" (the probe
weighed every file whose name begins with the database's); and ``upgrade(db)`` from
Python, given no folder, answered "pass --migrations-dir" to a caller with no such flag."""

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


INTO_THE_ARCHIVE = """
def upgrade(conn):
    conn.execute("INSERT INTO archive.done (id, title) SELECT id, title FROM tasks")
"""

INTO_A_TABLE_OF_ITS_OWN = """
def upgrade(conn):
    conn.execute("CREATE TABLE done (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO done (id, title) SELECT id, title FROM tasks")
"""


def test_a_migration_writing_into_the_attached_archive_fails_the_matrix(pytester):
    with_connect(pytester)
    folder = tracker(pytester, ("archive_done", INTO_THE_ARCHIVE))
    result = run(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v2->v3")
    result.stdout.fnmatch_lines(
        [
            "*migration 0003_archive_done writes to archive.done, a database the app's "
            "connect attached (INSERT INTO archive.done*); rolled back, database still at v2*"
        ]
    )
    assert "EDI" not in result.stdout.str() and "Traceback" not in result.stdout.str()


def test_a_migration_keeping_the_rows_in_its_own_table_passes(pytester):
    with_connect(pytester)
    folder = tracker(pytester, ("archive_done", INTO_A_TABLE_OF_ITS_OWN))
    result = run(pytester, folder, "-k", "test_upgrade_path", "--upgrade-path", "v2->v3")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


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

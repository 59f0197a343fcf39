"""Newcomer, round eighteen: a team-chat app whose ``connect`` ATTACHes ``archive.db``
beside the database it opens. The checks hand that connect a ``file:`` URI whenever they
only read a file (``?mode=ro``, ``uri=True``); a connect that takes the folder from the
name as a path (``os.path.dirname(database)``) attached ``<cwd>/file:/…/archive.db`` and
every check failed with SQLite's traceback from deep in the harness, after the probe had
passed it. The probe now opens its scratch file that way too and stops the run in one
line; a connect that reads the URI's path runs the matrix green."""

from __future__ import annotations

from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import current_version, init, upgrade
from edi_migrations.errors import RolledBack
from edi_migrations.harness.dbstate import file_bytes
from edi_migrations.runner.attached_writes import AttachedWriteRefused
from edi_migrations.sqlite.dbapi import sqlite3
from tests.harness_projects import INNER, add_migration, first_migration
from tests.support import run_cli

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

CONNECT = """import os
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
"""

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


MESSAGES = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE messages (id INTEGER PRIMARY KEY, channel_id INTEGER NOT NULL"
        " REFERENCES channels(id), body TEXT NOT NULL, created_at TEXT NOT NULL)"
    )
"""

OLD = "created_at < '2020-01-01'"

INTO_THE_ARCHIVE = f'''
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("messages", where="{OLD}"),)


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE IF NOT EXISTS archive.messages (id INTEGER PRIMARY KEY, body TEXT);
        INSERT OR IGNORE INTO archive.messages SELECT id, body FROM main.messages WHERE {OLD};
        DELETE FROM main.messages WHERE {OLD};
    """)
'''

INTO_A_TABLE_OF_ITS_OWN = f'''
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("messages", where="{OLD}"),)


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE archived_messages (id INTEGER PRIMARY KEY, body TEXT);
        INSERT INTO archived_messages SELECT id, body FROM messages WHERE {OLD};
        DELETE FROM messages WHERE {OLD};
    """)
'''


def archive_project(pytester: pytest.Pytester, body: str) -> Path:
    folder = chat_project(pytester, READS_THE_URI)
    add_migration(folder, "messages", MESSAGES)
    add_migration(folder, "archive_old_messages", body)
    return folder


def test_a_migration_writing_into_a_file_the_connect_attached_is_refused(pytester):
    result = run(pytester, archive_project(pytester, INTO_THE_ARCHIVE))
    result.stdout.fnmatch_lines(
        [
            "*upgrade path v3->v4 broke invariant 'upgrade completes'*",
            "*migration 0004_archive_old_messages writes to the schema of 'archive', a database "
            "the app's connect attached (CREATE TABLE IF NOT EXISTS archive.messages*); "
            "rolled back, database still at v3*",
        ]
    )
    assert "not authorized" not in result.stdout.str()
    assert "EDI" not in result.stdout.str()


def test_a_migration_keeping_old_rows_in_a_table_of_its_own_passes(pytester):
    result = run(pytester, archive_project(pytester, INTO_A_TABLE_OF_ITS_OWN))
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


ORDERS = '''"""Orders of a shop."""


def upgrade(conn):
    conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, placed TEXT)")
'''

MOVES_INTO_THE_ARCHIVE = '''"""Old orders move into the archive the app's connect attached."""


def upgrade(conn):
    conn.execute("INSERT INTO archive.orders SELECT id, placed FROM main.orders")
    conn.execute("DELETE FROM main.orders")
'''

READS_THE_ARCHIVE = '''"""Orders the archive holds come back into the database."""


def upgrade(conn):
    conn.execute("CREATE TABLE restored (id INTEGER PRIMARY KEY, placed TEXT)")
    conn.execute("INSERT INTO restored SELECT id, placed FROM archive.orders")
'''


def shop_at_v1(tmp_path: Path, second: str):
    """A shop database at v1 holding one order, and a connect attaching the archive
    beside it (whose ``orders`` table already exists); returns the folder, file, connect."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_orders.py").write_text(ORDERS, encoding="utf-8")
    (folder / "0002_archive.py").write_text(second, encoding="utf-8")
    db, archive = tmp_path / "shop.db", tmp_path / "archive.db"
    with closing(sqlite3.connect(archive)) as conn, conn:
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, placed TEXT)")
        conn.execute("INSERT INTO orders VALUES (7, '2018-05-01')")

    def connect(database, **kw):
        conn = sqlite3.connect(database, **kw)
        conn.execute("ATTACH DATABASE ? AS archive", (str(archive),))
        return conn

    init(db, to=1, migrations_dir=folder, connect=connect)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("INSERT INTO orders (placed) VALUES ('2019-01-02')")
    return folder, db, connect


def test_the_runner_refuses_a_row_moved_into_the_attached_archive(tmp_path):
    folder, db, connect = shop_at_v1(tmp_path, MOVES_INTO_THE_ARCHIVE)
    before, archived = file_bytes(db), file_bytes(tmp_path / "archive.db")
    with pytest.raises(AttachedWriteRefused) as refused:
        upgrade(db, migrations_dir=folder, backup=False, connect=connect)
    message = str(refused.value)
    assert isinstance(refused.value, RolledBack)
    assert (
        f"{db}: migration 0002_archive writes to archive.orders, a database the app's connect "
        "attached (INSERT INTO archive.orders SELECT id, placed FROM main.orders); rolled back, "
        "database still at v1" in message
    )
    assert "not authorized" not in message and "EDI" not in message
    assert file_bytes(db) == before and file_bytes(tmp_path / "archive.db") == archived


def test_the_runner_lets_a_migration_read_the_attached_archive(tmp_path):
    folder, db, connect = shop_at_v1(tmp_path, READS_THE_ARCHIVE)
    upgrade(db, migrations_dir=folder, backup=False, connect=connect)
    # its v2 is built through the connect too: 0002 reads what only the connect attaches
    assert current_version(db, folder, connect=connect) == 2
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("SELECT id, placed FROM restored").fetchall() == [(7, "2018-05-01")]


RESTORES = '''"""Orders the archive holds come back into the database."""


def upgrade(conn):
    conn.execute("CREATE TABLE restored (id INTEGER PRIMARY KEY, placed TEXT)")
    conn.execute("INSERT INTO restored SELECT id, placed FROM archive.orders")
'''

SHOP_CONNECT = """import sqlite3


def connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    if {attach_in_memory} or database != ":memory:":
        conn.execute("ATTACH DATABASE ? AS archive", ({archive!r},))
    return conn
"""


def status_of_restored_shop(tmp_path: Path, attach_in_memory: bool):
    """``edi-migrate status`` on a shop upgraded to v2 through a connect attaching the
    archive (for ``:memory:`` too, or only for files)."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_orders.py").write_text(ORDERS, encoding="utf-8")
    (folder / "0002_restore.py").write_text(RESTORES, encoding="utf-8")
    archive = str(tmp_path / "archive.db")
    with closing(sqlite3.connect(archive)) as conn, conn:
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY, placed TEXT)")
    source = SHOP_CONNECT.format(attach_in_memory=attach_in_memory, archive=archive)
    (tmp_path / "shopdb.py").write_text(source, encoding="utf-8")
    common = ("--migrations-dir", folder, "--connect", "shopdb:connect")
    for command in (("init", "shop.db", "--to", "1"), ("upgrade", "shop.db")):
        done = run_cli(*command, *common, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    return run_cli("status", "shop.db", *common, cwd=tmp_path)


def test_a_migration_failing_on_the_in_memory_fresh_install_is_named_so(tmp_path):
    done = status_of_restored_shop(tmp_path, attach_in_memory=False)
    assert done.returncode == 1, done.stdout
    assert (
        "shop.db: no such table: archive.orders (migration 0002_restore, on v2's fresh "
        "install built in memory to compare the file's schema with; the app's connect is "
        "given ':memory:' for it: open there what the migrations use); file left unchanged"
        in done.stderr
    ), done.stderr
    assert "cannot open the database" not in done.stderr
    assert "Traceback" not in done.stderr and "EDI" not in done.stderr


def test_status_works_where_the_connect_attaches_for_memory_too(tmp_path):
    done = status_of_restored_shop(tmp_path, attach_in_memory=True)
    assert done.returncode == 0, done.stderr
    assert "v2" in done.stdout


FK_CONNECT = """import sqlite3


def connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn
"""

CHANNELS = '''"""Channels and their messages; deleting a channel deletes its messages."""


def upgrade(conn):
    conn.executescript("""
        CREATE TABLE channels (id INTEGER PRIMARY KEY, name TEXT NOT NULL, topic TEXT);
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
            body TEXT NOT NULL
        );
    """)
'''

APP_WRITES_TOPICS = """

def app_writes(conn, ctx):
    conn.executemany(
        "INSERT INTO channels (name, topic) VALUES (?, 'Say hi')", [(f"c{i}",) for i in range(ctx.rows)]
    )
"""

TOPICS_BY_REPLACE = (
    """
from edi_migrations.changes import Recompute

CHANGES = (Recompute("channels", "topic", expression="'Say hi'"),)


def upgrade(conn):
    conn.execute(
        "INSERT OR REPLACE INTO channels (id, name, topic) SELECT id, name, 'Say hi' FROM channels"
    )
"""
    + APP_WRITES_TOPICS
)

TOPICS_AND_A_PURGE = (
    """
from edi_migrations.changes import DeleteRows, Recompute

CHANGES = (Recompute("channels", "topic", expression="'Say hi'"), DeleteRows("messages", "1"))


def upgrade(conn):
    conn.execute("UPDATE channels SET topic = 'Say hi'")
    conn.execute("DELETE FROM messages")
"""
    + APP_WRITES_TOPICS
)


def rerun_of_second(pytester: pytest.Pytester, second: str) -> pytest.RunResult:
    """The re-run check, required, of a second migration, under a connect turning foreign
    keys on (as most apps' do)."""
    (pytester.path / "fkdb.py").write_text(FK_CONNECT, encoding="utf-8")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "fkdb:connect"\n')
    folder = first_migration(pytester, CHANNELS, "channels")
    add_migration(folder, "topics", second)
    argv = ("-p", "no:cacheprovider", "-p", "no:xdist", "--edi-seed", str(INNER[0].seed))
    argv += ("--migrations-dir", str(folder), "-o", "edi_migrations_rerun_check=required")
    return pytester.runpytest_subprocess(
        *argv, "-k", "test_rerun or test_upgrade_path", timeout=300
    )


def test_a_rerun_runs_with_foreign_keys_off_as_the_runner_does(pytester):
    """The runner keeps foreign keys off while a step runs, so REPLACE's delete of the old
    row cascades nowhere; the re-run ran through the app's connect with them on, and
    reported every message of every channel gone."""
    result = rerun_of_second(pytester, TOPICS_BY_REPLACE)
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


def test_a_rerun_deleting_rows_itself_still_fails(pytester):
    result = rerun_of_second(pytester, TOPICS_AND_A_PURGE)
    result.stdout.fnmatch_lines(
        ["*0002_topics re-run on v2 broke invariant 'idempotent'*", "*table messages*gone*"]
    )


BOOKMARKS = """
def upgrade(conn):
    conn.execute(
        "CREATE TABLE bookmarks (user_id INTEGER NOT NULL,"
        " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
        " note TEXT, PRIMARY KEY (user_id, message_id))"
    )
"""

PURGE = """
from edi_migrations.changes import DeleteRows

CHANGES = (DeleteRows("messages", "1"), DeleteRows("bookmarks", "1"))


def upgrade(conn):
    conn.execute("DELETE FROM bookmarks")
    conn.execute("DELETE FROM messages")
"""

PURGE_AND_RENAME = """
from edi_migrations.changes import DeleteRows, RenameColumn

CHANGES = (DeleteRows("messages", "1"), DeleteRows("bookmarks", "1"), RenameColumn("bookmarks", "note", "memo"))


def upgrade(conn):
    conn.execute("DELETE FROM bookmarks")
    conn.execute("DELETE FROM messages")
    conn.execute("ALTER TABLE bookmarks RENAME COLUMN note TO memo")
"""


def previous_app_of_third(pytester: pytest.Pytester, third: str) -> pytest.RunResult:
    """The previous-app check, required, of a third migration deleting every message on
    purpose, under a connect turning foreign keys on."""
    (pytester.path / "fkdb.py").write_text(FK_CONNECT, encoding="utf-8")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "fkdb:connect"\n')
    folder = first_migration(pytester, CHANNELS, "channels")
    add_migration(folder, "bookmarks", BOOKMARKS)
    add_migration(folder, "purge", third)
    argv = ("-p", "no:cacheprovider", "-p", "no:xdist", "--edi-seed", str(INNER[0].seed))
    argv += ("--migrations-dir", str(folder), "-o", "edi_migrations_previous_app=required")
    return pytester.runpytest_subprocess(*argv, "-k", "test_previous_app", timeout=300)


def test_the_previous_app_is_not_failed_for_a_parent_the_migration_deleted_on_purpose(pytester):
    """The derived v2 app's bookmark points at a message drawn before the upgrade; the
    migration declares every message deleted, so the v2 app would bookmark another one:
    replaying that insert failed ("FOREIGN KEY constraint failed") and the check with it."""
    result = previous_app_of_third(pytester, PURGE)
    result.assert_outcomes(passed=2)


def test_the_previous_app_still_fails_on_a_column_the_same_migration_renames(pytester):
    result = previous_app_of_third(pytester, PURGE_AND_RENAME)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*the v2 app no longer works on v3*", "*no such column: note*"])


WAL_AND_ARCHIVE = """import os
import sqlite3
from urllib.parse import unquote, urlparse


def connect(database, **kw):
    conn = sqlite3.connect(database, **kw)
    conn.execute("PRAGMA journal_mode = WAL")
    {extra}
    name = str(database)
    if name.startswith("file:"):
        name = unquote(urlparse(name).path)
    archive = ":memory:" if name == ":memory:" else os.path.join(os.path.dirname(name), "archive.db")
    conn.execute("ATTACH DATABASE ? AS archive", (archive,))
    return conn
"""


def wal_archive_run(pytester: pytest.Pytester, extra: str) -> pytest.RunResult:
    source = WAL_AND_ARCHIVE.format(extra=extra)
    (pytester.path / "chatdb.py").write_text(source, encoding="utf-8")
    pytester.makepyprojecttoml('[tool.edi-migrations]\nconnect = "chatdb:connect"\n')
    folder = first_migration(pytester, CHAT, "users_and_channels")
    add_migration(folder, "memberships", MEMBERSHIPS)
    return run(pytester, folder)


def test_a_connect_turning_wal_on_and_attaching_an_archive_runs_the_matrix(pytester):
    """The probe compared every file of its scratch folder with a WAL twin's, so the
    (empty) archive.db the connect attached beside it read as "a setting the file keeps"
    and the run stopped."""
    result = wal_archive_run(pytester, "pass")
    outcomes = result.parseoutcomes()
    assert outcomes.get("passed", 0) > 0, result.stdout.str()
    assert not outcomes.get("failed") and not outcomes.get("errors"), result.stdout.str()


def test_a_connect_turning_wal_on_and_writing_a_setting_is_still_stopped(pytester):
    result = wal_archive_run(pytester, 'conn.execute("PRAGMA user_version = 3")')
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    result.stdout.fnmatch_lines(
        ["*the app's connect chatdb:connect writes to the database it opens*no check was run*"]
    )

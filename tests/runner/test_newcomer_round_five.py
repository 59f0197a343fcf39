"""A newcomer's migrations folder, round five: files the runner would have passed over.

A plain-SQL migration written beside the Python ones (``0002_tags.sql``, as other tools
take them) and a migration saved as ``0002_tags.PY`` were skipped without a word:
``edi-migrate init`` stopped at v1, ``upgrade`` said "nothing to do" and the plugin's
checks passed, while the SQL never ran. The folder is now refused naming the file and
what to write instead; SQL the folder keeps for its migrations to read (a file whose
name starts with ``_``, or without a number) still loads beside them. On a notes chain,
not EDI's.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.errors import BadMigrationsFolder
from tests.runner.test_interrupt import interrupt_when
from tests.support import cli_command, run_cli

NOTES = '"""Notes."""\n\ndef upgrade(conn):\n    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")\n'
CONFTEST = "import pytest\n"
TAGS_SQL = "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);\n"
TAGS_PY = '"""Tags."""\n\ndef upgrade(conn):\n    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY)")\n'
PASSED_OVER = {
    "a numbered .sql file": (
        "0002_tags.sql",
        TAGS_SQL,
        "0002_tags.sql: migrations are Python files, NNNN_snake_name.py; "
        "run this SQL from upgrade(conn) of 0002_tags.py with conn.executescript(...)",
    ),
    "a Flyway-named .sql file": (
        "V2__tags.sql",
        TAGS_SQL,
        "V2__tags.sql: migrations are Python files, NNNN_snake_name.py; "
        "run this SQL from upgrade(conn) of a migration with conn.executescript(...)",
    ),
    "a conftest.py": (
        "conftest.py",
        CONFTEST,
        "conftest.py: a conftest is not a migration; keep it outside the migrations folder, "
        "in the project's root or tests folder, where pytest reads it for every check",
    ),
    "an uppercase .PY suffix": (
        "0002_tags.PY",
        TAGS_PY,
        "0002_tags.PY: migration files are named NNNN_snake_name.py (the suffix in lowercase)",
    ),
}
KEPT_BESIDE = {"_tags.sql": TAGS_SQL, "schema.sql": TAGS_SQL, "README.md": "# notes\n"}


def folder_with(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_notes.py").write_text(NOTES, encoding="utf-8")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("name, text, message", PASSED_OVER.values(), ids=PASSED_OVER.keys())
def test_a_migration_the_runner_would_pass_over_is_refused_naming_it(tmp_path, name, text, message):
    folder = folder_with(tmp_path, {name: text})
    with pytest.raises(BadMigrationsFolder) as refused:
        load_migrations(folder)
    assert message in str(refused.value)
    done = run_cli("init", "app.db", "--migrations-dir", folder, cwd=tmp_path)
    assert done.returncode == 1 and message in done.stderr, done.stderr
    assert not (tmp_path / "app.db").exists()


def test_files_a_folder_keeps_beside_its_migrations_still_load(tmp_path):
    folder = folder_with(tmp_path, KEPT_BESIDE)
    assert [m.name for m in load_migrations(folder)] == ["0001_notes"]


# A migration that writes through a connection of its own to the same file waits on the
# runner's transaction and fails "database is locked"; the failure named the last
# statement the runner's connection ran (which worked), not the line that waited.
OWN_CONNECTION = '''"""Tags, written through a connection of its own."""
import sqlite3


def upgrade(conn):
    conn.execute("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT)")
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    {writer}.execute("INSERT INTO notes DEFAULT VALUES")
'''
ITS_OWN = "sqlite3.connect(path, timeout=0.1)"


def test_a_write_through_its_own_connection_names_the_line_and_the_runners_lock(tmp_path):
    folder = folder_with(tmp_path, {"0002_tags.py": OWN_CONNECTION.format(writer=ITS_OWN)})
    assert (
        run_cli("init", "app.db", "--to", "1", "--migrations-dir", folder, cwd=tmp_path).returncode
        == 0
    )
    done = run_cli("upgrade", "app.db", "--migrations-dir", folder, cwd=tmp_path)
    assert done.returncode == 1
    assert (
        "migration 0002_tags failed at line 8 of 0002_tags.py (after statement: PRAGMA "
        "database_list): OperationalError: database is locked; rolled back, database still at v1"
    ) in done.stderr, done.stderr
    assert "a connection of its own, which waits on the runner's transaction" in done.stderr
    assert "write through the conn upgrade(conn) is given" in done.stderr
    assert "EDI" not in done.stderr


def test_the_same_write_through_the_runners_connection_applies(tmp_path):
    folder = folder_with(tmp_path, {"0002_tags.py": OWN_CONNECTION.format(writer="conn")})
    assert (
        run_cli("init", "app.db", "--to", "1", "--migrations-dir", folder, cwd=tmp_path).returncode
        == 0
    )
    done = run_cli("upgrade", "app.db", "--migrations-dir", folder, cwd=tmp_path)
    assert done.returncode == 0, done.stderr


# The app keeps a read transaction open on a rollback-journal database while
# `edi-migrate upgrade` runs: the step's COMMIT cannot take its lock, and the refusal
# said "migration 0002_tags failed at statement: COMMIT", blaming a sound migration.
READER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN")
conn.execute("SELECT count(*) FROM notes").fetchone()
print("reading", flush=True)
sys.stdin.readline()
"""


def upgrade_beside_a_reader(tmp_path: Path) -> subprocess.CompletedProcess:
    folder = folder_with(tmp_path, {"0002_tags.py": TAGS_PY})
    init = run_cli("init", "app.db", "--to", "1", "--migrations-dir", folder, cwd=tmp_path)
    assert init.returncode == 0, init.stderr
    with subprocess.Popen(
        [sys.executable, "-c", READER, str(tmp_path / "app.db")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    ) as reader:  # fmt: skip
        try:
            assert reader.stdout.readline() == "reading\n"
            return run_cli(
                "upgrade", "app.db", "--busy-timeout", "0.2", "--migrations-dir", folder,
                cwd=tmp_path,
            )  # fmt: skip
        finally:
            reader.communicate("done\n", timeout=60)


def test_a_reader_keeping_the_commit_waiting_is_said_as_a_busy_database(tmp_path):
    done = upgrade_beside_a_reader(tmp_path)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "edi-migrate: app.db: database is locked by another connection: its open "
        "transaction kept the COMMIT of 0002_tags waiting 0.2 s; rolled back, database "
        "still at v1, retry when the app is idle"
    )


def test_the_same_upgrade_after_the_reader_ends_applies(tmp_path):
    upgrade_beside_a_reader(tmp_path)
    folder = tmp_path / "migrations"
    done = run_cli("upgrade", "app.db", "--migrations-dir", folder, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "now at v2" in done.stdout


# A database the app made before it used the runner: `status` and `baseline` build each
# version's fresh install in memory to name the version its schema matches. A migration
# whose SQL runs long there (here: until Ctrl-C) could not be stopped: SQLite ran it
# with no progress handler, so Ctrl-C waited for the statement, forever. It now answers
# as an upgrade does (exit 130); the same chain with a bounded step names the version.
ENDLESS_FRESH = '''"""Counts, for as long as it is let."""


def upgrade(conn):
    open({marker!r}, "w").close()
    conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n{until}) "
                 "SELECT count(*) FROM n").fetchone()
'''


def adopted_project(tmp_path: Path, until: str) -> tuple[Path, Path]:
    marker = tmp_path / "counting"
    step = ENDLESS_FRESH.format(marker=str(marker), until=until)
    folder = folder_with(tmp_path, {"0002_count.py": step})
    with closing(sqlite3.connect(tmp_path / "made_by_the_app.db")) as conn:
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")
    return folder, marker


@pytest.mark.parametrize("command", [("status",), ("baseline", "--version", "2")])
def test_ctrl_c_while_a_fresh_install_is_built_in_memory_answers(tmp_path, command):
    folder, marker = adopted_project(tmp_path, "")
    db = tmp_path / "made_by_the_app.db"
    argv = cli_command(command[0], db, *command[1:], "--migrations-dir", folder)
    done = interrupt_when(marker, argv)
    assert done.returncode == 130, done.stderr
    assert "interrupted" in done.stderr and "Traceback" not in done.stderr


def test_the_same_status_with_a_bounded_step_names_the_matching_version(tmp_path):
    folder, _ = adopted_project(tmp_path, " WHERE i < 1000")
    done = run_cli("status", "made_by_the_app.db", "--migrations-dir", folder, cwd=tmp_path)
    assert done.returncode == 1
    assert "adopt it with `edi-migrate baseline made_by_the_app.db --version 2" in done.stderr

"""``edi-migrate`` as a newcomer meets it on a project of their own (not EDI's).

Each spec runs the real command in a subprocess on a small chain written here, the case
that broke trust (a traceback, a hang, a message naming the wrong file or a command that
cannot be pasted, a file left behind by a refusal) beside its sound control.
"""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from edi_migrations.sqlite.dbapi import sqlite3
from tests.shared_runs import SharedRuns
from tests.support import run_cli

CHAIN = {
    "0001_tasks.py": "CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL)",
    "0002_task_done.py": "ALTER TABLE tasks ADD COLUMN done INTEGER NOT NULL DEFAULT 0",
    "0003_projects.py": "CREATE TABLE projects (id INTEGER PRIMARY KEY, name TEXT UNIQUE)",
}
# Holds a write lock on the file it is given until its stdin closes: the app, running.
HOLDER = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "conn.execute('BEGIN IMMEDIATE')\n"
    "conn.execute(\"INSERT INTO tasks (title) VALUES ('written by the app')\")\n"
    "print('locked', flush=True)\n"
    "sys.stdin.read()\n"
    "conn.execute('ROLLBACK')\n"
)


def write_chain(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, sql in CHAIN.items():
        (folder / name).write_text(
            f'"""{name[5:-3]}: a to-do app\'s schema."""\n\n\n'
            f"def upgrade(conn):\n    conn.execute({sql!r})\n"
        )
    return folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A to-do app's project: its chain, named in its pyproject.toml."""
    write_chain(tmp_path / "migrations")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.edi-migrations]\nmigrations-dir = "migrations"\n'
    )
    return tmp_path


def edi_migrate(project: Path, *args: object) -> subprocess.CompletedProcess:
    return run_cli(*args, cwd=project)


@pytest.fixture
def init_app_db(
    project: Path, shared_runs: SharedRuns
) -> Callable[..., subprocess.CompletedProcess]:
    """``edi-migrate init app.db`` (with its options) in the fresh project: the same for
    every spec that starts there, so run once, each spec's project a copy of the one it
    left (tests/shared_runs.py)."""

    def init(*args: object) -> subprocess.CompletedProcess:
        name = " ".join(map(str, ("init app.db", *args)))
        return shared_runs.run_once(
            name, project, lambda: edi_migrate(project, "init", "app.db", *args)
        )

    return init


def refused_in_one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "EDI" not in result.stdout + result.stderr
    return lines[0]


def listing(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def app_running(project: Path, init_app_db) -> Iterator[Path]:
    """``app.db`` at v2, with another process holding its write lock while the test runs."""
    assert init_app_db("--to", 2).returncode == 0
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(project / "app.db")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        yield project / "app.db"
    finally:
        holder.communicate(timeout=60)


# --- init where the database cannot be created ----------------------------------------


@pytest.mark.parametrize("where", ["no_such_folder/app.db", "notes.txt/app.db"])
def test_init_where_the_file_cannot_be_created_refuses_in_one_line(project, where):
    (project / "notes.txt").write_text("not a folder\n")
    line = refused_in_one_line(edi_migrate(project, "init", where))
    assert where in line and "cannot create" in line and str(project) in line
    assert not (project / "no_such_folder").exists()


def test_init_in_an_existing_folder_creates_the_database(project):
    (project / "data").mkdir()
    result = edi_migrate(project, "init", "data/app.db")
    assert result.returncode == 0, result.stderr
    assert "now at v3" in result.stdout


def test_init_on_a_database_already_under_the_runner_names_its_version_and_upgrade(
    project, init_app_db
):
    assert init_app_db("--to", 1).returncode == 0
    before = listing(project)
    line = refused_in_one_line(edi_migrate(project, "init", "app.db"))
    assert "not a database of this migration chain" not in line
    assert "v1" in line and "edi-migrate upgrade app.db" in line
    assert listing(project) == before


# --- new with a message that makes no file name -----------------------------------------


def test_new_with_a_name_without_letters_is_a_usage_error_not_a_traceback(project):
    result = edi_migrate(project, "new", "!!!")
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "letters or digits" in result.stderr
    assert sorted(p.name for p in (project / "migrations").iterdir()) == sorted(CHAIN)


def test_new_with_a_name_writes_the_next_migration(project):
    result = edi_migrate(project, "new", "add due dates")
    assert result.returncode == 0, result.stderr
    assert (project / "migrations" / "0004_add_due_dates.py").exists()


# --- suggested commands that can be pasted ------------------------------------------------


def pasted(line: str) -> list[str]:
    """The command a message tells to run, as a shell would split it."""
    return shlex.split(line.split("`")[1])


def test_a_suggested_command_quotes_a_path_with_spaces(project):
    line = refused_in_one_line(edi_migrate(project, "status", "my app.db"))
    assert pasted(line) == ["edi-migrate", "init", "my app.db"]


def test_a_suggested_command_for_a_plain_path_stays_plain(project):
    line = refused_in_one_line(edi_migrate(project, "status", "app.db"))
    assert "`edi-migrate init app.db`" in line


# --- the app running: a writer holds the lock -----------------------------------------------


def test_restore_while_the_app_writes_refuses_after_the_busy_timeout(app_running, project):
    backup = edi_migrate(project, "backup", "app.db", "saved.backup")
    assert backup.returncode == 0, backup.stderr
    before = app_running.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "edi_migrations", "restore", "saved.backup", "app.db",
         "--busy-timeout", "0"],
        capture_output=True, text=True, cwd=project, timeout=60,
    )  # fmt: skip
    line = refused_in_one_line(result)
    assert line.startswith("edi-migrate: app.db: database is locked"), line
    assert app_running.read_bytes() == before


def test_restore_once_the_app_is_idle_replaces_the_database(project, init_app_db):
    assert init_app_db("--to", 1).returncode == 0
    assert edi_migrate(project, "init", "other.db").returncode == 0
    result = edi_migrate(project, "restore", "other.db", "app.db", "--busy-timeout", "0")
    assert result.returncode == 0, result.stderr
    assert "v3 (recorded)" in edi_migrate(project, "status", "app.db").stdout


def test_an_upgrade_refused_while_the_app_writes_leaves_no_backup_behind(app_running, project):
    before = listing(project)
    line = refused_in_one_line(edi_migrate(project, "upgrade", "app.db", "--busy-timeout", "0"))
    assert "database is locked" in line and "nothing changed" in line
    assert sorted(listing(project)) == sorted(before)


def test_an_upgrade_once_the_app_is_idle_keeps_its_backup(project, init_app_db):
    assert init_app_db("--to", 2).returncode == 0
    result = edi_migrate(project, "upgrade", "app.db", "--busy-timeout", "0")
    assert result.returncode == 0, result.stderr
    assert any(name.endswith(".backup") for name in listing(project))


# --- restore: the message names the file that is wrong ----------------------------------------


def test_restore_into_a_missing_folder_names_the_target_not_the_backup(project, init_app_db):
    assert init_app_db().returncode == 0
    line = refused_in_one_line(edi_migrate(project, "restore", "app.db", "gone/app.db"))
    assert line.startswith("edi-migrate: gone/app.db: "), line
    assert "cannot create" in line


def test_restore_into_a_directory_says_so(project, init_app_db):
    assert init_app_db().returncode == 0
    (project / "data").mkdir()
    line = refused_in_one_line(edi_migrate(project, "restore", "app.db", "data"))
    assert line.startswith("edi-migrate: data: ") and "is a directory" in line, line


def test_restoring_a_file_that_is_no_backup_says_it_once(project, init_app_db):
    assert init_app_db().returncode == 0
    (project / "notes.backup").write_text("not a database\n")
    before = listing(project)
    line = refused_in_one_line(edi_migrate(project, "restore", "notes.backup", "app.db"))
    assert line.startswith("edi-migrate: notes.backup: not a valid backup"), line
    assert line.count("notes.backup") == 1 and line.count("left unchanged") == 1, line
    assert "app.db" in line
    assert listing(project) == before


# --- the chain's folder ---------------------------------------------------------------------


def test_a_duplicate_number_names_both_files(project):
    (project / "migrations" / "0002_task_notes.py").write_text(
        '"""Notes on tasks."""\n\n\ndef upgrade(conn):\n    pass\n'
    )
    line = refused_in_one_line(edi_migrate(project, "status", "app.db"))
    assert "0002_task_done.py" in line and "0002_task_notes.py" in line and "renumber" in line


def test_a_gap_names_the_missing_number(project):
    (project / "migrations" / "0002_task_done.py").unlink()
    line = refused_in_one_line(edi_migrate(project, "status", "app.db"))
    assert "0002 is missing" in line and "0003_projects.py" in line


def test_baseline_at_version_zero_names_the_versions_it_takes(project):
    with sqlite3.connect(project / "app.db") as conn:
        conn.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT NOT NULL)")
    line = refused_in_one_line(edi_migrate(project, "baseline", "app.db", "--version", 0))
    assert "v1..v3" in line and "v0..v3" not in line
    line = refused_in_one_line(edi_migrate(project, "baseline", "app.db", "--version", 9))
    assert "v1..v3" in line


# --- status tells what upgrade will refuse ------------------------------------------------


def test_status_names_an_applied_migration_whose_file_changed(project, init_app_db):
    assert init_app_db("--to", 2).returncode == 0
    with (project / "migrations" / "0001_tasks.py").open("a") as fh:
        fh.write("# edited after it was applied\n")
    shown = edi_migrate(project, "status", "app.db")
    assert shown.returncode == 0, shown.stderr
    assert "changed since applied: 0001_tasks" in shown.stdout
    assert json.loads(edi_migrate(project, "status", "app.db", "--json").stdout)["changed"] == [
        "0001_tasks"
    ]
    line = refused_in_one_line(edi_migrate(project, "upgrade", "app.db"))
    assert "0001_tasks" in line  # what status announced is what upgrade refuses


def test_status_of_an_unchanged_chain_says_none_changed(project, init_app_db):
    assert init_app_db("--to", 2).returncode == 0
    assert "changed since applied: none" in edi_migrate(project, "status", "app.db").stdout
    assert json.loads(edi_migrate(project, "status", "app.db", "--json").stdout)["changed"] == []


# --- a database the app made, with table names another project used ------------------------

APP_TABLES = ("sessions", "prompts", "entities", "validations")


def app_made(path: Path) -> Path:
    """A database the app made before the runner, with no record of a version."""
    with sqlite3.connect(path) as conn:
        for table in APP_TABLES:
            conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, body TEXT)")
    return path


def test_an_unrecorded_database_is_never_placed_at_a_version_its_chain_lacks(project):
    app_made(project / "app.db")
    line = refused_in_one_line(edi_migrate(project, "status", "app.db"))
    assert "v1" not in line and "are not this chain's" in line, line


def test_an_unrecorded_database_of_a_chain_that_has_its_tables_is_still_read(project):
    for name in CHAIN:
        (project / "migrations" / name).unlink()
    sql = "; ".join(f"CREATE TABLE {t} (id INTEGER PRIMARY KEY, body TEXT)" for t in APP_TABLES)
    (project / "migrations" / "0001_app.py").write_text(
        f'"""The app\'s tables."""\n\n\ndef upgrade(conn):\n    conn.executescript({sql!r})\n'
    )
    app_made(project / "app.db")
    shown = edi_migrate(project, "status", "app.db")
    assert shown.returncode == 0 and shown.stdout.startswith("app.db: v1 "), shown.stderr


# --- backup: its refusal speaks of a backup, not of a migration -----------------------------


def test_a_backup_that_cannot_be_written_says_so_and_where_to_write_instead(project, init_app_db):
    assert init_app_db().returncode == 0
    line = refused_in_one_line(edi_migrate(project, "backup", "app.db", "gone/app.backup"))
    assert "backup to gone/app.backup failed" in line and "migrated" not in line, line
    assert "no backup written" in line and "DEST" in line, line


def test_a_backup_into_an_existing_folder_is_written(project, init_app_db):
    assert init_app_db().returncode == 0
    (project / "saved").mkdir()
    result = edi_migrate(project, "backup", "app.db", "saved")
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).parent == Path("saved")


def test_an_app_made_database_near_a_version_names_it_and_what_differs(project):
    with sqlite3.connect(project / "app.db") as conn:  # v2's tables, without the NOT NULLs
        conn.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY, title TEXT, done INTEGER)")
    before = listing(project)
    line = refused_in_one_line(edi_migrate(project, "upgrade", "app.db"))
    assert "are not this chain's" not in line, line
    assert "closest is v2" in line and "tasks.title" in line and "baseline" in line, line
    assert listing(project) == before


def test_an_app_made_database_of_other_tables_is_still_not_this_chains(project):
    with sqlite3.connect(project / "app.db") as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    line = refused_in_one_line(edi_migrate(project, "upgrade", "app.db"))
    assert "tables ['invoices'] are not this chain's" in line, line


# --- a file that is not SQLite at all ------------------------------------------------------


def test_a_text_file_is_called_not_sqlite_rather_than_another_chains(project):
    (project / "notes.db").write_text("a list of tasks, not a database\n")
    line = refused_in_one_line(edi_migrate(project, "status", "notes.db"))
    assert "not a SQLite database" in line and "another" not in line, line
    assert "migration chain" not in line, line


def test_a_sqlite_file_of_other_tables_still_says_chain(project):
    with sqlite3.connect(project / "other.db") as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    line = refused_in_one_line(edi_migrate(project, "status", "other.db"))
    assert "not a database of this migration chain" in line, line


# --- options: what --help promises ---------------------------------------------------------


@pytest.mark.parametrize("value", ["-1", "nan"])
def test_a_busy_timeout_that_is_no_number_of_seconds_is_a_usage_error(project, value, init_app_db):
    assert init_app_db().returncode == 0
    result = edi_migrate(project, "status", "app.db", f"--busy-timeout={value}")
    assert result.returncode == 2 and "--busy-timeout" in result.stderr, result.stderr


def test_a_busy_timeout_of_zero_is_taken(project, init_app_db):
    assert init_app_db().returncode == 0
    assert edi_migrate(project, "status", "app.db", "--busy-timeout", "0").returncode == 0


def test_help_reads_as_plain_text(project):
    result = edi_migrate(project, "--help")
    assert result.returncode == 0 and "``" not in result.stdout, result.stdout
    assert "upgrade" in result.stdout

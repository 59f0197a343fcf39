"""A newcomer's daily use of ``edi-migrate``, round five.

A database path that is not a regular file (a FIFO left by a script, ``/dev/zero``
typed for a scratch path) was called an "empty file" and the command told to run
``edi-migrate init`` on it, which then failed with SQLite's ``disk I/O error``: advice
that does not work when followed. Every command now refuses such a path as not a
regular file, before opening it (a FIFO's open would wait for a writer); a real empty
file is still pointed to ``init``. On a notes chain, not EDI's; every run is a
subprocess with a timeout.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.shared_runs import SharedRuns
from tests.support import run_cli

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
'''
COMMANDS = [
    ("upgrade",), ("status",), ("history",), ("verify",), ("backup",),
    ("baseline", "--version", "1"), ("init",),
]  # fmt: skip


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_notes.py").write_text(NOTES, encoding="utf-8")
    return tmp_path


@pytest.fixture
def initialised(project, shared_runs: SharedRuns) -> subprocess.CompletedProcess:
    """``edi-migrate init app.db`` in the fresh project: the same for every spec that
    starts there, so run once, each spec's project a copy of the one it left
    (tests/shared_runs.py)."""
    init = ("init", "app.db", "--migrations-dir", "migrations")
    return shared_runs.run_once("init", project, lambda: run_cli(*init, cwd=project))


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_a_fifo_is_refused_as_not_a_regular_file(project, command):
    os.mkfifo(project / "app.db")
    done = run_cli(
        command[0], "app.db", *command[1:], "--migrations-dir", "migrations", cwd=project
    )
    assert done.returncode == 1, done.stderr
    assert "app.db: not a SQLite database (not a regular file: a FIFO)" in done.stderr
    assert "init" not in done.stderr and "I/O" not in done.stderr
    assert "EDI" not in done.stderr


def test_a_character_device_is_refused_as_not_a_regular_file(project):
    done = run_cli("upgrade", os.devnull, "--migrations-dir", "migrations", cwd=project)
    assert done.returncode == 1, done.stderr
    assert f"{os.devnull}: not a SQLite database (not a regular file: a device)" in done.stderr


def test_restoring_from_a_fifo_is_refused_leaving_the_database(project, initialised):
    assert initialised.returncode == 0
    before = (project / "app.db").read_bytes()
    os.mkfifo(project / "saved.db")
    done = run_cli("restore", "saved.db", "app.db", "--migrations-dir", "migrations", cwd=project)
    assert done.returncode == 1, done.stderr
    assert "not a regular file: a FIFO" in done.stderr
    assert (project / "app.db").read_bytes() == before


def test_an_empty_regular_file_is_still_pointed_to_init(project):
    (project / "app.db").touch()
    done = run_cli("upgrade", "app.db", "--migrations-dir", "migrations", cwd=project)
    assert done.returncode == 1
    assert "create one with `edi-migrate init app.db`" in done.stderr
    assert run_cli("init", "app.db", "--migrations-dir", "migrations", cwd=project).returncode == 0


# `edi-migrate restore app.db app.db` (the backup's path typed twice, or a link to the
# database) waited the busy timeout on its own lock and said another connection held
# the database. It is refused at once as no backup; a real backup restores.
@pytest.mark.parametrize("backup", ["app.db", "link.db"])
def test_restoring_a_database_over_itself_is_refused_as_no_backup(project, initialised, backup):
    assert initialised.returncode == 0
    (project / "link.db").symlink_to("app.db")
    done = run_cli("restore", backup, "app.db", "--migrations-dir", "migrations", cwd=project)
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"edi-migrate: {backup}: not a valid backup: it is app.db itself; app.db left unchanged"
    )


def test_restoring_a_backup_of_the_database_replaces_it(project, initialised):
    assert initialised.returncode == 0
    saved = run_cli("backup", "app.db", "saved.db", "--migrations-dir", "migrations", cwd=project)
    assert saved.returncode == 0, saved.stderr
    done = run_cli("restore", "saved.db", "app.db", "--migrations-dir", "migrations", cwd=project)
    assert done.returncode == 0, done.stderr
    assert "app.db: restored from saved.db" in done.stdout


def test_restoring_into_a_fifo_is_refused(project, initialised):
    assert initialised.returncode == 0
    os.mkfifo(project / "pipe.db")
    done = run_cli("restore", "app.db", "pipe.db", "--migrations-dir", "migrations", cwd=project)
    assert done.returncode == 1
    assert "pipe.db: not a SQLite database (not a regular file: a FIFO)" in done.stderr


# `edi-migrate lint` runs each migration on a fresh install to trace it; a migration
# whose SQL never ends there (a trigger reading a view with no end) hung the lint, and
# a CI job with it, for good. The trace now runs under a limit, as the plugin's
# checks do, and the lint fails naming the migration; a bounded view lints clean.
WALK = '''"""Counts through a view, from a trigger."""


def upgrade(conn):
    conn.execute("CREATE VIEW walk AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
                 "SELECT n + 1 FROM r{until}) SELECT n FROM r")
    conn.execute("CREATE TABLE log (n INT)")
    conn.execute("CREATE TRIGGER counted AFTER INSERT ON notes "
                 "BEGIN INSERT INTO log SELECT count(*) FROM walk; END")
    conn.execute("INSERT INTO notes (body) VALUES ('first')")
'''


def test_lint_of_a_migration_that_never_ends_fails_naming_it(project):
    (project / "migrations" / "0002_walk.py").write_text(WALK.format(until=""), encoding="utf-8")
    done = run_cli(
        "lint", "--statement-timeout", "1", "--migrations-dir", "migrations", cwd=project
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "lint failed: the trace stopped" in done.stdout
    assert "migration 0002_walk ran past the statement budget of 1 s and was stopped" in done.stdout
    assert "raise it with edi-migrate lint --statement-timeout SECONDS" in done.stdout
    assert "EDI" not in done.stdout + done.stderr


def test_lint_of_the_same_migration_bounded_is_clean(project):
    bounded = WALK.format(until=" WHERE n < 100")
    (project / "migrations" / "0002_walk.py").write_text(bounded, encoding="utf-8")
    done = run_cli(
        "lint", "--statement-timeout", "1", "--migrations-dir", "migrations", cwd=project
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "lint clean: 2 migration(s)" in done.stdout


def test_a_lint_limit_that_is_not_above_zero_is_a_usage_error(project):
    done = run_cli(
        "lint", "--statement-timeout", "0", "--migrations-dir", "migrations", cwd=project
    )
    assert done.returncode == 2
    assert "'0' is not a number of seconds above 0" in done.stderr

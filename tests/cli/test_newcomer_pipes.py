"""``edi-migrate status app.db | head -1``: the reader closes the pipe after the line it
wanted, and the command printed a ``BrokenPipeError`` traceback for the lines nobody read.
A closed pipe now ends the command quietly; the same command with its output read whole
prints every line. On a notes chain, not EDI's."""

from __future__ import annotations

import subprocess

import pytest

from tests.support import cli_command, run_cli

NOTES = '''"""Notes."""


def upgrade(conn):
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
'''


@pytest.fixture
def project(tmp_path):
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_notes.py").write_text(NOTES, encoding="utf-8")
    assert run_cli("init", "app.db", "--migrations-dir", folder, cwd=tmp_path).returncode == 0
    return tmp_path


def test_a_reader_closing_the_pipe_early_gets_no_traceback(project):
    argv = cli_command("status", "app.db", "--migrations-dir", project / "migrations")
    with subprocess.Popen(
        argv, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as child:
        child.stdout.close()  # before the command writes a line: as `| head -0` does
        _, err = child.communicate(timeout=120)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert err == ""


def test_the_same_command_read_whole_prints_every_line(project):
    done = run_cli("status", "app.db", "--migrations-dir", project / "migrations", cwd=project)
    assert done.returncode == 0
    assert done.stdout.splitlines()[0] == "app.db: v1 (recorded); code knows up to v1"
    assert "pending: none" in done.stdout

"""A migrations folder the runner cannot load is refused with one ``BadMigrationsFolder``
naming the folder, the file and what is wrong, whatever is wrong: a file that does not
compile or raises as it is imported is said so with its line, never a bare traceback.
The real command says it in one line; the plugin stops the run on one collection error.
Beside each broken folder, its control (the same file, sound) loads."""

from __future__ import annotations

from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.errors import BadMigrationsFolder
from tests.harness_projects import copy_example_chain
from tests.support import run_cli

SOUND = '"""Notes get a rating."""\n\ndef upgrade(conn):\n    conn.execute("SELECT 1")\n'
BROKEN = {
    "does not compile": (
        '"""Unclosed."""\n\ndef upgrade(conn:\n    pass\n',
        "0002_broken.py: cannot be imported: SyntaxError: '(' was never closed (line 3)",
    ),
    "raises as it is imported": (
        '"""Raises."""\n\nraise RuntimeError("no settings file")\n\ndef upgrade(conn):\n    pass\n',
        "0002_broken.py: cannot be imported: RuntimeError: no settings file (line 3)",
    ),
    "imports a module that is not installed": (
        '"""Needs a module."""\n\nimport not_installed_anywhere\n\ndef upgrade(conn):\n    pass\n',
        "0002_broken.py: cannot be imported: ModuleNotFoundError: "
        "No module named 'not_installed_anywhere' (line 3)",
    ),
}


def folder_with(tmp_path: Path, source: str) -> Path:
    folder = tmp_path / "migrations"
    folder.mkdir()
    (folder / "0001_notes.py").write_text(
        '"""Notes."""\n\ndef upgrade(conn):\n    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)")\n',
        encoding="utf-8",
    )
    (folder / "0002_broken.py").write_text(source, encoding="utf-8")
    return folder


@pytest.mark.parametrize("source, message", BROKEN.values(), ids=BROKEN.keys())
def test_a_file_that_cannot_be_loaded_is_refused_naming_it(tmp_path, source, message):
    folder = folder_with(tmp_path, source)
    with pytest.raises(BadMigrationsFolder) as refused:
        load_migrations(folder)
    assert str(refused.value) == f"{folder}: {message}"


def test_the_control_loads(tmp_path):
    assert [m.name for m in load_migrations(folder_with(tmp_path, SOUND))] == [
        "0001_notes",
        "0002_broken",
    ]


def test_a_file_without_a_docstring_loads(tmp_path):
    """A docstring is asked for by the lint (EM116, advisory), never by the runner: a
    chain written elsewhere runs on a user's database as it is."""
    folder = folder_with(tmp_path, 'def upgrade(conn):\n    conn.execute("SELECT 1")\n')
    assert [m.doc for m in load_migrations(folder)] == ["Notes.", ""]


def test_the_command_says_it_in_one_line(tmp_path):
    source, message = BROKEN["does not compile"]
    folder = folder_with(tmp_path, source)
    done = run_cli("--migrations-dir", folder, "upgrade", tmp_path / "app.db")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"edi-migrate: {folder}: {message}"]
    assert not (tmp_path / "app.db").exists()


@pytest.mark.parametrize("ci", [True, False], ids=["on-ci", "off-ci"])
@pytest.mark.parametrize("mode", ["auto", "run"])
def test_the_plugin_stops_on_one_collection_error(pytester, monkeypatch, ci, mode):
    """Off CI the plugin keeps verdicts and reads the folder after collection; its end of
    run report reads it again: neither may turn the refusal into a crash."""
    folder = copy_example_chain(pytester)
    (folder / "0008_broken.py").write_text(BROKEN["does not compile"][0], encoding="utf-8")
    if ci:
        monkeypatch.setenv("CI", "true")
    else:
        monkeypatch.delenv("CI", raising=False)
    result = pytester.runpytest_inprocess("--migrations-dir", str(folder), f"--verdicts={mode}")
    output = result.stdout.str() + result.stderr.str()
    assert "INTERNALERROR" not in output and "Traceback" not in output
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*0008_broken.py: cannot be imported: SyntaxError*(line 3)*"])

"""``edi-migrate`` as a newcomer follows it, round three: the command ``new`` prints is
pasted into a shell as printed. In a folder whose path holds a space and non-ASCII
(``récettes app``), it printed ``--migrations-dir=/tmp/récettes app/migrations``, which the
shell splits in two; a plain path prints as before. On a recipes chain, not EDI's."""

from __future__ import annotations

import shlex

import pytest

from tests.support import run_cli

FIRST = '''"""Recipes of a cooking app."""


def upgrade(conn):
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
'''


@pytest.mark.parametrize("project", ["recipes", "récettes app"])
def test_the_command_new_prints_survives_the_shell(tmp_path, project):
    folder = tmp_path / project / "migrations"
    folder.mkdir(parents=True)
    (folder / "0001_recipes.py").write_text(FIRST, encoding="utf-8")
    done = run_cli("new", "add ratings", "--migrations-dir", folder, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    command = done.stdout.splitlines()[-1]
    words = shlex.split(command)
    assert words[:3] == ["pytest", "--upgrade-path", "*->v2*"], command
    assert words[3:] == [f"--migrations-dir={folder}"], command


INI_FILES = [
    ("pytest.ini", "[pytest]\nedi_migrations_dir = shop/migrations\n"),
    ("tox.ini", "[tox]\nenvlist = py311\n\n[pytest]\nedi_migrations_dir = shop/migrations\n"),
    ("setup.cfg", "[metadata]\nname = shop\n\n[tool:pytest]\nedi_migrations_dir = shop/migrations\n"),
]


@pytest.mark.parametrize(("ini", "text"), INI_FILES, ids=[i for i, _ in INI_FILES])
def test_the_folder_the_pytest_ini_names_serves_the_command_line(tmp_path, ini, text):
    """The plugin's documented ini key, in whichever file pytest reads it from: the
    command line ran on no chain ("no pyproject.toml ... or above it"), run from the
    project or one of its subfolders alike."""
    folder = tmp_path / "shop" / "migrations"
    folder.mkdir(parents=True)
    (folder / "0001_recipes.py").write_text(FIRST, encoding="utf-8")
    (tmp_path / ini).write_text(text, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    for cwd, db in ((tmp_path, "app.db"), (tmp_path / "docs", "../other.db")):
        done = run_cli("init", db, cwd=cwd)
        assert done.returncode == 0, done.stderr
        assert "now at v1" in done.stdout


def test_a_project_naming_no_folder_is_still_refused(tmp_path):
    (tmp_path / "pytest.ini").write_text("[pytest]\naddopts = -q\n", encoding="utf-8")
    done = run_cli("init", "app.db", cwd=tmp_path)
    assert done.returncode == 1
    assert "no migrations folder" in done.stderr and "--migrations-dir" in done.stderr
    assert not (tmp_path / "app.db").exists()

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

"""The examples of the README and the docs pages run as written: a user copies them first."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from edi_migrations import downgrade, init, inspect, upgrade
from tests.docs_text import DOCS, blocks, first_block, pages, section_blocks
from tests.harness_projects import run_matrix
from tests.support import ROOT, sqlite3  # the DB-API module the runner uses

README = ROOT / "README.md"
FIRST_SCREEN = "## Start on your project"
LOOP = "## The test-first loop"


def test_the_python_example_runs_on_a_v1_database(tmp_path):
    """As an app's start-up module, its migrations folder beside it (here EDI's chain)."""
    shutil.copytree(ROOT / "edi_migrations" / "versions", tmp_path / "migrations")
    init(tmp_path / "app.db", to=1, migrations_dir=tmp_path / "migrations")
    script = tmp_path / "start.py"
    script.write_text(first_block(DOCS / "python-api.md", "## Upgrade from Python", "python"))
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "1"
    assert done.stdout.splitlines()[1].startswith("1 3 ['0002_")
    assert (tmp_path / "new.db").exists() and any((tmp_path / "backups").iterdir())


@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_every_python_block_compiles_and_every_toml_block_parses(page):
    for block in blocks(page, "python"):
        compile(block.code, f"{page.name} python block", "exec")
    for block in blocks(page, "toml"):
        tomllib.loads(block.code)


def readme_migrations(folder: Path) -> Path:
    """The README's first migration and the test-first loop's second, as files."""
    folder.mkdir()
    first = first_block(README, FIRST_SCREEN, "python")
    (folder / "0001_notes.py").write_text(first, encoding="utf-8")
    loop = "\n\n".join(section_blocks(README, LOOP, "python"))
    second = f'"""Add note rating.\n\nWhy: the README\'s test-first loop."""\n\n{loop}\n'
    (folder / "0002_add_note_rating.py").write_text(second, encoding="utf-8")
    return folder


def test_the_first_screen_and_the_loop_migrate_a_database_up_and_down(tmp_path):
    folder = readme_migrations(tmp_path / "migrations")
    db = tmp_path / "app.db"
    init(db, to=1, migrations_dir=folder)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO notes (body) VALUES ('kept')")
    conn.close()
    assert upgrade(db, migrations_dir=folder, backup=False).to_version == 2
    assert downgrade(db, to=1, migrations_dir=folder, backup=False).to_version == 1
    assert inspect(db, folder).version == 1 and not inspect(db, folder).drift
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT body FROM notes").fetchall() == [("kept",)]
    conn.close()


def test_the_first_screen_and_the_loop_pass_every_check(pytester):
    folder = readme_migrations(pytester.path / "migrations")
    result = run_matrix(pytester, folder, "--snapshot-update")
    assert result.ret == 0, result.stdout.str()
    result.stdout.fnmatch_lines(["v1 * pass", "fresh * pass"])  # the grid: both starts ran
    assert (folder / "schema_snapshots" / "schema_v2.sql").exists()

"""``edi-migrate new`` writes a file a project that is not EDI's reads as its own: the
template's comments name the current settings (``MIGRATIONS_SQLITE_MODULE``, ``ctx.rows``),
never EDI or the old names, and the file is a migration the folder loads."""

from __future__ import annotations

import shutil

from edi_migrations import load_migrations
from tests.harness_projects import EXAMPLE_CHAIN
from tests.support import run_cli


def scaffolded(tmp_path) -> str:
    folder = tmp_path / "migrations"
    shutil.copytree(EXAMPLE_CHAIN, folder, ignore=shutil.ignore_patterns("__pycache__"))
    done = run_cli("new", "add note rating", "--migrations-dir", folder)
    assert done.returncode == 0, done.stderr
    assert [m.name for m in load_migrations(folder)][-1] == "0008_add_note_rating"
    return (folder / "0008_add_note_rating.py").read_text(encoding="utf-8")


def test_the_new_file_names_the_current_settings_and_never_edi(tmp_path):
    text = scaffolded(tmp_path)
    assert "EDI" not in text
    assert "MIGRATIONS_SQLITE_MODULE" in text
    assert "ctx has version, seed, rows" in text

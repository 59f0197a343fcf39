"""Leftovers of the last session on the command line, each a broken case beside its sound
control, on a small chain of notes (not EDI's).

1. Versions sharing a schema that are not consecutive: a table added (v2) then dropped
   (v3), then a data fix (v4). A file at v1's schema is v1's, v3's and v4's fresh install
   alike; the advice named 0003 and 0004 as data-only, leaving out 0002 and calling a
   drop a data fix. It names every migration between, and says what they do together.
2. A read-only command on a WAL user's file left ``-wal`` and ``-shm`` beside it: a
   read-only connection cannot checkpoint, so SQLite's last close does not remove them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.support import run_cli

STEPS = {
    "0001_notes.py": "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)",
    "0002_drafts.py": "CREATE TABLE drafts (id INTEGER PRIMARY KEY)",
    "0003_no_drafts.py": "DROP TABLE drafts",
    "0004_trimmed.py": "UPDATE notes SET body = trim(body)",
}


def write_chain(folder: Path, steps: dict[str, str]) -> Path:
    folder.mkdir()
    for name, sql in steps.items():
        body = f'def upgrade(conn):\n    conn.execute("{sql}")\n'
        (folder / name).write_text(f'"""A notes step."""\n\n\n{body}')
    return folder


def notes_file(path: Path, user_version: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(STEPS["0001_notes.py"])
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("steps", "expect"),
    [
        (
            STEPS,
            "v1, v3 and v4 alike (0002_drafts, 0003_no_drafts, 0004_trimmed, run between v1"
            " and v4, leave the schema as they found it)",
        ),
        (
            {"0001_notes.py": STEPS["0001_notes.py"], "0002_trimmed.py": STEPS["0004_trimmed.py"]},
            "v1 and v2 alike (0002_trimmed changes only data)",
        ),
    ],
    ids=["not-consecutive", "consecutive"],
)
def test_versions_alike_name_every_migration_between_them(tmp_path, steps, expect):
    chain = write_chain(tmp_path / "migrations", steps)
    db = notes_file(tmp_path / "notes.db")
    result = run_cli("status", db, "--migrations-dir", chain)
    assert result.returncode == 1
    assert expect in result.stderr, result.stderr


def wal_notes(tmp_path: Path, chain: Path) -> Path:
    """A notes file at v4 whose app turned WAL on (no connection left open: no -wal)."""
    db = tmp_path / "notes.db"
    assert run_cli("init", db, "--migrations-dir", chain).returncode == 0
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    return db


@pytest.mark.parametrize("command", ["status", "verify", "history"])
@pytest.mark.parametrize("app_open", [False, True], ids=["closed", "app-holds-it-open"])
def test_a_read_only_command_leaves_the_folder_as_it_found_it(tmp_path, command, app_open):
    """Closed, the file had no -wal or -shm and has none after; held open by the app, the
    ones it had stay (the app's, not the command's to remove)."""
    chain = write_chain(tmp_path / "migrations", STEPS)
    db = wal_notes(tmp_path, chain)
    app = sqlite3.connect(db) if app_open else None
    if app is not None:
        app.execute("SELECT count(*) FROM notes").fetchone()
    before = sorted(p.name for p in tmp_path.iterdir())
    try:
        result = run_cli(command, db, "--migrations-dir", chain)
        assert result.returncode == 0, result.stderr
        assert sorted(p.name for p in tmp_path.iterdir()) == before
    finally:
        if app is not None:
            app.close()
    assert ("notes.db-wal" in before) == app_open

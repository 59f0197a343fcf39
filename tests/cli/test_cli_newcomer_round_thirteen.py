"""Round thirteen of a newcomer: ``edi-migrate baseline`` on a database whose history is
already long. It named every migration it recorded on one line (100 names, 3 000
characters at v100); a long list is now shown by its ends and its count, the history
naming each, while a short one is still listed whole."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.support import run_cli


def chain_and_database(tmp_path: Path, length: int) -> tuple[Path, Path]:
    """A chain of ``length`` tables, one a migration, and the app's database at its head
    made without the runner."""
    folder = tmp_path / "migrations"
    folder.mkdir()
    for n in range(1, length + 1):
        (folder / f"{n:04d}_table_{n}.py").write_text(
            f'"""Table {n}."""\n\n\ndef upgrade(conn):\n'
            f'    conn.execute("CREATE TABLE IF NOT EXISTS t{n} (id INTEGER PRIMARY KEY)")\n'
        )
    db = tmp_path / "app.db"
    conn = sqlite3.connect(db)
    for n in range(1, length + 1):
        conn.execute(f"CREATE TABLE t{n} (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    return folder, db


def test_a_long_baseline_is_told_by_its_ends_and_count(tmp_path):
    folder, db = chain_and_database(tmp_path, 40)
    done = run_cli("baseline", db.name, "--version", "40", "--migrations-dir", folder, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert len(first) < 160, first
    assert "edi-migrate history app.db" in first
    assert "40 migrations" in first and "0001_table_1" in first and "0040_table_40" in first
    assert "0020_table_20" not in first
    history = run_cli("history", db, "--migrations-dir", folder)
    assert "0020_table_20" in history.stdout


def test_a_short_baseline_still_names_each(tmp_path):
    folder, db = chain_and_database(tmp_path, 3)
    done = run_cli("baseline", db, "--version", "3", "--migrations-dir", folder)
    assert done.returncode == 0, done.stderr
    assert "0001_table_1, 0002_table_2, 0003_table_3" in done.stdout

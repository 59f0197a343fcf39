"""A folder is read for another tool's migrations once per state of its files: a stepwise
walk loads the same folder once a step, and each load read every migration's text again.
An edit, a new file or a new ``env.py`` beside it is always seen, in the same process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.errors import BadMigrationsFolder
from edi_migrations.runner import foreign_folder

MIGRATION = '''"""Table {n}."""


def upgrade(conn):
    conn.execute("CREATE TABLE t{n} (id INTEGER PRIMARY KEY)")
'''
ALEMBIC = '''"""Table 2."""
down_revision = "abc"


def upgrade(conn):
    conn.execute("CREATE TABLE t2 (id INTEGER PRIMARY KEY)")
'''


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "migrations"
    folder.mkdir()
    for n in (1, 2):
        (folder / f"{n:04d}_table_{n}.py").write_text(MIGRATION.format(n=n), encoding="utf-8")
    return folder


def test_an_unchanged_folder_is_not_read_again_for_another_tools_files(folder, monkeypatch):
    load_migrations(folder)
    read: list[Path] = []
    real = foreign_folder._whose
    monkeypatch.setattr(
        foreign_folder, "_whose", lambda f, found: read.append(f) or real(f, found)
    )
    load_migrations(folder)
    load_migrations(folder)
    assert read == []


def test_a_migration_edited_into_alembics_is_refused_in_the_same_process(folder):
    load_migrations(folder)
    path = folder / "0002_table_2.py"
    path.write_text(ALEMBIC, encoding="utf-8")
    with pytest.raises(BadMigrationsFolder, match="Alembic's"):
        load_migrations(folder)


def test_an_edit_with_its_size_and_time_put_back_is_still_seen(folder):
    load_migrations(folder)
    path = folder / "0002_table_2.py"
    before = path.stat()
    edited = ALEMBIC.ljust(len(path.read_text(encoding="utf-8")))[: before.st_size]
    assert "down_revision" in edited
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(BadMigrationsFolder, match="Alembic's"):
        load_migrations(folder)


def test_an_env_py_appearing_beside_a_versions_folder_is_seen(tmp_path):
    folder = tmp_path / "versions"
    folder.mkdir()
    (folder / "0001_table_1.py").write_text(MIGRATION.format(n=1), encoding="utf-8")
    load_migrations(folder)
    (tmp_path / "env.py").write_text("# alembic env\n", encoding="utf-8")
    with pytest.raises(BadMigrationsFolder, match="Alembic's"):
        load_migrations(folder)

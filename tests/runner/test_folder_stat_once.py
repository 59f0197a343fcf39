"""One load of a migrations folder stats each migration file once: a stepwise walk loads
the folder once a step, and the check for another tool's files and the chain's own stamps
each asked the file system again (two ``stat`` calls a file a load, ~28 000 on one long
chain's spec). What the load remembers between calls (the names already found free of
strays, the folder found ours) still sees a new file, in the same process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from edi_migrations import load_migrations
from edi_migrations.errors import BadMigrationsFolder

MIGRATION = '''"""Table {n}."""


def upgrade(conn):
    conn.execute("CREATE TABLE t{n} (id INTEGER PRIMARY KEY)")
'''


def _folder(root: Path, count: int = 3) -> Path:
    folder = root / "migrations"
    folder.mkdir(parents=True)
    for n in range(1, count + 1):
        (folder / f"{n:04d}_table_{n}.py").write_text(MIGRATION.format(n=n), encoding="utf-8")
    return folder


def test_a_load_stats_each_migration_file_once(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    load_migrations(folder)
    asked: list[str] = []
    real = os.stat

    def counted(path, *args, **kwargs):
        if Path(path).parent == folder:
            asked.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", counted)
    load_migrations(folder)
    assert sorted(asked) == sorted(p.name for p in folder.glob("*.py"))


def test_a_stray_sql_file_added_after_a_clean_load_is_refused(tmp_path):
    folder = _folder(tmp_path)
    load_migrations(folder)
    (folder / "0004_tags.sql").write_text("CREATE TABLE tags (id INTEGER);\n", encoding="utf-8")
    with pytest.raises(BadMigrationsFolder, match="0004_tags.sql: migrations are Python files"):
        load_migrations(folder)


def test_a_stray_in_another_folder_with_the_same_migrations_is_refused(tmp_path):
    clean = _folder(tmp_path / "a")
    load_migrations(clean)
    other = _folder(tmp_path / "b")
    (other / "0002_tags.PY").write_text("", encoding="utf-8")
    with pytest.raises(BadMigrationsFolder, match=r"0002_tags.PY: .*suffix in lowercase"):
        load_migrations(other)
    assert [m.name for m in load_migrations(clean)] == [
        "0001_table_1",
        "0002_table_2",
        "0003_table_3",
    ]

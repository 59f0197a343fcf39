"""Database files copied whole: how every test gets a private copy of a template."""

from __future__ import annotations

import shutil
from pathlib import Path

SIDE_FILES = ("-wal",)  # never -shm: SQLite rebuilds it, and a stale one only misleads


def copy_database(source: Path, dest: Path, side_files: tuple[str, ...] = SIDE_FILES) -> Path:
    """Copy a database and its ``-wal`` (or ``side_files``) byte for byte, without opening
    either (opening a WAL database to back it up would checkpoint it and destroy its shape;
    a crash's hot journal must stay for the copy's first opener)."""
    if dest.exists():
        raise FileExistsError(f"{dest}: a fixture never overwrites a database")
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, dest)
    for suffix in side_files:
        side = Path(f"{source}{suffix}")
        if side.exists():
            shutil.copyfile(side, Path(f"{dest}{suffix}"))
    return dest

"""Refusing paths that are not SQLite files, before SQLite ever opens them.

SQLite would create a missing file or read a stranger's as empty; the header tells first.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import DatabaseEmpty, DatabaseMissing, NotADatabase

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_file(path: Path) -> None:
    """Refuse paths that are not SQLite files, before SQLite ever opens them."""
    if not path.exists():
        raise DatabaseMissing(path)
    if path.is_dir():
        raise NotADatabase(path, "is a directory")
    size = path.stat().st_size
    if size == 0:
        raise DatabaseEmpty(path)
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotADatabase(path, "no SQLite header")
    if len(header) < 100:
        raise NotADatabase(path, f"truncated ({size} bytes, shorter than a SQLite header)")

"""Refusing paths that are not SQLite files, before SQLite ever opens them.

SQLite would create a missing file or read a stranger's as empty; the header tells first.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.errors import DatabaseEmpty, DatabaseMissing, NotADatabase

SQLITE_MAGIC = b"SQLite format 3\x00"


class NotSQLite(NotADatabase):
    """No SQLite file at all (a directory, a text file, a truncated copy): not a question
    of which chain made it, as a SQLite file of other tables is."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.args = (
            f"{path}: not a SQLite database ({reason}); check the path; file left unchanged",
        )


def check_file(path: Path) -> None:
    """Refuse paths that are not SQLite files, before SQLite ever opens them."""
    if not path.exists():
        raise DatabaseMissing(path)
    if path.is_dir():
        raise NotSQLite(path, "is a directory")
    size = path.stat().st_size
    if size == 0:
        raise DatabaseEmpty(path)
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotSQLite(path, "no SQLite header")
    if len(header) < 100:
        raise NotSQLite(path, f"truncated ({size} bytes, shorter than a SQLite header)")

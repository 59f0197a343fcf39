"""Refusing paths that are not SQLite files, before SQLite ever opens them.

SQLite would create a missing file or read a stranger's as empty; the header tells first.
"""

from __future__ import annotations

import stat
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
    refuse_not_regular(path)
    size = path.stat().st_size
    if size == 0:
        raise DatabaseEmpty(path)
    with path.open("rb") as fh:
        header = fh.read(100)
    if not header.startswith(SQLITE_MAGIC):
        raise NotSQLite(path, "no SQLite header")
    if len(header) < 100:
        raise NotSQLite(path, f"truncated ({size} bytes, shorter than a SQLite header)")


def refuse_not_regular(path: Path) -> None:
    """A directory, FIFO, device or socket at ``path`` is refused as what it is: a FIFO
    reads as an empty file (and opening it waits for a writer), a device as an empty
    database, and ``init``, which such a refusal would otherwise point to, cannot make
    either one a database."""
    if not path.exists():
        return
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        raise NotSQLite(path, "is a directory")
    if not stat.S_ISREG(mode):
        kind = (
            "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
        )
        raise NotSQLite(path, f"not a regular file: {kind}")

"""The ``-wal`` and ``-shm`` a read-only connection leaves beside a WAL file.

A read-only connection to a WAL database makes the two files to read through, and cannot
checkpoint: SQLite removes them at the last close only from a connection that can write.
A read-only command (``status``, ``verify``, ``history``) left them beside a file that had
none. Where the command made them and the ``-wal`` holds nothing, one connection that can
write opens the file and closes: its close, if the last, removes both (an empty WAL
checkpoints nothing into the file); if the app holds the file open, it keeps its own.
"""

from __future__ import annotations

import logging
from pathlib import Path

from edi_migrations.sqlite.dbapi import sqlite3

LOG = logging.getLogger("edi_migrations")

SIDE_FILES = ("-wal", "-shm")


def side_files(path: Path) -> tuple[bool, ...]:
    """Which of the file's ``-wal`` and ``-shm`` exist."""
    return tuple(Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES)


def tidy_wal(path: Path, before: tuple[bool, ...], timeout: float) -> tuple[Path, ...]:
    """After a read-only connection to ``path`` closed: remove the ``-wal`` and ``-shm``
    it made (``before``: :func:`side_files` as it opened), through SQLite's last close.
    Returns the ones it made and left (a tidy is best effort: the command still succeeds),
    and says so on the ``edi_migrations`` logger, naming them and why."""
    wal = Path(f"{path}-wal")
    if any(before) or not wal.exists():
        return ()
    if wal.stat().st_size:
        return _left(path, "its -wal holds another connection's writes")
    why = "another connection has the file open"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=timeout)
    except sqlite3.Error as exc:
        return _left(path, f"it cannot be opened for writing: {exc}")
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.Error as exc:
        why = f"it could not be read: {exc}"
    finally:
        conn.close()
    return _left(path, why)


def _left(path: Path, why: str) -> tuple[Path, ...]:
    """The side files still beside ``path``, said once with ``why`` they stayed."""
    left = tuple(p for p in (Path(f"{path}{s}") for s in SIDE_FILES) if p.exists())
    if left:
        names = " and ".join(str(p) for p in left)
        LOG.warning("%s: left %s beside it, made by a read-only read (%s)", path, names, why)
    return left

"""The ``-wal`` and ``-shm`` a read-only connection leaves beside a WAL file.

A read-only connection to a WAL database makes the two files to read through, and cannot
checkpoint: SQLite removes them at the last close only from a connection that can write.
A read-only command (``status``, ``verify``, ``history``) left them beside a file that had
none. Where the command made them and the ``-wal`` holds nothing, one connection that can
write opens the file and closes: its close, if the last, removes both (an empty WAL
checkpoints nothing into the file); if the app holds the file open, it keeps its own.
"""

from __future__ import annotations

from pathlib import Path

from edi_migrations.sqlite.dbapi import sqlite3

SIDE_FILES = ("-wal", "-shm")


def side_files(path: Path) -> tuple[bool, ...]:
    """Which of the file's ``-wal`` and ``-shm`` exist."""
    return tuple(Path(f"{path}{suffix}").exists() for suffix in SIDE_FILES)


def tidy_wal(path: Path, before: tuple[bool, ...], timeout: float) -> None:
    """After a read-only connection to ``path`` closed: remove the ``-wal`` and ``-shm``
    it made (``before``: :func:`side_files` as it opened), through SQLite's last close."""
    wal = Path(f"{path}-wal")
    if any(before) or not wal.exists() or wal.stat().st_size:
        return
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True, timeout=timeout)
    except sqlite3.Error:
        return  # a file it cannot write: the two stay, as SQLite leaves them
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.Error:
        pass  # locked or unreadable: the two stay
    finally:
        conn.close()

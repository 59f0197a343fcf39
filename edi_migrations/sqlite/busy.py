"""Keep trying BEGIN IMMEDIATE and COMMIT while the database is busy, up to the timeout.

SQLite waits for locks itself, in its busy handler; but a library built without usleep
(the sqlean-py and pysqlite3-binary wheels up to SQLite 3.42) sleeps in whole seconds and
gives up at once when less than a second is left, so ``--busy-timeout 0.5`` waited not at
all there. A COMMIT that fails with SQLITE_BUSY leaves the transaction open and may be
retried (SQLite's documentation of COMMIT); BEGIN IMMEDIATE holds nothing when refused.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from edi_migrations.sqlite.dbapi import primary_code, sqlite3

T = TypeVar("T")
PAUSE = 0.01  # seconds between tries: short beside any lock a person would wait for


def is_busy(exc: BaseException) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED (any extended code of either): worth another try."""
    return primary_code(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


def retry_while_busy(
    run: Callable[[], T],
    timeout: float,
    *,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    pause: float = PAUSE,
) -> T:
    """``run()`` until it returns, fails otherwise than busy, or ``timeout`` seconds have
    passed since the first try; then the last busy error is raised. Where SQLite itself
    waited the whole timeout inside the first try, there is no second."""
    deadline = clock() + timeout
    while True:
        try:
            return run()
        except sqlite3.OperationalError as exc:
            left = deadline - clock()
            if not is_busy(exc) or left <= 0:
                raise
            sleep(min(pause, left))


def wait_for_read(conn: sqlite3.Connection, timeout: float) -> None:
    """Read the schema once, retried while busy: a connection's first read waits for a
    writer's lock as ``timeout`` says on every SQLite, and a refusal comes after it."""
    retry_while_busy(lambda: conn.execute("SELECT count(*) FROM sqlite_master").fetchone(), timeout)

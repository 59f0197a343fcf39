"""Ctrl-C, and a caller's time limit, reach a fresh install built in memory.

``status``, ``baseline`` and every drift check build a version's fresh install by
running its migrations on an in-memory database. That connection had no progress
handler, so SQLite ran a long statement of a migration (a recursive CTE, a trigger
over a view) with no way back into Python: Ctrl-C waited for the statement, which on
an endless one was forever. A handler that calls into Python lets the signal's own
handler run; SQLite swallows what it raises and aborts the statement as
``interrupted``, said here as the KeyboardInterrupt it was (or, under a caller's limit,
as that limit: ``runner/step_limit.py``). A Ctrl-C landing inside the authorizer's callback
is cleared there too, and the statement is denied (``not authorized``): a flag set by the
signal's handler tells that denial from a real one.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from edi_migrations.runner import step_limit
from edi_migrations.runner.discovery import Migration
from edi_migrations.runner.interrupt import PROGRESS_EVERY
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import installed_factory, missing_from_app


def _tick() -> int:
    return 0  # running Python at all lets a pending signal's handler raise here


def breakable(conn: sqlite3.Connection) -> sqlite3.Connection:
    conn.set_progress_handler(_tick, PROGRESS_EVERY)
    return conn


@contextmanager
def building(migration: Migration) -> Iterator[None]:
    """Run ``migration`` on the in-memory fresh install inside: Ctrl-C during its SQL
    is a KeyboardInterrupt, past a caller's limit an ``OverLimit``."""
    with step_limit.timed(":memory:", migration.name, migration.version - 1), _noting() as noted:
        try:
            yield
        except sqlite3.DatabaseError as exc:
            if noted or "interrupted" in str(exc):
                raise KeyboardInterrupt(
                    f"interrupted while building v{migration.version}'s fresh install in "
                    f"memory ({migration.name}); nothing changed"
                ) from exc
            said_of_fresh_install(exc, migration)  # the same error: its code still classifies
            raise


def said_of_fresh_install(exc: sqlite3.DatabaseError, migration: Migration) -> None:
    """``exc`` saying it came from the in-memory build, not the user's file: it surfaced as
    "cannot open the database: no such table: archive.orders" on a file that opens fine
    (a connect attaching a file for a path but not for ``:memory:``)."""
    hint = ""
    if installed_factory() not in (None, sqlite3.connect) and not missing_from_app(exc):
        hint = "; the app's connect is given ':memory:' for it: open there what the migrations use"
    exc.args = (  # SQLite's words first: callers read their start (missing_from_app)
        f"{exc} (migration {migration.name}, on v{migration.version}'s fresh install built in "
        f"memory to compare the file's schema with{hint})",
    )
    exc.fresh_install = True  # type: ignore[attr-defined]  # classify: not the file's fault


@contextmanager
def _noting() -> Iterator[list[bool]]:
    """A list that holds True once Ctrl-C came, the signal's own handler still run after
    (what SQLite's callbacks swallow leaves this mark). Off the main thread, or where
    SIGINT is ignored, nothing is installed."""
    noted: list[bool] = []
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or not callable(previous):
        yield noted
        return

    def note(signum, frame) -> None:
        noted.append(True)
        previous(signum, frame)

    signal.signal(signal.SIGINT, note)
    try:
        yield noted
    finally:
        signal.signal(signal.SIGINT, previous)

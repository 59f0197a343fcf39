"""A time budget for every statement the harness runs on a project's SQL.

A view, a trigger or an expression of the project's can run forever (a recursive CTE
walking a tree with a cycle), and a harness that waits on it never reports. So every
connection the harness opens (:func:`edi_migrations.harness.connect.connect`) gets
SQLite's progress handler, a :class:`Clock`: past the budget it interrupts the running
statement, and :func:`guarded` turns SQLite's ``interrupted`` into a
:class:`StatementTimeout` naming what ran, the budget and how to raise it.

What a "statement" is, the handler cannot see: the clock restarts whenever the harness
starts a guarded step and whenever a write statement has finished (``total_changes``
moved), so a long series of short writes (rows from the schema, an app's writes) never
adds up to a timeout while one endless read or write does. The runner's connections
are not the harness's: a user's real migration is never interrupted by this.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from edi_migrations.sqlite.dbapi import sqlite3

DEFAULT_SECONDS = 30.0
TICKS = 10_000  # SQLite VM steps between two looks at the clock (well under a millisecond)
OPTION = "--statement-timeout"
INI = "edi_migrations_statement_timeout"
RAISE_IT = f"if it does end, raise the budget with {OPTION} SECONDS or the ini key {INI}"


class StatementTimeout(AssertionError):
    """A statement of the project's ran past the budget: a failed check, not a crash."""

    def __init__(self, what: str, seconds: float) -> None:
        self.what = what
        self.seconds = seconds
        super().__init__(
            f"{what} ran past the statement budget of {seconds:g} s and was interrupted; {RAISE_IT}"
        )


@dataclass
class _Run:
    """The budget of this process's harness, and what its clocks have seen. One harness
    runs in a process (xdist workers are processes), one statement at a time."""

    seconds: float = DEFAULT_SECONDS
    epoch: int = 0  # bumped when a guarded step starts or ends: every clock restarts
    fired: bool = False  # a clock interrupted a statement since the last guarded step began


_run = _Run()


@contextmanager
def budget_of(seconds: float) -> Iterator[None]:
    """Harness connections opened inside the block get ``seconds`` a statement."""
    previous, _run.seconds = _run.seconds, seconds
    try:
        yield
    finally:
        _run.seconds = previous


def seconds() -> float:
    return _run.seconds


class Clock:
    """The progress handler of one harness connection: non-zero past the deadline."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.seconds = _run.seconds
        self.restart(time.monotonic())

    def restart(self, now: float) -> None:
        self.deadline = now + self.seconds
        self.epoch = _run.epoch
        self.changes = self.conn.total_changes

    def __call__(self) -> int:
        now = time.monotonic()
        changes = self.conn.total_changes
        if changes != self.changes or self.epoch != _run.epoch:
            self.restart(now)  # another statement (or step) than the one timed so far
        if now < self.deadline:
            return 0
        _run.fired = True
        self.restart(now)  # what cleans up after the interrupted statement gets its own
        return 1


def install(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Give ``conn`` the run's budget (it replaces a progress handler of its own)."""
    conn.set_progress_handler(Clock(conn), TICKS)
    return conn


def interrupted_by_budget(exc: BaseException) -> bool:
    """``exc`` is SQLite's answer to a clock that fired (not to Ctrl-C or another error)."""
    return _run.fired and isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc)


@contextmanager
def guarded(what: str) -> Iterator[None]:
    """Run a step of the harness on the project's SQL (``what`` names it: "view 'walk'")
    with the whole budget; past it, raise :class:`StatementTimeout` naming ``what``."""
    _run.epoch += 1
    _run.fired = False
    try:
        yield
    except sqlite3.OperationalError as exc:
        if interrupted_by_budget(exc):
            raise StatementTimeout(what, _run.seconds) from exc
        raise
    finally:
        _run.epoch += 1

"""--busy-timeout holds on every SQLite: the runner retries BEGIN IMMEDIATE and COMMIT.

SQLite built without usleep (the sqlean-py and pysqlite3-binary wheels up to 3.42 are)
sleeps in whole seconds when busy and gives up at once below a second; the retries keep
the runner waiting until its own deadline there, and cost nothing where SQLite waited.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from edi_migrations import current_version, init, upgrade
from edi_migrations.sqlite.busy import retry_while_busy, wait_for_read
from edi_migrations.sqlite.dbapi import sqlite3

BUSY, LOCKED, IOERR = sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, 10


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Coded(sqlite3.OperationalError):
    def __init__(self, code: int) -> None:
        super().__init__("database is locked" if code == BUSY else f"code {code}")
        self.sqlite_errorcode = code


def attempts(clock: FakeClock, outcomes: list, seconds_each: float = 0.0) -> Callable[[], str]:
    """A call that takes ``seconds_each`` and then raises or returns the next outcome."""
    calls = iter(outcomes)

    def run() -> str:
        clock.now += seconds_each
        outcome = next(calls)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    return run


def retry(clock: FakeClock, run: Callable[[], str], timeout: float) -> str:
    return retry_while_busy(run, timeout, clock=clock, sleep=clock.sleep, pause=0.01)


def test_a_call_that_succeeds_is_run_once():
    clock = FakeClock()
    assert retry(clock, attempts(clock, ["done"]), timeout=1.0) == "done"
    assert clock.sleeps == []


@pytest.mark.parametrize("code", [BUSY, LOCKED, BUSY | (2 << 8)])
def test_a_busy_call_is_retried_until_it_succeeds(code):
    clock = FakeClock()
    run = attempts(clock, [Coded(code), Coded(code), "done"])
    assert retry(clock, run, timeout=1.0) == "done"
    assert clock.sleeps == [0.01, 0.01]


def test_a_call_busy_past_the_timeout_raises_its_last_error():
    clock = FakeClock()
    last = Coded(BUSY)
    run = attempts(clock, [Coded(BUSY)] * 10 + [last], seconds_each=0.01)
    with pytest.raises(Coded) as caught:
        retry(clock, run, timeout=0.2)
    assert caught.value is last and clock.now == pytest.approx(0.21)


def test_a_call_whose_sqlite_already_waited_the_timeout_is_not_retried():
    clock = FakeClock()
    run = attempts(clock, [Coded(BUSY), "never reached"], seconds_each=1.0)
    with pytest.raises(Coded):
        retry(clock, run, timeout=1.0)
    assert clock.sleeps == []


def test_the_last_pause_ends_at_the_deadline():
    clock = FakeClock()
    run = attempts(clock, [Coded(BUSY), Coded(BUSY)], seconds_each=0.095)
    with pytest.raises(Coded):
        retry_while_busy(run, 0.1, clock=clock, sleep=clock.sleep, pause=0.05)
    assert clock.sleeps == [pytest.approx(0.005)]


@pytest.mark.parametrize("code", [IOERR, sqlite3.SQLITE_OK])
def test_an_error_other_than_busy_is_raised_at_once(code):
    clock = FakeClock()
    with pytest.raises(Coded):
        retry(clock, attempts(clock, [Coded(code), "never reached"]), timeout=1.0)
    assert clock.sleeps == []


class HeldLock:
    """A transaction on ``db`` holding its lock for ``seconds``, in a thread: a read
    (``BEGIN`` and a read) or an EXCLUSIVE write (rollback journal: no reader gets in);
    ``ended`` is when it ended. :meth:`join` ends it early: a lock held "longer than any
    timeout" is held until the test is done with it, not a fixed time."""

    def __init__(self, db: Path, seconds: float, *, exclusive: bool = False) -> None:
        self.held = threading.Event()
        self.ended = 0.0
        self.released = threading.Event()
        begin = "BEGIN EXCLUSIVE" if exclusive else "BEGIN"
        self.thread = threading.Thread(target=self._hold, args=(db, seconds, begin))
        self.thread.start()
        assert self.held.wait(10), "the lock was never taken"

    def _hold(self, db: Path, seconds: float, begin: str) -> None:
        conn = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        try:
            conn.execute(begin)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            self.held.set()
            self.released.wait(seconds)
            conn.execute("COMMIT")
            self.ended = time.monotonic()
        finally:
            conn.close()

    def join(self) -> None:
        self.released.set()
        self.thread.join(10)


def test_a_commit_blocked_by_a_reader_that_ends_within_the_timeout_commits(tmp_path):
    db = tmp_path / "t.db"
    conn = sqlite3.connect(db, timeout=0.9, isolation_level=None)
    try:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO t VALUES (1)")
        reader = HeldLock(db, 0.15)
        retry_while_busy(lambda: conn.execute("COMMIT"), 0.9)
        committed = time.monotonic()
        reader.join()
        assert committed >= reader.ended
        assert not conn.in_transaction
    finally:
        conn.close()


def test_an_upgrade_waits_for_a_reader_shorter_than_a_busy_timeout_below_a_second(tmp_path):
    db = tmp_path / "edi.db"
    init(db, to=1)
    reader = HeldLock(db, 0.25)
    try:
        upgrade(db, busy_timeout=0.9, backup=False)
        finished = time.monotonic()
    finally:
        reader.join()
    assert finished >= reader.ended, "the upgrade committed while the reader still read"
    assert current_version(db) == 3


def rollback_database(path: Path) -> Path:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    return path


def test_a_first_read_waits_for_a_writer_that_ends_within_the_timeout(tmp_path):
    db = rollback_database(tmp_path / "t.db")
    conn = sqlite3.connect(db, timeout=0.9, isolation_level=None)
    writer = HeldLock(db, 0.15, exclusive=True)
    try:
        wait_for_read(conn, 0.9)
        read = time.monotonic()
    finally:
        writer.join()
        conn.close()
    assert read >= writer.ended


def test_a_first_read_refused_past_the_timeout_has_waited_the_timeout(tmp_path):
    db = rollback_database(tmp_path / "t.db")
    conn = sqlite3.connect(db, timeout=0.15, isolation_level=None)
    writer = HeldLock(db, 60, exclusive=True)
    try:
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            wait_for_read(conn, 0.15)
        assert time.monotonic() - started >= 0.15
    finally:
        writer.join()
        conn.close()

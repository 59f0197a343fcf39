"""When the integrity check must have said ok: before the first write, or before the first COMMIT.

Reading the database itself, the check must be done before a run writes anything. Reading
the backup just copied from it byte for byte (a rollback-journal file, copied under a
read lock), it reads exactly the state the first step starts from, so it runs while that
step runs, on the other core, and the step waits for it before its COMMIT: a corrupt
database is then rolled back to exactly as it was and refused with the same message.
Should another process commit between the copy and the step's write lock (the header's
change counter or page count moved), the database itself is checked before the first write.

The violations before the first step are read from the same copy, and only when asked
for: a step whose rescans find none cannot have made a new one.

The gate reads the database file only through one descriptor, opened before any of the
run's connections and closed after all of them: closing any descriptor of a file drops
every POSIX lock this process holds on it, SQLite's write lock included.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from edi_migrations.integrity.check import INLINE_BELOW_BYTES, ParallelCheck, checked_size
from edi_migrations.integrity.fk_facts import Violation
from edi_migrations.integrity.fk_rows import fk_violations
from edi_migrations.sqlite.opener import open_connection

STAMP = slice(24, 32)  # the header's file change counter and page count
WAL_FORMAT = 18  # header byte: 2 when the file is in WAL mode


def header(path: Path) -> bytes:
    """The first 100 bytes of a file no connection of this process has open (a copy)."""
    with path.open("rb") as fh:
        return fh.read(100)


def says_wal(head: bytes) -> bool:
    """Whether a database header says WAL mode (its backup then goes through SQLite)."""
    return len(head) > WAL_FORMAT and head[WAL_FORMAT] == 2


def copy_violations(copy: Path) -> set[Violation]:
    """``fk_violations`` of a byte copy, on a read connection of its own (the
    steps ask only when a rescan finds violations that may be new, and keep the answer)."""
    uri = f"{copy.resolve().as_uri()}?mode=ro"
    conn = open_connection(uri, uri=True, isolation_level=None)
    try:
        return fk_violations(conn)
    finally:
        conn.close()


class Gate:
    """The integrity check of one run, started on the database or on its byte copy."""

    def __init__(self, path: Path, timeout: float, workers: int | None = None) -> None:
        self.path, self.timeout, self.workers = path, timeout, workers
        self.fd = os.open(path, os.O_RDONLY)  # before any connection: see the docstring
        self.check: ParallelCheck | None = None
        self.copy_stamp: bytes | None = None  # set while the check reads a byte copy
        self.scan: Callable[[], set[Violation]] | None = None
        self.passed = False
        self.forgone = False  # nothing to write: no verdict needed (forgo)

    def header(self) -> bytes:
        """The database's header, read through the run's one descriptor."""
        return os.pread(self.fd, 100, 0)

    def is_wal(self) -> bool:
        return says_wal(self.header())

    def start(self, copy: Path | None = None) -> None:
        """Start checking ``copy`` (byte-identical to the database) or the database."""
        if self.check is not None:
            return
        self.copy_stamp = header(copy)[STAMP] if copy is not None else None
        self.check = ParallelCheck(self.path, self.timeout, self.workers, copy, self.fd)
        self.check.start()
        if copy is not None:
            self.scan = partial(copy_violations, copy)

    def start_aside(self) -> None:
        """Start checking the database now where the check runs on threads beside the run's
        reads (a large file); a small one is checked at once when a write first needs it."""
        if self.workers is not None or checked_size(self.path) >= INLINE_BELOW_BYTES:
            self.start()

    def forgo(self) -> None:
        """Nothing will be written: no verdict is waited for, and a running check stops
        (an app may upgrade at every start; the check reads every page)."""
        if self.check is not None:
            self.check.interrupt()
            self._stop()
        self.forgone = True

    def violations_before(self) -> Callable[[], set[Violation]] | None:
        """The first step's foreign-key scan of the copy, valid once ``before_first_write``
        found the database unchanged since the copy (``None`` otherwise)."""
        return self.scan if self.copy_stamp is not None and not self.passed else None

    def before_first_write(self) -> None:
        """Under the write lock, before the first write: wait, unless the check reads a
        copy of exactly this state (then ``before_commit`` waits)."""
        if self.passed:
            return
        if self.copy_stamp is not None and self.header()[STAMP] == self.copy_stamp:
            return
        moved = self.copy_stamp is not None
        self.before_commit()
        if moved:  # the copy's verdict is of an older state: check the file itself too
            self._stop()
            self.check, self.copy_stamp, self.scan, self.passed = None, None, None, False
            self.before_commit()

    def before_commit(self) -> None:
        """Wait for the check (starting it on the database if none runs); raise if corrupt."""
        if self.passed or self.forgone:
            return
        self.start()
        assert self.check is not None
        self.check.join()
        self.check.close()  # before the writer's: the last connection to close checkpoints a WAL
        failure = self.check.failure()
        if failure is not None:
            raise failure
        self.passed = True

    def after(self, exc: BaseException) -> BaseException | None:
        """The corruption that explains ``exc``, if any (Ctrl-C stops the check instead)."""
        if isinstance(exc, KeyboardInterrupt):
            if self.check is not None and self.check.alive():
                self.check.interrupt()
            return None
        if self.passed:
            return None
        self.start()
        assert self.check is not None
        self.check.join()
        failure = self.check.failure()
        return failure if failure is not exc else None

    def _stop(self) -> None:
        if self.check is not None:
            self.check.join()
            self.check.close()

    def close(self) -> None:
        """After every connection of the run: the descriptor last."""
        self._stop()
        os.close(self.fd)


@contextmanager
def integrity_gate(path: Path, timeout: float = 5.0, workers: int | None = None) -> Iterator[Gate]:
    """A run's gate: on a normal exit the check has said ok (a run with no step waits for
    it here); corruption is reported whatever the body raised (it explains the failure)."""
    gate = Gate(path, timeout, workers)
    try:
        yield gate
    except BaseException as exc:
        failure = gate.after(exc)
        if failure is not None:
            raise failure from exc
        raise
    else:
        gate.before_commit()
    finally:
        gate.close()

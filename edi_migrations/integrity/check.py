"""The integrity check before a migration, on parallel read connections.

At a million sessions ``integrity_check`` is the longest read before a migration
(about 22 s). Split per table (``integrity_plan``) on one read-only connection per
core (SQLite releases the GIL), it costs about the largest table instead of the sum,
and still catches every kind of corruption the whole check does. A small file is checked
whole, at once, on one connection. When it runs and what waits for it is
``integrity_gate``'s business.
"""

from __future__ import annotations

import json
import os
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from edi_migrations.errors import CorruptDatabase, MigrationError
from edi_migrations.integrity import plan as ip
from edi_migrations.sqlite.busy import is_busy, wait_for_read
from edi_migrations.sqlite.classify import classify
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.opener import open_connection

MAX_WORKERS = 4
# Below this size (the file and its -wal) the whole plan takes a few milliseconds, less
# than starting its threads and connections: it runs at once in the calling thread.
# bench/bench_integrity_inline.py: inline is quicker up to 4.4 MiB (11 against 20 ms) and
# even at 8.9 MiB on this 2-core machine; the threads pay off on larger files.
INLINE_BELOW_BYTES = 8 * 1024 * 1024


def integrity_problems(conn: sqlite3.Connection, path: Path) -> None:
    """The whole-database check on one connection; raises ``CorruptDatabase``."""
    rows = [r[0] for r in conn.execute(ip.WHOLE_CHECK)]
    if rows != ["ok"]:
        raise CorruptDatabase(path, "; ".join(rows))


def run_check(
    conn: sqlite3.Connection, check: ip.Check, path: Path, fd: int | None = None
) -> list[str]:
    """The problems one check of the plan finds (``[]`` when it says ok)."""
    if check.census:
        return ip.census_problems(read_census(conn, path, fd))
    rows = [r[0] for r in conn.execute(check.sql)]
    return [] if rows == ["ok"] else rows


def read_census(conn: sqlite3.Connection, path: Path, fd: int | None = None) -> ip.Census:
    """Count pages in one read transaction: the free list is read from the file itself,
    which the transaction's shared lock keeps as committed (never a WAL file). ``fd``, a
    descriptor of ``path`` kept open: closing one would drop this process's locks on it."""
    conn.execute("BEGIN")
    try:
        conn.execute("SELECT 1 FROM main.sqlite_master LIMIT 1").fetchall()  # the shared lock
        page_count = conn.execute("PRAGMA main.page_count").fetchone()[0]
        page_size = conn.execute("PRAGMA main.page_size").fetchone()[0]
        free = conn.execute("PRAGMA main.freelist_count").fetchone()[0]
        free_pages: list[int] = []
        if free:
            with _descriptor(path, fd) as held:

                def read_page(n: int) -> bytes:
                    return os.pread(held, page_size, (n - 1) * page_size)

                free_pages = ip.free_list_pages(read_page(1), read_page, page_count)
        in_trees, distinct, free_in_trees = conn.execute(
            ip.PAGE_CENSUS, (json.dumps(free_pages),)
        ).fetchone()
    finally:
        conn.execute("COMMIT")
    return ip.Census(page_count, page_size, free, in_trees, distinct, free_in_trees)


@contextmanager
def _descriptor(path: Path, fd: int | None) -> Iterator[int]:
    if fd is not None:
        yield fd
        return
    with path.open("rb") as fh:
        yield fh.fileno()


@dataclass
class _Findings:
    """What the workers found, by the check's place in the plan (a stable message)."""

    problems: dict[int, list[str]] = field(default_factory=dict)
    errors: list[MigrationError] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def failure(self, path: Path) -> MigrationError | None:
        rows = [row for _, found in sorted(self.problems.items()) for row in found]
        if rows:
            return CorruptDatabase(path, "; ".join(rows[: ip.MAX_ROWS]))
        corrupt = [e for e in self.errors if isinstance(e, CorruptDatabase)]
        return (corrupt or self.errors or [None])[0]


def _connect(path: Path, timeout: float, source: Path) -> sqlite3.Connection:
    uri = f"{source.resolve().as_uri()}?mode=ro"
    try:
        return open_connection(
            uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
        )
    except sqlite3.Error as exc:
        raise classify(path, exc, timeout) from exc


def checked_size(path: Path) -> int:
    """The bytes a check of ``path`` reads: the file and its -wal (0 where absent)."""
    wal = path.with_name(path.name + "-wal")
    return sum(p.stat().st_size for p in (path, wal) if p.exists())


def _plan(conn: sqlite3.Connection) -> tuple[ip.Check, ...]:
    features = ip.read_features(conn)
    if not features.splittable:
        return ip.plan([], features, 0)
    pages = conn.execute("PRAGMA main.page_count").fetchone()[0]
    return ip.plan(ip.table_weights(conn), features, pages)


class ParallelCheck:
    """Workers on their own read connections, taking the plan's checks from a queue;
    the first worker reads the plan (a corrupt schema is then a finding, not a crash).
    They read ``source`` (default: ``path``), a byte-identical copy of ``path`` maybe;
    what they find is reported as ``path``'s. ``fd``: see ``read_census``. Unless told
    how many workers, a database below ``INLINE_BELOW_BYTES`` is checked at ``start``,
    in the calling thread, on one connection (in one thread if another connection holds
    it locked)."""

    def __init__(
        self,
        path: Path,
        timeout: float,
        workers: int | None = None,
        source: Path | None = None,
        fd: int | None = None,  # a descriptor of ``path`` kept open (read_census)
    ) -> None:
        self.path, self.timeout, self.source = path, timeout, source or path
        self.fd = fd if source is None else None
        self.inline = workers is None and checked_size(self.source) < INLINE_BELOW_BYTES
        count = 1 if self.inline else workers or min(MAX_WORKERS, os.cpu_count() or 1)
        self.connections: list[sqlite3.Connection] = []
        try:
            for _ in range(count):
                self.connections.append(_connect(path, timeout, self.source))
        except MigrationError:
            self.close()
            raise
        self.tasks: queue.Queue[tuple[int, ip.Check] | None] = queue.Queue()
        self.findings = _Findings()
        self.threads = (
            [] if self.inline else [self._thread(n, c) for n, c in enumerate(self.connections)]
        )

    def _thread(self, n: int, conn: sqlite3.Connection) -> threading.Thread:
        name = f"integrity_check {self.path.name}"
        return threading.Thread(target=self._work, args=(n, conn), name=name, daemon=True)

    def start(self) -> None:
        if self.inline and self._locked(self.connections[0]):
            # Checked here, a locked file would be waited for twice: by this read, then by
            # the run's write lock. The check waits for it beside the run instead.
            self.threads = [self._thread(0, self.connections[0])]
        elif self.inline:
            self._guarded(self._check_here, self.connections[0])
        for thread in self.threads:
            thread.start()

    def _locked(self, conn: sqlite3.Connection) -> bool:
        """Whether another connection's lock holds a first read back, asked without waiting;
        any other error is the check's to meet again and record."""
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.Error as exc:
            return is_busy(exc)
        finally:
            conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")
        return False

    def _check_here(self, conn: sqlite3.Connection) -> None:
        """SQLite's whole-database check on one connection, its error recorded as a
        worker's is: the plan's split pays only on parallel connections (on one, its census
        reads again every page the table checks read, about twice the whole check's CPU)."""
        wait_for_read(conn, self.timeout)
        self._record(conn, 0, ip.Check(ip.WHOLE_CHECK))

    def _work(self, n: int, conn: sqlite3.Connection) -> None:
        if n == 0 and not self._guarded(self._fill, conn):
            for _ in self.threads:  # nothing to check: release every worker
                self.tasks.put(None)
        while (task := self.tasks.get()) is not None:
            self._guarded(self._record, conn, *task)

    def _fill(self, conn: sqlite3.Connection) -> None:
        wait_for_read(conn, self.timeout)  # a writer's lock: wait as --busy-timeout says
        for place, check in enumerate(_plan(conn)):
            self.tasks.put((place, check))
        for _ in self.threads:
            self.tasks.put(None)

    def _record(self, conn: sqlite3.Connection, place: int, check: ip.Check) -> None:
        found = run_check(conn, check, self.source, self.fd)
        if found:
            with self.findings.lock:
                self.findings.problems[place] = found

    def _guarded(self, work: Callable[..., None], conn: sqlite3.Connection, *args) -> bool:
        try:
            work(conn, *args)
        except sqlite3.Error as exc:
            with self.findings.lock:
                self.findings.errors.append(classify(self.path, exc, self.timeout))
            return False
        return True

    def alive(self) -> bool:
        return any(t.is_alive() for t in self.threads)

    def interrupt(self) -> None:
        for conn in self.connections:
            conn.interrupt()

    def join(self) -> None:
        """Wait in short slices so Ctrl-C is noticed; on Ctrl-C, stop the checks first."""
        try:
            for thread in self.threads:
                while thread.is_alive():
                    thread.join(0.05)
        except KeyboardInterrupt:
            self.interrupt()
            for thread in self.threads:
                thread.join()
            raise

    def close(self) -> None:
        for conn in self.connections:
            conn.close()

    def failure(self) -> MigrationError | None:
        """The error to raise, once every worker is done (the same object each time)."""
        if not hasattr(self, "_failure"):
            self._failure = self.findings.failure(self.path)
        return self._failure

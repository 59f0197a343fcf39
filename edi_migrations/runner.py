"""Apply migrations: one transaction per migration, its version record inside it.

The runner owns COMMIT, version bookkeeping, foreign-key handling and the backup;
a migration only changes the schema and data through the connection it is given.
A database is therefore always at exactly one version: a failure rolls back the
running migration and leaves the database at the version before it.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from edi_migrations.busy import is_busy, retry_while_busy
from edi_migrations.dbapi import sqlite3

from . import bookkeeping, detect, integrity_check, position
from .backup import backup_database, backup_folder
from .changes import RestoreRows
from .discovery import Migration, load_migrations
from .errors import (
    CannotOpen,
    ChangedMigration,
    CorruptDatabase,
    DatabaseBusy,
    DatabaseEmpty,
    DowngradeUnavailable,
    ForeignKeyViolation,
    MigrationError,
    MigrationFailed,
    MovedByAnother,
    NotADatabase,
    ReadOnlyDatabase,
    TransactionEnded,
    UnknownVersion,
    WrongDirection,
)
from .footprint import Footprint, References, references, tables_to_rescan
from .integrity import foreign_key_violations
from .position import Position

Progress = Callable[[str], None]
Trace = Callable[[str], None]
PROGRESS_EVERY = 200_000  # SQLite VM instructions between progress-handler calls
PROGRESS_SECONDS = 0.5  # at most one "elapsed" report this often (a terminal, not a log)


@dataclass(frozen=True)
class Step:
    migration: str
    from_version: int
    to_version: int
    seconds: float


@dataclass(frozen=True)
class Outcome:
    """What a run did: where the database started and ended, each step, the backup."""

    path: Path
    from_version: int
    to_version: int
    steps: tuple[Step, ...] = ()
    backup: Path | None = None


@dataclass(frozen=True)
class Options:
    """How carefully to run; the defaults are the safe ones."""

    backup: bool = True
    backup_dir: str | Path | None = None
    allow_drift: bool = False
    allow_changed: bool = False
    busy_timeout: float = 5.0
    progress: Progress | None = None
    trace: Trace | None = field(default=None, repr=False)


def upgrade(
    db_path: str | Path,
    to: int | None = None,
    migrations_dir: str | Path | None = None,
    **options: object,
) -> Outcome:
    """Upgrade ``db_path`` in place to version ``to`` (default: the newest)."""
    return _run(Path(db_path), to, migrations_dir, "upgrade", Options(**options))


def downgrade(
    db_path: str | Path, to: int, migrations_dir: str | Path | None = None, **options: object
) -> Outcome:
    """Run ``downgrade()`` of each migration above ``to``, newest first."""
    return _run(Path(db_path), to, migrations_dir, "downgrade", Options(**options))


def init(
    db_path: str | Path,
    to: int | None = None,
    migrations_dir: str | Path | None = None,
    **options: object,
) -> Outcome:
    """Create a new database at version ``to`` (default: the newest)."""
    path = Path(db_path)
    if path.is_dir():
        raise NotADatabase(path, "is a directory")
    if path.exists() and path.stat().st_size > 0:
        detect.check_file(path)
        with detect.read_only(path) as conn:
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise NotADatabase(path, "already exists and has tables; init only creates")
    created = not path.exists()
    path.touch()
    opts = Options(**{**options, "backup": False})
    try:
        return _run(path, to, migrations_dir, "upgrade", opts, creating=True)
    except BaseException:
        if created:  # leave nothing behind: a failed init created no database
            path.unlink(missing_ok=True)
        raise


def current_version(
    db_path: str | Path, migrations_dir: str | Path | None = None, busy_timeout: float = 5.0
) -> int:
    """The version a database will be migrated from (read only)."""
    return inspect(db_path, migrations_dir, busy_timeout).version


def inspect(
    db_path: str | Path, migrations_dir: str | Path | None = None, busy_timeout: float = 5.0
) -> detect.Detected:
    """Version, how it was decided, and drift, without changing the file."""
    path = Path(db_path)
    migrations = load_migrations(migrations_dir)
    detect.check_file(path)
    with detect.read_only(path, busy_timeout) as conn:
        integrity_check.integrity_problems(conn, path)
        return detect.detect(conn, path, migrations)


def _run(
    path: Path,
    to: int | None,
    migrations_dir: str | Path | None,
    direction: str,
    opts: Options,
    creating: bool = False,
) -> Outcome:
    migrations = load_migrations(migrations_dir)
    head = len(migrations)
    target = head if to is None else to
    if not 0 <= target <= head:
        raise UnknownVersion(path, f"v{target}", head, what="target")
    new_file = creating and path.stat().st_size == 0
    if not new_file:
        detect.check_file(path)
        _refuse_read_only(path)
        detect.recover_interrupted_write(path, opts.busy_timeout)
    if new_file:
        if target == 0:
            return Outcome(path, 0, 0)
        plan = _plan(path, migrations, 0, target, direction)
        start = Position(0, None)
        steps = _apply(path, plan, start, direction, opts, before_first_write=lambda: None)
        return Outcome(path, 0, target, tuple(steps))
    saved: Path | None = None
    try:
        with integrity_check.integrity_checked_alongside(path, opts.busy_timeout) as integrity_checked:
            try:
                found, saved, mark = _preflight(path, migrations, target, direction, opts, creating)
            except KeyboardInterrupt as exc:
                raise KeyboardInterrupt(f"{path}: interrupted before any change") from exc
            if target == found.version:
                return Outcome(path, found.version, found.version)
            plan = _plan(path, migrations, found.version, target, direction)
            start = Position(found.version, mark)
            steps = _apply(path, plan, start, direction, opts, integrity_checked)
    except CorruptDatabase:  # a backup of a corrupt file is no backup
        if saved is not None:
            saved.unlink(missing_ok=True)
        raise
    return Outcome(path, found.version, target, tuple(steps), saved)


def _preflight(
    path: Path,
    migrations: tuple[Migration, ...],
    target: int,
    direction: str,
    opts: Options,
    creating: bool,
) -> tuple[detect.Detected, Path | None, position.Mark]:
    """Detection, refusals, then the backup: all reads (the integrity check runs alongside).

    The bookkeeping mark is read first: a step committed by another process after it
    shows as a new mark, so the step engine re-reads the version then."""
    with detect.read_only(path, opts.busy_timeout) as ro:
        mark = position.read_mark(ro)
        found = detect.detect(ro, path, migrations)
        if found.version == 0 and not creating:
            raise DatabaseEmpty(path)
        if not opts.allow_drift:
            detect.refuse_drift(path, found)
        if not opts.allow_changed:
            _refuse_changed(ro, path, migrations, found.version)
        if direction == "upgrade" and target < found.version:
            raise WrongDirection(path, found.version, target, f"downgrade {path} --to {target}")
        if direction == "downgrade" and target > found.version:
            raise WrongDirection(path, found.version, target, f"upgrade {path} --to {target}")
        saved = None
        if opts.backup and 0 < found.version != target:
            folder = backup_folder(path, opts.backup_dir)
            saved = backup_database(ro, path, found.version, folder)
    return found, saved, mark


def _refuse_read_only(path: Path) -> None:
    """Refuse before the backup and the first step, not halfway with SQLite's error."""
    if not os.access(path, os.W_OK):
        raise ReadOnlyDatabase(path, "the file")
    folder = path.resolve().parent
    if not os.access(folder, os.W_OK):
        raise ReadOnlyDatabase(path, f"its folder {folder}")


def _plan(path: Path, migrations, start: int, target: int, direction: str) -> list:
    if direction == "upgrade":
        return [(m, m.upgrade) for m in migrations[start:target]]
    plan = []
    for m in reversed(migrations[target:start]):
        if m.downgrade is None:
            raise DowngradeUnavailable(path, m.name)
        plan.append((m, m.downgrade))
    return plan


def _refuse_changed(conn, path: Path, migrations: tuple[Migration, ...], version: int) -> None:
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migration_log'"
    ).fetchone():
        return
    recorded = bookkeeping.applied_checksums(conn)
    for migration in migrations[:version]:
        old = recorded.get(migration.name)
        if old is not None and old != migration.checksum:
            raise ChangedMigration(path, migration.name, old, migration.checksum)


class _Statements:
    """Remembers the statement being run, for error messages and fault injection.

    SQLite's trace callback sees each statement as it starts (inside scripts too);
    the SQL handed to ``execute`` covers statements that fail before they start.
    """

    def __init__(self, trace: Trace | None) -> None:
        self.submitted: str | None = None
        self.started: str | None = None
        self.trace = trace

    def submit(self, sql: str) -> None:
        self.submitted, self.started = sql, None

    def __call__(self, statement: str) -> None:
        if not statement.startswith("--"):  # "--" marks a nested program (trigger, pragma)
            self.started = statement
        if self.trace is not None:
            self.trace(statement)

    @property
    def last(self) -> str | None:
        return self.started or self.submitted


class _Cursor(sqlite3.Cursor):
    def execute(self, sql, *args):  # type: ignore[override]
        self.connection.statements.submit(sql)
        return super().execute(sql, *args)

    def executemany(self, sql, *args):  # type: ignore[override]
        self.connection.statements.submit(sql)
        return super().executemany(sql, *args)

    def executescript(self, script):  # type: ignore[override]
        self.connection.statements.submit(script)
        return super().executescript(script)


class _Connection(sqlite3.Connection):
    """The connection migrations receive: records what they submit."""

    statements: _Statements
    busy_seconds: float  # --busy-timeout: how long BEGIN IMMEDIATE and COMMIT keep trying

    def cursor(self, factory=_Cursor):  # type: ignore[override]
        return super().cursor(factory)

    def execute(self, sql, *args):  # type: ignore[override]
        return self.cursor().execute(sql, *args)

    def executemany(self, sql, *args):  # type: ignore[override]
        return self.cursor().executemany(sql, *args)

    def executescript(self, script):  # type: ignore[override]
        return self.cursor().executescript(script)


def _deny_transaction_control(action: int, arg1, arg2, db, trigger) -> int:
    if action == sqlite3.SQLITE_TRANSACTION:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _apply(
    path: Path,
    plan,
    start: Position,
    direction: str,
    opts: Options,
    before_first_write: Callable[[], None],
) -> list[Step]:
    conn = sqlite3.connect(
        path, timeout=opts.busy_timeout, isolation_level=None, factory=_Connection
    )
    statements = _Statements(opts.trace)
    conn.statements = statements
    conn.busy_seconds = opts.busy_timeout
    ticker = _Ticker(opts.progress)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA legacy_alter_table = OFF")
        conn.set_trace_callback(statements)
        # Always installed: long SQL then runs Python now and then, so Ctrl-C is noticed.
        conn.set_progress_handler(ticker, PROGRESS_EVERY)
        with ticker.catching_sigint():
            return _run_plan(
                conn, path, plan, start, direction, opts, statements, ticker, before_first_write
            )
    finally:
        conn.close()


def _run_plan(
    conn, path, plan, start: Position, direction, opts, statements, ticker, before_first_write
) -> list[Step]:
    """Each step in its own write transaction, from where the database really is then:
    another process may have committed some of the plan while this one waited."""
    steps = []
    at, done = start, 0
    violations = None  # a step's violations after it are the next step's before
    while done < len(plan):
        if ticker.interrupted:  # between two steps: the database is at a complete version
            raise KeyboardInterrupt(
                f"{path}: interrupted; stopped at v{at.version}, every step before it committed"
            )
        migration, function = plan[done]
        new_version = at.version + 1 if direction == "upgrade" else at.version - 1
        if opts.progress is not None:
            opts.progress(f"{direction} {migration.name}: v{at.version} -> v{new_version}")
        _begin(conn, path, at.version if steps else None)
        try:
            step, violations, mark = _step(
                conn,
                path,
                migration,
                function,
                at,
                new_version,
                statements,
                direction,
                violations,
                ticker,
                before_first_write,
            )
        except position.Moved as moved:  # rolled back; its violations are unknown here
            at, violations = moved.now, None
            done = _steps_past(path, start, at, len(plan), direction)
            continue
        steps.append(step)
        at, done = Position(new_version, mark), done + 1
    return steps


def _begin(conn: sqlite3.Connection, path: Path, reached: int | None) -> None:
    """``BEGIN IMMEDIATE``: waits up to the busy timeout for another writer to finish."""
    try:
        retry_while_busy(lambda: conn.execute("BEGIN IMMEDIATE"), conn.busy_seconds)
    except sqlite3.OperationalError as exc:
        if not is_busy(exc):
            raise CannotOpen(path, f"cannot begin a write transaction: {exc}") from exc
        raise DatabaseBusy(path, conn.busy_seconds, exc, reached) from exc


def _steps_past(path: Path, start: Position, now: Position, planned: int, direction: str) -> int:
    """How many planned steps another process did; refused when it left this run's path."""
    done = position.steps_done(start.version, now.version, planned, direction)
    if done is None:
        end = start.version + planned if direction == "upgrade" else start.version - planned
        raise MovedByAnother(path, start.version, now.version, end)
    return done


def _step(
    conn: sqlite3.Connection,
    path: Path,
    migration: Migration,
    function,
    at: Position,
    new_version: int,
    statements: _Statements,
    direction: str,
    violations_before: set[tuple] | None,
    ticker: _Ticker,
    before_first_write: Callable[[], None],
) -> tuple[Step, set[tuple], position.Mark]:
    """One migration inside the write transaction ``_begin`` opened; COMMIT or ROLLBACK.

    It first re-reads the version under the write lock: ``position.Moved`` (rolled back,
    nothing done) when another process committed steps since ``at`` was read."""
    version = at.version
    started_at = bookkeeping.utc_now()
    clock = time.perf_counter()
    try:
        ticker.raising = True  # until COMMIT, Ctrl-C stops even Python work at once
        position.recheck(conn, path, at)
        if violations_before is None:  # a read: it overlaps the integrity check
            violations_before = foreign_key_violations(conn)
        before_first_write()
        bookkeeping.ensure_bookkeeping(conn, baseline=version)
        references_before = references(conn)
        footprint = Footprint()
        statements.submit(None)
        conn.set_authorizer(footprint.authorizer(_deny_transaction_control))
        try:
            function(conn)
        finally:
            conn.set_authorizer(None)
        if not conn.in_transaction:
            raise TransactionEnded(path, migration.name, version)
        violations_after = _violations_after(conn, violations_before, references_before, footprint)
        new = violations_after - violations_before
        restored = {c.table for c in migration.downgrade_changes if isinstance(c, RestoreRows)}
        if direction == "downgrade":
            new = {row for row in new if row[0] not in restored}
        if new:
            raise ForeignKeyViolation(path, migration.name, version, sorted(new))
        seconds = time.perf_counter() - clock
        bookkeeping.record_version(conn, new_version, f"{migration.name} by edi-migrations")
        bookkeeping.record_run(
            conn, migration.name, version, new_version, started_at, seconds, migration.checksum
        )
        step = Step(migration.name, version, new_version, seconds)
        mark = position.read_mark(conn)  # this step's own row: the next step checks it
        ticker.raising = False
        # the last thing in the try: nothing after it is "rolled back"
        retry_while_busy(lambda: conn.execute("COMMIT"), conn.busy_seconds)
    except BaseException as exc:
        ticker.raising = False
        failed_at = statements.last
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if ticker.interrupted:
            raise KeyboardInterrupt(
                f"{path}: {migration.name} interrupted; rolled back, database still at v{version}"
            ) from exc
        if isinstance(exc, MigrationError | position.Moved):
            raise
        if isinstance(exc, sqlite3.DatabaseError) and "not authorized" in str(exc):
            raise TransactionEnded(path, migration.name, version) from exc
        if isinstance(exc, Exception):
            raise MigrationFailed(path, migration.name, version, failed_at, exc) from exc
        raise
    return step, violations_after, mark


def _violations_after(
    conn: sqlite3.Connection,
    before: set[tuple],
    references_before: References,
    footprint: Footprint,
) -> set[tuple]:
    """The violations after a step: rescanned where it may have touched a relation,
    carried over from ``before`` for the child tables it cannot have touched."""
    now, rescan = tables_to_rescan(conn, references_before, footprint)
    if rescan is None or rescan >= now.keys():
        return foreign_key_violations(conn)
    kept = {v for v in before if v[0].casefold() in now.keys() - rescan}
    return kept | foreign_key_violations(conn, sorted(rescan))


class _Ticker:
    """SQLite's progress handler: shows elapsed time, and turns Ctrl-C into an abort.

    While it is installed, SIGINT sets a flag that the next tick turns into an abort of
    the running statement (a KeyboardInterrupt raised inside SQLite's callback would be
    swallowed); inside a step, before its COMMIT, it also raises KeyboardInterrupt so a
    migration's own Python stops too. Either way the runner rolls the step back and
    raises KeyboardInterrupt saying so. Between steps, the run stops at the next one.
    """

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.started = time.monotonic()
        self.shown = self.started
        self.interrupted = False
        self.raising = False  # True while a step can still be rolled back

    def __call__(self) -> int:
        if self.interrupted:
            return 1
        if self.progress is not None:
            now = time.monotonic()
            if now - self.shown >= PROGRESS_SECONDS:
                self.shown = now
                self.progress(f"… {now - self.started:.1f} s")
        return 0

    def on_sigint(self, signum, frame) -> None:
        self.interrupted = True
        if self.raising:
            raise KeyboardInterrupt

    @contextmanager
    def catching_sigint(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        previous = signal.signal(signal.SIGINT, self.on_sigint)
        try:
            yield
        finally:
            signal.signal(signal.SIGINT, previous)

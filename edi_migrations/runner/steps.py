"""The step engine: each migration in its own write transaction, its version record inside it.

A failure rolls the running step back and leaves the database at the version before it;
every step before it stays committed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from edi_migrations.changes import RestoreRows
from edi_migrations.errors import (
    CannotOpen,
    DatabaseBusy,
    ForeignKeyViolation,
    MigrationError,
    MovedByAnother,
    TransactionEnded,
)
from edi_migrations.integrity.footprint import Footprint
from edi_migrations.integrity.guard import Gate, IntegrityGuard, Lazy
from edi_migrations.runner import bookkeeping, position, step_limit
from edi_migrations.runner.attach_refusal import AttachRefused, attach_statement
from edi_migrations.runner.attached_writes import AttachedWriteRefused, OtherFiles
from edi_migrations.runner.commit_busy import CommitBusy
from edi_migrations.runner.connection import (
    StepConnection,
    deny_transaction_control,
    open_step_connection,
)
from edi_migrations.runner.discovery import Migration
from edi_migrations.runner.interrupt import PROGRESS_EVERY, Ticker
from edi_migrations.runner.options import Options
from edi_migrations.runner.position import Position
from edi_migrations.runner.progress import Direction, Progress, StepDone, StepStarted
from edi_migrations.runner.python_errors import migration_failed
from edi_migrations.sqlite.app_reads import as_the_app_reads
from edi_migrations.sqlite.busy import is_busy, retry_while_busy
from edi_migrations.sqlite.dbapi import sqlite3

Planned = tuple[Migration, Callable[[sqlite3.Connection], None]]


@dataclass(frozen=True)
class Step:
    migration: str
    from_version: int
    to_version: int
    seconds: float


@dataclass(frozen=True)
class RunContext:
    """What every step of one run shares: the file, the way, the connection, Ctrl-C."""

    path: Path
    direction: Direction
    conn: StepConnection
    ticker: Ticker
    progress: Progress | None
    guard: IntegrityGuard

    def tell(self, event: StepStarted | StepDone) -> None:
        if self.progress is not None:
            self.progress(event)


def apply(
    path: Path,
    plan: Sequence[Planned],
    start: Position,
    direction: Direction,
    opts: Options,
    gate: Gate,
) -> list[Step]:
    """Run ``plan`` from ``start`` on one write connection, Ctrl-C caught throughout."""
    conn = open_step_connection(path, opts.busy_timeout, opts.trace)
    ticker = Ticker(opts.progress)
    guard = IntegrityGuard(gate, remember=opts.trace is None)  # a traced run reads afresh
    run = RunContext(path, direction, conn, ticker, opts.progress, guard)
    try:
        # Always installed: long SQL then runs Python now and then, so Ctrl-C is noticed.
        conn.set_progress_handler(ticker, PROGRESS_EVERY)
        with ticker.catching_sigint():
            return _run_plan(run, plan, start)
    finally:
        conn.close()


def _run_plan(run: RunContext, plan: Sequence[Planned], start: Position) -> list[Step]:
    """Each step in its own write transaction, from where the database really is then:
    another process may have committed some of the plan while this one waited."""
    steps: list[Step] = []
    at, done = start, 0
    while done < len(plan):
        if run.ticker.interrupted:  # between two steps: the database is at a complete version
            raise KeyboardInterrupt(
                f"{run.path}: interrupted; stopped at v{at.version}, every step before it committed"
            )
        migration, function = plan[done]
        started = StepStarted(run.direction, migration.name, at.version, _next(run, at.version))
        run.ticker.step = started
        run.tell(started)
        _begin(run.conn, run.path, at.version if steps else None)
        try:
            step, mark = _step(run, plan[done], at)
        except position.Moved as moved:  # rolled back; what it knew of the file is stale
            run.guard.moved()
            at = moved.now
            done = _steps_past(run, start, at, len(plan))
            continue
        steps.append(step)
        run.tell(StepDone(*_fields(started), step.seconds))
        at, done = Position(step.to_version, mark), done + 1
    return steps


def _next(run: RunContext, version: int) -> int:
    return version + 1 if run.direction == "upgrade" else version - 1


def _fields(event: StepStarted) -> tuple[str, str, int, int]:
    return event.direction, event.migration, event.from_version, event.to_version


def _begin(conn: StepConnection, path: Path, reached: int | None) -> None:
    """``BEGIN IMMEDIATE``: waits up to the busy timeout for another writer to finish."""
    try:
        retry_while_busy(lambda: conn.execute("BEGIN IMMEDIATE"), conn.busy_seconds)
    except sqlite3.OperationalError as exc:
        if not is_busy(exc):
            raise CannotOpen(path, f"cannot begin a write transaction: {exc}") from exc
        raise DatabaseBusy(path, conn.busy_seconds, exc, reached) from exc


def _steps_past(run: RunContext, start: Position, now: Position, planned: int) -> int:
    """How many planned steps another process did; refused when it left this run's path."""
    done = position.steps_done(start.version, now.version, planned, run.direction)
    if done is None:
        up = run.direction == "upgrade"
        end = start.version + planned if up else start.version - planned
        raise MovedByAnother(run.path, start.version, now.version, end)
    return done


def _step(run: RunContext, planned: Planned, at: Position) -> tuple[Step, position.Mark]:
    """One migration inside the write transaction ``_begin`` opened; COMMIT or ROLLBACK.

    It first re-reads the version under the write lock: ``position.Moved`` (rolled back,
    nothing done) when another process committed steps since ``at`` was read."""
    conn, ticker, (migration, _) = run.conn, run.ticker, planned
    version, others = at.version, OtherFiles(scratch=conn.scratch)
    try:
        ticker.raising = True  # until COMMIT, Ctrl-C stops even Python work at once
        step, violations_after, mark = _migrate(run, planned, at, others)
        ticker.raising = False
        # the last thing in the try: nothing after it is "rolled back"
        retry_while_busy(lambda: conn.execute("COMMIT"), conn.busy_seconds)
        run.guard.committed(violations_after)
    except BaseException as exc:
        ticker.raising = False
        failed_at = conn.statements.last
        conn.set_authorizer(None)  # the runner's ROLLBACK, whatever was set when it failed
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if ticker.interrupted:
            raise KeyboardInterrupt(
                f"{run.path}: {migration.name} interrupted; rolled back, database still at v{version}"
            ) from exc
        if isinstance(exc, MigrationError | position.Moved):
            raise
        if isinstance(exc, sqlite3.DatabaseError) and "not authorized" in str(exc):
            if attached := attach_statement(failed_at):
                raise AttachRefused(run.path, migration.name, version, attached) from exc
            if others.written:
                written = (others.first(), failed_at or "")
                raise AttachedWriteRefused(run.path, migration.name, version, written) from exc
            raise TransactionEnded(run.path, migration.name, version) from exc
        if failed_at == "COMMIT" and isinstance(exc, sqlite3.OperationalError) and is_busy(exc):
            raise CommitBusy(run.path, migration.name, version, conn.busy_seconds, exc) from exc
        if isinstance(exc, Exception):
            failure = (failed_at, exc)
            raise migration_failed(run.path, migration.name, migration.path, version, failure) from exc
        raise
    return step, mark


def _migrate(
    run: RunContext, planned: Planned, at: Position, others: OtherFiles
) -> tuple[Step, Lazy, position.Mark]:
    """The body of a step, up to (not including) its COMMIT: any exception rolls it back;
    ``others`` notes a write it tried outside its database (attached_writes)."""
    conn, path, (migration, function) = run.conn, run.path, planned
    version, new_version = at.version, _next(run, at.version)
    started_at = bookkeeping.utc_now()
    clock = time.perf_counter()
    position.recheck(conn, path, at)
    run.guard.before_first_write(conn)
    bookkeeping.ensure_bookkeeping(conn, version, run.guard.remember)
    watch = run.guard.watch(conn)
    footprint = Footprint()
    conn.statements.submit(None)
    try:  # the guard is installed inside: an exception arriving as it is set removes it
        conn.set_authorizer(footprint.authorizer(others.authorizer(deny_transaction_control)))
        with step_limit.timed(path, migration.name, version), as_the_app_reads(conn):
            function(conn)
    finally:
        conn.set_authorizer(None)
    if not conn.in_transaction:
        raise TransactionEnded(path, migration.name, version)
    violations_after, new = run.guard.judge(conn, watch, footprint)
    restored = {c.table for c in migration.downgrade_changes if isinstance(c, RestoreRows)}
    if run.direction == "downgrade":
        new = [v for v in new if v.table not in restored]
    if new:
        written = frozenset(footprint.tables)
        missing = _missing_parents(conn, new)
        raise ForeignKeyViolation(path, migration.name, version, new, missing, written)
    run.guard.before_commit()
    seconds = time.perf_counter() - clock
    bookkeeping.record_version(conn, new_version, f"{migration.name} by edi-migrations")
    if run.direction == "upgrade":
        bookkeeping.record_compatibility(
            conn, new_version, migration.keeps_previous_app, migration.checksum
        )
    else:
        bookkeeping.forget_compatibility(conn, version)
    bookkeeping.record_run(
        conn,
        bookkeeping.CompletedRun(
            migration.name, version, new_version, started_at, seconds, migration.checksum
        ),
    )
    mark = position.read_mark(conn)  # this step's own row: the next step checks it
    return Step(migration.name, version, new_version, seconds), violations_after, mark


def _missing_parents(conn: sqlite3.Connection, rows: list) -> frozenset[str]:
    """The parent tables new violations name that the schema no longer has (a table
    renamed aside and dropped: the references followed it)."""
    listed = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    tables = {name.lower() for (name,) in listed}
    return frozenset(v.parent for v in rows if v.parent.lower() not in tables)

"""The step engine: each migration in its own write transaction, its version record inside it.

A failure rolls the running step back and leaves the database at the version before it;
every step before it stays committed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from edi_migrations.changes import RestoreRows
from edi_migrations.errors import (
    CannotOpen,
    DatabaseBusy,
    ForeignKeyViolation,
    MigrationError,
    MigrationFailed,
    MovedByAnother,
    TransactionEnded,
)
from edi_migrations.integrity.fk_facts import Violation, new_violations
from edi_migrations.integrity.fk_renames import Layout, followed, layout, renames
from edi_migrations.integrity.fk_rows import fk_violations
from edi_migrations.integrity.footprint import Footprint, References, references, tables_to_rescan
from edi_migrations.runner import bookkeeping, position
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
from edi_migrations.sqlite.busy import is_busy, retry_while_busy
from edi_migrations.sqlite.dbapi import sqlite3

Planned = tuple[Migration, Callable[[sqlite3.Connection], None]]


@dataclass(frozen=True)
class Step:
    migration: str
    from_version: int
    to_version: int
    seconds: float


class Lazy:
    """Foreign-key violations read on first use, once: the violations before a step are
    needed only when its rescans find some (then they may be new)."""

    def __init__(self, read: Callable[[], set[Violation]]) -> None:
        self.read: Callable[[], set[Violation]] | None = read
        self.value: set[Violation] = set()

    def get(self) -> set[Violation]:
        if self.read is not None:
            self.value, self.read = self.read(), None
        return self.value


def known(violations: set[Violation]) -> Lazy:
    return Lazy(lambda: violations)


class Gate(Protocol):
    """The integrity check's two waits (``integrity_gate.Gate``), and the first
    foreign-key scan when it reads a byte copy of the database."""

    def before_first_write(self) -> None: ...

    def before_commit(self) -> None: ...

    def violations_before(self) -> Callable[[], set[Violation]] | None: ...


class NoCheck:
    """A new database: nothing to check."""

    def before_first_write(self) -> None:
        pass

    def before_commit(self) -> None:
        pass

    def violations_before(self) -> None:
        return None


@dataclass(frozen=True)
class RunContext:
    """What every step of one run shares: the file, the way, the connection, Ctrl-C."""

    path: Path
    direction: Direction
    conn: StepConnection
    ticker: Ticker
    progress: Progress | None
    gate: Gate

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
    run = RunContext(path, direction, conn, ticker, opts.progress, gate)
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
    violations = None  # a step's violations after it are the next step's before
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
            step, violations, mark = _step(run, plan[done], at, violations)
        except position.Moved as moved:  # rolled back; its violations are unknown here
            at, violations = moved.now, None
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


def _step(
    run: RunContext, planned: Planned, at: Position, violations_before: Lazy | None
) -> tuple[Step, Lazy, position.Mark]:
    """One migration inside the write transaction ``_begin`` opened; COMMIT or ROLLBACK.

    It first re-reads the version under the write lock: ``position.Moved`` (rolled back,
    nothing done) when another process committed steps since ``at`` was read."""
    conn, ticker, (migration, _) = run.conn, run.ticker, planned
    version = at.version
    try:
        ticker.raising = True  # until COMMIT, Ctrl-C stops even Python work at once
        step, violations_after, mark = _migrate(run, planned, at, violations_before)
        ticker.raising = False
        # the last thing in the try: nothing after it is "rolled back"
        retry_while_busy(lambda: conn.execute("COMMIT"), conn.busy_seconds)
    except BaseException as exc:
        ticker.raising = False
        failed_at = conn.statements.last
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if ticker.interrupted:
            raise KeyboardInterrupt(
                f"{run.path}: {migration.name} interrupted; rolled back, database still at v{version}"
            ) from exc
        if isinstance(exc, MigrationError | position.Moved):
            raise
        if isinstance(exc, sqlite3.DatabaseError) and "not authorized" in str(exc):
            raise TransactionEnded(run.path, migration.name, version) from exc
        if isinstance(exc, Exception):
            raise MigrationFailed(run.path, migration.name, version, failed_at, exc) from exc
        raise
    return step, violations_after, mark


def _migrate(
    run: RunContext, planned: Planned, at: Position, violations_before: Lazy | None
) -> tuple[Step, Lazy, position.Mark]:
    """The body of a step, up to (not including) its COMMIT: any exception rolls it back."""
    conn, path, (migration, function) = run.conn, run.path, planned
    version, new_version = at.version, _next(run, at.version)
    started_at = bookkeeping.utc_now()
    clock = time.perf_counter()
    position.recheck(conn, path, at)
    if violations_before is None and run.gate.violations_before() is None:
        violations_before = known(fk_violations(conn))  # a read: overlaps the check
    run.gate.before_first_write()
    if violations_before is None:  # from the byte copy if ever needed; the file if it moved
        from_copy = run.gate.violations_before()
        violations_before = Lazy(from_copy) if from_copy else known(fk_violations(conn))
    bookkeeping.ensure_bookkeeping(conn, baseline=version)
    references_before, layout_before = references(conn), layout(conn)
    footprint = Footprint()
    conn.statements.submit(None)
    conn.set_authorizer(footprint.authorizer(deny_transaction_control))
    try:
        function(conn)
    finally:
        conn.set_authorizer(None)
    if not conn.in_transaction:
        raise TransactionEnded(path, migration.name, version)
    violations_after, new = _violations_after(
        conn, violations_before, references_before, layout_before, footprint
    )
    restored = {c.table for c in migration.downgrade_changes if isinstance(c, RestoreRows)}
    if run.direction == "downgrade":
        new = [v for v in new if v.table not in restored]
    if new:
        raise ForeignKeyViolation(path, migration.name, version, new)
    run.gate.before_commit()  # a check of a byte copy may still run: corrupt rolls back
    seconds = time.perf_counter() - clock
    bookkeeping.record_version(conn, new_version, f"{migration.name} by edi-migrations")
    bookkeeping.record_run(
        conn,
        bookkeeping.CompletedRun(
            migration.name, version, new_version, started_at, seconds, migration.checksum
        ),
    )
    mark = position.read_mark(conn)  # this step's own row: the next step checks it
    return Step(migration.name, version, new_version, seconds), violations_after, mark


def _violations_after(
    conn: sqlite3.Connection,
    before: Lazy,
    references_before: References,
    layout_before: Layout,
    footprint: Footprint,
) -> tuple[Lazy, list[Violation]]:
    """The violations after a step (rescanned where it may have touched a relation,
    carried over from ``before`` for the child tables it cannot have touched), and the
    new ones, compared as facts (``fk_facts``) under the names the step gave tables and
    columns (``fk_renames``): ``before`` is read only when a rescan found some."""
    now, rescan = tables_to_rescan(conn, references_before, footprint)
    names = renames(layout_before, layout(conn))
    renamed = Lazy(lambda: followed(before.get(), names))
    if rescan is None or rescan >= now.keys():
        after = fk_violations(conn)
        return known(after), (new_violations(renamed.get(), after) if after else [])
    scanned = fk_violations(conn, sorted(rescan))
    untouched = now.keys() - rescan

    def carried() -> set[Violation]:
        return {v for v in renamed.get() if v.table.casefold() in untouched} | scanned

    return Lazy(carried), (new_violations(renamed.get(), scanned) if scanned else [])

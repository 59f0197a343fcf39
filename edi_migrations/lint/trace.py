"""The statements each migration runs, and the schema it runs on, from a real run.

A fresh install runs the chain once through the runner with a trace callback: when
step v starts the database is a fresh install at v-1, whose schema is read from a
second connection between steps. The runner's own statements (its transaction, the
bookkeeping, its reads around the step) are left out: only the migration's remain.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

from edi_migrations.errors import MigrationError
from edi_migrations.lint import replay
from edi_migrations.lint.statements import Statement
from edi_migrations.runner import api as runner
from edi_migrations.runner.bookkeeping import TABLES as BOOKKEEPING
from edi_migrations.runner.discovery import Migration, load_migrations
from edi_migrations.runner.progress import Direction, ProgressEvent, StepStarted
from edi_migrations.sqlite.opener import open_connection

RUNNER_WORDS = frozenset({"begin", "commit", "rollback", "savepoint", "release"})
BOOKKEEPING_NAMES = frozenset(t.name for t in BOOKKEEPING)


@dataclass(frozen=True)
class TracedMigration:
    migration: Migration
    statements: tuple[Statement, ...]
    schema_before: replay.Schema
    direction: Direction = "upgrade"
    refused: MigrationError | None = None  # the runner's refusal of it, where it stopped the run


@dataclass(frozen=True)
class Chain:
    """The migrations traced, in order; ``failed``: the error that stopped the run (the
    last one traced is the one that failed, with what it ran before failing)."""

    traced: tuple[TracedMigration, ...]
    failed: str | None = None


def trace_chain(migrations_dir: str | Path | None, work: Path) -> Chain:
    """Each migration of the folder with what it ran on a fresh install (``work``: an
    empty folder for the database)."""
    work.mkdir(parents=True, exist_ok=True)
    db = work / "lint.db"
    return _traced(db, migrations_dir, lambda **seen: runner.init(db, None, migrations_dir, **seen))


def trace_downgrades(migrations_dir: str | Path | None, work: Path) -> Chain:
    """Each ``downgrade()`` of the folder, newest first, from a fresh install at head down
    to the oldest version every migration above can leave."""
    migrations = load_migrations(migrations_dir)
    work.mkdir(parents=True, exist_ok=True)
    db = work / "lint.db"
    runner.init(db, None, migrations_dir)
    floor = max((m.version for m in migrations if m.downgrade is None), default=0)
    return _traced(
        db,
        migrations_dir,
        lambda **seen: runner.downgrade(db, floor, migrations_dir, backup=False, **seen),
    )


def trace_upgrade(db: Path, migrations_dir: str | Path | None, to: int | None = None) -> Chain:
    """Each migration an upgrade of ``db`` (in place: pass a copy) runs, with what it
    ran there: the same trace on a database holding rows (the harness's databases)."""
    return _traced(
        db,
        migrations_dir,
        lambda **seen: runner.upgrade(db, to, migrations_dir, backup=False, **seen),
    )


def trace_step(db: Path, migrations_dir: str | Path | None, version: int) -> Chain:
    """What migration ``version`` runs on ``db`` (in place: pass a copy) at the version
    below it: an empty file for the first migration (a fresh install), else an upgrade."""
    if version == 1:
        return _traced(
            db, migrations_dir, lambda **seen: runner.init(db, 1, migrations_dir, **seen)
        )
    return trace_upgrade(db, migrations_dir, to=version)


def _traced(db: Path, migrations_dir: str | Path | None, run: Callable[..., object]) -> Chain:
    by_name = {m.name: m for m in load_migrations(migrations_dir)}
    steps: list[tuple[Migration, replay.Schema, list[str], str]] = []

    def progress(event: ProgressEvent) -> None:
        if isinstance(event, StepStarted):  # a step starts: read the schema it starts from
            steps.append((by_name[event.migration], _schema_of(db), [], event.direction))

    def trace(sql: str) -> None:
        if steps:
            steps[-1][2].append(sql)

    failed = refusal = None
    try:
        run(progress=progress, trace=trace)
    except MigrationError as exc:  # rolled back: what the failing step ran is still here
        failed, refusal = " ".join(str(exc).split()), exc
    traced = [
        TracedMigration(m, tuple(filter(is_migrations_own, map(Statement, sqls))), schema, way)
        for m, schema, sqls, way in steps
    ]
    if traced and getattr(refusal, "migration", None) == traced[-1].migration.name:
        traced[-1] = replace(traced[-1], refused=refusal)
    return Chain(tuple(traced), failed)


def is_migrations_own(statement: Statement) -> bool:
    """Not a nested program (a trigger's, traced as "-- ..."), not the runner's
    transaction control and not its bookkeeping."""
    toks = statement.tokens
    if statement.sql.startswith("--") or not toks:
        return False
    if toks[0].kind == "word" and toks[0].text in RUNNER_WORDS:
        return False
    return not any(t.name in BOOKKEEPING_NAMES for t in toks if t.kind in ("word", "quoted"))


def _schema_of(db: Path) -> replay.Schema:
    if not db.exists() or db.stat().st_size == 0:
        return replay.Schema()
    with closing(open_connection(f"{db.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        return replay.read_schema(conn)

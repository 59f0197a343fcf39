"""Apply migrations: the public API (``upgrade``, ``downgrade``, ``init``, ``inspect``).

The runner owns COMMIT, version bookkeeping, foreign-key handling and the backup;
a migration only changes the schema and data through the connection it is given.
A database is therefore always at exactly one version: a failure rolls back the
running migration and leaves the database at the version before it. The work is
split by job: preflight.py (reads and refusals), steps.py (the step engine),
connection.py (what migrations receive), interrupt.py (Ctrl-C), progress.py (events).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Unpack

from edi_migrations.errors import CorruptDatabase, DatabaseBusy, NotADatabase, UnknownVersion
from edi_migrations.integrity import check as integrity_check
from edi_migrations.integrity.gate import integrity_gate
from edi_migrations.integrity.guard import NoCheck
from edi_migrations.runner import detect
from edi_migrations.runner.chain_log import chain_folder
from edi_migrations.runner.connection import Trace
from edi_migrations.runner.discovery import load_migrations
from edi_migrations.runner.interrupt import PROGRESS_EVERY, PROGRESS_SECONDS
from edi_migrations.runner.options import Options, RunOptions, options_from
from edi_migrations.runner.position import Position
from edi_migrations.runner.preflight import plan, preflight, refuse_read_only
from edi_migrations.runner.progress import Direction, Progress
from edi_migrations.runner.recovery import recover_interrupted_write
from edi_migrations.runner.refusals import AlreadyCreated
from edi_migrations.runner.steps import Step, apply
from edi_migrations.sqlite.creatable import cannot_create
from edi_migrations.sqlite.files import check_file, refuse_not_regular
from edi_migrations.sqlite.opener import Connect, connecting_with
from edi_migrations.sqlite.read_only import read_only

__all__ = [
    "PROGRESS_EVERY",
    "PROGRESS_SECONDS",
    "Options",
    "Outcome",
    "Progress",
    "Step",
    "Trace",
    "current_version",
    "downgrade",
    "init",
    "inspect",
    "upgrade",
]


@dataclass(frozen=True)
class Outcome:
    """What a run did: where the database started and ended, each step, the backup.
    ``newer_version``: the file's version when it is newer than the chain and records that
    the chain's app may run on it (the run changed nothing; ``newer_file.py``)."""

    path: Path
    from_version: int
    to_version: int
    steps: tuple[Step, ...] = ()
    backup: Path | None = None
    newer_version: int | None = None


def upgrade(
    db_path: str | Path,
    to: int | None = None,
    migrations_dir: str | Path | None = None,
    **options: Unpack[RunOptions],
) -> Outcome:
    """Upgrade ``db_path`` in place to version ``to`` (default: the newest).

    ``options`` are :class:`Options`' fields, by keyword: ``backup``, ``backup_dir``,
    ``allow_drift``, ``allow_changed``, ``busy_timeout``, ``progress``, ``trace``,
    ``connect``."""
    opts = options_from("upgrade", options)
    with connecting_with(opts.connect):
        return _run(Path(db_path), to, migrations_dir, "upgrade", opts)


def downgrade(
    db_path: str | Path,
    to: int,
    migrations_dir: str | Path | None = None,
    **options: Unpack[RunOptions],
) -> Outcome:
    """Run ``downgrade()`` of each migration above ``to``, newest first (``options``
    as for :func:`upgrade`)."""
    opts = options_from("downgrade", options)
    with connecting_with(opts.connect):
        return _run(Path(db_path), to, migrations_dir, "downgrade", opts)


def init(
    db_path: str | Path,
    to: int | None = None,
    migrations_dir: str | Path | None = None,
    **options: Unpack[RunOptions],
) -> Outcome:
    """Create a new database at version ``to`` (default: the newest).

    ``options`` as for :func:`upgrade`. ``backup`` and ``backup_dir`` are taken so one
    call fits all three runs; a new
    database has nothing to back up, so they change nothing here."""
    opts = replace(options_from("init", options), backup=False, backup_dir=None)
    with connecting_with(opts.connect):
        return _init(Path(db_path), to, migrations_dir, opts)


def _init(path: Path, to: int | None, migrations_dir: str | Path | None, opts: Options) -> Outcome:
    refuse_not_regular(path)
    if path.exists() and path.stat().st_size > 0:
        check_file(path)
        with read_only(path) as conn:
            if conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                recorded = detect.recorded_version(conn, path)
                if recorded is not None:
                    raise AlreadyCreated(path, recorded)
                detect.refuse_unrecorded(conn, path, load_migrations(migrations_dir))
                raise NotADatabase(path, "already exists and has tables; init only creates")
    created = not path.exists()
    try:
        path.touch()
    except OSError as exc:  # a missing or read-only folder: one line, not a traceback
        raise cannot_create(path, exc) from exc
    try:
        return _run(path, to, migrations_dir, "upgrade", opts, creating=True)
    except BaseException:
        if created:  # leave nothing behind: a failed init created no database
            path.unlink(missing_ok=True)
        raise


def current_version(
    db_path: str | Path,
    migrations_dir: str | Path | None = None,
    busy_timeout: float = 5.0,
    *,
    connect: Connect | None = None,
) -> int:
    """The version a database will be migrated from (read only)."""
    return inspect(db_path, migrations_dir, busy_timeout, connect=connect).version


def inspect(
    db_path: str | Path,
    migrations_dir: str | Path | None = None,
    busy_timeout: float = 5.0,
    *,
    connect: Connect | None = None,
) -> detect.Detected:
    """Version, how it was decided, and drift, without changing the file (``connect``:
    the app's, as for :func:`upgrade`)."""
    path = Path(db_path)
    migrations = load_migrations(migrations_dir)
    check_file(path)
    with connecting_with(connect), read_only(path, busy_timeout) as conn:
        integrity_check.integrity_problems(conn, path)
        return detect.detect(conn, path, migrations, newer=True)


def _run(
    path: Path,
    to: int | None,
    migrations_dir: str | Path | None,
    direction: Direction,
    opts: Options,
    creating: bool = False,
) -> Outcome:
    migrations = load_migrations(migrations_dir)
    head = len(migrations)
    target = head if to is None else to
    if not 0 <= target <= head:
        raise UnknownVersion(path, f"v{target}", head, "target", chain_folder(migrations))
    if creating and path.stat().st_size == 0:
        if target == 0:
            return Outcome(path, 0, 0)
        steps = apply(
            path, plan(path, migrations, 0, target, direction), Position(0, None), direction,
            opts, NoCheck(),
        )  # fmt: skip
        return Outcome(path, 0, target, tuple(steps))
    check_file(path)
    refuse_read_only(path)
    recover_interrupted_write(path, opts.busy_timeout)
    saved: Path | None = None
    try:
        with integrity_gate(path, opts.busy_timeout) as gate:
            byte_copy = opts.backup and not gate.is_wal()
            if not byte_copy:  # alongside detection and the backup (a small file: after)
                gate.start_aside()
            try:
                before = preflight(path, migrations, target, direction, opts)
            except KeyboardInterrupt as exc:
                raise KeyboardInterrupt(f"{path}: interrupted before any change") from exc
            saved, version = before.saved, before.found.version
            if target == version or before.found.newer:  # nothing to write: no verdict needed
                gate.forgo()
                newer = version if before.found.newer else None
                return Outcome(path, version, version, newer_version=newer)
            if byte_copy and saved is not None:  # alongside the first step, on the copy
                gate.start(saved)
            planned = plan(path, migrations, version, target, direction)
            steps = apply(path, planned, Position(version, before.mark), direction, opts, gate)
    except CorruptDatabase:  # a backup of a corrupt file is no backup
        if saved is not None:
            saved.unlink(missing_ok=True)
        raise
    except DatabaseBusy as exc:  # refused before any change: the copy only repeats the file
        if saved is not None and exc.reached is None:
            saved.unlink(missing_ok=True)
        raise
    return Outcome(path, version, target, tuple(steps), saved)

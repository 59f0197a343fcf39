"""Before the first write: detection, the refusals, the plan and the backup.

Everything here only reads, so a refused run leaves the file as it was.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from edi_migrations.errors import (
    ChangedMigration,
    DowngradeUnavailable,
    ReadOnlyDatabase,
    WrongDirection,
)
from edi_migrations.runner import bookkeeping, detect, position
from edi_migrations.runner.backup import backup_database, backup_folder
from edi_migrations.runner.discovery import Migration
from edi_migrations.runner.newer_file import not_by_this_build
from edi_migrations.runner.options import Options
from edi_migrations.runner.progress import Direction
from edi_migrations.runner.steps import Planned
from edi_migrations.shell_words import shell_arg
from edi_migrations.sqlite.read_only import read_only


@dataclass(frozen=True)
class Preflight:
    """What the reads before a run found: the version, the backup taken, the bookkeeping mark."""

    found: detect.Detected
    saved: Path | None
    mark: position.Mark


def preflight(
    path: Path,
    migrations: tuple[Migration, ...],
    target: int,
    direction: Direction,
    opts: Options,
) -> Preflight:
    """Detection, refusals, then the backup: all reads (the integrity check runs alongside).
    A database at v0 (no tables of the chain, or taken down to v0 by a downgrade) upgrades
    like any other: it has nothing to back up.

    The bookkeeping mark is read first: a step committed by another process after it
    shows as a new mark, so the step engine re-reads the version then."""
    with read_only(path, opts.busy_timeout) as ro:
        mark = position.read_mark(ro)
        found = detect.detect(ro, path, migrations, newer=True)  # a newer file: why, or start
        if found.newer and (direction, target) != ("upgrade", len(migrations)):
            raise not_by_this_build(path, found.version, found.how, migrations, direction)
        if not opts.allow_changed:  # first: an edited migration explains the drift it makes
            refuse_changed(ro, path, migrations, found.version)
        if not opts.allow_drift:
            detect.refuse_drift(path, found)
        if found.newer:  # nothing to run, nor to back up (newer_file.py)
            return Preflight(found, None, mark)
        if direction == "upgrade" and target < found.version:
            raise WrongDirection(
                path, found.version, target, f"downgrade {shell_arg(path)} --to {target}"
            )
        if direction == "downgrade" and target > found.version:
            raise WrongDirection(
                path, found.version, target, f"upgrade {shell_arg(path)} --to {target}"
            )
        saved = None
        if opts.backup and 0 < found.version != target:
            folder = backup_folder(path, opts.backup_dir)
            saved = backup_database(ro, path, found.version, folder)
    return Preflight(found, saved, mark)


def refuse_read_only(path: Path) -> None:
    """Refuse before the backup and the first step, not halfway with SQLite's error."""
    if not os.access(path, os.W_OK):
        raise ReadOnlyDatabase(path, "the file")
    folder = path.resolve().parent
    if not os.access(folder, os.W_OK):
        raise ReadOnlyDatabase(path, f"its folder {folder}")


def plan(
    path: Path, migrations: Sequence[Migration], start: int, target: int, direction: Direction
) -> list[Planned]:
    """The migrations and functions from ``start`` to ``target``; a missing downgrade refuses."""
    if direction == "upgrade":
        return [(m, m.upgrade) for m in migrations[start:target]]
    planned: list[Planned] = []
    for m in reversed(migrations[target:start]):
        if m.downgrade is None:
            raise DowngradeUnavailable(path, m.name)
        planned.append((m, m.downgrade))
    return planned


def refuse_changed(conn, path: Path, migrations: tuple[Migration, ...], version: int) -> None:
    """A migration whose file changed since it was applied: its recorded checksum differs."""
    for migration, old in changed_since_applied(conn, migrations, version):
        raise ChangedMigration(path, migration.name, old, migration.checksum)


def changed_since_applied(
    conn, migrations: tuple[Migration, ...], version: int
) -> list[tuple[Migration, str]]:
    """Each applied migration whose file no longer has the checksum it was applied with
    (and that checksum): what ``upgrade`` refuses, for ``status`` to say first."""
    if not conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migration_log'"
    ).fetchone():
        return []
    recorded = bookkeeping.applied_checksums(conn)
    return [
        (migration, recorded[migration.name])
        for migration in migrations[:version]
        if recorded.get(migration.name, migration.checksum) != migration.checksum
    ]

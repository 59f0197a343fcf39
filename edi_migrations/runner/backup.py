"""Consistent backups, and restores.

A file copy misses what lives only in a WAL database's ``-wal`` file; the backup
API reads through SQLite and so sees every committed transaction. A rollback-journal
database's file, though, is what is committed while a read lock is held (a writer
needs the exclusive lock to write to it): it is copied by the kernel under that lock,
byte for byte, several times faster than the backup API. Backups hold users' prompts:
they are created 0600 and never overwrite an earlier file.
"""

from __future__ import annotations

import glob
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from edi_migrations.errors import BackupFailed, DatabaseEmpty, MigrationError, NotADatabase
from edi_migrations.integrity import check as integrity_check
from edi_migrations.runner import detect
from edi_migrations.runner.discovery import load_migrations
from edi_migrations.runner.refusals import NotABackup
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.files import check_file, refuse_not_regular
from edi_migrations.sqlite.opener import open_connection
from edi_migrations.sqlite.read_only import read_only


def backup_name(db_path: Path, version: int, when: datetime | None = None) -> str:
    """``edi.db`` at v1 -> ``edi.db.v1.20261124T091200123456Z.backup``."""
    stamp = (when or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")
    return f"{db_path.name}.v{version}.{stamp}.backup"


def _exclusive(path: Path) -> Path:
    """Create ``path`` (or ``path-N``) 0600 with O_EXCL, so nothing is ever overwritten."""
    for n in range(1000):
        candidate = path if n == 0 else path.with_name(f"{path.name}-{n}")
        try:
            fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(f"{path}: 1000 backups of the same name already exist")


def backup_folder(db_path: Path, backup_dir: str | Path | None) -> Path | None:
    """The runner's ``backup_dir``: a folder, made (private) if it does not exist yet; an
    existing file is kept as the name to write beside (``backup_database`` picks a free one)."""
    if backup_dir is None:
        return None
    folder = Path(backup_dir)
    if not folder.exists():
        try:
            folder.mkdir(mode=0o700, parents=True)
        except OSError as exc:
            raise BackupFailed(db_path, folder, exc) from exc
    return folder


def backup_database(
    source: sqlite3.Connection, db_path: Path, version: int, dest: str | Path | None = None
) -> Path:
    """Write a consistent copy of ``source`` to ``dest`` (a new file, or a folder for it)."""
    dest = Path(dest) if dest is not None else None
    if dest is None:
        target = db_path.parent / backup_name(db_path, version)
    elif dest.is_dir():
        target = dest / backup_name(db_path, version)
    else:
        target = dest
    try:
        target = _exclusive(target)
    except OSError as exc:
        raise BackupFailed(db_path, target, exc) from exc
    try:
        snapshot(source, db_path, target)
    except (OSError, sqlite3.Error) as exc:
        target.unlink(missing_ok=True)
        raise BackupFailed(db_path, target, exc) from exc
    return target


def snapshot(source: sqlite3.Connection, db_path: Path, target: Path) -> None:
    """The committed content of ``source`` (the database at ``db_path``) into ``target``:
    the file's bytes under a read lock, or through the backup API for a WAL database.

    The copy closes a descriptor of ``db_path``, which drops every POSIX lock this process
    holds on it: call it while ``source`` is the process's only connection holding one
    (as the runner's preflight and the ``backup`` command do)."""
    if source.execute("PRAGMA main.journal_mode").fetchone()[0].lower() == "wal":
        copy_into(source, target)
        return
    opened = not source.in_transaction
    if opened:
        source.execute("BEGIN")
    try:
        source.execute("SELECT 1 FROM main.sqlite_master LIMIT 1").fetchall()  # the read lock
        shutil.copyfile(db_path, target)
    finally:
        if opened:
            source.execute("COMMIT")


def copy_into(source: sqlite3.Connection, target: Path) -> None:
    """Copy every page of ``source`` into the database file ``target`` (replacing its content).

    ``target`` is opened through the app's connect: no function or collation of the app is
    needed to copy pages, but a codec's key is (SQLCipher refuses a backup between an
    encrypted file and a plain one, and a plain copy would leak what the app encrypts).
    A file that connect attaches beside ``target`` (``<backup>.archive``), made by this
    open, is no part of the backup and is removed with it closed."""
    before = _beside(target)
    dest = open_connection(target)
    try:
        rows = dest.execute("PRAGMA database_list").fetchall()
        attached = {Path(file).resolve() for _, name, file in rows if name != "main" and file}
        source.backup(dest)
    finally:
        dest.close()
    for made in _beside(target) - before:  # names extending the new backup's: only ours
        if made.resolve() in attached:
            made.unlink(missing_ok=True)


def _beside(target: Path) -> set[Path]:
    return set(target.parent.glob(f"{glob.escape(target.name)}.*"))


def restore(
    backup_path: str | Path,
    db_path: str | Path,
    migrations_dir: str | Path | None = None,
    busy_timeout: float = 5.0,
) -> Path | None:
    """Replace ``db_path``'s content with a backup; the replaced content is backed up first.

    ``busy_timeout``: seconds to wait for the app to release its lock on ``db_path``."""
    from edi_migrations.runner.restore_write import write_over  # restore's own

    source, target = Path(backup_path), Path(db_path)
    migrations = load_migrations(migrations_dir)
    refuse_not_regular(target)
    try:
        check_file(source)
    except MigrationError as exc:
        raise NotABackup(source, target, _why_not(exc)) from exc
    if target.exists() and source.samefile(target):  # it waited on its own lock
        raise NotABackup(source, target, f"it is {target} itself")
    with read_only(source) as src:
        integrity_check.integrity_problems(src, source)
        found = detect.detect(src, source, migrations)
        detect.refuse_drift(source, found)
        if found.version == 0:
            raise NotADatabase(source, "backup holds no tables of this chain")
        safety = None
        if target.exists() and target.stat().st_size > 0:
            with read_only(target, busy_timeout) as current:
                try:
                    version = detect.detect(current, target, migrations).version
                except (MigrationError, sqlite3.DatabaseError):
                    version = 0
                try:
                    safety = backup_database(current, target, version)
                except BackupFailed as exc:
                    raise BackupFailed(
                        exc.path, exc.dest, exc.cause, f"nothing restored, {target} left unchanged"
                    ) from exc
        try:
            write_over(src, target, busy_timeout)
        except MigrationError:  # nothing was replaced: the safety copy only repeats the file
            if safety is not None:
                safety.unlink(missing_ok=True)
            raise
    return safety


def _why_not(exc: MigrationError) -> str:
    """What ``check_file`` found, without its own sentence around it."""
    if isinstance(exc, NotADatabase):
        return exc.reason
    return "an empty file" if isinstance(exc, DatabaseEmpty) else "no such file"

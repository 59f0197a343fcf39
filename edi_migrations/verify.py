"""Checks a database that claims to be at a version: integrity, foreign keys, exact schema."""

from __future__ import annotations

from pathlib import Path

from edi_migrations.dbapi import sqlite3

from . import detect, integrity_check
from .backup import backup_database, copy_into
from .discovery import load_migrations
from .errors import CorruptDatabase, MigrationError, NotADatabase
from .schema import schema_model


def verify(
    db_path: str | Path, migrations_dir: str | Path | None = None, busy_timeout: float = 5.0
) -> list[str]:
    """Every problem found, one line each; an empty list means the database is sound."""
    path = Path(db_path)
    migrations = load_migrations(migrations_dir)
    detect.check_file(path)
    with detect.read_only(path, busy_timeout) as conn:
        try:
            integrity_check.integrity_problems(conn, path)
        except CorruptDatabase as exc:
            return ["integrity_check: " + " ".join(exc.detail.split())]
        problems = [
            f"foreign key: {table} rowid {rowid} names a missing {parent} row"
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        ]
        found = detect.detect(conn, path, migrations)
        if found.recorded is not None and found.recorded != found.version:
            problems.append(
                f"recorded v{found.recorded} but the schema is v{found.version} ({found.how})"
            )
        problems += [
            f"schema: {p}"
            for p in detect.drift(
                schema_model(conn), migrations, found.version, tolerate_next=False
            )
        ]
    return problems


def restore(
    backup_path: str | Path, db_path: str | Path, migrations_dir: str | Path | None = None
) -> Path | None:
    """Replace ``db_path``'s content with a backup; the replaced content is backed up first."""
    source, target = Path(backup_path), Path(db_path)
    migrations = load_migrations(migrations_dir)
    try:
        detect.check_file(source)
    except MigrationError as exc:
        raise NotADatabase(source, f"not a valid EDI backup ({exc})") from exc
    with detect.read_only(source) as src:
        integrity_check.integrity_problems(src, source)
        found = detect.detect(src, source, migrations)
        detect.refuse_drift(source, found)
        if found.version == 0:
            raise NotADatabase(source, "backup holds no EDI tables")
        safety = None
        if target.exists() and target.stat().st_size > 0:
            with detect.read_only(target) as current:
                try:
                    version = detect.detect(current, target, migrations).version
                except (MigrationError, sqlite3.DatabaseError):
                    version = 0
                safety = backup_database(current, target, version)
        copy_into(src, target)
    return safety

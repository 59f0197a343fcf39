"""Checks a database that claims to be at a version: integrity, foreign keys, exact schema."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from edi_migrations.errors import CorruptDatabase
from edi_migrations.integrity import check as integrity_check
from edi_migrations.runner import detect
from edi_migrations.runner.discovery import load_migrations
from edi_migrations.runner.newer_file import not_by_this_build
from edi_migrations.schema.model import schema_model
from edi_migrations.sqlite.files import check_file
from edi_migrations.sqlite.opener import Connect, connecting_with
from edi_migrations.sqlite.read_only import read_only


@dataclass(frozen=True)
class Verified:
    """What verify found, and the version the schema says (None where the file is corrupt:
    no version can be read)."""

    problems: list[str]
    version: int | None


def verify(
    db_path: str | Path,
    migrations_dir: str | Path | None = None,
    busy_timeout: float = 5.0,
    *,
    connect: Connect | None = None,
) -> list[str]:
    """Every problem found, one line each; an empty list means the database is sound
    (``connect``: the app's, as for ``upgrade``)."""
    return verified(db_path, migrations_dir, busy_timeout, connect=connect).problems


def verified(
    db_path: str | Path,
    migrations_dir: str | Path | None = None,
    busy_timeout: float = 5.0,
    *,
    connect: Connect | None = None,
) -> Verified:
    """:func:`verify`'s problems with the version, from one read (one integrity check)."""
    path = Path(db_path)
    migrations = load_migrations(migrations_dir)
    check_file(path)
    with connecting_with(connect), read_only(path, busy_timeout) as conn:
        try:
            integrity_check.integrity_problems(conn, path)
        except CorruptDatabase as exc:
            return Verified(["integrity_check: " + " ".join(exc.detail.split())], None)
        problems = [
            f"foreign key: {table} rowid {rowid} names a missing {parent} row"
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check")
        ]
        found = detect.detect(conn, path, migrations, newer=True)  # a newer file: why
        if found.newer:
            raise not_by_this_build(path, found.version, found.how, migrations, "verify")
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
    return Verified(problems, found.version)

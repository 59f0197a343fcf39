"""``baseline``: bring a database the app made before it adopted the runner under it.

Such a database has the right schema and no record of how it got there, so every
command refuses it. Baseline checks that its schema is exactly version N's fresh install
(the comparison ``verify`` makes), then records versions 1..N in the runner's tables as
baselined (not run), in one transaction. The user's tables are not touched: only the
runner's are created and written, ``schema_compatibility`` too: the schema is exactly
what migration N leaves, so what N says of the app before it holds as after an upgrade.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from edi_migrations.errors import AlreadyUnderRunner, BaselineMismatch, UnknownVersion
from edi_migrations.integrity import check as integrity_check
from edi_migrations.runner import bookkeeping, detect
from edi_migrations.runner.baseline_choice import baseline_choice
from edi_migrations.runner.baseline_data_fix import refuse_past_its_data
from edi_migrations.runner.chain_log import chain_folder
from edi_migrations.runner.connection import open_step_connection
from edi_migrations.runner.discovery import Migration, load_migrations
from edi_migrations.runner.preflight import refuse_read_only
from edi_migrations.runner.recovery import recover_interrupted_write
from edi_migrations.schema.model import BOOKKEEPING_TABLES, schema_model
from edi_migrations.sqlite.busy import retry_while_busy
from edi_migrations.sqlite.dbapi import sqlite3
from edi_migrations.sqlite.files import check_file
from edi_migrations.sqlite.opener import Connect, connecting_with
from edi_migrations.sqlite.read_only import read_only

NOTE = "baseline: recorded, not run (the schema was v{head}'s fresh install)"


@dataclass(frozen=True)
class Baselined:
    """What ``baseline`` recorded: the database, its version, the migrations marked applied."""

    path: Path
    version: int
    migrations: tuple[str, ...]


def baseline(
    db_path: str | Path,
    version: int,
    migrations_dir: str | Path | None = None,
    busy_timeout: float = 5.0,
    *,
    connect: Connect | None = None,
) -> Baselined:
    """Record ``db_path`` as being at ``version`` of the chain, if its schema is exactly
    that version's; refused, the file untouched, otherwise. ``connect`` as ``upgrade``'s:
    a schema using the app's collations or functions is read and built through it."""
    with connecting_with(connect):
        return _baseline(Path(db_path), version, migrations_dir, busy_timeout)


def _baseline(
    path: Path, version: int, migrations_dir: str | Path | None, busy_timeout: float
) -> Baselined:
    migrations = load_migrations(migrations_dir)
    if not 1 <= version <= len(migrations):
        raise UnknownVersion(
            path, f"v{version}", len(migrations), "baseline", chain_folder(migrations)
        )
    check_file(path)
    refuse_read_only(path)
    recover_interrupted_write(path, busy_timeout)
    with read_only(path, busy_timeout) as conn:  # every refusal before the first write
        integrity_check.integrity_problems(conn, path)
        _refuse(conn, path, migrations, version)
    conn = open_step_connection(path, busy_timeout, None)
    try:
        retry_while_busy(lambda: conn.execute("BEGIN IMMEDIATE"), busy_timeout)
        try:
            _refuse(conn, path, migrations, version)  # again, under the write lock
            _record(conn, migrations[:version])
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return Baselined(path, version, tuple(m.name for m in migrations[:version]))


def _refuse(
    conn: sqlite3.Connection, path: Path, migrations: tuple[Migration, ...], version: int
) -> None:
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if present & BOOKKEEPING_TABLES:
        raise AlreadyUnderRunner(path, detect.recorded_version(conn, path))
    actual = schema_model(conn)
    differences = detect.drift(actual, migrations, version, tolerate_next=False)
    if differences:
        alike = [v for v in range(1, len(migrations) + 1) if v != version and not
                 detect.drift(actual, migrations, v, tolerate_next=False)]  # fmt: skip
        matching = baseline_choice(conn, alike, migrations).version if alike else None
        raise BaselineMismatch(path, version, differences, matching, chain_folder(migrations))
    refuse_past_its_data(conn, path, version, migrations)


def _record(conn: sqlite3.Connection, migrations: tuple[Migration, ...]) -> None:
    """The runner's tables, and one log row, version row and record per migration."""
    bookkeeping.ensure_bookkeeping(conn, 0)
    note = NOTE.format(head=len(migrations))
    for migration in migrations:
        now = bookkeeping.utc_now()
        conn.execute(
            "INSERT INTO migration_log (migration_name, version_from, version_to, started_at, "
            "completed_at, status, duration_seconds, checksum) "
            "VALUES (?, ?, ?, ?, ?, 'completed', NULL, ?)",
            (migration.name, f"v{migration.from_version}", f"v{migration.version}", now, now,
             migration.checksum),
        )  # fmt: skip
        bookkeeping.record_version(conn, migration.version, note)
        bookkeeping.record_compatibility(
            conn, migration.version, migration.keeps_previous_app, migration.checksum
        )
